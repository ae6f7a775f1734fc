"""MoonrakerClient / async_probe against the Moonraker simulator (real aiohttp websockets)."""

from __future__ import annotations

import asyncio

import aiohttp
import pytest

from custom_components.odin.printers.model import (
    CannotConnect,
    CommandError,
    InvalidAuth,
    PrinterStatus,
    RunEventType,
    RunOutcome,
)
from custom_components.odin.printers.moonraker import MoonrakerConfig, async_probe
from simulators import fixtures_moonraker
from simulators.fixtures import Recorder
from simulators.fixtures_moonraker import (
    MoonrakerClientFactory,
    MoonrakerSimFactory,
    moonraker_config,
)
from simulators.moonraker import free_port

# fixtures (tests/printers/conftest.py belongs to the Bambu tests)
moonraker_sim = fixtures_moonraker.moonraker_sim
moonraker_session = fixtures_moonraker.moonraker_session
moonraker_client = fixtures_moonraker.moonraker_client


def online(rec: Recorder) -> bool:
    return rec.last is not None and rec.last.online


def status_is(rec: Recorder, status: PrinterStatus) -> bool:
    return rec.last is not None and rec.last.status is status


FAST = {"status_interval_s": 0.05, "proc_stat_interval_s": 0.2, "time_scale": 60.0}


async def test_connect_snapshot_info_webcams(
    moonraker_sim: MoonrakerSimFactory, moonraker_client: MoonrakerClientFactory
) -> None:
    sim = await moonraker_sim(chamber=True, api_key="s3cr3t-key", **FAST)
    client, rec = await moonraker_client(sim)
    await rec.wait_for(lambda: online(rec))
    snap = rec.last
    assert snap is not None
    assert (snap.status, snap.native_state, snap.job_key) == (PrinterStatus.IDLE, "standby", None)
    assert snap.nozzle_temp is not None
    assert snap.bed_temp is not None
    assert snap.chamber_temp is not None
    assert client.connected
    assert client.klippy_state == "ready"
    info = client.info
    assert info is not None
    assert (info.serial, info.brand, info.model, info.model_code) == (
        sim.instance_id,
        "moonraker",
        "Klipper CoreXY",
        "corexy",
    )
    assert (info.firmware, info.name) == (sim.software_version, sim.hostname)
    assert [e.type for e in rec.events] == [RunEventType.PRINTER_ONLINE]
    assert "s3cr3t-key" not in repr(client)
    assert "s3cr3t-key" not in repr(moonraker_config(sim))
    methods = [m for m, _p in sim.received]
    assert methods[0] == "server.connection.identify"
    assert "printer.objects.subscribe" in methods
    cams = client.webcams
    assert len(cams) == 1
    assert cams[0].snapshot_url == f"{sim.url}/webcam/?action=snapshot"
    assert cams[0].stream_url == f"{sim.url}/webcam/?action=stream"
    image = await client.async_fetch_snapshot()
    assert image.startswith(b"\xff\xd8")
    age = client.last_message_age_s
    assert age is not None
    assert age < 5
    assert client.reconnects == 0


async def test_success_run_with_preparing(
    moonraker_sim: MoonrakerSimFactory, moonraker_client: MoonrakerClientFactory
) -> None:
    sim = await moonraker_sim(**FAST)
    _client, rec = await moonraker_client(sim)
    await rec.wait_for(lambda: online(rec))
    await sim.start_job("benchy.gcode", duration_s=0.8, prepare_s=0.25, layers=8, estimate_s=3000)
    ended = await rec.wait_event(RunEventType.JOB_ENDED)
    started = rec.of_type(RunEventType.JOB_STARTED)
    printing = rec.of_type(RunEventType.JOB_PRINTING)
    assert len(started) == len(printing) == 1
    entry = sim.history[-1]
    key = f"{entry['job_id']}@{int(entry['start_time'])}"
    assert started[0].job_key == printing[0].job_key == ended.job_key == key
    data = started[0].data
    assert data["file_name"] == "benchy.gcode"
    assert data["job_name"] == "benchy"
    assert data["slicer_estimate_s"] == 3000
    assert data["total_layers"] == 8
    assert data["filament"] == [{"type": "PLA", "grams": 12.3}]
    assert data["reattached"] is False
    assert data["history_job_id"] == entry["job_id"]
    assert ended.data["outcome"] == RunOutcome.SUCCESS
    assert ended.data["source"] == "state"
    assert ended.data["print_s"] == pytest.approx(0.8 * 60, rel=0.05)
    statuses = [s.status for s in rec.snapshots]
    assert statuses.index(PrinterStatus.PREPARING) < statuses.index(PrinterStatus.PRINTING)
    await rec.wait_for(lambda: status_is(rec, PrinterStatus.FINISHED))
    last = rec.last
    assert last is not None
    assert (last.progress, last.remaining_s, last.layer, last.total_layers) == (100.0, 0, 8, 8)
    assert last.job_key == key
    mid = [s for s in rec.snapshots if s.status is PrinterStatus.PRINTING]
    assert mid
    assert all(s.job_key == key for s in mid)
    remaining = [s.remaining_s for s in mid if s.remaining_s is not None]
    assert remaining
    assert remaining == sorted(remaining, reverse=True)
    assert max(remaining) <= 3000
    # the history "finished" that follows does not end the run twice
    await asyncio.sleep(0.2)
    assert len(rec.of_type(RunEventType.JOB_ENDED)) == 1


async def test_failed_run_reason_and_error_lifecycle(
    moonraker_sim: MoonrakerSimFactory, moonraker_client: MoonrakerClientFactory
) -> None:
    sim = await moonraker_sim(**FAST)
    _client, rec = await moonraker_client(sim)
    await rec.wait_for(lambda: online(rec))
    await sim.start_job("bracket.gcode", duration_s=5.0)
    await rec.wait_event(RunEventType.JOB_PRINTING)
    await sim.fail_job("Move out of range: 310.000 150.000 0.400 [0.000]")
    ended = await rec.wait_event(RunEventType.JOB_ENDED)
    assert ended.data["outcome"] == RunOutcome.FAILED
    assert ended.data["reason"] == "Move out of range: 310.000 150.000 0.400 [0.000]"
    assert ended.data["error_code"] == "move_out_of_range"
    raised = await rec.wait_event(RunEventType.ERROR_RAISED)
    assert raised.data["error"].code == "move_out_of_range"
    await rec.wait_for(lambda: status_is(rec, PrinterStatus.FAILED))
    assert rec.last is not None
    assert rec.last.attention_required
    # the next job clears the error
    await sim.start_job("bracket_v2.gcode", duration_s=0.3)
    cleared = await rec.wait_event(RunEventType.ERROR_CLEARED)
    assert cleared.data["error"].code == "move_out_of_range"
    await rec.wait_for(lambda: len(rec.of_type(RunEventType.JOB_ENDED)) == 2)
    assert rec.of_type(RunEventType.JOB_ENDED)[1].data["outcome"] == RunOutcome.SUCCESS


async def test_commands_pause_resume_cancel(
    moonraker_sim: MoonrakerSimFactory, moonraker_client: MoonrakerClientFactory
) -> None:
    sim = await moonraker_sim(**FAST)
    client, rec = await moonraker_client(sim)
    await rec.wait_for(lambda: online(rec))
    await sim.start_job("lid.gcode", duration_s=10.0)
    await rec.wait_event(RunEventType.JOB_PRINTING)
    await client.async_pause()
    paused = await rec.wait_event(RunEventType.JOB_PAUSED)
    assert paused.data["reason"] == "user"
    await rec.wait_for(lambda: status_is(rec, PrinterStatus.PAUSED))
    assert rec.last is not None
    assert rec.last.pause_reason is not None
    await client.async_resume()
    await rec.wait_event(RunEventType.JOB_RESUMED)
    await client.async_stop_print()
    ended = await rec.wait_event(RunEventType.JOB_ENDED)
    assert ended.data["outcome"] == RunOutcome.CANCELLED
    await rec.wait_for(lambda: status_is(rec, PrinterStatus.CANCELLED))
    with pytest.raises(CommandError, match="No print"):
        await client.async_stop_print()
    methods = [m for m, _p in sim.received]
    assert {"printer.print.pause", "printer.print.resume", "printer.print.cancel"} <= set(methods)
    await client.async_stop()
    with pytest.raises(CommandError, match="not connected"):
        await client.async_pause()


async def test_cancel_to_standby_is_cancelled(
    moonraker_sim: MoonrakerSimFactory, moonraker_client: MoonrakerClientFactory
) -> None:
    sim = await moonraker_sim(cancel_to_standby=True, history_first=True, **FAST)
    _client, rec = await moonraker_client(sim)
    await rec.wait_for(lambda: online(rec))
    await sim.start_job("lid.gcode", duration_s=10.0)
    await rec.wait_event(RunEventType.JOB_STARTED)
    await sim.cancel_job()
    ended = await rec.wait_event(RunEventType.JOB_ENDED)
    assert ended.data["outcome"] == RunOutcome.CANCELLED
    await rec.wait_for(lambda: status_is(rec, PrinterStatus.IDLE))
    assert len(rec.of_type(RunEventType.JOB_STARTED)) == 1


async def test_emergency_stop_then_firmware_restart(
    moonraker_sim: MoonrakerSimFactory, moonraker_client: MoonrakerClientFactory
) -> None:
    sim = await moonraker_sim(**FAST)
    client, rec = await moonraker_client(sim)
    await rec.wait_for(lambda: online(rec))
    await sim.start_job("tower.gcode", duration_s=10.0)
    await rec.wait_event(RunEventType.JOB_PRINTING)
    await client.async_emergency_stop()
    ended = await rec.wait_event(RunEventType.JOB_ENDED)
    assert ended.data["outcome"] == RunOutcome.CANCELLED
    assert ended.data["source"] == "emergency_stop"
    await rec.wait_for(lambda: status_is(rec, PrinterStatus.ERROR))
    assert rec.last is not None
    assert rec.last.attention_required
    raised = rec.of_type(RunEventType.ERROR_RAISED)
    assert raised[-1].data["error"].code == "shutdown_due_to_webhooks_request"
    await sim.firmware_restart(startup_s=0.1)
    await rec.wait_for(lambda: status_is(rec, PrinterStatus.IDLE))
    assert rec.of_type(RunEventType.ERROR_CLEARED)
    assert len(rec.of_type(RunEventType.JOB_ENDED)) == 1
    assert client.connected


async def test_klippy_shutdown_mid_print_fails_the_run(
    moonraker_sim: MoonrakerSimFactory, moonraker_client: MoonrakerClientFactory
) -> None:
    sim = await moonraker_sim(**FAST)
    _client, rec = await moonraker_client(sim)
    await rec.wait_for(lambda: online(rec))
    await sim.start_job("tower.gcode", duration_s=10.0)
    await rec.wait_event(RunEventType.JOB_PRINTING)
    await sim.set_klippy_state("shutdown", "MCU 'mcu' shutdown: Timer too close")
    ended = await rec.wait_event(RunEventType.JOB_ENDED)
    assert ended.data["outcome"] == RunOutcome.FAILED
    assert ended.data["error_code"] == "mcu_shutdown_timer_too_close"
    assert ended.data["reason"] == "MCU 'mcu' shutdown: Timer too close"
    await rec.wait_for(lambda: status_is(rec, PrinterStatus.ERROR))
    await asyncio.sleep(0.2)
    assert len(rec.of_type(RunEventType.JOB_ENDED)) == 1


async def test_klippy_startup_and_disconnected(
    moonraker_sim: MoonrakerSimFactory, moonraker_client: MoonrakerClientFactory
) -> None:
    sim = await moonraker_sim(klippy_state="startup", **FAST)
    client, rec = await moonraker_client(sim)
    await rec.wait_for(lambda: status_is(rec, PrinterStatus.BUSY))
    assert rec.last is not None
    assert rec.last.native_state == "startup"
    assert client.connected
    await sim.set_klippy_state("ready")
    await rec.wait_for(lambda: status_is(rec, PrinterStatus.IDLE))
    await sim.set_klippy_state("disconnected")
    await rec.wait_for(lambda: status_is(rec, PrinterStatus.OFFLINE))
    assert client.connected  # Moonraker itself is still there
    assert rec.of_type(RunEventType.PRINTER_OFFLINE)
    await sim.set_klippy_state("startup")
    await sim.set_klippy_state("ready")
    await rec.wait_for(lambda: status_is(rec, PrinterStatus.IDLE))
    assert len(rec.of_type(RunEventType.PRINTER_ONLINE)) == 2


async def test_reconnect_after_moonraker_restart_mid_print(
    moonraker_sim: MoonrakerSimFactory, moonraker_client: MoonrakerClientFactory
) -> None:
    sim = await moonraker_sim(**FAST)
    client, rec = await moonraker_client(sim)
    await rec.wait_for(lambda: online(rec))
    await sim.start_job("long.gcode", duration_s=2.0)
    first = await rec.wait_event(RunEventType.JOB_PRINTING)
    await sim.restart(downtime_s=0.2)  # the history job becomes "interrupted"
    await rec.wait_for(lambda: client.reconnects >= 1)
    assert rec.of_type(RunEventType.PRINTER_OFFLINE)
    ended = await rec.wait_event(RunEventType.JOB_ENDED, 15)
    assert ended.data["outcome"] == RunOutcome.SUCCESS
    started = rec.of_type(RunEventType.JOB_STARTED)
    assert [s.data["reattached"] for s in started] == [False, True]
    assert {s.job_key for s in started} == {first.job_key, ended.job_key}
    assert len({s.job_key for s in started}) == 1
    await asyncio.sleep(0.2)
    assert len(rec.of_type(RunEventType.JOB_ENDED)) == 1


async def test_new_client_reattaches_and_closes_after_restart(
    moonraker_sim: MoonrakerSimFactory, moonraker_client: MoonrakerClientFactory
) -> None:
    """An HA restart: new clients see the job running, then finished, with the same key."""
    sim = await moonraker_sim(**FAST)
    first, rec1 = await moonraker_client(sim)
    await rec1.wait_for(lambda: online(rec1))
    await sim.start_job("plate.gcode", duration_s=1.5)
    started = await rec1.wait_event(RunEventType.JOB_STARTED)
    await first.async_stop()
    _second, rec2 = await moonraker_client(sim)
    again = await rec2.wait_event(RunEventType.JOB_STARTED)
    assert again.job_key == started.job_key
    assert again.data["reattached"] is True
    ended = await rec2.wait_event(RunEventType.JOB_ENDED, 10)
    assert (ended.job_key, ended.data["outcome"]) == (started.job_key, RunOutcome.SUCCESS)
    third, rec3 = await moonraker_client(sim)
    replay = await rec3.wait_event(RunEventType.JOB_ENDED)
    assert (replay.job_key, replay.data["outcome"]) == (started.job_key, RunOutcome.SUCCESS)
    assert replay.data["reattached"] is True
    assert not rec3.of_type(RunEventType.JOB_STARTED)
    await rec3.wait_for(lambda: status_is(rec3, PrinterStatus.FINISHED))
    assert rec3.last is not None
    assert rec3.last.job_key == started.job_key
    assert third.connected


async def test_api_key_probe_and_client(
    moonraker_sim: MoonrakerSimFactory,
    moonraker_client: MoonrakerClientFactory,
    moonraker_session: aiohttp.ClientSession,
) -> None:
    sim = await moonraker_sim(api_key="right-key", **FAST)
    info = await async_probe(moonraker_config(sim), moonraker_session, timeout=5)
    assert info.serial == sim.instance_id
    for key in (None, "wrong-key"):
        with pytest.raises(InvalidAuth):
            await async_probe(moonraker_config(sim, api_key=key), moonraker_session, timeout=5)
    client, _rec = await moonraker_client(sim, config=moonraker_config(sim, api_key="wrong"))
    await _rec.wait_for(lambda: isinstance(client.last_error, InvalidAuth))
    assert not client.connected


async def test_probe_cannot_connect(
    moonraker_session: aiohttp.ClientSession,
) -> None:
    config = MoonrakerConfig("127.0.0.1", free_port())
    with pytest.raises(CannotConnect):
        await async_probe(config, moonraker_session, timeout=2)


async def test_probe_while_klippy_starts(
    moonraker_sim: MoonrakerSimFactory, moonraker_session: aiohttp.ClientSession
) -> None:
    sim = await moonraker_sim(klippy_state="disconnected", **FAST)
    info = await async_probe(moonraker_config(sim), moonraker_session, timeout=5)
    assert (info.serial, info.firmware, info.model) == (sim.instance_id, None, None)


async def test_stale_link_reconnects(
    moonraker_sim: MoonrakerSimFactory, moonraker_client: MoonrakerClientFactory
) -> None:
    sim = await moonraker_sim(**FAST)
    client, rec = await moonraker_client(sim, stale_after_s=0.6, request_timeout_s=0.5)
    await rec.wait_for(lambda: online(rec))
    sim.silent = True
    await rec.wait_for(lambda: status_is(rec, PrinterStatus.OFFLINE), 5)
    sim.silent = False
    await rec.wait_for(lambda: online(rec) and client.reconnects >= 1, 10)
    assert len(rec.of_type(RunEventType.PRINTER_ONLINE)) == 2


async def test_metadata_missing_falls_back(
    moonraker_sim: MoonrakerSimFactory, moonraker_client: MoonrakerClientFactory
) -> None:
    sim = await moonraker_sim(**FAST)
    sim.reject_metadata = True
    _client, rec = await moonraker_client(sim)
    await rec.wait_for(lambda: online(rec))
    await sim.start_job("nometa.gcode", duration_s=3.0)
    started = await rec.wait_event(RunEventType.JOB_STARTED)
    assert "slicer_estimate_s" not in started.data
    assert started.data["total_layers"] == 10  # from print_stats.info
    await rec.wait_for(
        lambda: rec.last is not None
        and rec.last.status is PrinterStatus.PRINTING
        and rec.last.remaining_s is not None
    )


@pytest.mark.parametrize("paused", [False, True])
async def test_moonraker_sigterm_mid_print_is_an_outage(
    moonraker_sim: MoonrakerSimFactory, moonraker_client: MoonrakerClientFactory, paused: bool
) -> None:
    """SIGTERM (history: server_exit, then the websocket closes) mid-print is no outcome: the
    job is re-attached when Moonraker is back and ends once, as what the printer reports."""
    sim = await moonraker_sim(**FAST)
    client, rec = await moonraker_client(sim)
    await rec.wait_for(lambda: online(rec))
    await sim.start_job("long.gcode", duration_s=2.0)
    first = await rec.wait_event(RunEventType.JOB_PRINTING)
    if paused:
        await client.async_pause()
        await rec.wait_event(RunEventType.JOB_PAUSED)
    await sim.restart(downtime_s=0.3, sigterm=True)
    await rec.wait_for(lambda: client.reconnects >= 1)
    assert sim.history[-1]["status"] == "server_exit"
    await rec.wait_for(lambda: len(rec.of_type(RunEventType.JOB_STARTED)) == 2, 10)
    assert rec.of_type(RunEventType.JOB_ENDED) == []
    if paused:
        await client.async_resume()
    ended = await rec.wait_event(RunEventType.JOB_ENDED, 15)
    assert (ended.job_key, ended.data["outcome"]) == (first.job_key, RunOutcome.SUCCESS)
    assert ended.data["print_s"] > 0  # the printer's own figures reach the tracker
    started = rec.of_type(RunEventType.JOB_STARTED)
    assert [s.data["reattached"] for s in started] == [False, True]
    assert {s.job_key for s in started} == {first.job_key}
    await asyncio.sleep(0.2)
    assert len(rec.of_type(RunEventType.JOB_ENDED)) == 1
