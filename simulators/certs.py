"""Test certificates shaped like Bambu Lab's (made with ``cryptography``, cached per process).

- ``make_ca()``: a self-signed root like the real "BBL CA": basicConstraints CA:TRUE and
  **no keyUsage extension** (Python >= 3.13's VERIFY_X509_STRICT rejects such a CA, so this
  proves the client clears only that flag).
- ``make_server_cert(ca, common_name)``: a printer certificate with CN = serial and no
  subjectAltName (hostname matching falls back to the CN).
- ``sim_ca()`` / ``unrelated_ca()``: two unrelated cached CAs (the second one for wrong-CA tests).
"""

from __future__ import annotations

from dataclasses import dataclass, field
import datetime as dt
import functools

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

_KEY_SIZE = 2048


@dataclass(frozen=True)
class CertAuthority:
    """A CA: its PEM certificate and private key (key kept out of the repr)."""

    name: str
    cert_pem: str
    key: rsa.RSAPrivateKey = field(repr=False)
    cert: x509.Certificate = field(repr=False)


@dataclass(frozen=True)
class ServerCert:
    """A server certificate + key in PEM, issued by ``issuer``."""

    common_name: str
    cert_pem: str
    key_pem: str = field(repr=False)
    issuer: str = ""


def _new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=_KEY_SIZE)


def make_ca(
    common_name: str = "BBL CA", organization: str = "BBL Technologies Co., Ltd (test)"
) -> CertAuthority:
    """A self-signed root CA without keyUsage, like the real BBL CA."""
    key = _new_key()
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(ski, critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski), critical=False
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        # deliberately NO KeyUsage extension (the real "BBL CA" has none)
        .sign(key, hashes.SHA256())
    )
    pem = cert.public_bytes(serialization.Encoding.PEM).decode("ascii")
    return CertAuthority(name=common_name, cert_pem=pem, key=key, cert=cert)


def make_server_cert(ca: CertAuthority, common_name: str) -> ServerCert:
    """A leaf certificate with CN = ``common_name`` (the printer serial) and no SAN."""
    key = _new_key()
    now = dt.datetime.now(dt.UTC)
    ca_ski = ca.cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)]))
        .issuer_name(ca.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski), critical=False
        )
        .sign(ca.key, hashes.SHA256())
    )
    return ServerCert(
        common_name=common_name,
        cert_pem=cert.public_bytes(serialization.Encoding.PEM).decode("ascii"),
        key_pem=key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        ).decode("ascii"),
        issuer=ca.name,
    )


@functools.cache
def sim_ca() -> CertAuthority:
    """The simulators' default CA (cached per process)."""
    return make_ca()


@functools.cache
def unrelated_ca() -> CertAuthority:
    """An unrelated CA with the same name (a printer from another "vendor"): wrong-CA tests."""
    return make_ca(organization="Unrelated Test CA")


_LEAF_CACHE: dict[tuple[int, str], ServerCert] = {}


def server_cert(ca: CertAuthority, common_name: str) -> ServerCert:
    """Cached ``make_server_cert``."""
    key = (id(ca), common_name)
    cert = _LEAF_CACHE.get(key)
    if cert is None:
        cert = make_server_cert(ca, common_name)
        _LEAF_CACHE[key] = cert
    return cert


def load_ca(cert_pem: str, key_pem: str) -> CertAuthority:
    """A CA from saved PEM text (the CLI keeps one CA across runs with ``--ca-dir``)."""
    cert = x509.load_pem_x509_certificate(cert_pem.encode("ascii"))
    key = serialization.load_pem_private_key(key_pem.encode("ascii"), password=None)
    if not isinstance(key, rsa.RSAPrivateKey):
        raise TypeError("the CA key must be an RSA key")
    cn = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    name = str(cn[0].value) if cn else "CA"
    return CertAuthority(name=name, cert_pem=cert_pem, key=key, cert=cert)


def ca_key_pem(ca: CertAuthority) -> str:
    """The CA private key as unencrypted PEM (test data only)."""
    return ca.key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    ).decode("ascii")
