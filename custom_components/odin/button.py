"""Pause / resume / stop buttons (audited with the pressing user or automation)."""

from __future__ import annotations

from typing import override

from homeassistant.components.button import ButtonEntity, ButtonEntityDescription
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .entity import OdinPrinterEntity
from .hub import COMMANDS, PrinterHub
from .platform import async_setup_printer_platform
from .runtime import OdinConfigEntry

PARALLEL_UPDATES = 0

BUTTONS = tuple(ButtonEntityDescription(key=c, translation_key=c) for c in COMMANDS)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: OdinConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Set up the command buttons of every printer."""

    @callback
    def _entities(hub: PrinterHub) -> list[OdinCommandButton]:
        return [OdinCommandButton(hub, d) for d in BUTTONS]

    async_setup_printer_platform(hass, entry, async_add_entities, _entities)


class OdinCommandButton(OdinPrinterEntity, ButtonEntity):
    """Sends one command to the printer."""

    @override
    async def async_press(self) -> None:
        """Send the command; the hub audits it with this press's context."""
        await self.hub.async_command(self.entity_description.key, self._context)
