"""Pure Moonraker ingest: sync results, status diffs and history in; snapshots and events out.

The client feeds ``MoonrakerState`` the result of a (re)sync, ``notify_status_update`` diffs,
``notify_history_changed`` entries, Klippy state changes and file metadata; it returns a new
``PrinterSnapshot`` (only when a normalized field changed) plus ``RunEvent``s. No I/O, no clock
reads (``now`` is passed in). Every raw value goes through ``printers.coerce``.

Jobs. Moonraker's history ``job_id`` (with its start time) is the job key; a job is detected
from the ``print_stats.state`` edges the way Moonraker's own ``job_state`` does (so a job that
jumps ``error -> complete`` still counts) and from ``notify_history_changed``. ``job_started``
waits (at most ``key_wait_s``) for the history id and the file's metadata; events of that job
in the meantime are queued and follow it in order. Outcomes: complete -> success, cancelled or
printing -> standby -> cancelled, error -> failed (Klipper's message as reason), Klippy
shutdown mid-job -> failed, an emergency stop we sent -> cancelled. A Moonraker restart
(history ``server_exit`` / ``interrupted``) or a lost Klippy connection (``klippy_disconnect``)
is an outage, not an outcome: the job stays open and is closed by what Moonraker reports when
it is back (print_stats, then the history). The error that ends a job names it. After every
(re)connect the recent history is replayed as ``job_ended`` events (the consumer ignores keys
it has no open run for), and a running job is re-attached with the same key.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
import json
from pathlib import PurePosixPath
import re
from typing import Any, Final

from custom_components.odin.printers.coerce import round1, to_float, to_int, to_str
from custom_components.odin.printers.common import (
    diff_errors as _diff_errors,
)
from custom_components.odin.printers.model import (
    ErrorSeverity,
    PauseReason,
    PrinterError,
    PrinterSnapshot,
    PrinterStatus,
    RunEvent,
    RunEventType,
    RunOutcome,
)

KEY_WAIT_S: Final = 5.0
"""At most this long a new job waits for its history id and metadata before job_started."""


HISTORY_SYNC_LIMIT: Final = 10
"""How many recent history jobs a (re)sync replays as job_ended (idempotent downstream)."""


ESTOP_WINDOW: Final = timedelta(seconds=10)
"""A Klippy shutdown this soon after our emergency stop is that stop (an operator action)."""


REATTACH_TOLERANCE_S: Final = 300.0
"""An ``interrupted`` history job (Moonraker restarted mid-print) is the running print when its
start time agrees with ``now - print_stats.total_duration`` within this many seconds."""


PREPARING_FILAMENT_MM: Final = 1e-3


METADATA_CACHE: Final = 16


IDLE_STATES: Final = frozenset({"standby", "complete", "cancelled", "error"})


ACTIVE_STATES: Final = frozenset({"printing", "paused"})


TERMINAL_STATES: Final = frozenset({"complete", "cancelled", "error"})


_TERMINAL_STATUSES: Final = frozenset(
    {PrinterStatus.FINISHED, PrinterStatus.CANCELLED, PrinterStatus.FAILED}
)


STATE_OUTCOMES: Final[Mapping[str, RunOutcome]] = {
    "complete": RunOutcome.SUCCESS,
    "cancelled": RunOutcome.CANCELLED,
    "error": RunOutcome.FAILED,
    "standby": RunOutcome.CANCELLED,  # printing -> standby: SDCARD_RESET_FILE-style cancel
}


HISTORY_OUTCOMES: Final[Mapping[str, RunOutcome]] = {
    "completed": RunOutcome.SUCCESS,
    "cancelled": RunOutcome.CANCELLED,
    "error": RunOutcome.FAILED,
    "klippy_shutdown": RunOutcome.FAILED,
    "klippy_disconnect": RunOutcome.UNKNOWN,
    "interrupted": RunOutcome.UNKNOWN,
    "server_exit": RunOutcome.UNKNOWN,
}


_HISTORY_OPEN: Final = "in_progress"


_HISTORY_LOST: Final = frozenset({"interrupted", "server_exit", "klippy_disconnect"})


KINEMATICS_NAMES: Final[Mapping[str, str]] = {
    "cartesian": "Cartesian",
    "corexy": "CoreXY",
    "corexz": "CoreXZ",
    "hybrid_corexy": "Hybrid CoreXY",
    "hybrid_corexz": "Hybrid CoreXZ",
    "limited_cartesian": "Cartesian",
    "limited_corexy": "CoreXY",
    "limited_corexz": "CoreXZ",
    "delta": "Delta",
    "deltesian": "Deltesian",
    "rotary_delta": "Rotary delta",
    "polar": "Polar",
    "winch": "Cable winch",
    "none": "No kinematics",
}


def _first_line(text: str | None) -> str | None:
    if not text:
        return None
    for line in text.splitlines():
        stripped = line.strip()
        if stripped:
            return stripped
    return None


_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")


_NUMBERS = re.compile(r"[-+]?\d+(?:\.\d+)?")


_NON_WORD = re.compile(r"[^a-z]+")


_MACRO_WRAPPER = re.compile(
    r"^\s*Error evaluating '[^']*':\s*(?:[A-Za-z_][\w.]*(?:Error|Exception)\w*:\s*)?(.*)$",
    re.DOTALL,
)


def unwrap_macro_error(message: str) -> str:
    """The error inside Klipper's G-code macro wrapper(s): ``Error evaluating
    'gcode_macro X:gcode': gcode.CommandError: Move out of range: ...`` -> ``Move out of range:
    ...`` (the text an ``action_raise_error`` or a command in a template raised)."""
    for _ in range(8):  # nested macros wrap once per level
        match = _MACRO_WRAPPER.match(message)
        if match is None or not match.group(1).strip():
            break
        message = match.group(1).strip()
    return message


def error_key(message: str | None, default: str = "klipper_error") -> str:
    """A short, stable key for a Klipper error text (PrinterError.code / error_code).

    ``Move out of range: 300.000 0.000 1.000 [0.000]`` -> ``move_out_of_range``;
    ``MCU 'mcu' shutdown: Timer too close`` -> ``mcu_shutdown_timer_too_close``; an error
    raised inside a G-code macro is keyed by its own text, not by the macro wrapper.
    Numbers and quoted names are dropped so every occurrence of an error shares its key.
    """
    line = _first_line(unwrap_macro_error(message)) if message else None
    if line is None:
        return default
    line = _NUMBERS.sub(" ", _QUOTED.sub(" ", line)).casefold()
    words = [w for w in _NON_WORD.split(line) if w][:8]
    key = "_".join(words)[:48].strip("_")
    return key or default


def history_key(entry: Mapping[str, Any]) -> str | None:
    """Job key of a history entry: ``<job_id>@<start time>`` (ids may be reused after the
    history is pruned; the start time keeps keys unique). None without a job_id."""
    job_id = to_str(entry.get("job_id"))
    if job_id is None:
        return None
    start = to_float(entry.get("start_time"))
    return f"{job_id}@{int(start)}" if start is not None else job_id


def fallback_key(filename: str, started_at: datetime) -> str:
    """Job key without Moonraker history: file name + start time."""
    return f"{filename}@{int(started_at.timestamp())}"


def _wall(value: Any) -> datetime | None:
    ts = to_float(value)
    if ts is None or ts <= 0:
        return None
    try:
        return datetime.fromtimestamp(ts, UTC)
    except (OverflowError, OSError, ValueError):
        return None


def _split_list(value: Any) -> list[str]:
    """``filament_type`` may be a JSON list string, ``a;b``, ``a,b`` or a plain value."""
    if isinstance(value, list):
        return [text for item in value if (text := to_str(item)) is not None]
    text = to_str(value)
    if text is None:
        return []
    if text.startswith("["):
        try:
            decoded = json.loads(text)
        except ValueError:
            decoded = None
        if isinstance(decoded, list):
            return _split_list(decoded)
    for sep in (";", ","):
        if sep in text:
            return [part.strip() for part in text.split(sep) if part.strip()]
    return [text]


def parse_filament(metadata: Mapping[str, Any] | None) -> list[dict[str, Any]] | None:
    """Metadata -> ``[{type, grams}]`` (per tool when the slicer gave per-tool weights)."""
    if not metadata:
        return None
    types = _split_list(metadata.get("filament_type"))
    weights_raw = metadata.get("filament_weights")
    weights = [to_float(w) for w in weights_raw] if isinstance(weights_raw, list) else []
    total = to_float(metadata.get("filament_weight_total"))
    if len(types) > 1 and len(weights) == len(types):
        out = [
            {"type": kind, "grams": round(grams, 2)}
            for kind, grams in zip(types, weights, strict=True)
            if grams is not None and grams > 0
        ]
        if out:
            return out
    if total is None and weights and all(w is not None for w in weights):
        total = sum(w for w in weights if w is not None)
    if not types and total is None:
        return None
    unique = list(dict.fromkeys(types))
    kind = "/".join(unique) if unique else None
    return [{"type": kind, "grams": round(total, 2) if total is not None else None}]


def _job_name(filename: str) -> str:
    name = PurePosixPath(filename).name
    for suffix in (".gcode", ".gco", ".g", ".ufp", ".nc"):
        if name.casefold().endswith(suffix):
            return name[: -len(suffix)] or name
    return name


def map_status(
    klippy_state: str | None,
    print_state: str | None,
    *,
    filament_used: float | None = None,
    connected: bool = True,
) -> PrinterStatus:
    """Normalized status (docs/protocols/normalized-model.md#mapping-from-native-states) from the
    Klippy state and ``print_stats.state``."""
    if not connected or klippy_state in (None, "disconnected"):
        return PrinterStatus.OFFLINE
    if klippy_state == "startup":
        return PrinterStatus.BUSY
    if klippy_state in ("shutdown", "error"):
        return PrinterStatus.ERROR
    if klippy_state != "ready":
        return PrinterStatus.BUSY
    match print_state:
        case "standby":
            return PrinterStatus.IDLE
        case "printing":
            if filament_used is not None and filament_used < PREPARING_FILAMENT_MM:
                return PrinterStatus.PREPARING
            return PrinterStatus.PRINTING
        case "paused":
            return PrinterStatus.PAUSED
        case "complete":
            return PrinterStatus.FINISHED
        case "cancelled":
            return PrinterStatus.CANCELLED
        case "error":
            return PrinterStatus.FAILED
        case _:
            return PrinterStatus.BUSY


def model_from_kinematics(kinematics: str | None) -> str | None:
    """``corexy`` -> ``Klipper CoreXY`` (Klipper has no model field;
    docs/protocols/moonraker.md#webcams-model-and-bed)."""
    if not kinematics:
        return None
    label = KINEMATICS_NAMES.get(kinematics.casefold(), kinematics)
    return f"Klipper {label}"


@dataclass(slots=True)
class _Job:
    filename: str
    started_at: datetime
    deadline: datetime
    reattached: bool
    state_seen: bool  # a print_stats start edge belongs to this job
    key: str | None = None
    history_id: str | None = None
    active: bool = True
    paused: bool = False
    printing_emitted: bool = False
    announced: bool = False
    outcome: RunOutcome | None = None
    ended_at: datetime | None = None
    queued: list[RunEvent] = field(default_factory=list)


Result = tuple[PrinterSnapshot | None, list[RunEvent]]


class MoonrakerState:
    """Pure ingest: Moonraker messages in, normalized snapshots and run events out.

    Runs on the event loop only; never blocks, never reads the clock (``now`` is passed in).
    """

    def __init__(self, *, key_wait_s: float = KEY_WAIT_S) -> None:
        """Start with no data: status offline."""
        self._key_wait = timedelta(seconds=key_wait_s)
        self.objects: dict[str, dict[str, Any]] = {}
        self.snapshot = PrinterSnapshot()
        self._link = False  # a synced websocket session
        self._online = False  # the snapshot's online flag (events on change)
        self._klippy: str | None = None
        self._klippy_message: str | None = None
        self._ps_state: str | None = None
        self._has_history = True
        self._chamber: str | None = None
        self._job: _Job | None = None
        self._ended: OrderedDict[str, RunOutcome] = OrderedDict()
        self._claimed: OrderedDict[str, None] = OrderedDict()  # history ids tied to a job
        self._history: OrderedDict[str, dict[str, Any]] = OrderedDict()
        self._metadata: OrderedDict[str, dict[str, Any] | None] = OrderedDict()
        self._estop_at: datetime | None = None

    # ---- properties ---------------------------------------------------------------------

    @property
    def klippy_state(self) -> str | None:
        """The last known Klippy state (ready, startup, shutdown, error, disconnected)."""
        return self._klippy

    @property
    def linked(self) -> bool:
        """True between a successful sync and the loss of the websocket."""
        return self._link

    @property
    def wanted_metadata(self) -> str | None:
        """A file whose metadata the client should fetch (None: nothing missing)."""
        job = self._job
        if job is not None and not job.announced and job.filename not in self._metadata:
            return job.filename
        ps = self.objects.get("print_stats", {})
        state = ps.get("state")
        filename = to_str(ps.get("filename"))
        if (
            self._klippy == "ready"
            and filename is not None
            and state in ACTIVE_STATES | TERMINAL_STATES
            and filename not in self._metadata
        ):
            return filename
        return None

    @property
    def next_deadline(self) -> datetime | None:
        """When ``tick`` must run (a new job stops waiting for its id / metadata)."""
        job = self._job
        if job is None or job.announced:
            return None
        return job.deadline

    def metadata_for(self, filename: str | None) -> dict[str, Any] | None:
        """Cached metadata of ``filename`` (None: unknown or unavailable)."""
        if filename is None:
            return None
        return self._metadata.get(filename)

    # ---- connection -----------------------------------------------------------------------

    def connection_lost(self, now: datetime) -> Result:
        """Websocket gone or stale: status offline (the job, if any, stays open)."""
        self._link = False
        return self._emit(now, [])

    def note_emergency_stop(self, now: datetime) -> None:
        """We sent printer.emergency_stop: the Klippy shutdown that follows is that stop."""
        self._estop_at = now

    def sync(
        self,
        *,
        klippy_state: str | None,
        klippy_message: str | None,
        status: Mapping[str, Any] | None,
        history: Iterable[Mapping[str, Any]] | None,
        now: datetime,
        has_history: bool = True,
        chamber: str | None = None,
    ) -> Result:
        """A (re)sync after connect or ``notify_klippy_ready``.

        ``status`` is the full ``printer.objects.subscribe`` status (None while Klippy is not
        ready), ``history`` the most recent ``server.history.list`` jobs (any order).
        """
        events: list[RunEvent] = []
        self._link = True
        self._has_history = has_history
        self._chamber = chamber
        self._klippy_message = klippy_message if _first_line(klippy_message) else None
        entries = self._remember_history(history or ())
        if klippy_state != "ready" or status is None:
            self._klippy = klippy_state or "disconnected"
            if self._klippy == "shutdown":
                self._klippy_fault(now, events)
            return self._emit(now, events)
        self._klippy = "ready"
        self.objects = {
            name: dict(value) for name, value in status.items() if isinstance(value, Mapping)
        }
        self._sync_jobs(entries, now, events)
        self._ps_state = to_str(self._ps().get("state"))
        return self._emit(now, events)

    def klippy_changed(self, state: str, message: str | None, now: datetime) -> Result:
        """Klippy went ``shutdown`` / ``disconnected`` / ... (notify_klippy_*, webhooks)."""
        events: list[RunEvent] = []
        self._set_klippy(state, message, now, events)
        return self._emit(now, events)

    # ---- live updates ---------------------------------------------------------------------

    def status_update(self, diff: Mapping[str, Any], now: datetime) -> Result:
        """One ``notify_status_update`` diff (``params[0]``)."""
        if not self._link:
            return None, []
        events: list[RunEvent] = []
        for name, changes in diff.items():
            if not isinstance(changes, Mapping):
                continue
            target = self.objects.setdefault(name, {})
            for key, value in changes.items():
                old = target.get(key)
                if isinstance(value, Mapping) and isinstance(old, dict):
                    old.update(value)
                else:
                    target[key] = dict(value) if isinstance(value, Mapping) else value
        webhooks = diff.get("webhooks")
        if isinstance(webhooks, Mapping) and "state" in webhooks:
            wh = self.objects.get("webhooks", {})
            state = to_str(wh.get("state"))
            if state is not None and state != self._klippy:
                self._set_klippy(state, to_str(wh.get("state_message")), now, events)
        if self._klippy == "ready":
            ps_diff = diff.get("print_stats")
            if isinstance(ps_diff, Mapping) and "state" in ps_diff:
                new = to_str(self._ps().get("state"))
                if new != self._ps_state:
                    self._state_edge(self._ps_state, new, now, events)
                    self._ps_state = new
            self._check_printing(now, events)
        return self._emit(now, events)

    def history_changed(self, action: str, entry: Mapping[str, Any], now: datetime) -> Result:
        """One ``notify_history_changed`` ``{action, job}``."""
        if not self._link:
            return None, []
        events: list[RunEvent] = []
        job_id = to_str(entry.get("job_id"))
        filename = to_str(entry.get("filename"))
        if job_id is None or filename is None:
            return None, []
        stored = dict(entry)
        self._history[job_id] = stored
        self._history.move_to_end(job_id)
        while len(self._history) > 4 * HISTORY_SYNC_LIMIT:
            self._history.popitem(last=False)
        status = to_str(entry.get("status"))
        job = self._job
        if job is not None and job_id not in self._claimed and self._matches(job, stored):
            self._attach(job, stored)
        if job is not None and job.history_id == job_id:
            # server_exit / klippy_disconnect / interrupted: an outage, not an outcome. The job
            # stays open; the (re)sync closes it from print_stats (then the history) when back.
            if (
                action == "finished"
                and job.active
                and status != _HISTORY_OPEN
                and status not in _HISTORY_LOST
            ):
                outcome, reason, code = self._history_outcome(stored)
                self._end_job(job, now, outcome, "history", events, reason=reason, code=code)
            self._try_announce(job, now, events)
            return self._emit(now, events)
        key = history_key(stored)
        if job_id in self._claimed or (key is not None and key in self._ended):
            return self._emit(now, events)
        if action == "added" or status == _HISTORY_OPEN:
            if status != _HISTORY_OPEN:
                return self._emit(now, events)
            if job is not None and job.active:
                # Moonraker records a new start over an open job as "cancelled"
                self._end_job(
                    job, now, RunOutcome.CANCELLED, "superseded", events, reason="a new job started"
                )
            self._start_job(filename, now, events, entry=stored, via_state=False)
        elif action == "finished":
            # A job we never saw running (it started and ended between two status updates).
            if job is not None and job.active:
                return self._emit(now, events)
            new = self._new_job(filename, now, reattached=False, via_state=False)
            self._attach(new, stored)
            self._job = new
            outcome, reason, code = self._history_outcome(stored)
            self._end_job(
                new,
                now,
                outcome,
                "history",
                events,
                reason=reason,
                code=code,
                ts=_wall(entry.get("end_time")),
            )
            self._try_announce(new, now, events)
        return self._emit(now, events)

    def set_metadata(
        self, filename: str, metadata: Mapping[str, Any] | None, now: datetime
    ) -> Result:
        """``server.files.metadata`` for ``filename`` (None: not available)."""
        self._metadata[filename] = dict(metadata) if metadata is not None else None
        self._metadata.move_to_end(filename)
        while len(self._metadata) > METADATA_CACHE:
            self._metadata.popitem(last=False)
        events: list[RunEvent] = []
        job = self._job
        if job is not None and not job.announced and job.filename == filename:
            self._try_announce(job, now, events)
        return self._emit(now, events)

    def tick(self, now: datetime) -> Result:
        """The job-start wait expired: announce with what is known (fallback key)."""
        events: list[RunEvent] = []
        job = self._job
        if job is not None and not job.announced and now >= job.deadline:
            self._try_announce(job, now, events, force=True)
        return self._emit(now, events)

    # ---- job logic --------------------------------------------------------------------------

    def _ps(self) -> dict[str, Any]:
        return self.objects.get("print_stats", {})

    def _remember_history(self, history: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
        entries = [
            dict(e)
            for e in history
            if isinstance(e, Mapping) and to_str(e.get("job_id")) and to_str(e.get("filename"))
        ]
        entries.sort(key=lambda e: (to_float(e.get("start_time")) or 0.0, str(e["job_id"])))
        for entry in entries:
            job_id = str(entry["job_id"])
            self._history[job_id] = entry
            self._history.move_to_end(job_id)
        while len(self._history) > 4 * HISTORY_SYNC_LIMIT:
            self._history.popitem(last=False)
        return entries

    def _new_job(self, filename: str, now: datetime, *, reattached: bool, via_state: bool) -> _Job:
        return _Job(
            filename=filename,
            started_at=now,
            deadline=now + self._key_wait,
            reattached=reattached,
            state_seen=via_state,
        )

    def _matches(self, job: _Job, entry: Mapping[str, Any]) -> bool:
        """Is ``entry`` (a history job not tied to any job yet) the record of ``job``?"""
        if job.history_id is not None or job.filename != entry.get("filename"):
            return False
        start = _wall(entry.get("start_time"))
        if start is None:
            return not job.announced
        if abs(start - job.started_at) > self._key_wait + timedelta(seconds=10):
            return False
        return job.ended_at is None or start <= job.ended_at + timedelta(seconds=1)

    def _attach(self, job: _Job, entry: Mapping[str, Any]) -> None:
        """Tie ``entry`` to ``job``; its key comes from the entry unless already announced."""
        job_id = to_str(entry.get("job_id"))
        if job_id is None:
            return
        job.history_id = job_id
        if not job.announced:
            job.key = history_key(entry)
            started = _wall(entry.get("start_time"))
            if started is not None:
                job.started_at = started
        self._claimed[job_id] = None
        while len(self._claimed) > 64:
            self._claimed.popitem(last=False)

    def _unclaimed_entry(self, filename: str) -> dict[str, Any] | None:
        for job_id, entry in reversed(self._history.items()):
            if job_id in self._claimed:
                continue
            if entry.get("status") == _HISTORY_OPEN and entry.get("filename") == filename:
                return entry
            return None  # only the newest entry can be the job that just started
        return None

    def _start_job(
        self,
        filename: str,
        now: datetime,
        events: list[RunEvent],
        *,
        entry: Mapping[str, Any] | None = None,
        via_state: bool,
    ) -> None:
        job = self._job
        if job is not None and job.active:
            if via_state and not job.state_seen and job.filename == filename:
                job.state_seen = True  # the history "added" came first: same job
                return
            self._end_job(
                job, now, RunOutcome.CANCELLED, "superseded", events, reason="a new job started"
            )
        elif job is not None and not job.announced:
            self._try_announce(job, now, events, force=True)
        self._metadata.pop(filename, None)  # a re-uploaded file: fetch its metadata again
        new = self._new_job(filename, now, reattached=False, via_state=via_state)
        if entry is None:
            entry = self._unclaimed_entry(filename)
        if entry is not None:
            self._attach(new, entry)
        self._job = new
        self._try_announce(new, now, events)

    def _state_edge(
        self, prev: str | None, new: str | None, now: datetime, events: list[RunEvent]
    ) -> None:
        """A print_stats.state change, interpreted like Moonraker's job_state."""
        ps = self._ps()
        filename = to_str(ps.get("filename"))
        if new is None:
            return
        if prev is None or prev in IDLE_STATES:
            if new == "standby" or filename is None:
                return
            self._start_job(filename, now, events, via_state=True)
            if new == "printing":
                return
            prev = "printing"  # an inferred start: the new state ends/pauses that job
        job = self._job
        if new == "printing":
            if prev == "paused" and job is not None and job.active and job.filename == filename:
                if job.paused:
                    job.paused = False
                    self._job_event(job, RunEventType.JOB_RESUMED, now, {}, events)
                return
            if filename is not None:
                self._start_job(filename, now, events, via_state=True)
            return
        if job is None or not job.active:
            return
        if new == "paused":
            if not job.paused:
                job.paused = True
                self._job_event(
                    job, RunEventType.JOB_PAUSED, now, {"reason": PauseReason.USER.value}, events
                )
            return
        outcome = STATE_OUTCOMES.get(new)
        if outcome is None:
            return
        reason = code = None
        if new == "error":
            message = to_str(ps.get("message"))
            reason = message or "Klipper reported an error"
            code = error_key(message)
        elif new == "standby":
            reason = "the job was reset to standby (cancelled)"
        self._end_job(job, now, outcome, "state", events, reason=reason, code=code)

    def _check_printing(self, now: datetime, events: list[RunEvent]) -> None:
        job = self._job
        if job is None or not job.active or job.printing_emitted or job.paused:
            return
        ps = self._ps()
        if ps.get("state") != "printing":
            return
        used = to_float(ps.get("filament_used"))
        if used is not None and used >= PREPARING_FILAMENT_MM:
            job.printing_emitted = True
            self._job_event(job, RunEventType.JOB_PRINTING, now, {}, events)

    def _history_outcome(
        self, entry: Mapping[str, Any]
    ) -> tuple[RunOutcome, str | None, str | None]:
        status = to_str(entry.get("status")) or "error"
        outcome = HISTORY_OUTCOMES.get(status, RunOutcome.UNKNOWN)
        ps = self._ps()
        if status == "error":
            message = None
            if ps.get("filename") == entry.get("filename") and ps.get("state") == "error":
                message = to_str(ps.get("message"))
            return outcome, message or "Klipper reported an error", error_key(message)
        if status == "klippy_shutdown":
            message = self._klippy_message
            return (
                outcome,
                _first_line(message) or "Klippy shut down",
                error_key(message, "klippy_shutdown"),
            )
        if status == "cancelled":
            return outcome, "cancelled", None
        if outcome is RunOutcome.UNKNOWN:
            return outcome, f"history status {status}", status
        return outcome, None, None

    def _end_job(
        self,
        job: _Job,
        now: datetime,
        outcome: RunOutcome,
        source: str,
        events: list[RunEvent],
        *,
        reason: str | None = None,
        code: str | None = None,
        reattached: bool = False,
        ts: datetime | None = None,
    ) -> None:
        if not job.active:
            return
        job.active = False
        job.paused = False
        job.outcome = outcome
        job.ended_at = ts or now
        data: dict[str, Any] = {"outcome": outcome.value, "source": source}
        ps = self._ps()
        if ps.get("filename") == job.filename:
            data["native_state"] = to_str(ps.get("state"))
            print_s = to_float(ps.get("print_duration"))
            total_s = to_float(ps.get("total_duration"))
            used = to_float(ps.get("filament_used"))
            if print_s is not None:
                data["print_s"] = round(print_s, 1)
            if total_s is not None:
                data["total_s"] = round(total_s, 1)
            if used is not None:
                data["filament_mm"] = round(used, 1)
        if outcome is not RunOutcome.SUCCESS and reason:
            data["reason"] = reason
        if code:
            data["error_code"] = code
        if reattached:
            data["reattached"] = True
        self._job_event(job, RunEventType.JOB_ENDED, ts or now, data, events)

    def _job_event(
        self,
        job: _Job,
        event_type: RunEventType,
        now: datetime,
        data: dict[str, Any],
        events: list[RunEvent],
    ) -> None:
        if job.announced:
            events.append(RunEvent(event_type, now, job.key, data))
            if event_type is RunEventType.JOB_ENDED and job.key is not None:
                self._note_ended(job.key, job.outcome or RunOutcome.UNKNOWN)
        else:
            job.queued.append(RunEvent(event_type, now, None, data))

    def _note_ended(self, key: str, outcome: RunOutcome) -> None:
        self._ended[key] = outcome
        self._ended.move_to_end(key)
        while len(self._ended) > 64:
            self._ended.popitem(last=False)

    def _try_announce(
        self, job: _Job, now: datetime, events: list[RunEvent], *, force: bool = False
    ) -> None:
        if job.announced:
            return
        waiting = not force and now < job.deadline
        if job.key is None:
            if waiting and self._has_history:
                return
            job.key = fallback_key(job.filename, job.started_at)
        if waiting and job.filename not in self._metadata:
            return
        job.announced = True
        events.append(RunEvent(RunEventType.JOB_STARTED, now, job.key, self._start_data(job)))
        queued, job.queued = job.queued, []
        for event in queued:
            events.append(replace(event, job_key=job.key))
            if event.type is RunEventType.JOB_ENDED:
                self._note_ended(job.key, job.outcome or RunOutcome.UNKNOWN)

    def _start_data(self, job: _Job) -> dict[str, Any]:
        data: dict[str, Any] = {
            "file_name": job.filename,
            "job_name": _job_name(job.filename),
            "reattached": job.reattached,
            "started_at": job.started_at,
        }
        if job.history_id is not None:
            data["history_job_id"] = job.history_id
        metadata = self._metadata.get(job.filename) or {}
        estimate = to_float(metadata.get("estimated_time"))
        if estimate is not None and estimate > 0:
            data["slicer_estimate_s"] = round(estimate, 1)
        layers = to_int(metadata.get("layer_count"))
        if not layers:
            info = self._ps().get("info")
            if isinstance(info, Mapping) and self._ps().get("filename") == job.filename:
                layers = to_int(info.get("total_layer"))
        if layers:
            data["total_layers"] = layers
        filament = parse_filament(metadata)
        if filament:
            data["filament"] = filament
        return data

    def _set_klippy(
        self, state: str, message: str | None, now: datetime, events: list[RunEvent]
    ) -> None:
        if message is not None:
            self._klippy_message = message
        if state == self._klippy:
            return
        self._klippy = state
        if state != "ready":
            self._ps_state = None  # re-read from the full status of the next sync
        if state == "shutdown":
            self._klippy_fault(now, events)

    def _klippy_fault(self, now: datetime, events: list[RunEvent]) -> None:
        """Klippy shut down: the running job failed (or was our emergency stop)."""
        job = self._job
        if job is None or not job.active:
            return
        message = self._klippy_message
        if self._estop_at is not None and now - self._estop_at <= ESTOP_WINDOW:
            self._end_job(
                job,
                now,
                RunOutcome.CANCELLED,
                "emergency_stop",
                events,
                reason="emergency stop",
                code="emergency_stop",
            )
            return
        self._end_job(
            job,
            now,
            RunOutcome.FAILED,
            "klippy",
            events,
            reason=_first_line(message) or "Klippy shut down",
            code=error_key(message, "klippy_shutdown"),
        )

    def _sync_jobs(
        self, entries: list[dict[str, Any]], now: datetime, events: list[RunEvent]
    ) -> None:
        """Reconcile the job after a (re)sync: replay finished history, re-attach or close."""
        ps = self._ps()
        state = to_str(ps.get("state"))
        filename = to_str(ps.get("filename"))
        latest = entries[-1] if entries else None
        current: dict[str, Any] | None = None
        if latest is not None and filename is not None and latest.get("filename") == filename:
            status = to_str(latest.get("status"))
            if state in ACTIVE_STATES:
                if status == _HISTORY_OPEN or (
                    status in _HISTORY_LOST and self._same_start(latest, ps, now)
                ):
                    current = latest
            elif state in TERMINAL_STATES:
                current = latest
        job = self._job
        if job is not None and not job.announced:
            for entry in reversed(entries):
                job_id = str(entry["job_id"])
                if job_id not in self._claimed and self._matches(job, entry):
                    self._attach(job, entry)
                    break
            self._try_announce(job, now, events, force=True)

        # 1) finished jobs in the recent history: job_ended (the consumer ignores unknown keys)
        for entry in entries:
            if entry is current or entry.get("status") == _HISTORY_OPEN:
                continue
            key = history_key(entry)
            if key is None or key in self._ended:
                continue
            outcome, reason, code = self._history_outcome(entry)
            ts = _wall(entry.get("end_time")) or now
            job = self._job
            if job is not None and job.active and job.key == key:
                self._end_job(
                    job,
                    now,
                    outcome,
                    "history",
                    events,
                    reason=reason,
                    code=code,
                    reattached=True,
                    ts=ts,
                )
                continue
            data: dict[str, Any] = {
                "outcome": outcome.value,
                "source": "history",
                "reattached": True,
                "native_state": to_str(entry.get("status")),
            }
            if reason and outcome is not RunOutcome.SUCCESS:
                data["reason"] = reason
            if code:
                data["error_code"] = code
            events.append(RunEvent(RunEventType.JOB_ENDED, ts, key, data))
            self._note_ended(key, outcome)
            self._claimed[str(entry["job_id"])] = None

        # 2) the print in print_stats
        job = self._job
        if state in ACTIVE_STATES and filename is not None:
            key = history_key(current) if current is not None else None
            if key is None and job is not None and job.active and job.filename == filename:
                key = job.key
            if job is not None and job.active and job.key == key:
                job.reattached = True
                events.append(
                    RunEvent(RunEventType.JOB_STARTED, now, job.key, self._start_data(job))
                )
                if current is not None:
                    self._claimed[str(current["job_id"])] = None
            else:
                if job is not None and job.active:
                    self._end_job(
                        job,
                        now,
                        RunOutcome.UNKNOWN,
                        "reconnect",
                        events,
                        reason="the job left the printer while disconnected",
                        reattached=True,
                    )
                job = self._new_job(filename, now, reattached=True, via_state=True)
                if current is not None:
                    self._attach(job, current)
                else:
                    total = to_float(ps.get("total_duration")) or 0.0
                    job.started_at = now - timedelta(seconds=max(0.0, total))
                    job.key = fallback_key(filename, job.started_at)
                self._job = job
            if state == "paused" and not job.paused:
                job.paused = True
                self._job_event(
                    job, RunEventType.JOB_PAUSED, now, {"reason": PauseReason.USER.value}, events
                )
            elif state == "printing" and job.paused:
                job.paused = False
                self._job_event(job, RunEventType.JOB_RESUMED, now, {}, events)
            self._check_printing(now, events)
            if not job.announced:
                job.deadline = now + self._key_wait
                self._try_announce(job, now, events)
            return

        if (
            job is not None
            and job.active
            and (state not in TERMINAL_STATES or job.filename != filename)
        ):
            self._end_job(
                job,
                now,
                RunOutcome.UNKNOWN,
                "reconnect",
                events,
                reason="the job left the printer without a terminal state",
                reattached=True,
            )
        if state in TERMINAL_STATES and filename is not None:
            key = history_key(current) if current is not None else None
            if key is None and job is not None and job.filename == filename:
                key = job.key
            if key is None:
                return
            outcome = STATE_OUTCOMES[state]
            reason = code = None
            if state == "error":
                message = to_str(ps.get("message"))
                reason, code = message or "Klipper reported an error", error_key(message)
            elif state == "cancelled":
                reason = "cancelled"
            if job is not None and job.active and job.key == key:
                self._end_job(
                    job,
                    now,
                    outcome,
                    "state",
                    events,
                    reason=reason,
                    code=code,
                    reattached=True,
                    ts=self._state_end_time(job, ps, now),
                )
                return
            if key not in self._ended:
                data = {
                    "outcome": outcome.value,
                    "source": "state",
                    "reattached": True,
                    "native_state": state,
                }
                if reason and outcome is not RunOutcome.SUCCESS:
                    data["reason"] = reason
                if code:
                    data["error_code"] = code
                ts = (_wall(current.get("end_time")) if current is not None else None) or now
                events.append(RunEvent(RunEventType.JOB_ENDED, ts, key, data))
                self._note_ended(key, outcome)
            if job is None or job.key != key:
                closed = self._new_job(filename, now, reattached=True, via_state=True)
                closed.key = key
                closed.active = False
                closed.announced = True
                closed.outcome = outcome
                if current is not None:
                    closed.history_id = to_str(current.get("job_id"))
                    self._claimed[str(current["job_id"])] = None
                self._job = closed

    @staticmethod
    def _state_end_time(job: _Job, ps: Mapping[str, Any], now: datetime) -> datetime:
        """When a job found ended after an outage ended: its start + Klipper's
        ``total_duration`` (the time since the print began), else ``now``."""
        total = to_float(ps.get("total_duration"))
        if total is None or total <= 0:
            return now
        end = job.started_at + timedelta(seconds=total)
        return end if job.started_at <= end <= now else now

    @staticmethod
    def _same_start(entry: Mapping[str, Any], ps: Mapping[str, Any], now: datetime) -> bool:
        start = to_float(entry.get("start_time"))
        total = to_float(ps.get("total_duration"))
        if start is None or total is None:
            return False
        return abs((now.timestamp() - total) - start) <= REATTACH_TOLERANCE_S

    # ---- snapshot -------------------------------------------------------------------------

    def _errors(self) -> tuple[PrinterError, ...]:
        klippy = self._klippy
        if not self._link:
            return self.snapshot.errors  # keep the last known errors while offline
        if klippy in ("shutdown", "error"):
            message = self._klippy_message
            return (
                PrinterError(
                    source="klipper",
                    code=error_key(message, f"klippy_{klippy}"),
                    severity=ErrorSeverity.FATAL,
                    module="klippy",
                    message=message,
                ),
            )
        if klippy == "ready":
            ps = self._ps()
            if ps.get("state") == "error":
                message = to_str(ps.get("message"))
                return (
                    PrinterError(
                        source="klipper",
                        code=error_key(message),
                        severity=ErrorSeverity.SERIOUS,
                        module="print",
                        message=message,
                    ),
                )
        return ()

    def _progress(self, state: str | None, filename: str | None) -> float | None:
        if state not in ACTIVE_STATES and state not in TERMINAL_STATES:
            return None
        if state == "complete":
            return 100.0
        metadata = self._metadata.get(filename) if filename else None
        sdcard = self.objects.get("virtual_sdcard", {})
        value: float | None = None
        position = to_float(sdcard.get("file_position"))
        if metadata and position is not None and position > 0:
            start = to_float(metadata.get("gcode_start_byte"))
            end = to_float(metadata.get("gcode_end_byte"))
            if start is not None and end is not None and end > start:
                value = (position - start) / (end - start)
        if value is None:
            value = to_float(self.objects.get("display_status", {}).get("progress"))
        if value is None or value <= 0:
            value = to_float(sdcard.get("progress")) if value is None or value <= 0 else value
        if value is None:
            return None
        return round(min(1.0, max(0.0, value)) * 100.0, 1)

    def _remaining(
        self, state: str | None, filename: str | None, progress: float | None
    ) -> int | None:
        if state == "complete":
            return 0
        if state not in ACTIVE_STATES:
            return None
        ps = self._ps()
        printed = to_float(ps.get("print_duration")) or 0.0
        metadata = self._metadata.get(filename) if filename else None
        estimate = to_float(metadata.get("estimated_time")) if metadata else None
        if estimate is not None and estimate > 0:
            return max(0, int(estimate - printed))
        if progress is not None and progress > 0 and printed > 0:
            fraction = progress / 100.0
            return max(0, int(printed / fraction - printed))
        return None

    def _emit(self, now: datetime, events: list[RunEvent]) -> Result:
        link = self._link
        klippy = self._klippy if link else None
        ready = klippy == "ready"
        ps = self._ps() if ready else {}
        state = to_str(ps.get("state")) if ready else None
        filename = to_str(ps.get("filename")) if ready else None
        status = map_status(
            klippy,
            state,
            filament_used=to_float(ps.get("filament_used")),
            connected=link,
        )
        online = status is not PrinterStatus.OFFLINE
        errors = self._errors()
        fields: dict[str, Any]
        if not link:
            # keep the last values, mark offline (like Bambu)
            old = self.snapshot
            snap = replace(old, status=PrinterStatus.OFFLINE, online=False, pause_reason=None)
        else:
            job = self._job
            job_key = None
            if (
                job is not None
                and job.announced
                and job.filename == filename
                and (job.active or state in TERMINAL_STATES)
            ):
                job_key = job.key
            if not ready:
                native = klippy
                stage = _first_line(self._klippy_message)
            else:
                native = state
                stage = to_str(self.objects.get("display_status", {}).get("message"))
            show_job = state in ACTIVE_STATES or state in TERMINAL_STATES
            progress = self._progress(state, filename) if show_job else None
            raw_info = ps.get("info")
            info: Mapping[str, Any] = raw_info if isinstance(raw_info, Mapping) else {}
            metadata = self._metadata.get(filename) if filename else None
            total_layers = to_int(info.get("total_layer")) if show_job else None
            if not total_layers and show_job and metadata:
                total_layers = to_int(metadata.get("layer_count"))
            extruder = self.objects.get("extruder", {}) if ready else {}
            bed = self.objects.get("heater_bed", {}) if ready else {}
            chamber = self.objects.get(self._chamber, {}) if ready and self._chamber else {}
            fields = {
                "status": status,
                "online": online,
                "native_state": native,
                "stage": stage,
                "job_key": job_key,
                "job_name": _job_name(filename) if filename and show_job else None,
                "file_name": filename if show_job else None,
                "progress": progress,
                "remaining_s": self._remaining(state, filename, progress) if show_job else None,
                "layer": to_int(info.get("current_layer")) if show_job else None,
                "total_layers": total_layers or None,
                "nozzle_temp": round1(extruder.get("temperature")),
                "nozzle_target": round1(extruder.get("target")),
                "bed_temp": round1(bed.get("temperature")),
                "bed_target": round1(bed.get("target")),
                "chamber_temp": round1(chamber.get("temperature")),
                "pause_reason": PauseReason.USER if status is PrinterStatus.PAUSED else None,
                "attention_required": status is PrinterStatus.ERROR
                or any(e.severity in (ErrorSeverity.FATAL, ErrorSeverity.SERIOUS) for e in errors),
                "errors": errors,
                "print_error": 0,
            }
            snap = PrinterSnapshot(**fields)
        old = self.snapshot
        if online != self._online:
            self._online = online
            if online:
                events.insert(0, RunEvent(RunEventType.PRINTER_ONLINE, now, None, {}))
            else:
                events.append(RunEvent(RunEventType.PRINTER_OFFLINE, now, snap.job_key, {}))
        if link and errors != old.errors:
            # The error that ended a job belongs to it (the snapshot may no longer name it).
            error_job = snap.job_key
            if error_job is None:
                ended = [e for e in events if e.type is RunEventType.JOB_ENDED and e.job_key]
                error_job = ended[-1].job_key if ended else None
            _diff_errors(old.errors, errors, now, error_job, events)
        if snap == old:
            return None, events
        self.snapshot = snap
        return snap, events
