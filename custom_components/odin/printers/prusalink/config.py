"""How to reach one PrusaLink printer (Digest user ``maker`` + password, or the ``X-Api-Key``
of older firmware). Secrets never appear in a repr or a log line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

BRAND: Final = "prusalink"


DEFAULT_PORT: Final = 80


DEFAULT_USER: Final = "maker"


@dataclass(frozen=True, slots=True)
class PrusaLinkConfig:
    """How to reach one printer. The password and API key never appear in the repr."""

    host: str
    port: int = DEFAULT_PORT
    username: str = DEFAULT_USER
    password: str | None = field(default=None, repr=False)  # HTTP Digest
    api_key: str | None = field(default=None, repr=False)  # X-Api-Key (older firmware)

    @property
    def base_url(self) -> str:
        """``http://host[:port]`` (IPv6 literals bracketed)."""
        host = self.host
        if ":" in host and not host.startswith("["):
            host = f"[{host}]"
        return f"http://{host}" if self.port == DEFAULT_PORT else f"http://{host}:{self.port}"
