"""Failure analytics: the definitions of docs/definitions.md, the query window and the result
shapes.

Pure Python (no Home Assistant, no database I/O). ``store/analytics.py`` runs the SQL
aggregates and builds these results with the functions here, so every number users see is
defined in one place:

* **Window**: a run belongs to ``[start, end)`` when it *ended* in it (``ended_at``); open runs
  never count. Windows arrive as aware datetimes; daily / weekly buckets are calendar days /
  ISO weeks (Monday) in the user's time zone (a parameter, HA's configured zone).
* **Success rate** = success / (success + failed); ``None`` with no decided run. Cancelled
  (operator stop) and unknown outcomes are counted and shown apart, never as failures.
* **MTBF** per printer = printing hours / failures in the window, where printing hours = the
  sum of ``actual_s`` (pauses excluded) of the runs that ended in the window, whatever their
  outcome. With 0 failures the value is the printing hours as a lower bound ("> N h").
* A run with several filament types counts once for each type; a printer with several tags
  once for each tag (so the ``by_material`` / ``by_tag`` rows may add up to more than the
  total).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from enum import StrEnum
from typing import Any, Final

EPOCH_DAY: Final = date(1970, 1, 1)  # a Thursday
SECONDS_PER_DAY: Final = 86_400
# Day index (days since 1970-01-01) + 3 → days since Monday 1969-12-29: // 7 = ISO week index.
WEEK_SHIFT_DAYS: Final = 3
MAX_MATERIAL_LEN: Final = 64
MAX_REASONS: Final = 20
MAX_ERRORS: Final = 50
DEFAULT_WINDOW: Final = timedelta(days=30)


class Bucket(StrEnum):
    """Width of a time bucket (local calendar day or ISO week starting Monday)."""

    DAY = "day"
    WEEK = "week"


class Outcome(StrEnum):
    """Stored run outcomes (``runs.outcome``); anything else counts as unknown."""

    SUCCESS = "success"
    FAILED = "failed"
    CANCELLED = "cancelled"
    UNKNOWN = "unknown"


def normalize_material(value: object) -> str | None:
    """Canonical filament type: trimmed, whitespace collapsed, ``_`` → ``-``, upper case.

    ``" pa_cf "`` → ``"PA-CF"``, ``"petg"`` → ``"PETG"``. None for empty / non-text values.
    (Migration v003 holds a frozen copy of this rule for its backfill.)
    """
    if not isinstance(value, str):
        return None
    text = " ".join(value.split()).replace("_", "-").upper()
    return text[:MAX_MATERIAL_LEN] or None


def _aware(value: datetime, name: str) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware")
    return value.astimezone(UTC)


@dataclass(frozen=True, slots=True)
class AnalyticsQuery:
    """What to analyse: the window ``[start, end)``, the user's zone and optional filters.

    ``tag`` / ``material`` / ``model`` are matched case-insensitively (normalised by the
    store). ``start`` and ``end`` are stored in UTC.
    """

    start: datetime
    end: datetime
    time_zone: tzinfo = UTC
    printer_id: str | None = None
    tag: str | None = None
    model: str | None = None
    material: str | None = None

    def __post_init__(self) -> None:
        """Validate: aware datetimes, ``end`` after ``start``."""
        start = _aware(self.start, "start")
        end = _aware(self.end, "end")
        if end <= start:
            raise ValueError("end must be after start")
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)

    @property
    def time_zone_name(self) -> str:
        """IANA key of the zone when it has one (``zoneinfo``), else its ``str``."""
        return str(getattr(self.time_zone, "key", None) or self.time_zone)

    def window_dict(self) -> dict[str, Any]:
        """``{"start", "end", "time_zone"}`` (ISO datetimes, UTC)."""
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "time_zone": self.time_zone_name,
        }

    def filters_dict(self) -> dict[str, Any]:
        """The filters as given."""
        return {
            "printer_id": self.printer_id,
            "tag": self.tag,
            "model": self.model,
            "material": self.material,
        }


# ---------------------------------------------------------------------------- definitions


def success_rate(success: int, failed: int) -> float | None:
    """success / (success + failed), None when no run was decided."""
    decided = success + failed
    return None if decided == 0 else success / decided


@dataclass(frozen=True, slots=True)
class OutcomeCounts:
    """Outcome counts of one group of runs."""

    success: int = 0
    failed: int = 0
    cancelled: int = 0
    unknown: int = 0

    @property
    def total(self) -> int:
        """Every ended run of the group."""
        return self.success + self.failed + self.cancelled + self.unknown

    @property
    def n(self) -> int:
        """Decided runs (success + failed): the denominator of the rates."""
        return self.success + self.failed

    @property
    def success_rate(self) -> float | None:
        """success / n, None when n is 0."""
        return success_rate(self.success, self.failed)

    @property
    def failure_rate(self) -> float | None:
        """failed / n, None when n is 0."""
        decided = self.n
        return None if decided == 0 else self.failed / decided

    def as_dict(self) -> dict[str, Any]:
        """The Rate shape of docs/websocket-api.md."""
        return {
            "total": self.total,
            "success": self.success,
            "failed": self.failed,
            "cancelled": self.cancelled,
            "unknown": self.unknown,
            "n": self.n,
            "success_rate": self.success_rate,
            "failure_rate": self.failure_rate,
        }


@dataclass(frozen=True, slots=True)
class Mtbf:
    """Mean time between failures of one printer in a window."""

    printing_hours: float
    failures: int
    value_h: float
    lower_bound: bool

    def as_dict(self) -> dict[str, Any]:
        """JSON shape."""
        return {
            "printing_hours": self.printing_hours,
            "failures": self.failures,
            "value_h": self.value_h,
            "lower_bound": self.lower_bound,
        }


def mtbf(printing_seconds: float, failures: int) -> Mtbf:
    """Printing hours / failures; with 0 failures the printing hours as a lower bound."""
    hours = max(0.0, printing_seconds) / 3600.0
    if failures <= 0:
        return Mtbf(hours, 0, hours, lower_bound=True)
    return Mtbf(hours, failures, hours / failures, lower_bound=False)


# ---------------------------------------------------------------------------- time buckets


def _offset_s(tz: tzinfo, at: datetime) -> int:
    offset = at.astimezone(tz).utcoffset()
    return 0 if offset is None else int(offset.total_seconds())


def offset_segments(start: datetime, end: datetime, tz: tzinfo) -> list[tuple[datetime, int]]:
    """The UTC offsets of ``tz`` over ``[start, end)``: ``[(from_utc, offset_s), …]``.

    The first item starts at ``start``; each following one at a transition (DST), found by
    probing once a day and bisecting to the second. (Zones change offset at most a few times a
    year; two transitions within one day do not occur in the tz database.)
    """
    start = _aware(start, "start")
    end = _aware(end, "end")
    segments = [(start, _offset_s(tz, start))]
    probe = start
    step = timedelta(days=1)
    while probe < end:
        nxt = min(probe + step, end)
        current = segments[-1][1]
        if _offset_s(tz, nxt) != current:
            low, high = probe, nxt  # offset(low) == current != offset(high)
            while (high - low) > timedelta(seconds=1):
                mid = low + (high - low) / 2
                if _offset_s(tz, mid) == current:
                    low = mid
                else:
                    high = mid
            high = high.replace(microsecond=0)
            if _offset_s(tz, high) == current:  # pragma: no cover - sub-second rounding
                high += timedelta(seconds=1)
            segments.append((high, _offset_s(tz, high)))
        probe = nxt
    return segments


def day_index(day: date) -> int:
    """Days since 1970-01-01."""
    return (day - EPOCH_DAY).days


def bucket_index(day: date, bucket: Bucket) -> int:
    """Index of the bucket holding local ``day`` (days or ISO weeks since the epoch)."""
    index = day_index(day)
    return index if bucket is Bucket.DAY else (index + WEEK_SHIFT_DAYS) // 7


def bucket_start(index: int, bucket: Bucket) -> date:
    """First local day of bucket ``index`` (a Monday for weeks)."""
    if bucket is Bucket.DAY:
        return EPOCH_DAY + timedelta(days=index)
    return EPOCH_DAY + timedelta(days=index * 7 - WEEK_SHIFT_DAYS)


def bucket_of(ts: datetime, tz: tzinfo, bucket: Bucket) -> date:
    """The bucket (its first local day) of an instant: the reference the SQL must match."""
    return bucket_start(bucket_index(_aware(ts, "ts").astimezone(tz).date(), bucket), bucket)


def bucket_range(start: datetime, end: datetime, tz: tzinfo, bucket: Bucket) -> list[int]:
    """Indexes of every bucket that overlaps ``[start, end)`` in ``tz``, in order."""
    first = bucket_index(_aware(start, "start").astimezone(tz).date(), bucket)
    last_instant = _aware(end, "end") - timedelta(microseconds=1)
    last = bucket_index(last_instant.astimezone(tz).date(), bucket)
    return list(range(first, last + 1))


# ---------------------------------------------------------------------------- result shapes


@dataclass(frozen=True, slots=True)
class PrinterRef:
    """A printer as the analytics name it."""

    printer_id: str
    name: str | None
    model: str | None
    removed: bool

    def as_dict(self) -> dict[str, Any]:
        """JSON shape."""
        return {
            "printer_id": self.printer_id,
            "name": self.name,
            "model": self.model,
            "removed": self.removed,
        }


@dataclass(frozen=True, slots=True)
class PrinterFailures:
    """One printer's outcomes and MTBF."""

    printer: PrinterRef
    counts: OutcomeCounts
    mtbf: Mtbf

    def as_dict(self) -> dict[str, Any]:
        """JSON shape."""
        return self.printer.as_dict() | self.counts.as_dict() | {"mtbf": self.mtbf.as_dict()}


@dataclass(frozen=True, slots=True)
class GroupFailures:
    """Outcomes of one group (model, material or tag; key None = unknown / untagged)."""

    key: str | None
    counts: OutcomeCounts
    display: str | None = None


@dataclass(frozen=True, slots=True)
class FailureReason:
    """A failure reason and how often failed runs ended with it."""

    code: str | None
    reason: str | None
    description: str | None
    count: int

    def as_dict(self) -> dict[str, Any]:
        """JSON shape."""
        return {
            "code": self.code,
            "reason": self.reason,
            "description": self.description,
            "count": self.count,
        }


@dataclass(frozen=True, slots=True)
class ErrorFrequency:
    """How often an error code began (onsets) in the window, on how many printers."""

    code: str
    source: str
    module: str | None
    severity: str | None
    description: str | None
    count: int
    printers: int

    def as_dict(self) -> dict[str, Any]:
        """JSON shape."""
        return {
            "code": self.code,
            "source": self.source,
            "module": self.module,
            "severity": self.severity,
            "description": self.description,
            "count": self.count,
            "printers": self.printers,
        }


@dataclass(frozen=True, slots=True)
class BucketCounts:
    """Outcome counts of one time bucket."""

    start: date
    counts: OutcomeCounts

    def as_dict(self) -> dict[str, Any]:
        """JSON shape."""
        counts = self.counts
        return {
            "start": self.start.isoformat(),
            "success": counts.success,
            "failed": counts.failed,
            "cancelled": counts.cancelled,
            "unknown": counts.unknown,
            "total": counts.total,
        }


def _group_sort_key(group: GroupFailures) -> tuple[int, int, str]:
    return (-group.counts.total, group.key is None, group.key or "")


def sort_groups(groups: Sequence[GroupFailures]) -> list[GroupFailures]:
    """Largest group first, then by key; the unknown (None) group last among equals."""
    return sorted(groups, key=_group_sort_key)


@dataclass(frozen=True, slots=True)
class FailureAnalytics:
    """Everything ``odin/analytics/failures`` returns."""

    query: AnalyticsQuery
    totals: OutcomeCounts
    by_printer: list[PrinterFailures]
    by_model: list[GroupFailures]
    by_material: list[GroupFailures]
    by_tag: list[GroupFailures]
    reasons: list[FailureReason]
    errors: list[ErrorFrequency]
    bucket: Bucket
    over_time: list[BucketCounts] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """The JSON shape of docs/websocket-api.md."""
        return {
            "window": self.query.window_dict(),
            "filters": self.query.filters_dict(),
            "totals": self.totals.as_dict(),
            "by_printer": [p.as_dict() for p in self.by_printer],
            "by_model": [{"model": g.key} | g.counts.as_dict() for g in self.by_model],
            "by_material": [{"material": g.key} | g.counts.as_dict() for g in self.by_material],
            "by_tag": [
                {"tag": g.key, "display": g.display} | g.counts.as_dict() for g in self.by_tag
            ],
            "reasons": [r.as_dict() for r in self.reasons],
            "errors": [e.as_dict() for e in self.errors],
            "over_time": {
                "bucket": str(self.bucket),
                "items": [b.as_dict() for b in self.over_time],
            },
        }


def counts_from_row(row: Mapping[Any, Any]) -> OutcomeCounts:
    """OutcomeCounts from an aggregate row with success/failed/cancelled/unknown sums."""
    return OutcomeCounts(
        success=int(row.get("success") or 0),
        failed=int(row.get("failed") or 0),
        cancelled=int(row.get("cancelled") or 0),
        unknown=int(row.get("unknown") or 0),
    )


def fill_buckets(
    query: AnalyticsQuery, bucket: Bucket, found: Mapping[int, OutcomeCounts]
) -> list[BucketCounts]:
    """Every bucket of the window in order, zeros where ``found`` has none."""
    return [
        BucketCounts(bucket_start(index, bucket), found.get(index, OutcomeCounts()))
        for index in bucket_range(query.start, query.end, query.time_zone, bucket)
    ]
