"""Print files (``files``, v6): stored by content hash; metadata from ``farm.filemeta``.

The bytes live in ``<config>/odin/files/<hash>.<ext>`` (written by the HA glue); this module
only keeps the rows. Every function runs on a database thread with the caller's connection.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from .schema import files


@dataclass(frozen=True, slots=True)
class FileRecord:
    """A stored print file."""

    hash: str
    name: str
    size: int
    kind: str
    metadata: dict[str, Any]
    compatible_models: str | None
    created_at: datetime
    uploaded_by: str | None

    @property
    def models(self) -> list[str]:
        """The models the file was sliced for."""
        return [m for m in (self.compatible_models or "").split(",") if m]

    def as_dict(self, *, metadata: bool = True) -> dict[str, Any]:
        """JSON shape (``File`` in docs/auto-queue.md)."""
        data: dict[str, Any] = {
            "hash": self.hash,
            "name": self.name,
            "size": self.size,
            "kind": self.kind,
            "compatible_models": self.models,
            "created_at": self.created_at.isoformat(),
            "uploaded_by": self.uploaded_by,
        }
        if metadata:
            data["metadata"] = dict(self.metadata)
        return data


def _record(row: Any) -> FileRecord:
    data = row._asdict()
    data["metadata"] = dict(data["metadata"] or {})
    return FileRecord(**data)


def save_file(
    conn: Connection,
    *,
    file_hash: str,
    name: str,
    size: int,
    kind: str,
    metadata: Mapping[str, Any],
    compatible_models: list[str] | tuple[str, ...],
    uploaded_by: str | None,
    ts: datetime,
) -> tuple[FileRecord, bool]:
    """Insert a file, or refresh the name/metadata of the same content; (record, created)."""
    values = {
        "name": name,
        "size": size,
        "kind": kind,
        "metadata": dict(metadata),
        "compatible_models": ",".join(m.replace(",", " ") for m in compatible_models) or None,
    }
    exists = get_file(conn, file_hash)
    if exists is None:
        conn.execute(
            insert(files).values(hash=file_hash, created_at=ts, uploaded_by=uploaded_by, **values)
        )
    else:
        conn.execute(update(files).where(files.c.hash == file_hash).values(**values))
    record = get_file(conn, file_hash)
    assert record is not None
    return record, exists is None


def get_file(conn: Connection, file_hash: str) -> FileRecord | None:
    """One file by hash."""
    row = conn.execute(select(files).where(files.c.hash == file_hash)).first()
    return None if row is None else _record(row)


def find_file_by_name(conn: Connection, name: str) -> FileRecord | None:
    """The newest file stored under ``name``."""
    row = conn.execute(
        select(files).where(files.c.name == name).order_by(files.c.created_at.desc()).limit(1)
    ).first()
    return None if row is None else _record(row)


def list_files(conn: Connection, *, limit: int = 500) -> list[FileRecord]:
    """Newest files first."""
    rows = conn.execute(
        select(files).order_by(files.c.created_at.desc(), files.c.name).limit(limit)
    )
    return [_record(row) for row in rows]


def delete_file(conn: Connection, file_hash: str) -> bool:
    """Remove a file's row; False when there was none."""
    return bool(conn.execute(delete(files).where(files.c.hash == file_hash)).rowcount)
