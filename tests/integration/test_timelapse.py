"""Timelapses in a real HA core: a real camera entity, the Bambu simulator, real ffmpeg/ffprobe.

A scripted run (with a pause and a broker restart) is recorded through HA's camera API and
stitched; ffprobe checks frames and duration; the video plays through the media source resolve
(signed URL), is refused without authentication, and is purged by age with its row.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path
from typing import Any

from homeassistant.components import media_source
from homeassistant.components.ffmpeg import DATA_FFMPEG, FFmpegManager
from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import Unauthorized
from homeassistant.helpers import issue_registry as ir
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import async_fire_time_changed
from pytest_homeassistant_custom_component.typing import (
    ClientSessionGenerator,
    WebSocketGenerator,
)

from custom_components.odin.const import DOMAIN
from custom_components.odin.farm.timelapse import parse_frame
from custom_components.odin.printers.model import RunOutcome
from custom_components.odin.store.audit import list_audit
from custom_components.odin.store.runs import list_runs
from simulators.bambu import BambuSimulator
from tests.ffmpeg_tools import make_frames, probe, top_level_boxes

from .test_farm import state, wait_until
from .timelapse_support import (
    ChangingCamera,
    async_add_test_camera,
    async_make_run,
    async_make_timelapse,
    async_set_created,
    async_timelapses,
    async_wait_timelapses,
    frame_bytes,
    manager_of,
    timelapse_entry,
)

STATUS = "sensor.printer_042_status"
SWITCH = "switch.printer_042_timelapse"


@pytest.fixture(scope="module")
def jpeg_frames(tmp_path_factory: pytest.TempPathFactory) -> list[bytes]:
    """Twelve different 161x121 JPEGs (ffmpeg testsrc)."""
    return frame_bytes(tmp_path_factory.mktemp("frames"))


@pytest.fixture
async def test_camera(hass: HomeAssistant, jpeg_frames: list[bytes]) -> ChangingCamera:
    """camera.test_cam: a real HA camera entity serving changing JPEGs."""
    return await async_add_test_camera(hass, jpeg_frames)


@pytest.fixture
async def farm(
    hass: HomeAssistant, tmp_path: Path, sim: BambuSimulator, test_camera: ChangingCamera
) -> Any:
    """The farm with the simulated P1S filmed by camera.test_cam (1 s frames, 10 fps)."""
    entry = timelapse_entry(tmp_path, [sim])
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    await wait_until(hass, lambda: state(hass, STATUS) == "idle")
    yield entry
    if entry.state.recoverable:
        await hass.config_entries.async_unload(entry.entry_id)
        await hass.async_block_till_done()


def _printer_id(entry: Any) -> str:
    return next(iter(entry.runtime_data.printers))


async def _files(hass: HomeAssistant, directory: Path) -> list[str]:
    return await hass.async_add_executor_job(lambda: sorted(p.name for p in directory.iterdir()))


async def test_scripted_run_with_pause_and_disconnect(
    hass: HomeAssistant,
    farm: Any,
    sim: BambuSimulator,
    test_camera: ChangingCamera,
    hass_ws_client: WebSocketGenerator,
    hass_client_no_auth: ClientSessionGenerator,
) -> None:
    """One run → one MP4 (no split by the pause or the broker restart), checked by ffprobe,
    played through the media source resolve."""
    manager = manager_of(farm)
    assert state(hass, SWITCH) == "on"
    # The job is long enough for every frame the test waits for, however slow the machine.
    await sim.start_job("cube", duration_s=8.0, layers=20, prepare_s=0.2)
    await wait_until(hass, lambda: test_camera.calls >= 2)
    assert hass.states.get(SWITCH).attributes["recording"] is True  # type: ignore[union-attr]

    await sim.pause_job()
    await wait_until(hass, lambda: state(hass, STATUS) == "paused")
    paused_at = test_camera.calls
    assert hass.states.get(SWITCH).attributes["recording"] is False  # type: ignore[union-attr]
    await asyncio.sleep(2.2)  # two intervals: no frames while paused
    assert test_camera.calls == paused_at
    await sim.resume_job()
    await wait_until(hass, lambda: state(hass, STATUS) == "printing")

    await wait_until(hass, lambda: test_camera.calls >= paused_at + 2)
    await sim.restart_broker()  # a brief disconnect mid-print: same session afterwards
    await wait_until(hass, lambda: state(hass, STATUS) == "finished", timeout=30)

    items = await async_wait_timelapses(farm, lambda ts: len(ts) == 1)
    await asyncio.sleep(1.5)  # nothing else is stitched later (no split)
    items = await async_timelapses(farm)
    assert len(items) == 1
    record = items[0]
    assert record.outcome == "success"
    assert record.job_name == "cube"
    assert record.frames == test_camera.calls >= 4
    assert record.fps == 10
    assert record.seconds == pytest.approx(record.frames / 10)
    run_dir = manager.root / str(record.run_id)
    video = run_dir / "timelapse.mp4"
    info = await hass.async_add_executor_job(probe, video)
    assert info["frames"] == record.frames
    assert info["duration"] == pytest.approx(record.frames / 10, abs=0.1)
    assert (info["codec"], info["pix_fmt"]) == ("h264", "yuv420p")
    assert (info["width"], info["height"]) == (160, 120)  # 161x121 frames: even dimensions
    boxes = await hass.async_add_executor_job(top_level_boxes, video)
    assert boxes.index("moov") < boxes.index("mdat")  # faststart
    names = await _files(hass, run_dir)
    assert names == ["poster.jpg", "timelapse.mp4"]  # frames deleted after the stitch
    assert record.bytes == video.stat().st_size
    db = farm.runtime_data.db
    runs = await db.read(lambda conn: list_runs(conn))
    assert len(runs) == 1
    assert runs[0].timelapse == f"{record.run_id}/timelapse.mp4"

    # media source: printer → day → video, title with the outcome; resolve → signed URL
    assert await async_setup_component(hass, "media_source", {})
    root = await media_source.async_browse_media(hass, f"media-source://{DOMAIN}")
    assert root.title == "O.D.I.N. timelapses"
    assert [c.title for c in root.children] == ["Printer 042 (1)"]
    printer = await media_source.async_browse_media(hass, root.children[0].media_content_id)
    day = await media_source.async_browse_media(hass, printer.children[0].media_content_id)
    (item,) = day.children
    assert item.can_play
    assert item.title.endswith("· cube · success")
    assert item.media_content_id == f"media-source://{DOMAIN}/timelapse/{record.id}"
    client = await hass_ws_client(hass)
    await client.send_json_auto_id(
        {"type": "media_source/resolve_media", "media_content_id": item.media_content_id}
    )
    response = await client.receive_json()
    assert response["success"], response
    url = response["result"]["url"]
    assert response["result"]["mime_type"] == "video/mp4"
    assert url.startswith(f"/api/odin/timelapses/{record.id}/video.mp4?authSig=")
    http = await hass_client_no_auth()
    resp = await http.get(url)
    assert resp.status == 200
    assert resp.headers["Content-Type"] == "video/mp4"
    body = await resp.read()
    assert body == await hass.async_add_executor_job(video.read_bytes)
    resp = await http.get(url, headers={"Range": "bytes=0-99"})  # phones seek
    assert resp.status == 206
    assert len(await resp.read()) == 100
    resp = await http.get(url.split("?")[0])
    assert resp.status == 401


async def test_unauthenticated_access_refused(
    hass: HomeAssistant,
    farm: Any,
    hass_client: ClientSessionGenerator,
    hass_client_no_auth: ClientSessionGenerator,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """The files need a token or a signature; the signature of another path does not fit."""
    assert await async_setup_component(hass, "media_source", {})
    record = await async_make_timelapse(hass, farm, _printer_id(farm), "made")
    base = f"/api/odin/timelapses/{record.id}"
    anonymous = await hass_client_no_auth()
    for path in (f"{base}/video.mp4", f"{base}/poster", f"{base}/video.mp4?authSig=forged"):
        assert (await anonymous.get(path)).status == 401, path
    user = await hass_client()
    resp = await user.get(f"{base}/video.mp4")
    assert resp.status == 200
    resp = await user.get(f"{base}/poster")
    assert resp.status == 200
    assert resp.headers["Content-Type"] == "image/jpeg"
    assert (await user.get("/api/odin/timelapses/999/video.mp4")).status == 404
    assert (await user.get(f"{base}/other")).status == 404
    # The list signs both URLs for the caller; a signed video URL does not open the poster.
    ws = await hass_ws_client(hass)
    await ws.send_json_auto_id({"type": "odin/timelapses/list"})
    result = (await ws.receive_json())["result"]
    item = result["items"][0]
    assert (await anonymous.get(item["url"])).status == 200
    assert (await anonymous.get(item["poster_url"])).status == 200
    sig = item["url"].split("?", 1)[1]
    assert (await anonymous.get(f"{base}/poster?{sig}")).status == 401
    # media source refuses unknown / malformed ids
    for bad in ("timelapse/999", "timelapse/../1", "printer/x/../../etc", "nope"):
        with pytest.raises(media_source.Unresolvable):
            await media_source.async_resolve_media(hass, f"media-source://{DOMAIN}/{bad}", None)


async def test_purge_by_age(
    hass: HomeAssistant,
    farm: Any,
    hass_admin_user: Any,
    hass_read_only_user: Any,
) -> None:
    """Older than N days: directory and row go together, audited; daily and by action."""
    manager = manager_of(farm)
    pid = _printer_id(farm)
    old = await async_make_timelapse(hass, farm, pid, "old", outcome=RunOutcome.FAILED)
    new = await async_make_timelapse(hass, farm, pid, "new")
    await async_set_created(farm, old.id, dt_util.utcnow() - timedelta(days=40))
    # frames of a closed run that never stitched, long ago, age out too
    stale_run = await async_make_run(farm, pid, "stale")
    stale_dir = manager.root / str(stale_run)
    await hass.async_add_executor_job(lambda: stale_dir.mkdir(parents=True))
    await hass.async_add_executor_job((stale_dir / "000001.jpg").write_bytes, b"x")

    with pytest.raises(Unauthorized):
        await hass.services.async_call(
            DOMAIN,
            "purge_timelapses",
            {},
            blocking=True,
            context=Context(user_id=hass_read_only_user.id),
        )
    result = await hass.services.async_call(
        DOMAIN,
        "purge_timelapses",
        {},
        blocking=True,
        return_response=True,
        context=Context(user_id=hass_admin_user.id),
    )
    assert result is not None
    assert result["deleted"] == 1
    assert result["older_than_days"] == 30
    assert result["bytes"] >= old.bytes
    assert [t.id for t in await async_timelapses(farm)] == [new.id]
    assert not await hass.async_add_executor_job((manager.root / str(old.run_id)).exists)
    assert await hass.async_add_executor_job((manager.root / str(new.run_id)).exists)
    assert await hass.async_add_executor_job(stale_dir.exists)  # the run ended just now

    db = farm.runtime_data.db
    await db.write(lambda conn: None)
    audit = await db.read(lambda conn: list_audit(conn, action="timelapse_deleted"))
    assert [(a.target_id, a.user_id) for a in audit] == [(str(old.id), hass_admin_user.id)]
    assert audit[0].details["reason"] == "purge"
    assert audit[0].details["run_id"] == old.run_id

    # daily retention at 04:20 local time (farm option: 30 days)
    await async_set_created(farm, new.id, dt_util.utcnow() - timedelta(days=31))
    now = dt_util.now()
    at = now.replace(hour=4, minute=20, second=0, microsecond=0)
    if at <= now:
        at += timedelta(days=1)
    async_fire_time_changed(hass, at)
    await hass.async_block_till_done()
    async with asyncio.timeout(10):
        while await async_timelapses(farm):
            await asyncio.sleep(0.05)
    assert not await hass.async_add_executor_job((manager.root / str(new.run_id)).exists)
    await db.write(lambda conn: None)
    audit = await db.read(lambda conn: list_audit(conn, action="timelapse_deleted"))
    assert audit[0].target_id == str(new.id)
    assert audit[0].origin == "system"
    assert audit[0].details["reason"] == "retention"

    # older_than_days=0: everything, including the stale frames
    await async_make_timelapse(hass, farm, pid, "last")
    result = await hass.services.async_call(
        DOMAIN,
        "purge_timelapses",
        {"older_than_days": 0},
        blocking=True,
        return_response=True,
        context=Context(user_id=hass_admin_user.id),
    )
    assert result is not None
    assert (result["deleted"], result["frames_deleted"]) == (1, 1)
    assert await async_timelapses(farm) == []
    assert await _files(hass, manager.root) == []


async def test_failed_stitch_keeps_frames_and_raises_repair(
    hass: HomeAssistant,
    farm: Any,
    issue_registry: ir.IssueRegistry,
    tmp_path: Path,
) -> None:
    """ffmpeg fails: frames stay, a repair issue says why; a later stitch clears it."""
    manager = manager_of(farm)
    pid = _printer_id(farm)
    run_id = await async_make_run(farm, pid, "broken")
    run_dir = manager.root / str(run_id)

    def garbage() -> None:
        run_dir.mkdir(parents=True)
        for i in (1, 2, 3):
            (run_dir / f"00000{i}.jpg").write_bytes(b"not a jpeg at all")

    await hass.async_add_executor_job(garbage)
    assert await manager.async_stitch(run_id, pid) is None
    issue = issue_registry.async_get_issue(DOMAIN, f"timelapse_stitch_failed_{run_id}")
    assert issue is not None
    assert issue.translation_key == "timelapse_stitch_failed"
    assert issue.translation_placeholders is not None
    assert issue.translation_placeholders["reason"]
    assert issue.translation_placeholders["printer"] == "Printer 042"
    names = await _files(hass, run_dir)
    assert [n for n in names if parse_frame(n)] == ["000001.jpg", "000002.jpg", "000003.jpg"]
    assert await async_timelapses(farm) == []

    # HA's ffmpeg integration decides the binary; a missing one is a failure with the reason
    missing = tmp_path / "no-such-ffmpeg"
    assert await async_setup_component(hass, "ffmpeg", {"ffmpeg": {"ffmpeg_bin": str(missing)}})
    assert manager.ffmpeg_binary() == str(missing)
    assert await manager.async_stitch(run_id, pid) is None
    issue = issue_registry.async_get_issue(DOMAIN, f"timelapse_stitch_failed_{run_id}")
    assert issue is not None
    assert issue.translation_placeholders is not None
    assert str(missing) in issue.translation_placeholders["reason"]

    # fixed (real frames, real binary): the retry stitches and the issue goes away
    hass.data[DATA_FFMPEG] = FFmpegManager(hass, "ffmpeg")
    await hass.async_add_executor_job(make_frames, run_dir, 3)
    assert await manager.async_stitch(run_id, pid) is not None
    assert issue_registry.async_get_issue(DOMAIN, f"timelapse_stitch_failed_{run_id}") is None


async def test_low_disk_stops_capture(
    hass: HomeAssistant,
    tmp_path: Path,
    sim: BambuSimulator,
    test_camera: ChangingCamera,
    issue_registry: ir.IssueRegistry,
) -> None:
    """Below the free-space minimum no frame is written and a repair issue is raised."""
    entry = timelapse_entry(tmp_path, [sim], timelapse_min_free_mb=100_000_000)
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await wait_until(hass, lambda: state(hass, STATUS) == "idle")
    await sim.start_job("big", duration_s=1.5, layers=5, prepare_s=0.2)
    await wait_until(hass, lambda: issue_registry.async_get_issue(DOMAIN, "timelapse_low_disk"))
    issue = issue_registry.async_get_issue(DOMAIN, "timelapse_low_disk")
    assert issue is not None
    assert issue.translation_placeholders is not None
    assert issue.translation_placeholders["min_free_mb"] == "100000000"
    calls = test_camera.calls
    await wait_until(hass, lambda: state(hass, STATUS) == "finished")
    assert test_camera.calls == calls  # capture stopped for the rest of the run
    assert hass.states.get(SWITCH).attributes["recording"] is False  # type: ignore[union-attr]
    await hass.async_block_till_done()
    assert await async_timelapses(entry) == []

    # enough space again: the next run records and the issue clears
    hass.config_entries.async_update_entry(
        entry, options={**entry.options, "timelapse_min_free_mb": 0}
    )
    await hass.async_block_till_done()
    await sim.start_job("small", duration_s=1.5, layers=5, prepare_s=0.2)
    await async_wait_timelapses(entry, lambda ts: len(ts) == 1)
    assert issue_registry.async_get_issue(DOMAIN, "timelapse_low_disk") is None
    assert await hass.config_entries.async_unload(entry.entry_id)
