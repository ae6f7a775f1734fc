"""Sensors: per printer (status, progress, remaining time, file, layer, temperatures, error)
and on the farm device ("Spools needing drying")."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final, override

from homeassistant.components.sensor import (
    SensorDeviceClass,
    SensorEntity,
    SensorEntityDescription,
    SensorStateClass,
)
from homeassistant.const import PERCENTAGE, EntityCategory, UnitOfTemperature, UnitOfTime
from homeassistant.core import callback
from homeassistant.helpers.typing import StateType
from homeassistant.util import dt as dt_util

from .data import FarmRuntime, OdinConfigEntry
from .entity import OdinPrinterEntity, printer_platform
from .helpers import farm_device_info
from .hub import PrinterHub
from .printers.model import ErrorSeverity, PrinterSnapshot, PrinterStatus

PARALLEL_UPDATES = 0

ERROR_NONE = "none"
ERROR_OPTIONS = [ERROR_NONE, *(s.value for s in ErrorSeverity)]


@dataclass(frozen=True, kw_only=True)
class OdinSensorDescription(SensorEntityDescription):
    """A printer sensor computed from the live snapshot."""

    value_fn: Callable[[PrinterHub], StateType | datetime]
    attrs_fn: Callable[[PrinterSnapshot], dict[str, Any] | None] = lambda _: None
    # Round what decides a state write (keeps fast-moving values from writing every message).
    state_key_fn: Callable[[StateType | datetime], Any] = lambda value: value
    available_when_offline: bool = False


def _error_state(s: PrinterSnapshot) -> str:
    err = s.primary_error
    return err.severity.value if err is not None else ERROR_NONE


def _last_message(hub: PrinterHub) -> datetime | None:
    age = hub.last_message_age_s
    if age is None:
        return None
    return dt_util.utcnow() - timedelta(seconds=age)


def _error_attrs(s: PrinterSnapshot) -> dict[str, Any] | None:
    err = s.primary_error
    if err is None:
        return {"code": None, "count": 0}
    return {
        "code": err.code,
        "source": err.source,
        "message": err.message,
        "count": len(s.errors),
        "codes": [e.code for e in s.errors][:10],
    }


SENSORS: tuple[OdinSensorDescription, ...] = (
    OdinSensorDescription(
        key="status",
        translation_key="status",
        device_class=SensorDeviceClass.ENUM,
        options=[s.value for s in PrinterStatus],
        value_fn=lambda h: h.snapshot.status.value,
        available_when_offline=True,
    ),
    OdinSensorDescription(
        key="progress",
        translation_key="progress",
        native_unit_of_measurement=PERCENTAGE,
        state_class=SensorStateClass.MEASUREMENT,
        suggested_display_precision=0,
        value_fn=lambda h: h.snapshot.progress,
    ),
    OdinSensorDescription(
        key="remaining_time",
        translation_key="remaining_time",
        device_class=SensorDeviceClass.DURATION,
        native_unit_of_measurement=UnitOfTime.SECONDS,
        suggested_unit_of_measurement=UnitOfTime.MINUTES,
        suggested_display_precision=0,
        value_fn=lambda h: h.snapshot.remaining_s,
    ),
    OdinSensorDescription(
        key="current_file",
        translation_key="current_file",
        value_fn=lambda h: h.snapshot.file_name or h.snapshot.job_name,
    ),
    OdinSensorDescription(
        key="current_layer",
        translation_key="current_layer",
        state_class=SensorStateClass.MEASUREMENT,
        value_fn=lambda h: h.snapshot.layer,
        attrs_fn=lambda s: {"total_layers": s.total_layers},
    ),
    OdinSensorDescription(
        key="nozzle_temperature",
        translation_key="nozzle_temperature",
        device_class=SensorDeviceClass.TEMPERATURE,
        native_unit_of_measurement=UnitOfTemperature.CELSIUS,
        state_class=SensorStateClass.MEASUREMENT,
        suggested_display_precision=0,
        value_fn=lambda h: h.snapshot.nozzle_temp,
        attrs_fn=lambda s: {"target": s.nozzle_target},
    ),
    OdinSensorDescription(
        key="bed_temperature",
        translation_key="bed_temperature",
        device_class=SensorDeviceClass.TEMPERATURE,
        native_unit_of_measurement=UnitOfTemperature.CELSIUS,
        state_class=SensorStateClass.MEASUREMENT,
        suggested_display_precision=0,
        value_fn=lambda h: h.snapshot.bed_temp,
        attrs_fn=lambda s: {"target": s.bed_target},
    ),
    OdinSensorDescription(
        key="error",
        translation_key="error",
        device_class=SensorDeviceClass.ENUM,
        options=ERROR_OPTIONS,
        value_fn=lambda h: _error_state(h.snapshot),
        attrs_fn=_error_attrs,
    ),
    OdinSensorDescription(
        key="reconnects",
        translation_key="reconnects",
        entity_category=EntityCategory.DIAGNOSTIC,
        entity_registry_enabled_default=False,
        state_class=SensorStateClass.TOTAL_INCREASING,
        value_fn=lambda h: h.reconnects,
        available_when_offline=True,
    ),
    OdinSensorDescription(
        key="last_message",
        translation_key="last_message",
        device_class=SensorDeviceClass.TIMESTAMP,
        entity_category=EntityCategory.DIAGNOSTIC,
        entity_registry_enabled_default=False,
        value_fn=_last_message,
        state_key_fn=lambda value: (
            int(value.timestamp() // 60) if isinstance(value, datetime) else None
        ),
        available_when_offline=True,
    ),
)


@callback
def _entities(hub: PrinterHub, entry: OdinConfigEntry) -> list[OdinSensor]:
    """The sensors of a printer."""
    return [OdinSensor(hub, d) for d in SENSORS]


@callback
def _farm_entities(entry: OdinConfigEntry) -> list[SensorEntity]:
    """The farm's own sensors."""
    return [SpoolsNeedingDryingSensor(entry.runtime_data, entry)]


async_setup_entry = printer_platform(_entities, farm_entities=_farm_entities)


class OdinSensor(OdinPrinterEntity, SensorEntity):
    """A printer sensor."""

    entity_description: OdinSensorDescription

    def __init__(self, hub: PrinterHub, description: OdinSensorDescription) -> None:
        """Initialize."""
        super().__init__(hub, description)
        self.available_when_offline = description.available_when_offline

    @property
    @override
    def native_value(self) -> StateType | datetime:
        """Current value."""
        return self.entity_description.value_fn(self.hub)

    @property
    @override
    def extra_state_attributes(self) -> dict[str, Any] | None:
        """Small attributes (target temperatures, layer count, error codes)."""
        return self.entity_description.attrs_fn(self.hub.snapshot)

    @override
    def state_key(self) -> Any:
        """State + attributes + availability."""
        attrs = self.extra_state_attributes
        return (
            self.available,
            self.entity_description.state_key_fn(self.native_value),
            tuple(sorted((k, str(v)) for k, v in attrs.items())) if attrs else None,
        )


MAX_LISTED: Final = 10  # spools named in the attributes (the count is the state)


class SpoolsNeedingDryingSensor(SensorEntity):
    """How many spools need drying (docs/definitions.md); the first few in the attributes."""

    _attr_has_entity_name = True
    _attr_should_poll = False
    _attr_translation_key = "spools_needing_drying"
    _attr_state_class = SensorStateClass.MEASUREMENT

    def __init__(self, runtime: FarmRuntime, entry: OdinConfigEntry) -> None:
        """Initialize."""
        self._runtime = runtime
        self._attr_unique_id = f"{entry.entry_id}_spools_needing_drying"
        self._attr_device_info = farm_device_info(entry)
        self._last: Any = None
        self._refresh()

    @override
    async def async_added_to_hass(self) -> None:
        """Follow the drying monitor."""
        await super().async_added_to_hass()
        self.async_on_remove(self._runtime.spools.add_drying_listener(self._drying_changed))

    def _refresh(self) -> bool:
        """Recompute; True when state or attributes changed."""
        needing = self._runtime.spools.spools_needing_drying()
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
