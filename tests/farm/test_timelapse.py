"""Timelapse pure parts: settings, capture schedule, frame files, ffmpeg arguments, retention."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from custom_components.odin.farm.timelapse import (
    CaptureSchedule,
    CaptureState,
    FrameSet,
    TimelapseSettings,
    Transition,
    due_for_purge,
    expires_at,
    failure_reason,
    frame_ext,
    frame_name,
    frame_pattern,
    parse_frame,
    retention_cutoff,
    scan_frames,
    stitch_args,
    video_seconds,
)
from custom_components.odin.printers.model import PrinterSnapshot, PrinterStatus

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def snap(
    status: PrinterStatus, key: str | None = "job1", *, online: bool = True
) -> PrinterSnapshot:
    return PrinterSnapshot(status=status, online=online, job_key=key)


P, PA, PR = PrinterStatus.PRINTING, PrinterStatus.PAUSED, PrinterStatus.PREPARING


def test_settings_defaults_and_clamping() -> None:
    assert TimelapseSettings.from_options({}) == TimelapseSettings(True, 30, 30, 30, 1024)
    s = TimelapseSettings.from_options(
        {
            "timelapse_default": False,
            "timelapse_interval_s": 0,
            "timelapse_fps": 500.0,
            "timelapse_retention_days": "7",
            "timelapse_min_free_mb": "junk",
        }
    )
    assert s == TimelapseSettings(False, 1, 120, 7, 1024)
    assert s.min_free_bytes == 1024 * 1024 * 1024
    assert TimelapseSettings.from_options({"timelapse_default": "yes"}).enabled_default is True


def test_schedule_prints_pauses_and_ends_in_one_session() -> None:
    """printing → capture, paused → hold (same session), finished → stitch."""
    s = CaptureSchedule()
    assert s.state is CaptureState.IDLE
    assert not s.observe(snap(PrinterStatus.IDLE, None))
    assert not s.observe(snap(PR))  # preparing: nothing recorded yet
    assert s.observe(snap(P)) == Transition(started="job1")
    assert s.capturing
    assert not s.observe(snap(P))
    assert not s.observe(snap(PA))
    assert s.state is CaptureState.HOLD and s.job_key == "job1"
    assert not s.observe(snap(P))  # resumed: no new session, no split
    assert s.capturing
    assert s.observe(snap(PrinterStatus.FINISHED)) == Transition(ended="job1")
    assert s.state is CaptureState.IDLE and s.job_key is None
    assert not s.observe(snap(PrinterStatus.FINISHED))


@pytest.mark.parametrize(
    "status",
    [
        PrinterStatus.CANCELLED,
        PrinterStatus.FAILED,
        PrinterStatus.IDLE,
        PrinterStatus.ERROR,
    ],
)
def test_schedule_any_outcome_ends(status: PrinterStatus) -> None:
    s = CaptureSchedule()
    s.observe(snap(P))
    assert s.observe(snap(status)) == Transition(ended="job1")


def test_schedule_holds_across_disconnect() -> None:
    """Offline keeps the session; the same job printing again continues it."""
    s = CaptureSchedule()
    s.observe(snap(P))
    assert not s.observe(snap(PrinterStatus.OFFLINE, None, online=False))
    assert s.state is CaptureState.HOLD
    assert not s.observe(snap(P, online=False))  # stale "printing" while offline: hold
    assert not s.capturing
    assert not s.observe(snap(P))
    assert s.capturing and s.job_key == "job1"
    # busy without a job (e.g. calibration report) is not evidence the job ended
    assert not s.observe(snap(PrinterStatus.BUSY, None))
    assert s.state is CaptureState.HOLD
    assert s.observe(snap(PrinterStatus.BUSY, "other")) == Transition(ended="job1")


def test_schedule_next_job_and_events() -> None:
    s = CaptureSchedule()
    s.observe(snap(P, "a"))
    assert s.observe(snap(P, "b")) == Transition(ended="a", started="b")
    assert not s.observe(snap(P, None))  # no key while printing: same session
    assert s.capturing and s.job_key == "b"
    assert s.observe(snap(PR, "c")) == Transition(ended="b")  # next job getting ready
    assert not s.observe(snap(PA, "c"))
    s.observe(snap(P, "c"))
    assert not s.job_ended("other")
    assert s.job_ended("c") == Transition(ended="c")
    assert not s.job_ended("c")
    assert not s.observe(snap(P, None))  # printing without a key and no session: nothing


def test_schedule_resumed_after_restart_and_abandon() -> None:
    s = CaptureSchedule("old")
    assert s.state is CaptureState.HOLD
    assert not s.observe(snap(PA, "old"))
    assert not s.observe(snap(P, "old"))
    assert s.capturing
    assert s.abandon() == "old"
    assert s.abandon() is None
    assert not Transition()
    assert Transition(ended="x")


def test_frame_files() -> None:
    assert frame_ext("image/jpeg") == "jpg"
    assert frame_ext("image/png; charset=binary") == "png"
    assert frame_ext(None, b"\xff\xd8\xff\xe0") == "jpg"
    assert frame_ext("application/octet-stream", b"\x89PNG\r\n\x1a\nxx") == "png"
    assert frame_ext("image/gif", b"GIF89a") is None
    assert frame_name(42, "jpg") == "000042.jpg"
    assert parse_frame("000042.jpg") == (42, "jpg")
    assert parse_frame("poster.jpg") is None
    assert parse_frame(".000042.jpg.tmp") is None
    assert scan_frames([]) == FrameSet()
    frames = scan_frames(["000001.jpg", "000002.jpg", "000003.jpg", "poster.jpg", "x"])
    assert frames == FrameSet(ext="jpg", first=1, count=3, last=3)
    assert frames.next_index == 4
    # a gap: ffmpeg's sequence stops there; new frames still go after the highest number
    gap = scan_frames(["000002.jpg", "000003.jpg", "000005.jpg", "000009.png"])
    assert gap == FrameSet(ext="jpg", first=2, count=2, last=9)
    assert video_seconds(45, 30) == 1.5
    assert video_seconds(3, 0) == 0.0


def test_stitch_args() -> None:
    frames = FrameSet(ext="jpg", first=3, count=10, last=12)
    args = stitch_args("/cfg/100%/7", frames, 25, "/cfg/7/.out.mp4")
    assert args[args.index("-framerate") + 1] == "25"
    assert args[args.index("-start_number") + 1] == "3"
    assert args[args.index("-i") + 1] == "/cfg/100%%/7/%06d.jpg"
    assert args[args.index("-frames:v") + 1] == "10"
    assert args[args.index("-c:v") + 1] == "libx264"
    assert "crop=trunc(iw/2)*2:trunc(ih/2)*2" in args[args.index("-vf") + 1]
    assert "format=yuv420p" in args[args.index("-vf") + 1]
    assert args[args.index("-movflags") + 1] == "+faststart"
    assert args[-1] == "/cfg/7/.out.mp4"
    assert frame_pattern("/a/", "png") == "/a/%06d.png"
    with pytest.raises(ValueError):
        stitch_args("/x", FrameSet(), 30, "/x/o.mp4")


def test_failure_reason() -> None:
    assert failure_reason(1, b"") == "ffmpeg exited with code 1"
    stderr = (
        b"[mjpeg @ 0x560a7a681140] No JPEG data found in image\n"
        b"    Last message repeated 2 times\n"
        b"[mjpeg @ 0x560a7a68e000] No JPEG data found in image\n"
        b"[vist#0:0/mjpeg @ 0x56] [dec:mjpeg @ 0x56] Error submitting packet to decoder\n"
        b"[vist#0:0/mjpeg @ 0x56] [dec:mjpeg @ 0x56] Task finished with error code: -1\n"
        b"[out#0/mp4 @ 0x56] Nothing was written into output file\n"
    )
    assert failure_reason(1, stderr) == (
        "No JPEG data found in image | Error submitting packet to decoder"
        " | Nothing was written into output file"
    )
    assert failure_reason(1, stderr, limit=40) == "No JPEG data found in image"
    assert len(failure_reason(1, b"x" * 1000, limit=50)) == 50


def test_retention() -> None:
    assert retention_cutoff(T0, 0) is None
    assert retention_cutoff(T0, None) is None
    assert retention_cutoff(T0, 30) == T0 - timedelta(days=30)
    assert expires_at(T0, 0) is None
    assert expires_at(T0, 2) == T0 + timedelta(days=2)
    items = [(1, T0 - timedelta(days=40)), (2, T0 - timedelta(days=29)), (3, T0)]
    assert due_for_purge(items, retention_cutoff(T0, 30)) == [1]
    assert due_for_purge(items, None) == []
