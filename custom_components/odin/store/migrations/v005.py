"""Version 5: ``timelapses`` — one stitched video per run (files under ``<config>/odin``).

FROZEN. Never edit: a change to the schema is a new migration. Tables here are stubs in this
migration's own ``MetaData`` (only the columns the DDL needs).

* ``run_id`` is unique (one timelapse per run); deleting a run deletes its timelapse row
  (the files are removed by the retention/purge code, never by the database).
* ``path`` is relative to the timelapse folder (``<run id>/timelapse.mp4``).
* ``seconds`` is the video duration (frames / fps); ``expires`` when the retention in force
  at creation removes it (NULL: kept until purged by hand).
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
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
)

from custom_components.odin.store.types import UTCDateTime

from ._util import create_table

VERSION = 5
DESCRIPTION = "timelapses"

metadata = MetaData()

_printers = Table("printers", metadata, Column("id", String(64), primary_key=True))
_runs = Table("runs", metadata, Column("id", Integer, primary_key=True))

timelapses = Table(
    "timelapses",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, ForeignKey("runs.id", ondelete="CASCADE"), nullable=False),
    Column("printer_id", String(64), ForeignKey("printers.id"), nullable=False),
    Column("path", String(512), nullable=False),
    Column("frames", Integer, nullable=False),
    Column("fps", Integer, nullable=False),
    Column("seconds", Double, nullable=False),
    Column("bytes", BigInteger, nullable=False),
    Column("created", UTCDateTime, nullable=False),
    Column("expires", UTCDateTime),
    UniqueConstraint("run_id", name="uq_timelapses_run"),
    Index("ix_timelapses_created", "created", "id"),
    Index("ix_timelapses_printer_created", "printer_id", "created", "id"),
)


def upgrade(conn: Connection) -> None:
    """Apply version 5 (idempotent)."""
    create_table(conn, timelapses)
