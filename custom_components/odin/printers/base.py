"""The contract every protocol client fulfils, so the HA glue stays brand-agnostic.

``PrinterClient`` is what every brand offers. What only some brands can do is a *capability*
protocol beside it (``SupportsUpload``, ``SupportsHardware``, ``SupportsSnapshot``); the hub
asks ``isinstance(client, SupportsX)`` and exposes the capability with typed methods, so glue
code never looks at a client's class, brand or private attributes.
"""

from __future__ import annotations

from collections.abc import Callable
import os
from typing import Protocol, runtime_checkable

from .model import (
    PrinterClientError,
    PrinterHardware,
    PrinterInfo,
    PrinterSnapshot,
    RunEvent,
    UploadOptions,
    UploadResult,
)
from .upload import ProgressCallback

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


@runtime_checkable
class SupportsUpload(Protocol):
    """The client can send a print file and start it."""

    async def async_upload_and_start(
        self,
        name: str,
        data: bytes | str | os.PathLike[str],
        options: UploadOptions = ...,
        *,
        progress: ProgressCallback | None = None,
    ) -> UploadResult:
        """Upload ``data`` as ``name`` (made safe by the client) and start it.

        Raises UploadError (nothing was started) or StartError (the file is on the printer
        but did not start).
        """


@runtime_checkable
class SupportsHardware(Protocol):
    """The client reports its nozzle and loaded filaments."""

    @property
    def hardware(self) -> PrinterHardware:
        """The latest hardware report (empty fields when not reported yet)."""


@runtime_checkable
class SupportsSnapshot(Protocol):
    """The client can take a still image from the printer's own camera."""

    @property
    def has_camera(self) -> bool:
        """True when the printer has a camera to take images from (known after connect)."""

    async def async_camera_image(self) -> bytes | None:
        """One JPEG or PNG image; None when there is no image right now.

        Raises PrinterClientError when the camera cannot be reached.
        """
