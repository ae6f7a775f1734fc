"""Pure ingest tests for BambuState: parse, merge, normalize, events (no network)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
import itertools
import json
from typing import Any

import pytest

from custom_components.odin.printers.bambu import (
    RELEVANT_KEYS,
    BambuConfig,
    BambuState,
    map_status,
    parse_hms,
)
from custom_components.odin.printers.bambu.codes import (
    STAGE_NAMES,
    hms_wiki_code,
    identify_model,
    print_error_code,
)
from custom_components.odin.printers.model import (
    ErrorSeverity,
    PauseReason,
    PrinterSnapshot,
    PrinterStatus,
    RunEvent,
    RunEventType,
    RunOutcome,
)

SERIAL = "00M00A000000001"
T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
CANCEL = 0x0300400C


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def rep(**fields: Any) -> bytes:
    return json.dumps({"print": {"command": "push_status", **fields}}).encode()


def ack(command: str, result: str = "success") -> bytes:
    return json.dumps(
        {"print": {"command": command, "sequence_id": "7", "param": "", "result": result}}
    ).encode()


IDLE = {
    "gcode_state": "IDLE",
    "stg_cur": 255,
    "layer_num": 0,
    "total_layer_num": 0,
    "mc_percent": 0,
    "mc_remaining_time": 0,
    "print_error": 0,
    "fail_reason": "0",
    "hms": [],
    "nozzle_temper": 24.0,
    "nozzle_target_temper": 0,
    "bed_temper": 23.0,
    "bed_target_temper": 0,
    "subtask_name": "",
    "gcode_file": "",
    "gcode_start_time": "0",
    "task_id": "0",
    "subtask_id": "0",
}


class Feed:
    """Drives a BambuState with a clock; collects every event."""

    def __init__(self, *, cancel_hold_s: float = 10.0) -> None:
        self.state = BambuState(SERIAL, cancel_hold_s=cancel_hold_s)
        self.t = 0.0
        self.events: list[RunEvent] = []
        self.snapshots: list[PrinterSnapshot] = []

    def __call__(self, payload: bytes, dt: float = 1.0) -> list[RunEvent]:
        self.t += dt
        snap, events = self.state.ingest(payload, at(self.t))
        if snap is not None:
            self.snapshots.append(snap)
        self.events.extend(events)
        return events

    def status(self, **fields: Any) -> list[RunEvent]:
        return self(rep(**fields))

    def resolve(self, dt: float) -> list[RunEvent]:
        self.t += dt
        snap, events = self.state.resolve_pending(at(self.t))
        if snap is not None:
            self.snapshots.append(snap)
        self.events.extend(events)
        return events

    def types(self, events: list[RunEvent] | None = None) -> list[RunEventType]:
        return [e.type for e in (self.events if events is None else events)]

    def of(self, event_type: RunEventType) -> list[RunEvent]:
        return [e for e in self.events if e.type is event_type]

    @property
    def snap(self) -> PrinterSnapshot:
        return self.state.snapshot

    def start_job(self, name: str = "cube", start: str = "1767225600", **extra: Any) -> None:
        fields: dict[str, Any] = {
            "gcode_state": "PREPARE",
            "stg_cur": 2,
            "subtask_name": name,
            "gcode_file": f"{name}.gcode.3mf",
            "gcode_start_time": start,
            "mc_remaining_time": 90,
            "total_layer_num": 120,
            "layer_num": 0,
            "print_error": 0,
            "fail_reason": "0",
        }
        self.status(**(fields | extra))

    def to_printing(self) -> None:
        self.status(gcode_state="RUNNING", stg_cur=7, layer_num=0)
        self.status(gcode_state="RUNNING", stg_cur=0, layer_num=1, mc_percent=1)


def online_idle(**kwargs: Any) -> Feed:
    feed = Feed(**kwargs)
    feed(rep(**IDLE))
    return feed


# ---- status mapping ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("state", "layer", "stage", "print_error", "fatal", "outcome", "expected", "reason"),
    [
        ("IDLE", 0, 255, 0, False, None, PrinterStatus.IDLE, None),
        ("IDLE", 0, -1, 0, True, None, PrinterStatus.ERROR, None),
        ("PREPARE", 0, 2, 0, False, None, PrinterStatus.PREPARING, None),
        ("PREPARE", 0, 0, 0, False, None, PrinterStatus.PREPARING, None),
        ("RUNNING", 0, 13, 0, False, None, PrinterStatus.PREPARING, None),
        ("RUNNING", 0, 14, 0, False, None, PrinterStatus.PREPARING, None),
        ("RUNNING", 0, 0, 0, False, None, PrinterStatus.PRINTING, None),
        ("RUNNING", 1, 13, 0, False, None, PrinterStatus.PRINTING, None),  # H2D sits at 13
        ("RUNNING", None, None, 0, False, None, PrinterStatus.PRINTING, None),
        ("RUNNING", 0, None, 0, False, None, PrinterStatus.PRINTING, None),
        ("RUNNING", 5, 0, 0, True, None, PrinterStatus.PRINTING, None),
        ("PAUSE", 3, 16, 0, False, None, PrinterStatus.PAUSED, PauseReason.USER),
        ("PAUSE", 3, 30, 0, False, None, PrinterStatus.PAUSED, PauseReason.USER),
        ("PAUSE", 3, 6, 0, False, None, PrinterStatus.PAUSED, PauseReason.ATTENTION),
        ("PAUSE", 3, 17, 0, False, None, PrinterStatus.PAUSED, PauseReason.ATTENTION),
        ("PAUSE", 3, 16, 0x03008004, False, None, PrinterStatus.PAUSED, PauseReason.ATTENTION),
        ("PAUSE", 3, 16, 0, True, None, PrinterStatus.PAUSED, PauseReason.ERROR),
        ("FINISH", 120, 255, 0, False, None, PrinterStatus.FINISHED, None),
        ("FINISH", 120, 255, 0, True, None, PrinterStatus.ERROR, None),
        ("FAILED", 3, 255, 0x03008003, False, RunOutcome.FAILED, PrinterStatus.FAILED, None),
        ("FAILED", 3, 255, 0, False, None, PrinterStatus.FAILED, None),
        ("FAILED", 3, 255, CANCEL, False, RunOutcome.CANCELLED, PrinterStatus.CANCELLED, None),
        ("FAILED", 3, 255, 0, True, RunOutcome.CANCELLED, PrinterStatus.CANCELLED, None),
        ("INIT", 0, 255, 0, False, None, PrinterStatus.BUSY, None),
        ("SLICING", 0, 255, 0, False, None, PrinterStatus.BUSY, None),
        ("SLICING", 0, 255, 0, True, None, PrinterStatus.ERROR, None),
        (None, None, None, 0, False, None, PrinterStatus.BUSY, None),
        ("SOMETHING_NEW", 0, 255, 0, False, None, PrinterStatus.BUSY, None),
    ],
)
def test_map_status_table(
    state: str | None,
    layer: int | None,
    stage: int | None,
    print_error: int,
    fatal: bool,
    outcome: RunOutcome | None,
    expected: PrinterStatus,
    reason: PauseReason | None,
) -> None:
    assert map_status(
        state,
        layer_num=layer,
        stg_cur=stage,
        print_error=print_error,
        fatal_hms=fatal,
        failed_outcome=outcome,
    ) == (expected, reason)


STATES = ("IDLE", "PREPARE", "RUNNING", "PAUSE", "FINISH", "FAILED", "INIT", "SLICING")


@pytest.mark.parametrize("state", STATES)
def test_map_status_every_stage(state: str) -> None:
    """Every gcode_state x every known stage x layer 0/1: the
    docs/protocols/normalized-model.md#mapping-from-native-states rules hold."""
    for stage, layer in itertools.product([*STAGE_NAMES, None], (0, 1)):
        status, reason = map_status(
            state, layer_num=layer, stg_cur=stage, print_error=0, fatal_hms=False
        )
        expected = {
            "IDLE": PrinterStatus.IDLE,
            "PREPARE": PrinterStatus.PREPARING,
            "PAUSE": PrinterStatus.PAUSED,
            "FINISH": PrinterStatus.FINISHED,
            "FAILED": PrinterStatus.FAILED,
            "INIT": PrinterStatus.BUSY,
            "SLICING": PrinterStatus.BUSY,
        }.get(state)
        if state == "RUNNING":
            preparing = layer == 0 and stage is not None and stage != 0
            expected = PrinterStatus.PREPARING if preparing else PrinterStatus.PRINTING
        assert status is expected, (state, stage, layer)
        assert (reason is not None) == (state == "PAUSE")


def test_ingest_status_end_to_end() -> None:
    feed = online_idle()
    assert feed.snap.status is PrinterStatus.IDLE
    assert feed.snap.online
    feed.start_job()
    assert feed.snap.status is PrinterStatus.PREPARING
    feed.status(gcode_state="RUNNING", stg_cur="13", layer_num="0")  # strings: type drift
    assert feed.snap.status is PrinterStatus.PREPARING
    assert feed.snap.stage == "homing_toolhead"
    feed.status(layer_num=1, stg_cur=0)
    assert feed.snap.status is PrinterStatus.PRINTING
    feed.status(gcode_state="PAUSE", stg_cur=16)
    assert (feed.snap.status, feed.snap.pause_reason) == (PrinterStatus.PAUSED, PauseReason.USER)
    feed.status(gcode_state="FINISH", stg_cur=255)
    assert feed.snap.status is PrinterStatus.FINISHED
    feed.status(gcode_state="INIT")
    assert feed.snap.status is PrinterStatus.BUSY


# ---- merge, normalization, diff ---------------------------------------------------------


def test_p1_deltas_are_merged() -> None:
    feed = online_idle()
    feed.start_job("bracket")
    feed.status(gcode_state="RUNNING", stg_cur=0, layer_num=1)
    feed.status(mc_percent=37)
    feed.status(nozzle_temper=219.8, mc_remaining_time="54")
    feed.status(layer_num=88)
    snap = feed.snap
    assert snap.status is PrinterStatus.PRINTING
    assert snap.progress == 37.0
    assert snap.remaining_s == 54 * 60
    assert snap.layer == 88
    assert snap.total_layers == 120
    assert snap.nozzle_temp == 219.8
    assert snap.job_name == "bracket"
    assert snap.file_name == "bracket.gcode.3mf"
    assert snap.native_state == "RUNNING"
    # the full merged state keeps every key seen so far
    assert feed.state.raw["subtask_name"] == "bracket"
    assert feed.state.raw["mc_percent"] == 37


def test_nested_objects_replace_whole() -> None:
    feed = online_idle()
    feed.status(ams={"ams": [{"id": "0", "tray": [{"id": "0", "tray_type": "PLA"}]}]})
    feed.status(ams={"ams": [{"id": "0", "tray": [{"id": "0"}]}]})
    assert feed.state.raw["ams"] == {"ams": [{"id": "0", "tray": [{"id": "0"}]}]}


@pytest.mark.parametrize(
    ("value", "expected"),
    [(37, 37.0), (37.0, 37.0), ("37", 37.0), ("37.5", 37.5), (" 37 ", 37.0), ("", None)],
)
def test_type_drift_progress(value: Any, expected: float | None) -> None:
    feed = online_idle()
    feed.status(mc_percent=value)
    assert feed.snap.progress == expected


def test_type_drift_ints_and_temps() -> None:
    feed = online_idle()
    feed.status(
        layer_num="12",
        total_layer_num=240.0,
        mc_remaining_time="7",
        bed_temper="55",
        nozzle_temper=220,
        chamber_temper="31.26",
        print_error="0",
    )
    snap = feed.snap
    assert (snap.layer, snap.total_layers, snap.remaining_s) == (12, 240, 420)
    assert (snap.bed_temp, snap.nozzle_temp, snap.chamber_temp) == (55.0, 220.0, 31.3)
    assert snap.print_error == 0


def test_snapshot_only_on_change() -> None:
    feed = Feed()
    snap, _ = feed.state.ingest(rep(**IDLE), at(1))
    assert snap is not None
    snap, events = feed.state.ingest(rep(**IDLE, sequence_id="2"), at(2))
    assert snap is None
    assert events == []
    # irrelevant keys change: merged, no snapshot
    snap, _ = feed.state.ingest(rep(wifi_signal="-51dBm", cooling_fan_speed="15"), at(3))
    assert snap is None
    assert feed.state.raw["wifi_signal"] == "-51dBm"
    snap, _ = feed.state.ingest(rep(bed_temper=24.0), at(4))
    assert snap is not None
    assert snap.bed_temp == 24.0


def test_garbage_is_ignored() -> None:
    feed = online_idle()
    for payload in (b"", b"not json", b"[1,2]", b'"x"', b'{"print": "x"}', b'{"print": null}'):
        assert feed.state.ingest(payload, at(5)) == (None, [])
    assert feed.state.ingest(b'{"print": {"command": "push_status", "mc_percent": "abc"}}', at(6))
    assert feed.snap.progress is None
    assert feed.snap.status is PrinterStatus.IDLE


def test_waits_for_a_report_with_gcode_state_after_connect() -> None:
    state = BambuState(SERIAL)
    state.connection_made(at(0))
    assert state.ingest(rep(mc_percent=5), at(0.1)) == (None, [])
    snap, events = state.ingest(rep(**IDLE), at(0.2))
    assert snap is not None
    assert snap.online
    assert [e.type for e in events] == [RunEventType.PRINTER_ONLINE]


def test_first_report_grace_without_pushall_answer() -> None:
    state = BambuState(SERIAL)
    state.connection_made(at(0))
    state.ingest(rep(**IDLE), at(0.1))
    state.connection_lost(at(1))
    state.connection_made(at(2))
    assert state.ingest(rep(mc_percent=1), at(2.5)) == (None, [])
    snap, events = state.ingest(rep(mc_percent=2), at(5.5))  # grace over: trust merged state
    assert snap is not None
    assert snap.status is PrinterStatus.IDLE
    assert RunEventType.PRINTER_ONLINE in [e.type for e in events]


def test_online_offline_events() -> None:
    feed = online_idle()
    assert feed.types() == [RunEventType.PRINTER_ONLINE]
    snap, events = feed.state.connection_lost(at(10))
    assert snap is not None
    assert (snap.status, snap.online) == (PrinterStatus.OFFLINE, False)
    assert [e.type for e in events] == [RunEventType.PRINTER_OFFLINE]
    assert feed.state.connection_lost(at(11)) == (None, [])  # once
    feed.state.connection_made(at(12))
    assert feed.types(feed(rep(**IDLE))) == [RunEventType.PRINTER_ONLINE]


# ---- HMS and print_error ----------------------------------------------------------------


def test_parse_hms_key_severity_module() -> None:
    errors = parse_hms(
        [
            {"attr": 0x0C000100, "code": 0x00020017},
            {"attr": 0x0C000100, "code": 0x00010004},
            {"attr": 0x07010200, "code": 0x00030001},
            {"attr": 0x05000200, "code": 0x0004000A},
            {"attr": 0x08000000, "code": 0x00090001},
            {"attr": "50331648", "code": "65537"},  # 0x03000000 / 0x00010001 as strings
            {"attr": 0x0C000100, "code": 0x00020017},  # duplicate
            {"attr": None, "code": 1},
            "junk",
        ]
    )
    assert [(e.code, e.severity, e.module) for e in errors] == [
        ("0C000100_00020017", ErrorSeverity.SERIOUS, "xcam"),
        ("0C000100_00010004", ErrorSeverity.FATAL, "xcam"),
        ("07010200_00030001", ErrorSeverity.COMMON, "ams"),
        ("05000200_0004000A", ErrorSeverity.INFO, "mainboard"),
        ("08000000_00090001", ErrorSeverity.UNKNOWN, "toolhead"),
        ("03000000_00010001", ErrorSeverity.FATAL, "motion_controller"),
    ]
    assert all(e.source == "hms" for e in errors)
    assert hms_wiki_code("0C000100_00020017") == "0C00_0100_0002_0017"
    assert print_error_code(50348044) == "0300_400C"


def test_hms_onset_and_clear_once_each() -> None:
    feed = online_idle()
    hms = [{"attr": 0x0C000100, "code": 0x00020017}]
    events = feed.status(hms=hms)
    assert feed.types(events) == [RunEventType.ERROR_RAISED]
    assert events[0].data["error"].code == "0C000100_00020017"
    for _ in range(3):  # re-sends (X1 full reports, P1 deltas without hms)
        assert feed.status(hms=list(hms), bed_temper=30.0 + feed.t) == []
        assert feed.status(nozzle_temper=30.0 + feed.t) == []
    second = [*hms, {"attr": 0x07010200, "code": 0x00030001}]
    assert [e.data["error"].code for e in feed.status(hms=second)] == ["07010200_00030001"]
    events = feed.status(hms=[])
    assert feed.types(events) == [RunEventType.ERROR_CLEARED] * 2
    assert feed.status(hms=[]) == []
    assert feed.snap.errors == ()
    assert len(feed.of(RunEventType.ERROR_RAISED)) == 2
    assert len(feed.of(RunEventType.ERROR_CLEARED)) == 2


def test_print_error_is_an_active_error() -> None:
    feed = online_idle()
    feed.start_job()
    events = feed.status(gcode_state="PAUSE", print_error=0x03008004, stg_cur=6)
    raised = [e for e in events if e.type is RunEventType.ERROR_RAISED]
    assert len(raised) == 1
    err = raised[0].data["error"]
    assert (err.source, err.code, err.module) == ("print_error", "0300_8004", "motion_controller")
    assert feed.snap.print_error == 0x03008004
    assert feed.snap.attention_required
    assert feed.snap.pause_reason is PauseReason.ATTENTION
    events = feed.status(gcode_state="RUNNING", print_error=0, stg_cur=0)
    assert RunEventType.ERROR_CLEARED in feed.types(events)
    assert not feed.snap.attention_required


def test_fatal_hms_while_idle_is_error() -> None:
    feed = online_idle()
    feed.status(hms=[{"attr": 0x0C000100, "code": 0x00010004}])
    assert feed.snap.status is PrinterStatus.ERROR
    assert feed.snap.attention_required
    primary = feed.snap.primary_error
    assert primary is not None
    assert primary.severity is ErrorSeverity.FATAL
    feed.status(hms=[])
    assert feed.snap.status is PrinterStatus.IDLE


# ---- jobs ---------------------------------------------------------------------------------


def test_success_run_events() -> None:
    feed = online_idle()
    feed.start_job("cube", start="1767225600")
    feed.status(gcode_state="RUNNING", stg_cur=13, layer_num=0)
    feed.status(stg_cur=0, layer_num=1, mc_percent=1)
    feed.status(layer_num=60, mc_percent=50, mc_remaining_time=45)
    feed.status(gcode_state="FINISH", layer_num=120, mc_percent=100, stg_cur=255)
    feed.status(gcode_state="FINISH", bed_temper=40.0)  # FINISH persists: no second end
    key = f"{SERIAL}:1767225600"
    assert feed.types() == [
        RunEventType.PRINTER_ONLINE,
        RunEventType.JOB_STARTED,
        RunEventType.JOB_PRINTING,
        RunEventType.JOB_ENDED,
    ]
    started, printing, ended = feed.events[1:]
    assert started.job_key == printing.job_key == ended.job_key == key
    assert started.data["printer_estimate_s"] == 90 * 60
    assert started.data["job_name"] == "cube"
    assert started.data["file_name"] == "cube.gcode.3mf"
    assert started.data["total_layers"] == 120
    assert started.data["reattached"] is False
    assert printing.data["layer"] == 1
    assert ended.data["outcome"] == RunOutcome.SUCCESS
    assert ended.data["source"] == "state"
    assert feed.snap.status is PrinterStatus.FINISHED
    assert feed.snap.job_key == key
    for event in feed.events:
        assert event.ts.tzinfo is UTC


def test_first_layer_by_stage_zero() -> None:
    feed = online_idle()
    feed.start_job()
    feed.status(gcode_state="RUNNING", stg_cur=0, layer_num=0)
    assert feed.types()[-1] is RunEventType.JOB_PRINTING


def test_failed_run_reason_and_code() -> None:
    feed = online_idle(cancel_hold_s=5.0)
    feed.start_job()
    feed.to_printing()
    hms = [{"attr": 0x0C000300, "code": 0x00010002}]
    feed.status(gcode_state="FAILED", print_error=0x03008003, fail_reason="50364419", hms=hms)
    assert feed.state.pending_deadline is not None  # may still become a cancel
    assert feed.snap.status is PrinterStatus.PRINTING  # held, not a premature "failed"
    assert feed.resolve(2.0) == []  # before the deadline: nothing
    events = feed.resolve(5.0)
    assert feed.types(events) == [RunEventType.JOB_ENDED]
    ended = events[0]
    assert ended.data["outcome"] == RunOutcome.FAILED
    assert ended.data["error_code"] == "0300_8003"
    assert ended.data["reason"] == "Spaghetti failure detected"
    assert ended.data["hms"] == ["0C000300_00010002"]
    assert ended.data["source"] == "print_error"
    assert feed.snap.status is PrinterStatus.FAILED
    assert feed.state.pending_deadline is None


def test_failure_details_survive_a_quick_next_job() -> None:
    """The next job resets print_error and HMS before the hold ends: keep the FAILED details."""
    feed = online_idle(cancel_hold_s=10.0)
    feed.start_job("a", start="100")
    feed.to_printing()
    hms = [{"attr": 0x0C000300, "code": 0x00010002}]
    feed.status(gcode_state="FAILED", print_error=0x03008003, hms=hms)
    feed.status(hms=[])
    feed.start_job("b", start="200")  # print_error back to 0
    ended = feed.of(RunEventType.JOB_ENDED)
    assert [(e.job_key, e.data["outcome"]) for e in ended] == [(f"{SERIAL}:100", "failed")]
    assert ended[0].data["error_code"] == "0300_8003"
    assert ended[0].data["hms"] == ["0C000300_00010002"]
    assert feed.of(RunEventType.JOB_STARTED)[-1].job_key == f"{SERIAL}:200"


def test_failed_with_only_hms() -> None:
    feed = online_idle(cancel_hold_s=1.0)
    feed.start_job()
    feed.to_printing()
    feed.status(gcode_state="FAILED", hms=[{"attr": 0x07010200, "code": 0x00010001}])
    (ended,) = feed.resolve(2.0)
    assert ended.data["error_code"] == "07010200_00010001"
    assert ended.data["source"] == "hms"


def test_operator_stop_late_cancel_code() -> None:
    """H2D capture: FAILED with print_error 0, the cancel code ~4 s later."""
    feed = online_idle(cancel_hold_s=10.0)
    feed.start_job()
    feed.to_printing()
    feed.status(gcode_state="PAUSE", stg_cur=16)
    events = feed.status(gcode_state="FAILED", print_error=0, stg_cur=255)
    assert RunEventType.JOB_ENDED not in feed.types(events)
    assert feed.snap.status is PrinterStatus.PAUSED  # held
    events = feed(rep(print_error=CANCEL, mc_print_error_code="16396"), dt=4.0)
    ended = [e for e in events if e.type is RunEventType.JOB_ENDED]
    assert len(ended) == 1
    assert ended[0].data["outcome"] == RunOutcome.CANCELLED
    assert ended[0].data["source"] == "print_error"
    assert feed.snap.status is PrinterStatus.CANCELLED
    assert feed.resolve(20.0) == []  # no second decision
    feed.status(fail_reason=str(CANCEL))
    assert len(feed.of(RunEventType.JOB_ENDED)) == 1


def test_cancel_by_fail_reason_right_away() -> None:
    feed = online_idle()
    feed.start_job()
    feed.to_printing()
    feed.status(gcode_state="FAILED", print_error=0, fail_reason="83902478")  # 0x0500400E
    (ended,) = feed.of(RunEventType.JOB_ENDED)
    assert ended.data["outcome"] == RunOutcome.CANCELLED
    assert ended.data["source"] == "fail_reason"


def test_stale_fail_reason_from_an_earlier_cancel_is_ignored() -> None:
    """fail_reason holds the LAST error: a cancel code left from the previous job must not
    turn this job's failure into a cancel."""
    feed = online_idle(cancel_hold_s=2.0)
    feed.start_job("a", start="100", fail_reason=str(CANCEL))
    feed.to_printing()
    feed.status(gcode_state="FAILED", print_error=0x03008003, fail_reason=str(CANCEL))
    assert feed.of(RunEventType.JOB_ENDED) == []
    (ended,) = feed.resolve(3.0)
    assert ended.data["outcome"] == RunOutcome.FAILED


def test_stop_ack_rule() -> None:
    feed = online_idle()
    feed.start_job()
    feed.to_printing()
    feed(ack("stop"))
    feed.status(gcode_state="FAILED", print_error=0)
    (ended,) = feed.of(RunEventType.JOB_ENDED)
    assert ended.data["outcome"] == RunOutcome.CANCELLED
    assert ended.data["source"] == "stop_ack"


def test_stop_ack_too_old_or_failed_does_not_count() -> None:
    feed = online_idle(cancel_hold_s=3.0)
    feed.start_job()
    feed.to_printing()
    feed(ack("stop"))
    feed(ack("stop", result="failed"), dt=11.0)
    feed.status(gcode_state="FAILED", print_error=0x03004006)
    assert feed.of(RunEventType.JOB_ENDED) == []
    (ended,) = feed.resolve(4.0)
    assert ended.data["outcome"] == RunOutcome.FAILED


def test_stop_ack_during_hold_cancels() -> None:
    feed = online_idle()
    feed.start_job()
    feed.to_printing()
    feed.status(gcode_state="FAILED", print_error=0)
    (ended,) = [e for e in feed(ack("stop")) if e.type is RunEventType.JOB_ENDED]
    assert ended.data["outcome"] == RunOutcome.CANCELLED


def test_own_stop_command_counts() -> None:
    feed = online_idle()
    feed.start_job()
    feed.to_printing()
    feed.state.note_stop_sent(at(feed.t))
    feed.status(gcode_state="FAILED", print_error=0)
    (ended,) = feed.of(RunEventType.JOB_ENDED)
    assert (ended.data["outcome"], ended.data["source"]) == ("cancelled", "stop_command")


def test_pause_resume_events() -> None:
    feed = online_idle()
    feed.start_job()
    feed.to_printing()
    feed.status(gcode_state="PAUSE", stg_cur=16)
    feed.status(gcode_state="PAUSE", bed_temper=50.0)  # re-send: no second pause
    feed.status(gcode_state="RUNNING", stg_cur=0)
    feed.status(gcode_state="PAUSE", stg_cur=6, print_error=0x03008004)
    feed.status(gcode_state="RUNNING", stg_cur=0, print_error=0)
    paused = feed.of(RunEventType.JOB_PAUSED)
    assert [e.data["reason"] for e in paused] == ["user", "attention"]
    assert len(feed.of(RunEventType.JOB_RESUMED)) == 2


def test_running_to_idle_is_unknown() -> None:
    feed = online_idle()
    feed.start_job()
    feed.to_printing()
    feed.status(gcode_state="IDLE", stg_cur=255)
    (ended,) = feed.of(RunEventType.JOB_ENDED)
    assert ended.data["outcome"] == RunOutcome.UNKNOWN
    assert feed.snap.job_key is None


def test_new_job_after_terminal_states() -> None:
    feed = online_idle()
    feed.start_job("a", start="100")
    feed.to_printing()
    feed.status(gcode_state="FINISH")
    feed.start_job("b", start="200")
    feed.to_printing()
    feed(ack("stop"))
    feed.status(gcode_state="FAILED")
    feed.start_job("c", start="300")
    started = [e.job_key for e in feed.of(RunEventType.JOB_STARTED)]
    ended = [(e.job_key, e.data["outcome"]) for e in feed.of(RunEventType.JOB_ENDED)]
    assert started == [f"{SERIAL}:100", f"{SERIAL}:200", f"{SERIAL}:300"]
    assert ended == [(f"{SERIAL}:100", "success"), (f"{SERIAL}:200", "cancelled")]


def test_job_key_prefers_task_id() -> None:
    feed = online_idle()
    feed.start_job(task_id="0", subtask_id="123456789")
    (started,) = feed.of(RunEventType.JOB_STARTED)
    assert started.job_key == f"{SERIAL}:task:123456789"


def test_job_key_fallback_is_stable() -> None:
    feed = online_idle()
    feed.start_job("widget", start="0")
    (started,) = feed.of(RunEventType.JOB_STARTED)
    assert started.job_key is not None
    assert started.job_key.startswith(f"{SERIAL}:widget:")
    feed.status(gcode_state="RUNNING", stg_cur=0, layer_num=1, gcode_start_time="1767225600")
    feed.state.connection_lost(at(100))
    feed.state.connection_made(at(101))
    feed.status(gcode_state="RUNNING", layer_num=5)
    keys = {e.job_key for e in feed.events if e.job_key}
    assert keys == {started.job_key}


def test_reattach_same_job_after_reconnect() -> None:
    feed = online_idle()
    feed.start_job("cube", start="1767225600")
    feed.to_printing()
    feed.state.connection_lost(at(feed.t))
    feed.state.connection_made(at(feed.t + 5))
    events = feed.status(gcode_state="RUNNING", stg_cur=0, layer_num=30, mc_remaining_time=20)
    assert feed.types(events) == [RunEventType.PRINTER_ONLINE, RunEventType.JOB_STARTED]
    assert events[1].job_key == f"{SERIAL}:1767225600"
    assert events[1].data["reattached"] is True
    assert "printer_estimate_s" not in events[1].data  # remaining != the total estimate
    feed.status(gcode_state="FINISH")
    assert [e.data["outcome"] for e in feed.of(RunEventType.JOB_ENDED)] == ["success"]


def test_reattach_when_already_active_on_first_connect() -> None:
    feed = Feed()
    events = feed.status(
        **{
            **IDLE,
            "gcode_state": "PAUSE",
            "stg_cur": 16,
            "layer_num": 5,
            "subtask_name": "x",
            "gcode_start_time": "42",
        }
    )
    assert feed.types(events) == [
        RunEventType.PRINTER_ONLINE,
        RunEventType.JOB_STARTED,
        RunEventType.JOB_PAUSED,
    ]
    assert events[1].data["reattached"] is True


def test_ended_while_offline_closed_on_reconnect() -> None:
    """A run that ended while HA was down is closed by the first report after connect."""
    feed = Feed()
    events = feed.status(**{**IDLE, "gcode_state": "FINISH", "gcode_start_time": "77"})
    ended = [e for e in events if e.type is RunEventType.JOB_ENDED]
    assert len(ended) == 1
    assert ended[0].job_key == f"{SERIAL}:77"
    assert ended[0].data["reattached"] is True
    assert ended[0].data["outcome"] == RunOutcome.SUCCESS
    # a later reconnect with the same terminal state does not end it again
    feed.state.connection_lost(at(feed.t))
    feed.state.connection_made(at(feed.t))
    feed.status(**{**IDLE, "gcode_state": "FINISH", "gcode_start_time": "77"})
    assert len(feed.of(RunEventType.JOB_ENDED)) == 1


def test_failed_while_offline_with_cancel_code() -> None:
    feed = Feed()
    feed.status(
        **{
            **IDLE,
            "gcode_state": "FAILED",
            "print_error": 0,
            "fail_reason": str(CANCEL),
            "gcode_start_time": "88",
        }
    )
    (ended,) = feed.of(RunEventType.JOB_ENDED)
    assert ended.data["outcome"] == RunOutcome.CANCELLED
    assert feed.snap.status is PrinterStatus.CANCELLED


def test_job_ended_on_reconnect_when_finished_meanwhile() -> None:
    feed = online_idle()
    feed.start_job("a", start="100")
    feed.to_printing()
    feed.state.connection_lost(at(feed.t))
    feed.state.connection_made(at(feed.t + 60))
    feed.status(gcode_state="FINISH", layer_num=120)
    (ended,) = feed.of(RunEventType.JOB_ENDED)
    assert (ended.job_key, ended.data["outcome"]) == (f"{SERIAL}:100", "success")


def test_new_job_seen_on_reconnect_ends_old_as_unknown() -> None:
    feed = online_idle()
    feed.start_job("a", start="100")
    feed.to_printing()
    feed.state.connection_lost(at(feed.t))
    feed.state.connection_made(at(feed.t + 60))
    feed.status(gcode_state="RUNNING", subtask_name="b", gcode_start_time="200", layer_num=2)
    ended = feed.of(RunEventType.JOB_ENDED)
    assert [(e.job_key, e.data["outcome"]) for e in ended] == [(f"{SERIAL}:100", "unknown")]
    started = feed.of(RunEventType.JOB_STARTED)
    assert started[-1].job_key == f"{SERIAL}:200"
    assert started[-1].data["reattached"] is True


def test_relevant_keys_cover_the_snapshot() -> None:
    assert {"gcode_state", "mc_percent", "hms", "print_error"} <= set(RELEVANT_KEYS)


# ---- identification and config ------------------------------------------------------------


def _module(name: str, **fields: Any) -> dict[str, Any]:
    return {"name": name, "sw_ver": "01.02.03.04", **fields}


@pytest.mark.parametrize(
    ("modules", "expected"),
    [
        ([_module("ota", product_name="Bambu Lab X1 Carbon")], ("X1 Carbon", "BL-P001")),
        ([_module("ota", product_name="Bambu Lab P1S")], ("P1S", "C12")),
        ([_module("ota", product_name="Bambu Lab A1 mini")], ("A1 mini", "N1")),
        ([_module("ota", product_name="Bambu Lab H2D")], ("H2D", "O1D")),
        ([_module("ota"), _module("rv1126", hw_ver="AP05")], ("X1 Carbon", "BL-P001")),
        ([_module("ota"), _module("rv1126", hw_ver="AP02")], ("X1E", "C13")),
        ([_module("ota"), _module("esp32", hw_ver="AP04", project_name="C11")], ("P1P", "C11")),
        ([_module("ota"), _module("esp32", hw_ver="AP04", project_name="C12")], ("P1S", "C12")),
        ([_module("ota"), _module("esp32", hw_ver="AP05", project_name="N1")], ("A1 mini", "N1")),
        ([_module("ota"), _module("esp32", hw_ver="AP05", project_name="N2S")], ("A1", "N2S")),
        ([_module("ota", product_name="Bambu Lab Z9")], ("Z9", None)),
        ([_module("mc", hw_ver="MC07")], (None, None)),
        ("junk", (None, None)),
    ],
)
def test_identify_model(modules: Any, expected: tuple[str | None, str | None]) -> None:
    model, code, firmware = identify_model(modules)
    assert (model, code) == expected
    if isinstance(modules, list) and modules[0]["name"] == "ota":
        assert firmware == "01.02.03.04"


def test_version_reply_sets_info() -> None:
    feed = online_idle()
    payload = {
        "info": {
            "command": "get_version",
            "module": [_module("ota", product_name="Bambu Lab P1S", sw_ver="01.07.00.00")],
        }
    }
    feed(json.dumps(payload).encode())
    info = feed.state.info
    assert info is not None
    assert (info.serial, info.brand, info.model, info.model_code, info.firmware) == (
        SERIAL,
        "bambu",
        "P1S",
        "C12",
        "01.07.00.00",
    )


def test_config_repr_hides_secrets() -> None:
    config = BambuConfig(host="10.0.0.5", serial=SERIAL, access_code="s3cr3tAC", ca_pem="PEM")
    assert "s3cr3tAC" not in repr(config)
    assert "PEM" not in repr(config)
