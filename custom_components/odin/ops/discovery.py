"""Discovery glue: Bambu SSDP on UDP 2021 while the farm entry is loaded.

A new printer starts an integration-discovery flow (confirm + access code); a known printer
whose address changed gets its subentry updated (the hub then reconnects, and the change is
audited as a reconfiguration by the system).
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from homeassistant.config_entries import SOURCE_INTEGRATION_DISCOVERY
from homeassistant.const import CONF_HOST
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import discovery_flow

from ..brands import bambu_discovery_data
from ..const import DOMAIN
from ..printers.discovery import BAMBU_SSDP_PORT, BambuAnnouncement, BambuSsdpListener

if TYPE_CHECKING:
    from ..data import OdinConfigEntry

_LOGGER = logging.getLogger(__name__)

# A printer repeats its NOTIFY every few seconds: offer a flow at most this often per serial.
REDISCOVER_AFTER_S = 600.0
# Tests point the listener at a free port (0 turns the listener off).
SSDP_PORT = BAMBU_SSDP_PORT


class FarmDiscovery:
    """Owns the discovery listeners of the farm entry."""

    def __init__(self, hass: HomeAssistant, entry: OdinConfigEntry) -> None:
        """Initialize."""
        self._hass = hass
        self._entry = entry
        self._listener = BambuSsdpListener(self._bambu_found, port=SSDP_PORT)
        self._offered: dict[str, float] = {}

    async def async_start(self) -> None:
        """Start listening (failures to bind are logged, never fatal)."""
        if self._listener.port:
            await self._listener.async_start()

    @callback
    def stop(self) -> None:
        """Stop listening."""
        self._listener.stop()

    @callback
    def _bambu_found(self, found: BambuAnnouncement) -> None:
        entry = self._entry
        for subentry in entry.subentries.values():
            if subentry.unique_id == found.serial:
                if subentry.data.get(CONF_HOST) != found.host:
                    _LOGGER.info("Printer %s moved to %s", subentry.title, found.host)
                    self._hass.config_entries.async_update_subentry(
                        entry, subentry, data={**subentry.data, CONF_HOST: found.host}
                    )
                return
        now = time.monotonic()
        if now - self._offered.get(found.serial, -REDISCOVER_AFTER_S) < REDISCOVER_AFTER_S:
            return
        self._offered[found.serial] = now
        discovery_flow.async_create_flow(
            self._hass,
            DOMAIN,
            {"source": SOURCE_INTEGRATION_DISCOVERY},
            bambu_discovery_data(found),
        )
