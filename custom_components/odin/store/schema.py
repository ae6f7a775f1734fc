"""The current schema (version :data:`SCHEMA_VERSION`), used by the query modules.

The database is built and upgraded only by ``store/migrations``; this module describes what the
migrations produce (a test reflects a migrated database and compares it with this metadata).
Change both together: add a migration step, then update the tables here.

All datetimes are aware UTC (:class:`UTCDateTime`); JSON is stored as text (:class:`JSONText`).
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
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

from .migrations import CURRENT_VERSION, schema_version as migrations_schema_version
from .types import JSONText, UTCDateTime

SCHEMA_VERSION = CURRENT_VERSION

metadata = MetaData()

# The version table is frozen forever: the migrations' own definition, copied here.
schema_version = migrations_schema_version.to_metadata(metadata)

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
    Column("plate_cleared_at", UTCDateTime),  # v6: last "plate cleared"
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

timelapses = Table(  # v5: one stitched video per run
    "timelapses",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, ForeignKey("runs.id", ondelete="CASCADE"), nullable=False),
    Column("printer_id", String(64), ForeignKey("printers.id"), nullable=False),
    Column("path", String(512), nullable=False),  # relative to <config>/odin/timelapses
    Column("frames", Integer, nullable=False),
    Column("fps", Integer, nullable=False),
    Column("seconds", Double, nullable=False),  # video duration = frames / fps
    Column("bytes", BigInteger, nullable=False),
    Column("created", UTCDateTime, nullable=False),
    Column("expires", UTCDateTime),  # NULL: no retention when it was made
    UniqueConstraint("run_id", name="uq_timelapses_run"),
    Index("ix_timelapses_created", "created", "id"),
    Index("ix_timelapses_printer_created", "printer_id", "created", "id"),
)


# ---------------------------------------------------------------------------- v4: farm operations

presets = Table(  # v4
    "presets",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(128), nullable=False),
    Column("name_key", String(128), nullable=False),  # name, whitespace collapsed, case-folded
    Column("file", String(512), nullable=False),
    Column("target_type", String(16), nullable=False),  # any | printer | tag | model
    Column("target", String(128)),  # printer id, tag (display) or model
    Column("filament", String(64)),  # normalised type
    Column("nozzle_mm", Double),
    Column("quantity", Integer, nullable=False),
    Column("priority", Integer, nullable=False),
    Column("notes", Text),
    Column("options", JSONText, nullable=False),  # print options {"timelapse": true, ...}
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    UniqueConstraint("name_key", name="uq_presets_name_key"),
)

queue_items = Table(  # v4
    "queue_items",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("status", String(16), nullable=False),  # queued assigned printing done failed cancelled
    Column("name", String(255), nullable=False),
    Column("file", String(512), nullable=False),
    Column("priority", Integer, nullable=False),  # higher first
    Column("position", Integer, nullable=False),  # then this (added order unless moved)
    Column("constraints", JSONText, nullable=False),  # farm.scheduler.Constraints.as_dict()
    Column("options", JSONText, nullable=False),
    Column("notes", Text),
    Column("preset_id", Integer, ForeignKey("presets.id", ondelete="SET NULL")),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Column("created_by", String(255)),  # user name / automation entity id
    Column("printer_id", String(64), ForeignKey("printers.id")),  # assigned printer
    Column("assigned_at", UTCDateTime),
    Column("started_at", UTCDateTime),
    Column("ended_at", UTCDateTime),  # when it became done/failed/cancelled
    Column("attempts", Integer, nullable=False),
    Column("last_report", JSONText),  # last guard/scheduler report
    Column("run_id", Integer, ForeignKey("runs.id", ondelete="SET NULL")),
    Column("removed_at", UTCDateTime),  # hidden from the lists
    Column("file_hash", String(64)),  # v6: the stored file (files.hash)
    Index("ix_queue_status_order", "status", "priority", "position"),
    Index("ix_queue_updated", "updated_at"),
)

spools = Table(  # v4
    "spools",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(128)),
    Column("material", String(64), nullable=False),  # normalised type
    Column("brand", String(128)),
    Column("colour", String(128)),
    Column("weight_g", Double),
    Column("opened_at", UTCDateTime),
    Column("location", String(128)),
    Column("printer_id", String(64), ForeignKey("printers.id")),
    Column("slot", String(8)),  # "A1".."H4", "HT1".., "EXT"
    Column("spoolman_id", Integer),
    Column("humidity_entity_id", String(255)),
    Column("notes", Text),
    Column("needs_drying_since", UTCDateTime),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Column("removed_at", UTCDateTime),
    Index("ix_spools_printer_slot", "printer_id", "slot"),
)

drying_sessions = Table(  # v4
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

material_drying = Table(  # v4: the user's rows of the material table (defaults in farm/drying)
    "material_drying",
    metadata,
    Column("material", String(64), primary_key=True),
    Column("max_days", Double),
    Column("max_humidity", Double),
    Column("drying_temp_c", Double),
    Column("drying_hours", Double),
    Column("updated_at", UTCDateTime, nullable=False),
)


# ---------------------------------------------------------------------------- v6: auto-queue

files = Table(  # v6: print files stored by content hash (<config>/odin/files/<hash>.<ext>)
    "files",
    metadata,
    Column("hash", String(64), primary_key=True),  # SHA-256 hex of the content
    Column("name", String(255), nullable=False),  # the name it was uploaded/registered with
    Column("size", BigInteger, nullable=False),
    Column("kind", String(16), nullable=False),  # 3mf | gcode | bgcode
    Column("metadata", JSONText, nullable=False),  # farm.filemeta.FileMeta.as_dict()
    Column("compatible_models", Text),  # comma-separated normalised model names
    Column("created_at", UTCDateTime, nullable=False),
    Column("uploaded_by", String(255)),
    Index("ix_files_name", "name"),
    Index("ix_files_created", "created_at"),
)
