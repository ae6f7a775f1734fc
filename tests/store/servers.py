"""Real database servers for the store tests.

``scripts/dbservers start`` runs a PostgreSQL and a MariaDB on 127.0.0.1 (fixed ports) and
prints ``ODIN_TEST_PG_URL`` / ``ODIN_TEST_MARIADB_URL``; without those variables the tests try
the script's default URLs. A server that does not answer skips its tests, or fails them when
``CI=true``. Every test works in a fresh database of its own (created and dropped here), so
several test runs can share the servers.

:class:`PrivatePostgres` starts a throwaway PostgreSQL cluster of its own (for the test that
stops the server mid-way), from the Debian binaries the script installs.
"""

from __future__ import annotations

from collections.abc import Iterator
import contextlib
import os
from pathlib import Path
import shutil
import socket
import subprocess
import tempfile
import uuid

import pytest
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.engine import URL

DEFAULT_URLS = {
    "postgresql": "postgresql+psycopg://odin:odin@127.0.0.1:55432/odin",
    "mariadb": "mysql+pymysql://odin:odin@127.0.0.1:53306/odin?charset=utf8mb4",
}
ENV = {"postgresql": "ODIN_TEST_PG_URL", "mariadb": "ODIN_TEST_MARIADB_URL"}
SERVER_KINDS = ("postgresql", "mariadb")


START_HINT = "start them with `bash scripts/dbservers start`"


def unavailable(message: str, hint: str = START_HINT) -> None:
    """Skip, or fail under CI: the CI promise is that these tests run."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{message} (CI=true; {hint})")
    pytest.skip(f"{message}; {hint}")


def server_url(kind: str) -> URL:
    """The admin URL of a running test server, or skip/fail."""
    url = make_url(os.environ.get(ENV[kind]) or DEFAULT_URLS[kind])
    try:
        engine = create_engine(url, connect_args={"connect_timeout": 3})
    except ImportError as err:
        unavailable(f"no driver for {kind}: {err}", "install requirements_test.txt")
        raise  # pragma: no cover - unavailable() raises
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as err:
        unavailable(f"{kind} test server at {url.render_as_string()} unavailable: {err}")
    finally:
        engine.dispose()
    return url


@contextlib.contextmanager
def fresh_database(kind: str) -> Iterator[str]:
    """A new empty database on the ``kind`` test server; dropped afterwards. Yields its URL."""
    admin = server_url(kind)
    name = f"odin_t_{uuid.uuid4().hex[:12]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            if kind == "postgresql":
                conn.execute(text(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0"))
            else:
                conn.execute(text(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4"))
        yield admin.set(database=name).render_as_string(hide_password=False)
    finally:
        with engine.connect() as conn:
            if kind == "postgresql":
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            else:
                conn.execute(text(f"DROP DATABASE IF EXISTS `{name}`"))
        engine.dispose()


def _pg_bin() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=lambda p: p.parts)
    return found[-1].parent if found else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PrivatePostgres:
    """A PostgreSQL cluster of one test: initdb in /tmp, start/stop as the postgres user."""

    def __init__(self) -> None:
        """Initialise the cluster (skip/fail when the binaries are missing)."""
        bin_dir = _pg_bin()
        if bin_dir is None or shutil.which("runuser") is None:
            unavailable("PostgreSQL binaries not installed")
            raise AssertionError  # pragma: no cover - unavailable() raises
        self.bin = bin_dir
        self.port = _free_port()
        self.root = Path(tempfile.mkdtemp(prefix="odin-pg-", dir="/tmp"))
        self.data = self.root / "data"
        os.chmod(self.root, 0o755)
        shutil.chown(self.root, "postgres", "postgres")
        self._as_postgres("initdb", "-D", str(self.data), "-U", "odin", "-A", "trust", "-E", "UTF8")
        self.url = f"postgresql+psycopg://odin@127.0.0.1:{self.port}/postgres"

    def _as_postgres(self, tool: str, *args: str) -> None:
        subprocess.run(
            ["runuser", "-u", "postgres", "--", str(self.bin / tool), *args],
            check=True,
            capture_output=True,
            timeout=120,
        )

    def start(self) -> None:
        """Start (waits until it accepts connections)."""
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root} -c fsync=off"
        self._as_postgres(
            "pg_ctl", "-D", str(self.data), "-l", str(self.root / "log"), "-w", "-o", options,
            "start",
        )  # fmt: skip

    def stop(self) -> None:
        """Stop at once (``immediate``: like a crash or a pulled cable for the clients)."""
        self._as_postgres("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def remove(self) -> None:
        """Stop if running, delete the cluster."""
        with contextlib.suppress(subprocess.CalledProcessError, subprocess.TimeoutExpired):
            self.stop()
        shutil.rmtree(self.root, ignore_errors=True)
