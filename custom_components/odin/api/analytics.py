"""Websocket commands of the analytics and audit pages, and the audit CSV view.

The contract (names and response shapes) is docs/websocket-api.md. Every database read goes
through ``Database.read`` (never on the loop); results are JSON-safe (ISO datetimes).
The parameter parsing they share with the actions is in ``helpers.py``.
"""

from __future__ import annotations

from datetime import datetime
from functools import partial
from http import HTTPStatus
import logging
from typing import Any, Final

from aiohttp import web
from homeassistant.components.http.decorators import require_admin
from homeassistant.components.websocket_api.connection import ActiveConnection
from homeassistant.components.websocket_api.decorators import (
    require_admin as ws_require_admin,
)
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.helpers.http import KEY_HASS, HomeAssistantView
from homeassistant.util import dt as dt_util
import probatio

from ..data import FarmRuntime
from ..farm.accuracy import DEFAULT_RUN_LIMIT, MAX_RUN_LIMIT
from ..farm.analytics import Bucket
from ..farm.audit import DEFAULT_PAGE, MAX_API_PAGE, csv_lines
from ..helpers import (
    ANALYTICS_FILTER_FIELDS,
    AUDIT_FILTER_FIELDS,
    async_analytics_report,
    async_audit_list,
    async_get_farm_entry,
    async_read,
    audit_filter_of,
)
from ..store.analytics import failure_analytics, time_accuracy
from ..store.audit import audit_filter_values, audit_item, audit_page
from .decorators import Msg, farm_command

_LOGGER = logging.getLogger(__name__)


AUDIT_CSV_URL: Final = "/api/odin/audit.csv"
CSV_BATCH: Final = 250
BUCKETS: Final = [str(bucket) for bucket in Bucket]

# ---------------------------------------------------------------------------- analytics

_ANALYTICS_FIELDS: Final[dict[Any, Any]] = {
    probatio.Optional(key): probatio.Any(str, None)
    for key in (*ANALYTICS_FILTER_FIELDS, "printer_id")
}


@farm_command(
    {
        probatio.Required("type"): "odin/analytics/failures",
        **_ANALYTICS_FIELDS,
        probatio.Optional("bucket", default=str(Bucket.DAY)): probatio.In(BUCKETS),
    }
)
async def ws_failures(connection: ActiveConnection, msg: Msg, runtime: FarmRuntime) -> None:
    """Failure analytics for the window and filters."""
    result = await async_analytics_report(
        runtime, msg, msg.get("printer_id"), failure_analytics, bucket=Bucket(msg["bucket"])
    )
    connection.send_result(msg["id"], result)


@farm_command(
    {
        probatio.Required("type"): "odin/analytics/time_accuracy",
        **_ANALYTICS_FIELDS,
        probatio.Optional("limit", default=DEFAULT_RUN_LIMIT): probatio.All(
            int, probatio.Range(min=1, max=MAX_RUN_LIMIT)
        ),
    }
)
async def ws_time_accuracy(connection: ActiveConnection, msg: Msg, runtime: FarmRuntime) -> None:
    """Estimated vs actual printing time for the window and filters."""
    result = await async_analytics_report(
        runtime, msg, msg.get("printer_id"), time_accuracy, run_limit=msg["limit"]
    )
    connection.send_result(msg["id"], result)


# ---------------------------------------------------------------------------- audit


@ws_require_admin
@farm_command(
    {
        probatio.Required("type"): "odin/audit/list",
        probatio.Optional("before"): probatio.Any(str, None),
        probatio.Optional("limit", default=DEFAULT_PAGE): probatio.All(
            int, probatio.Range(min=1, max=MAX_API_PAGE)
        ),
        **{probatio.Optional(key): probatio.Any(str, None) for key in AUDIT_FILTER_FIELDS},
    }
)
async def ws_audit_list(connection: ActiveConnection, msg: Msg, runtime: FarmRuntime) -> None:
    """One page of the audit log, newest first (admin only)."""
    audit_filter = audit_filter_of(msg)
    page = await async_audit_list(runtime, audit_filter, msg.get("before"), msg["limit"])
    connection.send_result(msg["id"], page)


@ws_require_admin
@farm_command({probatio.Required("type"): "odin/audit/filters"})
async def ws_audit_filters(connection: ActiveConnection, msg: Msg, runtime: FarmRuntime) -> None:
    """Distinct users, origins, actions and target types of the audit log (admin only)."""
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
            audit_filter = audit_filter_of(query)
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


COMMANDS: Final = (ws_failures, ws_time_accuracy, ws_audit_list, ws_audit_filters)
