"""The print queue of the loaded farm (the HA side of ``farm/scheduler.py``).

The cache :attr:`QueueService.jobs` (active jobs in queue order, then finished ones) feeds the
to-do list, the API and the dispatcher; it is reloaded after each change and the queue
listeners are called. Checks that depend on stored rows run inside the write transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING, Final

from homeassistant.core import CALLBACK_TYPE, Context, HomeAssistant, callback
from homeassistant.util import dt as dt_util
from sqlalchemy import Connection

from ..const import CONF_MODEL, CONF_MODEL_CODE
from ..farm.analytics import normalize_material
from ..farm.errors import InvalidInput, check_text
from ..farm.scheduler import (
    MAX_NAME_LEN,
    MAX_NOTES_LEN,
    Constraints,
    Decision,
    JobStatus,
    NewJob,
    PrinterView,
    check_transition,
    decide,
    reorder,
)
from ..helpers import actor_label, translated
from ..printers.model import ErrorSeverity
from ..store.queue import (
    QueueRecord,
    get_job,
    insert_jobs,
    list_jobs,
    remove_jobs,
    set_order,
    set_status,
    update_job,
)
from .base import FarmService

if TYPE_CHECKING:
    from ..data import FarmRuntime, OdinConfigEntry
    from ..hub import PrinterHub

_STATUS_RANK: Final = {JobStatus.PRINTING: 0, JobStatus.ASSIGNED: 1, JobStatus.QUEUED: 2}


def sort_jobs(jobs: Sequence[QueueRecord]) -> list[QueueRecord]:
    """Printing, assigned, then queued jobs in queue order; then finished ones (as given:
    newest first)."""
    active = sorted(
        (j for j in jobs if j.active),
        key=lambda j: (_STATUS_RANK[j.status], -j.priority, j.position, j.id),
    )
    return active + [j for j in jobs if not j.active]


def _has_error(hub: PrinterHub) -> bool:
    return any(e.severity is not ErrorSeverity.INFO for e in hub.snapshot.errors)


class QueueService(FarmService):
    """Queue items: cache, scheduler decisions and changes (audited)."""

    def __init__(self, hass: HomeAssistant, entry: OdinConfigEntry, runtime: FarmRuntime) -> None:
        """Initialize (nothing runs before :meth:`async_start`)."""
        super().__init__(hass, entry, runtime)
        self.jobs: list[QueueRecord] = []
        self._queue_listeners: list[CALLBACK_TYPE] = []

    async def async_start(self) -> None:
        """Load the queue."""
        self.jobs = sort_jobs(await self._read(list_jobs))

    @callback
    def add_queue_listener(self, listener: CALLBACK_TYPE) -> CALLBACK_TYPE:
        """Call ``listener`` when the queue changed. Returns the remover."""
        self._queue_listeners.append(listener)
        return lambda: self._queue_listeners.remove(listener)

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
                    tags=tuple(self.runtime.tags.tags.get(printer_id, ())),
                    nozzle_mm=nozzle,
                    filaments=filaments,
                )
            )
        return views

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
            self.runtime.tags.printers_with_tag(tag)

    async def async_reload_jobs(self) -> None:
        """Reload the queue cache and tell the queue listeners."""
        self.jobs = sort_jobs(await self._read(list_jobs))
        for listener in list(self._queue_listeners):
            listener()

    async def async_add_jobs(
        self, jobs: Sequence[NewJob], *, context: Context | None, file_hash: str | None = None
    ) -> list[QueueRecord]:
        """Queue validated jobs (one audit row each); ``file_hash``: the stored file they
        print (checked by the caller, see ops/dispatch.py)."""
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
        await self.async_reload_jobs()
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
        await self.async_reload_jobs()
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
        await self.async_reload_jobs()
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
        await self.async_reload_jobs()

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
        await self.async_reload_jobs()
        return order
