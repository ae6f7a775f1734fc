"""Timelapses across brands and the pieces around them: the printers' own camera entities
(Klipper webcam, PrusaLink camera), the Timelapse switch, the options, the websocket API and
frames left over from an earlier start."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from homeassistant.components.camera import async_get_image
from homeassistant.config_entries import ConfigSubentry
from homeassistant.core import Context, HomeAssistant, State
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.helpers import issue_registry as ir
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, mock_restore_cache
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.odin.const import DOMAIN, SUBENTRY_PRINTER
from custom_components.odin.store.audit import list_audit
from simulators.bambu import BambuSimulator
from simulators.fixtures_prusalink import PrusaLinkSimFactory
from simulators.moonraker import JPEG_FRAME, MoonrakerSimulator
from simulators.prusalink import PrusaLinkSimulator
from tests.ffmpeg_tools import make_frames, probe

from .test_farm import state, wait_until
from .timelapse_support import (
    ChangingCamera,
    async_add_test_camera,
    async_make_run,
    async_make_timelapse,
    async_timelapses,
    async_wait_timelapses,
    frame_bytes,
    manager_of,
    timelapse_entry,
)

TL_OPTIONS = {"timelapse_interval_s": 1, "timelapse_fps": 10, "timelapse_min_free_mb": 0}


@pytest.fixture(scope="module")
def jpeg_frames(tmp_path_factory: pytest.TempPathFactory) -> list[bytes]:
    """Different JPEGs for the test camera."""
    return frame_bytes(tmp_path_factory.mktemp("frames"), 6)


def _entry(tmp_path: Path, data: dict[str, Any], title: str, unique_id: str) -> MockConfigEntry:
    return MockConfigEntry(
        domain=DOMAIN,
        title="farm",
        data={},
        options={"db_url": f"sqlite:///{tmp_path / 'odin.db'}", **TL_OPTIONS},
        subentries_data=[
            {
                "data": data,
                "subentry_type": SUBENTRY_PRINTER,
                "title": title,
                "unique_id": unique_id,
            }
        ],
    )


async def test_klipper_webcam_camera_records(
    hass: HomeAssistant, tmp_path: Path, moonraker_sim: Any
) -> None:
    """A Klipper printer's webcam becomes its camera entity, and its runs are recorded."""
    sim: MoonrakerSimulator = await moonraker_sim(status_interval_s=0.05)
    entry = _entry(
        tmp_path,
        {
            "brand": "moonraker",
            "host": sim.host,
            "port": sim.port,
            "api_key": sim.api_key,
            "ssl": False,
            "serial": sim.instance_id,
        },
        "Voron",
        sim.instance_id,
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await wait_until(hass, lambda: state(hass, "sensor.voron_status") == "idle")
    await wait_until(hass, lambda: hass.states.get("camera.voron_camera") is not None)
    image = await async_get_image(hass, "camera.voron_camera")
    assert (image.content_type, image.content) == ("image/jpeg", JPEG_FRAME)
    hub = next(iter(entry.runtime_data.printers.values()))
    assert manager_of(entry).camera_entity(hub) == "camera.voron_camera"

    await sim.start_job("cube.gcode", duration_s=2.5)
    await wait_until(hass, lambda: state(hass, "sensor.voron_status") == "finished")
    (record,) = await async_wait_timelapses(entry, lambda ts: len(ts) == 1)
    assert record.outcome == "success"
    assert record.frames >= 2
    info = await hass.async_add_executor_job(
        probe, manager_of(entry).root / str(record.run_id) / "timelapse.mp4"
    )
    assert info["frames"] == record.frames
    assert await hass.config_entries.async_unload(entry.entry_id)


@pytest.mark.parametrize("camera", [True, False])
async def test_prusalink_camera(
    hass: HomeAssistant, tmp_path: Path, prusalink_sim: PrusaLinkSimFactory, camera: bool
) -> None:
    """PrusaLink's snapshot (PNG) is a camera entity when the printer has a camera."""
    sim: PrusaLinkSimulator = await prusalink_sim(model="MK4S", camera=camera)
    entry = _entry(
        tmp_path,
        {
            "brand": "prusalink",
            "host": sim.host,
            "port": sim.port,
            "username": sim.username,
            "password": sim.password,
            "serial": sim.serial,
            "model": "MK4S",
        },
        "Prusa",
        sim.serial,
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await wait_until(hass, lambda: state(hass, "sensor.prusa_status") == "idle")
    await hass.async_block_till_done()
    if not camera:
        assert hass.states.get("camera.prusa_camera") is None
        assert await hass.config_entries.async_unload(entry.entry_id)
        return
    await wait_until(hass, lambda: hass.states.get("camera.prusa_camera") is not None)
    image = await async_get_image(hass, "camera.prusa_camera")
    assert image.content_type == "image/png"
    assert image.content.startswith(b"\x89PNG")

    sim.start_job("bracket", duration_s=2.5)
    await wait_until(hass, lambda: state(hass, "sensor.prusa_status") == "finished")
    (record,) = await async_wait_timelapses(entry, lambda ts: len(ts) == 1)
    run_dir = manager_of(entry).root / str(record.run_id)
    names = await hass.async_add_executor_job(lambda: sorted(p.name for p in run_dir.iterdir()))
    assert names == ["poster.png", "timelapse.mp4"]
    info = await hass.async_add_executor_job(probe, run_dir / "timelapse.mp4")
    assert info["frames"] == record.frames
    assert (info["width"], info["height"]) == (8, 6)
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_switch_default_restore_and_audit(
    hass: HomeAssistant,
    tmp_path: Path,
    sim: BambuSimulator,
    jpeg_frames: list[bytes],
    hass_admin_user: Any,
) -> None:
    """Farm default off → switch off and nothing recorded; turning it on is audited and
    records the next run; a restored state wins over the default."""
    camera = await async_add_test_camera(hass, jpeg_frames)
    entry = timelapse_entry(tmp_path, [sim], timelapse_default=False)
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    status, switch = "sensor.printer_042_status", "switch.printer_042_timelapse"
    await wait_until(hass, lambda: state(hass, status) == "idle")
    assert state(hass, switch) == "off"
    attributes = hass.states.get(switch).attributes  # type: ignore[union-attr]
    assert attributes["camera"] == "camera.test_cam"
    await sim.start_job("off", duration_s=1.5, layers=5, prepare_s=0.2)
    await wait_until(hass, lambda: state(hass, status) == "finished")
    await hass.async_block_till_done()
    assert camera.calls == 0
    assert await async_timelapses(entry) == []

    await hass.services.async_call(
        "switch",
        "turn_on",
        {"entity_id": switch},
        blocking=True,
        context=Context(user_id=hass_admin_user.id),
    )
    assert state(hass, switch) == "on"
    await sim.start_job("on", duration_s=1.5, layers=5, prepare_s=0.2)
    await async_wait_timelapses(entry, lambda ts: len(ts) == 1)
    assert camera.calls >= 1
    db = entry.runtime_data.db
    await db.write(lambda conn: None)
    audit = await db.read(lambda conn: list_audit(conn, action="timelapse_on"))
    assert [(a.user_id, a.target_type) for a in audit] == [(hass_admin_user.id, "printer")]
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_switch_restores_state(
    hass: HomeAssistant, tmp_path: Path, sim: BambuSimulator
) -> None:
    """The last state of the switch is restored (farm default on, restored off)."""
    mock_restore_cache(hass, [State("switch.printer_042_timelapse", "off")])
    entry = timelapse_entry(tmp_path, [sim], camera=None)
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert state(hass, "switch.printer_042_timelapse") == "off"
    hub = next(iter(entry.runtime_data.printers.values()))
    assert manager_of(entry).is_enabled(hub.printer_id) is False
    assert manager_of(entry).camera_entity(hub) is None  # Bambu: no own camera yet
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_options_and_camera_mapping(
    hass: HomeAssistant, tmp_path: Path, sim: BambuSimulator, jpeg_frames: list[bytes]
) -> None:
    """Farm options carry the timelapse settings; the printer's reconfigure maps a camera."""
    await async_add_test_camera(hass, jpeg_frames)
    entry = timelapse_entry(tmp_path, [sim], camera=None)
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()

    result = await hass.config_entries.options.async_init(entry.entry_id)
    assert result["type"] is FlowResultType.FORM
    keys = {str(k) for k in result["data_schema"].schema}
    assert {
        "timelapse_default",
        "timelapse_interval_s",
        "timelapse_fps",
        "timelapse_retention_days",
        "timelapse_min_free_mb",
    } <= keys
    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        {
            "db_url": entry.options["db_url"],
            "timelapse_default": False,
            "timelapse_interval_s": 20.0,
            "timelapse_fps": 24.0,
            "timelapse_retention_days": 7.0,
            "timelapse_min_free_mb": 512.0,
        },
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    options = entry.options
    assert options["timelapse_interval_s"] == 20
    assert isinstance(options["timelapse_fps"], int)
    settings = manager_of(entry).settings
    assert (settings.enabled_default, settings.fps, settings.retention_days) == (False, 24, 7)

    subentry: ConfigSubentry = next(iter(entry.subentries.values()))
    form = {"host": sim.host, "access_code": sim.access_code, "advanced": {"port": sim.port}}
    result = await entry.start_subentry_reconfigure_flow(hass, subentry.subentry_id)
    assert "camera_entity" in {str(k) for k in result["data_schema"].schema}
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], {**form, "camera_entity": "camera.test_cam"}
    )
    assert result["type"] is FlowResultType.ABORT
    await hass.async_block_till_done()
    subentry = entry.subentries[subentry.subentry_id]
    assert subentry.data["camera_entity"] == "camera.test_cam"
    hub = entry.runtime_data.printers[subentry.subentry_id]
    assert manager_of(entry).camera_entity(hub) == "camera.test_cam"
    result = await entry.start_subentry_reconfigure_flow(hass, subentry.subentry_id)
    result = await hass.config_entries.subentries.async_configure(result["flow_id"], form)
    assert result["type"] is FlowResultType.ABORT
    await hass.async_block_till_done()
    assert "camera_entity" not in entry.subentries[subentry.subentry_id].data
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_websocket_list_and_delete(
    hass: HomeAssistant,
    tmp_path: Path,
    sim: BambuSimulator,
    hass_ws_client: WebSocketGenerator,
    hass_read_only_access_token: str,
    hass_admin_user: Any,
) -> None:
    """Paging newest first, filters, media ids and signed URLs; delete is admin-only."""
    entry = timelapse_entry(tmp_path, [sim], camera=None)
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    pid = next(iter(entry.runtime_data.printers))
    made = [await async_make_timelapse(hass, entry, pid, f"job{i}", frames=3) for i in range(3)]
    ws = await hass_ws_client(hass)
    await ws.send_json_auto_id({"type": "odin/timelapses/list", "limit": 2})
    page = (await ws.receive_json())["result"]
    assert [i["id"] for i in page["items"]] == [made[2].id, made[1].id]
    assert page["next"]
    assert page["recording"] == []
    item = page["items"][0]
    assert item["printer_id"] == pid
    assert item["printer_name"] == "Printer 042"
    assert (item["outcome"], item["job_name"], item["frames"], item["fps"]) == (
        "success",
        "job2",
        3,
        10,
    )
    assert item["seconds"] == pytest.approx(0.3)
    assert item["bytes"] > 0
    assert item["media_content_id"] == f"media-source://odin/timelapse/{made[2].id}"
    assert item["url"].startswith(f"/api/odin/timelapses/{made[2].id}/video.mp4?authSig=")
    assert item["expires"] is not None
    await ws.send_json_auto_id({"type": "odin/timelapses/list", "limit": 2, "before": page["next"]})
    page2 = (await ws.receive_json())["result"]
    assert [i["id"] for i in page2["items"]] == [made[0].id]
    assert page2["next"] is None
    await ws.send_json_auto_id({"type": "odin/timelapses/list", "run_id": made[1].run_id})
    assert [i["id"] for i in (await ws.receive_json())["result"]["items"]] == [made[1].id]
    await ws.send_json_auto_id({"type": "odin/timelapses/list", "printer_id": "other"})
    assert (await ws.receive_json())["result"]["items"] == []
    await ws.send_json_auto_id({"type": "odin/timelapses/list", "before": "garbage"})
    error = (await ws.receive_json())["error"]
    assert error["translation_key"] == "invalid_cursor"

    reader = await hass_ws_client(hass, hass_read_only_access_token)
    await reader.send_json_auto_id({"type": "odin/timelapses/delete", "timelapse_id": made[0].id})
    assert (await reader.receive_json())["error"]["code"] == "unauthorized"
    await ws.send_json_auto_id({"type": "odin/timelapses/delete", "timelapse_id": made[0].id})
    assert (await ws.receive_json())["result"] == {"deleted": True}
    await ws.send_json_auto_id({"type": "odin/timelapses/delete", "timelapse_id": made[0].id})
    assert (await ws.receive_json())["error"]["translation_key"] == "unknown_timelapse"
    assert [t.id for t in await async_timelapses(entry)] == [made[2].id, made[1].id]
    root = manager_of(entry).root
    assert not await hass.async_add_executor_job((root / str(made[0].run_id)).exists)
    db = entry.runtime_data.db
    await db.write(lambda conn: None)
    audit = await db.read(lambda conn: list_audit(conn, action="timelapse_deleted"))
    assert [(a.target_id, a.user_id, a.origin) for a in audit] == [
        (str(made[0].id), hass_admin_user.id, "ui")
    ]
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_frames_from_an_earlier_start(
    hass: HomeAssistant,
    tmp_path: Path,
    sim: BambuSimulator,
    jpeg_frames: list[bytes],
    timelapse_dir: Path,
) -> None:
    """At start: frames of a closed run are stitched; an open run's frames are continued in
    the same folder when the printer prints that job again (one video for the run)."""
    camera: ChangingCamera = await async_add_test_camera(hass, jpeg_frames)
    entry = timelapse_entry(tmp_path, [sim])
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await wait_until(hass, lambda: state(hass, "sensor.printer_042_status") == "idle")
    pid = next(iter(entry.runtime_data.printers))
    closed = await async_make_run(entry, pid, "closed")
    await hass.async_add_executor_job(make_frames, timelapse_dir / str(closed), 4)
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()

    # HA comes back: the closed run's frames become a video
    assert await hass.config_entries.async_setup(entry.entry_id)
    (record,) = await async_wait_timelapses(entry, lambda ts: len(ts) == 1)
    assert (record.run_id, record.frames) == (closed, 4)

    # the farm stops mid-print and comes back: one run, one video, frames continued
    await wait_until(hass, lambda: state(hass, "sensor.printer_042_status") == "idle")
    await sim.start_job("long", duration_s=4.0, layers=10, prepare_s=0.2)
    await wait_until(hass, lambda: camera.calls >= 2)
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
    before = camera.calls
    assert await hass.config_entries.async_setup(entry.entry_id)
    await wait_until(hass, lambda: state(hass, "sensor.printer_042_status") == "finished")
    items = await async_wait_timelapses(entry, lambda ts: len(ts) == 2)
    latest = items[0]
    assert latest.run_id != closed
    assert camera.calls > before  # captured again after the restart ...
    # ... into the same run's folder: one video with both parts (a capture cut short by the
    # unload may be missing)
    assert camera.calls - 1 <= latest.frames <= camera.calls
    assert latest.frames > before - 1
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_unload_kills_a_running_stitch(
    hass: HomeAssistant, tmp_path: Path, sim: BambuSimulator, issue_registry: ir.IssueRegistry
) -> None:
    """A stitch runs as a subprocess without blocking the loop; unloading kills it and keeps
    the frames for the next start."""
    fake = tmp_path / "slow-ffmpeg"
    fake.write_text(
        "#!/bin/sh\n"
        'case "$1" in -version) echo "ffmpeg version 9.0"; exit 0;; esac\n'
        "exec sleep 60\n"
    )
    fake.chmod(0o755)
    assert await async_setup_component(hass, "ffmpeg", {"ffmpeg": {"ffmpeg_bin": str(fake)}})
    entry = timelapse_entry(tmp_path, [sim], camera=None)
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    manager = manager_of(entry)
    pid = next(iter(entry.runtime_data.printers))
    run_id = await async_make_run(entry, pid, "slow")
    run_dir = manager.root / str(run_id)
    await hass.async_add_executor_job(make_frames, run_dir, 3)
    task = hass.async_create_task(manager.async_stitch(run_id, pid))
    async with asyncio.timeout(10):  # (not wait_until: it would wait for the task)
        while not manager._procs:
            await asyncio.sleep(0.02)
    (proc,) = manager._procs
    ticks = 0
    for _ in range(5):  # the loop keeps running while ffmpeg works
        await asyncio.sleep(0.02)
        ticks += 1
    assert ticks == 5 and proc.returncode is None
    assert await hass.config_entries.async_unload(entry.entry_id)
    assert proc.returncode is not None  # killed
    assert await asyncio.wait_for(task, 5) is None
    assert issue_registry.async_get_issue(DOMAIN, f"timelapse_stitch_failed_{run_id}") is None
    names = await hass.async_add_executor_job(lambda: sorted(p.name for p in run_dir.iterdir()))
    assert names == ["000001.jpg", "000002.jpg", "000003.jpg"]
