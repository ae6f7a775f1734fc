"""RunTracker: hand-built event sequences → run operations (pure, no DB)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

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

P = "printer-1"
T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def ev(kind: T, t: float, key: str | None = "job-1", **data: Any) -> RunEvent:
    return RunEvent(type=kind, ts=at(t), job_key=key, data=data)


def snap(
    status: PrinterStatus, key: str | None = None, *, online: bool = True, **kw: Any
) -> PrinterSnapshot:
    return PrinterSnapshot(status=status, online=online, job_key=key, **kw)


def feed(tracker: RunTracker, *events: RunEvent) -> list[RunOp]:
    ops: list[RunOp] = []
    for event in events:
        ops.extend(tracker.handle(event))
    return ops


def ends(ops: list[RunOp]) -> list[EndRun]:
    return [op for op in ops if isinstance(op, EndRun)]


def starts(ops: list[RunOp]) -> list[StartRun]:
    return [op for op in ops if isinstance(op, StartRun)]


HMS = PrinterError("hms", "0C000100_00020017", ErrorSeverity.SERIOUS, "xcam", "Spaghetti?")


def test_success_run() -> None:
    tracker = RunTracker(P)
    ops = feed(
        tracker,
        ev(
            T.JOB_STARTED,
            0,
            file_name="benchy.3mf",
            job_name="Benchy",
            slicer_estimate_s=3000,
            printer_estimate_s="3100",
            total_layers=120,
            filament=[{"type": "PLA", "grams": 12.5}],
        ),
        ev(T.JOB_PRINTING, 90),
        ev(T.JOB_PRINTING, 95),  # first layer only once
        ev(T.JOB_ENDED, 3200, outcome="success", reason="ignored", source="state"),
    )
    assert ops == [
        StartRun(
            P,
            "job-1",
            at(0),
            "benchy.3mf",
            "Benchy",
            3000.0,
            3100.0,
            120,
            [{"type": "PLA", "grams": 12.5}],
        ),
        UpdateRun(P, "job-1", {"first_layer_at": at(90)}, at(90)),
        EndRun(P, "job-1", at(3200), RunOutcome.SUCCESS, "state", None, None, 3200.0, 0.0),
    ]
    assert tracker.open_run is None


def test_failed_with_reason_and_code() -> None:
    tracker = RunTracker(P)
    ops = feed(
        tracker,
        ev(T.JOB_STARTED, 0),
        ev(
            T.JOB_ENDED,
            600,
            outcome="failed",
            reason="Spaghetti detected",
            error_code="0300_8003",
            source="print_error",
        ),
    )
    (end,) = ends(ops)
    assert end.outcome is RunOutcome.FAILED
    assert (end.failure_reason, end.failure_code, end.outcome_source) == (
        "Spaghetti detected",
        "0300_8003",
        "print_error",
    )
    assert end.actual_s == 600.0


def test_cancelled_is_not_failed() -> None:
    tracker = RunTracker(P)
    ops = feed(
        tracker,
        ev(T.JOB_STARTED, 0),
        ev(T.JOB_ENDED, 100, outcome="cancelled", error_code="0300_400C", source="stop_ack"),
    )
    (end,) = ends(ops)
    assert end.outcome is RunOutcome.CANCELLED
    assert end.outcome is not RunOutcome.FAILED
    assert end.failure_code == "0300_400C"


def test_unknown_outcome_value_recorded_as_unknown() -> None:
    tracker = RunTracker(P)
    (end,) = ends(feed(tracker, ev(T.JOB_STARTED, 0), ev(T.JOB_ENDED, 5, outcome="weird")))
    assert end.outcome is RunOutcome.UNKNOWN
    assert end.outcome_source == "event"


def test_pauses_excluded_from_actual() -> None:
    tracker = RunTracker(P)
    ops = feed(
        tracker,
        ev(T.JOB_STARTED, 0),
        ev(T.JOB_PAUSED, 100, reason="user"),
        ev(T.JOB_PAUSED, 150),  # duplicate: pause keeps its start
        ev(T.JOB_RESUMED, 400),
        ev(T.JOB_RESUMED, 410),  # duplicate: no-op
        ev(T.JOB_PAUSED, 1000),
        ev(T.JOB_RESUMED, 1100),
        ev(T.JOB_ENDED, 2000, outcome="success"),
    )
    updates = [op for op in ops if isinstance(op, UpdateRun)]
    assert [u.fields for u in updates] == [
        {"paused_since": at(100)},
        {"paused_s": 300.0, "paused_since": None},
        {"paused_since": at(1000)},
        {"paused_s": 400.0, "paused_since": None},
    ]
    (end,) = ends(ops)
    assert end.paused_s == 400.0
    assert end.actual_s == 1600.0


def test_open_pause_counted_up_to_end() -> None:
    tracker = RunTracker(P)
    ops = feed(
        tracker,
        ev(T.JOB_STARTED, 0),
        ev(T.JOB_PAUSED, 500),
        ev(T.JOB_ENDED, 800, outcome="cancelled"),
    )
    (end,) = ends(ops)
    assert (end.paused_s, end.actual_s) == (300.0, 500.0)


def test_restart_mid_print_reattaches_one_run() -> None:
    first = RunTracker(P)
    feed(first, ev(T.JOB_STARTED, 0), ev(T.JOB_PRINTING, 60))
    state = first.open_run
    assert state == OpenRunState("job-1", at(0), first_layer_at=at(60))

    restarted = RunTracker(P, state)
    ops = feed(
        restarted,
        ev(T.JOB_STARTED, 900, reattached=True),  # post-reconnect: same job
        ev(T.JOB_PRINTING, 905),  # first layer already known
        ev(T.JOB_ENDED, 1200, outcome="success"),
    )
    assert starts(ops) == []
    (end,) = ends(ops)
    assert end.actual_s == 1200.0  # measured from the real start


def test_restart_mid_pause_is_exact() -> None:
    first = RunTracker(P)
    feed(first, ev(T.JOB_STARTED, 0), ev(T.JOB_PAUSED, 100))
    state = first.open_run
    assert state is not None
    assert state.paused_since == at(100)

    restarted = RunTracker(P, state)
    # reconnect while still paused: job_started (re-attach) then job_paused
    ops = feed(restarted, ev(T.JOB_STARTED, 700, reattached=True), ev(T.JOB_PAUSED, 700))
    assert starts(ops) == []
    ops = feed(restarted, ev(T.JOB_RESUMED, 1000), ev(T.JOB_ENDED, 1500, outcome="success"))
    (end,) = ends(ops)
    assert end.paused_s == 900.0  # 100 → 1000, across the restart
    assert end.actual_s == 600.0


def test_restart_mid_pause_printer_paused_snapshot_only() -> None:
    """Re-attach closes the pause; a paused snapshot reopens it at once (no time lost)."""
    tracker = RunTracker(P, OpenRunState("job-1", at(0), paused_since=at(100)))
    feed(tracker, ev(T.JOB_STARTED, 700))
    tracker.observe(snap(PrinterStatus.PAUSED, "job-1"), at(700))
    ops = feed(tracker, ev(T.JOB_ENDED, 1000, outcome="cancelled"))
    (end,) = ends(ops)
    assert end.paused_s == 900.0


def test_restart_paused_then_printing_snapshot_closes_pause() -> None:
    tracker = RunTracker(P, OpenRunState("job-1", at(0), paused_since=at(100)))
    ops = tracker.observe(snap(PrinterStatus.PRINTING, "job-1"), at(400))
    assert ops == [UpdateRun(P, "job-1", {"paused_s": 300.0, "paused_since": None}, at(400))]
    assert tracker.observe(snap(PrinterStatus.PRINTING, "job-1"), at(500)) == []


def test_duplicate_job_started_no_duplicate_run() -> None:
    tracker = RunTracker(P)
    ops = feed(tracker, ev(T.JOB_STARTED, 0), ev(T.JOB_STARTED, 5), ev(T.JOB_STARTED, 9))
    assert len(starts(ops)) == 1
    assert ends(ops) == []


def test_stale_job_ended_ignored() -> None:
    tracker = RunTracker(P)
    feed(tracker, ev(T.JOB_STARTED, 0), ev(T.JOB_ENDED, 100, outcome="success"))
    # post-reconnect pushall still shows the finished job
    assert feed(tracker, ev(T.JOB_ENDED, 500, outcome="success")) == []
    # an end for some other job while a new one runs
    feed(tracker, ev(T.JOB_STARTED, 600, key="job-2"))
    assert feed(tracker, ev(T.JOB_ENDED, 700, key="job-1", outcome="failed")) == []
    assert feed(tracker, ev(T.JOB_ENDED, 700, key=None, outcome="failed")) == []
    assert tracker.open_run is not None
    assert tracker.open_run.job_key == "job-2"


def test_superseded_run_ends_unknown() -> None:
    tracker = RunTracker(P)
    ops = feed(
        tracker,
        ev(T.JOB_STARTED, 0),
        ev(T.JOB_PAUSED, 50),
        ev(T.JOB_STARTED, 200, key="job-2", file_name="next.gcode"),
    )
    (end,) = ends(ops)
    assert (end.job_key, end.outcome, end.outcome_source) == (
        "job-1",
        RunOutcome.UNKNOWN,
        "superseded",
    )
    assert (end.paused_s, end.actual_s) == (150.0, 50.0)
    (_, new) = starts(ops)
    assert (new.job_key, new.file_name, new.started_at) == ("job-2", "next.gcode", at(200))
    assert ops.index(end) < ops.index(new)


def test_job_started_without_key_ignored() -> None:
    tracker = RunTracker(P)
    assert feed(tracker, ev(T.JOB_STARTED, 0, key=None)) == []
    assert tracker.open_run is None


def test_events_for_other_job_ignored() -> None:
    tracker = RunTracker(P)
    feed(tracker, ev(T.JOB_STARTED, 0))
    assert feed(tracker, ev(T.JOB_PAUSED, 5, key="x"), ev(T.JOB_PRINTING, 6, key="x")) == []
    assert feed(tracker, ev(T.PRINTER_OFFLINE, 7), ev(T.PRINTER_ONLINE, 8)) == []


def test_observe_idle_reconciles_unknown() -> None:
    tracker = RunTracker(P)
    feed(tracker, ev(T.JOB_STARTED, 0))
    assert tracker.observe(snap(PrinterStatus.PRINTING, "job-1"), at(10)) == []
    ops = tracker.observe(snap(PrinterStatus.IDLE), at(500))
    (end,) = ends(ops)
    assert (end.outcome, end.outcome_source, end.ended_at) == (
        RunOutcome.UNKNOWN,
        "reconciled",
        at(500),
    )
    assert tracker.open_run is None
    # the late job_ended is then ignored (no double end)
    assert feed(tracker, ev(T.JOB_ENDED, 501, outcome="cancelled")) == []


def test_observe_other_job_terminal_reconciles_unknown() -> None:
    tracker = RunTracker(P, OpenRunState("job-1", at(0)))
    ops = tracker.observe(snap(PrinterStatus.FINISHED, "job-9"), at(50))
    (end,) = ends(ops)
    assert (end.job_key, end.outcome) == ("job-1", RunOutcome.UNKNOWN)


def test_observe_offline_never_ends() -> None:
    tracker = RunTracker(P, OpenRunState("job-1", at(0)))
    assert tracker.observe(snap(PrinterStatus.OFFLINE), at(10)) == []
    assert tracker.observe(snap(PrinterStatus.IDLE, online=False), at(20)) == []
    assert tracker.observe(snap(PrinterStatus.OFFLINE, online=True), at(30)) == []
    assert tracker.open_run is not None


def test_observe_other_active_job_or_busy_waits() -> None:
    tracker = RunTracker(P, OpenRunState("job-1", at(0)))
    assert tracker.observe(snap(PrinterStatus.PRINTING, "job-2"), at(10)) == []
    assert tracker.observe(snap(PrinterStatus.PRINTING, None), at(11)) == []
    assert tracker.observe(snap(PrinterStatus.BUSY, None), at(12)) == []
    assert tracker.open_run is not None


def test_observe_own_terminal_waits_for_event() -> None:
    """FINISHED/FAILED of our job: the client's job_ended decides (cancel hold)."""
    tracker = RunTracker(P)
    feed(tracker, ev(T.JOB_STARTED, 0))
    assert tracker.observe(snap(PrinterStatus.FAILED, "job-1"), at(100)) == []
    assert tracker.observe(snap(PrinterStatus.FAILED, "job-1", print_error=1), at(104)) == []
    ops = feed(tracker, ev(T.JOB_ENDED, 104, outcome="cancelled", source="print_error"))
    (end,) = ends(ops)
    assert end.outcome is RunOutcome.CANCELLED


def test_observe_own_terminal_after_grace() -> None:
    tracker = RunTracker(P, OpenRunState("job-1", at(0)), terminal_grace_s=60)
    assert tracker.observe(snap(PrinterStatus.FINISHED, "job-1"), at(100)) == []
    assert tracker.observe(snap(PrinterStatus.FINISHED, "job-1", bed_temp=50), at(130)) == []
    ops = tracker.observe(snap(PrinterStatus.FINISHED, "job-1", bed_temp=40), at(170))
    (end,) = ends(ops)
    assert (end.outcome, end.outcome_source, end.ended_at) == (
        RunOutcome.SUCCESS,
        "reconciled",
        at(100),
    )


def test_observe_own_terminal_grace_restarts_on_status_change() -> None:
    tracker = RunTracker(P, OpenRunState("job-1", at(0)), terminal_grace_s=60)
    tracker.observe(snap(PrinterStatus.FAILED, "job-1"), at(100))
    tracker.observe(snap(PrinterStatus.OFFLINE), at(120))
    # status changed (cancel decided) → grace restarts
    assert tracker.observe(snap(PrinterStatus.CANCELLED, "job-1"), at(170)) == []
    (end,) = ends(tracker.observe(snap(PrinterStatus.CANCELLED, "job-1"), at(230)))
    assert end.outcome is RunOutcome.CANCELLED


def test_observe_pause_follows_snapshot() -> None:
    tracker = RunTracker(P)
    feed(tracker, ev(T.JOB_STARTED, 0))
    assert tracker.observe(snap(PrinterStatus.PAUSED, "job-1"), at(100)) == [
        UpdateRun(P, "job-1", {"paused_since": at(100)}, at(100))
    ]
    # the event arriving later is a no-op
    assert feed(tracker, ev(T.JOB_PAUSED, 101)) == []
    ops = feed(tracker, ev(T.JOB_RESUMED, 160))
    assert ops == [UpdateRun(P, "job-1", {"paused_s": 60.0, "paused_since": None}, at(160))]


def test_error_onset_and_clear_once() -> None:
    tracker = RunTracker(P)
    feed(tracker, ev(T.JOB_STARTED, 0))
    ops = feed(
        tracker,
        ev(T.ERROR_RAISED, 10, error=HMS),
        ev(T.ERROR_RAISED, 11, error=HMS),
        ev(T.ERROR_CLEARED, 20, error=HMS),
        ev(T.ERROR_CLEARED, 21, error=HMS),
    )
    assert ops == [ErrorOnset(P, "job-1", HMS, at(10)), ErrorClear(P, HMS.code, at(20))]
    # a new onset after the clear is a new row
    ops = feed(tracker, ev(T.ERROR_RAISED, 30, key=None, error=HMS))
    assert ops == [ErrorOnset(P, "job-1", HMS, at(30))]


def test_error_without_run_and_bad_payload() -> None:
    tracker = RunTracker(P)
    assert feed(tracker, ev(T.ERROR_RAISED, 1, key=None, error=HMS)) == [
        ErrorOnset(P, None, HMS, at(1))
    ]
    assert feed(tracker, ev(T.ERROR_RAISED, 2, error="not an error")) == []
    assert feed(tracker, ev(T.ERROR_CLEARED, 3)) == []


def test_error_clear_after_restart_reaches_db() -> None:
    tracker = RunTracker(P, open_error_codes={HMS.code})
    assert feed(tracker, ev(T.ERROR_RAISED, 1, error=HMS)) == []  # still open in the DB
    assert feed(tracker, ev(T.ERROR_CLEARED, 2, error=HMS)) == [ErrorClear(P, HMS.code, at(2))]
    other = PrinterError("print_error", "0300_8003")
    # unknown to this tracker (e.g. open in the DB from before): the clear still goes out
    assert feed(tracker, ev(T.ERROR_CLEARED, 3, error=other)) == [ErrorClear(P, other.code, at(3))]


def test_observe_clears_vanished_errors() -> None:
    tracker = RunTracker(P, open_error_codes={HMS.code, "0300_8003"})
    ops = tracker.observe(snap(PrinterStatus.IDLE, errors=(HMS,)), at(5))
    assert ops == [ErrorClear(P, "0300_8003", at(5))]
    assert tracker.active_error_codes == {HMS.code}
    assert tracker.observe(snap(PrinterStatus.OFFLINE), at(6)) == []  # offline: keep
    assert tracker.observe(snap(PrinterStatus.IDLE), at(7)) == [ErrorClear(P, HMS.code, at(7))]


@pytest.mark.parametrize(
    ("outcome", "expected"),
    [
        ("success", RunOutcome.SUCCESS),
        ("failed", RunOutcome.FAILED),
        ("cancelled", RunOutcome.CANCELLED),
        ("unknown", RunOutcome.UNKNOWN),
        (RunOutcome.CANCELLED, RunOutcome.CANCELLED),
    ],
)
def test_outcome_values(outcome: Any, expected: RunOutcome) -> None:
    tracker = RunTracker(P)
    (end,) = ends(feed(tracker, ev(T.JOB_STARTED, 0), ev(T.JOB_ENDED, 1, outcome=outcome)))
    assert end.outcome is expected


def test_printer_estimate_from_first_layer_never_overwrites() -> None:
    tracker = RunTracker(P)
    feed(tracker, ev(T.JOB_STARTED, 0))
    ops = feed(tracker, ev(T.JOB_PRINTING, 60, layer=1, printer_estimate_s=3600))
    assert ops == [
        UpdateRun(P, "job-1", {"first_layer_at": at(60), "printer_estimate_s": 3600.0}, at(60))
    ]
    tracker = RunTracker(P)
    feed(tracker, ev(T.JOB_STARTED, 0, printer_estimate_s=3000))
    ops = feed(tracker, ev(T.JOB_PRINTING, 60, printer_estimate_s=3600))
    assert ops == [UpdateRun(P, "job-1", {"first_layer_at": at(60)}, at(60))]
    # after a restart the tracker cannot know: it leaves the stored estimate alone
    tracker = RunTracker(P, OpenRunState("job-1", at(0)))
    ops = feed(tracker, ev(T.JOB_PRINTING, 60, printer_estimate_s=3600))
    assert ops == [UpdateRun(P, "job-1", {"first_layer_at": at(60)}, at(60))]


def test_job_first_seen_terminal_is_recorded_from_the_report() -> None:
    """A job that started and ended while HA was away: one run with the printer's outcome,
    start, names and printing time."""
    tracker = RunTracker(P)
    ops = tracker.handle(
        ev(
            T.JOB_ENDED,
            600,
            "job-9",
            outcome="failed",
            reason="Heater failed",
            error_code="heater_failed",
            reattached=True,
            started_at=at(100),
            job_name="bracket",
            file_name="bracket.bgcode",
            print_s=420.0,
        )
    )
    assert [type(op) for op in ops] == [StartRun, EndRun]
    start, end = ops
    assert isinstance(start, StartRun) and isinstance(end, EndRun)
    assert (start.job_key, start.started_at, start.job_name, start.file_name) == (
        "job-9",
        at(100),
        "bracket",
        "bracket.bgcode",
    )
    assert (end.outcome, end.failure_reason, end.failure_code) == (
        RunOutcome.FAILED,
        "Heater failed",
        "heater_failed",
    )
    assert end.ended_at == at(600)
    assert end.actual_s == 420.0
    assert end.outcome_source == "after_the_fact"
    assert tracker.open_run is None


def test_job_first_seen_terminal_without_start_uses_first_sight() -> None:
    tracker = RunTracker(P)
    ops = tracker.handle(ev(T.JOB_ENDED, 50, "job-9", outcome="success", reattached=True))
    start, end = ops
    assert isinstance(start, StartRun) and isinstance(end, EndRun)
    assert start.started_at == at(50) and end.outcome is RunOutcome.SUCCESS
    assert end.actual_s is None  # no start reported: no duration invented


def test_live_job_ended_for_unknown_job_still_ignored() -> None:
    """Only ends seen right after a (re)connect are history to record."""
    tracker = RunTracker(P)
    assert tracker.handle(ev(T.JOB_ENDED, 50, "job-9", outcome="success")) == []


def test_history_older_than_the_open_run_is_left_alone() -> None:
    tracker = RunTracker(P)
    feed(tracker, ev(T.JOB_STARTED, 100, "job-2"))
    old = ev(T.JOB_ENDED, 90, "job-1", outcome="success", reattached=True, started_at=at(10))
    assert tracker.handle(old) == []
    assert tracker.open_run is not None and tracker.open_run.job_key == "job-2"


def test_newer_job_ended_while_away_supersedes_the_open_run() -> None:
    tracker = RunTracker(P)
    feed(tracker, ev(T.JOB_STARTED, 100, "job-1"))
    newer = ev(T.JOB_ENDED, 900, "job-2", outcome="success", reattached=True, started_at=at(500))
    ops = tracker.handle(newer)
    assert [type(op) for op in ops] == [EndRun, StartRun, EndRun]
    first = ops[0]
    assert isinstance(first, EndRun)
    assert (first.job_key, first.outcome, first.outcome_source) == (
        "job-1",
        RunOutcome.UNKNOWN,
        "superseded",
    )
    assert tracker.open_run is None


def test_a_job_that_ended_does_not_start_again() -> None:
    """A client re-sync naming the last (ended) job as started opens no second run."""
    tracker = RunTracker(P)
    feed(tracker, ev(T.JOB_STARTED, 0, "job-2"), ev(T.JOB_ENDED, 10, "job-2", outcome="failed"))
    assert tracker.is_closed("job-2")
    assert tracker.handle(ev(T.JOB_STARTED, 20, "job-2")) == []
    assert tracker.open_run is None
    assert RunTracker(P, closed_keys=["job-7"]).handle(ev(T.JOB_STARTED, 0, "job-7")) == []


def test_pause_across_an_outage_counts_the_printers_own_time() -> None:
    """Paused at 10, HA (or Moonraker) away, the printer resumed at 17 unseen; back at 22:
    the wall time says 12 s paused, the printer measured 7 (total_s - print_s)."""
    tracker = RunTracker(P)
    feed(tracker, ev(T.JOB_STARTED, 0), ev(T.JOB_PAUSED, 10))
    ops = feed(tracker, ev(T.JOB_STARTED, 22, reattached=True))  # re-attach closes the pause
    assert tracker.open_run is not None
    assert tracker.open_run.paused_s == 12.0
    (end,) = ends(feed(tracker, ev(T.JOB_ENDED, 100, outcome="success", print_s=93, total_s=100)))
    assert (end.paused_s, end.actual_s) == (7.0, 93.0)
    assert not ends(ops)


def test_reported_durations_never_add_pauses_we_did_not_see() -> None:
    """Klipper's print_duration leaves out the heating before the first extrusion: that is
    no pause (preparation counts as printing time)."""
    tracker = RunTracker(P)
    feed(tracker, ev(T.JOB_STARTED, 0))
    (end,) = ends(feed(tracker, ev(T.JOB_ENDED, 100, outcome="success", print_s=80, total_s=100)))
    assert (end.paused_s, end.actual_s) == (0.0, 100.0)


@pytest.mark.parametrize(
    "figures",
    [
        {"print_s": 120, "total_s": 100},  # printing longer than the job existed
        {"print_s": 10, "total_s": 500},  # a job longer than our run (another print's counters)
        {"print_s": 10},  # no total
        {"print_s": "x", "total_s": 100},
    ],
)
def test_implausible_reported_durations_are_ignored(figures: dict[str, Any]) -> None:
    tracker = RunTracker(P)
    feed(tracker, ev(T.JOB_STARTED, 0), ev(T.JOB_PAUSED, 10), ev(T.JOB_RESUMED, 40))
    (end,) = ends(feed(tracker, ev(T.JOB_ENDED, 100, outcome="success", **figures)))
    assert (end.paused_s, end.actual_s) == (30.0, 70.0)


def test_error_that_ends_a_run_is_linked_to_it() -> None:
    """The client reports job_ended, then the error of the same update naming the job."""
    klipper = PrinterError("klipper", "move_out_of_range", ErrorSeverity.SERIOUS, "print", "x")
    tracker = RunTracker(P)
    feed(tracker, ev(T.JOB_STARTED, 0))
    ops = feed(
        tracker,
        ev(T.JOB_ENDED, 50, outcome="failed", reason="Move out of range"),
        ev(T.ERROR_RAISED, 50, error=klipper),
    )
    onsets = [op for op in ops if isinstance(op, ErrorOnset)]
    assert [o.job_key for o in onsets] == ["job-1"]
    # a key that is no run of ours is not linked
    other = PrinterError("klipper", "mcu_shutdown", ErrorSeverity.FATAL, "klippy", "y")
    ops = feed(tracker, ev(T.ERROR_RAISED, 60, key="job-9", error=other))
    assert [op.job_key for op in ops if isinstance(op, ErrorOnset)] == [None]


def test_which_events_are_news() -> None:
    """Replays, re-syncs of ended jobs and old after-the-fact ends are stored, not announced."""
    tracker = RunTracker(P)
    start = ev(T.JOB_STARTED, 0, "job-1")
    assert tracker.is_news(start, tracker.handle(start), at(1))
    end = ev(T.JOB_ENDED, 10, "job-1", outcome="success")
    assert tracker.is_news(end, tracker.handle(end), at(11))
    replay = ev(T.JOB_ENDED, 10, "job-1", outcome="success", reattached=True)
    assert not tracker.is_news(replay, tracker.handle(replay), at(20))
    resync = ev(T.JOB_STARTED, 30, "job-1")
    assert not tracker.is_news(resync, tracker.handle(resync), at(31))
    old = ev(T.JOB_ENDED, 40, "job-9", outcome="failed", reattached=True, started_at=at(35))
    ops = tracker.handle(old)
    assert ops  # recorded ...
    assert not tracker.is_news(old, ops, at(40) + timedelta(hours=7))  # ... but not news
