"""Backup platform: checkpoint + hold before a backup, release after; no write lost."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
import shutil
import sqlite3

from homeassistant.core import HomeAssistant
from homeassistant.loader import async_get_integration
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.odin.const import DOMAIN
from custom_components.odin.farm.audit import SYSTEM_ACTOR, AuditEntry
from custom_components.odin.store.audit import insert_audit

from .conftest import farm_entry


def _entry(n: int) -> AuditEntry:
    return AuditEntry(
        ts=datetime(2026, 5, 1, tzinfo=UTC),
        actor=SYSTEM_ACTOR,
        action=f"backup-test-{n}",
        target_type="farm",
        target_id=None,
        details={"pad": "x" * 500},
    )


def _actions(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT action FROM audit_log WHERE action LIKE 'backup-test-%' ORDER BY id"
        )
        return [row[0] for row in rows]
    finally:
        conn.close()


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


async def test_backup_copies_a_consistent_database_and_loses_no_write(
    hass: HomeAssistant, farm: MockConfigEntry, tmp_path: Path
) -> None:
    platform = await (await async_get_integration(hass, DOMAIN)).async_get_platform("backup")
    db = farm.runtime_data.db
    db_file = tmp_path / "odin.db"
    wal = tmp_path / "odin.db-wal"
    for n in range(10):
        db.write_nowait(partial(insert_audit, entry=_entry(n)))
    await db.write(lambda conn: None)
    assert wal.stat().st_size > 0  # the rows are in the WAL, not yet in odin.db

    await platform.async_pre_backup(hass)
    assert wal.stat().st_size == 0
    # what the backup copies: odin.db alone holds every row
    copy = tmp_path / "backup" / "odin.db"
    copy.parent.mkdir()
    await hass.async_add_executor_job(shutil.copyfile, db_file, copy)
    assert _actions(copy) == [f"backup-test-{n}" for n in range(10)]
    # writes during the backup queue; the file does not change
    stat = db_file.stat()
    for n in range(10, 15):
        db.write_nowait(partial(insert_audit, entry=_entry(n)))
    held = hass.async_create_task(db.write(lambda conn: "landed", give_up_s=0.1))
    await asyncio.sleep(0.3)  # longer than give_up_s: held time does not count
    assert not held.done()
    assert (db_file.stat().st_mtime_ns, wal.stat().st_size) == (stat.st_mtime_ns, 0)
    assert db.health.pending == 6

    await platform.async_post_backup(hass)
    assert await held == "landed"
    assert _actions(db_file) == [f"backup-test-{n}" for n in range(15)]


async def test_post_backup_without_pre_backup_is_harmless(
    hass: HomeAssistant, farm: MockConfigEntry
) -> None:
    platform = await (await async_get_integration(hass, DOMAIN)).async_get_platform("backup")
    await platform.async_post_backup(hass)
    assert await farm.runtime_data.db.write(lambda conn: 1) == 1
