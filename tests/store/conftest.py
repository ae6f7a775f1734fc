"""Fixtures for the database tests: a real SQLite file per test, always closed; fresh
databases on the real PostgreSQL/MariaDB test servers (servers.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from custom_components.odin.store.db import Database

from .servers import SERVER_KINDS, PrivatePostgres, fresh_database


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where the test's database file lives (in a not-yet-existing sub-directory)."""
    return tmp_path / "config" / "odin.db"


@pytest.fixture
async def db(db_path: Path) -> AsyncIterator[Database]:
    """An open, migrated database; closed (writer joined) after the test."""
    database = await Database.open(f"sqlite:///{db_path}")
    try:
        yield database
    finally:
        await database.close()


@pytest.fixture(params=["sqlite", *SERVER_KINDS])
def backend_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh database URL on SQLite and on each real server (skip/fail: see servers.py)."""
    kind: str = request.param
    if kind == "sqlite":
        yield f"sqlite:///{tmp_path / 'backend' / 'odin.db'}"
        return
    with fresh_database(kind) as url:
        yield url


@pytest.fixture
def private_postgres() -> Iterator[PrivatePostgres]:
    """A PostgreSQL server of the test's own, started; removed afterwards."""
    server = PrivatePostgres()
    try:
        server.start()
        yield server
    finally:
        server.remove()
