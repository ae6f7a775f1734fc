"""Per-printer switches. "Timelapse": record a timelapse of every run of this printer.
"Auto-queue": ``dispatch_next`` may send this printer its next job (off by default; see
ops/dispatch.py). Both restore their state after a restart and audit toggles.

The choice is the switch's own state, restored after a restart (``RestoreEntity``); a new
printer starts with the farm's default (option "Record timelapses by default"). While the
switch entity is disabled the printer follows the farm default. Toggles are audited.
"""

from __future__ import annotations

from typing import Any, override

from homeassistant.components.switch import SwitchEntity, SwitchEntityDescription
from homeassistant.const import STATE_OFF, STATE_ON, EntityCategory
from homeassistant.core import callback
from homeassistant.helpers.restore_state import RestoreEntity

from .data import OdinConfigEntry
from .entity import OdinPrinterEntity, printer_platform
from .hub import PrinterHub
from .ops.dispatch import Dispatcher
from .ops.timelapse import TimelapseManager

PARALLEL_UPDATES = 0

TIMELAPSE = SwitchEntityDescription(
    key="timelapse",
    translation_key="timelapse",
    entity_category=EntityCategory.CONFIG,
)
AUTO_QUEUE = SwitchEntityDescription(key="auto_queue", translation_key="auto_queue")


@callback
def _entities(hub: PrinterHub, entry: OdinConfigEntry) -> list[SwitchEntity]:
    """The auto-queue and (with a timelapse manager) timelapse switches of a printer."""
    manager = entry.runtime_data.timelapse
    found: list[SwitchEntity] = [
        OdinAutoQueueSwitch(hub, AUTO_QUEUE, entry.runtime_data.dispatcher, entry)
    ]
    if manager is not None:
        found.append(OdinTimelapseSwitch(hub, TIMELAPSE, manager, entry))
    return found


async_setup_entry = printer_platform(_entities)


class _OdinChoiceSwitch[S](OdinPrinterEntity, SwitchEntity, RestoreEntity):
    """A per-printer choice, available while offline. ``_apply`` hands it to its service
    ``S`` (None: the entity is removed or disabled); every change is audited."""

    available_when_offline = True
    # Audit actions of a change to off and to on.
    _audit_actions: tuple[str, str]

    def __init__(
        self,
        hub: PrinterHub,
        description: SwitchEntityDescription,
        service: S,
        entry: OdinConfigEntry,
    ) -> None:
        """Initialize."""
        super().__init__(hub, description)
        self._service = service
        self._entry = entry

    def _apply(self, on: bool | None) -> None:
        """Tell the owning service the printer's choice (None: no choice)."""
        raise NotImplementedError

    @override
    async def async_added_to_hass(self) -> None:
        """Restore the last on/off choice (else keep the initial one) and apply it."""
        last = await self.async_get_last_state()
        if last is not None and last.state in (STATE_ON, STATE_OFF):
            self._attr_is_on = last.state == STATE_ON
        self._apply(self._attr_is_on)
        await super().async_added_to_hass()

    @override
    async def async_will_remove_from_hass(self) -> None:
        """Removed or disabled: the printer has no choice of its own any more."""
        self._apply(None)
        await super().async_will_remove_from_hass()

    @override
    async def async_turn_on(self, **kwargs: Any) -> None:
        """Turn the choice on."""
        await self._async_set(True)

    @override
    async def async_turn_off(self, **kwargs: Any) -> None:
        """Turn the choice off."""
        await self._async_set(False)

    async def _async_set(self, on: bool) -> None:
        changed = self._attr_is_on != on
        self._attr_is_on = on
        self._apply(on)
        self._last = self.state_key()
        self.async_write_ha_state()
        if changed:
            await self._entry.runtime_data.audit.async_record(
                self._audit_actions[on],
                target_type="printer",
                target_id=self.hub.printer_id,
                context=self._context,
                details={"printer": self.hub.name},
            )


class OdinTimelapseSwitch(_OdinChoiceSwitch[TimelapseManager]):
    """On: frames are captured while the printer prints and stitched when the run ends.
    Removed or disabled: the printer follows the farm default again."""

    _audit_actions = ("timelapse_off", "timelapse_on")

    def __init__(
        self,
        hub: PrinterHub,
        description: SwitchEntityDescription,
        service: TimelapseManager,
        entry: OdinConfigEntry,
    ) -> None:
        """Initialize (off or on as the farm default says)."""
        super().__init__(hub, description, service, entry)
        self._attr_is_on = service.settings.enabled_default

    @override
    def _apply(self, on: bool | None) -> None:
        self._service.set_enabled(self.hub.printer_id, on)

    @override
    async def async_added_to_hass(self) -> None:
        """Restore the choice, and follow the manager's recording state."""
        await super().async_added_to_hass()
        self.async_on_remove(self._service.add_listener(self._handle_hub_update))

    @property
    @override
    def extra_state_attributes(self) -> dict[str, Any]:
        """Whether frames are being captured right now, and from which camera."""
        return {
            "recording": self._service.recording(self.hub.printer_id),
            "camera": self._service.camera_entity(self.hub),
        }

    @override
    def state_key(self) -> Any:
        """Availability, choice and recording state."""
        return (
            self.available,
            self._attr_is_on,
            self._service.recording(self.hub.printer_id),
            self._service.camera_entity(self.hub),
        )


class OdinAutoQueueSwitch(_OdinChoiceSwitch[Dispatcher]):
    """On: ``dispatch_next`` (without ``force``) may send this printer its next job.
    Removed or disabled: the printer is not auto-queued."""

    _audit_actions = ("auto_queue_off", "auto_queue_on")
    _attr_is_on = False  # also when the last state was neither on nor off

    @override
    def _apply(self, on: bool | None) -> None:
        self._service.set_auto_queue(self.hub.printer_id, on)

    @override
    def state_key(self) -> Any:
        """Availability and choice."""
        return (self.available, self._attr_is_on)
