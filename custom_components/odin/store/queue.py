"""Queue items (``queue_items``): add, read, status changes, ordering.

The rules (statuses, transitions, order, validation) are ``farm/scheduler.py``; this module
only stores. Every function runs on a database thread with the caller's connection.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from sqlalchemy import Connection, func, select, update

from custom_components.odin.farm.scheduler import (
    ACTIVE_STATUSES,
    FINISHED_STATUSES,
    Constraints,
    JobStatus,
    JobView,
    NewJob,
)

from .rows import insert_row
from .schema import queue_items

DEFAULT_FINISHED_LIMIT: Final = 50


@dataclass(frozen=True, slots=True)
class QueueRecord:
    """A stored queue item."""

    id: int
    status: JobStatus
    name: str
    file: str
    priority: int
    position: int
    constraints: Constraints
    options: dict[str, Any]
    notes: str | None
    preset_id: int | None
    created_at: datetime
    updated_at: datetime
    created_by: str | None
    printer_id: str | None
    assigned_at: datetime | None
    started_at: datetime | None
    ended_at: datetime | None
    attempts: int
    last_report: Any
    run_id: int | None
    removed_at: datetime | None
    file_hash: str | None = None  # v6: the stored file (files.hash)

    @property
    def view(self) -> JobView:
        """What the scheduler needs."""
        return JobView(
            job_id=self.id,
            priority=self.priority,
            position=self.position,
            constraints=self.constraints,
            status=self.status,
            printer_id=self.printer_id,
        )

    @property
    def active(self) -> bool:
        """Queued, assigned or printing."""
        return self.status in ACTIVE_STATUSES

    def as_dict(self) -> dict[str, Any]:
        """JSON shape (``Job`` in docs/websocket-api.md, without ``decision``)."""
        return {
            "job_id": self.id,
            "name": self.name,
            "file": self.file,
            "status": str(self.status),
            "priority": self.priority,
            "position": self.position,
            "constraints": self.constraints.as_dict(),
            "options": dict(self.options),
            "notes": self.notes,
            "preset_id": self.preset_id,
            "created_at": self.created_at.isoformat(),
            "updated_at": self.updated_at.isoformat(),
            "created_by": self.created_by,
            "printer_id": self.printer_id,
            "started_at": self.started_at.isoformat() if self.started_at else None,
            "ended_at": self.ended_at.isoformat() if self.ended_at else None,
            "attempts": self.attempts,
            "file_hash": self.file_hash,
            "run_id": self.run_id,
            "assigned_at": self.assigned_at.isoformat() if self.assigned_at else None,
            "last_report": self.last_report,
        }


def _record(row: Any) -> QueueRecord:
    data = row._asdict()
    try:
        data["status"] = JobStatus(data["status"])
    except ValueError:
        data["status"] = JobStatus.FAILED  # unknown stored value: never schedule it
    data["constraints"] = Constraints.from_dict(data["constraints"])
    data["options"] = dict(data["options"] or {})
    return QueueRecord(**data)


def insert_jobs(
    conn: Connection,
    jobs: Sequence[NewJob],
    *,
    ts: datetime,
    created_by: str | None,
    file_hash: str | None = None,
) -> list[QueueRecord]:
    """Append ``jobs`` to the queue (positions after every existing item), status queued.

    ``file_hash``: the stored file (``files.hash``) every one of ``jobs`` prints."""
    if not jobs:
        return []
    last = conn.execute(select(func.max(queue_items.c.position))).scalar_one_or_none() or 0
    ids: list[int] = []
    for offset, job in enumerate(jobs, start=1):
        job_id = insert_row(
            conn,
            queue_items,
            status=str(JobStatus.QUEUED),
            name=job.name,
            file=job.file,
            priority=job.priority,
            position=int(last) + offset,
            constraints=job.constraints.as_dict(),
            options=dict(job.options),
            notes=job.notes,
            preset_id=job.preset_id,
            created_at=ts,
            updated_at=ts,
            created_by=created_by,
            attempts=0,
            file_hash=file_hash,
        )
        ids.append(job_id)
    return get_jobs(conn, ids)


def get_job(conn: Connection, job_id: int) -> QueueRecord | None:
    """One queue item by id (removed ones included)."""
    row = conn.execute(select(queue_items).where(queue_items.c.id == job_id)).first()
    return None if row is None else _record(row)


def get_jobs(conn: Connection, job_ids: Iterable[int]) -> list[QueueRecord]:
    """Queue items by id, in the order of ``job_ids`` (unknown ids skipped)."""
    ids = list(job_ids)
    if not ids:
        return []
    rows = conn.execute(select(queue_items).where(queue_items.c.id.in_(sorted(set(ids)))))
    found = {record.id: record for record in map(_record, rows)}
    return [found[i] for i in ids if i in found]


def list_jobs(
    conn: Connection, *, finished_limit: int = DEFAULT_FINISHED_LIMIT
) -> list[QueueRecord]:
    """Every active item (queue order) and the ``finished_limit`` latest finished ones that
    were not removed (newest first). Removed items are left out."""
    active = conn.execute(
        select(queue_items)
        .where(
            queue_items.c.status.in_([str(s) for s in ACTIVE_STATUSES]),
            queue_items.c.removed_at.is_(None),
        )
        .order_by(queue_items.c.priority.desc(), queue_items.c.position, queue_items.c.id)
    )
    records = [_record(row) for row in active]
    if finished_limit > 0:
        finished = conn.execute(
            select(queue_items)
            .where(
                queue_items.c.status.in_([str(s) for s in FINISHED_STATUSES]),
                queue_items.c.removed_at.is_(None),
            )
            .order_by(queue_items.c.updated_at.desc(), queue_items.c.id.desc())
            .limit(finished_limit)
        )
        records.extend(_record(row) for row in finished)
    return records


def set_status(conn: Connection, job_id: int, status: JobStatus, *, ts: datetime) -> None:
    """Store a status change (the caller checked the transition).

    Finished → ``ended_at`` = ts; queued again → a new position at the end, assignment cleared.
    """
    values: dict[str, Any] = {"status": str(status), "updated_at": ts}
    if status in FINISHED_STATUSES:
        values["ended_at"] = ts
    elif status is JobStatus.QUEUED:
        last = conn.execute(select(func.max(queue_items.c.position))).scalar_one_or_none() or 0
        values.update(
            position=int(last) + 1,
            printer_id=None,
            assigned_at=None,
            started_at=None,
            ended_at=None,
        )
    conn.execute(update(queue_items).where(queue_items.c.id == job_id).values(**values))


def update_job(
    conn: Connection,
    job_id: int,
    *,
    ts: datetime,
    name: str | None = None,
    notes: str | None = None,
    clear_notes: bool = False,
) -> None:
    """Rename and/or change notes (``clear_notes`` empties them)."""
    values: dict[str, Any] = {"updated_at": ts}
    if name is not None:
        values["name"] = name
    if notes is not None or clear_notes:
        values["notes"] = notes
    conn.execute(update(queue_items).where(queue_items.c.id == job_id).values(**values))


def set_order(
    conn: Connection, ordered_ids: Sequence[int], *, job_id: int, priority: int, ts: datetime
) -> None:
    """Store a new queue order: positions 1..n for ``ordered_ids``; the moved job's priority."""
    for position, item_id in enumerate(ordered_ids, start=1):
        values: dict[str, Any] = {"position": position}
        if item_id == job_id:
            values.update(priority=priority, updated_at=ts)
        conn.execute(update(queue_items).where(queue_items.c.id == item_id).values(**values))


def remove_jobs(conn: Connection, job_ids: Iterable[int], *, ts: datetime) -> None:
    """Hide items from the lists (rows kept)."""
    ids = sorted(set(job_ids))
    if ids:
        conn.execute(
            update(queue_items)
            .where(queue_items.c.id.in_(ids))
            .values(removed_at=ts, updated_at=ts)
        )


def count_jobs(conn: Connection) -> int:
    """Every stored queue item (tests and diagnostics)."""
    return int(conn.execute(select(func.count()).select_from(queue_items)).scalar_one())


# ---------------------------------------------------------------------------- dispatch (v6)


def set_report(conn: Connection, job_id: int, report: Any, *, ts: datetime) -> None:
    """Store the last guard/dispatch report of a job (its status unchanged)."""
    conn.execute(
        update(queue_items)
        .where(queue_items.c.id == job_id)
        .values(last_report=report, updated_at=ts)
    )


def _move(
    conn: Connection, job_id: int, source: JobStatus, target: JobStatus, **values: Any
) -> bool:
    """``source`` → ``target`` with ``values``. False if the job was not in ``source``."""
    result = conn.execute(
        update(queue_items)
        .where(queue_items.c.id == job_id, queue_items.c.status == str(source))
        .values(status=str(target), **values)
    )
    return bool(result.rowcount)


def assign_job(
    conn: Connection, job_id: int, printer_id: str, report: Any, *, ts: datetime
) -> bool:
    """queued → assigned to ``printer_id`` (one more attempt). False if the job is no longer
    queued (another dispatch took it)."""
    return _move(
        conn,
        job_id,
        JobStatus.QUEUED,
        JobStatus.ASSIGNED,
        printer_id=printer_id,
        assigned_at=ts,
        attempts=queue_items.c.attempts + 1,
        last_report=report,
        updated_at=ts,
    )


def unassign_job(conn: Connection, job_id: int, report: Any, *, ts: datetime) -> None:
    """assigned → queued again at its old place (a failed send), with the reason."""
    _move(
        conn,
        job_id,
        JobStatus.ASSIGNED,
        JobStatus.QUEUED,
        printer_id=None,
        assigned_at=None,
        last_report=report,
        updated_at=ts,
    )


def mark_printing(
    conn: Connection, job_id: int, *, ts: datetime, run_id: int | None = None
) -> None:
    """assigned → printing (started at ``ts``); ``run_id`` links the run when known."""
    _move(conn, job_id, JobStatus.ASSIGNED, JobStatus.PRINTING, started_at=ts, updated_at=ts)
    if run_id is not None:
        conn.execute(update(queue_items).where(queue_items.c.id == job_id).values(run_id=run_id))


def finish_job(
    conn: Connection, job_id: int, status: JobStatus, report: Any, *, ts: datetime
) -> None:
    """A printing/assigned job ended at the printer (done, failed or cancelled)."""
    conn.execute(
        update(queue_items)
        .where(
            queue_items.c.id == job_id,
            queue_items.c.status.in_([str(JobStatus.PRINTING), str(JobStatus.ASSIGNED)]),
        )
        .values(status=str(status), ended_at=ts, updated_at=ts, last_report=report)
    )
