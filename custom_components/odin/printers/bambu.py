"""Bambu Lab LAN client: MQTT over verified TLS, delta merge, normalized snapshots, run events.

Layout (PROTOCOLS §2, §8):
- ``build_ssl_context``: a verifying TLS context (bundled BBL CA or the user's CA, SNI and
  hostname check against the printer serial). Sync, may block: run it in an executor.
- ``BambuState``: the pure, synchronous ingest component. ``ingest(payload, now)`` parses one
  MQTT payload, merges it into the full printer state and returns a new ``PrinterSnapshot``
  (only when a normalized field changed) plus ``RunEvent``s. No I/O, no clock reads.
- ``BambuClient``: one MQTT connection per printer (paho's network thread only hands raw
  payloads to the event loop with ``call_soon_threadsafe``), reconnect with backoff, stale
  watchdog, cancel-decision hold timer, pause/resume/stop commands.
- ``async_probe``: connect once, verify, read one report and the version (config flow).

No Home Assistant imports here.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Callable
import contextlib
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
import json
import logging
import os
from pathlib import Path
import secrets
import socket
import ssl
from typing import Any, Final

import paho.mqtt.client as mqtt
from paho.mqtt.enums import CallbackAPIVersion, MQTTErrorCode, MQTTProtocolVersion

from .bambu_codes import (
    ATTENTION_PAUSE_STAGES,
    CANCEL_CODES,
    PRINT_ERROR_TEXTS,
    STAGE_NAMES,
    hms_key,
    hms_module,
    hms_severity,
    identify_model,
    print_error_code,
    print_error_severity,
    tray_id,
)
from .bambu_ftps import (
    BAMBU_EXTENSIONS,
    async_ftps_upload,
    parse_ack,
    project_file_command,
)
from .coerce import round1, to_float, to_int, to_str
from .common import ConnectionStats, diff_errors as _diff_errors, loads as _loads, utcnow as _utcnow
from .model import (
    CannotConnect,
    CommandError,
    ErrorSeverity,
    FilamentSlot,
    FilamentUnit,
    InvalidAuth,
    PauseReason,
    PrinterClientError,
    PrinterError,
    PrinterHardware,
    PrinterInfo,
    PrinterSnapshot,
    PrinterStatus,
    RunEvent,
    RunEventType,
    RunOutcome,
    StartError,
    TlsError,
    UploadError,
    UploadOptions,
    UploadResult,
    WrongSerial,
)
from .upload import FileSource, ProgressCallback, safe_remote_name

_LOGGER = logging.getLogger(__name__)

BRAND: Final = "bambu"
DEFAULT_PORT: Final = 8883
MQTT_USER: Final = "bblp"
KEEPALIVE_S: Final = 60
BUNDLED_CA_PATH: Final = Path(__file__).with_name("certs") / "bambu_ca.pem"

STOP_ACK_WINDOW: Final = timedelta(seconds=10)
"""A print.stop ack (or our own stop) at most this long before FAILED means "cancelled"."""
FIRST_REPORT_GRACE: Final = timedelta(seconds=3)
"""After (re)connect, wait this long for a report carrying gcode_state (the pushall answer)
before trusting the merged state (a P1P may ignore pushall for 5 minutes)."""
CONNACK_TIMEOUT_S: Final = 15.0
_X509_V_ERR_HOSTNAME_MISMATCH: Final = 62
_AUTH_REASON_CODES: Final = frozenset({134, 135})  # bad user name or password / not authorized

ACTIVE_STATES: Final = frozenset({"PREPARE", "RUNNING", "PAUSE"})
TERMINAL_STATES: Final = frozenset({"FINISH", "FAILED"})
BUSY_STATES: Final = frozenset({"INIT", "SLICING"})

# Raw report keys the normalized snapshot and the job logic read. A report that changes none
# of them (fans, AMS, Wi-Fi, lights...) is merged but skips normalization entirely.
RELEVANT_KEYS: Final = (
    "gcode_state",
    "stg_cur",
    "mc_percent",
    "mc_remaining_time",
    "layer_num",
    "total_layer_num",
    "subtask_name",
    "gcode_file",
    "nozzle_temper",
    "nozzle_target_temper",
    "bed_temper",
    "bed_target_temper",
    "chamber_temper",
    "print_error",
    "fail_reason",
    "hms",
    "task_id",
    "subtask_id",
    "gcode_start_time",
)

_MISSING: Final[Any] = object()
_TERMINAL_STATUSES: Final = frozenset(
    {PrinterStatus.FINISHED, PrinterStatus.FAILED, PrinterStatus.CANCELLED}
)


# --------------------------------------------------------------------------------------------
# Configuration and TLS
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BambuConfig:
    """How to reach one printer. The access code never appears in the repr."""

    host: str
    serial: str
    access_code: str = field(repr=False)
    port: int = DEFAULT_PORT
    # PEM text of the CA(s) to trust INSTEAD of the bundled BBL CA; None = bundled.
    ca_pem: str | None = field(default=None, repr=False)
    ftp_port: int = 990  # implicit FTPS (uploads, PROTOCOLS §2.8)


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


# --------------------------------------------------------------------------------------------
# Small parsing helpers (type drift: int / float / numeric str)
# --------------------------------------------------------------------------------------------


def _nonzero_id(value: Any) -> str | None:
    text = to_str(value)
    if text is None or text in ("0", "-1"):
        return None
    return text


def _minutes_to_s(value: Any) -> int | None:
    minutes = round1(value)
    return int(minutes * 60) if minutes is not None else None


# Keys that only move a snapshot value (no status, job or error logic): raw key ->
# (snapshot field, converter). A report touching only these takes the incremental path.
_VALUE_FIELDS: Final[dict[str, tuple[str, Callable[[Any], Any]]]] = {
    "mc_percent": ("progress", round1),
    "mc_remaining_time": ("remaining_s", _minutes_to_s),
    "total_layer_num": ("total_layers", to_int),
    "nozzle_temper": ("nozzle_temp", round1),
    "nozzle_target_temper": ("nozzle_target", round1),
    "bed_temper": ("bed_temp", round1),
    "bed_target_temper": ("bed_target", round1),
    "chamber_temper": ("chamber_temp", round1),
    "gcode_file": ("file_name", to_str),
    "layer_num": ("layer", to_int),  # only via _layer_is_value
}
_VALUE, _STATE, _LAYER = 1, 2, 3
_KEY_KIND: Final[dict[str, int]] = {
    key: (_VALUE if key in _VALUE_FIELDS else _STATE) for key in RELEVANT_KEYS
} | {"layer_num": _LAYER}  # a value once the job prints (first layer already seen)
_KEY_KIND_ITEMS: Final = tuple(_KEY_KIND.items())


def parse_hms(value: Any) -> tuple[PrinterError, ...]:
    """``hms[]`` ({attr, code}) -> PrinterErrors keyed ``AAAAAAAA_BBBBBBBB`` (deduplicated)."""
    if not isinstance(value, list):
        return ()
    out: list[PrinterError] = []
    seen: set[str] = set()
    for item in value:
        if not isinstance(item, dict):
            continue
        attr = to_int(item.get("attr"))
        code = to_int(item.get("code"))
        if attr is None or code is None:
            continue
        key = hms_key(attr, code)
        if key in seen:
            continue
        seen.add(key)
        out.append(
            PrinterError(
                source="hms", code=key, severity=hms_severity(code), module=hms_module(attr)
            )
        )
    return tuple(out)


def print_error_entry(value: int) -> PrinterError:
    """``print_error`` != 0 as an active PrinterError (code ``XXXX_YYYY``)."""
    return PrinterError(
        source="print_error",
        code=print_error_code(value),
        severity=print_error_severity(value),
        module=hms_module(value),
        message=PRINT_ERROR_TEXTS.get(value),
    )


def map_status(
    gcode_state: str | None,
    *,
    layer_num: int | None,
    stg_cur: int | None,
    print_error: int,
    fatal_hms: bool,
    failed_outcome: RunOutcome | None = None,
) -> tuple[PrinterStatus, PauseReason | None]:
    """Normalized status and pause reason for a connected printer (PROTOCOLS §8.2)."""
    pause_reason: PauseReason | None = None
    if gcode_state == "RUNNING":
        if layer_num == 0 and stg_cur is not None and stg_cur != 0:
            status = PrinterStatus.PREPARING
        else:
            status = PrinterStatus.PRINTING
    elif gcode_state == "PREPARE":
        status = PrinterStatus.PREPARING
    elif gcode_state == "PAUSE":
        status = PrinterStatus.PAUSED
        if fatal_hms:
            pause_reason = PauseReason.ERROR
        elif print_error != 0 or (stg_cur is not None and stg_cur in ATTENTION_PAUSE_STAGES):
            pause_reason = PauseReason.ATTENTION
        else:
            pause_reason = PauseReason.USER
    elif gcode_state == "IDLE":
        status = PrinterStatus.IDLE
    elif gcode_state == "FINISH":
        status = PrinterStatus.FINISHED
    elif gcode_state == "FAILED":
        status = (
            PrinterStatus.CANCELLED
            if failed_outcome is RunOutcome.CANCELLED
            else PrinterStatus.FAILED
        )
    else:  # INIT, SLICING, unknown or not yet known
        status = PrinterStatus.BUSY
    if fatal_hms and status in (PrinterStatus.IDLE, PrinterStatus.BUSY, PrinterStatus.FINISHED):
        status = PrinterStatus.ERROR
    return status, pause_reason


# --------------------------------------------------------------------------------------------
# The ingest component
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Job:
    key: str
    name: str | None
    fallback_key: bool
    active: bool = True
    printing_emitted: bool = False
    paused: bool = False
    # fail_reason when the job was first seen: it holds the LAST error and may be left over
    # from an earlier job, so only a change counts as this job's cancel signal
    fail_reason_base: int | None = None


@dataclass(slots=True)
class _Pending:
    """A FAILED whose cancel/fail decision is on hold (the cancel code arrives late)."""

    key: str
    deadline: datetime
    reattached: bool
    hold_status: PrinterStatus
    fail_reason_base: int | None = None
    # failure details seen while FAILED (a next job may reset them before the decision)
    print_error: int = 0
    hms_codes: tuple[str, ...] = ()

    def note(self, print_error: int, hms_codes: tuple[str, ...]) -> None:
        """Keep the most informative details seen during the hold."""
        if print_error:
            self.print_error = print_error
        if hms_codes:
            self.hms_codes = hms_codes


Result = tuple[PrinterSnapshot | None, list[RunEvent]]


class BambuState:
    """Pure ingest: Bambu MQTT payloads in, normalized snapshots and run events out.

    Runs on the event loop only; never blocks, never reads the clock (``now`` is passed in).
    """

    def __init__(self, serial: str, *, cancel_hold_s: float = 10.0) -> None:
        """Start with no data: status offline."""
        self.serial = serial
        self._hold = timedelta(seconds=cancel_hold_s)
        self.raw: dict[str, Any] = {}
        self.info: PrinterInfo | None = None
        self.snapshot = PrinterSnapshot()
        self._online = False
        self._await_first = True
        self._connected_at: datetime | None = None
        self._prev_state: str | None = None
        self._job: _Job | None = None
        self._ended: OrderedDict[str, RunOutcome] = OrderedDict()
        self._pending: _Pending | None = None
        self._stop_seen_at: datetime | None = None
        self._stop_source = "stop_ack"
        self._hms_raw: Any = _MISSING
        self._hms_errors: tuple[PrinterError, ...] = ()
        self._plate: str | None = None
        self._fields: dict[str, Any] = {}  # the snapshot's fields (incremental updates)

    # ---- connection -----------------------------------------------------------------------

    def connection_made(self, now: datetime) -> None:
        """A (new) MQTT session is up: the next status report is "the first after connect"."""
        self._await_first = True
        self._connected_at = now

    def connection_lost(self, now: datetime) -> Result:
        """Transport gone or silent: status offline, ``printer_offline`` once."""
        self._await_first = True
        self._connected_at = None
        if not self._online:
            return None, []
        self._online = False
        event = RunEvent(RunEventType.PRINTER_OFFLINE, now, self._current_key(), {})
        snap = _replace_status(self.snapshot, PrinterStatus.OFFLINE, online=False)
        self.snapshot = snap
        self._fields = {}  # rebuilt in full by the first report after reconnect
        return snap, [event]

    @property
    def online(self) -> bool:
        """True once a status report arrived on the current connection."""
        return self._online

    @property
    def awaiting_first_report(self) -> bool:
        """True until a status report with gcode_state arrived on the current connection."""
        return self._await_first

    @property
    def pending_deadline(self) -> datetime | None:
        """When a held FAILED decision falls back to "failed" (None: nothing on hold)."""
        return self._pending.deadline if self._pending is not None else None

    def note_stop_sent(self, now: datetime) -> None:
        """We sent print.stop: a FAILED within the next 10 s is a cancel."""
        self._stop_seen_at = now
        self._stop_source = "stop_command"

    # ---- ingest ---------------------------------------------------------------------------

    def ingest(self, payload: bytes | str, now: datetime) -> Result:
        """Parse + merge + normalize + diff one MQTT payload."""
        try:
            msg = _loads(payload)
        except ValueError:
            _LOGGER.debug("%s: ignoring a payload that is not JSON", self.serial)
            return None, []
        if type(msg) is not dict:
            return None, []
        report = msg.get("print")
        if type(report) is dict:
            command = report.get("command")
            if command == "push_status" or command is None:
                return self._ingest_status(report, now)
            return self._ingest_ack(command, report, now)
        info = msg.get("info")
        if type(info) is dict and info.get("command") == "get_version":
            self._ingest_version(info)
        return None, []

    def resolve_pending(self, now: datetime) -> Result:
        """The hold expired without a cancel signal: decide "failed"."""
        pending = self._pending
        if pending is None or now < pending.deadline:
            return None, []
        events: list[RunEvent] = []
        self._finish_failed(now, RunOutcome.FAILED, None, events)
        return self._emit(now, events)

    def _layer_is_value(self, value: Any) -> bool:
        """A new layer_num is a plain value while printing past the first layer."""
        job = self._job
        if job is None or not job.printing_emitted or job.paused:
            return False
        if self._fields.get("status") is not PrinterStatus.PRINTING:
            return False
        layer = to_int(value)
        return layer is not None and layer >= 1

    def _ingest_version(self, info: dict[str, Any]) -> None:
        model, code, firmware = identify_model(info.get("module"))
        self.info = PrinterInfo(
            serial=self.serial, brand=BRAND, model=model, model_code=code, firmware=firmware
        )

    def _ingest_ack(self, command: Any, report: dict[str, Any], now: datetime) -> Result:
        if command == "stop":
            result = report.get("result")
            if result is None or str(result).casefold() == "success":
                self._stop_seen_at = now
                self._stop_source = "stop_ack"
                if self._pending is not None:
                    events: list[RunEvent] = []
                    self._finish_failed(now, RunOutcome.CANCELLED, "stop_ack", events)
                    return self._emit(now, events)
        elif command == "project_file":
            self._plate = to_str(report.get("param"))
        return None, []

    def _ingest_status(self, report: dict[str, Any], now: datetime) -> Result:
        raw = self.raw
        state_changed = False
        values: list[str] = []
        if len(report) <= len(_KEY_KIND_ITEMS):  # a delta: walk its few keys
            items: Any = report.items()
        else:  # a full report: walk the keys we care about
            items = ((key, report[key]) for key in _KEY_KIND if key in report)
        for key, value in items:
            kind = _KEY_KIND.get(key)
            if kind is None or raw.get(key, _MISSING) == value:
                continue
            if kind == _VALUE or (kind == _LAYER and self._layer_is_value(value)):
                values.append(key)
            else:
                state_changed = True
        raw.update(report)
        if self._await_first:
            if "gcode_state" in report or (
                "gcode_state" in raw
                and self._connected_at is not None
                and now - self._connected_at >= FIRST_REPORT_GRACE
            ):
                return self._evaluate(now, True)
            return None, []  # merged; wait for the pushall answer
        if state_changed:
            return self._evaluate(now, False)
        if not values:
            return None, []
        # Incremental path: only snapshot values moved (temperatures, progress...).
        fields = self._fields
        dirty = False
        for key in values:
            name, convert = _VALUE_FIELDS[key]
            new = convert(raw[key])
            if name == "file_name" and new is None:
                new = fields["job_name"]
            if fields[name] != new:
                fields[name] = new
                dirty = True
        if not dirty:
            return None, []
        snap = PrinterSnapshot(**fields)
        self.snapshot = snap
        return snap, []

    # ---- evaluation -----------------------------------------------------------------------

    def _evaluate(self, now: datetime, first: bool) -> Result:
        raw = self.raw
        state = to_str(raw.get("gcode_state"))
        if state is not None:
            state = state.upper()
        events: list[RunEvent] = []
        if first:
            self._await_first = False
            if not self._online:
                self._online = True
                events.append(RunEvent(RunEventType.PRINTER_ONLINE, now, None, {}))
        pe = to_int(raw.get("print_error")) or 0
        fail_reason = to_int(raw.get("fail_reason")) or 0
        layer = to_int(raw.get("layer_num"))
        stg = to_int(raw.get("stg_cur"))

        self._errors()  # refresh the parsed HMS list (cached)
        # A held FAILED decision: a late cancel code settles it.
        if self._pending is not None and state == "FAILED":
            self._pending.note(pe, tuple(err.code for err in self._hms_errors))
        pending = self._pending
        if pending is not None and (
            pe in CANCEL_CODES
            or (fail_reason in CANCEL_CODES and fail_reason != pending.fail_reason_base)
        ):
            source = "print_error" if pe in CANCEL_CODES else "fail_reason"
            self._finish_failed(now, RunOutcome.CANCELLED, source, events)

        if state is not None:
            self._job_logic(state, layer, stg, pe, fail_reason, now, first, events)
            self._prev_state = state
        return self._emit(now, events)

    def _job_logic(
        self,
        state: str,
        layer: int | None,
        stg: int | None,
        pe: int,
        fail_reason: int,
        now: datetime,
        first: bool,
        events: list[RunEvent],
    ) -> None:
        job = self._job
        if state in ACTIVE_STATES:
            if self._pending is not None:
                # a new job began within the hold window: settle the old one first
                self._finish_failed(now, RunOutcome.FAILED, None, events)
            key, fallback = self._compute_key(now)
            if job is not None and job.active and not self._same_job(job, key, fallback):
                self._end_job(job, now, RunOutcome.UNKNOWN, "new_job", events, reattached=first)
                job = None
            elif job is not None and not job.active:
                job = None
            start_new = job is None
            if start_new:
                job = _Job(
                    key=key,
                    name=to_str(self.raw.get("subtask_name")),
                    fallback_key=fallback,
                    fail_reason_base=fail_reason,
                )
                self._job = job
                self._ended.pop(key, None)
                if not first:
                    self._stop_seen_at = None  # a stop for an earlier job is not for this one
            assert job is not None
            if start_new or first:
                events.append(
                    RunEvent(
                        RunEventType.JOB_STARTED, now, job.key, self._start_data(reattached=first)
                    )
                )
            if not job.printing_emitted and (
                state == "RUNNING" and ((layer is not None and layer >= 1) or stg == 0)
            ):
                job.printing_emitted = True
                data: dict[str, Any] = {"layer": layer}
                minutes = to_int(self.raw.get("mc_remaining_time"))
                if minutes is not None and minutes > 0:
                    data["printer_estimate_s"] = minutes * 60
                events.append(RunEvent(RunEventType.JOB_PRINTING, now, job.key, data))
            if state == "PAUSE" and not job.paused:
                job.paused = True
                reason = self._pause_reason(stg, pe)
                events.append(RunEvent(RunEventType.JOB_PAUSED, now, job.key, {"reason": reason}))
            elif state != "PAUSE" and job.paused:
                job.paused = False
                events.append(RunEvent(RunEventType.JOB_RESUMED, now, job.key, {}))
            return

        if state in TERMINAL_STATES:
            entering = first or self._prev_state != state or (job is not None and job.active)
            if not entering:
                return
            key, fallback = self._compute_key(now)
            if job is not None and job.active and not self._same_job(job, key, fallback):
                self._end_job(job, now, RunOutcome.UNKNOWN, "new_job", events, reattached=first)
                job = None
            if job is None or not job.active:
                if key in self._ended:
                    return  # this job was already closed (e.g. a post-reconnect pushall)
                if job is not None and job.key == key:
                    return
                job = _Job(
                    key=key, name=to_str(self.raw.get("subtask_name")), fallback_key=fallback
                )
                self._job = job
            if state == "FINISH":
                self._end_job(job, now, RunOutcome.SUCCESS, "state", events, reattached=first)
                return
            decided = self._cancel_signal(now, pe, fail_reason, job.fail_reason_base)
            if decided is not None:
                self._end_job(job, now, RunOutcome.CANCELLED, decided, events, reattached=first)
                return
            hold_status = self.snapshot.status if self.snapshot.active else PrinterStatus.FAILED
            job.active = False
            self._pending = _Pending(
                job.key, now + self._hold, first, hold_status, job.fail_reason_base
            )
            self._pending.note(pe, tuple(err.code for err in self._hms_errors))
            return

        # IDLE / INIT / SLICING / unknown
        if job is not None and job.active:
            self._end_job(
                job,
                now,
                RunOutcome.UNKNOWN,
                "reconnect" if first else "state",
                events,
                reattached=first,
                reason="job left the printer without a terminal state",
            )

    def _cancel_signal(
        self, now: datetime, pe: int, fail_reason: int, fail_reason_base: int | None
    ) -> str | None:
        if pe in CANCEL_CODES:
            return "print_error"
        if fail_reason in CANCEL_CODES and fail_reason != fail_reason_base:
            return "fail_reason"
        if self._stop_seen_at is not None and now - self._stop_seen_at <= STOP_ACK_WINDOW:
            return self._stop_source
        return None

    def _finish_failed(
        self, now: datetime, outcome: RunOutcome, source: str | None, events: list[RunEvent]
    ) -> None:
        pending = self._pending
        if pending is None:
            return
        self._pending = None
        job = self._job
        if job is None or job.key != pending.key:
            job = _Job(key=pending.key, name=None, fallback_key=False)
        job.active = True  # so _end_job closes it
        self._end_job(
            job,
            now,
            outcome,
            source,
            events,
            reattached=pending.reattached,
            details=(pending.print_error, pending.hms_codes),
        )

    def _end_job(
        self,
        job: _Job,
        now: datetime,
        outcome: RunOutcome,
        source: str | None,
        events: list[RunEvent],
        *,
        reattached: bool,
        reason: str | None = None,
        details: tuple[int, tuple[str, ...]] | None = None,
    ) -> None:
        job.active = False
        job.paused = False
        data: dict[str, Any] = {"outcome": outcome.value, "native_state": self._prev_state}
        if outcome is RunOutcome.FAILED or outcome is RunOutcome.CANCELLED:
            if details is None:
                pe = to_int(self.raw.get("print_error")) or 0
                hms_codes = [err.code for err in self._hms_errors]
            else:
                pe, hms_codes = details[0], list(details[1])
            if outcome is RunOutcome.FAILED:
                if source is None:
                    source = "print_error" if pe else ("hms" if hms_codes else "state")
                if pe:
                    data["error_code"] = print_error_code(pe)
                    reason = PRINT_ERROR_TEXTS.get(pe) or f"print_error {print_error_code(pe)}"
                elif hms_codes:
                    data["error_code"] = hms_codes[0]
                    reason = f"HMS {hms_codes[0]}"
                else:
                    reason = reason or "the printer reported FAILED without an error code"
                data["native_state"] = "FAILED"
            else:
                reason = reason or "cancelled by the operator"
                data["native_state"] = "FAILED"
                if pe:
                    data["error_code"] = print_error_code(pe)
            if hms_codes:
                data["hms"] = hms_codes
            if pe:
                data["print_error"] = pe
        elif outcome is RunOutcome.SUCCESS:
            data["native_state"] = "FINISH"
        data["source"] = source or "state"
        if reason is not None:
            data["reason"] = reason
        if reattached:
            data["reattached"] = True
        self._ended[job.key] = outcome
        while len(self._ended) > 32:
            self._ended.popitem(last=False)
        events.append(RunEvent(RunEventType.JOB_ENDED, now, job.key, data))

    def _pause_reason(self, stg: int | None, pe: int) -> str:
        _status, reason = map_status(
            "PAUSE",
            layer_num=None,
            stg_cur=stg,
            print_error=pe,
            fatal_hms=any(e.severity is ErrorSeverity.FATAL for e in self._hms_errors),
        )
        return (reason or PauseReason.USER).value

    def _start_data(self, *, reattached: bool) -> dict[str, Any]:
        raw = self.raw
        data: dict[str, Any] = {"reattached": reattached}
        name = to_str(raw.get("subtask_name"))
        file_name = to_str(raw.get("gcode_file")) or name
        if file_name is not None:
            data["file_name"] = file_name
        if name is not None:
            data["job_name"] = name
        minutes = to_int(raw.get("mc_remaining_time"))
        if minutes is not None and minutes > 0 and not reattached:
            # the printer's total estimate is its remaining time at the start only
            data["printer_estimate_s"] = minutes * 60
        total = to_int(raw.get("total_layer_num"))
        if total:
            data["total_layers"] = total
        if self._plate is not None:
            data["plate"] = self._plate
        return data

    def _compute_key(self, now: datetime) -> tuple[str, bool]:
        """(job_key, is_fallback). task_id/subtask_id, else serial + gcode_start_time, else
        serial + subtask_name + first-seen time (kept stable while the same job runs)."""
        raw = self.raw
        for name in ("task_id", "subtask_id"):
            ident = _nonzero_id(raw.get(name))
            if ident is not None:
                return f"{self.serial}:task:{ident}", False
        start = _nonzero_id(raw.get("gcode_start_time"))
        if start is not None:
            return f"{self.serial}:{start}", False
        name = to_str(raw.get("subtask_name")) or to_str(raw.get("gcode_file")) or ""
        job = self._job
        if job is not None and job.fallback_key and job.name == (name or None):
            return job.key, True
        return f"{self.serial}:{name}:{int(now.timestamp())}", True

    def _same_job(self, job: _Job, key: str, fallback: bool) -> bool:
        if job.key == key:
            return True
        if job.fallback_key or fallback:
            # a start time that shows up late (or vanishes) does not make a new job
            return job.name == to_str(self.raw.get("subtask_name"))
        return False

    def _current_key(self) -> str | None:
        job = self._job
        return job.key if job is not None else None

    # ---- snapshot -------------------------------------------------------------------------

    def _errors(self) -> tuple[PrinterError, ...]:
        raw = self.raw
        hms = raw.get("hms", _MISSING)
        if hms is not self._hms_raw and hms != self._hms_raw:
            self._hms_raw = hms
            self._hms_errors = parse_hms(hms)
        pe = to_int(raw.get("print_error")) or 0
        if pe:
            return (*self._hms_errors, print_error_entry(pe))
        return self._hms_errors

    def _emit(self, now: datetime, events: list[RunEvent]) -> Result:
        raw = self.raw
        errors = self._errors()
        state = to_str(raw.get("gcode_state"))
        if state is not None:
            state = state.upper()
        pe = to_int(raw.get("print_error")) or 0
        layer = to_int(raw.get("layer_num"))
        stg = to_int(raw.get("stg_cur"))
        fatal = any(err.severity is ErrorSeverity.FATAL for err in errors if err.source == "hms")
        job = self._job
        failed_outcome = None
        if state == "FAILED" and job is not None:
            failed_outcome = self._ended.get(job.key)
        status, pause_reason = map_status(
            state,
            layer_num=layer,
            stg_cur=stg,
            print_error=pe,
            fatal_hms=fatal,
            failed_outcome=failed_outcome,
        )
        if self._pending is not None and state == "FAILED":
            status = self._pending.hold_status
            pause_reason = None
        if not self._online:
            status = PrinterStatus.OFFLINE
        attention = (
            status is PrinterStatus.ERROR
            or pause_reason is PauseReason.ATTENTION
            or pause_reason is PauseReason.ERROR
            or any(
                err.severity in (ErrorSeverity.FATAL, ErrorSeverity.SERIOUS)
                for err in errors
                if err.source == "hms"
            )
        )
        job_key = None
        if self._pending is not None:
            job_key = self._pending.key
        elif job is not None and (job.active or status in _TERMINAL_STATUSES):
            job_key = job.key
        name = to_str(raw.get("subtask_name"))
        fields: dict[str, Any] = {
            "status": status,
            "online": self._online,
            "native_state": state,
            "stage": STAGE_NAMES.get(stg, str(stg)) if stg is not None else None,
            "job_key": job_key,
            "job_name": name,
            "file_name": to_str(raw.get("gcode_file")) or name,
            "progress": round1(raw.get("mc_percent")),
            "remaining_s": _minutes_to_s(raw.get("mc_remaining_time")),
            "layer": layer,
            "total_layers": to_int(raw.get("total_layer_num")),
            "nozzle_temp": round1(raw.get("nozzle_temper")),
            "nozzle_target": round1(raw.get("nozzle_target_temper")),
            "bed_temp": round1(raw.get("bed_temper")),
            "bed_target": round1(raw.get("bed_target_temper")),
            "chamber_temp": round1(raw.get("chamber_temper")),
            "pause_reason": pause_reason,
            "attention_required": attention,
            "errors": errors,
            "print_error": pe,
        }
        self._fields = fields
        snap = PrinterSnapshot(**fields)
        old = self.snapshot
        if errors != old.errors:
            _diff_errors(old.errors, errors, now, job_key, events)
        if snap == old:
            return None, events
        self.snapshot = snap
        return snap, events


def _replace_status(
    snap: PrinterSnapshot, status: PrinterStatus, *, online: bool
) -> PrinterSnapshot:
    return replace(snap, status=status, online=online, pause_reason=None)


# --------------------------------------------------------------------------------------------
# Hardware the farm reads (AMS humidity and trays, nozzle), from the merged raw state
# --------------------------------------------------------------------------------------------


EXTERNAL_TRAY_IDS: Final = (254, 255)  # vt_tray: external spool holder(s), left/right


def _tray_color(value: Any) -> str | None:
    """``tray_color`` "RRGGBBAA" -> "#RRGGBB" (None when absent or not hex)."""
    text = to_str(value)
    if text is None or len(text) not in (6, 8):
        return None
    try:
        int(text, 16)
    except ValueError:
        return None
    return f"#{text[:6].upper()}"


def _tray_remaining(value: Any) -> int | None:
    remain = to_int(value)
    return remain if remain is not None and 0 <= remain <= 100 else None


def read_hardware(raw: dict[str, Any]) -> PrinterHardware:
    """:class:`PrinterHardware` from a merged report (tolerates type drift and missing keys)."""
    units: list[FilamentUnit] = []
    slots: list[FilamentSlot] = []
    ams = raw.get("ams")
    for unit in ams.get("ams", []) if isinstance(ams, dict) else []:
        if not isinstance(unit, dict) or (unit_id := to_int(unit.get("id"))) is None:
            continue
        humidity = round1(unit.get("humidity_raw"))
        units.append(
            FilamentUnit(
                unit_id=unit_id,
                humidity_pct=humidity if humidity else None,
                humidity_level=to_int(unit.get("humidity")),
                temp_c=round1(unit.get("temp")),
            )
        )
        trays = unit.get("tray", [])
        for tray in trays if isinstance(trays, list) else []:
            if not isinstance(tray, dict) or (slot := to_int(tray.get("id"))) is None:
                continue
            material = to_str(tray.get("tray_type"))
            slots.append(
                FilamentSlot(
                    tray_id=tray_id(unit_id, slot),
                    material=material,
                    color=_tray_color(tray.get("tray_color")) if material else None,
                    remaining_pct=_tray_remaining(tray.get("remain")) if material else None,
                    unit_id=unit_id,
                    slot=slot,
                )
            )
    vt = raw.get("vt_tray")
    holders = [
        h
        for h in (vt if isinstance(vt, list) else [vt])
        if isinstance(h, dict) and to_str(h.get("tray_type"))
    ]
    for index, holder in enumerate(holders[: len(EXTERNAL_TRAY_IDS)]):
        if material := to_str(holder.get("tray_type")):
            slots.append(
                FilamentSlot(
                    tray_id=EXTERNAL_TRAY_IDS[index],  # loaded holders in order (as sent)
                    material=material,
                    color=_tray_color(holder.get("tray_color")),
                    remaining_pct=_tray_remaining(holder.get("remain")),
                )
            )
    nozzle = to_float(raw.get("nozzle_diameter"))  # not round1: a 0.25 mm nozzle stays 0.25
    nozzle = nozzle if nozzle is not None and 0 < nozzle < 5 else None
    return PrinterHardware(nozzle_mm=nozzle, units=tuple(units), slots=tuple(slots))


# --------------------------------------------------------------------------------------------
# MQTT plumbing shared by the client and the probe
# --------------------------------------------------------------------------------------------


def report_topic(serial: str) -> str:
    """Where the printer publishes status and acks."""
    return f"device/{serial}/report"


def request_topic(serial: str) -> str:
    """Where the printer takes commands."""
    return f"device/{serial}/request"


class _Sequence:
    def __init__(self) -> None:
        self._value = secrets.randbelow(10_000)

    def next(self) -> str:
        self._value += 1
        return str(self._value)


def _command_payload(seq: _Sequence, kind: str, command: str, **fields: Any) -> str:
    return json.dumps({kind: {"sequence_id": seq.next(), "command": command, **fields}})


def _pushall_payload(seq: _Sequence) -> str:
    return _command_payload(seq, "pushing", "pushall", version=1, push_target=1)


def _get_version_payload(seq: _Sequence) -> str:
    return _command_payload(seq, "info", "get_version")


def _new_mqtt_client(config: BambuConfig, ssl_context: ssl.SSLContext) -> mqtt.Client:
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


def _blocking_connect(client: mqtt.Client, host: str, port: int, keepalive: int) -> None:
    """TCP + TLS handshake + CONNECT, then start paho's network thread. Runs in an executor."""
    client.connect(host, port, keepalive=keepalive)
    client.loop_start()


def _blocking_teardown(client: mqtt.Client) -> None:
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


def _connack_error(reason_value: int, reason: str) -> PrinterClientError:
    if reason_value in _AUTH_REASON_CODES:
        return InvalidAuth(f"the printer refused the access code ({reason})")
    return CannotConnect(f"the printer refused the connection ({reason})")


# --------------------------------------------------------------------------------------------
# Client
# --------------------------------------------------------------------------------------------


class BambuClient(ConnectionStats):
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
        self._config = config
        self._ssl_context = ssl_context
        self._on_snapshot = on_snapshot
        self._on_event = on_event
        self._stale_after_s = stale_after_s
        self._reconnect_min_s = reconnect_min_s
        self._reconnect_max_s = max(reconnect_max_s, reconnect_min_s)
        self._state = BambuState(config.serial, cancel_hold_s=cancel_hold_s)
        self._seq = _Sequence()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[None] | None = None
        self._wake: asyncio.Event | None = None
        self._stop_event: asyncio.Event | None = None
        self._mqtt: mqtt.Client | None = None
        self._gen = 0
        self._connected = False
        self._session_ok = False
        self._stopping = False
        self._ever_connected = False
        self._reconnects = 0
        self._last_msg: float | None = None
        self._probed = False
        self._attempt_started = 0.0
        self._pushall_at = 0.0
        self._hold_timer: asyncio.TimerHandle | None = None
        self._hold_deadline: datetime | None = None
        self._stale_timer: asyncio.TimerHandle | None = None
        self._last_error: PrinterClientError | None = None
        self._failures = 0
        self._acks: dict[str, asyncio.Future[dict[str, Any]]] = {}  # project_file acks

    def __repr__(self) -> str:
        """No secrets."""
        cfg = self._config
        return f"<BambuClient {cfg.serial} {cfg.host}:{cfg.port} connected={self._connected}>"

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

    async def async_start(self) -> None:
        """Start connecting in the background; returns at once."""
        if self._task is not None:
            return
        self._loop = asyncio.get_running_loop()
        self._stopping = False
        self._wake = asyncio.Event()
        self._stop_event = asyncio.Event()
        self._task = self._loop.create_task(self._run(), name=f"odin bambu {self._config.serial}")

    async def async_stop(self) -> None:
        """Disconnect, cancel every timer and join paho's thread. Leaves nothing running."""
        self._stopping = True
        if self._wake is not None:
            self._wake.set()
        if self._stop_event is not None:
            self._stop_event.set()
        task = self._task
        if task is not None:
            try:
                await task
            except Exception:
                _LOGGER.exception("Bambu printer %s: supervisor failed", self._config.serial)
        self._task = None
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
        self._publish(_pushall_payload(self._seq), qos=0)

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
        MQTT) and start ``plate`` with ``print.project_file`` (PROTOCOLS §2.8).

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
            host=cfg.host,
            port=cfg.ftp_port,
            access_code=cfg.access_code,
            ssl_context=self._ssl_context,
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
        self._publish(_command_payload(self._seq, "print", command, param=""), qos=1)

    def _publish(self, payload: str, *, qos: int) -> None:
        client = self._mqtt
        if client is None or not self._connected:
            raise CommandError(f"printer {self._config.serial} is not connected")
        info = client.publish(request_topic(self._config.serial), payload, qos=qos)
        if info.rc != MQTTErrorCode.MQTT_ERR_SUCCESS:
            raise CommandError(f"could not send the command ({mqtt.error_string(info.rc)})")

    # ---- connection supervisor ----------------------------------------------------------------

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        assert self._wake is not None
        assert self._stop_event is not None
        delay = self._reconnect_min_s
        cfg = self._config
        while not self._stopping:
            self._gen += 1
            gen = self._gen
            self._wake.clear()
            self._session_ok = False
            client = _new_mqtt_client(cfg, self._ssl_context)
            self._install_callbacks(client, gen)
            self._mqtt = client  # before the thread starts: CONNACK may beat the executor
            try:
                await loop.run_in_executor(
                    None, _blocking_connect, client, cfg.host, cfg.port, KEEPALIVE_S
                )
            except Exception as err:  # every failure means "retry later"
                self._mqtt = None
                self._note_failure(classify_connect_error(err))
                await loop.run_in_executor(None, _blocking_teardown, client)
            else:
                self._attempt_started = loop.time()
                self._schedule_stale_check()  # also bounds the wait for CONNACK
                await self._wake.wait()
                self._mqtt = None
                self._connected = False
                self._cancel_stale_timer()
                result = self._state.connection_lost(_utcnow())
                if not self._stopping:
                    self._dispatch(result)
                await loop.run_in_executor(None, _blocking_teardown, client)
                if self._session_ok:
                    delay = self._reconnect_min_s
            if self._stop_event.is_set():
                break
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop_event.wait(), timeout=delay)
            delay = min(delay * 2, self._reconnect_max_s)

    def _note_failure(self, err: PrinterClientError) -> None:
        self._last_error = err
        self._failures += 1
        if self._failures == 1:
            _LOGGER.warning("Bambu printer %s: %s", self._config.serial, err)
        else:
            _LOGGER.debug("Bambu printer %s: %s", self._config.serial, err)

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
                self._note_failure(_connack_error(reason_value, reason))
            if self._wake is not None:
                self._wake.set()
            return
        loop = self._loop
        assert loop is not None
        serial = self._config.serial
        if self._failures or self._ever_connected:
            _LOGGER.info("Bambu printer %s: connected", serial)
        self._connected = True
        self._session_ok = True
        self._last_error = None
        self._failures = 0
        if self._ever_connected:
            self._reconnects += 1
        self._ever_connected = True
        self._last_msg = loop.time()
        self._probed = False
        self._state.connection_made(_utcnow())
        client.subscribe(report_topic(serial), qos=0)
        client.publish(request_topic(serial), _get_version_payload(self._seq), qos=0)
        client.publish(request_topic(serial), _pushall_payload(self._seq), qos=0)
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

    def _dispatch(self, result: Result) -> None:
        # Events first, then the snapshot of the same report: the run tracker relies on it.
        snap, events = result
        for event in events:
            try:
                self._on_event(event)
            except Exception:
                _LOGGER.exception("on_event callback failed")
        if snap is not None:
            try:
                self._on_snapshot(snap)
            except Exception:
                _LOGGER.exception("on_snapshot callback failed")

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

    def _schedule_stale_check(self) -> None:
        self._cancel_stale_timer()
        if self._loop is None:
            return
        interval = max(0.05, min(self._stale_after_s / 4, 5.0))
        self._stale_timer = self._loop.call_later(interval, self._stale_check)

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
                self._publish(_pushall_payload(self._seq), qos=0)
        if age >= half and not self._probed:
            # A quiet printer (P1/A1 send only changes) or a lost pushall answer: ask once
            # before declaring the connection dead. get_version is answered by every model
            # and is not rate-limited like pushall on the P1P.
            self._probed = True
            with contextlib.suppress(CommandError):
                self._publish(_get_version_payload(self._seq), qos=0)
                if self._state.awaiting_first_report:
                    self._pushall_at = loop.time()
                    self._publish(_pushall_payload(self._seq), qos=0)
        self._schedule_stale_check()

    def _cancel_stale_timer(self) -> None:
        if self._stale_timer is not None:
            self._stale_timer.cancel()
        self._stale_timer = None


# --------------------------------------------------------------------------------------------
# Probe (config flow)
# --------------------------------------------------------------------------------------------


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

    client = _new_mqtt_client(config, ssl_context)
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
                _blocking_connect,
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
            raise _connack_error(code, reason)
        seq = _Sequence()
        client.subscribe(report_topic(config.serial), qos=0)
        client.publish(request_topic(config.serial), _get_version_payload(seq), qos=0)
        client.publish(request_topic(config.serial), _pushall_payload(seq), qos=0)
        try:
            await asyncio.wait_for(report, remaining())
        except TimeoutError as err:
            raise WrongSerial(f"no report for serial {config.serial}") from err
        try:
            return await asyncio.wait_for(version, min(remaining(), 5.0))
        except TimeoutError:
            return PrinterInfo(serial=config.serial, brand=BRAND)
    finally:
        await loop.run_in_executor(None, _blocking_teardown, client)


__all__ = [
    "BUNDLED_CA_PATH",
    "BambuClient",
    "BambuConfig",
    "BambuState",
    "async_probe",
    "build_ssl_context",
    "bundled_ca_pem",
    "map_status",
]
