"""Shared pieces of the timelapse integration tests: a real HA camera entity serving changing
JPEGs (a small ``camera`` platform of a mock integration), farm entries with timelapse
options, and timelapses made from ffmpeg-generated frames through the real stitch path."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any, override

from homeassistant.components.camera import Camera
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddEntitiesCallback
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    MockModule,
    MockPlatform,
    mock_integration,
    mock_platform,
)
from sqlalchemy import update

from custom_components.odin.const import CONF_DB_URL, DOMAIN, SUBENTRY_PRINTER
from custom_components.odin.farm.runs import EndRun, StartRun
from custom_components.odin.ops.timelapse import TimelapseManager
from custom_components.odin.printers.model import RunOutcome
from custom_components.odin.store.runs import apply_ops
from custom_components.odin.store.schema import timelapses
from custom_components.odin.store.timelapses import (
    TimelapseRecord,
    run_id_for,
    timelapse_page,
)
from simulators.bambu import BambuSimulator
from tests.ffmpeg_tools import make_frames

from .conftest import printer_data

TEST_CAMERA = "camera.test_cam"


class ChangingCamera(Camera):
    """An HA camera whose every image is the next of a list of different JPEGs."""

    _attr_name = "Test cam"
    _attr_should_poll = False

    def __init__(self, frames: list[bytes]) -> None:
        """Initialize."""
        super().__init__()
        self.frames = frames
        self.calls = 0

    @override
    async def async_camera_image(
        self, width: int | None = None, height: int | None = None
    ) -> bytes | None:
        """The next frame."""
        image = self.frames[self.calls % len(self.frames)]
        self.calls += 1
        return image


async def async_add_test_camera(hass: HomeAssistant, frames: list[bytes]) -> ChangingCamera:
    """Set up HA's camera component with a platform that adds one ChangingCamera."""
    camera = ChangingCamera(frames)

    async def setup_platform(
        hass: HomeAssistant,
        config: Any,
        async_add_entities: AddEntitiesCallback,
        discovery_info: Any = None,
    ) -> None:
        async_add_entities([camera])

    mock_integration(hass, MockModule("tlcam"))
    mock_platform(hass, "tlcam.camera", MockPlatform(async_setup_platform=setup_platform))
    assert await async_setup_component(hass, "camera", {"camera": {"platform": "tlcam"}})
    await hass.async_block_till_done()
    assert hass.states.get(TEST_CAMERA) is not None
    return camera


def timelapse_entry(
    tmp_path: Path,
    sims: list[BambuSimulator],
    *,
    camera: str | None = TEST_CAMERA,
    **options: Any,
) -> MockConfigEntry:
    """A farm with timelapse options (1 s frames, 10 fps unless given); printers map ``camera``."""
    extra = {"camera_entity": camera} if camera else {}
    return MockConfigEntry(
        domain=DOMAIN,
        title="O.D.I.N. print farm",
        data={},
        options={
            CONF_DB_URL: f"sqlite:///{tmp_path / 'odin.db'}",
            "timelapse_interval_s": 1,
            "timelapse_fps": 10,
            "timelapse_min_free_mb": 0,
            **options,
        },
        subentries_data=[
            {
                "data": printer_data(sim) | extra,
                "subentry_type": SUBENTRY_PRINTER,
                "title": f"Printer {sim.serial[-3:]}",
                "unique_id": sim.serial,
            }
            for sim in sims
        ],
    )


def manager_of(entry: MockConfigEntry) -> TimelapseManager:
    """The farm's timelapse manager."""
    manager = entry.runtime_data.timelapse
    assert manager is not None
    return manager


async def async_timelapses(entry: MockConfigEntry) -> list[TimelapseRecord]:
    """Every stored timelapse, newest first (after pending writes)."""
    db = entry.runtime_data.db
    await db.write(lambda conn: None)
    items, _ = await db.read(partial(timelapse_page, limit=100))
    return items


async def async_wait_timelapses(
    entry: MockConfigEntry,
    predicate: Callable[[list[TimelapseRecord]], bool],
    timeout: float = 30.0,
) -> list[TimelapseRecord]:
    """Poll the database until ``predicate(timelapses)``."""
    async with asyncio.timeout(timeout):
        while True:
            items = await async_timelapses(entry)
            if predicate(items):
                return items
            await asyncio.sleep(0.1)


async def async_make_run(
    entry: MockConfigEntry,
    printer_id: str,
    job_key: str,
    *,
    outcome: RunOutcome = RunOutcome.SUCCESS,
    job_name: str | None = None,
) -> int:
    """A closed run row; returns its id."""
    now = dt_util.utcnow()
    ops = [
        StartRun(printer_id, job_key, now - timedelta(minutes=5), job_name=job_name or job_key),
        EndRun(printer_id, job_key, now, outcome, "event"),
    ]
    db = entry.runtime_data.db
    await db.write(lambda conn: apply_ops(conn, ops))
    run_id = await db.read(partial(run_id_for, printer_id=printer_id, job_key=job_key))
    assert run_id is not None
    return run_id


async def async_make_timelapse(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    printer_id: str,
    job_key: str,
    *,
    frames: int = 6,
    outcome: RunOutcome = RunOutcome.SUCCESS,
) -> TimelapseRecord:
    """A closed run with ffmpeg-made frames in its folder, stitched by the manager."""
    manager = manager_of(entry)
    run_id = await async_make_run(entry, printer_id, job_key, outcome=outcome)
    await hass.async_add_executor_job(make_frames, manager.root / str(run_id), frames)
    timelapse_id = await manager.async_stitch(run_id, printer_id)
    assert timelapse_id is not None
    found = [t for t in await async_timelapses(entry) if t.id == timelapse_id]
    assert found
    return found[0]


async def async_set_created(entry: MockConfigEntry, timelapse_id: int, created: datetime) -> None:
    """Backdate a timelapse."""
    await entry.runtime_data.db.write(
        lambda conn: conn.execute(
            update(timelapses).where(timelapses.c.id == timelapse_id).values(created=created)
        )
    )


def frame_bytes(tmp_dir: Path, count: int = 12) -> list[bytes]:
    """``count`` different JPEGs (odd size 161x121) made by ffmpeg's testsrc."""
    return [p.read_bytes() for p in make_frames(tmp_dir, count)]
