"""Version 3: ``printer_tags``, ``run_materials`` (backfilled from ``runs.filament``), indexes.

FROZEN. Never edit: a change to the schema is a new migration. Tables here are stubs in this
migration's own ``MetaData`` (only the columns the DDL and the backfill need), and the material
normalisation is a frozen copy of the rule as it was when this step shipped.

* ``printer_tags``: a printer's tags; ``tag`` is the matching key (trimmed, inner whitespace
  collapsed, case-folded), ``display`` the form the user typed. Unique per printer.
* ``run_materials``: one row per (run, filament type) so analytics can group and filter by
  material with plain SQL (no JSON functions, which differ per backend). ``material`` is the
  normalised type (upper case, ``"PA-CF"``); ``grams`` the sum for that type when known.
* Indexes for the analytics windows: runs by (printer, end), HMS onsets by (printer, onset).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Double,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    UniqueConstraint,
    delete,
    insert,
    select,
)

from custom_components.odin.store.types import JSONText, UTCDateTime

from ._util import create_index

VERSION = 3
DESCRIPTION = "printer_tags, run_materials (backfilled), analytics indexes"

metadata = MetaData()

# Stubs of earlier tables: only what this step touches.
_printers = Table("printers", metadata, Column("id", String(64), primary_key=True))
_runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("printer_id", String(64)),
    Column("ended_at", UTCDateTime),
    Column("filament", JSONText),
)
_hms = Table(
    "hms_events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("printer_id", String(64)),
    Column("first_seen", UTCDateTime),
)

printer_tags = Table(
    "printer_tags",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("printer_id", String(64), ForeignKey("printers.id"), nullable=False),
    Column("tag", String(64), nullable=False),
    Column("display", String(64), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    UniqueConstraint("printer_id", "tag", name="uq_printer_tags_printer_tag"),
    Index("ix_printer_tags_tag", "tag", "printer_id"),
)

run_materials = Table(
    "run_materials",
    metadata,
    Column(
        "run_id",
        Integer,
        ForeignKey("runs.id", ondelete="CASCADE"),
        primary_key=True,
        autoincrement=False,
    ),
    Column("material", String(64), primary_key=True),
    Column("grams", Double),
    Index("ix_run_materials_material", "material", "run_id"),
)

INDEXES = (
    Index("ix_runs_printer_ended", _runs.c.printer_id, _runs.c.ended_at),
    Index("ix_hms_printer_first_seen", _hms.c.printer_id, _hms.c.first_seen),
)

_BATCH = 500
_MAX_MATERIAL = 64


def _material(value: Any) -> str | None:
    """Frozen copy of the v3 rule: trim, collapse whitespace, ``_`` → ``-``, upper case."""
    if not isinstance(value, str):
        return None
    text = " ".join(value.split()).replace("_", "-").upper()
    return text[:_MAX_MATERIAL] or None


def _grams(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def material_rows(run_id: int, filament: Any) -> list[dict[str, Any]]:
    """``run_materials`` rows of one run's filament JSON (list of ``{type, grams}``)."""
    if not isinstance(filament, list):
        return []
    found: dict[str, float | None] = {}
    for item in filament:
        if not isinstance(item, Mapping):
            continue
        material = _material(item.get("type"))
        if material is None:
            continue
        grams = _grams(item.get("grams"))
        if material not in found:
            found[material] = grams
        elif grams is not None:
            found[material] = (found[material] or 0.0) + grams
    return [{"run_id": run_id, "material": m, "grams": g} for m, g in found.items()]


def _backfill(conn: Connection) -> None:
    """Fill ``run_materials`` from ``runs.filament``, keyset-batched by run id (re-runnable)."""
    last_id = 0
    while True:
        batch: Iterable[Any] = conn.execute(
            select(_runs.c.id, _runs.c.filament)
            .where(_runs.c.id > last_id, _runs.c.filament.is_not(None))
            .order_by(_runs.c.id)
            .limit(_BATCH)
        ).all()
        ids: list[int] = []
        rows: list[dict[str, Any]] = []
        for run_id, filament in batch:
            ids.append(int(run_id))
            rows.extend(material_rows(int(run_id), filament))
        if not ids:
            return
        conn.execute(delete(run_materials).where(run_materials.c.run_id.in_(ids)))
        if rows:
            conn.execute(insert(run_materials), rows)
        last_id = ids[-1]


def upgrade(conn: Connection) -> None:
    """Apply version 3 (idempotent: tables/indexes skipped when present, backfill replaces)."""
    printer_tags.create(conn, checkfirst=True)
    run_materials.create(conn, checkfirst=True)
    for table in (printer_tags, run_materials):
        for index in table.indexes:
            create_index(conn, index)
    for index in INDEXES:
        create_index(conn, index)
    _backfill(conn)
