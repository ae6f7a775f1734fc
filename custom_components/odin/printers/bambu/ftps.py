"""Bambu Lab file upload: implicit FTPS on port 990 (docs/protocols/bambu.md#upload-and-print-start)
and the ``project_file``
start command.

- TLS is verified exactly like MQTT: the caller passes the context of
  ``bambu.build_ssl_context`` (printer CA, hostname = serial sent as SNI).
- Implicit TLS: the control connection is TLS from the first byte (no ``AUTH TLS``).
- ``PBSZ 0`` + ``PROT P``: the data connection is TLS too and resumes the control
  connection's TLS session (the printer's FTP server requires the reuse).
- The data connection is closed without a TLS close_notify exchange (``unwrap``): Bambu
  printers do not answer it and the transfer would hang; ``SIZE`` afterwards checks that every
  byte arrived.

``ftplib`` is blocking: :func:`async_ftps_upload` runs it in the loop's default executor and
joins it (a cancelled upload shuts the sockets so the thread ends at once).

No Home Assistant imports here.
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass, field
import ftplib
import json
import socket
import ssl
import threading
import time
from typing import Any, Final

from custom_components.odin.printers.model import UploadError
from custom_components.odin.printers.upload import (
    CHUNK,
    FileSource,
    Progress,
    ProgressCallback,
    describe,
)

FTP_USER: Final = "bblp"
DEFAULT_FTP_PORT: Final = 990
FTP_TIMEOUT_S: Final = 30.0
BAMBU_EXTENSIONS: Final = (".gcode.3mf", ".3mf")
_X509_V_ERR_HOSTNAME_MISMATCH: Final = 62


class _ImplicitFtpTls(ftplib.FTP_TLS):
    """ftplib with implicit TLS on connect and TLS session reuse on the data channel."""

    def connect(
        self,
        host: str = "",
        port: int = 0,
        timeout: float = -999,
        source_address: tuple[str, int] | None = None,
    ) -> str:
        """TCP connect, TLS handshake at once (implicit FTPS), then read the greeting."""
        if host:
            self.host = host
        if port > 0:
            self.port = port
        if timeout != -999:
            self.timeout = timeout
        if source_address is not None:
            self.source_address = source_address
        raw = socket.create_connection(
            (self.host, self.port), self.timeout, source_address=self.source_address
        )
        try:
            self.sock = self.context.wrap_socket(raw, server_hostname=self.host)
        except BaseException:
            raw.close()
            raise
        self.af = self.sock.family
        self.file = self.sock.makefile("r", encoding=self.encoding)
        self.welcome = self.getresp()
        return self.welcome

    def ntransfercmd(
        self, cmd: str, rest: int | str | None = None
    ) -> tuple[socket.socket, int | None]:
        """Open the data connection; with PROT P wrap it resuming the control session."""
        conn, size = ftplib.FTP.ntransfercmd(self, cmd, rest)  # noqa: S321 - TLS, see wrap
        if self._prot_p:  # type: ignore[attr-defined]
            control = self.sock
            session = control.session if isinstance(control, ssl.SSLSocket) else None
            try:
                conn = self.context.wrap_socket(conn, server_hostname=self.host, session=session)
            except BaseException:
                conn.close()
                raise
        return conn, size


class FtpsUpload:
    """One blocking upload (``run`` in a worker thread); ``abort`` from any thread."""

    def __init__(
        self,
        target: FtpsTarget,
        *,
        remote_name: str,
        source: FileSource,
        progress: Progress,
        timeout_s: float = FTP_TIMEOUT_S,
    ) -> None:
        """Prepare; nothing connects before ``run``."""
        self._host = target.host
        self._port = target.port
        self._access_code = target.access_code
        self._context = target.ssl_context
        self._remote = remote_name
        self._source = source
        self._progress = progress
        self._timeout = timeout_s
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._aborted = False

    def abort(self) -> None:
        """Shut the sockets down: a blocked ``run`` fails at once."""
        with self._lock:
            self._aborted = True
            for sock in self._sockets:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

    def _track(self, sock: socket.socket | None) -> None:
        if sock is None:
            return
        with self._lock:
            self._sockets.append(sock)
            if self._aborted:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

    def run(self) -> None:
        """Connect, log in, STOR, check the size. Raises UploadError."""
        ftp = _ImplicitFtpTls(context=self._context, timeout=self._timeout)
        try:
            try:
                ftp.connect(self._host, self._port)
                self._track(ftp.sock)
                ftp.login(FTP_USER, self._access_code)
            except ftplib.error_perm as err:
                raise UploadError(
                    f"the printer refused the access code for FTPS ({_reply(err)})",
                    reason="auth",
                ) from err
            ftp.prot_p()
            ftp.voidcmd("TYPE I")
            self._store(ftp)
            self._check_size(ftp)
            with contextlib.suppress(*ftplib.all_errors):
                ftp.quit()
        except UploadError:
            raise
        except ftplib.error_perm as err:
            raise UploadError(
                f"the printer refused the file ({_reply(err)}; is an SD card inserted?)",
                reason="refused",
            ) from err
        except (ftplib.error_reply, ftplib.error_temp, ftplib.error_proto) as err:
            raise UploadError(f"FTPS transfer failed ({_reply(err)})", reason="refused") from err
        except ssl.SSLCertVerificationError as err:
            wrong = err.verify_code == _X509_V_ERR_HOSTNAME_MISMATCH
            raise UploadError(
                f"the printer certificate did not verify ({err.verify_message})",
                stage="upload",
                reason="wrong_serial" if wrong else "tls",
            ) from err
        except TimeoutError as err:
            raise UploadError("FTPS transfer timed out", reason="timeout") from err
        except (OSError, EOFError, ValueError) as err:
            reason = "aborted" if self._aborted else "network"
            raise UploadError(f"FTPS transfer failed ({describe(err)})", reason=reason) from err
        finally:
            ftp.close()

    def _store(self, ftp: _ImplicitFtpTls) -> None:
        self._progress.start()
        conn, _size = ftp.ntransfercmd(f"STOR {self._remote}")
        self._track(conn)
        with conn, self._source.open_blocking() as handle:
            while chunk := handle.read(CHUNK):
                conn.sendall(chunk)
                self._progress.advance(len(chunk))
            _half_close(conn, self._timeout)
        ftp.voidresp()

    def _check_size(self, ftp: _ImplicitFtpTls) -> None:
        try:
            stored = ftp.size(self._remote)
        except ftplib.error_perm:
            return  # SIZE not offered: nothing to compare
        if stored is not None and stored != self._source.size:
            raise UploadError(
                f"the printer stored {stored} of {self._source.size} bytes",
                reason="size_mismatch",
            )


def _half_close(conn: socket.socket, timeout_s: float) -> None:
    """End the data connection without a TLS close_notify exchange (``unwrap``: Bambu
    printers never answer it): TCP half-close, then wait (bounded) until the printer closes
    its side, reading whatever it still sends (TLS session tickets). Closing with unread data
    would reset the connection, and a reset can discard the file's last bytes at the printer.
    """
    deadline = time.monotonic() + min(timeout_s, 10.0)
    try:
        conn.shutdown(socket.SHUT_WR)  # an SSLSocket drops its TLS state here: raw TCP now
        while (left := deadline - time.monotonic()) > 0:
            conn.settimeout(left)
            if not conn.recv(65536):
                break
    except (OSError, ValueError):
        pass  # closed or timed out: the reply on the control connection decides


def _reply(err: BaseException) -> str:
    return str(err).strip()[:120] or type(err).__name__


@dataclass(frozen=True, slots=True)
class FtpsTarget:
    """Where an upload goes: the printer's FTPS server and how to log in (never logged)."""

    host: str
    port: int
    access_code: str = field(repr=False)
    ssl_context: ssl.SSLContext = field(repr=False)


async def async_ftps_upload(
    target: FtpsTarget,
    *,
    remote_name: str,
    source: FileSource,
    progress: ProgressCallback | None = None,
    timeout_s: float = FTP_TIMEOUT_S,
) -> None:
    """Upload ``source`` as ``remote_name`` into the printer's storage root. Raises
    UploadError. The worker thread is always joined (also when this is cancelled)."""
    loop = asyncio.get_running_loop()
    job = FtpsUpload(
        target,
        remote_name=remote_name,
        source=source,
        progress=Progress(progress, source.size, loop),
        timeout_s=timeout_s,
    )
    future = loop.run_in_executor(None, job.run)
    try:
        await asyncio.shield(future)
    except asyncio.CancelledError:
        job.abort()
        with contextlib.suppress(Exception):
            await future
        raise


def project_file_command(
    sequence_id: str,
    remote_name: str,
    *,
    plate: int,
    ams_mapping: list[int] | None,
    bed_leveling: bool,
    timelapse: bool,
    bed_type: str = "auto",
    flow_cali: bool = False,
    vibration_cali: bool = False,
    layer_inspect: bool = False,
) -> dict[str, Any]:
    """The ``print.project_file`` request (docs/protocols/bambu.md#upload-and-print-start). Both
    spellings of bed levelling
    are sent (firmware differ); ``use_ams`` is on when the mapping names an AMS tray."""
    subtask = remote_name
    for ext in BAMBU_EXTENSIONS:
        if subtask.lower().endswith(ext):
            subtask = subtask[: -len(ext)]
            break
    mapping = list(ams_mapping or [])
    use_ams = any(0 <= tray < 254 for tray in mapping)
    body: dict[str, Any] = {
        "sequence_id": sequence_id,
        "command": "project_file",
        "param": f"Metadata/plate_{plate}.gcode",
        "url": f"ftp:///{remote_name}",
        "file": remote_name,
        "subtask_name": subtask or remote_name,
        "project_id": "0",
        "profile_id": "0",
        "task_id": "0",
        "subtask_id": "0",
        "bed_type": bed_type,
        "timelapse": timelapse,
        "bed_leveling": bed_leveling,
        "bed_levelling": bed_leveling,
        "auto_bed_leveling": 1 if bed_leveling else 0,
        "flow_cali": flow_cali,
        "vibration_cali": vibration_cali,
        "layer_inspect": layer_inspect,
        "use_ams": use_ams,
    }
    if use_ams:
        body["ams_mapping"] = mapping
    return {"print": body}


def parse_ack(payload: bytes, command: str) -> tuple[str, dict[str, Any]] | None:
    """(sequence_id, body) of a ``print.<command>`` ack on the report topic, else None."""
    if command.encode() not in payload:
        return None
    try:
        message = json.loads(payload)
    except (ValueError, RecursionError):
        return None
    body = message.get("print") if isinstance(message, dict) else None
    if not isinstance(body, dict) or body.get("command") != command or "result" not in body:
        return None
    return str(body.get("sequence_id", "")), body


__all__ = [
    "BAMBU_EXTENSIONS",
    "DEFAULT_FTP_PORT",
    "FTP_USER",
    "FtpsTarget",
    "FtpsUpload",
    "async_ftps_upload",
    "parse_ack",
    "project_file_command",
]
