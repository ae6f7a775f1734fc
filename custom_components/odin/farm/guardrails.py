"""Checks before a file is sent to a printer (docs/auto-queue.md#guard-codes, docs/models.md).

``evaluate(file, printer, plate=1)`` runs every check and returns a :class:`GuardReport`:
one :class:`GuardResult` per check (``pass`` / ``fail`` / ``unknown`` with a stable
``reason_code``, a translation ``message_key`` and its ``placeholders``). ``report.ok`` is True
when nothing failed.

Checks, in order: ``printer_ready`` (online and idle), ``no_error`` (no active HMS/error),
``plate_cleared`` (since the last run), ``file_type`` (one of the kinds the printer takes,
``GuardContext.accepted_kinds``, filled by the glue from the printer's brand; a 3MF needs a
sliced plate), ``integrity`` (the file is whole: ``FileMeta.integrity_problem`` unset),
``model`` (the printer is one the file was sliced for), ``bed`` (bed origin, the file's bed
shape, footprint and height), ``nozzle`` (diameter matches) and ``filament`` (every filament
the plate uses is loaded; for printers that map filaments to trays,
``GuardContext.maps_trays``, the tray mapping by material and colour).

**Safe by default.** A fact a check needs that nobody knows *fails* the check, with a message
that says what to set: the printer's model (``model_unknown``), the file's model
(``file_model_unknown``), the printer's nozzle or the file's (``nozzle_unknown``), the
printer's bed size (``bed_unknown``). Each of the three has a per-printer "allow unknown"
setting (``GuardContext.allow_unknown_model`` / ``allow_unknown_nozzle`` /
``allow_unknown_bed``); with it the check is ``unknown`` with a ``*_allowed`` reason code
(:data:`ALLOWED_UNKNOWN_REASONS`, listed by :attr:`GuardReport.allowed_unknowns` so the glue
audits the send). A file that names no printer (generic G-code) is the same unknown as a
printer whose model is not known: it goes out only to a printer that allows unknown models.
What stays a plain, non-blocking ``unknown``: the plate state (the glue's policy), the
footprint when the file does not tell it (the model check already ties the file to the
printer), the height when the printer's height is not known, and the filament when the
printer does not report its spools (Klipper, PrusaLink without a sensor).

**Models** compare by family (:func:`~.filemeta.normalize_model`: "Ender-3 V2" is an "Ender
3", "MINI+" a "MINI") and by :data:`COMPATIBLE_MODELS`: groups whose slicer profiles are the
same machine (X1 / X1 Carbon / X1E; P1P / P1S). It is conservative: MK4 and MK4S G-code are
not exchanged (different firmware checks and cooling), nor A1 and A1 mini. A printer can
accept further models (``GuardContext.accept_models``).

**Bed.** The printer's bed is ``bed_mm`` (Klipper axis limits, the user's setting) or the
table :data:`BED_SIZES_MM`, its origin the front-left corner (``bed_origin_mm``) or, with
``bed_origin_centre``, the centre. A file that says where its origin is
(``FileMeta.bed_origin_centre``) must match (``bed_origin_mismatch``); then the
footprint (2 mm tolerance) in the printer's coordinates (a file without a footprint: the bed
shape it was sliced for must fit, 5 mm slack, ``file_bed_larger``; neither known:
``footprint_unknown``, not blocking); then the height: the plate's highest Z (else the
file's) against the printer's height (``bed_height_mm``, else :data:`BED_HEIGHTS_MM`).

**Filament / AMS mapping** (:func:`ams_mapping`): each filament the plate uses gets a loaded
tray of the same material whose colour is nearest, within ``colour_tolerance`` (CIE76 ΔE in
CIELAB, D65; default :data:`DEFAULT_COLOUR_TOLERANCE` = 25: a brand's shades of one colour
match, red vs orange (ΔE 40) or black vs grey (ΔE 54) do not). One filament per tray, unless
the file's filaments are identical (same material and colour), which may share one. The
choice is the least total colour distance (an assignment, not first come first served). A
filament or tray without a colour matches on material only, after every coloured match. When
a filament has no tray the check fails naming what is needed and what is loaded
(``spool_missing``: "needs PLA #FFFFFF, loaded: PLA #000000, PETG #808080"). Printers that
do not map trays (one extruder) compare materials only: slicers write a default colour there.

``MESSAGES`` holds the English text of every ``message_key`` (``guard_<reason_code>``) for the
translations. Pure Python, no Home Assistant.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
import math
import re
from typing import Any, Final

from custom_components.odin.printers.bambu.codes import tray_id

from .filemeta import (
    FileMeta,
    PlateMeta,
    model_key,
    normalize_model,
)

BED_TOLERANCE_MM: Final = 2.0
HEIGHT_TOLERANCE_MM: Final = 0.5
# a file's bed shape may exceed the printer's nominal bed by this much: slicer profiles often
# extend the printable area a few mm past it (PrusaSlicer MK4: "0x-4,250x-4,...")
FILE_BED_TOLERANCE_MM: Final = 5.0
DEFAULT_COLOUR_TOLERANCE: Final = 25.0  # CIE76 ΔE
NOZZLE_TOLERANCE_MM: Final = 0.01
EXTERNAL_TRAY: Final = 254  # Bambu external spool (H2D: 254 left, 255 right)
READY_STATUSES: Final = frozenset({"idle", "finished", "cancelled", "failed"})
# reason codes of a check that could not decide but the printer allows it (audited)
ALLOWED_UNKNOWN_REASONS: Final = frozenset(
    {"model_unknown_allowed", "nozzle_unknown_allowed", "bed_unknown_allowed"}
)

# Bed sizes XxY in mm by normalized model name (docs/models.md; [G] entries to verify). A
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
# Build heights (Z) in mm by normalized model name (makers' specifications). A printer's own
# height (the user's setting) overrides this table; a model not listed has no known height.
BED_HEIGHTS_MM: Final[Mapping[str, float]] = {
    "X1 Carbon": 256.0,
    "X1": 256.0,
    "X1E": 256.0,
    "P1S": 256.0,
    "P1P": 256.0,
    "P2S": 256.0,
    "A1": 256.0,
    "A1 mini": 180.0,
    "H2D": 325.0,
    "H2S": 340.0,
    "MK4S": 220.0,
    "MK4": 220.0,
    "MK3.9": 220.0,
    "MK3.5": 220.0,
    "MK3S": 210.0,
    "MK3": 210.0,
    "MK2.5S": 210.0,
    "MK2.5": 210.0,
    "MINI": 180.0,
    "XL": 360.0,
    "CORE One": 270.0,
    "Ender 3": 250.0,
}
# Models whose slicer profiles describe the same machine (kinematics, bed, start G-code the
# firmware accepts): a file sliced for one prints on the others. Keep it conservative.
COMPATIBLE_MODELS: Final[tuple[frozenset[str], ...]] = (
    frozenset({"X1 Carbon", "X1", "X1E"}),
    frozenset({"P1P", "P1S"}),
)
# First-substring fallback for free-text models (docs/models.md order: "a1 mini" before "a1",
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
    INTEGRITY = "integrity"
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
    "guard_file_intact": "The file is complete.",
    "guard_file_damaged": (
        "The file is damaged or cut short ({problem}); upload it again from the slicer."
    ),
    "guard_model_ok": "The file was sliced for {model}.",
    "guard_model_mismatch": "The file was sliced for {file_model}, but {printer} is a {model}.",
    "guard_model_unknown": (
        "The model of {printer} is not known; set this printer's model to allow files sliced "
        "for a specific printer (or allow unknown models for it)."
    ),
    "guard_file_model_unknown": (
        "The file does not say which printer it was sliced for; allow unknown models for "
        "{printer} to send it anyway."
    ),
    "guard_model_unknown_allowed": (
        "The {missing} is not known; not checked because {printer} allows unknown models."
    ),
    "guard_bed_ok": "The print ({width} x {depth} mm) fits the {bed_x} x {bed_y} mm bed.",
    "guard_bed_origin_mismatch": (
        "The file was sliced for a bed with its origin at the {file_origin}, but the origin "
        "of {printer} is at the {origin}."
    ),
    "guard_file_bed_larger": (
        "The file was sliced for a {file_x} x {file_y} mm bed, larger than the "
        "{bed_x} x {bed_y} mm bed of {printer}."
    ),
    "guard_file_bed_fits": (
        "The file was sliced for a {file_x} x {file_y} mm bed, which fits the {bed_x} x {bed_y} mm "
        "bed."
    ),
    "guard_too_tall": ("The print is {height} mm tall, {printer} prints at most {max_height} mm."),
    "guard_outside_bed": (
        "The print ({width} x {depth} mm at {min_x}, {min_y}) lies outside the "
        "{bed_x} x {bed_y} mm bed of {printer}."
    ),
    "guard_too_large_for_bed": (
        "The print ({width} x {depth} mm) is larger than the {bed_x} x {bed_y} mm bed of {printer}."
    ),
    "guard_bed_unknown": (
        "The bed size of {printer} is not known; set its bed width and depth (or allow an "
        "unknown bed for it)."
    ),
    "guard_bed_unknown_allowed": (
        "The bed size of {printer} is not known; not checked because it allows an unknown bed."
    ),
    "guard_footprint_unknown": "The file does not tell the size of the print.",
    "guard_nozzle_ok": "The {nozzle} mm nozzle matches the file.",
    "guard_nozzle_mismatch": (
        "The file was sliced for a {file_nozzle} mm nozzle, {printer} has {nozzle} mm."
    ),
    "guard_nozzle_unknown": (
        "Cannot compare nozzles ({missing} unknown); set the nozzle diameter of {printer} if it "
        "is not known, or allow an unknown nozzle for it."
    ),
    "guard_nozzle_unknown_allowed": (
        "The {missing} is not known; not checked because {printer} allows an unknown nozzle."
    ),
    "guard_filament_ok": "The filament is loaded ({types}).",
    "guard_filament_missing": "{printer} has no {types} loaded.",
    "guard_spool_missing": "{printer} lacks a spool: needs {needs}, loaded: {loaded}.",
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

    @property
    def allowed_unknowns(self) -> tuple[str, ...]:
        """The checks that passed only because the printer allows an unknown (audited)."""
        return tuple(r.check for r in self.results if r.reason_code in ALLOWED_UNKNOWN_REASONS)

    def result(self, check: str) -> GuardResult | None:
        """The result of ``check``."""
        return next((r for r in self.results if r.check == check), None)

    def as_dict(self) -> dict[str, Any]:
        """JSON-safe dict (stored as the queue item's last guard report)."""
        return {
            "plate": self.plate,
            "ok": self.ok,
            "ams_mapping": list(self.ams_mapping) if self.ams_mapping is not None else None,
            "allowed_unknowns": list(self.allowed_unknowns),
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
    ``plate_cleared``, ``nozzle_mm``, ``loaded`` or ``model`` means "not known" (model, nozzle
    and bed fail unless the matching ``allow_unknown_*`` is set). ``bed_mm``/``bed_origin_mm``
    /``bed_height_mm`` override the bed tables (Klipper axis limits, the user's setting);
    ``bed_origin_centre`` puts (0, 0) at the bed centre (``bed_origin_mm`` then ignored);
    ``accept_models`` lists further models this printer takes files for;
    ``colour_tolerance`` is the largest CIE76 ΔE between a file's and a tray's colour.
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
    bed_height_mm: float | None = None
    bed_origin_centre: bool = False
    allow_unknown_model: bool = False
    allow_unknown_nozzle: bool = False
    allow_unknown_bed: bool = False
    colour_tolerance: float = DEFAULT_COLOUR_TOLERANCE

    @property
    def label(self) -> str:
        """How messages name the printer."""
        return self.name or self.model or "printer"


def _table_key(model: str | None) -> str | None:
    """The table name of a model (exact normalized name, then the first matching substring)."""
    if not model:
        return None
    name, _code = normalize_model(model)
    key = model_key(name)
    for known in BED_SIZES_MM:
        if model_key(known) == key:
            return known
    lowered = " ".join(model.casefold().split())
    for needle, known in _BED_SUBSTRINGS:
        if needle in lowered:
            return known
    return None


def bed_size(model: str | None) -> tuple[float, float] | None:
    """Bed XxY (mm) of a model name from the table (exact normalized name, then the first
    matching substring), or None."""
    known = _table_key(model)
    return BED_SIZES_MM[known] if known is not None else None


def bed_height(model: str | None) -> float | None:
    """Build height (mm) of a model name from :data:`BED_HEIGHTS_MM`, or None."""
    known = _table_key(model)
    return BED_HEIGHTS_MM.get(known) if known is not None else None


def model_family(model: str | None) -> frozenset[str]:
    """Comparison keys of the models a file sliced for ``model`` suits (its family and the
    models :data:`COMPATIBLE_MODELS` groups with it); empty for an unknown model."""
    name, _code = normalize_model(model)
    if name is None:
        return frozenset()
    key = model_key(name)
    for group in COMPATIBLE_MODELS:
        keys = {model_key(m) for m in group}
        if key in keys:
            return frozenset(keys)
    return frozenset({key})


def _material(value: str | None) -> str | None:
    if not value:
        return None
    text = " ".join(value.split()).replace("_", "-").upper()
    return text or None


# --------------------------------------------------------------------------------------------
# Colours
# --------------------------------------------------------------------------------------------

_HEX = re.compile(r"^#?([0-9A-Fa-f]{6})(?:[0-9A-Fa-f]{2})?$")
_HEX3 = re.compile(r"^#?([0-9A-Fa-f]{3})$")
Lab = tuple[float, float, float]


def normalize_colour(value: str | None) -> str | None:
    """ "#RRGGBB" (upper case) of "#RRGGBB", "RRGGBBAA" (Bambu trays) or "#RGB"; None else."""
    if not value:
        return None
    text = value.strip()
    if match := _HEX.match(text):
        return "#" + match.group(1).upper()
    if match := _HEX3.match(text):
        return "#" + "".join(c * 2 for c in match.group(1)).upper()
    return None


def _lab(colour: str) -> Lab:
    """CIELAB (D65) of "#RRGGBB"."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(int(colour[i : i + 2], 16)) for i in (1, 3, 5))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def colour_distance(first: str | None, second: str | None) -> float | None:
    """CIE76 ΔE between two colours ("#RRGGBB"/"RRGGBBAA"), None when either is unknown.
    0 = same colour, about 2 = barely visible, 100 = black vs white."""
    a, b = normalize_colour(first), normalize_colour(second)
    if a is None or b is None:
        return None
    return math.dist(_lab(a), _lab(b))


# --------------------------------------------------------------------------------------------
# AMS mapping
# --------------------------------------------------------------------------------------------

_NO_MATCH: Final = math.inf


@dataclass(frozen=True, slots=True)
class _Need:
    """One distinct filament a plate needs (the file's identical filaments share one)."""

    material: str
    colour: str | None
    ids: tuple[int, ...]

    @property
    def label(self) -> str:
        return f"{self.material} {self.colour}" if self.colour else self.material


def _slot_label(slot: LoadedSlot) -> str:
    material = _material(slot.type) or "?"
    colour = normalize_colour(slot.color)
    return f"{material} {colour}" if colour else material


def _cost(need: _Need, slot: LoadedSlot, tolerance: float) -> float:
    """How far ``slot`` is from ``need`` (ΔE; _NO_MATCH when it cannot serve it). A colour
    nobody knows costs just over the tolerance: taken only after every coloured match."""
    if _material(slot.type) != need.material:
        return _NO_MATCH
    distance = colour_distance(need.colour, slot.color)
    if distance is None:
        return tolerance + 1.0
    return distance if distance <= tolerance else _NO_MATCH


def _assign(costs: Sequence[Sequence[float]]) -> list[int | None]:
    """Least-total-cost assignment of rows (needs) to distinct columns (trays); a row whose
    every choice is _NO_MATCH, or that loses its only column, gets None. Hungarian method on a
    square matrix padded with a large finite cost (sizes are small: filaments <= 64)."""
    rows = len(costs)
    cols = len(costs[0]) if rows else 0
    size = max(rows, cols)
    big = 1e9
    matrix = [
        [
            (costs[i][j] if costs[i][j] != _NO_MATCH else big) if i < rows and j < cols else big
            for j in range(size)
        ]
        for i in range(size)
    ]
    # e-maxx formulation, 1-based potentials
    u = [0.0] * (size + 1)
    v = [0.0] * (size + 1)
    owner = [0] * (size + 1)  # column -> row
    way = [0] * (size + 1)
    for i in range(1, size + 1):
        owner[0] = i
        j0 = 0
        minv = [math.inf] * (size + 1)
        used = [False] * (size + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = owner[j0], math.inf, 0
            for j in range(1, size + 1):
                if not used[j]:
                    cur = matrix[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(size + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    result: list[int | None] = [None] * rows
    for j in range(1, size + 1):
        i = owner[j] - 1
        if 0 <= i < rows and j - 1 < cols and costs[i][j - 1] != _NO_MATCH:
            result[i] = j - 1
    return result


def _plan(
    file: FileMeta, loaded: Iterable[LoadedSlot] | None, plate: int, tolerance: float
) -> tuple[list[int] | None, list[_Need], list[LoadedSlot]]:
    """(mapping or None, needs without a tray, loaded slots) for ``plate``."""
    meta = file.plate(plate)
    slots = [s for s in loaded or () if _material(s.type)]
    if meta is None or not slots:
        return None, [], slots
    wanted = {f.id: f for f in meta.filaments if f.id is not None and 0 < f.id <= 64}
    if not wanted or any(_material(f.type) is None for f in wanted.values()):
        return None, [], slots
    groups: dict[tuple[str, str | None], list[int]] = {}
    for fid in sorted(wanted):
        filament = wanted[fid]
        material = _material(filament.type)
        assert material is not None
        groups.setdefault((material, normalize_colour(filament.color)), []).append(fid)
    needs = [_Need(m, c, tuple(ids)) for (m, c), ids in groups.items()]
    costs = [[_cost(need, slot, tolerance) for slot in slots] for need in needs]
    chosen = _assign(costs)
    missing = [need for need, col in zip(needs, chosen, strict=True) if col is None]
    if missing:
        return None, missing, slots
    mapping = [-1] * max(wanted)
    for need, col in zip(needs, chosen, strict=True):
        assert col is not None
        for fid in need.ids:
            mapping[fid - 1] = slots[col].tray_id
    return mapping, [], slots


def ams_mapping(
    file: FileMeta,
    loaded: Iterable[LoadedSlot] | None,
    *,
    plate: int = 1,
    tolerance: float = DEFAULT_COLOUR_TOLERANCE,
) -> list[int] | None:
    """Bambu ``project_file.ams_mapping`` for ``plate``: one tray id per slicer filament
    (index = filament id - 1; -1 for filaments the plate does not use): a loaded tray of the
    same material with the nearest colour within ``tolerance`` (CIE76 ΔE), one distinct
    filament per tray (identical filaments share one), least total colour distance. None
    when a used filament has no such tray, the file names no filament types, or nothing is
    loaded."""
    mapping, _missing, _slots = _plan(file, loaded, plate, tolerance)
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


def _check_integrity(file: FileMeta) -> GuardResult:
    if file.integrity_problem:
        return _result(
            Check.INTEGRITY, Outcome.FAIL, "file_damaged", problem=file.integrity_problem
        )
    return _result(Check.INTEGRITY, Outcome.PASS, "file_intact")


def _check_model(file: FileMeta, printer: GuardContext) -> GuardResult:
    label = printer.label
    printer_model, _code = normalize_model(printer.model)
    file_models = [m for m in file.compatible_models if m]
    if printer_model is None or not file_models:
        missing = "printer model" if printer_model is None else "file model"
        if printer.allow_unknown_model:
            return _result(
                Check.MODEL,
                Outcome.UNKNOWN,
                "model_unknown_allowed",
                printer=label,
                missing=missing,
            )
        if printer_model is None:
            return _result(Check.MODEL, Outcome.FAIL, "model_unknown", printer=label)
        return _result(Check.MODEL, Outcome.FAIL, "file_model_unknown", printer=label)
    accepted = set(model_family(printer_model)).union(
        *(model_family(m) for m in printer.accept_models)
    )
    if any(model_family(m) & accepted for m in file_models):
        return _result(Check.MODEL, Outcome.PASS, "model_ok", model=printer_model)
    return _result(
        Check.MODEL,
        Outcome.FAIL,
        "model_mismatch",
        printer=label,
        model=printer_model,
        file_model=", ".join(file_models),
    )


def _origin_name(centre: bool) -> str:
    return "centre" if centre else "front left corner"


def _check_file_bed(file: FileMeta, printer: GuardContext, bed: tuple[float, float]) -> GuardResult:
    """No footprint: the bed the file was sliced for must fit in the printer's."""
    if not file.bed_shape:
        return _result(Check.BED, Outcome.UNKNOWN, "footprint_unknown")
    bed_x, bed_y = bed
    file_x = max(p[0] for p in file.bed_shape) - min(p[0] for p in file.bed_shape)
    file_y = max(p[1] for p in file.bed_shape) - min(p[1] for p in file.bed_shape)
    sizes = {"file_x": round(file_x, 1), "file_y": round(file_y, 1), "bed_x": bed_x, "bed_y": bed_y}
    slack = FILE_BED_TOLERANCE_MM
    if file_x > bed_x + slack or file_y > bed_y + slack:
        return _result(Check.BED, Outcome.FAIL, "file_bed_larger", printer=printer.label, **sizes)
    return _result(Check.BED, Outcome.PASS, "file_bed_fits", **sizes)


def _check_bed(file: FileMeta, printer: GuardContext, meta: PlateMeta | None) -> GuardResult:
    label = printer.label
    bed = printer.bed_mm or bed_size(printer.model)
    if bed is None or bed[0] <= 0 or bed[1] <= 0:
        if printer.allow_unknown_bed:
            return _result(Check.BED, Outcome.UNKNOWN, "bed_unknown_allowed", printer=label)
        return _result(Check.BED, Outcome.FAIL, "bed_unknown", printer=label)
    bed_x, bed_y = bed
    tol = BED_TOLERANCE_MM
    centre = printer.bed_origin_centre
    if file.bed_origin_centre is not None and file.bed_origin_centre != centre:
        return _result(
            Check.BED,
            Outcome.FAIL,
            "bed_origin_mismatch",
            printer=label,
            file_origin=_origin_name(file.bed_origin_centre),
            origin=_origin_name(centre),
        )
    if meta is None:
        return _result(Check.BED, Outcome.UNKNOWN, "footprint_unknown")
    bbox = meta.bbox
    if bbox is None:
        return _check_file_bed(file, printer, bed)
    min_x, min_y, max_x, max_y = bbox
    width, depth = round(max_x - min_x, 1), round(max_y - min_y, 1)
    ox, oy = (-bed_x / 2, -bed_y / 2) if centre else printer.bed_origin_mm
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
    height = meta.max_height_mm or file.max_height_mm
    top = printer.bed_height_mm or bed_height(printer.model)
    if height is not None and top and height > top + HEIGHT_TOLERANCE_MM:
        return _result(
            Check.BED,
            Outcome.FAIL,
            "too_tall",
            printer=label,
            height=round(height, 2),
            max_height=top,
        )
    return _result(Check.BED, Outcome.PASS, "bed_ok", **sizes)


def _check_nozzle(file: FileMeta, printer: GuardContext) -> GuardResult:
    label = printer.label
    if file.nozzle_mm is None or printer.nozzle_mm is None:
        missing = "printer nozzle" if printer.nozzle_mm is None else "file nozzle"
        if printer.allow_unknown_nozzle:
            return _result(
                Check.NOZZLE,
                Outcome.UNKNOWN,
                "nozzle_unknown_allowed",
                printer=label,
                missing=missing,
            )
        return _result(Check.NOZZLE, Outcome.FAIL, "nozzle_unknown", printer=label, missing=missing)
    if abs(file.nozzle_mm - printer.nozzle_mm) > NOZZLE_TOLERANCE_MM:
        return _result(
            Check.NOZZLE,
            Outcome.FAIL,
            "nozzle_mismatch",
            printer=label,
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
        mapping, lacking, slots = _plan(file, printer.loaded, plate, printer.colour_tolerance)
        if lacking:
            return (
                _result(
                    Check.FILAMENT,
                    Outcome.FAIL,
                    "spool_missing",
                    printer=label,
                    needs=", ".join(n.label for n in lacking),
                    loaded=", ".join(_slot_label(s) for s in slots),
                ),
                None,
            )
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
        _check_integrity(file),
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
    "ALLOWED_UNKNOWN_REASONS",
    "BED_HEIGHTS_MM",
    "BED_SIZES_MM",
    "BED_TOLERANCE_MM",
    "COMPATIBLE_MODELS",
    "DEFAULT_COLOUR_TOLERANCE",
    "MESSAGES",
    "Check",
    "GuardContext",
    "GuardReport",
    "GuardResult",
    "LoadedSlot",
    "Outcome",
    "ams_mapping",
    "bed_height",
    "bed_size",
    "colour_distance",
    "evaluate",
    "model_family",
    "normalize_colour",
    "tray_id",
]
