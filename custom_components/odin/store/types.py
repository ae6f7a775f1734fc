"""Portable column types: UTC datetimes and JSON stored as text.

Both are part of the on-disk format (the frozen migrations use them): change them only with a
migration.
"""

from __future__ import annotations

from datetime import UTC, datetime
import json
from typing import Any

from sqlalchemy import DateTime, Dialect, Text
from sqlalchemy.dialects import mysql
from sqlalchemy.types import TypeDecorator, TypeEngine


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
