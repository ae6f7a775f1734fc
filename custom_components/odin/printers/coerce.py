"""The one set of value coercions every protocol client uses on printer reports.

Printers drift between types (``"25.0"`` instead of ``25.0``, ``1`` instead of ``1.0``) and a
glitched report can carry anything. Every helper here takes *any* value and returns either a
clean value or ``None`` ("no usable value"); none of them raises.

Behaviour (the same for every helper):

- ``bool`` is never a number (``True`` is not ``1``) and never text.
- Numeric strings are accepted after stripping whitespace (``" 42 "``, ``"3.5"``, ``"1e3"``);
  Python's digit-group underscores (``"1_000"``) are not (printers never send them).
- Non-finite values are rejected: ``inf``, ``-inf``, ``NaN`` (as floats or strings such as
  ``"inf"``/``"nan"``) and anything that overflows to infinity (``1e999``, ``"1e999"``).
- Overflowing values are rejected: any number whose magnitude is ``>= 2**63`` (a 300-digit
  string or int, a float too large for a 64-bit integer). No printer value comes close, and
  such a value must never reach a snapshot, a database column or ``int()``.
- ``to_int`` truncates a finite fractional value towards zero (``"3.7"`` -> ``3``).
- ``to_float`` does not round; ``round1`` is ``to_float`` rounded to one decimal (the
  precision of temperatures and progress in snapshots).
- ``to_str`` strips text and returns ``None`` for empty text; numbers become their ``str()``;
  bools, containers (dict, list, tuple, set), bytes and non-finite floats are not text.

Where the copies this module replaces behaved differently (each client had its own
``_to_int``/``_to_float``/``_to_str``):

- Bambu and PrusaLink ``_to_int`` called ``int()`` on floats and on ``float(text)``, so
  ``inf``/``"inf"``/``1e999`` raised ``OverflowError`` and ``NaN`` raised ``ValueError`` out of
  ingest (a report with ``"mc_remaining_time": "inf"`` froze the printer's status until the key
  was re-sent). Their ``_to_float`` let ``inf``/``NaN`` through into snapshots and always
  rounded to 0.1 (now ``round1``). None of them bounded magnitudes.
- Moonraker's ``_to_float`` already rejected non-finite values but accepted huge ones; its
  ``_to_int`` inherited that.
- Bambu and Moonraker ``_to_str`` turned a dict, list or bool into its Python repr (a job
  named ``"{'a': 1}"`` or ``"True"``); PrusaLink's already rejected containers.
"""

from __future__ import annotations

import math
from typing import Any, Final

INT_BOUND: Final = 2**63
"""Magnitudes at or above this are overflow garbage, never a printer value."""

_MAX_NUMERIC_TEXT: Final = 64
"""Longer numeric strings are rejected without parsing (a 300-digit string is garbage)."""


def _from_text(value: str) -> float | int | None:
    text = value.strip()
    if not text or len(text) > _MAX_NUMERIC_TEXT or "_" in text:
        return None
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return None


def _number(value: Any) -> float | int | None:
    """A finite, bounded int or float from ``value`` (None when it is none of that)."""
    if isinstance(value, bool):
        return None
    number: float | int | None
    if isinstance(value, int | float):
        number = value
    elif isinstance(value, str):
        number = _from_text(value)
    else:
        return None
    if number is None:
        return None
    if isinstance(number, float) and not math.isfinite(number):
        return None
    if abs(number) >= INT_BOUND:
        return None
    return number


def to_int(value: Any) -> int | None:
    """An int (fractions truncated toward zero), or None: see the module docstring."""
    number = _number(value)
    if number is None:
        return None
    return int(number)


def to_float(value: Any) -> float | None:
    """A finite float (not rounded), or None: see the module docstring."""
    number = _number(value)
    if number is None:
        return None
    return float(number)


def round1(value: Any) -> float | None:
    """``to_float`` rounded to one decimal."""
    number = to_float(value)
    return round(number, 1) if number is not None else None


def to_str(value: Any) -> str | None:
    """Stripped non-empty text, or None: see the module docstring."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str):
        text = value
    elif isinstance(value, int | float):
        if isinstance(value, float) and not math.isfinite(value):
            return None
        if isinstance(value, int) and abs(value) >= INT_BOUND:
            return None
        text = str(value)
    else:
        return None
    text = text.strip()
    return text or None


def to_bool(value: Any) -> bool | None:
    """A real bool, or None (``0``/``1`` and ``"true"`` are not bools)."""
    return value if isinstance(value, bool) else None


def to_dict(value: Any) -> dict[str, Any]:
    """``value`` when it is a dict, else an empty dict (never shared: a new one each call)."""
    return value if isinstance(value, dict) else {}


__all__ = ["INT_BOUND", "round1", "to_bool", "to_dict", "to_float", "to_int", "to_str"]
