"""Typed runtime data of the farm config entry: one owner for every service object.

:class:`FarmRuntime` is built by ``async_setup_entry`` (``__init__.py``) and lives on
``entry.runtime_data``. It creates every service of the loaded farm up front (nothing runs
until ``async_setup_entry`` starts them in order); each start registers its stop on
:attr:`FarmRuntime.stack`, so a failure anywhere in setup, and the unload, stop everything
already started in reverse order.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import TYPE_CHECKING

from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant

from .ops.audit import AuditRecorder
from .ops.discovery import FarmDiscovery
from .ops.dispatch import Dispatcher
from .ops.presets import PresetService
from .ops.queue import QueueService
from .ops.spools import SpoolService
from .ops.tags import TagService
from .ops.timelapse import TimelapseManager

if TYPE_CHECKING:
    from .hub import PrinterHub
    from .store.db import Database


class FarmRuntime:
    """Everything the farm entry owns while loaded."""

    def __init__(
        self, hass: HomeAssistant, entry: OdinConfigEntry, *, db: Database, db_url: str
    ) -> None:
        """Create (not start) the farm's services on an open database."""
        self.hass = hass
        self.entry_id = entry.entry_id
        self.db = db
        self.db_url = db_url
        self.printers: dict[str, PrinterHub] = {}  # key: subentry id
        # The services reach each other through this runtime (queue -> tags, presets -> queue).
        self.audit = AuditRecorder(hass, db)
        self.tags = TagService(hass, entry, self)
        self.queue = QueueService(hass, entry, self)
        self.presets = PresetService(hass, entry, self)
        self.spools = SpoolService(hass, entry, self)
        self.dispatcher = Dispatcher(hass, entry, self)
        self.timelapse = TimelapseManager(hass, entry)
        self.discovery = FarmDiscovery(hass, entry)
        # Stop callbacks of everything started, run in reverse order by async_stop.
        self.stack = contextlib.AsyncExitStack()

    async def async_stop_printers(self) -> None:
        """Stop every printer hub (their clients) at once."""
        hubs = list(self.printers.values())
        self.printers.clear()
        await asyncio.gather(*(hub.async_stop() for hub in hubs))

    async def async_stop(self) -> None:
        """Stop everything started, newest first (the database closes last)."""
        await self.stack.aclose()


type OdinConfigEntry = ConfigEntry[FarmRuntime]
