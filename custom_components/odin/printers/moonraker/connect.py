"""Connection helpers shared by the Moonraker client and the probe: the websocket connect,
``server.connection.identify``, authenticated and optional calls, identity and error
classification. The API key is never logged.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
import logging
from typing import Any, Final

import aiohttp

from custom_components.odin.printers.coerce import to_str
from custom_components.odin.printers.model import (
    CannotConnect,
    InvalidAuth,
    PrinterClientError,
    PrinterInfo,
    TlsError,
)

from .config import BRAND, MoonrakerConfig
from .rpc import RpcClosed, RpcConnection, RpcError
from .state import model_from_kinematics

_LOGGER = logging.getLogger(__name__)


CLIENT_NAME: Final = "odin"


CLIENT_VERSION: Final = "0.1.0"


CLIENT_URL: Final = "https://github.com/odin-ha/odin"


MAX_WS_MESSAGE: Final = 32 * 1024 * 1024


def classify_connect_error(err: BaseException) -> PrinterClientError:
    """Map a connect-time exception to CannotConnect / InvalidAuth / TlsError."""
    if isinstance(err, PrinterClientError):
        return err
    if isinstance(err, aiohttp.WSServerHandshakeError):
        if err.status in (401, 403):
            return InvalidAuth(f"Moonraker refused the API key (HTTP {err.status})")
        return CannotConnect(f"no Moonraker websocket here (HTTP {err.status})")
    if isinstance(err, aiohttp.ClientResponseError):
        if err.status in (401, 403):
            return InvalidAuth(f"Moonraker refused the API key (HTTP {err.status})")
        return CannotConnect(f"unexpected answer (HTTP {err.status})")
    if isinstance(err, aiohttp.ClientConnectorCertificateError):
        return TlsError(f"the certificate did not verify ({err.certificate_error})")
    if isinstance(err, aiohttp.ClientSSLError):
        return TlsError(f"TLS handshake failed ({err})")
    if isinstance(err, aiohttp.ClientConnectorError):
        return CannotConnect(f"cannot reach Moonraker ({err.os_error.strerror or err})")
    if isinstance(err, TimeoutError):
        return CannotConnect("timed out")
    if isinstance(err, aiohttp.ClientError | OSError):
        return CannotConnect(f"cannot connect ({err})")
    return CannotConnect(f"cannot connect ({type(err).__name__})")


async def ws_connect(
    session: aiohttp.ClientSession,
    config: MoonrakerConfig,
    *,
    timeout: float,  # noqa: ASYNC109
    heartbeat: float | None,
) -> aiohttp.ClientWebSocketResponse:
    kwargs: dict[str, Any] = {
        "headers": config.headers(),
        "heartbeat": heartbeat,
        "max_msg_size": MAX_WS_MESSAGE,
        "autoping": True,
    }
    if config.ssl:
        kwargs["ssl"] = True  # default verification; never disabled
    try:
        async with asyncio.timeout(timeout):
            ws: aiohttp.ClientWebSocketResponse = await session.ws_connect(
                config.ws_url(), **kwargs
            )
    except Exception as err:
        raise classify_connect_error(err) from err
    return ws


async def identify(rpc: RpcConnection, config: MoonrakerConfig) -> None:
    """``server.connection.identify`` (with the API key, if any). InvalidAuth on 401."""
    params: dict[str, Any] = {
        "client_name": CLIENT_NAME,
        "version": CLIENT_VERSION,
        "type": "other",
        "url": CLIENT_URL,
    }
    if config.api_key:
        params["api_key"] = config.api_key
    try:
        await rpc.call("server.connection.identify", params)
    except RpcError as err:
        if err.unauthorized:
            raise InvalidAuth("Moonraker refused the API key") from err
        if not err.method_missing:
            _LOGGER.debug("identify failed: %s", err)


async def call_auth(rpc: RpcConnection, method: str, params: dict[str, Any] | None = None) -> Any:
    """A request whose 401 means InvalidAuth (and any other failure CannotConnect)."""
    try:
        return await rpc.call(method, params)
    except RpcError as err:
        if err.unauthorized:
            raise InvalidAuth("Moonraker requires an API key (or this one is wrong)") from err
        raise CannotConnect(f"{method} failed: {err.message}") from err
    except (RpcClosed, TimeoutError) as err:
        raise CannotConnect(f"{method}: no answer") from err


async def call_optional(
    rpc: RpcConnection, method: str, params: dict[str, Any] | None = None
) -> Any:
    """A request whose failure (error, timeout) is tolerated: None."""
    try:
        return await rpc.call(method, params)
    except (RpcError, TimeoutError) as err:
        _LOGGER.debug("%s failed: %s", method, err)
        return None


async def read_identity(
    rpc: RpcConnection, config: MoonrakerConfig, klippy_state: str | None
) -> tuple[str, dict[str, Any], str | None]:
    """(serial, printer.info, kinematics). The serial is Moonraker's instance uuid (what
    zeroconf advertises as TXT ``uuid``), else ``host:port``."""
    serial = config.fallback_serial
    item = await call_optional(
        rpc, "server.database.get_item", {"namespace": "moonraker", "key": "instance_id"}
    )
    if isinstance(item, Mapping):
        value = to_str(item.get("value"))
        if value:
            serial = value
    pinfo: dict[str, Any] = {}
    kinematics = None
    if klippy_state in ("ready", "shutdown", "error", "startup"):
        result = await call_optional(rpc, "printer.info")
        if isinstance(result, Mapping):
            pinfo = dict(result)
    if klippy_state in ("ready", "shutdown"):
        query = await call_optional(
            rpc, "printer.objects.query", {"objects": {"configfile": ["settings"]}}
        )
        if isinstance(query, Mapping):
            settings = (query.get("status") or {}).get("configfile", {}).get("settings", {})
            if isinstance(settings, Mapping):
                printer = settings.get("printer")
                if isinstance(printer, Mapping):
                    kinematics = to_str(printer.get("kinematics"))
    return serial, pinfo, kinematics


def printer_info(serial: str, pinfo: Mapping[str, Any], kinematics: str | None) -> PrinterInfo:
    return PrinterInfo(
        serial=serial,
        brand=BRAND,
        model=model_from_kinematics(kinematics),
        model_code=kinematics,
        firmware=to_str(pinfo.get("software_version")),
        name=to_str(pinfo.get("hostname")),
    )
