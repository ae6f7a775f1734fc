"""Version 1: ``printers``, ``runs``, ``audit_log``.

FROZEN. This is the exact version-1 schema as it was shipped; never edit it (a change to the
schema is a new migration). The tables live in their own ``MetaData`` so that later versions
and ``store/schema.py`` can never leak into it.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Connection,
    Double,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from custom_components.odin.store.types import JSONText, UTCDateTime

VERSION = 1
DESCRIPTION = "printers, runs, audit_log"

metadata = MetaData()

printers = Table(
    "printers",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("brand", String(32), nullable=False),
    Column("model", String(64)),
    Column("model_code", String(32)),
    Column("name", String(255)),
    Column("serial", String(64)),
    Column("bed_x_mm", Double),
    Column("bed_y_mm", Double),
    Column("bed_z_mm", Double),
    Column("nozzle_mm", Double),
    Column("created_at", UTCDateTime, nullable=False),
    Column("removed_at", UTCDateTime),
)

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("printer_id", String(64), ForeignKey("printers.id"), nullable=False),
    Column("job_key", String(128), nullable=False),
    Column("file_name", String(255)),
    Column("job_name", String(255)),
    Column("file_hash", String(64)),
    Column("queue_item_id", Integer),
    Column("preset_id", Integer),
    Column("started_at", UTCDateTime, nullable=False),
    Column("first_layer_at", UTCDateTime),
    Column("ended_at", UTCDateTime),
    Column("outcome", String(16)),
    Column("outcome_source", String(32)),
    Column("failure_reason", Text),
    Column("failure_code", String(64)),
    Column("slicer_estimate_s", Double),
    Column("printer_estimate_s", Double),
    Column("actual_s", Double),
    Column("paused_s", Double, nullable=False),
    Column("total_layers", Integer),
    Column("filament", JSONText),
    Column("timelapse", String(512)),
    Column("updated_at", UTCDateTime, nullable=False),
    UniqueConstraint("printer_id", "job_key", name="uq_runs_printer_job"),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("ts", UTCDateTime, nullable=False),
    Column("user_id", String(64)),
    Column("user_name", String(255)),
    Column("origin", String(16), nullable=False),
    Column("origin_ref", String(255)),
    Column("action", String(64), nullable=False),
    Column("target_type", String(32), nullable=False),
    Column("target_id", String(128)),
    Column("details", JSONText, nullable=False),
    Column("result", String(16), nullable=False),
)


def upgrade(conn: Connection) -> None:
    """Create the version-1 tables (idempotent: existing tables are left alone)."""
    metadata.create_all(conn, checkfirst=True)
