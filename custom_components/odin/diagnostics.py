"""Diagnostics with secrets redacted (access codes, serials, CA, database passwords)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from homeassistant.components.diagnostics import async_redact_data
from homeassistant.const import CONF_HOST
from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr

from .const import CONF_ACCESS_CODE, CONF_CA_PEM, CONF_DB_URL, CONF_SERIAL, DOMAIN
from .data import OdinConfigEntry
from .hub import PrinterHub
from .store.runs import list_runs

TO_REDACT = {
    CONF_ACCESS_CODE,
    CONF_CA_PEM,
    CONF_SERIAL,
    CONF_DB_URL,
    CONF_HOST,
    "serial_number",
    "password",
    "api_key",
    "token",
    "job_key",
    "identifiers",
}


def _hub_diagnostics(hub: PrinterHub) -> dict[str, Any]:
    snapshot = asdict(hub.snapshot)
    return {
        "title": hub.name,
        "subentry_data": dict(hub.subentry.data),
        "connected": hub.connected,
        "reconnects": hub.reconnects,
        "info": asdict(hub.info) if hub.info else None,
        "snapshot": snapshot,
    }


async def async_get_config_entry_diagnostics(
    hass: HomeAssistant, entry: OdinConfigEntry
) -> dict[str, Any]:
    """Farm-wide diagnostics."""
    runtime = entry.runtime_data
    runs = await runtime.db.read(lambda conn: list_runs(conn, limit=20))
    data = {
        "options": dict(entry.options),
        "database": {"dialect": runtime.db.dialect, "schema_version": runtime.db.schema_version},
        "printers": {pid: _hub_diagnostics(hub) for pid, hub in runtime.printers.items()},
        "recent_runs": [_jsonable(r) for r in runs],
    }
    redacted: dict[str, Any] = async_redact_data(data, TO_REDACT)
    return redacted


async def async_get_device_diagnostics(
    hass: HomeAssistant, entry: OdinConfigEntry, device: dr.DeviceEntry
) -> dict[str, Any]:
    """One printer's diagnostics."""
    for hub in entry.runtime_data.printers.values():
        if (DOMAIN, hub.serial) in device.identifiers:
            redacted: dict[str, Any] = async_redact_data(_hub_diagnostics(hub), TO_REDACT)
            return redacted
    return {}


def _jsonable(row: Any) -> Any:
    if hasattr(row, "__dataclass_fields__"):
        row = asdict(row)
    if isinstance(row, dict):
        return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in row.items()}
    return row
