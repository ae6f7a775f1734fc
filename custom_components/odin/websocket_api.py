"""Websocket commands and the audit CSV view: the panel's and cards' read API.

The contract (names and response shapes) is docs/websocket-api.md. Every database read goes
through ``Database.read`` (never on the loop); results are JSON-safe (ISO datetimes).
Helpers here (runtime lookup, parameter parsing) are shared with ``services.py``.
"""

from __future__ import annotations

from collections.abc import Callable
import contextlib
from datetime import datetime
from functools import partial
from http import HTTPStatus
import logging
from typing import Any, Final

from aiohttp import web
from homeassistant.components.http.decorators import require_admin
from homeassistant.components.websocket_api import async_register_command
from homeassistant.components.websocket_api.connection import ActiveConnection
from homeassistant.components.websocket_api.decorators import (
    async_response,
    require_admin as ws_require_admin,
    websocket_command,
)
from homeassistant.config_entries import (
    SIGNAL_CONFIG_ENTRY_CHANGED,
    ConfigEntry,
    ConfigEntryChange,
    ConfigEntryState,
)
from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.http import KEY_HASS, HomeAssistantView
from homeassistant.util import dt as dt_util
import probatio
from sqlalchemy import Connection, select

from .const import CONF_MODEL, DOMAIN, SUBENTRY_PRINTER
from .farm.accuracy import DEFAULT_RUN_LIMIT, MAX_RUN_LIMIT
from .farm.analytics import DEFAULT_WINDOW, AnalyticsQuery, Bucket
from .farm.audit import (
    DEFAULT_PAGE,
    MAX_API_PAGE,
    AuditFilter,
    Origin,
    csv_lines,
    decode_cursor,
    encode_cursor,
)
from .hub import PrinterHub
from .platform import SIGNAL_PRINTER_ADDED
from .runtime import FarmRuntime, OdinConfigEntry
from .store.analytics import failure_analytics, time_accuracy
from .store.audit import audit_filter_values, audit_item, audit_page
from .store.db import DatabaseError
from .store.schema import printers
from .store.tags import tag_exists, tags_for_printers

_LOGGER = logging.getLogger(__name__)

AUDIT_CSV_URL: Final = "/api/odin/audit.csv"
# Dispatched by the tag actions/commands: (printer_id, tags); format with the farm entry id.
SIGNAL_TAGS_CHANGED: Final = f"{DOMAIN}_tags_changed_{{}}"
CSV_BATCH: Final = 250
ORIGINS: Final = [str(origin) for origin in Origin]
BUCKETS: Final = [str(bucket) for bucket in Bucket]

# ---------------------------------------------------------------------------- shared helpers


@callback
def async_get_farm_entry(hass: HomeAssistant) -> OdinConfigEntry:
    """The loaded farm entry, or a translated error when the farm is not loaded."""
    entries: list[OdinConfigEntry] = hass.config_entries.async_loaded_entries(DOMAIN)
    if not entries:
        raise HomeAssistantError(translation_domain=DOMAIN, translation_key="not_loaded")
    return entries[0]


async def async_read[T](runtime: FarmRuntime, fn: Callable[[Connection], T]) -> T:
    """``runtime.db.read(fn)`` with database errors as a translated HomeAssistantError."""
    try:
        return await runtime.db.read(fn)
    except DatabaseError as err:
        _LOGGER.warning("Farm database query failed: %s", err)
        raise HomeAssistantError(
            translation_domain=DOMAIN,
            translation_key="query_failed",
            translation_placeholders={"error": str(err)},
        ) from err


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


def printer_state(hub: PrinterHub, tags: list[str]) -> dict[str, Any]:
    """The live Printer shape of docs/websocket-api.md."""
    snapshot = hub.snapshot
    error = snapshot.primary_error
    info = hub.info
    return {
        "printer_id": hub.printer_id,
        "name": hub.name,
        "brand": hub.brand.key,
        "model": info.model if info and info.model else hub.subentry.data.get(CONF_MODEL),
        "status": str(snapshot.status),
        "online": snapshot.online,
        "progress": snapshot.progress,
        "remaining_s": snapshot.remaining_s,
        "file_name": snapshot.file_name,
        "job_name": snapshot.job_name,
        "layer": snapshot.layer,
        "total_layers": snapshot.total_layers,
        "nozzle_temp": snapshot.nozzle_temp,
        "bed_temp": snapshot.bed_temp,
        "error": (None if error is None else {"code": error.code, "severity": str(error.severity)}),
        "tags": list(tags),
    }


# ---------------------------------------------------------------------------- analytics

_ANALYTICS_FIELDS: Final[dict[Any, Any]] = {
    probatio.Optional("start"): probatio.Any(str, None),
    probatio.Optional("end"): probatio.Any(str, None),
    probatio.Optional("printer_id"): probatio.Any(str, None),
    probatio.Optional("tag"): probatio.Any(str, None),
    probatio.Optional("model"): probatio.Any(str, None),
    probatio.Optional("material"): probatio.Any(str, None),
}


async def _ws_query(hass: HomeAssistant, msg: dict[str, Any]) -> tuple[FarmRuntime, AnalyticsQuery]:
    runtime = async_get_farm_entry(hass).runtime_data
    query = await async_analytics_query(
        runtime,
        start=msg.get("start"),
        end=msg.get("end"),
        printer_id=msg.get("printer_id"),
        tag=msg.get("tag"),
        model=msg.get("model"),
        material=msg.get("material"),
    )
    return runtime, query


@websocket_command(
    {
        probatio.Required("type"): "odin/analytics/failures",
        **_ANALYTICS_FIELDS,
        probatio.Optional("bucket", default=str(Bucket.DAY)): probatio.In(BUCKETS),
    }
)
@async_response
async def ws_failures(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """Failure analytics for the window and filters."""
    runtime, query = await _ws_query(hass, msg)
    result = await async_read(
        runtime, partial(failure_analytics, query=query, bucket=Bucket(msg["bucket"]))
    )
    connection.send_result(msg["id"], result.as_dict())


@websocket_command(
    {
        probatio.Required("type"): "odin/analytics/time_accuracy",
        **_ANALYTICS_FIELDS,
        probatio.Optional("limit", default=DEFAULT_RUN_LIMIT): probatio.All(
            int, probatio.Range(min=1, max=MAX_RUN_LIMIT)
        ),
    }
)
@async_response
async def ws_time_accuracy(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """Estimated vs actual printing time for the window and filters."""
    runtime, query = await _ws_query(hass, msg)
    result = await async_read(runtime, partial(time_accuracy, query=query, run_limit=msg["limit"]))
    connection.send_result(msg["id"], result.as_dict())


# ---------------------------------------------------------------------------- audit


@ws_require_admin
@websocket_command(
    {
        probatio.Required("type"): "odin/audit/list",
        probatio.Optional("before"): probatio.Any(str, None),
        probatio.Optional("limit", default=DEFAULT_PAGE): probatio.All(
            int, probatio.Range(min=1, max=MAX_API_PAGE)
        ),
        probatio.Optional("start"): probatio.Any(str, None),
        probatio.Optional("end"): probatio.Any(str, None),
        probatio.Optional("user_id"): probatio.Any(str, None),
        probatio.Optional("origin"): probatio.Any(str, None),
        probatio.Optional("action"): probatio.Any(str, None),
        probatio.Optional("target_type"): probatio.Any(str, None),
        probatio.Optional("target_id"): probatio.Any(str, None),
    }
)
@async_response
async def ws_audit_list(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """One page of the audit log, newest first (admin only)."""
    runtime = async_get_farm_entry(hass).runtime_data
    audit_filter = audit_filter_from(
        start=msg.get("start"),
        end=msg.get("end"),
        user_id=msg.get("user_id"),
        origin=msg.get("origin"),
        action=msg.get("action"),
        target_type=msg.get("target_type"),
        target_id=msg.get("target_id"),
    )
    page = await async_audit_list(runtime, audit_filter, msg.get("before"), msg["limit"])
    connection.send_result(msg["id"], page)


@ws_require_admin
@websocket_command({probatio.Required("type"): "odin/audit/filters"})
@async_response
async def ws_audit_filters(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """Distinct users, origins, actions and target types of the audit log (admin only)."""
    runtime = async_get_farm_entry(hass).runtime_data
    connection.send_result(msg["id"], await async_read(runtime, audit_filter_values))


class AuditCsvView(HomeAssistantView):
    """``GET /api/odin/audit.csv``: the filtered audit log as CSV, streamed in batches."""

    url = AUDIT_CSV_URL
    name = "api:odin:audit_csv"
    requires_auth = True

    @require_admin
    async def get(self, request: web.Request) -> web.StreamResponse:
        """Stream the rows matching the query-string filters (admin only)."""
        hass = request.app[KEY_HASS]
        try:
            runtime = async_get_farm_entry(hass).runtime_data
        except HomeAssistantError as err:
            return self.json_message(str(err), HTTPStatus.SERVICE_UNAVAILABLE)
        query = request.query
        try:
            audit_filter = audit_filter_from(
                **{
                    key: query.get(key)
                    for key in (
                        "start",
                        "end",
                        "user_id",
                        "origin",
                        "action",
                        "target_type",
                        "target_id",
                    )
                }
            )
        except ServiceValidationError as err:
            return self.json_message(str(err), HTTPStatus.BAD_REQUEST)
        stamp = dt_util.utcnow().strftime("%Y%m%dT%H%M%SZ")
        response = web.StreamResponse(
            headers={
                "Content-Type": "text/csv; charset=utf-8",
                "Content-Disposition": f'attachment; filename="odin-audit-{stamp}.csv"',
                "Cache-Control": "no-store",
            }
        )
        await response.prepare(request)
        await response.write(csv_lines((), header=True).encode())
        before: tuple[datetime, int] | None = None
        while True:
            page = await runtime.db.read(
                partial(audit_page, audit_filter=audit_filter, before=before, limit=CSV_BATCH)
            )
            if page.items:
                await response.write(
                    csv_lines(audit_item(record) for record in page.items).encode()
                )
            if page.next is None:
                break
            before = page.next
        await response.write_eof()
        return response


# ---------------------------------------------------------------------------- printers


@websocket_command({probatio.Required("type"): "odin/printers/list"})
@async_response
async def ws_printers_list(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """Live state of every printer of the farm."""
    runtime = async_get_farm_entry(hass).runtime_data
    tags = await async_read(runtime, tags_for_printers)
    connection.send_result(
        msg["id"],
        {
            "printers": [
                printer_state(hub, tags.get(hub.printer_id, []))
                for hub in list(runtime.printers.values())
            ]
        },
    )


def _printer_ids(entry: ConfigEntry[Any]) -> set[str]:
    return {s.subentry_id for s in entry.subentries.values() if s.subentry_type == SUBENTRY_PRINTER}


@websocket_command({probatio.Required("type"): "odin/printers/subscribe"})
@async_response
async def ws_printers_subscribe(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """The full fleet once, then one event per changed / added / removed printer.

    After the farm entry reloads (new hubs), the fleet is sent in full again.
    """
    entry = async_get_farm_entry(hass)
    tags = await async_read(entry.runtime_data, tags_for_printers)
    msg_id: int = msg["id"]
    current: list[FarmRuntime] = [entry.runtime_data]
    removers: dict[str, CALLBACK_TYPE] = {}
    last: dict[str, dict[str, Any]] = {}

    @callback
    def send_update(hub: PrinterHub) -> None:
        state = printer_state(hub, tags.get(hub.printer_id, []))
        if last.get(hub.printer_id) == state:
            return  # a snapshot change in a field the fleet view does not show
        last[hub.printer_id] = state
        connection.send_event(msg_id, {"type": "update", "printer": state})

    @callback
    def attach(hub: PrinterHub) -> None:
        removers[hub.printer_id] = hub.add_listener(partial(send_update, hub))

    @callback
    def detach(printer_id: str) -> None:
        remover = removers.pop(printer_id, None)
        last.pop(printer_id, None)
        if remover is not None:
            with contextlib.suppress(ValueError):  # the hub dropped its listeners already
                remover()

    @callback
    def send_full() -> None:
        hubs = list(current[0].printers.values())
        for hub in hubs:
            attach(hub)
        full = [printer_state(hub, tags.get(hub.printer_id, [])) for hub in hubs]
        last.update({state["printer_id"]: state for state in full})
        connection.send_event(msg_id, {"type": "full", "printers": full})

    @callback
    def on_added(printer_id: str) -> None:
        hub = current[0].printers.get(printer_id)
        if hub is None or printer_id in removers:
            return
        attach(hub)
        send_update(hub)

    @callback
    def on_entry_changed(change: ConfigEntryChange, changed: ConfigEntry[Any]) -> None:
        if changed.entry_id != entry.entry_id or change is not ConfigEntryChange.UPDATED:
            return
        if changed.state is ConfigEntryState.LOADED and changed.runtime_data is not current[0]:
            for printer_id in list(removers):  # reloaded: new hubs
                detach(printer_id)
            current[0] = changed.runtime_data
            send_full()
            return
        printer_ids = _printer_ids(changed)
        for printer_id in [pid for pid in removers if pid not in printer_ids]:
            detach(printer_id)
            connection.send_event(msg_id, {"type": "removed", "printer_id": printer_id})

    @callback
    def on_tags(printer_id: str, new_tags: list[str]) -> None:
        tags[printer_id] = list(new_tags)
        hub = current[0].printers.get(printer_id)
        if hub is not None and printer_id in removers:
            send_update(hub)

    unsubs = [
        async_dispatcher_connect(hass, SIGNAL_PRINTER_ADDED.format(entry.entry_id), on_added),
        async_dispatcher_connect(hass, SIGNAL_CONFIG_ENTRY_CHANGED, on_entry_changed),
        async_dispatcher_connect(hass, SIGNAL_TAGS_CHANGED.format(entry.entry_id), on_tags),
    ]

    @callback
    def unsubscribe() -> None:
        while unsubs:
            unsubs.pop()()
        for printer_id in list(removers):
            detach(printer_id)

    connection.subscriptions[msg_id] = unsubscribe
    connection.send_result(msg_id)
    send_full()


# ---------------------------------------------------------------------------- registration

_COMMANDS: Final = (
    ws_failures,
    ws_time_accuracy,
    ws_audit_list,
    ws_audit_filters,
    ws_printers_list,
    ws_printers_subscribe,
)


@callback
def async_register_websocket_commands(hass: HomeAssistant) -> None:
    """Register the ``odin/...`` websocket commands and the audit CSV view (once)."""
    for command in _COMMANDS:
        async_register_command(hass, command)
    hass.http.register_view(AuditCsvView())
