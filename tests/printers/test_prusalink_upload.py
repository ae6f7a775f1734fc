"""PrusaLinkClient.async_upload_and_start against the PrusaLink simulator: PUT with
Print-After-Upload over real HTTP with Digest auth; every answer is validated against the
official OpenAPI spec at teardown."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest

from custom_components.odin.printers.model import RunEventType, UploadError, UploadResult
from custom_components.odin.printers.prusalink import PrusaLinkClient
from simulators.fixtures import Recorder
from simulators.fixtures_prusalink import (
    PrusaLinkClientFactory,
    PrusaLinkSimFactory,
    prusalink_client,
    prusalink_config,
    prusalink_session,
    prusalink_sim,
)
from simulators.prusalink import PrusaLinkSimulator

from .prusalink_openapi import validator

__all__ = ["prusalink_client", "prusalink_session", "prusalink_sim"]

FILES = Path(__file__).resolve().parent.parent / "fixtures" / "files"
BGCODE = FILES / "prusaslicer_mk4s.bgcode"
GCODE = FILES / "prusaslicer_mk4s.gcode"


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


async def connected(
    prusalink_sim: PrusaLinkSimFactory,
    prusalink_client: PrusaLinkClientFactory,
    **kwargs: object,
) -> tuple[PrusaLinkSimulator, PrusaLinkClient, Recorder]:
    sim = await prusalink_sim(**kwargs)
    client, rec = await prusalink_client(sim)
    await rec.wait_for(lambda: rec.last is not None and rec.last.online)
    return sim, client, rec


def puts(sim: PrusaLinkSimulator) -> list[tuple[str, int]]:
    return [(e.path, e.status) for e in sim.exchanges if e.method == "PUT"]


async def test_upload_and_print(
    prusalink_sim: PrusaLinkSimFactory, prusalink_client: PrusaLinkClientFactory
) -> None:
    sim, client, rec = await connected(prusalink_sim, prusalink_client)
    sim.upload_job_s = 0.3
    data = BGCODE.read_bytes()
    progress: list[tuple[int, int]] = []
    result = await client.async_upload_and_start(
        BGCODE.name, data, progress=lambda sent, total: progress.append((sent, total))
    )
    assert result == UploadResult(remote_name=BGCODE.name, size=len(data))
    assert sim.files[f"usb/{BGCODE.name}"] == data  # intact
    assert puts(sim) == [(f"/api/v1/files/usb/{BGCODE.name}", 201)]  # body sent once
    assert progress[-1] == (len(data), len(data))
    job = sim.job
    assert job is not None
    assert job.display_name == BGCODE.name
    started = await rec.wait_event(RunEventType.JOB_STARTED)
    assert started.data["file_name"] == BGCODE.name
    ended = await rec.wait_event(RunEventType.JOB_ENDED)
    assert ended.data["outcome"] == "success"


async def test_stale_nonce_resends_the_whole_body(
    prusalink_sim: PrusaLinkSimFactory,
    prusalink_client: PrusaLinkClientFactory,
    tmp_path: Path,
) -> None:
    sim, client, _rec = await connected(prusalink_sim, prusalink_client)
    sim.stale_next_upload = True
    path = tmp_path / "big.gcode"
    path.write_bytes(GCODE.read_bytes() + b"G1 X10 Y10\n" * 40_000)
    result = await client.async_upload_and_start("My Part (2).gcode", path)
    assert result.remote_name == "My_Part_2.gcode"
    assert sim.files["usb/My_Part_2.gcode"] == path.read_bytes()
    statuses = [status for _path, status in puts(sim)]
    assert statuses[-1] == 201
    assert 401 in statuses  # the stale nonce was answered and the body sent again


async def test_api_key_printer(
    prusalink_sim: PrusaLinkSimFactory, prusalink_client: PrusaLinkClientFactory
) -> None:
    # Buddy firmware before Digest (MK4 4.x) took an X-Api-Key; the Pi MK3S is tested with
    # its /local storage in test_prusalink_storage.py
    sim, client, _rec = await connected(
        prusalink_sim, prusalink_client, model="MK4", password=None, api_key="k3y"
    )
    await client.async_upload_and_start(GCODE.name, GCODE.read_bytes())
    assert sim.files[f"usb/{GCODE.name}"] == GCODE.read_bytes()


async def test_busy_printer_refuses_and_starts_nothing(
    prusalink_sim: PrusaLinkSimFactory, prusalink_client: PrusaLinkClientFactory
) -> None:
    sim, client, _rec = await connected(prusalink_sim, prusalink_client)
    job_id = sim.start_job("other", duration_s=30)
    with pytest.raises(UploadError) as info:
        await client.async_upload_and_start(BGCODE.name, BGCODE.read_bytes())
    assert (info.value.stage, info.value.reason) == ("upload", "busy")
    assert "Printer busy" in str(info.value) or "running" in str(info.value)
    job = sim.job
    assert job is not None
    assert job.id == job_id
    assert f"usb/{BGCODE.name}" not in sim.files


async def test_existing_file_without_overwrite(
    prusalink_sim: PrusaLinkSimFactory, prusalink_client: PrusaLinkClientFactory
) -> None:
    sim, client, _rec = await connected(prusalink_sim, prusalink_client)
    sim.files[f"usb/{GCODE.name}"] = b"old"
    with pytest.raises(UploadError) as info:
        await client.async_upload_and_start(GCODE.name, GCODE.read_bytes(), overwrite=False)
    assert info.value.reason == "busy"
    assert sim.files[f"usb/{GCODE.name}"] == b"old"
    assert sim.job is None
    await client.async_upload_and_start(GCODE.name, GCODE.read_bytes())  # Overwrite: ?1
    assert sim.files[f"usb/{GCODE.name}"] == GCODE.read_bytes()


async def test_missing_storage(
    prusalink_sim: PrusaLinkSimFactory, prusalink_client: PrusaLinkClientFactory
) -> None:
    sim, client, _rec = await connected(prusalink_sim, prusalink_client)
    sim.fail_upload = 404
    with pytest.raises(UploadError) as info:
        await client.async_upload_and_start(GCODE.name, GCODE.read_bytes())
    assert info.value.reason == "storage"
    assert sim.job is None


async def test_connection_cut_mid_upload_starts_nothing(
    prusalink_sim: PrusaLinkSimFactory, prusalink_client: PrusaLinkClientFactory
) -> None:
    sim, client, _rec = await connected(prusalink_sim, prusalink_client)
    sim.drop_upload_after = 64 * 1024
    with pytest.raises(UploadError) as info:
        await client.async_upload_and_start("big.gcode", b"G1 X1\n" * 200_000)
    assert (info.value.stage, info.value.reason) == ("upload", "network")
    assert sim.files == {}
    assert sim.job is None


async def test_wrong_password_is_refused_before_the_upload(
    prusalink_sim: PrusaLinkSimFactory, prusalink_client: PrusaLinkClientFactory
) -> None:
    sim = await prusalink_sim()
    client, _rec = await prusalink_client(sim, config=prusalink_config(sim, password="wrong"))
    with pytest.raises(UploadError) as info:
        await client.async_upload_and_start(GCODE.name, GCODE.read_bytes())
    assert (info.value.stage, info.value.reason) == ("prepare", "auth")
    assert puts(sim) == []


@pytest.mark.parametrize("name", ["part.3mf", "part.gcode.3mf", "part.stl"])
async def test_file_types_prusalink_does_not_take(
    prusalink_sim: PrusaLinkSimFactory, prusalink_client: PrusaLinkClientFactory, name: str
) -> None:
    sim, client, _rec = await connected(prusalink_sim, prusalink_client)
    with pytest.raises(UploadError) as info:
        await client.async_upload_and_start(name, b"PK\x03\x04")
    assert (info.value.stage, info.value.reason) == ("prepare", "file_type")
    assert puts(sim) == []


async def test_unreachable_printer(
    prusalink_sim: PrusaLinkSimFactory, prusalink_client: PrusaLinkClientFactory
) -> None:
    sim, client, _rec = await connected(prusalink_sim, prusalink_client)
    await sim.stop_server()
    with pytest.raises(UploadError) as info:
        await client.async_upload_and_start(GCODE.name, GCODE.read_bytes())
    assert (info.value.stage, info.value.reason) == ("prepare", "not_connected")


async def test_simulator_prints_a_stored_file_on_post(
    prusalink_sim: PrusaLinkSimFactory, prusalink_session: aiohttp.ClientSession
) -> None:
    sim = await prusalink_sim()
    sim.files[f"usb/{GCODE.name}"] = GCODE.read_bytes()
    digest = aiohttp.DigestAuthMiddleware(sim.username, sim.password or "")
    url = f"http://{sim.host}:{sim.port}/api/v1/files/usb/{GCODE.name}"
    async with prusalink_session.post(url, middlewares=(digest,)) as resp:
        assert resp.status == 204
    job = sim.job
    assert job is not None
    assert job.display_name == GCODE.name
    async with prusalink_session.post(url, middlewares=(digest,)) as resp:
        assert resp.status == 409  # a job is running
    async with prusalink_session.post(url + "x", middlewares=(digest,)) as resp:
        assert resp.status == 404


async def test_nozzle_reported_by_the_printer(
    prusalink_sim: PrusaLinkSimFactory, prusalink_client: PrusaLinkClientFactory
) -> None:
    """``/api/v1/info.nozzle_diameter`` is the printer's nozzle (the guardrails compare it)."""
    sim, client, _rec = await connected(prusalink_sim, prusalink_client, model="MK4S")
    assert client.hardware.nozzle_mm == sim.spec.nozzle_diameter == 0.4
    assert client.hardware.slots == ()
