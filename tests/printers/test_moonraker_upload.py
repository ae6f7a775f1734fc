"""MoonrakerClient.async_upload_and_start against the Moonraker simulator (real HTTP multipart
upload on the client's session, then printer.print.start over the websocket)."""

from __future__ import annotations

from pathlib import Path

import pytest

from custom_components.odin.printers.model import (
    PrinterStatus,
    RunEventType,
    StartError,
    UploadError,
    UploadResult,
)
from custom_components.odin.printers.moonraker import MoonrakerClient
from simulators import fixtures_moonraker
from simulators.fixtures import Recorder
from simulators.fixtures_moonraker import MoonrakerClientFactory, MoonrakerSimFactory
from simulators.moonraker import MoonrakerSimulator

moonraker_sim = fixtures_moonraker.moonraker_sim
moonraker_session = fixtures_moonraker.moonraker_session
moonraker_client = fixtures_moonraker.moonraker_client

FILES = Path(__file__).resolve().parent.parent / "fixtures" / "files"
GCODE = FILES / "orcaslicer_voron.gcode"
FAST = {"status_interval_s": 0.05, "proc_stat_interval_s": 0.2, "time_scale": 60.0}


async def connected(
    moonraker_sim: MoonrakerSimFactory, moonraker_client: MoonrakerClientFactory, **kwargs: object
) -> tuple[MoonrakerSimulator, MoonrakerClient, Recorder]:
    sim = await moonraker_sim(**(FAST | kwargs))
    client, rec = await moonraker_client(sim)
    await rec.wait_for(lambda: rec.last is not None and rec.last.online and client.connected)
    return sim, client, rec


def starts(sim: MoonrakerSimulator) -> list[object]:
    return [params for method, params in sim.received if method == "printer.print.start"]


async def test_upload_and_start(
    moonraker_sim: MoonrakerSimFactory, moonraker_client: MoonrakerClientFactory
) -> None:
    sim, client, rec = await connected(moonraker_sim, moonraker_client, api_key="k3y")
    sim.upload_estimate_s = 0.5
    data = GCODE.read_bytes()
    progress: list[tuple[int, int]] = []
    result = await client.async_upload_and_start(
        GCODE.name, data, progress=lambda sent, total: progress.append((sent, total))
    )
    assert result == UploadResult(remote_name=GCODE.name, size=len(data))
    assert sim.uploads[GCODE.name] == data  # intact (and the SHA-256 checksum matched)
    assert starts(sim) == [{"filename": GCODE.name}]
    assert progress[-1] == (len(data), len(data))
    started = await rec.wait_event(RunEventType.JOB_STARTED)
    assert started.data["file_name"] == GCODE.name
    ended = await rec.wait_event(RunEventType.JOB_ENDED)
    assert ended.data["outcome"] == "success"


async def test_upload_a_path_under_a_safe_name(
    moonraker_sim: MoonrakerSimFactory,
    moonraker_client: MoonrakerClientFactory,
    tmp_path: Path,
) -> None:
    sim, client, _rec = await connected(moonraker_sim, moonraker_client)
    path = tmp_path / "part.gcode"
    path.write_bytes(GCODE.read_bytes() + b"G1 X1\n" * 50_000)  # several chunks
    result = await client.async_upload_and_start("../gcodes/.hidden part#1.gcode", path)
    assert result.remote_name == "hidden_part_1.gcode"
    assert sim.uploads["hidden_part_1.gcode"] == path.read_bytes()
    assert starts(sim) == [{"filename": "hidden_part_1.gcode"}]


@pytest.mark.parametrize("name", ["part.bgcode", "part.3mf", "part.gcode.3mf", "noext"])
async def test_file_types_moonraker_does_not_take(
    moonraker_sim: MoonrakerSimFactory, moonraker_client: MoonrakerClientFactory, name: str
) -> None:
    sim, client, _rec = await connected(moonraker_sim, moonraker_client)
    with pytest.raises(UploadError) as info:
        await client.async_upload_and_start(name, b"G28\n")
    assert (info.value.stage, info.value.reason) == ("prepare", "file_type")
    assert sim.uploads == {}


@pytest.mark.parametrize(("status", "reason"), [(500, "refused"), (413, "too_large")])
async def test_upload_refused_starts_nothing(
    moonraker_sim: MoonrakerSimFactory,
    moonraker_client: MoonrakerClientFactory,
    status: int,
    reason: str,
) -> None:
    sim, client, _rec = await connected(moonraker_sim, moonraker_client)
    sim.fail_upload = status
    with pytest.raises(UploadError) as info:
        await client.async_upload_and_start(GCODE.name, GCODE.read_bytes())
    assert (info.value.stage, info.value.reason) == ("upload", reason)
    assert "simulated" in str(info.value)
    assert starts(sim) == []
    assert sim.objects["print_stats"]["state"] == "standby"


async def test_not_connected_sends_nothing(
    moonraker_sim: MoonrakerSimFactory, moonraker_client: MoonrakerClientFactory
) -> None:
    sim = await moonraker_sim(**FAST)
    client, _rec = await moonraker_client(sim)
    await client.async_stop()
    with pytest.raises(UploadError) as info:
        await client.async_upload_and_start(GCODE.name, GCODE.read_bytes())
    assert (info.value.stage, info.value.reason) == ("prepare", "not_connected")
    assert sim.uploads == {}


async def test_start_refused_while_printing(
    moonraker_sim: MoonrakerSimFactory, moonraker_client: MoonrakerClientFactory
) -> None:
    sim, client, rec = await connected(moonraker_sim, moonraker_client)
    await sim.start_job("other.gcode", duration_s=30)
    await rec.wait_for(lambda: rec.last is not None and rec.last.status is PrinterStatus.PRINTING)
    with pytest.raises(StartError) as info:
        await client.async_upload_and_start(GCODE.name, GCODE.read_bytes())
    assert (info.value.stage, info.value.reason) == ("start", "rejected")
    assert "already in progress" in str(info.value)
    assert GCODE.name in sim.uploads  # stored, not printing
    assert sim.objects["print_stats"]["filename"] == "other.gcode"


async def test_unreachable_upload_is_a_network_error(
    moonraker_sim: MoonrakerSimFactory, moonraker_client: MoonrakerClientFactory
) -> None:
    sim, client, _rec = await connected(moonraker_sim, moonraker_client)

    def explode(sent: int, total: int) -> None:
        raise RuntimeError("a broken progress callback must not break the upload")

    result = await client.async_upload_and_start(GCODE.name, GCODE.read_bytes(), progress=explode)
    assert result.size == len(GCODE.read_bytes())
    await sim.stop()
    with pytest.raises(UploadError) as info:
        await client.async_upload_and_start(GCODE.name, GCODE.read_bytes())
    assert info.value.stage in ("prepare", "upload")
