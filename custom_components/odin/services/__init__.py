"""Every ``odin.*`` action, registered once in ``async_setup`` (independent of the farm entry).

``analytics`` (failure analytics, time accuracy, audit log), ``farm`` (tags, printer
commands, queue, presets, drying), ``dispatch`` (auto-queue) and ``timelapse`` (purge).
"""

from __future__ import annotations

from homeassistant.core import HomeAssistant, callback

from .analytics import async_setup_analytics_services
from .dispatch import async_setup_dispatch_services
from .farm import async_setup_farm_services
from .timelapse import async_setup_timelapse_services


@callback
def async_setup_services(hass: HomeAssistant) -> None:
    """Register every action of the integration."""
    async_setup_analytics_services(hass)
    async_setup_timelapse_services(hass)
    async_setup_farm_services(hass)
    async_setup_dispatch_services(hass)
