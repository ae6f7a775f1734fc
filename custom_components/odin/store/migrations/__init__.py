"""Versioned schema migrations, run in order on the writer thread before the DB is ready.

Each step is a frozen module (``v001``, ``v002``, …) with ``VERSION``, ``DESCRIPTION`` and an
idempotent ``upgrade(conn)``. :func:`migrate` runs every step above the stored version, each in
its own transaction together with the row that records it in ``schema_version`` (SQLite and
PostgreSQL roll DDL back on failure; MySQL/MariaDB commit DDL implicitly, which is why every
step must be safe to re-run).

A fresh database is built by replaying every step, so a new install and an upgraded one take the
same path (and ``tests/store`` checks the result equals ``store/schema.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
import logging

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    Integer,
    MetaData,
    Table,
    func,
    insert,
    inspect,
    select,
)

from custom_components.odin.store.types import UTCDateTime

from . import v001, v002, v003, v004, v005, v006

_LOGGER = logging.getLogger(__name__)


class MigrationError(Exception):
    """The database cannot be brought to the current schema (newer, foreign or failed)."""


@dataclass(frozen=True, slots=True)
class Migration:
    """One ordered schema step."""

    version: int
    description: str
    upgrade: Callable[[Connection], None]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(v001.VERSION, v001.DESCRIPTION, v001.upgrade),
    Migration(v002.VERSION, v002.DESCRIPTION, v002.upgrade),
    Migration(v003.VERSION, v003.DESCRIPTION, v003.upgrade),
    Migration(v004.VERSION, v004.DESCRIPTION, v004.upgrade),
    Migration(v005.VERSION, v005.DESCRIPTION, v005.upgrade),
    Migration(v006.VERSION, v006.DESCRIPTION, v006.upgrade),
)
CURRENT_VERSION = MIGRATIONS[-1].version

# The version table itself is frozen forever (it is how any version is recognised).
version_metadata = MetaData()
schema_version = Table(
    "schema_version",
    version_metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("applied_at", UTCDateTime, nullable=False),
)

# Tables of ours: finding one without a schema_version table means a foreign/broken database.
_OUR_TABLES = frozenset({"printers", "runs", "audit_log", "hms_events"})


def read_version(conn: Connection) -> int | None:
    """The stored schema version: None without a version table, 0 if it has no row yet.

    (0 happens when a backend without transactional DDL, MySQL/MariaDB, failed inside the
    first step: the idempotent steps are simply run again.)
    """
    if not inspect(conn).has_table(schema_version.name):
        return None
    version = conn.execute(select(func.max(schema_version.c.version))).scalar_one_or_none()
    return 0 if version is None else int(version)


def migrate(
    engine: Engine,
    *,
    migrations: tuple[Migration, ...] = MIGRATIONS,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> int:
    """Bring the database to the newest version in ``migrations``; return that version.

    Raises :class:`MigrationError` when the database is newer than this code, has our tables
    but no version table, or a step fails (that step's transaction is rolled back where the
    backend supports transactional DDL).
    """
    target = migrations[-1].version
    with engine.begin() as conn:
        current = read_version(conn)
        if current is None:
            found = _OUR_TABLES & set(inspect(conn).get_table_names())
            if found:
                raise MigrationError(
                    f"database has O.D.I.N. tables {sorted(found)} but no schema_version table;"
                    " refusing to touch it"
                )
            version_metadata.create_all(conn, checkfirst=True)
            current = 0
    if current > target:
        raise MigrationError(
            f"database schema version {current} is newer than this O.D.I.N. supports"
            f" ({target}); upgrade O.D.I.N. or use another database"
        )
    for step in migrations:
        if step.version <= current:
            continue
        _LOGGER.info("Migrating database schema to version %s: %s", step.version, step.description)
        try:
            with engine.begin() as conn:
                step.upgrade(conn)
                conn.execute(insert(schema_version).values(version=step.version, applied_at=now()))
        except Exception as err:
            raise MigrationError(
                f"migration to schema version {step.version} failed: {err}"
            ) from err
        current = step.version
    return current
