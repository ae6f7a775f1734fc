"""Per-printer camera entity, for printers that have a camera of their own.

* Klipper (Moonraker): the first enabled webcam with a snapshot URL (``server.webcams.list``).
* PrusaLink: ``/api/v1/cameras/snap`` when the printer reports an active camera.
* Bambu Lab: not provided yet (A1/P1 JPEG stream on TLS port 6000, X1/H2 RTSPS) — map an HA
  camera to the printer in its options instead (README, known limitations).

The camera is only known once the printer connected (webcams are listed on connect), so the
entity is added when the client first reports one. Snapshots only: still images are what the
timelapse and the dashboard need; HA serves an MJPEG stream made of them.
"""

from __future__ import annotations

import logging
from typing import Any, override

from homeassistant.components.camera import Camera
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.entity import EntityDescription
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .data import OdinConfigEntry
from .entity import OdinPrinterEntity
from .farm.timelapse import frame_ext
from .helpers import SIGNAL_PRINTER_ADDED
from .hub import PrinterHub
from .ops.timelapse import CAMERA_KEY
from .printers.model import PrinterClientError

_LOGGER = logging.getLogger(__name__)

PARALLEL_UPDATES = 0

CAMERA = EntityDescription(key=CAMERA_KEY, translation_key=CAMERA_KEY)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: OdinConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add a camera entity for each printer as soon as it reports a camera."""
    added: set[str] = set()
    watching: dict[str, Any] = {}

    @callback
    def _check(hub: PrinterHub) -> None:
        if hub.printer_id in added or not hub.has_camera:
            return
        added.add(hub.printer_id)
        async_add_entities([OdinPrinterCamera(hub)], config_subentry_id=hub.printer_id)
        remove = watching.pop(hub.printer_id, None)
        if remove is not None:
            remove()

    @callback
    def _watch(printer_id: str) -> None:
        hub = entry.runtime_data.printers.get(printer_id)
        if hub is None or printer_id in watching or printer_id in added:
            return
        watching[printer_id] = hub.add_listener(lambda: _check(hub))
        _check(hub)

    @callback
    def _unwatch_all() -> None:
        for remove in watching.values():
            try:
                remove()
            except ValueError:  # the hub dropped its listeners already
                continue
        watching.clear()

    for printer_id in list(entry.runtime_data.printers):
        _watch(printer_id)
    entry.async_on_unload(
        async_dispatcher_connect(hass, SIGNAL_PRINTER_ADDED.format(entry.entry_id), _watch)
    )
    entry.async_on_unload(_unwatch_all)


class OdinPrinterCamera(OdinPrinterEntity, Camera):
    """Still images from the printer's own camera."""

    def __init__(self, hub: PrinterHub) -> None:
        """Initialize."""
        OdinPrinterEntity.__init__(self, hub, CAMERA)
        Camera.__init__(self)

    @override
    async def async_camera_image(
        self, width: int | None = None, height: int | None = None
    ) -> bytes | None:
        """One snapshot from the printer (JPEG from Klipper webcams; PNG or JPEG from Prusa).

        None when there is no image (HA's camera API then reports it as unavailable).
        """
        try:
            image = await self.hub.async_camera_image()
        except PrinterClientError as err:
            _LOGGER.debug("%s: no camera image (%s)", self.hub.name, err)
            return None
        if image:
            ext = frame_ext(None, image)
            self.content_type = "image/png" if ext == "png" else "image/jpeg"
        return image
