"""Small helpers every protocol client shares."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime
import json
from typing import Any

from .model import PrinterClientError, PrinterError, PrinterSnapshot, RunEvent, RunEventType

try:  # orjson ships with Home Assistant; the stdlib parser is the fallback.
    import orjson

    loads: Callable[[bytes | str], Any] = orjson.loads
except ImportError:  # pragma: no cover - exercised only without orjson
    loads = json.loads


def utcnow() -> datetime:
    """Timezone-aware UTC now (every event and snapshot time uses it)."""
    return datetime.now(UTC)


def publish(
    old: PrinterSnapshot,
    new: PrinterSnapshot,
    now: datetime,
    job_key: str | None,
    events: list[RunEvent],
) -> PrinterSnapshot | None:
    """The ingest result of a report: error events for what changed between ``old`` and
    ``new`` are appended to ``events``; ``new`` is returned when it differs from ``old``
    (clients publish a snapshot only on change), else None."""
    if new.errors != old.errors:
        diff_errors(old.errors, new.errors, now, job_key, events)
    return None if new == old else new


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


class ConnectionStats:
    """Connection health every client reports the same way (``PrinterClient`` properties).

    A client sets ``_connected``, ``_last_msg`` (loop time of the last message),
    ``_reconnects`` and ``_last_error`` as its transport changes, and ``_loop`` once started.
    """

    _connected: bool
    _last_msg: float | None
    _loop: asyncio.AbstractEventLoop | None
    _reconnects: int
    _last_error: PrinterClientError | None

    @property
    def connected(self) -> bool:
        """True while the transport is up and the printer answers."""
        return self._connected

    @property
    def last_message_age_s(self) -> float | None:
        """Seconds since the printer last sent or answered anything (None: never)."""
        if self._last_msg is None or self._loop is None:
            return None
        return max(0.0, self._loop.time() - self._last_msg)

    @property
    def reconnects(self) -> int:
        """How often the connection came back after it was lost."""
        return self._reconnects

    @property
    def last_error(self) -> PrinterClientError | None:
        """Why the last attempt failed (None after a success). InvalidAuth: the credentials
        changed (the HA glue raises a fixable repair); WrongSerial: another printer answers."""
        return self._last_error
