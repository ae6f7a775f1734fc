"""Input errors of the farm operations, as translation keys (pure Python, no HA).

The product logic (tags, queue, presets, drying) validates its input and raises
:class:`InvalidInput` with a translation key of ``exceptions.<key>`` and its placeholders; the HA
glue turns it into a translated ``ServiceValidationError`` (services) / websocket error, before
anything is written. :data:`ERROR_KEYS` lists every key so a test can check the translations.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

ERROR_KEYS: Final = frozenset(
    {
        "empty_field",
        "text_too_long",
        "out_of_range",
        "empty_tag",
        "too_many_tags",
        "unknown_tag",
        "unknown_printer",
        "no_target",
        "unknown_job",
        "job_printing",
        "job_not_queued",
        "invalid_job_transition",
        "unknown_preset",
        "duplicate_preset",
        "invalid_target",
        "invalid_option",
        "unknown_spool",
        "invalid_slot",
        "slot_needs_printer",
        "no_spool_given",
        "invalid_temperature",
        "invalid_duration",
        "invalid_humidity",
        "invalid_method",
        "in_future",
        "invalid_entity",
    }
)


class InvalidInput(ValueError):
    """Bad input for a farm operation: ``key`` names the translated message."""

    def __init__(self, key: str, **placeholders: object) -> None:
        """Create; placeholders become strings (translation placeholders are text)."""
        if key not in ERROR_KEYS:  # pragma: no cover - programming error
            raise ValueError(f"unknown error key {key!r}")
        self.key = key
        self.placeholders: Mapping[str, str] = {k: str(v) for k, v in placeholders.items()}
        super().__init__(f"{key}: {dict(self.placeholders)}")


def check_text(value: object, field: str, *, max_len: int, required: bool = True) -> str | None:
    """Trimmed text (inner whitespace kept); None for empty optional text.

    Raises ``empty_field`` / ``text_too_long``.
    """
    text = value.strip() if isinstance(value, str) else ""
    if not text:
        if required:
            raise InvalidInput("empty_field", field=field)
        return None
    if len(text) > max_len:
        raise InvalidInput("text_too_long", field=field, max=max_len)
    return text


def check_number(
    value: float | None,
    field: str,
    *,
    low: float,
    high: float,
    key: str = "out_of_range",
) -> float | None:
    """``value`` if ``low <= value <= high`` (None passes); else ``key`` (out_of_range)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise InvalidInput(key, field=field, value=value, min=_num(low), max=_num(high))
    return float(value)


def check_int(value: int | None, field: str, *, low: int, high: int) -> int | None:
    """An int in ``[low, high]`` (None passes), else ``out_of_range``."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidInput("out_of_range", field=field, value=value, min=low, max=high)
    return value


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
