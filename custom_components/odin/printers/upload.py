"""Shared pieces of the send paths (docs/protocols/bambu.md#upload-and-print-start,
docs/protocols/moonraker.md#upload-start-and-control, docs/protocols/prusalink.md#upload-and-start):
safe remote names, the file
source (bytes or a path, read off the event loop), throttled progress and an aiohttp payload
that streams the file with progress and can be sent again (a Digest auth retry).

No Home Assistant imports here.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
import hashlib
import io
import json
import logging
import os
from pathlib import Path
import re
from typing import IO, Any, Final
import unicodedata

import aiohttp
from aiohttp.abc import AbstractStreamWriter

from .model import UploadError

_LOGGER = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int], None]
"""``progress(bytes_sent, total)``, always called on the event loop."""

CHUNK: Final = 64 * 1024
MAX_REMOTE_NAME: Final = 128
_UNSAFE: Final = re.compile(r"[^A-Za-z0-9._-]+")


def safe_remote_name(name: str, allowed: tuple[str, ...]) -> str:
    """A file name safe on the printer: directories stripped, accents dropped (NFKD), only
    ``[A-Za-z0-9._-]`` (others become ``_``), no leading dot/dash, no ``..``, at most 128
    characters, the extension kept (lower case; the longest of ``allowed`` that matches, e.g.
    ``.gcode.3mf``).

    Raises UploadError (stage "prepare", reason "file_type") when the extension is not allowed.
    """
    base = str(name).replace("\\", "/").rsplit("/", 1)[-1].strip()
    lower = base.lower()
    ext = next((e for e in sorted(allowed, key=len, reverse=True) if lower.endswith(e)), None)
    if ext is None:
        raise UploadError(
            f"{base or name!r} is not a {' / '.join(allowed)} file",
            stage="prepare",
            reason="file_type",
        )
    stem = unicodedata.normalize("NFKD", base[: len(base) - len(ext)])
    stem = "".join(c for c in stem if not unicodedata.combining(c))  # "é" -> "e"
    stem = _UNSAFE.sub("_", stem)
    stem = re.sub(r"\.{2,}", ".", stem)
    stem = re.sub(r"_{2,}", "_", stem).strip("._-")
    stem = stem[: MAX_REMOTE_NAME - len(ext)].rstrip("._-") or "print"
    return stem + ext


@dataclass(frozen=True, slots=True)
class FileSource:
    """The file to send: bytes in memory or a path (read in chunks, never on the loop)."""

    data: bytes | None
    path: Path | None
    size: int

    @classmethod
    async def create(
        cls, source: bytes | bytearray | memoryview | str | os.PathLike[str]
    ) -> FileSource:
        """Wrap ``source``; a path is checked (exists, regular file) in an executor.

        Raises UploadError (stage "prepare", reason "unreadable")."""
        if isinstance(source, (bytes, bytearray, memoryview)):
            data = bytes(source)
            return cls(data=data, path=None, size=len(data))
        path = Path(source)
        try:
            stat = await asyncio.get_running_loop().run_in_executor(None, path.stat)
        except OSError as err:
            raise UploadError(
                f"cannot read {path.name} ({err.strerror})", stage="prepare", reason="unreadable"
            ) from err
        if not path.is_file():
            raise UploadError(f"{path.name} is not a file", stage="prepare", reason="unreadable")
        return cls(data=None, path=path, size=stat.st_size)

    def open_blocking(self) -> IO[bytes]:
        """A binary file object (blocking: call from a worker thread)."""
        if self.data is not None:
            return io.BytesIO(self.data)
        assert self.path is not None
        return self.path.open("rb")

    async def chunks(self, size: int = CHUNK) -> AsyncIterator[bytes]:
        """The content in chunks (a path is read in an executor)."""
        if self.data is not None:
            view = memoryview(self.data)
            for start in range(0, len(view), size):
                yield bytes(view[start : start + size])
            return
        loop = asyncio.get_running_loop()
        handle = await loop.run_in_executor(None, self.open_blocking)
        try:
            while chunk := await loop.run_in_executor(None, handle.read, size):
                yield chunk
        finally:
            await loop.run_in_executor(None, handle.close)

    async def sha256(self) -> str:
        """Hex SHA-256 of the content (a path is hashed in an executor)."""
        if self.data is not None:
            return hashlib.sha256(self.data).hexdigest()

        def digest() -> str:
            hasher = hashlib.sha256()
            with self.open_blocking() as handle:
                while chunk := handle.read(1024 * 1024):
                    hasher.update(chunk)
            return hasher.hexdigest()

        return await asyncio.get_running_loop().run_in_executor(None, digest)


class Progress:
    """Throttled progress: reports at most every 1 % (and the last byte). ``threadsafe``:
    ``advance`` may be called from a worker thread (the callback still runs on the loop)."""

    def __init__(
        self,
        callback: ProgressCallback | None,
        total: int,
        loop: asyncio.AbstractEventLoop | None = None,
    ) -> None:
        """Report to ``callback``; ``loop`` makes ``advance`` thread-safe."""
        self._callback = callback
        self._total = total
        self._loop = loop
        self._step = max(CHUNK, total // 100)
        self.sent = 0
        self._reported = -1

    def reset(self) -> None:
        """Start over (the body is sent again)."""
        self.sent = 0
        self._reported = -1

    def advance(self, count: int) -> None:
        """``count`` more bytes went out."""
        self.sent += count
        if self._callback is None:
            return
        if self.sent < self._total and self.sent - self._reported < self._step:
            return
        self._reported = self.sent
        self._deliver(self.sent)

    def start(self) -> None:
        """Report 0 bytes sent (thread-safe like ``advance``)."""
        if self._callback is not None:
            self._deliver(0)

    def _deliver(self, sent: int) -> None:
        """Run the callback on the loop: directly, or handed over from a worker thread."""
        if self._loop is None:
            self._report(sent)
            return
        try:
            self._loop.call_soon_threadsafe(self._report, sent)
        except RuntimeError:  # loop closed
            return

    def _report(self, sent: int) -> None:
        assert self._callback is not None
        try:
            self._callback(sent, self._total)
        except Exception:
            _LOGGER.exception("upload progress callback failed")


class StreamPayload(aiohttp.payload.Payload):
    """``prefix`` + the file + ``suffix`` streamed in chunks with progress. Its size is known
    (Content-Length is sent) and it can be written again (Digest auth retries)."""

    _autoclose = True

    def __init__(
        self,
        source: FileSource,
        *,
        content_type: str,
        progress: Progress | None = None,
        prefix: bytes = b"",
        suffix: bytes = b"",
    ) -> None:
        """Stream ``source`` between ``prefix`` and ``suffix``."""
        super().__init__(source, content_type=content_type)
        self._source = source
        self._progress = progress
        self._prefix = prefix
        self._suffix = suffix
        self._size = len(prefix) + source.size + len(suffix)

    async def write(self, writer: AbstractStreamWriter) -> None:
        """Send everything (each call starts from the beginning)."""
        progress = self._progress
        if progress is not None:
            progress.reset()
        if self._prefix:
            await writer.write(self._prefix)
        async for chunk in self._source.chunks():
            await writer.write(chunk)
            if progress is not None:
                progress.advance(len(chunk))
        if self._suffix:
            await writer.write(self._suffix)

    async def write_with_length(
        self, writer: AbstractStreamWriter, content_length: int | None
    ) -> None:
        """The whole payload (its size is the Content-Length)."""
        await self.write(writer)

    def decode(self, encoding: str = "utf-8", errors: str = "strict") -> str:
        """Text form (only in-memory sources; Digest ``auth-int`` hashes the body)."""
        data = self._source.data or b""
        return (self._prefix + data + self._suffix).decode(encoding, errors)

    async def as_bytes(self, encoding: str = "utf-8", errors: str = "strict") -> bytes:
        """The whole body (Digest ``auth-int``)."""
        parts = [self._prefix]
        async for chunk in self._source.chunks():
            parts.append(chunk)
        parts.append(self._suffix)
        return b"".join(parts)


def multipart_form(
    fields: dict[str, str], file_field: str, file_name: str
) -> tuple[bytes, bytes, str]:
    """(prefix, suffix, content type) of a ``multipart/form-data`` body whose last part is
    the file ``file_name`` (streamed between prefix and suffix)."""
    boundary = "odin-" + os.urandom(16).hex()
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{key}"\r\n\r\n{value}\r\n'
        for key, value in fields.items()
    ]
    parts.append(
        f"--{boundary}\r\n"
        f'Content-Disposition: form-data; name="{file_field}"; filename="{file_name}"\r\n'
        "Content-Type: application/octet-stream\r\n\r\n"
    )
    prefix = "".join(parts).encode()
    suffix = f"\r\n--{boundary}--\r\n".encode()
    return prefix, suffix, f"multipart/form-data; boundary={boundary}"


def describe(err: BaseException) -> str:
    """Short text of a transfer error (no secrets)."""
    if isinstance(err, TimeoutError):
        return "timed out"
    text = str(err).strip()[:160]
    return f"{type(err).__name__}: {text}" if text else type(err).__name__


def json_body(body: bytes) -> Any:
    """Parsed JSON, or None."""
    try:
        return json.loads(body)
    except (ValueError, RecursionError):
        return None


__all__ = [
    "CHUNK",
    "FileSource",
    "Progress",
    "ProgressCallback",
    "StreamPayload",
    "describe",
    "json_body",
    "multipart_form",
    "safe_remote_name",
]
