"""G-code text: the comment/command scan shared by every format, and plain G-code files."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
import re
from typing import Any, Final

from .common import (
    _BAMBU_HEADER,
    _CURA,
    _GENERATED_BY,
    _M862_1,
    _M862_3,
    _PRINTER_NOTE,
    MAX_FILAMENTS,
    MAX_LINE,
    MAX_OBJECTS,
    SCAN_BYTES,
    FilamentUse,
    FileMetaError,
    _bbox_of,
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
    _polygon_points,
    _Source,
    _split_list,
)
from .integrity import gcode_problem

# --------------------------------------------------------------------------------------------
# G-code comments (shared by G-code, plate G-code heads, bgcode INI blocks, Slic3r_PE.config)
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Scan:
    """Everything a G-code text scan found."""

    kv: dict[str, str] = field(default_factory=dict)
    slicer: str | None = None
    slicer_version: str | None = None
    m862_model: str | None = None
    m862_nozzle: float | None = None
    total_layers_cmd: int | None = None
    objects: list[str] = field(default_factory=list)
    object_points: list[tuple[float, float]] = field(default_factory=list)
    cura_settings: list[str] = field(default_factory=list)
    cura_settings_len: int = 0
    first_layer: _FirstLayer | None = None
    max_z: float | None = None  # highest ";Z:" / "; Z_HEIGHT:" layer marker seen
    markers: set[str] = field(default_factory=set)  # end-of-file / block markers seen

    def put(self, key: str, value: str) -> None:
        key = " ".join(key.split()).casefold()
        if key and len(key) <= 100 and key not in self.kv and len(self.kv) < 20_000:
            self.kv[key] = value.strip()

    def get(self, *keys: str) -> str | None:
        for key in keys:
            value = self.kv.get(key)
            if value:
                return value
        return None


@dataclass(slots=True)
class _FirstLayer:
    """Bounding box of the first layer's extrusions (absolute XY assumed, aborts on G91)."""

    markers: int = 0
    style: str | None = None  # the marker the file uses (only that one is counted)
    x: float | None = None
    y: float | None = None
    e: float = 0.0
    relative_e: bool = False
    points: list[tuple[float, float]] = field(default_factory=list)
    broken: bool = False

    @property
    def complete(self) -> bool:
        return self.markers >= 2 and not self.broken

    def marker(self, style: str) -> None:
        if self.style is None:
            self.style = style
        if style == self.style:
            self.markers += 1

    def move(self, words: dict[str, float]) -> None:
        start = (self.x, self.y)
        if "X" in words:
            self.x = words["X"]
        if "Y" in words:
            self.y = words["Y"]
        if "E" not in words:
            return
        e_value = words["E"]
        extruding = e_value > 0 if self.relative_e else e_value > self.e
        if not self.relative_e:
            self.e = e_value
        if not (extruding and self.markers == 1):
            return
        if ("X" in words or "Y" in words) and len(self.points) < 200_000:
            if start[0] is not None and start[1] is not None:
                self.points.append((start[0], start[1]))
            if self.x is not None and self.y is not None:
                self.points.append((self.x, self.y))


def _lines(data: bytes, *, skip_first: bool, skip_last: bool) -> list[str]:
    text = data.decode("utf-8", "replace")
    lines = text.splitlines()
    if skip_first and lines:
        lines = lines[1:]
    if skip_last and lines:
        lines = lines[:-1]
    return lines


# layer-change comments: PrusaSlicer/Orca/SuperSlicer, Bambu, Cura (";LAYER:<n>")
_LAYER_MARKERS: Final = (";LAYER_CHANGE", "; CHANGE_LAYER", ";CHANGE_LAYER", ";LAYER:")
_GCODE_WORD = re.compile(r"([A-Za-z])\s{0,2}([-+]?(?:\d{1,12}(?:\.\d{0,12})?|\.\d{1,12}))")


def _scan_lines(scan: _Scan, lines: Iterable[str], *, body: bool) -> None:
    """Feed lines into ``scan``. ``body``: also read commands (head of a G-code file)."""
    first = scan.first_layer
    for raw in lines:
        if len(raw) > MAX_LINE:
            continue
        line = raw.strip()
        if not line:
            continue
        if line[0] == ";":
            if line[:11].upper() == ";SETTING_3 ":
                chunk = raw.lstrip()[11:].rstrip("\r\n")
                if scan.cura_settings_len + len(chunk) <= MAX_LINE:
                    scan.cura_settings.append(chunk)
                    scan.cura_settings_len += len(chunk)
                continue
            _scan_comment(scan, line, first)
            continue
        if not body:
            continue
        head = line[:24].upper()
        if head.startswith(("G0 ", "G1 ", "G2 ", "G3 ")):
            if first is not None and not first.broken and first.markers < 2:
                code = line.split(";", 1)[0]
                first.move(
                    {
                        letter.upper(): float(value)
                        for letter, value in _GCODE_WORD.findall(code[2:])
                        if letter.upper() in "XYE"
                    }
                )
        elif head.startswith("G92") and first is not None:
            match = re.search(r"E\s{0,2}([-+]?\d{1,12}(?:\.\d{0,12})?)", line.split(";", 1)[0])
            if match:
                first.e = float(match.group(1))
        elif head.startswith("M82") and first is not None:
            first.relative_e = False
        elif head.startswith("M83") and first is not None:
            first.relative_e = True
        elif head.startswith("G91") and first is not None and first.markers < 2:
            first.broken = True
        elif head.startswith("M862.3"):
            match = _M862_3.match(line)
            if match and scan.m862_model is None:
                scan.m862_model = match.group(1).strip()
        elif head.startswith("M862.1"):
            match = _M862_1.match(line)
            if match and scan.m862_nozzle is None:
                scan.m862_nozzle = _nozzle(match.group(1))
        elif head.startswith("EXCLUDE_OBJECT_DEFINE"):
            _exclude_object(scan, line)
        elif head.startswith("SET_PRINT_STATS_INFO"):
            match = re.search(r"TOTAL_LAYER\s{0,2}=\s{0,2}(\d{1,7})", line, re.IGNORECASE)
            if match and scan.total_layers_cmd is None:
                scan.total_layers_cmd = _count(match.group(1))


# comment lines that mark the end of a file or a block (matched whole, spaces collapsed,
# upper case) -> the name integrity.py checks
_MARKERS: Final[dict[str, str]] = {
    "; PRUSASLICER_CONFIG = BEGIN": "config_begin",
    "; PRUSASLICER_CONFIG = END": "config_end",
    "; SUPERSLICER_CONFIG = BEGIN": "config_begin",
    "; SUPERSLICER_CONFIG = END": "config_end",
    "; SLIC3R_CONFIG = BEGIN": "config_begin",
    "; SLIC3R_CONFIG = END": "config_end",
    "; CONFIG_BLOCK_START": "block_config_start",
    "; CONFIG_BLOCK_END": "block_config_end",
    "; HEADER_BLOCK_START": "block_header_start",
    "; EXECUTABLE_BLOCK_START": "block_exec_start",
    "; EXECUTABLE_BLOCK_END": "block_exec_end",
    ";END OF GCODE": "cura_end",
}


def _scan_comment(scan: _Scan, line: str, first: _FirstLayer | None) -> None:
    upper = line[:32].upper()
    if first is not None:
        style = next((m for m in _LAYER_MARKERS if upper.startswith(m)), None)
        if style is not None:
            first.marker(style)
            return
    if scan.slicer is None:
        for pattern in (_GENERATED_BY, _BAMBU_HEADER):
            match = pattern.match(line)
            if match:
                scan.slicer, scan.slicer_version = match.group(1), match.group(2)
                scan.slicer_version = scan.slicer_version.split("+", 1)[0]
                return
        match = _CURA.match(line)
        if match:
            scan.slicer, scan.slicer_version = "Cura", match.group(1)
            return
    if upper.startswith(";SETTING_3 "):
        return  # read by _scan_lines (it keeps the chunk's trailing spaces)
    if upper.startswith((";Z:", "; Z_HEIGHT:")):
        height = _num(line.partition(":")[2])
        if height is not None and 0 < height < 10_000:
            scan.max_z = height if scan.max_z is None else max(scan.max_z, height)
        return
    marker = _MARKERS.get(" ".join(line.split()).upper()) if len(line) < 48 else None
    if marker is not None:
        scan.markers.add(marker)
        if marker.startswith("config_"):
            return
    if upper.startswith(";MESH:"):
        mesh = _clean_name(line[6:])
        if mesh and mesh.upper() != "NONMESH" and len(scan.objects) < MAX_OBJECTS:
            scan.objects.append(mesh)
        return
    body = line[1:].strip()
    eq = body.find(" = ")
    colon = body.find(":")
    if eq > 0 and (colon < 0 or eq < colon):
        key, value = body[:eq], body[eq + 3 :]
        scan.put(key, value)
        if key.strip().casefold() == "objects_info":
            _objects_info(scan, value)
        return
    if colon > 0:
        key, value = body[:colon], body[colon + 1 :]
        scan.put(key, value.split(";", 1)[0])
        # "; model printing time: 52m 3s; total estimated time: 58m 10s"
        for part in value.split(";")[1:4]:
            sub_colon = part.find(":")
            if sub_colon > 0:
                scan.put(part[:sub_colon], part[sub_colon + 1 :])
        return


def _scan_ini(scan: _Scan, text: str) -> None:
    """INI ``key=value`` lines (bgcode metadata blocks)."""
    for raw in text.splitlines()[:20_000]:
        if len(raw) > MAX_LINE:
            continue
        key, sep, value = raw.partition("=")
        if sep:
            scan.put(key, value)
            if key.strip().casefold() == "objects_info":
                _objects_info(scan, value)


def _objects_info(scan: _Scan, value: str) -> None:
    data = _loads_json(value.strip())
    objects = data.get("objects") if isinstance(data, dict) else None
    if not isinstance(objects, list):
        return
    for obj in objects[:MAX_OBJECTS]:
        if len(scan.objects) >= MAX_OBJECTS:
            break
        if not isinstance(obj, dict):
            continue
        name = _clean_name(obj.get("name"))
        if name:
            scan.objects.append(name)
        scan.object_points += _polygon_points(obj.get("polygon"))


def _exclude_object(scan: _Scan, line: str) -> None:
    code = line.split(";", 1)[0]
    name = re.search(r"NAME\s{0,2}=\s{0,2}(\S{1,200})", code, re.IGNORECASE)
    if name and len(scan.objects) < MAX_OBJECTS:
        clean = _clean_name(name.group(1).strip("'\""))
        if clean:
            scan.objects.append(clean)
    polygon = re.search(r"POLYGON\s{0,2}=\s{0,2}(\[.*\])", code, re.IGNORECASE)
    if polygon:
        scan.object_points += _polygon_points(_loads_json(polygon.group(1)))


def _scan_fields(scan: _Scan) -> dict[str, Any]:
    """The fields a scan yields (model, nozzle, filaments, estimate, layers, bbox...)."""
    kv = scan.kv
    model_text = (
        scan.get("printer_model", "target_machine.name")
        or scan.m862_model
        or _note_model(scan.get("printer_notes"))
    )
    cura, cura_ok = _cura_settings("".join(scan.cura_settings))
    if cura.get("definition") and not model_text:
        model_text = cura["definition"]
    nozzle = (
        _nozzle(scan.get("nozzle_diameter", "extruder_train.0.nozzle.diameter", "nozzle diameter"))
        or scan.m862_nozzle
        or _nozzle(cura.get("machine_nozzle_size"))
    )
    types = [
        _material(t)
        for t in _split_list(
            scan.get("filament_type", "filament type") or cura.get("material_type")
        )
    ]
    colors = [_color(c) for c in _split_list(scan.get("filament_colour", "extruder_colour"))]
    grams = [_grams(g) for g in _split_list(scan.get("filament used [g]"))]
    filaments: list[FilamentUse] = []
    count = max(len(types), len(grams))
    for i in range(min(count, MAX_FILAMENTS)):
        used = grams[i] if i < len(grams) else None
        if used is not None and used <= 0 and count > 1:
            continue  # an extruder/filament this file does not use
        filaments.append(
            FilamentUse(
                type=types[i] if i < len(types) else (types[0] if len(types) == 1 else None),
                color=colors[i] if i < len(colors) else None,
                grams=used,
                id=i + 1,
            )
        )
    weight = _grams(scan.get("total filament used [g]", "total filament weight [g]")) or (
        round(sum(g for g in grams if g), 2) if any(grams) else None
    )
    estimate = None
    for key in (
        "estimated printing time (normal mode)",
        "total estimated time",
        "time",
        "print.time",
        "model printing time",
    ):
        estimate = _duration(kv.get(key))
        if estimate is not None:
            break
    layers = (
        _count(scan.get("total layers count", "total layer number", "layer_count"))
        or scan.total_layers_cmd
    )
    extents = None
    cura_box = [_num(kv.get(k)) for k in ("minx", "miny", "maxx", "maxy")]
    if all(v is not None for v in cura_box):
        x0, y0, x1, y1 = (float(v) for v in cura_box if v is not None)
        if x1 >= x0 and y1 >= y0:
            extents = _bbox_of([(x0, y0), (x1, y1)])
    griffin = [_num(kv.get(f"print.size.{k}")) for k in ("min.x", "min.y", "max.x", "max.y")]
    if extents is None and all(v is not None for v in griffin):
        x0, y0, x1, y1 = (float(v) for v in griffin if v is not None)
        if x1 >= x0 and y1 >= y0:
            extents = _bbox_of([(x0, y0), (x1, y1)])
    if extents is None and scan.object_points:
        extents = _bbox_of(scan.object_points)
    warnings: list[str] = []
    first = scan.first_layer
    if extents is None and first is not None and first.complete and first.points:
        extents = _bbox_of(first.points)
        if extents is not None:
            warnings.append("bbox_from_first_layer")
    heights = [
        scan.max_z,
        _height(kv.get("maxz")),
        _height(kv.get("print.size.max.z")),
        _height(kv.get("max_z_height")),
        _height(kv.get("max_layer_z")),  # PrusaSlicer bgcode printer block, end G-code
    ]
    max_height = max((h for h in heights if h is not None), default=None)
    centre_text = (cura.get("machine_center_is_zero") or "").casefold()
    shape = _bed_shape(scan.get("bed_shape", "printable_area"))
    if shape is None and _height(cura.get("machine_width")) and _height(cura.get("machine_depth")):
        width = float(cura["machine_width"])
        depth = float(cura["machine_depth"])
        x0, y0 = (-width / 2, -depth / 2) if centre_text == "true" else (0.0, 0.0)
        shape = (
            (x0, y0),
            (x0 + width, y0),
            (x0 + width, y0 + depth),
            (x0, y0 + depth),
        )
    return {
        "bed_shape": shape,
        "origin_centre": {"true": True, "false": False}.get(centre_text),
        "printable_height": _height(
            scan.get("max_print_height", "printable_height") or cura.get("machine_height")
        ),
        "max_height": round(max_height, 3) if max_height is not None else None,
        "cura_settings": None if not scan.cura_settings else cura_ok,
        "model_text": _clean_name(model_text),
        "profile": _clean_name(scan.get("printer_settings_id")),
        "nozzle": nozzle,
        "filaments": filaments,
        "weight": weight,
        "estimate": estimate,
        "layers": layers,
        "bbox": extents,
        "objects": scan.objects,
        "bed_type": _bed_type(scan.get("curr_bed_type")),
        "warnings": warnings,
    }


_CURA_ESCAPES: Final = re.compile(r"\\(\\|n|r)")


def _cura_settings(text: str) -> tuple[dict[str, str], bool]:
    """Cura's ``;SETTING_3`` block (joined): ``definition`` and the ``[values]`` of the global
    stack, then extruder 1's over them. (values, parsed).

    Cura writes ``json.dumps({"global_quality": <ini>, "extruder_quality": [<ini>...]})``
    with every backslash doubled (and newlines/CRs escaped), so the INI's newlines read
    ``\\\\n`` in the file; files written without the doubling are read too.
    """
    if not text:
        return {}, False
    data: Any = None
    unescaped = _CURA_ESCAPES.sub(lambda m: {"\\": "\\", "n": "\n", "r": "\r"}[m.group(1)], text)
    for candidate in (unescaped, text):
        data = _loads_json(candidate)
        if isinstance(data, dict):
            break
    if not isinstance(data, dict):
        return {}, False
    stacks: list[Any] = [data.get("global_quality")]
    extruders = data.get("extruder_quality")
    if isinstance(extruders, list) and extruders:
        stacks.append(extruders[0])
    out: dict[str, str] = {}
    for stack in stacks:
        if not isinstance(stack, str):
            continue
        lines = stack.split("\n") if "\n" in stack else stack.split("\\n")
        section = ""
        for raw in lines[:5000]:
            line = raw.strip()
            if line.startswith("[") and line.endswith("]"):
                section = line[1:-1].strip().casefold()
                continue
            key, sep, value = line.partition("=")
            key, value = key.strip(), value.strip()
            if not sep or not key or len(key) > 100:
                continue
            if section == "values" or (section == "general" and key == "definition"):
                out[key] = value[:200]
    return out, True


def _note_model(notes: str | None) -> str | None:
    if not notes:
        return None
    match = _PRINTER_NOTE.search(notes[:MAX_LINE])
    return match.group(1) if match else None


# --------------------------------------------------------------------------------------------
# G-code
# --------------------------------------------------------------------------------------------


def _parse_gcode(src: _Source, name: str) -> _Draft:
    head = src.read_at(0, SCAN_BYTES)
    if b"\x00" in head[:4096]:
        raise FileMetaError("not_gcode", f"{name} holds binary data, not G-code text")
    scan = _Scan(first_layer=_FirstLayer())
    _scan_lines(scan, _lines(head, skip_first=False, skip_last=src.size > SCAN_BYTES), body=True)
    head_markers = frozenset(scan.markers)
    tail_markers = head_markers
    if src.size > SCAN_BYTES:
        scan.markers = set()
        start = max(SCAN_BYTES, src.size - SCAN_BYTES)
        tail = src.read_at(start, src.size - start)
        _scan_lines(scan, _lines(tail, skip_first=True, skip_last=False), body=False)
        tail_markers = frozenset(scan.markers)
    fields = _scan_fields(scan)
    draft = _scan_draft(scan, fields, list(fields["warnings"]))
    draft.integrity_problem = gcode_problem(
        scan.slicer, head_markers, tail_markers, fields["cura_settings"]
    )
    if scan.slicer is None and not scan.kv:
        draft.warnings.append("no_metadata")
    draft.plates.append(_single_plate(fields, bed_type=fields["bed_type"]))
    return draft


def _scan_draft(scan: _Scan, fields: dict[str, Any], warnings: list[str]) -> _Draft:
    """A (binary) G-code file's draft from its scan: slicer, profile, nozzle and geometry."""
    draft = _Draft(
        slicer=scan.slicer,
        slicer_version=scan.slicer_version,
        model_text=fields["model_text"],
        profile=fields["profile"],
        nozzle_mm=fields["nozzle"],
        warnings=warnings,
    )
    _apply_geometry(draft, fields)
    return draft


def _single_plate(fields: dict[str, Any], *, bed_type: str | None = None) -> _PlateDraft:
    """The one sliced plate of a (binary) G-code file, from its scan's fields."""
    return _PlateDraft(
        index=1,
        estimate_s=fields["estimate"],
        filaments=fields["filaments"],
        bbox=fields["bbox"],
        bed_type=bed_type,
        sliced=True,
        weight_g=fields["weight"],
        layer_count=fields["layers"],
        object_names=list(fields["objects"]),
        max_height_mm=fields["max_height"],
    )


def _apply_geometry(draft: _Draft, fields: dict[str, Any]) -> None:
    """Bed shape, origin, printable height and the file's highest Z from a scan's fields
    (the first source that has a value keeps it)."""
    draft.bed_shape = draft.bed_shape or fields["bed_shape"]
    if draft.bed_origin_centre is None:
        draft.bed_origin_centre = fields["origin_centre"]
    draft.printable_height_mm = draft.printable_height_mm or fields["printable_height"]
    if fields["max_height"] is not None:
        draft.max_height_mm = max(draft.max_height_mm or 0.0, fields["max_height"])
