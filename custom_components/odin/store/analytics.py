"""SQL aggregates behind failure analytics and time accuracy (portable SQLAlchemy Core).

Every figure is computed by the database (``GROUP BY`` / window functions); Python only reads
one row per group (printer, model, material, tag, bucket, code) and applies the definitions of
``farm/analytics.py`` and ``farm/accuracy.py``. Run with ``Database.read``.

Indexes used: runs by ``ended_at`` (``ix_runs_ended``) or ``(printer_id, ended_at)``
(``ix_runs_printer_ended``, v3); ``run_materials (material, run_id)`` and ``printer_tags
(tag, printer_id)`` for the filters (v3); HMS onsets by ``first_seen`` /
``(printer_id, first_seen)`` (v3).

**Local-time buckets, portably.** Days and ISO weeks are counted in the user's zone. The
bucket of a row is ``(epoch_seconds(ts) + offset(ts)) // 86400`` (days since 1970-01-01 in
local time; weeks = ``(day + 3) // 7``, 1970-01-01 being a Thursday). ``offset(ts)`` is a
``CASE`` over the zone's UTC offsets inside the window (``farm.analytics.offset_segments``,
computed in Python from zoneinfo: one branch per DST change, so a year has ~3 branches). Only
"epoch seconds of a stored UTC datetime" differs per dialect (:func:`epoch_seconds`); ``//``
is SQLAlchemy's portable integer floor division.

**Medians, portably.** The median absolute error is computed in SQL with window functions
(SQLite ≥ 3.25, PostgreSQL, MySQL 8, MariaDB 10.2 all have them): number each group's values
in order (``ROW_NUMBER() OVER (PARTITION BY g ORDER BY v)``) next to the group size
(``COUNT(*) OVER (PARTITION BY g)``) and average the one or two middle rows
(``rn IN ((cnt + 1) // 2, (cnt + 2) // 2)``). The database sorts; at most two rows per group
reach Python. We chose this over per-dialect percentile functions because MySQL and SQLite
have none, and one definition on every backend is easier to trust than a dialect switch
with a streaming fallback.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Connection,
    FromClause,
    Integer,
    case,
    cast,
    exists,
    extract,
    func,
    literal,
    literal_column,
    or_,
    select,
)

from custom_components.odin.farm.accuracy import (
    DEFAULT_RUN_LIMIT,
    EMPTY_FIGURE,
    MAX_RUN_LIMIT,
    AccuracyFigure,
    PrinterAccuracy,
    RunAccuracy,
    TimeAccuracy,
    WeekAccuracy,
    pick_estimate,
)
from custom_components.odin.farm.analytics import (
    MAX_ERRORS,
    MAX_REASONS,
    SECONDS_PER_DAY,
    WEEK_SHIFT_DAYS,
    AnalyticsQuery,
    Bucket,
    ErrorFrequency,
    FailureAnalytics,
    FailureReason,
    GroupFailures,
    Outcome,
    OutcomeCounts,
    PrinterFailures,
    PrinterRef,
    bucket_range,
    bucket_start,
    counts_from_row,
    fill_buckets,
    mtbf,
    normalize_material,
    offset_segments,
    sort_groups,
)
from custom_components.odin.farm.hms_texts import describe_error

from .schema import hms_events, printer_tags, printers, run_materials, runs
from .tags import tag_key
from .types import binary_text, nulls_first

# ---------------------------------------------------------------------------- dialect helpers


def epoch_seconds(column: ColumnElement[Any], dialect: str) -> ColumnElement[int]:
    """Whole seconds since 1970-01-01 UTC of a :class:`UTCDateTime` column (naive UTC).

    The one dialect switch of the analytics: SQLite ``strftime('%s')`` (text storage),
    PostgreSQL ``EXTRACT(EPOCH)`` (a naive timestamp is read as UTC), MySQL/MariaDB
    ``TIMESTAMPDIFF`` (independent of the session time zone, unlike ``UNIX_TIMESTAMP``).
    Fractions are truncated (floor: every stored time is after 1970).
    """
    if dialect == "sqlite":
        return cast(func.strftime("%s", column), Integer)
    if dialect == "postgresql":
        return cast(func.floor(extract("epoch", column)), BigInteger)
    if dialect in ("mysql", "mariadb"):
        return cast(
            func.timestampdiff(literal_column("SECOND"), literal("1970-01-01 00:00:00"), column),
            BigInteger,
        )
    raise NotImplementedError(f"analytics do not support the {dialect} dialect yet")


def local_bucket(
    column: ColumnElement[Any], query: AnalyticsQuery, bucket: Bucket, dialect: str
) -> ColumnElement[int]:
    """Index of the local day / ISO week of ``column`` (see the module docstring)."""
    epoch = epoch_seconds(column, dialect)
    segments = offset_segments(query.start, query.end, query.time_zone)
    offset: ColumnElement[int]
    if len(segments) == 1:
        offset = literal(segments[0][1], Integer)
    else:
        whens = [
            (epoch < int(segments[i + 1][0].timestamp()), literal(segments[i][1], Integer))
            for i in range(len(segments) - 1)
        ]
        offset = case(*whens, else_=literal(segments[-1][1], Integer))
    day = (epoch + offset) // literal(SECONDS_PER_DAY, Integer)
    if bucket is Bucket.DAY:
        return day
    return (day + literal(WEEK_SHIFT_DAYS, Integer)) // literal(7, Integer)


# ---------------------------------------------------------------------------- filters


def _printer_conditions(
    printer_col: ColumnElement[Any], query: AnalyticsQuery
) -> list[ColumnElement[bool]]:
    # The filter subqueries use aliases: the grouped queries join the same tables, and a
    # subquery on the plain table would be correlated to the outer one.
    conditions: list[ColumnElement[bool]] = []
    if query.printer_id is not None:
        conditions.append(printer_col == query.printer_id)
    if query.tag is not None:
        tags = printer_tags.alias("tag_filter")
        conditions.append(
            printer_col.in_(select(tags.c.printer_id).where(tags.c.tag == tag_key(query.tag)))
        )
    if query.model is not None:
        models = printers.alias("model_filter")
        conditions.append(
            printer_col.in_(
                select(models.c.id).where(func.lower(models.c.model) == query.model.strip().lower())
            )
        )
    return conditions


def _material_condition(
    run_id_col: ColumnElement[Any], query: AnalyticsQuery
) -> list[ColumnElement[bool]]:
    if query.material is None:
        return []
    materials = run_materials.alias("material_filter")
    material = normalize_material(query.material) or ""
    return [
        exists()
        .where(materials.c.run_id == run_id_col, materials.c.material == material)
        .correlate_except(materials)
    ]


def run_conditions(query: AnalyticsQuery) -> list[ColumnElement[bool]]:
    """Runs that ended in the window and match the filters."""
    return [
        runs.c.ended_at >= query.start,
        runs.c.ended_at < query.end,
        runs.c.outcome.is_not(None),
        *_printer_conditions(runs.c.printer_id, query),
        *_material_condition(runs.c.id, query),
    ]


def _outcome_sums() -> list[ColumnElement[Any]]:
    def count_of(outcome: Outcome) -> ColumnElement[Any]:
        return func.coalesce(func.sum(case((runs.c.outcome == str(outcome), 1), else_=0)), 0)

    known = [str(Outcome.SUCCESS), str(Outcome.FAILED), str(Outcome.CANCELLED)]
    return [
        count_of(Outcome.SUCCESS).label("success"),
        count_of(Outcome.FAILED).label("failed"),
        count_of(Outcome.CANCELLED).label("cancelled"),
        func.coalesce(func.sum(case((runs.c.outcome.in_(known), 0), else_=1)), 0).label("unknown"),
    ]


def _printer_refs(conn: Connection, query: AnalyticsQuery) -> dict[str, PrinterRef]:
    """Printers matching the printer filters (removed ones included), by id."""
    select_printers = select(
        printers.c.id, printers.c.name, printers.c.model, printers.c.removed_at
    ).where(*_printer_conditions(printers.c.id, query))
    return {
        row.id: PrinterRef(row.id, row.name, row.model, row.removed_at is not None)
        for row in conn.execute(select_printers)
    }


def _ref(refs: Mapping[str, PrinterRef], printer_id: str) -> PrinterRef:
    return refs.get(printer_id) or PrinterRef(printer_id, None, None, removed=False)


# ---------------------------------------------------------------------------- failures


def failure_analytics(
    conn: Connection, query: AnalyticsQuery, bucket: Bucket = Bucket.DAY
) -> FailureAnalytics:
    """Outcomes by printer (with MTBF), model, material and tag; reasons; error frequency;
    outcomes over time — all for the runs that ended in the window."""
    dialect = conn.dialect.name
    conditions = run_conditions(query)
    sums = _outcome_sums()

    totals = counts_from_row(conn.execute(select(*sums).where(*conditions)).mappings().one())

    refs = _printer_refs(conn, query)
    per_printer = {
        row["printer_id"]: row
        for row in conn.execute(
            select(
                runs.c.printer_id,
                *sums,
                func.coalesce(func.sum(runs.c.actual_s), 0.0).label("printing_s"),
            )
            .where(*conditions)
            .group_by(runs.c.printer_id)
        ).mappings()
    }
    by_printer: list[PrinterFailures] = []
    for printer_id in set(refs) | set(per_printer):
        ref = _ref(refs, printer_id)
        row = per_printer.get(printer_id)
        if row is None and ref.removed:
            continue  # a removed printer without runs in the window
        counts = counts_from_row(row) if row is not None else OutcomeCounts()
        printing_s = float(row["printing_s"] or 0.0) if row is not None else 0.0
        by_printer.append(PrinterFailures(ref, counts, mtbf(printing_s, counts.failed)))
    by_printer.sort(
        key=lambda p: (-p.counts.total, (p.printer.name or "").casefold(), p.printer.printer_id)
    )

    def by_group(
        key: ColumnElement[Any],
        source: FromClause,
        display: ColumnElement[Any] | None = None,
    ) -> list[GroupFailures]:
        columns = [key.label("group_key"), *sums]
        if display is not None:
            columns.append(display.label("display"))
        rows = conn.execute(
            select(*columns).select_from(source).where(*conditions).group_by(key)
        ).mappings()
        return [
            GroupFailures(row["group_key"], counts_from_row(row), display=row.get("display"))
            for row in rows
        ]

    by_model = by_group(printers.c.model, runs.join(printers, printers.c.id == runs.c.printer_id))
    by_material = by_group(
        run_materials.c.material,
        runs.outerjoin(run_materials, run_materials.c.run_id == runs.c.id),
    )
    by_tag = by_group(
        printer_tags.c.tag,
        runs.outerjoin(printer_tags, printer_tags.c.printer_id == runs.c.printer_id),
        display=func.min(binary_text(printer_tags.c.display, dialect)),
    )

    return FailureAnalytics(
        query=query,
        totals=totals,
        by_printer=by_printer,
        by_model=sort_groups(by_model),
        by_material=sort_groups(by_material),
        by_tag=sort_groups(by_tag),
        reasons=failure_reasons(conn, query),
        errors=error_frequency(conn, query),
        bucket=bucket,
        over_time=fill_buckets(query, bucket, _outcomes_by_bucket(conn, query, bucket, dialect)),
    )


def _outcomes_by_bucket(
    conn: Connection, query: AnalyticsQuery, bucket: Bucket, dialect: str
) -> dict[int, OutcomeCounts]:
    key = local_bucket(runs.c.ended_at, query, bucket, dialect).label("bucket")
    rows = conn.execute(
        select(key, *_outcome_sums()).where(*run_conditions(query)).group_by(key)
    ).mappings()
    return {int(row["bucket"]): counts_from_row(row) for row in rows}


def failure_reasons(
    conn: Connection, query: AnalyticsQuery, limit: int = MAX_REASONS
) -> list[FailureReason]:
    """Most common reasons of failed runs: by failure code, or by reason text without one."""
    dialect = conn.dialect.name
    text_key = case((runs.c.failure_code.is_(None), runs.c.failure_reason), else_=None)
    count = func.count().label("count")
    rows = conn.execute(
        select(
            runs.c.failure_code.label("code"),
            func.max(binary_text(runs.c.failure_reason, dialect)).label("reason"),
            count,
        )
        .where(*run_conditions(query), runs.c.outcome == str(Outcome.FAILED))
        .group_by(runs.c.failure_code, text_key)
        .order_by(
            count.desc(),
            *nulls_first(binary_text(runs.c.failure_code, dialect)),
            *nulls_first(binary_text(text_key, dialect)),
        )
        .limit(limit)
    ).mappings()
    return [
        FailureReason(
            code=row["code"],
            reason=row["reason"],
            description=describe_error(row["code"]),
            count=int(row["count"]),
        )
        for row in rows
    ]


def error_frequency(
    conn: Connection, query: AnalyticsQuery, limit: int = MAX_ERRORS
) -> list[ErrorFrequency]:
    """Error onsets by code in the window (``first_seen``), most frequent first."""
    count = func.count().label("count")
    conditions = [
        hms_events.c.first_seen >= query.start,
        hms_events.c.first_seen < query.end,
        *_printer_conditions(hms_events.c.printer_id, query),
        *_material_condition(hms_events.c.run_id, query),
    ]
    rows = conn.execute(
        select(
            hms_events.c.code,
            hms_events.c.source,
            func.max(hms_events.c.module).label("module"),
            func.max(hms_events.c.severity).label("severity"),
            count,
            func.count(hms_events.c.printer_id.distinct()).label("printers"),
        )
        .where(*conditions)
        .group_by(hms_events.c.code, hms_events.c.source)
        .order_by(count.desc(), hms_events.c.code)
        .limit(limit)
    ).mappings()
    return [
        ErrorFrequency(
            code=row["code"],
            source=row["source"],
            module=row["module"],
            severity=row["severity"],
            description=describe_error(row["code"], row["source"]),
            count=int(row["count"]),
            printers=int(row["printers"]),
        )
        for row in rows
    ]


# ---------------------------------------------------------------------------- time accuracy

_ESTIMATE = case(
    (runs.c.slicer_estimate_s > 0, runs.c.slicer_estimate_s), else_=runs.c.printer_estimate_s
)
_FROM_SLICER = case((runs.c.slicer_estimate_s > 0, 1), else_=0)


def accuracy_conditions(query: AnalyticsQuery) -> list[ColumnElement[bool]]:
    """Successful runs in the window with an actual time and an estimate > 0."""
    return [
        *run_conditions(query),
        runs.c.outcome == str(Outcome.SUCCESS),
        runs.c.actual_s.is_not(None),
        or_(runs.c.slicer_estimate_s > 0, runs.c.printer_estimate_s > 0),
    ]


def _accuracy_by(
    conn: Connection, query: AnalyticsQuery, group: ColumnElement[Any] | None
) -> dict[Any, AccuracyFigure]:
    """n, bias (mean) and median |error| per group (one group, key None, if ``group`` is
    None). Both statements aggregate in the database; see the module docstring."""
    error = runs.c.actual_s / _ESTIMATE - 1.0
    key = group if group is not None else literal(0, Integer)
    base = (
        select(
            key.label("k"),
            error.label("e"),
            func.abs(error).label("a"),
            _FROM_SLICER.label("s"),
        )
        .where(*accuracy_conditions(query))
        .subquery("acc")
    )
    sums = conn.execute(
        select(
            base.c.k,
            func.count().label("n"),
            func.avg(base.c.e).label("bias"),
            func.coalesce(func.sum(base.c.s), 0).label("slicer"),
        ).group_by(base.c.k)
    ).mappings()
    partition = [base.c.k] if group is not None else None
    ranked = select(
        base.c.k,
        base.c.a,
        func.row_number().over(partition_by=partition, order_by=base.c.a).label("rn"),
        func.count().over(partition_by=partition).label("cnt"),
    ).subquery("ranked")
    one = literal(1, Integer)
    two = literal(2, Integer)
    medians = {
        row["k"]: float(row["median"])
        for row in conn.execute(
            select(ranked.c.k, func.avg(ranked.c.a).label("median"))
            .where(
                or_(
                    ranked.c.rn == (ranked.c.cnt + one) // two,
                    ranked.c.rn == (ranked.c.cnt + two) // two,
                )
            )
            .group_by(ranked.c.k)
        ).mappings()
    }
    figures: dict[Any, AccuracyFigure] = {}
    for row in sums:
        n = int(row["n"])
        slicer = int(row["slicer"])
        figures[row["k"] if group is not None else None] = AccuracyFigure(
            n=n,
            median_abs_error_pct=medians[row["k"]] * 100.0,
            bias_pct=float(row["bias"]) * 100.0,
            slicer_n=slicer,
            printer_n=n - slicer,
        )
    return figures


def accuracy_runs(
    conn: Connection, query: AnalyticsQuery, limit: int = DEFAULT_RUN_LIMIT
) -> list[RunAccuracy]:
    """The newest counted runs (by end), at most ``limit`` (1..500)."""
    rows = conn.execute(
        select(
            runs.c.id,
            runs.c.printer_id,
            printers.c.name.label("printer_name"),
            runs.c.file_name,
            runs.c.job_name,
            runs.c.ended_at,
            runs.c.actual_s,
            runs.c.slicer_estimate_s,
            runs.c.printer_estimate_s,
        )
        .select_from(runs.outerjoin(printers, printers.c.id == runs.c.printer_id))
        .where(*accuracy_conditions(query))
        .order_by(runs.c.ended_at.desc(), runs.c.id.desc())
        .limit(max(1, min(limit, MAX_RUN_LIMIT)))
    ).mappings()
    result: list[RunAccuracy] = []
    for row in rows:
        picked = pick_estimate(row["slicer_estimate_s"], row["printer_estimate_s"])
        if picked is None:  # pragma: no cover - excluded by the WHERE clause
            continue
        estimate, source = picked
        result.append(
            RunAccuracy(
                run_id=int(row["id"]),
                printer_id=row["printer_id"],
                printer_name=row["printer_name"],
                file_name=row["file_name"],
                job_name=row["job_name"],
                ended_at=row["ended_at"],
                actual_s=float(row["actual_s"]),
                estimate_s=estimate,
                estimate_source=source,
            )
        )
    return result


def time_accuracy(
    conn: Connection, query: AnalyticsQuery, run_limit: int = DEFAULT_RUN_LIMIT
) -> TimeAccuracy:
    """Totals, per printer, weekly trend (every week of the window) and the newest runs."""
    dialect = conn.dialect.name
    totals = _accuracy_by(conn, query, None).get(None, EMPTY_FIGURE)
    refs = _printer_refs(conn, query)
    per_printer = _accuracy_by(conn, query, runs.c.printer_id)
    by_printer = [
        PrinterAccuracy(_ref(refs, printer_id), per_printer.get(printer_id, EMPTY_FIGURE))
        for printer_id in set(refs) | set(per_printer)
        if printer_id in per_printer or not _ref(refs, printer_id).removed
    ]
    by_printer.sort(
        key=lambda p: (-p.figure.n, (p.printer.name or "").casefold(), p.printer.printer_id)
    )
    weekly_found = {
        int(index): figure
        for index, figure in _accuracy_by(
            conn, query, local_bucket(runs.c.ended_at, query, Bucket.WEEK, dialect)
        ).items()
    }
    weekly = [
        WeekAccuracy(bucket_start(index, Bucket.WEEK), weekly_found.get(index, EMPTY_FIGURE))
        for index in bucket_range(query.start, query.end, query.time_zone, Bucket.WEEK)
    ]
    return TimeAccuracy(
        query=query,
        totals=totals,
        by_printer=by_printer,
        weekly=weekly,
        runs=accuracy_runs(conn, query, run_limit),
    )
