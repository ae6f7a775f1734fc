"""Farm entry setup: one owner for every service; a late failure stops what already started."""

from __future__ import annotations

from pathlib import Path

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr
import pytest

from custom_components.odin.const import DOMAIN
from custom_components.odin.data import FarmRuntime
from custom_components.odin.hub import PrinterHub
from custom_components.odin.ops.timelapse import TimelapseManager
from custom_components.odin.store.db import Database
from simulators.bambu import BambuSimulator

from .conftest import farm_entry
from .test_farm import STATUS, state, wait_until


async def test_failure_late_in_setup_stops_everything_started(
    hass: HomeAssistant,
    tmp_path: Path,
    sim: BambuSimulator,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Timelapse start fails after the printers connected: the printers' clients stop, then
    the database closes (in that order), and the entry is not loaded."""
    stopped: list[str] = []
    hub_stop = PrinterHub.async_stop
    db_close = Database.close

    async def spy_hub_stop(self: PrinterHub) -> None:
        stopped.append(f"hub:{self.serial}")
        await hub_stop(self)

    async def spy_db_close(self: Database) -> None:
        stopped.append("db")
        await db_close(self)

    async def failing_start(self: TimelapseManager) -> None:
        raise RuntimeError("timelapse folder not writable")

    monkeypatch.setattr(PrinterHub, "async_stop", spy_hub_stop)
    monkeypatch.setattr(Database, "close", spy_db_close)
    monkeypatch.setattr(TimelapseManager, "async_start", failing_start)

    entry = farm_entry(tmp_path, [sim])
    entry.add_to_hass(hass)
    assert not await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()

    assert entry.state is ConfigEntryState.SETUP_ERROR
    runtime: FarmRuntime = entry.runtime_data
    assert stopped == [f"hub:{sim.serial}", "db"]
    assert runtime.printers == {}
    assert runtime.db.closed
    assert hass.states.get(STATUS) is None  # no platform was set up


async def test_runtime_owns_services_and_printer_devices_hang_off_the_farm(
    hass: HomeAssistant, loaded_farm: object, sim: BambuSimulator
) -> None:
    """The services share the one runtime on ``runtime_data``; the printer device is
    connected via the farm device."""
    entry = hass.config_entries.async_entries(DOMAIN)[0]
    runtime: FarmRuntime = entry.runtime_data
    assert runtime.dispatcher.runtime is runtime
    assert runtime.queue.runtime is runtime
    await wait_until(hass, lambda: state(hass, STATUS) == "idle")

    devices = dr.async_get(hass)
    farm = devices.async_get_device_by_identifier((DOMAIN, entry.entry_id), entry.entry_id)
    printer = devices.async_get_device_by_identifier((DOMAIN, sim.serial), entry.entry_id)
    assert farm is not None
    assert printer is not None
    assert printer.via_device_id == farm.id
