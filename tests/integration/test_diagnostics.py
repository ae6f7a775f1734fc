"""Diagnostics carry useful state but never secrets."""

from __future__ import annotations

import json
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr
from homeassistant.setup import async_setup_component
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.components.diagnostics import (
    get_diagnostics_for_config_entry,
    get_diagnostics_for_device,
)

from custom_components.odin.const import DOMAIN
from simulators.bambu import BambuSimulator

from .test_farm import STATUS, state, wait_until


async def test_diagnostics_redacted(
    hass: HomeAssistant,
    hass_client: Any,
    loaded_farm: MockConfigEntry,
    sim: BambuSimulator,
    device_registry: dr.DeviceRegistry,
) -> None:
    """Entry and device diagnostics show the printer state; access code, serial, CA are gone."""
    assert await async_setup_component(hass, "diagnostics", {})
    await wait_until(hass, lambda: state(hass, STATUS) == "idle")
    data = await get_diagnostics_for_config_entry(hass, hass_client, loaded_farm)
    text = json.dumps(data)
    for secret in (sim.access_code, sim.serial, "BEGIN CERTIFICATE"):
        assert secret not in text
    printer = next(iter(data["printers"].values()))
    assert printer["snapshot"]["status"] == "idle"
    assert printer["subentry_data"]["access_code"] == "**REDACTED**"
    assert data["database"]["dialect"] == "sqlite"

    device = device_registry.async_get_device_by_identifier(
        (DOMAIN, sim.serial), loaded_farm.entry_id
    )
    assert device is not None
    dev_data = await get_diagnostics_for_device(hass, hass_client, loaded_farm, device)
    dev_text = json.dumps(dev_data)
    assert sim.access_code not in dev_text
    assert sim.serial not in dev_text
    assert dev_data["snapshot"]["online"] is True


async def test_diagnostics_redact_passwords_and_keys(
    hass: HomeAssistant,
    hass_client: Any,
    tmp_path: Any,
    prusalink_sim: Any,
    moonraker_sim: Any,
) -> None:
    """PrusaLink passwords and Moonraker API keys never reach diagnostics."""
    prusa = await prusalink_sim(model="MK4S", password="prusa-secret-pw")
    klipper = await moonraker_sim(api_key="moonraker-secret-key")
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="farm",
        data={},
        options={"db_url": f"sqlite:///{tmp_path / 'odin.db'}"},
        subentries_data=[
            {
                "data": {
                    "brand": "prusalink",
                    "host": prusa.host,
                    "port": prusa.port,
                    "username": "maker",
                    "password": "prusa-secret-pw",
                    "serial": prusa.serial,
                },
                "subentry_type": "printer",
                "title": "Prusa",
                "unique_id": prusa.serial,
            },
            {
                "data": {
                    "brand": "moonraker",
                    "host": klipper.host,
                    "port": klipper.port,
                    "api_key": "moonraker-secret-key",
                    "ssl": False,
                    "serial": klipper.instance_id,
                },
                "subentry_type": "printer",
                "title": "Voron",
                "unique_id": klipper.instance_id,
            },
        ],
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    assert await async_setup_component(hass, "diagnostics", {})
    await wait_until(hass, lambda: state(hass, "sensor.prusa_status") == "idle")
    await wait_until(hass, lambda: state(hass, "sensor.voron_status") == "idle")
    text = json.dumps(await get_diagnostics_for_config_entry(hass, hass_client, entry))
    for secret in ("prusa-secret-pw", "moonraker-secret-key", prusa.serial, klipper.instance_id):
        assert secret not in text
    assert '"status": "idle"' in text
    assert await hass.config_entries.async_unload(entry.entry_id)
