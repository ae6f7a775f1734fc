"""Portable column types: UTC datetimes and JSON stored as text.

Both are part of the on-disk format (the frozen migrations use them): change them only with a
migration.
"""

from __future__ import annotations

from datetime import UTC, datetime
import json
from typing import Any

from sqlalchemy import ColumnElement, DateTime, Dialect, Text, case
from sqlalchemy.dialects import mysql
from sqlalchemy.types import TypeDecorator, TypeEngine


def binary_text(expr: ColumnElement[str], dialect: str) -> ColumnElement[str]:
    """``expr`` compared and ordered by code point, as SQLite does by default.

    MySQL/MariaDB's default collations ignore case (``MIN('Garage', 'garage')`` may give
    either), PostgreSQL's follow the server's locale; both then disagree with SQLite.
    """
    if dialect in ("mysql", "mariadb"):
        return expr.collate("utf8mb4_bin")
    if dialect == "postgresql":
        return expr.collate("C")
    return expr


def nulls_first(expr: ColumnElement[Any]) -> tuple[ColumnElement[Any], ColumnElement[Any]]:
    """ORDER BY terms for ``expr`` ascending with NULLs first on every backend (PostgreSQL
    puts them last; MySQL has no ``NULLS FIRST``)."""
    return (case((expr.is_(None), 0), else_=1), expr)


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime, stored as a naive UTC ``DATETIME``/``TIMESTAMP``.

    Binding a naive datetime is a programming error (``ValueError``): every time in O.D.I.N. is
    UTC and aware. MySQL/MariaDB get microsecond precision (``DATETIME(6)``) so ordering and
    keyset pagination see the same values on every backend.
    """

    impl = DateTime
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        """Use DATETIME(6) on MySQL/MariaDB (the default DATETIME drops microseconds)."""
        if dialect.name in ("mysql", "mariadb"):
            return dialect.type_descriptor(mysql.DATETIME(fsp=6))
        return dialect.type_descriptor(DateTime(timezone=False))

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Aware datetime → naive UTC."""
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r}: O.D.I.N. stores aware UTC datetimes")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Naive UTC from the database → aware UTC."""
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class JSONText(TypeDecorator[Any]):
    """JSON stored as ``TEXT`` (compact, keys sorted): identical on every backend."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        """Python value → JSON text (``None`` stays SQL NULL)."""
        if value is None:
            return None
        return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)

    def process_result_value(self, value: str | None, dialect: Dialect) -> Any:
        """JSON text → Python value."""
        if value is None:
            return None
        return json.loads(value)
