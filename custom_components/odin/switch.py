"""Per-printer "Timelapse" switch: record a timelapse of every run of this printer.

The choice is the switch's own state, restored after a restart (``RestoreEntity``); a new
printer starts with the farm's default (option "Record timelapses by default"). While the
switch entity is disabled the printer follows the farm default. Toggles are audited.
"""

from __future__ import annotations

from typing import Any, override

from homeassistant.components.switch import SwitchEntity, SwitchEntityDescription
from homeassistant.const import STATE_OFF, STATE_ON, EntityCategory
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.helpers.restore_state import RestoreEntity

from .entity import OdinPrinterEntity
from .hub import PrinterHub
from .platform import async_setup_printer_platform
from .runtime import OdinConfigEntry
from .timelapse import TimelapseManager

PARALLEL_UPDATES = 0

TIMELAPSE = SwitchEntityDescription(
    key="timelapse",
    translation_key="timelapse",
    entity_category=EntityCategory.CONFIG,
)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: OdinConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Set up the timelapse switch of every printer."""
    manager = entry.runtime_data.timelapse
    if manager is None:
        return

    @callback
    def _entities(hub: PrinterHub) -> list[OdinTimelapseSwitch]:
        return [OdinTimelapseSwitch(hub, TIMELAPSE, manager, entry)]

    async_setup_printer_platform(hass, entry, async_add_entities, _entities)


class OdinTimelapseSwitch(OdinPrinterEntity, SwitchEntity, RestoreEntity):
    """On: frames are captured while the printer prints and stitched when the run ends."""

    available_when_offline = True

    def __init__(
        self,
        hub: PrinterHub,
        description: SwitchEntityDescription,
        manager: TimelapseManager,
        entry: OdinConfigEntry,
    ) -> None:
        """Initialize."""
        super().__init__(hub, description)
        self._manager = manager
        self._entry = entry
        self._attr_is_on = manager.settings.enabled_default

    @override
    async def async_added_to_hass(self) -> None:
        """Restore the last choice (or take the farm default) and tell the manager."""
        last = await self.async_get_last_state()
        if last is not None and last.state in (STATE_ON, STATE_OFF):
            self._attr_is_on = last.state == STATE_ON
        self._manager.set_enabled(self.hub.printer_id, self._attr_is_on)
        await super().async_added_to_hass()
        self.async_on_remove(self._manager.add_listener(self._handle_hub_update))

    @override
    async def async_will_remove_from_hass(self) -> None:
        """Disabled or removed: the printer follows the farm default again."""
        self._manager.set_enabled(self.hub.printer_id, None)
        await super().async_will_remove_from_hass()

    @property
    @override
    def extra_state_attributes(self) -> dict[str, Any]:
        """Whether frames are being captured right now, and from which camera."""
        return {
            "recording": self._manager.recording(self.hub.printer_id),
            "camera": self._manager.camera_entity(self.hub),
        }

    @override
    def state_key(self) -> Any:
        """Availability, choice and recording state."""
        return (
            self.available,
            self._attr_is_on,
            self._manager.recording(self.hub.printer_id),
            self._manager.camera_entity(self.hub),
        )

    @override
    async def async_turn_on(self, **kwargs: Any) -> None:
        """Record timelapses of this printer."""
        await self._async_set(True)

    @override
    async def async_turn_off(self, **kwargs: Any) -> None:
        """Stop recording timelapses of this printer (a run's frames so far are kept)."""
        await self._async_set(False)

    async def _async_set(self, on: bool) -> None:
        changed = self._attr_is_on != on
        self._attr_is_on = on
        self._manager.set_enabled(self.hub.printer_id, on)
        self._last = self.state_key()
        self.async_write_ha_state()
        if changed:
            await self._entry.runtime_data.audit.async_record(
                "timelapse_on" if on else "timelapse_off",
                target_type="printer",
                target_id=self.hub.printer_id,
                context=self._context,
                details={"printer": self.hub.name},
            )
