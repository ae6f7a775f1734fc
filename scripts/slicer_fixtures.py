"""Slice tiny models with real slicers into ``tests/fixtures/files/real/``.

Run through ``scripts/make_slicer_fixtures`` (inside the environment where ``prusa-slicer``
and ``CuraEngine`` are installed from Debian). Models are generated here (STL, a few triangles);
printer, print and filament presets come from the slicers' own bundled profiles.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
import re
import subprocess
import sys
import tempfile

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "tests" / "fixtures" / "files" / "real"
PRUSA_PROFILES = Path("/usr/share/PrusaSlicer/profiles")
CURA_PACKAGE = "cura"  # Debian package holding Cura's machine definitions (not installed)


def box_stl(x: float, y: float, z: float) -> bytes:
    """ASCII STL of an axis-aligned box (12 triangles), origin at a corner.

    ASCII, not binary: admesh takes a binary STL whose bytes are all below 128 (e.g. a box
    of 8 mm: 8.0 is 00 00 00 41) for an ASCII one and fails to load it.
    """
    v = [(i * x, j * y, k * z) for i in (0, 1) for j in (0, 1) for k in (0, 1)]
    quads = [(0, 1, 3, 2), (4, 6, 7, 5), (0, 4, 5, 1), (2, 3, 7, 6), (0, 2, 6, 4), (1, 5, 7, 3)]
    lines = ["solid odin"]
    for a, b, c, d in quads:
        for tri in ((a, b, c), (a, c, d)):
            lines += ["facet normal 0 0 0", "outer loop"]
            lines += [f"vertex {v[i][0]:g} {v[i][1]:g} {v[i][2]:g}" for i in tri]
            lines += ["endloop", "endfacet"]
    lines.append("endsolid odin")
    return ("\n".join(lines) + "\n").encode()


MODELS = {
    "cube20": (20.0, 20.0, 20.0),
    "bar30x10x5": (30.0, 10.0, 5.0),
    "tower8x8x60": (8.0, 8.0, 60.0),
}

# name, model, vendor bundle, printer, print, filament, extra options, outputs
PRUSA_JOBS: list[tuple[str, str, str, str, str, str, list[str], tuple[str, ...]]] = [
    (
        "prusaslicer_mk4s_04_cube",
        "cube20",
        "PrusaResearch",
        "Original Prusa MK4S HF0.4 nozzle",
        "0.20mm SPEED @MK4S HF0.4",
        "Prusament PLA @MK4S HF0.4",
        [],
        ("gcode", "bgcode"),
    ),
    (
        "prusaslicer_mk4s_06_bar",
        "bar30x10x5",
        "PrusaResearch",
        "Original Prusa MK4S HF0.6 nozzle",
        "0.25mm SPEED @MK4S HF0.6",
        "Prusament PETG @MK4S HF0.6",
        [],
        ("gcode", "bgcode"),
    ),
    (
        "prusaslicer_mini_tower",
        "tower8x8x60",
        "PrusaResearch",
        "Original Prusa MINI & MINI+ Input Shaper",
        "0.20mm SPEED @MINIIS 0.4",
        "Prusament PLA @MINIIS",
        [],
        ("gcode",),
    ),
    (
        "prusaslicer_mk3s_bar",
        "bar30x10x5",
        "PrusaResearch",
        "Original Prusa i3 MK3S & MK3S+",
        "0.20mm QUALITY @MK3",
        "Prusament PLA",
        [],
        ("gcode", "3mf"),
    ),
    (
        "prusaslicer_voron_cube",
        "cube20",
        "Voron",
        "VORON V2 300mm - 0.4mm Nozzle",
        "0.20mm Standard @VORON2 - 0.4mm",
        "Generic PLA @Voron 0.4",
        ["--thumbnails", "32x32/PNG,160x120/JPG"],
        ("gcode",),
    ),
]


CENTRES = {"prusaslicer_mini_tower": "90,90", "prusaslicer_voron_cube": "150,150"}


def run(cmd: list[str], cwd: Path | None = None) -> None:
    print("+", " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, check=True, cwd=cwd, env={**os.environ, "LC_ALL": "C.UTF-8"})


def vendor_sections(bundle: str) -> dict[str, dict[str, str]]:
    """``[type:name]`` sections of a PrusaSlicer vendor bundle, in file order."""
    sections: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for raw in (PRUSA_PROFILES / f"{bundle}.ini").read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], {})
            continue
        if current is not None and "=" in line:
            key, _, value = line.partition("=")
            current[key.strip()] = value.strip()
    return sections


def resolve(sections: dict[str, dict[str, str]], kind: str, name: str) -> dict[str, str]:
    """A preset with its ``inherits`` chain applied (parents in order, then its own keys),
    as PrusaSlicer does when it loads a vendor bundle."""
    own = sections[f"{kind}:{name}"]
    merged: dict[str, str] = {}
    for parent in filter(None, (p.strip() for p in own.get("inherits", "").split(";"))):
        merged.update(resolve(sections, kind, parent))
    merged.update(own)
    merged.pop("inherits", None)
    return merged


_NOT_CONFIG = (
    "compatible_printers",
    "compatible_printers_condition",
    "compatible_prints",
    "compatible_prints_condition",
    "renamed_from",
    "alias",
    "inherits",
)


def preset_config(bundle: str, printer: str, print_: str, filament: str) -> str:
    """One INI with the three presets resolved, the way the GUI hands them to the slicer
    (``*_settings_id`` are the preset names)."""
    sections = vendor_sections(bundle)
    config: dict[str, str] = {}
    for kind, name in (("print", print_), ("filament", filament), ("printer", printer)):
        values = resolve(sections, kind, name)
        for key in _NOT_CONFIG:
            values.pop(key, None)
        config.update(values)
        config[f"{kind}_settings_id"] = name
    config["filament_settings_id"] = f'"{filament}"'
    return "".join(f"{key} = {value}\n" for key, value in sorted(config.items()))


def prusa(tmp: Path) -> None:
    for name, model, bundle, printer, print_, filament, extra, outputs in PRUSA_JOBS:
        stl = tmp / f"{model}.stl"
        ini = tmp / f"{name}.ini"
        ini.write_text(preset_config(bundle, printer, print_, filament))
        base = [
            "prusa-slicer",
            "--datadir",
            str(tmp / "ps-datadir"),
            "--load",
            str(ini),
            "--center",
            CENTRES.get(name, "125,105"),
            *extra,
        ]
        for out in outputs:
            if out in ("gcode", "bgcode"):
                # the MK4S/MINI/XL profiles default to binary G-code; each output says which
                override = tmp / f"{name}.{out}.ini"
                override.write_text(f"binary_gcode = {int(out == 'bgcode')}\n")
                target = OUT / f"{name}.{out}"
                run(
                    [
                        *base,
                        "--load",
                        str(override),
                        "--export-gcode",
                        "--output",
                        str(target),
                        str(stl),
                    ]
                )
            elif out == "3mf":
                run([*base, "--export-3mf", "--output", str(OUT / f"{name}.3mf"), str(stl)])


# name, model, definition, engine settings (-s), user-changed values (global, extruder 0)
CURA_JOBS: list[tuple[str, str, str, dict[str, str], dict[str, str], dict[str, str]]] = [
    (
        "cura_ender3_bar",
        "bar30x10x5",
        "creality_ender3",
        {"layer_height": "0.28", "infill_sparse_density": "15", "adhesion_type": "skirt"},
        {"adhesion_type": "skirt", "layer_height": "0.28"},
        {"infill_sparse_density": "15", "material_print_temperature": "205"},
    ),
    (
        "cura_ultimaker_s3_bar",
        "bar30x10x5",
        "ultimaker_s3",
        {"layer_height": "0.3", "infill_sparse_density": "10", "center_object": "true"},
        {"layer_height": "0.3"},
        {"infill_sparse_density": "10"},
    ),
]


def cura_definitions(tmp: Path) -> Path:
    """Cura's resources from its Debian package (downloaded, unpacked, not installed)."""
    pkg = tmp / "cura-deb"
    pkg.mkdir()
    run(["apt-get", "download", CURA_PACKAGE], cwd=pkg)
    deb = next(pkg.glob("cura_*.deb"))
    run(["dpkg-deb", "-x", str(deb), str(pkg / "x")])
    return pkg / "x" / "usr" / "share" / "cura" / "resources"


def cura_settings_block(definition: str, globals_: dict[str, str], extruder: dict[str, str]) -> str:
    """The ``;SETTING_3`` block Cura's G-code writer appends (the engine does not write it).

    Cura serialises the user's quality changes (an INI text per stack) into JSON, escapes
    backslashes, newlines and carriage returns, and cuts it into comment lines of 80 chars.
    """

    def ini(values: dict[str, str], extra_meta: list[str]) -> str:
        lines = [
            "[general]",
            "version = 4",
            "name = Standard Quality #2",
            f"definition = {definition}",
            "",
            "[metadata]",
            "type = quality_changes",
            "quality_type = standard",
            *extra_meta,
            "setting_version = 20",
            "",
            "[values]",
        ]
        lines += [f"{key} = {value}" for key, value in values.items()]
        return "\n".join(lines) + "\n\n"

    data = {
        "global_quality": ini(globals_, []),
        "extruder_quality": [ini(extruder, ["intent_category = default", "position = 0"])],
    }
    text = json.dumps(data)
    text = text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")
    prefix = ";SETTING_3 "
    width = 80 - len(prefix)
    return "".join(prefix + text[i : i + width] + "\n" for i in range(0, len(text), width))


_HEADER_START = re.compile(r"^;(START_OF_HEADER|FLAVOR:)", re.MULTILINE)


def cura_final_header(log: str) -> str:
    """The header the engine logs once it knows the time and extents (what Cura's front end
    puts at the top of the file in place of the engine's placeholders)."""
    match = _HEADER_START.search(log)
    if match is None:
        raise RuntimeError("CuraEngine did not log a header")
    lines = []
    for line in log[match.start() :].splitlines():
        if not line.startswith(";"):
            break
        lines.append(line)
        if line == ";END_OF_HEADER":
            break
    return "\n".join(lines) + "\n"


def cura(tmp: Path) -> None:
    resources = cura_definitions(tmp)
    env = {
        **os.environ,
        "CURA_ENGINE_SEARCH_PATH": f"{resources / 'definitions'}:{resources / 'extruders'}",
    }
    for name, model, definition, settings, user_global, user_extruder in CURA_JOBS:
        out = tmp / f"{name}.gcode"
        cmd = [
            "CuraEngine",
            "slice",
            "-v",
            "-j",
            str(resources / "definitions" / f"{definition}.def.json"),
        ]
        for key, value in settings.items():
            cmd += ["-s", f"{key}={value}"]
        cmd += ["-o", str(out), "-l", f"{model}.stl"]  # relative: ;MESH: names the file only
        print("+", " ".join(cmd), file=sys.stderr)
        proc = subprocess.run(cmd, check=True, env=env, capture_output=True, text=True, cwd=tmp)
        body = out.read_text()
        header = cura_final_header(proc.stderr)
        start = _HEADER_START.search(body)
        assert start is not None
        end_marker = ";END_OF_HEADER\n" if header.startswith(";START") else "\n\n"
        end = body.index(end_marker, start.start()) + len(end_marker)
        tail = "\n" if end_marker == "\n\n" else ""
        body = body[: start.start()] + header + tail + body[end:]
        body += cura_settings_block(definition, user_global, user_extruder)
        (OUT / f"{name}.gcode").write_text(body)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for model, size in MODELS.items():
            (tmp / f"{model}.stl").write_bytes(box_stl(*size))
        only = set(sys.argv[1:])
        if not only or "prusa" in only:
            prusa(tmp)
        if not only or "cura" in only:
            cura(tmp)


if __name__ == "__main__":
    main()
