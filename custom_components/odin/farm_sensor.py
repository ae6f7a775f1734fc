"""Farm-wide sensors on the farm device: "Spools needing drying" (set up by ``sensor.py``)."""

from __future__ import annotations

from typing import Any, Final, override

from homeassistant.components.sensor import SensorEntity, SensorStateClass
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .farm_ops import FarmOps, async_get_farm_ops, farm_device_info
from .runtime import OdinConfigEntry

MAX_LISTED: Final = 10  # spools named in the attributes (the count is the state)


async def async_setup_farm_sensors(
    hass: HomeAssistant,
    entry: OdinConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the farm device's sensors."""
    ops = await async_get_farm_ops(hass, entry)
    async_add_entities([SpoolsNeedingDryingSensor(ops, entry)])


class SpoolsNeedingDryingSensor(SensorEntity):
    """How many spools need drying (DESIGN §5); the first few in the attributes."""

    _attr_has_entity_name = True
    _attr_should_poll = False
    _attr_translation_key = "spools_needing_drying"
    _attr_state_class = SensorStateClass.MEASUREMENT

    def __init__(self, ops: FarmOps, entry: OdinConfigEntry) -> None:
        """Initialize."""
        self._ops = ops
        self._attr_unique_id = f"{entry.entry_id}_spools_needing_drying"
        self._attr_device_info = farm_device_info(entry)
        self._last: Any = None
        self._refresh()

    @override
    async def async_added_to_hass(self) -> None:
        """Follow the drying monitor."""
        await super().async_added_to_hass()
        self.async_on_remove(self._ops.add_drying_listener(self._drying_changed))

    def _refresh(self) -> bool:
        """Recompute; True when state or attributes changed."""
        needing = self._ops.spools_needing_drying()
        listed = [
            {
                "spool_id": spool.id,
                "spool": spool.label,
                "reasons": [str(r) for r in status.reasons],
            }
            for spool, status in needing[:MAX_LISTED]
        ]
        key = (len(needing), repr(listed))
        if key == self._last:
            return False
        self._last = key
        self._attr_native_value = len(needing)
        self._attr_extra_state_attributes = {
            "spools": listed,
            "more": max(0, len(needing) - MAX_LISTED),
        }
        return True

    @callback
    def _drying_changed(self) -> None:
        if self._refresh():
            self.async_write_ha_state()
