"""Pure Bambu ingest: MQTT payloads in, normalized snapshots and run events out.

``BambuState.ingest(payload, now)`` parses one MQTT payload, merges it into the full printer
state and returns a new ``PrinterSnapshot`` (only when a normalized field changed) plus
``RunEvent``s. No I/O, no clock reads (docs/protocols/bambu.md, docs/protocols/normalized-model.md).
Every raw value goes through
``printers.coerce``: a bad field is ignored for that field only and never sticks.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
import logging
from typing import Any, Final

from custom_components.odin.printers.coerce import round1, to_int, to_str
from custom_components.odin.printers.common import loads as _loads, publish
from custom_components.odin.printers.model import (
    ErrorSeverity,
    PauseReason,
    PrinterError,
    PrinterInfo,
    PrinterSnapshot,
    PrinterStatus,
    RunEvent,
    RunEventType,
    RunOutcome,
)

from .codes import (
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
)
from .config import BRAND

_LOGGER = logging.getLogger(__name__)


STOP_ACK_WINDOW: Final = timedelta(seconds=10)
"""A print.stop ack (or our own stop) at most this long before FAILED means "cancelled"."""


FIRST_REPORT_GRACE: Final = timedelta(seconds=3)
"""After (re)connect, wait this long for a report carrying gcode_state (the pushall answer)
before trusting the merged state (a P1P may ignore pushall for 5 minutes)."""
# A reported job start older than this is a stale clock or a leftover value, not this job.
MAX_REPORTED_JOB_AGE: Final = timedelta(days=7)


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
    """Normalized status and pause reason for a connected printer
    (docs/protocols/normalized-model.md#mapping-from-native-states)."""
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
                        RunEventType.JOB_STARTED,
                        now,
                        job.key,
                        self._start_data(now, reattached=first),
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
        if reattached:
            # First seen ended (it ran while we were away): what the printer says about it.
            self._job_names(data)
            if (started := self._reported_start(now)) is not None:
                data["started_at"] = started
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

    def _job_names(self, data: dict[str, Any]) -> None:
        """File and job name of the current report into ``data``."""
        name = to_str(self.raw.get("subtask_name"))
        file_name = to_str(self.raw.get("gcode_file")) or name
        if file_name is not None:
            data["file_name"] = file_name
        if name is not None:
            data["job_name"] = name

    def _reported_start(self, now: datetime) -> datetime | None:
        """When the printer says the job started (``gcode_start_time``, epoch seconds), for a
        job first seen after it began. None when missing or implausible; a printer clock that
        runs ahead is clamped to ``now``."""
        epoch = to_int(self.raw.get("gcode_start_time"))
        if epoch is None or epoch <= 0:
            return None
        try:
            started = datetime.fromtimestamp(epoch, UTC)
        except (OverflowError, OSError, ValueError):
            return None
        if started > now:
            return now
        if now - started > MAX_REPORTED_JOB_AGE:
            return None
        return started

    def _start_data(self, now: datetime, *, reattached: bool) -> dict[str, Any]:
        raw = self.raw
        data: dict[str, Any] = {"reattached": reattached}
        self._job_names(data)
        if reattached and (started := self._reported_start(now)) is not None:
            data["started_at"] = started  # seen mid-print: timed from the printer's start
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
        published = publish(self.snapshot, snap, now, job_key, events)
        if published is not None:
            self.snapshot = published
        return published, events


def _replace_status(
    snap: PrinterSnapshot, status: PrinterStatus, *, online: bool
) -> PrinterSnapshot:
    return replace(snap, status=status, online=online, pause_reason=None)
