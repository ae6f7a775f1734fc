"""Run records: protocol ``RunEvent``s and snapshots → idempotent database operations.

Pure logic (no database, no Home Assistant). One :class:`RunTracker` per printer turns the
events of its protocol client into :data:`RunOp` values that ``store/runs.py`` applies. Every op
is addressed by ``(printer_id, job_key)`` and is safe to apply twice, so reconnects, replays and
HA restarts never duplicate or re-close a run
(docs/protocols/normalized-model.md#run-records-and-reconciliation).

Rules:

* ``job_started`` opens a run, unless a run with that key is already open (a re-attach after a
  reconnect or restart: no new run; an open pause is closed at the event time, and a following
  ``job_paused`` or a paused snapshot opens a new one, so no paused time is lost). A different
  key while a run is open ends the old run as ``unknown`` (``superseded``) first.
* ``job_paused`` / ``job_resumed`` accumulate paused seconds; the pause start is persisted
  (``paused_since``) so a restart mid-pause stays exact. ``job_printing`` sets the first layer.
* ``job_ended`` for the open key closes it: ``actual_s`` = wall time - paused time (an open
  pause counts up to the end). When the printer reports its own durations (``total_s`` and
  ``print_s``, Moonraker's ``print_stats``), ``total_s - print_s`` caps the paused time, so a
  pause across an outage counts what the printer measured, not the wall time until we were
  back. A ``job_ended`` for any other key is ignored.
* :meth:`RunTracker.observe` reconciles with the printer's state: an online printer that is
  idle (or shows another job, or no job, in a terminal state) ends the open run as ``unknown``
  (``reconciled``); the open job itself sitting in a terminal state for
  ``terminal_grace_s`` without a ``job_ended`` is closed with the outcome of that state.
  Offline snapshots never end a run. Pause state follows a matching active snapshot.
* ``error_raised`` / ``error_cleared`` → one onset / one clear per code; an onset belongs to
  the open run, else to the just-closed run the event names (the error that ended it); an
  online snapshot that no longer lists an active code clears it.
* Cancelled is never failed; ``unknown`` is its own outcome.

Event ordering contract (the HA glue): feed a client's events before the snapshot of the same
update, so the client's explicit outcome wins over reconciliation.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
import logging
from typing import Any, Final

from custom_components.odin.printers.model import (
    PrinterError,
    PrinterSnapshot,
    PrinterStatus,
    RunEvent,
    RunEventType,
    RunOutcome,
)

_LOGGER = logging.getLogger(__name__)

OUTCOME_SOURCE_SUPERSEDED: Final = "superseded"
OUTCOME_SOURCE_RECONCILED: Final = "reconciled"
OUTCOME_SOURCE_EVENT: Final = "event"
# A run recorded from a job first seen in its terminal state (it ran while HA was away).
OUTCOME_SOURCE_AFTER_THE_FACT: Final = "after_the_fact"
DEFAULT_TERMINAL_GRACE_S: Final = 60.0
# Seconds a printer's reported durations may exceed our wall clock and still be believed.
PLAUSIBLE_SLACK_S: Final = 2.0
# Job events that say nothing new once their job has ended.
_JOB_EVENTS: Final = frozenset(
    {
        RunEventType.JOB_STARTED,
        RunEventType.JOB_PRINTING,
        RunEventType.JOB_PAUSED,
        RunEventType.JOB_RESUMED,
    }
)
# An end first seen after the fact (it ran while HA was away) is news only when this recent.
ANNOUNCE_PAST_ENDS_WITHIN: Final = timedelta(hours=6)
# How many closed job keys a tracker remembers (history replays name the last few jobs).
CLOSED_KEYS_KEPT: Final = 128

TERMINAL_OUTCOMES: Final[Mapping[PrinterStatus, RunOutcome]] = {
    PrinterStatus.FINISHED: RunOutcome.SUCCESS,
    PrinterStatus.CANCELLED: RunOutcome.CANCELLED,
    PrinterStatus.FAILED: RunOutcome.FAILED,
}

# Columns an UpdateRun may set (store/runs.py enforces the same set).
UPDATABLE_FIELDS: Final = frozenset(
    {
        "first_layer_at",
        "paused_s",
        "paused_since",
        "file_name",
        "job_name",
        "file_hash",
        "queue_item_id",
        "preset_id",
        "slicer_estimate_s",
        "printer_estimate_s",
        "total_layers",
        "filament",
        "timelapse",
    }
)


@dataclass(frozen=True, slots=True)
class OpenRunState:
    """What of an open run must survive an HA restart (loaded from the database)."""

    job_key: str
    started_at: datetime
    paused_s: float = 0.0
    paused_since: datetime | None = None
    first_layer_at: datetime | None = None


# ---------------------------------------------------------------------------- operations


@dataclass(frozen=True, slots=True)
class StartRun:
    """Insert a run unless ``(printer_id, job_key)`` exists."""

    printer_id: str
    job_key: str
    started_at: datetime
    file_name: str | None = None
    job_name: str | None = None
    slicer_estimate_s: float | None = None
    printer_estimate_s: float | None = None
    total_layers: int | None = None
    filament: Sequence[Mapping[str, Any]] | None = None


@dataclass(frozen=True, slots=True)
class UpdateRun:
    """Set ``fields`` (names in :data:`UPDATABLE_FIELDS`) on the open run; ``ts`` = when."""

    printer_id: str
    job_key: str
    fields: Mapping[str, Any]
    ts: datetime


@dataclass(frozen=True, slots=True)
class EndRun:
    """Close the run if it is still open (outcome NULL); a closed run is left alone."""

    printer_id: str
    job_key: str
    ended_at: datetime
    outcome: RunOutcome
    outcome_source: str
    failure_reason: str | None = None
    failure_code: str | None = None
    actual_s: float | None = None
    paused_s: float = 0.0


@dataclass(frozen=True, slots=True)
class ErrorOnset:
    """Record an error onset unless that ``(printer, code)`` is open (or this onset exists)."""

    printer_id: str
    job_key: str | None
    error: PrinterError
    ts: datetime


@dataclass(frozen=True, slots=True)
class ErrorClear:
    """Clear the open ``(printer, code)`` error, if any."""

    printer_id: str
    code: str
    ts: datetime


RunOp = StartRun | UpdateRun | EndRun | ErrorOnset | ErrorClear


# ---------------------------------------------------------------------------- helpers


def paused_total(state: OpenRunState, at: datetime) -> float:
    """Paused seconds of ``state`` up to ``at`` (closed pauses + an open one)."""
    total = state.paused_s
    if state.paused_since is not None:
        total += max(0.0, (at - state.paused_since).total_seconds())
    return total


def actual_seconds(state: OpenRunState, ended_at: datetime) -> float:
    """Printing seconds from start to ``ended_at``, pauses excluded (never negative)."""
    wall = (ended_at - state.started_at).total_seconds()
    return max(0.0, wall - paused_total(state, ended_at))


def _opt_float(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _opt_int(value: Any) -> int | None:
    number = _opt_float(value)
    return None if number is None else int(number)


def _opt_str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _filament(value: Any) -> list[dict[str, Any]] | None:
    if not isinstance(value, Sequence) or isinstance(value, str | bytes):
        return None
    return [dict(item) for item in value if isinstance(item, Mapping)]


def _reported_paused(data: Mapping[str, Any]) -> float | None:
    """The most the job can have been paused by the printer's own clock: ``total_s`` (since
    the start) - ``print_s`` (printing; Klipper also leaves out the time before the first
    extrusion, so this is an upper bound). None unless both are present and plausible."""
    print_s = _opt_float(data.get("print_s"))
    total_s = _opt_float(data.get("total_s"))
    if print_s is None or total_s is None or print_s < 0 or total_s <= 0:
        return None
    if print_s > total_s + PLAUSIBLE_SLACK_S:
        return None
    return max(0.0, total_s - print_s)


def _reported_outcome(data: Mapping[str, Any]) -> tuple[RunOutcome, str | None, str | None]:
    """(outcome, reason, code) of a job_ended payload; success carries no reason or code."""
    outcome = _outcome(data.get("outcome"))
    if outcome is RunOutcome.SUCCESS:
        return outcome, None, None
    return outcome, _opt_str(data.get("reason")), _opt_str(data.get("error_code"))


def _outcome(value: Any) -> RunOutcome:
    try:
        return RunOutcome(value)
    except ValueError:
        _LOGGER.warning("job_ended with unknown outcome %r: recorded as unknown", value)
        return RunOutcome.UNKNOWN


# ---------------------------------------------------------------------------- tracker


@dataclass(slots=True)
class _Terminal:
    """The open job seen in a terminal state without a job_ended yet."""

    status: PrinterStatus
    since: datetime


class RunTracker:
    """Per-printer run state machine.

    Feed events with :meth:`handle` and snapshots with :meth:`observe`; apply the returned ops
    in order (``store.runs.apply_ops``). Build it after a restart from the database:
    ``RunTracker(printer_id, load_open_runs(conn).get(printer_id),
    open_error_codes=load_open_error_codes(conn).get(printer_id, ()))``.
    """

    __slots__ = (
        "_closed",
        "_errors",
        "_estimate_missing",
        "_open",
        "_terminal",
        "printer_id",
        "terminal_grace_s",
    )

    def __init__(
        self,
        printer_id: str,
        open_run: OpenRunState | None = None,
        *,
        open_error_codes: Iterable[str] = (),
        closed_keys: Iterable[str] = (),
        terminal_grace_s: float = DEFAULT_TERMINAL_GRACE_S,
    ) -> None:
        """Start from the open run, the open error codes and the recently closed job keys
        stored for this printer (oldest first)."""
        self.printer_id = printer_id
        self._closed: OrderedDict[str, None] = OrderedDict()
        for key in closed_keys:
            self._remember_closed(key)
        self.terminal_grace_s = terminal_grace_s
        self._open = open_run
        # code -> True while active, False once cleared (by this tracker)
        self._errors: dict[str, bool] = dict.fromkeys(open_error_codes, True)
        self._terminal: _Terminal | None = None
        # True only for a run this tracker started without a printer estimate
        self._estimate_missing = False

    @property
    def open_run(self) -> OpenRunState | None:
        """The open run, or None."""
        return self._open

    @property
    def active_error_codes(self) -> frozenset[str]:
        """Codes with an onset and no clear yet (as far as this tracker knows)."""
        return frozenset(code for code, active in self._errors.items() if active)

    # -- events

    def handle(self, event: RunEvent) -> list[RunOp]:
        """Turn one client event into ops (possibly none)."""
        match event.type:
            case RunEventType.JOB_STARTED:
                return self._started(event)
            case RunEventType.JOB_PRINTING:
                return self._first_layer(event)
            case RunEventType.JOB_PAUSED:
                return self._pause(event.job_key, event.ts)
            case RunEventType.JOB_RESUMED:
                return self._resume(event.job_key, event.ts)
            case RunEventType.JOB_ENDED:
                return self._ended(event)
            case RunEventType.ERROR_RAISED:
                return self._error_raised(event)
            case RunEventType.ERROR_CLEARED:
                return self._error_cleared(event)
            case _:  # printer_online / printer_offline: connection only
                return []

    def is_closed(self, key: str | None) -> bool:
        """True when the run of job ``key`` ended (as far as this tracker remembers)."""
        return key is not None and key in self._closed

    def is_news(self, event: RunEvent, ops: Sequence[RunOp], now: datetime) -> bool:
        """Whether ``event`` (which :meth:`handle` turned into ``ops``) tells something new:
        a job end that closed no run is a replay, an event of a job that ended already is a
        re-sync naming it, and an end recorded after the fact long ago is history."""
        ends_run = any(isinstance(op, EndRun) for op in ops)
        if event.type is RunEventType.JOB_ENDED and not ends_run:
            return False
        if event.type in _JOB_EVENTS and not ends_run and self.is_closed(event.job_key):
            return False
        return not (event.data.get("reattached") and now - event.ts > ANNOUNCE_PAST_ENDS_WITHIN)

    def _started(self, event: RunEvent) -> list[RunOp]:
        key = event.job_key
        if not key:
            _LOGGER.warning("%s: job_started without a job key ignored", self.printer_id)
            return []
        if key in self._closed:
            return []  # a job that ended does not start again (a re-sync naming it)
        current = self._open
        if current is not None and current.job_key == key:
            # Re-attach (reconnect / restart): same run. Close an open pause; a paused printer
            # reports job_paused / a paused snapshot next, which opens a new one at once.
            return self._resume(key, event.ts)
        ops: list[RunOp] = []
        if current is not None:
            ops.append(self._end(event.ts, RunOutcome.UNKNOWN, OUTCOME_SOURCE_SUPERSEDED))
        data = event.data
        started_at = data.get("started_at")
        if not isinstance(started_at, datetime) or started_at.tzinfo is None:
            started_at = event.ts
        start = self._start_op(key, started_at, data)
        self._open = OpenRunState(job_key=key, started_at=started_at)
        self._terminal = None
        self._estimate_missing = start.printer_estimate_s is None
        ops.append(start)
        return ops

    def _remember_closed(self, key: str) -> None:
        self._closed[key] = None
        self._closed.move_to_end(key)
        while len(self._closed) > CLOSED_KEYS_KEPT:
            self._closed.popitem(last=False)

    def _start_op(self, key: str, started_at: datetime, data: Mapping[str, Any]) -> StartRun:
        return StartRun(
            printer_id=self.printer_id,
            job_key=key,
            started_at=started_at,
            file_name=_opt_str(data.get("file_name")),
            job_name=_opt_str(data.get("job_name")),
            slicer_estimate_s=_opt_float(data.get("slicer_estimate_s")),
            printer_estimate_s=_opt_float(data.get("printer_estimate_s")),
            total_layers=_opt_int(data.get("total_layers")),
            filament=_filament(data.get("filament")),
        )

    def _matches(self, key: str | None) -> OpenRunState | None:
        current = self._open
        if current is None or key is None or key != current.job_key:
            return None
        return current

    def _update(self, new: OpenRunState, ts: datetime, **fields: Any) -> list[RunOp]:
        self._open = new
        return [UpdateRun(self.printer_id, new.job_key, fields, ts)]

    def _first_layer(self, event: RunEvent) -> list[RunOp]:
        current = self._matches(event.job_key)
        if current is None or current.first_layer_at is not None:
            return []
        fields: dict[str, Any] = {"first_layer_at": event.ts}
        # Bambu knows its own estimate only once printing: record it if the start had none
        # (never overwrite an estimate; docs/definitions.md#durations).
        estimate = _opt_float(event.data.get("printer_estimate_s"))
        if estimate is not None and self._estimate_missing:
            fields["printer_estimate_s"] = estimate
        self._estimate_missing = False
        return self._update(replace(current, first_layer_at=event.ts), event.ts, **fields)

    def _pause(self, key: str | None, ts: datetime) -> list[RunOp]:
        current = self._matches(key)
        if current is None or current.paused_since is not None:
            return []
        return self._update(replace(current, paused_since=ts), ts, paused_since=ts)

    def _resume(self, key: str | None, ts: datetime) -> list[RunOp]:
        current = self._matches(key)
        if current is None or current.paused_since is None:
            return []
        paused_s = paused_total(current, ts)
        return self._update(
            replace(current, paused_s=paused_s, paused_since=None),
            ts,
            paused_s=paused_s,
            paused_since=None,
        )

    def _ended(self, event: RunEvent) -> list[RunOp]:
        if self._matches(event.job_key) is None:
            return self._ended_unseen(event)
        data = event.data
        outcome, reason, code = _reported_outcome(data)
        source = _opt_str(data.get("source")) or OUTCOME_SOURCE_EVENT
        return [
            self._end(
                event.ts, outcome, source, reason, code, reported_paused=_reported_paused(data)
            )
        ]

    def _ended_unseen(self, event: RunEvent) -> list[RunOp]:
        """A job first seen in its terminal state, right after a (re)connect: it started (and
        maybe ended) while Home Assistant was away. Record it from what the printer reports.

        The store's ops are idempotent, so a job seen again (a history replay, a reconnect)
        leaves the run as it is. An end that predates the open run is history, not news.
        """
        key = event.job_key
        data = event.data
        if not key or not data.get("reattached") or key in self._closed:
            return []  # not the open run: already closed, or never ours
        started_at = data.get("started_at")
        if not isinstance(started_at, datetime) or started_at.tzinfo is None:
            started_at = None
        ops: list[RunOp] = []
        current = self._open
        if current is not None:
            if started_at is None or started_at <= current.started_at:
                return []
            # A newer job ended on the printer: the open run ended unseen before it.
            ops.append(self._end(started_at, RunOutcome.UNKNOWN, OUTCOME_SOURCE_SUPERSEDED))
        begin = started_at if started_at is not None and started_at <= event.ts else event.ts
        ops.append(self._start_op(key, begin, data))
        outcome, reason, code = _reported_outcome(data)
        actual = _opt_float(data.get("print_s"))
        if actual is None and started_at is not None:
            actual = max(0.0, (event.ts - begin).total_seconds())
        self._remember_closed(key)
        ops.append(
            EndRun(
                printer_id=self.printer_id,
                job_key=key,
                ended_at=event.ts,
                outcome=outcome,
                outcome_source=OUTCOME_SOURCE_AFTER_THE_FACT,
                failure_reason=reason,
                failure_code=code,
                actual_s=actual,
            )
        )
        return ops

    def _end(
        self,
        ended_at: datetime,
        outcome: RunOutcome,
        source: str,
        reason: str | None = None,
        code: str | None = None,
        *,
        reported_paused: float | None = None,
    ) -> EndRun:
        current = self._open
        assert current is not None
        self._open = None
        self._terminal = None
        self._remember_closed(current.job_key)
        wall = max(0.0, (ended_at - current.started_at).total_seconds())
        paused = paused_total(current, ended_at)
        if reported_paused is not None and reported_paused <= wall + PLAUSIBLE_SLACK_S:
            # The printer's own figure bounds the pauses: wall time across an outage (HA,
            # Moonraker or Klippy away while paused) must not count beyond what it measured.
            paused = min(paused, reported_paused)
        return EndRun(
            printer_id=self.printer_id,
            job_key=current.job_key,
            ended_at=ended_at,
            outcome=outcome,
            outcome_source=source,
            failure_reason=reason,
            failure_code=code,
            actual_s=max(0.0, wall - paused),
            paused_s=paused,
        )

    def _error_raised(self, event: RunEvent) -> list[RunOp]:
        error = event.data.get("error")
        if not isinstance(error, PrinterError):
            _LOGGER.warning("%s: error_raised without a PrinterError ignored", self.printer_id)
            return []
        if self._errors.get(error.code):
            return []
        self._errors[error.code] = True
        # The run the error belongs to: the open one, else the run the client names (the
        # error that ended a run may follow its job_ended in the same update).
        job_key = self._open.job_key if self._open is not None else None
        if job_key is None and event.job_key and event.job_key in self._closed:
            job_key = event.job_key
        return [ErrorOnset(self.printer_id, job_key, error, event.ts)]

    def _error_cleared(self, event: RunEvent) -> list[RunOp]:
        error = event.data.get("error")
        code = error.code if isinstance(error, PrinterError) else _opt_str(event.data.get("code"))
        if code is None:
            return []
        return self._clear(code, event.ts)

    def _clear(self, code: str, ts: datetime) -> list[RunOp]:
        if self._errors.get(code) is False:
            return []  # cleared already (an unknown code may be open in the DB: clear it)
        self._errors[code] = False
        return [ErrorClear(self.printer_id, code, ts)]

    # -- snapshots

    def observe(self, snapshot: PrinterSnapshot, now: datetime) -> list[RunOp]:
        """Reconcile with the printer's reported state (never ends a run while offline)."""
        if not snapshot.online or snapshot.status is PrinterStatus.OFFLINE:
            return []
        ops: list[RunOp] = []
        present = {error.code for error in snapshot.errors}
        for code in sorted(self.active_error_codes - present):
            ops.extend(self._clear(code, now))
        current = self._open
        if current is None:
            return ops
        same_job = snapshot.job_key is not None and snapshot.job_key == current.job_key
        if snapshot.active:
            self._terminal = None
            if same_job:
                if snapshot.status is PrinterStatus.PAUSED:
                    ops.extend(self._pause(current.job_key, now))
                else:
                    ops.extend(self._resume(current.job_key, now))
            # Another job active: its job_started supersedes ours. No key: can't tell.
            return ops
        if same_job:
            # Our job, no longer active: the client decides the outcome (Bambu holds a cancel
            # ~10 s). Only if no job_ended came within the grace period, close it with the
            # outcome of the state it sits in (unknown unless finished/cancelled/failed).
            if self._terminal is None or self._terminal.status is not snapshot.status:
                self._terminal = _Terminal(snapshot.status, now)
            elif (now - self._terminal.since).total_seconds() >= self.terminal_grace_s:
                outcome = TERMINAL_OUTCOMES.get(snapshot.status, RunOutcome.UNKNOWN)
                ops.append(self._end(self._terminal.since, outcome, OUTCOME_SOURCE_RECONCILED))
            return ops
        if snapshot.status is PrinterStatus.BUSY and snapshot.job_key is None:
            # Occupied without a job (calibration, start-up): not evidence the job is gone.
            return ops
        # Idle / error / another (or no) job's terminal state: our job is gone.
        ops.append(self._end(now, RunOutcome.UNKNOWN, OUTCOME_SOURCE_RECONCILED))
        return ops
