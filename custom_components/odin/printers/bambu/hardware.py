"""Hardware the farm reads (AMS humidity and trays, external spool, nozzle) from the merged
raw Bambu state. Pure; tolerates type drift and missing keys.
"""

from __future__ import annotations

from typing import Any, Final

from custom_components.odin.printers.coerce import round1, to_float, to_int, to_str
from custom_components.odin.printers.model import (
    FilamentSlot,
    FilamentUnit,
    PrinterHardware,
)

from .codes import (
    tray_id,
)

EXTERNAL_TRAY_IDS: Final = (254, 255)  # vt_tray: external spool holder(s), left/right


def _tray_color(value: Any) -> str | None:
    """``tray_color`` "RRGGBBAA" -> "#RRGGBB" (None when absent or not hex)."""
    text = to_str(value)
    if text is None or len(text) not in (6, 8):
        return None
    try:
        int(text, 16)
    except ValueError:
        return None
    return f"#{text[:6].upper()}"


def _tray_remaining(value: Any) -> int | None:
    remain = to_int(value)
    return remain if remain is not None and 0 <= remain <= 100 else None


def read_hardware(raw: dict[str, Any]) -> PrinterHardware:
    """:class:`PrinterHardware` from a merged report (tolerates type drift and missing keys)."""
    units: list[FilamentUnit] = []
    slots: list[FilamentSlot] = []
    ams = raw.get("ams")
    ams_units = ams.get("ams") if isinstance(ams, dict) else None
    for unit in ams_units if isinstance(ams_units, list) else []:
        if not isinstance(unit, dict) or (unit_id := to_int(unit.get("id"))) is None:
            continue
        humidity = round1(unit.get("humidity_raw"))
        units.append(
            FilamentUnit(
                unit_id=unit_id,
                humidity_pct=humidity if humidity else None,
                humidity_level=to_int(unit.get("humidity")),
                temp_c=round1(unit.get("temp")),
            )
        )
        trays = unit.get("tray", [])
        for tray in trays if isinstance(trays, list) else []:
            if not isinstance(tray, dict) or (slot := to_int(tray.get("id"))) is None:
                continue
            material = to_str(tray.get("tray_type"))
            slots.append(
                FilamentSlot(
                    tray_id=tray_id(unit_id, slot),
                    material=material,
                    color=_tray_color(tray.get("tray_color")) if material else None,
                    remaining_pct=_tray_remaining(tray.get("remain")) if material else None,
                    unit_id=unit_id,
                    slot=slot,
                )
            )
    vt = raw.get("vt_tray")
    holders = [
        h
        for h in (vt if isinstance(vt, list) else [vt])
        if isinstance(h, dict) and to_str(h.get("tray_type"))
    ]
    for index, holder in enumerate(holders[: len(EXTERNAL_TRAY_IDS)]):
        if material := to_str(holder.get("tray_type")):
            slots.append(
                FilamentSlot(
                    tray_id=EXTERNAL_TRAY_IDS[index],  # loaded holders in order (as sent)
                    material=material,
                    color=_tray_color(holder.get("tray_color")),
                    remaining_pct=_tray_remaining(holder.get("remain")),
                )
            )
    nozzle = to_float(raw.get("nozzle_diameter"))  # not round1: a 0.25 mm nozzle stays 0.25
    nozzle = nozzle if nozzle is not None and 0 < nozzle < 5 else None
    return PrinterHardware(nozzle_mm=nozzle, units=tuple(units), slots=tuple(slots))
