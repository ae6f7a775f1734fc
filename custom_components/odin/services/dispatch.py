"""Auto-queue actions: ``dispatch_next`` and ``mark_plate_cleared``.

Printers are targeted like the other farm actions (device, entity, area, label, and/or
``tag``). ``dispatch_next`` runs the scheduler and the guardrails for each printer and sends
the next job (``dry_run``: report only; ``force``: ignore the auto-queue switch); its response
lists every printer's result (docs/auto-queue.md).
"""

from __future__ import annotations

from typing import Final

from homeassistant.core import (
    HomeAssistant,
    ServiceCall,
    ServiceResponse,
    SupportsResponse,
    callback,
)
from homeassistant.helpers import config_validation as cv
import probatio

from ..const import DOMAIN
from ..helpers import async_get_runtime
from .farm import ATTR_TAG, resolve_printers

SERVICE_DISPATCH_NEXT: Final = "dispatch_next"
SERVICE_MARK_PLATE_CLEARED: Final = "mark_plate_cleared"

DISPATCH_SCHEMA: Final = probatio.Schema(
    {
        **cv.ENTITY_SERVICE_FIELDS,
        probatio.Optional(ATTR_TAG): cv.string,
        probatio.Optional("dry_run", default=False): cv.boolean,
        probatio.Optional("force", default=False): cv.boolean,
    }
)
PLATE_SCHEMA: Final = probatio.Schema(
    {**cv.ENTITY_SERVICE_FIELDS, probatio.Optional(ATTR_TAG): cv.string}
)


async def _async_dispatch_next(hass: HomeAssistant, call: ServiceCall) -> ServiceResponse:
    runtime = async_get_runtime(hass)
    printer_ids = resolve_printers(hass, runtime, call.data)
    dispatcher = runtime.dispatcher
    result = await dispatcher.async_dispatch(
        printer_ids,
        context=call.context,
        dry_run=call.data["dry_run"],
        force=call.data["force"],
    )
    return result if call.return_response else None


async def _async_mark_plate_cleared(hass: HomeAssistant, call: ServiceCall) -> ServiceResponse:
    runtime = async_get_runtime(hass)
    printer_ids = resolve_printers(hass, runtime, call.data)
    dispatcher = runtime.dispatcher
    for printer_id in printer_ids:
        await dispatcher.async_mark_plate_cleared(printer_id, context=call.context)
    if not call.return_response:
        return None
    return {
        "printers": [{"printer_id": p, "name": runtime.tags.printer_name(p)} for p in printer_ids]
    }


@callback
def async_setup_dispatch_services(hass: HomeAssistant) -> None:
    """Register the auto-queue actions (responses optional)."""

    async def dispatch_next(call: ServiceCall) -> ServiceResponse:
        return await _async_dispatch_next(hass, call)

    async def mark_plate_cleared(call: ServiceCall) -> ServiceResponse:
        return await _async_mark_plate_cleared(hass, call)

    hass.services.async_register(
        DOMAIN,
        SERVICE_DISPATCH_NEXT,
        dispatch_next,
        schema=DISPATCH_SCHEMA,
        supports_response=SupportsResponse.OPTIONAL,
    )
    hass.services.async_register(
        DOMAIN,
        SERVICE_MARK_PLATE_CLEARED,
        mark_plate_cleared,
        schema=PLATE_SCHEMA,
        supports_response=SupportsResponse.OPTIONAL,
    )
