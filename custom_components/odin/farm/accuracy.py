"""Time accuracy: how well estimates predict printing time (docs/definitions.md). Pure Python.

Definitions (``store/analytics.py`` computes them in SQL; :func:`reference_figure` is the same
definition in Python, used by the tests as the oracle):

* Only **successful** runs count (a failed or cancelled run's time says nothing about the
  estimate), with ``actual_s`` known and an estimate > 0.
* The estimate of a run is the slicer's (``slicer_estimate_s``) when it is > 0, else the
  printer's own (``printer_estimate_s``); results say which (``estimate_source``).
* Per run: ``ratio = actual_s / estimate``; ``error_pct = (ratio - 1) · 100`` (positive: the
  print took longer than estimated).
* Per group (printer, week, all): ``median_abs_error_pct`` = median of ``|ratio - 1| · 100``
  (for an even n the mean of the two middle values); ``bias_pct`` = the **mean** of
  ``(ratio - 1) · 100`` (the systematic lean: the median says how far off a typical print is,
  the mean bias says in which direction the estimates are off on average, and unlike a median
  it reflects every run's contribution); ``n`` = runs counted. Both are None when n = 0.
* Weekly trend: the same figures per ISO week (Monday, the user's time zone), by ``ended_at``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Final

from .analytics import AnalyticsQuery, PrinterRef

DEFAULT_RUN_LIMIT: Final = 50
MAX_RUN_LIMIT: Final = 500


class EstimateSource(StrEnum):
    """Which estimate a run was compared with."""

    SLICER = "slicer"
    PRINTER = "printer"


def pick_estimate(
    slicer_estimate_s: float | None, printer_estimate_s: float | None
) -> tuple[float, EstimateSource] | None:
    """The estimate to compare with: the slicer's if > 0, else the printer's if > 0."""
    if slicer_estimate_s is not None and slicer_estimate_s > 0:
        return float(slicer_estimate_s), EstimateSource.SLICER
    if printer_estimate_s is not None and printer_estimate_s > 0:
        return float(printer_estimate_s), EstimateSource.PRINTER
    return None


def median(values: Iterable[float]) -> float | None:
    """Median (mean of the two middle values for an even count); None when empty."""
    ordered = sorted(values)
    count = len(ordered)
    if count == 0:
        return None
    middle = count // 2
    if count % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


@dataclass(frozen=True, slots=True)
class AccuracyFigure:
    """Accuracy of a group of runs."""

    n: int
    median_abs_error_pct: float | None
    bias_pct: float | None
    slicer_n: int = 0
    printer_n: int = 0

    def as_dict(self) -> dict[str, Any]:
        """JSON shape."""
        return {
            "n": self.n,
            "median_abs_error_pct": self.median_abs_error_pct,
            "bias_pct": self.bias_pct,
            "estimate_sources": {
                str(EstimateSource.SLICER): self.slicer_n,
                str(EstimateSource.PRINTER): self.printer_n,
            },
        }


EMPTY_FIGURE: Final = AccuracyFigure(0, None, None)


def reference_figure(pairs: Sequence[tuple[float, float | None, float | None]]) -> AccuracyFigure:
    """The definition in Python over ``(actual_s, slicer_estimate_s, printer_estimate_s)``.

    Runs without a usable estimate are skipped. (The store computes the same in SQL.)
    """
    errors: list[float] = []
    slicer_n = printer_n = 0
    for actual, slicer, printer in pairs:
        picked = pick_estimate(slicer, printer)
        if picked is None:
            continue
        estimate, source = picked
        errors.append(actual / estimate - 1.0)
        if source is EstimateSource.SLICER:
            slicer_n += 1
        else:
            printer_n += 1
    if not errors:
        return EMPTY_FIGURE
    abs_median = median(abs(e) for e in errors)
    assert abs_median is not None
    return AccuracyFigure(
        n=len(errors),
        median_abs_error_pct=abs_median * 100.0,
        bias_pct=sum(errors) / len(errors) * 100.0,
        slicer_n=slicer_n,
        printer_n=printer_n,
    )


@dataclass(frozen=True, slots=True)
class RunAccuracy:
    """One run compared with its estimate."""

    run_id: int
    printer_id: str
    printer_name: str | None
    file_name: str | None
    job_name: str | None
    ended_at: datetime
    actual_s: float
    estimate_s: float
    estimate_source: EstimateSource

    @property
    def ratio(self) -> float:
        """actual / estimate."""
        return self.actual_s / self.estimate_s

    @property
    def error_pct(self) -> float:
        """(ratio - 1) · 100."""
        return (self.ratio - 1.0) * 100.0

    def as_dict(self) -> dict[str, Any]:
        """JSON shape."""
        return {
            "run_id": self.run_id,
            "printer_id": self.printer_id,
            "printer_name": self.printer_name,
            "file_name": self.file_name,
            "job_name": self.job_name,
            "ended_at": self.ended_at.isoformat(),
            "actual_s": self.actual_s,
            "estimate_s": self.estimate_s,
            "estimate_source": str(self.estimate_source),
            "ratio": self.ratio,
            "error_pct": self.error_pct,
        }


@dataclass(frozen=True, slots=True)
class PrinterAccuracy:
    """One printer's accuracy."""

    printer: PrinterRef
    figure: AccuracyFigure

    def as_dict(self) -> dict[str, Any]:
        """JSON shape."""
        return self.printer.as_dict() | self.figure.as_dict()


@dataclass(frozen=True, slots=True)
class WeekAccuracy:
    """Accuracy of the runs that ended in one ISO week (local)."""

    start: date
    figure: AccuracyFigure

    def as_dict(self) -> dict[str, Any]:
        """JSON shape (the week's Monday, n, median, bias)."""
        figure = self.figure
        return {
            "start": self.start.isoformat(),
            "n": figure.n,
            "median_abs_error_pct": figure.median_abs_error_pct,
            "bias_pct": figure.bias_pct,
        }


@dataclass(frozen=True, slots=True)
class TimeAccuracy:
    """Everything ``odin/analytics/time_accuracy`` returns."""

    query: AnalyticsQuery
    totals: AccuracyFigure
    by_printer: list[PrinterAccuracy]
    weekly: list[WeekAccuracy]
    runs: list[RunAccuracy]

    def as_dict(self) -> dict[str, Any]:
        """The JSON shape of docs/websocket-api.md."""
        return {
            "window": self.query.window_dict(),
            "filters": self.query.filters_dict(),
            "totals": self.totals.as_dict(),
            "by_printer": [p.as_dict() for p in self.by_printer],
            "weekly": [w.as_dict() for w in self.weekly],
            "runs": [r.as_dict() for r in self.runs],
            "runs_total": self.totals.n,
        }
