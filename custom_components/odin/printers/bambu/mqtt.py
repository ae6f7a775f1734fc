"""MQTT plumbing shared by the Bambu client and the probe: topics, command payloads, the paho
client (blocking connect/teardown run in an executor) and connect-error classification.
"""

from __future__ import annotations

import json
import logging
import secrets
import socket
import ssl
from typing import Any, Final

import paho.mqtt.client as mqtt
from paho.mqtt.enums import CallbackAPIVersion, MQTTProtocolVersion

from custom_components.odin.printers.model import (
    CannotConnect,
    InvalidAuth,
    PrinterClientError,
    TlsError,
    WrongSerial,
)

from .config import BambuConfig

_LOGGER = logging.getLogger(__name__)


MQTT_USER: Final = "bblp"


KEEPALIVE_S: Final = 60


CONNACK_TIMEOUT_S: Final = 15.0


_X509_V_ERR_HOSTNAME_MISMATCH: Final = 62


_AUTH_REASON_CODES: Final = frozenset({134, 135})  # bad user name or password / not authorized


def report_topic(serial: str) -> str:
    """Where the printer publishes status and acks."""
    return f"device/{serial}/report"


def request_topic(serial: str) -> str:
    """Where the printer takes commands."""
    return f"device/{serial}/request"


class Sequence:
    def __init__(self) -> None:
        self._value = secrets.randbelow(10_000)

    def next(self) -> str:
        self._value += 1
        return str(self._value)


def command_payload(seq: Sequence, kind: str, command: str, **fields: Any) -> str:
    return json.dumps({kind: {"sequence_id": seq.next(), "command": command, **fields}})


def pushall_payload(seq: Sequence) -> str:
    return command_payload(seq, "pushing", "pushall", version=1, push_target=1)


def get_version_payload(seq: Sequence) -> str:
    return command_payload(seq, "info", "get_version")


def new_mqtt_client(config: BambuConfig, ssl_context: ssl.SSLContext) -> mqtt.Client:
    client = mqtt.Client(
        callback_api_version=CallbackAPIVersion.VERSION2,
        client_id=f"odin-{secrets.token_hex(6)}",
        clean_session=True,
        protocol=MQTTProtocolVersion.MQTTv311,
        reconnect_on_failure=False,  # reconnects are ours (loop timers with backoff)
    )
    client.username_pw_set(MQTT_USER, config.access_code)
    client.tls_set_context(ssl_context)
    return client


def blocking_connect(client: mqtt.Client, host: str, port: int, keepalive: int) -> None:
    """TCP + TLS handshake + CONNECT, then start paho's network thread. Runs in an executor."""
    client.connect(host, port, keepalive=keepalive)
    client.loop_start()


def blocking_teardown(client: mqtt.Client) -> None:
    """Disconnect and join paho's network thread. Runs in an executor."""
    try:
        client.disconnect()
    except Exception:  # best effort on a dying socket
        _LOGGER.debug("disconnect failed", exc_info=True)
    client.loop_stop()  # joins the thread (no-op when it never started)


def classify_connect_error(err: BaseException) -> PrinterClientError:
    """Map a connect-time exception to CannotConnect / TlsError / WrongSerial."""
    if isinstance(err, PrinterClientError):
        return err
    if isinstance(err, ssl.SSLCertVerificationError):
        if err.verify_code == _X509_V_ERR_HOSTNAME_MISMATCH:
            return WrongSerial(
                f"the printer certificate is valid but names another serial ({err.verify_message})"
            )
        return TlsError(f"the printer certificate did not verify ({err.verify_message})")
    if isinstance(err, ssl.CertificateError):
        return WrongSerial(f"the printer certificate names another serial ({err})")
    if isinstance(err, ssl.SSLError):
        return CannotConnect(f"TLS handshake failed ({err.reason or err})")
    if isinstance(err, (TimeoutError, socket.timeout)):
        return CannotConnect("timed out")
    if isinstance(err, OSError):
        return CannotConnect(f"cannot reach the printer ({err.strerror or err})")
    return CannotConnect(f"cannot connect ({type(err).__name__})")


def connack_error(reason_value: int, reason: str) -> PrinterClientError:
    if reason_value in _AUTH_REASON_CODES:
        return InvalidAuth(f"the printer refused the access code ({reason})")
    return CannotConnect(f"the printer refused the connection ({reason})")
