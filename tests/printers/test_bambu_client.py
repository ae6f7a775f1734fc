"""BambuClient against the simulated printer behind a real mosquitto TLS broker."""

from __future__ import annotations

import asyncio
import threading

import pytest

from custom_components.odin.printers.bambu import BambuClient, BambuConfig, build_ssl_context
from custom_components.odin.printers.model import (
    CommandError,
    PauseReason,
    PrinterStatus,
    RunEventType,
    RunOutcome,
)
from simulators.bambu import free_port
from simulators.certs import sim_ca
from simulators.fixtures import BambuClientFactory, BambuSimFactory, Recorder

CANCEL = 0x0300400C


def online(rec: Recorder) -> bool:
    return rec.last is not None and rec.last.online


def paho_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("paho-mqtt-client-")]


async def test_connect_and_live_snapshot_x1(
    bambu_sim: BambuSimFactory, bambu_client: BambuClientFactory
) -> None:
    sim = await bambu_sim(model="BL-P001", report_interval_s=0.1)
    client, rec = await bambu_client(sim)
    await rec.wait_for(lambda: online(rec) and client.info is not None)
    snap = rec.last
    assert snap is not None
    assert snap.status is PrinterStatus.IDLE
    assert snap.native_state == "IDLE"
    assert snap.chamber_temp is not None
    assert snap.nozzle_temp is not None
    assert client.connected
    assert client.info is not None
    assert (client.info.model, client.info.model_code) == ("X1 Carbon", "BL-P001")
    age = client.last_message_age_s
    assert age is not None
    assert age < 5
    assert client.reconnects == 0
    assert rec.of_type(RunEventType.PRINTER_ONLINE)
    assert "12345678" not in repr(client)
    # the client sent get_version and pushall on connect
    commands = [next(iter(c.values()))["command"] for c in sim.received_commands]
    assert {"get_version", "pushall"} <= set(commands)


@pytest.mark.parametrize("model", ["BL-P001", "C12", "N1"])
async def test_success_run(
    bambu_sim: BambuSimFactory, bambu_client: BambuClientFactory, model: str
) -> None:
    sim = await bambu_sim(model=model, report_interval_s=0.05)
    _client, rec = await bambu_client(sim)
    await rec.wait_for(lambda: online(rec))
    await sim.start_job("benchy", duration_s=0.8, layers=8, estimate_s=5400, prepare_s=0.25)
    ended = await rec.wait_event(RunEventType.JOB_ENDED)
    started = rec.of_type(RunEventType.JOB_STARTED)
    printing = rec.of_type(RunEventType.JOB_PRINTING)
    assert len(started) == len(printing) == 1
    assert started[0].job_key == printing[0].job_key == ended.job_key
    assert started[0].job_key == f"{sim.serial}:{sim.state['gcode_start_time']}"
    assert started[0].data["printer_estimate_s"] == 5400
    assert started[0].data["job_name"] == "benchy"
    assert ended.data["outcome"] == RunOutcome.SUCCESS
    statuses = [s.status for s in rec.snapshots]
    assert PrinterStatus.PREPARING in statuses
    assert PrinterStatus.PRINTING in statuses
    assert statuses.index(PrinterStatus.PREPARING) < statuses.index(PrinterStatus.PRINTING)
    await rec.wait_for(lambda: rec.last is not None and rec.last.status is PrinterStatus.FINISHED)
    last = rec.last
    assert last is not None
    assert (last.progress, last.layer, last.total_layers, last.remaining_s) == (100.0, 8, 8, 0)
    assert last.job_name == "benchy"
    mid = [s for s in rec.snapshots if s.status is PrinterStatus.PRINTING and s.progress]
    assert mid
    assert all(s.remaining_s is not None and s.remaining_s % 60 == 0 for s in mid)


async def test_failed_run_with_hms(
    bambu_sim: BambuSimFactory, bambu_client: BambuClientFactory
) -> None:
    sim = await bambu_sim(model="C12", report_interval_s=0.05)
    _client, rec = await bambu_client(sim, cancel_hold_s=0.3)
    await rec.wait_for(lambda: online(rec))
    await sim.start_job("bracket", duration_s=5.0, layers=20, prepare_s=0.1)
    await rec.wait_event(RunEventType.JOB_PRINTING)
    await sim.fail_job(hms=[(0x0C000300, 0x00010002)], print_error=0x03008003)
    ended = await rec.wait_event(RunEventType.JOB_ENDED)
    assert ended.data["outcome"] == RunOutcome.FAILED
    assert ended.data["error_code"] == "0300_8003"
    assert ended.data["hms"] == ["0C000300_00010002"]
    assert ended.data["reason"] == "Spaghetti failure detected"
    raised = {e.data["error"].code for e in rec.of_type(RunEventType.ERROR_RAISED)}
    assert raised == {"0C000300_00010002", "0300_8003"}
    await rec.wait_for(lambda: rec.last is not None and rec.last.status is PrinterStatus.FAILED)


async def test_operator_stop_on_printer_late_code(
    bambu_sim: BambuSimFactory, bambu_client: BambuClientFactory
) -> None:
    """Stop at the printer: FAILED with print_error 0, the cancel code arrives later."""
    sim = await bambu_sim(model="BL-P001", report_interval_s=0.05, cancel_code_delay_s=0.4)
    _client, rec = await bambu_client(sim, cancel_hold_s=3.0)
    await rec.wait_for(lambda: online(rec))
    await sim.start_job("lid", duration_s=5.0, layers=20, prepare_s=0.1)
    await rec.wait_event(RunEventType.JOB_PRINTING)
    await sim.stop_job()
    await asyncio.sleep(0.2)
    assert not rec.of_type(RunEventType.JOB_ENDED)  # held
    assert rec.last is not None
    assert rec.last.status is PrinterStatus.PRINTING
    ended = await rec.wait_event(RunEventType.JOB_ENDED, timeout=3.0)
    assert ended.data["outcome"] == RunOutcome.CANCELLED
    assert ended.data["source"] in ("print_error", "fail_reason")
    await rec.wait_for(lambda: rec.last is not None and rec.last.status is PrinterStatus.CANCELLED)


async def test_operator_stop_late_code_beyond_hold_is_failed(
    bambu_sim: BambuSimFactory, bambu_client: BambuClientFactory
) -> None:
    sim = await bambu_sim(model="C12", report_interval_s=0.05, cancel_code_delay_s=5.0)
    _client, rec = await bambu_client(sim, cancel_hold_s=0.3)
    await rec.wait_for(lambda: online(rec))
    await sim.start_job("lid", duration_s=5.0, layers=20, prepare_s=0.1)
    await rec.wait_event(RunEventType.JOB_STARTED)
    await sim.stop_job()
    ended = await rec.wait_event(RunEventType.JOB_ENDED, timeout=3.0)
    assert ended.data["outcome"] == RunOutcome.FAILED  # the hold ran out first


async def test_stop_command_cancels_via_ack(
    bambu_sim: BambuSimFactory, bambu_client: BambuClientFactory
) -> None:
    sim = await bambu_sim(model="N1", report_interval_s=0.05, cancel_code_delay_s=10.0)
    client, rec = await bambu_client(sim, cancel_hold_s=5.0)
    await rec.wait_for(lambda: online(rec))
    await sim.start_job("clip", duration_s=5.0, layers=20, prepare_s=0.1)
    await rec.wait_event(RunEventType.JOB_PRINTING)
    await client.async_stop_print()
    ended = await rec.wait_event(RunEventType.JOB_ENDED, timeout=2.0)  # no 5 s hold
    assert ended.data["outcome"] == RunOutcome.CANCELLED
    assert ended.data["source"] in ("stop_ack", "stop_command")
    stops = [c for c in sim.received_commands if c.get("print", {}).get("command") == "stop"]
    assert stops == [
        {"print": {"sequence_id": stops[0]["print"]["sequence_id"], "command": "stop", "param": ""}}
    ]


async def test_pause_resume_commands(
    bambu_sim: BambuSimFactory, bambu_client: BambuClientFactory
) -> None:
    sim = await bambu_sim(model="C12", report_interval_s=0.05)
    client, rec = await bambu_client(sim)
    await rec.wait_for(lambda: online(rec))
    await sim.start_job("gear", duration_s=1.0, layers=10, prepare_s=0.1)
    await rec.wait_event(RunEventType.JOB_PRINTING)
    await client.async_pause()
    paused = await rec.wait_event(RunEventType.JOB_PAUSED)
    assert paused.data["reason"] == PauseReason.USER
    assert rec.last is not None
    assert rec.last.status is PrinterStatus.PAUSED
    await asyncio.sleep(0.3)
    assert sim.gcode_state == "PAUSE"  # the job does not advance while paused
    await client.async_resume()
    await rec.wait_event(RunEventType.JOB_RESUMED)
    ended = await rec.wait_event(RunEventType.JOB_ENDED, timeout=5.0)
    assert ended.data["outcome"] == RunOutcome.SUCCESS
    # printer-initiated pause (runout) needs attention
    await sim.start_job("gear2", duration_s=5.0, layers=10, prepare_s=0.1)
    n = len(rec.events)
    await sim.pause_job(print_error=0x03008004)
    paused = await rec.wait_event(RunEventType.JOB_PAUSED, after=n)
    assert paused.data["reason"] == PauseReason.ATTENTION
    await rec.wait_for(lambda: rec.last is not None and rec.last.attention_required)


async def test_hms_onset_and_clear_once(
    bambu_sim: BambuSimFactory, bambu_client: BambuClientFactory
) -> None:
    sim = await bambu_sim(model="BL-P001", report_interval_s=0.05)
    _client, rec = await bambu_client(sim)
    await rec.wait_for(lambda: online(rec))
    await sim.set_hms([(0x07010200, 0x00030001)])
    raised = await rec.wait_event(RunEventType.ERROR_RAISED)
    assert raised.data["error"].code == "07010200_00030001"
    assert raised.data["error"].module == "ams"
    await asyncio.sleep(0.4)  # ~8 full reports repeat the same hms list
    assert len(rec.of_type(RunEventType.ERROR_RAISED)) == 1
    await sim.set_hms([])
    await rec.wait_event(RunEventType.ERROR_CLEARED)
    await asyncio.sleep(0.3)
    assert len(rec.of_type(RunEventType.ERROR_CLEARED)) == 1
    assert len(rec.of_type(RunEventType.ERROR_RAISED)) == 1


async def test_broker_restart_mid_print_reattaches(
    bambu_sim: BambuSimFactory, bambu_client: BambuClientFactory
) -> None:
    sim = await bambu_sim(model="C12", report_interval_s=0.05)
    client, rec = await bambu_client(sim)
    await rec.wait_for(lambda: online(rec))
    await sim.start_job("tower", duration_s=2.5, layers=25, prepare_s=0.1)
    first = await rec.wait_event(RunEventType.JOB_PRINTING)
    await sim.restart_broker()
    offline = await rec.wait_event(RunEventType.PRINTER_OFFLINE)
    assert offline.job_key == first.job_key
    reattached = await rec.wait_event(RunEventType.JOB_STARTED, reattached=True)
    assert reattached.job_key == first.job_key
    assert client.reconnects >= 1
    assert len(rec.of_type(RunEventType.PRINTER_ONLINE)) == 2
    ended = await rec.wait_event(RunEventType.JOB_ENDED, timeout=10.0)
    assert ended.job_key == first.job_key
    assert ended.data["outcome"] == RunOutcome.SUCCESS
    assert len(rec.of_type(RunEventType.JOB_ENDED)) == 1
    assert len(rec.of_type(RunEventType.JOB_PRINTING)) == 1  # not repeated on reattach
    pushalls = [c for c in sim.received_commands if "pushing" in c]
    assert len(pushalls) >= 2  # pushall again after the reconnect


async def test_job_finished_while_disconnected_is_closed(
    bambu_sim: BambuSimFactory, bambu_client: BambuClientFactory
) -> None:
    sim = await bambu_sim(model="BL-P001", report_interval_s=0.05)
    _client, rec = await bambu_client(sim)
    await rec.wait_for(lambda: online(rec))
    await sim.start_job("part", duration_s=0.6, layers=5, prepare_s=0.1)
    started = await rec.wait_event(RunEventType.JOB_PRINTING)
    await sim.stop_broker()
    await rec.wait_event(RunEventType.PRINTER_OFFLINE)
    async with asyncio.timeout(5):
        await sim.wait_state("FINISH")
    assert not rec.of_type(RunEventType.JOB_ENDED)
    await sim.start_broker()
    ended = await rec.wait_event(RunEventType.JOB_ENDED)
    assert ended.job_key == started.job_key
    assert ended.data["outcome"] == RunOutcome.SUCCESS
    assert ended.data["reattached"] is True


async def test_stale_watchdog(bambu_sim: BambuSimFactory, bambu_client: BambuClientFactory) -> None:
    sim = await bambu_sim(model="C12", report_interval_s=0.05)
    client, rec = await bambu_client(sim, stale_after_s=0.5)
    await rec.wait_for(lambda: online(rec))
    sim.set_silent(True)  # connection stays up, nothing arrives ("MQTT silently died")
    await rec.wait_event(RunEventType.PRINTER_OFFLINE, timeout=3.0)
    assert rec.last is not None
    assert (rec.last.status, rec.last.online) == (PrinterStatus.OFFLINE, False)
    await rec.wait_for(lambda: client.reconnects >= 1, timeout=3.0)  # forced reconnect
    sim.set_silent(False)
    await rec.wait_for(lambda: len(rec.of_type(RunEventType.PRINTER_ONLINE)) == 2, timeout=5.0)
    assert rec.last is not None
    assert rec.last.status is PrinterStatus.IDLE


async def test_bad_messages_do_not_break_the_client(
    bambu_sim: BambuSimFactory, bambu_client: BambuClientFactory
) -> None:
    sim = await bambu_sim(model="C12", report_interval_s=0.05)
    client, rec = await bambu_client(sim)
    await rec.wait_for(lambda: online(rec))
    sim.publish_raw(b"\xff\xfe not json")
    sim.publish_raw({"print": "nope"})
    sim.publish_raw({"print": {"command": "push_status", "hms": "bad", "mc_percent": {}}})
    sim.publish_raw({"info": {"command": "get_version", "module": None}})
    await asyncio.sleep(0.2)
    await sim.start_job("ok", duration_s=0.3, layers=3, prepare_s=0.1)
    await rec.wait_event(RunEventType.JOB_ENDED)
    assert client.connected


async def test_commands_need_a_connection() -> None:
    config = BambuConfig(
        host="127.0.0.1", port=1, serial="S", access_code="x", ca_pem=sim_ca().cert_pem
    )
    rec = Recorder()
    client = BambuClient(
        config, build_ssl_context(config), on_snapshot=rec.on_snapshot, on_event=rec.on_event
    )
    for command in (client.async_pause, client.async_resume, client.async_stop_print):
        with pytest.raises(CommandError):
            await command()
    assert client.snapshot.status is PrinterStatus.OFFLINE
    assert client.last_message_age_s is None


@pytest.mark.usefixtures("socket_enabled")
async def test_stop_while_nothing_listens_leaves_no_thread() -> None:
    config = BambuConfig(
        host="127.0.0.1",
        port=free_port(),
        serial="S",
        access_code="x",
        ca_pem=sim_ca().cert_pem,
    )
    rec = Recorder()
    client = BambuClient(
        config,
        build_ssl_context(config),
        on_snapshot=rec.on_snapshot,
        on_event=rec.on_event,
        reconnect_min_s=0.01,
        reconnect_max_s=0.05,
    )
    await client.async_start()
    await asyncio.sleep(0.3)  # several failed attempts with backoff
    assert not client.connected
    assert client.last_error is not None
    await client.async_stop()
    assert paho_threads() == []


async def test_async_stop_leaves_no_thread(
    bambu_sim: BambuSimFactory, bambu_client: BambuClientFactory
) -> None:
    sim = await bambu_sim(model="N1", report_interval_s=0.05)
    before = set(paho_threads())
    client, rec = await bambu_client(sim)
    await rec.wait_for(lambda: online(rec))
    await sim.start_job("x", duration_s=5.0, layers=5, prepare_s=0.1)
    assert set(paho_threads()) - before
    await client.async_stop()
    assert set(paho_threads()) == before
    assert not client.connected
    n = len(rec.events)
    await asyncio.sleep(0.2)
    assert len(rec.events) == n  # nothing delivered after stop
