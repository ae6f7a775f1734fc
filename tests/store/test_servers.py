"""The store on real PostgreSQL and MariaDB servers: migrations, inserts, every analytics /
accuracy / audit query, keyset pagination and concurrent writers give SQLite's results on the
same data; a PostgreSQL stopped mid-way loses no write.

Servers: ``bash scripts/dbservers start`` (see tests/store/servers.py). Unavailable servers
skip these tests, or fail them when ``CI=true``.
"""

from __future__ import annotations

import asyncio
from dataclasses import asdict, is_dataclass
from datetime import UTC, date, datetime, timedelta
from enum import Enum
from functools import partial
import math
from pathlib import Path
import random
import time
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Connection, create_engine, inspect

from custom_components.odin.farm.analytics import AnalyticsQuery, Bucket
from custom_components.odin.farm.audit import Actor, AuditEntry, AuditFilter, Origin
from custom_components.odin.farm.runs import EndRun, ErrorClear, ErrorOnset, StartRun, UpdateRun
from custom_components.odin.printers.model import ErrorSeverity, PrinterError, RunOutcome
from custom_components.odin.store.analytics import (
    error_frequency,
    failure_analytics,
    failure_reasons,
    time_accuracy,
)
from custom_components.odin.store.audit import audit_filter_values, audit_page, insert_audit
from custom_components.odin.store.db import Database, DatabaseError, HealthReason
from custom_components.odin.store.migrations import CURRENT_VERSION, MIGRATIONS, migrate
from custom_components.odin.store.printers import (
    list_printers,
    mark_printer_removed,
    upsert_printer,
)
from custom_components.odin.store.runs import (
    apply_ops,
    list_hms_events,
    list_runs,
    load_open_error_codes,
    load_open_runs,
)
from custom_components.odin.store.tags import all_tags, set_tags, tag_exists, tags_for_printers

from .durable_support import (
    HealthLog,
    LoopLag,
    end_ops,
    expected_runs,
    start_ops,
    stored_actions,
    stored_runs,
    submit_run,
    wait_until,
)
from .servers import SERVER_KINDS, PrivatePostgres, fresh_database

pytestmark = pytest.mark.usefixtures("socket_enabled")

T0 = datetime(2026, 3, 2, 0, 0, tzinfo=UTC)  # a Monday; DST in Berlin starts on 2026-03-29
BERLIN = ZoneInfo("Europe/Berlin")
KOLKATA = ZoneInfo("Asia/Kolkata")
PRINTERS = {"p1": "P1S", "p2": "X1 Carbon", "p3": "P1S", "p4": "MK4"}
MATERIALS = ("PLA", "petg", "PA-CF", "TPU", None)
CODES = ("0300_8003", "0C00_0001", None)
USERS = ("u1", "u2", None)


# ---------------------------------------------------------------------------- the data


def seed(conn: Connection) -> None:
    """The same farm on every backend: 4 printers (one removed), tags, ~200 runs over five
    weeks with every outcome, pauses, estimates, materials, errors, and audit entries (many
    sharing a timestamp, for keyset pagination)."""
    rng = random.Random(20260302)
    for printer_id, model in PRINTERS.items():
        upsert_printer(
            conn,
            printer_id=printer_id,
            brand="bambu",
            name=f"Printer {printer_id}",
            model=model,
            ts=T0,
        )
    set_tags(conn, "p1", ["Garage", "PLA only"], ts=T0)
    set_tags(conn, "p2", ["garage "], ts=T0)
    set_tags(conn, "p4", ["Office"], ts=T0)
    ops: list[Any] = []
    for n in range(200):
        printer_id = rng.choice(list(PRINTERS))
        key = f"job-{n}"
        start = T0 + timedelta(minutes=rng.randint(0, 5 * 7 * 24 * 60))
        actual = float(rng.randint(300, 6 * 3600))
        material = rng.choice(MATERIALS)
        filament = None if material is None else [{"type": material, "grams": rng.randint(1, 90)}]
        ops.append(
            StartRun(
                printer_id,
                key,
                start,
                file_name=f"{key}.3mf",
                job_name=key,
                slicer_estimate_s=rng.choice([None, actual * rng.uniform(0.7, 1.3)]),
                printer_estimate_s=rng.choice([None, actual * rng.uniform(0.8, 1.2)]),
                total_layers=rng.randint(10, 400),
                filament=filament,
            )
        )
        if rng.random() < 0.3:
            ops.append(UpdateRun(printer_id, key, {"paused_since": start}, start))
            ops.append(UpdateRun(printer_id, key, {"paused_s": 120.0, "paused_since": None}, start))
        if rng.random() < 0.3:
            code = f"0C00{n:04d}_0002001{n % 3}"
            error = PrinterError("hms", code, ErrorSeverity.SERIOUS, "xcam", f"error {n}")
            ops.append(ErrorOnset(printer_id, key, error, start + timedelta(seconds=60)))
            if rng.random() < 0.5:
                ops.append(ErrorClear(printer_id, code, start + timedelta(seconds=90)))
        if n % 37 == 5:
            continue  # still open
        outcome = rng.choice(list(RunOutcome))
        ops.append(
            EndRun(
                printer_id,
                key,
                start + timedelta(seconds=actual + 120),
                outcome,
                "event",
                failure_reason="Nozzle clog" if outcome is RunOutcome.FAILED else None,
                failure_code=rng.choice(CODES) if outcome is RunOutcome.FAILED else None,
                actual_s=actual,
                paused_s=120.0,
            )
        )
    apply_ops(conn, ops)
    mark_printer_removed(conn, "p3", T0 + timedelta(days=30))
    for n in range(60):
        user = USERS[n % 3]
        insert_audit(
            conn,
            AuditEntry(
                ts=T0 + timedelta(hours=n // 4),  # four entries per timestamp
                actor=Actor(
                    rng.choice([Origin.UI, Origin.AUTOMATION, Origin.SERVICE]),
                    user_id=user,
                    user_name=None if user is None else user.upper(),
                    origin_ref="automation.night" if n % 5 == 0 else None,
                ),
                action=rng.choice(["pause", "resume", "add_job", "tag_printer"]),
                target_type="printer",
                target_id=rng.choice(list(PRINTERS)),
                details={"n": n, "note": "ünïcödé ✓", "nested": {"list": [1, 2.5, None]}},
                result=rng.choice(["ok", "error", "refused"]),
            ),
        )


def _queries() -> list[AnalyticsQuery]:
    end = T0 + timedelta(days=35)
    return [
        AnalyticsQuery(start=T0, end=end),
        AnalyticsQuery(start=T0, end=end, time_zone=BERLIN),
        AnalyticsQuery(start=T0 + timedelta(days=3), end=end, time_zone=KOLKATA),
        AnalyticsQuery(start=T0, end=end, time_zone=BERLIN, tag="GARAGE"),
        AnalyticsQuery(start=T0, end=end, model="p1s"),
        AnalyticsQuery(start=T0, end=end, material="PLA"),
        AnalyticsQuery(start=T0, end=end, printer_id="p2"),
        AnalyticsQuery(start=T0, end=T0 + timedelta(days=1)),
    ]


def _audit_walk(conn: Connection, audit_filter: AuditFilter, size: int) -> list[Any]:
    """Every page of the keyset pagination, in order."""
    pages: list[Any] = []
    before = None
    while True:
        page = audit_page(conn, audit_filter, before=before, limit=size)
        pages.append([record.id for record in page.items])
        if page.next is None:
            return pages
        before = page.next


def results(conn: Connection) -> dict[str, Any]:
    """Every read the panel, services and restart logic use, on the seeded data."""
    out: dict[str, Any] = {}
    for i, query in enumerate(_queries()):
        for bucket in Bucket:
            out[f"failures {i} {bucket}"] = failure_analytics(conn, query, bucket).as_dict()
        out[f"reasons {i}"] = failure_reasons(conn, query)
        out[f"errors {i}"] = error_frequency(conn, query)
        out[f"accuracy {i}"] = time_accuracy(conn, query).as_dict()
    out["runs"] = list_runs(conn, limit=1000)
    out["open runs"] = list_runs(conn, open_only=True)
    out["hms"] = list_hms_events(conn, limit=1000)
    out["open hms"] = load_open_error_codes(conn)
    out["resume"] = load_open_runs(conn)
    out["printers"] = sorted(list_printers(conn, include_removed=True), key=lambda p: p.id)
    out["tags"] = (all_tags(conn), tags_for_printers(conn), tag_exists(conn, " garage"))
    since, until = T0 + timedelta(hours=2), T0 + timedelta(hours=11)
    for name, audit_filter in {
        "all": AuditFilter(),
        "ui": AuditFilter(origin="ui"),
        "u2 window": AuditFilter(user_id="u2", since=since, until=until),
        "pause": AuditFilter(action="pause", target_type="printer"),
    }.items():
        for size in (1, 7, 50):
            out[f"audit {name} {size}"] = _audit_walk(conn, audit_filter, size)
    out["audit page"] = audit_page(conn, AuditFilter(), limit=10).items
    out["audit filters"] = audit_filter_values(conn)
    return _plain(out)


def _plain(value: Any) -> Any:
    """Comparable form: dataclasses as dicts, floats to 9 significant digits, sets sorted."""
    if is_dataclass(value) and not isinstance(value, type):
        return _plain(asdict(value))
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, set | frozenset):
        return sorted(_plain(v) for v in value)
    if isinstance(value, float):
        return float(f"{value:.9g}") if math.isfinite(value) else str(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


async def _seeded_results(url: str) -> dict[str, Any]:
    db = await Database.open(url)
    try:
        await db.write(seed, give_up_s=60)
        return await db.read(results)
    finally:
        await db.close()


@pytest.fixture(scope="module")
def sqlite_results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    path = tmp_path_factory.mktemp("reference") / "odin.db"
    return asyncio.run(_seeded_results(f"sqlite:///{path}"))


# ---------------------------------------------------------------------------- tests


@pytest.mark.parametrize("kind", SERVER_KINDS)
def test_migrations_from_empty_and_every_older_version(kind: str, tmp_path: Path) -> None:
    reference_engine = create_engine(f"sqlite:///{tmp_path / 'ref.db'}")
    assert migrate(reference_engine) == CURRENT_VERSION
    reference = _schema(reference_engine)
    reference_engine.dispose()
    for version in range(CURRENT_VERSION):  # 0 = empty database
        with fresh_database(kind) as url:
            engine = create_engine(url)
            try:
                if version:
                    assert migrate(engine, migrations=MIGRATIONS[:version]) == version
                assert migrate(engine) == CURRENT_VERSION
                assert migrate(engine) == CURRENT_VERSION  # idempotent
                assert _schema(engine, like=reference) == reference, f"from v{version}"
            finally:
                engine.dispose()


def _schema(engine: Any, like: dict[str, Any] | None = None) -> dict[str, Any]:
    """Tables → columns, primary key, named indexes. With ``like``: only the indexes it has
    (MariaDB adds an index of its own for every foreign key)."""
    inspector = inspect(engine)
    known = None
    if like is not None:
        known = {index[0] for table in like.values() for index in table["indexes"]}
    schema: dict[str, Any] = {}
    for table in sorted(inspector.get_table_names()):
        schema[table] = {
            "columns": sorted(c["name"] for c in inspector.get_columns(table)),
            "pk": sorted(inspector.get_pk_constraint(table)["constrained_columns"]),
            "indexes": sorted(
                (i["name"], tuple(i["column_names"]), bool(i["unique"]))
                for i in inspector.get_indexes(table)
                if i["name"]
                and not i["name"].startswith("sqlite_")
                and (known is None or i["name"] in known)
            ),
        }
    return schema


@pytest.mark.parametrize("kind", SERVER_KINDS)
async def test_same_results_as_sqlite(kind: str, sqlite_results: dict[str, Any]) -> None:
    with fresh_database(kind) as url:
        found = await _seeded_results(url)
    assert found.keys() == sqlite_results.keys()
    for key, expected in sqlite_results.items():
        assert found[key] == expected, key
    # the data set exercises what it should
    assert len(sqlite_results["runs"]) == 200
    assert sqlite_results["open runs"]
    assert len(sqlite_results["audit all 7"]) == 9


async def test_concurrent_writers(backend_url: str) -> None:
    """Two handles (two HA processes, or HA and a maintenance script) write at once."""
    first = await Database.open(backend_url)
    second = await Database.open(backend_url)
    try:
        for n in range(40):
            submit_run(first, "p1", n)
            submit_run(second, "p2", n)
        answers = await asyncio.gather(
            *(first.write(lambda conn, n=n: n, give_up_s=60) for n in range(10)),
            *(second.write(lambda conn, n=n: -n, give_up_s=60) for n in range(10)),
        )
        await wait_until(
            lambda: first.health.pending == 0 and second.health.pending == 0, timeout=60
        )
        assert answers == [*range(10), *(-n for n in range(10))]
        stored = await first.read(stored_runs)
        assert [r for r in stored if r[0] == "p1"] == expected_runs("p1", range(40))
        assert [r for r in stored if r[0] == "p2"] == expected_runs("p2", range(40))
        actions = await second.read(stored_actions)
        assert sorted(actions) == sorted(f"action-{n}" for n in range(40) for _ in (1, 2))
        assert first.health.dropped == second.health.dropped == 0
    finally:
        await first.close()
        await second.close()


async def test_postgres_stopped_mid_way(private_postgres: PrivatePostgres, tmp_path: Path) -> None:
    journal = tmp_path / "odin.writes.jsonl"
    db = await Database.open(private_postgres.url, journal_path=journal, health_grace_s=0)
    health = HealthLog()
    db.add_health_listener(health)
    try:
        await db.write(partial(apply_ops, ops=start_ops("p1", 0)))
        async with LoopLag() as lag:
            await asyncio.get_running_loop().run_in_executor(None, private_postgres.stop)
            db.write_nowait(partial(apply_ops, ops=end_ops("p1", 0)))  # ends while down
            for n in range(1, 4):
                submit_run(db, "p1", n)
            started = time.monotonic()
            with pytest.raises(DatabaseError, match="unreachable"):
                await db.write(lambda conn: 1, give_up_s=1)
            assert time.monotonic() - started < 5
            await health.wait_for(lambda h: not h.ok, timeout=20)
            assert health.seen[-1].reason is HealthReason.UNREACHABLE
            await wait_until(lambda: db.health.journaled == 10, timeout=20)
            await asyncio.get_running_loop().run_in_executor(None, private_postgres.start)
            await health.wait_for(lambda h: h.ok, timeout=30)
            await wait_until(lambda: db.health.pending == 0, timeout=20)
        assert lag.blocked < 0.1
        assert await db.read(stored_runs) == expected_runs("p1", range(4))
        assert await db.read(stored_actions) == [f"action-{n}" for n in range(1, 4)]
        assert [h.ok for h in health.seen] == [False, True]
        assert not journal.exists()
    finally:
        await db.close()


async def test_postgres_down_at_shutdown_replays_on_next_start(
    private_postgres: PrivatePostgres, tmp_path: Path
) -> None:
    journal = tmp_path / "odin.writes.jsonl"
    db = await Database.open(private_postgres.url, journal_path=journal, health_grace_s=0)
    await db.write(partial(apply_ops, ops=start_ops("p1", 0)))
    await asyncio.get_running_loop().run_in_executor(None, private_postgres.stop)
    db.write_nowait(partial(apply_ops, ops=end_ops("p1", 0)))
    submit_run(db, "p1", 1)
    await wait_until(lambda: db.health.journaled == 4, timeout=20)
    await db.close()
    assert journal.exists()
    await asyncio.get_running_loop().run_in_executor(None, private_postgres.start)
    db = await Database.open(private_postgres.url, journal_path=journal)
    try:
        assert await db.read(stored_runs) == expected_runs("p1", range(2))
        assert not journal.exists()
    finally:
        await db.close()
