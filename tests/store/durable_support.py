"""Helpers for the durable-write tests: run-op traffic, loop lag, health recording."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
import contextlib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import partial
import threading
import time
from types import TracebackType

from sqlalchemy import Connection, event, select

from custom_components.odin.farm.audit import Actor, AuditEntry, Origin
from custom_components.odin.farm.runs import EndRun, ErrorOnset, RunOp, StartRun
from custom_components.odin.printers.model import ErrorSeverity, PrinterError, RunOutcome
from custom_components.odin.store.audit import insert_audit
from custom_components.odin.store.db import Database, DatabaseHealth
from custom_components.odin.store.printers import upsert_printer
from custom_components.odin.store.runs import apply_ops
from custom_components.odin.store.schema import audit_log, runs

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
OUTCOMES = (RunOutcome.SUCCESS, RunOutcome.FAILED, RunOutcome.CANCELLED)


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def start_ops(printer: str, n: int) -> list[RunOp]:
    return [
        StartRun(
            printer_id=printer,
            job_key=f"job-{n}",
            started_at=at(n * 100),
            file_name=f"part-{n}.gcode",
            filament=({"type": "PLA", "grams": 1.5 * n},),
        )
    ]


def end_ops(printer: str, n: int) -> list[RunOp]:
    outcome = OUTCOMES[n % len(OUTCOMES)]
    ops: list[RunOp] = []
    if outcome is RunOutcome.FAILED:
        error = PrinterError("hms", f"0C00{n:04d}_00020017", ErrorSeverity.SERIOUS, "xcam", "x")
        ops.append(ErrorOnset(printer, f"job-{n}", error, at(n * 100 + 40)))
    ops.append(
        EndRun(
            printer_id=printer,
            job_key=f"job-{n}",
            ended_at=at(n * 100 + 50),
            outcome=outcome,
            outcome_source="event",
            failure_reason="spaghetti" if outcome is RunOutcome.FAILED else None,
            actual_s=50.0,
        )
    )
    return ops


def audit_entry(n: int, *, size: int = 0) -> AuditEntry:
    return AuditEntry(
        ts=at(n),
        actor=Actor(Origin.UI, user_id="u1", user_name="Anna"),
        action=f"action-{n}",
        target_type="printer",
        target_id="p1",
        details={"n": n, "blob": "x" * size},
    )


def submit_run(db: Database, printer: str, n: int) -> None:
    """A run that starts and ends, as the hub writes it (fire-and-forget, described)."""
    db.write_nowait(partial(apply_ops, ops=start_ops(printer, n)))
    db.write_nowait(partial(insert_audit, entry=audit_entry(n)))
    db.write_nowait(partial(apply_ops, ops=end_ops(printer, n)))


def stored_runs(conn: Connection) -> list[tuple[str, str, str | None]]:
    """(printer, job key, outcome) of every run, in insertion order."""
    rows = conn.execute(
        select(runs.c.printer_id, runs.c.job_key, runs.c.outcome).order_by(runs.c.id)
    )
    return [(r.printer_id, r.job_key, r.outcome) for r in rows]


def stored_actions(conn: Connection) -> list[str]:
    return list(conn.execute(select(audit_log.c.action).order_by(audit_log.c.id)).scalars())


def expected_runs(printer: str, ns: range) -> list[tuple[str, str, str | None]]:
    return [(printer, f"job-{n}", str(OUTCOMES[n % len(OUTCOMES)])) for n in ns]


class LoopLag:
    """How late the event loop runs a 10 ms timer (its worst blocking), and how late a plain
    thread runs the same timer meanwhile (what the OS scheduler imposes on a loaded machine).

    :attr:`blocked` is the loop's worst lateness beyond the thread's: what the loop itself
    was blocked for. Blocking I/O on the loop releases the GIL, so the thread keeps time.
    """

    def __init__(self) -> None:
        self.worst = 0.0
        self.control_worst = 0.0
        self._task: asyncio.Task[None] | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._control, name="lag-control", daemon=True)

    @property
    def blocked(self) -> float:
        return max(0.0, self.worst - self.control_worst)

    async def _run(self) -> None:
        while True:
            started = time.monotonic()
            await asyncio.sleep(0.01)
            self.worst = max(self.worst, time.monotonic() - started - 0.01)

    def _control(self) -> None:
        while not self._stop.is_set():
            started = time.monotonic()
            time.sleep(0.01)
            self.control_worst = max(self.control_worst, time.monotonic() - started - 0.01)

    async def __aenter__(self) -> LoopLag:
        self._thread.start()
        self._task = asyncio.create_task(self._run())
        await asyncio.sleep(0)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._task is not None
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
        self._stop.set()
        await asyncio.get_running_loop().run_in_executor(None, self._thread.join)


@dataclass
class HealthLog:
    """Every health change a listener saw (on the loop), with a way to wait for one."""

    seen: list[DatabaseHealth] = field(default_factory=list)
    _changed: asyncio.Event = field(default_factory=asyncio.Event)

    def __call__(self, health: DatabaseHealth) -> None:
        self.seen.append(health)
        self._changed.set()

    async def wait_for(self, check: Callable[[DatabaseHealth], bool], timeout: float) -> None:
        async with asyncio.timeout(timeout):
            while not (self.seen and check(self.seen[-1])):
                self._changed.clear()
                await self._changed.wait()


async def wait_until(check: Callable[[], Awaitable[bool] | bool], timeout: float) -> None:
    """Poll ``check`` (cheap, on the loop) until true; fail after ``timeout`` seconds."""
    async with asyncio.timeout(timeout):
        while True:
            result = check()
            if not isinstance(result, bool):
                result = await result
            if result:
                return
            await asyncio.sleep(0.02)


@contextlib.contextmanager
def disk_full(db: Database) -> Iterator[dict[str, bool]]:
    """Real SQLITE_FULL for the writer: its connections may not grow the file while
    ``state["full"]`` (``PRAGMA max_page_count`` = the current size)."""
    state = {"full": True}
    engine = db._engine
    assert engine is not None

    def _limit(conn: Connection) -> None:
        if state["full"]:
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
            conn.exec_driver_sql(f"PRAGMA max_page_count={pages}")
        else:
            conn.exec_driver_sql("PRAGMA max_page_count=1073741823")

    event.listen(engine, "begin", _limit)
    try:
        yield state
    finally:
        state["full"] = False


def big_write() -> partial[None]:
    """A described write that needs far more room than a full disk has."""
    return partial(upsert_printer, printer_id="big", brand="bambu", name="x" * 300_000)
