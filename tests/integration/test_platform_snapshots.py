"""Every entity platform, locked by a snapshot: unique ids, names, categories, device classes,
units, options, icons and which entities are disabled by default.

The printers are unreachable (closed ports), so every state is deterministic; the snapshot
fails when an entity appears, disappears or changes how Home Assistant shows it. Regenerate
with ``pytest tests/integration/test_platform_snapshots.py --snapshot-update`` after an
intended change, and review the diff.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest.mock import PropertyMock, patch

from homeassistant.const import Platform
from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, snapshot_platform
from pytest_homeassistant_custom_component.syrupy import HomeAssistantSnapshotExtension
from syrupy.assertion import SnapshotAssertion

from custom_components.odin.const import CONF_DB_URL, DOMAIN, SUBENTRY_PRINTER

# Camera entities carry a fresh access token in their state: tested in test_timelapse*.py.
PLATFORMS = [
    Platform.BINARY_SENSOR,
    Platform.BUTTON,
    Platform.EVENT,
    Platform.SENSOR,
    Platform.SWITCH,
    Platform.TODO,
]


@pytest.fixture
def snapshot(snapshot: SnapshotAssertion) -> SnapshotAssertion:
    """Home Assistant's serializer: registry ids, times and config entry ids are ignored."""
    return snapshot.use_extension(HomeAssistantSnapshotExtension)


@pytest.fixture
def entity_registry_enabled_by_default() -> Iterator[None]:
    """Every entity enabled (as HA core's fixture of that name does)."""
    with patch(
        "homeassistant.helpers.entity.Entity.entity_registry_enabled_default",
        new_callable=PropertyMock,
        return_value=True,
    ):
        yield


def _printers() -> list[dict[str, Any]]:
    port = 9  # discard: nothing listens on 127.0.0.1:9, the printers stay offline
    bambu = {
        "brand": "bambu",
        "host": "127.0.0.1",
        "port": port,
        "serial": "01P00A000000099",
        "access_code": "12345678",
        "model": "P1S",
        "model_code": "C12",
    }
    moonraker = {
        "brand": "moonraker",
        "host": "127.0.0.1",
        "port": port,
        "api_key": None,
        "ssl": False,
        "serial": "voron-instance",
    }
    prusa = {
        "brand": "prusalink",
        "host": "127.0.0.1",
        "port": port,
        "username": "maker",
        "password": "secret",
        "serial": "SN-PRUSA-1",
        "model": "MK4S",
    }
    return [
        {"data": d, "subentry_type": SUBENTRY_PRINTER, "title": t, "unique_id": d["serial"]}
        for d, t in ((bambu, "Bambu"), (moonraker, "Voron"), (prusa, "Prusa"))
    ]


@pytest.mark.usefixtures("entity_registry_enabled_by_default", "socket_enabled")
@pytest.mark.parametrize("platform", PLATFORMS)
async def test_platform_snapshot(
    hass: HomeAssistant,
    entity_registry: er.EntityRegistry,
    snapshot: SnapshotAssertion,
    tmp_path: Path,
    platform: Platform,
) -> None:
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="O.D.I.N. print farm",
        data={},
        options={CONF_DB_URL: f"sqlite:///{tmp_path / 'odin.db'}"},
        subentries_data=_printers(),
        entry_id="01FARMENTRY0000000000000000",
    )
    entry.add_to_hass(hass)
    with patch("custom_components.odin.PLATFORMS", [platform]):
        assert await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done()
    await snapshot_platform(hass, entity_registry, snapshot, entry.entry_id)
    assert await hass.config_entries.async_unload(entry.entry_id)


@pytest.mark.usefixtures("socket_enabled")
async def test_disabled_by_default(
    hass: HomeAssistant, tmp_path: Path, snapshot: SnapshotAssertion
) -> None:
    """Which entities start disabled (noisy diagnostics: a farm has 50+ printers)."""
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="O.D.I.N. print farm",
        data={},
        options={CONF_DB_URL: f"sqlite:///{tmp_path / 'odin.db'}"},
        subentries_data=_printers(),
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    registry = er.async_get(hass)
    disabled = sorted(
        e.unique_id
        for e in er.async_entries_for_config_entry(registry, entry.entry_id)
        if e.disabled_by is er.RegistryEntryDisabler.INTEGRATION
    )
    assert disabled == snapshot
    assert any(uid.endswith("_reconnects") for uid in disabled)
    assert await hass.config_entries.async_unload(entry.entry_id)
