"""Klipper via Moonraker: JSON-RPC over a websocket, pushed status, run events
(docs/protocols/moonraker.md, docs/protocols/normalized-model.md).

Modules by unit:
- ``config``: ``MoonrakerConfig`` and webcams (``parse_webcams``).
- ``rpc``: ``RpcConnection`` (request ids, timeouts, notifications) on an aiohttp websocket.
- ``state``: ``MoonrakerState``, the pure ingest component (no I/O, no clock reads).
- ``connect``: websocket connect, identify, authenticated calls, identity, error classes.
- ``client``: ``MoonrakerClient`` (one websocket per printer, supervised reconnects).
- ``probe``: ``async_probe`` (config flow).

No Home Assistant imports here. This package re-exports the names code outside it uses.
"""

from __future__ import annotations

from .client import MoonrakerClient
from .config import BRAND, DEFAULT_PORT, MoonrakerConfig, Webcam, parse_webcams
from .connect import classify_connect_error
from .probe import async_probe
from .state import (
    MoonrakerState,
    error_key,
    fallback_key,
    history_key,
    map_status,
    model_from_kinematics,
    parse_filament,
)

__all__ = [
    "BRAND",
    "DEFAULT_PORT",
    "MoonrakerClient",
    "MoonrakerConfig",
    "MoonrakerState",
    "Webcam",
    "async_probe",
    "classify_connect_error",
    "error_key",
    "fallback_key",
    "history_key",
    "map_status",
    "model_from_kinematics",
    "parse_filament",
    "parse_webcams",
]
