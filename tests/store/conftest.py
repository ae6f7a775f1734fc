"""Fixtures for the database tests: a real SQLite file per test, always closed."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from custom_components.odin.store.db import Database


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
