"""Prusa binary G-code (.bgcode): metadata blocks before the first G-code block."""

from __future__ import annotations

from dataclasses import dataclass
import struct
from typing import Final
import zlib

from .common import (
    INTEGRITY_BLOCK_CUT,
    INTEGRITY_CHECKSUM,
    INTEGRITY_TRUNCATED,
    MAX_BGCODE_BLOCKS,
    MAX_BGCODE_META,
    FileMetaError,
    MiB,
    _Draft,
    _Source,
)
from .gcode import (
    _Scan,
    _scan_draft,
    _scan_fields,
    _scan_ini,
    _single_plate,
)

# --------------------------------------------------------------------------------------------
# Prusa binary G-code (.bgcode)
# --------------------------------------------------------------------------------------------

MAX_BGCODE_WALK: Final = 1_000_000  # blocks walked for the integrity check (~64 KiB each)
_BG_FILE_META, _BG_GCODE, _BG_SLICER_META, _BG_PRINTER_META, _BG_PRINT_META, _BG_THUMB = range(6)


def _parse_bgcode(src: _Source, name: str) -> _Draft:
    header = src.read_at(0, 10)
    if len(header) < 10:
        raise FileMetaError("corrupt_bgcode", f"{name}: the binary G-code header is cut short")
    _magic, version, checksum_type = struct.unpack("<4sIH", header)
    if version != 1 or checksum_type not in (0, 1):
        raise FileMetaError(
            "corrupt_bgcode", f"{name}: unsupported binary G-code (version {version})"
        )
    crc_size = 4 if checksum_type == 1 else 0
    scan = _Scan()
    warnings: list[str] = []
    offset = 10
    found_gcode = False
    problem: str | None = None
    for _ in range(MAX_BGCODE_BLOCKS):
        block = _read_block_header(src, offset, crc_size)
        if block == _NO_BLOCK:
            break
        if block == _UNKNOWN_BLOCK:
            raise FileMetaError("corrupt_bgcode", f"{name}: unknown block at byte {offset}")
        if not isinstance(block, _BlockHeader):
            raise FileMetaError("corrupt_bgcode", f"{name}: block block cut short")
        if block.end > src.size:
            raise FileMetaError("corrupt_bgcode", f"{name}: a block runs past the end of the file")
        if block.kind == _BG_GCODE:
            found_gcode = True
            problem = _walk_blocks(src, offset, crc_size)
            break
        if block.kind != _BG_THUMB:
            if block.usize > MAX_BGCODE_META or block.csize > MAX_BGCODE_META:
                raise FileMetaError("corrupt_bgcode", f"{name}: a metadata block is too large")
            raw = src.read_at(offset, block.end - offset)
            payload_start = block.data_start - offset
            payload = raw[payload_start : payload_start + block.csize]
            if crc_size:
                (crc,) = struct.unpack("<I", raw[-4:])
                if zlib.crc32(raw[:-4]) != crc:
                    warnings.append("bgcode_checksum_mismatch")
                    problem = problem or INTEGRITY_CHECKSUM
            text = _bgcode_text(payload, block.compression, block.usize, warnings)
            if text is not None:
                _scan_ini(scan, text)
        offset = block.end
    if not found_gcode:
        warnings.append("bgcode_no_gcode_block")
        problem = problem or INTEGRITY_TRUNCATED
    producer = scan.get("producer")
    if producer:
        slicer, _, version_text = producer.partition(" ")
        scan.slicer = slicer or None
        scan.slicer_version = version_text.strip().split("+", 1)[0] or None
    fields = _scan_fields(scan)
    draft = _scan_draft(scan, fields, warnings + list(fields["warnings"]))
    draft.integrity_problem = problem
    draft.plates.append(_single_plate(fields))
    return draft


def _bgcode_text(payload: bytes, compression: int, usize: int, warnings: list[str]) -> str | None:
    if compression == 0:
        data = payload
    elif compression == 1:
        data = b""
        for wbits in (zlib.MAX_WBITS, -zlib.MAX_WBITS):
            try:
                inflater = zlib.decompressobj(wbits)
                data = inflater.decompress(payload, usize + 1)
            except zlib.error:
                continue
            break
        else:
            warnings.append("bgcode_bad_block")
            return None
        if len(data) != usize:
            warnings.append("bgcode_bad_block")
            return None
    else:  # heatshrink: not used for metadata by PrusaSlicer; not decoded here
        warnings.append("bgcode_heatshrink_metadata")
        return None
    return data.decode("utf-8", "replace")


@dataclass(frozen=True, slots=True)
class _BlockHeader:
    kind: int
    compression: int
    usize: int  # uncompressed size
    csize: int  # stored (compressed) size
    data_start: int  # file offset of the block's data (after header and parameters)
    end: int  # file offset after the block (data and CRC)


_NO_BLOCK: Final = "no_block"  # fewer than 8 bytes left: no block header here
_UNKNOWN_BLOCK: Final = "unknown_block"  # unknown block kind or compression
_CUT_BLOCK: Final = "cut_block"  # compressed block whose size field is missing


def _read_block_header(src: _Source, offset: int, crc_size: int) -> _BlockHeader | str:
    """The header of the block at ``offset``, or why there is none (``_NO_BLOCK``,
    ``_UNKNOWN_BLOCK``, ``_CUT_BLOCK``)."""
    block = src.read_at(offset, 12)
    if len(block) < 8:
        return _NO_BLOCK
    kind, compression, usize = struct.unpack("<HHI", block[:8])
    if kind > _BG_THUMB or compression > 3:
        return _UNKNOWN_BLOCK
    if compression:
        if len(block) < 12:
            return _CUT_BLOCK
        (csize,) = struct.unpack("<I", block[8:12])
        header_size = 12
    else:
        csize, header_size = usize, 8
    params_size = 6 if kind == _BG_THUMB else 2
    data_start = offset + header_size + params_size
    return _BlockHeader(kind, compression, usize, csize, data_start, data_start + csize + crc_size)


def _block_header(src: _Source, offset: int, crc_size: int) -> tuple[int, int, int, int] | None:
    """(kind, data offset, compressed size, block end) of the block at ``offset``; None when
    its header is cut short or unknown."""
    header = _read_block_header(src, offset, crc_size)
    if not isinstance(header, _BlockHeader):
        return None
    return header.kind, header.data_start, header.csize, header.end


def _walk_blocks(src: _Source, offset: int, crc_size: int) -> str | None:
    """Walk the blocks from ``offset`` to the end of the file: each must fit, the last must
    end at the last byte, and every CRC32 must match. A reason code, or None."""
    for _ in range(MAX_BGCODE_WALK):
        if offset == src.size:
            return None
        header = _block_header(src, offset, crc_size)
        if header is None:
            return INTEGRITY_BLOCK_CUT
        _kind, _data_start, _csize, end = header
        if end > src.size:
            return INTEGRITY_BLOCK_CUT
        if crc_size:
            crc = 0
            position = offset
            while position < end - crc_size:
                chunk = src.read_at(position, min(MiB, end - crc_size - position))
                if not chunk:
                    return INTEGRITY_BLOCK_CUT
                crc = zlib.crc32(chunk, crc)
                position += len(chunk)
            (stored,) = struct.unpack("<I", src.read_at(end - crc_size, crc_size))
            if stored != crc:
                return INTEGRITY_CHECKSUM
        offset = end
    return None


def bgcode_thumbnail_blocks(src: _Source) -> list[tuple[int, int, int, int, int, int]]:
    """Thumbnail blocks before the first G-code block: (format, width, height, compression,
    data offset, data size); format 0 PNG, 1 JPG, 2 QOI. Empty when the file is not
    readable as bgcode."""
    header = src.read_at(0, 10)
    if len(header) < 10 or header[:4] != b"GCDE":
        return []
    _magic, version, checksum_type = struct.unpack("<4sIH", header)
    if version != 1 or checksum_type not in (0, 1):
        return []
    crc_size = 4 if checksum_type == 1 else 0
    found: list[tuple[int, int, int, int, int, int]] = []
    offset = 10
    for _ in range(MAX_BGCODE_BLOCKS):
        block = _block_header(src, offset, crc_size)
        if block is None:
            break
        kind, data_start, csize, end = block
        if kind == _BG_GCODE or end > src.size:
            break
        if kind == _BG_THUMB:
            compression = struct.unpack("<H", src.read_at(offset + 2, 2))[0]
            fmt, width, height = struct.unpack("<HHH", src.read_at(data_start - 6, 6))
            found.append((fmt, width, height, compression, data_start, csize))
        offset = end
    return found
