"""The websocket API, the HTTP views and the panel / card registration of the integration."""

from __future__ import annotations

from homeassistant.components.websocket_api import async_register_command
from homeassistant.core import HomeAssistant, callback

from . import analytics, dispatch, farm, printers, timelapse
from .analytics import AuditCsvView
from .panel import async_register_frontend, async_remove_card_resource, async_unregister_frontend
from .timelapse import TimelapseView
from .views import OdinFileUploadView

__all__ = [
    "async_register_api",
    "async_register_frontend",
    "async_remove_card_resource",
    "async_unregister_frontend",
]


@callback
def async_register_api(hass: HomeAssistant) -> None:
    """Register every ``odin/...`` websocket command and the HTTP views (once)."""
    for module in (analytics, printers, farm, dispatch, timelapse):
        for command in module.COMMANDS:
            async_register_command(hass, command)
    hass.http.register_view(AuditCsvView())
    hass.http.register_view(TimelapseView())
    hass.http.register_view(OdinFileUploadView())
