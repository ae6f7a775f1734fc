"""How to reach one Moonraker instance (host, port, API key, TLS) and its configured webcams."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final
from urllib.parse import urljoin

from yarl import URL

from custom_components.odin.printers.coerce import to_int, to_str

BRAND: Final = "moonraker"


DEFAULT_PORT: Final = 7125


@dataclass(frozen=True, slots=True)
class MoonrakerConfig:
    """How to reach one Moonraker instance. The API key never appears in the repr."""

    host: str
    port: int = DEFAULT_PORT
    api_key: str | None = field(default=None, repr=False)
    ssl: bool = False  # wss/https with normal certificate verification

    def http_url(self, path: str = "/") -> URL:
        """``http(s)://host:port/path`` (IPv6 hosts bracketed)."""
        return URL.build(
            scheme="https" if self.ssl else "http", host=self.host, port=self.port, path=path
        )

    def ws_url(self) -> URL:
        """``ws(s)://host:port/websocket``."""
        return URL.build(
            scheme="wss" if self.ssl else "ws", host=self.host, port=self.port, path="/websocket"
        )

    def web_base(self) -> str:
        """Where relative webcam URLs live: the web UI host (default port, not Moonraker's)."""
        return str(URL.build(scheme="https" if self.ssl else "http", host=self.host, path="/"))

    def headers(self) -> dict[str, str]:
        """Request headers (the API key, if any)."""
        return {"X-Api-Key": self.api_key} if self.api_key else {}

    @property
    def fallback_serial(self) -> str:
        """The unique id when the instance uuid cannot be read."""
        return f"{self.host}:{self.port}"


@dataclass(frozen=True, slots=True)
class Webcam:
    """One configured webcam (``server.webcams.list``) with absolute URLs."""

    name: str
    stream_url: str | None
    snapshot_url: str | None
    service: str | None = None
    enabled: bool = True
    flip_horizontal: bool = False
    flip_vertical: bool = False
    rotation: int = 0
    uid: str | None = None


def _absolute_url(base: str, value: Any) -> str | None:
    text = to_str(value)
    if text is None:
        return None
    return urljoin(base, text)


def parse_webcams(result: Any, config: MoonrakerConfig) -> tuple[Webcam, ...]:
    """``server.webcams.list`` result (or ``notify_webcams_changed`` params) -> Webcams.

    Relative URLs (``/webcam/?action=stream``) are joined with the web host
    (``http(s)://host/``, docs/protocols/moonraker.md#webcams-model-and-bed); absolute ones are
    kept; "" becomes None.
    """
    items = result.get("webcams") if isinstance(result, Mapping) else result
    if not isinstance(items, list):
        return ()
    base = config.web_base()
    cams: list[Webcam] = []
    for item in items:
        if not isinstance(item, Mapping):
            continue
        name = to_str(item.get("name")) or f"webcam {len(cams) + 1}"
        cams.append(
            Webcam(
                name=name,
                stream_url=_absolute_url(base, item.get("stream_url")),
                snapshot_url=_absolute_url(base, item.get("snapshot_url")),
                service=to_str(item.get("service")),
                enabled=item.get("enabled") is not False,
                flip_horizontal=bool(item.get("flip_horizontal")),
                flip_vertical=bool(item.get("flip_vertical")),
                rotation=to_int(item.get("rotation")) or 0,
                uid=to_str(item.get("uid")),
            )
        )
    return tuple(cams)
