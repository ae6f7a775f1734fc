"""Timelapse rows (one per run) and the run lookups the capture needs. Portable Core SQL."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Select, and_, delete, func, or_, select, update

from .rows import insert_row
from .schema import printers, runs, timelapses


@dataclass(frozen=True, slots=True)
class RunRef:
    """The run facts a timelapse needs."""

    id: int
    printer_id: str
    job_key: str
    outcome: str | None
    ended_at: datetime | None


@dataclass(frozen=True, slots=True)
class TimelapseRecord:
    """A stored timelapse with its run and printer."""

    id: int
    run_id: int
    printer_id: str
    path: str
    frames: int
    fps: int
    seconds: float
    bytes: int
    created: datetime
    expires: datetime | None
    printer_name: str | None
    job_name: str | None
    file_name: str | None
    outcome: str | None
    started_at: datetime | None
    ended_at: datetime | None


def run_id_for(conn: Connection, printer_id: str, job_key: str) -> int | None:
    """The id of the run ``(printer_id, job_key)``, if it is recorded."""
    value = conn.execute(
        select(runs.c.id).where(runs.c.printer_id == printer_id, runs.c.job_key == job_key)
    ).scalar_one_or_none()
    return None if value is None else int(value)


def runs_by_id(conn: Connection, run_ids: Iterable[int]) -> dict[int, RunRef]:
    """Run facts for ``run_ids`` (unknown ids are missing from the result)."""
    ids = sorted({int(i) for i in run_ids})
    found: dict[int, RunRef] = {}
    for start in range(0, len(ids), 500):
        rows = conn.execute(
            select(
                runs.c.id, runs.c.printer_id, runs.c.job_key, runs.c.outcome, runs.c.ended_at
            ).where(runs.c.id.in_(ids[start : start + 500]))
        ).all()
        for row in rows:
            found[int(row.id)] = RunRef(
                id=int(row.id),
                printer_id=row.printer_id,
                job_key=row.job_key,
                outcome=row.outcome,
                ended_at=row.ended_at,
            )
    return found


def record_timelapse(
    conn: Connection,
    *,
    run_id: int,
    printer_id: str,
    path: str,
    frames: int,
    fps: int,
    seconds: float,
    size: int,
    created: datetime,
    expires: datetime | None,
) -> int:
    """Store the timelapse of ``run_id`` (replacing an earlier one); return its id."""
    conn.execute(delete(timelapses).where(timelapses.c.run_id == run_id))
    timelapse_id = insert_row(
        conn,
        timelapses,
        run_id=run_id,
        printer_id=printer_id,
        path=path,
        frames=frames,
        fps=fps,
        seconds=seconds,
        bytes=size,
        created=created,
        expires=expires,
    )
    conn.execute(update(runs).where(runs.c.id == run_id).values(timelapse=path))
    return timelapse_id


def _select() -> Select[Any]:
    return (
        select(
            timelapses,
            printers.c.name.label("printer_name"),
            runs.c.job_name,
            runs.c.file_name,
            runs.c.outcome,
            runs.c.started_at,
            runs.c.ended_at,
        )
        .select_from(timelapses)
        .join(runs, runs.c.id == timelapses.c.run_id)
        .join(printers, printers.c.id == timelapses.c.printer_id)
    )


def _record(row: Any) -> TimelapseRecord:
    return TimelapseRecord(
        id=int(row.id),
        run_id=int(row.run_id),
        printer_id=row.printer_id,
        path=row.path,
        frames=int(row.frames),
        fps=int(row.fps),
        seconds=float(row.seconds),
        bytes=int(row.bytes),
        created=row.created,
        expires=row.expires,
        printer_name=row.printer_name,
        job_name=row.job_name,
        file_name=row.file_name,
        outcome=row.outcome,
        started_at=row.started_at,
        ended_at=row.ended_at,
    )


def get_timelapse(conn: Connection, timelapse_id: int) -> TimelapseRecord | None:
    """One timelapse by id."""
    row = conn.execute(_select().where(timelapses.c.id == timelapse_id)).first()
    return None if row is None else _record(row)


def timelapse_page(
    conn: Connection,
    *,
    printer_id: str | None = None,
    run_id: int | None = None,
    before: tuple[datetime, int] | None = None,
    limit: int = 24,
) -> tuple[list[TimelapseRecord], tuple[datetime, int] | None]:
    """Newest first, keyset-paged on ``(created, id)``; returns (items, cursor of the next page)."""
    query = _select()
    if printer_id is not None:
        query = query.where(timelapses.c.printer_id == printer_id)
    if run_id is not None:
        query = query.where(timelapses.c.run_id == run_id)
    if before is not None:
        ts, last_id = before
        query = query.where(
            or_(
                timelapses.c.created < ts,
                and_(timelapses.c.created == ts, timelapses.c.id < last_id),
            )
        )
    rows = conn.execute(
        query.order_by(timelapses.c.created.desc(), timelapses.c.id.desc()).limit(limit + 1)
    ).all()
    items = [_record(row) for row in rows[:limit]]
    cursor = (items[-1].created, items[-1].id) if len(rows) > limit and items else None
    return items, cursor


def printers_with_timelapses(conn: Connection) -> list[tuple[str, str | None, int]]:
    """``(printer_id, name, count)`` of every printer that has timelapses, by name."""
    rows = conn.execute(
        select(timelapses.c.printer_id, printers.c.name, func.count(timelapses.c.id))
        .join(printers, printers.c.id == timelapses.c.printer_id)
        .group_by(timelapses.c.printer_id, printers.c.name)
        .order_by(printers.c.name, timelapses.c.printer_id)
    ).all()
    return [(row[0], row[1], int(row[2])) for row in rows]


def timelapses_of_printer(
    conn: Connection,
    printer_id: str,
    *,
    start: datetime | None = None,
    end: datetime | None = None,
) -> list[TimelapseRecord]:
    """A printer's timelapses created in ``[start, end)``, newest first."""
    query = _select().where(timelapses.c.printer_id == printer_id)
    if start is not None:
        query = query.where(timelapses.c.created >= start)
    if end is not None:
        query = query.where(timelapses.c.created < end)
    rows = conn.execute(query.order_by(timelapses.c.created.desc(), timelapses.c.id.desc()))
    return [_record(row) for row in rows]


def timelapse_created(conn: Connection, printer_id: str | None = None) -> list[datetime]:
    """Creation times (for grouping by local day), newest first."""
    query = select(timelapses.c.created)
    if printer_id is not None:
        query = query.where(timelapses.c.printer_id == printer_id)
    return list(conn.execute(query.order_by(timelapses.c.created.desc())).scalars())


def timelapses_created_before(conn: Connection, cutoff: datetime) -> list[TimelapseRecord]:
    """Every timelapse created before ``cutoff`` (the retention candidates), oldest first."""
    rows = conn.execute(
        _select()
        .where(timelapses.c.created < cutoff)
        .order_by(timelapses.c.created, timelapses.c.id)
    )
    return [_record(row) for row in rows]


def runs_with_timelapse(conn: Connection, run_ids: Iterable[int]) -> set[int]:
    """The ids among ``run_ids`` that have a timelapse row."""
    ids = sorted({int(i) for i in run_ids})
    found: set[int] = set()
    for start in range(0, len(ids), 500):
        found.update(
            int(v)
            for v in conn.execute(
                select(timelapses.c.run_id).where(timelapses.c.run_id.in_(ids[start : start + 500]))
            ).scalars()
        )
    return found


def delete_timelapses(conn: Connection, timelapse_ids: Sequence[int]) -> int:
    """Delete timelapse rows (and clear ``runs.timelapse``); return how many went."""
    if not timelapse_ids:
        return 0
    ids = [int(i) for i in timelapse_ids]
    run_ids = list(
        conn.execute(select(timelapses.c.run_id).where(timelapses.c.id.in_(ids))).scalars()
    )
    if run_ids:
        conn.execute(update(runs).where(runs.c.id.in_(run_ids)).values(timelapse=None))
    result = conn.execute(delete(timelapses).where(timelapses.c.id.in_(ids)))
    return int(result.rowcount or 0)
