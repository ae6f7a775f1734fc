"""The one coercion module: clean values in, garbage rejected as None, nothing ever raises."""

from __future__ import annotations

import math
from typing import Any

import pytest

from custom_components.odin.printers.coerce import (
    INT_BOUND,
    round1,
    to_bool,
    to_dict,
    to_float,
    to_int,
    to_str,
)

HUGE_TEXT = "9" * 300
HUGE_INT = 10**300

# Values no numeric helper may ever turn into a number.
REJECTED_NUMBERS: list[Any] = [
    None,
    True,
    False,
    math.inf,
    -math.inf,
    math.nan,
    "inf",
    "-inf",
    "Infinity",
    "nan",
    "NaN",
    "1e999",
    "-1e999",
    1e300 * 1e300,  # overflows to inf
    HUGE_TEXT,
    "-" + HUGE_TEXT,
    HUGE_INT,
    -HUGE_INT,
    INT_BOUND,
    -INT_BOUND,
    float(INT_BOUND),
    1e300,
    "1e300",
    "",
    "   ",
    "abc",
    "1_000",
    "12abc",
    [],
    [1],
    {},
    {"a": 1},
    (1,),
    b"12",
    object(),
]


@pytest.mark.parametrize("value", REJECTED_NUMBERS, ids=repr)
def test_garbage_is_not_a_number(value: Any) -> None:
    assert to_int(value) is None
    assert to_float(value) is None
    assert round1(value) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0, 0),
        (42, 42),
        (-7, -7),
        (INT_BOUND - 1, INT_BOUND - 1),
        (-(INT_BOUND - 1), -(INT_BOUND - 1)),
        (3.7, 3),
        (-3.7, -3),
        (0.0, 0),
        ("42", 42),
        (" 42 ", 42),
        ("\t-5\n", -5),
        ("3.7", 3),
        ("1e3", 1000),
        ("+8", 8),
    ],
    ids=repr,
)
def test_to_int_accepts_numbers_and_numeric_text(value: Any, expected: int) -> None:
    result = to_int(value)
    assert result == expected
    assert type(result) is int


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0, 0.0),
        (25, 25.0),
        (0.25, 0.25),
        (215.46, 215.46),
        (-12.5, -12.5),
        ("0.25", 0.25),
        (" 60.04 ", 60.04),
        ("1e3", 1000.0),
        ("-3", -3.0),
    ],
    ids=repr,
)
def test_to_float_keeps_precision(value: Any, expected: float) -> None:
    result = to_float(value)
    assert result == expected
    assert type(result) is float


@pytest.mark.parametrize(
    ("value", "expected"),
    [(215.46, 215.5), ("60.04", 60.0), (25, 25.0), ("-0.06", -0.1), (0.25, 0.2)],
    ids=repr,
)
def test_round1_rounds_to_one_decimal(value: Any, expected: float) -> None:
    assert round1(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Benchy", "Benchy"),
        ("  Benchy.gcode \n", "Benchy.gcode"),
        ("inf", "inf"),  # a file may be called that: text stays text
        (123, "123"),
        (1.5, "1.5"),
        (None, None),
        ("", None),
        ("   ", None),
        (True, None),
        (False, None),
        (math.inf, None),
        (math.nan, None),
        (HUGE_INT, None),
        ({"a": 1}, None),
        ([1, 2], None),
        (b"bytes", None),
    ],
    ids=repr,
)
def test_to_str(value: Any, expected: str | None) -> None:
    assert to_str(value) == expected


def test_to_bool_and_to_dict() -> None:
    assert to_bool(True) is True
    assert to_bool(False) is False
    assert to_bool(1) is None
    assert to_bool("true") is None
    payload = {"a": 1}
    assert to_dict(payload) is payload
    assert to_dict([("a", 1)]) == {}
    assert to_dict(None) == {}
    assert to_dict("x") is not to_dict("x")  # a fresh empty dict each time (never shared)


@pytest.mark.parametrize("helper", [to_int, to_float, round1, to_str, to_bool, to_dict])
@pytest.mark.parametrize("value", [*REJECTED_NUMBERS, -0.0, "0x10", "   7   "], ids=repr)
def test_nothing_ever_raises(helper: Any, value: Any) -> None:
    result = helper(value)
    if isinstance(result, float):
        assert math.isfinite(result)
