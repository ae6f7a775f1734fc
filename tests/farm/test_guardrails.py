"""farm/guardrails.py: every check passes, refuses and says "unknown" where it should."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
import re
import string

import pytest

from custom_components.odin.brands import BRANDS, accepted_kinds
from custom_components.odin.farm.filemeta import FilamentUse, FileMeta, PlateMeta, parse_file
from custom_components.odin.farm.guardrails import (
    BED_SIZES_MM,
    MESSAGES,
    Check,
    GuardContext,
    GuardReport,
    LoadedSlot,
    Outcome,
    ams_mapping,
    bed_size,
    evaluate,
    tray_id,
)

FILES = Path(__file__).resolve().parent.parent / "fixtures" / "files"


def meta(name: str) -> FileMeta:
    return parse_file(FILES / name)


X1C = meta("bambu_x1c_bracket.gcode.3mf")
P1S_TWO = meta("bambu_p1s_two_plates.gcode.3mf")
UNSLICED = meta("bambu_a1mini_project.3mf")
MK4S_GCODE = meta("prusaslicer_mk4s.gcode")
MK4S_BGCODE = meta("prusaslicer_mk4s.bgcode")
VORON_GCODE = meta("orcaslicer_voron.gcode")
VORON_3MF = meta("orca_voron.gcode.3mf")
CURA = meta("cura_ender3.gcode")


def context(brand: str, values: dict[str, object]) -> GuardContext:
    """A printer of ``brand`` as the glue describes it (file kinds, tray mapping)."""
    facts = BRANDS[brand]
    model = values.get("model")
    values.setdefault(
        "accepted_kinds", facts.accepted_kinds(model if isinstance(model, str) else None)
    )
    values.setdefault("maps_trays", facts.maps_filament_trays)
    return GuardContext(**values)  # type: ignore[arg-type]


def bambu(**kwargs: object) -> GuardContext:
    values: dict[str, object] = {
        "model": "X1 Carbon",
        "name": "X1C left",
        "online": True,
        "status": "idle",
        "plate_cleared": True,
        "nozzle_mm": 0.4,
        "loaded": (LoadedSlot(0, "PLA", "#FFFFFF"), LoadedSlot(1, "PETG", "#FF0000")),
    }
    values.update(kwargs)
    return context("bambu", values)


def prusa(**kwargs: object) -> GuardContext:
    values: dict[str, object] = {
        "model": "MK4S",
        "name": "MK4S",
        "online": True,
        "status": "idle",
        "plate_cleared": True,
        "nozzle_mm": 0.4,
        "loaded": (LoadedSlot(0, "PLA"),),
    }
    values.update(kwargs)
    return context("prusalink", values)


def klipper(**kwargs: object) -> GuardContext:
    values: dict[str, object] = {
        "model": "Voron",
        "name": "Voron",
        "online": True,
        "status": "idle",
        "plate_cleared": True,
        "nozzle_mm": 0.4,
        "loaded": (LoadedSlot(0, "ABS"),),
        "bed_mm": (350.0, 350.0),
    }
    values.update(kwargs)
    return context("moonraker", values)


def outcome(report: GuardReport, check: Check) -> tuple[str, str]:
    result = report.result(check)
    assert result is not None
    return result.outcome, result.reason_code


def assert_messages_complete(report: GuardReport) -> None:
    for result in report.results:
        assert result.message_key == f"guard_{result.reason_code}"
        text = MESSAGES[result.message_key]
        names = {f[1] for f in string.Formatter().parse(text) if f[1]}
        assert names <= set(result.placeholders), (result.reason_code, names)
        text.format(**result.placeholders)


# ---- all pass ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("file", "printer"),
    [
        (X1C, bambu()),
        (MK4S_GCODE, prusa()),
        (MK4S_BGCODE, prusa(loaded=(LoadedSlot(0, "PETG"),))),
        (VORON_GCODE, klipper()),
    ],
)
def test_everything_passes(file: FileMeta, printer: GuardContext) -> None:
    report = evaluate(file, printer)
    assert report.ok
    assert [r.check for r in report.results] == [c.value for c in Check]
    assert all(r.outcome == Outcome.PASS for r in report.results), report.as_dict()
    assert report.failures == ()
    assert report.unknowns == ()
    assert_messages_complete(report)


def test_bambu_pass_carries_the_ams_mapping() -> None:
    report = evaluate(X1C, bambu())
    assert report.ams_mapping == (0,)
    data = report.as_dict()
    assert data["ok"] is True
    assert data["ams_mapping"] == [0]
    assert data["results"][0]["check"] == "printer_ready"


# ---- printer state -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"online": False}, ("fail", "printer_offline")),
        ({"status": "offline"}, ("fail", "printer_offline")),
        ({"status": "printing"}, ("fail", "printer_busy")),
        ({"status": "paused"}, ("fail", "printer_busy")),
        ({"status": "busy"}, ("fail", "printer_busy")),
        ({"status": None}, ("unknown", "printer_state_unknown")),
        ({"status": "finished"}, ("pass", "printer_ready")),
        ({"status": "cancelled"}, ("pass", "printer_ready")),
    ],
)
def test_printer_ready(changes: dict[str, object], expected: tuple[str, str]) -> None:
    report = evaluate(X1C, bambu(**changes))
    assert outcome(report, Check.PRINTER_READY) == expected
    assert report.ok is (expected[0] != "fail")
    assert_messages_complete(report)


def test_busy_message_names_the_status() -> None:
    result = evaluate(X1C, bambu(status="printing")).result(Check.PRINTER_READY)
    assert result is not None
    assert MESSAGES[result.message_key].format(**result.placeholders) == (
        "X1C left is not ready for a new print (it is printing)."
    )


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"active_errors": ("0300_4000_0002_0001",)}, ("fail", "active_error")),
        ({"status": "error"}, ("fail", "active_error")),
        ({"active_errors": ("",)}, ("pass", "no_active_error")),
    ],
)
def test_no_error(changes: dict[str, object], expected: tuple[str, str]) -> None:
    report = evaluate(X1C, bambu(**changes))
    assert outcome(report, Check.NO_ERROR) == expected
    assert_messages_complete(report)


@pytest.mark.parametrize(
    ("cleared", "expected"),
    [
        (True, ("pass", "plate_cleared")),
        (False, ("fail", "plate_not_cleared")),
        (None, ("unknown", "plate_state_unknown")),
    ],
)
def test_plate_cleared(cleared: bool | None, expected: tuple[str, str]) -> None:
    report = evaluate(X1C, bambu(plate_cleared=cleared))
    assert outcome(report, Check.PLATE_CLEARED) == expected
    assert report.ok is (cleared is not False)


# ---- file type -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("file", "printer", "expected"),
    [
        (MK4S_GCODE, bambu(), ("fail", "file_type_not_accepted")),  # G-code to Bambu
        (X1C, prusa(), ("fail", "file_type_not_accepted")),  # 3MF to PrusaLink
        (X1C, klipper(), ("fail", "file_type_not_accepted")),  # 3MF to Klipper
        (MK4S_BGCODE, klipper(), ("fail", "file_type_not_accepted")),  # bgcode to Moonraker
        (MK4S_BGCODE, prusa(model="MK3S"), ("fail", "file_type_not_accepted")),  # Pi PrusaLink
        (MK4S_GCODE, prusa(model="MK3S"), ("pass", "file_type_ok")),
        (VORON_GCODE, klipper(), ("pass", "file_type_ok")),
        (UNSLICED, bambu(model="A1 mini"), ("fail", "plate_not_sliced")),
        (X1C, GuardContext(), ("fail", "file_type_not_accepted")),  # a printer taking nothing
    ],
)
def test_file_type(file: FileMeta, printer: GuardContext, expected: tuple[str, str]) -> None:
    report = evaluate(file, printer)
    assert outcome(report, Check.FILE_TYPE) == expected
    assert_messages_complete(report)


def test_missing_plate() -> None:
    report = evaluate(X1C, bambu(), plate=2)
    assert outcome(report, Check.FILE_TYPE) == ("fail", "plate_missing")
    assert report.plate == 2
    assert outcome(report, Check.BED) == ("unknown", "footprint_unknown")
    assert outcome(report, Check.FILAMENT) == ("unknown", "file_filament_unknown")


def test_accepted_kinds() -> None:
    assert accepted_kinds("bambu") == {"3mf"}
    assert accepted_kinds("moonraker") == {"gcode"}
    assert accepted_kinds("prusalink", "MK4S") == {"gcode", "bgcode"}
    assert accepted_kinds("prusalink", "MK3S") == {"gcode"}
    assert accepted_kinds("unknown") == frozenset()


# ---- model ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("file", "printer", "expected"),
    [
        (X1C, bambu(model="P1S"), ("fail", "model_mismatch")),
        (X1C, bambu(model="Bambu Lab X1 Carbon"), ("pass", "model_ok")),
        (X1C, bambu(model="BL-P001"), ("pass", "model_ok")),
        (X1C, bambu(model=None), ("fail", "model_unknown")),
        (MK4S_GCODE, prusa(model="MK4"), ("fail", "model_mismatch")),
        (VORON_GCODE, klipper(model="Klipper CoreXY"), ("fail", "model_unknown")),
        (meta("first_layer_only.gcode"), klipper(), ("fail", "file_model_unknown")),
        (CURA, klipper(model="Creality Ender-3 V2"), ("pass", "model_ok")),
    ],
)
def test_model(file: FileMeta, printer: GuardContext, expected: tuple[str, str]) -> None:
    report = evaluate(file, printer)
    assert outcome(report, Check.MODEL) == expected
    assert_messages_complete(report)


def test_model_override_per_printer() -> None:
    printer = prusa(model="MK4", accept_models=("MK4S",))
    assert outcome(evaluate(MK4S_GCODE, printer), Check.MODEL) == ("pass", "model_ok")


def test_model_mismatch_message() -> None:
    result = evaluate(X1C, bambu(model="P1S", name="Shelf P1S")).result(Check.MODEL)
    assert result is not None
    assert MESSAGES[result.message_key].format(**result.placeholders) == (
        "The file was sliced for X1 Carbon, but Shelf P1S is a P1S."
    )


# ---- bed -----------------------------------------------------------------------------------


def with_bbox(file: FileMeta, bbox: tuple[float, float, float, float]) -> FileMeta:
    plate = replace(file.plates[0], bbox=bbox)
    return replace(file, plates=(plate, *file.plates[1:]), bbox=bbox)


@pytest.mark.parametrize(
    ("bbox", "expected"),
    [
        ((0.0, 0.0, 256.0, 256.0), ("pass", "bed_ok")),  # exactly the bed
        ((-1.9, -1.5, 255.9, 256.4), ("pass", "bed_ok")),  # edges within the 2 mm tolerance
        ((-1.9, -1.9, 257.9, 257.9), ("fail", "too_large_for_bed")),  # 259.8 > 256 + 2
        ((-2.5, 10.0, 100.0, 100.0), ("fail", "outside_bed")),
        ((100.0, 100.0, 258.5, 200.0), ("fail", "outside_bed")),
        ((0.0, 0.0, 260.0, 100.0), ("fail", "too_large_for_bed")),
    ],
)
def test_bed_tolerance(bbox: tuple[float, float, float, float], expected: tuple[str, str]) -> None:
    report = evaluate(with_bbox(X1C, bbox), bambu())
    assert outcome(report, Check.BED) == expected
    assert_messages_complete(report)


def test_bed_by_model_and_override() -> None:
    big = with_bbox(X1C, (10.0, 10.0, 200.0, 170.0))  # 190 x 160
    assert outcome(evaluate(big, bambu(model="A1 mini")), Check.BED) == (
        "fail",
        "too_large_for_bed",
    )
    assert outcome(evaluate(big, bambu(model="A1 mini", bed_mm=(256, 256))), Check.BED) == (
        "pass",
        "bed_ok",
    )
    # a small Voron (bed from Klipper) refuses what a 350 takes
    assert outcome(evaluate(VORON_GCODE, klipper(bed_mm=(200.0, 200.0))), Check.BED) == (
        "fail",
        "outside_bed",
    )
    # bed origin (Klipper axis minimum)
    shifted = klipper(bed_mm=(200.0, 200.0), bed_origin_mm=(100.0, 100.0))
    assert outcome(evaluate(VORON_GCODE, shifted), Check.BED) == ("pass", "bed_ok")


def test_bed_unknowns() -> None:
    no_bed = klipper(model="Mystery", bed_mm=None)
    assert outcome(evaluate(VORON_GCODE, no_bed), Check.BED) == ("fail", "bed_unknown")
    no_box = with_bbox(X1C, (0, 0, 1, 1))
    no_box = replace(no_box, plates=(replace(no_box.plates[0], bbox=None),))
    # without a footprint the bed shape the file was sliced for decides
    assert outcome(evaluate(no_box, bambu()), Check.BED) == ("pass", "file_bed_fits")
    assert outcome(evaluate(no_box, bambu(model="A1 mini")), Check.BED) == (
        "fail",
        "file_bed_larger",
    )
    no_box = replace(no_box, bed_shape=None)
    assert outcome(evaluate(no_box, bambu()), Check.BED) == ("unknown", "footprint_unknown")


def test_bed_table() -> None:
    assert bed_size("Bambu Lab A1 mini") == (180.0, 180.0)
    assert bed_size("A1") == (256.0, 256.0)
    assert bed_size("MK4S") == (250.0, 210.0)
    assert bed_size("Original Prusa MINI+") == (180.0, 180.0)
    assert bed_size("CORE One") == (250.0, 220.0)
    assert bed_size("Voron 2.4 350") == (300.0, 300.0)
    assert bed_size("Klipper CoreXY") is None
    assert bed_size(None) is None
    assert all(x > 0 and y > 0 for x, y in BED_SIZES_MM.values())


# ---- nozzle --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("nozzle", "expected"),
    [
        (0.4, ("pass", "nozzle_ok")),
        (0.405, ("pass", "nozzle_ok")),
        (0.6, ("fail", "nozzle_mismatch")),
        (None, ("fail", "nozzle_unknown")),
    ],
)
def test_nozzle(nozzle: float | None, expected: tuple[str, str]) -> None:
    report = evaluate(X1C, bambu(nozzle_mm=nozzle))
    assert outcome(report, Check.NOZZLE) == expected
    assert_messages_complete(report)


def test_nozzle_unknown_in_file() -> None:
    report = evaluate(meta("first_layer_only.gcode"), klipper())
    assert outcome(report, Check.NOZZLE) == ("fail", "nozzle_unknown")
    result = report.result(Check.NOZZLE)
    assert result is not None
    assert result.placeholders["missing"] == "file nozzle"


# ---- filament / AMS ------------------------------------------------------------------------


def test_filament_missing_on_bambu() -> None:
    report = evaluate(X1C, bambu(loaded=(LoadedSlot(0, "PETG"), LoadedSlot(1, "ABS"))))
    assert outcome(report, Check.FILAMENT) == ("fail", "filament_missing")
    assert report.ams_mapping is None
    result = report.result(Check.FILAMENT)
    assert result is not None
    assert result.placeholders["types"] == "PLA"
    assert_messages_complete(report)


def test_filament_unknowns() -> None:
    assert outcome(evaluate(X1C, bambu(loaded=None)), Check.FILAMENT) == (
        "unknown",
        "filament_unknown",
    )
    no_types = meta("first_layer_only.gcode")
    assert outcome(evaluate(no_types, klipper()), Check.FILAMENT) == (
        "unknown",
        "file_filament_unknown",
    )


def test_filament_on_prusalink_and_klipper() -> None:
    assert outcome(evaluate(MK4S_GCODE, prusa()), Check.FILAMENT) == ("pass", "filament_ok")
    assert outcome(evaluate(MK4S_GCODE, prusa(loaded=(LoadedSlot(0, "pla"),))), Check.FILAMENT) == (
        "pass",
        "filament_ok",
    )
    assert outcome(
        evaluate(VORON_GCODE, klipper(loaded=(LoadedSlot(0, "ASA"),))), Check.FILAMENT
    ) == (
        "fail",
        "filament_missing",
    )
    report = evaluate(MK4S_GCODE, prusa())
    assert report.ams_mapping is None  # only Bambu gets a mapping


def test_two_plate_mapping_uses_slicer_filament_ids() -> None:
    loaded = (
        LoadedSlot(tray_id(0, 0), "PETG", "#FF0000"),
        LoadedSlot(tray_id(0, 1), "PLA", "#FFFFFF"),
        LoadedSlot(tray_id(0, 2), "PLA", "#000000"),
    )
    # plate 1 uses filaments 1 (black PLA) and 3 (red PETG): index 1 unused
    assert ams_mapping(P1S_TWO, loaded, plate=1) == [2, -1, 0]
    # plate 2 uses filament 3 only
    assert ams_mapping(P1S_TWO, loaded, plate=2) == [-1, -1, 0]
    report = evaluate(P1S_TWO, bambu(model="P1S", loaded=loaded), plate=2)
    assert report.ok
    assert report.ams_mapping == (-1, -1, 0)
    assert outcome(report, Check.BED) == ("pass", "bed_ok")


def test_mapping_prefers_colour_then_free_trays() -> None:
    loaded = (LoadedSlot(4, "PLA", "#000000"), LoadedSlot(5, "PLA", "#FFFFFF"))
    assert ams_mapping(X1C, loaded) == [5]  # white PLA wanted
    two_white = replace(
        X1C,
        plates=(
            replace(
                X1C.plates[0],
                filaments=(
                    FilamentUse("PLA", "#FFFFFF", 1.0, 1),
                    FilamentUse("PLA", "#FFFFFF", 1.0, 2),
                ),
            ),
        ),
    )
    assert ams_mapping(two_white, loaded) == [5, 5]  # identical filaments share the white tray
    one_tray = (LoadedSlot(254, "PLA"),)
    assert ams_mapping(two_white, one_tray) == [254, 254]  # external spool, reused


def test_mapping_none_cases() -> None:
    assert ams_mapping(X1C, None) is None
    assert ams_mapping(X1C, ()) is None
    assert ams_mapping(X1C, (LoadedSlot(0, None),)) is None
    assert ams_mapping(X1C, (LoadedSlot(0, "PLA"),), plate=9) is None
    untyped = replace(X1C, plates=(replace(X1C.plates[0], filaments=(FilamentUse(id=1),)),))
    assert ams_mapping(untyped, (LoadedSlot(0, "PLA"),)) is None


def test_tray_ids() -> None:
    assert tray_id(0, 0) == 0
    assert tray_id(1, 3) == 7
    assert tray_id(128, 0) == 128  # AMS HT


# ---- messages ------------------------------------------------------------------------------


def test_every_message_key_is_used_and_well_formed() -> None:
    source = (
        Path(__file__).resolve().parents[2] / "custom_components/odin/farm/guardrails.py"
    ).read_text(encoding="utf-8")
    used = set(re.findall(r'Outcome\.\w+,\s*"([a-z_]+)"', source))
    assert {f"guard_{code}" for code in used} == set(MESSAGES)
    for text in MESSAGES.values():
        assert text.strip()
        list(string.Formatter().parse(text))


def test_report_for_a_pure_gcode_plate_meta() -> None:
    file = FileMeta(
        name="x.gcode",
        kind="gcode",
        plates=(PlateMeta(index=1, filaments=(FilamentUse("PLA", id=1),)),),
        compatible_models=("MINI",),
        nozzle_mm=0.4,
    )
    report = evaluate(file, prusa(model="MINI"))
    assert outcome(report, Check.MODEL) == ("pass", "model_ok")
    assert outcome(report, Check.BED) == ("unknown", "footprint_unknown")
    assert report.ok
