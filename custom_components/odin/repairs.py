"""Repair flows: a printer that refuses its credentials gets new ones here.

Printers are config subentries, which have no reauthentication flow of their own; this fix
flow is their reauth: it asks for the brand's secret, probes the printer and updates the
subentry (the farm then reconnects that printer and audits the change).
"""

from __future__ import annotations

from typing import Any

from homeassistant.components.repairs import RepairsFlow, RepairsFlowResult
from homeassistant.core import HomeAssistant
from homeassistant.helpers.selector import TextSelector, TextSelectorConfig, TextSelectorType
import probatio

from .brands import brand_of
from .config_flow import async_probe_printer
from .const import ISSUE_AUTH_FAILED


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
