"""Presets: saved print configurations, validated and expanded into queue jobs (pure Python).

A preset names a file, a target (any printer, one printer, the printers carrying a tag, or a
printer model), the filament and nozzle it needs, how many copies, a priority, notes and print
options. Scheduling a preset creates ``quantity`` queue jobs at once (one per copy); the caller
may override quantity, priority and the target tag.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Final

from .analytics import normalize_material
from .errors import InvalidInput, check_int, check_number, check_text
from .scheduler import (
    MAX_FILE_LEN,
    MAX_MATERIAL_LEN,
    MAX_MODEL_LEN,
    MAX_NOTES_LEN,
    NOZZLE_MAX_MM,
    NOZZLE_MIN_MM,
    PRIORITY_MAX,
    PRIORITY_MIN,
    Constraints,
    NewJob,
    check_quantity,
    make_job,
    numbered,
)
from .tags import normalize_tags

MAX_PRESET_NAME_LEN: Final = 128
MAX_PLATE: Final = 64


class TargetType(StrEnum):
    """What a preset prints on."""

    ANY = "any"
    PRINTER = "printer"
    TAG = "tag"
    MODEL = "model"


# Print options a preset (and a job) may carry, with their types. Sending honours them later.
PRINT_OPTIONS: Final[Mapping[str, type]] = {
    "timelapse": bool,
    "bed_leveling": bool,
    "flow_calibration": bool,
    "vibration_calibration": bool,
    "layer_inspect": bool,
    "use_ams": bool,
    "plate": int,
}


def validate_options(options: Mapping[str, Any] | None) -> dict[str, Any]:
    """Known print options with the right types (``invalid_option`` otherwise)."""
    clean: dict[str, Any] = {}
    for key, value in (options or {}).items():
        kind = PRINT_OPTIONS.get(key)
        if kind is None:
            raise InvalidInput("invalid_option", option=key)
        if kind is bool:
            if not isinstance(value, bool):
                raise InvalidInput("invalid_option", option=key)
        elif isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_PLATE:
            raise InvalidInput("invalid_option", option=key)
        clean[key] = value
    return clean


def name_key(name: str) -> str:
    """Presets are unique by name, case-insensitively (whitespace collapsed)."""
    return " ".join(name.split()).casefold()


@dataclass(frozen=True, slots=True)
class PresetSpec:
    """A validated preset (without id / timestamps)."""

    name: str
    file: str
    target_type: TargetType = TargetType.ANY
    target: str | None = None  # printer id, tag (display form) or model; None for "any"
    filament: str | None = None
    nozzle_mm: float | None = None
    quantity: int = 1
    priority: int = 0
    notes: str | None = None
    options: Mapping[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """JSON shape (without id/timestamps)."""
        return {
            "name": self.name,
            "file": self.file,
            "target": {"type": str(self.target_type), "value": self.target},
            "filament": self.filament,
            "nozzle_mm": self.nozzle_mm,
            "quantity": self.quantity,
            "priority": self.priority,
            "notes": self.notes,
            "options": dict(self.options),
        }


def make_preset(
    *,
    name: object,
    file: object,
    target_type: object = TargetType.ANY,
    target: object = None,
    filament: object = None,
    nozzle_mm: float | None = None,
    quantity: int | None = None,
    priority: int | None = None,
    notes: object = None,
    options: Mapping[str, Any] | None = None,
) -> PresetSpec:
    """Validate a preset. Whether a target printer/tag exists is the caller's check."""
    preset_name = check_text(name, "name", max_len=MAX_PRESET_NAME_LEN)
    file_text = check_text(file, "file", max_len=MAX_FILE_LEN)
    assert preset_name is not None
    assert file_text is not None
    try:
        kind = TargetType(str(target_type or TargetType.ANY))
    except ValueError:
        raise InvalidInput("invalid_target", target=target_type) from None
    value: str | None = None
    if kind is TargetType.ANY:
        if target not in (None, ""):
            raise InvalidInput("invalid_target", target=kind)
    elif kind is TargetType.TAG:
        value = normalize_tags([target])[0] if isinstance(target, str) else None
        if value is None:
            raise InvalidInput("empty_tag")
    else:
        field_name = "printer" if kind is TargetType.PRINTER else "model"
        value = check_text(target, field_name, max_len=MAX_MODEL_LEN)
    return PresetSpec(
        name=" ".join(preset_name.split()),
        file=file_text,
        target_type=kind,
        target=value,
        filament=normalize_material(
            check_text(filament, "filament", max_len=MAX_MATERIAL_LEN, required=False)
        ),
        nozzle_mm=check_number(nozzle_mm, "nozzle_mm", low=NOZZLE_MIN_MM, high=NOZZLE_MAX_MM),
        quantity=check_quantity(quantity),
        priority=check_int(priority, "priority", low=PRIORITY_MIN, high=PRIORITY_MAX) or 0,
        notes=check_text(notes, "notes", max_len=MAX_NOTES_LEN, required=False),
        options=validate_options(options),
    )


def preset_constraints(preset: PresetSpec, *, tag: str | None = None) -> Constraints:
    """The queue constraints of a preset; ``tag`` replaces its target with "any printer
    carrying this tag"."""
    printer_id = model = None
    tags_any: tuple[str, ...] = ()
    if tag is not None:
        tags_any = (normalize_tags([tag])[0],)
    elif preset.target_type is TargetType.PRINTER:
        printer_id = preset.target
    elif preset.target_type is TargetType.TAG and preset.target is not None:
        tags_any = (preset.target,)
    elif preset.target_type is TargetType.MODEL:
        model = preset.target
    return Constraints(
        printer_id=printer_id,
        tags_any=tags_any,
        model=model,
        filament=preset.filament,
        nozzle_mm=preset.nozzle_mm,
    )


def expand_preset(
    preset: PresetSpec,
    preset_id: int | None,
    *,
    quantity: int | None = None,
    priority: int | None = None,
    tag: str | None = None,
) -> list[NewJob]:
    """The queue jobs for scheduling ``preset`` (overrides validated like the preset's own)."""
    count = preset.quantity if quantity is None else check_quantity(quantity)
    prio = (
        preset.priority
        if priority is None
        else check_int(priority, "priority", low=PRIORITY_MIN, high=PRIORITY_MAX)
    )
    job = make_job(
        file=preset.file,
        name=preset.name,
        priority=prio,
        constraints=preset_constraints(preset, tag=tag),
        options=preset.options,
        notes=preset.notes,
        preset_id=preset_id,
    )
    return numbered([job] * count)


def preset_from_job(
    name: object,
    *,
    file: str,
    constraints: Constraints,
    priority: int,
    notes: str | None,
    options: Mapping[str, Any],
) -> PresetSpec:
    """ "Save as preset" from a queue item: its file, target, filament, nozzle, options.

    The target is the job's printer, else its first any-of tag, else its model, else any.
    """
    if constraints.printer_id is not None:
        kind, target = TargetType.PRINTER, constraints.printer_id
    elif constraints.tags_any:
        kind, target = TargetType.TAG, constraints.tags_any[0]
    elif constraints.model is not None:
        kind, target = TargetType.MODEL, constraints.model
    else:
        kind, target = TargetType.ANY, None
    return make_preset(
        name=name,
        file=file,
        target_type=kind,
        target=target,
        filament=constraints.filament,
        nozzle_mm=constraints.nozzle_mm,
        priority=priority,
        notes=notes,
        options=options,
    )
