"""The picture a print file carries: the largest suitable thumbnail, as PNG bytes.

Sources: 3MF ``Metadata/plate_<N>.png`` (the default plate first, then any plate), the
package thumbnail (``Metadata/thumbnail.png``, ``Thumbnails/*.png``); G-code
``; thumbnail begin WxH len`` base64 blocks (PNG; ``thumbnail_QOI``/``thumbnail_JPG``
variants); .bgcode thumbnail blocks (PNG, JPG, QOI). QOI is decoded here and re-encoded as
PNG (pure Python); a JPG is returned only when no PNG/QOI exists (``Thumbnail.mime``).

Bounds: images over ``MAX_THUMBNAIL_BYTES`` (encoded) or ``MAX_THUMBNAIL_PIXELS`` are
skipped; G-code is searched in its first ``SCAN_BYTES`` only (slicers put thumbnails at the
top). Blocking (reads, zlib): run it in an executor. Never raises for a bad file: None.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
import os
from pathlib import Path
import re
import struct
from typing import Final
import zlib

from .bgcode import bgcode_thumbnail_blocks
from .common import (
    KIND_3MF,
    KIND_BGCODE,
    KIND_GCODE,
    SCAN_BYTES,
    FileMetaError,
    _Source,
)
from .threemf import _Zip

MAX_THUMBNAIL_BYTES: Final = 4 * 1024 * 1024  # encoded image (PNG/QOI/JPG)
MAX_THUMBNAIL_PIXELS: Final = 1024 * 1024  # QOI decoding is pure Python: ~1 s at this size
MAX_FILE_BYTES: Final = 8 * 1024 * 1024 * 1024
MAX_GCODE_THUMBNAILS: Final = 16
PNG_SIGNATURE: Final = b"\x89PNG\r\n\x1a\n"
QOI_MAGIC: Final = b"qoif"
JPEG_MAGIC: Final = b"\xff\xd8\xff"

_THUMB_BEGIN = re.compile(
    rb"^;\s?(thumbnail(?:_(?:PNG|QOI|JPG))?)\s+begin\s+(\d{1,5})x(\d{1,5})\s+(\d{1,9})\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_THUMB_END = re.compile(rb"^;\s?thumbnail(?:_(?:PNG|QOI|JPG))?\s+end\s*$", re.MULTILINE)
_BG_FORMATS: Final = {0: "png", 1: "jpg", 2: "qoi"}


@dataclass(frozen=True, slots=True)
class Thumbnail:
    """An image: ``data`` is PNG unless ``mime`` says ``image/jpeg``."""

    width: int
    height: int
    png_bytes: bytes
    mime: str = "image/png"


def extract_thumbnail(
    source: bytes | bytearray | memoryview | str | os.PathLike[str],
    kind: str,
    *,
    plate: int | None = None,
) -> Thumbnail | None:
    """The largest suitable thumbnail of a print file of ``kind`` ("3mf", "gcode",
    "bgcode"), or None. ``plate``: the 3MF plate whose picture is wanted (default: plate 1,
    else any). Blocking; never raises for a bad file."""
    try:
        with _Source.open(source, MAX_FILE_BYTES) as src:
            if kind == KIND_3MF:
                return _from_3mf(src, plate)
            if kind == KIND_BGCODE:
                return _from_bgcode(src)
            if kind == KIND_GCODE:
                return _from_gcode(src.read_at(0, SCAN_BYTES))
    except (FileMetaError, OSError, ValueError, zlib.error, struct.error, MemoryError):
        return None
    return None


# --------------------------------------------------------------------------------------------
# Per format
# --------------------------------------------------------------------------------------------


def _best(candidates: list[tuple[int, int, str, bytes]]) -> Thumbnail | None:
    """The largest decodable image; PNG/QOI before JPG."""
    ranked = sorted(candidates, key=lambda c: (c[2] != "jpg", c[0] * c[1], len(c[3])), reverse=True)
    for _width, _height, fmt, data in ranked:
        image = _to_thumbnail(fmt, data)
        if image is not None:
            return image
    return None


def _to_thumbnail(fmt: str, data: bytes) -> Thumbnail | None:
    if len(data) > MAX_THUMBNAIL_BYTES:
        return None
    if fmt == "png" or data.startswith(PNG_SIGNATURE):
        size = png_size(data)
        if size is None:
            return None
        return Thumbnail(size[0], size[1], data)
    if fmt == "qoi" or data.startswith(QOI_MAGIC):
        decoded = decode_qoi(data)
        if decoded is None:
            return None
        width, height, rgba = decoded
        return Thumbnail(width, height, encode_png(width, height, rgba))
    if fmt == "jpg" and data.startswith(JPEG_MAGIC):
        size = jpeg_size(data)
        if size is None:
            return None
        return Thumbnail(size[0], size[1], data, "image/jpeg")
    return None


def _from_gcode(head: bytes) -> Thumbnail | None:
    candidates: list[tuple[int, int, str, bytes]] = []
    for match in _THUMB_BEGIN.finditer(head):
        if len(candidates) >= MAX_GCODE_THUMBNAILS:
            break
        tag = match.group(1).decode().casefold()
        fmt = {"thumbnail": "png", "thumbnail_png": "png"}.get(tag, tag.removeprefix("thumbnail_"))
        width, height, length = (int(match.group(i)) for i in (2, 3, 4))
        if length > MAX_THUMBNAIL_BYTES * 4 // 3 + 4 or width * height > MAX_THUMBNAIL_PIXELS:
            continue
        end = _THUMB_END.search(head, match.end())
        if end is None:
            continue
        text = b"".join(
            line.lstrip(b"; \t").strip() for line in head[match.end() : end.start()].splitlines()
        )
        try:
            data = base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            continue
        candidates.append((width, height, fmt, data))
    return _best(candidates)


def _from_bgcode(src: _Source) -> Thumbnail | None:
    candidates: list[tuple[int, int, str, bytes]] = []
    for fmt_id, width, height, compression, offset, size in bgcode_thumbnail_blocks(src):
        fmt = _BG_FORMATS.get(fmt_id)
        if fmt is None or compression != 0 or size > MAX_THUMBNAIL_BYTES:
            continue
        if width * height > MAX_THUMBNAIL_PIXELS:
            continue
        candidates.append((width, height, fmt, src.read_at(offset, size)))
    return _best(candidates)


_PLATE_PNG = re.compile(r"^Metadata/plate_(\d{1,4})\.png$")
_PACKAGE_PNGS: Final = ("Metadata/thumbnail.png", "Thumbnails/thumbnail.png")


def _from_3mf(src: _Source, plate: int | None) -> Thumbnail | None:
    archive = _Zip(src, "file")
    try:
        plates: dict[int, str] = {}
        for member in archive.members:
            match = _PLATE_PNG.match(member)
            if match:
                plates[int(match.group(1))] = member
        order: list[str] = []
        wanted = plate if plate is not None else 1
        if wanted in plates:
            order.append(plates[wanted])
        order += [plates[i] for i in sorted(plates) if plates[i] not in order]
        order += [m for m in _PACKAGE_PNGS if m in archive.members]
        order += sorted(
            m
            for m in archive.members
            if m.startswith(("Thumbnails/", "Metadata/"))
            and m.casefold().endswith(".png")
            and m not in order
            and "_small" not in m
            and "pick_" not in m
            and "top_" not in m
        )
        for member in order[:32]:
            data = archive.read(member, MAX_THUMBNAIL_BYTES)
            image = _to_thumbnail("png", data) if data else None
            if image is not None:
                return image
        return None
    finally:
        archive.close()


# --------------------------------------------------------------------------------------------
# Image formats (our own small readers/writers)
# --------------------------------------------------------------------------------------------


def png_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) from a PNG's IHDR, or None when it is not a PNG."""
    if len(data) < 24 or not data.startswith(PNG_SIGNATURE) or data[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", data[16:24])
    if not (width > 0 and height > 0 and width * height <= MAX_THUMBNAIL_PIXELS):
        return None
    return width, height


def jpeg_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) from a JPEG's SOF marker, or None."""
    pos = 2
    while pos + 9 < len(data):
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        length = struct.unpack(">H", data[pos + 2 : pos + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[pos + 5 : pos + 9])
            return (width, height) if width and height else None
        pos += 2 + length
    return None


def decode_qoi(data: bytes) -> tuple[int, int, bytes] | None:
    """Decode a QOI image to (width, height, RGBA bytes); None when it is not valid QOI.

    QOI: a 14-byte header (magic, u32 width, u32 height, channels, colourspace), then ops:
    RGB (0xFE), RGBA (0xFF), INDEX (00xxxxxx, a 64-entry colour cache), DIFF (01, 2-bit
    deltas), LUMA (10, green delta + red/blue relative to it), RUN (11, repeat 1..62).
    """
    if len(data) < 14 + 8 or not data.startswith(QOI_MAGIC):
        return None
    width, height = struct.unpack(">II", data[4:12])
    if width == 0 or height == 0 or width * height > MAX_THUMBNAIL_PIXELS:
        return None
    total = width * height
    out = bytearray(total * 4)
    cache = [(0, 0, 0, 0)] * 64
    r, g, b, a = 0, 0, 0, 255
    pos, end = 14, len(data) - 8
    pixel = 0
    run = 0
    while pixel < total:
        if run:
            run -= 1
        elif pos < end:
            op = data[pos]
            pos += 1
            if op == 0xFE:
                r, g, b = data[pos], data[pos + 1], data[pos + 2]
                pos += 3
            elif op == 0xFF:
                r, g, b, a = data[pos], data[pos + 1], data[pos + 2], data[pos + 3]
                pos += 4
            elif op >> 6 == 0:
                r, g, b, a = cache[op]
            elif op >> 6 == 1:
                r = (r + ((op >> 4) & 3) - 2) & 0xFF
                g = (g + ((op >> 2) & 3) - 2) & 0xFF
                b = (b + (op & 3) - 2) & 0xFF
            elif op >> 6 == 2:
                second = data[pos]
                pos += 1
                dg = (op & 0x3F) - 32
                r = (r + dg - 8 + ((second >> 4) & 0x0F)) & 0xFF
                g = (g + dg) & 0xFF
                b = (b + dg - 8 + (second & 0x0F)) & 0xFF
            else:
                run = op & 0x3F
            cache[(r * 3 + g * 5 + b * 7 + a * 11) % 64] = (r, g, b, a)
        else:
            return None  # the data ends before the last pixel
        out[pixel * 4 : pixel * 4 + 4] = bytes((r, g, b, a))
        pixel += 1
    return width, height, bytes(out)


def encode_png(width: int, height: int, rgba: bytes) -> bytes:
    """An RGBA PNG (8 bits per channel, no filter, zlib level 6)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body))
            + kind
            + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
        )

    stride = width * 4
    raw = b"".join(b"\0" + rgba[y * stride : (y + 1) * stride] for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (
        PNG_SIGNATURE
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 6))
        + chunk(b"IEND", b"")
    )


def thumbnail_of_path(path: str | os.PathLike[str]) -> Thumbnail | None:
    """:func:`extract_thumbnail` with the kind guessed from the file name."""
    name = Path(path).name.casefold()
    kind = (
        KIND_3MF
        if name.endswith(".3mf")
        else KIND_BGCODE
        if name.endswith(".bgcode")
        else KIND_GCODE
    )
    return extract_thumbnail(path, kind)


__all__ = [
    "Thumbnail",
    "decode_qoi",
    "encode_png",
    "extract_thumbnail",
    "png_size",
    "thumbnail_of_path",
]
