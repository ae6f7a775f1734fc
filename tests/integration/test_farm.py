"""The farm inside a real HA core against the real mosquitto TLS simulator."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
import threading
from typing import Any

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import device_registry as dr, entity_registry as er
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.odin.const import DOMAIN
from custom_components.odin.store.audit import list_audit
from custom_components.odin.store.printers import get_printer
from custom_components.odin.store.runs import list_runs
from simulators.bambu import BambuSimulator

from .conftest import farm_entry

STATUS = "sensor.printer_042_status"


async def wait_until(
    hass: HomeAssistant, predicate: Callable[[], bool], timeout: float = 15.0
) -> None:
    """Let HA run until ``predicate()`` holds."""
    async with asyncio.timeout(timeout):
        while not predicate():
            await asyncio.sleep(0.05)
    await hass.async_block_till_done()


async def runs_of(entry: MockConfigEntry) -> list[Any]:
    """Run rows from the farm DB (after pending writes)."""
    db = entry.runtime_data.db
    await db.write(lambda conn: None)  # barrier: every queued write is done
    return await db.read(lambda conn: list_runs(conn))


async def wait_runs(
    hass: HomeAssistant, entry: MockConfigEntry, predicate: Callable[[list[Any]], bool]
) -> list[Any]:
    """Poll the DB until ``predicate(runs)``."""
    async with asyncio.timeout(20):
        while True:
            runs = await runs_of(entry)
            if predicate(runs):
                return runs
            await asyncio.sleep(0.1)


def _get(row: Any, key: str) -> Any:
    return row[key] if isinstance(row, dict) else getattr(row, key)


def state(hass: HomeAssistant, entity_id: str) -> str | None:
    """State string or None."""
    s = hass.states.get(entity_id)
    return s.state if s else None


async def test_entities_and_live_values(
    hass: HomeAssistant,
    loaded_farm: MockConfigEntry,
    sim: BambuSimulator,
    device_registry: dr.DeviceRegistry,
    entity_registry: er.EntityRegistry,
) -> None:
    """One device per printer with its entities, showing live values while printing."""
    await wait_until(hass, lambda: state(hass, STATUS) == "idle")
    device = device_registry.async_get_device_by_identifier(
        (DOMAIN, sim.serial), loaded_farm.entry_id
    )
    assert device is not None
    assert device.manufacturer == "Bambu Lab"
    assert device.serial_number == sim.serial
    assert device.model and "P1S" in device.model
    entities = er.async_entries_for_device(
        entity_registry, device.id, include_disabled_entities=True
    )
    keys = {e.unique_id.removeprefix(f"{sim.serial}_") for e in entities}
    assert {
        "status",
        "progress",
        "remaining_time",
        "current_file",
        "current_layer",
        "nozzle_temperature",
        "bed_temperature",
        "error",
        "online",
        "pause",
        "resume",
        "stop",
        "run_events",
        "reconnects",
    } <= keys
    assert state(hass, "binary_sensor.printer_042_online") == "on"
    # The model learned from the printer is stored for analytics (filter by model).
    hub = next(iter(loaded_farm.runtime_data.printers.values()))
    db = loaded_farm.runtime_data.db
    await db.write(lambda conn: None)
    row = await db.read(lambda conn: get_printer(conn, hub.printer_id))
    assert row is not None
    assert _get(row, "model") == "P1S"

    await sim.start_job("gear", duration_s=3.0, layers=30, estimate_s=240, prepare_s=0.3)
    await wait_until(hass, lambda: state(hass, STATUS) == "printing")
    await wait_until(hass, lambda: float(state(hass, "sensor.printer_042_progress") or 0) > 0)
    assert state(hass, "sensor.printer_042_current_file") == "gear.gcode.3mf"
    assert int(state(hass, "sensor.printer_042_current_layer") or 0) >= 1
    assert float(state(hass, "sensor.printer_042_nozzle_temperature") or 0) > 100
    assert float(state(hass, "sensor.printer_042_remaining_time") or 0) > 0
    await wait_until(hass, lambda: state(hass, STATUS) == "finished")
    ev = hass.states.get("event.printer_042_run_events")
    assert ev is not None
    assert ev.attributes["event_type"] == "finished"


async def test_success_failed_cancelled_runs(
    hass: HomeAssistant, loaded_farm: MockConfigEntry, sim: BambuSimulator
) -> None:
    """Three jobs end three ways; each run has the right outcome, reason and durations."""
    await wait_until(hass, lambda: state(hass, STATUS) == "idle")

    await sim.start_job("ok_part", duration_s=1.5, layers=10, estimate_s=600, prepare_s=0.2)
    await wait_until(hass, lambda: state(hass, STATUS) == "finished")

    await sim.start_job("bad_part", duration_s=30, layers=10, prepare_s=0.2)
    await wait_until(hass, lambda: state(hass, STATUS) == "printing")
    await sim.fail_job(hms=[(0x0C000300, 0x00010002)], print_error=0x03008003)
    await wait_until(hass, lambda: state(hass, STATUS) == "failed")

    await sim.start_job("stopped_part", duration_s=30, layers=10, prepare_s=0.2)
    await wait_until(hass, lambda: state(hass, STATUS) == "printing")
    await sim.stop_job()  # operator stop: FAILED first, the cancel code ~0.5 s later

    runs = await wait_runs(
        hass, loaded_farm, lambda rs: len(rs) == 3 and all(_get(r, "outcome") for r in rs)
    )
    by_name = {_get(r, "job_name"): r for r in runs}
    ok, bad, stopped = by_name["ok_part"], by_name["bad_part"], by_name["stopped_part"]
    assert _get(ok, "outcome") == "success"
    assert _get(ok, "printer_estimate_s") == 600
    assert 1.0 <= _get(ok, "actual_s") <= 10
    assert _get(bad, "outcome") == "failed"
    assert _get(bad, "failure_code") == "0300_8003"
    assert _get(stopped, "outcome") == "cancelled"
    assert (
        _get(stopped, "failure_reason") in (None, "", "cancelled")
        or "cancel" in str(_get(stopped, "failure_reason")).lower()
    )


async def test_pause_time_excluded(
    hass: HomeAssistant, loaded_farm: MockConfigEntry, sim: BambuSimulator
) -> None:
    """A paused stretch counts in paused_s, not in actual_s."""
    await wait_until(hass, lambda: state(hass, STATUS) == "idle")
    await sim.start_job("paused_part", duration_s=2.0, layers=10, prepare_s=0.2)
    await wait_until(hass, lambda: state(hass, STATUS) == "printing")
    await sim.pause_job()
    await wait_until(hass, lambda: state(hass, STATUS) == "paused")
    await asyncio.sleep(2.5)
    await sim.resume_job()
    await wait_until(hass, lambda: state(hass, STATUS) == "finished", timeout=20)
    runs = await wait_runs(hass, loaded_farm, lambda rs: bool(rs) and _get(rs[0], "outcome"))
    run = runs[0]
    assert _get(run, "outcome") == "success"
    assert _get(run, "paused_s") >= 2.0
    wall = (_get(run, "ended_at") - _get(run, "started_at")).total_seconds()
    assert _get(run, "actual_s") == pytest.approx(wall - _get(run, "paused_s"), abs=0.5)
    assert _get(run, "actual_s") < wall - 2.0


async def test_restart_mid_print_one_run(
    hass: HomeAssistant, tmp_path: Path, sim: BambuSimulator
) -> None:
    """HA stops mid-print and comes back: the open run is re-attached and completed once."""
    entry = farm_entry(tmp_path, [sim])
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await wait_until(hass, lambda: state(hass, STATUS) == "idle")
    await sim.start_job("long_part", duration_s=6.0, layers=20, prepare_s=0.2)
    await wait_until(hass, lambda: state(hass, STATUS) == "printing")
    await wait_runs(hass, entry, lambda rs: len(rs) == 1)

    assert await hass.config_entries.async_unload(entry.entry_id)
    await asyncio.sleep(1.0)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await wait_until(hass, lambda: state(hass, STATUS) == "finished", timeout=20)
    runs = await wait_runs(hass, entry, lambda rs: bool(rs) and _get(rs[0], "outcome"))
    assert len(runs) == 1
    assert _get(runs[0], "outcome") == "success"
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_restart_after_job_ended_while_down(
    hass: HomeAssistant, tmp_path: Path, sim: BambuSimulator
) -> None:
    """A job that finished while HA was down is closed from the printer's terminal state."""
    entry = farm_entry(tmp_path, [sim])
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await wait_until(hass, lambda: state(hass, STATUS) == "idle")
    await sim.start_job("short_part", duration_s=1.5, layers=5, prepare_s=0.2)
    await wait_until(hass, lambda: state(hass, STATUS) == "printing")
    assert await hass.config_entries.async_unload(entry.entry_id)
    await sim.wait_state("FINISH")
    assert await hass.config_entries.async_setup(entry.entry_id)
    await wait_until(hass, lambda: state(hass, STATUS) == "finished")
    runs = await wait_runs(hass, entry, lambda rs: bool(rs) and _get(rs[0], "outcome"))
    assert [(_get(r, "job_name"), _get(r, "outcome")) for r in runs] == [("short_part", "success")]
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_broker_restart_mid_print(
    hass: HomeAssistant, loaded_farm: MockConfigEntry, sim: BambuSimulator
) -> None:
    """The broker dies mid-print: the printer goes offline, reconnects, and the run survives."""
    await wait_until(hass, lambda: state(hass, STATUS) == "idle")
    await sim.start_job("robust_part", duration_s=5.0, layers=20, prepare_s=0.2)
    await wait_until(hass, lambda: state(hass, STATUS) == "printing")
    await sim.stop_broker()
    await wait_until(hass, lambda: state(hass, STATUS) == "offline")
    assert state(hass, "sensor.printer_042_progress") == "unavailable"
    await sim.start_broker()
    await wait_until(hass, lambda: state(hass, STATUS) == "finished", timeout=25)
    runs = await wait_runs(hass, loaded_farm, lambda rs: bool(rs) and _get(rs[0], "outcome"))
    assert len(runs) == 1
    assert _get(runs[0], "outcome") == "success"


async def test_buttons_audited_with_user(
    hass: HomeAssistant,
    loaded_farm: MockConfigEntry,
    sim: BambuSimulator,
    hass_admin_user: Any,
) -> None:
    """Pause/resume/stop reach the printer and are audited with the pressing user."""
    await wait_until(hass, lambda: state(hass, STATUS) == "idle")
    ctx = Context(user_id=hass_admin_user.id)
    with pytest.raises(ServiceValidationError):
        await hass.services.async_call(
            "button", "press", {"entity_id": "button.printer_042_pause"}, blocking=True, context=ctx
        )
    await sim.start_job("audit_part", duration_s=30, layers=10, prepare_s=0.2)
    await wait_until(hass, lambda: state(hass, STATUS) == "printing")
    for name, expect in (("pause", "paused"), ("resume", "printing"), ("stop", "cancelled")):
        await hass.services.async_call(
            "button",
            "press",
            {"entity_id": f"button.printer_042_{name}"},
            blocking=True,
            context=ctx,
        )
        await wait_until(hass, lambda e=expect: state(hass, STATUS) == e)
    commands = [
        c["print"]
        for c in sim.received_commands
        if c.get("print", {}).get("command") in ("pause", "resume", "stop")
    ]
    assert [c["command"] for c in commands] == ["pause", "resume", "stop"]

    db = loaded_farm.runtime_data.db
    await db.write(lambda conn: None)
    rows = await db.read(lambda conn: list_audit(conn, before=None, limit=50))
    actions = [(_get(r, "action"), _get(r, "user_name"), _get(r, "result")) for r in rows]
    assert actions[0] == ("stop", hass_admin_user.name, "ok")
    assert ("pause", hass_admin_user.name, "ok") in actions
    assert any(a == "pause" and res.startswith("refused") for a, _, res in actions)
    runs = await wait_runs(hass, loaded_farm, lambda rs: bool(rs) and _get(rs[0], "outcome"))
    assert _get(runs[0], "outcome") == "cancelled"


async def test_automation_actor_and_subentry_removal(
    hass: HomeAssistant,
    loaded_farm: MockConfigEntry,
    sim: BambuSimulator,
    device_registry: dr.DeviceRegistry,
) -> None:
    """An automation's press is attributed to it; removing the printer removes its device."""
    from homeassistant.setup import async_setup_component

    await wait_until(hass, lambda: state(hass, STATUS) == "idle")
    assert await async_setup_component(
        hass,
        "automation",
        {
            "automation": {
                "id": "pause_on_event",
                "alias": "Pause on demand",
                "triggers": [{"trigger": "event", "event_type": "odin_test_pause"}],
                "actions": [
                    {"action": "button.press", "target": {"entity_id": "button.printer_042_pause"}}
                ],
            }
        },
    )
    await sim.start_job("auto_part", duration_s=30, layers=10, prepare_s=0.2)
    await wait_until(hass, lambda: state(hass, STATUS) == "printing")
    hass.bus.async_fire("odin_test_pause")
    await wait_until(hass, lambda: state(hass, STATUS) == "paused")

    subentry_id = next(iter(loaded_farm.subentries))
    assert hass.config_entries.async_remove_subentry(loaded_farm, subentry_id)
    await hass.async_block_till_done()
    assert (
        device_registry.async_get_device_by_identifier((DOMAIN, sim.serial), loaded_farm.entry_id)
        is None
    )
    assert subentry_id not in loaded_farm.runtime_data.printers
    assert hass.states.get(STATUS) is None

    db = loaded_farm.runtime_data.db
    await db.write(lambda conn: None)
    rows = await db.read(lambda conn: list_audit(conn, before=None, limit=50))
    by_action = {_get(r, "action"): r for r in rows}
    assert _get(by_action["pause"], "origin") == "automation"
    assert _get(by_action["pause"], "origin_ref") == "automation.pause_on_demand"
    assert "printer_removed" in by_action


async def test_unload_leaves_no_thread(
    hass: HomeAssistant, tmp_path: Path, sim: BambuSimulator
) -> None:
    """After unload no DB writer or MQTT thread of ours is alive."""
    before = {t.ident for t in threading.enumerate()}
    entry = farm_entry(tmp_path, [sim])
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await wait_until(hass, lambda: state(hass, STATUS) == "idle")
    names = [t.name for t in threading.enumerate()]
    assert any(n.startswith("odin_db") for n in names)
    assert any(n.startswith("paho") for n in names), names
    assert await hass.config_entries.async_unload(entry.entry_id)
    assert entry.state is ConfigEntryState.NOT_LOADED
    ours = ("odin", "paho")
    leftover = [
        t
        for t in threading.enumerate()
        if t.ident not in before and t.is_alive() and t.name.startswith(ours)
    ]
    assert leftover == [], leftover


async def test_devices_removable_only_when_stale(
    hass: HomeAssistant,
    loaded_farm: MockConfigEntry,
    sim: BambuSimulator,
    device_registry: dr.DeviceRegistry,
) -> None:
    """A live printer's device and the farm device cannot be deleted; a stale one can."""
    from custom_components.odin import async_remove_config_entry_device

    entry = loaded_farm
    printer = device_registry.async_get_device_by_identifier((DOMAIN, sim.serial), entry.entry_id)
    assert printer is not None
    assert not await async_remove_config_entry_device(hass, entry, printer)
    farm = device_registry.async_get_or_create(
        config_entry_id=entry.entry_id, identifiers={(DOMAIN, entry.entry_id)}, name="farm"
    )
    assert not await async_remove_config_entry_device(hass, entry, farm)
    stale = device_registry.async_get_or_create(
        config_entry_id=entry.entry_id, identifiers={(DOMAIN, "GONE0001")}, name="gone"
    )
    assert await async_remove_config_entry_device(hass, entry, stale)


async def test_reconciled_run_end_is_announced(
    hass: HomeAssistant, tmp_path: Path, sim: BambuSimulator
) -> None:
    """A run the printer dropped while HA was down ends as unknown and fires the run event."""
    entry = farm_entry(tmp_path, [sim])
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await wait_until(hass, lambda: state(hass, STATUS) == "idle")
    await sim.start_job("lost_part", duration_s=30, layers=10, prepare_s=0.2)
    await wait_until(hass, lambda: state(hass, STATUS) == "printing")
    await wait_runs(hass, entry, lambda rs: len(rs) == 1)
    assert await hass.config_entries.async_unload(entry.entry_id)
    await sim.set_idle()
    assert await hass.config_entries.async_setup(entry.entry_id)
    await wait_until(hass, lambda: state(hass, STATUS) == "idle")
    runs = await wait_runs(hass, entry, lambda rs: bool(rs) and _get(rs[0], "outcome"))
    assert _get(runs[0], "outcome") == "unknown"
    await wait_until(
        hass,
        lambda: (ev := hass.states.get("event.printer_042_run_events")) is not None
        and ev.attributes.get("event_type") == "ended_unknown",
    )
    assert await hass.config_entries.async_unload(entry.entry_id)
