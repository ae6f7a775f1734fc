"""Farm operations of one loaded farm entry: tags, print queue, presets, spools, drying monitor.

The HA side of ``farm/tags.py``, ``farm/scheduler.py``, ``farm/presets.py`` and
``farm/drying.py``, shared by the actions (``services_farm.py``), the websocket commands
(``websocket_farm.py``) and the farm entities (``todo.py``, ``farm_sensor.py``).

* One :class:`FarmOps` per loaded farm entry, created by its first user (a platform, an action,
  a websocket command) through :func:`async_get_farm_ops` and dropped when the entry unloads.
* Input is validated before anything is written; bad input raises a translated
  ``ServiceValidationError`` (the pure code's :class:`InvalidInput` keys). Checks that depend
  on stored rows run inside the write transaction, so a refusal rolls everything back.
* Every action is audited with the actor of the call's context (user, automation, script, …).
* Small caches (tags per printer, the queue list, spools) feed the entities and the scheduler;
  they are reloaded from the database after each change.
* The drying monitor re-applies the needs-drying rule every few minutes, on spool / session /
  material changes and when a linked humidity sensor changes; a spool crossing into
  needs-drying fires ``odin_spool_needs_drying`` once (the state survives restarts).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator, Mapping, Sequence
import contextlib
from dataclasses import replace
from datetime import datetime, timedelta
from functools import partial
import logging
from typing import Any, Final

from homeassistant.core import CALLBACK_TYPE, Context, Event, HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.helpers import device_registry as dr
from homeassistant.helpers.dispatcher import async_dispatcher_send
from homeassistant.helpers.event import (
    async_track_state_change_event,
    async_track_time_interval,
)
from homeassistant.util import dt as dt_util
from homeassistant.util.hass_dict import HassKey
from sqlalchemy import Connection

from .const import CONF_MODEL, CONF_MODEL_CODE, DOMAIN, NAME
from .farm.analytics import normalize_material
from .farm.audit import Actor
from .farm.drying import (
    DryingStatus,
    MaterialRule,
    SessionSpec,
    SpoolState,
    crossings,
    drying_status,
    make_spool,
    material_table,
    parse_slot,
    rule_for,
)
from .farm.errors import InvalidInput, check_text
from .farm.presets import PresetSpec, TargetType, expand_preset
from .farm.scheduler import (
    MAX_NAME_LEN,
    MAX_NOTES_LEN,
    Constraints,
    Decision,
    JobStatus,
    NewJob,
    PrinterView,
    check_transition,
    decide,
    make_job,
    reorder,
)
from .farm.tags import (
    MAX_TAGS_PER_PRINTER,
    add_tags,
    has_any,
    normalize_tags,
    remove_tags,
    tag_key,
)
from .hub import PrinterHub
from .printers.model import ErrorSeverity
from .runtime import FarmRuntime, OdinConfigEntry
from .store.db import DatabaseError
from .store.presets import (
    PresetRecord,
    delete_preset,
    find_preset_id,
    get_preset,
    list_presets,
    save_preset,
)
from .store.queue import (
    QueueRecord,
    get_job,
    insert_jobs,
    list_jobs,
    remove_jobs,
    set_order,
    set_status,
    update_job,
)
from .store.spools import (
    SessionRecord,
    SpoolRecord,
    get_spool,
    insert_session,
    last_dried,
    list_material_rules,
    list_sessions,
    list_spools,
    remove_spool,
    reset_material_rule,
    save_spool,
    set_material_rule,
    set_needs_drying,
    spool_in_slot,
)
from .store.tags import get_tags, set_tags, tags_for_printers
from .websocket_api import SIGNAL_TAGS_CHANGED, async_get_farm_entry

_LOGGER = logging.getLogger(__name__)

FARM_OPS: HassKey[dict[str, FarmOps]] = HassKey(f"{DOMAIN}_farm_ops")
EVENT_SPOOL_NEEDS_DRYING: Final = f"{DOMAIN}_spool_needs_drying"
DRYING_CHECK_INTERVAL: Final = timedelta(minutes=10)
MAX_HISTORY: Final = 500


# ---------------------------------------------------------------------------- helpers


@contextlib.contextmanager
def translated() -> Iterator[None]:
    """Turn the pure code's :class:`InvalidInput` into a translated ServiceValidationError."""
    try:
        yield
    except InvalidInput as err:
        raise invalid(err) from err


@contextlib.contextmanager
def _database_errors() -> Iterator[None]:
    """Database failures as the translated ``query_failed`` error."""
    try:
        yield
    except DatabaseError as err:
        _LOGGER.warning("Farm database operation failed: %s", err)
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


def _has_error(hub: PrinterHub) -> bool:
    return any(e.severity is not ErrorSeverity.INFO for e in hub.snapshot.errors)


_STATUS_RANK: Final = {JobStatus.PRINTING: 0, JobStatus.ASSIGNED: 1, JobStatus.QUEUED: 2}


def sort_jobs(jobs: Sequence[QueueRecord]) -> list[QueueRecord]:
    """Printing, assigned, then queued jobs in queue order; then finished ones (as given:
    newest first)."""
    active = sorted(
        (j for j in jobs if j.active),
        key=lambda j: (_STATUS_RANK[j.status], -j.priority, j.position, j.id),
    )
    return active + [j for j in jobs if not j.active]


async def async_get_farm_ops(hass: HomeAssistant, entry: OdinConfigEntry | None = None) -> FarmOps:
    """The loaded farm's :class:`FarmOps` (created and loaded on first use)."""
    if entry is None:
        entry = async_get_farm_entry(hass)
    by_entry = hass.data.setdefault(FARM_OPS, {})
    ops = by_entry.get(entry.entry_id)
    if ops is None or ops.runtime is not entry.runtime_data:
        ops = FarmOps(hass, entry)
        by_entry[entry.entry_id] = ops
        entry.async_on_unload(ops.async_stop)
    await ops.async_ready()
    return ops


class FarmOps:
    """Tags, queue, presets, spools and the drying monitor of one loaded farm entry."""

    def __init__(self, hass: HomeAssistant, entry: OdinConfigEntry) -> None:
        """Initialize (nothing runs before :meth:`async_ready`)."""
        self.hass = hass
        self.entry = entry
        self.runtime: FarmRuntime = entry.runtime_data
        self.tags: dict[str, list[str]] = {}
        self.jobs: list[QueueRecord] = []
        self.spools: dict[int, SpoolRecord] = {}
        self.last_dried: dict[int, datetime] = {}
        self.rules: dict[str, MaterialRule] = {}
        self.drying: dict[int, DryingStatus] = {}
        self._queue_listeners: list[CALLBACK_TYPE] = []
        self._drying_listeners: list[CALLBACK_TYPE] = []
        self._lock = asyncio.Lock()
        self._loaded = False
        self._stopped = False
        self._unsubs: list[CALLBACK_TYPE] = []
        self._unsub_humidity: CALLBACK_TYPE | None = None
        self._humidity_entities: frozenset[str] = frozenset()

    # ------------------------------------------------------------------ lifecycle

    async def async_ready(self) -> None:
        """Load the caches and start the drying monitor (once)."""
        async with self._lock:
            if self._loaded:
                return
            await self._async_reload_all()
            self._unsubs.append(
                async_track_time_interval(
                    self.hass,
                    self._periodic,
                    DRYING_CHECK_INTERVAL,
                    name="odin drying check",
                    cancel_on_shutdown=True,
                )
            )
            self._loaded = True
            self._watch_humidity_entities()
            self.async_evaluate_drying()

    @callback
    def async_stop(self) -> None:
        """Stop timers and listeners (entry unload)."""
        self._stopped = True
        while self._unsubs:
            self._unsubs.pop()()
        if self._unsub_humidity is not None:
            self._unsub_humidity()
            self._unsub_humidity = None
        by_entry = self.hass.data.get(FARM_OPS, {})
        if by_entry.get(self.entry.entry_id) is self:
            del by_entry[self.entry.entry_id]

    async def _async_reload_all(self) -> None:
        def load(
            conn: Connection,
        ) -> tuple[
            dict[str, list[str]],
            list[QueueRecord],
            list[SpoolRecord],
            dict[int, datetime],
            dict[str, MaterialRule],
        ]:
            return (
                tags_for_printers(conn),
                list_jobs(conn),
                list_spools(conn),
                last_dried(conn),
                list_material_rules(conn),
            )

        tags, jobs, spools, dried, rules = await self.runtime.db.read(load)
        self.tags = tags
        self.jobs = sort_jobs(jobs)
        self.spools = {s.id: s for s in spools}
        self.last_dried = dried
        self.rules = rules

    # ------------------------------------------------------------------ listeners

    @callback
    def add_queue_listener(self, listener: CALLBACK_TYPE) -> CALLBACK_TYPE:
        """Call ``listener`` when the queue changed. Returns the remover."""
        self._queue_listeners.append(listener)
        return lambda: self._queue_listeners.remove(listener)

    @callback
    def add_drying_listener(self, listener: CALLBACK_TYPE) -> CALLBACK_TYPE:
        """Call ``listener`` after each drying evaluation. Returns the remover."""
        self._drying_listeners.append(listener)
        return lambda: self._drying_listeners.remove(listener)

    # ------------------------------------------------------------------ database

    async def _write[T](self, fn: Callable[[Connection], T]) -> T:
        """Run ``fn`` in one write transaction; an InvalidInput raised inside rolls it back
        and becomes the translated error."""
        with translated(), _database_errors():
            return await self.runtime.db.write(fn)

    async def _read[T](self, fn: Callable[[Connection], T]) -> T:
        with _database_errors():
            return await self.runtime.db.read(fn)

    async def _actor(self, context: Context | None) -> Actor:
        return await self.runtime.audit.async_resolve_actor(context)

    async def _audit(
        self,
        action: str,
        *,
        target_type: str,
        target_id: str | None,
        actor: Actor,
        details: Mapping[str, Any],
    ) -> None:
        await self.runtime.audit.async_record(
            action, target_type=target_type, target_id=target_id, details=details, actor=actor
        )

    # ------------------------------------------------------------------ printers

    def printer_name(self, printer_id: str) -> str:
        """Current name of a printer (its id when unknown)."""
        hub = self.runtime.printers.get(printer_id)
        return hub.name if hub is not None else printer_id

    def check_printer(self, printer_id: str) -> str:
        """``printer_id`` if it is a printer of the farm, else ``unknown_printer``."""
        if printer_id not in self.runtime.printers:
            raise invalid(InvalidInput("unknown_printer", printer=printer_id))
        return printer_id

    def printers_with_tag(self, tag: str) -> list[str]:
        """Current printers carrying ``tag`` (``empty_tag`` / ``unknown_tag`` otherwise)."""
        with translated():
            display = normalize_tags([tag])[0]
        found = [
            pid
            for pid, tags in self.tags.items()
            if pid in self.runtime.printers and has_any(tags, [display])
        ]
        if not found:
            raise invalid(InvalidInput("unknown_tag", tag=display))
        return sorted(found)

    def printer_views(self) -> list[PrinterView]:
        """Every printer as the scheduler sees it, now."""
        views = []
        for printer_id, hub in list(self.runtime.printers.items()):
            info = hub.info
            data = hub.subentry.data
            hardware = hub.hardware
            filaments: frozenset[str] | None = None
            nozzle: float | None = None
            if hardware is not None:
                nozzle = hardware.nozzle_mm
                if hardware.has_filament_slots:
                    filaments = frozenset(
                        m for m in (normalize_material(t) for t in hardware.filaments) if m
                    )
            views.append(
                PrinterView(
                    printer_id=printer_id,
                    name=hub.name,
                    online=hub.snapshot.online,
                    status=str(hub.snapshot.status),
                    has_error=_has_error(hub),
                    model=info.model if info and info.model else data.get(CONF_MODEL),
                    model_code=info.model_code
                    if info and info.model_code
                    else data.get(CONF_MODEL_CODE),
                    tags=tuple(self.tags.get(printer_id, ())),
                    nozzle_mm=nozzle,
                    filaments=filaments,
                )
            )
        return views

    # ------------------------------------------------------------------ tags

    async def async_change_tags(
        self,
        printer_ids: Sequence[str],
        *,
        context: Context | None,
        add: Sequence[str] = (),
        remove: Sequence[str] = (),
        replace_with: Sequence[str] | None = None,
    ) -> dict[str, list[str]]:
        """Add, remove or replace tags of printers (one transaction); returns their tags.

        ``remove``: a tag none of the printers carries is ``unknown_tag``.
        """
        for printer_id in printer_ids:
            self.check_printer(printer_id)
        with translated():
            add_list = normalize_tags(add) if add else []
            remove_list = normalize_tags(remove) if remove else []
            replace_list = (
                normalize_tags(replace_with, allow_empty_list=True)
                if replace_with is not None
                else None
            )
        now = dt_util.utcnow()

        def work(conn: Connection) -> dict[str, tuple[list[str], list[str]]]:
            result: dict[str, tuple[list[str], list[str]]] = {}
            carried: set[str] = set()
            for printer_id in printer_ids:
                before = get_tags(conn, printer_id)
                carried |= {tag_key(t) for t in before}
                if replace_list is not None:
                    after = replace_list
                else:
                    after = remove_tags(add_tags(before, add_list), remove_list)
                if len(after) > MAX_TAGS_PER_PRINTER:
                    raise InvalidInput("too_many_tags", max=MAX_TAGS_PER_PRINTER)
                if {tag_key(t) for t in after} != {tag_key(t) for t in before}:
                    after = set_tags(conn, printer_id, after, ts=now)
                else:
                    after = before
                result[printer_id] = (before, after)
            for tag in remove_list:
                if tag_key(tag) not in carried:
                    raise InvalidInput("unknown_tag", tag=tag)
            return result

        changes = await self._write(work)
        actor = await self._actor(context)
        action = "tags_set" if replace_list is not None else ("tagged" if add_list else "untagged")
        for printer_id, (before, after) in changes.items():
            if after:
                self.tags[printer_id] = list(after)
            else:
                self.tags.pop(printer_id, None)
            if before == after:
                continue
            async_dispatcher_send(
                self.hass, SIGNAL_TAGS_CHANGED.format(self.entry.entry_id), printer_id, list(after)
            )
            await self._audit(
                action,
                target_type="printer",
                target_id=printer_id,
                actor=actor,
                details={
                    "printer": self.printer_name(printer_id),
                    "added": [t for t in after if tag_key(t) not in {tag_key(b) for b in before}],
                    "removed": [t for t in before if tag_key(t) not in {tag_key(a) for a in after}],
                    "tags": list(after),
                },
            )
        return {printer_id: after for printer_id, (_, after) in changes.items()}

    # ------------------------------------------------------------------ queue

    def decisions(self) -> dict[int, Decision]:
        """The scheduler's decision for every queued job, now."""
        views = [job.view for job in self.jobs if job.active]
        return {d.job_id: d for d in decide(views, self.printer_views())}

    def job(self, job_id: int) -> QueueRecord | None:
        """A listed queue item from the cache."""
        return next((job for job in self.jobs if job.id == job_id), None)

    def check_constraints(self, constraints: Constraints) -> None:
        """The printer and the tags a job names must exist in the farm."""
        if constraints.printer_id is not None:
            self.check_printer(constraints.printer_id)
        for tag in constraints.tags:
            self.printers_with_tag(tag)

    async def _async_reload_jobs(self) -> None:
        self.jobs = sort_jobs(await self._read(list_jobs))
        for listener in list(self._queue_listeners):
            listener()

    async def async_add_jobs(
        self, jobs: Sequence[NewJob], *, context: Context | None, file_hash: str | None = None
    ) -> list[QueueRecord]:
        """Queue validated jobs (one audit row each); ``file_hash``: the stored file they
        print (checked by the caller, see dispatch.py)."""
        for job in jobs:
            self.check_constraints(job.constraints)
        actor = await self._actor(context)
        records = await self._write(
            partial(
                insert_jobs,
                jobs=jobs,
                ts=dt_util.utcnow(),
                created_by=actor_label(actor),
                file_hash=file_hash,
            )
        )
        for record in records:
            await self._audit(
                "job_added",
                target_type="queue_item",
                target_id=str(record.id),
                actor=actor,
                details={
                    "name": record.name,
                    "file": record.file,
                    "file_hash": record.file_hash,
                    "priority": record.priority,
                    "constraints": record.constraints.as_dict(),
                    "preset_id": record.preset_id,
                },
            )
        await self._async_reload_jobs()
        return records

    async def async_set_job_status(
        self, job_id: int, status: JobStatus, *, context: Context | None, action: str
    ) -> QueueRecord:
        """Change a job's status by request (cancel, done by hand, queue again)."""
        now = dt_util.utcnow()

        def work(conn: Connection) -> tuple[QueueRecord, QueueRecord]:
            before = get_job(conn, job_id)
            if before is None or before.removed_at is not None:
                raise InvalidInput("unknown_job", job=job_id)
            check_transition(job_id, before.status, status)
            set_status(conn, job_id, status, ts=now)
            after = get_job(conn, job_id)
            assert after is not None
            return before, after

        before, after = await self._write(work)
        await self._audit(
            action,
            target_type="queue_item",
            target_id=str(job_id),
            actor=await self._actor(context),
            details={"name": after.name, "from": str(before.status), "to": str(after.status)},
        )
        await self._async_reload_jobs()
        return after

    async def async_update_job(
        self,
        job_id: int,
        *,
        context: Context | None,
        name: str | None = None,
        notes: str | None = None,
        status: JobStatus | None = None,
    ) -> QueueRecord:
        """Rename, change notes and/or status (the to-do list's update), one transaction."""
        with translated():
            new_name = check_text(name, "name", max_len=MAX_NAME_LEN) if name is not None else None
            new_notes = check_text(notes, "notes", max_len=MAX_NOTES_LEN, required=False)
        now = dt_util.utcnow()

        def work(conn: Connection) -> tuple[QueueRecord, QueueRecord]:
            before = get_job(conn, job_id)
            if before is None or before.removed_at is not None:
                raise InvalidInput("unknown_job", job=job_id)
            if status is not None and status is not before.status:
                check_transition(job_id, before.status, status)
                set_status(conn, job_id, status, ts=now)
            update_job(
                conn,
                job_id,
                ts=now,
                name=new_name if new_name != before.name else None,
                notes=new_notes,
                clear_notes=notes is not None and new_notes is None,
            )
            after = get_job(conn, job_id)
            assert after is not None
            return before, after

        before, after = await self._write(work)
        changed = [
            key
            for key, old, new in (
                ("name", before.name, after.name),
                ("notes", before.notes, after.notes),
                ("status", before.status, after.status),
            )
            if old != new
        ]
        if changed:
            action = "job_updated"
            if after.status is not before.status:
                action = (
                    "job_requeued" if after.status is JobStatus.QUEUED else f"job_{after.status}"
                )
            await self._audit(
                action,
                target_type="queue_item",
                target_id=str(job_id),
                actor=await self._actor(context),
                details={"name": after.name, "changed": changed, "status": str(after.status)},
            )
        await self._async_reload_jobs()
        return after

    async def async_remove_jobs(self, job_ids: Sequence[int], *, context: Context | None) -> None:
        """Remove items from the list; active ones are cancelled first (not while printing)."""
        now = dt_util.utcnow()

        def work(conn: Connection) -> list[QueueRecord]:
            found = []
            for job_id in job_ids:
                job = get_job(conn, job_id)
                if job is None or job.removed_at is not None:
                    raise InvalidInput("unknown_job", job=job_id)
                if job.active:
                    check_transition(job_id, job.status, JobStatus.CANCELLED)
                    set_status(conn, job_id, JobStatus.CANCELLED, ts=now)
                found.append(job)
            remove_jobs(conn, job_ids, ts=now)
            return found

        removed = await self._write(work)
        actor = await self._actor(context)
        for job in removed:
            await self._audit(
                "job_removed",
                target_type="queue_item",
                target_id=str(job.id),
                actor=actor,
                details={"name": job.name, "status": str(job.status), "cancelled": job.active},
            )
        await self._async_reload_jobs()

    async def async_reorder(
        self, job_id: int, after_id: int | None, *, context: Context | None
    ) -> list[int]:
        """Move a queued job after another (None: to the front); returns the queued ids."""
        now = dt_util.utcnow()

        def work(conn: Connection) -> tuple[int, int, list[int]]:
            jobs = [job.view for job in list_jobs(conn)]
            before = next((j.priority for j in jobs if j.job_id == job_id), 0)
            priority, order = reorder(jobs, job_id, after_id)
            set_order(conn, order, job_id=job_id, priority=priority, ts=now)
            return before, priority, order

        before, priority, order = await self._write(work)
        await self._audit(
            "job_moved",
            target_type="queue_item",
            target_id=str(job_id),
            actor=await self._actor(context),
            details={
                "after": after_id,
                "position": order.index(job_id) + 1,
                "priority": priority,
                "priority_before": before,
            },
        )
        await self._async_reload_jobs()
        return order

    # ------------------------------------------------------------------ presets

    async def async_presets(self) -> list[PresetRecord]:
        """Every preset."""
        return await self._read(list_presets)

    async def async_find_preset(self, ref: str | int) -> PresetRecord:
        """A preset by id or by name (case-insensitive); ``unknown_preset`` otherwise."""

        def find(conn: Connection) -> PresetRecord | None:
            if isinstance(ref, int) or (isinstance(ref, str) and ref.strip().isdigit()):
                record = get_preset(conn, int(ref))
                if record is not None:
                    return record
            if isinstance(ref, str) and ref.strip():
                preset_id = find_preset_id(conn, ref)
                return get_preset(conn, preset_id) if preset_id is not None else None
            return None

        record = await self._read(find)
        if record is None:
            raise invalid(InvalidInput("unknown_preset", preset=ref))
        return record

    def _check_preset_target(self, spec: PresetSpec) -> None:
        if spec.target_type is TargetType.PRINTER and spec.target is not None:
            self.check_printer(spec.target)
        elif spec.target_type is TargetType.TAG and spec.target is not None:
            self.printers_with_tag(spec.target)

    async def async_save_preset(
        self,
        spec: PresetSpec,
        *,
        context: Context | None,
        preset_id: int | None = None,
        replace_by_name: bool = True,
    ) -> tuple[PresetRecord, bool]:
        """Create or replace a preset; returns it and whether it was created.

        Without ``preset_id`` a preset of the same name is replaced (``replace_by_name``) or
        refused (``duplicate_preset``); with it, that preset is updated (``unknown_preset``
        when missing, ``duplicate_preset`` when another one has the new name).
        """
        self._check_preset_target(spec)
        now = dt_util.utcnow()

        def work(conn: Connection) -> tuple[PresetRecord, bool]:
            same_name = find_preset_id(conn, spec.name)
            target_id = preset_id
            if target_id is not None:
                if get_preset(conn, target_id) is None:
                    raise InvalidInput("unknown_preset", preset=target_id)
                if same_name is not None and same_name != target_id:
                    raise InvalidInput("duplicate_preset", name=spec.name)
            elif same_name is not None:
                if not replace_by_name:
                    raise InvalidInput("duplicate_preset", name=spec.name)
                target_id = same_name
            return save_preset(conn, spec, ts=now, preset_id=target_id), target_id is None

        record, created = await self._write(work)
        await self._audit(
            "preset_saved",
            target_type="preset",
            target_id=str(record.id),
            actor=await self._actor(context),
            details={"name": record.spec.name, "created": created, "file": record.spec.file},
        )
        return record, created

    async def async_delete_preset(self, ref: str | int, *, context: Context | None) -> PresetRecord:
        """Delete a preset (queue items keep their settings)."""
        record = await self.async_find_preset(ref)
        await self._write(partial(delete_preset, preset_id=record.id))
        await self._async_reload_jobs()  # their preset link is gone (ON DELETE SET NULL)
        await self._audit(
            "preset_deleted",
            target_type="preset",
            target_id=str(record.id),
            actor=await self._actor(context),
            details={"name": record.spec.name},
        )
        return record

    async def async_schedule_preset(
        self,
        ref: str | int,
        *,
        context: Context | None,
        quantity: int | None = None,
        priority: int | None = None,
        tag: str | None = None,
    ) -> list[QueueRecord]:
        """Create the preset's queue items at once (overrides: quantity, priority, tag)."""
        record = await self.async_find_preset(ref)
        with translated():
            jobs = expand_preset(
                record.spec, record.id, quantity=quantity, priority=priority, tag=tag
            )
        for job in jobs:
            self.check_constraints(job.constraints)
        actor = await self._actor(context)
        records = await self._write(
            partial(insert_jobs, jobs=jobs, ts=dt_util.utcnow(), created_by=actor_label(actor))
        )
        await self._audit(
            "preset_scheduled",
            target_type="preset",
            target_id=str(record.id),
            actor=actor,
            details={
                "name": record.spec.name,
                "jobs": [r.id for r in records],
                "quantity": len(records),
                "priority": records[0].priority if records else None,
                "tag": tag,
            },
        )
        await self._async_reload_jobs()
        return records

    async def async_add_from_text(
        self, summary: str | None, notes: str | None, *, context: Context | None
    ) -> list[QueueRecord]:
        """The to-do list's "add": a preset's name schedules that preset, else the text is the
        file to print."""
        text = (summary or "").strip()
        if text:
            preset_id = await self._read(partial(find_preset_id, name=text))
            if preset_id is not None:
                return await self.async_schedule_preset(preset_id, context=context)
        with translated():
            job = make_job(file=text, name=text, notes=notes)
        return await self.async_add_jobs([job], context=context)

    # ------------------------------------------------------------------ spools and drying

    def spool_status(self, spool_id: int) -> DryingStatus | None:
        """The last needs-drying verdict of a spool."""
        return self.drying.get(spool_id)

    def check_spool(self, spool_id: int) -> SpoolRecord:
        """A current spool, else ``unknown_spool``."""
        spool = self.spools.get(spool_id)
        if spool is None:
            raise invalid(InvalidInput("unknown_spool", spool=spool_id))
        return spool

    async def async_save_spool(
        self, fields: Mapping[str, Any], *, context: Context | None, spool_id: int | None = None
    ) -> SpoolRecord:
        """Create or update a spool from ``make_spool`` fields."""
        if spool_id is not None:
            self.check_spool(spool_id)
        with translated():
            spec = make_spool(now=dt_util.utcnow(), **fields)
        if spec.printer_id is not None:
            self.check_printer(spec.printer_id)
        record = await self._write(
            partial(save_spool, spec=spec, ts=dt_util.utcnow(), spool_id=spool_id)
        )
        if spool_id is not None:  # keep the stored needs-drying state
            record = replace(record, needs_drying_since=self.spools[spool_id].needs_drying_since)
        self.spools[record.id] = record
        await self._audit(
            "spool_saved",
            target_type="spool",
            target_id=str(record.id),
            actor=await self._actor(context),
            details={"spool": record.label, "created": spool_id is None},
        )
        self._watch_humidity_entities()
        self.async_evaluate_drying()
        return record

    async def async_delete_spool(self, spool_id: int, *, context: Context | None) -> SpoolRecord:
        """Remove a spool (kept with its history)."""
        spool = self.check_spool(spool_id)
        await self._write(partial(remove_spool, spool_id=spool_id, ts=dt_util.utcnow()))
        del self.spools[spool_id]
        self.drying.pop(spool_id, None)
        await self._audit(
            "spool_deleted",
            target_type="spool",
            target_id=str(spool_id),
            actor=await self._actor(context),
            details={"spool": spool.label},
        )
        self._watch_humidity_entities()
        self.async_evaluate_drying()
        return spool

    async def async_log_drying(
        self,
        session: SessionSpec,
        *,
        context: Context | None,
        spool_id: int | None = None,
        printer_id: str | None = None,
        slot: str | None = None,
    ) -> tuple[SessionRecord, SpoolRecord | None]:
        """Write a drying session for a spool, or a printer's slot (linked to the spool
        registered there, if any)."""
        spool: SpoolRecord | None = None
        if spool_id is not None:
            spool = self.check_spool(spool_id)
            printer_id = printer_id or spool.spec.printer_id
            slot = slot or spool.spec.slot
            if printer_id is not None and printer_id != spool.spec.printer_id:
                self.check_printer(printer_id)
        elif printer_id is not None:
            self.check_printer(printer_id)
            if not slot:
                raise invalid(InvalidInput("no_spool_given"))
        else:
            raise invalid(InvalidInput("no_spool_given"))
        slot_label: str | None = None
        if slot:
            with translated():
                slot_label = parse_slot(slot).label
        actor = await self._actor(context)
        now = dt_util.utcnow()

        def work(conn: Connection) -> tuple[SessionRecord, SpoolRecord | None]:
            target = spool
            if target is None and printer_id is not None and slot_label is not None:
                target = spool_in_slot(conn, printer_id, slot_label)
            record = insert_session(
                conn,
                session,
                spool_id=target.id if target else None,
                printer_id=printer_id,
                slot=slot_label,
                material=target.spec.material if target else None,
                user_id=actor.user_id,
                actor=actor_label(actor),
                ts=now,
            )
            return record, target

        record, target = await self._write(work)
        if target is not None:
            previous = self.last_dried.get(target.id)
            if previous is None or record.ended_at > previous:
                self.last_dried[target.id] = record.ended_at
        await self._audit(
            "drying_logged",
            target_type="spool",
            target_id=str(target.id) if target else f"{printer_id}:{slot_label}",
            actor=actor,
            details={
                "spool": target.label if target else None,
                "printer": self.printer_name(printer_id) if printer_id else None,
                "slot": slot_label,
                "temp_c": session.temp_c,
                "duration_min": session.duration_min,
                "method": str(session.method),
                "session_id": record.id,
            },
        )
        self.async_evaluate_drying()
        return record, target

    async def async_history(
        self, *, spool_id: int | None = None, printer_id: str | None = None, limit: int = 50
    ) -> list[SessionRecord]:
        """Drying sessions, newest first."""
        if spool_id is not None and spool_id not in self.spools:
            removed = await self._read(partial(get_spool, spool_id=spool_id, include_removed=True))
            if removed is None:
                raise invalid(InvalidInput("unknown_spool", spool=spool_id))
        return await self._read(
            partial(
                list_sessions,
                spool_id=spool_id,
                printer_id=printer_id,
                limit=max(1, min(limit, MAX_HISTORY)),
            )
        )

    def material_table(self) -> list[dict[str, Any]]:
        """Defaults merged with the user's rows."""
        return material_table(self.rules)

    async def async_set_material(
        self, rule: MaterialRule | None, *, material: str, context: Context | None
    ) -> None:
        """Store the user's row for a material (``rule`` None: back to the default)."""
        if rule is None:
            await self._write(partial(reset_material_rule, material=material))
            self.rules.pop(material, None)
        else:
            await self._write(partial(set_material_rule, rule=rule, ts=dt_util.utcnow()))
            self.rules[rule.material] = rule
        await self._audit(
            "material_reset" if rule is None else "material_set",
            target_type="material",
            target_id=material,
            actor=await self._actor(context),
            details=rule.as_dict() if rule is not None else {"material": material},
        )
        self.async_evaluate_drying()

    def _humidity(self, spool: SpoolRecord) -> float | None:
        """Measured % RH around a spool: its AMS unit, else its linked humidity sensor."""
        spec = spool.spec
        if spec.printer_id is not None and spec.slot is not None:
            hub = self.runtime.printers.get(spec.printer_id)
            hardware = hub.hardware if hub is not None else None
            if hardware is not None and hub is not None and hub.snapshot.online:
                with contextlib.suppress(InvalidInput):
                    unit_id = parse_slot(spec.slot).unit
                    unit = hardware.unit(unit_id) if unit_id is not None else None
                    if unit is not None and unit.humidity_pct is not None:
                        return float(unit.humidity_pct)
        if spec.humidity_entity_id is not None:
            state = self.hass.states.get(spec.humidity_entity_id)
            if state is not None:
                with contextlib.suppress(ValueError):
                    value = float(state.state)
                    if 0 <= value <= 100:
                        return value
        return None

    @callback
    def _watch_humidity_entities(self) -> None:
        wanted = frozenset(
            s.spec.humidity_entity_id for s in self.spools.values() if s.spec.humidity_entity_id
        )
        if wanted == self._humidity_entities:
            return
        if self._unsub_humidity is not None:
            self._unsub_humidity()
            self._unsub_humidity = None
        self._humidity_entities = wanted
        if wanted and not self._stopped:
            self._unsub_humidity = async_track_state_change_event(
                self.hass, sorted(wanted), self._humidity_changed
            )

    @callback
    def _humidity_changed(self, _event: Event[Any]) -> None:
        self.async_evaluate_drying()

    @callback
    def _periodic(self, now: datetime) -> None:
        self.async_evaluate_drying(now)

    @callback
    def async_evaluate_drying(self, now: datetime | None = None) -> list[int]:
        """Apply the needs-drying rule to every spool; store crossings, fire the event for
        spools that start needing drying, notify the listeners. Returns those spool ids."""
        if self._stopped:
            return []
        now = now or dt_util.utcnow()
        statuses = {
            spool.id: drying_status(
                SpoolState(
                    spool_id=spool.id,
                    material=spool.spec.material,
                    opened_at=spool.spec.opened_at,
                    last_dried_at=self.last_dried.get(spool.id),
                    humidity=self._humidity(spool),
                ),
                rule_for(spool.spec.material, self.rules),
                now,
            )
            for spool in self.spools.values()
        }
        previous = {sid: s.needs_drying_since is not None for sid, s in self.spools.items()}
        entered, left = crossings(previous, statuses.values())
        self.drying = statuses
        if entered or left:
            changes: dict[int, datetime | None] = dict.fromkeys(entered, now)
            changes.update(dict.fromkeys(left))
            for sid, since in changes.items():
                self.spools[sid] = replace(self.spools[sid], needs_drying_since=since)
            self.runtime.db.write_nowait(partial(set_needs_drying, changes=changes))
            for sid in entered:
                spool, status = self.spools[sid], statuses[sid]
                self.hass.bus.async_fire(
                    EVENT_SPOOL_NEEDS_DRYING,
                    {
                        "spool_id": sid,
                        "spool": spool.label,
                        "material": spool.spec.material,
                        "reasons": [str(r) for r in status.reasons],
                        "days_since": None
                        if status.days_since is None
                        else round(status.days_since, 1),
                        "humidity": status.humidity,
                        "printer_id": spool.spec.printer_id,
                        "slot": spool.spec.slot,
                    },
                )
        for listener in list(self._drying_listeners):
            listener()
        return entered

    def spools_needing_drying(self) -> list[tuple[SpoolRecord, DryingStatus]]:
        """Spools that need drying now, longest overdue first."""
        found = [
            (self.spools[sid], status)
            for sid, status in self.drying.items()
            if status.needs_drying and sid in self.spools
        ]
        return sorted(found, key=lambda item: (-(item[1].days_since or 0.0), item[0].id))
