"""The supervised-client base every protocol client builds on.

What the three clients used to repeat lives here once:

- the supervisor task: ``async_start`` runs ``_supervise``, which calls the client's
  ``_run_session`` step (connect + run until the session ends, or one poll) again and again,
  waiting ``_retry_delay`` between steps: exponential backoff from ``reconnect_min_s`` to
  ``reconnect_max_s``, back to the minimum after a session that got healthy (PrusaLink plugs in
  its own poll cadence). ``_stop_supervisor`` ends it (interrupting the session first);
- the consecutive-failure count and ``last_error``: ``_note_failure`` (logged as a warning
  once, then at debug level), ``_note_connected`` (resets the count, counts reconnects, logs
  that the printer is back). An ``InvalidAuth`` lands in ``last_error`` like any failure, so the
  HA glue can raise its repair, and the loop keeps retrying with backoff;
- the stale-data watchdog timer (``_schedule_stale_check`` at a quarter of ``stale_after_s``,
  at most every 5 s; the client's ``_stale_check`` decides what a silent link means);
- ``_dispatch``: events first, then the snapshot of the same report (the run tracker relies on
  that order); a failing callback is logged, never raised into the client.

The client keeps everything protocol-specific: transports, the pure state machine, commands.
No Home Assistant imports here.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
import contextlib
import logging
from typing import ClassVar

from .common import ConnectionStats
from .model import PrinterClientError, PrinterSnapshot, RunEvent

Result = tuple[PrinterSnapshot | None, list[RunEvent]]

STALE_CHECK_MAX_S = 5.0
"""The watchdog looks at the link at least this often."""


class SupervisedClient(ConnectionStats):
    """Base of the protocol clients: supervision, failure bookkeeping, watchdog, dispatch.

    A subclass calls ``_init_supervision`` in its ``__init__``, implements ``_run_session``
    (and ``_stale_check`` when it uses the watchdog) and may override ``_retry_delay``,
    ``_sleep`` and ``_interrupt_session``.
    """

    _SESSION_BASED: ClassVar[bool] = True
    """True: every healthy session after the first is a reconnect. False (a polling client):
    only an answer after failures is one."""
    _BACK_MESSAGE: ClassVar[str] = "connected"

    _label: str
    _logger: logging.Logger
    _on_snapshot: Callable[[PrinterSnapshot], None]
    _on_event: Callable[[RunEvent], None]
    _reconnect_min_s: float
    _reconnect_max_s: float
    _stale_after_s: float
    _backoff: float
    _task: asyncio.Task[None] | None
    _stop_event: asyncio.Event | None
    _stopping: bool
    _ever_connected: bool
    _failures: int
    _stale_timer: asyncio.TimerHandle | None

    def _init_supervision(
        self,
        *,
        label: str,
        logger: logging.Logger,
        on_snapshot: Callable[[PrinterSnapshot], None],
        on_event: Callable[[RunEvent], None],
        reconnect_min_s: float = 1.0,
        reconnect_max_s: float = 60.0,
        stale_after_s: float = 60.0,
    ) -> None:
        """Set up the shared state (nothing runs before ``_start_supervisor``)."""
        self._label = label  # "Bambu printer <serial>": the log prefix, never a secret
        self._logger = logger
        self._on_snapshot = on_snapshot
        self._on_event = on_event
        self._reconnect_min_s = reconnect_min_s
        self._reconnect_max_s = max(reconnect_max_s, reconnect_min_s)
        self._stale_after_s = stale_after_s
        self._backoff = reconnect_min_s
        self._loop = None
        self._task = None
        self._stop_event = None
        self._stopping = False
        self._connected = False
        self._ever_connected = False
        self._reconnects = 0
        self._failures = 0
        self._last_error = None
        self._last_msg = None
        self._stale_timer = None

    def __repr__(self) -> str:
        """No secrets: the label (brand and host or serial) and the link state."""
        return f"<{type(self).__name__} {self._label} connected={self._connected}>"

    async def async_start(self) -> None:
        """Start connecting in the background; returns at once."""
        if self._task is not None:
            return
        self._prepare_start()
        self._start_supervisor(f"odin {self._label}")

    def _prepare_start(self) -> None:
        """Create what the session needs on the running loop (before the supervisor starts)."""

    # ---- the supervisor task -------------------------------------------------------------

    def _start_supervisor(self, name: str) -> None:
        """Start the supervisor task on the running loop (call from ``async_start``)."""
        loop = asyncio.get_running_loop()
        self._loop = loop
        self._stopping = False
        self._stop_event = asyncio.Event()
        self._backoff = self._reconnect_min_s
        self._task = loop.create_task(self._supervise(), name=name)

    async def _stop_supervisor(self, *, grace_s: float | None = None) -> None:
        """Stop the supervisor: interrupt the session, then wait for the task.

        ``grace_s``: None waits until the session step returns; a number cancels the task
        when it has not ended after that long (0: cancel at once).
        """
        self._stopping = True
        if self._stop_event is not None:
            self._stop_event.set()
        await self._interrupt_session()
        task = self._task
        if task is None:
            return
        if grace_s is not None:
            if grace_s > 0:
                await asyncio.wait({task}, timeout=grace_s)
            if not task.done():
                task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            pass
        except Exception:
            self._logger.exception("%s: supervisor failed", self._label)
        finally:
            self._task = None
        self._cancel_stale_timer()

    async def _supervise(self) -> None:
        while not self._stop_requested():
            healthy = await self._run_session()
            if self._stop_requested():
                break
            await self._sleep(self._retry_delay(healthy))

    def _stop_requested(self) -> bool:
        return self._stopping

    async def _run_session(self) -> bool:
        """One connect + session (or one poll). True when it got healthy. Handles its errors
        (``_note_failure``); an exception escaping here ends supervision."""
        raise NotImplementedError

    def _retry_delay(self, healthy: bool) -> float:
        """How long to wait before the next ``_run_session``: doubling backoff, reset by a
        healthy session."""
        if healthy:
            self._backoff = self._reconnect_min_s
        delay = self._backoff
        self._backoff = min(self._backoff * 2, self._reconnect_max_s)
        return delay

    async def _sleep(self, delay: float) -> None:
        """Wait ``delay`` seconds or until a stop is requested."""
        assert self._stop_event is not None
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stop_event.wait(), timeout=delay)

    async def _interrupt_session(self) -> None:
        """Make a running ``_run_session`` return soon (called by ``_stop_supervisor``)."""

    # ---- failure bookkeeping -------------------------------------------------------------

    def _note_failure(self, err: PrinterClientError) -> None:
        """An attempt failed: remember why and count it (warning once, then debug)."""
        self._last_error = err
        self._failures += 1
        if self._failures == 1:
            self._logger.warning("%s: %s", self._label, err)
        else:
            self._logger.debug("%s: %s", self._label, err)

    def _note_connected(self) -> None:
        """The printer answers: clear the failure count and the last error."""
        if self._SESSION_BASED:
            announce = bool(self._failures) or self._ever_connected
            reconnected = self._ever_connected
        else:
            announce = reconnected = bool(self._failures) and self._ever_connected
        if reconnected:
            self._reconnects += 1
        if announce:
            self._logger.info("%s: %s", self._label, self._BACK_MESSAGE)
        self._connected = True
        self._last_error = None
        self._failures = 0
        self._ever_connected = True

    # ---- stale-data watchdog -------------------------------------------------------------

    def _schedule_stale_check(self) -> None:
        """(Re)arm the watchdog timer."""
        self._cancel_stale_timer()
        if self._loop is None or self._stopping:
            return
        interval = max(0.05, min(self._stale_after_s / 4, STALE_CHECK_MAX_S))
        self._stale_timer = self._loop.call_later(interval, self._stale_check)

    def _cancel_stale_timer(self) -> None:
        if self._stale_timer is not None:
            self._stale_timer.cancel()
        self._stale_timer = None

    def _stale_check(self) -> None:
        """The watchdog fired: look at the link (re-arm with ``_schedule_stale_check``)."""
        self._stale_timer = None

    # ---- publishing ----------------------------------------------------------------------

    def _dispatch(self, result: Result) -> None:
        """Publish one ingest result: its events first, then its snapshot."""
        snap, events = result
        for event in events:
            try:
                self._on_event(event)
            except Exception:
                self._logger.exception("on_event callback failed")
        if snap is not None:
            try:
                self._on_snapshot(snap)
            except Exception:
                self._logger.exception("on_snapshot callback failed")
