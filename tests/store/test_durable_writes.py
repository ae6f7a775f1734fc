"""Durable writes on SQLite: disk full, another process holding the lock, journal replay,
queue cap, hold/release. 0 writes lost, order kept, health reported and cleared, and the event
loop never waits (loop lag measured)."""

from __future__ import annotations

import asyncio
from functools import partial
import json
import logging
from pathlib import Path
import sqlite3
import sys
import time
from typing import Any

import pytest
from sqlalchemy import insert, text

from custom_components.odin.farm.runs import ErrorClear, UpdateRun
from custom_components.odin.store import journal as journal_module
from custom_components.odin.store.audit import insert_audit
from custom_components.odin.store.db import Database, DatabaseError, HealthReason, classify_error
from custom_components.odin.store.printers import list_printers, upsert_printer
from custom_components.odin.store.runs import apply_ops, list_runs
from custom_components.odin.store.schema import audit_log
from custom_components.odin.store.spools import set_needs_drying

from .durable_support import (
    HealthLog,
    LoopLag,
    at,
    audit_entry,
    big_write,
    disk_full,
    end_ops,
    expected_runs,
    start_ops,
    stored_actions,
    stored_runs,
    submit_run,
    wait_until,
)

MAX_LAG_S = 0.1


def _journal_lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


async def test_disk_full_keeps_every_run_in_order(db_path: Path) -> None:
    db = await Database.open(f"sqlite:///{db_path}", health_grace_s=0)
    health = HealthLog()
    db.add_health_listener(health)
    try:
        async with LoopLag() as lag:
            with disk_full(db) as state:
                # a big write first: it cannot fit, so everything behind it waits
                db.write_nowait(big_write())
                for n in range(6):
                    submit_run(db, "p1", n)
                await health.wait_for(lambda h: not h.ok, timeout=10)
                failing = health.seen[-1]
                assert failing.reason is HealthReason.DISK_FULL
                assert failing.since is not None
                assert "full" in (failing.error or "")
                # the pending writes are spilled to the journal next to the DB, in order
                await wait_until(lambda: db.health.journaled == 19, timeout=10)
                assert db.health.pending == 19
                lines = _journal_lines(db_path.with_name("odin.db.writes.jsonl"))
                assert [line["seq"] for line in lines] == list(range(1, 20))
                assert [line["w"] for line in lines[:3]] == [
                    "printers.upsert_printer",
                    "runs.apply_ops",
                    "audit.insert_audit",
                ]
                # reads still answer, and nothing of the runs landed yet
                assert await asyncio.wait_for(db.read(stored_runs), 2) == []
                # an awaited write gives up quickly with the reason (and is not applied)
                started = time.monotonic()
                with pytest.raises(DatabaseError, match="disk_full"):
                    await db.write(lambda conn: conn.execute(text("SELECT 1")), give_up_s=0.3)
                assert time.monotonic() - started < 3
                state["full"] = False  # space freed
                await health.wait_for(lambda h: h.ok, timeout=15)
            await wait_until(lambda: db.health.pending == 0, timeout=10)
        assert lag.blocked < MAX_LAG_S
        assert await db.read(stored_runs) == expected_runs("p1", range(6))
        actions = await db.read(stored_actions)
        assert actions == [f"action-{n}" for n in range(6)]
        assert [h.ok for h in health.seen] == [False, True]
        assert db.health.dropped == 0
        assert not db_path.with_name("odin.db.writes.jsonl").exists()  # compacted away
    finally:
        await db.close()


async def test_runs_that_start_and_end_while_full_survive_a_restart(db_path: Path) -> None:
    db = await Database.open(f"sqlite:///{db_path}", health_grace_s=0)
    journal = db_path.with_name("odin.db.writes.jsonl")
    with disk_full(db):
        db.write_nowait(big_write())
        for n in range(3):
            submit_run(db, "p1", n)
        await wait_until(lambda: db.health.journaled == 10, timeout=10)
        await db.close()  # HA stops while the disk is still full
    assert journal.exists()
    assert len(_journal_lines(journal)) == 10

    db = await Database.open(f"sqlite:///{db_path}")  # space back: replayed before open returns
    try:
        assert await db.read(stored_runs) == expected_runs("p1", range(3))
        assert await db.read(stored_actions) == ["action-0", "action-1", "action-2"]
        assert sorted(p.id for p in await db.read(list_printers)) == ["big", "p1"]
        assert db.health.pending == 0
        assert not journal.exists()
    finally:
        await db.close()
    # replayed once only
    db = await Database.open(f"sqlite:///{db_path}")
    try:
        assert len(await db.read(stored_actions)) == 3
    finally:
        await db.close()


_HOLD_LOCK = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT INTO printer_tags (printer_id, tag) SELECT 'x', 'y' WHERE 0")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
print("released", flush=True)
"""


async def test_another_process_holds_the_write_lock_for_16_s(db_path: Path) -> None:
    db = await Database.open(f"sqlite:///{db_path}", health_grace_s=1)
    health = HealthLog()
    db.add_health_listener(health)
    await db.write(partial(apply_ops, ops=start_ops("p1", 0)))
    holder = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        _HOLD_LOCK,
        str(db_path),
        "16",
        stdout=asyncio.subprocess.PIPE,
    )
    try:
        assert holder.stdout is not None
        assert (await holder.stdout.readline()).strip() == b"locked"
        async with LoopLag() as lag:
            db.write_nowait(partial(apply_ops, ops=end_ops("p1", 0)))  # ends while locked
            for n in range(1, 4):
                submit_run(db, "p1", n)
            # an awaited write (odin.add_job) answers in its own time, not after 15 s
            started = time.monotonic()
            with pytest.raises(DatabaseError, match="locked"):
                await db.write(lambda conn: conn.execute(text("SELECT 1")), give_up_s=2)
            assert time.monotonic() - started < 5
            await health.wait_for(lambda h: not h.ok, timeout=10)
            assert health.seen[-1].reason is HealthReason.LOCKED
            # reads are not blocked by the other process's write lock (WAL)
            listed = await asyncio.wait_for(db.read(list_runs), 2)
            assert [(r.job_key, r.outcome) for r in listed] == [("job-0", None)]
            assert (await holder.stdout.readline()).strip() == b"released"
            await health.wait_for(lambda h: h.ok, timeout=15)
            await wait_until(lambda: db.health.pending == 0, timeout=10)
        assert lag.blocked < MAX_LAG_S
        assert await db.read(stored_runs) == expected_runs("p1", range(4))
        assert await db.read(stored_actions) == [f"action-{n}" for n in range(1, 4)]
        assert [h.ok for h in health.seen] == [False, True]
    finally:
        if holder.returncode is None:
            holder.kill()
        await holder.wait()
        await db.close()


async def test_short_lock_raises_no_health_issue(db_path: Path) -> None:
    """A lock shorter than the grace period is retried silently."""
    db = await Database.open(f"sqlite:///{db_path}", health_grace_s=5)
    health = HealthLog()
    db.add_health_listener(health)
    holder = await asyncio.create_subprocess_exec(
        sys.executable, "-c", _HOLD_LOCK, str(db_path), "1", stdout=asyncio.subprocess.PIPE
    )
    try:
        assert holder.stdout is not None
        assert (await holder.stdout.readline()).strip() == b"locked"
        submit_run(db, "p1", 0)
        assert await db.write(lambda conn: 7, give_up_s=10) == 7  # lands once released
        assert await db.read(stored_runs) == expected_runs("p1", range(1))
        assert health.seen == []
        assert db.health.ok
    finally:
        if holder.returncode is None:
            holder.kill()
        await holder.wait()
        await db.close()


async def test_journal_failure_keeps_writes_in_memory(
    db_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = db_path.parent / "not-a-dir"
    db_path.parent.mkdir(parents=True)
    blocker.write_text("x")
    db = await Database.open(
        f"sqlite:///{db_path}", journal_path=blocker / "odin.jsonl", health_grace_s=0
    )
    try:
        with disk_full(db) as state:
            db.write_nowait(big_write())
            submit_run(db, "p1", 0)
            await wait_until(lambda: not db.health.ok, timeout=10)
            assert db.health.journaled == 0
            assert db.health.pending == 4
            state["full"] = False
            await wait_until(lambda: db.health.pending == 0, timeout=15)
        assert await db.read(stored_runs) == expected_runs("p1", range(1))
        assert "Cannot journal pending writes" in caplog.text
    finally:
        await db.close()


async def test_permanent_errors_are_not_retried(db_path: Path) -> None:
    db = await Database.open(f"sqlite:///{db_path}", health_grace_s=0)
    try:
        db.write_nowait(lambda conn: conn.execute(text("INSERT INTO no_such_table VALUES (1)")))
        submit_run(db, "p1", 0)
        await wait_until(lambda: db.health.pending == 0, timeout=5)
        assert db.health.dropped == 1
        assert db.health.ok
        assert await db.read(stored_runs) == expected_runs("p1", range(1))
    finally:
        await db.close()


async def test_queue_cap(db_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    db = await Database.open(f"sqlite:///{db_path}", max_pending=3)
    try:
        assert await db.hold_writes()
        for n in range(3):
            db.write_nowait(partial(insert_audit, entry=audit_entry(n)))
        with caplog.at_level(logging.ERROR):
            db.write_nowait(partial(insert_audit, entry=audit_entry(3)))
        assert "write queue full" in caplog.text
        with pytest.raises(DatabaseError, match="write queue full"):
            await db.write(lambda conn: None)
        assert db.health.pending == 3
        assert db.health.dropped == 1
        db.release_writes()
        await wait_until(lambda: db.health.pending == 0, timeout=5)
        assert await db.read(stored_actions) == ["action-0", "action-1", "action-2"]
    finally:
        await db.close()


async def test_hold_checkpoints_and_queues_writes(db_path: Path) -> None:
    db = await Database.open(f"sqlite:///{db_path}")
    wal = db_path.with_name("odin.db-wal")
    try:
        for n in range(20):
            db.write_nowait(partial(insert_audit, entry=audit_entry(n, size=2000)))
        await db.write(lambda conn: None)
        assert wal.stat().st_size > 0
        async with LoopLag() as lag:
            assert await db.hold_writes()
            assert wal.stat().st_size == 0  # everything is in odin.db now
            size = db_path.stat().st_size
            db.write_nowait(partial(insert_audit, entry=audit_entry(20)))
            awaited = asyncio.ensure_future(db.write(lambda conn: 42, give_up_s=0.2))
            await asyncio.sleep(0.5)  # longer than give_up_s: held time does not count
            assert not awaited.done()
            assert (wal.stat().st_size, db_path.stat().st_size) == (0, size)  # untouched
            assert len(await db.read(stored_actions)) == 20  # reads go on
            db.release_writes()
            assert await awaited == 42
        assert lag.blocked < MAX_LAG_S
        assert len(await db.read(stored_actions)) == 21
    finally:
        await db.close()


async def test_close_while_held_drains(db_path: Path) -> None:
    db = await Database.open(f"sqlite:///{db_path}")
    assert await db.hold_writes()
    db.write_nowait(partial(insert_audit, entry=audit_entry(1)))
    await db.close()
    db = await Database.open(f"sqlite:///{db_path}")
    try:
        assert await db.read(stored_actions) == ["action-1"]
    finally:
        await db.close()


async def test_hold_is_a_no_op_for_memory_databases() -> None:
    db = await Database.open("sqlite://")
    try:
        assert not await db.hold_writes()
        await db.write(lambda conn: conn.execute(insert(audit_log).values(**_row())))
    finally:
        await db.close()


def _row() -> dict[str, Any]:
    return {
        "ts": at(0),
        "origin": "system",
        "action": "a",
        "target_type": "t",
        "details": {},
        "result": "ok",
    }


# ---------------------------------------------------------------------------- journal codec


def test_described_writes_round_trip() -> None:
    from custom_components.odin.printers.model import ErrorSeverity, PrinterError, RunOutcome

    ops = [
        *start_ops("p1", 3),
        UpdateRun("p1", "job-3", {"paused_s": float("inf"), "paused_since": at(5)}, at(5)),
        *end_ops("p1", 4),
        ErrorClear("p1", "CODE", at(9)),
    ]
    writes = [
        partial(apply_ops, ops=ops),
        partial(insert_audit, entry=audit_entry(1)),
        partial(upsert_printer, printer_id="p1", brand="bambu", name="X1", bed_x_mm=256.0),
        partial(set_needs_drying, changes={3: at(1), 4: None}),
    ]
    for write in writes:
        record = journal_module.describe(write)
        assert record is not None
        restored = journal_module.restore(json.loads(json.dumps(record, allow_nan=False)))
        assert isinstance(restored, partial)
        assert restored.func is write.func
        assert restored.args == write.args
        assert restored.keywords == write.keywords
    restored_ops = journal_module.restore(journal_module.describe(writes[0]) or {})
    assert isinstance(restored_ops, partial)
    onset, end = restored_ops.keywords["ops"][2:4]
    assert end.outcome is RunOutcome.FAILED
    assert onset.error == PrinterError(
        "hms", "0C000004_00020017", ErrorSeverity.SERIOUS, "xcam", "x"
    )
    assert onset.error.severity is ErrorSeverity.SERIOUS


def test_undescribable_writes_stay_in_memory() -> None:
    assert journal_module.describe(lambda conn: None) is None
    assert journal_module.describe(partial(print, "x")) is None  # not a registered write
    assert journal_module.describe(partial(insert_audit, entry=object())) is None


def test_replay_skips_torn_and_unknown_lines(tmp_path: Path) -> None:
    path = tmp_path / "j.jsonl"
    good = journal_module.describe(partial(insert_audit, entry=audit_entry(1)))
    assert good is not None
    path.write_text(
        json.dumps({"seq": 1, **good})
        + "\n"
        + json.dumps({"seq": 2, "w": "os.system", "a": ["rm -rf /"], "k": {}})
        + "\n"
        + json.dumps({"done": 1})
        + "\n"
        + json.dumps({"seq": 3, **good})
        + '\n{"seq": 4, "w": "audit.insert_au'
    )
    entries, next_seq = journal_module.Journal(path).load()
    assert [seq for seq, _ in entries] == [2, 3]
    assert next_seq == 4
    with pytest.raises(journal_module.JournalError):
        journal_module.restore(entries[0][1])
    assert isinstance(journal_module.restore(entries[1][1]), partial)
    # appending after a torn line starts a new line
    journal = journal_module.Journal(path)
    journal.append(5, good)
    journal.close()
    assert [seq for seq, _ in journal_module.Journal(path).load()[0]] == [2, 3, 5]


async def test_replay_at_open_skips_bad_entries(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    good = journal_module.describe(partial(insert_audit, entry=audit_entry(1)))
    assert good is not None
    db_path.with_name("odin.db.writes.jsonl").write_text(
        json.dumps({"seq": 1, "w": "nope.nothing", "a": [], "k": {}})
        + "\n"
        + json.dumps({"seq": 2, **good})
        + "\n"
    )
    db = await Database.open(f"sqlite:///{db_path}")
    try:
        assert await db.read(stored_actions) == ["action-1"]
        assert not db_path.with_name("odin.db.writes.jsonl").exists()
    finally:
        await db.close()


async def test_loop_lag_detects_a_blocked_loop() -> None:
    """The measurement above can fail: blocking the loop for 0.3 s shows as blocked."""
    async with LoopLag() as lag:
        await asyncio.sleep(0.05)
        time.sleep(0.3)  # noqa: ASYNC251 - what a blocking database call on the loop does
        await asyncio.sleep(0.05)
    assert lag.blocked > 0.2


def test_server_journal_path_is_per_database_and_secret_free(tmp_path: Path) -> None:
    from custom_components.odin.store.db import server_journal_path

    assert server_journal_path("sqlite:////config/odin.db", tmp_path) is None
    one = server_journal_path("postgresql://odin:s3cret@db.lan/odin", tmp_path)
    again = server_journal_path("postgresql://odin:other@db.lan/odin?sslmode=require", tmp_path)
    other = server_journal_path("postgresql://odin:s3cret@db.lan/farm2", tmp_path)
    assert one is not None and other is not None
    assert one == again  # a new password does not orphan the journal
    assert one != other
    assert one.parent == tmp_path
    assert "s3cret" not in str(one)


def _sqlite_error(message: str, code: int) -> sqlite3.OperationalError:
    err = sqlite3.OperationalError(message)
    err.sqlite_errorcode = code  # type: ignore[attr-defined]
    return err


@pytest.mark.parametrize(
    ("orig", "reason"),
    [
        (_sqlite_error("database is locked", 5), HealthReason.LOCKED),
        (_sqlite_error("database table is locked", 262), HealthReason.LOCKED),
        (_sqlite_error("database or disk is full", 13), HealthReason.DISK_FULL),
        (_sqlite_error("disk I/O error", 4874), HealthReason.UNREACHABLE),
        (_sqlite_error("no such table: x", 1), None),
        (sqlite3.IntegrityError("UNIQUE constraint failed"), None),
    ],
)
def test_classify_sqlite_errors(orig: Exception, reason: HealthReason | None) -> None:
    from sqlalchemy.exc import DBAPIError

    assert classify_error(DBAPIError("INSERT …", None, orig)) is reason  # type: ignore[arg-type]


def test_classify_server_errors() -> None:
    from sqlalchemy.exc import DBAPIError

    psycopg = pytest.importorskip("psycopg")
    pymysql = pytest.importorskip("pymysql")

    def wrapped(orig: Exception) -> DBAPIError:
        return DBAPIError("INSERT …", None, orig)  # type: ignore[arg-type]

    refused = psycopg.OperationalError("connection failed: Connection refused")
    assert classify_error(wrapped(refused)) is HealthReason.UNREACHABLE
    assert classify_error(refused) is HealthReason.UNREACHABLE  # unwrapped, from a connect
    assert classify_error(wrapped(psycopg.ProgrammingError("bad params"))) is None
    assert classify_error(wrapped(psycopg.errors.DiskFull("no space"))) is HealthReason.DISK_FULL
    assert classify_error(wrapped(psycopg.errors.DeadlockDetected("x"))) is HealthReason.LOCKED
    assert classify_error(wrapped(psycopg.errors.AdminShutdown("x"))) is HealthReason.UNREACHABLE
    assert classify_error(wrapped(psycopg.errors.UniqueViolation("dup"))) is None
    mysql_cases = [
        (pymysql.err.OperationalError(2003, "Can't connect"), HealthReason.UNREACHABLE),
        (pymysql.err.OperationalError(1205, "Lock wait timeout"), HealthReason.LOCKED),
        (pymysql.err.OperationalError(1213, "Deadlock"), HealthReason.LOCKED),
        (pymysql.err.OperationalError(1114, "The table is full"), HealthReason.DISK_FULL),
        (pymysql.err.InterfaceError(0, ""), HealthReason.UNREACHABLE),
        (pymysql.err.IntegrityError(1062, "Duplicate entry"), None),
        (pymysql.err.ProgrammingError(1146, "Table doesn't exist"), None),
    ]
    for orig, reason in mysql_cases:
        assert classify_error(wrapped(orig)) is reason, orig
    assert classify_error(ValueError("a bug")) is None
