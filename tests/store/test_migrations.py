"""Schema versions: v1 → current upgrade with data, refusal of newer/foreign DBs, atomicity."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, insert, inspect, select, text

from custom_components.odin.store import migrations
from custom_components.odin.store.db import Database, DatabaseError
from custom_components.odin.store.migrations import (
    CURRENT_VERSION,
    MIGRATIONS,
    Migration,
    MigrationError,
    migrate,
    schema_version,
    v001,
)
from custom_components.odin.store.runs import list_hms_events, list_runs, load_open_runs
from custom_components.odin.store.schema import metadata

T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def _build_v1(path: Path) -> None:
    """A real version-1 database (frozen v1 DDL) with rows, as an old install left it."""
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            migrations.version_metadata.create_all(conn)
            v001.upgrade(conn)
            conn.execute(insert(schema_version).values(version=1, applied_at=T0))
            conn.execute(
                insert(v001.printers).values(
                    id="sub1", brand="bambu", name="X1C", serial="00M", created_at=T0
                )
            )
            for row in (
                {
                    "printer_id": "sub1",
                    "job_key": "done",
                    "file_name": "a.3mf",
                    "started_at": T0,
                    "ended_at": T0.replace(hour=13),
                    "outcome": "success",
                    "actual_s": 3600.0,
                    "paused_s": 0.0,
                    "filament": [{"type": "PLA", "grams": 3.5}],
                    "updated_at": T0,
                },
                {
                    "printer_id": "sub1",
                    "job_key": "open",
                    "started_at": T0.replace(hour=14),
                    "paused_s": 12.5,
                    "updated_at": T0,
                },
            ):
                conn.execute(insert(v001.runs).values(**row))
            conn.execute(
                insert(v001.audit_log).values(
                    ts=T0,
                    origin="ui",
                    user_id="u1",
                    action="printer_added",
                    target_type="printer",
                    target_id="sub1",
                    details={"name": "X1C"},
                    result="ok",
                )
            )
    finally:
        engine.dispose()


def _reflect(path: Path) -> dict[str, Any]:
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            insp = inspect(conn)
            return {
                table: {
                    "columns": {
                        c["name"]: (str(c["type"]), c["nullable"]) for c in insp.get_columns(table)
                    },
                    "indexes": {
                        ix["name"]: (tuple(ix["column_names"]), bool(ix["unique"]))
                        for ix in insp.get_indexes(table)
                    },
                    "unique": {
                        uc["name"]: tuple(uc["column_names"])
                        for uc in insp.get_unique_constraints(table)
                    },
                    "fks": sorted(
                        (tuple(fk["constrained_columns"]), fk["referred_table"])
                        for fk in insp.get_foreign_keys(table)
                    ),
                }
                for table in insp.get_table_names()
            }
    finally:
        engine.dispose()


def _expected_from_schema(tmp_path: Path) -> dict[str, Any]:
    path = tmp_path / "from_schema.db"
    engine = create_engine(f"sqlite:///{path}")
    try:
        metadata.create_all(engine)
    finally:
        engine.dispose()
    return _reflect(path)


async def test_upgrade_v1_to_current_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "odin.db"
    _build_v1(path)
    db = await Database.open(f"sqlite:///{path}")
    try:
        assert db.schema_version == CURRENT_VERSION == MIGRATIONS[-1].version

        def check(conn: Any) -> None:
            versions = conn.execute(select(schema_version.c.version)).scalars().all()
            assert versions == [m.version for m in MIGRATIONS]
            runs = {r.job_key: r for r in list_runs(conn)}
            assert runs["done"].outcome == "success"
            assert runs["done"].filament == [{"type": "PLA", "grams": 3.5}]
            assert runs["done"].started_at == T0
            assert runs["done"].paused_since is None  # new column
            open_runs = load_open_runs(conn)
            assert open_runs["sub1"].job_key == "open"
            assert open_runs["sub1"].paused_s == 12.5
            audit = conn.execute(text("SELECT action, details, result_text FROM audit_log")).one()
            assert tuple(audit) == ("printer_added", '{"name":"X1C"}', None)
            assert list_hms_events(conn) == []

        await db.read(check)
    finally:
        await db.close()
    # the upgraded file has exactly the current schema
    assert _reflect(path) == _expected_from_schema(tmp_path)


async def test_fresh_database_matches_schema(tmp_path: Path) -> None:
    path = tmp_path / "odin.db"
    db = await Database.open(f"sqlite:///{path}")
    await db.close()
    assert _reflect(path) == _expected_from_schema(tmp_path)


async def test_reopen_is_a_no_op(tmp_path: Path) -> None:
    path = tmp_path / "odin.db"
    for _ in range(2):
        db = await Database.open(f"sqlite:///{path}")
        await db.close()
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            versions = conn.execute(select(schema_version.c.version)).scalars().all()
            assert versions == [m.version for m in MIGRATIONS]
    finally:
        engine.dispose()


async def test_newer_version_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "odin.db"
    _build_v1(path)
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(insert(schema_version).values(version=CURRENT_VERSION + 5, applied_at=T0))
    engine.dispose()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="newer"):
        await Database.open(f"sqlite:///{path}")
    assert path.read_bytes() == before
    assert not (tmp_path / "odin.db-wal").exists() or (tmp_path / "odin.db-wal").stat().st_size == 0
    # still the v1 layout: nothing was migrated
    assert "hms_events" not in _reflect(path)


async def test_unversioned_database_with_our_tables_refused(tmp_path: Path) -> None:
    path = tmp_path / "odin.db"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE runs (id INTEGER PRIMARY KEY)"))
    engine.dispose()
    with pytest.raises(DatabaseError, match="no schema_version"):
        await Database.open(f"sqlite:///{path}")


def test_every_step_is_idempotent(tmp_path: Path) -> None:
    """Re-running a step on a database that already has it changes nothing (MySQL safety)."""
    path = tmp_path / "odin.db"
    engine = create_engine(f"sqlite:///{path}")
    try:
        assert migrate(engine) == CURRENT_VERSION
        for step in MIGRATIONS:
            with engine.begin() as conn:
                step.upgrade(conn)
    finally:
        engine.dispose()
    assert _reflect(path) == _expected_from_schema(tmp_path)


def test_failed_step_rolls_back(tmp_path: Path) -> None:
    """A step failing half-way leaves the DB at the previous version (transactional DDL)."""
    path = tmp_path / "odin.db"
    _build_v1(path)

    def broken(conn: Any) -> None:
        MIGRATIONS[1].upgrade(conn)  # creates hms_events, adds columns, indexes …
        raise RuntimeError("disk on fire")

    steps = (MIGRATIONS[0], Migration(2, "broken", broken))
    engine = create_engine(f"sqlite:///{path}")
    from custom_components.odin.store.db import _setup_sqlite

    _setup_sqlite(engine)
    try:
        with pytest.raises(MigrationError, match="disk on fire"):
            migrate(engine, migrations=steps)
        with engine.connect() as conn:
            assert migrations.read_version(conn) == 1
    finally:
        engine.dispose()
    reflected = _reflect(path)
    assert "hms_events" not in reflected
    assert "paused_since" not in reflected["runs"]["columns"]
    # and the real migration then succeeds
    engine = create_engine(f"sqlite:///{path}")
    try:
        assert migrate(engine) == CURRENT_VERSION
    finally:
        engine.dispose()


def test_empty_version_table_resumes(tmp_path: Path) -> None:
    """MySQL-style partial failure: v1 tables committed, version row not. Re-run, no refusal."""
    path = tmp_path / "odin.db"
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            migrations.version_metadata.create_all(conn)
            v001.upgrade(conn)
        with engine.connect() as conn:
            assert migrations.read_version(conn) == 0
        assert migrate(engine) == CURRENT_VERSION
    finally:
        engine.dispose()
    assert _reflect(path) == _expected_from_schema(tmp_path)
