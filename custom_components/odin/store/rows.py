"""Row helpers shared by the store modules."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Table, insert


def insert_row(conn: Connection, table: Table, **values: Any) -> int:
    """Insert one row of ``table``; return its (integer) primary key."""
    primary_key = conn.execute(insert(table).values(**values)).inserted_primary_key
    assert primary_key is not None
    return int(primary_key[0])
