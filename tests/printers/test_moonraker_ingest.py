"""Pure ingest tests for MoonrakerState and the Moonraker parsing helpers (no network)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from custom_components.odin.printers.model import (
    PrinterStatus,
    RunEvent,
    RunEventType,
    RunOutcome,
)
from custom_components.odin.printers.moonraker import (
    MoonrakerConfig,
    MoonrakerState,
    error_key,
    fallback_key,
    history_key,
    map_status,
    model_from_kinematics,
    parse_filament,
    parse_webcams,
)

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def status(state: str = "standby", filename: str = "", **ps: Any) -> dict[str, Any]:
    return {
        "webhooks": {"state": "ready", "state_message": "Printer is ready"},
        "print_stats": {
            "filename": filename,
            "state": state,
            "total_duration": ps.pop("total_duration", 0.0),
            "print_duration": ps.pop("print_duration", 0.0),
            "filament_used": ps.pop("filament_used", 0.0),
            "message": ps.pop("message", ""),
            "info": {"total_layer": None, "current_layer": None},
        },
        "virtual_sdcard": {"progress": 0.0, "file_position": 0, "is_active": False},
        "display_status": {"progress": 0.0, "message": None},
        "extruder": {"temperature": 210.04, "target": 210.0},
        "heater_bed": {"temperature": 59.96, "target": 60.0},
    }


def entry(
    job_id: str, filename: str, state: str, start: float, end: float | None = None
) -> dict[str, Any]:
    return {
        "job_id": job_id,
        "filename": filename,
        "status": state,
        "start_time": at(start).timestamp(),
        "end_time": at(end).timestamp() if end is not None else None,
        "print_duration": 0.0,
        "total_duration": 0.0,
        "filament_used": 0.0,
        "metadata": {},
    }


def types(events: list[RunEvent]) -> list[RunEventType]:
    return [e.type for e in events]


def synced(
    state: str = "standby",
    filename: str = "",
    history: list[dict[str, Any]] | None = None,
    **ps: Any,
) -> tuple[MoonrakerState, list[RunEvent]]:
    st = MoonrakerState(key_wait_s=2.0)
    _snap, events = st.sync(
        klippy_state="ready",
        klippy_message="Printer is ready",
        status=status(state, filename, **ps),
        history=history or [],
        now=at(0),
    )
    return st, events


def begin(st: MoonrakerState, filename: str, job_id: str, t: float, **md: Any) -> str:
    """A job starts (history first, then the state edge) and its metadata arrives."""
    record = entry(job_id, filename, "in_progress", t)
    st.history_changed("added", record, at(t))
    st.status_update(
        {"print_stats": {"state": "printing", "filename": filename, "filament_used": 1.0}}, at(t)
    )
    _snap, events = st.set_metadata(filename, md, at(t))
    assert RunEventType.JOB_STARTED in types(events)
    key = history_key(record)
    assert key is not None
    return key


# ---------------------------------------------------------------------------- mapping table


@pytest.mark.parametrize(
    ("klippy", "state", "filament", "connected", "expected"),
    [
        ("ready", "standby", 0.0, True, PrinterStatus.IDLE),
        ("ready", "printing", 0.0, True, PrinterStatus.PREPARING),
        ("ready", "printing", 12.5, True, PrinterStatus.PRINTING),
        ("ready", "printing", None, True, PrinterStatus.PRINTING),
        ("ready", "paused", 12.5, True, PrinterStatus.PAUSED),
        ("ready", "complete", 12.5, True, PrinterStatus.FINISHED),
        ("ready", "cancelled", 12.5, True, PrinterStatus.CANCELLED),
        ("ready", "error", 12.5, True, PrinterStatus.FAILED),
        ("ready", None, None, True, PrinterStatus.BUSY),
        ("ready", "weird", None, True, PrinterStatus.BUSY),
        ("startup", "printing", 1.0, True, PrinterStatus.BUSY),
        ("shutdown", "printing", 1.0, True, PrinterStatus.ERROR),
        ("error", "standby", 0.0, True, PrinterStatus.ERROR),
        ("disconnected", "printing", 1.0, True, PrinterStatus.OFFLINE),
        (None, None, None, True, PrinterStatus.OFFLINE),
        ("ready", "printing", 12.5, False, PrinterStatus.OFFLINE),
    ],
)
def test_map_status_table(
    klippy: str | None,
    state: str | None,
    filament: float | None,
    connected: bool,
    expected: PrinterStatus,
) -> None:
    assert map_status(klippy, state, filament_used=filament, connected=connected) is expected


@pytest.mark.parametrize(
    ("message", "key"),
    [
        ("Move out of range: 310.000 150.000 0.400 [0.000]", "move_out_of_range"),
        (
            "MCU 'mcu' shutdown: Timer too close\nThis often indicates ...",
            "mcu_shutdown_timer_too_close",
        ),
        ("Must home axis first: 0.000 0.000 0.200 [0.000]", "must_home_axis_first"),
        ("Shutdown due to webhooks request", "shutdown_due_to_webhooks_request"),
        ("", "klipper_error"),
        (None, "klipper_error"),
        ("12345", "klipper_error"),
        (
            "Error evaluating 'gcode_macro PRINT_START:gcode': "
            "klippy.gcode.CommandError: Move out of range: 400.000 400.000 0.600 [0.000]\n",
            "move_out_of_range",
        ),
        (
            "Error evaluating 'gcode_macro A:gcode': gcode.CommandError: Error evaluating "
            "'gcode_macro B:gcode': gcode.CommandError: Must home axis first: 0.000 0.000 0.200",
            "must_home_axis_first",
        ),
        ("Error evaluating 'gcode_macro C:gcode': ", "error_evaluating"),
    ],
)
def test_error_key(message: str | None, key: str) -> None:
    assert error_key(message) == key


def test_helpers() -> None:
    assert history_key({"job_id": "00002A", "start_time": 1767225600.7}) == "00002A@1767225600"
    assert history_key({"job_id": "00002A"}) == "00002A"
    assert history_key({"start_time": 1.0}) is None
    assert fallback_key("a/b.gcode", T0) == f"a/b.gcode@{int(T0.timestamp())}"
    assert model_from_kinematics("corexy") == "Klipper CoreXY"
    assert model_from_kinematics("hybrid_corexy") == "Klipper Hybrid CoreXY"
    assert model_from_kinematics("scara") == "Klipper scara"
    assert model_from_kinematics(None) is None


@pytest.mark.parametrize(
    ("metadata", "expected"),
    [
        (
            {"filament_type": "PLA", "filament_weight_total": 12.345},
            [{"type": "PLA", "grams": 12.35}],
        ),
        (
            {"filament_type": '["PLA", "PETG"]', "filament_weights": [10.0, 2.5]},
            [{"type": "PLA", "grams": 10.0}, {"type": "PETG", "grams": 2.5}],
        ),
        (
            {
                "filament_type": "PLA;PLA",
                "filament_weights": [3.0, 0.0],
                "filament_weight_total": 3.0,
            },
            [{"type": "PLA", "grams": 3.0}],
        ),
        (
            {"filament_type": "PLA;PETG", "filament_weight_total": 7.0},
            [{"type": "PLA/PETG", "grams": 7.0}],
        ),
        ({"filament_weight_total": 4.0}, [{"type": None, "grams": 4.0}]),
        ({"filament_type": "ASA"}, [{"type": "ASA", "grams": None}]),
        ({"slicer": "Cura"}, None),
        (None, None),
    ],
)
def test_parse_filament(metadata: dict[str, Any] | None, expected: Any) -> None:
    assert parse_filament(metadata) == expected


def test_parse_webcams_resolves_relative_urls() -> None:
    config = MoonrakerConfig("192.0.2.7", 7125)
    cams = parse_webcams(
        {
            "webcams": [
                {
                    "name": "bed",
                    "stream_url": "/webcam/?action=stream",
                    "snapshot_url": "/webcam/?action=snapshot",
                    "rotation": 90,
                    "enabled": True,
                },
                {"name": "nozzle", "stream_url": "http://10.1.1.1:8080/stream", "snapshot_url": ""},
                "junk",
            ]
        },
        config,
    )
    assert [c.name for c in cams] == ["bed", "nozzle"]
    assert cams[0].stream_url == "http://192.0.2.7/webcam/?action=stream"
    assert cams[0].snapshot_url == "http://192.0.2.7/webcam/?action=snapshot"
    assert cams[0].rotation == 90
    assert cams[1].stream_url == "http://10.1.1.1:8080/stream"
    assert cams[1].snapshot_url is None
    tls = parse_webcams(
        [{"name": "x", "stream_url": "webcam/stream"}], MoonrakerConfig("h", ssl=True)
    )
    assert tls[0].stream_url == "https://h/webcam/stream"
    assert parse_webcams(None, config) == ()


def test_config_urls_and_repr() -> None:
    config = MoonrakerConfig("::1", 7130, api_key="topsecret", ssl=True)
    assert str(config.ws_url()) == "wss://[::1]:7130/websocket"
    assert config.headers() == {"X-Api-Key": "topsecret"}
    assert "topsecret" not in repr(config)
    assert MoonrakerConfig("h").headers() == {}
    assert MoonrakerConfig("h").fallback_serial == "h:7125"


# ---------------------------------------------------------------------------- sequences


def test_live_job_state_first_then_history() -> None:
    st, events = synced()
    assert types(events) == [RunEventType.PRINTER_ONLINE]
    assert st.snapshot.status is PrinterStatus.IDLE
    assert (st.snapshot.nozzle_temp, st.snapshot.bed_temp) == (210.0, 60.0)
    snap, events = st.status_update(
        {"print_stats": {"state": "printing", "filename": "a.gcode"}}, at(1)
    )
    assert events == []  # waiting for the history id and the metadata
    assert snap is not None
    assert snap.status is PrinterStatus.PREPARING
    assert snap.job_key is None
    assert st.wanted_metadata == "a.gcode"
    _snap, events = st.history_changed(
        "added", entry("000007", "a.gcode", "in_progress", 1), at(1.01)
    )
    assert events == []
    _snap, events = st.status_update({"print_stats": {"filament_used": 3.0}}, at(1.5))
    assert events == []  # job_printing is queued behind job_started
    snap, events = st.set_metadata("a.gcode", {"estimated_time": 600.0, "layer_count": 50}, at(1.6))
    key = history_key(entry("000007", "a.gcode", "in_progress", 1))
    assert types(events) == [RunEventType.JOB_STARTED, RunEventType.JOB_PRINTING]
    assert {e.job_key for e in events} == {key}
    assert events[0].data["slicer_estimate_s"] == 600.0
    assert events[0].data["started_at"] == at(1)
    assert snap is not None
    assert (snap.status, snap.job_key, snap.total_layers) == (PrinterStatus.PRINTING, key, 50)
    snap, _ = st.status_update({"print_stats": {"print_duration": 100.0}}, at(2))
    assert snap is not None
    assert snap.remaining_s == 500
    _snap, events = st.status_update({"print_stats": {"state": "complete"}}, at(3))
    assert types(events) == [RunEventType.JOB_ENDED]
    assert events[0].data["outcome"] == RunOutcome.SUCCESS
    _snap, events = st.history_changed(
        "finished", entry("000007", "a.gcode", "completed", 1, 3), at(3.1)
    )
    assert events == []
    assert st.snapshot.job_key == key


def test_history_first_then_state() -> None:
    st, _ = synced()
    _snap, events = st.history_changed("added", entry("000008", "b.gcode", "in_progress", 1), at(1))
    assert events == []
    assert st.wanted_metadata == "b.gcode"
    _snap, events = st.set_metadata("b.gcode", {}, at(1))
    assert types(events) == [RunEventType.JOB_STARTED]
    _snap, events = st.status_update(
        {"print_stats": {"state": "printing", "filename": "b.gcode"}}, at(1.1)
    )
    assert events == []  # the same job, not a second one
    _snap, events = st.history_changed(
        "finished", entry("000008", "b.gcode", "cancelled", 1, 2), at(2)
    )
    assert types(events) == [RunEventType.JOB_ENDED]
    assert events[0].data["outcome"] == RunOutcome.CANCELLED
    _snap, events = st.status_update({"print_stats": {"state": "cancelled"}}, at(2.1))
    assert events == []


def test_error_to_complete_jump_is_a_new_job() -> None:
    """Batch-mode style: a fast job after an error never shows ``printing``."""
    st, _ = synced("error", "old.gcode", message="boom")
    assert st.snapshot.status is PrinterStatus.FAILED
    _snap, events = st.status_update(
        {"print_stats": {"state": "complete", "filename": "fast.gcode", "message": ""}}, at(1)
    )
    assert types(events) == [RunEventType.ERROR_CLEARED]  # the job waits for its id
    st.history_changed("added", entry("00000A", "fast.gcode", "in_progress", 1), at(1.05))
    _snap, events = st.set_metadata("fast.gcode", {}, at(1.1))
    assert types(events) == [RunEventType.JOB_STARTED, RunEventType.JOB_ENDED]
    assert events[1].data["outcome"] == RunOutcome.SUCCESS
    assert st.snapshot.status is PrinterStatus.FINISHED
    assert [
        e.type
        for e in st.history_changed(
            "finished", entry("00000A", "fast.gcode", "completed", 1, 1.1), at(1.2)
        )[1]
    ] == []


def test_job_seen_only_in_history() -> None:
    st, _ = synced("complete", "x.gcode")
    _snap, events = st.history_changed("finished", entry("00000B", "y.gcode", "error", 1, 2), at(3))
    assert events == []
    _snap, events = st.set_metadata("y.gcode", {"estimated_time": 5}, at(3))
    assert types(events) == [RunEventType.JOB_STARTED, RunEventType.JOB_ENDED]
    assert events[0].data["slicer_estimate_s"] == 5
    assert events[1].data["outcome"] == RunOutcome.FAILED
    assert events[1].ts == at(2)


def test_key_falls_back_without_history() -> None:
    st = MoonrakerState(key_wait_s=2.0)
    st.sync(
        klippy_state="ready",
        klippy_message=None,
        status=status(),
        history=[],
        now=at(0),
        has_history=False,
    )
    st.status_update({"print_stats": {"state": "printing", "filename": "c.gcode"}}, at(1))
    _snap, events = st.set_metadata("c.gcode", {}, at(1))
    assert types(events) == [RunEventType.JOB_STARTED]
    assert events[0].job_key == fallback_key("c.gcode", at(1))


def test_key_wait_expires_with_history() -> None:
    st, _ = synced()
    st.status_update({"print_stats": {"state": "printing", "filename": "d.gcode"}}, at(1))
    assert st.next_deadline == at(3)
    _snap, events = st.tick(at(3))
    assert types(events) == [RunEventType.JOB_STARTED]
    key = events[0].job_key
    assert key == fallback_key("d.gcode", at(1))
    # the late history record is tied to the job; its "finished" does not start another run
    _snap, events = st.history_changed(
        "added", entry("00000C", "d.gcode", "in_progress", 1.2), at(3.5)
    )
    assert events == []
    _snap, events = st.history_changed(
        "finished", entry("00000C", "d.gcode", "completed", 1.2, 9), at(9)
    )
    assert types(events) == [RunEventType.JOB_ENDED]
    assert events[0].job_key == key


def test_pause_resume_and_standby_cancel() -> None:
    st, _ = synced()
    begin(st, "e.gcode", "00000D", 1)
    _snap, events = st.status_update({"print_stats": {"state": "paused"}}, at(2))
    assert types(events) == [RunEventType.JOB_PAUSED]
    assert st.snapshot.pause_reason is not None
    _snap, events = st.status_update(
        {"print_stats": {"state": "printing", "total_duration": 5.0}}, at(3)
    )
    assert types(events) == [RunEventType.JOB_RESUMED]
    _snap, events = st.status_update({"print_stats": {"state": "standby", "filename": ""}}, at(4))
    assert types(events) == [RunEventType.JOB_ENDED]
    assert events[0].data["outcome"] == RunOutcome.CANCELLED
    assert st.snapshot.status is PrinterStatus.IDLE


def test_resync_replays_history_and_reattaches() -> None:
    st, _ = synced()
    key = begin(st, "f.gcode", "000010", 1)
    _snap, events = st.connection_lost(at(2))
    assert types(events) == [RunEventType.PRINTER_OFFLINE]
    assert st.snapshot.status is PrinterStatus.OFFLINE
    # back online: f finished while away, g.gcode is printing now
    history = [
        entry("000010", "f.gcode", "completed", 1, 5),
        entry("000011", "g.gcode", "in_progress", 6),
    ]
    _snap, events = st.sync(
        klippy_state="ready",
        klippy_message=None,
        status=status("printing", "g.gcode", filament_used=2.0, total_duration=4.0),
        history=history,
        now=at(10),
    )
    assert types(events) == [RunEventType.PRINTER_ONLINE, RunEventType.JOB_ENDED]
    events += st.set_metadata("g.gcode", {}, at(10))[1]
    assert types(events)[2:] == [RunEventType.JOB_STARTED, RunEventType.JOB_PRINTING]
    assert events[1].job_key == key
    assert events[1].data["outcome"] == RunOutcome.SUCCESS
    assert events[1].data["reattached"] is True
    assert events[1].ts == at(5)
    assert events[2].data["reattached"] is True
    assert events[2].job_key == history_key(history[1])
    # another sync: nothing ends twice, the running job re-attaches with the same key
    _snap, events = st.sync(
        klippy_state="ready",
        klippy_message=None,
        status=status("printing", "g.gcode", filament_used=2.5, total_duration=8.0),
        history=history,
        now=at(14),
    )
    assert types(events) == [RunEventType.JOB_STARTED]
    assert events[0].job_key == history_key(history[1])


def test_fresh_state_closes_terminal_job_once() -> None:
    history = [entry("000020", "h.gcode", "error", 1, 5)]
    st, events = synced(
        "error", "h.gcode", history=history, message="Heater extruder not heating at expected rate"
    )
    ended = [e for e in events if e.type is RunEventType.JOB_ENDED]
    assert len(ended) == 1
    assert ended[0].data["outcome"] == RunOutcome.FAILED
    assert ended[0].data["error_code"] == "heater_extruder_not_heating_at_expected_rate"
    assert ended[0].ts == at(5)
    assert st.snapshot.job_key == history_key(history[0])
    assert st.snapshot.errors[0].code == "heater_extruder_not_heating_at_expected_rate"
    _snap, events = st.sync(
        klippy_state="ready",
        klippy_message=None,
        status=status("error", "h.gcode", message="x"),
        history=history,
        now=at(20),
    )
    assert RunEventType.JOB_ENDED not in types(events)


def test_interrupted_history_job_is_the_running_print() -> None:
    """Moonraker restarted mid-print: its history says interrupted, the print goes on."""
    history = [entry("000030", "i.gcode", "interrupted", -100)]
    st, events = synced(
        "printing", "i.gcode", history=history, filament_used=5.0, total_duration=100.0
    )
    events += st.set_metadata("i.gcode", {}, at(0))[1]
    started = [e for e in events if e.type is RunEventType.JOB_STARTED]
    assert len(started) == 1
    assert started[0].job_key == history_key(history[0])
    assert RunEventType.JOB_ENDED not in types(events)


def test_klippy_shutdown_and_disconnect() -> None:
    st, _ = synced()
    begin(st, "j.gcode", "000040", 1)
    _snap, events = st.status_update(
        {"webhooks": {"state": "shutdown", "state_message": "MCU 'mcu' shutdown: Timer too close"}},
        at(2),
    )
    assert types(events) == [RunEventType.JOB_ENDED, RunEventType.ERROR_RAISED]
    assert events[0].data["outcome"] == RunOutcome.FAILED
    assert st.snapshot.status is PrinterStatus.ERROR
    _snap, events = st.klippy_changed("disconnected", None, at(3))
    assert types(events) == [RunEventType.PRINTER_OFFLINE, RunEventType.ERROR_CLEARED]
    assert st.snapshot.status is PrinterStatus.OFFLINE
    _snap, events = st.history_changed(
        "finished", entry("000040", "j.gcode", "klippy_shutdown", 1, 2), at(3)
    )
    assert events == []


def test_klippy_disconnect_mid_print_keeps_the_job_until_ready() -> None:
    st, _ = synced()
    begin(st, "k.gcode", "000050", 1)
    _snap, events = st.klippy_changed("disconnected", None, at(2))
    assert RunEventType.JOB_ENDED not in types(events)
    history = [entry("000050", "k.gcode", "klippy_disconnect", 1, 2)]
    _snap, events = st.sync(
        klippy_state="ready", klippy_message=None, status=status(), history=history, now=at(5)
    )
    ended = [e for e in events if e.type is RunEventType.JOB_ENDED]
    assert len(ended) == 1
    assert ended[0].data["outcome"] == RunOutcome.UNKNOWN


def test_progress_from_metadata_bytes() -> None:
    st, _ = synced()
    begin(
        st, "p.gcode", "000060", 1, gcode_start_byte=1000, gcode_end_byte=11000, estimated_time=100
    )
    snap, _ = st.status_update(
        {
            "print_stats": {
                "state": "printing",
                "filename": "p.gcode",
                "filament_used": 1.0,
                "print_duration": 40.0,
            },
            "virtual_sdcard": {"file_position": 6000, "progress": 0.5},
            "display_status": {"progress": 0.3},
        },
        at(2),
    )
    assert snap is not None
    assert (snap.progress, snap.remaining_s) == (50.0, 60)


@pytest.mark.parametrize("lost", ["server_exit", "klippy_disconnect", "interrupted"])
def test_lost_history_notice_is_an_outage_not_an_outcome(lost: str) -> None:
    """Moonraker stopping (SIGTERM) or losing Klippy finishes its history job as server_exit /
    klippy_disconnect: the job stays open and is re-attached when the printer is back."""
    st, _ = synced()
    key = begin(st, "o.gcode", "000070", 1)
    _snap, events = st.history_changed("finished", entry("000070", "o.gcode", lost, 1, 5), at(5))
    assert RunEventType.JOB_ENDED not in types(events)
    st.connection_lost(at(5))
    history = [entry("000070", "o.gcode", lost, 1, 5)]
    _snap, events = st.sync(
        klippy_state="ready",
        klippy_message=None,
        status=status("printing", "o.gcode", filament_used=9.0, total_duration=19.0),
        history=history,
        now=at(20),
    )
    assert RunEventType.JOB_ENDED not in types(events)
    started = [e for e in events if e.type is RunEventType.JOB_STARTED]
    assert [(e.job_key, e.data["reattached"]) for e in started] == [(key, True)]
    _snap, events = st.status_update(
        {"print_stats": {"state": "complete", "print_duration": 28.0, "total_duration": 29.0}},
        at(30),
    )
    (ended,) = [e for e in events if e.type is RunEventType.JOB_ENDED]
    assert (ended.job_key, ended.data["outcome"]) == (key, RunOutcome.SUCCESS)
    assert (ended.data["print_s"], ended.data["total_s"]) == (28.0, 29.0)


def test_job_that_ended_during_a_moonraker_restart_ends_at_klippers_time() -> None:
    """Back after a SIGTERM, print_stats says complete: success, at start + total_duration."""
    st, _ = synced()
    key = begin(st, "e.gcode", "000080", 1)
    st.history_changed("finished", entry("000080", "e.gcode", "server_exit", 1, 5), at(5))
    st.connection_lost(at(5))
    _snap, events = st.sync(
        klippy_state="ready",
        klippy_message=None,
        status=status("complete", "e.gcode", filament_used=9.0, total_duration=11.0),
        history=[entry("000080", "e.gcode", "server_exit", 1, 5)],
        now=at(40),
    )
    (ended,) = [e for e in events if e.type is RunEventType.JOB_ENDED]
    assert (ended.job_key, ended.data["outcome"]) == (key, RunOutcome.SUCCESS)
    assert ended.ts == at(12)


def test_error_that_ends_a_job_names_the_job() -> None:
    st, _ = synced()
    key = begin(st, "m.gcode", "000090", 1)
    message = "Move out of range: 400.000 400.000 0.600 [8300.000]"
    _snap, events = st.status_update({"print_stats": {"state": "error", "message": message}}, at(3))
    assert types(events) == [RunEventType.JOB_ENDED, RunEventType.ERROR_RAISED]
    assert [e.job_key for e in events] == [key, key]
    assert events[1].data["error"].message == message
    assert events[0].data["reason"] == message


def test_klippy_shutdown_error_names_the_job_it_ended() -> None:
    st, _ = synced()
    key = begin(st, "s.gcode", "000100", 1)
    _snap, events = st.status_update(
        {"webhooks": {"state": "shutdown", "state_message": "MCU 'mcu' shutdown: Timer too close"}},
        at(2),
    )
    assert types(events) == [RunEventType.JOB_ENDED, RunEventType.ERROR_RAISED]
    assert [e.job_key for e in events] == [key, key]
