"""Real ffmpeg / ffprobe helpers for the timelapse tests (frames made with ffmpeg's testsrc)."""

from __future__ import annotations

import json
from pathlib import Path
import shutil
import struct
import subprocess
from typing import Any

FFMPEG = shutil.which("ffmpeg") or "ffmpeg"
FFPROBE = shutil.which("ffprobe") or "ffprobe"


def make_frames(
    directory: Path, count: int, size: str = "161x121", ext: str = "jpg", start: int = 1
) -> list[Path]:
    """``count`` different images ``000001.jpg`` … (testsrc: a moving pattern and counter)."""
    directory.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            FFMPEG,
            "-hide_banner",
            "-loglevel",
            "error",
            "-nostdin",
            "-y",
            "-f",
            "lavfi",
            "-i",
            f"testsrc=size={size}:rate=10",
            "-frames:v",
            str(count),
            "-start_number",
            str(start),
            str(directory / f"%06d.{ext}"),
        ],
        check=True,
        timeout=120,
    )
    return sorted(directory.glob(f"*.{ext}"))


def probe(path: Path) -> dict[str, Any]:
    """ffprobe of the first video stream with a decoded frame count, plus the container."""
    out = subprocess.run(
        [
            FFPROBE,
            "-v",
            "error",
            "-count_frames",
            "-select_streams",
            "v:0",
            "-show_entries",
            "stream=codec_name,pix_fmt,width,height,nb_read_frames,avg_frame_rate:format=duration,format_name",
            "-of",
            "json",
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    ).stdout
    data = json.loads(out)
    stream = data["streams"][0]
    return {
        "codec": stream["codec_name"],
        "pix_fmt": stream["pix_fmt"],
        "width": int(stream["width"]),
        "height": int(stream["height"]),
        "frames": int(stream["nb_read_frames"]),
        "rate": stream["avg_frame_rate"],
        "duration": float(data["format"]["duration"]),
        "format": data["format"]["format_name"],
    }


def top_level_boxes(path: Path) -> list[str]:
    """MP4 top-level box types in file order (faststart puts ``moov`` before ``mdat``)."""
    boxes: list[str] = []
    data = path.read_bytes()
    offset = 0
    while offset + 8 <= len(data):
        size, kind = struct.unpack(">I4s", data[offset : offset + 8])
        if size == 1:
            size = struct.unpack(">Q", data[offset + 8 : offset + 16])[0]
        boxes.append(kind.decode("latin-1"))
        if size < 8:
            break
        offset += size
    return boxes
