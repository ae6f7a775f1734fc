"""O.D.I.N.'s own database: one writer thread + queue, a small read pool, versioned schema.

Modelled on HA's recorder (HA-CONVENTIONS §4.14): the event loop never touches the database.

* Writes are queued on a :class:`queue.SimpleQueue` and run in order by one thread
  (``odin_db_writer``), each in its own transaction (commit on return, rollback on error).
* Reads run on ``ThreadPoolExecutor(max_workers=2, thread_name_prefix="odin_db_read")``.
* The engine is created, connected and migrated on the writer thread before :meth:`open`
  returns; SQLite gets WAL, ``synchronous=NORMAL``, ``foreign_keys=ON`` and a busy timeout.
* :meth:`close` drains queued writes, joins the writer in an executor and disposes the engine.

Any SQLAlchemy URL works (``sqlite:///…`` by default, PostgreSQL / MySQL / MariaDB later); the
queries in ``store/`` are portable Core.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
import concurrent.futures
import contextlib
from dataclasses import dataclass
import logging
import math
from pathlib import Path
import queue
import threading
from typing import Any, Final

from sqlalchemy import Connection, Engine, create_engine, event, make_url
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from .migrations import CURRENT_VERSION, MigrationError, migrate

_LOGGER = logging.getLogger(__name__)

WRITER_THREAD_NAME: Final = "odin_db_writer"
READ_THREAD_PREFIX: Final = "odin_db_read"
SQLITE_BUSY_TIMEOUT_S: Final = 15.0
# How long a failed open() waits for the writer to finish a blocked connect/statement.
_FAILED_OPEN_GRACE_S: Final = 5.0


class DatabaseError(Exception):
    """The database could not be opened, migrated or used."""


@dataclass(slots=True)
class _Job:
    """A unit of work for the writer thread."""

    fn: Callable[[Connection], Any]
    future: concurrent.futures.Future[Any] | None  # None: fire-and-forget
    transactional: bool = True


_STOP: Final = object()


def _is_memory_sqlite(url: URL) -> bool:
    database = url.database or ""
    return (
        database in ("", ":memory:")
        or "mode=memory" in database
        or url.query.get("mode") == "memory"
    )


class Database:
    """Handle to the O.D.I.N. database. Create with :meth:`open`, finish with :meth:`close`."""

    def __init__(self, url: URL, *, init_timeout: float) -> None:
        """Internal: use :meth:`open`."""
        self._url = url
        self._init_timeout = init_timeout
        self.url_redacted: str = url.render_as_string(hide_password=True)
        self.dialect: str = url.get_backend_name()
        self.schema_version: int = 0
        self._engine: Engine | None = None
        self._queue: queue.SimpleQueue[_Job | object] = queue.SimpleQueue()
        self._ready: concurrent.futures.Future[int] = concurrent.futures.Future()
        self._abandon = threading.Event()
        self._closed = False
        self._memory = self.dialect == "sqlite" and _is_memory_sqlite(url)
        self._thread = threading.Thread(
            target=self._writer_main, name=WRITER_THREAD_NAME, daemon=True
        )
        self._pool = concurrent.futures.ThreadPoolExecutor(
            max_workers=2, thread_name_prefix=READ_THREAD_PREFIX
        )

    # ------------------------------------------------------------------ lifecycle (loop side)

    @classmethod
    async def open(cls, url: str, *, init_timeout: float = 10.0) -> Database:
        """Create the engine, connect and migrate (on the writer thread); return when ready.

        Raises :class:`DatabaseError` on a bad URL, connection or migration failure, a schema
        newer than this code, or when ``init_timeout`` seconds pass. On failure nothing is
        left running (the writer is asked to stop and joined, off the loop).
        """
        try:
            parsed = make_url(url)
        except ArgumentError as err:
            raise DatabaseError(f"invalid database URL: {err}") from None
        db = cls(parsed, init_timeout=init_timeout)
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

        Idempotent. Never blocks the event loop (joins run in the default executor).
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
            # engine and exits.
            self._pool.shutdown(wait=True, cancel_futures=False)
            self._queue.put(_STOP)
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

    # ------------------------------------------------------------------ API (loop side)

    async def write[T](self, fn: Callable[[Connection], T]) -> T:
        """Run ``fn(conn)`` on the writer thread in a transaction; return its result.

        Writes run in submission order. ``fn`` commits when it returns and rolls back when it
        raises; SQLAlchemy errors arrive as :class:`DatabaseError`, others unchanged. If the
        caller is cancelled before the writer reached the job, the job is skipped.
        """
        future: concurrent.futures.Future[T] = concurrent.futures.Future()
        self._submit(_Job(fn, future))
        return await asyncio.wrap_future(future)

    def write_nowait(self, fn: Callable[[Connection], object]) -> None:
        """Queue ``fn(conn)`` for the writer and return at once (fire-and-forget).

        Errors are logged, never raised into the caller; after :meth:`close` the job is
        dropped with a warning. Ordered with :meth:`write` calls.
        """
        if self._closed:
            _LOGGER.warning("Database %s is closed; dropped a write", self.url_redacted)
            return
        self._queue.put(_Job(fn, None))

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

    def _submit(self, job: _Job) -> None:
        if self._closed:
            raise DatabaseError(f"database {self.url_redacted} is closed")
        self._queue.put(job)

    # ------------------------------------------------------------------ threads

    def _run_read[T](self, fn: Callable[[Connection], T]) -> T:
        engine = self._engine
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
        while (item := self._queue.get()) is not _STOP:
            assert isinstance(item, _Job)
            self._run_job(item)
        self._dispose()

    def _run_job(self, job: _Job) -> None:
        future = job.future
        if future is not None and not future.set_running_or_notify_cancel():
            return  # the awaiting caller was cancelled before we got here
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
            if future is None:
                _LOGGER.exception("Database write failed (%s)", self.url_redacted)
                return
            if isinstance(err, SQLAlchemyError):
                wrapped = DatabaseError(f"write failed: {err}")
                wrapped.__cause__ = err
                future.set_exception(wrapped)
            else:
                future.set_exception(err)
            return
        if future is not None:
            future.set_result(result)

    def _initialise(self) -> int:
        """Create the engine, connect, migrate. Runs on the writer thread."""
        engine = self._create_engine()
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
        return version

    def _create_engine(self) -> Engine:
        url = self._url
        kwargs: dict[str, Any] = {}
        if self.dialect == "sqlite":
            connect_args: dict[str, Any] = {
                "timeout": SQLITE_BUSY_TIMEOUT_S,
                "check_same_thread": False,
            }
            if self._memory:
                kwargs["poolclass"] = StaticPool
            elif url.database:
                database = url.database.removeprefix("file:").split("?", 1)[0]
                Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
            kwargs["connect_args"] = connect_args
        else:
            kwargs["pool_pre_ping"] = True
            if self.dialect in ("postgresql", "mysql", "mariadb") and (
                "connect_timeout" not in url.query
            ):
                kwargs["connect_args"] = {"connect_timeout": max(1, math.ceil(self._init_timeout))}
        engine = create_engine(url, **kwargs)
        if self.dialect == "sqlite":
            _setup_sqlite(engine)
        return engine

    def _dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()


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


def _setup_sqlite(engine: Engine) -> None:
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
            cursor.execute(f"PRAGMA busy_timeout={int(SQLITE_BUSY_TIMEOUT_S * 1000)}")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # The writer takes the write lock up front (no lock upgrade deadlock, busy timeout
        # applies); readers get a consistent WAL snapshot.
        write = conn.get_execution_options().get("odin_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
