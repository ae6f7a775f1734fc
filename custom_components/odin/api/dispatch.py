"""Websocket commands of the auto-queue: stored files, dispatch and its live progress.

``odin/files/list`` / ``odin/files/get`` (any user), ``odin/files/register`` /
``odin/files/delete`` (admin), ``odin/dispatch/next`` (admin; the ``dispatch_next`` action for
one printer or a tag) and ``odin/dispatch/subscribe`` (upload progress events). Shapes:
docs/auto-queue.md.
"""

from __future__ import annotations

from typing import Any, Final

from homeassistant.components.websocket_api.connection import ActiveConnection
from homeassistant.components.websocket_api.decorators import (
    require_admin,
)
from homeassistant.core import callback
from homeassistant.helpers.dispatcher import async_dispatcher_connect
import probatio

from ..data import FarmRuntime
from ..ops.dispatch import SIGNAL_DISPATCH_PROGRESS
from .decorators import Msg, farm_command


@farm_command({probatio.Required("type"): "odin/files/list"})
async def ws_files_list(connection: ActiveConnection, msg: Msg, runtime: FarmRuntime) -> None:
    """Every stored file, newest first (without the full metadata)."""
    dispatcher = runtime.dispatcher
    files = sorted(dispatcher.files.values(), key=lambda f: f.created_at, reverse=True)
    connection.send_result(msg["id"], {"files": [f.as_dict(metadata=False) for f in files]})


@farm_command({probatio.Required("type"): "odin/files/get", probatio.Required("hash"): str})
async def ws_files_get(connection: ActiveConnection, msg: Msg, runtime: FarmRuntime) -> None:
    """One file with its metadata."""
    dispatcher = runtime.dispatcher
    record = await dispatcher.async_get_file(msg["hash"])
    connection.send_result(msg["id"], {"file": record.as_dict()})


@require_admin
@farm_command({probatio.Required("type"): "odin/files/register", probatio.Required("name"): str})
async def ws_files_register(connection: ActiveConnection, msg: Msg, runtime: FarmRuntime) -> None:
    """Store a file already in ``<config>/odin/files`` (plain name, no folders)."""
    dispatcher = runtime.dispatcher
    record, created = await dispatcher.async_register_file(
        msg["name"], context=connection.context(msg)
    )
    connection.send_result(msg["id"], {"file": record.as_dict(), "created": created})


@require_admin
@farm_command({probatio.Required("type"): "odin/files/delete", probatio.Required("hash"): str})
async def ws_files_delete(connection: ActiveConnection, msg: Msg, runtime: FarmRuntime) -> None:
    """Delete a stored file (not while an active job uses it)."""
    dispatcher = runtime.dispatcher
    record = await dispatcher.async_delete_file(msg["hash"], context=connection.context(msg))
    connection.send_result(msg["id"], {"file": record.as_dict(metadata=False)})


@require_admin
@farm_command(
    {
        probatio.Required("type"): "odin/dispatch/next",
        probatio.Exclusive("printer_id", "target"): str,
        probatio.Exclusive("tag", "target"): str,
        probatio.Optional("dry_run", default=False): bool,
        probatio.Optional("force", default=False): bool,
    }
)
async def ws_dispatch_next(connection: ActiveConnection, msg: Msg, runtime: FarmRuntime) -> None:
    """``dispatch_next`` for one printer or every printer with a tag."""
    dispatcher = runtime.dispatcher
    if "tag" in msg:
        printer_ids = dispatcher.runtime.tags.printers_with_tag(msg["tag"])
    else:
        printer_ids = [dispatcher.runtime.tags.check_printer(msg.get("printer_id") or "")]
    result = await dispatcher.async_dispatch(
        printer_ids, context=connection.context(msg), dry_run=msg["dry_run"], force=msg["force"]
    )
    connection.send_result(msg["id"], result)


@farm_command({probatio.Required("type"): "odin/dispatch/subscribe"})
async def ws_dispatch_subscribe(
    connection: ActiveConnection, msg: Msg, runtime: FarmRuntime
) -> None:
    """Upload progress of every send (``{job_id, stage, sent, total, percent}``); the
    current ones first."""
    dispatcher = runtime.dispatcher

    @callback
    def forward(progress: dict[str, Any]) -> None:
        connection.send_event(msg["id"], progress)

    connection.subscriptions[msg["id"]] = async_dispatcher_connect(
        runtime.hass, SIGNAL_DISPATCH_PROGRESS.format(dispatcher.entry.entry_id), forward
    )
    connection.send_result(msg["id"])
    for progress in list(dispatcher.progress.values()):
        connection.send_event(msg["id"], progress)


COMMANDS: Final = (
    ws_files_list,
    ws_files_get,
    ws_files_register,
    ws_files_delete,
    ws_dispatch_next,
    ws_dispatch_subscribe,
)
