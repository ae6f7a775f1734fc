"""Version 2: ``hms_events``; restart-safe pauses; audit result text; run/audit/HMS indexes.

FROZEN. Never edit: a change to the schema is a new migration. Tables here are stubs in this
migration's own ``MetaData`` (only the columns the DDL needs).
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Connection,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

from custom_components.odin.store.types import UTCDateTime

from ._util import add_column, create_index, create_table

VERSION = 2
DESCRIPTION = "hms_events, runs.paused_since, audit_log.result_text, indexes"

metadata = MetaData()

# Stubs of the version-1 tables: only what this step touches.
_printers = Table("printers", metadata, Column("id", String(64), primary_key=True))
_runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("printer_id", String(64)),
    Column("started_at", UTCDateTime),
    Column("ended_at", UTCDateTime),
    Column("outcome", String(16)),
    Column("paused_since", UTCDateTime, nullable=True),
)
_audit = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("ts", UTCDateTime),
    Column("user_id", String(64)),
    Column("origin", String(16)),
    Column("action", String(64)),
    Column("target_type", String(32)),
    Column("target_id", String(128)),
    Column("result_text", Text, nullable=True),
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
)

INDEXES = (
    Index("ix_runs_printer_started", _runs.c.printer_id, _runs.c.started_at),
    Index("ix_runs_outcome_ended", _runs.c.outcome, _runs.c.ended_at),
    Index("ix_runs_ended", _runs.c.ended_at),
    Index("ix_audit_ts_id", _audit.c.ts, _audit.c.id),
    Index("ix_audit_user_ts", _audit.c.user_id, _audit.c.ts),
    Index("ix_audit_origin_ts", _audit.c.origin, _audit.c.ts),
    Index("ix_audit_action_ts", _audit.c.action, _audit.c.ts),
    Index("ix_audit_target_ts", _audit.c.target_type, _audit.c.target_id, _audit.c.ts),
)


def upgrade(conn: Connection) -> None:
    """Apply version 2 (idempotent: every piece is skipped when already present)."""
    add_column(conn, _runs.c.paused_since)
    add_column(conn, _audit.c.result_text)
    create_table(conn, hms_events)
    for index in INDEXES:
        create_index(conn, index)
