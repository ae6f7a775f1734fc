"""TLS verification and the config-flow probe against a real mosquitto TLS broker."""

from __future__ import annotations

import asyncio
import ssl

from cryptography import x509
import pytest

from custom_components.odin.printers.bambu import (
    BambuConfig,
    async_probe,
    build_ssl_context,
    bundled_ca_pem,
)
from custom_components.odin.printers.model import (
    CannotConnect,
    InvalidAuth,
    PrinterInfo,
    TlsError,
    WrongSerial,
)
from simulators.bambu import free_port
from simulators.certs import sim_ca, unrelated_ca
from simulators.fixtures import BambuSimFactory, bambu_config


async def probe(config: BambuConfig, *, strict: bool = False, timeout: float = 5.0) -> PrinterInfo:
    ctx = await asyncio.get_running_loop().run_in_executor(None, build_ssl_context, config)
    if strict:
        ctx.verify_flags |= ssl.VERIFY_X509_STRICT
    return await async_probe(config, ctx, timeout=timeout)


@pytest.mark.parametrize(
    ("model", "name"), [("BL-P001", "X1 Carbon"), ("C12", "P1S"), ("N1", "A1 mini")]
)
async def test_probe_ok(bambu_sim: BambuSimFactory, model: str, name: str) -> None:
    sim = await bambu_sim(model=model, serial=f"SIM{model.replace('-', '')}0001")
    info = await probe(bambu_config(sim))
    assert info == PrinterInfo(
        serial=sim.serial,
        brand="bambu",
        model=name,
        model_code=model,
        firmware=sim.spec.sw_ver,
    )


def test_test_ca_has_no_key_usage_like_bbl_ca() -> None:
    cert = x509.load_pem_x509_certificate(sim_ca().cert_pem.encode())
    with pytest.raises(x509.ExtensionNotFound):
        cert.extensions.get_extension_for_class(x509.KeyUsage)
    assert cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    assert cert.issuer == cert.subject


async def test_no_key_usage_ca_accepted_only_without_strict(bambu_sim: BambuSimFactory) -> None:
    """Python 3.14's VERIFY_X509_STRICT rejects a CA without keyUsage (as the real BBL CA);
    our context clears exactly that flag."""
    sim = await bambu_sim()
    assert (await probe(bambu_config(sim))).serial == sim.serial
    with pytest.raises(TlsError, match="key usage"):
        await probe(bambu_config(sim), strict=True)


async def test_wrong_ca_refused(bambu_sim: BambuSimFactory) -> None:
    sim = await bambu_sim()
    with pytest.raises(TlsError):
        await probe(bambu_config(sim, ca_pem=unrelated_ca().cert_pem))


async def test_bundled_bbl_ca_refuses_the_simulator(bambu_sim: BambuSimFactory) -> None:
    sim = await bambu_sim()
    with pytest.raises(TlsError):
        await probe(bambu_config(sim, ca_pem=None))


async def test_wrong_cn_refused(bambu_sim: BambuSimFactory) -> None:
    sim = await bambu_sim(serial="01P00A000000001", cert_cn="01P00A999999999")
    with pytest.raises(WrongSerial):
        await probe(bambu_config(sim))


async def test_serial_mismatch_in_config_refused(bambu_sim: BambuSimFactory) -> None:
    sim = await bambu_sim(serial="01P00A000000001")
    with pytest.raises(WrongSerial):
        await probe(bambu_config(sim, serial="01P00A000000002"))


async def test_wrong_access_code(bambu_sim: BambuSimFactory) -> None:
    sim = await bambu_sim(access_code="12345678")
    with pytest.raises(InvalidAuth):
        await probe(bambu_config(sim, access_code="87654321"))


@pytest.mark.usefixtures("socket_enabled")
async def test_nothing_listening() -> None:
    config = BambuConfig(
        host="127.0.0.1",
        port=free_port(),
        serial="01P00A000000001",
        access_code="12345678",
        ca_pem=sim_ca().cert_pem,
    )
    with pytest.raises(CannotConnect):
        await probe(config, timeout=2.0)


async def test_no_report_for_serial(bambu_sim: BambuSimFactory) -> None:
    sim = await bambu_sim()
    sim.set_silent(True)
    with pytest.raises(WrongSerial, match="no report"):
        await probe(bambu_config(sim), timeout=1.0)


def test_bundled_ca_bundle() -> None:
    pem = bundled_ca_pem()
    assert pem.count("BEGIN CERTIFICATE") == 5
    ctx = build_ssl_context(BambuConfig(host="h", serial="S", access_code="x"))
    names = {dict(item[0] for item in cert["subject"])["commonName"] for cert in ctx.get_ca_certs()}
    assert names == {"BBL CA", "BBL CA2 RSA", "BBL CA2 ECC"}
    assert ctx.verify_mode is ssl.CERT_REQUIRED
    assert ctx.check_hostname
    assert not ctx.verify_flags & ssl.VERIFY_X509_STRICT


def test_bad_ca_text() -> None:
    with pytest.raises(TlsError):
        build_ssl_context(BambuConfig(host="h", serial="S", access_code="x", ca_pem="garbage"))
