"""Connect to a Bambu printer once, verify TLS and credentials, read one report and the
version (config flow).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import ssl
from typing import Any

import paho.mqtt.client as mqtt

from custom_components.odin.printers.common import (
    utcnow as _utcnow,
)
from custom_components.odin.printers.model import (
    CannotConnect,
    PrinterInfo,
    WrongSerial,
)

from .config import BRAND, BambuConfig
from .mqtt import (
    Sequence,
    blocking_connect,
    blocking_teardown,
    classify_connect_error,
    connack_error,
    get_version_payload,
    new_mqtt_client,
    pushall_payload,
    report_topic,
    request_topic,
)
from .state import BambuState

_LOGGER = logging.getLogger(__name__)


async def async_probe(
    config: BambuConfig,
    ssl_context: ssl.SSLContext,
    timeout: float = 10.0,  # noqa: ASYNC109 - part of the agreed API
) -> PrinterInfo:
    """Connect once, verify TLS and credentials, read one report and the version.

    Raises CannotConnect, InvalidAuth, TlsError or WrongSerial.
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    connack: asyncio.Future[tuple[int, str]] = loop.create_future()
    report: asyncio.Future[None] = loop.create_future()
    version: asyncio.Future[PrinterInfo] = loop.create_future()
    state = BambuState(config.serial)

    def settle(fut: asyncio.Future[Any], value: Any) -> None:
        if not fut.done():
            fut.set_result(value)

    def forward(fut: asyncio.Future[Any], value: Any) -> None:
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(settle, fut, value)

    def on_payload(payload: bytes) -> None:
        try:
            state.ingest(payload, _utcnow())
        except Exception:  # a bad report must not break the probe
            _LOGGER.debug("probe: bad report", exc_info=True)
            return
        if state.raw.get("gcode_state") is not None:
            settle(report, None)
        if state.info is not None:
            settle(version, state.info)

    def on_connect(_c: mqtt.Client, _u: Any, _f: Any, reason: Any, _p: Any = None) -> None:
        forward(connack, (int(reason.value), str(reason)))

    def on_disconnect(
        _c: mqtt.Client, _u: Any, _f: Any, reason: Any = None, _p: Any = None
    ) -> None:
        forward(connack, (-1, f"disconnected ({reason})"))

    def on_message(_c: mqtt.Client, _u: Any, message: mqtt.MQTTMessage) -> None:
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(on_payload, message.payload)

    client = new_mqtt_client(config, ssl_context)
    client.connect_timeout = max(1.0, timeout)
    client.on_connect = on_connect
    client.on_disconnect = on_disconnect
    client.on_message = on_message

    def remaining() -> float:
        return max(0.01, deadline - loop.time())

    try:
        try:
            await loop.run_in_executor(
                None,
                blocking_connect,
                client,
                config.host,
                config.port,
                max(5, round(timeout)),
            )
        except Exception as err:
            raise classify_connect_error(err) from err
        try:
            code, reason = await asyncio.wait_for(connack, remaining())
        except TimeoutError as err:
            raise CannotConnect("no answer to MQTT CONNECT") from err
        if code != 0:
            raise connack_error(code, reason)
        seq = Sequence()
        client.subscribe(report_topic(config.serial), qos=0)
        client.publish(request_topic(config.serial), get_version_payload(seq), qos=0)
        client.publish(request_topic(config.serial), pushall_payload(seq), qos=0)
        try:
            await asyncio.wait_for(report, remaining())
        except TimeoutError as err:
            raise WrongSerial(f"no report for serial {config.serial}") from err
        try:
            return await asyncio.wait_for(version, min(remaining(), 5.0))
        except TimeoutError:
            return PrinterInfo(serial=config.serial, brand=BRAND)
    finally:
        await loop.run_in_executor(None, blocking_teardown, client)
