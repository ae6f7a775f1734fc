"""Behaviour driven by Home Assistant's clock, tested with frozen time (no real waits):
the unreachable repair after the configured minutes, and the drying monitor's periodic check.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_capture_events,
    async_fire_time_changed,
)

from custom_components.odin.const import (
    CONF_DB_URL,
    CONF_OFFLINE_REPAIR_MINUTES,
    DOMAIN,
    ISSUE_UNREACHABLE,
    SUBENTRY_PRINTER,
)
from custom_components.odin.ops.spools import DRYING_CHECK_INTERVAL, EVENT_SPOOL_NEEDS_DRYING

pytestmark = pytest.mark.usefixtures("socket_enabled")


def _entry(tmp_path: Path, **options: Any) -> MockConfigEntry:
    printer = {
        "brand": "moonraker",
        "host": "127.0.0.1",
        "port": 9,  # nothing listens: the printer stays unreachable
        "api_key": None,
        "ssl": False,
        "serial": "voron-instance",
    }
    return MockConfigEntry(
        domain=DOMAIN,
        title="O.D.I.N. print farm",
        data={},
        options={CONF_DB_URL: f"sqlite:///{tmp_path / 'odin.db'}", **options},
        subentries_data=[
            {
                "data": printer,
                "subentry_type": SUBENTRY_PRINTER,
                "title": "Voron",
                "unique_id": "voron-instance",
            }
        ],
    )


async def _advance(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    by: timedelta,
    step: timedelta = timedelta(seconds=30),
) -> None:
    """Move HA's clock by ``by`` in ``step`` steps, firing the timers due at each step."""
    while by > timedelta(0):
        tick = min(step, by)
        freezer.tick(tick)
        async_fire_time_changed(hass)
        await hass.async_block_till_done()
        by -= tick


async def test_unreachable_repair_after_the_configured_minutes(
    hass: HomeAssistant,
    tmp_path: Path,
    freezer: FrozenDateTimeFactory,
    issue_registry: ir.IssueRegistry,
) -> None:
    entry = _entry(tmp_path, **{CONF_OFFLINE_REPAIR_MINUTES: 15})
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    printer_id = next(iter(entry.subentries))
    issue_id = f"{ISSUE_UNREACHABLE}{printer_id}"

    await _advance(hass, freezer, timedelta(minutes=14))
    assert issue_registry.async_get_issue(DOMAIN, issue_id) is None  # not before 15 min
    await _advance(hass, freezer, timedelta(minutes=2))
    issue = issue_registry.async_get_issue(DOMAIN, issue_id)
    assert issue is not None
    assert issue.translation_key == "printer_unreachable"
    assert issue.translation_placeholders is not None
    assert issue.translation_placeholders["minutes"] == "15"
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_drying_monitor_fires_when_a_spool_has_been_open_too_long(
    hass: HomeAssistant, tmp_path: Path, freezer: FrozenDateTimeFactory
) -> None:
    """Nylon open for days crosses into needs-drying at the next periodic check, once."""
    entry = _entry(tmp_path)
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    events = async_capture_events(hass, EVENT_SPOOL_NEEDS_DRYING)
    runtime = entry.runtime_data
    spool = await runtime.spools.async_save_spool(
        {"material": "PA", "opened_at": dt_util.utcnow()},
        context=None,
    )
    assert runtime.spools.spool_status(spool.id).reasons == ()  # type: ignore[union-attr]

    await _advance(hass, freezer, DRYING_CHECK_INTERVAL, step=DRYING_CHECK_INTERVAL)
    assert events == []  # freshly opened
    await _advance(hass, freezer, timedelta(days=3), step=timedelta(hours=2))
    assert [e.data["spool_id"] for e in events] == [spool.id]
    assert events[0].data["reasons"] == ["time"]
    await _advance(hass, freezer, DRYING_CHECK_INTERVAL * 3, step=DRYING_CHECK_INTERVAL)
    assert len(events) == 1  # a crossing fires once
    assert await hass.config_entries.async_unload(entry.entry_id)
