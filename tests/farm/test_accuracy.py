"""Time accuracy definitions: estimate choice, median, bias (mean), shapes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from custom_components.odin.farm.accuracy import (
    EMPTY_FIGURE,
    EstimateSource,
    RunAccuracy,
    median,
    pick_estimate,
    reference_figure,
)


def test_pick_estimate_prefers_the_slicer() -> None:
    assert pick_estimate(100.0, 90.0) == (100.0, EstimateSource.SLICER)
    assert pick_estimate(None, 90.0) == (90.0, EstimateSource.PRINTER)
    assert pick_estimate(0.0, 90.0) == (90.0, EstimateSource.PRINTER)
    assert pick_estimate(None, 0.0) is None
    assert pick_estimate(None, None) is None
    assert pick_estimate(-5.0, None) is None


def test_median() -> None:
    assert median([]) is None
    assert median([3.0]) == 3.0
    assert median([5.0, 1.0, 3.0]) == 3.0
    assert median([4.0, 1.0, 3.0, 2.0]) == 2.5


def test_reference_figure() -> None:
    # errors: +10 %, -20 %, +30 % (printer estimate), 0 %; one run without estimate
    figure = reference_figure(
        [(110, 100, None), (80, 100, 50), (130, 0, 100), (100, 100, None), (50, None, None)]
    )
    assert figure.n == 4
    assert figure.median_abs_error_pct == pytest.approx(15.0)  # median of 0, 10, 20, 30
    assert figure.bias_pct == pytest.approx(5.0)  # mean of +10, -20, +30, 0
    assert (figure.slicer_n, figure.printer_n) == (3, 1)
    assert figure.as_dict()["estimate_sources"] == {"slicer": 3, "printer": 1}
    assert reference_figure([]) == EMPTY_FIGURE
    assert EMPTY_FIGURE.as_dict() == {
        "n": 0,
        "median_abs_error_pct": None,
        "bias_pct": None,
        "estimate_sources": {"slicer": 0, "printer": 0},
    }


def test_run_accuracy_shape() -> None:
    run = RunAccuracy(
        run_id=1,
        printer_id="p",
        printer_name="P",
        file_name="a.3mf",
        job_name="a",
        ended_at=datetime(2025, 3, 1, tzinfo=UTC),
        actual_s=90.0,
        estimate_s=100.0,
        estimate_source=EstimateSource.PRINTER,
    )
    data = run.as_dict()
    assert data["ratio"] == pytest.approx(0.9)
    assert data["error_pct"] == pytest.approx(-10.0)
    assert data["estimate_source"] == "printer"
    assert data["ended_at"] == "2025-03-01T00:00:00+00:00"
