"""Websocket commands of the fleet view: ``odin/printers/list`` and ``odin/printers/subscribe``."""

from __future__ import annotations

import contextlib
from functools import partial
from typing import Any, Final

from homeassistant.components.websocket_api.connection import ActiveConnection
from homeassistant.config_entries import (
    SIGNAL_CONFIG_ENTRY_CHANGED,
    ConfigEntry,
    ConfigEntryChange,
    ConfigEntryState,
)
from homeassistant.core import CALLBACK_TYPE, callback
from homeassistant.helpers.dispatcher import async_dispatcher_connect
import probatio

from ..const import CONF_MODEL, SUBENTRY_PRINTER
from ..data import FarmRuntime
from ..helpers import SIGNAL_PRINTER_ADDED, SIGNAL_TAGS_CHANGED, async_read
from ..hub import PrinterHub
from ..store.tags import tags_for_printers
from .decorators import Msg, farm_command


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


@farm_command({probatio.Required("type"): "odin/printers/list"})
async def ws_printers_list(connection: ActiveConnection, msg: Msg, runtime: FarmRuntime) -> None:
    """Live state of every printer of the farm."""
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


@farm_command({probatio.Required("type"): "odin/printers/subscribe"})
async def ws_printers_subscribe(
    connection: ActiveConnection, msg: Msg, runtime: FarmRuntime
) -> None:
    """The full fleet once, then one event per changed / added / removed printer.

    After the farm entry reloads (new hubs), the fleet is sent in full again.
    """
    tags = await async_read(runtime, tags_for_printers)
    msg_id: int = msg["id"]
    current: list[FarmRuntime] = [runtime]
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
        if changed.entry_id != runtime.entry_id or change is not ConfigEntryChange.UPDATED:
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
        async_dispatcher_connect(
            runtime.hass, SIGNAL_PRINTER_ADDED.format(runtime.entry_id), on_added
        ),
        async_dispatcher_connect(runtime.hass, SIGNAL_CONFIG_ENTRY_CHANGED, on_entry_changed),
        async_dispatcher_connect(
            runtime.hass, SIGNAL_TAGS_CHANGED.format(runtime.entry_id), on_tags
        ),
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


COMMANDS: Final = (ws_printers_list, ws_printers_subscribe)
