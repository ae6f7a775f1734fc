"""Websocket commands of the auto-queue: stored files, dispatch and its live progress.

``odin/files/list`` / ``odin/files/get`` (any user), ``odin/files/register`` /
``odin/files/delete`` (admin), ``odin/dispatch/next`` (admin; the ``dispatch_next`` action for
one printer or a tag) and ``odin/dispatch/subscribe`` (upload progress events). Shapes:
docs/auto-queue.md.
"""

from __future__ import annotations

from typing import Any

from homeassistant.components.websocket_api import async_register_command
from homeassistant.components.websocket_api.connection import ActiveConnection
from homeassistant.components.websocket_api.decorators import (
    async_response,
    require_admin,
    websocket_command,
)
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.dispatcher import async_dispatcher_connect
import probatio

from .dispatch import SIGNAL_DISPATCH_PROGRESS, async_get_dispatcher


@websocket_command({probatio.Required("type"): "odin/files/list"})
@async_response
async def ws_files_list(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """Every stored file, newest first (without the full metadata)."""
    dispatcher = await async_get_dispatcher(hass)
    files = sorted(dispatcher.files.values(), key=lambda f: f.created_at, reverse=True)
    connection.send_result(msg["id"], {"files": [f.as_dict(metadata=False) for f in files]})


@websocket_command({probatio.Required("type"): "odin/files/get", probatio.Required("hash"): str})
@async_response
async def ws_files_get(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """One file with its metadata."""
    dispatcher = await async_get_dispatcher(hass)
    record = await dispatcher.async_get_file(msg["hash"])
    connection.send_result(msg["id"], {"file": record.as_dict()})


@require_admin
@websocket_command(
    {probatio.Required("type"): "odin/files/register", probatio.Required("name"): str}
)
@async_response
async def ws_files_register(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """Store a file already in ``<config>/odin/files`` (plain name, no folders)."""
    dispatcher = await async_get_dispatcher(hass)
    record, created = await dispatcher.async_register_file(
        msg["name"], context=connection.context(msg)
    )
    connection.send_result(msg["id"], {"file": record.as_dict(), "created": created})


@require_admin
@websocket_command({probatio.Required("type"): "odin/files/delete", probatio.Required("hash"): str})
@async_response
async def ws_files_delete(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """Delete a stored file (not while an active job uses it)."""
    dispatcher = await async_get_dispatcher(hass)
    record = await dispatcher.async_delete_file(msg["hash"], context=connection.context(msg))
    connection.send_result(msg["id"], {"file": record.as_dict(metadata=False)})


@require_admin
@websocket_command(
    {
        probatio.Required("type"): "odin/dispatch/next",
        probatio.Exclusive("printer_id", "target"): str,
        probatio.Exclusive("tag", "target"): str,
        probatio.Optional("dry_run", default=False): bool,
        probatio.Optional("force", default=False): bool,
    }
)
@async_response
async def ws_dispatch_next(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """``dispatch_next`` for one printer or every printer with a tag."""
    dispatcher = await async_get_dispatcher(hass)
    if "tag" in msg:
        printer_ids = dispatcher.ops.printers_with_tag(msg["tag"])
    else:
        printer_ids = [dispatcher.ops.check_printer(msg.get("printer_id") or "")]
    result = await dispatcher.async_dispatch(
        printer_ids, context=connection.context(msg), dry_run=msg["dry_run"], force=msg["force"]
    )
    connection.send_result(msg["id"], result)


@websocket_command({probatio.Required("type"): "odin/dispatch/subscribe"})
@async_response
async def ws_dispatch_subscribe(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """Upload progress of every send (``{job_id, stage, sent, total, percent}``); the
    current ones first."""
    dispatcher = await async_get_dispatcher(hass)

    @callback
    def forward(progress: dict[str, Any]) -> None:
        connection.send_event(msg["id"], progress)

    connection.subscriptions[msg["id"]] = async_dispatcher_connect(
        hass, SIGNAL_DISPATCH_PROGRESS.format(dispatcher.entry.entry_id), forward
    )
    connection.send_result(msg["id"])
    for progress in list(dispatcher.progress.values()):
        connection.send_event(msg["id"], progress)


@callback
def async_register_dispatch_websocket(hass: HomeAssistant) -> None:
    """Register the auto-queue websocket commands."""
    for command in (
        ws_files_list,
        ws_files_get,
        ws_files_register,
        ws_files_delete,
        ws_dispatch_next,
        ws_dispatch_subscribe,
    ):
        async_register_command(hass, command)
