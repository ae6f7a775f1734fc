"""O.D.I.N. print farm: run records, failure analytics, audit and a guarded queue for HA."""

from __future__ import annotations

from datetime import timedelta
from functools import partial
import logging

from homeassistant.config_entries import ConfigSubentry
from homeassistant.const import Platform
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ConfigEntryNotReady
from homeassistant.helpers import config_validation as cv, device_registry as dr
from homeassistant.helpers.dispatcher import async_dispatcher_send
from homeassistant.helpers.typing import ConfigType
from homeassistant.util import dt as dt_util
from sqlalchemy import Connection

from .api import (
    async_register_api,
    async_register_frontend,
    async_remove_card_resource,
    async_unregister_frontend,
)
from .brands import brand_of
from .const import (
    CONF_DB_URL,
    CONF_OFFLINE_REPAIR_MINUTES,
    CONF_SERIAL,
    DEFAULT_DB_FILE,
    DEFAULT_OFFLINE_REPAIR_MINUTES,
    DOMAIN,
    SUBENTRY_PRINTER,
)
from .data import FarmRuntime, OdinConfigEntry
from .farm.runs import OpenRunState
from .helpers import SIGNAL_PRINTER_ADDED, farm_device_info
from .hub import PrinterHub
from .repairs import async_track_database_health
from .services import async_setup_services
from .store.db import Database, DatabaseError, server_journal_path
from .store.printers import mark_printer_removed, upsert_printer
from .store.runs import load_open_error_codes, load_open_runs, load_recent_closed_keys

type ResumeState = tuple[dict[str, OpenRunState], dict[str, frozenset[str]], dict[str, list[str]]]

_LOGGER = logging.getLogger(__name__)

PLATFORMS: list[Platform] = [
    Platform.BINARY_SENSOR,
    Platform.BUTTON,
    Platform.CAMERA,
    Platform.EVENT,
    Platform.SENSOR,
    Platform.SWITCH,
    Platform.TODO,
]

CONFIG_SCHEMA = cv.config_entry_only_config_schema(DOMAIN)


async def async_setup(hass: HomeAssistant, config: ConfigType) -> bool:
    """Register the actions, the websocket API and the views (once, independent of the entry)."""
    async_setup_services(hass)
    async_register_api(hass)
    return True


def db_url_for(hass: HomeAssistant, entry: OdinConfigEntry) -> str:
    """The configured database URL, or the default SQLite file in the HA config dir."""
    url: str = (entry.options.get(CONF_DB_URL) or "").strip()
    return url or f"sqlite:///{hass.config.path(DEFAULT_DB_FILE)}"


async def async_setup_entry(hass: HomeAssistant, entry: OdinConfigEntry) -> bool:
    """Open the farm database, then start every service of the farm in order.

    Each started piece registers its stop on ``runtime.stack``; a failure anywhere stops
    everything already started (newest first) before the error propagates.
    """
    try:
        db = await Database.open(
            url := db_url_for(hass, entry),
            journal_path=server_journal_path(url, hass.config.config_dir),
        )
    except DatabaseError as err:
        raise ConfigEntryNotReady(
            translation_domain=DOMAIN,
            translation_key="database_unavailable",
            translation_placeholders={"error": str(err)},
        ) from err

    runtime = FarmRuntime(hass, entry, db=db, db_url=url)
    entry.runtime_data = runtime
    try:
        await _async_start(hass, entry, runtime)
    except BaseException:
        await runtime.async_stop()
        raise
    entry.async_on_unload(entry.add_update_listener(_async_entry_updated))
    await async_register_frontend(hass)
    return True


async def _async_start(hass: HomeAssistant, entry: OdinConfigEntry, runtime: FarmRuntime) -> None:
    stack = runtime.stack
    stack.push_async_callback(runtime.db.close)
    # A repair issue while writes fail (disk full, locked, server down); cleared when they land.
    stack.callback(async_track_database_health(hass, entry.entry_id, runtime.db))
    runtime.audit.async_start()
    stack.callback(runtime.audit.async_stop)
    # The farm device first: printer devices point at it (via_device).
    dr.async_get(hass).async_get_or_create(
        config_entry_id=entry.entry_id, **farm_device_info(entry)
    )
    stack.push_async_callback(runtime.async_stop_printers)
    resume = await runtime.db.read(_load_resume_state)
    for subentry in _printer_subentries(entry):
        await _async_add_printer(hass, entry, subentry, resume)
    await runtime.tags.async_start()
    await runtime.queue.async_start()
    await runtime.spools.async_start()
    stack.callback(runtime.spools.async_stop)
    await runtime.dispatcher.async_start()  # auto-queue: run ↔ job links from the start
    stack.callback(runtime.dispatcher.async_stop)
    await runtime.timelapse.async_start()
    stack.push_async_callback(runtime.timelapse.async_stop)
    await runtime.discovery.async_start()
    stack.callback(runtime.discovery.stop)
    await hass.config_entries.async_forward_entry_setups(entry, PLATFORMS)


async def async_unload_entry(hass: HomeAssistant, entry: OdinConfigEntry) -> bool:
    """Stop printers, then close the database (joins its threads)."""
    unloaded = await hass.config_entries.async_unload_platforms(entry, PLATFORMS)
    if unloaded:
        await entry.runtime_data.async_stop()
        await async_unregister_frontend(hass)
    return unloaded


async def async_remove_entry(hass: HomeAssistant, entry: OdinConfigEntry) -> None:
    """The integration is removed: take our card resource off the dashboards."""
    await async_remove_card_resource(hass)


async def async_remove_config_entry_device(
    hass: HomeAssistant, entry: OdinConfigEntry, device: dr.DeviceEntry
) -> bool:
    """Allow removing a device only when its printer no longer exists (never the farm's)."""
    keep = {hub.serial for hub in entry.runtime_data.printers.values()} | {entry.entry_id}
    return not any(ident[0] == DOMAIN and ident[1] in keep for ident in device.identifiers)


def _printer_subentries(entry: OdinConfigEntry) -> list[ConfigSubentry]:
    return [s for s in entry.subentries.values() if s.subentry_type == SUBENTRY_PRINTER]


def _load_resume_state(conn: Connection) -> ResumeState:
    """Open runs, uncleared errors and recently closed job keys per printer, so trackers
    continue after a restart."""
    return load_open_runs(conn), load_open_error_codes(conn), load_recent_closed_keys(conn)


async def _async_add_printer(
    hass: HomeAssistant,
    entry: OdinConfigEntry,
    subentry: ConfigSubentry,
    resume: ResumeState,
) -> PrinterHub:
    runtime = entry.runtime_data
    data = subentry.data
    await runtime.db.write(
        lambda conn: upsert_printer(
            conn,
            printer_id=subentry.subentry_id,
            brand=brand_of(data).key,
            name=subentry.title,
            serial=data[CONF_SERIAL],
            model=data.get("model"),
            model_code=data.get("model_code"),
        )
    )
    open_runs, open_errors, closed_keys = resume
    hub = PrinterHub(
        hass,
        entry.entry_id,
        subentry,
        runtime.db,
        runtime.audit,
        open_runs.get(subentry.subentry_id),
        open_errors.get(subentry.subentry_id, frozenset()),
        tuple(closed_keys.get(subentry.subentry_id, ())),
        offline_repair_after=timedelta(
            minutes=float(
                entry.options.get(CONF_OFFLINE_REPAIR_MINUTES, DEFAULT_OFFLINE_REPAIR_MINUTES)
            )
        ),
    )
    runtime.printers[subentry.subentry_id] = hub
    await hub.async_start()
    return hub


async def _async_entry_updated(hass: HomeAssistant, entry: OdinConfigEntry) -> None:
    """Apply subentry adds/removes/changes in place; reload for farm option changes."""
    runtime = entry.runtime_data
    if db_url_for(hass, entry) != runtime.db_url:
        await runtime.audit.async_record(
            "farm_options_changed",
            target_type="farm",
            target_id=entry.entry_id,
            details={"database": "changed"},
        )
        hass.config_entries.async_schedule_reload(entry.entry_id)
        return

    minutes = float(entry.options.get(CONF_OFFLINE_REPAIR_MINUTES, DEFAULT_OFFLINE_REPAIR_MINUTES))
    for hub in runtime.printers.values():
        hub.offline_repair_after = timedelta(minutes=minutes)
    current = {s.subentry_id: s for s in _printer_subentries(entry)}
    for printer_id in [pid for pid in runtime.printers if pid not in current]:
        hub = runtime.printers.pop(printer_id)
        await hub.async_stop()
        hub.async_clear_issues()
        await runtime.db.write(
            partial(mark_printer_removed, printer_id=printer_id, ts=dt_util.utcnow())
        )
        await runtime.audit.async_record(
            "printer_removed",
            target_type="printer",
            target_id=printer_id,
            details={"name": hub.name, "serial": hub.serial},
        )
    resume: ResumeState | None = None
    for printer_id, subentry in current.items():
        hub_or_none = runtime.printers.get(printer_id)
        if hub_or_none is None:
            if resume is None:
                resume = await runtime.db.read(_load_resume_state)
            await _async_add_printer(hass, entry, subentry, resume)
            await runtime.audit.async_record(
                "printer_added",
                target_type="printer",
                target_id=printer_id,
                details={"name": subentry.title, "serial": subentry.data[CONF_SERIAL]},
            )
            async_dispatcher_send(hass, SIGNAL_PRINTER_ADDED.format(entry.entry_id), printer_id)
        elif (
            hub_or_none.applied_data != subentry.data or hub_or_none.applied_title != subentry.title
        ):
            changed = sorted(
                k
                for k in set(subentry.data) | set(hub_or_none.applied_data)
                if subentry.data.get(k) != hub_or_none.applied_data.get(k)
            )
            await hub_or_none.async_restart(subentry)
            await runtime.audit.async_record(
                "printer_reconfigured",
                target_type="printer",
                target_id=printer_id,
                details={"name": subentry.title, "changed": changed},
            )
