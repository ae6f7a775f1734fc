"""Pause / resume / stop and "plate cleared" buttons (audited with the pressing user or
automation)."""

from __future__ import annotations

from typing import override

from homeassistant.components.button import ButtonEntity, ButtonEntityDescription
from homeassistant.core import callback

from .data import OdinConfigEntry
from .entity import OdinPrinterEntity, printer_platform
from .hub import COMMANDS, PrinterHub

PARALLEL_UPDATES = 0

BUTTONS = tuple(ButtonEntityDescription(key=c, translation_key=c) for c in COMMANDS)
PLATE_CLEARED = ButtonEntityDescription(key="plate_cleared", translation_key="plate_cleared")


@callback
def _entities(hub: PrinterHub, entry: OdinConfigEntry) -> list[ButtonEntity]:
    """The command buttons of a printer."""
    return [
        *(OdinCommandButton(hub, d) for d in BUTTONS),
        OdinPlateClearedButton(hub, PLATE_CLEARED, entry),
    ]


async_setup_entry = printer_platform(_entities)


class OdinCommandButton(OdinPrinterEntity, ButtonEntity):
    """Sends one command to the printer."""

    @override
    async def async_press(self) -> None:
        """Send the command; the hub audits it with this press's context."""
        await self.hub.async_command(self.entity_description.key, self._context)


class OdinPlateClearedButton(OdinPrinterEntity, ButtonEntity):
    """The plate is clear: the auto-queue may send the next job (stored, audited)."""

    available_when_offline = True

    def __init__(
        self, hub: PrinterHub, description: ButtonEntityDescription, entry: OdinConfigEntry
    ) -> None:
        """Initialize."""
        super().__init__(hub, description)
        self._entry = entry

    @override
    async def async_press(self) -> None:
        """Store "plate cleared" now."""
        await self._entry.runtime_data.dispatcher.async_mark_plate_cleared(
            self.hub.printer_id, context=self._context
        )
