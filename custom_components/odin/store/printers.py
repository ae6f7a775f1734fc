"""Printer rows: one per HA config subentry; removal keeps the row (and its history)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, func, insert, select, update

from .journal import durable_write
from .schema import printers, runs


@dataclass(frozen=True, slots=True)
class PrinterRecord:
    """A stored printer."""

    id: str
    brand: str
    model: str | None
    model_code: str | None
    name: str | None
    serial: str | None
    bed_x_mm: float | None
    bed_y_mm: float | None
    bed_z_mm: float | None
    nozzle_mm: float | None
    created_at: datetime
    removed_at: datetime | None
    plate_cleared_at: datetime | None = None


@durable_write
def upsert_printer(
    conn: Connection,
    *,
    printer_id: str,
    brand: str,
    name: str | None = None,
    model: str | None = None,
    model_code: str | None = None,
    serial: str | None = None,
    bed_x_mm: float | None = None,
    bed_y_mm: float | None = None,
    bed_z_mm: float | None = None,
    nozzle_mm: float | None = None,
    ts: datetime | None = None,
) -> None:
    """Insert or update a printer; a re-added printer (removed_at set) becomes active again.

    ``created_at`` is set once (``ts``, default now). Optional identity/geometry fields given
    as None keep their stored value on update (so a partial update never erases data).
    """
    now = ts or datetime.now(UTC)
    values = {
        "brand": brand,
        "name": name,
        "model": model,
        "model_code": model_code,
        "serial": serial,
        "bed_x_mm": bed_x_mm,
        "bed_y_mm": bed_y_mm,
        "bed_z_mm": bed_z_mm,
        "nozzle_mm": nozzle_mm,
    }
    exists = conn.execute(select(printers.c.id).where(printers.c.id == printer_id)).first()
    if exists is None:
        conn.execute(insert(printers).values(id=printer_id, created_at=now, **values))
        return
    changes = {key: value for key, value in values.items() if value is not None}
    conn.execute(
        update(printers).where(printers.c.id == printer_id).values(removed_at=None, **changes)
    )


def ensure_printer(conn: Connection, printer_id: str, ts: datetime) -> None:
    """Insert a placeholder row (brand ``unknown``) if the printer is not stored yet.

    Run data is never dropped for want of a printer row; :func:`upsert_printer` fills it in.
    """
    exists = conn.execute(select(printers.c.id).where(printers.c.id == printer_id)).first()
    if exists is None:
        conn.execute(insert(printers).values(id=printer_id, brand="unknown", created_at=ts))


def mark_printer_removed(conn: Connection, printer_id: str, ts: datetime) -> None:
    """Mark a printer removed at ``ts`` (kept with its runs; no-op if already removed)."""
    conn.execute(
        update(printers)
        .where(printers.c.id == printer_id, printers.c.removed_at.is_(None))
        .values(removed_at=ts)
    )


def get_printer(conn: Connection, printer_id: str) -> PrinterRecord | None:
    """One printer by id (removed ones included)."""
    row = conn.execute(select(printers).where(printers.c.id == printer_id)).first()
    return None if row is None else PrinterRecord(**row._asdict())


def list_printers(conn: Connection, *, include_removed: bool = False) -> list[PrinterRecord]:
    """All printers, ordered by name then id."""
    query = select(printers).order_by(printers.c.name, printers.c.id)
    if not include_removed:
        query = query.where(printers.c.removed_at.is_(None))
    return [PrinterRecord(**row._asdict()) for row in conn.execute(query)]


def set_plate_cleared(conn: Connection, printer_id: str, ts: datetime) -> None:
    """Store a "plate cleared" (button, action or automation) at ``ts``."""
    conn.execute(update(printers).where(printers.c.id == printer_id).values(plate_cleared_at=ts))


def plate_state(conn: Connection, printer_id: str) -> tuple[datetime | None, datetime | None, bool]:
    """(plate cleared at, end of the last run, a run is open) of one printer."""
    cleared = conn.execute(
        select(printers.c.plate_cleared_at).where(printers.c.id == printer_id)
    ).scalar_one_or_none()
    last_end = conn.execute(
        select(func.max(runs.c.ended_at)).where(runs.c.printer_id == printer_id)
    ).scalar_one_or_none()
    open_run = conn.execute(
        select(runs.c.id).where(runs.c.printer_id == printer_id, runs.c.outcome.is_(None)).limit(1)
    ).first()
    return cleared, last_end, open_run is not None
