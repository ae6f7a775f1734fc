"""Every answer of the PrusaLink simulator validates against the official OpenAPI spec."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
import hashlib
import json
from pathlib import Path

import aiohttp
import pytest
import pytest_asyncio

from simulators.fixtures_prusalink import PrusaLinkSimFactory, prusalink_sim
from simulators.prusalink import PrusaLinkSimulator

from .prusalink_openapi import SPEC_PATH, SpecValidator, validator

__all__ = ["prusalink_sim"]

READ_PATHS = (
    "/api/version",
    "/api/v1/info",
    "/api/v1/status",
    "/api/v1/job",
    "/api/v1/storage",
    "/api/v1/cameras",
    "/api/v1/cameras/snap",
)


class Tour:
    """Reads every endpoint of a simulator (digest or API key) and validates all answers."""

    def __init__(self, sim: PrusaLinkSimulator, session: aiohttp.ClientSession) -> None:
        self.sim = sim
        self.session = session
        self.digest = (
            aiohttp.DigestAuthMiddleware(sim.username, sim.password)
            if sim.password is not None
            else None
        )
        self.headers = {"X-Api-Key": sim.api_key} if sim.password is None and sim.api_key else {}

    async def call(self, method: str, path: str, **kwargs: object) -> int:
        async with self.session.request(
            method,
            f"http://{self.sim.host}:{self.sim.port}{path}",
            headers=kwargs.pop("headers", self.headers),  # type: ignore[arg-type]
            middlewares=kwargs.pop("middlewares", (self.digest,) if self.digest else ()),  # type: ignore[arg-type]
        ) as resp:
            await resp.read()
            return resp.status

    async def read_all(self) -> dict[str, int]:
        return {path: await self.call("GET", path) for path in READ_PATHS}


@pytest_asyncio.fixture
async def session(socket_enabled: None) -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as http:
        yield http


def assert_all_valid(sim: PrusaLinkSimulator) -> None:
    spec = validator()
    problems = [
        problem
        for exchange in sim.exchanges
        for problem in spec.check(
            exchange.method, exchange.path, exchange.status, exchange.content_type, exchange.body
        )
    ]
    assert not problems, "\n".join(problems)


def test_spec_copy_is_the_official_file() -> None:
    digest = hashlib.sha256(SPEC_PATH.read_bytes()).hexdigest()
    readme = (SPEC_PATH.parent / "README.txt").read_text(encoding="utf-8")
    assert digest in readme
    shared = Path(__file__).resolve().parents[3] / "shared" / "specs" / "prusalink-openapi.yaml"
    if shared.exists():  # the steering copy beside the repository (CI has it too)
        assert shared.read_bytes() == SPEC_PATH.read_bytes()


def test_validator_is_not_vacuous() -> None:
    """Known-bad answers are rejected (so a green tour means something)."""
    spec = SpecValidator()

    def check(path: str, payload: object, status: int = 200, method: str = "GET") -> list[str]:
        return spec.check(method, path, status, "application/json", json.dumps(payload).encode())

    good_version = {
        "api": "2.0.0",
        "version": "2.1.2",
        "printer": "1.4.1",
        "text": "PrusaLink",
        "firmware": "6.2.4",
    }
    assert check("/api/version", good_version) == []
    # fields real firmware sends beyond the spec pass; a misspelt one does not
    assert (
        check("/api/version", {**good_version, "hostname": "prusa-mk4s", "server": "2.1.2"}) == []
    )
    assert check("/api/version", {**good_version, "hostnme": "prusa-mk4s"})
    assert check("/api/v1/info", {"hostname": "x", "original": "PrusaLink I3MK3S"})
    # Buddy < 6.5 omits required fields: invalid per spec (the client tolerates it)
    assert check("/api/version", {"api": "2.0.0", "text": "PrusaLink"})
    assert check("/api/v1/status", {"printer": {"state": "WEIRD"}})
    assert check("/api/v1/status", {"job": {"id": 1}})  # printer is required
    assert check("/api/v1/status", {"printer": {"state": "IDLE", "temp_nozle": 20.0}})
    job = {"id": 1, "state": "PRINTING", "progress": 1.0, "time_printing": 3}
    assert check("/api/v1/job", job)  # neither file nor serial_print: matches no branch
    assert check("/api/v1/job", {**job, "serial_print": True}) == []
    file_job = {**job, "file": {"name": "A~1.GCO", "path": "/usb", "m_timestamp": 1}}
    assert check("/api/v1/job", file_job) == []
    assert check("/api/v1/job", {**file_job, "serial_print": True})  # both branches match
    assert check("/api/v1/job", {**job, "state": "ATTENTION", "serial_print": True})
    assert check("/api/v1/job", {}, status=500)  # undocumented status
    assert spec.check("GET", "/api/v1/job", 204, None, b"x")  # 204 has no body
    assert spec.check("GET", "/api/v1/nope", 200, "application/json", b"{}")
    assert spec.check("GET", "/api/v1/cameras/snap", 200, "image/png", b"GIF89a")
    assert spec.check("GET", "/api/v1/cameras/snap", 200, "image/jpeg", b"\xff\xd8")
    assert spec.check("GET", "/api/v1/status", 401, "text/plain", b"401: Unauthorized") == []
    assert spec.template_of("/api/v1/cameras/snap") == "/api/v1/cameras/snap"
    assert spec.template_of("/api/v1/job/12/pause") == "/api/v1/job/{id}/pause"


@pytest.mark.parametrize("job_in_status_when_done", [True, False])
async def test_every_answer_in_every_state_validates(
    prusalink_sim: PrusaLinkSimFactory,
    session: aiohttp.ClientSession,
    job_in_status_when_done: bool,
) -> None:
    sim = await prusalink_sim(
        model="MK4S", camera=True, job_in_status_when_done=job_in_status_when_done
    )
    tour = Tour(sim, session)
    seen_states: set[str] = set()

    async def visit(expected: str) -> None:
        assert sim.printer_state == expected
        await tour.read_all()
        seen_states.add(expected)

    await visit("IDLE")
    for state in ("READY", "BUSY"):
        sim.set_state(state)
        await visit(state)
    sim.set_state("ERROR", "MINTEMP")
    await visit("ERROR")
    sim.set_state("ATTENTION", "Fan error")
    await visit("ATTENTION")
    sim.set_state("IDLE")

    # a job: printing, paused (commands from the client), attention, finished
    job_id = sim.start_job(
        "bracket_0.2mm_PLA_MK4S_1h2m", 30.0, estimate_s=3720, slicer_estimate_s=3600
    )
    await visit("PRINTING")
    assert await tour.call("PUT", f"/api/v1/job/{job_id}/resume") == 409
    assert await tour.call("PUT", f"/api/v1/job/{job_id}/pause") == 204
    await visit("PAUSED")
    assert await tour.call("PUT", f"/api/v1/job/{job_id}/pause") == 409
    assert await tour.call("PUT", f"/api/v1/job/{job_id + 1}/pause") == 404
    assert await tour.call("PUT", "/api/v1/job/abc/pause") == 404
    assert await tour.call("PUT", f"/api/v1/job/{job_id}/resume") == 204
    sim.attention("Filament runout")
    await visit("ATTENTION")
    sim.resume_job()
    sim.set_camera_image(None)  # camera without an image yet: 204
    await visit("PRINTING")
    sim.set_camera_image(b"\x89PNG\r\n\x1a\n" + bytes(16))
    sim.clear_job()
    sim.start_job("short", 0.05, estimate_s=60)
    await sim.wait_state("FINISHED")
    await visit("FINISHED")
    assert await tour.call("DELETE", f"/api/v1/job/{job_id + 1}") == 409

    # operator stop through the API, then a failure
    sim.clear_job("READY")
    job_id = sim.start_job("lid", 30.0)
    assert await tour.call("DELETE", f"/api/v1/job/{job_id}") == 204
    await visit("STOPPED")
    sim.clear_job()
    sim.start_job("gear", 30.0, filament_type=None, filament_g=None)
    sim.fail_job("Heater failed")
    await visit("ERROR")
    sim.clear_job()

    # a serial print (no file: the other Job oneOf branch)
    sim.start_job("host print", 30.0, serial_print=True)
    await visit("PRINTING")
    sim.stop_job()
    await visit("STOPPED")

    # authentication failures: none, wrong password, stale nonce after a reboot
    assert await tour.call("GET", "/api/v1/status", middlewares=()) == 401
    wrong = aiohttp.DigestAuthMiddleware(sim.username, "wrong-password")
    assert await tour.call("GET", "/api/v1/job", middlewares=(wrong,)) == 401
    await sim.restart()
    assert await tour.call("GET", "/api/v1/status") == 200
    assert sim.stale_challenges >= 1

    assert seen_states == {
        "IDLE",
        "READY",
        "BUSY",
        "ERROR",
        "ATTENTION",
        "PRINTING",
        "PAUSED",
        "FINISHED",
        "STOPPED",
    }
    statuses = {(e.path, e.status) for e in sim.exchanges}
    assert ("/api/v1/job", 204) in statuses
    assert ("/api/v1/cameras/snap", 204) in statuses
    assert ("/api/v1/cameras/snap", 200) in statuses
    assert any(e.status == 409 for e in sim.exchanges)
    assert any(e.status == 401 for e in sim.exchanges)
    assert_all_valid(sim)


@pytest.mark.parametrize(
    "model", ["MK4", "MK3.9", "MK3.5", "MINI", "XL", "CORE One", "MK3S", "MK3", "MK2.5S"]
)
async def test_models_without_camera_validate(
    prusalink_sim: PrusaLinkSimFactory, session: aiohttp.ClientSession, model: str
) -> None:
    sim = await prusalink_sim(model=model, password=None, api_key="sim-api-key-123")
    tour = Tour(sim, session)
    statuses = await tour.read_all()
    assert statuses["/api/v1/cameras/snap"] == 404
    sim.start_job("part", 30.0)
    await tour.read_all()
    assert await tour.call("GET", "/api/v1/status", headers={"X-Api-Key": "nope"}) == 401
    assert await tour.call("GET", "/api/v1/status", headers={}) == 401
    assert_all_valid(sim)


async def test_digest_with_qop_and_nonce_expiry_validates(
    prusalink_sim: PrusaLinkSimFactory, session: aiohttp.ClientSession
) -> None:
    sim = await prusalink_sim(digest_qop=True, nonce_lifetime_s=0.3)
    tour = Tour(sim, session)
    assert (await tour.read_all())["/api/v1/status"] == 200
    await asyncio.sleep(0.4)  # the nonce expires: the next request is re-challenged (stale)
    assert 401 not in (await tour.read_all()).values()
    assert sim.stale_challenges >= 1
    assert_all_valid(sim)
