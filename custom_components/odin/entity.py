"""Printer entities: the base entity (device info, availability, change-only state writes)
and the shared platform setup (entities per printer subentry, including printers added later).
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Sequence
from typing import Any, override

from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.entity import Entity, EntityDescription
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .data import OdinConfigEntry
from .helpers import SIGNAL_PRINTER_ADDED
from .hub import PrinterHub


class OdinPrinterEntity(Entity):
    """An entity of one printer, updated by push from its hub, written only on change."""

    _attr_has_entity_name = True
    _attr_should_poll = False
    # Entities that stay available while the printer is offline (status, online).
    available_when_offline = False

    def __init__(self, hub: PrinterHub, description: EntityDescription) -> None:
        """Initialize."""
        self.hub = hub
        self.entity_description = description
        self._attr_unique_id = f"{hub.serial}_{description.key}"
        self._attr_device_info = hub.device_info
        self._last: Any = object()

    @property
    @override
    def available(self) -> bool:
        """Unavailable while the printer is offline, unless the entity describes that."""
        return self.available_when_offline or self.hub.snapshot.online

    def state_key(self) -> Any:
        """Everything that shapes this entity's state; a write happens only when it changes."""
        return self.available

    @override
    async def async_added_to_hass(self) -> None:
        """Subscribe to the hub."""
        await super().async_added_to_hass()
        self._last = self.state_key()
        self.async_on_remove(self.hub.add_listener(self._handle_hub_update))

    def _handle_hub_update(self) -> None:
        key = self.state_key()
        if key != self._last:
            self._last = key
            self.async_write_ha_state()


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


type PlatformSetup = Callable[
    [HomeAssistant, OdinConfigEntry, AddConfigEntryEntitiesCallback], Coroutine[Any, Any, None]
]


def printer_platform(
    make_entities: Callable[[PrinterHub, OdinConfigEntry], Sequence[Entity]],
    *,
    farm_entities: Callable[[OdinConfigEntry], Sequence[Entity]] | None = None,
) -> PlatformSetup:
    """A platform's ``async_setup_entry``: ``make_entities(hub, entry)`` for every printer,
    now and when printers are added, and ``farm_entities(entry)`` once for the farm."""

    async def async_setup_entry(
        hass: HomeAssistant,
        entry: OdinConfigEntry,
        async_add_entities: AddConfigEntryEntitiesCallback,
    ) -> None:
        """Set up this platform's entities of every printer (and of the farm)."""

        @callback
        def _entities(hub: PrinterHub) -> Sequence[Entity]:
            return make_entities(hub, entry)

        async_setup_printer_platform(hass, entry, async_add_entities, _entities)
        if farm_entities is not None:
            async_add_entities(farm_entities(entry))

    return async_setup_entry
