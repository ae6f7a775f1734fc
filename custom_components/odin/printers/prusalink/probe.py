"""Read a PrusaLink printer's identity once (config flow)."""

from __future__ import annotations

import asyncio

import aiohttp

from custom_components.odin.printers.model import (
    CannotConnect,
    PrinterInfo,
)

from .config import PrusaLinkConfig
from .http import PrusaLinkHttp
from .identity import build_info


async def async_probe(
    config: PrusaLinkConfig,
    session: aiohttp.ClientSession,
    timeout: float = 10.0,  # noqa: ASYNC109 - part of the agreed API
) -> PrinterInfo:
    """Read ``/api/version`` and ``/api/v1/info`` once with the given credentials.

    Raises CannotConnect (unreachable, timeout, not a PrusaLink v1 printer) or InvalidAuth
    (401 after the digest answer / API key).
    """
    http = PrusaLinkHttp(config, session, timeout)
    try:
        async with asyncio.timeout(timeout):
            version = await http.get_json("/api/version") or {}
            details = await http.get_json("/api/v1/info", optional=True)
    except TimeoutError as err:
        raise CannotConnect("timed out") from err
    if details is None:
        raise CannotConnect("the printer does not offer the PrusaLink v1 API (firmware too old?)")
    return build_info(version, details, config.host)
