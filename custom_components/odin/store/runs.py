"""Run and HMS rows: apply ``farm.runs`` operations idempotently; load open state; readers.

Idempotency (a replayed op list leaves the same rows):

* ``StartRun`` inserts only if ``(printer_id, job_key)`` does not exist.
* ``UpdateRun`` and ``EndRun`` touch only a run that is still open (``outcome IS NULL``).
* ``run_materials`` (one row per normalised filament type) follows ``runs.filament``: written
  with the run on ``StartRun`` and replaced when an ``UpdateRun`` sets ``filament``.
* ``ErrorOnset`` inserts only if that ``(printer, code)`` has no open row and no row with the
  same onset time; ``ErrorClear`` closes the open row if it began at or before the clear.

Run this inside ``Database.write`` (one transaction for the whole list).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import datetime
import logging
from typing import Any

from sqlalchemy import Column, Connection, Select, and_, delete, func, insert, or_, select, update

from custom_components.odin.farm.analytics import normalize_material
from custom_components.odin.farm.runs import (
    UPDATABLE_FIELDS,
    EndRun,
    ErrorClear,
    ErrorOnset,
    OpenRunState,
    RunOp,
    StartRun,
    UpdateRun,
)
from custom_components.odin.printers.model import ErrorSeverity, PrinterError, RunOutcome

from .journal import durable_write, journal_types
from .printers import ensure_printer
from .rows import insert_row
from .schema import hms_events, run_materials, runs

_LOGGER = logging.getLogger(__name__)

journal_types(StartRun, UpdateRun, EndRun, ErrorOnset, ErrorClear)
journal_types(PrinterError, ErrorSeverity, RunOutcome)


@dataclass(frozen=True, slots=True)
class RunRecord:
    """A stored run (every column of ``runs``)."""

    id: int
    printer_id: str
    job_key: str
    file_name: str | None
    job_name: str | None
    file_hash: str | None
    queue_item_id: int | None
    preset_id: int | None
    started_at: datetime
    first_layer_at: datetime | None
    ended_at: datetime | None
    outcome: str | None
    outcome_source: str | None
    failure_reason: str | None
    failure_code: str | None
    slicer_estimate_s: float | None
    printer_estimate_s: float | None
    actual_s: float | None
    paused_s: float
    paused_since: datetime | None
    total_layers: int | None
    filament: list[dict[str, Any]] | None
    timelapse: str | None
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class HmsEventRecord:
    """A stored error onset (and its clear)."""

    id: int
    printer_id: str
    run_id: int | None
    code: str
    source: str
    severity: str
    module: str | None
    message: str | None
    first_seen: datetime
    cleared_at: datetime | None


# ---------------------------------------------------------------------------- write path


@durable_write
def apply_ops(conn: Connection, ops: Iterable[RunOp]) -> list[str]:
    """Apply run operations in order, each idempotently. Returns the job keys of the runs an
    ``EndRun`` closed here (a run closed already is left alone and not listed)."""
    closed: list[str] = []
    for op in ops:
        match op:
            case StartRun():
                _start(conn, op)
            case UpdateRun():
                _update(conn, op)
            case EndRun():
                if _end(conn, op):
                    closed.append(op.job_key)
            case ErrorOnset():
                _onset(conn, op)
            case ErrorClear():
                _clear(conn, op)
    return closed


def _run_key(printer_id: str, job_key: str) -> Any:
    return and_(runs.c.printer_id == printer_id, runs.c.job_key == job_key)


def _start(conn: Connection, op: StartRun) -> None:
    exists = conn.execute(select(runs.c.id).where(_run_key(op.printer_id, op.job_key))).first()
    if exists is not None:
        return
    ensure_printer(conn, op.printer_id, op.started_at)
    run_id = insert_row(
        conn,
        runs,
        printer_id=op.printer_id,
        job_key=op.job_key,
        started_at=op.started_at,
        file_name=op.file_name,
        job_name=op.job_name,
        slicer_estimate_s=op.slicer_estimate_s,
        printer_estimate_s=op.printer_estimate_s,
        total_layers=op.total_layers,
        filament=None if op.filament is None else [dict(f) for f in op.filament],
        paused_s=0.0,
        updated_at=op.started_at,
    )
    _set_materials(conn, run_id, op.filament)


def material_rows(run_id: int, filament: Any) -> list[dict[str, Any]]:
    """``run_materials`` rows for a run's filament list (``[{type, grams}, …]``).

    Types are normalised (:func:`farm.analytics.normalize_material`); one row per type with
    the summed grams (None when no entry of that type had grams).
    """
    if not isinstance(filament, list | tuple):
        return []
    found: dict[str, float | None] = {}
    for item in filament:
        if not isinstance(item, Mapping):
            continue
        material = normalize_material(item.get("type"))
        if material is None:
            continue
        grams = item.get("grams")
        grams = (
            float(grams) if isinstance(grams, int | float) and not isinstance(grams, bool) else None
        )
        if material not in found:
            found[material] = grams
        elif grams is not None:
            found[material] = (found[material] or 0.0) + grams
    return [{"run_id": run_id, "material": m, "grams": g} for m, g in found.items()]


def _set_materials(conn: Connection, run_id: int, filament: Any) -> None:
    conn.execute(delete(run_materials).where(run_materials.c.run_id == run_id))
    rows = material_rows(run_id, list(filament) if filament is not None else None)
    if rows:
        conn.execute(insert(run_materials), rows)


def _update(conn: Connection, op: UpdateRun) -> None:
    unknown = set(op.fields) - UPDATABLE_FIELDS
    if unknown:
        raise ValueError(f"UpdateRun cannot set {sorted(unknown)}")
    if not op.fields:
        return
    result = conn.execute(
        update(runs)
        .where(_run_key(op.printer_id, op.job_key), runs.c.outcome.is_(None))
        .values(updated_at=op.ts, **op.fields)
    )
    if "filament" in op.fields and result.rowcount:
        run_id = conn.execute(
            select(runs.c.id).where(_run_key(op.printer_id, op.job_key))
        ).scalar_one()
        _set_materials(conn, run_id, op.fields["filament"])


def _end(conn: Connection, op: EndRun) -> bool:
    result = conn.execute(
        update(runs)
        .where(_run_key(op.printer_id, op.job_key), runs.c.outcome.is_(None))
        .values(
            ended_at=op.ended_at,
            outcome=str(op.outcome),
            outcome_source=op.outcome_source,
            failure_reason=op.failure_reason,
            failure_code=op.failure_code,
            actual_s=op.actual_s,
            paused_s=op.paused_s,
            paused_since=None,
            updated_at=op.ended_at,
        )
    )
    return bool(result.rowcount)


def _onset(conn: Connection, op: ErrorOnset) -> None:
    error = op.error
    exists = conn.execute(
        select(hms_events.c.id).where(
            hms_events.c.printer_id == op.printer_id,
            hms_events.c.code == error.code,
            or_(hms_events.c.cleared_at.is_(None), hms_events.c.first_seen == op.ts),
        )
    ).first()
    if exists is not None:
        return
    run_id = None
    if op.job_key is not None:
        run_id = conn.execute(
            select(runs.c.id).where(_run_key(op.printer_id, op.job_key))
        ).scalar_one_or_none()
    ensure_printer(conn, op.printer_id, op.ts)
    conn.execute(
        insert(hms_events).values(
            printer_id=op.printer_id,
            run_id=run_id,
            code=error.code,
            source=error.source,
            severity=str(error.severity),
            module=error.module,
            message=error.message,
            first_seen=op.ts,
        )
    )


def _clear(conn: Connection, op: ErrorClear) -> None:
    conn.execute(
        update(hms_events)
        .where(
            hms_events.c.printer_id == op.printer_id,
            hms_events.c.code == op.code,
            hms_events.c.cleared_at.is_(None),
            # a replayed clear must not close a later onset
            hms_events.c.first_seen <= op.ts,
        )
        .values(cleared_at=op.ts)
    )


# ---------------------------------------------------------------------------- restart state


def load_open_runs(conn: Connection) -> dict[str, OpenRunState]:
    """Open runs (outcome NULL) by printer id, for ``RunTracker`` after a restart.

    The tracker never leaves two runs open for one printer; should a database hold more, the
    newest is returned and the others are logged (and left as they are).
    """
    query = (
        select(
            runs.c.printer_id,
            runs.c.job_key,
            runs.c.started_at,
            runs.c.paused_s,
            runs.c.paused_since,
            runs.c.first_layer_at,
        )
        .where(runs.c.outcome.is_(None))
        .order_by(runs.c.started_at, runs.c.id)
    )
    result: dict[str, OpenRunState] = {}
    for row in conn.execute(query):
        if row.printer_id in result:
            _LOGGER.warning(
                "Printer %s has several open runs; tracking the newest (%s)",
                row.printer_id,
                row.job_key,
            )
        result[row.printer_id] = OpenRunState(
            job_key=row.job_key,
            started_at=row.started_at,
            paused_s=row.paused_s or 0.0,
            paused_since=row.paused_since,
            first_layer_at=row.first_layer_at,
        )
    return result


def load_open_error_codes(conn: Connection) -> dict[str, frozenset[str]]:
    """Codes of uncleared errors by printer id, for ``RunTracker(open_error_codes=…)``."""
    query = select(hms_events.c.printer_id, hms_events.c.code).where(
        hms_events.c.cleared_at.is_(None)
    )
    found: dict[str, set[str]] = {}
    for row in conn.execute(query):
        found.setdefault(row.printer_id, set()).add(row.code)
    return {printer_id: frozenset(codes) for printer_id, codes in found.items()}


def load_recent_closed_keys(conn: Connection, per_printer: int = 64) -> dict[str, list[str]]:
    """Job keys of each printer's most recently started closed runs, oldest first, for
    ``RunTracker(closed_keys=…)`` (a history replay after a restart is not recorded again)."""
    ranked = (
        select(
            runs.c.printer_id,
            runs.c.job_key,
            runs.c.started_at,
            runs.c.id,
            func.row_number()
            .over(
                partition_by=runs.c.printer_id,
                order_by=(runs.c.started_at.desc(), runs.c.id.desc()),
            )
            .label("rank"),
        )
        .where(runs.c.outcome.is_not(None))
        .subquery()
    )
    query = (
        select(ranked.c.printer_id, ranked.c.job_key)
        .where(ranked.c.rank <= per_printer)
        .order_by(ranked.c.printer_id, ranked.c.started_at, ranked.c.id)
    )
    found: dict[str, list[str]] = {}
    for row in conn.execute(query):
        found.setdefault(row.printer_id, []).append(row.job_key)
    return found


# ---------------------------------------------------------------------------- readers


def _limited[Q: Select[Any]](query: Q, limit: int) -> Q:
    return query.limit(max(1, min(limit, 10_000)))


def _newest_rows(
    conn: Connection,
    when: Column[Any],
    closed: Column[Any],
    printer_id: str | None,
    limit: int,
    open_only: bool,
) -> list[dict[str, Any]]:
    """Rows of ``when``'s table, newest first (by ``when``, then id); optionally one
    printer's, or only those whose ``closed`` is still NULL."""
    table = when.table
    query = select(table).order_by(when.desc(), table.c.id.desc())
    if printer_id is not None:
        query = query.where(table.c.printer_id == printer_id)
    if open_only:
        query = query.where(closed.is_(None))
    return [row._asdict() for row in conn.execute(_limited(query, limit))]


def list_runs(
    conn: Connection,
    printer_id: str | None = None,
    limit: int = 100,
    *,
    open_only: bool = False,
) -> list[RunRecord]:
    """Newest runs first (by start, then id); optionally one printer's or only open ones."""
    rows = _newest_rows(conn, runs.c.started_at, runs.c.outcome, printer_id, limit, open_only)
    return [RunRecord(**row) for row in rows]


def get_run(conn: Connection, printer_id: str, job_key: str) -> RunRecord | None:
    """One run by its natural key."""
    row = conn.execute(select(runs).where(_run_key(printer_id, job_key))).first()
    return None if row is None else RunRecord(**row._asdict())


def list_hms_events(
    conn: Connection,
    printer_id: str | None = None,
    limit: int = 100,
    *,
    open_only: bool = False,
) -> list[HmsEventRecord]:
    """Newest error onsets first; optionally one printer's or only uncleared ones."""
    rows = _newest_rows(
        conn, hms_events.c.first_seen, hms_events.c.cleared_at, printer_id, limit, open_only
    )
    return [HmsEventRecord(**row) for row in rows]


def run_to_dict(record: RunRecord) -> Mapping[str, Any]:
    """A JSON-friendly dict of a run (datetimes as ISO 8601), for diagnostics."""
    return {
        key: value.isoformat() if isinstance(value, datetime) else value
        for key, value in asdict(record).items()
    }


def link_run(
    conn: Connection,
    printer_id: str,
    job_key: str,
    *,
    queue_item_id: int,
    preset_id: int | None,
    file_hash: str | None,
) -> int | None:
    """Link a printer's run to the queue item (and preset, file) that started it; returns the
    run id (None when the run is not stored)."""
    run_id = conn.execute(
        select(runs.c.id).where(_run_key(printer_id, job_key))
    ).scalar_one_or_none()
    if run_id is None:
        return None
    values: dict[str, Any] = {"queue_item_id": queue_item_id, "preset_id": preset_id}
    if file_hash is not None:
        values["file_hash"] = file_hash
    conn.execute(update(runs).where(runs.c.id == run_id).values(**values))
    return int(run_id)
