"""Printer connectivity."""

from __future__ import annotations

from typing import Any, override

from homeassistant.components.binary_sensor import (
    BinarySensorEntity,
    BinarySensorEntityDescription,
)
from homeassistant.components.binary_sensor.const import BinarySensorDeviceClass
from homeassistant.const import EntityCategory
from homeassistant.core import callback

from .data import OdinConfigEntry
from .entity import OdinPrinterEntity, printer_platform
from .hub import PrinterHub

PARALLEL_UPDATES = 0

ONLINE = BinarySensorEntityDescription(
    key="online",
    translation_key="online",
    device_class=BinarySensorDeviceClass.CONNECTIVITY,
    entity_category=EntityCategory.DIAGNOSTIC,
)


@callback
def _entities(hub: PrinterHub, entry: OdinConfigEntry) -> list[OdinOnlineSensor]:
    """The online sensor of a printer."""
    return [OdinOnlineSensor(hub, ONLINE)]


async_setup_entry = printer_platform(_entities)


class OdinOnlineSensor(OdinPrinterEntity, BinarySensorEntity):
    """On while the printer is connected and reporting."""

    available_when_offline = True

    @property
    @override
    def is_on(self) -> bool:
        """Online."""
        return self.hub.snapshot.online

    @override
    def state_key(self) -> Any:
        """Online flag."""
        return self.is_on
