"""Checks before a file is sent to a printer (DESIGN §5, PROTOCOLS §6, §9 pitfall 9).

``evaluate(file, printer, plate=1)`` runs every check and returns a :class:`GuardReport`:
one :class:`GuardResult` per check (``pass`` / ``fail`` / ``unknown`` with a stable
``reason_code``, a translation ``message_key`` and its ``placeholders``). ``report.ok`` is True
when nothing failed; an ``unknown`` (the printer or the file does not tell) is the caller's
policy (the auto-queue may refuse it, a user may send anyway).

Checks, in order: ``printer_ready`` (online and idle), ``no_error`` (no active HMS/error),
``plate_cleared`` (since the last run), ``file_type`` (one of the kinds the printer takes,
``GuardContext.accepted_kinds``, filled by the glue from the printer's brand; a 3MF needs a
sliced plate),
``model`` (the printer is one the file was sliced for), ``bed`` (footprint inside the bed with
a 2 mm tolerance; bed table below, overridable per printer), ``nozzle`` (diameter matches) and
``filament`` (every filament the plate uses is loaded; for printers that map filaments to
trays, ``GuardContext.maps_trays``, the tray mapping).

``MESSAGES`` holds the English text of every ``message_key`` (``guard_<reason_code>``) for the
translations. Pure Python, no Home Assistant.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Final

from custom_components.odin.printers.bambu.codes import tray_id

from .filemeta import (
    FileMeta,
    PlateMeta,
    model_key,
    normalize_model,
)

BED_TOLERANCE_MM: Final = 2.0
NOZZLE_TOLERANCE_MM: Final = 0.01
EXTERNAL_TRAY: Final = 254  # Bambu external spool (H2D: 254 left, 255 right)
READY_STATUSES: Final = frozenset({"idle", "finished", "cancelled", "failed"})

# Bed sizes XxY in mm by normalized model name (PROTOCOLS §6; [G] entries to verify). A
# printer's own size (Klipper axis limits, the user's setting) overrides this table.
BED_SIZES_MM: Final[Mapping[str, tuple[float, float]]] = {
    "X1 Carbon": (256.0, 256.0),
    "X1": (256.0, 256.0),
    "X1E": (256.0, 256.0),
    "P1S": (256.0, 256.0),
    "P1P": (256.0, 256.0),
    "P2S": (256.0, 256.0),
    "A1": (256.0, 256.0),
    "A1 mini": (180.0, 180.0),
    "H2D": (320.0, 320.0),
    "H2D Pro": (320.0, 320.0),
    "H2S": (340.0, 320.0),
    "MK4S": (250.0, 210.0),
    "MK4": (250.0, 210.0),
    "MK3.9": (250.0, 210.0),
    "MK3.5": (250.0, 210.0),
    "MK3S": (250.0, 210.0),
    "MK3": (250.0, 210.0),
    "MK2.5S": (250.0, 210.0),
    "MK2.5": (250.0, 210.0),
    "MINI": (180.0, 180.0),
    "XL": (360.0, 360.0),
    "CORE One": (250.0, 220.0),
    "Ender 3": (220.0, 220.0),
    "Voron": (300.0, 300.0),
}
# First-substring fallback for free-text models (PROTOCOLS §6 order: "a1 mini" before "a1",
# "mini" after "mk4"/"mk3").
_BED_SUBSTRINGS: Final = (
    ("a1 mini", "A1 mini"),
    ("a1", "A1"),
    ("x1", "X1"),
    ("p1", "P1S"),
    ("h2d", "H2D"),
    ("mk4", "MK4"),
    ("mk3", "MK3S"),
    ("mini", "MINI"),
    ("core one", "CORE One"),
    ("ender 3", "Ender 3"),
    ("ender-3", "Ender 3"),
    ("voron", "Voron"),
)


class Outcome(StrEnum):
    """Result of one check."""

    PASS = "pass"  # noqa: S105 - not a password
    FAIL = "fail"
    UNKNOWN = "unknown"


class Check(StrEnum):
    """The checks, in the order they run."""

    PRINTER_READY = "printer_ready"
    NO_ERROR = "no_error"
    PLATE_CLEARED = "plate_cleared"
    FILE_TYPE = "file_type"
    MODEL = "model"
    BED = "bed"
    NOZZLE = "nozzle"
    FILAMENT = "filament"


# reason_code -> English message (message_key = "guard_" + reason_code). Placeholders are the
# names in braces; every result carries all of its message's placeholders.
MESSAGES: Final[Mapping[str, str]] = {
    "guard_printer_ready": "{printer} is online and ready.",
    "guard_printer_offline": "{printer} is offline.",
    "guard_printer_busy": "{printer} is not ready for a new print (it is {status}).",
    "guard_printer_state_unknown": "The state of {printer} is not known yet.",
    "guard_no_active_error": "{printer} reports no error.",
    "guard_active_error": "{printer} has an active error ({codes}).",
    "guard_plate_cleared": "The plate of {printer} was cleared after the last print.",
    "guard_plate_not_cleared": "The plate of {printer} has not been cleared since the last print.",
    "guard_plate_state_unknown": "It is not known whether the plate of {printer} is clear.",
    "guard_file_type_ok": "{printer} accepts this {kind} file.",
    "guard_file_type_not_accepted": (
        "{printer} does not accept {kind} files (it takes: {accepted})."
    ),
    "guard_plate_missing": "The file has no plate {plate}.",
    "guard_plate_not_sliced": "Plate {plate} of the file is not sliced; slice and export it first.",
    "guard_model_ok": "The file was sliced for {model}.",
    "guard_model_mismatch": "The file was sliced for {file_model}, but {printer} is a {model}.",
    "guard_model_unknown": "Cannot tell whether the file suits {printer} ({missing} unknown).",
    "guard_bed_ok": "The print ({width} x {depth} mm) fits the {bed_x} x {bed_y} mm bed.",
    "guard_outside_bed": (
        "The print ({width} x {depth} mm at {min_x}, {min_y}) lies outside the "
        "{bed_x} x {bed_y} mm bed of {printer}."
    ),
    "guard_too_large_for_bed": (
        "The print ({width} x {depth} mm) is larger than the {bed_x} x {bed_y} mm bed of {printer}."
    ),
    "guard_bed_unknown": "The bed size of {printer} is not known.",
    "guard_footprint_unknown": "The file does not tell the size of the print.",
    "guard_nozzle_ok": "The {nozzle} mm nozzle matches the file.",
    "guard_nozzle_mismatch": (
        "The file was sliced for a {file_nozzle} mm nozzle, {printer} has {nozzle} mm."
    ),
    "guard_nozzle_unknown": "Cannot compare nozzles ({missing} unknown).",
    "guard_filament_ok": "The filament is loaded ({types}).",
    "guard_filament_missing": "{printer} has no {types} loaded.",
    "guard_filament_unknown": "The filament loaded in {printer} is not known.",
    "guard_file_filament_unknown": "The file does not tell which filament it needs.",
}


@dataclass(frozen=True, slots=True)
class GuardResult:
    """One check's outcome."""

    check: str  # a Check value
    outcome: str  # an Outcome value
    reason_code: str
    message_key: str  # "guard_<reason_code>"
    placeholders: Mapping[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """JSON-safe dict."""
        return {
            "check": self.check,
            "outcome": self.outcome,
            "reason_code": self.reason_code,
            "message_key": self.message_key,
            "placeholders": dict(self.placeholders),
        }


@dataclass(frozen=True, slots=True)
class GuardReport:
    """Every check of one (file, printer, plate)."""

    plate: int
    results: tuple[GuardResult, ...]
    ams_mapping: tuple[int, ...] | None = None  # Bambu: the tray per slicer filament

    @property
    def ok(self) -> bool:
        """No check failed (unknowns allowed)."""
        return not any(r.outcome == Outcome.FAIL for r in self.results)

    @property
    def failures(self) -> tuple[GuardResult, ...]:
        """The failed checks, in order."""
        return tuple(r for r in self.results if r.outcome == Outcome.FAIL)

    @property
    def unknowns(self) -> tuple[GuardResult, ...]:
        """The checks that could not decide."""
        return tuple(r for r in self.results if r.outcome == Outcome.UNKNOWN)

    def result(self, check: str) -> GuardResult | None:
        """The result of ``check``."""
        return next((r for r in self.results if r.check == check), None)

    def as_dict(self) -> dict[str, Any]:
        """JSON-safe dict (stored as the queue item's last guard report)."""
        return {
            "plate": self.plate,
            "ok": self.ok,
            "ams_mapping": list(self.ams_mapping) if self.ams_mapping is not None else None,
            "results": [r.as_dict() for r in self.results],
        }


@dataclass(frozen=True, slots=True)
class LoadedSlot:
    """A filament loaded in a printer. ``tray_id`` is Bambu's absolute tray number
    (:func:`tray_id`): AMS ``ams_id*4+slot``, AMS HT 128+, external 254/255; other printers
    number their tools/spools from 0."""

    tray_id: int
    type: str | None
    color: str | None = None  # "#RRGGBB"


@dataclass(frozen=True, slots=True)
class GuardContext:
    """What the farm knows about the target printer right now.

    ``status`` is a ``PrinterStatus`` value ("idle", "printing", "offline"...). ``None`` for
    ``plate_cleared``, ``nozzle_mm``, ``loaded`` or ``model`` means "not known" (the check is
    ``unknown``). ``bed_mm``/``bed_origin_mm`` override the bed table (Klipper axis limits, the
    user's setting); ``accept_models`` lists further models this printer takes files for.
    """

    accepted_kinds: frozenset[str] = frozenset()  # file kinds the printer takes
    maps_trays: bool = False  # the printer maps the file's filaments to its trays
    model: str | None = None
    name: str | None = None
    online: bool = False
    status: str | None = None
    active_errors: tuple[str, ...] = ()
    plate_cleared: bool | None = None
    nozzle_mm: float | None = None
    loaded: tuple[LoadedSlot, ...] | None = None
    bed_mm: tuple[float, float] | None = None
    bed_origin_mm: tuple[float, float] = (0.0, 0.0)
    accept_models: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """How messages name the printer."""
        return self.name or self.model or "printer"


def bed_size(model: str | None) -> tuple[float, float] | None:
    """Bed XxY (mm) of a model name from the table (exact normalized name, then the first
    matching substring), or None."""
    if not model:
        return None
    name, _code = normalize_model(model)
    key = model_key(name)
    for known, size in BED_SIZES_MM.items():
        if model_key(known) == key:
            return size
    lowered = " ".join(model.casefold().split())
    for needle, known in _BED_SUBSTRINGS:
        if needle in lowered:
            return BED_SIZES_MM[known]
    return None


def _material(value: str | None) -> str | None:
    if not value:
        return None
    text = " ".join(value.split()).replace("_", "-").upper()
    return text or None


def ams_mapping(
    file: FileMeta, loaded: Iterable[LoadedSlot] | None, *, plate: int = 1
) -> list[int] | None:
    """Bambu ``project_file.ams_mapping`` for ``plate``: one tray id per slicer filament
    (index = filament id - 1; -1 for filaments the plate does not use), choosing a loaded tray
    of the same type, the same colour first and a tray not yet used first. None when a used
    filament has no tray of its type, the file names no filament types, or nothing is loaded.
    """
    meta = file.plate(plate)
    slots = [s for s in loaded or () if _material(s.type)]
    if meta is None or not slots:
        return None
    wanted = {f.id: f for f in meta.filaments if f.id is not None and 0 < f.id <= 64}
    if not wanted or any(_material(f.type) is None for f in wanted.values()):
        return None
    mapping = [-1] * max(wanted)
    taken: set[int] = set()
    for fid in sorted(wanted):
        filament = wanted[fid]
        kind = _material(filament.type)
        color = (filament.color or "").upper()
        candidates = [s for s in slots if _material(s.type) == kind]
        if not candidates:
            return None
        best = min(
            candidates,
            key=lambda s: (
                s.tray_id in taken,
                not (color and (s.color or "").upper()[:7] == color[:7]),
                s.tray_id,
            ),
        )
        mapping[fid - 1] = best.tray_id
        taken.add(best.tray_id)
    return mapping


# --------------------------------------------------------------------------------------------
# The checks
# --------------------------------------------------------------------------------------------


def _result(check: Check, outcome: Outcome, reason: str, **placeholders: object) -> GuardResult:
    return GuardResult(
        check=check.value,
        outcome=outcome.value,
        reason_code=reason,
        message_key=f"guard_{reason}",
        placeholders={k: _text(v) for k, v in placeholders.items()},
    )


def _text(value: object) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _check_ready(printer: GuardContext) -> GuardResult:
    label = printer.label
    if not printer.online or printer.status == "offline":
        return _result(Check.PRINTER_READY, Outcome.FAIL, "printer_offline", printer=label)
    if printer.status is None:
        return _result(Check.PRINTER_READY, Outcome.UNKNOWN, "printer_state_unknown", printer=label)
    if printer.status not in READY_STATUSES:
        return _result(
            Check.PRINTER_READY, Outcome.FAIL, "printer_busy", printer=label, status=printer.status
        )
    return _result(Check.PRINTER_READY, Outcome.PASS, "printer_ready", printer=label)


def _check_errors(printer: GuardContext) -> GuardResult:
    codes = [c for c in printer.active_errors if c]
    if codes or printer.status == "error":
        return _result(
            Check.NO_ERROR,
            Outcome.FAIL,
            "active_error",
            printer=printer.label,
            codes=", ".join(codes[:5]) or "error",
        )
    return _result(Check.NO_ERROR, Outcome.PASS, "no_active_error", printer=printer.label)


def _check_plate_cleared(printer: GuardContext) -> GuardResult:
    if printer.plate_cleared is None:
        return _result(
            Check.PLATE_CLEARED, Outcome.UNKNOWN, "plate_state_unknown", printer=printer.label
        )
    if not printer.plate_cleared:
        return _result(
            Check.PLATE_CLEARED, Outcome.FAIL, "plate_not_cleared", printer=printer.label
        )
    return _result(Check.PLATE_CLEARED, Outcome.PASS, "plate_cleared", printer=printer.label)


def _check_file_type(file: FileMeta, printer: GuardContext, plate: int) -> GuardResult:
    label = printer.label
    kinds = printer.accepted_kinds
    if file.kind not in kinds:
        return _result(
            Check.FILE_TYPE,
            Outcome.FAIL,
            "file_type_not_accepted",
            printer=label,
            kind=file.kind,
            accepted=", ".join(sorted(kinds)) or "-",
        )
    meta = file.plate(plate)
    if meta is None:
        return _result(Check.FILE_TYPE, Outcome.FAIL, "plate_missing", plate=plate)
    if not meta.sliced:
        return _result(Check.FILE_TYPE, Outcome.FAIL, "plate_not_sliced", plate=plate)
    return _result(Check.FILE_TYPE, Outcome.PASS, "file_type_ok", printer=label, kind=file.kind)


def _check_model(file: FileMeta, printer: GuardContext) -> GuardResult:
    printer_model, _code = normalize_model(printer.model)
    file_models = [m for m in file.compatible_models if m]
    if printer_model is None or not file_models:
        missing = "printer model" if printer_model is None else "file model"
        return _result(
            Check.MODEL, Outcome.UNKNOWN, "model_unknown", printer=printer.label, missing=missing
        )
    accepted = {model_key(printer_model)} | {
        model_key(normalize_model(m)[0]) for m in printer.accept_models
    }
    if any(model_key(normalize_model(m)[0]) in accepted for m in file_models):
        return _result(Check.MODEL, Outcome.PASS, "model_ok", model=printer_model)
    return _result(
        Check.MODEL,
        Outcome.FAIL,
        "model_mismatch",
        printer=printer.label,
        model=printer_model,
        file_model=", ".join(file_models),
    )


def _check_bed(file: FileMeta, printer: GuardContext, meta: PlateMeta | None) -> GuardResult:
    label = printer.label
    bbox = meta.bbox if meta is not None else None
    if bbox is None:
        return _result(Check.BED, Outcome.UNKNOWN, "footprint_unknown")
    bed = printer.bed_mm or bed_size(printer.model)
    if bed is None or bed[0] <= 0 or bed[1] <= 0:
        return _result(Check.BED, Outcome.UNKNOWN, "bed_unknown", printer=label)
    min_x, min_y, max_x, max_y = bbox
    width, depth = round(max_x - min_x, 1), round(max_y - min_y, 1)
    bed_x, bed_y = bed
    ox, oy = printer.bed_origin_mm
    tol = BED_TOLERANCE_MM
    sizes = {"width": width, "depth": depth, "bed_x": bed_x, "bed_y": bed_y}
    if width > bed_x + tol or depth > bed_y + tol:
        return _result(Check.BED, Outcome.FAIL, "too_large_for_bed", printer=label, **sizes)
    if min_x < ox - tol or min_y < oy - tol or max_x > ox + bed_x + tol or max_y > oy + bed_y + tol:
        return _result(
            Check.BED,
            Outcome.FAIL,
            "outside_bed",
            printer=label,
            min_x=round(min_x, 1),
            min_y=round(min_y, 1),
            **sizes,
        )
    return _result(Check.BED, Outcome.PASS, "bed_ok", **sizes)


def _check_nozzle(file: FileMeta, printer: GuardContext) -> GuardResult:
    if file.nozzle_mm is None or printer.nozzle_mm is None:
        missing = "printer nozzle" if printer.nozzle_mm is None else "file nozzle"
        return _result(Check.NOZZLE, Outcome.UNKNOWN, "nozzle_unknown", missing=missing)
    if abs(file.nozzle_mm - printer.nozzle_mm) > NOZZLE_TOLERANCE_MM:
        return _result(
            Check.NOZZLE,
            Outcome.FAIL,
            "nozzle_mismatch",
            printer=printer.label,
            nozzle=printer.nozzle_mm,
            file_nozzle=file.nozzle_mm,
        )
    return _result(Check.NOZZLE, Outcome.PASS, "nozzle_ok", nozzle=printer.nozzle_mm)


def _check_filament(
    file: FileMeta, printer: GuardContext, meta: PlateMeta | None, plate: int
) -> tuple[GuardResult, list[int] | None]:
    label = printer.label
    needed = list(meta.filament_types) if meta is not None else []
    if not needed:
        return _result(Check.FILAMENT, Outcome.UNKNOWN, "file_filament_unknown"), None
    if printer.loaded is None:
        return _result(Check.FILAMENT, Outcome.UNKNOWN, "filament_unknown", printer=label), None
    have = {_material(s.type) for s in printer.loaded} - {None}
    missing = [t for t in needed if _material(t) not in have]
    if missing:
        return (
            _result(
                Check.FILAMENT,
                Outcome.FAIL,
                "filament_missing",
                printer=label,
                types=", ".join(missing),
            ),
            None,
        )
    mapping = None
    if printer.maps_trays:
        mapping = ams_mapping(file, printer.loaded, plate=plate)
        if mapping is None:  # every type is loaded but a filament has no type of its own
            return _result(Check.FILAMENT, Outcome.UNKNOWN, "file_filament_unknown"), None
    return _result(Check.FILAMENT, Outcome.PASS, "filament_ok", types=", ".join(needed)), mapping


def evaluate(file: FileMeta, printer: GuardContext, *, plate: int = 1) -> GuardReport:
    """Run every check for sending ``plate`` of ``file`` to ``printer``."""
    meta = file.plate(plate)
    filament, mapping = _check_filament(file, printer, meta, plate)
    results = (
        _check_ready(printer),
        _check_errors(printer),
        _check_plate_cleared(printer),
        _check_file_type(file, printer, plate),
        _check_model(file, printer),
        _check_bed(file, printer, meta),
        _check_nozzle(file, printer),
        filament,
    )
    return GuardReport(
        plate=plate,
        results=results,
        ams_mapping=tuple(mapping) if mapping is not None else None,
    )


__all__ = [
    "BED_SIZES_MM",
    "BED_TOLERANCE_MM",
    "MESSAGES",
    "Check",
    "GuardContext",
    "GuardReport",
    "GuardResult",
    "LoadedSlot",
    "Outcome",
    "ams_mapping",
    "bed_size",
    "evaluate",
    "tray_id",
]
