"""Klipper printers through Moonraker in the farm: config flow, zeroconf, runs, commands."""

from __future__ import annotations

from ipaddress import ip_address
from pathlib import Path
from typing import Any

from homeassistant.config_entries import SOURCE_USER, SOURCE_ZEROCONF
from homeassistant.core import Context, HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.helpers.service_info.zeroconf import ZeroconfServiceInfo
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.odin.const import DOMAIN, SUBENTRY_PRINTER
from simulators.moonraker import MoonrakerSimulator

from .conftest import SimFactory, farm_entry
from .test_farm import _get, state, wait_runs, wait_until

MoonrakerFactory = Any


async def test_add_moonraker_printer(
    hass: HomeAssistant, tmp_path: Path, moonraker_sim: MoonrakerFactory
) -> None:
    """Menu → Klipper: a wrong API key is refused; success uses the instance id as identity."""
    sim: MoonrakerSimulator = await moonraker_sim(api_key="secret-key", hostname="voron")
    entry = farm_entry(tmp_path, [])
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    result = await hass.config_entries.subentries.async_init(
        (entry.entry_id, SUBENTRY_PRINTER), context={"source": SOURCE_USER}
    )
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], {"next_step_id": "moonraker"}
    )
    form = {"host": sim.host, "advanced": {"port": sim.port, "ssl": False}}
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], {**form, "api_key": "wrong"}
    )
    assert result["errors"] == {"base": "invalid_auth"}
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], {**form, "api_key": "secret-key", "name": "Voron"}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    subentry = next(iter(entry.subentries.values()))
    assert subentry.unique_id == sim.instance_id
    assert subentry.data["brand"] == "moonraker"
    await wait_until(hass, lambda: state(hass, "sensor.voron_status") == "idle")
    assert await hass.config_entries.async_unload(entry.entry_id)


def _moonraker_entry(tmp_path: Path, sim: MoonrakerSimulator) -> MockConfigEntry:
    return MockConfigEntry(
        domain=DOMAIN,
        title="farm",
        data={},
        options={"db_url": f"sqlite:///{tmp_path / 'odin.db'}"},
        subentries_data=[
            {
                "data": {
                    "brand": "moonraker",
                    "host": sim.host,
                    "port": sim.port,
                    "api_key": sim.api_key,
                    "ssl": False,
                    "serial": sim.instance_id,
                },
                "subentry_type": SUBENTRY_PRINTER,
                "title": "Voron",
                "unique_id": sim.instance_id,
            }
        ],
    )


async def test_moonraker_runs_and_commands(
    hass: HomeAssistant,
    tmp_path: Path,
    moonraker_sim: MoonrakerFactory,
    hass_admin_user: Any,
) -> None:
    """complete → success, error → failed with Klipper's message, Stop → cancelled."""
    sim: MoonrakerSimulator = await moonraker_sim(status_interval_s=0.05)
    entry = _moonraker_entry(tmp_path, sim)
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    status = "sensor.voron_status"
    await wait_until(hass, lambda: state(hass, status) == "idle")

    await sim.start_job("cube.gcode", duration_s=1.0, estimate_s=900)
    await wait_until(hass, lambda: state(hass, status) == "finished")
    await sim.start_job("arm.gcode", duration_s=30)
    await wait_until(hass, lambda: state(hass, status) == "printing")
    await sim.fail_job("Move out of range: 310.000 150.000 0.400 [0.000]")
    await wait_until(hass, lambda: state(hass, status) == "failed")
    await sim.start_job("lid.gcode", duration_s=30)
    await wait_until(hass, lambda: state(hass, status) == "printing")
    await hass.services.async_call(
        "button",
        "press",
        {"entity_id": "button.voron_stop"},
        blocking=True,
        context=Context(user_id=hass_admin_user.id),
    )
    await wait_until(hass, lambda: state(hass, status) == "cancelled")
    runs = await wait_runs(
        hass, entry, lambda rs: len(rs) == 3 and all(_get(r, "outcome") for r in rs)
    )
    by_file = {_get(r, "file_name"): r for r in runs}
    assert _get(by_file["cube.gcode"], "outcome") == "success"
    assert _get(by_file["cube.gcode"], "slicer_estimate_s") == 900
    assert _get(by_file["arm.gcode"], "outcome") == "failed"
    assert "Move out of range" in str(_get(by_file["arm.gcode"], "failure_reason"))
    assert _get(by_file["lid.gcode"], "outcome") == "cancelled"
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_moonraker_zeroconf(
    hass: HomeAssistant,
    tmp_path: Path,
    moonraker_sim: MoonrakerFactory,
    bambu_sim: SimFactory,
) -> None:
    """_moonraker._tcp offers the printer; a known uuid at a new address is updated."""
    sim: MoonrakerSimulator = await moonraker_sim()
    entry = farm_entry(tmp_path, [])
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)

    def info(host: str) -> ZeroconfServiceInfo:
        return ZeroconfServiceInfo(
            ip_address=ip_address(host),
            ip_addresses=[ip_address(host)],
            port=sim.port,
            hostname="voron.local.",
            type="_moonraker._tcp.local.",
            name="Moonraker-1234 @ voron._moonraker._tcp.local.",
            properties={"uuid": sim.instance_id, "https_port": "", "version": "v0.9"},
        )

    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_ZEROCONF}, data=info(sim.host)
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "discovery_confirm"
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {})
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "printer_added"
    await hass.async_block_till_done()
    subentry = next(iter(entry.subentries.values()))
    assert subentry.unique_id == sim.instance_id
    assert subentry.data["port"] == sim.port

    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_ZEROCONF}, data=info("127.0.0.1")
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "already_configured"
    assert await hass.config_entries.async_unload(entry.entry_id)
