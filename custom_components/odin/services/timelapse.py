"""The ``purge_timelapses`` action (admin).

``odin.purge_timelapses`` deletes timelapses older than ``older_than_days`` (default: the
farm's retention option) — video, poster and database row together — and audits every
deletion. It returns ``{"older_than_days", "deleted", "frames_deleted", "bytes"}`` when asked.
"""

from __future__ import annotations

from functools import partial
from typing import Final

from homeassistant.core import (
    HomeAssistant,
    ServiceCall,
    ServiceResponse,
    SupportsResponse,
    callback,
)
from homeassistant.helpers.service import async_register_admin_service
import probatio

from ..const import DOMAIN
from ..farm.timelapse import RETENTION_RANGE
from ..helpers import async_get_runtime

SERVICE_PURGE_TIMELAPSES: Final = "purge_timelapses"
ATTR_OLDER_THAN_DAYS: Final = "older_than_days"

PURGE_SCHEMA: Final = probatio.Schema(
    {
        probatio.Optional(ATTR_OLDER_THAN_DAYS): probatio.All(
            probatio.Coerce(int), probatio.Range(min=RETENTION_RANGE[0], max=RETENTION_RANGE[1])
        ),
    }
)


async def _async_purge(hass: HomeAssistant, call: ServiceCall) -> ServiceResponse:
    runtime = async_get_runtime(hass)
    result = await runtime.timelapse.async_purge(
        call.data.get(ATTR_OLDER_THAN_DAYS), context=call.context, reason="purge"
    )
    return result if call.return_response else None


@callback
def async_setup_timelapse_services(hass: HomeAssistant) -> None:
    """Register ``odin.purge_timelapses`` (admin)."""
    async_register_admin_service(
        hass,
        DOMAIN,
        SERVICE_PURGE_TIMELAPSES,
        partial(_async_purge, hass),
        schema=PURGE_SCHEMA,
        supports_response=SupportsResponse.OPTIONAL,
    )
