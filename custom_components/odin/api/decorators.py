"""``@farm_command``: websocket commands that receive the loaded farm's runtime.

Replaces the look-up of the farm entry every command repeated: the decorator resolves it once,
with the translated ``not_loaded`` error when the farm is not loaded (``async_response`` sends
it to the caller), and passes ``FarmRuntime`` on (``runtime.hass`` is the core).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
import functools
from typing import Any

from homeassistant.components.websocket_api.connection import ActiveConnection
from homeassistant.components.websocket_api.const import WebSocketCommandHandler
from homeassistant.components.websocket_api.decorators import async_response, websocket_command
from homeassistant.core import HomeAssistant

from ..data import FarmRuntime
from ..helpers import async_get_farm_entry

type Msg = dict[str, Any]
type FarmHandler = Callable[[ActiveConnection, Msg, FarmRuntime], Awaitable[None]]


def with_farm(
    handler: FarmHandler,
) -> Callable[[HomeAssistant, ActiveConnection, Msg], Awaitable[None]]:
    """An async websocket handler that looks the loaded farm up once and passes it on."""

    @functools.wraps(handler)
    async def wrapper(hass: HomeAssistant, connection: ActiveConnection, msg: Msg) -> None:
        await handler(connection, msg, async_get_farm_entry(hass).runtime_data)

    return wrapper


def farm_command(
    schema: dict[Any, Any],
) -> Callable[[FarmHandler], WebSocketCommandHandler]:
    """``websocket_command(schema)`` + ``async_response`` + :func:`with_farm` in one."""

    def decorate(handler: FarmHandler) -> WebSocketCommandHandler:
        return websocket_command(schema)(async_response(with_farm(handler)))

    return decorate
