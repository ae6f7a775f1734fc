"""``POST /api/odin/files/upload``: store a print file (admin only).

The body is ``multipart/form-data`` with one part ``file`` (its filename is the file's name;
only ``.3mf``, ``.gcode.3mf``, ``.gcode``, ``.bgcode``; a name with a folder or ``..`` is
refused). The part is streamed to ``<config>/odin/files/.incoming`` in the executor (SHA-256
while streaming), refused beyond the size limit (farm option ``upload_max_mb``, default 512 MB)
with 413, parsed with ``farm.filemeta`` in the executor and kept as
``<config>/odin/files/<sha256>.<ext>``. The answer is ``{"file": File, "created": bool}``
(docs/auto-queue.md). Browsers show progress with the request's upload progress events.
"""

from __future__ import annotations

import asyncio
import hashlib
from http import HTTPStatus
from pathlib import Path
import tempfile
from typing import IO, Any, Final
from urllib.parse import unquote

from aiohttp import BodyPartReader, web
from aiohttp.http_exceptions import HttpProcessingError
from homeassistant.components.http.const import KEY_HASS_USER
from homeassistant.core import Context
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers.http import KEY_HASS, HomeAssistantView

from ..helpers import async_get_farm_entry
from ..ops.dispatch import (
    INCOMING,
    check_plain_name,
    files_dir,
    upload_limit_bytes,
)

UPLOAD_URL: Final = "/api/odin/files/upload"
CHUNK: Final = 1024 * 1024


# What a broken multipart body raises while it is parsed: the client's error (400).
MALFORMED = (ValueError, AssertionError, HttpProcessingError, asyncio.IncompleteReadError)


def _malformed() -> web.Response:
    return _error(
        HTTPStatus.BAD_REQUEST, "bad_request", "Send multipart/form-data with a part 'file'."
    )


def _error(status: HTTPStatus, code: str, message: str) -> web.Response:
    return web.json_response({"code": code, "message": message}, status=status)


class OdinFileUploadView(HomeAssistantView):
    """Chunked, size-limited upload of a print file."""

    url = UPLOAD_URL
    name = "api:odin:files:upload"
    requires_auth = True

    async def post(self, request: web.Request) -> web.Response:
        """Receive one file."""
        hass = request.app[KEY_HASS]
        user = request[KEY_HASS_USER]
        if not user.is_admin:
            return _error(HTTPStatus.FORBIDDEN, "unauthorized", "Only administrators upload files.")
        try:
            entry = async_get_farm_entry(hass)
        except HomeAssistantError:
            return _error(HTTPStatus.SERVICE_UNAVAILABLE, "not_loaded", "The farm is not loaded.")
        dispatcher = entry.runtime_data.dispatcher
        limit = upload_limit_bytes(entry)
        if request.content_length is not None and request.content_length > limit + 64 * 1024:
            return _error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "too_large", f"Limit {limit} bytes.")
        try:
            reader = await request.multipart()
            part: Any = await reader.next()
            while part is not None and not (
                isinstance(part, BodyPartReader) and part.name == "file"
            ):
                part = await reader.next()
        except MALFORMED:
            return _malformed()
        if part is None:
            return _error(HTTPStatus.BAD_REQUEST, "no_file", "No part named 'file'.")
        try:
            name = check_plain_name(unquote(part.filename or ""))  # aiohttp quotes names
        except HomeAssistantError as err:
            return _error(HTTPStatus.BAD_REQUEST, err.translation_key or "invalid", str(err))
        folder = files_dir(hass) / INCOMING

        def open_temp() -> IO[bytes]:
            folder.mkdir(parents=True, exist_ok=True)
            return tempfile.NamedTemporaryFile(dir=folder, prefix="up-", delete=False)

        handle = await hass.async_add_executor_job(open_temp)
        temp = Path(handle.name)
        hasher = hashlib.sha256()
        size = 0

        def write(chunk: bytes) -> None:
            hasher.update(chunk)
            handle.write(chunk)

        def discard() -> None:
            handle.close()
            temp.unlink(missing_ok=True)

        try:
            while chunk := await part.read_chunk(CHUNK):
                size += len(chunk)
                if size > limit:
                    await hass.async_add_executor_job(discard)
                    return _error(
                        HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "too_large", f"Limit {limit} bytes."
                    )
                await hass.async_add_executor_job(write, chunk)
            await hass.async_add_executor_job(handle.close)
            # The body must end with the closing boundary: without it the file may be cut.
            while await reader.next() is not None:
                pass
            if not reader.at_eof():
                raise ValueError("no closing boundary")
        except MALFORMED:
            await hass.async_add_executor_job(discard)
            return _malformed()
        except BaseException:
            await hass.async_add_executor_job(discard)
            raise
        if size == 0:
            await hass.async_add_executor_job(discard)
            return _error(HTTPStatus.BAD_REQUEST, "empty", "The file is empty.")
        try:
            record, created = await dispatcher.async_store_file(
                temp, name, context=Context(user_id=user.id)
            )
        except HomeAssistantError as err:
            return _error(HTTPStatus.BAD_REQUEST, err.translation_key or "invalid", str(err))
        if record.hash != hasher.hexdigest():  # parse_file hashed the same bytes
            return _error(HTTPStatus.INTERNAL_SERVER_ERROR, "hash_mismatch", "Hash mismatch.")
        return web.json_response({"file": record.as_dict(), "created": created})
