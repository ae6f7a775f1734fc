"""Drying log: the needs-drying rule of docs/definitions.md, the material table, spool and session
input.

Pure Python. A spool of a hygroscopic material **needs drying** when

* the days since its last drying (end of the last session; else since it was opened) exceed the
  material's ``max_days``, or
* its measured humidity (the AMS unit it sits in, or a linked HA humidity sensor, % RH)
  exceeds the material's ``max_humidity``.

A sealed spool (never opened, never dried) only needs drying by humidity. Materials without a
rule (PLA, ABS, …) never need drying. The defaults below are editable: a user row for a
material replaces the default; a user row with neither limit switches the material off.

Material lookup (:func:`rule_for`): the exact normalised type ("PA-CF"), else its family - the
part before the first ``-``, space or ``+`` ("PA6-CF" → "PA6") - and its alias ("PA6" → "PA",
"NYLON" → "PA").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
import re
from typing import Any, Final

from .analytics import normalize_material
from .errors import InvalidInput, check_int, check_number, check_text

SECONDS_PER_DAY: Final = 86_400.0
TEMP_MIN_C: Final = 25.0
TEMP_MAX_C: Final = 150.0
DURATION_MIN_MIN: Final = 1.0
DURATION_MAX_MIN: Final = 72 * 60.0
MAX_DAYS_LIMIT: Final = 3650.0
MAX_WEIGHT_G: Final = 100_000.0
MAX_TEXT_LEN: Final = 128
MAX_NOTES_LEN: Final = 2000
MAX_SPOOLMAN_ID: Final = 2**31 - 1


@dataclass(frozen=True, slots=True)
class MaterialRule:
    """Drying limits of one material and the recommended drying settings."""

    material: str
    max_days: float | None  # days since drying/opening before it needs drying again
    max_humidity: float | None  # % RH above which it needs drying
    drying_temp_c: float | None = None
    drying_hours: float | None = None

    @property
    def tracked(self) -> bool:
        """True when at least one limit applies."""
        return self.max_days is not None or self.max_humidity is not None

    def as_dict(self) -> dict[str, Any]:
        """JSON shape."""
        return {
            "material": self.material,
            "max_days": self.max_days,
            "max_humidity": self.max_humidity,
            "drying_temp_c": self.drying_temp_c,
            "drying_hours": self.drying_hours,
        }


def _rule(
    material: str, days: float, humidity: float, temp: float, hours: float
) -> tuple[str, MaterialRule]:
    return material, MaterialRule(material, days, humidity, temp, hours)


# Hygroscopic materials (docs/definitions.md#needs-drying). Days are for a spool kept in the open
# or an AMS; humidity is % RH around the spool. Temperatures/hours are common dryer settings.
DEFAULT_RULES: Final[Mapping[str, MaterialRule]] = dict(
    [
        _rule("PA", 3, 20, 80, 8),  # nylon, incl. PA-CF / PA-GF / PA6 / PA12 / PAHT
        _rule("PPA", 3, 20, 80, 8),
        _rule("PETG", 30, 40, 65, 8),  # incl. PETG-CF, PETG-HF
        _rule("PET-CF", 14, 30, 80, 8),
        _rule("PC", 7, 30, 80, 8),  # incl. PC-CF
        _rule("PC-ABS", 14, 35, 80, 6),
        _rule("PPS", 7, 30, 90, 8),  # incl. PPS-CF
        _rule("TPU", 14, 35, 70, 8),
        _rule("PVA", 2, 20, 55, 8),
        _rule("BVOH", 2, 20, 55, 8),
    ]
)

ALIASES: Final[Mapping[str, str]] = {
    "NYLON": "PA",
    "PA6": "PA",
    "PA11": "PA",
    "PA12": "PA",
    "PA66": "PA",
    "PAHT": "PA",
    "TPE": "TPU",
}


def material_candidates(material: str) -> list[str]:
    """Keys to look up, most specific first ("PA6-CF" → PA6-CF, PA6, PA; "TPU 95A" → TPU)."""
    found: list[str] = []
    for key in (material, re.split(r"[-\s+]", material, maxsplit=1)[0]):
        for candidate in (key, ALIASES.get(key)):
            if candidate and candidate not in found:
                found.append(candidate)
    return found


def rule_for(
    material: str | None, overrides: Mapping[str, MaterialRule] | None = None
) -> MaterialRule | None:
    """The rule for a material (user rows first at each step), or None when not tracked."""
    normalized = normalize_material(material)
    if normalized is None:
        return None
    overrides = overrides or {}
    for key in material_candidates(normalized):
        rule = overrides.get(key) or DEFAULT_RULES.get(key)
        if rule is not None:
            return rule if rule.tracked else None
    return None


def material_table(overrides: Mapping[str, MaterialRule]) -> list[dict[str, Any]]:
    """Defaults merged with the user's rows, sorted by material (``odin/materials/list``)."""
    rows = []
    for material in sorted(set(DEFAULT_RULES) | set(overrides)):
        default = DEFAULT_RULES.get(material)
        rule = overrides.get(material) or default
        assert rule is not None
        rows.append(
            {
                **rule.as_dict(),
                "tracked": rule.tracked,
                "overridden": material in overrides,
                "default": default.as_dict() if default is not None else None,
            }
        )
    return rows


def make_rule(
    material: object,
    *,
    max_days: float | None,
    max_humidity: float | None,
    drying_temp_c: float | None = None,
    drying_hours: float | None = None,
) -> MaterialRule:
    """A validated user row (limits may both be None: the material is not tracked)."""
    name = normalize_material(check_text(material, "material", max_len=64))
    assert name is not None
    return MaterialRule(
        material=name,
        max_days=check_number(max_days, "max_days", low=0.01, high=MAX_DAYS_LIMIT),
        max_humidity=check_number(
            max_humidity, "max_humidity", low=0, high=100, key="invalid_humidity"
        ),
        drying_temp_c=check_number(
            drying_temp_c,
            "drying_temp_c",
            low=TEMP_MIN_C,
            high=TEMP_MAX_C,
            key="invalid_temperature",
        ),
        drying_hours=check_number(
            drying_hours, "drying_hours", low=DURATION_MIN_MIN / 60, high=DURATION_MAX_MIN / 60
        ),
    )


# ---------------------------------------------------------------------------- the rule


class DryingReason(StrEnum):
    """Why a spool needs drying."""

    TIME = "time"
    HUMIDITY = "humidity"


@dataclass(frozen=True, slots=True)
class SpoolState:
    """What the rule needs of one spool."""

    spool_id: int
    material: str | None
    opened_at: datetime | None = None
    last_dried_at: datetime | None = None  # end of the last drying session
    humidity: float | None = None  # measured % RH (AMS or sensor), None when unknown


@dataclass(frozen=True, slots=True)
class DryingStatus:
    """The needs-drying verdict for one spool at ``now``."""

    spool_id: int
    tracked: bool  # its material has a rule
    reasons: tuple[DryingReason, ...] = ()
    reference: datetime | None = None  # last drying, else opening
    days_since: float | None = None
    max_days: float | None = None
    humidity: float | None = None
    max_humidity: float | None = None
    due_at: datetime | None = None  # when the time limit is (or was) reached

    @property
    def needs_drying(self) -> bool:
        """True when any reason applies."""
        return bool(self.reasons)

    def as_dict(self) -> dict[str, Any]:
        """JSON shape (``drying`` of a spool)."""
        return {
            "needs_drying": self.needs_drying,
            "tracked": self.tracked,
            "reasons": [str(r) for r in self.reasons],
            "reference": self.reference.isoformat() if self.reference else None,
            "days_since": None if self.days_since is None else round(self.days_since, 2),
            "max_days": self.max_days,
            "humidity": self.humidity,
            "max_humidity": self.max_humidity,
            "due_at": self.due_at.isoformat() if self.due_at else None,
        }


def drying_status(spool: SpoolState, rule: MaterialRule | None, now: datetime) -> DryingStatus:
    """Apply the needs-drying rule (module docstring) to one spool."""
    if rule is None or not rule.tracked:
        return DryingStatus(spool.spool_id, tracked=False, humidity=spool.humidity)
    reasons: list[DryingReason] = []
    reference = spool.last_dried_at or spool.opened_at
    days = due = None
    if reference is not None:
        days = max(0.0, (now - reference).total_seconds() / SECONDS_PER_DAY)
        if rule.max_days is not None:
            due = reference + timedelta(days=rule.max_days)
            if days > rule.max_days:
                reasons.append(DryingReason.TIME)
    if (
        spool.humidity is not None
        and rule.max_humidity is not None
        and spool.humidity > rule.max_humidity
    ):
        reasons.append(DryingReason.HUMIDITY)
    return DryingStatus(
        spool.spool_id,
        tracked=True,
        reasons=tuple(reasons),
        reference=reference,
        days_since=days,
        max_days=rule.max_days,
        humidity=spool.humidity,
        max_humidity=rule.max_humidity,
        due_at=due,
    )


def crossings(
    previous: Mapping[int, bool], statuses: Iterable[DryingStatus]
) -> tuple[list[int], list[int]]:
    """Spools that started (``entered``) and stopped (``left``) needing drying.

    ``previous`` maps spool id → needed drying before; unknown ids count as False.
    """
    entered: list[int] = []
    left: list[int] = []
    for status in statuses:
        before = previous.get(status.spool_id, False)
        if status.needs_drying and not before:
            entered.append(status.spool_id)
        elif before and not status.needs_drying:
            left.append(status.spool_id)
    return entered, left


# ---------------------------------------------------------------------------- input


class DryingMethod(StrEnum):
    """How a spool was dried."""

    DRYER = "dryer"  # filament dryer
    OVEN = "oven"
    AMS = "ams"  # drying in an AMS 2 Pro / AMS HT
    DRY_BOX = "dry_box"  # desiccant box
    DEHYDRATOR = "dehydrator"
    OTHER = "other"


_SLOT_RE: Final = re.compile(r"^(?:([A-H])([1-4])|HT([1-8])|EXT|EXTERNAL)$")


@dataclass(frozen=True, slots=True)
class Slot:
    """A printer's filament slot: AMS unit + tray (0-based), or the external spool holder."""

    label: str  # canonical: "A1".."H4", "HT1".."HT8", "EXT"
    unit: int | None  # AMS unit id as the printer reports it (0..7, HT 128..135)
    tray: int | None


def parse_slot(value: object) -> Slot:
    """``"A1"``…``"H4"`` (AMS A-H, slot 1-4), ``"HT1"``…, ``"EXT"``; else ``invalid_slot``."""
    text = "".join(value.split()).upper() if isinstance(value, str) else ""
    match = _SLOT_RE.match(text)
    if match is None:
        raise InvalidInput("invalid_slot", slot=value)
    letter, number, ht = match.groups()
    if letter is not None:
        return Slot(text, ord(letter) - ord("A"), int(number) - 1)
    if ht is not None:
        return Slot(text, 127 + int(ht), 0)
    return Slot("EXT", None, None)


@dataclass(frozen=True, slots=True)
class SpoolSpec:
    """A validated spool (without id / bookkeeping)."""

    material: str
    name: str | None = None
    brand: str | None = None
    colour: str | None = None
    weight_g: float | None = None
    opened_at: datetime | None = None
    location: str | None = None
    printer_id: str | None = None
    slot: str | None = None
    spoolman_id: int | None = None
    humidity_entity_id: str | None = None
    notes: str | None = None


def make_spool(
    *,
    material: object,
    now: datetime,
    name: object = None,
    brand: object = None,
    colour: object = None,
    weight_g: float | None = None,
    opened_at: datetime | None = None,
    location: object = None,
    printer_id: str | None = None,
    slot: object = None,
    spoolman_id: int | None = None,
    humidity_entity_id: object = None,
    notes: object = None,
) -> SpoolSpec:
    """Validate a spool. A slot needs a printer; the printer's existence is the caller's check."""
    kind = normalize_material(check_text(material, "material", max_len=64))
    assert kind is not None
    if opened_at is not None and opened_at > now + timedelta(minutes=5):
        raise InvalidInput("in_future", field="opened_at")
    slot_label: str | None = None
    if slot not in (None, ""):
        if not printer_id:
            raise InvalidInput("slot_needs_printer")
        slot_label = parse_slot(slot).label
    entity = check_text(humidity_entity_id, "humidity_entity_id", max_len=255, required=False)
    if entity is not None and not entity.startswith("sensor."):
        raise InvalidInput("invalid_entity", entity=entity)
    return SpoolSpec(
        material=kind,
        name=check_text(name, "name", max_len=MAX_TEXT_LEN, required=False),
        brand=check_text(brand, "brand", max_len=MAX_TEXT_LEN, required=False),
        colour=check_text(colour, "colour", max_len=MAX_TEXT_LEN, required=False),
        weight_g=check_number(weight_g, "weight_g", low=0, high=MAX_WEIGHT_G),
        opened_at=opened_at,
        location=check_text(location, "location", max_len=MAX_TEXT_LEN, required=False),
        printer_id=printer_id or None,
        slot=slot_label,
        spoolman_id=check_int(spoolman_id, "spoolman_id", low=1, high=MAX_SPOOLMAN_ID),
        humidity_entity_id=entity,
        notes=check_text(notes, "notes", max_len=MAX_NOTES_LEN, required=False),
    )


@dataclass(frozen=True, slots=True)
class SessionSpec:
    """A validated drying session."""

    started_at: datetime
    duration_min: float
    temp_c: float
    method: DryingMethod
    humidity_before: float | None = None
    humidity_after: float | None = None
    notes: str | None = None

    @property
    def ended_at(self) -> datetime:
        """When the drying finished."""
        return self.started_at + timedelta(minutes=self.duration_min)


def make_session(
    *,
    now: datetime,
    temp_c: float,
    duration_min: float,
    method: object = DryingMethod.DRYER,
    started_at: datetime | None = None,
    humidity_before: float | None = None,
    humidity_after: float | None = None,
    notes: object = None,
) -> SessionSpec:
    """Validate a drying session: 25-150 °C, 1 min-72 h, humidity 0-100 % RH, not in the future.

    Without ``started_at`` the session ended now.
    """
    temp = check_number(
        temp_c, "temperature", low=TEMP_MIN_C, high=TEMP_MAX_C, key="invalid_temperature"
    )
    minutes = check_number(
        duration_min,
        "duration",
        low=DURATION_MIN_MIN,
        high=DURATION_MAX_MIN,
        key="invalid_duration",
    )
    if temp is None or minutes is None:
        raise InvalidInput("empty_field", field="temperature" if temp is None else "duration")
    try:
        kind = DryingMethod(str(method or DryingMethod.DRYER))
    except ValueError:
        raise InvalidInput("invalid_method", method=method) from None
    before = check_number(
        humidity_before, "humidity_before", low=0, high=100, key="invalid_humidity"
    )
    after = check_number(humidity_after, "humidity_after", low=0, high=100, key="invalid_humidity")
    start = started_at if started_at is not None else now - timedelta(minutes=minutes)
    if start > now + timedelta(minutes=5):
        raise InvalidInput("in_future", field="started_at")
    return SessionSpec(
        started_at=start,
        duration_min=minutes,
        temp_c=temp,
        method=kind,
        humidity_before=before,
        humidity_after=after,
        notes=check_text(notes, "notes", max_len=MAX_NOTES_LEN, required=False),
    )


def spool_label(
    spool_id: int,
    *,
    name: str | None,
    brand: str | None,
    material: str | None,
    colour: str | None,
) -> str:
    """A short human name: the spool's name, else "brand material colour", else "Spool 7"."""
    if name:
        return name
    text = " ".join(part for part in (brand, material, colour) if part)
    return text or f"Spool {spool_id}"
