"""Backup platform: the farm database is consistent in a Home Assistant backup.

Before the backup, SQLite's write-ahead log is checkpointed into ``odin.db`` (``PRAGMA
wal_checkpoint(TRUNCATE)``) and the writer holds its writes, so the file the backup copies does
not change underneath it. Writes that arrive meanwhile queue (none is lost) and run, in order,
after the backup. Server databases (PostgreSQL, MariaDB) are not part of a backup: nothing is
held for them.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Final

from homeassistant.core import HomeAssistant
from homeassistant.util.hass_dict import HassKey

from .const import DOMAIN
from .data import OdinConfigEntry
from .store.db import Database

_LOGGER = logging.getLogger(__name__)

HOLD_TIMEOUT_S: Final = 30.0
_HELD: HassKey[list[Database]] = HassKey(f"{DOMAIN}_backup_held")


async def async_pre_backup(hass: HomeAssistant) -> None:
    """Checkpoint every farm's SQLite database and hold its writes."""
    held = hass.data.setdefault(_HELD, [])
    entries: list[OdinConfigEntry] = hass.config_entries.async_loaded_entries(DOMAIN)
    for entry in entries:
        db = entry.runtime_data.db
        try:
            async with asyncio.timeout(HOLD_TIMEOUT_S):
                if not await db.hold_writes():
                    continue
        except TimeoutError:  # the hold still comes; post-backup releases it
            _LOGGER.warning("Database %s did not checkpoint before the backup", db.url_redacted)
        held.append(db)


async def async_post_backup(hass: HomeAssistant) -> None:
    """Release the held writes (they run in order)."""
    for db in hass.data.pop(_HELD, []):
        db.release_writes()
