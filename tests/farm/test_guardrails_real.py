"""The guardrails on real slicer output (tests/fixtures/files/real, see its SOURCES.md): for each
check the refusal a careful person would make and the send they would allow.

"Sent"/"refused" is what the auto-queue does with the report (``farm.dispatch.blocking``).
Bambu colours come from the hand-made 3MFs (no Bambu/Orca slicer in Debian).
"""

from __future__ import annotations

from dataclasses import replace
import json
from pathlib import Path
import string

import pytest

from custom_components.odin.brands import BRANDS
from custom_components.odin.farm.dispatch import blocking, reasons
from custom_components.odin.farm.filemeta import FilamentUse, FileMeta, parse_file
from custom_components.odin.farm.guardrails import (
    COMPATIBLE_MODELS,
    DEFAULT_COLOUR_TOLERANCE,
    MESSAGES,
    Check,
    GuardContext,
    GuardReport,
    LoadedSlot,
    ams_mapping,
    bed_height,
    colour_distance,
    evaluate,
    model_family,
    normalize_colour,
)

FILES = Path(__file__).resolve().parent.parent / "fixtures" / "files"
REAL = FILES / "real"


def real(name: str) -> FileMeta:
    return parse_file(REAL / name)


MK4S_04 = real("prusaslicer_mk4s_04_cube.gcode")
MK4S_04_BG = real("prusaslicer_mk4s_04_cube.bgcode")
MK4S_06 = real("prusaslicer_mk4s_06_bar.gcode")
MK4S_06_BG = real("prusaslicer_mk4s_06_bar.bgcode")
MINI = real("prusaslicer_mini_tower.gcode")
MK3S = real("prusaslicer_mk3s_bar.gcode")
VORON = real("prusaslicer_voron_cube.gcode")
ENDER = real("cura_ender3_bar.gcode")
ULTIMAKER = real("cura_ultimaker_s3_bar.gcode")
P1S_TWO = parse_file(FILES / "bambu_p1s_two_plates.gcode.3mf")
X1C = parse_file(FILES / "bambu_x1c_bracket.gcode.3mf")


def printer(brand: str, **values: object) -> GuardContext:
    facts = BRANDS[brand]
    base: dict[str, object] = {
        "name": "Printer",
        "online": True,
        "status": "idle",
        "plate_cleared": True,
        "nozzle_mm": 0.4,
    }
    base.update(values)
    model = base.get("model")
    base.setdefault(
        "accepted_kinds", facts.accepted_kinds(model if isinstance(model, str) else None)
    )
    base.setdefault("maps_trays", facts.maps_filament_trays)
    return GuardContext(**base)  # type: ignore[arg-type]


def prusa(model: str = "MK4S", **values: object) -> GuardContext:
    values.setdefault("loaded", (LoadedSlot(0, "PLA"),))
    return printer("prusalink", model=model, name=f"Prusa {model}", **values)


def voron(**values: object) -> GuardContext:
    values.setdefault("model", "Voron 2.4 300")
    values.setdefault("loaded", (LoadedSlot(0, "PLA"),))
    return printer("moonraker", name="Voron", **values)


def bambu(model: str, loaded: tuple[LoadedSlot, ...], **values: object) -> GuardContext:
    return printer("bambu", model=model, name=f"Bambu {model}", loaded=loaded, **values)


def sent(report: GuardReport) -> bool:
    """The auto-queue would send it."""
    return not blocking(report)


def code(report: GuardReport, check: Check) -> tuple[str, str]:
    result = report.result(check)
    assert result is not None
    return result.outcome, result.reason_code


def message(report: GuardReport, check: Check) -> str:
    result = report.result(check)
    assert result is not None
    names = {f[1] for f in string.Formatter().parse(MESSAGES[result.message_key]) if f[1]}
    assert names <= set(result.placeholders), result
    return MESSAGES[result.message_key].format(**result.placeholders)


# ---- each real file on its own printer -------------------------------------------------------


@pytest.mark.parametrize(
    ("file", "target"),
    [
        (MK4S_04, prusa()),
        (MK4S_04_BG, prusa()),
        (MK4S_06, prusa(nozzle_mm=0.6, loaded=(LoadedSlot(0, "PETG"),))),
        (MK4S_06_BG, prusa(nozzle_mm=0.6, loaded=(LoadedSlot(0, "PETG"),))),
        (MINI, prusa("MINI")),
        (MK3S, prusa("MK3S")),
        (VORON, voron()),
    ],
)
def test_real_file_goes_to_its_own_printer(file: FileMeta, target: GuardContext) -> None:
    report = evaluate(file, target)
    assert sent(report), reasons(blocking(report), MESSAGES)
    assert report.ok
    assert report.unknowns == ()
    assert report.allowed_unknowns == ()


# ---- model ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "file", [MK4S_04, MINI, ENDER, ULTIMAKER], ids=["mk4s", "mini", "ender3", "ultimaker"]
)
def test_another_printers_gcode_on_klipper_is_refused(file: FileMeta) -> None:
    report = evaluate(file, voron(bed_mm=(300.0, 300.0), allow_unknown_nozzle=True))
    assert code(report, Check.MODEL) == ("fail", "model_mismatch")
    assert not sent(report)
    assert "but Voron is a Voron" in message(report, Check.MODEL)


def test_klipper_without_a_model_refuses_then_allows_with_the_setting() -> None:
    # Moonraker names only its kinematics: the model is not known
    report = evaluate(VORON, voron(model="Klipper CoreXY", bed_mm=(300.0, 300.0)))
    assert code(report, Check.MODEL) == ("fail", "model_unknown")
    assert not sent(report)
    assert "set this printer's model to allow files sliced for a specific printer" in message(
        report, Check.MODEL
    )
    # the user sets the model: the Voron file goes, the MK4S file does not
    assert sent(evaluate(VORON, voron(bed_mm=(300.0, 300.0))))
    assert not sent(evaluate(MK4S_04, voron(bed_mm=(300.0, 300.0))))
    # or allows an unknown model: sent, and the report says what was not checked
    allowed = evaluate(
        VORON, voron(model="Klipper CoreXY", bed_mm=(300.0, 300.0), allow_unknown_model=True)
    )
    assert sent(allowed)
    assert code(allowed, Check.MODEL) == ("unknown", "model_unknown_allowed")
    assert allowed.allowed_unknowns == ("model",)
    assert allowed.as_dict()["allowed_unknowns"] == ["model"]


def test_a_file_for_no_printer_needs_unknown_models_allowed() -> None:
    generic = replace(VORON, compatible_models=(), printer_model=None)
    report = evaluate(generic, voron())
    assert code(report, Check.MODEL) == ("fail", "file_model_unknown")
    assert not sent(report)
    assert sent(evaluate(generic, voron(allow_unknown_model=True)))


def test_prusa_models_are_not_mixed() -> None:
    assert code(evaluate(MK4S_04, prusa("MK4")), Check.MODEL) == ("fail", "model_mismatch")
    assert code(evaluate(MK4S_04, prusa("MK3S")), Check.MODEL) == ("fail", "model_mismatch")
    assert code(evaluate(MINI, prusa("Original Prusa MINI+")), Check.MODEL) == ("pass", "model_ok")
    # a Cura file for an Ender-3 is an Ender 3 family file; the V2 takes it
    target = voron(model="Creality Ender-3 V2", nozzle_mm=0.4, allow_unknown_nozzle=True)
    assert code(evaluate(ENDER, target), Check.MODEL) == ("pass", "model_ok")


@pytest.mark.parametrize(
    ("model", "expected"),
    [
        ("P1P", ("pass", "model_ok")),  # same profile as the P1S
        ("P1S", ("pass", "model_ok")),
        ("X1 Carbon", ("fail", "model_mismatch")),
        ("A1", ("fail", "model_mismatch")),
    ],
)
def test_compatible_bambu_models(model: str, expected: tuple[str, str]) -> None:
    loaded = (LoadedSlot(0, "PLA", "#000000"), LoadedSlot(1, "PETG", "#FF0000"))
    assert code(evaluate(P1S_TWO, bambu(model, loaded)), Check.MODEL) == expected


def test_model_family_table() -> None:
    assert model_family("Bambu Lab X1E") == model_family("BL-P001") == model_family("X1")
    assert model_family("C11") == model_family("Bambu Lab P1S")
    assert model_family("MK4") != model_family("MK4S")
    assert model_family("A1 mini") != model_family("A1")
    assert model_family("Klipper CoreXY") == frozenset()
    assert all(len(group) > 1 for group in COMPATIBLE_MODELS)
    x1c = (LoadedSlot(0, "PLA", "#FFFFFF"),)
    assert code(evaluate(X1C, bambu("X1E", x1c)), Check.MODEL) == ("pass", "model_ok")
    assert code(evaluate(X1C, bambu("P1S", x1c)), Check.MODEL) == ("fail", "model_mismatch")


# ---- nozzle --------------------------------------------------------------------------------


def test_06_file_on_a_04_printer_is_refused() -> None:
    for file in (MK4S_06, MK4S_06_BG):
        report = evaluate(file, prusa(loaded=(LoadedSlot(0, "PETG"),)))
        assert code(report, Check.NOZZLE) == ("fail", "nozzle_mismatch")
        assert not sent(report)
        assert message(report, Check.NOZZLE) == (
            "The file was sliced for a 0.6 mm nozzle, Prusa MK4S has 0.4 mm."
        )
    assert code(evaluate(MK4S_04, prusa(nozzle_mm=0.6)), Check.NOZZLE) == (
        "fail",
        "nozzle_mismatch",
    )


def test_unknown_nozzle_refused_by_default_allowed_with_the_setting() -> None:
    report = evaluate(MK4S_04, prusa(nozzle_mm=None))
    assert code(report, Check.NOZZLE) == ("fail", "nozzle_unknown")
    assert not sent(report)
    assert "set the nozzle diameter of Prusa MK4S" in message(report, Check.NOZZLE)
    allowed = evaluate(MK4S_04, prusa(nozzle_mm=None, allow_unknown_nozzle=True))
    assert sent(allowed)
    assert allowed.allowed_unknowns == ("nozzle",)
    # Cura's Ender-3 output does not say its nozzle
    ender = voron(model="Ender 3", nozzle_mm=0.4, loaded=None)
    report = evaluate(ENDER, ender)
    assert code(report, Check.NOZZLE) == ("fail", "nozzle_unknown")
    result = report.result(Check.NOZZLE)
    assert result is not None
    assert result.placeholders["missing"] == "file nozzle"
    assert not sent(report)
    allowed = evaluate(ENDER, replace(ender, allow_unknown_nozzle=True))
    assert sent(allowed), reasons(blocking(allowed), MESSAGES)
    assert allowed.allowed_unknowns == ("nozzle",)


# ---- bed -----------------------------------------------------------------------------------


def centred_voron_bytes() -> bytes:
    """The real Voron file as a centre-origin bed writes it: bed shape and objects around 0."""
    text = (REAL / "prusaslicer_voron_cube.gcode").read_text(encoding="utf-8")
    text = text.replace(
        "; bed_shape = 0x0,300x0,300x300,0x300", "; bed_shape = -150x-150,150x-150,150x150,-150x150"
    )
    text = text.replace("CENTER=150.000,150.000", "CENTER=0.000,0.000")
    text = text.replace("160.000", "10.000").replace("140.000", "-10.000")
    return text.encode()


def test_centre_origin_bed_on_its_own_printer_and_elsewhere() -> None:
    centred = parse_file(centred_voron_bytes(), name="centred.gcode")
    assert centred.bed_origin_centre is True
    assert centred.bbox == (-10.0, -10.0, 10.0, 10.0)
    own = voron(bed_mm=(300.0, 300.0), bed_origin_centre=True)
    report = evaluate(centred, own)
    assert code(report, Check.BED) == ("pass", "bed_ok")
    assert sent(report)
    # a front-left-origin printer of the same size refuses it, saying why
    corner = evaluate(centred, voron(bed_mm=(300.0, 300.0)))
    assert code(corner, Check.BED) == ("fail", "bed_origin_mismatch")
    assert not sent(corner)
    assert message(corner, Check.BED) == (
        "The file was sliced for a bed with its origin at the centre, but the origin of Voron "
        "is at the front left corner."
    )
    # and a corner-origin file is refused by the centre-origin printer
    assert code(evaluate(VORON, own), Check.BED) == ("fail", "bed_origin_mismatch")
    # a file that does not say its origin is placed in the printer's coordinates
    unsaid = replace(centred, bed_origin_centre=None, bed_shape=None)
    assert code(evaluate(unsaid, own), Check.BED) == ("pass", "bed_ok")
    assert code(evaluate(unsaid, voron(bed_mm=(300.0, 300.0))), Check.BED) == (
        "fail",
        "outside_bed",
    )


def test_height_against_the_printer() -> None:
    assert MINI.max_height_mm == 60.0
    assert bed_height("Original Prusa MINI+") == 180.0
    assert code(evaluate(MINI, prusa("MINI")), Check.BED) == ("pass", "bed_ok")
    low = evaluate(MINI, prusa("MINI", bed_height_mm=50.0))
    assert code(low, Check.BED) == ("fail", "too_tall")
    assert not sent(low)
    assert message(low, Check.BED) == "The print is 60 mm tall, Prusa MINI prints at most 50 mm."
    # Voron heights vary: the table has none, the user's setting decides
    assert bed_height("Voron") is None
    assert code(evaluate(VORON, voron(bed_height_mm=15.0)), Check.BED) == ("fail", "too_tall")


def test_unknown_bed_refused_by_default_allowed_with_the_setting() -> None:
    target = voron(model="Ultimaker S3", allow_unknown_nozzle=True, loaded=None)
    report = evaluate(ULTIMAKER, target)
    assert code(report, Check.MODEL) == ("pass", "model_ok")
    assert code(report, Check.BED) == ("fail", "bed_unknown")
    assert "set its bed width and depth" in message(report, Check.BED)
    assert not sent(report)
    assert sent(evaluate(ULTIMAKER, replace(target, bed_mm=(330.0, 240.0))))
    allowed = evaluate(ULTIMAKER, replace(target, allow_unknown_bed=True))
    assert sent(allowed)
    assert allowed.allowed_unknowns == ("bed",)


def test_real_footprints_against_smaller_beds() -> None:
    # the real Voron cube lies at 140..160: outside a 150 mm bed, inside a 350 mm one
    assert code(evaluate(VORON, voron(bed_mm=(150.0, 150.0))), Check.BED) == (
        "fail",
        "outside_bed",
    )
    assert code(evaluate(VORON, voron(bed_mm=(350.0, 350.0))), Check.BED) == ("pass", "bed_ok")


# ---- integrity -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "prusaslicer_mk4s_04_cube.gcode",
        "prusaslicer_mk4s_04_cube.bgcode",
        "prusaslicer_voron_cube.gcode",
        "cura_ender3_bar.gcode",
    ],
)
def test_truncated_real_file_is_refused(name: str) -> None:
    data = (REAL / name).read_bytes()
    whole = parse_file(data, name=name)
    cut = parse_file(data[: len(data) * 2 // 3], name=name)
    assert whole.integrity_problem is None
    assert cut.integrity_problem is not None
    target = prusa() if name.startswith("prusaslicer_mk4s") else voron(allow_unknown_nozzle=True)
    if name.startswith("cura"):
        target = replace(target, model="Ender 3")
    report = evaluate(cut, target)
    assert code(report, Check.INTEGRITY) == ("fail", "file_damaged")
    assert not sent(report)
    assert message(report, Check.INTEGRITY) == (
        f"The file is damaged or cut short ({cut.integrity_problem}); upload it again from the "
        "slicer."
    )
    assert code(evaluate(whole, target), Check.INTEGRITY) == ("pass", "file_intact")


# ---- filament and AMS mapping by colour ------------------------------------------------------


def test_colour_distance_and_formats() -> None:
    assert normalize_colour("ffffffFF") == "#FFFFFF"
    assert normalize_colour("#fff") == "#FFFFFF"
    assert normalize_colour("white") is None
    assert colour_distance("#FFFFFF", "#000000") == pytest.approx(100.0, abs=0.01)
    assert colour_distance("#FF0000", "F72323FF") < DEFAULT_COLOUR_TOLERANCE  # Bambu red
    assert colour_distance("#FF0000", "#FF8000") > DEFAULT_COLOUR_TOLERANCE  # red vs orange
    assert colour_distance("#000000", "#808080") > DEFAULT_COLOUR_TOLERANCE  # black vs grey
    assert colour_distance(None, "#000000") is None


def test_colours_swapped_are_mapped_right() -> None:
    # plate 1 wants filament 1 = black PLA, filament 3 = red PETG; the trays hold white PLA
    # first, then black PLA, then a slightly different red PETG
    loaded = (
        LoadedSlot(0, "PLA", "#FFFFFF"),
        LoadedSlot(1, "PLA", "#000000"),
        LoadedSlot(2, "PETG", "#F72323"),
    )
    report = evaluate(P1S_TWO, bambu("P1S", loaded))
    assert sent(report)
    assert report.ams_mapping == (1, -1, 2)
    # trays swapped: the mapping follows the colours
    swapped = (
        LoadedSlot(0, "PLA", "#000000"),
        LoadedSlot(1, "PLA", "#FFFFFF"),
        LoadedSlot(2, "PETG", "#F72323"),
    )
    assert evaluate(P1S_TWO, bambu("P1S", swapped)).ams_mapping == (0, -1, 2)


def test_missing_colour_is_refused_naming_the_spool() -> None:
    loaded = (LoadedSlot(0, "PLA", "#000000"), LoadedSlot(1, "PETG", "#808080"))
    report = evaluate(X1C, bambu("X1 Carbon", loaded))  # wants white PLA
    assert code(report, Check.FILAMENT) == ("fail", "spool_missing")
    assert not sent(report)
    assert report.ams_mapping is None
    assert message(report, Check.FILAMENT) == (
        "Bambu X1 Carbon lacks a spool: needs PLA #FFFFFF, loaded: PLA #000000, PETG #808080."
    )
    # a wider tolerance (the printer's setting) accepts a grey for white, not black
    grey = (LoadedSlot(0, "PLA", "#A0A0A0"),)  # ΔE 34 from white
    assert not sent(evaluate(X1C, bambu("X1 Carbon", grey)))
    assert sent(evaluate(X1C, bambu("X1 Carbon", grey, colour_tolerance=40.0)))
    assert not sent(evaluate(X1C, bambu("X1 Carbon", loaded, colour_tolerance=40.0)))


def four_colours(colours: tuple[str, ...]) -> FileMeta:
    filaments = tuple(
        FilamentUse("PLA", colour, 2.0, index + 1) for index, colour in enumerate(colours)
    )
    plate = replace(P1S_TWO.plates[0], filaments=filaments)
    return replace(P1S_TWO, plates=(plate,), filament_types=("PLA",))


def test_four_colours_with_two_spools_is_refused() -> None:
    file = four_colours(("#FFFFFF", "#000000", "#FF0000", "#0000FF"))
    loaded = (LoadedSlot(0, "PLA", "#FFFFFF"), LoadedSlot(1, "PLA", "#000000"))
    report = evaluate(file, bambu("P1S", loaded))
    assert code(report, Check.FILAMENT) == ("fail", "spool_missing")
    assert not sent(report)
    result = report.result(Check.FILAMENT)
    assert result is not None
    assert result.placeholders["needs"] == "PLA #FF0000, PLA #0000FF"
    # the same with the four spools loaded in another order: mapped by colour
    full = (
        LoadedSlot(0, "PLA", "#0000FF"),
        LoadedSlot(1, "PLA", "#FFFFFF"),
        LoadedSlot(2, "PLA", "#FF0000"),
        LoadedSlot(3, "PLA", "#000000"),
    )
    report = evaluate(file, bambu("P1S", full))
    assert sent(report)
    assert report.ams_mapping == (1, 3, 2, 0)


def test_one_tray_per_filament_unless_identical() -> None:
    same = four_colours(("#FFFFFF", "#FFFFFF"))
    one_white = (LoadedSlot(0, "PLA", "#FFFFFF"), LoadedSlot(1, "PLA", "#000000"))
    assert ams_mapping(same, one_white) == [0, 0]  # identical filaments share the tray
    near = four_colours(("#FFFFFF", "#F5F5F5"))  # two different whites need two spools
    assert ams_mapping(near, one_white) is None
    two_whites = (LoadedSlot(0, "PLA", "#F5F5F5"), LoadedSlot(1, "PLA", "#FFFFFF"))
    assert ams_mapping(near, two_whites) == [1, 0]  # each takes its nearest


def test_least_total_distance_not_first_come() -> None:
    # filament 1 (light grey) is close to both trays; filament 2 (white) only to tray 1:
    # first come first served would give tray 1 to filament 1 and leave white without a spool
    file = four_colours(("#D0D0D0", "#FFFFFF"))
    loaded = (LoadedSlot(0, "PLA", "#B8B8B8"), LoadedSlot(1, "PLA", "#F0F0F0"))
    assert ams_mapping(file, loaded) == [0, 1]


def test_single_extruder_printers_compare_materials_only() -> None:
    # PrusaSlicer writes its default orange; the loaded spool's colour does not matter there
    assert MK4S_04.plates[0].filaments[0].color == "#FF8000"
    assert sent(evaluate(MK4S_04, prusa(loaded=(LoadedSlot(0, "PLA", "#000000"),))))
    report = evaluate(MK4S_04, prusa(loaded=(LoadedSlot(0, "PETG"),)))
    assert code(report, Check.FILAMENT) == ("fail", "filament_missing")


def test_messages_match_the_translations() -> None:
    strings = json.loads(
        (Path(__file__).resolve().parents[2] / "custom_components/odin/strings.json").read_text(
            encoding="utf-8"
        )
    )["exceptions"]
    assert {k: v["message"] for k, v in strings.items() if k.startswith("guard_")} == dict(MESSAGES)
