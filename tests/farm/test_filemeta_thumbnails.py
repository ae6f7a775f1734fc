"""farm/filemeta thumbnails (QOI decoding, PNG encoding, per-format extraction) and the
3MF plate MD5 integrity check."""

from __future__ import annotations

import base64
import io
from pathlib import Path
import struct
import time
import zipfile
import zlib

from custom_components.odin.farm.filemeta import (
    KIND_3MF,
    KIND_BGCODE,
    KIND_GCODE,
    FileMetaError,
    extract_thumbnail,
    parse_file,
)
from custom_components.odin.farm.filemeta.thumbnails import decode_qoi, encode_png, png_size
from tests.fixtures.files import make_fixtures as mk

FILES = Path(__file__).resolve().parent.parent / "fixtures" / "files"
REAL = FILES / "real"
QOI_END = b"\0" * 7 + b"\1"


def qoi(width: int, height: int, ops: bytes) -> bytes:
    return b"qoif" + struct.pack(">IIBB", width, height, 4, 0) + ops + QOI_END


def qoi_rgba(width: int, height: int, pixels: list[tuple[int, int, int, int]]) -> bytes:
    """A valid (if large) QOI: one RGBA op per pixel."""
    return qoi(width, height, b"".join(b"\xff" + bytes(p) for p in pixels))


def png_pixels(data: bytes) -> bytes:
    """Raw RGBA rows of a PNG made by encode_png (filter byte 0 on every row)."""
    width, height = png_size(data) or (0, 0)
    idat = data.index(b"IDAT")
    (length,) = struct.unpack(">I", data[idat - 4 : idat])
    raw = zlib.decompress(data[idat + 4 : idat + 4 + length])
    stride = width * 4 + 1
    assert all(raw[y * stride] == 0 for y in range(height))
    return b"".join(raw[y * stride + 1 : (y + 1) * stride] for y in range(height))


def test_qoi_ops_rgb_diff_luma_index() -> None:
    ops = bytes([0xFE, 10, 20, 30, 0x76, 0xA5, 0x6A, 0x09])
    decoded = decode_qoi(qoi(2, 2, ops))
    assert decoded is not None
    width, height, rgba = decoded
    assert (width, height) == (2, 2)
    assert rgba == bytes([10, 20, 30, 255, 11, 19, 30, 255, 14, 24, 37, 255, 10, 20, 30, 255])


def test_qoi_run_and_rgba() -> None:
    decoded = decode_qoi(qoi(3, 1, bytes([0xFF, 1, 2, 3, 4, 0xC1])))
    assert decoded is not None
    assert decoded[2] == bytes([1, 2, 3, 4]) * 3


def test_qoi_cut_short_or_oversized_is_refused() -> None:
    assert decode_qoi(qoi(4, 4, bytes([0xFF, 1, 2, 3, 4]))) is None  # pixels missing
    assert decode_qoi(b"qoif" + struct.pack(">IIBB", 100_000, 100_000, 4, 0) + QOI_END) is None
    assert decode_qoi(b"not a qoi image at all") is None


def test_png_encoder_round_trip() -> None:
    rgba = bytes(range(2 * 3 * 4))
    png = encode_png(2, 3, rgba)
    assert png_size(png) == (2, 3)
    assert png_pixels(png) == rgba


def gcode_with_thumbnails(*blocks: tuple[str, int, int, bytes]) -> bytes:
    """The real MK4S G-code with thumbnail blocks after its first line, as PrusaSlicer's GUI
    writes them (base64 in comment lines of 78 chars)."""
    source = (REAL / "prusaslicer_mk4s_04_cube.gcode").read_bytes()
    first, _, rest = source.partition(b"\n")
    out = [first]
    for tag, width, height, data in blocks:
        text = base64.b64encode(data).decode()
        out.append(f"; {tag} begin {width}x{height} {len(text)}".encode())
        out += [f"; {text[i : i + 78]}".encode() for i in range(0, len(text), 78)]
        out += [f"; {tag} end".encode(), b";"]
    return b"\n".join(out) + b"\n" + rest


def test_gcode_thumbnail_largest_wins_and_qoi_becomes_png() -> None:
    small_png = encode_png(2, 2, b"\x10" * 16)
    big_qoi = qoi_rgba(4, 3, [(200, 100, 50, 255)] * 12)
    data = gcode_with_thumbnails(("thumbnail", 2, 2, small_png), ("thumbnail_QOI", 4, 3, big_qoi))
    thumb = extract_thumbnail(data, KIND_GCODE)
    assert thumb is not None
    assert (thumb.width, thumb.height, thumb.mime) == (4, 3, "image/png")
    assert png_size(thumb.png_bytes) == (4, 3)
    assert png_pixels(thumb.png_bytes) == bytes([200, 100, 50, 255]) * 12
    meta = parse_file(data, "x.gcode")  # the thumbnail blocks change no other field
    assert meta.printer_model == "MK4S"
    assert meta.integrity_problem is None


def test_gcode_thumbnail_bad_base64_is_skipped() -> None:
    good = encode_png(3, 3, b"\x20" * 36)
    data = gcode_with_thumbnails(("thumbnail", 3, 3, good))
    broken = data.replace(
        b"; thumbnail begin",
        b"; thumbnail begin 9x9 10\n; ###\n; thumbnail end\n; thumbnail begin",
        1,
    )
    thumb = extract_thumbnail(broken, KIND_GCODE)
    assert thumb is not None
    assert (thumb.width, thumb.height) == (3, 3)


def test_jpg_only_when_nothing_else() -> None:
    jpeg = b"\xff\xd8\xff\xe0\x00\x04ab\xff\xc0\x00\x0b\x08\x00\x05\x00\x07\x01\x01\x11\x00"
    only_jpg = gcode_with_thumbnails(("thumbnail_JPG", 7, 5, jpeg))
    thumb = extract_thumbnail(only_jpg, KIND_GCODE)
    assert thumb is not None
    assert (thumb.width, thumb.height, thumb.mime) == (7, 5, "image/jpeg")
    both = gcode_with_thumbnails(
        ("thumbnail_JPG", 7, 5, jpeg), ("thumbnail", 2, 2, encode_png(2, 2, b"\0" * 16))
    )
    thumb = extract_thumbnail(both, KIND_GCODE)
    assert thumb is not None
    assert thumb.mime == "image/png"


def test_bgcode_thumbnail_blocks_png_and_qoi() -> None:
    png = encode_png(5, 4, b"\x55" * 80)
    qoi_image = qoi_rgba(8, 6, [(1, 2, 3, 255)] * 48)

    def thumb_block(fmt: int, width: int, height: int, data: bytes) -> bytes:
        body = struct.pack("<HHI", mk.BG_THUMB, 0, len(data)) + struct.pack(
            "<HHH", fmt, width, height
        )
        body += data
        return body + struct.pack("<I", zlib.crc32(body))

    data = mk.bgcode_file(
        [
            mk.bg_block(mk.BG_PRINTER_META, b"printer_model=MK4S\n"),
            thumb_block(0, 5, 4, png),
            thumb_block(2, 8, 6, qoi_image),
            mk.bg_block(mk.BG_GCODE, b"G28\n"),
        ]
    )
    thumb = extract_thumbnail(data, KIND_BGCODE)
    assert thumb is not None
    assert (thumb.width, thumb.height) == (8, 6)
    assert png_size(thumb.png_bytes) == (8, 6)
    assert parse_file(data, "x.bgcode").integrity_problem is None


def test_hand_made_fixtures_thumbnails() -> None:
    plate = extract_thumbnail(FILES / "bambu_x1c_bracket.gcode.3mf", KIND_3MF)
    assert plate is not None
    assert plate.png_bytes == mk.TINY_PNG
    assert (plate.width, plate.height) == (1, 1)
    bg = extract_thumbnail(FILES / "prusaslicer_mk4s.bgcode", KIND_BGCODE)
    assert bg is not None
    assert png_size(bg.png_bytes) == (1, 1)


def test_3mf_plate_picture_of_the_asked_plate() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("3D/3dmodel.model", "<model/>")
        archive.writestr("Metadata/plate_1.png", encode_png(2, 2, b"\0" * 16))
        archive.writestr("Metadata/plate_2.png", encode_png(3, 3, b"\0" * 36))
    data = buffer.getvalue()
    first = extract_thumbnail(data, KIND_3MF)
    second = extract_thumbnail(data, KIND_3MF, plate=2)
    assert first is not None
    assert second is not None
    assert (first.width, second.width) == (2, 3)


def test_garbage_gives_none_quickly() -> None:
    started = time.monotonic()
    assert extract_thumbnail(b"PK\x03\x04garbage", KIND_3MF) is None
    assert extract_thumbnail(b"GCDE\x01\x00\x00\x00\x01\x00", KIND_BGCODE) is None
    assert extract_thumbnail(b"; thumbnail begin 99999x99999 5\n; AAAA\n", KIND_GCODE) is None
    assert extract_thumbnail(b"", KIND_GCODE) is None
    assert time.monotonic() - started < 1.0


def test_big_qoi_decodes_in_bounded_time() -> None:
    image = qoi(480, 240, bytes([0xFE, 9, 9, 9]) + bytes([0xFD]) * (480 * 240 // 62 + 1))
    started = time.monotonic()
    decoded = decode_qoi(image)
    assert decoded is not None
    assert time.monotonic() - started < 5.0


# ---- Bambu 3MF plate MD5 ----------------------------------------------------------------


def rewritten(path: Path, member: str, change: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == member:
                data = data + change
            target.writestr(info, data)
    return buffer.getvalue()


def test_bambu_plate_md5_mismatch_is_reported() -> None:
    path = FILES / "bambu_x1c_bracket.gcode.3mf"
    assert parse_file(path).integrity_problem is None
    damaged = rewritten(path, "Metadata/plate_1.gcode", b"G1 X0\n")
    assert parse_file(damaged, "x.gcode.3mf").integrity_problem == "plate_md5_mismatch"


def test_bambu_plate_gcode_with_bad_zip_crc_is_reported() -> None:
    data = bytearray((FILES / "bambu_x1c_bracket.gcode.3mf").read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("Metadata/plate_1.gcode")
    # flip one byte inside the member's data (after its local header)
    header_len = 30 + len(info.filename.encode()) + len(info.extra)
    data[info.header_offset + header_len + info.compress_size - 3] ^= 0x01
    # a small member is read whole for its header: the bad CRC is a corrupt archive; a big
    # one is read whole only by the MD5 check: an integrity problem
    try:
        result = parse_file(bytes(data), "x.gcode.3mf").integrity_problem
    except FileMetaError as err:
        result = err.code
    assert result in ("corrupt_archive", "archive_damaged", "plate_md5_mismatch")


def test_bomb_like_plate_gcode_is_not_unpacked_for_md5() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("3D/3dmodel.model", "<model/>")
        archive.writestr("Metadata/plate_1.gcode", b"; HEADER_BLOCK_START\n" + bytes(40 * 2**20))
        archive.writestr("Metadata/plate_1.gcode.md5", "0" * 32)  # wrong, but never checked
    started = time.monotonic()
    meta = parse_file(buffer.getvalue(), "bomb.gcode.3mf")
    assert meta.integrity_problem is None
    assert time.monotonic() - started < 2.0
