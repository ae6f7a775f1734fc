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
