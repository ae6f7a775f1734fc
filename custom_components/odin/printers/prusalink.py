"""PrusaLink (v1 API) client: HTTP polling with Digest auth, normalized snapshots, run events.

Layout (PROTOCOLS §4, §8):
- ``PrusaLinkConfig``: how to reach one printer (Digest user ``maker`` + password, or the
  ``X-Api-Key`` of older firmware). Secrets never appear in a repr or a log line.
- ``identify_model`` / ``build_info``: ``/api/version`` + ``/api/v1/info`` -> ``PrinterInfo``.
- ``map_status``: native ``printer.state`` -> normalized status (PROTOCOLS §8.2).
- ``PrusaLinkState``: the pure, synchronous ingest component. ``ingest(status, job, now)``
  takes one ``/api/v1/status`` answer (plus ``/api/v1/job`` when it was fetched) and returns a
  new ``PrinterSnapshot`` (only when something changed) plus ``RunEvent``s. No I/O, no clock.
- ``PrusaLinkClient``: the polling loop on the event loop (fast while a job is active, slow
  when idle, exponential backoff while unreachable), pause/resume/stop, camera snapshot.
- ``async_probe``: read identity once (config flow).

Job rules: a job starts with a new ``job.id`` (or the state entering PRINTING); its key is
``f"{serial}:{job_id}"``. It ends on the transition into FINISHED (success), STOPPED
(cancelled) or ERROR (failed, reason = ``status_printer.message``). A job that vanishes (idle
without a terminal state) or a printer that goes offline mid-job keeps the run open: the
consumer (farm/runs.py) decides. The first poll after (re)connect re-attaches an active job
(``job_started`` with ``reattached=True``) or closes a job seen in a terminal state (a
``job_ended`` the consumer ignores when it does not know the key).

No Home Assistant imports here.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Callable, Mapping
import contextlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
import logging
import os
import re
from typing import Any, Final

import aiohttp

from .coerce import round1, to_int, to_str
from .common import ConnectionStats, diff_errors as _diff_errors, loads as _loads, utcnow as _utcnow
from .model import (
    CannotConnect,
    CommandError,
    ErrorSeverity,
    InvalidAuth,
    PauseReason,
    PrinterClientError,
    PrinterError,
    PrinterInfo,
    PrinterSnapshot,
    PrinterStatus,
    RunEvent,
    RunEventType,
    RunOutcome,
    UploadError,
    UploadOptions,
    UploadResult,
    WrongSerial,
)
from .upload import FileSource, Progress, ProgressCallback, StreamPayload, safe_remote_name

_LOGGER = logging.getLogger(__name__)

BRAND: Final = "prusalink"
DEFAULT_PORT: Final = 80
DEFAULT_USER: Final = "maker"
ERROR_SOURCE: Final = "prusalink"

# ``/api/version`` ``printer`` is Prusa's printer type triple (type.version.subversion), as
# the Buddy firmware (printers.h, get_printer_version) and the Prusa Connect SDK define it.
PRINTER_TYPES: Final[Mapping[str, str]] = {
    "1.2.5": "MK2.5",
    "1.2.6": "MK2.5S",
    "1.3.0": "MK3",
    "1.3.1": "MK3S",
    "1.3.5": "MK3.5",
    "1.3.9": "MK3.9",
    "1.4.0": "MK4",
    "1.4.1": "MK4S",
    "2.1.0": "MINI",
    "3.1.0": "XL",
    "4.1.0": "iX",
    "5.1.0": "SL1",
    "5.1.1": "SL1S",
    "7.1.0": "CORE One",
}

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
_PRINT_EXTENSIONS: Final = (".bgcode", ".gcode", ".gco", ".gc", ".g")
_SLUG_RE: Final = re.compile(r"[^a-z0-9]+")
_DURATION_RE: Final = re.compile(r"(\d+)\s*([dhms])")
_DETAIL_ATTEMPTS: Final = 3  # /api/v1/job fetches per job id when the answer lacks that id
_ENDED_KEEP: Final = 32


# --------------------------------------------------------------------------------------------
# Configuration
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PrusaLinkConfig:
    """How to reach one printer. The password and API key never appear in the repr."""

    host: str
    port: int = DEFAULT_PORT
    username: str = DEFAULT_USER
    password: str | None = field(default=None, repr=False)  # HTTP Digest
    api_key: str | None = field(default=None, repr=False)  # X-Api-Key (older firmware)

    @property
    def base_url(self) -> str:
        """``http://host[:port]`` (IPv6 literals bracketed)."""
        host = self.host
        if ":" in host and not host.startswith("["):
            host = f"[{host}]"
        return f"http://{host}" if self.port == DEFAULT_PORT else f"http://{host}:{self.port}"


# --------------------------------------------------------------------------------------------
# Small parsing helpers
# --------------------------------------------------------------------------------------------


def _dict(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, dict) else {}


def _state_of(status: Mapping[str, Any]) -> str | None:
    state = to_str(_dict(status.get("printer")).get("state"))
    return state.upper() if state is not None else None


def _status_job_id(status: Mapping[str, Any]) -> int | None:
    return to_int(_dict(status.get("job")).get("id"))


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
    for ext in _PRINT_EXTENSIONS:
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


# --------------------------------------------------------------------------------------------
# Identity
# --------------------------------------------------------------------------------------------


def identify_model(
    version: Mapping[str, Any], info: Mapping[str, Any] | None = None
) -> tuple[str | None, str | None]:
    """(model name, type code) from ``/api/version`` (``printer`` triple, else the legacy
    ``original`` "PrusaLink I3MK3S"); unknown triples keep their code and no name."""
    code = to_str(version.get("printer"))
    if code is not None:
        name = PRINTER_TYPES.get(code)
        if name is not None:
            return name, code
    original = to_str(version.get("original"))
    if original is not None:
        text = original.removeprefix("PrusaLink").strip()
        text = text.removeprefix("I3").removeprefix("i3").strip()
        if text:
            return text, code
    return None, code


def build_info(
    version: Mapping[str, Any], info: Mapping[str, Any] | None, host: str
) -> PrinterInfo:
    """``PrinterInfo`` from the two identity endpoints (missing fields tolerated: Buddy
    firmware before 6.5 omits ``version``/``printer``/``firmware`` from ``/api/version``)."""
    info = info or {}
    serial = (
        to_str(info.get("serial"))
        or to_str(info.get("hostname"))
        or to_str(version.get("hostname"))
        or host
    )
    model, code = identify_model(version, info)
    name = (
        to_str(info.get("name")) or to_str(info.get("hostname")) or to_str(version.get("hostname"))
    )
    return PrinterInfo(
        serial=serial,
        brand=BRAND,
        model=model,
        model_code=code,
        firmware=to_str(version.get("firmware")),
        name=name,
    )


# --------------------------------------------------------------------------------------------
# Status mapping
# --------------------------------------------------------------------------------------------


def map_status(state: str | None, *, has_job: bool) -> tuple[PrinterStatus, PauseReason | None]:
    """Normalized status and pause reason of a reachable printer (PROTOCOLS §8.2).

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


# --------------------------------------------------------------------------------------------
# The ingest component
# --------------------------------------------------------------------------------------------


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

    @classmethod
    def parse(cls, job: Mapping[str, Any]) -> JobDetails | None:
        """None when the answer names no job id."""
        job_id = to_int(job.get("id"))
        if job_id is None:
            return None
        file = _dict(job.get("file"))
        meta = _dict(file.get("meta"))
        display = to_str(file.get("display_name")) or to_str(file.get("name"))
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
        printer = _dict(status.get("printer"))
        sjob = _dict(status.get("job"))
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
        if state == "BUSY":
            return  # occupied without a job: not evidence the job is gone
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
        old = self.snapshot
        if errors != old.errors:
            _diff_errors(old.errors, errors, now, job_key, events)
        if snap == old:
            return None, events
        self.snapshot = snap
        return snap, events


def _printer_message(printer: Mapping[str, Any]) -> str | None:
    status_printer = _dict(printer.get("status_printer"))
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
    if _dict(printer.get("status_printer")).get("ok") is False and message is not None:
        return (
            PrinterError(
                source=ERROR_SOURCE,
                code=error_code(message, "printer"),
                severity=ErrorSeverity.UNKNOWN,
                message=message,
            ),
        )
    return ()


# --------------------------------------------------------------------------------------------
# HTTP plumbing shared by the client and the probe
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Answer:
    status: int
    body: bytes
    content_type: str


class _Http:
    """Requests to one printer with Digest auth (or X-Api-Key) on the caller's session."""

    def __init__(
        self, config: PrusaLinkConfig, session: aiohttp.ClientSession, timeout_s: float
    ) -> None:
        self._config = config
        self._session = session
        self._timeout = aiohttp.ClientTimeout(total=timeout_s)
        self._base = config.base_url
        self._digest: aiohttp.DigestAuthMiddleware | None = None
        self._headers: dict[str, str] = {"Accept": "application/json"}
        if config.password is not None:
            # one middleware per printer: it keeps the nonce and counts it (RFC 7616) and
            # answers a new challenge (stale nonce after a printer restart) once per request
            self._digest = aiohttp.DigestAuthMiddleware(
                config.username or DEFAULT_USER, config.password
            )
        elif config.api_key is not None:
            self._headers["X-Api-Key"] = config.api_key

    async def request(self, method: str, path: str) -> _Answer:
        """One request. Raises InvalidAuth (401 after the digest answer) or CannotConnect."""
        try:
            async with self._session.request(
                method,
                self._base + path,
                headers=self._headers,
                timeout=self._timeout,
                allow_redirects=False,
                middlewares=(self._digest,) if self._digest is not None else (),
            ) as resp:
                if resp.status == 401:
                    raise InvalidAuth(self._auth_message(resp.headers.get("WWW-Authenticate")))
                body = await resp.read()
                return _Answer(resp.status, body, resp.content_type)
        except (aiohttp.ClientError, TimeoutError, OSError) as err:
            raise CannotConnect(f"cannot reach the printer ({_describe(err)})") from err

    async def send(
        self, method: str, path: str, body: StreamPayload, headers: dict[str, str], timeout_s: float
    ) -> _Answer:
        """A request with a streamed body (uploads). Raises InvalidAuth or CannotConnect."""
        timeout = aiohttp.ClientTimeout(total=None, sock_connect=timeout_s, sock_read=timeout_s)
        try:
            async with self._session.request(
                method,
                self._base + path,
                data=body,
                headers={**self._headers, **headers},
                timeout=timeout,
                allow_redirects=False,
                middlewares=(self._digest,) if self._digest is not None else (),
            ) as resp:
                if resp.status == 401:
                    raise InvalidAuth(self._auth_message(resp.headers.get("WWW-Authenticate")))
                data = await resp.read()
                return _Answer(resp.status, data, resp.content_type)
        except (aiohttp.ClientError, TimeoutError, OSError) as err:
            raise CannotConnect(f"the upload failed ({_describe(err)})") from err

    def _auth_message(self, challenge: str | None) -> str:
        scheme = (challenge or "").split(" ", 1)[0].lower()
        if scheme == "apikey" and self._digest is not None:
            return "the printer asks for an API key, not a password"
        if scheme == "digest" and self._digest is None:
            return "the printer asks for the user name and password (HTTP Digest)"
        return "the printer refused the credentials"

    async def get_json(self, path: str, *, optional: bool = False) -> dict[str, Any] | None:
        """GET a JSON object. 204 -> None; 404 -> None when ``optional``."""
        answer = await self.request("GET", path)
        if answer.status == 204 or (optional and answer.status == 404):
            return None
        if answer.status != 200:
            if answer.status == 404:
                raise CannotConnect(f"the printer does not offer {path} (firmware too old?)")
            raise CannotConnect(f"the printer answered HTTP {answer.status} to {path}")
        try:
            value = _loads(answer.body)
        except ValueError as err:
            raise CannotConnect(f"the printer sent no JSON for {path}") from err
        if not isinstance(value, dict):
            raise CannotConnect(f"the printer sent an unexpected answer for {path}")
        return value


def _describe(err: BaseException) -> str:
    if isinstance(err, TimeoutError):
        return "timed out"
    if isinstance(err, aiohttp.ClientConnectorError):
        return err.strerror or type(err).__name__
    return type(err).__name__


# --------------------------------------------------------------------------------------------
# Client
# --------------------------------------------------------------------------------------------


class PrusaLinkClient(ConnectionStats):
    """One printer, polled over HTTP. Create and use it on the event loop."""

    def __init__(
        self,
        config: PrusaLinkConfig,
        session: aiohttp.ClientSession,
        *,
        on_snapshot: Callable[[PrinterSnapshot], None],
        on_event: Callable[[RunEvent], None],
        poll_printing_s: float = 2.0,
        poll_idle_s: float = 10.0,
        poll_offline_max_s: float = 60.0,
        offline_after_failures: int = 3,
        request_timeout_s: float = 10.0,
    ) -> None:
        """Prepare; nothing is requested before ``async_start``. ``session`` stays the
        caller's (never closed here)."""
        self._config = config
        self._http = _Http(config, session, request_timeout_s)
        self._on_snapshot = on_snapshot
        self._on_event = on_event
        self._poll_printing_s = poll_printing_s
        self._poll_idle_s = max(poll_idle_s, poll_printing_s)
        self._poll_offline_max_s = max(poll_offline_max_s, poll_printing_s)
        self._offline_after = max(1, offline_after_failures)
        self._state: PrusaLinkState | None = None
        self._info: PrinterInfo | None = None
        self._has_camera: bool | None = None
        self._identity_needed = True
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[None] | None = None
        self._wake: asyncio.Event | None = None
        self._connected = False
        self._ever_connected = False
        self._failures = 0
        self._reconnects = 0
        self._last_msg: float | None = None
        self._last_error: PrinterClientError | None = None

    def __repr__(self) -> str:
        """No secrets."""
        cfg = self._config
        return f"<PrusaLinkClient {cfg.host}:{cfg.port} connected={self._connected}>"

    # ---- public API -------------------------------------------------------------------------

    @property
    def snapshot(self) -> PrinterSnapshot:
        """The latest normalized state."""
        return self._state.snapshot if self._state is not None else PrinterSnapshot()

    @property
    def info(self) -> PrinterInfo | None:
        """Identity from ``/api/version`` and ``/api/v1/info`` (after the first answer)."""
        return self._info

    @property
    def has_camera(self) -> bool:
        """``/api/v1/info.active_camera`` (False until known)."""
        return self._has_camera is True

    async def async_start(self) -> None:
        """Start polling in the background; returns at once."""
        if self._task is not None:
            return
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        self._task = self._loop.create_task(self._run(), name=f"odin prusalink {self._config.host}")

    async def async_stop(self) -> None:
        """Stop polling (an in-flight request is cancelled). Leaves nothing running."""
        task = self._task
        self._task = None
        if task is None:
            return
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        self._connected = False

    async def async_pause(self) -> None:
        """``PUT /api/v1/job/{id}/pause``. CommandError when there is no job or it fails."""
        await self._job_command("PUT", "/pause", "pause")

    async def async_resume(self) -> None:
        """``PUT /api/v1/job/{id}/resume``."""
        await self._job_command("PUT", "/resume", "resume")

    async def async_stop_print(self) -> None:
        """``DELETE /api/v1/job/{id}``: an operator stop (the printer reports STOPPED)."""
        await self._job_command("DELETE", "", "stop")

    async def async_camera_image(self) -> bytes | None:
        """One camera image (PNG, or JPEG from some cameras); None when the printer has no
        camera or no image yet (204/304/404/503). Raises CannotConnect / InvalidAuth."""
        answer = await self._http.request("GET", "/api/v1/cameras/snap")
        if answer.status == 200 and answer.body:
            return answer.body
        if answer.status not in (204, 304, 404, 503):
            _LOGGER.debug(
                "PrusaLink %s: camera snapshot answered HTTP %s", self._config.host, answer.status
            )
        return None

    async def async_poll_now(self) -> None:
        """Poll at once (e.g. after a command)."""
        if self._wake is not None:
            self._wake.set()

    async def async_upload_and_start(
        self,
        name: str,
        data: bytes | str | os.PathLike[str],
        options: UploadOptions = UploadOptions(),  # noqa: B008 (frozen dataclass; unused here)
        *,
        progress: ProgressCallback | None = None,
        overwrite: bool = True,
        timeout_s: float = 120.0,
    ) -> UploadResult:
        """``PUT /api/v1/files/<storage>/<name>`` with ``Print-After-Upload: ?1`` (and
        ``Overwrite``), Digest auth (PROTOCOLS §4.5). The storage is the one ``/api/v1/status``
        names (``usb`` by default); that request also primes the Digest nonce so the body is
        sent once.

        ``name`` is made safe (``upload.safe_remote_name``); ``progress(bytes_sent, total)``
        runs on the loop. Raises UploadError: the printer refused or the transfer broke, and
        nothing was started (the printer starts only after a complete upload).
        """
        remote = safe_remote_name(name, _PRINT_EXTENSIONS)
        source = await FileSource.create(data)
        try:
            status = await self._http.get_json("/api/v1/status")
        except InvalidAuth as err:
            raise UploadError(str(err), stage="prepare", reason="auth") from err
        except CannotConnect as err:
            raise UploadError(str(err), stage="prepare", reason="not_connected") from err
        storage = "usb"
        info = _dict((status or {}).get("storage"))
        if info.get("read_only") is True:
            raise UploadError(
                "the printer's storage is read-only", stage="prepare", reason="storage"
            )
        storage = (to_str(info.get("path")) or storage).strip("/") or "usb"
        headers = {
            "Content-Type": "application/octet-stream",
            "Print-After-Upload": "?1",
            "Overwrite": "?1" if overwrite else "?0",
        }
        payload = StreamPayload(
            source,
            content_type="application/octet-stream",
            progress=Progress(progress, source.size),
        )
        path = f"/api/v1/files/{storage}/{remote}"
        try:
            answer = await self._http.send("PUT", path, payload, headers, timeout_s)
        except InvalidAuth as err:
            raise UploadError(str(err), reason="auth") from err
        except CannotConnect as err:
            reason = "timeout" if isinstance(err.__cause__, TimeoutError) else "network"
            raise UploadError(str(err), reason=reason) from err
        if answer.status not in (200, 201, 204):
            detail = _error_text(answer)
            if answer.status == 409:
                raise UploadError(
                    f"the printer refused the file (busy, or it exists){detail}", reason="busy"
                )
            if answer.status == 404:
                raise UploadError(
                    f"no storage {storage!r} on the printer{detail}", reason="storage"
                )
            raise UploadError(f"the upload failed: HTTP {answer.status}{detail}", reason="refused")
        await self.async_poll_now()
        return UploadResult(remote_name=remote, size=source.size)

    # ---- commands -----------------------------------------------------------------------------

    async def _job_command(self, method: str, suffix: str, verb: str) -> None:
        state = self._state
        job_id = state.current_job_id() if state is not None else None
        if job_id is None or not self._connected:
            if not self._connected:
                raise CommandError(f"cannot {verb}: the printer is not connected")
            raise CommandError(f"cannot {verb}: the printer has no job")
        try:
            answer = await self._http.request(method, f"/api/v1/job/{job_id}{suffix}")
        except InvalidAuth as err:
            raise CommandError(f"cannot {verb}: {err}") from err
        except CannotConnect as err:
            raise CommandError(f"cannot {verb}: {err}") from err
        if answer.status in (200, 204):
            await self.async_poll_now()
            return
        detail = _error_text(answer)
        if answer.status == 409:
            raise CommandError(f"the printer refused to {verb} the job{detail}")
        if answer.status == 404:
            raise CommandError(f"cannot {verb}: the job is gone{detail}")
        raise CommandError(f"cannot {verb}: HTTP {answer.status}{detail}")

    # ---- polling --------------------------------------------------------------------------------

    async def _run(self) -> None:
        assert self._wake is not None
        while True:
            self._wake.clear()  # a wake-up during the poll (a command) polls again at once
            try:
                await self._poll()
            except PrinterClientError as err:
                self._note_failure(err)
            except Exception as err:  # a bug must not end polling
                _LOGGER.exception("PrusaLink %s: poll failed", self._config.host)
                self._note_failure(CannotConnect(f"unexpected answer ({type(err).__name__})"))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self._next_delay())

    def _next_delay(self) -> float:
        if self._failures:
            step = self._poll_printing_s * 2.0 ** min(self._failures - 1, 16)
            return min(self._poll_offline_max_s, step)
        snap = self.snapshot
        if snap.active or snap.native_state == "ATTENTION":
            return self._poll_printing_s
        return self._poll_idle_s

    async def _poll(self) -> None:
        loop = self._loop
        assert loop is not None
        if self._identity_needed or self._state is None:
            await self._fetch_identity()
        state = self._state
        assert state is not None
        status = await self._http.get_json("/api/v1/status")
        assert status is not None
        job: dict[str, Any] | None = None
        fetched = state.wants_job(status)
        if fetched:
            job = await self._http.get_json("/api/v1/job")
        self._last_msg = loop.time()
        self._note_success()
        self._dispatch(state.ingest(status, job, _utcnow(), job_fetched=fetched))

    async def _fetch_identity(self) -> None:
        version = await self._http.get_json("/api/version") or {}
        details = await self._http.get_json("/api/v1/info", optional=True)
        info = build_info(version, details, self._config.host)
        if self._info is not None and info.serial != self._info.serial:
            raise WrongSerial(
                f"another printer answers at {self._config.host} (serial {info.serial})"
            )
        self._info = info
        camera = (details or {}).get("active_camera")
        self._has_camera = camera if isinstance(camera, bool) else None
        if self._state is None:
            self._state = PrusaLinkState(info.serial)
        self._identity_needed = False

    def _note_success(self) -> None:
        if self._failures and self._ever_connected:
            self._reconnects += 1
            _LOGGER.info("PrusaLink %s: answering again", self._config.host)
        self._failures = 0
        self._last_error = None
        self._connected = True
        self._ever_connected = True

    def _note_failure(self, err: PrinterClientError) -> None:
        self._failures += 1
        self._last_error = err
        self._connected = False
        if self._failures == 1:
            _LOGGER.warning("PrusaLink %s: %s", self._config.host, err)
        else:
            _LOGGER.debug("PrusaLink %s: %s", self._config.host, err)
        if self._failures >= self._offline_after:
            self._identity_needed = True  # firmware may change across a printer restart
            if self._state is not None:
                self._dispatch(self._state.connection_lost(_utcnow()))
            elif self._failures == self._offline_after:
                # never reached: still tell the consumer once that it is offline
                self._dispatch((PrinterSnapshot(), []))

    def _dispatch(self, result: Result) -> None:
        snap, events = result
        # events first: the consumer's reconciliation must see an explicit outcome before a
        # snapshot of the same poll (farm/runs.py event ordering contract)
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


def _error_text(answer: _Answer) -> str:
    """ ": <text>" from a PrusaLink error body (JSON {title, text} or text/plain)."""
    text: str | None = None
    if answer.content_type == "application/json":
        with contextlib.suppress(ValueError):
            value = _loads(answer.body)
            if isinstance(value, dict):
                text = to_str(value.get("text")) or to_str(value.get("title"))
    elif answer.body:
        text = to_str(answer.body[:200].decode("utf-8", "replace"))
    return f": {text}" if text else ""


# --------------------------------------------------------------------------------------------
# Probe (config flow)
# --------------------------------------------------------------------------------------------


async def async_probe(
    config: PrusaLinkConfig,
    session: aiohttp.ClientSession,
    timeout: float = 10.0,  # noqa: ASYNC109 - part of the agreed API
) -> PrinterInfo:
    """Read ``/api/version`` and ``/api/v1/info`` once with the given credentials.

    Raises CannotConnect (unreachable, timeout, not a PrusaLink v1 printer) or InvalidAuth
    (401 after the digest answer / API key).
    """
    http = _Http(config, session, timeout)
    try:
        async with asyncio.timeout(timeout):
            version = await http.get_json("/api/version") or {}
            details = await http.get_json("/api/v1/info", optional=True)
    except TimeoutError as err:
        raise CannotConnect("timed out") from err
    if details is None:
        raise CannotConnect("the printer does not offer the PrusaLink v1 API (firmware too old?)")
    return build_info(version, details, config.host)


__all__ = [
    "BRAND",
    "PRINTER_TYPES",
    "JobDetails",
    "PrusaLinkClient",
    "PrusaLinkConfig",
    "PrusaLinkState",
    "async_probe",
    "build_info",
    "identify_model",
    "map_status",
]
