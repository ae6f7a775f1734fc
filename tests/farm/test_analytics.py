"""The definitions of failure analytics (docs/definitions.md) and local-time buckets, in pure
Python."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from custom_components.odin.farm.analytics import (
    AnalyticsQuery,
    Bucket,
    OutcomeCounts,
    bucket_index,
    bucket_of,
    bucket_range,
    bucket_start,
    mtbf,
    normalize_material,
    offset_segments,
    success_rate,
)
from custom_components.odin.farm.hms_texts import describe_error

BERLIN = ZoneInfo("Europe/Berlin")
T0 = datetime(2025, 3, 1, tzinfo=UTC)


def test_success_rate_definition() -> None:
    assert success_rate(3, 1) == 0.75
    assert success_rate(0, 0) is None
    assert success_rate(0, 2) == 0.0


def test_cancelled_and_unknown_are_shown_apart() -> None:
    only_cancels = OutcomeCounts(cancelled=4, unknown=1)
    assert only_cancels.total == 5
    assert only_cancels.n == 0
    assert only_cancels.success_rate is None
    assert only_cancels.failure_rate is None
    mixed = OutcomeCounts(success=3, failed=1, cancelled=10)
    assert mixed.as_dict() == {
        "total": 14,
        "success": 3,
        "failed": 1,
        "cancelled": 10,
        "unknown": 0,
        "n": 4,
        "success_rate": 0.75,
        "failure_rate": 0.25,
    }
    assert OutcomeCounts(success=2).failure_rate == 0.0


def test_mtbf_definition() -> None:
    assert mtbf(36_000, 4).as_dict() == {
        "printing_hours": 10.0,
        "failures": 4,
        "value_h": 2.5,
        "lower_bound": False,
    }
    none = mtbf(7_200, 0)
    assert (none.value_h, none.lower_bound, none.failures) == (2.0, True, 0)
    idle = mtbf(0, 0)
    assert (idle.value_h, idle.lower_bound) == (0.0, True)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("PLA", "PLA"),
        (" pla ", "PLA"),
        ("pa_cf", "PA-CF"),
        ("PETG  HF", "PETG HF"),
        ("", None),
        ("   ", None),
        (None, None),
        (12, None),
    ],
)
def test_normalize_material(raw: object, expected: str | None) -> None:
    assert normalize_material(raw) == expected


def test_query_validation() -> None:
    with pytest.raises(ValueError, match="aware"):
        AnalyticsQuery(start=datetime(2025, 1, 1), end=T0)
    with pytest.raises(ValueError, match="after"):
        AnalyticsQuery(start=T0, end=T0)
    query = AnalyticsQuery(
        start=datetime(2025, 3, 1, 1, tzinfo=BERLIN), end=T0 + timedelta(days=1), time_zone=BERLIN
    )
    assert query.start == datetime(2025, 3, 1, 0, tzinfo=UTC)  # stored in UTC
    assert query.window_dict()["time_zone"] == "Europe/Berlin"
    assert query.filters_dict() == {
        "printer_id": None,
        "tag": None,
        "model": None,
        "material": None,
    }


def test_offset_segments_find_dst_changes_to_the_second() -> None:
    segments = offset_segments(T0, datetime(2026, 1, 1, tzinfo=UTC), BERLIN)
    assert segments == [
        (T0, 3600),
        (datetime(2025, 3, 30, 1, 0, tzinfo=UTC), 7200),
        (datetime(2025, 10, 26, 1, 0, tzinfo=UTC), 3600),
    ]
    assert offset_segments(T0, T0 + timedelta(days=3), UTC) == [(T0, 0)]
    # a window starting in summer time
    summer = datetime(2025, 7, 1, tzinfo=UTC)
    assert offset_segments(summer, summer + timedelta(days=2), BERLIN) == [(summer, 7200)]


def test_buckets_days_and_iso_weeks() -> None:
    assert bucket_start(bucket_index(date(2025, 3, 5), Bucket.DAY), Bucket.DAY) == date(2025, 3, 5)
    # every day of a week maps to its Monday
    for day in range(7):
        d = date(2025, 3, 3) + timedelta(days=day)
        assert bucket_start(bucket_index(d, Bucket.WEEK), Bucket.WEEK) == date(2025, 3, 3)
    assert bucket_start(bucket_index(date(2025, 3, 10), Bucket.WEEK), Bucket.WEEK) == date(
        2025, 3, 10
    )
    assert bucket_start(0, Bucket.WEEK) == date(1969, 12, 29)  # a Monday
    # 23:30 UTC is already the next day in Berlin
    late = datetime(2025, 3, 3, 23, 30, tzinfo=UTC)
    assert bucket_of(late, UTC, Bucket.DAY) == date(2025, 3, 3)
    assert bucket_of(late, BERLIN, Bucket.DAY) == date(2025, 3, 4)
    # Sunday 23:30 UTC is Monday in Berlin: next ISO week
    sunday = datetime(2025, 3, 9, 23, 30, tzinfo=UTC)
    assert bucket_of(sunday, UTC, Bucket.WEEK) == date(2025, 3, 3)
    assert bucket_of(sunday, BERLIN, Bucket.WEEK) == date(2025, 3, 10)


def test_bucket_range_edges() -> None:
    start = datetime(2025, 3, 1, tzinfo=UTC)
    days = bucket_range(start, start + timedelta(days=2), UTC, Bucket.DAY)
    assert [bucket_start(i, Bucket.DAY) for i in days] == [date(2025, 3, 1), date(2025, 3, 2)]
    # the end is exclusive, but an end one microsecond into a day includes that day
    days = bucket_range(start, start + timedelta(days=2, microseconds=1), UTC, Bucket.DAY)
    assert len(days) == 3
    # local: the same window starts on Mar 1 01:00 in Berlin and ends on Mar 3 01:00
    local = bucket_range(start, start + timedelta(days=2), BERLIN, Bucket.DAY)
    assert [bucket_start(i, Bucket.DAY) for i in local] == [
        date(2025, 3, 1),
        date(2025, 3, 2),
        date(2025, 3, 3),
    ]


def test_error_descriptions() -> None:
    assert describe_error("0C000300_00030008") == "Spaghetti detected by the camera"
    assert describe_error("0c000300_00030008", "hms") == "Spaghetti detected by the camera"
    assert describe_error("07002000_00020001") == "AMS A slot 1 ran out of filament"
    assert describe_error("07032300_00020002") == "AMS D slot 4 is empty"
    assert describe_error("0300_8003", "print_error") == "Spaghetti failure detected"
    assert describe_error("0300_8003") == "Spaghetti failure detected"
    assert describe_error("0300_8003", "klipper") is None
    assert describe_error("FFFF_FFFF") is None
    assert describe_error("mcu_shutdown", "klipper") is None
    assert describe_error(None) is None
