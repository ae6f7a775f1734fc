"""O.D.I.N.'s own database: one writer thread that never loses a write, reads beside it.

Modelled on HA's recorder (Home Assistant's recorder (homeassistant/components/recorder); see
docs/architecture.md): the event loop never touches the database.

* Writes are queued and run in order by one thread (``odin_db_writer``), each in its own
  transaction (commit on return, rollback on error). The queue has a cap (``max_pending``).
* A write that fails for a passing reason (disk full, database locked, server unreachable:
  :func:`classify_error`) is retried with backoff, in order: nothing behind it runs first.
  While writes fail, fire-and-forget writes that can be described (``store/journal.py``) are
  also appended to a journal file next to the SQLite file (or at ``journal_path``), replayed
  by the next :meth:`Database.open`. A write that fails for any other reason (a bug, a
  constraint) is not retried: logged (fire-and-forget) or raised to its caller.
* :attr:`Database.health` says whether writes land and, if not, why; health listeners are
  called on the event loop when that changes (after ``health_grace_s`` of failing).
* An awaited :meth:`Database.write` never waits longer than its ``give_up_s`` for a failing
  database: the writer uses a short SQLite busy timeout and retries itself, and the caller
  gets a :class:`DatabaseError` saying why when the time is up (the write is then not applied).
* Reads run on ``ThreadPoolExecutor(max_workers=2, thread_name_prefix="odin_db_read")`` with
  their own engine: with SQLite's WAL they never wait behind the writer.
* :meth:`Database.hold_writes` / :meth:`Database.release_writes` (backups): checkpoint the WAL
  into the main file and keep writes queued until released.
* :meth:`close` drains queued writes (what cannot land is journaled), joins the writer in an
  executor and disposes the engines.

Any SQLAlchemy URL works: ``sqlite:///…`` by default, ``postgresql://…`` (psycopg 3),
``mysql://…`` / ``mariadb://…`` (PyMySQL); the queries in ``store/`` are portable Core.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable
import concurrent.futures
import contextlib
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum
import hashlib
import logging
import math
from pathlib import Path
import queue
import sqlite3
import threading
import time
from typing import Any, Final

from sqlalchemy import Connection, Engine, create_engine, event, make_url
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from .journal import Journal, JournalError, describe, restore
from .migrations import CURRENT_VERSION, MigrationError, migrate

_LOGGER = logging.getLogger(__name__)

WRITER_THREAD_NAME: Final = "odin_db_writer"
READ_THREAD_PREFIX: Final = "odin_db_read"
# Readers may wait for a lock (rare with WAL); the writer does not: it retries itself.
SQLITE_BUSY_TIMEOUT_S: Final = 15.0
SQLITE_WRITER_BUSY_TIMEOUT_S: Final = 0.25
DEFAULT_WRITE_GIVE_UP_S: Final = 5.0
DEFAULT_MAX_PENDING: Final = 10_000
DEFAULT_HEALTH_GRACE_S: Final = 5.0
RETRY_INITIAL_S: Final = 0.05
RETRY_MAX_S: Final = 5.0
JOURNAL_SUFFIX: Final = ".writes.jsonl"
# How long a failed open() waits for the writer to finish a blocked connect/statement.
_FAILED_OPEN_GRACE_S: Final = 5.0
_DEFAULT_DRIVERS: Final = {
    "postgresql": "postgresql+psycopg",
    "mysql": "mysql+pymysql",
    "mariadb": "mariadb+pymysql",
}


class DatabaseError(Exception):
    """The database could not be opened, migrated or used."""


class HealthReason(StrEnum):
    """Why writes do not land."""

    DISK_FULL = "disk_full"
    LOCKED = "locked"
    UNREACHABLE = "unreachable"


@dataclass(frozen=True, slots=True)
class DatabaseHealth:
    """Whether writes land. ``error`` is the last driver message (never the URL/password)."""

    ok: bool = True
    reason: HealthReason | None = None
    error: str | None = None
    since: datetime | None = None  # when writes started failing (UTC)
    pending: int = 0  # writes waiting (in memory)
    journaled: int = 0  # of those, also in the journal file
    dropped: int = 0  # writes given up since open (failed for good, or queue full)


HealthListener = Callable[[DatabaseHealth], None]

# SQLite primary result codes (sqlite3.Error.sqlite_errorcode & 0xff)
_SQLITE_BUSY: Final = 5
_SQLITE_LOCKED: Final = 6
_SQLITE_IOERR: Final = 10
_SQLITE_FULL: Final = 13
_SQLITE_CANTOPEN: Final = 14
# MySQL/MariaDB client and server error numbers
_MYSQL_UNREACHABLE: Final = frozenset(
    {1040, 1053, 1077, 1129, 1152, 1158, 1159, 1160, 1161, 1927, 2002, 2003, 2005, 2006}
    | {2013, 2026, 2055, 4031}
)
_MYSQL_LOCKED: Final = frozenset({1205, 1213, 1689})
_MYSQL_FULL: Final = frozenset({3, 1021, 1030, 1114, 1290})


def classify_error(err: BaseException) -> HealthReason | None:
    """The passing reason a write failed for (retry it), or None (do not retry).

    Only what the database or the connection says counts; a bug (bad SQL, a constraint, a
    client-side programming error) is never retried, so it cannot hold up the writes behind it.
    """
    orig: Any
    if isinstance(err, DBAPIError):
        if err.connection_invalidated:
            return HealthReason.UNREACHABLE
        orig = err.orig
    elif isinstance(err, sqlite3.Error) or type(err).__module__.startswith(("psycopg", "pymysql")):
        orig = err  # raised by the driver outside SQLAlchemy's wrapping
    else:
        return None
    connection_level = any(
        cls.__name__ in ("OperationalError", "InterfaceError") for cls in type(orig).__mro__
    )
    code = getattr(orig, "sqlite_errorcode", None)
    if isinstance(code, int):
        primary = code & 0xFF
        if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
            return HealthReason.LOCKED
        if primary == _SQLITE_FULL:
            return HealthReason.DISK_FULL
        if primary in (_SQLITE_IOERR, _SQLITE_CANTOPEN):
            return HealthReason.UNREACHABLE
        return None
    sqlstate = getattr(orig, "sqlstate", None)
    if type(orig).__module__.startswith("psycopg"):
        if sqlstate is None:  # no server answer: refused, closed, timed out
            return HealthReason.UNREACHABLE if connection_level else None
        if sqlstate.startswith("08") or sqlstate in ("57P01", "57P02", "57P03", "53300"):
            return HealthReason.UNREACHABLE
        if sqlstate.startswith("53"):
            return HealthReason.DISK_FULL
        if sqlstate in ("40001", "40P01", "55P03", "55006"):
            return HealthReason.LOCKED
        return None
    if type(orig).__module__.startswith("pymysql"):
        number = orig.args[0] if orig.args and isinstance(orig.args[0], int) else None
        if number in _MYSQL_LOCKED:
            return HealthReason.LOCKED
        if number in _MYSQL_FULL:
            return HealthReason.DISK_FULL
        if number in _MYSQL_UNREACHABLE:
            return HealthReason.UNREACHABLE
        if (number == 0 or number is None) and connection_level:  # connection closed
            return HealthReason.UNREACHABLE
        return None
    # sqlite3 without error codes, other drivers: the message
    text = str(orig).lower()
    if "locked" in text or "busy" in text:
        return HealthReason.LOCKED
    if "disk is full" in text or "no space" in text:
        return HealthReason.DISK_FULL
    if isinstance(orig, OSError) or (connection_level and "connection" in text):
        return HealthReason.UNREACHABLE
    return None


@dataclass(slots=True, eq=False)
class _Job:
    """A unit of work for the writer thread."""

    fn: Callable[[Connection], Any]
    future: concurrent.futures.Future[Any] | None  # None: fire-and-forget
    transactional: bool = True
    deadline: float | None = None  # monotonic; awaited writes give up then
    seq: int | None = None  # journal sequence number once journaled
    describable: bool = True  # False once describe() said no
    started: bool = False


@dataclass(slots=True)
class _Hold:
    future: concurrent.futures.Future[bool]


_STOP: Final = object()
_RELEASE: Final = object()


def _is_memory_sqlite(url: URL) -> bool:
    database = url.database or ""
    return (
        database in ("", ":memory:")
        or "mode=memory" in database
        or url.query.get("mode") == "memory"
    )


def _sqlite_file(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite" or _is_memory_sqlite(url):
        return None
    return Path((url.database or "").removeprefix("file:").split("?", 1)[0]).expanduser()


def _with_default_driver(url: URL) -> URL:
    """``postgresql://`` → psycopg 3, ``mysql://`` / ``mariadb://`` → PyMySQL (the drivers
    the integration declares); an explicit ``+driver`` is kept."""
    driver = _DEFAULT_DRIVERS.get(url.drivername)
    return url.set(drivername=driver) if driver else url


def server_journal_path(url: str, directory: str | Path) -> Path | None:
    """Where a server database's write journal lives: ``directory``, named after the server
    and database (never the password), so a journal only ever replays into its own database.
    None for SQLite (its journal sits next to its file) and unparsable URLs."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    if parsed.get_backend_name() == "sqlite":
        return None
    ident = parsed.set(password=None, query={}).render_as_string(hide_password=True)
    digest = hashlib.sha256(ident.encode()).hexdigest()[:12]
    return Path(directory) / f"odin-{digest}{JOURNAL_SUFFIX}"


MASKED_PASSWORD: Final = "***"  # noqa: S105 - the placeholder, not a password


def mask_password(url: str) -> str:
    """``url`` with its password shown as ``***`` (for forms); unparsable text unchanged."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return url
    if not parsed.password:
        return url
    return parsed.render_as_string(hide_password=True)


def unmask_password(submitted: str, stored: str) -> str:
    """The URL to save when a form sent ``submitted``: a ``***`` password means "keep the
    stored one" (the form never showed it)."""
    if submitted == mask_password(stored):
        return stored
    try:
        parsed, previous = make_url(submitted), make_url(stored)
    except ArgumentError:
        return submitted
    if parsed.password != MASKED_PASSWORD or not previous.password:
        return submitted
    return parsed.set(password=previous.password).render_as_string(hide_password=False)


def _set_future(future: concurrent.futures.Future[Any], exc: BaseException) -> None:
    with contextlib.suppress(concurrent.futures.InvalidStateError):
        future.set_exception(exc)


class Database:
    """Handle to the O.D.I.N. database. Create with :meth:`open`, finish with :meth:`close`."""

    def __init__(
        self,
        url: URL,
        *,
        init_timeout: float,
        journal_path: Path | None,
        max_pending: int,
        health_grace_s: float,
    ) -> None:
        """Internal: use :meth:`open`."""
        self._url = url
        self._init_timeout = init_timeout
        self.url_redacted: str = url.render_as_string(hide_password=True)
        self.dialect: str = url.get_backend_name()
        self.schema_version: int = 0
        self._engine: Engine | None = None  # the writer's
        self._read_engine: Engine | None = None
        self._inbox: queue.SimpleQueue[_Job | _Hold | object] = queue.SimpleQueue()
        self._ready: concurrent.futures.Future[int] = concurrent.futures.Future()
        self._abandon = threading.Event()
        self._closed = False
        self._memory = self.dialect == "sqlite" and _is_memory_sqlite(url)
        self._sqlite_file = _sqlite_file(url)
        if journal_path is None and self._sqlite_file is not None:
            journal_path = self._sqlite_file.with_name(self._sqlite_file.name + JOURNAL_SUFFIX)
        self.journal_path = journal_path
        self._journal = Journal(journal_path) if journal_path is not None else None
        self._max_pending = max_pending
        self._health_grace_s = health_grace_s
        self._loop: asyncio.AbstractEventLoop | None = None
        self._listeners: list[HealthListener] = []
        # shared between the loop (submit) and the writer (done)
        self._count_lock = threading.Lock()
        self._count = 0
        self._dropped = 0
        self._health = DatabaseHealth()
        # writer-thread state
        self._pending: deque[_Job] = deque()
        self._next_seq = 1
        self._journaled = 0
        self._journal_warned = False
        self._held = 0
        self._held_since = 0.0
        self._stopping = False
        self._fail_since: float | None = None
        self._fail_started: datetime | None = None
        self._to_spill: deque[_Job] = deque()  # while failing: not yet journaled, in order
        self._next_deadline: float | None = None
        self._fail_reason: HealthReason | None = None
        self._fail_error: str | None = None
        self._reported = False
        self._thread = threading.Thread(
            target=self._writer_main, name=WRITER_THREAD_NAME, daemon=True
        )
        self._pool = concurrent.futures.ThreadPoolExecutor(
            max_workers=2, thread_name_prefix=READ_THREAD_PREFIX
        )

    # ------------------------------------------------------------------ lifecycle (loop side)

    @classmethod
    async def open(
        cls,
        url: str,
        *,
        init_timeout: float = 10.0,
        journal_path: str | Path | None = None,
        max_pending: int = DEFAULT_MAX_PENDING,
        health_grace_s: float = DEFAULT_HEALTH_GRACE_S,
    ) -> Database:
        """Create the engines, connect, migrate, replay the journal; return when ready.

        ``journal_path``: where writes that cannot land are journaled; default: next to a
        SQLite file (``odin.db.writes.jsonl``), none for a server or in-memory database.

        Raises :class:`DatabaseError` on a bad URL, connection or migration failure, a schema
        newer than this code, or when ``init_timeout`` seconds pass. On failure nothing is
        left running (the writer is asked to stop and joined, off the loop).
        """
        try:
            parsed = _with_default_driver(make_url(url))
        except ArgumentError as err:
            raise DatabaseError(f"invalid database URL: {err}") from None
        db = cls(
            parsed,
            init_timeout=init_timeout,
            journal_path=Path(journal_path) if journal_path is not None else None,
            max_pending=max_pending,
            health_grace_s=health_grace_s,
        )
        db._loop = asyncio.get_running_loop()
        db._thread.start()
        try:
            async with asyncio.timeout(init_timeout):
                db.schema_version = await asyncio.wrap_future(db._ready)
        except BaseException as err:
            db._abandon.set()
            await db._stop_threads(grace=_FAILED_OPEN_GRACE_S)
            if isinstance(err, TimeoutError):
                raise DatabaseError(
                    f"database {db.url_redacted} not ready within {init_timeout} s"
                ) from None
            if isinstance(err, DatabaseError | asyncio.CancelledError):
                raise
            raise DatabaseError(f"cannot open database {db.url_redacted}: {err}") from err
        _LOGGER.debug("Database %s ready (schema %s)", db.url_redacted, db.schema_version)
        return db

    async def close(self) -> None:
        """Drain pending writes, stop and join the writer, shut the read pool, dispose.

        Writes that still cannot land are journaled (when describable) for the next open;
        awaited ones fail. Idempotent. Never blocks the event loop (joins run in an executor).
        """
        if self._closed:
            return
        self._closed = True
        await self._stop_threads(grace=None)

    async def _stop_threads(self, *, grace: float | None) -> None:
        self._closed = True  # no new reads/writes from here on
        loop = asyncio.get_running_loop()

        def _join() -> None:
            # Reads in flight finish first; then the writer drains its queue, disposes the
            # engines and exits.
            self._pool.shutdown(wait=True, cancel_futures=False)
            self._inbox.put(_STOP)
            self._thread.join(grace)

        await loop.run_in_executor(None, _join)
        if self._thread.is_alive():
            _LOGGER.warning(
                "Database writer for %s still busy after %s s; it stops when its statement ends",
                self.url_redacted,
                grace,
            )

    @property
    def closed(self) -> bool:
        """True once :meth:`close` was called (or :meth:`open` failed)."""
        return self._closed

    # ------------------------------------------------------------------ health (loop side)

    @property
    def health(self) -> DatabaseHealth:
        """Whether writes land now, why not, and how many wait."""
        with self._count_lock:
            return replace(
                self._health, pending=self._count, journaled=self._journaled, dropped=self._dropped
            )

    def add_health_listener(self, listener: HealthListener) -> Callable[[], None]:
        """Call ``listener(health)`` on the event loop whenever writes start or stop failing
        (or fail for another reason). Returns the function that removes it."""
        self._listeners.append(listener)

        def _remove() -> None:
            with contextlib.suppress(ValueError):
                self._listeners.remove(listener)

        return _remove

    def _notify(self, health: DatabaseHealth) -> None:
        for listener in list(self._listeners):
            try:
                listener(health)
            except Exception:
                _LOGGER.exception("Database health listener failed")

    # ------------------------------------------------------------------ API (loop side)

    async def write[T](
        self, fn: Callable[[Connection], T], *, give_up_s: float | None = DEFAULT_WRITE_GIVE_UP_S
    ) -> T:
        """Run ``fn(conn)`` on the writer thread in a transaction; return its result.

        Writes run in submission order. ``fn`` commits when it returns and rolls back when it
        raises; SQLAlchemy errors arrive as :class:`DatabaseError`, others unchanged. A write
        the database refuses for a passing reason is retried until ``give_up_s`` seconds after
        the call (time writes are held for a backup does not count), then it raises
        :class:`DatabaseError` and is not applied. If the caller is cancelled before the
        writer reached the job, the job is skipped.
        """
        future: concurrent.futures.Future[T] = concurrent.futures.Future()
        deadline = None if give_up_s is None else time.monotonic() + give_up_s
        self._submit(_Job(fn, future, deadline=deadline))
        return await asyncio.wrap_future(future)

    def write_nowait(self, fn: Callable[[Connection], object]) -> None:
        """Queue ``fn(conn)`` for the writer and return at once (fire-and-forget).

        Retried until it lands when the database refuses it for a passing reason, and then
        journaled too when it is a described write (``partial`` of a ``@durable_write``
        function with plain-data arguments). Other errors are logged, never raised into the
        caller; after :meth:`close` or with a full queue the job is dropped with a log.
        Ordered with :meth:`write` calls.
        """
        if self._closed:
            _LOGGER.warning("Database %s is closed; dropped a write", self.url_redacted)
            return
        try:
            self._submit(_Job(fn, None))
        except DatabaseError as err:
            _LOGGER.error("Database %s: %s; dropped a write", self.url_redacted, err)
            with self._count_lock:
                self._dropped += 1

    async def read[T](self, fn: Callable[[Connection], T]) -> T:
        """Run ``fn(conn)`` on the read pool (its own connection, rolled back afterwards).

        Reads do not wait for queued writes: await the write first when you need its result.
        """
        if self._memory:  # one shared connection: serialise through the writer
            future: concurrent.futures.Future[T] = concurrent.futures.Future()
            self._submit(_Job(fn, future, transactional=False))
            return await asyncio.wrap_future(future)
        if self._closed:
            raise DatabaseError(f"database {self.url_redacted} is closed")
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, self._run_read, fn)

    async def hold_writes(self) -> bool:
        """For a backup: checkpoint SQLite's WAL into the main file, then hold writes.

        Writes keep queueing (none is lost) until :meth:`release_writes`. Returns False (and
        holds nothing) for server and in-memory databases, whose files are not in a backup.
        """
        if self._sqlite_file is None or self._closed:
            return False
        future: concurrent.futures.Future[bool] = concurrent.futures.Future()
        self._inbox.put(_Hold(future))
        return await asyncio.wrap_future(future)

    def release_writes(self) -> None:
        """Undo one :meth:`hold_writes`: held writes run, in order."""
        if self._sqlite_file is not None:
            self._inbox.put(_RELEASE)

    def _submit(self, job: _Job) -> None:
        if self._closed:
            raise DatabaseError(f"database {self.url_redacted} is closed")
        with self._count_lock:
            if self._count >= self._max_pending:
                raise DatabaseError(f"write queue full ({self._count} writes pending)")
            self._count += 1
        self._inbox.put(job)

    # ------------------------------------------------------------------ threads

    def _run_read[T](self, fn: Callable[[Connection], T]) -> T:
        engine = self._read_engine
        if engine is None:  # pragma: no cover - reads are only possible after open()
            raise DatabaseError("database is not open")
        try:
            with engine.connect() as conn:
                return fn(conn)
        except SQLAlchemyError as err:
            raise DatabaseError(f"read failed: {err}") from err

    def _writer_main(self) -> None:
        """Writer thread: initialise, then run queued jobs until the stop marker."""
        try:
            version = self._initialise()
        except BaseException as err:  # handed to open()
            self._dispose()
            with contextlib.suppress(concurrent.futures.InvalidStateError):
                self._ready.set_exception(err)
            return
        try:
            if self._abandon.is_set():
                raise concurrent.futures.InvalidStateError
            self._ready.set_result(version)
        except concurrent.futures.InvalidStateError:  # open() gave up (timeout/cancel)
            self._dispose()
            return
        try:
            self._serve()
        finally:
            if self._journal is not None:
                self._journal.close()
            self._dispose()

    def _serve(self) -> None:
        backoff = RETRY_INITIAL_S
        while True:
            self._take(block=False)
            if self._held and not self._stopping:
                self._take(block=True)
                continue
            if not self._pending:
                if self._stopping:
                    return
                self._take(block=True)
                continue
            self._expire(time.monotonic())
            if not self._pending:
                continue
            job = self._pending[0]
            reason = self._attempt(job)
            if reason is None:
                self._pending.popleft()
                self._finished(job)
                backoff = RETRY_INITIAL_S
                if self._fail_since is not None:
                    self._recovered()
                continue
            self._failed(reason)
            if self._stopping:
                self._give_up()
                return
            self._sleep(backoff)
            backoff = min(backoff * 2, RETRY_MAX_S)

    def _take(self, *, block: bool, timeout: float | None = None) -> None:
        """Move what arrived into the pending list; with ``block``, wait for one message."""
        while True:
            try:
                item = self._inbox.get(block=block, timeout=timeout if block else None)
            except queue.Empty:
                return
            block = False
            if item is _STOP:
                self._stopping = True
                self._held = 0
            elif item is _RELEASE:
                self._release()
            elif isinstance(item, _Hold):
                self._hold(item)
            else:
                assert isinstance(item, _Job)
                self._pending.append(item)
                if item.deadline is not None and (
                    self._next_deadline is None or item.deadline < self._next_deadline
                ):
                    self._next_deadline = item.deadline
                if self._fail_since is not None and item.future is None:
                    self._to_spill.append(item)
                    self._spill()

    def _sleep(self, delay: float) -> None:
        """Back off, still taking in new jobs and failing awaited ones whose time is up."""
        end = time.monotonic() + delay
        while not self._stopping:
            now = time.monotonic()
            self._expire(now)
            wake = end if self._next_deadline is None else min(end, self._next_deadline)
            if now >= end:
                return
            self._take(block=True, timeout=max(0.001, wake - now))
            if self._fail_since is not None and not self._reported:
                self._report()

    def _attempt(self, job: _Job) -> HealthReason | None:
        """Run a job once. Returns the passing reason it failed for, else None (done)."""
        future = job.future
        if future is not None and not job.started:
            if not future.set_running_or_notify_cancel():
                return None  # the awaiting caller was cancelled before we got here
            job.started = True
        engine = self._engine
        assert engine is not None
        try:
            if job.transactional:
                with engine.connect() as conn:
                    conn.execution_options(odin_write=True)
                    with conn.begin():
                        result = job.fn(conn)
            else:
                with engine.connect() as conn:
                    result = job.fn(conn)
        except Exception as err:
            reason = classify_error(err)
            if reason is not None:
                self._fail_error = _short_error(err)
                return reason
            if future is None:
                _LOGGER.exception("Database write failed (%s)", self.url_redacted)
                with self._count_lock:
                    self._dropped += 1
            elif isinstance(err, SQLAlchemyError):
                wrapped = DatabaseError(f"write failed: {err}")
                wrapped.__cause__ = err
                _set_future(future, wrapped)
            else:
                _set_future(future, err)
            return None
        if future is not None:
            with contextlib.suppress(concurrent.futures.InvalidStateError):
                future.set_result(result)
        return None

    def _finished(self, job: _Job) -> None:
        with self._count_lock:
            self._count -= 1
        if job.seq is None or self._journal is None:
            return
        self._journaled -= 1
        try:
            if self._journaled == 0:
                self._journal.clear()
            else:
                self._journal.done(job.seq)
        except OSError as err:  # replayed twice at worst; the run writes are idempotent
            _LOGGER.warning("Cannot update the write journal %s: %s", self._journal.path, err)

    def _expire(self, now: float) -> None:
        """Fail awaited writes whose time is up while writes fail (they are then not
        applied). A queue that is merely long makes nobody give up."""
        if self._fail_since is None or self._next_deadline is None or now < self._next_deadline:
            return
        keep: deque[_Job] = deque()
        self._next_deadline = None
        why = self._fail_reason.value if self._fail_reason else "busy"
        detail = f" ({self._fail_error})" if self._fail_error else ""
        for job in self._pending:
            if job.deadline is None or job.future is None:
                keep.append(job)
            elif job.deadline <= now:
                _set_future(
                    job.future, DatabaseError(f"database {why}: the write was not applied{detail}")
                )
                self._finished(job)
            else:
                keep.append(job)
                if self._next_deadline is None or job.deadline < self._next_deadline:
                    self._next_deadline = job.deadline
        self._pending = keep

    # -- failing and recovering (writer thread)

    def _failed(self, reason: HealthReason) -> None:
        now = time.monotonic()
        if self._fail_since is None:
            self._fail_since = now
            self._fail_started = datetime.now(UTC)
            self._to_spill = deque(j for j in self._pending if j.future is None and j.seq is None)
            _LOGGER.warning(
                "Database %s refuses writes (%s: %s); retrying, %s pending",
                self.url_redacted,
                reason,
                self._fail_error,
                len(self._pending),
            )
        changed = reason != self._fail_reason
        self._fail_reason = reason
        self._spill()
        if not self._reported or changed:
            self._report()

    def _report(self) -> None:
        assert self._fail_since is not None
        if time.monotonic() - self._fail_since < self._health_grace_s:
            return
        self._reported = True
        self._publish(
            DatabaseHealth(
                ok=False,
                reason=self._fail_reason,
                error=self._fail_error,
                since=self._fail_started,
            )
        )

    def _recovered(self) -> None:
        _LOGGER.warning(
            "Database %s accepts writes again after %.1f s",
            self.url_redacted,
            time.monotonic() - (self._fail_since or time.monotonic()),
        )
        reported = self._reported
        self._to_spill.clear()
        self._fail_since = None
        self._fail_reason = None
        self._fail_error = None
        self._reported = False
        if reported:
            self._publish(DatabaseHealth())

    def _publish(self, health: DatabaseHealth) -> None:
        with self._count_lock:
            self._health = health
        loop = self._loop
        if loop is not None:
            with contextlib.suppress(RuntimeError):  # loop closed
                loop.call_soon_threadsafe(self._notify, self.health)

    def _spill(self) -> None:
        """Journal the pending fire-and-forget writes that are not yet (in order)."""
        journal = self._journal
        if journal is None:
            self._to_spill.clear()
            return
        while self._to_spill:
            job = self._to_spill[0]
            record = describe(job.fn) if job.describable and job.seq is None else None
            if record is None:
                job.describable = False
                self._to_spill.popleft()
                continue
            try:
                journal.append(self._next_seq, record)
            except (OSError, ValueError) as err:
                if not self._journal_warned:
                    self._journal_warned = True
                    _LOGGER.warning(
                        "Cannot journal pending writes to %s (%s); keeping them in memory",
                        journal.path,
                        err,
                    )
                return
            self._to_spill.popleft()
            job.seq = self._next_seq
            self._next_seq += 1
            self._journaled += 1
        self._journal_warned = False

    def _give_up(self) -> None:
        """Stopping while writes fail: journal what can be, fail the awaited, drop the rest."""
        self._spill()
        lost = 0
        for job in self._pending:
            if job.future is not None:
                _set_future(job.future, DatabaseError(f"database {self.url_redacted} is closed"))
            elif job.seq is None:
                lost += 1
        kept = sum(1 for job in self._pending if job.seq is not None)
        if lost:
            _LOGGER.error(
                "Database %s still refuses writes at shutdown: %s writes lost, %s journaled",
                self.url_redacted,
                lost,
                kept,
            )
        elif kept:
            _LOGGER.warning(
                "Database %s still refuses writes at shutdown: %s writes journaled to %s",
                self.url_redacted,
                kept,
                self.journal_path,
            )
        with self._count_lock:
            self._count -= len(self._pending)
            self._dropped += lost
        self._pending.clear()

    # -- holding for backups (writer thread)

    def _hold(self, item: _Hold) -> None:
        if not self._held:
            self._held_since = time.monotonic()
        self._held += 1
        try:
            self._checkpoint()
        except SQLAlchemyError as err:
            _LOGGER.warning("WAL checkpoint before backup failed: %s", _short_error(err))
        with contextlib.suppress(concurrent.futures.InvalidStateError):
            item.future.set_result(True)

    def _release(self) -> None:
        if not self._held:
            return
        self._held -= 1
        if self._held:
            return
        held_for = time.monotonic() - self._held_since
        for job in self._pending:  # the hold does not count against awaited writes
            if job.deadline is not None:
                job.deadline += held_for
        if self._next_deadline is not None:
            self._next_deadline += held_for

    def _checkpoint(self) -> None:
        engine = self._engine
        assert engine is not None
        with engine.connect() as conn:
            row = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").first()
        if row is not None and row[0]:
            _LOGGER.warning("WAL checkpoint before backup was blocked (%s)", tuple(row))

    # -- setup (writer thread)

    def _initialise(self) -> int:
        """Create the engines, connect, migrate, replay the journal. Runs on the writer."""
        engine = self._create_engine(writer=True)
        self._engine = engine
        try:
            version = migrate(engine)
        except MigrationError as err:
            raise DatabaseError(str(err)) from err
        except SQLAlchemyError as err:
            raise DatabaseError(f"cannot open database {self.url_redacted}: {err}") from err
        if version != CURRENT_VERSION:  # pragma: no cover - migrate() guarantees it
            raise DatabaseError(f"schema version {version} after migration")
        if self.dialect == "sqlite" and not self._memory:
            _enable_wal(engine)
        self._read_engine = engine if self._memory else self._create_engine(writer=False)
        self._replay()
        return version

    def _replay(self) -> None:
        """Queue the journal's pending writes first and try to land them now, in order."""
        journal = self._journal
        if journal is None:
            return
        try:
            entries, self._next_seq = journal.load()
        except OSError as err:
            _LOGGER.error("Cannot read the write journal %s: %s", journal.path, err)
            return
        if not entries:
            journal.clear()
            return
        for seq, record in entries:
            try:
                fn = restore(record)
            except JournalError as err:
                _LOGGER.error("Skipping journaled write %s: %s", seq, err)
                continue
            self._pending.append(_Job(fn, None, seq=seq))
            self._journaled += 1
        with self._count_lock:
            self._count += len(self._pending)
        _LOGGER.warning(
            "Replaying %s writes journaled while %s refused them",
            len(self._pending),
            self.url_redacted,
        )
        while self._pending:
            job = self._pending[0]
            reason = self._attempt(job)
            if reason is not None:
                self._failed(reason)
                return
            self._pending.popleft()
            self._finished(job)
        if self._journaled == 0:
            journal.clear()

    def _create_engine(self, *, writer: bool) -> Engine:
        url = self._url
        kwargs: dict[str, Any] = {}
        busy_timeout = SQLITE_WRITER_BUSY_TIMEOUT_S if writer else SQLITE_BUSY_TIMEOUT_S
        if self.dialect == "sqlite":
            connect_args: dict[str, Any] = {"timeout": busy_timeout, "check_same_thread": False}
            if self._memory:
                kwargs["poolclass"] = StaticPool
            elif self._sqlite_file is not None:
                self._sqlite_file.parent.mkdir(parents=True, exist_ok=True)
            kwargs["connect_args"] = connect_args
        else:
            kwargs["pool_pre_ping"] = True
            if writer:
                kwargs["pool_size"] = 1
            if self.dialect in ("postgresql", "mysql", "mariadb") and (
                "connect_timeout" not in url.query
            ):
                kwargs["connect_args"] = {"connect_timeout": max(1, math.ceil(self._init_timeout))}
        engine = create_engine(url, **kwargs)
        if self.dialect == "sqlite":
            # the in-memory database has one connection: the writer's settings
            _setup_sqlite(engine, SQLITE_WRITER_BUSY_TIMEOUT_S if self._memory else busy_timeout)
        return engine

    def _dispose(self) -> None:
        for engine in {id(e): e for e in (self._engine, self._read_engine) if e}.values():
            engine.dispose()


def _short_error(err: BaseException) -> str:
    """The driver's message, first line, without SQL or parameters (no secrets)."""
    orig = getattr(err, "orig", None) or err
    text = str(orig).strip().splitlines()
    return (text[0] if text else type(orig).__name__)[:200]


def _enable_wal(engine: Engine) -> None:
    """Switch the file to WAL (persistent). Done after the version check and migrations, so a
    database we refuse (newer schema) is left byte-for-byte untouched."""
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        mode = cursor.fetchone()
        cursor.close()
    finally:
        raw.close()
    if not mode or str(mode[0]).lower() != "wal":
        _LOGGER.warning("SQLite refused WAL journal mode (got %s)", mode)


def _setup_sqlite(engine: Engine, busy_timeout_s: float = SQLITE_BUSY_TIMEOUT_S) -> None:
    """Per-connection SQLite settings; real transactions (incl. DDL) for every ``begin``.

    pysqlite's legacy transaction handling neither begins before DDL nor on plain reads, so
    migrations would not be atomic. As SQLAlchemy documents, switch the driver to autocommit
    and emit BEGIN ourselves.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        try:
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_s * 1000)}")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # The writer takes the write lock up front (no lock upgrade deadlock, busy timeout
        # applies); readers get a consistent WAL snapshot.
        write = conn.get_execution_options().get("odin_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
