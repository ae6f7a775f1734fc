"""apply_ops / load_open_runs / readers on a real SQLite file, driven by RunTracker."""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Connection, select

from custom_components.odin.farm.runs import (
    EndRun,
    ErrorClear,
    ErrorOnset,
    OpenRunState,
    RunOp,
    RunTracker,
    StartRun,
    UpdateRun,
)
from custom_components.odin.printers.model import (
    ErrorSeverity,
    PrinterError,
    PrinterSnapshot,
    PrinterStatus,
    RunEvent,
    RunEventType as T,
    RunOutcome,
)
from custom_components.odin.store.db import Database, DatabaseError
from custom_components.odin.store.printers import (
    get_printer,
    list_printers,
    mark_printer_removed,
    upsert_printer,
)
from custom_components.odin.store.runs import (
    apply_ops,
    get_run,
    list_hms_events,
    list_runs,
    load_open_error_codes,
    load_open_runs,
    run_to_dict,
)
from custom_components.odin.store.schema import hms_events, runs

P = "printer-1"
T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
HMS = PrinterError("hms", "0C000100_00020017", ErrorSeverity.SERIOUS, "xcam", "Spaghetti?")


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def ev(kind: T, t: float, key: str | None = "job-1", **data: Any) -> RunEvent:
    return RunEvent(type=kind, ts=at(t), job_key=key, data=data)


def feed(tracker: RunTracker, *events: RunEvent) -> list[RunOp]:
    return [op for event in events for op in tracker.handle(event)]


def dump(conn: Connection) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    run_rows = [tuple(r) for r in conn.execute(select(runs).order_by(runs.c.id))]
    hms_rows = [tuple(r) for r in conn.execute(select(hms_events).order_by(hms_events.c.id))]
    return run_rows, hms_rows


async def _setup_printer(db: Database) -> None:
    await db.write(
        lambda conn: upsert_printer(conn, printer_id=P, brand="bambu", name="X1C", serial="00M")
    )


async def test_apply_same_ops_twice_same_rows(db: Database) -> None:
    await _setup_printer(db)
    tracker = RunTracker(P)
    ops = feed(
        tracker,
        ev(T.JOB_STARTED, 0, file_name="a.3mf", filament=[{"type": "PETG", "grams": 20}]),
        ev(T.JOB_PRINTING, 30),
        ev(T.ERROR_RAISED, 40, error=HMS),
        ev(T.JOB_PAUSED, 50),
        ev(T.ERROR_CLEARED, 60, error=HMS),
        ev(T.JOB_RESUMED, 100),
        ev(T.ERROR_RAISED, 200, error=HMS),
        ev(T.JOB_ENDED, 1000, outcome="failed", reason="spaghetti", error_code="0300_8003"),
        ev(T.JOB_STARTED, 1100, key="job-2"),
        ev(T.JOB_PAUSED, 1200, key="job-2"),
    )
    await db.write(lambda conn: apply_ops(conn, ops))
    first = await db.read(dump)
    await db.write(lambda conn: apply_ops(conn, ops))
    assert await db.read(dump) == first
    # and replaying any suffix (a partial retry) changes nothing either
    for cut in range(len(ops)):
        await db.write(lambda conn, cut=cut: apply_ops(conn, ops[cut:]))
    assert await db.read(dump) == first

    run_rows, hms_rows = first
    assert len(run_rows) == 2
    assert len(hms_rows) == 2  # two onsets (the first cleared), never re-inserted

    done = await db.read(lambda conn: get_run(conn, P, "job-1"))
    assert done is not None
    assert (done.outcome, done.failure_reason, done.failure_code) == (
        "failed",
        "spaghetti",
        "0300_8003",
    )
    assert done.first_layer_at == at(30)
    assert (done.paused_s, done.actual_s, done.paused_since) == (50.0, 950.0, None)
    assert done.filament == [{"type": "PETG", "grams": 20}]
    assert done.updated_at == at(1000)
    assert done.started_at.tzinfo is UTC

    events = await db.read(lambda conn: list_hms_events(conn, P))
    assert [(e.first_seen, e.cleared_at, e.run_id) for e in events] == [
        (at(200), None, done.id),
        (at(40), at(60), done.id),
    ]
    assert (events[0].severity, events[0].module, events[0].source) == ("serious", "xcam", "hms")


async def test_restart_mid_print_one_run(db: Database) -> None:
    await _setup_printer(db)
    tracker = RunTracker(P)
    ops = feed(tracker, ev(T.JOB_STARTED, 0), ev(T.JOB_PRINTING, 60))
    await db.write(lambda conn: apply_ops(conn, ops))

    # HA restarts: state comes from the DB
    state = (await db.read(load_open_runs))[P]
    assert state == OpenRunState("job-1", at(0), 0.0, None, at(60))
    tracker = RunTracker(P, state)
    ops = feed(
        tracker,
        ev(T.JOB_STARTED, 500, reattached=True),
        ev(T.JOB_ENDED, 900, outcome="success"),
    )
    await db.write(lambda conn: apply_ops(conn, ops))
    rows = await db.read(list_runs)
    assert len(rows) == 1
    assert (rows[0].outcome, rows[0].actual_s) == ("success", 900.0)
    assert await db.read(load_open_runs) == {}


async def test_restart_mid_pause_exact(db: Database) -> None:
    await _setup_printer(db)
    tracker = RunTracker(P)
    ops = feed(tracker, ev(T.JOB_STARTED, 0), ev(T.JOB_PAUSED, 100), ev(T.JOB_RESUMED, 150))
    ops += feed(tracker, ev(T.JOB_PAUSED, 300))
    await db.write(lambda conn: apply_ops(conn, ops))

    state = (await db.read(load_open_runs))[P]
    assert (state.paused_s, state.paused_since) == (50.0, at(300))
    tracker = RunTracker(P, state)
    ops = feed(tracker, ev(T.JOB_STARTED, 1000), ev(T.JOB_PAUSED, 1000))
    ops += tracker.observe(PrinterSnapshot(PrinterStatus.PRINTING, True, job_key="job-1"), at(1200))
    ops += feed(tracker, ev(T.JOB_ENDED, 1500, outcome="success"))
    await db.write(lambda conn: apply_ops(conn, ops))
    (row,) = await db.read(list_runs)
    assert row.paused_s == 50.0 + 900.0
    assert row.actual_s == 1500.0 - 950.0


async def test_end_run_only_once(db: Database) -> None:
    await _setup_printer(db)
    start = StartRun(P, "k", at(0))
    first_end = EndRun(P, "k", at(10), RunOutcome.CANCELLED, "stop_ack", actual_s=10.0)
    late_end = EndRun(P, "k", at(99), RunOutcome.FAILED, "state", actual_s=99.0)
    late_update = UpdateRun(P, "k", {"paused_since": at(50)}, at(50))
    await db.write(lambda conn: apply_ops(conn, [start, first_end, late_end, late_update]))
    row = await db.read(lambda conn: get_run(conn, P, "k"))
    assert row is not None
    assert (row.outcome, row.ended_at, row.paused_since, row.outcome_source) == (
        "cancelled",
        at(10),
        None,
        "stop_ack",
    )


async def test_update_run_rejects_unknown_field(db: Database) -> None:
    await _setup_printer(db)
    with pytest.raises(ValueError, match="outcome"):
        await db.write(
            lambda conn: apply_ops(
                conn, [StartRun(P, "k", at(0)), UpdateRun(P, "k", {"outcome": "x"}, at(1))]
            )
        )
    assert await db.read(list_runs) == []  # whole list rolled back


async def test_error_onset_noop_while_open_and_clear(db: Database) -> None:
    await _setup_printer(db)
    ops: list[RunOp] = [
        ErrorOnset(P, None, HMS, at(0)),
        ErrorOnset(P, None, HMS, at(5)),  # still open: no-op
        ErrorOnset(P, "no-such-job", PrinterError("print_error", "0300_8003"), at(6)),
    ]
    await db.write(lambda conn: apply_ops(conn, ops))
    assert await db.read(load_open_error_codes) == {P: {HMS.code, "0300_8003"}}
    await db.write(lambda conn: apply_ops(conn, [ErrorClear(P, HMS.code, at(9))]))
    events = await db.read(lambda conn: list_hms_events(conn, open_only=True))
    assert [(e.code, e.run_id) for e in events] == [("0300_8003", None)]
    # a clear of an unknown code is harmless
    await db.write(lambda conn: apply_ops(conn, [ErrorClear(P, "nope", at(10))]))


async def test_ops_for_unknown_printer_create_placeholder(db: Database) -> None:
    await db.write(lambda conn: apply_ops(conn, [StartRun("new", "k", at(0))]))
    printer = await db.read(lambda conn: get_printer(conn, "new"))
    assert printer is not None
    assert (printer.brand, printer.created_at) == ("unknown", at(0))
    await db.write(
        lambda conn: upsert_printer(conn, printer_id="new", brand="moonraker", name="Voron")
    )
    printer = await db.read(lambda conn: get_printer(conn, "new"))
    assert printer is not None
    assert (printer.brand, printer.name, printer.created_at) == ("moonraker", "Voron", at(0))


async def test_printer_upsert_remove_readd(db: Database) -> None:
    await db.write(
        lambda conn: upsert_printer(
            conn,
            printer_id=P,
            brand="bambu",
            name="X1C",
            model="X1 Carbon",
            model_code="BL-P001",
            serial="00M",
            bed_x_mm=256,
            bed_y_mm=256,
            bed_z_mm=256,
            nozzle_mm=0.4,
            ts=at(0),
        )
    )
    await db.write(lambda conn: upsert_printer(conn, printer_id=P, brand="bambu", name="Renamed"))
    printer = await db.read(lambda conn: get_printer(conn, P))
    assert printer is not None
    assert (printer.name, printer.model_code, printer.bed_x_mm, printer.created_at) == (
        "Renamed",
        "BL-P001",
        256.0,
        at(0),
    )
    await db.write(lambda conn: apply_ops(conn, [StartRun(P, "k", at(1))]))
    await db.write(lambda conn: mark_printer_removed(conn, P, at(100)))
    await db.write(lambda conn: mark_printer_removed(conn, P, at(200)))  # keeps the first
    assert await db.read(list_printers) == []
    (removed,) = await db.read(lambda conn: list_printers(conn, include_removed=True))
    assert removed.removed_at == at(100)
    assert len(await db.read(list_runs)) == 1  # history kept
    await db.write(lambda conn: upsert_printer(conn, printer_id=P, brand="bambu"))
    printer = await db.read(lambda conn: get_printer(conn, P))
    assert printer is not None
    assert printer.removed_at is None


async def test_list_runs_filters_and_order(db: Database) -> None:
    ops: list[RunOp] = [StartRun(P, f"k{n}", at(n)) for n in range(5)]
    ops += [StartRun("other", "k0", at(10)), EndRun(P, "k1", at(2), RunOutcome.SUCCESS, "x")]
    await db.write(lambda conn: apply_ops(conn, ops))
    assert [r.job_key for r in await db.read(lambda conn: list_runs(conn, P, limit=3))] == [
        "k4",
        "k3",
        "k2",
    ]
    assert len(await db.read(lambda conn: list_runs(conn, open_only=True))) == 5
    assert [r.printer_id for r in await db.read(lambda conn: list_runs(conn, limit=1))] == ["other"]
    record = (await db.read(lambda conn: list_runs(conn, P, 1)))[0]
    as_dict = run_to_dict(record)
    assert as_dict["started_at"] == at(4).isoformat()
    assert set(as_dict) == set(asdict(record))


async def test_naive_datetime_rejected(db: Database) -> None:
    with pytest.raises(DatabaseError, match="naive"):
        await db.write(lambda conn: apply_ops(conn, [StartRun(P, "k", datetime(2025, 1, 1))]))


async def test_job_seen_terminal_twice_is_one_run_closed_once(db: Database) -> None:
    """A job recorded after the fact (ended while HA was away), seen again on the next
    reconnect or history replay: one row, and only the first write reports it closed."""
    await _setup_printer(db)
    ended = ev(T.JOB_ENDED, 600, "job-9", outcome="success", reattached=True, started_at=at(100))
    first = await db.write(lambda conn: apply_ops(conn, RunTracker(P).handle(ended)))
    again = await db.write(lambda conn: apply_ops(conn, RunTracker(P).handle(ended)))
    assert (first, again) == (["job-9"], [])
    rows = await db.read(lambda conn: list_runs(conn))
    assert [(r.job_key, r.outcome, r.started_at, r.ended_at) for r in rows] == [
        ("job-9", "success", at(100), at(600))
    ]
