"""Connect to Moonraker once, authenticate and read identity (config flow)."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
import contextlib

import aiohttp

from custom_components.odin.printers.coerce import to_str
from custom_components.odin.printers.model import (
    CannotConnect,
    PrinterInfo,
)

from .config import MoonrakerConfig
from .connect import call_auth, identify, printer_info, read_identity, ws_connect
from .rpc import RpcConnection


async def async_probe(
    config: MoonrakerConfig,
    session: aiohttp.ClientSession,
    timeout: float = 10.0,  # noqa: ASYNC109 - part of the agreed API
) -> PrinterInfo:
    """Connect once, authenticate and read the identity (config flow).

    Raises CannotConnect, InvalidAuth or TlsError. Klippy need not be ready (the firmware /
    model then stay None).
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout

    def remaining() -> float:
        return max(0.1, deadline - loop.time())

    ws = await ws_connect(session, config, timeout=remaining(), heartbeat=None)
    rpc = RpcConnection(ws, lambda _m, _p: None, timeout=remaining())
    reader = loop.create_task(rpc.run(), name="odin moonraker probe reader")
    try:
        async with asyncio.timeout(remaining()):
            await identify(rpc, config)
            info = await call_auth(rpc, "server.info")
            if not isinstance(info, Mapping):
                raise CannotConnect("server.info: unexpected answer")
            klippy_state = to_str(info.get("klippy_state"))
            serial, pinfo, kinematics = await read_identity(rpc, config, klippy_state)
            return printer_info(serial, pinfo, kinematics)
    except TimeoutError as err:
        raise CannotConnect("Moonraker did not answer in time") from err
    finally:
        await rpc.close()
        reader.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await reader
