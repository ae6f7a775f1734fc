"""Version 4: farm operations — ``presets``, ``queue_items``, ``spools``, ``drying_sessions``,
``material_drying``.

FROZEN. Never edit: a change to the schema is a new migration. Tables here are stubs in this
migration's own ``MetaData`` (only the columns the DDL needs).

* ``presets``: saved print configurations, unique by ``name_key`` (name, case-folded).
* ``queue_items``: print jobs with status, priority and position (queue order), constraints
  and print options as JSON, the assigned printer and the run it became. ``removed_at`` hides
  an item from the lists (the row stays for history).
* ``spools`` (``removed_at`` keeps removed spools with their history) and their
  ``drying_sessions``; ``needs_drying_since`` remembers the needs-drying state across restarts
  (so the crossing event fires once).
* ``material_drying``: the user's rows of the material table (defaults live in the code).
"""

from __future__ import annotations

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
    Text,
    UniqueConstraint,
)

from custom_components.odin.store.types import JSONText, UTCDateTime

from ._util import create_table

VERSION = 4
DESCRIPTION = "presets, queue_items, spools, drying_sessions, material_drying"

metadata = MetaData()

# Stubs of earlier tables: only what the foreign keys need.
_printers = Table("printers", metadata, Column("id", String(64), primary_key=True))
_runs = Table("runs", metadata, Column("id", Integer, primary_key=True))

presets = Table(
    "presets",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(128), nullable=False),
    Column("name_key", String(128), nullable=False),
    Column("file", String(512), nullable=False),
    Column("target_type", String(16), nullable=False),
    Column("target", String(128)),
    Column("filament", String(64)),
    Column("nozzle_mm", Double),
    Column("quantity", Integer, nullable=False),
    Column("priority", Integer, nullable=False),
    Column("notes", Text),
    Column("options", JSONText, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    UniqueConstraint("name_key", name="uq_presets_name_key"),
)

queue_items = Table(
    "queue_items",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("status", String(16), nullable=False),
    Column("name", String(255), nullable=False),
    Column("file", String(512), nullable=False),
    Column("priority", Integer, nullable=False),
    Column("position", Integer, nullable=False),
    Column("constraints", JSONText, nullable=False),
    Column("options", JSONText, nullable=False),
    Column("notes", Text),
    Column("preset_id", Integer, ForeignKey("presets.id", ondelete="SET NULL")),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Column("created_by", String(255)),
    Column("printer_id", String(64), ForeignKey("printers.id")),
    Column("assigned_at", UTCDateTime),
    Column("started_at", UTCDateTime),
    Column("ended_at", UTCDateTime),
    Column("attempts", Integer, nullable=False),
    Column("last_report", JSONText),
    Column("run_id", Integer, ForeignKey("runs.id", ondelete="SET NULL")),
    Column("removed_at", UTCDateTime),
    Index("ix_queue_status_order", "status", "priority", "position"),
    Index("ix_queue_updated", "updated_at"),
)

spools = Table(
    "spools",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(128)),
    Column("material", String(64), nullable=False),
    Column("brand", String(128)),
    Column("colour", String(128)),
    Column("weight_g", Double),
    Column("opened_at", UTCDateTime),
    Column("location", String(128)),
    Column("printer_id", String(64), ForeignKey("printers.id")),
    Column("slot", String(8)),
    Column("spoolman_id", Integer),
    Column("humidity_entity_id", String(255)),
    Column("notes", Text),
    Column("needs_drying_since", UTCDateTime),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Column("removed_at", UTCDateTime),
    Index("ix_spools_printer_slot", "printer_id", "slot"),
)

drying_sessions = Table(
    "drying_sessions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("spool_id", Integer, ForeignKey("spools.id")),
    Column("printer_id", String(64), ForeignKey("printers.id")),
    Column("slot", String(8)),
    Column("material", String(64)),
    Column("started_at", UTCDateTime, nullable=False),
    Column("ended_at", UTCDateTime, nullable=False),
    Column("duration_min", Double, nullable=False),
    Column("temp_c", Double, nullable=False),
    Column("method", String(16), nullable=False),
    Column("humidity_before", Double),
    Column("humidity_after", Double),
    Column("notes", Text),
    Column("user_id", String(64)),
    Column("actor", String(255)),
    Column("created_at", UTCDateTime, nullable=False),
    Index("ix_drying_spool_ended", "spool_id", "ended_at"),
    Index("ix_drying_ended", "ended_at"),
)

material_drying = Table(
    "material_drying",
    metadata,
    Column("material", String(64), primary_key=True),
    Column("max_days", Double),
    Column("max_humidity", Double),
    Column("drying_temp_c", Double),
    Column("drying_hours", Double),
    Column("updated_at", UTCDateTime, nullable=False),
)

TABLES = (presets, queue_items, spools, drying_sessions, material_drying)


def upgrade(conn: Connection) -> None:
    """Apply version 4 (idempotent: tables and indexes are skipped when present)."""
    for table in TABLES:
        create_table(conn, table)
