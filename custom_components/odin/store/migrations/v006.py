"""Version 6: ``files`` (print files by content hash), ``printers.plate_cleared_at`` and
``queue_items.file_hash`` — the guarded auto-queue (issue 8).

FROZEN. Never edit: a change to the schema is a new migration. Tables here are stubs in this
migration's own ``MetaData`` (only the columns the DDL needs).

* ``files.hash`` is the SHA-256 of the content (hex) and the file's name on disk
  (``<config>/odin/files/<hash>.<ext>``); ``metadata`` is ``farm.filemeta.FileMeta.as_dict()``.
* ``printers.plate_cleared_at``: the last "plate cleared" press (or automation); the plate counts
  as clear when it is later than the end of the printer's last run.
* ``queue_items.file_hash``: the stored file a job prints (NULL: resolve ``file`` by name).
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Connection, Index, MetaData, String, Table, Text

from custom_components.odin.store.types import JSONText, UTCDateTime

from ._util import add_column, create_table

VERSION = 6
DESCRIPTION = "files, plate cleared, queue file hash"

metadata = MetaData()

files = Table(
    "files",
    metadata,
    Column("hash", String(64), primary_key=True),
    Column("name", String(255), nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("metadata", JSONText, nullable=False),
    Column("compatible_models", Text),
    Column("created_at", UTCDateTime, nullable=False),
    Column("uploaded_by", String(255)),
    Index("ix_files_name", "name"),
    Index("ix_files_created", "created_at"),
)

_printers = Table("printers", metadata, Column("plate_cleared_at", UTCDateTime, nullable=True))
_queue_items = Table("queue_items", metadata, Column("file_hash", String(64), nullable=True))


def upgrade(conn: Connection) -> None:
    """Apply version 6 (idempotent)."""
    create_table(conn, files)
    add_column(conn, _printers.c.plate_cleared_at)
    add_column(conn, _queue_items.c.file_hash)
