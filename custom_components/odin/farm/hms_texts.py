"""Short human descriptions of well-known printer error codes (our own wording).

Used by failure analytics to label error frequencies and failure reasons. Only codes whose
meaning is well established are listed; anything else returns None and the UI shows the code
(and the printer's own message, when it sent one). Pure data, no I/O.

Code forms (``printers.model.PrinterError.code``):

* Bambu HMS ``AAAAAAAA_BBBBBBBB`` (attr_code, upper-case hex);
* Bambu print_error ``XXXX_YYYY`` (texts in ``printers/bambu/codes.PRINT_ERROR_TEXTS``);
* Klipper / PrusaLink: short text keys, described by the message they carry.
"""

from __future__ import annotations

from collections.abc import Mapping
import re
from typing import Final

from custom_components.odin.printers.bambu.codes import PRINT_ERROR_TEXTS

# Bambu HMS codes, keyed by AAAAAAAA_BBBBBBBB.
HMS_TEXTS: Final[Mapping[str, str]] = {
    # toolhead camera / first-layer inspection (module 0x0C)
    "0C000300_00030008": "Spaghetti detected by the camera",
    "0C000300_00030007": "First-layer inspection found possible defects",
    "0C000300_00030006": "Purged filament piled up",
    "0C000300_00020002": "First-layer inspection stopped: unusable lidar data",
    "0C000300_00020005": "First-layer inspection timed out",
    "0C000300_0002000C": "Build plate marker not found",
    "0C000100_00020008": "Chamber camera offline",
    "0C000100_00010009": "Chamber camera lens dirty",
    # motion controller (module 0x03)
    "03000100_00010001": "Heated bed temperature fault (heater short circuit?)",
    "03000100_00010002": "Heated bed temperature fault (heater open circuit?)",
    "03000100_00010003": "Heated bed over temperature",
    "03000100_00010006": "Heated bed temperature sensor short circuit",
    "03000100_00010007": "Heated bed temperature sensor open circuit",
    "03000300_00010001": "Hotend cooling fan too slow or stopped",
    "03000400_00020001": "Part cooling fan too slow or stopped",
    "03000900_00020001": "Extruder overloaded: nozzle clogged or filament stuck",
    "03000900_00020002": "Extrusion resistance unusual: possible clog",
    "03000900_00020003": "Extruder slipping: possible clog or thin filament",
    "03002000_00010001": "X axis homing failed",
    "03002000_00010002": "Y axis homing failed",
}

# AMS filament slots: attr 07UU2S00 (unit UU, slot S), code 0002000x.
_AMS_SLOT = re.compile(r"^070([0-3])2([0-3])00_0002000([12])$")
_PRINT_ERROR = re.compile(r"^([0-9A-F]{4})_([0-9A-F]{4})$")


def describe_error(code: str | None, source: str | None = None) -> str | None:
    """Our short description of an error / failure code, or None when not known."""
    if not code:
        return None
    key = code.strip().upper()
    if (text := HMS_TEXTS.get(key)) is not None:
        return text
    if match := _AMS_SLOT.match(key):
        unit = "ABCD"[int(match[1])]
        slot = int(match[2]) + 1
        what = "ran out of filament" if match[3] == "1" else "is empty"
        return f"AMS {unit} slot {slot} {what}"
    if source in (None, "print_error") and (match := _PRINT_ERROR.match(key)):
        return PRINT_ERROR_TEXTS.get(int(match[1] + match[2], 16))
    return None
