"""A minimal implicit-FTPS server: the Bambu printer's file upload port
(docs/protocols/bambu.md#upload-and-print-start).

asyncio only (pyftpdlib is not available here). Implicit TLS on connect with the printer's
certificate, user ``bblp`` + the access code, ``PBSZ``/``PROT P``, ``TYPE I``, ``PASV``,
``STOR`` (into a directory), ``SIZE``, ``DELE``, ``NLST``, ``CWD``/``PWD``, ``FEAT``,
``SYST``, ``NOOP``, ``QUIT``. Like the printer (vsftpd with ``require_ssl_reuse``), a PROT P
data connection that does not resume the control connection's TLS session is refused
(``522``), and a data connection that ends without a TLS close_notify is accepted.

Failure injection for tests: ``fail_stor`` = "refuse" (``552`` before any data) or "drop"
(the connection is cut after ``drop_after`` bytes, no reply).
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass, field
import logging
from pathlib import Path, PurePosixPath
import re
import ssl
from typing import Any

_LOGGER = logging.getLogger(__name__)

_MAX_LINE = 4096
_SAFE_NAME = re.compile(r"^[A-Za-z0-9._ -]{1,200}$")


@dataclass(slots=True)
class StoredFile:
    """One upload the server received."""

    name: str
    size: int
    session_reused: bool


@dataclass(slots=True, eq=False)
class _Session:
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    user: str | None = None
    logged_in: bool = False
    prot_p: bool = False
    cwd: str = "/"
    data_server: asyncio.Server | None = None
    data_conn: asyncio.Future[tuple[asyncio.StreamReader, asyncio.StreamWriter]] | None = None
    data_writers: list[asyncio.StreamWriter] = field(default_factory=list)


class FtpsServer:
    """Implicit FTPS on ``host:port`` (0 = a free port) storing into ``root``."""

    def __init__(
        self,
        *,
        root: Path,
        ssl_context: ssl.SSLContext,
        password: str,
        user: str = "bblp",
        host: str = "127.0.0.1",
        port: int = 0,
        require_session_reuse: bool = True,
    ) -> None:
        """Configure; nothing listens before ``start``."""
        self.root = root
        self.host = host
        self.port = port
        self._ssl = ssl_context
        self._user = user
        self.password = password  # the access code (tests may change it)
        self.require_session_reuse = require_session_reuse
        self.fail_stor: str | None = None  # None | "refuse" | "drop"
        self.drop_after = 4096
        self.stored: list[StoredFile] = []
        self.reuse_refusals = 0  # PROT P data connections refused for not resuming TLS
        self.commands: list[str] = []
        self._server: asyncio.Server | None = None
        self._sessions: set[_Session] = set()
        self._tasks: set[asyncio.Task[Any]] = set()

    # ---- lifecycle ----------------------------------------------------------------------

    async def start(self) -> None:
        """Listen (implicit TLS: the handshake runs as a client connects)."""
        self.root.mkdir(parents=True, exist_ok=True)
        self._server = await asyncio.start_server(
            self._handle, self.host, self.port, ssl=self._ssl, ssl_handshake_timeout=10.0
        )
        self.port = int(self._server.sockets[0].getsockname()[1])

    async def stop(self) -> None:
        """Close every connection and listener."""
        server, self._server = self._server, None
        if server is not None:
            server.close()
            server.abort_clients()
        for session in list(self._sessions):
            await self._close_data(session)
            session.writer.transport.abort()
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        if server is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(server.wait_closed(), 2.0)

    # ---- files ----------------------------------------------------------------------------

    def path_of(self, name: str) -> Path:
        """Where an uploaded file lies (``name`` as the client sent it, e.g. ``a.3mf``)."""
        return self.root / PurePosixPath(name.lstrip("/")).name

    def has_file(self, name: str) -> bool:
        """True when ``name`` was uploaded."""
        return self.path_of(name).is_file()

    def read_file(self, name: str) -> bytes:
        """The uploaded bytes (test helper; blocking, small files)."""
        return self.path_of(name).read_bytes()

    # ---- protocol -------------------------------------------------------------------------

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._tasks.add(task)
        session = _Session(reader, writer)
        self._sessions.add(session)
        try:
            await self._reply(session, "220 Bambu FTP (simulated)")
            while True:
                try:
                    line = await reader.readuntil(b"\n")
                except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
                    break
                if len(line) > _MAX_LINE:
                    break
                text = line.decode("utf-8", "replace").strip()
                verb, _, arg = text.partition(" ")
                verb = verb.upper()
                self.commands.append(verb if verb == "PASS" else text)
                if not await self._command(session, verb, arg.strip()):
                    break
        except (ConnectionError, ssl.SSLError, OSError):
            pass
        finally:
            self._sessions.discard(session)
            await self._close_data(session)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()
            if task is not None:
                self._tasks.discard(task)

    async def _reply(self, session: _Session, text: str) -> None:
        session.writer.write(text.encode() + b"\r\n")
        await session.writer.drain()

    async def _command(self, session: _Session, verb: str, arg: str) -> bool:
        """Answer one command; False ends the session."""
        if verb == "QUIT":
            await self._reply(session, "221 Goodbye.")
            return False
        if verb == "USER":
            session.user = arg
            await self._reply(session, "331 Please specify the password.")
            return True
        if verb == "PASS":
            if session.user == self._user and arg == self.password:
                session.logged_in = True
                await self._reply(session, "230 Login successful.")
            else:
                await self._reply(session, "530 Login incorrect.")
            return True
        if verb in ("FEAT", "SYST", "NOOP", "PBSZ"):
            replies = {
                "FEAT": "211-Features:\r\n PASV\r\n SIZE\r\n PBSZ\r\n PROT\r\n211 End",
                "SYST": "215 UNIX Type: L8",
                "NOOP": "200 NOOP ok.",
                "PBSZ": "200 PBSZ set to 0.",
            }
            await self._reply(session, replies[verb])
            return True
        if not session.logged_in:
            await self._reply(session, "530 Please login with USER and PASS.")
            return True
        handler = getattr(self, f"_cmd_{verb.lower()}", None)
        if handler is None:
            await self._reply(session, "502 Command not implemented.")
            return True
        await handler(session, arg)
        return True

    async def _cmd_prot(self, session: _Session, arg: str) -> None:
        if arg.upper() == "P":
            session.prot_p = True
            await self._reply(session, "200 PROT now Private.")
        else:
            await self._reply(session, "536 PROT must be P.")

    async def _cmd_type(self, session: _Session, arg: str) -> None:
        await self._reply(session, "200 Switching to Binary mode.")

    async def _cmd_pwd(self, session: _Session, arg: str) -> None:
        await self._reply(session, f'257 "{session.cwd}" is the current directory')

    async def _cmd_cwd(self, session: _Session, arg: str) -> None:
        if arg.strip("/") in ("", "cache", "timelapse"):
            session.cwd = "/" + arg.strip("/")
            await self._reply(session, "250 Directory successfully changed.")
        else:
            await self._reply(session, "550 Failed to change directory.")

    async def _cmd_size(self, session: _Session, arg: str) -> None:
        path = self._target(arg)
        if path is None or not path.is_file():
            await self._reply(session, "550 Could not get file size.")
        else:
            await self._reply(session, f"213 {path.stat().st_size}")

    async def _cmd_dele(self, session: _Session, arg: str) -> None:
        path = self._target(arg)
        if path is None or not path.is_file():
            await self._reply(session, "550 Delete operation failed.")
        else:
            path.unlink()
            await self._reply(session, "250 Delete operation successful.")

    async def _cmd_pasv(self, session: _Session, arg: str) -> None:
        await self._close_data(session)
        loop = asyncio.get_running_loop()
        future: asyncio.Future[tuple[asyncio.StreamReader, asyncio.StreamWriter]]
        future = loop.create_future()

        async def on_data(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            session.data_writers.append(writer)
            if future.done():
                writer.close()
                return
            future.set_result((reader, writer))

        session.data_server = await asyncio.start_server(
            on_data,
            self.host,
            0,
            ssl=self._ssl if session.prot_p else None,
            ssl_handshake_timeout=10.0 if session.prot_p else None,
        )
        session.data_conn = future
        port = int(session.data_server.sockets[0].getsockname()[1])
        ip = self.host.replace(".", ",")
        await self._reply(session, f"227 Entering Passive Mode ({ip},{port >> 8},{port & 255}).")

    async def _cmd_nlst(self, session: _Session, arg: str) -> None:
        conn = await self._open_data(session)
        if conn is None:
            return
        _reader, writer = conn
        names = sorted(p.name for p in self.root.iterdir() if p.is_file())
        writer.write("".join(f"{name}\r\n" for name in names).encode())
        await writer.drain()
        writer.close()
        await self._close_data(session)
        await self._reply(session, "226 Directory send OK.")

    async def _cmd_stor(self, session: _Session, arg: str) -> None:
        path = self._target(arg)
        if path is None:
            await self._reply(session, "553 Could not create file.")
            await self._close_data(session)
            return
        if self.fail_stor == "refuse":
            await self._reply(session, "552 Insufficient storage space (no SD card?).")
            await self._close_data(session)
            return
        conn = await self._open_data(session)
        if conn is None:
            return
        reader, writer = conn
        reused = True
        if session.prot_p:
            ssl_object = writer.get_extra_info("ssl_object")
            reused = bool(ssl_object is not None and ssl_object.session_reused)
            if not reused and self.require_session_reuse:
                self.reuse_refusals += 1
                writer.close()
                await self._close_data(session)
                await self._reply(session, "522 SSL connection failed; session reuse required.")
                return
        received = 0
        dropped = False
        partial = path.with_name(path.name + ".part")
        try:
            with partial.open("wb") as handle:
                while chunk := await reader.read(65536):
                    received += len(chunk)
                    handle.write(chunk)
                    if self.fail_stor == "drop" and received >= self.drop_after:
                        dropped = True
                        break
        except (ConnectionError, ssl.SSLError, OSError) as err:
            _LOGGER.debug("STOR read failed after %d bytes: %r", received, err)
            partial.unlink(missing_ok=True)
            await self._close_data(session)
            await self._reply(session, "426 Failure reading network stream.")
            return
        if dropped:  # the printer "crashes" mid-transfer: both connections cut, no reply
            partial.unlink(missing_ok=True)
            writer.transport.abort()
            session.writer.transport.abort()
            await self._close_data(session)
            return
        partial.replace(path)
        writer.close()
        await self._close_data(session)
        self.stored.append(StoredFile(path.name, received, reused))
        await self._reply(session, "226 Transfer complete.")

    async def _open_data(
        self, session: _Session
    ) -> tuple[asyncio.StreamReader, asyncio.StreamWriter] | None:
        if session.data_conn is None:
            await self._reply(session, "425 Use PASV first.")
            return None
        await self._reply(session, "150 Ok to send data.")
        try:
            return await asyncio.wait_for(asyncio.shield(session.data_conn), 10.0)
        except TimeoutError:
            await self._close_data(session)
            await self._reply(session, "425 Failed to establish connection.")
            return None

    async def _close_data(self, session: _Session) -> None:
        server, session.data_server = session.data_server, None
        future, session.data_conn = session.data_conn, None
        if future is not None and not future.done():
            future.cancel()
        for writer in session.data_writers:
            writer.transport.abort()
        session.data_writers.clear()
        if server is not None:
            server.close()
            server.abort_clients()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(server.wait_closed(), 2.0)

    def _target(self, arg: str) -> Path | None:
        name = PurePosixPath(arg.strip()).name
        if not name or not _SAFE_NAME.match(name) or name in (".", ".."):
            return None
        return self.root / name


__all__ = ["FtpsServer", "StoredFile"]
