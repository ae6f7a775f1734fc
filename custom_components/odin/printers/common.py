"""Small helpers every protocol client shares."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
import json
from typing import Any

from .model import PrinterError, RunEvent, RunEventType

try:  # orjson ships with Home Assistant; the stdlib parser is the fallback.
    import orjson

    loads: Callable[[bytes | str], Any] = orjson.loads
except ImportError:  # pragma: no cover - exercised only without orjson
    loads = json.loads


def utcnow() -> datetime:
    """Timezone-aware UTC now (every event and snapshot time uses it)."""
    return datetime.now(UTC)


def diff_errors(
    old: tuple[PrinterError, ...],
    new: tuple[PrinterError, ...],
    now: datetime,
    job_key: str | None,
    events: list[RunEvent],
) -> None:
    """Append error_cleared / error_raised events: once per onset and clear, never re-sends."""
    old_codes = {err.code for err in old}
    new_codes = {err.code for err in new}
    events.extend(
        RunEvent(RunEventType.ERROR_CLEARED, now, job_key, {"error": err})
        for err in old
        if err.code not in new_codes
    )
    events.extend(
        RunEvent(RunEventType.ERROR_RAISED, now, job_key, {"error": err})
        for err in new
        if err.code not in old_codes
    )
