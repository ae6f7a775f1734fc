"""The contract every protocol client fulfils, so the HA glue stays brand-agnostic."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from .model import PrinterClientError, PrinterInfo, PrinterSnapshot, RunEvent

SnapshotCallback = Callable[[PrinterSnapshot], None]
EventCallback = Callable[[RunEvent], None]


class PrinterClient(Protocol):
    """A live connection to one printer.

    Clients call ``on_snapshot`` with a new normalized snapshot only when it changed, and
    ``on_event`` for run/connection events, always on the event loop. ``async_start`` returns
    at once and connects in the background (an unreachable printer shows as offline and is
    retried with backoff); ``async_stop`` leaves no task, timer, socket or thread behind.
    """

    @property
    def snapshot(self) -> PrinterSnapshot:
        """The latest snapshot."""

    @property
    def info(self) -> PrinterInfo | None:
        """Identity learned on connect (model, firmware, serial)."""

    @property
    def connected(self) -> bool:
        """True while the transport is up and the printer answers."""

    @property
    def last_message_age_s(self) -> float | None:
        """Seconds since the printer last sent anything (None before the first message)."""

    @property
    def reconnects(self) -> int:
        """How many times the connection was re-established."""

    @property
    def last_error(self) -> PrinterClientError | None:
        """The last connection error (InvalidAuth here means: ask the user for new credentials)."""

    async def async_start(self) -> None:
        """Start connecting in the background."""

    async def async_stop(self) -> None:
        """Disconnect and release everything."""

    async def async_pause(self) -> None:
        """Pause the current job (CommandError if not possible)."""

    async def async_resume(self) -> None:
        """Resume the paused job."""

    async def async_stop_print(self) -> None:
        """Cancel the current job (an operator stop: the run ends as cancelled)."""
