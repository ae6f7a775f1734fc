"""The stitch command line against the real ffmpeg: checked with ffprobe."""

from __future__ import annotations

from pathlib import Path
import subprocess

import pytest

from custom_components.odin.farm.timelapse import scan_frames, stitch_args
from tests.ffmpeg_tools import FFMPEG, make_frames, probe, top_level_boxes


@pytest.mark.parametrize(("ext", "fps"), [("jpg", 10), ("png", 30)])
def test_stitch_makes_h264_with_every_frame(tmp_path: Path, ext: str, fps: int) -> None:
    """Odd-sized frames → H.264 yuv420p, even size, one video frame per image, faststart."""
    frames_dir = tmp_path / "42"
    make_frames(frames_dir, 23, size="161x121", ext=ext, start=4)
    frames = scan_frames(p.name for p in frames_dir.iterdir())
    assert (frames.first, frames.count, frames.ext) == (4, 23, ext)
    out = frames_dir / "out.mp4"
    subprocess.run(
        [FFMPEG, *stitch_args(str(frames_dir), frames, fps, str(out))], check=True, timeout=120
    )
    info = probe(out)
    assert info["codec"] == "h264"
    assert info["pix_fmt"] == "yuv420p"
    assert (info["width"], info["height"]) == (160, 120)
    assert info["frames"] == 23
    assert info["rate"] == f"{fps}/1"
    assert info["duration"] == pytest.approx(23 / fps, abs=1 / fps)
    boxes = top_level_boxes(out)
    assert boxes.index("moov") < boxes.index("mdat")


def test_stitch_stops_at_a_gap(tmp_path: Path) -> None:
    """A missing number ends the sequence; scan_frames counts the same frames ffmpeg reads."""
    frames_dir = tmp_path / "7"
    paths = make_frames(frames_dir, 8)
    paths[5].unlink()  # 000006.jpg
    frames = scan_frames(p.name for p in frames_dir.iterdir())
    assert frames.count == 5
    out = tmp_path / "out.mp4"
    subprocess.run(
        [FFMPEG, *stitch_args(str(frames_dir), frames, 30, str(out))], check=True, timeout=120
    )
    assert probe(out)["frames"] == 5
