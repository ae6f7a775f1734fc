"""PrusaLink printers in the farm: config flow, entities, run outcomes, commands."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from homeassistant.config_entries import SOURCE_DHCP, SOURCE_USER
from homeassistant.core import Context, HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.helpers.service_info.dhcp import DhcpServiceInfo
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.odin import config_flow
from custom_components.odin.const import DOMAIN, SUBENTRY_PRINTER
from custom_components.odin.farm.scheduler import JobStatus
from simulators.bambu import free_port
from simulators.fixtures_prusalink import PrusaLinkSimFactory
from simulators.prusalink import PrusaLinkSimulator

from .conftest import farm_entry
from .test_dispatch import (
    FIXTURES,
    _add_job,
    _dispatch,
    _job,
    _online,
    _pid,
    _prusa as _prusa_sub,
    _setup,
    _store,
    files_root,
)
from .test_farm import _get, state, wait_runs, wait_until

__all__ = ["files_root"]


def _form(sim: PrusaLinkSimulator, **overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "host": sim.host,
        "password": sim.password,
        "advanced": {"port": sim.port, "username": sim.username},
    }
    advanced = overrides.pop("advanced", {})
    data.update(overrides)
    data["advanced"] = {**data["advanced"], **advanced}
    return data


async def test_add_prusalink_printer(
    hass: HomeAssistant, tmp_path: Path, prusalink_sim: PrusaLinkSimFactory
) -> None:
    """Menu → PrusaLink: errors are translated; success learns serial and model."""
    sim = await prusalink_sim(model="MK4S", name="Prusa bay")
    entry = farm_entry(tmp_path, [])
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    result = await hass.config_entries.subentries.async_init(
        (entry.entry_id, SUBENTRY_PRINTER), context={"source": SOURCE_USER}
    )
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], {"next_step_id": "prusalink"}
    )
    assert result["step_id"] == "prusalink"
    for bad, error in (
        (_form(sim, password="wrong-pass"), "invalid_auth"),
        (_form(sim, advanced={"port": free_port()}), "cannot_connect"),
    ):
        result = await hass.config_entries.subentries.async_configure(result["flow_id"], bad)
        assert result["type"] is FlowResultType.FORM
        assert result["errors"] == {"base": error}
    result = await hass.config_entries.subentries.async_configure(result["flow_id"], _form(sim))
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["title"] == "Prusa bay"
    await hass.async_block_till_done()
    subentry = next(iter(entry.subentries.values()))
    assert subentry.unique_id == sim.serial
    assert subentry.data["brand"] == "prusalink"
    assert subentry.data["model"] == "MK4S"
    await wait_until(hass, lambda: state(hass, "sensor.prusa_bay_status") == "idle")
    assert await hass.config_entries.async_unload(entry.entry_id)


def _prusa_entry(tmp_path: Path, sim: PrusaLinkSimulator) -> MockConfigEntry:
    return MockConfigEntry(
        domain=DOMAIN,
        title="farm",
        data={},
        options={"db_url": f"sqlite:///{tmp_path / 'odin.db'}"},
        subentries_data=[
            {
                "data": {
                    "brand": "prusalink",
                    "host": sim.host,
                    "port": sim.port,
                    "username": sim.username,
                    "password": sim.password,
                    "serial": sim.serial,
                    "model": "MK4S",
                },
                "subentry_type": SUBENTRY_PRINTER,
                "title": "Prusa",
                "unique_id": sim.serial,
            }
        ],
    )


async def test_prusalink_runs_and_commands(
    hass: HomeAssistant,
    tmp_path: Path,
    prusalink_sim: PrusaLinkSimFactory,
    hass_admin_user: Any,
) -> None:
    """FINISHED → success, ERROR → failed with the message, Stop button → cancelled."""
    sim = await prusalink_sim(model="MK4S")
    entry = _prusa_entry(tmp_path, sim)
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    status = "sensor.prusa_status"
    await wait_until(hass, lambda: state(hass, status) == "idle")

    sim.start_job("bracket", duration_s=1.0, estimate_s=600, slicer_estimate_s=650)
    await wait_until(hass, lambda: state(hass, status) == "finished")
    sim.clear_job()
    await wait_until(hass, lambda: state(hass, status) == "idle")

    sim.start_job("hook", duration_s=30)
    await wait_until(hass, lambda: state(hass, status) == "printing")
    sim.fail_job("Heater failed")
    await wait_until(hass, lambda: state(hass, status) == "failed")
    sim.clear_job()
    await wait_until(hass, lambda: state(hass, status) == "idle")

    sim.start_job("clip", duration_s=30)
    await wait_until(hass, lambda: state(hass, status) == "printing")
    await hass.services.async_call(
        "button",
        "press",
        {"entity_id": "button.prusa_stop"},
        blocking=True,
        context=Context(user_id=hass_admin_user.id),
    )
    await wait_until(hass, lambda: state(hass, status) == "cancelled")

    runs = await wait_runs(
        hass, entry, lambda rs: len(rs) == 3 and all(_get(r, "outcome") for r in rs)
    )
    by_name = {_get(r, "job_name"): r for r in runs}
    assert _get(by_name["bracket"], "outcome") == "success"
    assert _get(by_name["bracket"], "slicer_estimate_s") == 650
    assert _get(by_name["hook"], "outcome") == "failed"
    assert "Heater failed" in str(_get(by_name["hook"], "failure_reason"))
    assert _get(by_name["clip"], "outcome") == "cancelled"
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_prusalink_dhcp_discovery(
    hass: HomeAssistant,
    tmp_path: Path,
    prusalink_sim: PrusaLinkSimFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A Prusa MAC on DHCP that answers like PrusaLink is offered; its new IP is followed."""
    sim = await prusalink_sim(model="CORE One", name="Core")
    monkeypatch.setattr(config_flow, "PRUSALINK_DISCOVERY_PORT", sim.port)
    entry = farm_entry(tmp_path, [])
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    dhcp = DhcpServiceInfo(ip=sim.host, hostname="prusa-core", macaddress="109c70aabbcc")
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_DHCP}, data=dhcp
    )
    assert result["step_id"] == "discovery_confirm"
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"password": sim.password}
    )
    assert result["reason"] == "printer_added"
    await hass.async_block_till_done()
    subentry = next(iter(entry.subentries.values()))
    assert subentry.unique_id == sim.serial
    assert subentry.data["mac"] == "109c70aabbcc"

    moved = DhcpServiceInfo(ip="127.0.0.1", hostname="prusa-core", macaddress="109c70aabbcc")
    hass.config_entries.async_update_subentry(
        entry, subentry, data={**subentry.data, "host": "localhost"}
    )
    await hass.async_block_till_done()
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_DHCP}, data=moved
    )
    assert result["reason"] == "already_configured"
    assert entry.subentries[subentry.subentry_id].data["host"] == "127.0.0.1"

    # Something else with that MAC prefix is not offered.
    other = DhcpServiceInfo(ip="127.0.0.1", hostname="x", macaddress="109c70000001")
    monkeypatch.setattr(config_flow, "PRUSALINK_DISCOVERY_PORT", free_port())
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_DHCP}, data=other
    )
    assert result["reason"] == "not_supported"
    assert await hass.config_entries.async_unload(entry.entry_id)


@pytest.mark.parametrize(
    ("model", "fixture", "sim_options", "segment"),
    [
        # the Raspberry-Pi PrusaLink 0.8 as it really answers: /local, the status storage an
        # array (the shape that sent every upload to "usb" before)
        ("MK3S", "superslicer_mk3s.gcode", {"status_storage": "array"}, "local"),
        ("MK4S", "prusaslicer_mk4s.gcode", {}, "usb"),
    ],
)
async def test_dispatch_uploads_to_the_storage_the_printer_has(
    hass: HomeAssistant,
    tmp_path: Path,
    files_root: Path,
    prusalink_sim: PrusaLinkSimFactory,
    model: str,
    fixture: str,
    sim_options: dict[str, Any],
    segment: str,
) -> None:
    """A queued job reaches an MK3S (Pi PrusaLink, /local) as it reaches an MK4S (usb): the
    file lands on the printer's own storage, the print starts, the run ends in success and
    is linked to the queue item."""
    sim = await prusalink_sim(model=model, **sim_options)
    sim.upload_job_s = 0.5
    entry = await _setup(hass, tmp_path, [_prusa_sub(sim, model=model)])
    prusa = _pid(entry, "Prusa")
    await _online(hass, entry)
    data = (FIXTURES / fixture).read_bytes()
    await _store(hass, files_root, fixture, data)
    job_id = await _add_job(hass, fixture, prusa)
    await hass.services.async_call(
        "switch", "turn_on", {"entity_id": "switch.prusa_auto_queue"}, blocking=True
    )
    result = await _dispatch(hass, entity_id="switch.prusa_auto_queue")
    assert result["sent"] == 1, result
    assert sim.files == {f"{segment}/{fixture}": data}
    await wait_until(hass, lambda: state(hass, "sensor.prusa_status") == "finished")
    runs = await wait_runs(hass, entry, lambda rs: len(rs) == 1 and bool(_get(rs[0], "outcome")))
    assert _get(runs[0], "outcome") == "success"
    assert _get(runs[0], "queue_item_id") == job_id
    async with asyncio.timeout(10):
        while (await _job(entry, job_id)).status != JobStatus.DONE:
            await hass.async_block_till_done()
            await asyncio.sleep(0.05)
    await hass.async_block_till_done()
    assert await hass.config_entries.async_unload(entry.entry_id)
