"""The supervised-client base: backoff, failure count, auth errors surfaced, clean stop."""

from __future__ import annotations

import asyncio
import logging

import pytest

from custom_components.odin.printers.model import (
    CannotConnect,
    InvalidAuth,
    PrinterSnapshot,
    PrinterStatus,
    RunEvent,
)
from custom_components.odin.printers.supervisor import SupervisedClient

_LOGGER = logging.getLogger(__name__)


class ScriptedClient(SupervisedClient):
    """Each session step takes the next scripted outcome: True (healthy session), or an
    error the step notes as a failure."""

    def __init__(self, script: list[bool | Exception]) -> None:
        self.snapshots: list[PrinterSnapshot] = []
        self.events: list[RunEvent] = []
        self._init_supervision(
            label="Scripted printer",
            logger=_LOGGER,
            on_snapshot=self.snapshots.append,
            on_event=self.events.append,
            reconnect_min_s=1.0,
            reconnect_max_s=8.0,
        )
        self.script = script
        self.delays: list[float] = []
        self.states: list[tuple[int, bool, type[Exception] | None]] = []
        self.done = asyncio.Event()

    async def _run_session(self) -> bool:
        if not self.script:
            self.done.set()
            await asyncio.Event().wait()  # a session that lasts until stopped
        outcome = self.script.pop(0)
        if isinstance(outcome, bool):
            self._note_connected()
            self._connected = False  # the session ended
        else:
            assert isinstance(outcome, CannotConnect | InvalidAuth)
            self._note_failure(outcome)
        error = self.last_error
        self.states.append((self._failures, outcome is True, type(error) if error else None))
        return outcome is True

    async def _sleep(self, delay: float) -> None:
        self.delays.append(delay)  # no real waiting: the schedule is what is tested

    async def start(self) -> None:
        self._start_supervisor("scripted")

    async def stop(self) -> None:
        await self._stop_supervisor(grace_s=0)


async def test_backoff_doubles_to_the_cap_and_resets_after_a_healthy_session() -> None:
    refused = [CannotConnect("x") for _ in range(5)]
    client = ScriptedClient([*refused, True, CannotConnect("x"), True, True])
    await client.start()
    await asyncio.wait_for(client.done.wait(), 5)
    assert client.delays == [1.0, 2.0, 4.0, 8.0, 8.0, 1.0, 2.0, 1.0, 1.0]
    assert client.reconnects == 2  # every healthy session after the first one
    await client.stop()


async def test_auth_failure_is_surfaced_until_the_printer_accepts_again() -> None:
    client = ScriptedClient([InvalidAuth("no"), InvalidAuth("no"), True])
    await client.start()
    await asyncio.wait_for(client.done.wait(), 5)
    assert client.states == [(1, False, InvalidAuth), (2, False, InvalidAuth), (0, True, None)]
    assert client.last_error is None
    await client.stop()


async def test_stop_ends_the_task_and_a_failing_callback_is_contained(
    caplog: pytest.LogCaptureFixture,
) -> None:
    client = ScriptedClient([])
    await client.start()
    await asyncio.wait_for(client.done.wait(), 5)
    task = client._task
    assert task is not None
    await client.stop()
    assert task.done()
    assert client._task is None

    def broken(_snap: PrinterSnapshot) -> None:
        raise RuntimeError("consumer bug")

    client._on_snapshot = broken
    client._dispatch((PrinterSnapshot(status=PrinterStatus.IDLE), []))
    assert "on_snapshot callback failed" in caplog.text
