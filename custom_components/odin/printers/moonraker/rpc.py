"""JSON-RPC 2.0 over one aiohttp websocket (Moonraker's ``/websocket``), on the event loop.

``RpcConnection`` sends requests with increasing integer ids, matches responses to futures
(each with a timeout) and hands notifications (``method`` without ``id``; Moonraker always
sends ``params`` as an array) to a callback. ``run()`` reads until the socket closes and then
fails every pending request. No Home Assistant imports; nothing here logs secrets.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
import json
import logging
from typing import Any, Final

import aiohttp

from custom_components.odin.printers.common import loads as _loads
from custom_components.odin.printers.model import PrinterClientError

_LOGGER = logging.getLogger(__name__)

# JSON-RPC codes Moonraker uses (HTTP-like codes pass through; 404 -> -32601, 401 -> -32602).
CODE_METHOD_NOT_FOUND: Final = -32601
CODE_INVALID_PARAMS: Final = -32602
CODE_KLIPPY_NOT_CONNECTED: Final = 503


class RpcError(PrinterClientError):
    """The peer answered a request with a JSON-RPC error object."""

    def __init__(self, code: int, message: str, method: str = "") -> None:
        """Keep the code and the (peer's) message."""
        super().__init__(f"{method}: {message} ({code})" if method else f"{message} ({code})")
        self.code = code
        self.message = message
        self.method = method

    @property
    def unauthorized(self) -> bool:
        """True for Moonraker's "Unauthorized" (401, sent over JSON-RPC as -32602) / 403."""
        if self.code in (401, 403):
            return True
        text = self.message.casefold()
        return self.code in (CODE_INVALID_PARAMS, -32600) and (
            "unauthorized" in text or "forbidden" in text
        )

    @property
    def method_missing(self) -> bool:
        """True when the method (or the endpoint behind it) does not exist."""
        return self.code in (CODE_METHOD_NOT_FOUND, 404)


class RpcClosed(PrinterClientError):
    """The websocket closed before the response arrived (or was closed already)."""


NotifyCallback = Callable[[str, list[Any]], None]


class RpcConnection:
    """Requests and notifications over one open websocket. Use it on the event loop only."""

    def __init__(
        self,
        ws: aiohttp.ClientWebSocketResponse,
        on_notify: NotifyCallback,
        *,
        timeout: float = 10.0,
        on_message: Callable[[], None] | None = None,
    ) -> None:
        """Wrap ``ws``; ``on_message`` is called for every frame received (liveness)."""
        self._ws = ws
        self._on_notify = on_notify
        self._on_message = on_message
        self._timeout = timeout
        self._next_id = 0
        self._pending: dict[int, asyncio.Future[Any]] = {}
        self._methods: dict[int, str] = {}
        self._closed = False

    @property
    def closed(self) -> bool:
        """True once the socket closed (or ``close()`` ran)."""
        return self._closed or self._ws.closed

    async def call(
        self,
        method: str,
        params: dict[str, Any] | None = None,
        *,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> Any:
        """Send a request and wait for its result. Raises RpcError, RpcClosed, TimeoutError."""
        if self.closed:
            raise RpcClosed("the connection is closed")
        self._next_id += 1
        req_id = self._next_id
        message: dict[str, Any] = {"jsonrpc": "2.0", "method": method, "id": req_id}
        if params is not None:
            message["params"] = params
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._pending[req_id] = future
        self._methods[req_id] = method
        try:
            try:
                await self._ws.send_str(json.dumps(message))
            except (ConnectionError, RuntimeError, aiohttp.ClientError) as err:
                raise RpcClosed(f"cannot send {method}: {err}") from err
            async with asyncio.timeout(self._timeout if timeout is None else timeout):
                result = await future
        finally:
            self._pending.pop(req_id, None)
            self._methods.pop(req_id, None)
        return result

    async def run(self) -> None:
        """Read frames until the socket closes; then fail the pending requests."""
        try:
            async for msg in self._ws:
                if msg.type is aiohttp.WSMsgType.TEXT or msg.type is aiohttp.WSMsgType.BINARY:
                    self._handle_text(msg.data)
                elif msg.type is aiohttp.WSMsgType.ERROR:
                    _LOGGER.debug("websocket error: %s", self._ws.exception())
                    break
        finally:
            self._closed = True
            self._fail_pending()

    async def close(self) -> None:
        """Close the socket (idempotent)."""
        self._closed = True
        self._fail_pending()
        if not self._ws.closed:
            await self._ws.close()

    def _fail_pending(self) -> None:
        for future in self._pending.values():
            if not future.done():
                future.set_exception(RpcClosed("the connection closed"))
        self._pending.clear()
        self._methods.clear()

    def _handle_text(self, data: str | bytes) -> None:
        if self._on_message is not None:
            self._on_message()
        try:
            msg = _loads(data)
        except ValueError:
            _LOGGER.debug("ignoring a frame that is not JSON")
            return
        if isinstance(msg, list):  # a batch (Moonraker does not send them; be lenient)
            for item in msg:
                if isinstance(item, dict):
                    self._handle_object(item)
        elif isinstance(msg, dict):
            self._handle_object(msg)

    def _handle_object(self, msg: dict[str, Any]) -> None:
        method = msg.get("method")
        if isinstance(method, str):
            if msg.get("id") is not None:
                return  # a request from the peer (agents only): not for us
            params = msg.get("params")
            if params is None:
                params = []
            elif not isinstance(params, list):
                params = [params]
            try:
                self._on_notify(method, params)
            except Exception:
                _LOGGER.exception("cannot process notification %s", method)
            return
        req_id = msg.get("id")
        if type(req_id) is not int:
            return
        future = self._pending.get(req_id)
        if future is None or future.done():
            return
        error = msg.get("error")
        if isinstance(error, dict):
            code = error.get("code")
            future.set_exception(
                RpcError(
                    code if type(code) is int else 0,
                    str(error.get("message") or "error"),
                    self._methods.get(req_id, ""),
                )
            )
        else:
            future.set_result(msg.get("result"))


__all__ = [
    "CODE_KLIPPY_NOT_CONNECTED",
    "CODE_METHOD_NOT_FOUND",
    "RpcClosed",
    "RpcConnection",
    "RpcError",
]
