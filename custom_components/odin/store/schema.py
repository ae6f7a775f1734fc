"""The current schema (version :data:`SCHEMA_VERSION`), used by the query modules.

The database is built and upgraded only by ``store/migrations``; this module describes what the
migrations produce (a test reflects a migrated database and compares it with this metadata).
Change both together: add a migration step, then update the tables here.

All datetimes are aware UTC (:class:`UTCDateTime`); JSON is stored as text (:class:`JSONText`).
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
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

from .migrations import CURRENT_VERSION
from .types import JSONText, UTCDateTime

SCHEMA_VERSION = CURRENT_VERSION

metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("applied_at", UTCDateTime, nullable=False),
)

printers = Table(
    "printers",
    metadata,
    Column("id", String(64), primary_key=True),  # HA config subentry id
    Column("brand", String(32), nullable=False),  # bambu | moonraker | prusalink
    Column("model", String(64)),
    Column("model_code", String(32)),
    Column("name", String(255)),
    Column("serial", String(64)),
    Column("bed_x_mm", Double),
    Column("bed_y_mm", Double),
    Column("bed_z_mm", Double),
    Column("nozzle_mm", Double),
    Column("created_at", UTCDateTime, nullable=False),
    Column("removed_at", UTCDateTime),  # removal keeps history
)

printer_tags = Table(  # v3
    "printer_tags",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("printer_id", String(64), ForeignKey("printers.id"), nullable=False),
    Column("tag", String(64), nullable=False),  # matching key: trimmed, case-folded
    Column("display", String(64), nullable=False),  # as the user typed it (trimmed)
    Column("created_at", UTCDateTime, nullable=False),
    UniqueConstraint("printer_id", "tag", name="uq_printer_tags_printer_tag"),
    Index("ix_printer_tags_tag", "tag", "printer_id"),
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
    Column("outcome", String(16)),  # success | failed | cancelled | unknown; NULL while open
    Column("outcome_source", String(32)),
    Column("failure_reason", Text),
    Column("failure_code", String(64)),
    Column("slicer_estimate_s", Double),
    Column("printer_estimate_s", Double),
    Column("actual_s", Double),  # printing time, pauses excluded
    Column("paused_s", Double, nullable=False),  # closed pauses (an open one: paused_since)
    Column("total_layers", Integer),
    Column("filament", JSONText),  # [{"type": "PLA", "grams": 12.5, ...}]
    Column("timelapse", String(512)),
    Column("updated_at", UTCDateTime, nullable=False),
    Column("paused_since", UTCDateTime),  # v2
    UniqueConstraint("printer_id", "job_key", name="uq_runs_printer_job"),
    Index("ix_runs_printer_started", "printer_id", "started_at"),
    Index("ix_runs_outcome_ended", "outcome", "ended_at"),
    Index("ix_runs_ended", "ended_at"),
    Index("ix_runs_printer_ended", "printer_id", "ended_at"),  # v3
)

run_materials = Table(  # v3: one row per (run, normalised filament type)
    "run_materials",
    metadata,
    Column(
        "run_id",
        Integer,
        ForeignKey("runs.id", ondelete="CASCADE"),
        primary_key=True,
        autoincrement=False,
    ),
    Column("material", String(64), primary_key=True),  # "PLA", "PA-CF"
    Column("grams", Double),  # sum for that type, when known
    Index("ix_run_materials_material", "material", "run_id"),
)

hms_events = Table(
    "hms_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("printer_id", String(64), ForeignKey("printers.id"), nullable=False),
    Column("run_id", Integer, ForeignKey("runs.id", ondelete="SET NULL")),
    Column("code", String(64), nullable=False),
    Column("source", String(16), nullable=False),
    Column("severity", String(16), nullable=False),
    Column("module", String(64)),
    Column("message", Text),
    Column("first_seen", UTCDateTime, nullable=False),
    Column("cleared_at", UTCDateTime),
    Index("ix_hms_printer_code_open", "printer_id", "code", "cleared_at"),
    Index("ix_hms_first_seen", "first_seen"),
    Index("ix_hms_run", "run_id"),
    Index("ix_hms_printer_first_seen", "printer_id", "first_seen"),  # v3
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
    Column("result", String(16), nullable=False),  # ok | error | refused
    Column("result_text", Text),  # v2
    Index("ix_audit_ts_id", "ts", "id"),
    Index("ix_audit_user_ts", "user_id", "ts"),
    Index("ix_audit_origin_ts", "origin", "ts"),
    Index("ix_audit_action_ts", "action", "ts"),
    Index("ix_audit_target_ts", "target_type", "target_id", "ts"),
)
