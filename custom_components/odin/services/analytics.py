"""Actions that return data: failure analytics, time accuracy and the audit log (admin).

Registered once in ``async_setup`` (quality rule ``action-setup``); each call finds the loaded
farm entry. Responses are the same JSON shapes as the websocket commands
(docs/websocket-api.md). Bad input raises a translated ``ServiceValidationError``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, Final

from homeassistant.core import (
    HomeAssistant,
    ServiceCall,
    ServiceResponse,
    SupportsResponse,
    callback,
)
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import config_validation as cv, device_registry as dr
from homeassistant.helpers.service import async_register_admin_service
import probatio

from ..const import DOMAIN, SUBENTRY_PRINTER
from ..data import OdinConfigEntry
from ..farm.accuracy import DEFAULT_RUN_LIMIT, MAX_RUN_LIMIT
from ..farm.analytics import Bucket
from ..farm.audit import DEFAULT_PAGE, MAX_API_PAGE, Origin
from ..helpers import (
    AnalyticsReport,
    async_analytics_report,
    async_audit_list,
    async_get_farm_entry,
    audit_filter_of,
)
from ..store.analytics import failure_analytics, time_accuracy
from .farm import ATTR_PRINTER, ATTR_TAG

SERVICE_GET_FAILURE_ANALYTICS: Final = "get_failure_analytics"
SERVICE_GET_TIME_ACCURACY: Final = "get_time_accuracy"
SERVICE_GET_AUDIT_LOG: Final = "get_audit_log"

ATTR_START: Final = "start"
ATTR_END: Final = "end"
ATTR_MODEL: Final = "model"
ATTR_MATERIAL: Final = "material"
ATTR_BUCKET: Final = "bucket"
ATTR_LIMIT: Final = "limit"
ATTR_BEFORE: Final = "before"
ATTR_USER_ID: Final = "user_id"
ATTR_ORIGIN: Final = "origin"
ATTR_ACTION: Final = "action"
ATTR_TARGET_TYPE: Final = "target_type"
ATTR_TARGET_ID: Final = "target_id"

_WINDOW: Final[dict[Any, Any]] = {
    probatio.Optional(ATTR_START): cv.datetime,
    probatio.Optional(ATTR_END): cv.datetime,
}
_ANALYTICS: Final[dict[Any, Any]] = {
    **_WINDOW,
    probatio.Optional(ATTR_PRINTER): cv.string,
    probatio.Optional(ATTR_TAG): cv.string,
    probatio.Optional(ATTR_MODEL): cv.string,
    probatio.Optional(ATTR_MATERIAL): cv.string,
}
FAILURE_ANALYTICS_SCHEMA: Final = probatio.Schema(
    {
        **_ANALYTICS,
        probatio.Optional(ATTR_BUCKET, default=str(Bucket.DAY)): probatio.In(
            [str(b) for b in Bucket]
        ),
    }
)
TIME_ACCURACY_SCHEMA: Final = probatio.Schema(
    {
        **_ANALYTICS,
        probatio.Optional(ATTR_LIMIT, default=DEFAULT_RUN_LIMIT): probatio.All(
            probatio.Coerce(int), probatio.Range(min=1, max=MAX_RUN_LIMIT)
        ),
    }
)
AUDIT_LOG_SCHEMA: Final = probatio.Schema(
    {
        **_WINDOW,
        probatio.Optional(ATTR_USER_ID): cv.string,
        probatio.Optional(ATTR_ORIGIN): probatio.In([str(o) for o in Origin]),
        probatio.Optional(ATTR_ACTION): cv.string,
        probatio.Optional(ATTR_TARGET_TYPE): cv.string,
        probatio.Optional(ATTR_TARGET_ID): cv.string,
        probatio.Optional(ATTR_LIMIT, default=DEFAULT_PAGE): probatio.All(
            probatio.Coerce(int), probatio.Range(min=1, max=MAX_API_PAGE)
        ),
        probatio.Optional(ATTR_BEFORE): cv.string,
    }
)


@callback
def _printer_id_of_device(hass: HomeAssistant, entry: OdinConfigEntry, device_id: str) -> str:
    """The printer (config subentry) id behind an O.D.I.N. printer device."""
    device = dr.async_get(hass).async_get(device_id)
    if device is not None:
        for subentry_id in device.config_entries_subentries.get(entry.entry_id, set()):
            subentry = entry.subentries.get(subentry_id) if subentry_id else None
            if subentry is not None and subentry.subentry_type == SUBENTRY_PRINTER:
                return subentry.subentry_id
    raise ServiceValidationError(
        translation_domain=DOMAIN,
        translation_key="unknown_printer",
        translation_placeholders={"printer": device_id},
    )


async def _async_analytics(
    hass: HomeAssistant, call: ServiceCall, report: Callable[..., AnalyticsReport], **options: Any
) -> ServiceResponse:
    entry = async_get_farm_entry(hass)
    printer_id = None
    if device_id := call.data.get(ATTR_PRINTER):
        printer_id = _printer_id_of_device(hass, entry, device_id)
    return await async_analytics_report(
        entry.runtime_data, call.data, printer_id, report, **options
    )


async def _async_get_failure_analytics(hass: HomeAssistant, call: ServiceCall) -> ServiceResponse:
    return await _async_analytics(
        hass, call, failure_analytics, bucket=Bucket(call.data[ATTR_BUCKET])
    )


async def _async_get_time_accuracy(hass: HomeAssistant, call: ServiceCall) -> ServiceResponse:
    return await _async_analytics(hass, call, time_accuracy, run_limit=call.data[ATTR_LIMIT])


async def _async_get_audit_log(hass: HomeAssistant, call: ServiceCall) -> ServiceResponse:
    entry = async_get_farm_entry(hass)
    data = call.data
    audit_filter = audit_filter_of(data)
    return await async_audit_list(
        entry.runtime_data, audit_filter, data.get(ATTR_BEFORE), data[ATTR_LIMIT]
    )


@callback
def async_setup_analytics_services(hass: HomeAssistant) -> None:
    """Register the data actions (analytics for everyone, the audit log for admins)."""
    for service, handler, schema in (
        (SERVICE_GET_FAILURE_ANALYTICS, _async_get_failure_analytics, FAILURE_ANALYTICS_SCHEMA),
        (SERVICE_GET_TIME_ACCURACY, _async_get_time_accuracy, TIME_ACCURACY_SCHEMA),
    ):
        hass.services.async_register(
            DOMAIN,
            service,
            partial(handler, hass),
            schema=schema,
            supports_response=SupportsResponse.ONLY,
        )
    async_register_admin_service(
        hass,
        DOMAIN,
        SERVICE_GET_AUDIT_LOG,
        partial(_async_get_audit_log, hass),
        schema=AUDIT_LOG_SCHEMA,
        supports_response=SupportsResponse.ONLY,
    )
