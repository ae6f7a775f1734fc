"""The Bambu Lab LAN client: one MQTT connection per printer over verified TLS.

paho's network thread only hands raw payloads to the event loop with
``call_soon_threadsafe``; the reconnect loop with backoff and the stale watchdog come from
``printers.supervisor``; the cancel-decision hold timer, pause/resume/stop commands and
uploads (FTPS + ``print.project_file``) live here. No Home Assistant imports.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
import contextlib
from datetime import datetime
import json
import logging
import os
import ssl
from typing import Any

import paho.mqtt.client as mqtt
from paho.mqtt.enums import MQTTErrorCode

from custom_components.odin.printers.common import utcnow as _utcnow
from custom_components.odin.printers.model import (
    CannotConnect,
    CommandError,
    PrinterHardware,
    PrinterInfo,
    PrinterSnapshot,
    RunEvent,
    StartError,
    UploadError,
    UploadOptions,
    UploadResult,
)
from custom_components.odin.printers.supervisor import SupervisedClient
from custom_components.odin.printers.upload import FileSource, ProgressCallback, safe_remote_name

from .config import BambuConfig
from .ftps import (
    BAMBU_EXTENSIONS,
    FtpsTarget,
    async_ftps_upload,
    parse_ack,
    project_file_command,
)
from .hardware import read_hardware
from .mqtt import (
    CONNACK_TIMEOUT_S,
    KEEPALIVE_S,
    Sequence,
    blocking_connect,
    blocking_teardown,
    classify_connect_error,
    command_payload,
    connack_error,
    get_version_payload,
    new_mqtt_client,
    pushall_payload,
    report_topic,
    request_topic,
)
from .state import ACTIVE_STATES, BambuState

_LOGGER = logging.getLogger(__name__)


class BambuClient(SupervisedClient):
    """One printer connection. Create and use it on the event loop."""

    def __init__(
        self,
        config: BambuConfig,
        ssl_context: ssl.SSLContext,
        *,
        on_snapshot: Callable[[PrinterSnapshot], None],
        on_event: Callable[[RunEvent], None],
        cancel_hold_s: float = 10.0,
        stale_after_s: float = 60.0,
        reconnect_min_s: float = 1.0,
        reconnect_max_s: float = 60.0,
    ) -> None:
        """Prepare; nothing connects before ``async_start``."""
        self._init_supervision(
            label=f"Bambu printer {config.serial}",
            logger=_LOGGER,
            on_snapshot=on_snapshot,
            on_event=on_event,
            reconnect_min_s=reconnect_min_s,
            reconnect_max_s=reconnect_max_s,
            stale_after_s=stale_after_s,
        )
        self._config = config
        self._ssl_context = ssl_context
        self._state = BambuState(config.serial, cancel_hold_s=cancel_hold_s)
        self._seq = Sequence()
        self._wake: asyncio.Event | None = None
        self._mqtt: mqtt.Client | None = None
        self._gen = 0
        self._session_ok = False
        self._probed = False
        self._attempt_started = 0.0
        self._pushall_at = 0.0
        self._hold_timer: asyncio.TimerHandle | None = None
        self._hold_deadline: datetime | None = None
        self._acks: dict[str, asyncio.Future[dict[str, Any]]] = {}  # project_file acks

    # ---- public API -------------------------------------------------------------------------

    @property
    def snapshot(self) -> PrinterSnapshot:
        """The latest normalized state."""
        return self._state.snapshot

    @property
    def info(self) -> PrinterInfo | None:
        """Model/firmware from get_version, once received."""
        return self._state.info

    @property
    def hardware(self) -> PrinterHardware:
        """Nozzle, AMS units (humidity, trays) and external spool from the latest reports."""
        return read_hardware(self._state.raw)

    def _prepare_start(self) -> None:
        self._wake = asyncio.Event()

    async def async_stop(self) -> None:
        """Disconnect, cancel every timer and join paho's thread. Leaves nothing running."""
        await self._stop_supervisor()
        self._cancel_hold_timer()
        self._cancel_stale_timer()

    async def async_pause(self) -> None:
        """print.pause (QoS 1). Raises CommandError when not connected."""
        self._send_print_command("pause")

    async def async_resume(self) -> None:
        """print.resume (QoS 1). Raises CommandError when not connected."""
        self._send_print_command("resume")

    async def async_stop_print(self) -> None:
        """print.stop (QoS 1); a FAILED within 10 s then counts as cancelled."""
        self._send_print_command("stop")
        self._state.note_stop_sent(_utcnow())

    async def async_pushall(self) -> None:
        """Ask for the full state again. Raises CommandError when not connected."""
        self._publish(pushall_payload(self._seq), qos=0)

    async def async_upload_and_start(
        self,
        name: str,
        data: bytes | str | os.PathLike[str],
        options: UploadOptions = UploadOptions(),  # noqa: B008 (frozen dataclass)
        *,
        progress: ProgressCallback | None = None,
        bed_type: str = "auto",
        ack_timeout_s: float = 10.0,
        ftp_timeout_s: float = 30.0,
    ) -> UploadResult:
        """Upload a sliced 3MF over implicit FTPS (port ``config.ftp_port``, TLS verified like
        MQTT) and start ``plate`` with ``print.project_file``
        (docs/protocols/bambu.md#upload-and-print-start).

        ``name`` is made safe (see ``upload.safe_remote_name``); ``options.ams_mapping``: one
        tray per slicer filament (``farm.guardrails.ams_mapping``), None = external spool / no
        AMS.
        ``progress(bytes_sent, total)`` runs on the loop. Raises UploadError (nothing was
        started: not connected, FTPS refused or broken) or StartError (the file is on the
        printer; the start was refused or not acknowledged).
        """
        remote = safe_remote_name(name, BAMBU_EXTENSIONS)
        plate = options.plate
        if plate < 1:
            raise UploadError(f"plate {plate} does not exist", stage="prepare", reason="plate")
        if not self._connected:
            raise UploadError(
                f"printer {self._config.serial} is not connected",
                stage="prepare",
                reason="not_connected",
            )
        source = await FileSource.create(data)
        cfg = self._config
        await async_ftps_upload(
            FtpsTarget(cfg.host, cfg.ftp_port, cfg.access_code, self._ssl_context),
            remote_name=remote,
            source=source,
            progress=progress,
            timeout_s=ftp_timeout_s,
        )
        sequence_id = self._seq.next()
        command = project_file_command(
            sequence_id,
            remote,
            plate=plate,
            ams_mapping=list(options.ams_mapping) if options.ams_mapping is not None else None,
            bed_leveling=options.bed_leveling,
            timelapse=bool(options.timelapse),
            bed_type=bed_type,
        )
        subtask = command["print"]["subtask_name"]
        loop = asyncio.get_running_loop()
        ack: asyncio.Future[dict[str, Any]] = loop.create_future()
        self._acks[sequence_id] = ack
        try:
            try:
                self._publish(json.dumps(command), qos=1)
            except CommandError as err:
                raise StartError(str(err), reason="not_connected") from err
            try:
                reply = await asyncio.wait_for(ack, ack_timeout_s)
            except TimeoutError:
                raw = self._state.raw
                if raw.get("subtask_name") == subtask and raw.get("gcode_state") in ACTIVE_STATES:
                    return UploadResult(remote_name=remote, size=source.size, plate=plate)
                raise StartError(
                    "the printer did not acknowledge the print start (is Developer Mode on?)",
                    reason="no_ack",
                ) from None
        finally:
            self._acks.pop(sequence_id, None)
        result = str(reply.get("result", "")).casefold()
        if result != "success":
            reason = str(reply.get("reason") or reply.get("result") or "refused")
            raise StartError(f"the printer refused to start {remote}: {reason}")
        return UploadResult(remote_name=remote, size=source.size, plate=plate)

    def _match_ack(self, payload: bytes) -> None:
        found = parse_ack(payload, "project_file")
        if found is None:
            return
        sequence_id, body = found
        waiter = self._acks.get(sequence_id)
        if waiter is not None and not waiter.done():
            waiter.set_result(body)

    # ---- commands ---------------------------------------------------------------------------

    def _send_print_command(self, command: str) -> None:
        self._publish(command_payload(self._seq, "print", command, param=""), qos=1)

    def _publish(self, payload: str, *, qos: int) -> None:
        client = self._mqtt
        if client is None or not self._connected:
            raise CommandError(f"printer {self._config.serial} is not connected")
        info = client.publish(request_topic(self._config.serial), payload, qos=qos)
        if info.rc != MQTTErrorCode.MQTT_ERR_SUCCESS:
            raise CommandError(f"could not send the command ({mqtt.error_string(info.rc)})")

    # ---- connection supervisor ----------------------------------------------------------------

    async def _run_session(self) -> bool:
        """One MQTT session: connect in an executor, then wait until it ends (disconnect,
        refused CONNACK, no CONNACK, stale link or stop). True when CONNACK accepted it."""
        loop = asyncio.get_running_loop()
        assert self._wake is not None
        cfg = self._config
        self._gen += 1
        gen = self._gen
        self._wake.clear()
        self._session_ok = False
        client = new_mqtt_client(cfg, self._ssl_context)
        self._install_callbacks(client, gen)
        self._mqtt = client  # before the thread starts: CONNACK may beat the executor
        try:
            await loop.run_in_executor(
                None, blocking_connect, client, cfg.host, cfg.port, KEEPALIVE_S
            )
        except Exception as err:  # every failure means "retry later"
            self._mqtt = None
            self._note_failure(classify_connect_error(err))
            await loop.run_in_executor(None, blocking_teardown, client)
            return False
        self._attempt_started = loop.time()
        self._schedule_stale_check()  # also bounds the wait for CONNACK
        await self._wake.wait()
        self._mqtt = None
        self._connected = False
        self._cancel_stale_timer()
        result = self._state.connection_lost(_utcnow())
        if not self._stopping:
            self._dispatch(result)
        await loop.run_in_executor(None, blocking_teardown, client)
        return self._session_ok

    async def _interrupt_session(self) -> None:
        if self._wake is not None:
            self._wake.set()

    def _install_callbacks(self, client: mqtt.Client, gen: int) -> None:
        """paho's thread only forwards to the loop; nothing else runs there."""
        loop = self._loop
        assert loop is not None

        def forward(callback: Callable[..., None], *args: Any) -> None:
            with contextlib.suppress(RuntimeError):  # loop closed during shutdown
                loop.call_soon_threadsafe(callback, gen, *args)

        def on_connect(_c: mqtt.Client, _u: Any, _f: Any, reason: Any, _p: Any = None) -> None:
            forward(self._handle_connack, int(reason.value), str(reason))

        def on_disconnect(
            _c: mqtt.Client, _u: Any, _f: Any, reason: Any = None, _p: Any = None
        ) -> None:
            forward(self._handle_disconnect, str(reason))

        def on_message(_c: mqtt.Client, _u: Any, message: mqtt.MQTTMessage) -> None:
            forward(self._handle_payload, message.payload)

        client.on_connect = on_connect
        client.on_disconnect = on_disconnect
        client.on_message = on_message

    def _handle_connack(self, gen: int, reason_value: int, reason: str) -> None:
        if gen != self._gen or self._stopping:
            return
        client = self._mqtt
        if reason_value != 0 or client is None:
            if reason_value != 0:
                self._note_failure(connack_error(reason_value, reason))
            if self._wake is not None:
                self._wake.set()
            return
        loop = self._loop
        assert loop is not None
        serial = self._config.serial
        self._note_connected()
        self._session_ok = True
        self._last_msg = loop.time()
        self._probed = False
        self._state.connection_made(_utcnow())
        client.subscribe(report_topic(serial), qos=0)
        client.publish(request_topic(serial), get_version_payload(self._seq), qos=0)
        client.publish(request_topic(serial), pushall_payload(self._seq), qos=0)
        self._pushall_at = loop.time()
        self._schedule_stale_check()

    def _handle_disconnect(self, gen: int, reason: str) -> None:
        if gen != self._gen:
            return
        if not self._stopping:
            _LOGGER.debug("Bambu printer %s: disconnected (%s)", self._config.serial, reason)
        if self._wake is not None:
            self._wake.set()

    def _handle_payload(self, gen: int, payload: bytes) -> None:
        if gen != self._gen or self._stopping:
            return
        if self._acks:
            self._match_ack(payload)
        loop = self._loop
        assert loop is not None
        self._last_msg = loop.time()
        self._probed = False
        try:
            result = self._state.ingest(payload, _utcnow())
        except Exception:
            _LOGGER.exception("Bambu printer %s: cannot process a report", self._config.serial)
            return
        self._dispatch(result)
        self._sync_hold_timer()

    # ---- timers -------------------------------------------------------------------------------

    def _sync_hold_timer(self) -> None:
        deadline = self._state.pending_deadline
        if deadline == self._hold_deadline:
            return
        self._cancel_hold_timer()
        if deadline is None or self._loop is None:
            return
        delay = max(0.0, (deadline - _utcnow()).total_seconds())
        self._hold_deadline = deadline
        self._hold_timer = self._loop.call_later(delay, self._hold_expired)

    def _hold_expired(self) -> None:
        self._hold_timer = None
        self._hold_deadline = None
        deadline = self._state.pending_deadline
        if deadline is None:
            return
        now = max(_utcnow(), deadline)
        self._dispatch(self._state.resolve_pending(now))
        self._sync_hold_timer()

    def _cancel_hold_timer(self) -> None:
        if self._hold_timer is not None:
            self._hold_timer.cancel()
        self._hold_timer = None
        self._hold_deadline = None

    def _stale_check(self) -> None:
        self._stale_timer = None
        loop = self._loop
        if loop is None or self._stopping or self._mqtt is None:
            return
        if not self._session_ok:
            waited = loop.time() - self._attempt_started
            if waited >= min(CONNACK_TIMEOUT_S, max(self._stale_after_s, 2.0)):
                self._note_failure(CannotConnect("no answer to MQTT CONNECT"))
                if self._wake is not None:
                    self._wake.set()
                return
            self._schedule_stale_check()
            return
        if not self._connected:
            return
        age = loop.time() - (self._last_msg or 0.0)
        if age >= self._stale_after_s:
            _LOGGER.warning(
                "Bambu printer %s: no message for %.0f s, reconnecting", self._config.serial, age
            )
            self._connected = False
            if self._wake is not None:
                self._wake.set()
            return
        half = self._stale_after_s / 2
        if (
            self._state.awaiting_first_report
            and loop.time() - self._pushall_at >= half
            and self._last_msg is not None
            and age < half
        ):
            # messages flow but none carried gcode_state (the pushall answer was lost): ask
            # again, at most every stale_after_s / 2 (the P1P rate-limits pushall)
            self._pushall_at = loop.time()
            with contextlib.suppress(CommandError):
                self._publish(pushall_payload(self._seq), qos=0)
        if age >= half and not self._probed:
            # A quiet printer (P1/A1 send only changes) or a lost pushall answer: ask once
            # before declaring the connection dead. get_version is answered by every model
            # and is not rate-limited like pushall on the P1P.
            self._probed = True
            with contextlib.suppress(CommandError):
                self._publish(get_version_payload(self._seq), qos=0)
                if self._state.awaiting_first_report:
                    self._pushall_at = loop.time()
                    self._publish(pushall_payload(self._seq), qos=0)
        self._schedule_stale_check()
