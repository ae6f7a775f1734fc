"""3MF archives (Bambu Studio / Orca sliced exports and projects, PrusaSlicer projects)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
import contextlib
import hashlib
import lzma
import struct
from typing import Any, Final
import xml.etree.ElementTree as ET
import zipfile
import zlib

from .common import (
    _APPLICATION,
    _PLATE_MEMBER,
    INTEGRITY_ARCHIVE,
    INTEGRITY_MD5,
    MAX_CONFIG_BYTES,
    MAX_FILAMENTS,
    MAX_HEADER_BUDGET,
    MAX_LAYERS,
    MAX_MODEL_HEAD,
    MAX_OBJECTS,
    MAX_PLATES,
    MAX_ZIP_MEMBERS,
    MAX_ZIP_RATIO,
    MAX_ZIP_UNCOMPRESSED,
    SCAN_BYTES,
    FilamentUse,
    FileMetaError,
    MiB,
    _bbox_value,
    _bed_shape,
    _bed_type,
    _clean_name,
    _color,
    _count,
    _Draft,
    _duration,
    _grams,
    _height,
    _loads_json,
    _material,
    _nozzle,
    _num,
    _PlateDraft,
    _Source,
    _union,
)
from .gcode import (
    _apply_geometry,
    _lines,
    _Scan,
    _scan_fields,
    _scan_lines,
)

# --------------------------------------------------------------------------------------------
# 3MF
# --------------------------------------------------------------------------------------------

MAX_MD5_BYTES: Final = 2 * 1024 * MiB  # plate G-code streamed through MD5, at most

_ZIP_ERRORS: Final = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    lzma.LZMAError,
    NotImplementedError,
    RuntimeError,  # encrypted member
    EOFError,
    OSError,
    ValueError,
    struct.error,
    OverflowError,
    IndexError,
    KeyError,
)


class _Zip:
    """A zip archive read with limits."""

    def __init__(self, src: _Source, name: str) -> None:
        self.name = name
        try:
            self.zf = zipfile.ZipFile(src.fileobj())
            infos = self.zf.infolist()
        except _ZIP_ERRORS as err:
            raise FileMetaError(
                "corrupt_archive", f"{name} is not a readable zip archive ({_why(err)})"
            ) from err
        if len(infos) > MAX_ZIP_MEMBERS:
            raise FileMetaError("archive_limits", f"{name} has too many entries ({len(infos)})")
        total = sum(max(0, info.file_size) for info in infos)
        if total > MAX_ZIP_UNCOMPRESSED:
            raise FileMetaError("archive_limits", f"{name} unpacks to more than the limit")
        self.members: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            self.members.setdefault(info.filename.replace("\\", "/").lstrip("/"), info)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.zf.close()

    def md5(self, member: str) -> str | None:
        """Hex MD5 of a whole member, streamed; None when it cannot be unpacked (bad CRC,
        cut archive)."""
        info = self.members.get(member)
        if info is None or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            return None
        digest = hashlib.md5(usedforsecurity=False)
        try:
            with self.zf.open(info) as handle:
                while chunk := handle.read(MiB):
                    digest.update(chunk)
        except _ZIP_ERRORS:
            return None
        return digest.hexdigest()

    def read(self, member: str, limit: int, *, truncate: bool = False) -> bytes | None:
        """Up to ``limit`` bytes of ``member`` (None when absent). Over ``limit``: an
        ``archive_limits`` error, or the first ``limit`` bytes with ``truncate``."""
        info = self.members.get(member)
        if info is None:
            return None
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise FileMetaError(
                "corrupt_archive", f"{self.name}: {member} uses an unsupported compression"
            )
        if (
            info.file_size > MiB
            and info.file_size > MAX_ZIP_RATIO * max(1, info.compress_size)
            and not truncate
        ):
            raise FileMetaError(
                "archive_limits", f"{self.name}: {member} is suspiciously compressed"
            )
        try:
            with self.zf.open(info) as handle:
                data = handle.read(limit + 1)
        except _ZIP_ERRORS as err:
            raise FileMetaError(
                "corrupt_archive", f"{self.name}: cannot unpack {member} ({_why(err)})"
            ) from err
        if len(data) > limit:
            if truncate:
                return data[:limit]
            raise FileMetaError("archive_limits", f"{self.name}: {member} is too large")
        return data


def _why(err: BaseException) -> str:
    text = str(err).strip()[:120]
    return f"{type(err).__name__}: {text}" if text else type(err).__name__


def _xml_root(data: bytes, what: str) -> ET.Element | None:
    """Parsed XML or None; a DOCTYPE/ENTITY (entity expansion) is refused."""
    probe = data[:MAX_CONFIG_BYTES]
    if b"<!DOCTYPE" in probe.upper() or b"<!ENTITY" in probe.upper():
        raise FileMetaError("corrupt_archive", f"{what} declares a DOCTYPE/ENTITY (refused)")
    try:
        return ET.fromstring(probe)  # noqa: S314 - no DOCTYPE/ENTITY (checked above)
    except (ET.ParseError, ValueError, RecursionError):
        return None


def _parse_3mf(src: _Source, name: str) -> _Draft:
    archive = _Zip(src, name)
    try:
        return _read_3mf(archive, name)
    finally:
        archive.close()


def _read_3mf(archive: _Zip, name: str) -> _Draft:
    members = archive.members
    if not (
        "[Content_Types].xml" in members or any(m.startswith(("3D/", "Metadata/")) for m in members)
    ):
        raise FileMetaError("not_3mf", f"{name} is a zip archive but not a 3MF project")
    draft = _Draft()
    plates: dict[int, _PlateDraft] = {}

    def plate(index: int) -> _PlateDraft | None:
        if index < 1 or index > 9999:
            return None
        if index not in plates:
            if len(plates) >= MAX_PLATES:
                return None
            plates[index] = _PlateDraft(index=index)
        return plates[index]

    for member in members:
        match = _PLATE_MEMBER.match(member)
        if match:
            entry = plate(int(match.group(1)))
            if entry is not None and match.group(2) == "gcode":
                entry.sliced = True
                entry.gcode_path = member

    # slicer: 3D/3dmodel.model "Application" (BambuStudio-01.10.01.50, OrcaSlicer-2.2.0)
    model_head = archive.read("3D/3dmodel.model", MAX_MODEL_HEAD, truncate=True)
    if model_head:
        app = _APPLICATION.search(model_head)
        if app:
            text = app.group(1).decode("utf-8", "replace").strip()
            slicer, _, version = text.partition("-")
            draft.slicer = slicer.strip() or None
            draft.slicer_version = version.strip().split("+", 1)[0] or None

    _read_slice_info(archive, draft, plate)
    settings = _read_project_settings(archive, draft)
    prusa = _read_prusa_config(archive, draft)

    budget = MAX_HEADER_BUDGET
    for entry in sorted(plates.values(), key=lambda p: p.index):
        _read_plate_json(archive, entry)
        if entry.sliced and entry.gcode_path and budget > 0:
            head = archive.read(entry.gcode_path, min(SCAN_BYTES, budget), truncate=True)
            if head:
                budget -= len(head)
                _read_plate_gcode(entry, head, draft)
        if entry.bed_type is None:
            entry.bed_type = settings.get("bed_type")
        if not entry.filaments and settings.get("filaments"):
            entry.filaments = list(settings["filaments"])

    if not plates:
        draft.plates.append(
            _PlateDraft(
                index=1,
                sliced=False,
                filaments=list(settings.get("filaments") or prusa.get("filaments") or []),
                bbox=prusa.get("bbox"),
            )
        )
    else:
        draft.plates.extend(plates.values())
    if not any(p.sliced for p in draft.plates):
        draft.warnings.append("not_sliced")
    codes = [p.model_code for p in draft.plates if p.model_code]
    if codes:
        draft.model_text = codes[0]
    elif settings.get("model_text"):
        draft.model_text = settings["model_text"]
    elif prusa.get("model_text"):
        draft.model_text = prusa["model_text"]
    if draft.nozzle_mm is None:
        draft.nozzle_mm = next((p.nozzle_mm for p in draft.plates if p.nozzle_mm), None)
    draft.integrity_problem = _plates_md5_problem(archive, plates.values())
    return draft


def _plates_md5_problem(archive: _Zip, plates: Iterable[_PlateDraft]) -> str | None:
    """Each sliced plate's G-code against its ``.md5`` member (Bambu Studio / Orca write one
    per plate): the whole member is streamed through MD5 (its zip CRC is checked on the way).
    """
    for entry in sorted(plates, key=lambda p: p.index):
        if not entry.sliced or not entry.gcode_path:
            continue
        expected = archive.read(entry.gcode_path + ".md5", 1024, truncate=True)
        if expected is None:
            continue
        want = expected.decode("ascii", "replace").strip().casefold()[:32]
        info = archive.members.get(entry.gcode_path)
        if (
            info is None
            or info.file_size > MAX_MD5_BYTES
            or (
                info.file_size > MiB and info.file_size > MAX_ZIP_RATIO * max(1, info.compress_size)
            )
        ):
            continue  # too big or bomb-like to unpack whole: not judged
        got = archive.md5(entry.gcode_path)
        if got is None:
            return INTEGRITY_ARCHIVE
        if got != want:
            return INTEGRITY_MD5
    return None


def _read_slice_info(
    archive: _Zip, draft: _Draft, plate: Callable[[int], _PlateDraft | None]
) -> None:
    data = archive.read("Metadata/slice_info.config", MAX_CONFIG_BYTES)
    if data is None:
        return
    root = _xml_root(data, "slice_info.config")
    if root is None:
        draft.warnings.append("slice_info_unreadable")
        return
    header: dict[str, str] = {}
    for item in root.iter("header_item"):
        key, value = item.get("key"), item.get("value")
        if key and value:
            header.setdefault(key, value)
    version = header.get("X-BBL-Client-Version")
    if draft.slicer is None and version:
        draft.slicer, draft.slicer_version = "BambuStudio", version
    for element in root.findall("plate")[:MAX_PLATES]:
        meta: dict[str, str] = {}
        for item in element.findall("metadata"):
            key, value = item.get("key"), item.get("value")
            if key and value is not None:
                meta.setdefault(key, value)
        index = _count(meta.get("index"))
        entry = plate(index) if index is not None else None
        if entry is None:
            continue
        entry.estimate_s = _duration(meta.get("prediction"))
        entry.weight_g = _grams(meta.get("weight"))
        entry.model_code = _clean_name(meta.get("printer_model_id"))
        entry.nozzle_mm = _nozzle(meta.get("nozzle_diameters", "").replace(" ", ","))
        filaments: list[FilamentUse] = []
        for item in element.findall("filament")[:MAX_FILAMENTS]:
            filaments.append(
                FilamentUse(
                    type=_material(item.get("type")),
                    color=_color(item.get("color")),
                    grams=_grams(item.get("used_g")),
                    id=_count(item.get("id")),
                )
            )
        entry.filaments = filaments
        entry.object_names = [
            n for n in (_clean_name(o.get("name")) for o in element.findall("object")) if n
        ][:MAX_OBJECTS]
        last_layer = -1
        for ranges in element.iter("layer_filament_list"):
            numbers = [_num(v) for v in (ranges.get("layer_ranges") or "").split()[:2]]
            if numbers and numbers[-1] is not None:
                last_layer = max(last_layer, int(numbers[-1]))
        if 0 <= last_layer < MAX_LAYERS:
            entry.layer_count = last_layer + 1


def _read_project_settings(archive: _Zip, draft: _Draft) -> dict[str, Any]:
    data = archive.read("Metadata/project_settings.config", MAX_CONFIG_BYTES)
    out: dict[str, Any] = {}
    if data is None:
        return out
    settings = _loads_json(data)
    if not isinstance(settings, dict):
        draft.warnings.append("project_settings_unreadable")
        return out

    def text(key: str) -> str | None:
        value = settings.get(key)
        if isinstance(value, list):
            value = value[0] if value else None
        return _clean_name(value) if isinstance(value, (str, int, float)) else None

    out["model_text"] = text("printer_model")
    draft.profile = draft.profile or text("printer_settings_id")
    nozzle = settings.get("nozzle_diameter")
    draft.nozzle_mm = draft.nozzle_mm or _nozzle(
        nozzle if isinstance(nozzle, (str, list)) else None
    )
    out["bed_type"] = _bed_type(text("curr_bed_type"))
    area = settings.get("printable_area")
    draft.bed_shape = draft.bed_shape or _bed_shape(area if isinstance(area, (list, str)) else None)
    height = settings.get("printable_height")
    draft.printable_height_mm = draft.printable_height_mm or _height(
        height if isinstance(height, (str, int, float, list)) else None
    )
    types = settings.get("filament_type")
    colors = settings.get("filament_colour")
    if isinstance(types, list):
        colors_list = colors if isinstance(colors, list) else []
        out["filaments"] = [
            FilamentUse(
                type=_material(t) if isinstance(t, str) else None,
                color=_color(colors_list[i]) if i < len(colors_list) else None,
                id=i + 1,
            )
            for i, t in enumerate(types[:MAX_FILAMENTS])
        ]
    return out


def _read_prusa_config(archive: _Zip, draft: _Draft) -> dict[str, Any]:
    """PrusaSlicer project 3MF: ``Metadata/Slic3r_PE.config`` (``; key = value``)."""
    data = archive.read("Metadata/Slic3r_PE.config", MAX_CONFIG_BYTES)
    if data is None:
        return {}
    scan = _Scan()
    _scan_lines(scan, data.decode("utf-8", "replace").splitlines(), body=False)
    fields = _scan_fields(scan)
    draft.slicer = draft.slicer or "PrusaSlicer"
    draft.profile = draft.profile or fields["profile"]
    draft.nozzle_mm = draft.nozzle_mm or fields["nozzle"]
    _apply_geometry(draft, fields)
    return fields


def _read_plate_json(archive: _Zip, entry: _PlateDraft) -> None:
    data = archive.read(f"Metadata/plate_{entry.index}.json", MAX_CONFIG_BYTES)
    if data is None:
        return
    info = _loads_json(data)
    if not isinstance(info, dict):
        return
    entry.bbox = _bbox_value(info.get("bbox_all")) or entry.bbox
    if entry.bbox is None and isinstance(info.get("bbox_objects"), list):
        entry.bbox = _union(
            _bbox_value(o.get("bbox"))
            for o in info["bbox_objects"][:MAX_OBJECTS]
            if isinstance(o, dict)
        )
    entry.bed_type = _bed_type(info.get("bed_type")) or entry.bed_type
    entry.nozzle_mm = entry.nozzle_mm or _nozzle(
        info.get("nozzle_diameter")
        if isinstance(info.get("nozzle_diameter"), (int, float, str))
        else None
    )
    if not entry.object_names and isinstance(info.get("bbox_objects"), list):
        entry.object_names = [
            n
            for n in (
                _clean_name(o.get("name"))
                for o in info["bbox_objects"][:MAX_OBJECTS]
                if isinstance(o, dict)
            )
            if n
        ]


def _read_plate_gcode(entry: _PlateDraft, head: bytes, draft: _Draft) -> None:
    scan = _Scan()
    _scan_lines(scan, _lines(head, skip_first=False, skip_last=True), body=False)
    fields = _scan_fields(scan)
    entry.estimate_s = entry.estimate_s or fields["estimate"]
    entry.layer_count = entry.layer_count or fields["layers"]
    entry.weight_g = entry.weight_g or fields["weight"]
    entry.nozzle_mm = entry.nozzle_mm or fields["nozzle"]
    entry.bed_type = entry.bed_type or fields["bed_type"]
    if not entry.filaments:
        entry.filaments = list(fields["filaments"])
    if scan.slicer and (draft.slicer is None or draft.slicer != scan.slicer):
        # the plate G-code names the slicer that wrote it: OrcaSlicer keeps Bambu Studio's
        # "Application" tag in 3D/3dmodel.model, its G-code header says "OrcaSlicer 2.2.0"
        draft.slicer, draft.slicer_version = scan.slicer, scan.slicer_version
    entry.max_height_mm = entry.max_height_mm or fields["max_height"]
    _apply_geometry(draft, fields)
    if not entry.model_code and fields["model_text"]:
        entry.model_code = fields["model_text"]
