"""How to reach one Bambu Lab printer (host, serial, access code, CA, ports)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

BRAND: Final = "bambu"


DEFAULT_PORT: Final = 8883


@dataclass(frozen=True, slots=True)
class BambuConfig:
    """How to reach one printer. The access code never appears in the repr."""

    host: str
    serial: str
    access_code: str = field(repr=False)
    port: int = DEFAULT_PORT
    # PEM text of the CA(s) to trust INSTEAD of the bundled BBL CA; None = bundled.
    ca_pem: str | None = field(default=None, repr=False)
    ftp_port: int = 990  # implicit FTPS (uploads, docs/protocols/bambu.md#upload-and-print-start)
