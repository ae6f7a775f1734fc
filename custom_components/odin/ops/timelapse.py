"""Timelapses: capture frames while printing, stitch them with ffmpeg, keep and purge videos.

One :class:`TimelapseManager` per farm entry (``FarmRuntime.timelapse``). It listens to every
printer hub (and to printers added later) and runs one :class:`CaptureSchedule` per printer
(``farm/timelapse.py``: printing → capture, paused/offline → hold, ended → stitch), so every
brand records the same way and a pause or a brief disconnect never splits the video.

* Frames come from HA's camera API (``camera.async_get_image``): the printer's own camera
  entity (``camera.py``) or the HA camera mapped in the printer's options
  (``camera_entity``). They are written off the loop (executor) as
  ``<config>/odin/timelapses/<run id>/000001.jpg`` … (temp name + rename), after a free-space
  check: below the farm's minimum the run's capture stops and a repair issue is raised.
* When the run ends (any outcome) the frames are stitched by HA's ffmpeg binary (the ffmpeg
  integration's, ``ffmpeg`` otherwise) in a subprocess — one at a time, killed on unload —
  into ``<run id>/timelapse.mp4``; the last frame is kept as the poster, the other frames
  are deleted and a ``timelapses`` row is written. A failed stitch keeps the frames and
  raises a repair issue with ffmpeg's reason; it is retried at the next start and daily.
* Retention: daily (04:20 local) and by the ``purge_timelapses`` action, timelapses older
  than N days are deleted — directory and row together — and every deletion is audited.
* Runs whose frames outlived Home Assistant are picked up at start: closed runs are stitched,
  open ones continue capturing in the same directory when the printer prints again.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine, Iterable
import contextlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from functools import partial
import logging
import os
from pathlib import Path
import re
import shutil
import time
from typing import TYPE_CHECKING, Any, Final

from homeassistant.components.camera import async_get_image
from homeassistant.core import CALLBACK_TYPE, Context, HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import entity_registry as er, issue_registry as ir
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.event import async_track_time_change, async_track_time_interval
from homeassistant.util import dt as dt_util

from ..const import DOMAIN
from ..farm.timelapse import (
    CONF_CAMERA_ENTITY,
    POSTER_STEM,
    TMP_VIDEO_NAME,
    VIDEO_NAME,
    CaptureSchedule,
    FrameSet,
    TimelapseSettings,
    Transition,
    expires_at,
    failure_reason,
    frame_ext,
    frame_name,
    parse_frame,
    retention_cutoff,
    scan_frames,
    stitch_args,
    video_seconds,
)
from ..helpers import SIGNAL_PRINTER_ADDED
from ..hub import PrinterHub
from ..printers.model import RunEvent, RunEventType
from ..store.db import DatabaseError
from ..store.timelapses import (
    TimelapseRecord,
    delete_timelapses,
    get_timelapse,
    record_timelapse,
    run_id_for,
    runs_by_id,
    runs_with_timelapse,
    timelapses_created_before,
)

if TYPE_CHECKING:
    from ..data import OdinConfigEntry

_LOGGER = logging.getLogger(__name__)

TIMELAPSE_DIR: Final = ("odin", "timelapses")
CAMERA_KEY: Final = "camera"  # unique id suffix of the printer's own camera entity
CAPTURE_TIMEOUT_S: Final = 10
DEFAULT_FFMPEG: Final = "ffmpeg"
RETENTION_AT: Final = {"hour": 4, "minute": 20, "second": 0}
ISSUE_LOW_DISK: Final = "timelapse_low_disk"
ISSUE_STITCH_FAILED: Final = "timelapse_stitch_failed_"  # + run id
_VIDEO_PATH_RE: Final = re.compile(rf"^(\d+)/{re.escape(VIDEO_NAME)}$")


class WriteResult(StrEnum):
    """Outcome of writing one frame."""

    OK = "ok"
    LOW_DISK = "low_disk"


# ---------------------------------------------------------------------------- file helpers
# (executor only)


def _frames_in(directory: Path) -> FrameSet:
    try:
        return scan_frames(os.listdir(directory))
    except FileNotFoundError:
        return FrameSet()


def prepare_run_dir(directory: Path) -> FrameSet:
    """Create a run's frame directory; describe frames already in it (after a restart)."""
    directory.mkdir(parents=True, exist_ok=True)
    return _frames_in(directory)


def write_frame(directory: Path, name: str, data: bytes, min_free: int) -> tuple[WriteResult, int]:
    """Write one frame (temp file + rename) unless free space would drop below ``min_free``.

    Returns the result and the free bytes seen before writing.
    """
    free = shutil.disk_usage(directory).free
    if free - len(data) < min_free:
        return WriteResult.LOW_DISK, free
    tmp = directory / f".{name}.tmp"
    tmp.write_bytes(data)
    tmp.replace(directory / name)
    return WriteResult.OK, free


def finalize_video(directory: Path, frames: FrameSet) -> int:
    """Publish the stitched video, keep the last frame as poster, delete the frames.

    Returns the video size in bytes.
    """
    video = directory / VIDEO_NAME
    (directory / TMP_VIDEO_NAME).replace(video)
    assert frames.ext is not None
    last = directory / frame_name(frames.first + frames.count - 1, frames.ext)
    for name in os.listdir(directory):
        if name.startswith(f"{POSTER_STEM}."):
            (directory / name).unlink(missing_ok=True)
    if last.exists():
        last.replace(directory / f"{POSTER_STEM}.{frames.ext}")
    for name in os.listdir(directory):
        if parse_frame(name) is not None or (name.startswith(".") and name.endswith(".tmp")):
            (directory / name).unlink(missing_ok=True)
    return video.stat().st_size


def list_frame_dirs(root: Path) -> dict[int, FrameSet]:
    """Run directories under ``root`` that still hold frames."""
    found: dict[int, FrameSet] = {}
    try:
        entries = list(os.scandir(root))
    except FileNotFoundError:
        return found
    for entry in entries:
        if entry.is_dir() and entry.name.isdigit():
            frames = _frames_in(Path(entry.path))
            if frames.count:
                found[int(entry.name)] = frames
    return found


def remove_run_dirs(directories: Iterable[Path]) -> tuple[set[Path], int]:
    """Delete run directories; return the ones gone (or never there) and the bytes freed."""
    removed: set[Path] = set()
    freed = 0
    for directory in directories:
        size = 0
        try:
            for entry in os.scandir(directory):
                with contextlib.suppress(OSError):
                    size += entry.stat(follow_symlinks=False).st_size
            shutil.rmtree(directory)
        except FileNotFoundError:
            pass
        except OSError as err:
            _LOGGER.warning("Cannot delete timelapse directory %s: %s", directory, err)
            continue
        removed.add(directory)
        freed += size
    return removed, freed


def remove_if_empty(directory: Path) -> None:
    """Remove an empty run directory."""
    with contextlib.suppress(OSError):
        directory.rmdir()


def poster_path(directory: Path) -> Path | None:
    """The poster image of a stitched run directory, if any."""
    for ext in ("jpg", "png"):
        path = directory / f"{POSTER_STEM}.{ext}"
        if path.is_file():
            return path
    return None


# ---------------------------------------------------------------------------- manager


@dataclass(slots=True, eq=False)
class _Session:
    """One printer's recording of one job."""

    printer_id: str
    job_key: str
    run_id: int | None = None
    directory: Path | None = None
    ext: str | None = None
    next_index: int = 1
    frames: int = 0
    disk_stopped: bool = False
    inflight: asyncio.Task[None] | None = None
    unsub_timer: CALLBACK_TYPE | None = None
    warned: set[str] = field(default_factory=set)


def run_dir_of(root: Path, record: TimelapseRecord) -> Path | None:
    """The run directory of a stored timelapse (None for a path we did not write)."""
    match = _VIDEO_PATH_RE.match(record.path)
    if match is None:
        return None
    return root / match.group(1)


class TimelapseManager:
    """Captures, stitches and purges the timelapses of one farm."""

    def __init__(self, hass: HomeAssistant, entry: OdinConfigEntry) -> None:
        """Initialize (nothing runs until :meth:`async_start`)."""
        self.hass = hass
        self._entry = entry
        self.root = Path(hass.config.path(*TIMELAPSE_DIR))
        self._schedules: dict[str, CaptureSchedule] = {}
        self._sessions: dict[str, _Session] = {}
        self._enabled: dict[str, bool] = {}
        self._hub_unsubs: dict[str, list[CALLBACK_TYPE]] = {}
        self._unsubs: list[CALLBACK_TYPE] = []
        self._tasks: set[asyncio.Task[Any]] = set()
        self._procs: set[asyncio.subprocess.Process] = set()
        self._stitch_lock = asyncio.Lock()
        self._stitching: set[int] = set()
        self._low_disk = False
        self._stopped = False
        self._listeners: list[CALLBACK_TYPE] = []

    # -- lifecycle -------------------------------------------------------------------------
    @property
    def settings(self) -> TimelapseSettings:
        """The farm's current timelapse options."""
        return TimelapseSettings.from_options(self._entry.options)

    async def async_start(self) -> None:
        """Follow every printer, schedule retention, recover frames of an earlier start.

        The folder is created with the first frame.
        """
        for hub in list(self._entry.runtime_data.printers.values()):
            self._attach(hub)
        self._unsubs.append(
            async_dispatcher_connect(
                self.hass, SIGNAL_PRINTER_ADDED.format(self._entry.entry_id), self._on_added
            )
        )
        self._unsubs.append(async_track_time_change(self.hass, self._daily, **RETENTION_AT))
        self._spawn(self._async_recover(), "odin timelapse recovery")

    async def async_stop(self) -> None:
        """Stop capturing, kill a running ffmpeg and wait for our tasks (frames stay)."""
        self._stopped = True
        while self._unsubs:
            self._unsubs.pop()()
        for unsubs in self._hub_unsubs.values():
            for unsub in unsubs:
                with contextlib.suppress(ValueError):
                    unsub()
        self._hub_unsubs.clear()
        for session in self._sessions.values():
            if session.unsub_timer is not None:
                session.unsub_timer()
                session.unsub_timer = None
        self._sessions.clear()
        for proc in list(self._procs):
            with contextlib.suppress(ProcessLookupError):
                proc.kill()
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)

    def stopped(self) -> bool:
        """True once :meth:`async_stop` began."""
        return self._stopped

    def _spawn[T](self, coro: Coroutine[Any, Any, T], name: str) -> asyncio.Task[T]:
        task = self.hass.async_create_background_task(coro, name)
        if not task.done():
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        return task

    # -- printers --------------------------------------------------------------------------
    @callback
    def _on_added(self, printer_id: str) -> None:
        hub = self._entry.runtime_data.printers.get(printer_id)
        if hub is not None and not self._stopped:
            self._attach(hub)

    @callback
    def _attach(self, hub: PrinterHub) -> None:
        pid = hub.printer_id
        if pid in self._hub_unsubs:
            return
        self._schedules.setdefault(pid, CaptureSchedule())
        self._hub_unsubs[pid] = [
            hub.add_listener(partial(self._on_snapshot, hub)),
            hub.add_event_listener(partial(self._on_event, hub)),
        ]
        self._on_snapshot(hub)

    @callback
    def _on_snapshot(self, hub: PrinterHub) -> None:
        if self._stopped:
            return
        schedule = self._schedules[hub.printer_id]
        capturing = schedule.capturing
        self._apply(hub, schedule.observe(hub.snapshot))
        if schedule.capturing != capturing:
            self._notify()

    @callback
    def _on_event(self, hub: PrinterHub, event: RunEvent) -> None:
        if self._stopped or event.type is not RunEventType.JOB_ENDED:
            return
        schedule = self._schedules[hub.printer_id]
        self._apply(hub, schedule.job_ended(event.job_key))

    @callback
    def _apply(self, hub: PrinterHub, transition: Transition) -> None:
        if transition.ended is not None:
            self._end_session(hub.printer_id, transition.ended)
        if transition.started is not None:
            self._start_session(hub.printer_id, transition.started)
        if transition:
            self._notify()

    @callback
    def add_listener(self, listener: CALLBACK_TYPE) -> CALLBACK_TYPE:
        """Call ``listener`` when a printer starts or stops recording. Returns the remover."""
        self._listeners.append(listener)

        @callback
        def remove() -> None:
            with contextlib.suppress(ValueError):
                self._listeners.remove(listener)

        return remove

    @callback
    def _notify(self) -> None:
        for listener in list(self._listeners):
            listener()

    # -- settings per printer --------------------------------------------------------------
    @callback
    def is_enabled(self, printer_id: str) -> bool:
        """Whether the printer records timelapses (its switch, else the farm default)."""
        return self._enabled.get(printer_id, self.settings.enabled_default)

    @callback
    def set_enabled(self, printer_id: str, enabled: bool | None) -> None:
        """Set the printer's switch (None: follow the farm default)."""
        if enabled is None:
            self._enabled.pop(printer_id, None)
        else:
            self._enabled[printer_id] = enabled
        self._notify()
        session = self._sessions.get(printer_id)
        if enabled and session is not None and session.frames == 0:
            self._tick(printer_id)

    @callback
    def camera_entity(self, hub: PrinterHub) -> str | None:
        """The camera a printer records from: the mapped HA camera, else its own."""
        mapped = hub.subentry.data.get(CONF_CAMERA_ENTITY)
        if mapped:
            return str(mapped)
        return er.async_get(self.hass).async_get_entity_id(
            "camera", DOMAIN, f"{hub.serial}_{CAMERA_KEY}"
        )

    @callback
    def recording(self, printer_id: str) -> bool:
        """True while the printer's session takes frames (printing, switch on, a camera)."""
        schedule = self._schedules.get(printer_id)
        session = self._sessions.get(printer_id)
        hub = self._entry.runtime_data.printers.get(printer_id)
        return (
            schedule is not None
            and schedule.capturing
            and session is not None
            and not session.disk_stopped
            and self.is_enabled(printer_id)
            and hub is not None
            and self.camera_entity(hub) is not None
        )

    # -- sessions --------------------------------------------------------------------------
    @callback
    def _start_session(
        self, printer_id: str, job_key: str, *, run_id: int | None = None, capture: bool = True
    ) -> _Session:
        session = _Session(printer_id, job_key, run_id=run_id)
        self._sessions[printer_id] = session
        interval = timedelta(seconds=self.settings.interval_s)
        session.unsub_timer = async_track_time_interval(
            self.hass,
            partial(self._tick_timer, printer_id, session),
            interval,
            name=f"odin timelapse {printer_id}",
        )
        if capture:
            self._tick(printer_id)
        return session

    @callback
    def _end_session(self, printer_id: str, job_key: str) -> None:
        session = self._sessions.get(printer_id)
        if session is None or session.job_key != job_key:
            return
        del self._sessions[printer_id]
        if session.unsub_timer is not None:
            session.unsub_timer()
            session.unsub_timer = None
        self._spawn(self._async_finish(session), f"odin timelapse finish {printer_id}")

    async def _async_finish(self, session: _Session) -> None:
        if session.inflight is not None:
            await asyncio.gather(session.inflight, return_exceptions=True)
        if session.run_id is not None:
            await self.async_stitch(session.run_id, session.printer_id)

    @callback
    def _tick_timer(self, printer_id: str, session: _Session, _now: datetime) -> None:
        if self._sessions.get(printer_id) is session:
            self._tick(printer_id)

    @callback
    def _tick(self, printer_id: str) -> None:
        session = self._sessions.get(printer_id)
        if session is None or self._stopped:
            return
        hub = self._entry.runtime_data.printers.get(printer_id)
        if hub is None:  # printer removed from the farm: finish what we have
            schedule = self._schedules.pop(printer_id, None)
            if schedule is not None:
                schedule.abandon()
            self._end_session(printer_id, session.job_key)
            return
        if session.inflight is not None and not session.inflight.done():
            return
        if not self.recording(printer_id):
            return
        session.inflight = self._spawn(
            self._async_capture(hub, session), f"odin timelapse capture {printer_id}"
        )

    def _warn_once(self, session: _Session, key: str, message: str, *args: Any) -> None:
        if key not in session.warned:
            session.warned.add(key)
            _LOGGER.warning(message, *args)

    async def _async_capture(self, hub: PrinterHub, session: _Session) -> None:
        """Take one frame: image from the camera API, written in the executor."""
        entity_id = self.camera_entity(hub)
        if entity_id is None:  # normal for a printer without camera: nothing to record
            if "camera" not in session.warned:
                session.warned.add("camera")
                _LOGGER.debug("Printer %s has no camera: no timelapse", hub.name)
            return
        try:
            image = await async_get_image(self.hass, entity_id, timeout=CAPTURE_TIMEOUT_S)
        except HomeAssistantError as err:
            self._warn_once(
                session, "image", "Timelapse of %s: no image from %s (%s)", hub.name, entity_id, err
            )
            return
        ext = frame_ext(image.content_type, image.content)
        if ext is None:
            self._warn_once(
                session,
                "type",
                "Timelapse of %s: %s sends %s images, not JPEG/PNG",
                hub.name,
                entity_id,
                image.content_type,
            )
            return
        if session.directory is None and not await self._async_bind_run(hub, session):
            return
        assert session.directory is not None
        if session.ext is None:
            session.ext = ext
        elif ext != session.ext:
            self._warn_once(
                session, "mixed", "Timelapse of %s: camera changed image type", hub.name
            )
            return
        name = frame_name(session.next_index, ext)
        min_free = self.settings.min_free_bytes
        try:
            result, free = await self.hass.async_add_executor_job(
                write_frame, session.directory, name, image.content, min_free
            )
        except OSError as err:
            self._warn_once(session, "write", "Timelapse of %s: cannot write: %s", hub.name, err)
            return
        if result is WriteResult.LOW_DISK:
            session.disk_stopped = True
            self._notify()
            self._set_low_disk(True, free, min_free)
            _LOGGER.warning(
                "Timelapse of %s stopped: %d MB free in %s (minimum %d MB)",
                hub.name,
                free // 2**20,
                self.root,
                min_free // 2**20,
            )
            return
        session.next_index += 1
        session.frames += 1
        if self._low_disk:
            self._set_low_disk(False, free, min_free)

    async def _async_bind_run(self, hub: PrinterHub, session: _Session) -> bool:
        """Find the run of the session's job (if not known) and prepare its directory."""
        if session.run_id is None:
            try:
                # On the writer thread: ordered after the queued StartRun of this job.
                session.run_id = await self._entry.runtime_data.db.write(
                    partial(run_id_for, printer_id=hub.printer_id, job_key=session.job_key)
                )
            except DatabaseError as err:
                self._warn_once(session, "db", "Timelapse of %s: %s", hub.name, err)
                return False
            if session.run_id is None:
                _LOGGER.debug("Timelapse of %s: run %s not recorded", hub.name, session.job_key)
                return False
        directory = self.root / str(session.run_id)
        frames = await self.hass.async_add_executor_job(prepare_run_dir, directory)
        session.directory = directory
        session.ext = frames.ext
        session.next_index = frames.next_index
        session.frames = frames.count
        return True

    @callback
    def _set_low_disk(self, low: bool, free: int, min_free: int) -> None:
        self._low_disk = low
        if not low:
            ir.async_delete_issue(self.hass, DOMAIN, ISSUE_LOW_DISK)
            return
        ir.async_create_issue(
            self.hass,
            DOMAIN,
            ISSUE_LOW_DISK,
            is_fixable=False,
            is_persistent=False,
            severity=ir.IssueSeverity.WARNING,
            translation_key=ISSUE_LOW_DISK,
            translation_placeholders={
                "path": str(self.root),
                "free_mb": str(free // 2**20),
                "min_free_mb": str(min_free // 2**20),
            },
        )

    # -- stitching -------------------------------------------------------------------------
    def ffmpeg_binary(self) -> str:
        """HA's configured ffmpeg (the ffmpeg integration), else ``ffmpeg`` on the PATH."""
        if "ffmpeg" not in self.hass.config.components:
            return DEFAULT_FFMPEG
        try:
            from homeassistant.components.ffmpeg import get_ffmpeg_manager  # noqa: PLC0415
        except ImportError:  # ha-ffmpeg missing: the integration cannot be set up either
            return DEFAULT_FFMPEG
        try:
            return str(get_ffmpeg_manager(self.hass).binary)
        except ValueError:
            return DEFAULT_FFMPEG

    @property
    def stitching(self) -> frozenset[int]:
        """Run ids queued for or being stitched."""
        return frozenset(self._stitching)

    async def async_stitch(self, run_id: int, printer_id: str) -> int | None:
        """Stitch a run's frames (one ffmpeg at a time); return the timelapse id, if made."""
        if run_id in self._stitching or self._stopped:
            return None
        self._stitching.add(run_id)
        try:
            async with self._stitch_lock:
                if self.stopped():  # unloaded while waiting for the lock
                    return None
                return await self._async_stitch_locked(run_id, printer_id)
        finally:
            self._stitching.discard(run_id)

    async def _async_stitch_locked(self, run_id: int, printer_id: str) -> int | None:
        directory = self.root / str(run_id)
        frames = await self.hass.async_add_executor_job(_frames_in, directory)
        if frames.count == 0:
            await self.hass.async_add_executor_job(remove_if_empty, directory)
            return None
        fps = self.settings.fps
        args = stitch_args(str(directory), frames, fps, str(directory / TMP_VIDEO_NAME))
        started = time.monotonic()
        error = await self.async_run_ffmpeg(args)
        if self.stopped():  # killed by the unload: the frames wait for the next start
            return None
        if error is not None:
            self._stitch_failed(run_id, printer_id, error)
            return None
        try:
            size = await self.hass.async_add_executor_job(finalize_video, directory, frames)
        except OSError as err:
            self._stitch_failed(run_id, printer_id, str(err))
            return None
        created = dt_util.utcnow()
        retention = self.settings.retention_days
        timelapse_id: int = await self._entry.runtime_data.db.write(
            partial(
                record_timelapse,
                run_id=run_id,
                printer_id=printer_id,
                path=f"{run_id}/{VIDEO_NAME}",
                frames=frames.count,
                fps=fps,
                seconds=video_seconds(frames.count, fps),
                size=size,
                created=created,
                expires=expires_at(created, retention),
            )
        )
        ir.async_delete_issue(self.hass, DOMAIN, f"{ISSUE_STITCH_FAILED}{run_id}")
        _LOGGER.info(
            "Timelapse of run %s: %d frames stitched in %.1f s (%d kB)",
            run_id,
            frames.count,
            time.monotonic() - started,
            size // 1024,
        )
        return timelapse_id

    async def async_run_ffmpeg(self, args: list[str]) -> str | None:
        """Run ffmpeg with ``args`` off the loop; None on success, else the reason."""
        binary = self.ffmpeg_binary()
        try:
            proc = await asyncio.create_subprocess_exec(
                binary,
                *args,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=asyncio.subprocess.DEVNULL,
                stderr=asyncio.subprocess.PIPE,
            )
        except OSError as err:
            return f"cannot run {binary}: {err}"
        self._procs.add(proc)
        try:
            _, stderr = await proc.communicate()
        except asyncio.CancelledError:
            if proc.returncode is None:
                with contextlib.suppress(ProcessLookupError):
                    proc.kill()
                await proc.wait()
            raise
        finally:
            self._procs.discard(proc)
        if proc.returncode != 0:
            return failure_reason(proc.returncode, stderr)
        return None

    @callback
    def _stitch_failed(self, run_id: int, printer_id: str, reason: str) -> None:
        hub = self._entry.runtime_data.printers.get(printer_id)
        _LOGGER.error("Timelapse of run %s could not be stitched: %s", run_id, reason)
        ir.async_create_issue(
            self.hass,
            DOMAIN,
            f"{ISSUE_STITCH_FAILED}{run_id}",
            is_fixable=False,
            is_persistent=False,
            severity=ir.IssueSeverity.WARNING,
            translation_key="timelapse_stitch_failed",
            translation_placeholders={
                "printer": hub.name if hub is not None else printer_id,
                "run_id": str(run_id),
                "reason": reason,
                "path": str(self.root / str(run_id)),
            },
        )

    # -- recovery and retention ------------------------------------------------------------
    async def _async_recover(self) -> None:
        """Frames left by an earlier run of HA: stitch closed runs, resume open ones."""
        try:
            dirs = await self.hass.async_add_executor_job(list_frame_dirs, self.root)
            if not dirs:
                return
            refs = await self._entry.runtime_data.db.read(partial(runs_by_id, run_ids=dirs))
        except (OSError, DatabaseError) as err:
            _LOGGER.warning("Cannot look for unfinished timelapses: %s", err)
            return
        active = {s.run_id for s in self._sessions.values()}
        for run_id, ref in sorted(refs.items()):
            if run_id in active or self._stopped:
                continue
            if ref.outcome is not None:
                await self.async_stitch(run_id, ref.printer_id)
                continue
            hub = self._entry.runtime_data.printers.get(ref.printer_id)
            schedule = self._schedules.get(ref.printer_id)
            if hub is None or schedule is None or schedule.job_key is not None:
                continue
            # Continue the open run: hold it, then let the printer's state decide.
            self._schedules[ref.printer_id] = CaptureSchedule(ref.job_key)
            self._start_session(ref.printer_id, ref.job_key, run_id=run_id, capture=False)
            self._on_snapshot(hub)

    @callback
    def _daily(self, _now: datetime) -> None:
        if not self._stopped:
            self._spawn(self._async_daily(), "odin timelapse retention")

    async def _async_daily(self) -> None:
        try:
            await self.async_purge(None)
            if not self.stopped():
                await self._async_retry_leftovers()
        except (OSError, DatabaseError) as err:
            _LOGGER.warning("Timelapse retention failed: %s", err)

    async def _async_retry_leftovers(self) -> None:
        """Stitch frames of closed runs that no session owns (earlier failures)."""
        dirs = await self.hass.async_add_executor_job(list_frame_dirs, self.root)
        if not dirs:
            return
        refs = await self._entry.runtime_data.db.read(partial(runs_by_id, run_ids=dirs))
        active = {s.run_id for s in self._sessions.values()}
        for run_id, ref in sorted(refs.items()):
            if ref.outcome is not None and run_id not in active and not self._stopped:
                await self.async_stitch(run_id, ref.printer_id)

    async def async_purge(
        self,
        older_than_days: int | None,
        *,
        context: Context | None = None,
        reason: str = "retention",
    ) -> dict[str, Any]:
        """Delete timelapses (directory and row together) older than N days; audited.

        ``older_than_days`` None uses the farm's retention (0 there: keep everything).
        Frames of closed runs that could never be stitched age out the same way.
        """
        now = dt_util.utcnow()
        if older_than_days is None:
            days = self.settings.retention_days
            cutoff = retention_cutoff(now, days)  # None: the farm keeps timelapses forever
        else:
            days = older_than_days
            cutoff = now - timedelta(days=days)
        result: dict[str, Any] = {"older_than_days": days, "deleted": 0, "bytes": 0}
        if cutoff is None:
            return result
        db = self._entry.runtime_data.db
        records = await db.read(partial(timelapses_created_before, cutoff=cutoff))
        busy = {s.run_id for s in self._sessions.values()} | self._stitching
        records = [r for r in records if r.run_id not in busy]  # being (re)made right now
        targets = {r.id: d for r in records if (d := run_dir_of(self.root, r)) is not None}
        leftovers = await self._async_stale_frames(cutoff)
        removed, freed = await self.hass.async_add_executor_job(
            remove_run_dirs, [*targets.values(), *leftovers.values()]
        )
        gone = [r for r in records if targets.get(r.id) in removed]
        if gone:
            await db.write(partial(delete_timelapses, timelapse_ids=[r.id for r in gone]))
        audit = self._entry.runtime_data.audit
        actor = await audit.async_resolve_actor(context)
        for record in gone:
            await audit.async_record(
                "timelapse_deleted",
                target_type="timelapse",
                target_id=str(record.id),
                actor=actor,
                details={
                    "reason": reason,
                    "older_than_days": days,
                    "run_id": record.run_id,
                    "printer_id": record.printer_id,
                    "printer": record.printer_name,
                    "created": record.created.isoformat(),
                    "bytes": record.bytes,
                },
            )
        for run_id, directory in leftovers.items():
            if directory in removed:
                ir.async_delete_issue(self.hass, DOMAIN, f"{ISSUE_STITCH_FAILED}{run_id}")
                await audit.async_record(
                    "timelapse_frames_deleted",
                    target_type="run",
                    target_id=str(run_id),
                    actor=actor,
                    details={"reason": reason, "older_than_days": days},
                )
        result["deleted"] = len(gone)
        result["frames_deleted"] = sum(1 for d in leftovers.values() if d in removed)
        result["bytes"] = freed
        if gone or result["frames_deleted"]:
            _LOGGER.info(
                "Timelapse retention: %d timelapses older than %d days deleted (%d kB)",
                len(gone),
                days,
                freed // 1024,
            )
        return result

    async def _async_stale_frames(self, cutoff: datetime) -> dict[int, Path]:
        """Frame directories of runs that ended before ``cutoff`` and have no timelapse."""
        dirs = await self.hass.async_add_executor_job(list_frame_dirs, self.root)
        if not dirs:
            return {}
        db = self._entry.runtime_data.db
        refs = await db.read(partial(runs_by_id, run_ids=dirs))
        stitched = await db.read(partial(runs_with_timelapse, run_ids=dirs))
        busy = {s.run_id for s in self._sessions.values()} | self._stitching
        return {
            run_id: self.root / str(run_id)
            for run_id, ref in refs.items()
            if ref.ended_at is not None
            and ref.ended_at < cutoff
            and run_id not in stitched
            and run_id not in busy
        }

    async def async_delete(self, timelapse_id: int, *, context: Context | None = None) -> bool:
        """Delete one timelapse (directory and row); audited. False if it does not exist."""
        db = self._entry.runtime_data.db
        record = await db.read(partial(get_timelapse, timelapse_id=timelapse_id))
        if record is None:
            return False
        directory = run_dir_of(self.root, record)
        if directory is not None:
            removed, _ = await self.hass.async_add_executor_job(remove_run_dirs, [directory])
            if directory not in removed:
                raise HomeAssistantError(
                    translation_domain=DOMAIN,
                    translation_key="timelapse_delete_failed",
                    translation_placeholders={"path": str(directory)},
                )
        await db.write(partial(delete_timelapses, timelapse_ids=[record.id]))
        await self._entry.runtime_data.audit.async_record(
            "timelapse_deleted",
            target_type="timelapse",
            target_id=str(record.id),
            context=context,
            details={
                "reason": "manual",
                "run_id": record.run_id,
                "printer_id": record.printer_id,
                "printer": record.printer_name,
                "created": record.created.isoformat(),
                "bytes": record.bytes,
            },
        )
        return True
