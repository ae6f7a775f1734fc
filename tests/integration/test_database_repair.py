"""A repair issue says why farm database writes fail, and clears itself when they land."""

from __future__ import annotations

from collections.abc import AsyncIterator
from functools import partial
from pathlib import Path

from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.odin.const import DOMAIN
from custom_components.odin.store.audit import insert_audit
from tests.store.durable_support import audit_entry, big_write, disk_full, stored_actions

from .conftest import farm_entry
from .test_farm import wait_until


@pytest.fixture
async def farm(hass: HomeAssistant, tmp_path: Path) -> AsyncIterator[MockConfigEntry]:
    entry = farm_entry(tmp_path, [])
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    yield entry
    if entry.state.recoverable:
        await hass.config_entries.async_unload(entry.entry_id)
        await hass.async_block_till_done()


async def test_disk_full_raises_and_clears_a_repair_issue(
    hass: HomeAssistant, farm: MockConfigEntry, issue_registry: ir.IssueRegistry
) -> None:
    db = farm.runtime_data.db
    db._health_grace_s = 0  # report at once (default: after 5 s of failing)
    issue_id = f"database_writes_failing_{farm.entry_id}"
    with disk_full(db) as state:
        db.write_nowait(big_write())
        db.write_nowait(partial(insert_audit, entry=audit_entry(1)))
        await wait_until(hass, lambda: issue_registry.async_get_issue(DOMAIN, issue_id) is not None)
        issue = issue_registry.async_get_issue(DOMAIN, issue_id)
        assert issue is not None
        assert issue.translation_key == "database_disk_full"
        assert issue.severity is ir.IssueSeverity.ERROR
        assert issue.translation_placeholders is not None
        assert issue.translation_placeholders["pending"] == "2"
        assert "full" in issue.translation_placeholders["error"]
        state["full"] = False
        await wait_until(hass, lambda: issue_registry.async_get_issue(DOMAIN, issue_id) is None)
    assert await db.read(stored_actions) == ["action-1"]


async def test_unload_clears_the_issue(
    hass: HomeAssistant, farm: MockConfigEntry, issue_registry: ir.IssueRegistry
) -> None:
    db = farm.runtime_data.db
    db._health_grace_s = 0
    issue_id = f"database_writes_failing_{farm.entry_id}"
    with disk_full(db):
        db.write_nowait(big_write())
        await wait_until(hass, lambda: issue_registry.async_get_issue(DOMAIN, issue_id) is not None)
        assert await hass.config_entries.async_unload(farm.entry_id)
        await hass.async_block_till_done()
    assert issue_registry.async_get_issue(DOMAIN, issue_id) is None
