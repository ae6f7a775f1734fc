"""Discovery: a Bambu NOTIFY offers the printer; a known printer's new address is applied."""

from __future__ import annotations

from pathlib import Path
import socket

from homeassistant.config_entries import SOURCE_INTEGRATION_DISCOVERY
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.odin.const import DOMAIN
from custom_components.odin.ops import discovery as discovery_module
from simulators.bambu import BambuSimulator, free_port

from .conftest import farm_entry, printer_data
from .test_farm import state, wait_until


def _notify(serial: str, host: str, model: str = "C12") -> bytes:
    return (
        "NOTIFY * HTTP/1.1\r\nHOST: 239.255.255.250:1990\r\n"
        f"Location: {host}\r\nNT: urn:bambulab-com:device:3dprinter:1\r\nUSN: {serial}\r\n"
        f"DevModel.bambu.com: {model}\r\nDevName.bambu.com: Found it\r\n\r\n"
    ).encode()


@pytest.fixture
def ssdp_port(monkeypatch: pytest.MonkeyPatch, socket_enabled: None) -> int:
    """Listen for announcements on a free loopback port instead of 2021."""
    port = free_port()
    monkeypatch.setattr(discovery_module, "SSDP_PORT", port)
    return port


def _send(port: int, payload: bytes) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.sendto(payload, ("127.0.0.1", port))


async def test_discovered_printer_confirmed_into_farm(
    hass: HomeAssistant, tmp_path: Path, sim: BambuSimulator, ssdp_port: int
) -> None:
    """A NOTIFY starts a flow; confirming with the access code adds the printer subentry."""
    entry = farm_entry(tmp_path, [])
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()

    _send(ssdp_port, _notify(sim.serial, "127.0.0.1"))
    await wait_until(hass, lambda: bool(hass.config_entries.flow.async_progress_by_handler(DOMAIN)))
    _send(ssdp_port, _notify(sim.serial, "127.0.0.1"))  # repeats start no second flow
    await hass.async_block_till_done()
    flows = hass.config_entries.flow.async_progress_by_handler(DOMAIN)
    assert len(flows) == 1
    flow = flows[0]
    assert flow["context"]["source"] == SOURCE_INTEGRATION_DISCOVERY
    assert flow["step_id"] == "discovery_confirm"
    # The simulator's CA and port are not in an SSDP announcement: give them as a test hook.
    hass.config_entries.flow._progress[flow["flow_id"]]._discovered.update(
        port=sim.port, ca_pem=sim.ca_pem
    )
    result = await hass.config_entries.flow.async_configure(
        flow["flow_id"], {"access_code": "wrong000"}
    )
    assert result["errors"] == {"base": "invalid_auth"}
    result = await hass.config_entries.flow.async_configure(
        flow["flow_id"], {"access_code": sim.access_code, "name": "Found bay"}
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "printer_added"
    await hass.async_block_till_done()
    subentry = next(iter(entry.subentries.values()))
    assert subentry.unique_id == sim.serial
    assert subentry.title == "Found bay"
    await wait_until(hass, lambda: state(hass, "sensor.found_bay_status") == "idle")
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_known_printer_address_updated(
    hass: HomeAssistant, tmp_path: Path, sim: BambuSimulator, ssdp_port: int
) -> None:
    """A known serial announcing a new address updates its subentry; no flow is offered."""
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="farm",
        data={},
        options={"db_url": f"sqlite:///{tmp_path / 'odin.db'}"},
        subentries_data=[
            {
                "data": {**printer_data(sim), "host": "localhost"},
                "subentry_type": "printer",
                "title": "Moved",
                "unique_id": sim.serial,
            }
        ],
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    _send(ssdp_port, _notify(sim.serial, "127.0.0.1"))
    subentry = next(iter(entry.subentries.values()))
    await wait_until(hass, lambda: subentry.data["host"] == "127.0.0.1")
    await wait_until(hass, lambda: state(hass, "sensor.moved_status") == "idle")
    assert not hass.config_entries.flow.async_progress_by_handler(DOMAIN)
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_discovery_creates_farm_when_missing(
    hass: HomeAssistant, sim: BambuSimulator
) -> None:
    """With no farm yet, confirming a discovered printer creates the farm with it."""
    result = await hass.config_entries.flow.async_init(
        DOMAIN,
        context={"source": SOURCE_INTEGRATION_DISCOVERY},
        data={
            "brand": "bambu",
            "serial": sim.serial,
            "host": sim.host,
            "model": "P1S",
            "model_code": "C12",
            "name": None,
            "port": sim.port,
            "ca_pem": sim.ca_pem,
        },
    )
    assert result["type"] is FlowResultType.FORM
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"access_code": sim.access_code}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    entry = hass.config_entries.async_entries(DOMAIN)[0]
    assert [s.unique_id for s in entry.subentries.values()] == [sim.serial]
    assert await hass.config_entries.async_unload(entry.entry_id)
