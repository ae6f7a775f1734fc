"""Timelapse API for the panel: websocket list/delete and the authenticated file view.

* ``odin/timelapses/list`` — newest first, keyset-paged, filter by printer or run; every item
  carries a media-source id and signed URLs of the video and its poster (docs/websocket-api.md).
* ``odin/timelapses/delete`` (admin) — directory and row, audited.
* ``GET /api/odin/timelapses/<id>/video.mp4`` and ``…/poster``: served only to authenticated
  users (bearer token or a signed path — the media source resolve and the list sign them).
  Files live under ``<config>/odin/timelapses``, never under ``www/``.
"""

from __future__ import annotations

from datetime import timedelta
from functools import partial
from http import HTTPStatus
from typing import Any, Final

from aiohttp import web
from homeassistant.components.http.auth import async_sign_path
from homeassistant.components.websocket_api.connection import ActiveConnection
from homeassistant.components.websocket_api.decorators import (
    require_admin as ws_require_admin,
)
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.helpers.http import KEY_HASS, HomeAssistantView
import probatio

from ..const import DOMAIN
from ..data import FarmRuntime
from ..farm.audit import encode_cursor
from ..farm.timelapse import VIDEO_NAME
from ..helpers import async_get_farm_entry, async_read, cursor_from
from ..ops.timelapse import poster_path, run_dir_of
from ..store.timelapses import TimelapseRecord, get_timelapse, timelapse_page
from .decorators import Msg, farm_command

TIMELAPSE_URL: Final = "/api/odin/timelapses/{timelapse_id}/{kind}"
VIDEO: Final = "video.mp4"
POSTER: Final = "poster"
SIGNED_URL_TTL: Final = timedelta(hours=24)
DEFAULT_PAGE: Final = 24
MAX_PAGE: Final = 100


def video_path(timelapse_id: int) -> str:
    """Relative URL of a timelapse video (needs auth or a signature)."""
    return f"/api/odin/timelapses/{timelapse_id}/{VIDEO}"


def poster_url_path(timelapse_id: int) -> str:
    """Relative URL of a timelapse poster image (needs auth or a signature)."""
    return f"/api/odin/timelapses/{timelapse_id}/{POSTER}"


def media_content_id(timelapse_id: int) -> str:
    """The media-source id that plays a timelapse."""
    return f"media-source://{DOMAIN}/timelapse/{timelapse_id}"


def timelapse_item(hass: HomeAssistant, record: TimelapseRecord) -> dict[str, Any]:
    """The Timelapse shape of docs/websocket-api.md (URLs signed for the caller)."""
    return {
        "id": record.id,
        "run_id": record.run_id,
        "printer_id": record.printer_id,
        "printer_name": record.printer_name,
        "job_name": record.job_name,
        "file_name": record.file_name,
        "outcome": record.outcome,
        "started_at": record.started_at.isoformat() if record.started_at else None,
        "ended_at": record.ended_at.isoformat() if record.ended_at else None,
        "created": record.created.isoformat(),
        "expires": record.expires.isoformat() if record.expires else None,
        "frames": record.frames,
        "fps": record.fps,
        "seconds": round(record.seconds, 3),
        "bytes": record.bytes,
        "media_content_id": media_content_id(record.id),
        "url": async_sign_path(hass, video_path(record.id), SIGNED_URL_TTL),
        "poster_url": async_sign_path(hass, poster_url_path(record.id), SIGNED_URL_TTL),
    }


@farm_command(
    {
        probatio.Required("type"): "odin/timelapses/list",
        probatio.Optional("printer_id"): probatio.Any(str, None),
        probatio.Optional("run_id"): probatio.Any(int, None),
        probatio.Optional("before"): probatio.Any(str, None),
        probatio.Optional("limit", default=DEFAULT_PAGE): probatio.All(
            int, probatio.Range(min=1, max=MAX_PAGE)
        ),
    }
)
async def ws_timelapses_list(connection: ActiveConnection, msg: Msg, runtime: FarmRuntime) -> None:
    """One page of timelapses, newest first."""
    items, cursor = await async_read(
        runtime,
        partial(
            timelapse_page,
            printer_id=msg.get("printer_id") or None,
            run_id=msg.get("run_id"),
            before=cursor_from(msg.get("before")),
            limit=msg["limit"],
        ),
    )
    manager = runtime.timelapse
    connection.send_result(
        msg["id"],
        {
            "items": [timelapse_item(runtime.hass, record) for record in items],
            "next": encode_cursor(cursor) if cursor is not None else None,
            "recording": sorted(
                pid for pid in runtime.printers if manager is not None and manager.recording(pid)
            ),
        },
    )


@ws_require_admin
@farm_command(
    {
        probatio.Required("type"): "odin/timelapses/delete",
        probatio.Required("timelapse_id"): int,
    }
)
async def ws_timelapses_delete(
    connection: ActiveConnection, msg: Msg, runtime: FarmRuntime
) -> None:
    """Delete one timelapse (video, poster and row), audited (admin only)."""
    manager = runtime.timelapse
    if not await manager.async_delete(msg["timelapse_id"], context=connection.context(msg)):
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="unknown_timelapse",
            translation_placeholders={"timelapse_id": str(msg["timelapse_id"])},
        )
    connection.send_result(msg["id"], {"deleted": True})


class TimelapseView(HomeAssistantView):
    """``GET /api/odin/timelapses/<id>/video.mp4`` and ``…/poster`` (authenticated only)."""

    url = TIMELAPSE_URL
    name = "api:odin:timelapse"
    requires_auth = True

    async def get(self, request: web.Request, timelapse_id: str, kind: str) -> web.StreamResponse:
        """Serve the file (range requests included: phones seek in videos)."""
        if not timelapse_id.isdigit() or kind not in (VIDEO, POSTER):
            return self.json_message("Not found", HTTPStatus.NOT_FOUND)
        hass = request.app[KEY_HASS]
        try:
            runtime = async_get_farm_entry(hass).runtime_data
            manager = runtime.timelapse
            record = await async_read(
                runtime, partial(get_timelapse, timelapse_id=int(timelapse_id))
            )
        except HomeAssistantError as err:
            return self.json_message(str(err), HTTPStatus.SERVICE_UNAVAILABLE)
        directory = run_dir_of(manager.root, record) if record is not None else None
        if directory is None:
            return self.json_message("Not found", HTTPStatus.NOT_FOUND)
        if kind == VIDEO:
            path = directory / VIDEO_NAME
            content_type = "video/mp4"
        else:
            found = await hass.async_add_executor_job(poster_path, directory)
            if found is None:
                return self.json_message("Not found", HTTPStatus.NOT_FOUND)
            path = found
            content_type = "image/png" if path.suffix == ".png" else "image/jpeg"
        return web.FileResponse(
            path,
            headers={"Content-Type": content_type, "Cache-Control": "private, max-age=86400"},
        )


COMMANDS: Final = (ws_timelapses_list, ws_timelapses_delete)
