"""Typed runtime data of the farm config entry."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from homeassistant.config_entries import ConfigEntry

if TYPE_CHECKING:
    from .audit import AuditRecorder
    from .discovery import FarmDiscovery
    from .hub import PrinterHub
    from .store.db import Database
    from .timelapse import TimelapseManager


@dataclass(slots=True)
class FarmRuntime:
    """Everything the farm entry owns while loaded."""

    db: Database
    db_url: str
    audit: AuditRecorder
    printers: dict[str, PrinterHub] = field(default_factory=dict)  # key: subentry id
    discovery: FarmDiscovery | None = None
    timelapse: TimelapseManager | None = None


type OdinConfigEntry = ConfigEntry[FarmRuntime]
