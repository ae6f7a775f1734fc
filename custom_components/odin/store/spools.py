"""Spools, drying sessions and the user's material table (``spools``, ``drying_sessions``,
``material_drying``). The rule itself is ``farm/drying.py``."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any, Final

from sqlalchemy import Connection, delete, func, insert, select, update

from custom_components.odin.farm.drying import MaterialRule, SessionSpec, SpoolSpec, spool_label

from .journal import durable_write
from .printers import ensure_printer
from .rows import insert_row
from .schema import drying_sessions, material_drying, spools

DEFAULT_HISTORY_LIMIT: Final = 50


@dataclass(frozen=True, slots=True)
class SpoolRecord:
    """A stored spool."""

    id: int
    spec: SpoolSpec
    needs_drying_since: datetime | None
    created_at: datetime
    updated_at: datetime
    removed_at: datetime | None

    @property
    def label(self) -> str:
        """Short human name."""
        spec = self.spec
        return spool_label(
            self.id, name=spec.name, brand=spec.brand, material=spec.material, colour=spec.colour
        )

    def as_dict(self) -> dict[str, Any]:
        """JSON shape (``Spool`` in docs/websocket-api.md, without ``drying``)."""
        spec = self.spec
        return {
            "spool_id": self.id,
            "label": self.label,
            "name": spec.name,
            "material": spec.material,
            "brand": spec.brand,
            "colour": spec.colour,
            "weight_g": spec.weight_g,
            "opened_at": spec.opened_at.isoformat() if spec.opened_at else None,
            "location": spec.location,
            "printer_id": spec.printer_id,
            "slot": spec.slot,
            "spoolman_id": spec.spoolman_id,
            "humidity_entity_id": spec.humidity_entity_id,
            "notes": spec.notes,
            "created_at": self.created_at.isoformat(),
            "updated_at": self.updated_at.isoformat(),
        }


@dataclass(frozen=True, slots=True)
class SessionRecord:
    """A stored drying session."""

    id: int
    spool_id: int | None
    printer_id: str | None
    slot: str | None
    material: str | None
    started_at: datetime
    ended_at: datetime
    duration_min: float
    temp_c: float
    method: str
    humidity_before: float | None
    humidity_after: float | None
    notes: str | None
    user_id: str | None
    actor: str | None
    created_at: datetime

    def as_dict(self) -> dict[str, Any]:
        """JSON shape (``DryingSession`` in docs/websocket-api.md)."""
        data = asdict(self)
        data["session_id"] = data.pop("id")
        for key in ("started_at", "ended_at", "created_at"):
            data[key] = data[key].isoformat()
        return data


_SPEC_FIELDS: Final = tuple(SpoolSpec.__dataclass_fields__)


def _spool(row: Any) -> SpoolRecord:
    data = row._asdict()
    spec = SpoolSpec(**{key: data[key] for key in _SPEC_FIELDS})
    return SpoolRecord(
        data["id"],
        spec,
        data["needs_drying_since"],
        data["created_at"],
        data["updated_at"],
        data["removed_at"],
    )


def save_spool(
    conn: Connection, spec: SpoolSpec, *, ts: datetime, spool_id: int | None = None
) -> SpoolRecord:
    """Insert (``spool_id`` None) or replace a spool's fields."""
    values = {key: getattr(spec, key) for key in _SPEC_FIELDS}
    if spec.printer_id is not None:
        ensure_printer(conn, spec.printer_id, ts)
    if spool_id is None:
        spool_id = insert_row(conn, spools, created_at=ts, updated_at=ts, **values)
    else:
        conn.execute(update(spools).where(spools.c.id == spool_id).values(updated_at=ts, **values))
    record = get_spool(conn, spool_id)
    assert record is not None
    return record


def get_spool(
    conn: Connection, spool_id: int, *, include_removed: bool = False
) -> SpoolRecord | None:
    """One spool by id (None when removed, unless ``include_removed``)."""
    query = select(spools).where(spools.c.id == spool_id)
    if not include_removed:
        query = query.where(spools.c.removed_at.is_(None))
    row = conn.execute(query).first()
    return None if row is None else _spool(row)


def list_spools(conn: Connection) -> list[SpoolRecord]:
    """Every spool not removed, by id."""
    rows = conn.execute(select(spools).where(spools.c.removed_at.is_(None)).order_by(spools.c.id))
    return [_spool(row) for row in rows]


def spool_in_slot(conn: Connection, printer_id: str, slot: str) -> SpoolRecord | None:
    """The (newest) spool registered in a printer's slot."""
    row = conn.execute(
        select(spools)
        .where(
            spools.c.printer_id == printer_id,
            spools.c.slot == slot,
            spools.c.removed_at.is_(None),
        )
        .order_by(spools.c.id.desc())
        .limit(1)
    ).first()
    return None if row is None else _spool(row)


def remove_spool(conn: Connection, spool_id: int, *, ts: datetime) -> None:
    """Remove a spool from the lists (kept with its drying history)."""
    conn.execute(
        update(spools)
        .where(spools.c.id == spool_id)
        .values(removed_at=ts, updated_at=ts, needs_drying_since=None)
    )


@durable_write
def set_needs_drying(conn: Connection, changes: Mapping[int, datetime | None]) -> None:
    """Store needs-drying crossings: spool id → since when (None: no longer)."""
    for spool_id, since in changes.items():
        conn.execute(update(spools).where(spools.c.id == spool_id).values(needs_drying_since=since))


# ---------------------------------------------------------------------------- sessions


def _session(row: Any) -> SessionRecord:
    return SessionRecord(**row._asdict())


def insert_session(
    conn: Connection,
    session: SessionSpec,
    *,
    spool_id: int | None,
    printer_id: str | None,
    slot: str | None,
    material: str | None,
    user_id: str | None,
    actor: str | None,
    ts: datetime,
) -> SessionRecord:
    """Write one drying session."""
    if printer_id is not None:
        ensure_printer(conn, printer_id, ts)
    session_id = insert_row(
        conn,
        drying_sessions,
        spool_id=spool_id,
        printer_id=printer_id,
        slot=slot,
        material=material,
        started_at=session.started_at,
        ended_at=session.ended_at,
        duration_min=session.duration_min,
        temp_c=session.temp_c,
        method=str(session.method),
        humidity_before=session.humidity_before,
        humidity_after=session.humidity_after,
        notes=session.notes,
        user_id=user_id,
        actor=actor,
        created_at=ts,
    )
    row = conn.execute(select(drying_sessions).where(drying_sessions.c.id == session_id)).one()
    return _session(row)


def list_sessions(
    conn: Connection,
    *,
    spool_id: int | None = None,
    printer_id: str | None = None,
    limit: int = DEFAULT_HISTORY_LIMIT,
) -> list[SessionRecord]:
    """Drying sessions, newest first (by end), optionally of one spool or printer."""
    query = select(drying_sessions).order_by(
        drying_sessions.c.ended_at.desc(), drying_sessions.c.id.desc()
    )
    if spool_id is not None:
        query = query.where(drying_sessions.c.spool_id == spool_id)
    if printer_id is not None:
        query = query.where(drying_sessions.c.printer_id == printer_id)
    return [_session(row) for row in conn.execute(query.limit(limit))]


def last_dried(conn: Connection, spool_ids: Iterable[int] | None = None) -> dict[int, datetime]:
    """End of the latest drying session per spool (SQL aggregate)."""
    query = (
        select(drying_sessions.c.spool_id, func.max(drying_sessions.c.ended_at).label("last"))
        .where(drying_sessions.c.spool_id.is_not(None))
        .group_by(drying_sessions.c.spool_id)
    )
    if spool_ids is not None:
        ids = sorted(set(spool_ids))
        if not ids:
            return {}
        query = query.where(drying_sessions.c.spool_id.in_(ids))
    return {int(row.spool_id): row.last for row in conn.execute(query) if row.last is not None}


def count_sessions(conn: Connection) -> int:
    """Number of drying sessions."""
    return int(conn.execute(select(func.count()).select_from(drying_sessions)).scalar_one())


# ---------------------------------------------------------------------------- materials


def list_material_rules(conn: Connection) -> dict[str, MaterialRule]:
    """The user's rows of the material table."""
    return {
        row.material: MaterialRule(
            row.material, row.max_days, row.max_humidity, row.drying_temp_c, row.drying_hours
        )
        for row in conn.execute(select(material_drying).order_by(material_drying.c.material))
    }


def set_material_rule(conn: Connection, rule: MaterialRule, *, ts: datetime) -> None:
    """Insert or replace the user's row for ``rule.material``."""
    conn.execute(delete(material_drying).where(material_drying.c.material == rule.material))
    conn.execute(
        insert(material_drying).values(
            material=rule.material,
            max_days=rule.max_days,
            max_humidity=rule.max_humidity,
            drying_temp_c=rule.drying_temp_c,
            drying_hours=rule.drying_hours,
            updated_at=ts,
        )
    )


def reset_material_rule(conn: Connection, material: str) -> bool:
    """Delete the user's row (the default applies again); True if there was one."""
    return (
        conn.execute(delete(material_drying).where(material_drying.c.material == material)).rowcount
        > 0
    )
