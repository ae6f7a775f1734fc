"""Shared platform setup: entities per printer subentry, including printers added later."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.entity import Entity
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .const import DOMAIN
from .hub import PrinterHub
from .runtime import OdinConfigEntry

SIGNAL_PRINTER_ADDED = f"{DOMAIN}_printer_added_{{}}"


@callback
def async_setup_printer_platform(
    hass: HomeAssistant,
    entry: OdinConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
    make_entities: Callable[[PrinterHub], Sequence[Entity]],
) -> None:
    """Add ``make_entities(hub)`` for each printer, each under its own config subentry."""

    @callback
    def _add(printer_id: str) -> None:
        hub = entry.runtime_data.printers.get(printer_id)
        if hub is not None:
            async_add_entities(make_entities(hub), config_subentry_id=printer_id)

    for printer_id in list(entry.runtime_data.printers):
        _add(printer_id)
    entry.async_on_unload(
        async_dispatcher_connect(hass, SIGNAL_PRINTER_ADDED.format(entry.entry_id), _add)
    )
