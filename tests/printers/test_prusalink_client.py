"""PrusaLinkClient against the PrusaLink simulator (real HTTP with Digest auth on 127.0.0.1).

Every answer the simulators give in these tests is validated against the official OpenAPI
spec at teardown (``_every_answer_matches_the_spec``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime
import logging

import aiohttp
import pytest

from custom_components.odin.farm.runs import EndRun, OpenRunState, RunOp, RunTracker, StartRun
from custom_components.odin.printers.model import (
    CannotConnect,
    CommandError,
    InvalidAuth,
    PauseReason,
    PrinterSnapshot,
    PrinterStatus,
    RunEvent,
    RunEventType,
    RunOutcome,
    WrongSerial,
)
from custom_components.odin.printers.prusalink import (
    PrusaLinkClient,
    PrusaLinkConfig,
    async_probe,
)
from simulators.fixtures import Recorder
from simulators.fixtures_prusalink import (
    PrusaLinkClientFactory,
    PrusaLinkSimFactory,
    prusalink_client,
    prusalink_config,
    prusalink_session,
    prusalink_sim,
)
from simulators.prusalink import free_port

from .prusalink_openapi import validator

__all__ = ["prusalink_client", "prusalink_session", "prusalink_sim"]

PRINTER_ID = "printer-1"


@pytest.fixture(autouse=True)
def _every_answer_matches_the_spec(prusalink_sim: PrusaLinkSimFactory) -> Iterator[None]:
    yield
    spec = validator()
    problems = [
        problem
        for sim in prusalink_sim.sims
        for e in sim.exchanges
        for problem in spec.check(e.method, e.path, e.status, e.content_type, e.body)
    ]
    assert not problems, "\n".join(problems)


class StreamRecorder(Recorder):
    """Also keeps events and snapshots interleaved, to replay them into a RunTracker."""

    def __init__(self) -> None:
        super().__init__()
        self.stream: list[tuple[datetime, RunEvent | PrinterSnapshot]] = []

    def on_snapshot(self, snapshot: PrinterSnapshot) -> None:
        self.stream.append((datetime.now(UTC), snapshot))
        super().on_snapshot(snapshot)

    def on_event(self, event: RunEvent) -> None:
        self.stream.append((event.ts, event))
        super().on_event(event)

    def replay(self, tracker: RunTracker) -> list[RunOp]:
        ops: list[RunOp] = []
        for ts, item in self.stream:
            if isinstance(item, RunEvent):
                ops.extend(tracker.handle(item))
            else:
                ops.extend(tracker.observe(item, ts))
        return ops


def online(rec: Recorder) -> bool:
    return rec.last is not None and rec.last.online


def status_is(rec: Recorder, status: PrinterStatus) -> bool:
    return rec.last is not None and rec.last.status is status


def only(ops: list[RunOp], kind: type[StartRun] | type[EndRun]) -> list[RunOp]:
    return [op for op in ops if isinstance(op, kind)]


async def test_connect_identity_and_idle_snapshot(
    prusalink_sim: PrusaLinkSimFactory, prusalink_client: PrusaLinkClientFactory
) -> None:
    sim = await prusalink_sim(model="MK4S", camera=True)
    client, rec = await prusalink_client(sim)
    await rec.wait_for(lambda: online(rec))
    snap = rec.last
    assert snap is not None
    assert (snap.status, snap.native_state, snap.job_key) == (PrinterStatus.IDLE, "IDLE", None)
    assert snap.nozzle_temp == 24.6
    info = client.info
    assert info is not None
    assert (info.serial, info.brand, info.model, info.model_code, info.firmware) == (
        sim.serial,
        "prusalink",
        "MK4S",
        "1.4.1",
        "6.2.4+8903",
    )
    assert info.name == sim.name
    assert client.has_camera is True
    assert client.connected
    assert client.last_error is None
    assert client.reconnects == 0
    age = client.last_message_age_s
    assert age is not None
    assert age < 5
    assert [e.type for e in rec.events] == [RunEventType.PRINTER_ONLINE]
    assert sim.password is not None
    assert sim.password not in repr(client)
    assert sim.request_counts["GET /api/v1/job"] == 0  # idle: no job to read


async def test_success_run_with_estimates_and_durations(
    prusalink_sim: PrusaLinkSimFactory, prusalink_client: PrusaLinkClientFactory
) -> None:
    sim = await prusalink_sim(model="CORE One")
    rec = StreamRecorder()
    _client, _ = await prusalink_client(sim, rec)
    await rec.wait_for(lambda: online(rec))
    job_id = sim.start_job(
        "benchy_0.2mm_PLA_COREONE_1h30m", 0.6, estimate_s=5400, slicer_estimate_s=5000
    )
    ended = await rec.wait_event(RunEventType.JOB_ENDED)
    key = f"{sim.serial}:{job_id}"
    (started,) = rec.of_type(RunEventType.JOB_STARTED)
    assert started.job_key == ended.job_key == key
    assert started.data["reattached"] is False
    assert started.data["file_name"] == "benchy_0.2mm_PLA_COREONE_1h30m.bgcode"
    assert started.data["job_name"] == "benchy_0.2mm_PLA_COREONE_1h30m"
    assert started.data["slicer_estimate_s"] == 5000
    assert 4000 <= started.data["printer_estimate_s"] <= 5400
    assert started.data["filament"] == [{"type": "PLA", "grams": 12.5}]
    assert len(rec.of_type(RunEventType.JOB_PRINTING)) == 1
    assert ended.data["outcome"] == RunOutcome.SUCCESS.value
    assert ended.data["print_s"] == 5400
    await rec.wait_for(lambda: status_is(rec, PrinterStatus.FINISHED))
    last = rec.last
    assert last is not None
    assert (last.job_key, last.progress, last.remaining_s) == (key, 100.0, 0)
    statuses = [s.status for s in rec.snapshots]
    assert statuses.index(PrinterStatus.PRINTING) < statuses.index(PrinterStatus.FINISHED)

    ops = rec.replay(RunTracker(PRINTER_ID))
    (start,) = only(ops, StartRun)
    (end,) = only(ops, EndRun)
    assert isinstance(start, StartRun)
    assert isinstance(end, EndRun)
    assert (start.slicer_estimate_s, start.file_name) == (5000, started.data["file_name"])
    assert end.outcome is RunOutcome.SUCCESS
    assert end.actual_s is not None
    assert 0.4 <= end.actual_s <= 3.0  # wall time of a 0.6 s job, polled every 50 ms
    assert end.paused_s == 0


async def test_failed_run_reason_and_error(
    prusalink_sim: PrusaLinkSimFactory, prusalink_client: PrusaLinkClientFactory
) -> None:
    sim = await prusalink_sim()
    rec = StreamRecorder()
    await prusalink_client(sim, rec)
    await rec.wait_for(lambda: online(rec))
    sim.start_job("gear", 20.0)
    await rec.wait_event(RunEventType.JOB_PRINTING)
    sim.fail_job("Heater failed")
    ended = await rec.wait_event(RunEventType.JOB_ENDED)
    assert ended.data["outcome"] == RunOutcome.FAILED.value
    assert ended.data["reason"] == "Heater failed"
    assert ended.data["error_code"] == "heater_failed"
    (raised,) = rec.of_type(RunEventType.ERROR_RAISED)
    assert raised.data["error"].message == "Heater failed"
    await rec.wait_for(lambda: status_is(rec, PrinterStatus.FAILED))
    end = only(rec.replay(RunTracker(PRINTER_ID)), EndRun)[0]
    assert isinstance(end, EndRun)
    assert (end.outcome, end.failure_reason, end.failure_code) == (
        RunOutcome.FAILED,
        "Heater failed",
        "heater_failed",
    )
    sim.clear_job()
    await rec.wait_for(lambda: status_is(rec, PrinterStatus.IDLE))
    assert len(rec.of_type(RunEventType.ERROR_CLEARED)) == 1


async def test_operator_stop_at_the_printer_is_cancelled(
    prusalink_sim: PrusaLinkSimFactory, prusalink_client: PrusaLinkClientFactory
) -> None:
    sim = await prusalink_sim(job_in_status_when_done=False)
    _client, rec = await prusalink_client(sim)
    await rec.wait_for(lambda: online(rec))
    job_id = sim.start_job("lid", 20.0)
    await rec.wait_event(RunEventType.JOB_PRINTING)
    sim.stop_job()
    ended = await rec.wait_event(RunEventType.JOB_ENDED)
    assert ended.job_key == f"{sim.serial}:{job_id}"
    assert ended.data["outcome"] == RunOutcome.CANCELLED.value
    await rec.wait_for(lambda: status_is(rec, PrinterStatus.CANCELLED))
    assert not rec.of_type(RunEventType.ERROR_RAISED)


async def test_pause_resume_and_stop_from_the_client(
    prusalink_sim: PrusaLinkSimFactory, prusalink_client: PrusaLinkClientFactory
) -> None:
    sim = await prusalink_sim()
    rec = StreamRecorder()
    client, _ = await prusalink_client(sim, rec)
    await rec.wait_for(lambda: online(rec))
    with pytest.raises(CommandError, match="no job"):
        await client.async_pause()
    job_id = sim.start_job("bracket", 20.0)
    await rec.wait_event(RunEventType.JOB_PRINTING)
    await client.async_pause()
    paused = await rec.wait_event(RunEventType.JOB_PAUSED)
    assert paused.data["reason"] == PauseReason.USER.value
    await rec.wait_for(lambda: status_is(rec, PrinterStatus.PAUSED))
    with pytest.raises(CommandError, match="refused to pause"):
        await client.async_pause()  # 409 from the printer
    await asyncio.sleep(0.3)
    await client.async_resume()
    await rec.wait_event(RunEventType.JOB_RESUMED)
    await rec.wait_for(lambda: status_is(rec, PrinterStatus.PRINTING))
    await client.async_stop_print()
    ended = await rec.wait_event(RunEventType.JOB_ENDED)
    assert ended.data["outcome"] == RunOutcome.CANCELLED.value
    assert sim.received_commands == [("pause", job_id), ("resume", job_id), ("stop", job_id)]
    with pytest.raises(CommandError, match="no job"):
        await client.async_resume()
    end = only(rec.replay(RunTracker(PRINTER_ID)), EndRun)[0]
    assert isinstance(end, EndRun)
    assert end.outcome is RunOutcome.CANCELLED
    assert end.paused_s >= 0.25
    assert end.actual_s is not None
    assert end.actual_s >= 0


async def test_attention_pauses_and_resumes(
    prusalink_sim: PrusaLinkSimFactory, prusalink_client: PrusaLinkClientFactory
) -> None:
    sim = await prusalink_sim()
    client, rec = await prusalink_client(sim)
    await rec.wait_for(lambda: online(rec))
    sim.start_job("vase", 20.0)
    await rec.wait_event(RunEventType.JOB_PRINTING)
    sim.attention("Filament runout")
    paused = await rec.wait_event(RunEventType.JOB_PAUSED)
    assert paused.data["reason"] == PauseReason.ATTENTION.value
    await rec.wait_for(lambda: status_is(rec, PrinterStatus.PAUSED))
    last = rec.last
    assert last is not None
    assert last.pause_reason is PauseReason.ATTENTION
    assert last.attention_required
    assert [e.code for e in last.errors] == ["filament_runout"]
    await client.async_resume()
    await rec.wait_event(RunEventType.JOB_RESUMED)
    await rec.wait_for(lambda: status_is(rec, PrinterStatus.PRINTING))
    assert len(rec.of_type(RunEventType.ERROR_CLEARED)) == 1
    assert len(rec.of_type(RunEventType.JOB_STARTED)) == 1


async def test_quick_printer_restart_mid_print_keeps_one_run(
    prusalink_sim: PrusaLinkSimFactory, prusalink_client: PrusaLinkClientFactory
) -> None:
    sim = await prusalink_sim()
    rec = StreamRecorder()
    await prusalink_client(sim, rec)
    await rec.wait_for(lambda: online(rec))
    sim.start_job("cube", 1.2, estimate_s=1200)
    await rec.wait_event(RunEventType.JOB_PRINTING)
    await sim.restart(down_s=0.05)  # connections drop, a new nonce (stale digest)
    ended = await rec.wait_event(RunEventType.JOB_ENDED)
    assert ended.data["outcome"] == RunOutcome.SUCCESS.value
    assert sim.stale_challenges >= 1
    ops = rec.replay(RunTracker(PRINTER_ID))
    assert len(only(ops, StartRun)) == 1
    (end,) = only(ops, EndRun)
    assert isinstance(end, EndRun)
    assert end.outcome is RunOutcome.SUCCESS
    assert len(rec.of_type(RunEventType.JOB_ENDED)) == 1


async def test_printer_down_mid_print_goes_offline_and_reattaches(
    prusalink_sim: PrusaLinkSimFactory, prusalink_client: PrusaLinkClientFactory
) -> None:
    sim = await prusalink_sim()
    rec = StreamRecorder()
    client, _ = await prusalink_client(sim, rec)
    await rec.wait_for(lambda: online(rec))
    job_id = sim.start_job("plate", 2.0, estimate_s=2000)
    key = f"{sim.serial}:{job_id}"
    await rec.wait_event(RunEventType.JOB_PRINTING)
    await sim.stop_server()
    offline = await rec.wait_event(RunEventType.PRINTER_OFFLINE)
    assert offline.job_key == key
    await rec.wait_for(lambda: status_is(rec, PrinterStatus.OFFLINE))
    last = rec.last
    assert last is not None
    assert last.job_key == key  # the run stays open while offline
    assert isinstance(client.last_error, CannotConnect)
    assert not client.connected
    await sim.start_server()
    reattached = await rec.wait_event(RunEventType.JOB_STARTED, reattached=True)
    assert reattached.job_key == key
    ended = await rec.wait_event(RunEventType.JOB_ENDED)
    assert (ended.job_key, ended.data["outcome"]) == (key, RunOutcome.SUCCESS.value)
    assert client.reconnects == 1
    assert client.last_error is None
    assert [e.type for e in rec.events].count(RunEventType.PRINTER_ONLINE) == 2
    ops = rec.replay(RunTracker(PRINTER_ID))
    assert len(only(ops, StartRun)) == 1
    assert len(only(ops, EndRun)) == 1


async def test_job_ends_while_the_printer_is_unreachable(
    prusalink_sim: PrusaLinkSimFactory, prusalink_client: PrusaLinkClientFactory
) -> None:
    sim = await prusalink_sim()
    rec = StreamRecorder()
    await prusalink_client(sim, rec)
    await rec.wait_for(lambda: online(rec))
    sim.start_job("washer", 0.4, estimate_s=400)
    await rec.wait_event(RunEventType.JOB_PRINTING)
    await sim.stop_server()
    await rec.wait_event(RunEventType.PRINTER_OFFLINE)
    await sim.wait_state("FINISHED")
    await sim.start_server()
    ended = await rec.wait_event(RunEventType.JOB_ENDED)
    assert ended.data["outcome"] == RunOutcome.SUCCESS.value
    assert ended.data["reattached"] is True
    await rec.wait_for(lambda: status_is(rec, PrinterStatus.FINISHED))
    await asyncio.sleep(0.2)
    assert len(rec.of_type(RunEventType.JOB_ENDED)) == 1
    assert len(rec.of_type(RunEventType.JOB_STARTED)) == 1
    ops = rec.replay(RunTracker(PRINTER_ID))
    assert [type(op) for op in ops if isinstance(op, StartRun | EndRun)] == [StartRun, EndRun]


async def test_new_client_reattaches_the_open_run(
    prusalink_sim: PrusaLinkSimFactory, prusalink_client: PrusaLinkClientFactory
) -> None:
    """An HA restart mid-print: a new client, a tracker loaded from the database."""
    sim = await prusalink_sim()
    first = StreamRecorder()
    client1, _ = await prusalink_client(sim, first)
    await first.wait_for(lambda: online(first))
    sim.start_job("frame", 1.5, estimate_s=1500)
    await first.wait_event(RunEventType.JOB_PRINTING)
    await client1.async_stop()
    tracker = RunTracker(PRINTER_ID)
    ops = first.replay(tracker)
    (start,) = only(ops, StartRun)
    assert isinstance(start, StartRun)
    stored = tracker.open_run
    assert stored is not None
    restarted = RunTracker(PRINTER_ID, OpenRunState(stored.job_key, stored.started_at))
    second = StreamRecorder()
    await prusalink_client(sim, second)
    started = await second.wait_event(RunEventType.JOB_STARTED)
    assert started.data["reattached"] is True
    assert started.job_key == start.job_key
    await second.wait_event(RunEventType.JOB_ENDED)
    ops2 = second.replay(restarted)
    assert not only(ops2, StartRun)
    (end,) = only(ops2, EndRun)
    assert isinstance(end, EndRun)
    assert (end.job_key, end.outcome) == (start.job_key, RunOutcome.SUCCESS)
    assert end.actual_s is not None
    assert end.actual_s >= 1.0


async def test_polling_is_faster_while_printing(
    prusalink_sim: PrusaLinkSimFactory, prusalink_client: PrusaLinkClientFactory
) -> None:
    sim = await prusalink_sim()
    _client, rec = await prusalink_client(sim, poll_printing_s=0.05, poll_idle_s=0.4)
    await rec.wait_for(lambda: online(rec))
    before = sim.request_counts["GET /api/v1/status"]
    await asyncio.sleep(1.0)
    idle_polls = sim.request_counts["GET /api/v1/status"] - before
    sim.start_job("fast", 5.0)
    await rec.wait_event(RunEventType.JOB_STARTED)
    before = sim.request_counts["GET /api/v1/status"]
    await asyncio.sleep(1.0)
    printing_polls = sim.request_counts["GET /api/v1/status"] - before
    assert idle_polls <= 4
    assert printing_polls >= 6
    assert printing_polls > 2 * idle_polls


async def test_backoff_schedule(prusalink_session: aiohttp.ClientSession) -> None:
    rec = Recorder()
    client = PrusaLinkClient(
        PrusaLinkConfig(host="127.0.0.1", port=free_port(), password="x"),
        prusalink_session,
        on_snapshot=rec.on_snapshot,
        on_event=rec.on_event,
    )
    assert client._next_delay() == 10.0  # idle cadence
    delays = []
    for failures in range(1, 9):
        client._failures = failures
        delays.append(client._next_delay())
    assert delays == [2.0, 4.0, 8.0, 16.0, 32.0, 60.0, 60.0, 60.0]


async def test_unreachable_from_the_start_then_online(
    prusalink_sim: PrusaLinkSimFactory, prusalink_client: PrusaLinkClientFactory
) -> None:
    sim = await prusalink_sim()
    await sim.stop_server()
    client, rec = await prusalink_client(sim)
    await rec.wait_for(lambda: rec.last is not None)
    snap = rec.last
    assert snap is not None
    assert (snap.status, snap.online) == (PrinterStatus.OFFLINE, False)
    assert isinstance(client.last_error, CannotConnect)
    assert client.info is None
    assert not rec.events
    await sim.start_server()
    await rec.wait_for(lambda: online(rec))
    assert client.info is not None
    assert client.info.serial == sim.serial
    assert [e.type for e in rec.events] == [RunEventType.PRINTER_ONLINE]


async def test_wrong_password(
    prusalink_sim: PrusaLinkSimFactory,
    prusalink_client: PrusaLinkClientFactory,
    prusalink_session: aiohttp.ClientSession,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    sim = await prusalink_sim()
    config = prusalink_config(sim, password="not-the-password-42")
    client, rec = await prusalink_client(sim, config=config)
    await rec.wait_for(lambda: isinstance(client.last_error, InvalidAuth) and rec.last is not None)
    assert not online(rec)
    with pytest.raises(InvalidAuth):
        await async_probe(config, prusalink_session, timeout=3.0)
    assert "not-the-password-42" not in caplog.text
    assert sim.password is not None
    assert sim.password not in caplog.text


async def test_api_key_auth(
    prusalink_sim: PrusaLinkSimFactory,
    prusalink_client: PrusaLinkClientFactory,
    prusalink_session: aiohttp.ClientSession,
) -> None:
    sim = await prusalink_sim(model="MK3S", password=None, api_key="sim-api-key-123")
    client, rec = await prusalink_client(sim)
    await rec.wait_for(lambda: online(rec))
    assert client.info is not None
    assert client.info.model == "MK3S"
    wrong = prusalink_config(sim, api_key="nope")
    with pytest.raises(InvalidAuth):
        await async_probe(wrong, prusalink_session, timeout=3.0)
    # a password where the printer wants a key: a clear message
    with pytest.raises(InvalidAuth, match="API key"):
        await async_probe(prusalink_config(sim, password="pw"), prusalink_session, timeout=3.0)


async def test_digest_with_qop_and_expiring_nonces(
    prusalink_sim: PrusaLinkSimFactory, prusalink_client: PrusaLinkClientFactory
) -> None:
    sim = await prusalink_sim(digest_qop=True, nonce_lifetime_s=0.2)
    _client, rec = await prusalink_client(sim)
    await rec.wait_for(lambda: online(rec))
    sim.start_job("nonce", 0.8)
    ended = await rec.wait_event(RunEventType.JOB_ENDED)
    assert ended.data["outcome"] == RunOutcome.SUCCESS.value
    assert sim.stale_challenges >= 1
    assert not rec.of_type(RunEventType.PRINTER_OFFLINE)


@pytest.mark.parametrize(
    ("model", "name", "code"),
    [("MK4S", "MK4S", "1.4.1"), ("CORE One", "CORE One", "7.1.0"), ("MINI", "MINI", "2.1.0")],
)
async def test_probe(
    prusalink_sim: PrusaLinkSimFactory,
    prusalink_session: aiohttp.ClientSession,
    model: str,
    name: str,
    code: str,
) -> None:
    sim = await prusalink_sim(model=model)
    info = await async_probe(prusalink_config(sim), prusalink_session, timeout=3.0)
    assert (info.serial, info.brand, info.model, info.model_code) == (
        sim.serial,
        "prusalink",
        name,
        code,
    )
    assert info.firmware == sim.spec.firmware


async def test_probe_cannot_connect(
    prusalink_session: aiohttp.ClientSession, socket_enabled: None
) -> None:
    config = PrusaLinkConfig(host="127.0.0.1", port=free_port(), password="x")
    with pytest.raises(CannotConnect):
        await async_probe(config, prusalink_session, timeout=2.0)


async def test_camera_snapshot(
    prusalink_sim: PrusaLinkSimFactory, prusalink_client: PrusaLinkClientFactory
) -> None:
    with_camera = await prusalink_sim(camera=True)
    client, rec = await prusalink_client(with_camera)
    await rec.wait_for(lambda: online(rec))
    image = await client.async_camera_image()
    assert image is not None
    assert image.startswith(b"\x89PNG")
    with_camera.set_camera_image(None)
    assert await client.async_camera_image() is None  # 204: no image yet
    without = await prusalink_sim(camera=False)
    client2, rec2 = await prusalink_client(without)
    await rec2.wait_for(lambda: online(rec2))
    assert client2.has_camera is False
    assert await client2.async_camera_image() is None  # 404


async def test_another_printer_at_the_address_is_refused(
    prusalink_sim: PrusaLinkSimFactory, prusalink_client: PrusaLinkClientFactory
) -> None:
    sim = await prusalink_sim()
    client, rec = await prusalink_client(sim)
    await rec.wait_for(lambda: online(rec))
    await sim.stop_server()
    await rec.wait_event(RunEventType.PRINTER_OFFLINE)
    sim._serial = "SOMEONE-ELSE-1"  # a different printer took the address
    await sim.start_server()
    await rec.wait_for(lambda: isinstance(client.last_error, WrongSerial))
    assert not online(rec)
