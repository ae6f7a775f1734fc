"""What the glue shares: the loaded farm, translated errors, parameter parsing, signals.

Used by the websocket API (``api/``), the actions (``services/``), the feature services
(``ops/``) and the platforms. Nothing here keeps state.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
import contextlib
from datetime import datetime
from functools import partial
import logging
from typing import TYPE_CHECKING, Any, Final, Protocol

from homeassistant.core import HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.helpers import device_registry as dr
from homeassistant.util import dt as dt_util
from sqlalchemy import Connection, select

from .const import DOMAIN, NAME
from .farm.analytics import DEFAULT_WINDOW, AnalyticsQuery
from .farm.audit import Actor, AuditFilter, Origin, decode_cursor, encode_cursor
from .farm.errors import InvalidInput
from .store.audit import audit_item, audit_page
from .store.db import DatabaseError
from .store.schema import printers
from .store.tags import tag_exists

if TYPE_CHECKING:
    from .data import FarmRuntime, OdinConfigEntry

_LOGGER = logging.getLogger(__name__)

# Dispatched when a printer subentry was added at runtime: (printer_id); format: entry id.
SIGNAL_PRINTER_ADDED: Final = f"{DOMAIN}_printer_added_{{}}"
# Dispatched by the tag actions/commands: (printer_id, tags); format with the farm entry id.
SIGNAL_TAGS_CHANGED: Final = f"{DOMAIN}_tags_changed_{{}}"
ORIGINS: Final = [str(origin) for origin in Origin]


# ---------------------------------------------------------------------------- farm lookup


@callback
def async_get_farm_entry(hass: HomeAssistant) -> OdinConfigEntry:
    """The loaded farm entry, or a translated error when the farm is not loaded."""
    entries: list[OdinConfigEntry] = hass.config_entries.async_loaded_entries(DOMAIN)
    if not entries:
        raise HomeAssistantError(translation_domain=DOMAIN, translation_key="not_loaded")
    return entries[0]


@callback
def async_get_runtime(hass: HomeAssistant) -> FarmRuntime:
    """The loaded farm's runtime (every service), or the translated ``not_loaded`` error."""
    return async_get_farm_entry(hass).runtime_data


async def async_read[T](runtime: FarmRuntime, fn: Callable[[Connection], T]) -> T:
    """``runtime.db.read(fn)`` with database errors as a translated HomeAssistantError."""
    with database_errors("query"):
        return await runtime.db.read(fn)


def parse_when(value: datetime | str | None, field: str) -> datetime | None:
    """An aware UTC datetime from an ISO string or datetime; naive = HA's time zone."""
    if value is None or value == "":
        return None
    parsed = value if isinstance(value, datetime) else dt_util.parse_datetime(str(value))
    if parsed is None:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="invalid_datetime",
            translation_placeholders={"field": field, "value": str(value)},
        )
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        parsed = parsed.replace(tzinfo=dt_util.get_default_time_zone())
    return dt_util.as_utc(parsed)


def _end_before_start(start: datetime, end: datetime) -> ServiceValidationError:
    return ServiceValidationError(
        translation_domain=DOMAIN,
        translation_key="end_before_start",
        translation_placeholders={"start": start.isoformat(), "end": end.isoformat()},
    )


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    text = value.strip()
    return text or None


async def async_analytics_query(
    runtime: FarmRuntime,
    *,
    start: datetime | str | None = None,
    end: datetime | str | None = None,
    printer_id: str | None = None,
    tag: str | None = None,
    model: str | None = None,
    material: str | None = None,
) -> AnalyticsQuery:
    """Validate the common analytics parameters (default window: the last 30 days).

    Raises translated ``ServiceValidationError``: bad datetime, end not after start, unknown
    printer (not in the farm database), unknown tag (no printer carries it).
    """
    end_at = parse_when(end, "end") or dt_util.utcnow()
    start_at = parse_when(start, "start") or end_at - DEFAULT_WINDOW
    if end_at <= start_at:
        raise _end_before_start(start_at, end_at)
    printer_id, tag = _clean(printer_id), _clean(tag)

    def check(conn: Connection) -> tuple[bool, bool]:
        printer_ok = printer_id is None or (
            conn.execute(select(printers.c.id).where(printers.c.id == printer_id)).first()
            is not None
        )
        tag_ok = tag is None or tag_exists(conn, tag)
        return printer_ok, tag_ok

    printer_ok, tag_ok = await async_read(runtime, check)
    if not printer_ok:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="unknown_printer",
            translation_placeholders={"printer": str(printer_id)},
        )
    if not tag_ok:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="unknown_tag",
            translation_placeholders={"tag": str(tag)},
        )
    return AnalyticsQuery(
        start=start_at,
        end=end_at,
        time_zone=dt_util.get_default_time_zone(),
        printer_id=printer_id,
        tag=tag,
        model=_clean(model),
        material=_clean(material),
    )


# The analytics filters a caller gives by name (the printer is resolved by each caller).
ANALYTICS_FILTER_FIELDS: Final = ("start", "end", "tag", "model", "material")
AUDIT_FILTER_FIELDS: Final = (
    "start",
    "end",
    "user_id",
    "origin",
    "action",
    "target_type",
    "target_id",
)


class AnalyticsReport(Protocol):
    """A result of the analytics readers: it has a JSON shape."""

    def as_dict(self) -> dict[str, Any]:
        """JSON shape."""


async def async_analytics_report(
    runtime: FarmRuntime,
    data: Mapping[str, Any],
    printer_id: str | None,
    report: Callable[..., AnalyticsReport],
    **options: Any,
) -> dict[str, Any]:
    """The JSON shape of ``report(conn, query=…, **options)`` (``failure_analytics``,
    ``time_accuracy``) for the filters of a message or action call (absent fields: none) and
    the caller's printer."""
    fields = {key: data.get(key) for key in ANALYTICS_FILTER_FIELDS}
    query = await async_analytics_query(runtime, printer_id=printer_id, **fields)
    result = await async_read(runtime, partial(report, query=query, **options))
    return result.as_dict()


def audit_filter_of(data: Mapping[str, Any]) -> AuditFilter:
    """:func:`audit_filter_from` with the filters of a message, action call or query string
    (absent fields: none)."""
    return audit_filter_from(**{key: data.get(key) for key in AUDIT_FILTER_FIELDS})


def audit_filter_from(
    *,
    start: datetime | str | None = None,
    end: datetime | str | None = None,
    user_id: str | None = None,
    origin: str | None = None,
    action: str | None = None,
    target_type: str | None = None,
    target_id: str | None = None,
) -> AuditFilter:
    """Validate the audit filters (translated ``ServiceValidationError`` on bad input)."""
    since = parse_when(start, "start")
    until = parse_when(end, "end")
    if since is not None and until is not None and until <= since:
        raise _end_before_start(since, until)
    origin = _clean(origin)
    if origin is not None and origin not in ORIGINS:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="invalid_origin",
            translation_placeholders={"origin": origin, "origins": ", ".join(ORIGINS)},
        )
    return AuditFilter(
        since=since,
        until=until,
        user_id=_clean(user_id),
        origin=origin,
        action=_clean(action),
        target_type=_clean(target_type),
        target_id=_clean(target_id),
    )


def cursor_from(value: str | None) -> tuple[datetime, int] | None:
    """Decode a page cursor (translated ``ServiceValidationError`` when malformed)."""
    if not value:
        return None
    try:
        return decode_cursor(value)
    except ValueError as err:
        raise ServiceValidationError(
            translation_domain=DOMAIN, translation_key="invalid_cursor"
        ) from err


async def async_audit_list(
    runtime: FarmRuntime, audit_filter: AuditFilter, before: str | None, limit: int
) -> dict[str, Any]:
    """``{"items", "next"}`` for ``odin/audit/list`` and ``odin.get_audit_log``."""
    cursor = cursor_from(before)
    page = await async_read(
        runtime,
        partial(audit_page, audit_filter=audit_filter, before=cursor, limit=limit),
    )
    return {
        "items": [audit_item(record) for record in page.items],
        "next": encode_cursor(page.next) if page.next is not None else None,
    }


# ---------------------------------------------------------------------------- errors


@contextlib.contextmanager
def translated() -> Iterator[None]:
    """Turn the pure code's :class:`InvalidInput` into a translated ServiceValidationError."""
    try:
        yield
    except InvalidInput as err:
        raise invalid(err) from err


@contextlib.contextmanager
def database_errors(what: str = "operation") -> Iterator[None]:
    """Database failures as the translated ``query_failed`` error (logged as a failed
    ``what``)."""
    try:
        yield
    except DatabaseError as err:
        _LOGGER.warning("Farm database %s failed: %s", what, err)
        raise HomeAssistantError(
            translation_domain=DOMAIN,
            translation_key="query_failed",
            translation_placeholders={"error": str(err)},
        ) from err


def invalid(err: InvalidInput) -> ServiceValidationError:
    """The translated ServiceValidationError for an :class:`InvalidInput`."""
    return ServiceValidationError(
        translation_domain=DOMAIN,
        translation_key=err.key,
        translation_placeholders=dict(err.placeholders),
    )


# ---------------------------------------------------------------------------- labels, devices


def actor_label(actor: Actor) -> str:
    """Who, in a few words: the user's name, else the automation/script, else the origin."""
    return actor.user_name or actor.origin_ref or str(actor.origin)


@callback
def farm_device_info(entry: OdinConfigEntry) -> dr.DeviceInfo:
    """The farm device that carries the farm-wide entities (queue, drying sensor)."""
    return dr.DeviceInfo(
        identifiers={(DOMAIN, entry.entry_id)},
        name=NAME,
        manufacturer="O.D.I.N.",
        model="Print farm",
        entry_type=dr.DeviceEntryType.SERVICE,
    )
