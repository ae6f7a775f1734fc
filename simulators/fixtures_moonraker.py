"""Reusable pytest fixtures for the Moonraker simulator and client.

Use from any conftest.py (re-export the fixtures you need)::

    from simulators.fixtures_moonraker import moonraker_client, moonraker_sim  # noqa: F401

    async def test_x(moonraker_sim, moonraker_client):
        sim = await moonraker_sim(status_interval_s=0.05)
        client, rec = await moonraker_client(sim)
        await rec.wait_for(lambda: rec.last is not None and rec.last.online)
        await sim.start_job("cube.gcode", duration_s=1.0, layers=5)
        ended = await rec.wait_event(RunEventType.JOB_ENDED)

``moonraker_config(sim)`` gives the ``MoonrakerConfig`` (host, port, API key) for config-flow
or integration tests. Clients are stopped before simulators, and the aiohttp session the
factory made (the HA glue passes HA's shared session instead) is closed last.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import aiohttp
import pytest_asyncio

from custom_components.odin.printers.moonraker import MoonrakerClient, MoonrakerConfig
from simulators.fixtures import Recorder
from simulators.moonraker import MoonrakerSimulator

MoonrakerSimFactory = Callable[..., Awaitable[MoonrakerSimulator]]
MoonrakerClientFactory = Callable[..., Awaitable[tuple[MoonrakerClient, Recorder]]]

CLIENT_TEST_DEFAULTS: dict[str, float] = {
    "stale_after_s": 30.0,
    "reconnect_min_s": 0.05,
    "reconnect_max_s": 0.5,
    "request_timeout_s": 5.0,
    "key_wait_s": 2.0,
}


def moonraker_config(sim: MoonrakerSimulator, **overrides: Any) -> MoonrakerConfig:
    """The client configuration that reaches ``sim``."""
    values: dict[str, Any] = {"host": sim.host, "port": sim.port, "api_key": sim.api_key}
    values.update(overrides)
    return MoonrakerConfig(**values)


@pytest_asyncio.fixture
async def moonraker_sim(socket_enabled: None) -> AsyncIterator[MoonrakerSimFactory]:
    """Factory: ``await moonraker_sim(**MoonrakerSimulator kwargs)`` -> a started simulator.

    Requests pytest-socket's ``socket_enabled`` (phcc blocks sockets; connections stay limited
    to 127.0.0.1 by phcc's allow-list).
    """
    sims: list[MoonrakerSimulator] = []

    async def factory(**kwargs: Any) -> MoonrakerSimulator:
        sim = MoonrakerSimulator(**kwargs)
        await sim.start()
        sims.append(sim)
        return sim

    try:
        yield factory
    finally:
        for sim in reversed(sims):
            await sim.stop()


@pytest_asyncio.fixture
async def moonraker_session(socket_enabled: None) -> AsyncIterator[aiohttp.ClientSession]:
    """An aiohttp session for the test (HA passes its shared session in production)."""
    session = aiohttp.ClientSession()
    try:
        yield session
    finally:
        await session.close()


@pytest_asyncio.fixture
async def moonraker_client(
    moonraker_sim: MoonrakerSimFactory, moonraker_session: aiohttp.ClientSession
) -> AsyncIterator[MoonrakerClientFactory]:
    """Factory: ``await moonraker_client(sim, **MoonrakerClient kwargs)`` -> (client, Recorder).

    Short timings by default (CLIENT_TEST_DEFAULTS). Clients stop before the simulators.
    """
    clients: list[MoonrakerClient] = []

    async def factory(
        sim: MoonrakerSimulator, recorder: Recorder | None = None, **kwargs: Any
    ) -> tuple[MoonrakerClient, Recorder]:
        config = kwargs.pop("config", None) or moonraker_config(sim)
        rec = recorder or Recorder()
        client = MoonrakerClient(
            config,
            moonraker_session,
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


__all__ = [
    "CLIENT_TEST_DEFAULTS",
    "MoonrakerClientFactory",
    "MoonrakerSimFactory",
    "moonraker_client",
    "moonraker_config",
    "moonraker_session",
    "moonraker_sim",
]
