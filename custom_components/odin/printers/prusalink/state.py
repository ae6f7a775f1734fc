"""Pure PrusaLink ingest: status (+ job) answers in; snapshots and run events out.

``PrusaLinkState.ingest(status, job, now)`` takes one status answer (plus the job answer when
it was fetched) and returns a new ``PrinterSnapshot`` (only when something changed) plus
``RunEvent``s. No I/O, no clock reads. Every raw value goes through ``printers.coerce``.

Job rules: a job starts with a new ``job.id`` (or the state entering PRINTING); its key is
``f"{serial}:{job_id}"``. It ends on the transition into FINISHED (success), STOPPED
(cancelled) or ERROR (failed, reason = ``status_printer.message``). A job that vanishes (idle
without a terminal state) or a printer that goes offline mid-job keeps the run open: the
consumer (farm/runs.py) decides. The first poll after (re)connect re-attaches an active job
(``job_started`` with ``reattached=True``) or closes a job seen in a terminal state (a
``job_ended`` the consumer ignores when it does not know the key).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
import re
from typing import Any, Final

from custom_components.odin.printers.coerce import round1, to_dict, to_int, to_str
from custom_components.odin.printers.common import publish
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

ERROR_SOURCE: Final = "prusalink"


ACTIVE_STATES: Final = frozenset({"PRINTING", "PAUSED"})


TERMINAL_STATES: Final = frozenset({"FINISHED", "STOPPED"})


# states in which /api/v1/job may name a job (ATTENTION and ERROR: only with a job)
JOB_STATES: Final = frozenset({"PRINTING", "PAUSED", "ATTENTION", "FINISHED", "STOPPED", "ERROR"})


TERMINAL_JOB_STATES: Final = frozenset({"FINISHED", "STOPPED", "ERROR"})


_OUTCOMES: Final[Mapping[str, RunOutcome]] = {
    "FINISHED": RunOutcome.SUCCESS,
    "STOPPED": RunOutcome.CANCELLED,
    "ERROR": RunOutcome.FAILED,
}


_TERMINAL_STATUSES: Final = frozenset(
    {PrinterStatus.FINISHED, PrinterStatus.CANCELLED, PrinterStatus.FAILED}
)


PRINT_EXTENSIONS: Final = (".bgcode", ".gcode", ".gco", ".gc", ".g")


_SLUG_RE: Final = re.compile(r"[^a-z0-9]+")


_DURATION_RE: Final = re.compile(r"(\d+)\s*([dhms])")


_IDLE_STATES: Final = frozenset({"IDLE", "READY"})
_DETAIL_ATTEMPTS: Final = 3  # /api/v1/job fetches per job id when the answer lacks that id


_ENDED_KEEP: Final = 32


def _state_of(status: Mapping[str, Any]) -> str | None:
    state = to_str(to_dict(status.get("printer")).get("state"))
    return state.upper() if state is not None else None


def _status_job_id(status: Mapping[str, Any]) -> int | None:
    return to_int(to_dict(status.get("job")).get("id"))


def parse_duration(text: Any) -> int | None:
    """PrusaSlicer's "1d 2h 3m 4s" (any subset) -> seconds; None when it does not parse."""
    if not isinstance(text, str):
        return None
    factors = {"d": 86400, "h": 3600, "m": 60, "s": 1}
    total = 0
    found = False
    for number, unit in _DURATION_RE.findall(text.lower()):
        total += int(number) * factors[unit]
        found = True
    return total if found else None


def error_code(message: str | None, default: str) -> str:
    """A short, stable text key for a PrusaLink error message ("Heater failed" ->
    "heater_failed"); ``default`` when there is no message."""
    if not message:
        return default
    slug = _SLUG_RE.sub("_", message.lower()).strip("_")
    return slug[:48].rstrip("_") or default


def job_name_of(display_name: str | None) -> str | None:
    """The job name: the file's long name without its print-file extension."""
    if display_name is None:
        return None
    lower = display_name.lower()
    for ext in PRINT_EXTENSIONS:
        if lower.endswith(ext) and len(display_name) > len(ext):
            return display_name[: -len(ext)]
    return display_name


def _filament(meta: Mapping[str, Any]) -> list[dict[str, Any]] | None:
    """``[{type, grams}]`` from PrusaSlicer metadata (per tool when the file has them)."""
    types_raw = meta.get("filament_type per tool")
    types: list[str | None]
    if isinstance(types_raw, list):
        types = [to_str(t) for t in types_raw]
    else:
        text = to_str(meta.get("filament_type"))
        types = [t.strip() or None for t in text.split(";")] if text else []
    grams_raw = meta.get("filament used [g] per tool")
    grams: list[float | None]
    if isinstance(grams_raw, list):
        grams = [round1(g) for g in grams_raw]
    else:
        total = round1(meta.get("filament used [g]"))
        grams = [total] if total is not None else []
    out: list[dict[str, Any]] = []
    for index in range(max(len(types), len(grams))):
        kind = types[index] if index < len(types) else None
        weight = grams[index] if index < len(grams) else None
        if kind is None and not weight:
            continue
        entry: dict[str, Any] = {"type": kind}
        if weight is not None:
            entry["grams"] = weight
        out.append(entry)
    return out or None


def map_status(state: str | None, *, has_job: bool) -> tuple[PrinterStatus, PauseReason | None]:
    """Normalized status and pause reason of a reachable printer
    (docs/protocols/normalized-model.md#mapping-from-native-states).

    ``has_job``: a job is known for this state (a job id in the status or the job endpoint,
    or the job this client follows); it decides ATTENTION (paused vs error) and ERROR
    (failed vs error).
    """
    match state:
        case "IDLE" | "READY":
            return PrinterStatus.IDLE, None
        case "PRINTING":
            return PrinterStatus.PRINTING, None
        case "PAUSED":
            return PrinterStatus.PAUSED, PauseReason.USER
        case "ATTENTION":
            if has_job:
                return PrinterStatus.PAUSED, PauseReason.ATTENTION
            return PrinterStatus.ERROR, None
        case "FINISHED":
            return PrinterStatus.FINISHED, None
        case "STOPPED":
            return PrinterStatus.CANCELLED, None
        case "ERROR":
            return (PrinterStatus.FAILED if has_job else PrinterStatus.ERROR), None
        case _:  # BUSY, unknown
            return PrinterStatus.BUSY, None


@dataclass(frozen=True, slots=True)
class JobDetails:
    """What ``/api/v1/job`` says about one job."""

    job_id: int
    state: str | None
    file_name: str | None
    job_name: str | None
    slicer_estimate_s: int | None
    filament: tuple[Mapping[str, Any], ...] | None
    serial_print: bool = False
    complete: bool = True
    """False when the answer carried garbage where the file's names belong (a glitched
    answer): its names are not trusted for the whole job, so it is not cached."""

    @classmethod
    def parse(cls, job: Mapping[str, Any]) -> JobDetails | None:
        """None when the answer names no job id."""
        job_id = to_int(job.get("id"))
        if job_id is None:
            return None
        raw_file = job.get("file")
        file = to_dict(raw_file)
        meta = to_dict(file.get("meta"))
        names = (file.get("display_name"), file.get("name"))
        complete = (raw_file is None or isinstance(raw_file, dict)) and all(
            value is None or isinstance(value, str) for value in names
        )
        display = (to_str(names[0]) or to_str(names[1])) if complete else None
        estimate = to_int(meta.get("estimated_print_time"))
        if estimate is None:
            estimate = parse_duration(meta.get("estimated printing time (normal mode)"))
        filament = _filament(meta)
        state = to_str(job.get("state"))
        return cls(
            job_id=job_id,
            state=state.upper() if state else None,
            file_name=display,
            job_name=job_name_of(display),
            slicer_estimate_s=estimate if estimate else None,
            filament=tuple(filament) if filament else None,
            serial_print=job.get("serial_print") is True,
            complete=complete,
        )


@dataclass(slots=True)
class _Job:
    key: str
    job_id: int | None
    active: bool = True
    paused: bool = False
    printing_emitted: bool = False


Result = tuple[PrinterSnapshot | None, list[RunEvent]]


class PrusaLinkState:
    """Pure ingest: PrusaLink status/job answers in, normalized snapshots and run events out.

    Runs on the event loop only; never blocks, never reads the clock (``now`` is passed in).
    ``serial`` (from ``/api/v1/info``) prefixes every job key.
    """

    def __init__(self, serial: str) -> None:
        """Start with no data: status offline."""
        self.serial = serial
        self.snapshot = PrinterSnapshot()
        self._online = False
        self._first = True
        self._prev_state: str | None = None
        self._job: _Job | None = None
        self._ended: OrderedDict[str, RunOutcome] = OrderedDict()
        self._details: OrderedDict[int, JobDetails] = OrderedDict()
        self._detail_attempts: dict[int, int] = {}
        self._checked_state: str | None = None  # state in which a job-less /job was read
        self._last_status_job_id: int | None = None

    # ---- connection ---------------------------------------------------------------------

    @property
    def online(self) -> bool:
        """True once a status answer arrived since the last offline."""
        return self._online

    def connection_lost(self, now: datetime) -> Result:
        """Declared unreachable: status offline and ``printer_offline`` once. An active job
        stays open (the consumer decides); the next answer counts as the first again."""
        self._first = True
        self._checked_state = None
        if not self._online:
            return None, []
        self._online = False
        job = self._active_job()
        event = RunEvent(RunEventType.PRINTER_OFFLINE, now, job.key if job else None, {})
        old = self.snapshot
        snap = PrinterSnapshot(
            status=PrinterStatus.OFFLINE,
            online=False,
            native_state=old.native_state,
            job_key=old.job_key,
            job_name=old.job_name,
            file_name=old.file_name,
            progress=old.progress,
            remaining_s=old.remaining_s,
            errors=old.errors,
        )
        self.snapshot = snap
        return snap, [event]

    # ---- job details ------------------------------------------------------------------------

    def wants_job(self, status: Mapping[str, Any]) -> bool:
        """Should the client read ``/api/v1/job`` before ingesting ``status``?

        Yes for a job id without details yet (file name, slicer metadata), and once per
        state change when the status names no job in a state that may have one (or while
        a followed job is missing: it may sit FINISHED/STOPPED/ERROR there).
        """
        job_id = _status_job_id(status)
        if job_id is not None:
            return (
                job_id not in self._details
                and self._detail_attempts.get(job_id, 0) < _DETAIL_ATTEMPTS
            )
        state = _state_of(status)
        if state is None or state == self._checked_state:
            return False
        return state in JOB_STATES or self._active_job() is not None

    def current_job_id(self) -> int | None:
        """The id of the job a pause/resume/stop addresses (None: no job)."""
        job = self._active_job()
        if job is not None and job.job_id is not None:
            return job.job_id
        if self._prev_state in JOB_STATES - TERMINAL_JOB_STATES:
            return self._last_status_job_id
        return None

    def details(self, job_id: int | None) -> JobDetails | None:
        """Cached ``/api/v1/job`` details of ``job_id``."""
        return self._details.get(job_id) if job_id is not None else None

    def _remember(self, job: Mapping[str, Any] | None, state: str | None) -> JobDetails | None:
        if job is None:
            self._checked_state = state
            return None
        details = JobDetails.parse(job)
        if details is None:
            self._checked_state = state
            return None
        if not details.complete:
            # a glitched answer: keep what we know (or ask again next poll, a few times)
            self._checked_state = state
            return None
        known = self._details.get(details.job_id)
        if known is not None and known.file_name is not None:
            # one job id is one file: once its names are known, a later answer that lacks
            # them (or offers only the 8.3 short name) does not rename the job
            details = replace(
                details,
                file_name=known.file_name,
                job_name=known.job_name,
                slicer_estimate_s=known.slicer_estimate_s or details.slicer_estimate_s,
                filament=known.filament or details.filament,
            )
        self._details[details.job_id] = details
        self._details.move_to_end(details.job_id)
        while len(self._details) > 8:
            self._details.popitem(last=False)
        self._checked_state = state
        return details

    def _active_job(self) -> _Job | None:
        job = self._job
        return job if job is not None and job.active else None

    # ---- ingest -------------------------------------------------------------------------

    def ingest(
        self,
        status: Mapping[str, Any],
        job: Mapping[str, Any] | None,
        now: datetime,
        *,
        job_fetched: bool = False,
    ) -> Result:
        """One poll: ``status`` = ``/api/v1/status``; ``job`` = ``/api/v1/job`` when it was
        read this poll (``job_fetched``; None with ``job_fetched`` = 204, no job)."""
        state = _state_of(status)
        printer = to_dict(status.get("printer"))
        sjob = to_dict(status.get("job"))
        status_job_id = to_int(sjob.get("id"))
        if status_job_id is not None:
            count = self._detail_attempts.get(status_job_id, 0)
            if job_fetched:
                self._detail_attempts[status_job_id] = count + 1
                if len(self._detail_attempts) > 16:
                    self._detail_attempts.pop(next(iter(self._detail_attempts)))
        endpoint = self._remember(job, state) if job_fetched else None
        self._last_status_job_id = status_job_id

        events: list[RunEvent] = []
        first = self._first
        if first:
            self._first = False
            if not self._online:
                self._online = True
                events.append(RunEvent(RunEventType.PRINTER_ONLINE, now, None, {}))
        if state is None:  # the only field the spec guarantees: ignore a broken answer
            return self._emit(now, events, None, printer, sjob, None, has_job=False)

        job_id = status_job_id
        if job_id is None and endpoint is not None and self._endpoint_fits(state, endpoint):
            job_id = endpoint.job_id
        tracked = self._active_job()
        if (
            tracked is not None
            and job_id is not None
            and job_id != tracked.job_id
            and endpoint is not None
            and endpoint.job_id == tracked.job_id
            and state in ACTIVE_STATES
        ):
            # the status names another job while /api/v1/job (read because that id is new)
            # still names the one we follow, which keeps printing: the status id is a glitch
            job_id = tracked.job_id
        has_job = self._has_job(state, job_id)
        self._job_logic(state, job_id, endpoint, sjob, printer, now, first, events)
        self._prev_state = state
        return self._emit(now, events, state, printer, sjob, job_id, has_job=has_job)

    def _endpoint_fits(self, state: str, endpoint: JobDetails) -> bool:
        """Does the job endpoint's job belong to the printer's current state?"""
        if endpoint.state is None:
            return False
        if state in ("PRINTING", "PAUSED", "ATTENTION"):
            return endpoint.state in ("PRINTING", "PAUSED")
        if state in TERMINAL_JOB_STATES:
            return endpoint.state == state
        return False

    def _has_job(self, state: str, job_id: int | None) -> bool:
        if job_id is not None or self._active_job() is not None:
            return True
        # ERROR right after this client closed the job as failed: still "failed"
        last = self._job
        return (
            state == "ERROR"
            and self._prev_state == "ERROR"
            and last is not None
            and self._ended.get(last.key) is RunOutcome.FAILED
        )

    def _key(self, job_id: int) -> str:
        return f"{self.serial}:{job_id}"

    def _job_logic(
        self,
        state: str,
        job_id: int | None,
        endpoint: JobDetails | None,
        sjob: Mapping[str, Any],
        printer: Mapping[str, Any],
        now: datetime,
        first: bool,
        events: list[RunEvent],
    ) -> None:
        tracked = self._active_job()
        if state in ACTIVE_STATES or (
            state == "ATTENTION" and (job_id is not None or tracked is not None)
        ):
            if job_id is not None:
                key = self._key(job_id)
            elif tracked is not None:
                key = tracked.key
            else:  # printing without any job id (not seen on real firmware): start time
                key = f"{self.serial}:t{int(now.timestamp())}"
            if tracked is not None and tracked.key != key:
                self._end(tracked, now, RunOutcome.UNKNOWN, "new_job", events, sjob, first, None)
                tracked = None
            if tracked is None:
                tracked = _Job(key=key, job_id=job_id)
                self._job = tracked
                self._ended.pop(key, None)
                events.append(
                    RunEvent(
                        RunEventType.JOB_STARTED,
                        now,
                        key,
                        self._start_data(job_id, sjob, now, reattached=first),
                    )
                )
            elif first:
                # re-attach after (re)connect: the consumer closes an open pause, so a
                # paused job reports job_paused again below
                tracked.paused = False
                events.append(
                    RunEvent(
                        RunEventType.JOB_STARTED,
                        now,
                        key,
                        self._start_data(job_id, sjob, now, reattached=True),
                    )
                )
            if state == "PRINTING" and not tracked.printing_emitted:
                tracked.printing_emitted = True
                data: dict[str, Any] = {}
                remaining = to_int(sjob.get("time_remaining"))
                if remaining is not None and remaining > 0 and not first:
                    data["printer_estimate_s"] = remaining
                events.append(RunEvent(RunEventType.JOB_PRINTING, now, key, data))
            paused = state != "PRINTING"
            if paused and not tracked.paused:
                tracked.paused = True
                reason = PauseReason.ATTENTION if state == "ATTENTION" else PauseReason.USER
                events.append(RunEvent(RunEventType.JOB_PAUSED, now, key, {"reason": reason.value}))
            elif not paused and tracked.paused:
                tracked.paused = False
                events.append(RunEvent(RunEventType.JOB_RESUMED, now, key, {}))
            return

        if state in TERMINAL_STATES or (
            state == "ERROR" and (job_id is not None or tracked is not None)
        ):
            if job_id is not None:
                key = self._key(job_id)
            elif tracked is not None:
                key = tracked.key
            else:
                return
            if tracked is not None and tracked.key != key:
                self._end(tracked, now, RunOutcome.UNKNOWN, "new_job", events, sjob, first, None)
                tracked = None
            if tracked is None:
                if key in self._ended:
                    return  # closed already (also: the poll after a reconnect)
                tracked = _Job(key=key, job_id=job_id)
                self._job = tracked
            message = _printer_message(printer)
            self._end(tracked, now, _OUTCOMES[state], "state", events, sjob, first, message)
            return

        # IDLE / READY / BUSY, or ERROR / ATTENTION without a job
        if tracked is None:
            return
        if (
            endpoint is not None
            and endpoint.job_id == tracked.job_id
            and endpoint.state in TERMINAL_JOB_STATES
        ):
            # the job left the status, but /api/v1/job still tells how it ended
            outcome = _OUTCOMES[endpoint.state]
            message = _printer_message(printer) if endpoint.state == "ERROR" else None
            self._end(tracked, now, outcome, "job_endpoint", events, sjob, first, message)
            return
        if state not in _IDLE_STATES:
            # BUSY (occupied without a job) or a state this client does not know (a glitched
            # answer): not evidence the job is gone
            return
        # The job is gone without a terminal state: stop following it, keep the run open
        # (the consumer reconciles; a later terminal report of this id still closes it).
        tracked.active = False
        tracked.paused = False

    def _end(
        self,
        job: _Job,
        now: datetime,
        outcome: RunOutcome,
        source: str,
        events: list[RunEvent],
        sjob: Mapping[str, Any],
        reattached: bool,
        message: str | None,
    ) -> None:
        job.active = False
        job.paused = False
        data: dict[str, Any] = {"outcome": outcome.value, "source": source}
        if outcome is RunOutcome.SUCCESS:
            data["native_state"] = "FINISHED"
        elif outcome is RunOutcome.CANCELLED:
            data["native_state"] = "STOPPED"
            data["reason"] = "stopped by the operator"
        elif outcome is RunOutcome.FAILED:
            data["native_state"] = "ERROR"
            data["reason"] = message or "the printer reported ERROR"
            data["error_code"] = error_code(message, "error")
        else:
            data["native_state"] = self._prev_state
            data["reason"] = "another job started"
        if to_int(sjob.get("id")) in (job.job_id, None):
            print_s = to_int(sjob.get("time_printing"))
            if print_s is not None:
                data["print_s"] = print_s
            progress = round1(sjob.get("progress"))
            if progress is not None:
                data["progress"] = progress
        if reattached:
            data["reattached"] = True
        self._ended[job.key] = outcome
        self._ended.move_to_end(job.key)
        while len(self._ended) > _ENDED_KEEP:
            self._ended.popitem(last=False)
        events.append(RunEvent(RunEventType.JOB_ENDED, now, job.key, data))

    def _start_data(
        self, job_id: int | None, sjob: Mapping[str, Any], now: datetime, *, reattached: bool
    ) -> dict[str, Any]:
        data: dict[str, Any] = {"reattached": reattached}
        details = self.details(job_id)
        if details is not None:
            if details.file_name is not None:
                data["file_name"] = details.file_name
            if details.job_name is not None:
                data["job_name"] = details.job_name
            if details.filament:
                data["filament"] = [dict(item) for item in details.filament]
        printing = to_int(sjob.get("time_printing"))
        remaining = to_int(sjob.get("time_remaining"))
        total = printing + remaining if printing is not None and remaining is not None else None
        if details is not None and details.slicer_estimate_s:
            data["slicer_estimate_s"] = details.slicer_estimate_s
        elif total:
            data["slicer_estimate_s"] = total
        if reattached:
            # the printer's total estimate; a run first seen now started time_printing ago
            if total:
                data["printer_estimate_s"] = total
            if printing:
                data["started_at"] = now - timedelta(seconds=printing)
        elif remaining:
            data["printer_estimate_s"] = remaining
        return data

    # ---- snapshot -------------------------------------------------------------------------

    def _emit(
        self,
        now: datetime,
        events: list[RunEvent],
        state: str | None,
        printer: Mapping[str, Any],
        sjob: Mapping[str, Any],
        job_id: int | None,
        *,
        has_job: bool,
    ) -> Result:
        status, pause_reason = map_status(state, has_job=has_job)
        errors = _errors(state, printer, has_job=has_job)
        tracked = self._active_job()
        job_key: str | None = None
        if status in (PrinterStatus.PRINTING, PrinterStatus.PAUSED):
            job_key = tracked.key if tracked is not None else None
        elif status in _TERMINAL_STATUSES:
            if job_id is not None:
                job_key = self._key(job_id)
            elif self._job is not None and self._job.key in self._ended:
                job_key = self._job.key
        detail_id = job_id
        if detail_id is None and tracked is not None:
            detail_id = tracked.job_id
        details = self.details(detail_id)
        if details is None and job_key is not None and self._job is not None:
            details = self.details(self._job.job_id)
        show_job = job_key is not None or job_id is not None
        attention = (
            state in ("ATTENTION", "ERROR")
            or pause_reason is PauseReason.ATTENTION
            or any(err.severity in (ErrorSeverity.FATAL, ErrorSeverity.SERIOUS) for err in errors)
        )
        snap = PrinterSnapshot(
            status=status,
            online=self._online,
            native_state=state,
            stage=None,
            job_key=job_key,
            job_name=details.job_name if details is not None and show_job else None,
            file_name=details.file_name if details is not None and show_job else None,
            progress=round1(sjob.get("progress")) if show_job else None,
            remaining_s=to_int(sjob.get("time_remaining")) if show_job else None,
            nozzle_temp=round1(printer.get("temp_nozzle")),
            nozzle_target=round1(printer.get("target_nozzle")),
            bed_temp=round1(printer.get("temp_bed")),
            bed_target=round1(printer.get("target_bed")),
            pause_reason=pause_reason,
            attention_required=attention,
            errors=errors,
        )
        published = publish(self.snapshot, snap, now, job_key, events)
        if published is not None:
            self.snapshot = published
        return published, events


def _printer_message(printer: Mapping[str, Any]) -> str | None:
    status_printer = to_dict(printer.get("status_printer"))
    message = to_str(status_printer.get("message"))
    if message is None or message.upper() == "OK":
        return None
    return message


def _errors(
    state: str | None, printer: Mapping[str, Any], *, has_job: bool
) -> tuple[PrinterError, ...]:
    """The active error: ERROR (fatal), ATTENTION (needs the user), or a not-ok printer."""
    message = _printer_message(printer)
    if state == "ERROR":
        return (
            PrinterError(
                source=ERROR_SOURCE,
                code=error_code(message, "error"),
                severity=ErrorSeverity.FATAL,
                message=message or "the printer reported ERROR",
            ),
        )
    if state == "ATTENTION":
        return (
            PrinterError(
                source=ERROR_SOURCE,
                code=error_code(message, "attention"),
                severity=ErrorSeverity.SERIOUS if has_job else ErrorSeverity.COMMON,
                message=message or "the printer needs attention",
            ),
        )
    if to_dict(printer.get("status_printer")).get("ok") is False and message is not None:
        return (
            PrinterError(
                source=ERROR_SOURCE,
                code=error_code(message, "printer"),
                severity=ErrorSeverity.UNKNOWN,
                message=message,
            ),
        )
    return ()
