"""Connection health: unreachable repair, auth failure repair with a fix flow (reauth)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from homeassistant.components.repairs import repairs_flow_manager
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.helpers import issue_registry as ir
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.odin import brands
from custom_components.odin.const import DOMAIN, ISSUE_AUTH_FAILED, ISSUE_UNREACHABLE
from custom_components.odin.hub import PrinterHub
from simulators.bambu import BambuSimulator

from .conftest import farm_entry
from .test_farm import STATUS, state, wait_until


def _tick(hub: PrinterHub) -> bool:
    """Run the hub's periodic check now (it runs every 30 s in real life)."""
    hub.periodic_check()
    return True


async def test_unreachable_repair_raised_and_cleared(
    hass: HomeAssistant,
    loaded_farm: MockConfigEntry,
    sim: BambuSimulator,
    issue_registry: ir.IssueRegistry,
) -> None:
    """Offline past the threshold raises a repair; coming back clears it."""
    await wait_until(hass, lambda: state(hass, STATUS) == "idle")
    hub = next(iter(loaded_farm.runtime_data.printers.values()))
    hub.offline_repair_after = timedelta(seconds=0.5)
    issue_id = f"{ISSUE_UNREACHABLE}{hub.printer_id}"
    await sim.stop_broker()
    await wait_until(hass, lambda: state(hass, STATUS) == "offline")
    assert issue_registry.async_get_issue(DOMAIN, issue_id) is None  # not before the timer
    await wait_until(
        hass,
        lambda: _tick(hub) and bool(issue_registry.async_get_issue(DOMAIN, issue_id)),
    )
    issue = issue_registry.async_get_issue(DOMAIN, issue_id)
    assert issue is not None
    assert issue.translation_key == "printer_unreachable"
    assert issue.translation_placeholders is not None
    assert issue.translation_placeholders["printer"] == hub.name
    await sim.start_broker()
    await wait_until(hass, lambda: state(hass, STATUS) == "idle", timeout=20)
    assert issue_registry.async_get_issue(DOMAIN, issue_id) is None


async def test_auth_failure_fix_flow(
    hass: HomeAssistant,
    tmp_path: Path,
    sim: BambuSimulator,
    issue_registry: ir.IssueRegistry,
) -> None:
    """A refused access code raises a fixable issue; its fix flow probes and updates."""
    entry = farm_entry(tmp_path, [sim])
    subentries = entry.subentries  # MockConfigEntry built them from subentries_data
    sub = next(iter(subentries.values()))
    bad = MockConfigEntry(
        domain=DOMAIN,
        title=entry.title,
        data={},
        options=dict(entry.options),
        subentries_data=[
            {
                "data": {**sub.data, "access_code": "00000000"},
                "subentry_type": sub.subentry_type,
                "title": sub.title,
                "unique_id": sub.unique_id,
            }
        ],
    )
    bad.add_to_hass(hass)
    assert await hass.config_entries.async_setup(bad.entry_id)
    await hass.async_block_till_done()
    hub = next(iter(bad.runtime_data.printers.values()))
    issue_id = f"{ISSUE_AUTH_FAILED}{hub.printer_id}"
    await wait_until(
        hass,
        lambda: _tick(hub) and bool(issue_registry.async_get_issue(DOMAIN, issue_id)),
    )
    issue = issue_registry.async_get_issue(DOMAIN, issue_id)
    assert issue is not None
    assert issue.is_fixable

    assert await async_setup_component(hass, "repairs", {})
    manager = repairs_flow_manager(hass)
    assert manager is not None
    result = await manager.async_init(DOMAIN, context={"issue_id": issue_id})
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "credentials"
    result = await manager.async_configure(result["flow_id"], {"access_code": "11111111"})
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {"base": "invalid_auth"}
    result = await manager.async_configure(result["flow_id"], {"access_code": sim.access_code})
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    assert bad.subentries[hub.printer_id].data["access_code"] == sim.access_code
    await wait_until(hass, lambda: state(hass, STATUS) == "idle", timeout=20)
    assert issue_registry.async_get_issue(DOMAIN, issue_id) is None
    assert await hass.config_entries.async_unload(bad.entry_id)


async def test_silent_connection_detected(
    hass: HomeAssistant,
    tmp_path: Path,
    sim: BambuSimulator,
    issue_registry: ir.IssueRegistry,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Connected but no reports ("MQTT silently died"): offline, reconnect, repair; then clear."""
    tuning = dict(brands.CLIENT_TUNING["bambu"], stale_after_s=1.0)
    monkeypatch.setitem(brands.CLIENT_TUNING, "bambu", tuning)
    entry = farm_entry(tmp_path, [sim])
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await wait_until(hass, lambda: state(hass, STATUS) == "idle")
    hub = next(iter(entry.runtime_data.printers.values()))
    hub.offline_repair_after = timedelta(seconds=0.5)
    issue_id = f"{ISSUE_UNREACHABLE}{hub.printer_id}"
    reconnects = hub.reconnects
    sim.set_silent(True)
    await wait_until(hass, lambda: state(hass, STATUS) == "offline")
    await wait_until(
        hass, lambda: _tick(hub) and bool(issue_registry.async_get_issue(DOMAIN, issue_id))
    )
    await wait_until(hass, lambda: hub.reconnects > reconnects)  # it tried a fresh session
    sim.set_silent(False)
    await wait_until(hass, lambda: state(hass, STATUS) == "idle", timeout=20)
    assert issue_registry.async_get_issue(DOMAIN, issue_id) is None
    assert await hass.config_entries.async_unload(entry.entry_id)
