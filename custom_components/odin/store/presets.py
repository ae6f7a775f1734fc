"""Presets (``presets``): saved print configurations, unique by name (case-insensitive)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, func, select, update

from custom_components.odin.farm.presets import PresetSpec, TargetType, name_key

from .rows import insert_row
from .schema import presets


@dataclass(frozen=True, slots=True)
class PresetRecord:
    """A stored preset."""

    id: int
    spec: PresetSpec
    created_at: datetime
    updated_at: datetime

    def as_dict(self) -> dict[str, Any]:
        """JSON shape (``Preset`` in docs/websocket-api.md)."""
        return {
            "preset_id": self.id,
            **self.spec.as_dict(),
            "created_at": self.created_at.isoformat(),
            "updated_at": self.updated_at.isoformat(),
        }


def _record(row: Any) -> PresetRecord:
    try:
        target_type = TargetType(row.target_type)
    except ValueError:
        target_type = TargetType.ANY
    spec = PresetSpec(
        name=row.name,
        file=row.file,
        target_type=target_type,
        target=row.target if target_type is not TargetType.ANY else None,
        filament=row.filament,
        nozzle_mm=row.nozzle_mm,
        quantity=row.quantity,
        priority=row.priority,
        notes=row.notes,
        options=dict(row.options or {}),
    )
    return PresetRecord(row.id, spec, row.created_at, row.updated_at)


def _values(spec: PresetSpec) -> dict[str, Any]:
    return {
        "name": spec.name,
        "name_key": name_key(spec.name),
        "file": spec.file,
        "target_type": str(spec.target_type),
        "target": spec.target,
        "filament": spec.filament,
        "nozzle_mm": spec.nozzle_mm,
        "quantity": spec.quantity,
        "priority": spec.priority,
        "notes": spec.notes,
        "options": dict(spec.options),
    }


def find_preset_id(conn: Connection, name: str) -> int | None:
    """Id of the preset called ``name`` (case-insensitive), if any."""
    row = conn.execute(select(presets.c.id).where(presets.c.name_key == name_key(name))).first()
    return None if row is None else int(row.id)


def save_preset(
    conn: Connection, spec: PresetSpec, *, ts: datetime, preset_id: int | None = None
) -> PresetRecord:
    """Insert (``preset_id`` None) or replace a preset. The caller checked name uniqueness."""
    values = _values(spec)
    if preset_id is None:
        preset_id = insert_row(conn, presets, created_at=ts, updated_at=ts, **values)
    else:
        conn.execute(
            update(presets).where(presets.c.id == preset_id).values(updated_at=ts, **values)
        )
    record = get_preset(conn, preset_id)
    assert record is not None
    return record


def get_preset(conn: Connection, preset_id: int) -> PresetRecord | None:
    """One preset by id."""
    row = conn.execute(select(presets).where(presets.c.id == preset_id)).first()
    return None if row is None else _record(row)


def list_presets(conn: Connection) -> list[PresetRecord]:
    """Every preset, by name."""
    return [_record(row) for row in conn.execute(select(presets).order_by(presets.c.name_key))]


def delete_preset(conn: Connection, preset_id: int) -> bool:
    """Delete a preset (queue items keep their copy of its settings); True if it existed."""
    return conn.execute(delete(presets).where(presets.c.id == preset_id)).rowcount > 0


def count_presets(conn: Connection) -> int:
    """Number of presets."""
    return int(conn.execute(select(func.count()).select_from(presets)).scalar_one())
