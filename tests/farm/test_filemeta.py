"""farm/filemeta.py: real-looking files of each slicer family, limits and typed errors."""

from __future__ import annotations

import io
from pathlib import Path
import struct
import time
import zipfile
import zlib

import pytest

from custom_components.odin.farm.filemeta import (
    SCAN_BYTES,
    FileMeta,
    FileMetaError,
    MiB,
    model_key,
    normalize_model,
    parse_file,
)
from tests.fixtures.files import make_fixtures as mk

FILES = Path(__file__).resolve().parent.parent / "fixtures" / "files"


def fixture(name: str) -> FileMeta:
    return parse_file(FILES / name)


def error_code(data: bytes, name: str, **kwargs: int) -> str:
    with pytest.raises(FileMetaError) as info:
        parse_file(data, name, **kwargs)
    assert info.value.message
    return info.value.code


def test_committed_fixtures_match_the_generator() -> None:
    for name in mk.FIXTURES:
        assert (FILES / name).read_bytes() == mk.content(name), f"re-run make_fixtures ({name})"


# ---- 3MF ---------------------------------------------------------------------------------


def test_bambu_x1c_single_plate() -> None:
    meta = fixture("bambu_x1c_bracket.gcode.3mf")
    assert meta.kind == "3mf"
    assert (meta.slicer, meta.slicer_version) == ("BambuStudio", "01.10.01.50")
    assert (meta.printer_model, meta.printer_model_code) == ("X1 Carbon", "BL-P001")
    assert meta.compatible_models == ("X1 Carbon",)
    assert meta.printer_profile == "Bambu Lab X1 Carbon 0.4 nozzle"
    assert meta.nozzle_mm == 0.4
    assert meta.sliced
    assert len(meta.plates) == 1
    plate = meta.plates[0]
    assert plate.index == 1
    assert plate.gcode_path == "Metadata/plate_1.gcode"
    assert plate.estimate_s == 2917  # slice_info prediction
    assert plate.layer_count == 60  # last layer_ranges number + 1
    assert plate.weight_g == 9.87
    assert plate.bed_type == "textured_plate"
    assert plate.bbox == (103.5, 108.0, 152.5, 148.0)
    assert plate.object_names == ("bracket.stl",)
    assert [(f.id, f.type, f.color, f.grams) for f in plate.filaments] == [
        (1, "PLA", "#FFFFFF", 9.87)
    ]
    assert meta.estimate_s == 2917
    assert meta.filament_types == ("PLA",)
    assert meta.bbox == plate.bbox
    assert meta.warnings == ()
    assert len(meta.sha256) == 64
    assert meta.size == (FILES / "bambu_x1c_bracket.gcode.3mf").stat().st_size


def test_bambu_p1s_two_plates_keep_their_own_filaments() -> None:
    meta = fixture("bambu_p1s_two_plates.gcode.3mf")
    assert (meta.printer_model, meta.printer_model_code) == ("P1S", "C12")
    assert [p.index for p in meta.plates] == [1, 2]
    one, two = meta.plate(1), meta.plate(2)
    assert one is not None
    assert two is not None
    assert [(f.id, f.type) for f in one.filaments] == [(1, "PLA"), (3, "PETG")]
    assert one.filament_types == ("PLA", "PETG")
    assert [(f.id, f.type, f.color) for f in two.filaments] == [(3, "PETG", "#FF0000")]
    assert (one.estimate_s, two.estimate_s) == (7260, 1805)
    assert (one.layer_count, two.layer_count) == (120, 40)
    assert two.bbox == (90.0, 90.0, 166.0, 166.0)
    assert two.object_names == ("clip",)
    assert two.gcode_path == "Metadata/plate_2.gcode"
    assert meta.plate(3) is None
    # the file-level summary is the default (first sliced) plate
    assert meta.default_plate == one
    assert meta.filament_types == ("PLA", "PETG")


def test_orca_3mf_for_a_klipper_printer() -> None:
    meta = fixture("orca_voron.gcode.3mf")
    assert (meta.slicer, meta.slicer_version) == ("OrcaSlicer", "2.2.0")
    assert (meta.printer_model, meta.printer_model_code) == ("Voron", None)
    assert meta.printer_profile == "Voron 2.4 350 0.4 nozzle"
    assert meta.estimate_s == 4460
    assert meta.filament_types == ("ABS",)


def test_unsliced_bambu_project() -> None:
    meta = fixture("bambu_a1mini_project.3mf")
    assert (meta.printer_model, meta.printer_model_code) == ("A1 mini", "N1")
    assert not meta.sliced
    assert meta.plates[0].sliced is False
    assert meta.plates[0].gcode_path is None
    assert "not_sliced" in meta.warnings
    assert meta.filament_types == ("PLA",)  # from the project settings


def test_prusaslicer_project_3mf() -> None:
    meta = fixture("prusa_project.3mf")
    assert (meta.slicer, meta.slicer_version) == ("PrusaSlicer", "2.8.1")
    assert meta.printer_model == "MK4S"
    assert meta.nozzle_mm == 0.4
    assert not meta.sliced
    assert meta.filament_types == ("PLA",)


def test_3mf_without_application_uses_the_client_header() -> None:
    members = {
        "[Content_Types].xml": mk.CONTENT_TYPES,
        "Metadata/slice_info.config": mk.slice_info(
            "01.08.00.00",
            [
                {
                    "index": 1,
                    "printer_model_id": "N2S",
                    "prediction": 60,
                    "weight": 1,
                    "objects": [],
                    "filaments": [],
                    "layers": 3,
                }
            ],
        ),
        "Metadata/plate_1.gcode": "; HEADER_BLOCK_START\n; HEADER_BLOCK_END\n",
    }
    meta = parse_file(mk.build_3mf(members), "a1.gcode.3mf")
    assert (meta.slicer, meta.slicer_version) == ("BambuStudio", "01.08.00.00")
    assert (meta.printer_model, meta.printer_model_code) == ("A1", "N2S")
    assert meta.plates[0].layer_count == 3


def test_plate_gcode_header_fills_what_slice_info_lacks() -> None:
    gcode = mk.bambu_plate_gcode(
        slicer="BambuStudio",
        version="01.10.00.00",
        layers=33,
        model_time="10m",
        total_time="1h 2m 3s",
        weight=4.5,
        printer_model="Bambu Lab A1 mini",
        filament_types="PETG",
        colours="#112233",
        bbox=(10.0, 10.0, 20.0, 20.0),
    )
    data = mk.build_3mf({"[Content_Types].xml": mk.CONTENT_TYPES, "Metadata/plate_1.gcode": gcode})
    meta = parse_file(data, "x.gcode.3mf")
    assert meta.estimate_s == 3723  # "total estimated time", not "model printing time"
    assert meta.layer_count == 33
    assert meta.weight_g == 4.5
    assert meta.printer_model == "A1 mini"
    assert meta.filament_types == ("PETG",)
    assert meta.plates[0].bed_type == "textured_plate"  # curr_bed_type in the CONFIG_BLOCK


# ---- G-code ------------------------------------------------------------------------------


def test_prusaslicer_gcode() -> None:
    meta = fixture("prusaslicer_mk4s.gcode")
    assert meta.kind == "gcode"
    assert (meta.slicer, meta.slicer_version) == ("PrusaSlicer", "2.8.1")
    assert meta.printer_model == "MK4S"
    assert meta.printer_profile == "Original Prusa MK4S HF0.4 nozzle"
    assert meta.nozzle_mm == 0.4
    assert meta.estimate_s == 52 * 60 + 3
    assert meta.layer_count == 50
    assert meta.weight_g == 3.68
    assert [(f.type, f.color, f.grams) for f in meta.plates[0].filaments] == [
        ("PLA", "#FF8000", 3.68)
    ]
    # objects_info polygons (not the skirt, not the purge line at Y-4)
    assert meta.bbox == (95.0, 80.0, 185.0, 130.0)
    assert meta.object_names == ("bracket", "knob")
    assert meta.warnings == ()


def test_superslicer_gcode_uses_the_first_layer() -> None:
    meta = fixture("superslicer_mk3s.gcode")
    assert (meta.slicer, meta.slicer_version) == ("SuperSlicer", "2.5.59.13")
    assert meta.printer_model == "MK3S"
    assert meta.filament_types == ("PETG",)
    assert meta.estimate_s == 3600 + 5 * 60 + 20
    assert meta.bbox == (60.0, 50.0, 120.0, 90.0)
    assert "bbox_from_first_layer" in meta.warnings


def test_orcaslicer_gcode_with_klipper_metadata() -> None:
    meta = fixture("orcaslicer_voron.gcode")
    assert (meta.slicer, meta.slicer_version) == ("OrcaSlicer", "2.2.0")
    assert meta.printer_model == "Voron"
    assert meta.estimate_s == 3600 + 14 * 60 + 20
    assert meta.layer_count == 75
    assert meta.weight_g == 7.61
    assert meta.filament_types == ("ABS",)
    assert meta.object_names == ("Shape-Box_id_0_copy_0", "Shape-Cylinder_id_1_copy_0")
    assert meta.bbox == (160.0, 160.0, 220.0, 190.0)  # EXCLUDE_OBJECT_DEFINE polygons


def test_cura_gcode() -> None:
    meta = fixture("cura_ender3.gcode")
    assert (meta.slicer, meta.slicer_version) == ("Cura", "5.7.1")
    assert meta.printer_model == "Ender 3"
    assert meta.printer_profile == "Creality Ender-3"
    assert meta.estimate_s == 4521
    assert meta.layer_count == 75
    assert meta.nozzle_mm == 0.4  # ;SETTING_3 machine_nozzle_size
    assert meta.filament_types == ("PLA",)  # ;SETTING_3 material_type
    assert meta.bbox == (92.5, 92.5, 127.5, 127.5)  # ;MINX/;MINY/;MAXX/;MAXY
    assert meta.object_names == ("cube.stl",)


def test_first_layer_bbox_ignores_prime_line_travel_and_later_layers() -> None:
    meta = fixture("first_layer_only.gcode")
    assert meta.bbox == (40.0, 50.0, 80.0, 90.0)
    assert meta.slicer is None
    assert meta.printer_model is None
    assert {"bbox_from_first_layer", "no_metadata", "model_unknown"} <= set(meta.warnings)


def test_first_layer_bbox_needs_the_whole_first_layer() -> None:
    data = b";LAYER_CHANGE\nM83\nG1 X10 Y10\nG1 X20 Y20 E1\n"  # no second layer marker
    assert parse_file(data, "x.gcode").bbox is None
    relative = b";LAYER_CHANGE\nG91\nG1 X10 Y10 E1\n;LAYER_CHANGE\n"
    assert parse_file(relative, "x.gcode").bbox is None


def test_m862_model_and_nozzle_without_config() -> None:
    data = b'M862.3 P "MINI" ; printer model check\nM862.1 P0.6\nG28\n'
    meta = parse_file(data, "mini.gcode")
    assert (meta.printer_model, meta.nozzle_mm) == ("MINI", 0.6)


def test_multi_tool_prusaslicer_skips_unused_extruders() -> None:
    data = (
        b"; generated by PrusaSlicer 2.8.1 on 2024-01-01 at 00:00:00 UTC\n"
        b"; filament used [g] = 0.00, 12.50, 3.25\n"
        b"; filament_type = PLA;PETG;PLA\n"
        b"; filament_colour = #FF0000;#00FF00;#0000FF\n"
        b"; printer_model = XLIS\n"
    )
    meta = parse_file(data, "xl.gcode")
    assert meta.printer_model == "XL"
    assert [(f.id, f.type, f.color, f.grams) for f in meta.plates[0].filaments] == [
        (2, "PETG", "#00FF00", 12.5),
        (3, "PLA", "#0000FF", 3.25),
    ]
    assert meta.filament_types == ("PETG", "PLA")
    assert meta.weight_g == 15.75


def test_big_gcode_reads_only_head_and_tail() -> None:
    head = b"; generated by PrusaSlicer 2.8.1 on 2024-01-01 at 00:00:00 UTC\n"
    middle_key = b"; printer_model = WRONG\n"
    filler = b"G1 X1 Y1\n" * (SCAN_BYTES // 9 + 10)
    tail = b"; estimated printing time (normal mode) = 2h\n; printer_model = MK4\n"
    data = head + filler + middle_key + filler + tail
    assert len(data) > 2 * SCAN_BYTES
    meta = parse_file(data, "big.gcode")
    assert meta.slicer == "PrusaSlicer"
    assert meta.printer_model == "MK4"
    assert meta.estimate_s == 7200


def test_huge_header_lines_are_skipped_quickly() -> None:
    huge = b"; objects_info = " + b"[" * (MiB // 2) + b"\n"
    data = huge + b"; printer_model = MINI\n" + b";" * (3 * MiB) + b"\n; filament_type = PLA\n"
    start = time.monotonic()
    meta = parse_file(data, "huge.gcode")
    assert time.monotonic() - start < 5
    assert meta.printer_model == "MINI"
    assert meta.filament_types == ("PLA",)


def test_deeply_nested_objects_info_is_harmless() -> None:
    data = b"; objects_info = " + b"[" * 50_000 + b"\n; printer_model = MK4\n"
    assert parse_file(data, "x.gcode").printer_model == "MK4"


# ---- bgcode ------------------------------------------------------------------------------


def test_bgcode_metadata_blocks() -> None:
    meta = fixture("prusaslicer_mk4s.bgcode")
    assert meta.kind == "bgcode"
    assert (meta.slicer, meta.slicer_version) == ("PrusaSlicer", "2.8.1")
    assert meta.printer_model == "MK4S"
    assert meta.printer_profile == "Original Prusa MK4S HF0.4 nozzle"
    assert meta.nozzle_mm == 0.4
    assert meta.estimate_s == 3600 + 20 * 60 + 5
    assert meta.layer_count == 91
    assert meta.weight_g == 20.12
    assert meta.filament_types == ("PETG",)
    assert meta.bbox == (70.0, 60.0, 180.0, 150.0)  # objects_info in the deflated block
    assert meta.warnings == ()


def test_bgcode_checksum_mismatch_and_heatshrink_are_warnings() -> None:
    good = mk.bg_block(mk.BG_PRINTER_META, b"printer_model=MINI\n")
    bad_crc = good[:-4] + struct.pack("<I", 0)
    shrunk = struct.pack("<HHII", mk.BG_PRINT_META, 2, 10, 4) + b"\0\0" + b"abcd"
    shrunk += struct.pack("<I", zlib.crc32(shrunk))
    data = mk.bgcode_file([bad_crc, shrunk, mk.bg_block(mk.BG_GCODE, b"G28\n")])
    meta = parse_file(data, "x.bgcode")
    assert meta.printer_model == "MINI"
    assert {"bgcode_checksum_mismatch", "bgcode_heatshrink_metadata"} <= set(meta.warnings)


@pytest.mark.parametrize(
    "data",
    [
        b"GCDE",  # header cut short
        b"GCDE" + struct.pack("<IH", 2, 1),  # unknown version
        b"GCDE" + struct.pack("<IH", 1, 7),  # unknown checksum type
        mk.bgcode_file([struct.pack("<HHI", 9, 0, 4) + b"\0\0abcd"]),  # unknown block type
        mk.bgcode_file([struct.pack("<HHI", 3, 0, 999) + b"\0\0abcd"]),  # runs past the end
        mk.bgcode_file([struct.pack("<HHII", 3, 1, 8 * MiB, 8 * MiB)]),  # cut/too large
    ],
)
def test_corrupt_bgcode(data: bytes) -> None:
    assert error_code(data, "x.bgcode") == "corrupt_bgcode"


def test_bgcode_thumbnail_is_skipped_unread() -> None:
    thumb = struct.pack("<HHI", mk.BG_THUMB, 0, 5 * MiB) + struct.pack("<HHH", 0, 9, 9)
    thumb += b"\0" * (5 * MiB) + b"\0\0\0\0"
    data = mk.bgcode_file([mk.bg_block(mk.BG_PRINTER_META, b"printer_model=MK4\n")]) + thumb
    assert parse_file(data, "x.bgcode").printer_model == "MK4"


# ---- errors and limits ---------------------------------------------------------------------


def test_empty_and_too_large() -> None:
    assert error_code(b"", "x.gcode") == "empty"
    assert error_code(b"G28\n" * 100, "x.gcode", max_bytes=100) == "too_large"


def test_too_large_path_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.gcode"
    with path.open("wb") as handle:
        handle.truncate(64 * MiB)  # sparse
    with pytest.raises(FileMetaError) as info:
        parse_file(path, max_bytes=32 * MiB)
    assert info.value.code == "too_large"


def test_missing_path_is_an_io_error(tmp_path: Path) -> None:
    with pytest.raises(FileMetaError) as info:
        parse_file(tmp_path / "nope.gcode")
    assert info.value.code == "io_error"


def test_path_and_bytes_agree() -> None:
    path = FILES / "bambu_p1s_two_plates.gcode.3mf"
    assert parse_file(path) == parse_file(path.read_bytes(), path.name)


@pytest.mark.parametrize(
    ("data", "name", "code"),
    [
        (b"hello", "notes.txt", "unsupported_type"),
        (b"\x89PNG\r\n", "picture.png", "unsupported_type"),
        (b"not a zip", "model.3mf", "corrupt_archive"),
        (b"PK\x03\x04garbage", "model.3mf", "corrupt_archive"),
        (b"G28\n", "x.bgcode", "corrupt_bgcode"),
        (b"\x00\x01\x02G28", "x.gcode", "not_gcode"),
    ],
)
def test_typed_errors(data: bytes, name: str, code: str) -> None:
    assert error_code(data, name) == code


def test_zip_that_is_not_a_3mf() -> None:
    data = mk.build_3mf({"readme.txt": "hello"})
    assert error_code(data, "x.3mf") == "not_3mf"


def test_zip_bomb_member_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", mk.CONTENT_TYPES)
        archive.writestr("Metadata/slice_info.config", b"<" + b" " * (64 * MiB))
    data = buffer.getvalue()
    assert len(data) < MiB
    start = time.monotonic()
    assert error_code(data, "bomb.3mf") == "archive_limits"
    assert time.monotonic() - start < 5


def test_zip_bomb_plate_gcode_is_read_only_up_to_the_head() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", mk.CONTENT_TYPES)
        archive.writestr(
            "Metadata/plate_1.gcode",
            b"; HEADER_BLOCK_START\n; total layer number: 7\n; HEADER_BLOCK_END\n"
            + b"G1 X1\n" * (20 * MiB),
        )
    meta = parse_file(buffer.getvalue(), "big.gcode.3mf")
    assert meta.layer_count == 7


def test_too_many_zip_members() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for i in range(10_001):
            archive.writestr(f"3D/f{i}", b"")
    assert error_code(buffer.getvalue(), "many.3mf") == "archive_limits"


def test_unsupported_compression_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", mk.CONTENT_TYPES)
        archive.writestr(
            "Metadata/slice_info.config", b"<config/>", compress_type=zipfile.ZIP_BZIP2
        )
    assert error_code(buffer.getvalue(), "x.3mf") == "corrupt_archive"


def test_xml_entities_are_refused() -> None:
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]><config>&lol2;</config>'
    )
    data = mk.build_3mf(
        {"[Content_Types].xml": mk.CONTENT_TYPES, "Metadata/slice_info.config": bomb}
    )
    assert error_code(data, "x.3mf") == "corrupt_archive"


def test_broken_configs_are_warnings() -> None:
    data = mk.build_3mf(
        {
            "[Content_Types].xml": mk.CONTENT_TYPES,
            "Metadata/slice_info.config": "<config><plate>",
            "Metadata/project_settings.config": "{not json",
            "Metadata/plate_1.json": "[]",
            "Metadata/plate_1.gcode": "\x00\x01",
        }
    )
    meta = parse_file(data, "x.gcode.3mf")
    assert {"slice_info_unreadable", "project_settings_unreadable"} <= set(meta.warnings)
    assert meta.sliced


def test_crc_error_in_a_member_is_corrupt_archive() -> None:
    data = bytearray(mk.content("bambu_x1c_bracket.gcode.3mf"))
    marker = data.index(b"Metadata/slice_info.config") + len("Metadata/slice_info.config")
    data[marker + 40] ^= 0xFF  # inside the compressed slice_info data
    with pytest.raises(FileMetaError) as info:
        parse_file(bytes(data), "x.gcode.3mf")
    assert info.value.code == "corrupt_archive"


# ---- dict round trip, model names ------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(mk.FIXTURES))
def test_as_dict_round_trip(name: str) -> None:
    meta = fixture(name)
    assert FileMeta.from_dict(meta.as_dict()) == meta


@pytest.mark.parametrize(
    "bad", [{}, {"name": "x", "kind": "stl"}, {"name": "x", "kind": "3mf", "plates": [{}]}]
)
def test_from_dict_invalid(bad: dict[str, object]) -> None:
    with pytest.raises(FileMetaError) as info:
        FileMeta.from_dict(bad)
    assert info.value.code == "invalid_metadata"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bambu Lab X1 Carbon", ("X1 Carbon", "BL-P001")),
        ("BL-P001", ("X1 Carbon", "BL-P001")),
        ("c12", ("P1S", "C12")),
        ("Bambu Lab A1 mini 0.4 nozzle", ("A1 mini", "N1")),
        ("Bambu Lab H2D", ("H2D", "O1D")),
        ("MK4SIS", ("MK4S", None)),
        ("MK4IS", ("MK4", None)),
        ("Original Prusa MK4S HF0.4 nozzle", ("MK4S", None)),
        ("MK3SMMU2S", ("MK3S", None)),
        ("MK3.9", ("MK3.9", None)),
        ("COREONE", ("CORE One", None)),
        ("XL5IS", ("XL", None)),
        ("MINIIS", ("MINI", None)),
        ("Voron 2.4 350", ("Voron", None)),
        ("creality_ender3", ("Ender 3", None)),
        ("Klipper CoreXY", (None, None)),
        ("My Custom Printer 0.6 nozzle", ("My Custom Printer", None)),
        ("", (None, None)),
        (None, (None, None)),
    ],
)
def test_normalize_model(text: str | None, expected: tuple[str | None, str | None]) -> None:
    assert normalize_model(text) == expected


def test_model_key() -> None:
    assert model_key("X1 Carbon") == model_key("x1-carbon") == "x1carbon"
    assert model_key(None) == ""


def test_first_layer_counts_one_marker_style_only() -> None:
    data = (
        b";LAYER_CHANGE\n; CHANGE_LAYER\nM83\nG1 X10 Y10\nG1 X30 Y40 E1\n"
        b";LAYER_CHANGE\n; CHANGE_LAYER\nG1 X200 Y200 E1\n"
    )
    assert parse_file(data, "x.gcode").bbox == (10.0, 10.0, 30.0, 40.0)
