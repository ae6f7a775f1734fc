"""Reusable pytest fixtures and helpers for the simulators.

Use from any conftest.py (re-export the fixtures you need)::

    from simulators.fixtures import bambu_client, bambu_sim  # noqa: F401

    async def test_x(bambu_sim, bambu_client):
        sim = await bambu_sim(model="C12", serial="01P00A000000002", report_interval_s=0.1)
        client, rec = await bambu_client(sim, cancel_hold_s=1.0)
        await rec.wait_for(lambda: rec.last is not None and rec.last.online)
        await sim.start_job("cube", duration_s=1.0, layers=5, prepare_s=0.2)
        ended = await rec.wait_event(RunEventType.JOB_ENDED)

``bambu_config(sim)`` gives the ``BambuConfig`` (host, port, serial, access code, CA PEM) for
config-flow / integration tests. Every simulator and client a factory made is stopped at
teardown (clients first): mosquitto terminated and waited, paho threads joined.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
import contextlib
from typing import Any

import pytest_asyncio

from custom_components.odin.printers.bambu import BambuClient, BambuConfig, build_ssl_context
from custom_components.odin.printers.model import PrinterSnapshot, RunEvent, RunEventType
from simulators.bambu import BambuSimulator

BambuSimFactory = Callable[..., Awaitable[BambuSimulator]]
BambuClientFactory = Callable[..., Awaitable[tuple[BambuClient, "Recorder"]]]

CLIENT_TEST_DEFAULTS: dict[str, float] = {
    "cancel_hold_s": 2.0,
    "stale_after_s": 30.0,
    "reconnect_min_s": 0.05,
    "reconnect_max_s": 0.5,
}


def bambu_config(sim: BambuSimulator, **overrides: Any) -> BambuConfig:
    """The client configuration that reaches ``sim`` (trusting the simulator's CA)."""
    values: dict[str, Any] = {
        "host": sim.host,
        "port": sim.port,
        "serial": sim.serial,
        "access_code": sim.access_code,
        "ca_pem": sim.ca_pem,
        "ftp_port": sim.ftp_port,
    }
    values.update(overrides)
    return BambuConfig(**values)


class Recorder:
    """Collects a client's snapshots and events; await conditions on them."""

    def __init__(self) -> None:
        """Empty."""
        self.snapshots: list[PrinterSnapshot] = []
        self.events: list[RunEvent] = []
        self._changed = asyncio.Event()

    def on_snapshot(self, snapshot: PrinterSnapshot) -> None:
        """Client callback."""
        self.snapshots.append(snapshot)
        self._changed.set()

    def on_event(self, event: RunEvent) -> None:
        """Client callback."""
        self.events.append(event)
        self._changed.set()

    @property
    def last(self) -> PrinterSnapshot | None:
        """The latest snapshot."""
        return self.snapshots[-1] if self.snapshots else None

    def of_type(self, event_type: RunEventType) -> list[RunEvent]:
        """Events of one type, in order."""
        return [e for e in self.events if e.type is event_type]

    async def wait_for(self, predicate: Callable[[], bool], timeout: float = 10.0) -> None:  # noqa: ASYNC109
        """Wait until ``predicate()`` holds (checked after every callback and every 50 ms, so
        it may also look at the client, e.g. ``client.reconnects``)."""
        async with asyncio.timeout(timeout):
            while not predicate():
                self._changed.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._changed.wait(), 0.05)

    async def wait_event(
        self,
        event_type: RunEventType,
        timeout: float = 10.0,  # noqa: ASYNC109
        *,
        after: int = 0,
        **data: Any,
    ) -> RunEvent:
        """The first event of ``event_type`` (index >= ``after``) whose data match ``data``."""
        found: list[RunEvent] = []

        def match() -> bool:
            for event in self.events[after:]:
                if event.type is event_type and all(
                    event.data.get(k) == v for k, v in data.items()
                ):
                    found.append(event)
                    return True
            return False

        await self.wait_for(match, timeout)
        return found[0]


@pytest_asyncio.fixture
async def bambu_sim(socket_enabled: None) -> AsyncIterator[BambuSimFactory]:
    """Factory: ``await bambu_sim(**BambuSimulator kwargs)`` -> a started simulator.

    Requests pytest-socket's ``socket_enabled`` (phcc blocks sockets; connections stay limited
    to 127.0.0.1 by phcc's allow-list).
    """
    sims: list[BambuSimulator] = []

    async def factory(**kwargs: Any) -> BambuSimulator:
        sim = BambuSimulator(**kwargs)
        await sim.start()
        sims.append(sim)
        return sim

    try:
        yield factory
    finally:
        for sim in reversed(sims):
            await sim.stop()


@pytest_asyncio.fixture
async def bambu_client(bambu_sim: BambuSimFactory) -> AsyncIterator[BambuClientFactory]:
    """Factory: ``await bambu_client(sim, **BambuClient kwargs)`` -> (started client, Recorder).

    Short timings by default (CLIENT_TEST_DEFAULTS). Clients stop before the simulators.
    """
    clients: list[BambuClient] = []

    async def factory(
        sim: BambuSimulator, recorder: Recorder | None = None, **kwargs: Any
    ) -> tuple[BambuClient, Recorder]:
        config = kwargs.pop("config", None) or bambu_config(sim)
        context = await asyncio.get_running_loop().run_in_executor(None, build_ssl_context, config)
        rec = recorder or Recorder()
        client = BambuClient(
            config,
            context,
            on_snapshot=rec.on_snapshot,
            on_event=rec.on_event,
            **(CLIENT_TEST_DEFAULTS | kwargs),
        )
        await client.async_start()
        clients.append(client)
        return client, rec

    try:
        yield factory
    finally:
        for client in reversed(clients):
            await client.async_stop()
