"""Pure ingest tests for PrusaLinkState: status mapping, job lifecycle, events (no network)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from custom_components.odin.printers.model import (
    ErrorSeverity,
    PauseReason,
    PrinterSnapshot,
    PrinterStatus,
    RunEvent,
    RunEventType,
    RunOutcome,
)
from custom_components.odin.printers.prusalink import (
    JobDetails,
    PrusaLinkConfig,
    PrusaLinkState,
    build_info,
    error_code,
    identify_model,
    job_name_of,
    map_status,
    parse_duration,
)

SERIAL = "CZPX4720X004XC34242"
T0 = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)


def status(
    state: str,
    job_id: int | None = None,
    *,
    progress: float | None = None,
    remaining: int | None = None,
    printing: int | None = None,
    message: str | None = None,
) -> dict[str, Any]:
    printer: dict[str, Any] = {
        "state": state,
        "temp_nozzle": 214.9 if state == "PRINTING" else 25.0,
        "target_nozzle": 215.0 if state == "PRINTING" else 0.0,
        "temp_bed": 59.6,
        "target_bed": 60.0,
    }
    if message is not None:
        printer["status_printer"] = {"ok": False, "message": message}
    out: dict[str, Any] = {"printer": printer}
    if job_id is not None:
        job: dict[str, Any] = {"id": job_id}
        for key, value in (
            ("progress", progress),
            ("time_remaining", remaining),
            ("time_printing", printing),
        ):
            if value is not None:
                job[key] = value
        out["job"] = job
    return out


def job_answer(
    job_id: int,
    state: str = "PRINTING",
    *,
    name: str = "bracket_0.2mm_PLA_MK4S_1h2m.bgcode",
    estimate: int | None = 3720,
    meta: dict[str, Any] | None = None,
) -> dict[str, Any]:
    file_meta: dict[str, Any] = {"filament_type": "PLA", "filament used [g]": 12.5}
    if estimate is not None:
        file_meta["estimated_print_time"] = estimate
    if meta:
        file_meta.update(meta)
    return {
        "id": job_id,
        "state": state,
        "progress": 0.0,
        "time_printing": 0,
        "file": {
            "name": "BRACKE~1.BGC",
            "display_name": name,
            "path": "/usb",
            "m_timestamp": 1_700_000_000,
            "meta": file_meta,
        },
    }


class Feed:
    """Drives a PrusaLinkState like the client does (reads /api/v1/job when it asks)."""

    def __init__(self, state: PrusaLinkState | None = None) -> None:
        self.state = state or PrusaLinkState(SERIAL)
        self.events: list[RunEvent] = []
        self.snapshots: list[PrinterSnapshot] = []
        self.job: dict[str, Any] | None = None  # what /api/v1/job answers (None: 204)
        self.job_reads = 0
        self.t = 0.0

    def poll(
        self, answer: dict[str, Any], dt: float = 2.0
    ) -> tuple[PrinterSnapshot | None, list[RunEvent]]:
        self.t += dt
        fetched = self.state.wants_job(answer)
        if fetched:
            self.job_reads += 1
        snap, events = self.state.ingest(
            answer,
            self.job if fetched else None,
            T0 + timedelta(seconds=self.t),
            job_fetched=fetched,
        )
        self.events.extend(events)
        if snap is not None:
            self.snapshots.append(snap)
        return snap, events

    def lost(self) -> tuple[PrinterSnapshot | None, list[RunEvent]]:
        self.t += 1
        snap, events = self.state.connection_lost(T0 + timedelta(seconds=self.t))
        self.events.extend(events)
        if snap is not None:
            self.snapshots.append(snap)
        return snap, events

    def of(self, kind: RunEventType) -> list[RunEvent]:
        return [e for e in self.events if e.type is kind]

    @property
    def last(self) -> PrinterSnapshot:
        return self.state.snapshot


def types(events: list[RunEvent]) -> list[RunEventType]:
    return [e.type for e in events]


# ---------------------------------------------------------------------------- mapping


@pytest.mark.parametrize(
    ("state", "has_job", "expected", "reason"),
    [
        ("IDLE", False, PrinterStatus.IDLE, None),
        ("READY", False, PrinterStatus.IDLE, None),
        ("BUSY", False, PrinterStatus.BUSY, None),
        ("BUSY", True, PrinterStatus.BUSY, None),
        ("PRINTING", True, PrinterStatus.PRINTING, None),
        ("PAUSED", True, PrinterStatus.PAUSED, PauseReason.USER),
        ("ATTENTION", True, PrinterStatus.PAUSED, PauseReason.ATTENTION),
        ("ATTENTION", False, PrinterStatus.ERROR, None),
        ("FINISHED", True, PrinterStatus.FINISHED, None),
        ("FINISHED", False, PrinterStatus.FINISHED, None),
        ("STOPPED", True, PrinterStatus.CANCELLED, None),
        ("ERROR", True, PrinterStatus.FAILED, None),
        ("ERROR", False, PrinterStatus.ERROR, None),
        ("SOMETHING_NEW", False, PrinterStatus.BUSY, None),
        (None, False, PrinterStatus.BUSY, None),
    ],
)
def test_map_status_table(
    state: str | None, has_job: bool, expected: PrinterStatus, reason: PauseReason | None
) -> None:
    assert map_status(state, has_job=has_job) == (expected, reason)


@pytest.mark.parametrize(
    ("answer", "job", "expected", "pause_reason", "attention"),
    [
        (status("IDLE"), None, PrinterStatus.IDLE, None, False),
        (status("READY"), None, PrinterStatus.IDLE, None, False),
        (status("BUSY"), None, PrinterStatus.BUSY, None, False),
        (status("PRINTING", 5, progress=3.0), job_answer(5), PrinterStatus.PRINTING, None, False),
        (
            status("PAUSED", 5),
            job_answer(5, "PAUSED"),
            PrinterStatus.PAUSED,
            PauseReason.USER,
            False,
        ),
        (
            status("ATTENTION", 5, message="Filament runout"),
            job_answer(5, "PAUSED"),
            PrinterStatus.PAUSED,
            PauseReason.ATTENTION,
            True,
        ),
        (status("ATTENTION", message="Fan error"), None, PrinterStatus.ERROR, None, True),
        (status("FINISHED", 5), job_answer(5, "FINISHED"), PrinterStatus.FINISHED, None, False),
        (status("STOPPED", 5), job_answer(5, "STOPPED"), PrinterStatus.CANCELLED, None, False),
        (
            status("ERROR", 5, message="Heater failed"),
            job_answer(5, "ERROR"),
            PrinterStatus.FAILED,
            None,
            True,
        ),
        (status("ERROR", message="MINTEMP"), None, PrinterStatus.ERROR, None, True),
    ],
)
def test_live_status_for_every_native_state(
    answer: dict[str, Any],
    job: dict[str, Any] | None,
    expected: PrinterStatus,
    pause_reason: PauseReason | None,
    attention: bool,
) -> None:
    """The first answer of a fresh client, one per native state
    (docs/protocols/normalized-model.md#mapping-from-native-states)."""
    feed = Feed()
    feed.job = job
    snap, _events = feed.poll(answer)
    assert snap is not None
    assert snap.online
    assert snap.status is expected
    assert snap.native_state == answer["printer"]["state"]
    assert snap.pause_reason is pause_reason
    assert snap.attention_required is attention
    assert snap.nozzle_temp is not None
    assert snap.bed_target == 60.0
    if "job" in answer and expected is not PrinterStatus.IDLE:
        assert snap.job_key == f"{SERIAL}:5"
        assert snap.file_name == "bracket_0.2mm_PLA_MK4S_1h2m.bgcode"
        assert snap.job_name == "bracket_0.2mm_PLA_MK4S_1h2m"
    else:
        assert snap.job_key is None


def test_offline_before_any_answer() -> None:
    state = PrusaLinkState(SERIAL)
    assert state.snapshot.status is PrinterStatus.OFFLINE
    assert not state.snapshot.online
    assert state.connection_lost(T0) == (None, [])  # never online: nothing to report


# ---------------------------------------------------------------------------- runs


def test_success_run_events_and_snapshots() -> None:
    feed = Feed()
    feed.poll(status("IDLE"))
    assert types(feed.events) == [RunEventType.PRINTER_ONLINE]
    feed.job = job_answer(7)
    feed.poll(status("PRINTING", 7, progress=0.0, remaining=3700, printing=2))
    started = feed.of(RunEventType.JOB_STARTED)
    assert len(started) == 1
    key = f"{SERIAL}:7"
    assert started[0].job_key == key
    assert started[0].data == {
        "reattached": False,
        "file_name": "bracket_0.2mm_PLA_MK4S_1h2m.bgcode",
        "job_name": "bracket_0.2mm_PLA_MK4S_1h2m",
        "filament": [{"type": "PLA", "grams": 12.5}],
        "slicer_estimate_s": 3720,
        "printer_estimate_s": 3700,
    }
    assert len(feed.of(RunEventType.JOB_PRINTING)) == 1
    assert feed.last.status is PrinterStatus.PRINTING
    assert feed.last.job_key == key
    feed.poll(status("PRINTING", 7, progress=50.0, remaining=1850, printing=1852))
    assert feed.last.progress == 50.0
    assert feed.last.remaining_s == 1850
    reads = feed.job_reads
    feed.poll(status("FINISHED", 7, progress=100.0, remaining=0, printing=3702))
    assert feed.job_reads == reads  # details are cached: /api/v1/job read once per job
    ended = feed.of(RunEventType.JOB_ENDED)
    assert len(ended) == 1
    assert ended[0].job_key == key
    assert ended[0].data == {
        "outcome": RunOutcome.SUCCESS.value,
        "source": "state",
        "native_state": "FINISHED",
        "print_s": 3702,
        "progress": 100.0,
    }
    assert feed.last.status is PrinterStatus.FINISHED
    assert feed.last.job_key == key
    # still FINISHED on the next polls: nothing new
    snap, events = feed.poll(status("FINISHED", 7, progress=100.0, remaining=0, printing=3702))
    assert (snap, events) == (None, [])
    feed.job = None
    feed.poll(status("IDLE"))
    assert feed.last.status is PrinterStatus.IDLE
    assert feed.last.job_key is None
    assert feed.last.progress is None
    assert len(feed.of(RunEventType.JOB_ENDED)) == 1
    assert len(feed.of(RunEventType.JOB_STARTED)) == 1


def test_stopped_is_cancelled_not_failed() -> None:
    feed = Feed()
    feed.job = job_answer(3)
    feed.poll(status("PRINTING", 3, progress=10.0, remaining=900, printing=100))
    feed.poll(status("STOPPED", 3, progress=10.0, remaining=900, printing=104))
    (ended,) = feed.of(RunEventType.JOB_ENDED)
    assert ended.data["outcome"] == RunOutcome.CANCELLED.value
    assert ended.data["reason"] == "stopped by the operator"
    assert "error_code" not in ended.data
    assert feed.last.status is PrinterStatus.CANCELLED
    assert not feed.of(RunEventType.ERROR_RAISED)


def test_error_is_failed_with_the_printer_message() -> None:
    feed = Feed()
    feed.job = job_answer(4)
    feed.poll(status("PRINTING", 4, progress=30.0, remaining=600, printing=300))
    feed.poll(
        status("ERROR", 4, progress=30.0, remaining=600, printing=301, message="Heater failed")
    )
    (ended,) = feed.of(RunEventType.JOB_ENDED)
    assert ended.data["outcome"] == RunOutcome.FAILED.value
    assert ended.data["reason"] == "Heater failed"
    assert ended.data["error_code"] == "heater_failed"
    (raised,) = feed.of(RunEventType.ERROR_RAISED)
    error = raised.data["error"]
    assert (error.source, error.code, error.severity, error.message) == (
        "prusalink",
        "heater_failed",
        ErrorSeverity.FATAL,
        "Heater failed",
    )
    assert feed.last.status is PrinterStatus.FAILED
    assert feed.last.attention_required
    # the firmware drops the job from the status but stays in ERROR: still "failed"
    feed.job = None
    feed.poll(status("ERROR", message="Heater failed"))
    assert feed.last.status is PrinterStatus.FAILED
    assert feed.last.job_key == f"{SERIAL}:4"
    feed.poll(status("IDLE"))
    assert feed.last.status is PrinterStatus.IDLE
    assert [e.data["error"].code for e in feed.of(RunEventType.ERROR_CLEARED)] == ["heater_failed"]
    assert len(feed.of(RunEventType.JOB_ENDED)) == 1


def test_error_without_a_job_is_error() -> None:
    feed = Feed()
    feed.poll(status("IDLE"))
    feed.poll(status("ERROR", message="MINTEMP"))
    assert feed.last.status is PrinterStatus.ERROR
    assert not feed.of(RunEventType.JOB_ENDED)
    assert not feed.of(RunEventType.JOB_STARTED)
    (raised,) = feed.of(RunEventType.ERROR_RAISED)
    assert raised.data["error"].code == "mintemp"
    assert raised.job_key is None


def test_user_pause_and_resume() -> None:
    feed = Feed()
    feed.job = job_answer(5)
    feed.poll(status("PRINTING", 5, progress=5.0, remaining=900, printing=50))
    feed.poll(status("PAUSED", 5, progress=5.0, remaining=900, printing=50))
    (paused,) = feed.of(RunEventType.JOB_PAUSED)
    assert paused.data == {"reason": PauseReason.USER.value}
    assert feed.last.status is PrinterStatus.PAUSED
    feed.poll(status("PAUSED", 5, progress=5.0, remaining=900, printing=50))
    assert len(feed.of(RunEventType.JOB_PAUSED)) == 1
    feed.poll(status("PRINTING", 5, progress=6.0, remaining=880, printing=70))
    assert len(feed.of(RunEventType.JOB_RESUMED)) == 1
    assert len(feed.of(RunEventType.JOB_PRINTING)) == 1
    assert len(feed.of(RunEventType.JOB_STARTED)) == 1


def test_attention_during_a_job_pauses_it() -> None:
    feed = Feed()
    feed.job = job_answer(6)
    feed.poll(status("PRINTING", 6, progress=40.0, remaining=500, printing=400))
    feed.poll(status("ATTENTION", 6, progress=40.0, message="Filament runout"))
    (paused,) = feed.of(RunEventType.JOB_PAUSED)
    assert paused.data == {"reason": PauseReason.ATTENTION.value}
    (raised,) = feed.of(RunEventType.ERROR_RAISED)
    assert raised.data["error"].code == "filament_runout"
    assert raised.data["error"].severity is ErrorSeverity.SERIOUS
    assert raised.job_key == f"{SERIAL}:6"
    assert feed.last.status is PrinterStatus.PAUSED
    assert feed.last.pause_reason is PauseReason.ATTENTION
    feed.poll(status("PRINTING", 6, progress=41.0, remaining=490, printing=410))
    assert len(feed.of(RunEventType.JOB_RESUMED)) == 1
    assert len(feed.of(RunEventType.ERROR_CLEARED)) == 1
    assert feed.last.attention_required is False


def test_printer_not_ok_message_is_an_error_entry() -> None:
    feed = Feed()
    answer = status("IDLE", message="USB drive removed")
    feed.poll(answer)
    assert feed.last.status is PrinterStatus.IDLE
    (error,) = feed.last.errors
    assert (error.code, error.severity) == ("usb_drive_removed", ErrorSeverity.UNKNOWN)


def test_new_job_id_supersedes_the_open_one() -> None:
    feed = Feed()
    feed.job = job_answer(7)
    feed.poll(status("PRINTING", 7, progress=90.0, remaining=60, printing=600))
    feed.job = job_answer(8, name="lid.bgcode")
    feed.poll(status("PRINTING", 8, progress=0.0, remaining=1200, printing=1))
    ended = feed.of(RunEventType.JOB_ENDED)
    assert [(e.job_key, e.data["outcome"], e.data["source"]) for e in ended] == [
        (f"{SERIAL}:7", RunOutcome.UNKNOWN.value, "new_job")
    ]
    started = feed.of(RunEventType.JOB_STARTED)
    assert [e.job_key for e in started] == [f"{SERIAL}:7", f"{SERIAL}:8"]
    assert started[1].data["file_name"] == "lid.bgcode"
    assert started[1].data["job_name"] == "lid"
    assert types(feed.events).index(RunEventType.JOB_ENDED) < len(feed.events) - 2


def test_job_gone_without_terminal_state_keeps_the_run_open() -> None:
    feed = Feed()
    feed.job = job_answer(9)
    feed.poll(status("PRINTING", 9, progress=20.0, remaining=800, printing=200))
    feed.job = None  # /api/v1/job: 204
    reads = feed.job_reads
    feed.poll(status("IDLE"))
    assert feed.job_reads == reads + 1  # re-checked /api/v1/job for the vanished job
    assert not feed.of(RunEventType.JOB_ENDED)
    assert feed.last.status is PrinterStatus.IDLE
    assert feed.last.job_key is None
    feed.poll(status("IDLE"))
    assert feed.job_reads == reads + 1  # once per state change
    assert not feed.of(RunEventType.JOB_ENDED)


def test_job_gone_but_the_job_endpoint_knows_the_outcome() -> None:
    feed = Feed()
    feed.job = job_answer(10)
    feed.poll(status("PRINTING", 10, progress=99.0, remaining=5, printing=900))
    feed.job = job_answer(10, "FINISHED")
    feed.poll(status("IDLE"))
    (ended,) = feed.of(RunEventType.JOB_ENDED)
    assert ended.job_key == f"{SERIAL}:10"
    assert ended.data["outcome"] == RunOutcome.SUCCESS.value
    assert ended.data["source"] == "job_endpoint"


def test_busy_mid_job_is_not_the_end_of_it() -> None:
    feed = Feed()
    feed.job = job_answer(11)
    feed.poll(status("PRINTING", 11, progress=1.0, remaining=900, printing=9))
    feed.poll(status("BUSY"))
    assert feed.last.status is PrinterStatus.BUSY
    assert feed.last.job_key is None  # the consumer keeps the run open while busy
    feed.poll(status("PRINTING", 11, progress=2.0, remaining=890, printing=19))
    assert len(feed.of(RunEventType.JOB_STARTED)) == 1
    assert not feed.of(RunEventType.JOB_ENDED)
    assert feed.last.job_key == f"{SERIAL}:11"


def test_status_without_job_object_uses_the_job_endpoint() -> None:
    feed = Feed()
    feed.job = job_answer(12)
    feed.poll(status("PRINTING"))
    (started,) = feed.of(RunEventType.JOB_STARTED)
    assert started.job_key == f"{SERIAL}:12"
    reads = feed.job_reads
    feed.poll(status("PRINTING"))
    assert feed.job_reads == reads  # read once per state
    feed.job = job_answer(12, "FINISHED")
    feed.poll(status("FINISHED"))
    (ended,) = feed.of(RunEventType.JOB_ENDED)
    assert ended.job_key == f"{SERIAL}:12"
    assert ended.data["outcome"] == RunOutcome.SUCCESS.value
    assert feed.last.job_key == f"{SERIAL}:12"


def test_job_details_missing_are_retried_a_few_times() -> None:
    feed = Feed()
    feed.job = None  # the job endpoint lags behind the status
    feed.poll(status("PRINTING", 13, progress=0.0, remaining=100, printing=0))
    (started,) = feed.of(RunEventType.JOB_STARTED)
    assert "file_name" not in started.data
    assert started.data["slicer_estimate_s"] == 100  # time_printing + time_remaining
    feed.job = job_answer(13)
    feed.poll(status("PRINTING", 13, progress=1.0, remaining=99, printing=1))
    assert feed.last.file_name == "bracket_0.2mm_PLA_MK4S_1h2m.bgcode"
    reads = feed.job_reads
    for _ in range(5):
        feed.poll(status("PRINTING", 13, progress=2.0, remaining=98, printing=2))
    assert feed.job_reads == reads


# ---------------------------------------------------------------------------- reconnects


def test_offline_mid_job_then_reattach_same_key() -> None:
    feed = Feed()
    feed.poll(status("IDLE"))
    feed.job = job_answer(20)
    feed.poll(status("PRINTING", 20, progress=10.0, remaining=900, printing=100))
    snap, events = feed.lost()
    assert types(events) == [RunEventType.PRINTER_OFFLINE]
    assert events[0].job_key == f"{SERIAL}:20"
    assert snap is not None
    assert snap.status is PrinterStatus.OFFLINE
    assert snap.job_key == f"{SERIAL}:20"
    assert feed.lost() == (None, [])  # once
    feed.poll(status("PRINTING", 20, progress=30.0, remaining=700, printing=300))
    started = feed.of(RunEventType.JOB_STARTED)
    assert [(e.job_key, e.data["reattached"]) for e in started] == [
        (f"{SERIAL}:20", False),
        (f"{SERIAL}:20", True),
    ]
    assert not feed.of(RunEventType.JOB_ENDED)
    assert types(feed.events).count(RunEventType.PRINTER_ONLINE) == 2


def test_offline_mid_job_then_finished_ends_it_once() -> None:
    feed = Feed()
    feed.job = job_answer(21)
    feed.poll(status("PRINTING", 21, progress=80.0, remaining=100, printing=800))
    feed.lost()
    feed.poll(status("FINISHED", 21, progress=100.0, remaining=0, printing=900))
    (ended,) = feed.of(RunEventType.JOB_ENDED)
    assert ended.data["outcome"] == RunOutcome.SUCCESS.value
    assert ended.data["reattached"] is True
    feed.lost()
    feed.poll(status("FINISHED", 21, progress=100.0, remaining=0, printing=900))
    assert len(feed.of(RunEventType.JOB_ENDED)) == 1


def test_paused_job_after_reconnect_reports_the_pause_again() -> None:
    feed = Feed()
    feed.job = job_answer(22)
    feed.poll(status("PRINTING", 22, progress=10.0, remaining=900, printing=100))
    feed.poll(status("PAUSED", 22, progress=10.0, remaining=900, printing=100))
    feed.lost()
    feed.poll(status("PAUSED", 22, progress=10.0, remaining=900, printing=100))
    # re-attach (the consumer closes the open pause) then the pause again
    tail = [e.type for e in feed.events[-3:]]
    assert tail == [
        RunEventType.PRINTER_ONLINE,
        RunEventType.JOB_STARTED,
        RunEventType.JOB_PAUSED,
    ]


def test_fresh_client_reattaches_an_active_job() -> None:
    feed = Feed()
    feed.job = job_answer(30)
    feed.poll(status("PRINTING", 30, progress=50.0, remaining=1800, printing=1700))
    (started,) = feed.of(RunEventType.JOB_STARTED)
    assert started.data["reattached"] is True
    assert started.data["printer_estimate_s"] == 3500  # printing + remaining
    assert started.data["started_at"] == started.ts - timedelta(seconds=1700)
    printing = feed.of(RunEventType.JOB_PRINTING)
    assert printing
    assert "printer_estimate_s" not in printing[0].data


def test_fresh_client_in_terminal_state_ends_that_key_once() -> None:
    feed = Feed()
    feed.job = job_answer(31, "STOPPED")
    feed.poll(status("STOPPED", 31, progress=12.0, remaining=500, printing=60))
    (ended,) = feed.of(RunEventType.JOB_ENDED)
    assert ended.job_key == f"{SERIAL}:31"
    assert ended.data["outcome"] == RunOutcome.CANCELLED.value
    assert ended.data["reattached"] is True
    assert not feed.of(RunEventType.JOB_STARTED)
    feed.poll(status("STOPPED", 31, progress=12.0, remaining=500, printing=60))
    assert len(feed.of(RunEventType.JOB_ENDED)) == 1


def test_fresh_client_idle_emits_no_job_events() -> None:
    feed = Feed()
    feed.poll(status("READY"))
    assert types(feed.events) == [RunEventType.PRINTER_ONLINE]
    assert feed.job_reads == 0


def test_current_job_id_for_commands() -> None:
    feed = Feed()
    assert feed.state.current_job_id() is None
    feed.job = job_answer(40)
    feed.poll(status("PRINTING", 40, progress=1.0, remaining=10, printing=1))
    assert feed.state.current_job_id() == 40
    feed.poll(status("FINISHED", 40, progress=100.0, remaining=0, printing=11))
    assert feed.state.current_job_id() is None


def test_serial_print_job_has_no_file() -> None:
    feed = Feed()
    feed.job = {
        "id": 41,
        "state": "PRINTING",
        "progress": 0.0,
        "time_printing": 0,
        "serial_print": True,
    }
    feed.poll(status("PRINTING", 41, progress=0.0, remaining=300, printing=0))
    (started,) = feed.of(RunEventType.JOB_STARTED)
    assert "file_name" not in started.data
    assert started.data["slicer_estimate_s"] == 300
    details = feed.state.details(41)
    assert details is not None
    assert details.serial_print


def test_unchanged_answer_emits_nothing() -> None:
    feed = Feed()
    feed.poll(status("IDLE"))
    assert feed.poll(status("IDLE")) == (None, [])


def test_answer_without_state_is_ignored_but_marks_online() -> None:
    feed = Feed()
    snap, events = feed.poll({"printer": {}})
    assert types(events) == [RunEventType.PRINTER_ONLINE]
    assert snap is not None
    assert snap.online
    assert snap.status is PrinterStatus.BUSY


# ---------------------------------------------------------------------------- helpers


@pytest.mark.parametrize(
    ("version", "model", "code"),
    [
        ({"printer": "1.4.1"}, "MK4S", "1.4.1"),
        ({"printer": "1.4.0"}, "MK4", "1.4.0"),
        ({"printer": "1.3.9"}, "MK3.9", "1.3.9"),
        ({"printer": "1.3.5"}, "MK3.5", "1.3.5"),
        ({"printer": "1.3.1"}, "MK3S", "1.3.1"),
        ({"printer": "2.1.0"}, "MINI", "2.1.0"),
        ({"printer": "3.1.0"}, "XL", "3.1.0"),
        ({"printer": "7.1.0"}, "CORE One", "7.1.0"),
        ({"printer": "9.9.9"}, None, "9.9.9"),
        ({"original": "PrusaLink I3MK3S"}, "MK3S", None),
        ({}, None, None),
    ],
)
def test_identify_model(version: dict[str, Any], model: str | None, code: str | None) -> None:
    assert identify_model(version) == (model, code)


def test_build_info_prefers_info_serial_and_tolerates_old_version_shape() -> None:
    # Buddy firmware before 6.5: no version/printer/firmware in /api/version
    old_buddy = {"api": "2.0.0", "server": "2.1.2", "text": "PrusaLink", "hostname": "mk4-lab"}
    info = build_info(old_buddy, {"serial": "SN-42", "name": "Lab MK4"}, "10.0.0.5")
    assert (info.serial, info.brand, info.model, info.firmware, info.name) == (
        "SN-42",
        "prusalink",
        None,
        None,
        "Lab MK4",
    )
    fallback = build_info(old_buddy, {}, "10.0.0.5")
    assert (fallback.serial, fallback.name) == ("mk4-lab", "mk4-lab")
    bare = build_info({}, None, "10.0.0.5")
    assert bare.serial == "10.0.0.5"
    full = build_info(
        {"printer": "1.4.1", "firmware": "6.2.4+8903"}, {"serial": "SN", "hostname": "h"}, "x"
    )
    assert (full.model, full.model_code, full.firmware, full.name) == (
        "MK4S",
        "1.4.1",
        "6.2.4+8903",
        "h",
    )


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("1d 2h 3m 4s", 93784),
        ("42m 42s", 2562),
        ("2h", 7200),
        ("", None),
        (None, None),
        ("soon", None),
    ],
)
def test_parse_duration(text: str | None, seconds: int | None) -> None:
    assert parse_duration(text) == seconds


def test_job_details_parse_per_tool_filament_and_duration_text() -> None:
    details = JobDetails.parse(
        {
            "id": 3,
            "state": "printing",
            "file": {
                "name": "X~1.GCO",
                "display_name": "two colour.gcode",
                "meta": {
                    "estimated printing time (normal mode)": "1h 1m 1s",
                    "filament_type per tool": ["PLA", "PETG"],
                    "filament used [g] per tool": [10.04, 2.5],
                },
            },
        }
    )
    assert details is not None
    assert details.state == "PRINTING"
    assert (details.file_name, details.job_name) == ("two colour.gcode", "two colour")
    assert details.slicer_estimate_s == 3661
    assert details.filament == ({"type": "PLA", "grams": 10.0}, {"type": "PETG", "grams": 2.5})
    assert JobDetails.parse({"state": "PRINTING"}) is None
    multi = JobDetails.parse({"id": 1, "file": {"meta": {"filament_type": "PLA;PETG"}}})
    assert multi is not None
    assert multi.filament == ({"type": "PLA"}, {"type": "PETG"})


def test_small_text_helpers() -> None:
    assert job_name_of("a.b.bgcode") == "a.b"
    assert job_name_of("README") == "README"
    assert job_name_of(None) is None
    assert error_code("Heater failed!", "error") == "heater_failed"
    assert error_code(None, "error") == "error"
    assert error_code("!!!", "attention") == "attention"
    assert len(error_code("x" * 100, "e")) == 48


def test_config_repr_and_url_hide_secrets() -> None:
    config = PrusaLinkConfig(host="192.0.2.7", password="s3cret-pass", api_key="k3y-value")
    assert "s3cret" not in repr(config)
    assert "k3y" not in repr(config)
    assert config.base_url == "http://192.0.2.7"
    assert PrusaLinkConfig(host="::1", port=8080).base_url == "http://[::1]:8080"
