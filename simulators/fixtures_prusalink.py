"""Reusable pytest fixtures and helpers for the PrusaLink simulator.

Use from any conftest.py or test module (import the fixtures you need)::

    from simulators.fixtures_prusalink import (  # noqa: F401
        prusalink_client, prusalink_session, prusalink_sim,
    )

    async def test_x(prusalink_sim, prusalink_client):
        sim = await prusalink_sim(model="MK4S")
        client, rec = await prusalink_client(sim)
        await rec.wait_for(lambda: rec.last is not None and rec.last.online)
        sim.start_job("cube", duration_s=1.0, estimate_s=3600)
        ended = await rec.wait_event(RunEventType.JOB_ENDED)

``prusalink_config(sim)`` gives the ``PrusaLinkConfig`` (host, port, user, password / API key)
for config-flow and integration tests. Every simulator, client and session a factory made is
closed at teardown (clients first, then simulators, then the HTTP session).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import aiohttp
import pytest_asyncio

from custom_components.odin.printers.prusalink import PrusaLinkClient, PrusaLinkConfig
from simulators.fixtures import Recorder
from simulators.prusalink import PrusaLinkSimulator

PrusaLinkClientFactory = Callable[..., Awaitable[tuple[PrusaLinkClient, Recorder]]]

CLIENT_TEST_DEFAULTS: dict[str, float] = {
    "poll_printing_s": 0.05,
    "poll_idle_s": 0.1,
    "poll_offline_max_s": 0.2,
    "offline_after_failures": 3,
    "request_timeout_s": 3.0,
}


def prusalink_config(sim: PrusaLinkSimulator, **overrides: Any) -> PrusaLinkConfig:
    """The client configuration that reaches ``sim`` (its password, else its API key)."""
    values: dict[str, Any] = {
        "host": sim.host,
        "port": sim.port,
        "username": sim.username,
        "password": sim.password,
        "api_key": sim.api_key if sim.password is None else None,
    }
    values.update(overrides)
    return PrusaLinkConfig(**values)


class PrusaLinkSimFactory:
    """``await factory(**PrusaLinkSimulator kwargs)`` -> a started simulator; ``sims`` lists
    every simulator it made (e.g. to validate all their exchanges after a test)."""

    def __init__(self) -> None:
        """No simulator yet."""
        self.sims: list[PrusaLinkSimulator] = []

    async def __call__(self, **kwargs: Any) -> PrusaLinkSimulator:
        """Create and start one simulator."""
        sim = PrusaLinkSimulator(**kwargs)
        await sim.start()
        self.sims.append(sim)
        return sim

    async def close(self) -> None:
        """Stop every simulator."""
        for sim in reversed(self.sims):
            await sim.stop()


@pytest_asyncio.fixture
async def prusalink_sim(socket_enabled: None) -> AsyncIterator[PrusaLinkSimFactory]:
    """Factory of started simulators (stopped at teardown).

    Requests pytest-socket's ``socket_enabled`` (phcc blocks sockets; connections stay limited
    to 127.0.0.1 by phcc's allow-list).
    """
    factory = PrusaLinkSimFactory()
    try:
        yield factory
    finally:
        await factory.close()


@pytest_asyncio.fixture
async def prusalink_session(socket_enabled: None) -> AsyncIterator[aiohttp.ClientSession]:
    """The HTTP session the clients use (the HA glue passes HA's shared session)."""
    session = aiohttp.ClientSession()
    try:
        yield session
    finally:
        await session.close()


@pytest_asyncio.fixture
async def prusalink_client(
    prusalink_sim: PrusaLinkSimFactory, prusalink_session: aiohttp.ClientSession
) -> AsyncIterator[PrusaLinkClientFactory]:
    """Factory: ``await prusalink_client(sim, **PrusaLinkClient kwargs)`` -> (started client,
    Recorder). Short timings by default (CLIENT_TEST_DEFAULTS); ``config=`` overrides the
    configuration. Clients stop before the simulators."""
    clients: list[PrusaLinkClient] = []

    async def factory(
        sim: PrusaLinkSimulator, recorder: Recorder | None = None, **kwargs: Any
    ) -> tuple[PrusaLinkClient, Recorder]:
        config = kwargs.pop("config", None) or prusalink_config(sim)
        rec = recorder or Recorder()
        client = PrusaLinkClient(
            config,
            prusalink_session,
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
    "PrusaLinkClientFactory",
    "PrusaLinkSimFactory",
    "prusalink_client",
    "prusalink_config",
    "prusalink_session",
    "prusalink_sim",
]
