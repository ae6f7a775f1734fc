"""HTTP transport to one PrusaLink printer (Digest auth or X-Api-Key) on the caller's aiohttp
session, shared by the client and the probe.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any

import aiohttp

from custom_components.odin.printers.coerce import to_str
from custom_components.odin.printers.common import (
    loads as _loads,
)
from custom_components.odin.printers.model import (
    CannotConnect,
    InvalidAuth,
)
from custom_components.odin.printers.upload import (
    StreamPayload,
)

from .config import DEFAULT_USER, PrusaLinkConfig


@dataclass(frozen=True, slots=True)
class Answer:
    status: int
    body: bytes
    content_type: str


class PrusaLinkHttp:
    """Requests to one printer with Digest auth (or X-Api-Key) on the caller's session."""

    def __init__(
        self, config: PrusaLinkConfig, session: aiohttp.ClientSession, timeout_s: float
    ) -> None:
        self._config = config
        self._session = session
        self._timeout = aiohttp.ClientTimeout(total=timeout_s)
        self._base = config.base_url
        self._digest: aiohttp.DigestAuthMiddleware | None = None
        self._headers: dict[str, str] = {"Accept": "application/json"}
        if config.password is not None:
            # one middleware per printer: it keeps the nonce and counts it (RFC 7616) and
            # answers a new challenge (stale nonce after a printer restart) once per request
            self._digest = aiohttp.DigestAuthMiddleware(
                config.username or DEFAULT_USER, config.password
            )
        elif config.api_key is not None:
            self._headers["X-Api-Key"] = config.api_key

    async def request(self, method: str, path: str) -> Answer:
        """One request. Raises InvalidAuth (401 after the digest answer) or CannotConnect."""
        try:
            async with self._session.request(
                method,
                self._base + path,
                headers=self._headers,
                timeout=self._timeout,
                allow_redirects=False,
                middlewares=(self._digest,) if self._digest is not None else (),
            ) as resp:
                if resp.status == 401:
                    raise InvalidAuth(self._auth_message(resp.headers.get("WWW-Authenticate")))
                body = await resp.read()
                return Answer(resp.status, body, resp.content_type)
        except (aiohttp.ClientError, TimeoutError, OSError) as err:
            raise CannotConnect(f"cannot reach the printer ({describe_error(err)})") from err

    async def send(
        self, method: str, path: str, body: StreamPayload, headers: dict[str, str], timeout_s: float
    ) -> Answer:
        """A request with a streamed body (uploads). Raises InvalidAuth or CannotConnect."""
        timeout = aiohttp.ClientTimeout(total=None, sock_connect=timeout_s, sock_read=timeout_s)
        try:
            async with self._session.request(
                method,
                self._base + path,
                data=body,
                headers={**self._headers, **headers},
                timeout=timeout,
                allow_redirects=False,
                middlewares=(self._digest,) if self._digest is not None else (),
            ) as resp:
                if resp.status == 401:
                    raise InvalidAuth(self._auth_message(resp.headers.get("WWW-Authenticate")))
                data = await resp.read()
                return Answer(resp.status, data, resp.content_type)
        except (aiohttp.ClientError, TimeoutError, OSError) as err:
            raise CannotConnect(f"the upload failed ({describe_error(err)})") from err

    def _auth_message(self, challenge: str | None) -> str:
        scheme = (challenge or "").split(" ", 1)[0].lower()
        if scheme == "apikey" and self._digest is not None:
            return "the printer asks for an API key, not a password"
        if scheme == "digest" and self._digest is None:
            return "the printer asks for the user name and password (HTTP Digest)"
        return "the printer refused the credentials"

    async def get_json(self, path: str, *, optional: bool = False) -> dict[str, Any] | None:
        """GET a JSON object. 204 -> None; 404 -> None when ``optional``."""
        answer = await self.request("GET", path)
        if answer.status == 204 or (optional and answer.status == 404):
            return None
        if answer.status != 200:
            if answer.status == 404:
                raise CannotConnect(f"the printer does not offer {path} (firmware too old?)")
            raise CannotConnect(f"the printer answered HTTP {answer.status} to {path}")
        try:
            value = _loads(answer.body)
        except ValueError as err:
            raise CannotConnect(f"the printer sent no JSON for {path}") from err
        if not isinstance(value, dict):
            raise CannotConnect(f"the printer sent an unexpected answer for {path}")
        return value


def describe_error(err: BaseException) -> str:
    if isinstance(err, TimeoutError):
        return "timed out"
    if isinstance(err, aiohttp.ClientConnectorError):
        return err.strerror or type(err).__name__
    return type(err).__name__


def error_text(answer: Answer) -> str:
    """ ": <text>" from a PrusaLink error body (JSON {title, text} or text/plain)."""
    text: str | None = None
    if answer.content_type == "application/json":
        with contextlib.suppress(ValueError):
            value = _loads(answer.body)
            if isinstance(value, dict):
                text = to_str(value.get("text")) or to_str(value.get("title"))
    elif answer.body:
        text = to_str(answer.body[:200].decode("utf-8", "replace"))
    return f": {text}" if text else ""
