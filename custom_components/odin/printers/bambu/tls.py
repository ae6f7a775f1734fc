"""Verifying TLS for Bambu printers: the bundled BBL CA (or the user's CA), SNI and hostname
check against the printer serial (docs/protocols/bambu.md). Building a context reads a file: run it
in an
executor.
"""

from __future__ import annotations

from pathlib import Path
import socket
import ssl
from typing import Final

from custom_components.odin.printers.model import (
    TlsError,
)

from .config import BambuConfig

BUNDLED_CA_PATH: Final = Path(__file__).parent.parent / "certs" / "bambu_ca.pem"


class _SerialSniSSLContext(ssl.SSLContext):
    """TLS client context that always sends the printer serial as SNI / expected hostname.

    paho wraps the socket with ``server_hostname=<host it connects to>`` (the printer IP); the
    printer's certificate names the serial (CN, no SAN), so the name is replaced here while
    the full chain and hostname verification stay on.
    """

    sni_hostname: str = ""

    def wrap_socket(
        self,
        sock: socket.socket,
        server_side: bool = False,
        do_handshake_on_connect: bool = True,
        suppress_ragged_eofs: bool = True,
        server_hostname: str | bytes | None = None,
        session: ssl.SSLSession | None = None,
    ) -> ssl.SSLSocket:
        """Wrap with ``server_hostname`` forced to the serial.

        When the caller defers the handshake (paho does), it runs here under the socket's
        connect timeout, and a failed handshake closes the socket (paho would leak it).
        """
        ssl_sock = super().wrap_socket(
            sock,
            server_side=server_side,
            do_handshake_on_connect=do_handshake_on_connect,
            suppress_ragged_eofs=suppress_ragged_eofs,
            server_hostname=self.sni_hostname or server_hostname,
            session=session,
        )
        if not server_side and not do_handshake_on_connect:
            try:
                ssl_sock.do_handshake()
            except BaseException:
                ssl_sock.close()
                raise
        return ssl_sock


def bundled_ca_pem() -> str:
    """The bundled public BBL CA bundle (PEM text). Blocking file read."""
    return BUNDLED_CA_PATH.read_text(encoding="ascii")


def build_ssl_context(config: BambuConfig) -> ssl.SSLContext:
    """A verifying TLS context for ``config``. Sync and blocking: run it in an executor.

    CERT_REQUIRED against only the given CA (bundled BBL CA by default); hostname checked
    against the serial (sent as SNI); only VERIFY_X509_STRICT is cleared because the real
    "BBL CA" root has no keyUsage extension (rejected by Python >= 3.13 otherwise).
    Raises ``TlsError`` when the CA text cannot be loaded.
    """
    ctx = _SerialSniSSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.sni_hostname = config.serial
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    ctx.hostname_checks_common_name = True
    ctx.verify_flags &= ~ssl.VERIFY_X509_STRICT
    ca_text = config.ca_pem if config.ca_pem else bundled_ca_pem()
    try:
        ctx.load_verify_locations(cadata=ca_text)
    except (ssl.SSLError, ValueError) as err:
        raise TlsError(f"cannot load the CA certificate(s): {err}") from err
    return ctx
