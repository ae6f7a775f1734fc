"""Run events reach automations after the state they announce, with what the run recorded.

An automation triggered by "print finished" that checks the status entity must see
``finished``, and the notification it sends must be able to name the job: for every brand the
status entity shows the event's state before the event entity changes, and a terminal event
carries the run id, job/file name and the times of its run record.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from homeassistant.const import EVENT_STATE_CHANGED
from homeassistant.core import Event, EventStateChangedData, HomeAssistant, callback
from homeassistant.helpers import issue_registry as ir
from homeassistant.helpers.template import Template
from homeassistant.util import dt as dt_util
from homeassistant.util.yaml import load_yaml_dict
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.odin.const import (
    CONF_DB_URL,
    DOMAIN,
    ISSUE_AUTH_FAILED,
    SUBENTRY_PRINTER,
)
from custom_components.odin.store.runs import list_runs
from simulators.moonraker import MoonrakerSimulator
from simulators.prusalink import PrusaLinkSimulator

from .conftest import SimFactory, printer_data
from .test_farm import state, wait_until

BLUEPRINT = (
    Path(__file__).resolve().parents[2] / "blueprints/automation/odin/notify_run_failed.yaml"
)
TERMINAL = {"finished": "finished", "failed": "failed", "cancelled": "cancelled"}


@dataclass
class Seen:
    """One change of the event entity and the status entity's state at that moment."""

    event_type: str
    status: str | None
    attributes: dict[str, Any]
    fired_at: str  # the event entity's state: when the event fired (restored after a reload)


def _watch(hass: HomeAssistant, title: str) -> list[Seen]:
    """Record every event-entity change of printer ``title`` with the status seen then."""
    event_entity = f"event.{title}_run_events"
    status_entity = f"sensor.{title}_status"
    seen: list[Seen] = []

    @callback
    def _changed(event: Event[EventStateChangedData]) -> None:
        if event.data["entity_id"] != event_entity:
            return
        new = event.data["new_state"]
        if new is None or "event_type" not in new.attributes:
            return
        seen.append(
            Seen(
                str(new.attributes["event_type"]),
                state(hass, status_entity),
                dict(new.attributes),
                new.state,
            )
        )

    hass.bus.async_listen(EVENT_STATE_CHANGED, _changed)
    return seen


async def _setup(hass: HomeAssistant, tmp_path: Path, sub: dict[str, Any]) -> MockConfigEntry:
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="farm",
        data={},
        options={CONF_DB_URL: f"sqlite:///{tmp_path / 'odin.db'}"},
        subentries_data=[{"subentry_type": SUBENTRY_PRINTER, **sub}],
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    return entry


async def _runs(entry: MockConfigEntry) -> list[Any]:
    db = entry.runtime_data.db
    await db.write(lambda conn: None)
    return await db.read(lambda conn: list_runs(conn))


def _check(seen: list[Seen], expected: list[str]) -> None:
    """Each expected event arrived, with the status already showing it."""
    types = [s.event_type for s in seen]
    for wanted in expected:
        assert wanted in types, (wanted, types)
    for item in seen:
        if item.event_type in TERMINAL:
            assert item.status == TERMINAL[item.event_type], item
        elif item.event_type in ("started", "resumed"):
            assert item.status in ("printing", "preparing"), item
        elif item.event_type == "paused":
            assert item.status == "paused", item


def _check_terminal_payload(
    item: Seen, run: Any, *, job_name: str | None = None, file_name: str | None = None
) -> None:
    attrs = item.attributes
    assert attrs["run_id"] == run.id
    assert attrs["outcome"] == run.outcome
    if job_name is not None:
        assert attrs["job_name"] == job_name
    if file_name is not None:
        assert attrs["file_name"] == file_name
    assert attrs["started_at"] == run.started_at.isoformat()
    assert attrs["ended_at"] == run.ended_at.isoformat()
    assert attrs["duration_s"] == (run.ended_at - run.started_at).total_seconds()
    assert attrs["print_s"] == run.actual_s


async def test_bambu_events_after_state(
    hass: HomeAssistant, tmp_path: Path, bambu_sim: SimFactory
) -> None:
    sim = await bambu_sim(
        model="C12", serial="01P00A000000051", report_interval_s=0.1, cancel_code_delay_s=0.3
    )
    sub = {"data": printer_data(sim), "title": "Bambu", "unique_id": sim.serial}
    entry = await _setup(hass, tmp_path, sub)
    seen = _watch(hass, "bambu")
    await wait_until(hass, lambda: state(hass, "sensor.bambu_status") == "idle")

    await sim.start_job("ok_part", duration_s=1.0, layers=5, prepare_s=0.2)
    await wait_until(hass, lambda: any(s.event_type == "finished" for s in seen))
    await sim.start_job("bad_part", duration_s=30, layers=5, prepare_s=0.2)
    await wait_until(hass, lambda: state(hass, "sensor.bambu_status") == "printing")
    await sim.fail_job(hms=[(0x0C000300, 0x00010002)], print_error=0x03008003)
    await wait_until(hass, lambda: any(s.event_type == "failed" for s in seen))

    _check(seen, ["started", "finished", "failed"])
    runs = {r.job_name: r for r in await _runs(entry)}
    finished = next(s for s in seen if s.event_type == "finished")
    failed = next(s for s in seen if s.event_type == "failed")
    _check_terminal_payload(finished, runs["ok_part"], job_name="ok_part")
    _check_terminal_payload(failed, runs["bad_part"], job_name="bad_part")
    assert failed.attributes["error_code"] == "0300_8003"

    # The failure-notification blueprint's message names the job (from the event entity).
    event_state = hass.states.get("event.bambu_run_events")
    assert event_state is not None
    message = await _blueprint_message(hass, event_state)
    assert message.startswith("bad_part failed: "), message
    assert await hass.config_entries.async_unload(entry.entry_id)


async def _blueprint_message(hass: HomeAssistant, event_state: Any) -> str:
    """The notification text notify_run_failed.yaml renders for ``event_state``."""
    data = await hass.async_add_executor_job(load_yaml_dict, str(BLUEPRINT))
    trigger = {"entity_id": event_state.entity_id, "to_state": event_state}
    steps = data["actions"]
    variables = {"trigger": trigger}
    for key in ("job", "reason"):
        variables[key] = Template(steps[0]["variables"][key], hass).async_render(variables)
    return str(Template(steps[1]["message"], hass).async_render(variables))


async def test_moonraker_events_after_state(
    hass: HomeAssistant, tmp_path: Path, moonraker_sim: Any
) -> None:
    sim: MoonrakerSimulator = await moonraker_sim(status_interval_s=0.05)
    data = {
        "brand": "moonraker",
        "host": sim.host,
        "port": sim.port,
        "api_key": sim.api_key,
        "ssl": False,
        "serial": sim.instance_id,
    }
    entry = await _setup(hass, tmp_path, {"data": data, "title": "Voron", "unique_id": "v"})
    seen = _watch(hass, "voron")
    await wait_until(hass, lambda: state(hass, "sensor.voron_status") == "idle")

    await sim.start_job("cube.gcode", duration_s=1.0)
    await wait_until(hass, lambda: any(s.event_type == "finished" for s in seen))
    await sim.start_job("bar.gcode", duration_s=30)
    await wait_until(hass, lambda: state(hass, "sensor.voron_status") == "printing")
    await sim.fail_job()
    await wait_until(hass, lambda: any(s.event_type == "failed" for s in seen))

    _check(seen, ["started", "finished", "failed"])
    runs = {r.file_name: r for r in await _runs(entry)}
    finished = next(s for s in seen if s.event_type == "finished")
    failed = next(s for s in seen if s.event_type == "failed")
    _check_terminal_payload(finished, runs["cube.gcode"], file_name="cube.gcode")
    _check_terminal_payload(failed, runs["bar.gcode"], file_name="bar.gcode")
    assert "Move out of range" in str(failed.attributes["reason"])
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_prusalink_events_after_state(
    hass: HomeAssistant, tmp_path: Path, prusalink_sim: Any
) -> None:
    sim: PrusaLinkSimulator = await prusalink_sim(model="MK4S")
    data = {
        "brand": "prusalink",
        "host": sim.host,
        "port": sim.port,
        "username": sim.username,
        "password": sim.password,
        "serial": sim.serial,
        "model": "MK4S",
    }
    entry = await _setup(hass, tmp_path, {"data": data, "title": "Prusa", "unique_id": "p"})
    seen = _watch(hass, "prusa")
    await wait_until(hass, lambda: state(hass, "sensor.prusa_status") == "idle")

    sim.start_job("benchy", duration_s=1.0)
    await wait_until(hass, lambda: any(s.event_type == "finished" for s in seen), timeout=30)
    sim.start_job("vase", duration_s=60)
    await wait_until(hass, lambda: state(hass, "sensor.prusa_status") == "printing", timeout=30)
    sim.fail_job()
    await wait_until(hass, lambda: any(s.event_type == "failed" for s in seen), timeout=30)

    _check(seen, ["started", "finished", "failed"])
    runs = await _runs(entry)
    by_name = {(r.job_name or r.file_name or ""): r for r in runs}
    finished = next(s for s in seen if s.event_type == "finished")
    failed = next(s for s in seen if s.event_type == "failed")
    ok_run = next(r for k, r in by_name.items() if "benchy" in k)
    bad_run = next(r for k, r in by_name.items() if "vase" in k)
    _check_terminal_payload(finished, ok_run)
    _check_terminal_payload(failed, bad_run)
    assert "benchy" in str(finished.attributes.get("job_name") or finished.attributes["file_name"])
    assert await hass.config_entries.async_unload(entry.entry_id)


def _bambu_sub(sim: Any) -> dict[str, Any]:
    return {"data": printer_data(sim), "title": "Bambu", "unique_id": sim.serial}


async def test_bambu_job_that_ran_while_ha_was_away(
    hass: HomeAssistant, tmp_path: Path, bambu_sim: SimFactory
) -> None:
    """Started and ended while HA was stopped: recorded once from the printer's report (name,
    start, outcome) and announced once; another restart changes nothing."""
    sim = await bambu_sim(model="C12", serial="01P00A000000053", report_interval_s=0.1)
    entry = await _setup(hass, tmp_path, _bambu_sub(sim))
    await wait_until(hass, lambda: state(hass, "sensor.bambu_status") == "idle")
    assert await hass.config_entries.async_unload(entry.entry_id)

    began = dt_util.utcnow()
    await sim.start_job("ghost_part", duration_s=1.5, layers=5, prepare_s=0.2)
    await sim.wait_state("FINISH")
    seen = _watch(hass, "bambu")
    assert await hass.config_entries.async_setup(entry.entry_id)
    await wait_until(hass, lambda: any(s.event_type == "finished" for s in seen))
    runs = await _runs(entry)
    assert [(r.job_name, r.outcome) for r in runs] == [("ghost_part", "success")]
    assert abs((runs[0].started_at - began).total_seconds()) < 5
    assert seen[-1].attributes["job_name"] == "ghost_part"

    assert await hass.config_entries.async_unload(entry.entry_id)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await wait_until(hass, lambda: state(hass, "sensor.bambu_status") == "finished")
    for hub in entry.runtime_data.printers.values():
        await hub.async_events_delivered()
    assert len(await _runs(entry)) == 1
    assert len({s.fired_at for s in seen if s.event_type == "finished"}) == 1
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_bambu_job_first_seen_mid_print_is_timed_from_its_start(
    hass: HomeAssistant, tmp_path: Path, bambu_sim: SimFactory
) -> None:
    """HA comes back mid-print: the run starts when the printer started it, not at the
    reconnect, so its duration is right."""
    sim = await bambu_sim(model="C12", serial="01P00A000000054", report_interval_s=0.1)
    entry = await _setup(hass, tmp_path, _bambu_sub(sim))
    await wait_until(hass, lambda: state(hass, "sensor.bambu_status") == "idle")
    assert await hass.config_entries.async_unload(entry.entry_id)

    began = dt_util.utcnow()
    await sim.start_job("late_part", duration_s=4.0, layers=10, prepare_s=0.2)
    await sim.wait_state("RUNNING")
    await asyncio.sleep(2.0)  # HA is away for part of the print
    assert await hass.config_entries.async_setup(entry.entry_id)
    await wait_until(hass, lambda: state(hass, "sensor.bambu_status") == "finished", timeout=30)
    runs = await _runs(entry)
    while not runs or runs[0].outcome is None:
        await asyncio.sleep(0.1)
        runs = await _runs(entry)
    assert [(r.job_name, r.outcome) for r in runs] == [("late_part", "success")]
    assert abs((runs[0].started_at - began).total_seconds()) < 5
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_reconfigure_with_a_wrong_key_goes_offline_and_raises_the_repair(
    hass: HomeAssistant, tmp_path: Path, moonraker_sim: Any
) -> None:
    """A reconfigure with a wrong API key never leaves the old state on screen: offline within
    5 s and the auth repair as fast as on a fresh start."""
    sim: MoonrakerSimulator = await moonraker_sim(status_interval_s=0.05)
    data = {
        "brand": "moonraker",
        "host": sim.host,
        "port": sim.port,
        "api_key": sim.api_key,
        "ssl": False,
        "serial": sim.instance_id,
    }
    entry = await _setup(hass, tmp_path, {"data": data, "title": "Voron", "unique_id": "v"})
    await sim.start_job("cube.gcode", duration_s=0.5)
    await wait_until(hass, lambda: state(hass, "sensor.voron_status") == "finished")

    subentry = next(iter(entry.subentries.values()))
    loop = asyncio.get_running_loop()
    changed_at = loop.time()
    hass.config_entries.async_update_subentry(
        entry, subentry, data={**subentry.data, "api_key": "wrong-key"}
    )
    await wait_until(hass, lambda: state(hass, "sensor.voron_status") == "offline", timeout=5)
    assert loop.time() - changed_at < 5
    issue_id = f"{ISSUE_AUTH_FAILED}{subentry.subentry_id}"
    registry = ir.async_get(hass)
    await wait_until(hass, lambda: registry.async_get_issue(DOMAIN, issue_id) is not None)
    assert loop.time() - changed_at < 10
    assert await hass.config_entries.async_unload(entry.entry_id)
