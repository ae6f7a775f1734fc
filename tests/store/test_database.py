"""Database: writer thread, read pool, SQLite setup, lifecycle and failure handling."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
import logging
from pathlib import Path
import sqlite3
import threading
import time

import pytest
from sqlalchemy import Connection, insert, select, text

from custom_components.odin.store import db as db_module
from custom_components.odin.store.db import Database, DatabaseError
from custom_components.odin.store.migrations import CURRENT_VERSION
from custom_components.odin.store.schema import audit_log

T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def _odin_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("odin_db")]


def _audit_row(n: int) -> dict[str, object]:
    return {
        "ts": T0,
        "origin": "system",
        "action": f"a{n}",
        "target_type": "t",
        "details": {"n": n},
        "result": "ok",
    }


async def test_open_creates_dir_wal_and_pragmas(db: Database, db_path: Path) -> None:
    assert db_path.exists()
    assert db.schema_version == CURRENT_VERSION
    assert db.dialect == "sqlite"
    assert db.url_redacted == f"sqlite:///{db_path}"

    def pragmas(conn: Connection) -> tuple[object, ...]:
        return tuple(
            conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
        )

    journal, synchronous, foreign_keys, busy = await db.read(pragmas)
    assert journal == "wal"
    assert synchronous == 1  # NORMAL
    assert foreign_keys == 1
    assert busy == 15000
    # the writer's connection has them too, with a short busy timeout: it retries itself
    # rather than blocking in SQLite's busy handler (tests/store/test_durable_writes.py)
    writer_busy = int(db_module.SQLITE_WRITER_BUSY_TIMEOUT_S * 1000)
    assert writer_busy <= 1000
    assert await db.write(pragmas) == (journal, synchronous, foreign_keys, writer_busy)
    # and it is WAL on disk, not only for our connections
    raw = sqlite3.connect(db_path)
    try:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        raw.close()


async def test_threads_named_and_joined_on_close(db_path: Path) -> None:
    before = set(threading.enumerate())
    database = await Database.open(f"sqlite:///{db_path}")
    await database.read(lambda conn: conn.execute(text("SELECT 1")).scalar())
    names = {t.name for t in set(threading.enumerate()) - before}
    assert "odin_db_writer" in names
    assert any(name.startswith("odin_db_read") for name in names)
    await database.close()
    assert _odin_threads() == []
    assert database.closed
    await database.close()  # idempotent


async def test_writes_are_ordered(db: Database) -> None:
    for n in range(50):
        db.write_nowait(lambda conn, n=n: conn.execute(insert(audit_log).values(**_audit_row(n))))
    futures = [
        db.write(lambda conn, n=n: conn.execute(insert(audit_log).values(**_audit_row(n))))
        for n in range(50, 100)
    ]
    await asyncio.gather(*futures)
    actions = await db.read(
        lambda conn: conn.execute(select(audit_log.c.action).order_by(audit_log.c.id))
        .scalars()
        .all()
    )
    assert actions == [f"a{n}" for n in range(100)]


async def test_write_returns_value_and_rolls_back_on_error(db: Database) -> None:
    new_id = await db.write(
        lambda conn: conn.execute(insert(audit_log).values(**_audit_row(1))).inserted_primary_key[0]
    )
    assert new_id == 1

    def insert_then_fail(conn: Connection) -> None:
        conn.execute(insert(audit_log).values(**_audit_row(2)))
        raise ValueError("boom")

    with pytest.raises(ValueError, match="boom"):
        await db.write(insert_then_fail)
    # SQL errors arrive as DatabaseError
    with pytest.raises(DatabaseError):
        await db.write(lambda conn: conn.execute(text("SELECT * FROM no_such_table")))
    count = await db.read(
        lambda conn: conn.execute(text("SELECT count(*) FROM audit_log")).scalar()
    )
    assert count == 1


async def test_read_while_writing(db: Database) -> None:
    """A long write transaction does not block reads (WAL + separate read pool)."""
    in_write = threading.Event()
    release = threading.Event()

    def slow_write(conn: Connection) -> None:
        conn.execute(insert(audit_log).values(**_audit_row(1)))
        in_write.set()
        assert release.wait(5)

    await db.write(lambda conn: conn.execute(insert(audit_log).values(**_audit_row(0))))
    task = asyncio.ensure_future(db.write(slow_write))
    loop = asyncio.get_running_loop()
    assert await loop.run_in_executor(None, in_write.wait, 5)
    # the uncommitted row is invisible; the read completes while the writer is busy
    count = await asyncio.wait_for(
        db.read(lambda conn: conn.execute(text("SELECT count(*) FROM audit_log")).scalar()), 5
    )
    assert count == 1
    release.set()
    await task
    count = await db.read(
        lambda conn: conn.execute(text("SELECT count(*) FROM audit_log")).scalar()
    )
    assert count == 2


async def test_write_nowait_error_logged_not_raised(
    db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    def bad(conn: Connection) -> None:
        raise RuntimeError("kaputt")

    with caplog.at_level(logging.ERROR, logger=db_module.__name__):
        db.write_nowait(bad)  # must not raise
        # a later write still works (and runs after the failed one)
        assert await db.write(lambda conn: 42) == 42
    assert "Database write failed" in caplog.text
    assert "kaputt" in caplog.text


async def test_close_drains_pending_writes(db_path: Path) -> None:
    database = await Database.open(f"sqlite:///{db_path}")
    for n in range(20):
        database.write_nowait(
            lambda conn, n=n: conn.execute(insert(audit_log).values(**_audit_row(n)))
        )
    await database.close()
    assert _odin_threads() == []
    database = await Database.open(f"sqlite:///{db_path}")
    try:
        count = await database.read(
            lambda conn: conn.execute(text("SELECT count(*) FROM audit_log")).scalar()
        )
        assert count == 20
    finally:
        await database.close()


async def test_use_after_close(db_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    database = await Database.open(f"sqlite:///{db_path}")
    await database.close()
    with pytest.raises(DatabaseError, match="closed"):
        await database.write(lambda conn: None)
    with pytest.raises(DatabaseError, match="closed"):
        await database.read(lambda conn: None)
    database.write_nowait(lambda conn: None)
    assert "dropped a write" in caplog.text


async def test_cancelled_write_before_start_is_skipped(db: Database) -> None:
    release = threading.Event()
    ran: list[str] = []
    blocker = asyncio.ensure_future(db.write(lambda conn: release.wait(5)))
    await asyncio.sleep(0)
    queued = asyncio.ensure_future(db.write(lambda conn: ran.append("x")))
    await asyncio.sleep(0.05)
    queued.cancel()
    await asyncio.sleep(0.01)  # let the cancellation reach the thread-side future
    release.set()
    await blocker
    with pytest.raises(asyncio.CancelledError):
        await queued
    await db.write(lambda conn: None)  # everything before it has run
    assert ran == []


async def test_password_redacted_in_url() -> None:
    with pytest.raises(DatabaseError) as err:
        await Database.open("postgresql+nosuchdriver://odin:s3cret@localhost/odin", init_timeout=5)
    assert "s3cret" not in str(err.value)
    assert _odin_threads() == []


async def test_invalid_url() -> None:
    with pytest.raises(DatabaseError, match="invalid database URL"):
        await Database.open("not a url")


async def test_open_failure_leaves_nothing_running(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(DatabaseError):
        await Database.open(f"sqlite:///{blocker / 'odin.db'}")
    assert _odin_threads() == []


async def test_open_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "odin.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DatabaseError):
        await Database.open(f"sqlite:///{path}")
    assert _odin_threads() == []


async def test_init_timeout(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A slow connect/migrate raises DatabaseError after init_timeout; the writer is joined."""
    real_migrate = db_module.migrate

    def slow_migrate(engine: object) -> int:
        time.sleep(0.5)
        return real_migrate(engine)  # type: ignore[arg-type]

    monkeypatch.setattr(db_module, "migrate", slow_migrate)
    started = time.monotonic()
    with pytest.raises(DatabaseError, match="not ready within"):
        await Database.open(f"sqlite:///{db_path}", init_timeout=0.1)
    assert time.monotonic() - started < 3
    assert _odin_threads() == []


async def test_memory_database() -> None:
    database = await Database.open("sqlite://")
    try:
        await database.write(lambda conn: conn.execute(insert(audit_log).values(**_audit_row(1))))
        count = await database.read(
            lambda conn: conn.execute(text("SELECT count(*) FROM audit_log")).scalar()
        )
        assert count == 1
    finally:
        await database.close()
    assert _odin_threads() == []
