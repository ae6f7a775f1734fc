"""Timelapses, the pure parts: settings, the capture schedule, frame files, ffmpeg, retention.

No Home Assistant and no I/O here (the glue is ``custom_components/odin/timelapse.py``).

* :class:`CaptureSchedule` (one per printer) follows the normalized printer status, so every
  brand behaves the same (upstream compared Bambu's raw ``RUNNING``,
  docs/protocols/normalized-model.md#status-enum):
  ``printing`` → capture; ``preparing`` / ``paused`` / offline / busy without a job → hold
  (same session, so a pause or a brief disconnect never splits the video); any other online
  state, another job, or ``job_ended`` for the job → the session ends and is stitched.
* Frames are ``000001.jpg`` … in ``<root>/<run id>/`` (contiguous, appended only; a restart
  continues after the highest number). The video is ``<run id>/timelapse.mp4`` with a poster
  image (the last frame) next to it.
* :func:`stitch_args` builds the ffmpeg command line: image sequence at the chosen fps → H.264
  (``yuv420p``, even dimensions by cropping at most one pixel row/column), ``+faststart``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
import re
from typing import Any, Final

from custom_components.odin.printers.model import PrinterSnapshot, PrinterStatus

# ---------------------------------------------------------------------------- settings

# Farm options (config entry options) and their defaults.
CONF_TIMELAPSE_DEFAULT: Final = "timelapse_default"
CONF_TIMELAPSE_INTERVAL_S: Final = "timelapse_interval_s"
CONF_TIMELAPSE_FPS: Final = "timelapse_fps"
CONF_TIMELAPSE_RETENTION_DAYS: Final = "timelapse_retention_days"
CONF_TIMELAPSE_MIN_FREE_MB: Final = "timelapse_min_free_mb"
# Printer subentry: an HA camera entity mapped to the printer (overrides its own camera).
CONF_CAMERA_ENTITY: Final = "camera_entity"

DEFAULT_ENABLED: Final = True
DEFAULT_INTERVAL_S: Final = 30
DEFAULT_FPS: Final = 30
DEFAULT_RETENTION_DAYS: Final = 30
DEFAULT_MIN_FREE_MB: Final = 1024

INTERVAL_RANGE: Final = (1, 3600)
FPS_RANGE: Final = (1, 120)
RETENTION_RANGE: Final = (0, 3650)  # 0 = keep forever
MIN_FREE_RANGE: Final = (0, 100_000_000)  # up to 100 TB

# Encoder settings (both the integration and the benchmark's bare command line use these).
X264_PRESET: Final = "veryfast"
X264_CRF: Final = 23

VIDEO_NAME: Final = "timelapse.mp4"
TMP_VIDEO_NAME: Final = ".timelapse.partial.mp4"
POSTER_STEM: Final = "poster"


def _clamp(value: Any, default: int, bounds: tuple[int, int]) -> int:
    try:
        number = int(float(value))
    except (TypeError, ValueError):
        return default
    return max(bounds[0], min(bounds[1], number))


@dataclass(frozen=True, slots=True)
class TimelapseSettings:
    """Farm-wide timelapse settings (from the farm entry's options)."""

    enabled_default: bool = DEFAULT_ENABLED
    interval_s: int = DEFAULT_INTERVAL_S
    fps: int = DEFAULT_FPS
    retention_days: int = DEFAULT_RETENTION_DAYS
    min_free_mb: int = DEFAULT_MIN_FREE_MB

    @classmethod
    def from_options(cls, options: Mapping[str, Any]) -> TimelapseSettings:
        """Read (and clamp) the options; missing or malformed values get the defaults."""
        enabled = options.get(CONF_TIMELAPSE_DEFAULT, DEFAULT_ENABLED)
        return cls(
            enabled_default=enabled if isinstance(enabled, bool) else DEFAULT_ENABLED,
            interval_s=_clamp(
                options.get(CONF_TIMELAPSE_INTERVAL_S), DEFAULT_INTERVAL_S, INTERVAL_RANGE
            ),
            fps=_clamp(options.get(CONF_TIMELAPSE_FPS), DEFAULT_FPS, FPS_RANGE),
            retention_days=_clamp(
                options.get(CONF_TIMELAPSE_RETENTION_DAYS), DEFAULT_RETENTION_DAYS, RETENTION_RANGE
            ),
            min_free_mb=_clamp(
                options.get(CONF_TIMELAPSE_MIN_FREE_MB), DEFAULT_MIN_FREE_MB, MIN_FREE_RANGE
            ),
        )

    @property
    def min_free_bytes(self) -> int:
        """The disk-space guard threshold in bytes."""
        return self.min_free_mb * 1024 * 1024


# ---------------------------------------------------------------------------- schedule


class CaptureState(StrEnum):
    """What the printer's session does right now."""

    IDLE = "idle"  # no session
    CAPTURE = "capture"  # printing: take a frame every interval
    HOLD = "hold"  # paused / preparing / offline: keep the session, take no frames


@dataclass(frozen=True, slots=True)
class Transition:
    """The result of one observation: a session that ended and/or one that started."""

    ended: str | None = None  # job key of the session to stitch
    started: str | None = None  # job key of a new session

    def __bool__(self) -> bool:
        """True when something changed."""
        return self.ended is not None or self.started is not None


_HOLD_STATUSES: Final = frozenset({PrinterStatus.PREPARING, PrinterStatus.PAUSED})


class CaptureSchedule:
    """Per-printer capture state machine: printing → capture, paused → hold, ended → stitch.

    A session is one job (``job_key``); a run record has the same key. Feed every snapshot to
    :meth:`observe` and every ``job_ended`` event to :meth:`job_ended`.
    """

    __slots__ = ("job_key", "state")

    def __init__(self, job_key: str | None = None) -> None:
        """Start idle, or holding a session found after a restart (``job_key``)."""
        self.job_key = job_key
        self.state = CaptureState.HOLD if job_key is not None else CaptureState.IDLE

    @property
    def capturing(self) -> bool:
        """True while frames should be taken."""
        return self.state is CaptureState.CAPTURE

    def _end(self) -> str | None:
        ended, self.job_key = self.job_key, None
        self.state = CaptureState.IDLE
        return ended

    def _start(self, key: str) -> None:
        self.job_key = key
        self.state = CaptureState.CAPTURE

    def observe(self, snapshot: PrinterSnapshot) -> Transition:
        """Apply one snapshot of the printer."""
        status, key = snapshot.status, snapshot.job_key
        if not snapshot.online or status is PrinterStatus.OFFLINE:
            if self.job_key is not None:
                self.state = CaptureState.HOLD  # a brief disconnect: keep the session
            return Transition()
        if status is PrinterStatus.PRINTING:
            if key is None or key == self.job_key:
                if self.job_key is not None:
                    self.state = CaptureState.CAPTURE
                return Transition()
            ended = self._end() if self.job_key is not None else None
            self._start(key)
            return Transition(ended=ended, started=key)
        if status in _HOLD_STATUSES or (status is PrinterStatus.BUSY and key is None):
            if self.job_key is None:
                return Transition()
            if key is None or key == self.job_key:
                self.state = CaptureState.HOLD
                return Transition()
            return Transition(ended=self._end())  # another job is getting ready
        # idle, finished, cancelled, failed, error, busy with a job: the job is over.
        if self.job_key is None:
            return Transition()
        return Transition(ended=self._end())

    def job_ended(self, job_key: str | None) -> Transition:
        """The client reported the end of ``job_key``."""
        if self.job_key is None or job_key != self.job_key:
            return Transition()
        return Transition(ended=self._end())

    def abandon(self) -> str | None:
        """End the session without a printer reason (printer removed); returns its key."""
        return self._end() if self.job_key is not None else None


# ---------------------------------------------------------------------------- frames

FRAME_DIGITS: Final = 6
_FRAME_RE: Final = re.compile(r"^(\d{6})\.(jpg|png)$")
_EXTENSIONS: Final[Mapping[str, str]] = {
    "image/jpeg": "jpg",
    "image/jpg": "jpg",
    "image/pjpeg": "jpg",
    "image/png": "png",
}


def frame_ext(content_type: str | None, data: bytes = b"") -> str | None:
    """File extension of a camera image (by content type, else by magic); None: unusable."""
    if content_type:
        ext = _EXTENSIONS.get(content_type.split(";", 1)[0].strip().lower())
        if ext is not None:
            return ext
    if data.startswith(b"\xff\xd8"):
        return "jpg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    return None


def frame_name(index: int, ext: str) -> str:
    """``000042.jpg``."""
    return f"{index:0{FRAME_DIGITS}d}.{ext}"


def parse_frame(name: str) -> tuple[int, str] | None:
    """(index, ext) of a frame file name, None for anything else."""
    match = _FRAME_RE.match(name)
    if match is None:
        return None
    return int(match.group(1)), match.group(2)


@dataclass(frozen=True, slots=True)
class FrameSet:
    """The frames of one run directory (only the contiguous sequence of one extension)."""

    ext: str | None = None
    first: int = 0
    count: int = 0
    last: int = 0  # highest index of any frame (a restart continues after it)

    @property
    def next_index(self) -> int:
        """Index for the next frame."""
        return self.last + 1


def scan_frames(names: Iterable[str]) -> FrameSet:
    """Describe the frame files among ``names``.

    The stitched sequence starts at the lowest index of the majority extension and runs
    while the numbers are contiguous (ffmpeg's image2 demuxer stops at a gap).
    """
    by_ext: dict[str, set[int]] = {}
    last = 0
    for name in names:
        parsed = parse_frame(name)
        if parsed is None:
            continue
        index, ext = parsed
        by_ext.setdefault(ext, set()).add(index)
        last = max(last, index)
    if not by_ext:
        return FrameSet()
    ext, indexes = max(by_ext.items(), key=lambda item: (len(item[1]), item[0] == "jpg"))
    first = min(indexes)
    count = 0
    while first + count in indexes:
        count += 1
    return FrameSet(ext=ext, first=first, count=count, last=last)


def video_seconds(frames: int, fps: int) -> float:
    """Duration of a video of ``frames`` frames at ``fps``."""
    return frames / fps if fps > 0 else 0.0


# ---------------------------------------------------------------------------- ffmpeg

# Even size (crop <= 1 px), limited-range yuv420p: JPEG frames are full range (yuvj420p),
# which some phone players reject.
EVEN_FILTER: Final = "crop=trunc(iw/2)*2:trunc(ih/2)*2,scale=out_range=tv,format=yuv420p"


def frame_pattern(directory: str, ext: str) -> str:
    """The image2 sequence pattern for ``directory`` (a literal ``%`` in it is escaped)."""
    directory = directory.rstrip("/").replace("%", "%%")
    return f"{directory}/%0{FRAME_DIGITS}d.{ext}"


def encoder_args(fps: int) -> list[str]:
    """Output options: H.264 yuv420p at ``fps``, even dimensions, moov atom first."""
    return [
        "-vf",
        EVEN_FILTER,
        "-c:v",
        "libx264",
        "-preset",
        X264_PRESET,
        "-crf",
        str(X264_CRF),
        "-r",
        str(fps),
        "-movflags",
        "+faststart",
        "-an",
        "-f",
        "mp4",
    ]


def stitch_args(directory: str, frames: FrameSet, fps: int, output: str) -> list[str]:
    """ffmpeg arguments (without the binary) to stitch ``frames`` of ``directory``."""
    if frames.ext is None or frames.count <= 0:
        raise ValueError("no frames to stitch")
    return [
        "-hide_banner",
        "-nostdin",
        "-nostats",
        "-loglevel",
        "error",
        "-y",
        "-framerate",
        str(fps),
        "-start_number",
        str(frames.first),
        "-i",
        frame_pattern(directory, frames.ext),
        "-frames:v",
        str(frames.count),
        *encoder_args(fps),
        output,
    ]


_LOG_PREFIX: Final = re.compile(r"^(?:\[[^\]]*@ ?0x[0-9a-f]+\]\s*)+")
_LOG_NOISE: Final = ("Last message repeated", "Task finished with", "Terminating thread with")


def failure_reason(returncode: int | None, stderr: bytes, limit: int = 300) -> str:
    """A short, single-line reason for a failed ffmpeg run: its distinct error lines, first
    (the cause) first, without the ``[component @ 0x…]`` prefixes and thread noise."""
    seen: list[str] = []
    for raw in stderr.decode(errors="replace").splitlines():
        line = _LOG_PREFIX.sub("", raw.strip()).strip()
        if line and line not in seen and not line.startswith(_LOG_NOISE):
            seen.append(line)
    text = ""
    for line in seen:
        candidate = f"{text} | {line}" if text else line
        if len(candidate) > limit:
            if not text:
                text = line[: limit - 1] + "…"
            break
        text = candidate
    return text or f"ffmpeg exited with code {returncode}"


# ---------------------------------------------------------------------------- retention


def retention_cutoff(now: datetime, days: int | None) -> datetime | None:
    """Timelapses created before this are due; None when ``days`` keeps them forever (0)."""
    if days is None or days <= 0:
        return None
    return now - timedelta(days=days)


def expires_at(created: datetime, days: int) -> datetime | None:
    """When the daily retention removes a timelapse created at ``created`` (None: never)."""
    return None if days <= 0 else created + timedelta(days=days)


def due_for_purge[K](items: Iterable[tuple[K, datetime]], cutoff: datetime | None) -> list[K]:
    """Keys of ``(key, created)`` items created before ``cutoff`` (nothing when None)."""
    if cutoff is None:
        return []
    return [key for key, created in items if created < cutoff]
