"""Klipper via Moonraker: JSON-RPC over a websocket, pushed status, run events (PROTOCOLS §3, §8).

Layout (same split as ``bambu.py``):
- ``MoonrakerState``: the pure, synchronous ingest component. The client feeds it the result
  of a (re)sync, ``notify_status_update`` diffs, ``notify_history_changed`` entries, Klippy
  state changes and file metadata; it returns a new ``PrinterSnapshot`` (only when a
  normalized field changed) plus ``RunEvent``s. No I/O, no clock reads (``now`` is passed in).
- ``MoonrakerClient``: one websocket per printer on the caller's aiohttp session, JSON-RPC with
  request ids and timeouts (``moonraker_rpc``), ``server.info`` / Klippy start-up handling,
  ``printer.objects.subscribe``, history reconciliation, metadata at job start, webcams,
  reconnect with exponential backoff, a stale watchdog, and pause/resume/cancel/emergency stop.
- ``async_probe``: connect once, authenticate, read identity (config flow).

Jobs. Moonraker's history ``job_id`` (with its start time) is the job key; a job is detected
from the ``print_stats.state`` edges the way Moonraker's own ``job_state`` does (so a job that
jumps ``error -> complete`` still counts) and from ``notify_history_changed``. ``job_started``
waits (at most ``key_wait_s``) for the history id and the file's metadata; events of that job
in the meantime are queued and follow it in order. Outcomes: complete -> success, cancelled or
printing -> standby -> cancelled, error -> failed (Klipper's message as reason), Klippy
shutdown mid-job -> failed, an emergency stop we sent -> cancelled. After every (re)connect the
recent history is replayed as ``job_ended`` events (the consumer ignores keys it has no open
run for), and a running job is re-attached with the same key.

No Home Assistant imports here. The API key is never logged.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Callable, Coroutine, Iterable, Mapping
import contextlib
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
import json
import logging
import os
from pathlib import PurePosixPath
import re
from typing import Any, Final
from urllib.parse import urljoin

import aiohttp
from yarl import URL

from .coerce import round1, to_float, to_int, to_str
from .common import ConnectionStats, diff_errors as _diff_errors, utcnow as _utcnow
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
    StartError,
    TlsError,
    UploadError,
    UploadOptions,
    UploadResult,
)
from .moonraker_rpc import RpcClosed, RpcConnection, RpcError
from .upload import (
    FileSource,
    Progress,
    ProgressCallback,
    StreamPayload,
    describe,
    json_body,
    multipart_form,
    safe_remote_name,
)

_LOGGER = logging.getLogger(__name__)

BRAND: Final = "moonraker"
DEFAULT_PORT: Final = 7125
CLIENT_NAME: Final = "odin"
CLIENT_VERSION: Final = "0.1.0"
CLIENT_URL: Final = "https://github.com/odin-ha/odin"

KEY_WAIT_S: Final = 5.0
"""At most this long a new job waits for its history id and metadata before job_started."""
HISTORY_SYNC_LIMIT: Final = 10
"""How many recent history jobs a (re)sync replays as job_ended (idempotent downstream)."""
KLIPPY_RETRY_S: Final = 2.0
"""Poll ``server.info`` this often while Klippy starts up or is disconnected."""
KLIPPY_FAULT_RETRY_S: Final = 10.0
"""... and this often while it is shut down or in error (notify_klippy_ready is the fast path)."""
ESTOP_WINDOW: Final = timedelta(seconds=10)
"""A Klippy shutdown this soon after our emergency stop is that stop (an operator action)."""
REATTACH_TOLERANCE_S: Final = 300.0
"""An ``interrupted`` history job (Moonraker restarted mid-print) is the running print when its
start time agrees with ``now - print_stats.total_duration`` within this many seconds."""
PREPARING_FILAMENT_MM: Final = 1e-3
METADATA_CACHE: Final = 16
MAX_WS_MESSAGE: Final = 32 * 1024 * 1024
# what ``POST /server/files/upload`` takes into the gcodes root (PROTOCOLS §3.5)
UPLOAD_EXTENSIONS: Final = (".gcode", ".g", ".gco", ".ufp", ".nc")

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

# Objects the client subscribes to (all fields). Unknown objects are silently omitted.
SUBSCRIBED_OBJECTS: Final = (
    "print_stats",
    "virtual_sdcard",
    "display_status",
    "heater_bed",
    "extruder",
    "webhooks",
)
_CHAMBER_PREFIXES: Final = ("heater_generic ", "temperature_sensor ", "temperature_fan ")


# --------------------------------------------------------------------------------------------
# Configuration, webcams, small parsing helpers
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MoonrakerConfig:
    """How to reach one Moonraker instance. The API key never appears in the repr."""

    host: str
    port: int = DEFAULT_PORT
    api_key: str | None = field(default=None, repr=False)
    ssl: bool = False  # wss/https with normal certificate verification

    def http_url(self, path: str = "/") -> URL:
        """``http(s)://host:port/path`` (IPv6 hosts bracketed)."""
        return URL.build(
            scheme="https" if self.ssl else "http", host=self.host, port=self.port, path=path
        )

    def ws_url(self) -> URL:
        """``ws(s)://host:port/websocket``."""
        return URL.build(
            scheme="wss" if self.ssl else "ws", host=self.host, port=self.port, path="/websocket"
        )

    def web_base(self) -> str:
        """Where relative webcam URLs live: the web UI host (default port, not Moonraker's)."""
        return str(URL.build(scheme="https" if self.ssl else "http", host=self.host, path="/"))

    def headers(self) -> dict[str, str]:
        """Request headers (the API key, if any)."""
        return {"X-Api-Key": self.api_key} if self.api_key else {}

    @property
    def fallback_serial(self) -> str:
        """The unique id when the instance uuid cannot be read."""
        return f"{self.host}:{self.port}"


@dataclass(frozen=True, slots=True)
class Webcam:
    """One configured webcam (``server.webcams.list``) with absolute URLs."""

    name: str
    stream_url: str | None
    snapshot_url: str | None
    service: str | None = None
    enabled: bool = True
    flip_horizontal: bool = False
    flip_vertical: bool = False
    rotation: int = 0
    uid: str | None = None


def _absolute_url(base: str, value: Any) -> str | None:
    text = to_str(value)
    if text is None:
        return None
    return urljoin(base, text)


def parse_webcams(result: Any, config: MoonrakerConfig) -> tuple[Webcam, ...]:
    """``server.webcams.list`` result (or ``notify_webcams_changed`` params) -> Webcams.

    Relative URLs (``/webcam/?action=stream``) are joined with the web host
    (``http(s)://host/``, PROTOCOLS §3.6); absolute ones are kept; "" becomes None.
    """
    items = result.get("webcams") if isinstance(result, Mapping) else result
    if not isinstance(items, list):
        return ()
    base = config.web_base()
    cams: list[Webcam] = []
    for item in items:
        if not isinstance(item, Mapping):
            continue
        name = to_str(item.get("name")) or f"webcam {len(cams) + 1}"
        cams.append(
            Webcam(
                name=name,
                stream_url=_absolute_url(base, item.get("stream_url")),
                snapshot_url=_absolute_url(base, item.get("snapshot_url")),
                service=to_str(item.get("service")),
                enabled=item.get("enabled") is not False,
                flip_horizontal=bool(item.get("flip_horizontal")),
                flip_vertical=bool(item.get("flip_vertical")),
                rotation=to_int(item.get("rotation")) or 0,
                uid=to_str(item.get("uid")),
            )
        )
    return tuple(cams)


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


def error_key(message: str | None, default: str = "klipper_error") -> str:
    """A short, stable key for a Klipper error text (PrinterError.code / error_code).

    ``Move out of range: 300.000 0.000 1.000 [0.000]`` -> ``move_out_of_range``;
    ``MCU 'mcu' shutdown: Timer too close`` -> ``mcu_shutdown_timer_too_close``.
    Numbers and quoted names are dropped so every occurrence of an error shares its key.
    """
    line = _first_line(message)
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
    """Normalized status (PROTOCOLS §8.2) from the Klippy state and ``print_stats.state``."""
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
    """``corexy`` -> ``Klipper CoreXY`` (Klipper has no model field; PROTOCOLS §3.6)."""
    if not kinematics:
        return None
    label = KINEMATICS_NAMES.get(kinematics.casefold(), kinematics)
    return f"Klipper {label}"


# --------------------------------------------------------------------------------------------
# The ingest component
# --------------------------------------------------------------------------------------------


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
        self._ps_state = self._ps().get("state")
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
            if action == "finished" and job.active and status != _HISTORY_OPEN:
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
            data["native_state"] = ps.get("state")
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
            status = latest.get("status")
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
                "native_state": entry.get("status"),
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
                    job, now, outcome, "state", events, reason=reason, code=code, reattached=True
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
            _diff_errors(old.errors, errors, now, snap.job_key, events)
        if snap == old:
            return None, events
        self.snapshot = snap
        return snap, events


# --------------------------------------------------------------------------------------------
# Connection helpers shared by the client and the probe
# --------------------------------------------------------------------------------------------


def classify_connect_error(err: BaseException) -> PrinterClientError:
    """Map a connect-time exception to CannotConnect / InvalidAuth / TlsError."""
    if isinstance(err, PrinterClientError):
        return err
    if isinstance(err, aiohttp.WSServerHandshakeError):
        if err.status in (401, 403):
            return InvalidAuth(f"Moonraker refused the API key (HTTP {err.status})")
        return CannotConnect(f"no Moonraker websocket here (HTTP {err.status})")
    if isinstance(err, aiohttp.ClientResponseError):
        if err.status in (401, 403):
            return InvalidAuth(f"Moonraker refused the API key (HTTP {err.status})")
        return CannotConnect(f"unexpected answer (HTTP {err.status})")
    if isinstance(err, aiohttp.ClientConnectorCertificateError):
        return TlsError(f"the certificate did not verify ({err.certificate_error})")
    if isinstance(err, aiohttp.ClientSSLError):
        return TlsError(f"TLS handshake failed ({err})")
    if isinstance(err, aiohttp.ClientConnectorError):
        return CannotConnect(f"cannot reach Moonraker ({err.os_error.strerror or err})")
    if isinstance(err, TimeoutError):
        return CannotConnect("timed out")
    if isinstance(err, aiohttp.ClientError | OSError):
        return CannotConnect(f"cannot connect ({err})")
    return CannotConnect(f"cannot connect ({type(err).__name__})")


async def _ws_connect(
    session: aiohttp.ClientSession,
    config: MoonrakerConfig,
    *,
    timeout: float,  # noqa: ASYNC109
    heartbeat: float | None,
) -> aiohttp.ClientWebSocketResponse:
    kwargs: dict[str, Any] = {
        "headers": config.headers(),
        "heartbeat": heartbeat,
        "max_msg_size": MAX_WS_MESSAGE,
        "autoping": True,
    }
    if config.ssl:
        kwargs["ssl"] = True  # default verification; never disabled
    try:
        async with asyncio.timeout(timeout):
            ws: aiohttp.ClientWebSocketResponse = await session.ws_connect(
                config.ws_url(), **kwargs
            )
    except Exception as err:
        raise classify_connect_error(err) from err
    return ws


async def _identify(rpc: RpcConnection, config: MoonrakerConfig) -> None:
    """``server.connection.identify`` (with the API key, if any). InvalidAuth on 401."""
    params: dict[str, Any] = {
        "client_name": CLIENT_NAME,
        "version": CLIENT_VERSION,
        "type": "other",
        "url": CLIENT_URL,
    }
    if config.api_key:
        params["api_key"] = config.api_key
    try:
        await rpc.call("server.connection.identify", params)
    except RpcError as err:
        if err.unauthorized:
            raise InvalidAuth("Moonraker refused the API key") from err
        if not err.method_missing:
            _LOGGER.debug("identify failed: %s", err)


async def _call_auth(rpc: RpcConnection, method: str, params: dict[str, Any] | None = None) -> Any:
    """A request whose 401 means InvalidAuth (and any other failure CannotConnect)."""
    try:
        return await rpc.call(method, params)
    except RpcError as err:
        if err.unauthorized:
            raise InvalidAuth("Moonraker requires an API key (or this one is wrong)") from err
        raise CannotConnect(f"{method} failed: {err.message}") from err
    except (RpcClosed, TimeoutError) as err:
        raise CannotConnect(f"{method}: no answer") from err


async def _optional(rpc: RpcConnection, method: str, params: dict[str, Any] | None = None) -> Any:
    """A request whose failure (error, timeout) is tolerated: None."""
    try:
        return await rpc.call(method, params)
    except (RpcError, TimeoutError) as err:
        _LOGGER.debug("%s failed: %s", method, err)
        return None


async def _read_identity(
    rpc: RpcConnection, config: MoonrakerConfig, klippy_state: str | None
) -> tuple[str, dict[str, Any], str | None]:
    """(serial, printer.info, kinematics). The serial is Moonraker's instance uuid (what
    zeroconf advertises as TXT ``uuid``), else ``host:port``."""
    serial = config.fallback_serial
    item = await _optional(
        rpc, "server.database.get_item", {"namespace": "moonraker", "key": "instance_id"}
    )
    if isinstance(item, Mapping):
        value = to_str(item.get("value"))
        if value:
            serial = value
    pinfo: dict[str, Any] = {}
    kinematics = None
    if klippy_state in ("ready", "shutdown", "error", "startup"):
        result = await _optional(rpc, "printer.info")
        if isinstance(result, Mapping):
            pinfo = dict(result)
    if klippy_state in ("ready", "shutdown"):
        query = await _optional(
            rpc, "printer.objects.query", {"objects": {"configfile": ["settings"]}}
        )
        if isinstance(query, Mapping):
            settings = (query.get("status") or {}).get("configfile", {}).get("settings", {})
            if isinstance(settings, Mapping):
                printer = settings.get("printer")
                if isinstance(printer, Mapping):
                    kinematics = to_str(printer.get("kinematics"))
    return serial, pinfo, kinematics


def _printer_info(serial: str, pinfo: Mapping[str, Any], kinematics: str | None) -> PrinterInfo:
    return PrinterInfo(
        serial=serial,
        brand=BRAND,
        model=model_from_kinematics(kinematics),
        model_code=kinematics,
        firmware=to_str(pinfo.get("software_version")),
        name=to_str(pinfo.get("hostname")),
    )


async def async_probe(
    config: MoonrakerConfig,
    session: aiohttp.ClientSession,
    timeout: float = 10.0,  # noqa: ASYNC109 - part of the agreed API
) -> PrinterInfo:
    """Connect once, authenticate and read the identity (config flow).

    Raises CannotConnect, InvalidAuth or TlsError. Klippy need not be ready (the firmware /
    model then stay None).
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout

    def remaining() -> float:
        return max(0.1, deadline - loop.time())

    ws = await _ws_connect(session, config, timeout=remaining(), heartbeat=None)
    rpc = RpcConnection(ws, lambda _m, _p: None, timeout=remaining())
    reader = loop.create_task(rpc.run(), name="odin moonraker probe reader")
    try:
        async with asyncio.timeout(remaining()):
            await _identify(rpc, config)
            info = await _call_auth(rpc, "server.info")
            if not isinstance(info, Mapping):
                raise CannotConnect("server.info: unexpected answer")
            klippy_state = to_str(info.get("klippy_state"))
            serial, pinfo, kinematics = await _read_identity(rpc, config, klippy_state)
            return _printer_info(serial, pinfo, kinematics)
    except TimeoutError as err:
        raise CannotConnect("Moonraker did not answer in time") from err
    finally:
        await rpc.close()
        reader.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await reader


# --------------------------------------------------------------------------------------------
# Client
# --------------------------------------------------------------------------------------------


class MoonrakerClient(ConnectionStats):
    """One Moonraker connection (fulfils ``printers.base.PrinterClient``). Event loop only."""

    def __init__(
        self,
        config: MoonrakerConfig,
        session: aiohttp.ClientSession,
        *,
        on_snapshot: Callable[[PrinterSnapshot], None],
        on_event: Callable[[RunEvent], None],
        reconnect_min_s: float = 1.0,
        reconnect_max_s: float = 60.0,
        stale_after_s: float = 120.0,
        request_timeout_s: float = 10.0,
        key_wait_s: float = KEY_WAIT_S,
    ) -> None:
        """Prepare; nothing connects before ``async_start``. The session stays the caller's."""
        self._config = config
        self._session = session
        self._on_snapshot = on_snapshot
        self._on_event = on_event
        self._reconnect_min_s = reconnect_min_s
        self._reconnect_max_s = max(reconnect_max_s, reconnect_min_s)
        self._stale_after_s = stale_after_s
        self._request_timeout_s = request_timeout_s
        self._state = MoonrakerState(key_wait_s=key_wait_s)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[None] | None = None
        self._stop_event: asyncio.Event | None = None
        self._rpc: RpcConnection | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._connected = False
        self._stopping = False
        self._ever_connected = False
        self._reconnects = 0
        self._failures = 0
        self._last_error: PrinterClientError | None = None
        self._last_msg: float | None = None
        self._probed = False
        self._info: PrinterInfo | None = None
        self._kinematics: str | None = None
        self._webcams: tuple[Webcam, ...] = ()
        self._syncing = False
        self._buffer: list[tuple[str, list[Any]]] = []
        self._sync_lock: asyncio.Lock | None = None
        self._md_inflight: set[str] = set()
        self._stale_timer: asyncio.TimerHandle | None = None
        self._deadline_timer: asyncio.TimerHandle | None = None
        self._deadline: datetime | None = None
        self._klippy_timer: asyncio.TimerHandle | None = None

    def __repr__(self) -> str:
        """No secrets."""
        cfg = self._config
        return f"<MoonrakerClient {cfg.host}:{cfg.port} connected={self._connected}>"

    # ---- public API -------------------------------------------------------------------------

    @property
    def snapshot(self) -> PrinterSnapshot:
        """The latest normalized state."""
        return self._state.snapshot

    @property
    def info(self) -> PrinterInfo | None:
        """Identity (instance uuid, kinematics, Klipper version, hostname) once synced."""
        return self._info

    @property
    def klippy_state(self) -> str | None:
        """The last known Klippy state."""
        return self._state.klippy_state

    @property
    def webcams(self) -> list[Webcam]:
        """Configured webcams with absolute stream / snapshot URLs."""
        return list(self._webcams)

    async def async_start(self) -> None:
        """Start connecting in the background; returns at once."""
        if self._task is not None:
            return
        self._loop = asyncio.get_running_loop()
        self._stopping = False
        self._stop_event = asyncio.Event()
        self._sync_lock = asyncio.Lock()
        self._task = self._loop.create_task(
            self._run(), name=f"odin moonraker {self._config.host}:{self._config.port}"
        )

    async def async_stop(self) -> None:
        """Close the websocket, cancel every task and timer. Leaves nothing running."""
        self._stopping = True
        if self._stop_event is not None:
            self._stop_event.set()
        rpc = self._rpc
        if rpc is not None:
            await rpc.close()
        task = self._task
        if task is not None:
            # a connect in progress is not interrupted by closing: give it a moment, then cancel
            done, _pending = await asyncio.wait({task}, timeout=2.0)
            if not done:
                task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                pass
            except Exception:
                _LOGGER.exception("Moonraker %s: supervisor failed", self._config.host)
        self._task = None
        await self._cancel_tasks()
        self._cancel_timers()

    async def async_pause(self) -> None:
        """``printer.print.pause``. Raises CommandError when not connected or refused."""
        await self._command("printer.print.pause")

    async def async_resume(self) -> None:
        """``printer.print.resume``."""
        await self._command("printer.print.resume")

    async def async_stop_print(self) -> None:
        """``printer.print.cancel`` (an operator stop: the run ends as cancelled)."""
        await self._command("printer.print.cancel")

    async def async_emergency_stop(self) -> None:
        """``printer.emergency_stop`` (Klippy shuts down; the run ends as cancelled)."""
        self._state.note_emergency_stop(_utcnow())
        await self._command("printer.emergency_stop")

    @property
    def has_camera(self) -> bool:
        """True when an enabled webcam has a snapshot URL."""
        return any(cam.enabled and cam.snapshot_url for cam in self._webcams)

    async def async_camera_image(self) -> bytes | None:
        """One JPEG from the first enabled webcam with a snapshot URL (None: no webcam)."""
        if not self.has_camera:
            return None
        return await self.async_fetch_snapshot()

    async def async_fetch_snapshot(
        self,
        webcam: Webcam | None = None,
        timeout: float = 10.0,  # noqa: ASYNC109
    ) -> bytes:
        """One JPEG from ``webcam`` (default: the first enabled one with a snapshot URL)."""
        cam = webcam
        if cam is None:
            cam = next((c for c in self._webcams if c.enabled and c.snapshot_url), None)
        if cam is None or not cam.snapshot_url:
            raise CommandError("no webcam with a snapshot URL is configured")
        try:
            async with (
                asyncio.timeout(timeout),
                self._session.get(cam.snapshot_url) as response,
            ):
                response.raise_for_status()
                return await response.read()
        except (aiohttp.ClientError, TimeoutError, OSError) as err:
            raise CannotConnect(f"cannot fetch the webcam snapshot ({err})") from err

    async def async_upload_and_start(
        self,
        name: str,
        data: bytes | str | os.PathLike[str],
        options: UploadOptions = UploadOptions(),  # noqa: B008 (frozen dataclass; unused here)
        *,
        progress: ProgressCallback | None = None,
        timeout_s: float = 120.0,
    ) -> UploadResult:
        """``POST /server/files/upload`` (multipart, root ``gcodes``, SHA-256 checksum that
        Moonraker verifies) on the caller's session, then ``printer.print.start``.

        ``name`` is made safe (``upload.safe_remote_name``); ``progress(bytes_sent, total)``
        runs on the loop; ``timeout_s`` bounds each wait for the printer. Raises UploadError
        (nothing was started) or StartError (the file is stored; the start was refused).
        """
        remote = safe_remote_name(name, UPLOAD_EXTENSIONS)
        if self._rpc is None or not self._connected:
            raise UploadError(
                f"Moonraker {self._config.host} is not connected",
                stage="prepare",
                reason="not_connected",
            )
        source = await FileSource.create(data)
        checksum = await source.sha256()
        prefix, suffix, content_type = multipart_form(
            {"root": "gcodes", "checksum": checksum}, "file", remote
        )
        payload = StreamPayload(
            source,
            content_type=content_type,
            progress=Progress(progress, source.size),
            prefix=prefix,
            suffix=suffix,
        )
        timeout = aiohttp.ClientTimeout(total=None, sock_connect=timeout_s, sock_read=timeout_s)
        try:
            async with self._session.post(
                self._config.http_url("/server/files/upload"),
                data=payload,
                headers={**self._config.headers(), "Content-Type": content_type},
                timeout=timeout,
                ssl=True,  # default verification for https; never disabled
            ) as response:
                status = response.status
                body = await response.read()
        except TimeoutError as err:
            raise UploadError("the upload to Moonraker timed out", reason="timeout") from err
        except (aiohttp.ClientError, OSError) as err:
            raise UploadError(
                f"the upload to Moonraker failed ({describe(err)})", reason="network"
            ) from err
        answer = json_body(body)
        if status not in (200, 201):
            raise UploadError(
                f"Moonraker refused the upload (HTTP {status}{_rpc_error_text(answer)})",
                reason=_UPLOAD_REASONS.get(status, "refused"),
            )
        if isinstance(answer, Mapping) and isinstance(answer.get("result"), Mapping):
            answer = answer["result"]
        item = answer.get("item") if isinstance(answer, Mapping) else None
        path = remote
        if isinstance(item, Mapping):
            path = to_str(item.get("path")) or remote
            size = item.get("size")
            if isinstance(size, int) and size != source.size:
                raise UploadError(
                    f"Moonraker stored {size} of {source.size} bytes", reason="size_mismatch"
                )
        rpc = self._rpc
        if rpc is None or not self._connected:
            raise StartError(
                f"{path} is on the printer, but Moonraker disconnected", reason="not_connected"
            )
        try:
            await rpc.call("printer.print.start", {"filename": path})
        except RpcError as err:
            raise StartError(f"Moonraker refused to print {path}: {err.message}") from err
        except (RpcClosed, TimeoutError) as err:
            raise StartError(
                f"printer.print.start: no answer from Moonraker for {path}", reason="no_ack"
            ) from err
        return UploadResult(remote_name=path, size=source.size)

    async def _command(self, method: str) -> None:
        rpc = self._rpc
        if rpc is None or not self._connected:
            raise CommandError(f"Moonraker {self._config.host} is not connected")
        try:
            await rpc.call(method)
        except RpcError as err:
            raise CommandError(f"Moonraker refused {method}: {err.message}") from err
        except (RpcClosed, TimeoutError) as err:
            raise CommandError(f"{method}: no answer from Moonraker") from err

    # ---- supervisor -------------------------------------------------------------------------

    async def _run(self) -> None:
        assert self._stop_event is not None
        delay = self._reconnect_min_s
        while not self._stopping:
            synced = False
            try:
                synced = await self._session_once()
            except (PrinterClientError, TimeoutError) as err:
                if not self._stopping:
                    self._note_failure(classify_connect_error(err))
            except Exception:
                _LOGGER.exception("Moonraker %s: unexpected error", self._config.host)
                self._note_failure(CannotConnect("unexpected error"))
            finally:
                await self._end_session()
            if self._stop_requested():
                break
            if synced:
                delay = self._reconnect_min_s
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop_event.wait(), timeout=delay)
            delay = min(delay * 2, self._reconnect_max_s)

    async def _session_once(self) -> bool:
        """Connect, identify, sync, then read until the socket closes. True once synced."""
        loop = self._loop
        assert loop is not None
        # No aiohttp heartbeat: Moonraker pushes notify_proc_stat_update every second, so the
        # stale watchdog (last frame age) notices a dead link on its own.
        ws = await _ws_connect(
            self._session, self._config, timeout=self._request_timeout_s, heartbeat=None
        )
        rpc = RpcConnection(
            ws, self._on_notify, timeout=self._request_timeout_s, on_message=self._touch
        )
        self._rpc = rpc
        reader = loop.create_task(rpc.run(), name="odin moonraker reader")
        synced = False
        try:
            if self._stopping:
                return False
            self._touch()
            self._schedule_stale_check()
            await _identify(rpc, self._config)
            await self._full_sync(rpc, first=True)
            synced = True
            self._connected = True
            self._last_error = None
            if self._failures or self._ever_connected:
                _LOGGER.info("Moonraker %s: connected", self._config.host)
            self._failures = 0
            if self._ever_connected:
                self._reconnects += 1
            self._ever_connected = True
            await asyncio.shield(reader)
        finally:
            self._connected = False
            await rpc.close()
            if not reader.done():
                reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await reader
        return synced

    async def _end_session(self) -> None:
        self._rpc = None
        self._connected = False
        self._syncing = False
        self._buffer.clear()
        self._cancel_timers()
        await self._cancel_tasks()
        self._md_inflight.clear()
        if self._state.linked:
            result = self._state.connection_lost(_utcnow())
            if not self._stopping:
                self._dispatch(result)

    def _stop_requested(self) -> bool:
        return self._stopping

    def _note_failure(self, err: PrinterClientError) -> None:
        self._last_error = err
        self._failures += 1
        if self._failures == 1:
            _LOGGER.warning("Moonraker %s: %s", self._config.host, err)
        else:
            _LOGGER.debug("Moonraker %s: %s", self._config.host, err)

    # ---- sync -------------------------------------------------------------------------------

    async def _full_sync(self, rpc: RpcConnection, *, first: bool = False) -> None:
        """server.info; when Klippy is ready: printer.info, subscribe, history, webcams."""
        assert self._sync_lock is not None
        async with self._sync_lock:
            self._syncing = True
            try:
                await self._sync_locked(rpc, first=first)
            finally:
                self._syncing = False
                buffered, self._buffer = self._buffer, []
                for method, params in buffered:
                    self._handle_notify(method, params)

    async def _sync_locked(self, rpc: RpcConnection, *, first: bool) -> None:
        info = await _call_auth(rpc, "server.info")
        if not isinstance(info, Mapping):
            raise CannotConnect("server.info: unexpected answer")
        klippy_state = to_str(info.get("klippy_state")) or "disconnected"
        components = info.get("components")
        has_history = not isinstance(components, list) or "history" in components
        if first or self._info is None:
            serial, pinfo, kinematics = await _read_identity(rpc, self._config, klippy_state)
            self._kinematics = kinematics or self._kinematics
            self._info = _printer_info(serial, pinfo, self._kinematics)
        cams = await _optional(rpc, "server.webcams.list")
        if cams is not None:
            self._webcams = parse_webcams(cams, self._config)
        now = _utcnow()
        if klippy_state != "ready":
            message = None
            if klippy_state != "disconnected":
                pinfo = await _optional(rpc, "printer.info")
                if isinstance(pinfo, Mapping):
                    message = to_str(pinfo.get("state_message"))
            self._dispatch(
                self._state.sync(
                    klippy_state=klippy_state,
                    klippy_message=message,
                    status=None,
                    history=None,
                    now=now,
                    has_history=has_history,
                )
            )
            self._schedule_klippy_poll(klippy_state)
            return
        try:
            pinfo = await rpc.call("printer.info")
            listed = await rpc.call("printer.objects.list")
            objects = listed.get("objects") if isinstance(listed, Mapping) else None
            names = [o for o in objects if isinstance(o, str)] if isinstance(objects, list) else []
            chamber = _find_chamber(names)
            wanted: dict[str, None] = dict.fromkeys(SUBSCRIBED_OBJECTS)
            if chamber is not None:
                wanted[chamber] = None
            sub = await rpc.call("printer.objects.subscribe", {"objects": wanted})
        except RpcError as err:
            # Klippy went away between server.info and subscribe: try again shortly
            _LOGGER.debug("Moonraker %s: subscribe failed: %s", self._config.host, err)
            self._schedule_klippy_poll("startup")
            return
        if self._kinematics is None:
            _serial, _p, kinematics = await _read_identity(rpc, self._config, "ready")
            if kinematics is not None and self._info is not None:
                self._kinematics = kinematics
                self._info = _printer_info(self._info.serial, pinfo, kinematics)
        elif isinstance(pinfo, Mapping) and self._info is not None:
            self._info = _printer_info(self._info.serial, pinfo, self._kinematics)
        history: list[Any] = []
        if has_history:
            listed_jobs = await _optional(
                rpc, "server.history.list", {"limit": HISTORY_SYNC_LIMIT, "order": "desc"}
            )
            if isinstance(listed_jobs, Mapping) and isinstance(listed_jobs.get("jobs"), list):
                history = listed_jobs["jobs"]
        status = sub.get("status") if isinstance(sub, Mapping) else None
        if not isinstance(status, Mapping):
            raise CannotConnect("printer.objects.subscribe: unexpected answer")
        webhooks = status.get("webhooks")
        message = None
        if isinstance(webhooks, Mapping):
            message = to_str(webhooks.get("state_message"))
        self._cancel_klippy_poll()
        self._dispatch(
            self._state.sync(
                klippy_state="ready",
                klippy_message=message,
                status=status,
                history=history,
                now=_utcnow(),
                has_history=has_history,
                chamber=chamber,
            )
        )

    def _resync_soon(self) -> None:
        rpc = self._rpc
        if rpc is None or self._stopping:
            return
        self._spawn(self._resync(rpc))

    async def _resync(self, rpc: RpcConnection) -> None:
        try:
            await self._full_sync(rpc)
        except InvalidAuth as err:
            self._note_failure(err)
            await rpc.close()
        except (PrinterClientError, TimeoutError) as err:
            _LOGGER.debug("Moonraker %s: resync failed: %s", self._config.host, err)
            if not rpc.closed:
                self._schedule_klippy_poll("startup")

    # ---- notifications ------------------------------------------------------------------------

    def _touch(self) -> None:
        if self._loop is not None:
            self._last_msg = self._loop.time()
        self._probed = False

    def _on_notify(self, method: str, params: list[Any]) -> None:
        if self._stopping:
            return
        if self._syncing or not self._state.linked:
            self._buffer.append((method, params))
            return
        self._handle_notify(method, params)

    def _handle_notify(self, method: str, params: list[Any]) -> None:
        now = _utcnow()
        first = params[0] if params else None
        match method:
            case "notify_status_update":
                if isinstance(first, Mapping):
                    self._dispatch(self._state.status_update(first, now))
            case "notify_history_changed":
                if isinstance(first, Mapping) and isinstance(first.get("job"), Mapping):
                    action = to_str(first.get("action")) or ""
                    self._dispatch(self._state.history_changed(action, first["job"], now))
            case "notify_klippy_ready":
                self._resync_soon()
            case "notify_klippy_shutdown":
                self._dispatch(self._state.klippy_changed("shutdown", None, now))
                self._resync_soon()
            case "notify_klippy_disconnected":
                self._dispatch(self._state.klippy_changed("disconnected", None, now))
                self._schedule_klippy_poll("disconnected")
            case "notify_webcams_changed":
                if first is not None:
                    self._webcams = parse_webcams(first, self._config)
            case _:
                pass

    def _dispatch(self, result: Result) -> None:
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
        if not self._stopping:
            self._service()

    def _service(self) -> None:
        """Fetch wanted metadata; keep the job-start deadline timer in step."""
        state = self._state
        rpc = self._rpc
        filename = state.wanted_metadata
        if filename is not None and rpc is not None and filename not in self._md_inflight:
            self._md_inflight.add(filename)
            self._spawn(self._fetch_metadata(rpc, filename))
        deadline = state.next_deadline
        if deadline != self._deadline:
            if self._deadline_timer is not None:
                self._deadline_timer.cancel()
                self._deadline_timer = None
            self._deadline = deadline
            if deadline is not None and self._loop is not None:
                delay = max(0.0, (deadline - _utcnow()).total_seconds())
                self._deadline_timer = self._loop.call_later(delay, self._deadline_expired)

    def _deadline_expired(self) -> None:
        self._deadline_timer = None
        deadline = self._deadline
        self._deadline = None
        if deadline is None or self._stopping:
            return
        self._dispatch(self._state.tick(max(_utcnow(), deadline)))

    async def _fetch_metadata(self, rpc: RpcConnection, filename: str) -> None:
        metadata: dict[str, Any] | None = None
        try:
            result = await rpc.call("server.files.metadata", {"filename": filename})
            if isinstance(result, Mapping):
                metadata = dict(result)
        except RpcClosed:
            return  # the session ended: the next sync asks again
        except (RpcError, TimeoutError) as err:
            _LOGGER.debug("metadata of %s unavailable: %s", filename, err)
        finally:
            self._md_inflight.discard(filename)
        if self._stopping or rpc.closed:
            return
        self._dispatch(self._state.set_metadata(filename, metadata, _utcnow()))

    # ---- tasks and timers ---------------------------------------------------------------------

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> None:
        assert self._loop is not None
        task = self._loop.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            _LOGGER.error(
                "Moonraker %s: background task failed",
                self._config.host,
                exc_info=task.exception(),
            )

    async def _cancel_tasks(self) -> None:
        current = asyncio.current_task()
        tasks = [t for t in self._tasks if t is not current]
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task

    def _cancel_timers(self) -> None:
        for name in ("_stale_timer", "_deadline_timer", "_klippy_timer"):
            timer = getattr(self, name)
            if timer is not None:
                timer.cancel()
            setattr(self, name, None)
        self._deadline = None

    def _schedule_klippy_poll(self, klippy_state: str) -> None:
        self._cancel_klippy_poll()
        if self._loop is None or self._stopping:
            return
        delay = (
            KLIPPY_RETRY_S
            if klippy_state in ("startup", "disconnected")
            else (KLIPPY_FAULT_RETRY_S)
        )
        self._klippy_timer = self._loop.call_later(delay, self._klippy_poll)

    def _cancel_klippy_poll(self) -> None:
        if self._klippy_timer is not None:
            self._klippy_timer.cancel()
        self._klippy_timer = None

    def _klippy_poll(self) -> None:
        self._klippy_timer = None
        if self._state.klippy_state == "ready" and self._state.linked:
            return
        self._resync_soon()

    def _schedule_stale_check(self) -> None:
        if self._stale_timer is not None:
            self._stale_timer.cancel()
        self._stale_timer = None
        if self._loop is None or self._stopping:
            return
        interval = max(0.05, min(self._stale_after_s / 4, 5.0))
        self._stale_timer = self._loop.call_later(interval, self._stale_check)

    def _stale_check(self) -> None:
        self._stale_timer = None
        loop = self._loop
        rpc = self._rpc
        if loop is None or rpc is None or self._stopping or rpc.closed:
            return
        age = loop.time() - (self._last_msg or loop.time())
        if age >= self._stale_after_s:
            _LOGGER.warning(
                "Moonraker %s: no message for %.0f s, reconnecting", self._config.host, age
            )
            self._spawn(rpc.close())
            return
        if age >= self._stale_after_s / 2 and not self._probed:
            self._probed = True  # a quiet link: ask once before declaring it dead
            self._spawn(_optional(rpc, "server.info"))
        self._schedule_stale_check()


_UPLOAD_REASONS: Final[Mapping[int, str]] = {
    400: "file_type",
    401: "auth",
    403: "auth",
    404: "storage",
    409: "busy",
    413: "too_large",
    422: "size_mismatch",
}


def _rpc_error_text(answer: Any) -> str:
    """ ": <message>" of a Moonraker HTTP error body ``{"error": {"message"}}``."""
    error = answer.get("error") if isinstance(answer, Mapping) else None
    message = to_str(error.get("message")) if isinstance(error, Mapping) else None
    return f": {message[:160]}" if message else ""


def _find_chamber(names: Iterable[str]) -> str | None:
    for name in names:
        lower = name.casefold()
        if lower.startswith(_CHAMBER_PREFIXES) and "chamber" in lower:
            return name
    return None


__all__ = [
    "BRAND",
    "DEFAULT_PORT",
    "MoonrakerClient",
    "MoonrakerConfig",
    "MoonrakerState",
    "Webcam",
    "async_probe",
    "error_key",
    "fallback_key",
    "history_key",
    "map_status",
    "model_from_kinematics",
    "parse_filament",
    "parse_webcams",
]
