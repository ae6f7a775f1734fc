"""Idempotent DDL helpers for migrations (portable: SQLite, PostgreSQL, MySQL/MariaDB)."""

from __future__ import annotations

from sqlalchemy import Column, Connection, Index, Table, inspect, text
from sqlalchemy.schema import CreateColumn


def has_table(conn: Connection, table: str) -> bool:
    """True if ``table`` exists."""
    return inspect(conn).has_table(table)


def has_column(conn: Connection, table: str, column: str) -> bool:
    """True if ``table`` has ``column``."""
    return any(c["name"] == column for c in inspect(conn).get_columns(table))


def add_column(conn: Connection, column: Column[object]) -> None:
    """``ALTER TABLE … ADD COLUMN`` unless the column exists. ``column`` must be nullable.

    ``column`` belongs to a frozen stub ``Table`` of the migration (its table gives the name).
    """
    table = column.table
    assert isinstance(table, Table)
    if not column.nullable:
        raise ValueError(f"added column {table.name}.{column.name} must be nullable")
    if has_column(conn, table.name, column.name):
        return
    preparer = conn.dialect.identifier_preparer
    spec = CreateColumn(column).compile(dialect=conn.dialect)
    conn.execute(text(f"ALTER TABLE {preparer.format_table(table)} ADD COLUMN {spec}"))


def create_table(conn: Connection, table: Table) -> None:
    """``CREATE TABLE`` unless it exists, then each of its indexes unless it exists."""
    table.create(conn, checkfirst=True)
    for index in table.indexes:
        create_index(conn, index)


def create_index(conn: Connection, index: Index) -> None:
    """``CREATE INDEX`` unless an index of that name exists on its table."""
    table = index.table
    assert table is not None
    existing = {ix["name"] for ix in inspect(conn).get_indexes(table.name)}
    if index.name not in existing:
        index.create(conn)
