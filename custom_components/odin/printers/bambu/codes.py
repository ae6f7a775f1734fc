"""Bambu Lab code tables: models, stages, HMS modules/severity, print_error texts.

Facts from docs/protocols/bambu.md (#status-reports, #hms-and-print_error-codes,
#model-identification) (wording ours). Pure data and tiny helpers, no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from custom_components.odin.printers.model import ErrorSeverity

# --- models (docs/protocols/bambu.md#model-identification) ----------------------------------------

MODEL_NAMES: Final[Mapping[str, str]] = {
    "BL-P001": "X1 Carbon",
    "BL-P002": "X1",
    "C13": "X1E",
    "C11": "P1P",
    "C12": "P1S",
    "N1": "A1 mini",
    "N2S": "A1",
    "O1D": "H2D",
    # single-source codes
    "O1S": "H2S",
    "O1E": "H2D Pro",
    "O1C": "H2C",
    "N7": "P2S",
}
_CODE_BY_NAME: Final[Mapping[str, str]] = {
    name.casefold(): code for code, name in MODEL_NAMES.items()
} | {"x1c": "BL-P001", "x1-carbon": "BL-P001"}


def model_code_from_name(name: str) -> str | None:
    """Model code for a product name such as "Bambu Lab P1S" (case-insensitive)."""
    text = name.strip()
    if text.casefold().startswith("bambu lab"):
        text = text[len("bambu lab") :].strip()
    return _CODE_BY_NAME.get(text.casefold())


def identify_model(modules: Any) -> tuple[str | None, str | None, str | None]:
    """(model name, model code, firmware) from a get_version ``info.module`` list.

    Best first: the ``ota`` module's ``product_name``; else ha-bambulab's hw_ver/project_name
    rule on the first module whose hw_ver starts with "AP0". Firmware is the ota ``sw_ver``.
    """
    if not isinstance(modules, list):
        return None, None, None
    firmware: str | None = None
    code: str | None = None
    product: str | None = None
    for mod in modules:
        if not isinstance(mod, dict) or mod.get("name") != "ota":
            continue
        sw_ver = mod.get("sw_ver")
        if isinstance(sw_ver, str) and sw_ver:
            firmware = sw_ver
        name = mod.get("product_name")
        if isinstance(name, str) and name.strip():
            product = name.strip()
            code = model_code_from_name(product)
        break
    if code is None:
        code = _code_from_hw(modules)
    if code is not None:
        return MODEL_NAMES.get(code), code, firmware
    if product is not None:
        text = product
        if text.casefold().startswith("bambu lab"):
            text = text[len("bambu lab") :].strip()
        return text or None, None, firmware
    return None, None, firmware


def _code_from_hw(modules: list[Any]) -> str | None:
    for mod in modules:
        if not isinstance(mod, dict):
            continue
        hw_ver = mod.get("hw_ver")
        if not isinstance(hw_ver, str) or not hw_ver.startswith("AP0"):
            continue
        project = mod.get("project_name")
        project = project.strip() if isinstance(project, str) else ""
        if hw_ver == "AP02":
            return "C13"
        if project == "N1":
            return "N1"
        if hw_ver == "AP04" and project in ("C11", "C12"):
            return project
        if hw_ver == "AP05" and project == "N2S":
            return "N2S"
        if hw_ver == "AP05" and not project:
            return "BL-P001"
        if project in MODEL_NAMES:
            return project
        return None
    return None


# --- stages (stg_cur, BambuStudio order, docs/protocols/bambu.md#status-reports) ------------------

STAGE_NAMES: Final[Mapping[int, str]] = {
    -1: "idle",
    255: "idle",
    0: "printing",
    1: "auto_bed_leveling",
    2: "heatbed_preheating",
    3: "sweeping_xy_mech_mode",
    4: "changing_filament",
    5: "m400_pause",
    6: "paused_filament_runout",
    7: "heating_hotend",
    8: "calibrating_extrusion",
    9: "scanning_bed_surface",
    10: "inspecting_first_layer",
    11: "identifying_build_plate_type",
    12: "calibrating_micro_lidar",
    13: "homing_toolhead",
    14: "cleaning_nozzle_tip",
    15: "checking_extruder_temperature",
    16: "paused_user",
    17: "paused_front_cover_falling",
    18: "calibrating_micro_lidar",
    19: "calibrating_extrusion_flow",
    20: "paused_nozzle_temperature_malfunction",
    21: "paused_heat_bed_temperature_malfunction",
    22: "filament_unloading",
    23: "paused_skipped_step",
    24: "filament_loading",
    25: "calibrating_motor_noise",
    26: "paused_ams_lost",
    27: "paused_low_fan_speed_heat_break",
    28: "paused_chamber_temperature_control_error",
    29: "cooling_chamber",
    30: "paused_user_gcode",
    31: "motor_noise_showoff",
    32: "paused_nozzle_filament_covered_detected",
    33: "paused_cutter_error",
    34: "paused_first_layer_error",
    35: "paused_nozzle_clog",
}

# Paused stages where the printer (not the user) stopped and needs a person.
ATTENTION_PAUSE_STAGES: Final[frozenset[int]] = frozenset(
    {6, 17, 20, 21, 23, 26, 27, 28, 32, 33, 34, 35}
)

# --- HMS and print_error (docs/protocols/bambu.md#hms-and-print_error-codes) ----------------------

HMS_MODULES: Final[Mapping[int, str]] = {
    0x03: "motion_controller",
    0x05: "mainboard",
    0x07: "ams",
    0x08: "toolhead",
    0x0C: "xcam",
}

_HMS_SEVERITY: Final[Mapping[int, ErrorSeverity]] = {
    1: ErrorSeverity.FATAL,
    2: ErrorSeverity.SERIOUS,
    3: ErrorSeverity.COMMON,
    4: ErrorSeverity.INFO,
}

# print_error / fail_reason values that mean "the operator cancelled the print".
CANCEL_CODES: Final[frozenset[int]] = frozenset({0x0300400C, 0x0500400E})

PRINT_ERROR_TEXTS: Final[Mapping[int, str]] = {
    0x0300400C: "Printing was cancelled",
    0x0500400E: "Printing was cancelled",
    0x03008001: "Printing was paused by the user",
    0x03008013: "Printing was paused by the user",
    0x03008003: "Spaghetti failure detected",
    0x03008004: "Filament ran out",
    0x03004002: "Auto bed levelling failed",
    0x03004006: "Nozzle clog detected",
    0x0500400C: "Insert a MicroSD card",
}


def hms_severity(code: int) -> ErrorSeverity:
    """Severity of an HMS entry: ``code >> 16`` (1 fatal, 2 serious, 3 common, 4 info)."""
    return _HMS_SEVERITY.get((code >> 16) & 0xFFFF, ErrorSeverity.UNKNOWN)


def hms_module(attr: int) -> str | None:
    """Module of an HMS entry or print_error: ``attr >> 24``."""
    return HMS_MODULES.get((attr >> 24) & 0xFF)


def hms_key(attr: int, code: int) -> str:
    """Stable HMS key ``AAAAAAAA_BBBBBBBB`` (upper-case hex)."""
    return f"{attr & 0xFFFFFFFF:08X}_{code & 0xFFFFFFFF:08X}"


def hms_wiki_code(key: str) -> str:
    """``0C000100_00020017`` -> ``0C00_0100_0002_0017`` (the wiki / ha-bambulab form)."""
    hexdigits = key.replace("_", "")
    return "_".join(hexdigits[i : i + 4] for i in range(0, 16, 4))


def print_error_code(value: int) -> str:
    """50348044 -> ``0300_400C``."""
    value &= 0xFFFFFFFF
    return f"{value >> 16:04X}_{value & 0xFFFF:04X}"


def print_error_severity(value: int) -> ErrorSeverity:
    """Our inference (docs/protocols/bambu.md#hms-and-print_error-codes): cancel codes are info,
    0x8xxx pauses need the user
    (common), 0x4xxx stopped the print (serious)."""
    if value in CANCEL_CODES:
        return ErrorSeverity.INFO
    low = value & 0xF000
    if low == 0x8000:
        return ErrorSeverity.COMMON
    if low == 0x4000:
        return ErrorSeverity.SERIOUS
    return ErrorSeverity.UNKNOWN


def tray_id(ams_id: int, slot: int) -> int:
    """Bambu's absolute tray id of an AMS slot: ``ams_id*4+slot``; an AMS HT (id 128+) has one
    tray whose id is the unit id (docs/protocols/bambu.md#ams-and-filament)."""
    return ams_id if ams_id >= 128 else ams_id * 4 + slot
