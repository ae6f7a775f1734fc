"""Repair flows: a printer that refuses its credentials gets new ones here; and the repair
issue that says why database writes fail (disk full, locked, server unreachable).

Printers are config subentries, which have no reauthentication flow of their own; this fix
flow is their reauth: it asks for the brand's secret, probes the printer and updates the
subentry (the farm then reconnects that printer and audits the change).
"""

from __future__ import annotations

from typing import Any

from homeassistant.components.repairs import RepairsFlow, RepairsFlowResult
from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers import issue_registry as ir
from homeassistant.helpers.selector import TextSelector, TextSelectorConfig, TextSelectorType
import probatio

from .brands import brand_of
from .config_flow import async_probe_printer
from .const import DOMAIN, ISSUE_AUTH_FAILED
from .store.db import Database, DatabaseHealth

ISSUE_DATABASE: str = "database_writes_failing"


class PrinterAuthRepairFlow(RepairsFlow):
    """Ask for the printer's new access code / key / password."""

    def __init__(self, entry_id: str, subentry_id: str) -> None:
        """Initialize."""
        self._entry_id = entry_id
        self._subentry_id = subentry_id

    async def async_step_init(self, user_input: dict[str, Any] | None = None) -> RepairsFlowResult:
        """First step."""
        return await self.async_step_credentials(user_input)

    async def async_step_credentials(
        self, user_input: dict[str, Any] | None = None
    ) -> RepairsFlowResult:
        """Enter the new secret; the printer is probed before anything is saved."""
        entry = self.hass.config_entries.async_get_entry(self._entry_id)
        subentry = entry.subentries.get(self._subentry_id) if entry else None
        if entry is None or subentry is None:
            return self.async_abort(reason="printer_removed")
        brand = brand_of(subentry.data)
        errors: dict[str, str] = {}
        if user_input is not None:
            data = {**subentry.data, **{k: str(v).strip() for k, v in user_input.items()}}
            info, error = await async_probe_printer(self.hass, data)
            if info is not None:
                self.hass.config_entries.async_update_subentry(entry, subentry, data=data)
                return self.async_create_entry(data={})
            errors["base"] = error or "unknown"
        schema = probatio.Schema(
            {
                probatio.Required(key): TextSelector(
                    TextSelectorConfig(type=TextSelectorType.PASSWORD)
                )
                for key in brand.secret_keys
            }
        )
        return self.async_show_form(
            step_id="credentials",
            data_schema=schema,
            errors=errors,
            description_placeholders={"printer": subentry.title},
        )


async def async_create_fix_flow(
    hass: HomeAssistant, issue_id: str, data: dict[str, str | int | float | None] | None
) -> RepairsFlow:
    """Create the fix flow for one of our fixable issues."""
    if not issue_id.startswith(ISSUE_AUTH_FAILED) or not data:
        raise ValueError(f"unknown issue {issue_id}")
    return PrinterAuthRepairFlow(str(data["entry_id"]), str(data["subentry_id"]))


@callback
def async_track_database_health(hass: HomeAssistant, entry_id: str, db: Database) -> CALLBACK_TYPE:
    """Raise a repair issue while the farm database refuses writes (they are kept and retried)
    and clear it when they land again. Returns the function that stops tracking (and clears)."""
    issue_id = f"{ISSUE_DATABASE}_{entry_id}"

    @callback
    def _changed(health: DatabaseHealth) -> None:
        if health.ok or health.reason is None:
            ir.async_delete_issue(hass, DOMAIN, issue_id)
            return
        ir.async_create_issue(
            hass,
            DOMAIN,
            issue_id,
            is_fixable=False,
            is_persistent=False,
            severity=ir.IssueSeverity.ERROR,
            translation_key=f"database_{health.reason}",
            translation_placeholders={
                "database": db.url_redacted,
                "error": health.error or "",
                "pending": str(health.pending),
            },
        )

    remove = db.add_health_listener(_changed)

    @callback
    def _stop() -> None:
        remove()
        ir.async_delete_issue(hass, DOMAIN, issue_id)

    return _stop
