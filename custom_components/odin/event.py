"""Run event entity: started, paused, resumed, finished, failed, cancelled, errors."""

from __future__ import annotations

from typing import Any, override

from homeassistant.components.event import EventEntity, EventEntityDescription
from homeassistant.core import callback

from .data import OdinConfigEntry
from .entity import OdinPrinterEntity, printer_platform
from .hub import PrinterHub
from .printers.model import PrinterError, RunEvent, RunEventType

PARALLEL_UPDATES = 0

# job_ended is split by outcome so automations can trigger on "failed" alone.
EVENT_TYPES = [
    "started",
    "paused",
    "resumed",
    "finished",
    "failed",
    "cancelled",
    "ended_unknown",
    "error_raised",
    "error_cleared",
]
_OUTCOME_EVENT = {
    "success": "finished",
    "failed": "failed",
    "cancelled": "cancelled",
    "unknown": "ended_unknown",
}
_SIMPLE = {
    RunEventType.JOB_STARTED: "started",
    RunEventType.JOB_PAUSED: "paused",
    RunEventType.JOB_RESUMED: "resumed",
    RunEventType.ERROR_RAISED: "error_raised",
    RunEventType.ERROR_CLEARED: "error_cleared",
}

# Event attributes (when known). Terminal events add what the run record says: run_id,
# started_at/ended_at (ISO), duration_s (wall), print_s (printing, pauses excluded), paused_s.
EVENT_ATTRIBUTES = (
    "file_name",
    "job_name",
    "reason",
    "error_code",
    "outcome",
    "slicer_estimate_s",
    "run_id",
    "started_at",
    "ended_at",
    "duration_s",
    "print_s",
    "paused_s",
)

RUN_EVENTS = EventEntityDescription(
    key="run_events", translation_key="run_events", event_types=EVENT_TYPES
)


def event_type_of(event: RunEvent) -> str | None:
    """The entity event type for a client RunEvent (None: not surfaced)."""
    if event.type is RunEventType.JOB_ENDED:
        return _OUTCOME_EVENT.get(str(event.data.get("outcome")), "ended_unknown")
    if event.type is RunEventType.JOB_STARTED and event.data.get("reattached"):
        return None
    return _SIMPLE.get(event.type)


def event_attributes(event: RunEvent) -> dict[str, Any]:
    """Small, JSON-safe attributes for an event."""
    attrs: dict[str, Any] = {"job_key": event.job_key}
    for key in EVENT_ATTRIBUTES:
        if (value := event.data.get(key)) is not None:
            attrs[key] = value
    error = event.data.get("error")
    if isinstance(error, PrinterError):
        attrs.update(code=error.code, severity=error.severity.value, source=error.source)
    return attrs


@callback
def _entities(hub: PrinterHub, entry: OdinConfigEntry) -> list[OdinRunEventEntity]:
    """The run event entity of a printer."""
    return [OdinRunEventEntity(hub, RUN_EVENTS)]


async_setup_entry = printer_platform(_entities)


class OdinRunEventEntity(OdinPrinterEntity, EventEntity):
    """Fires on run events of one printer."""

    available_when_offline = True

    @override
    async def async_added_to_hass(self) -> None:
        """Subscribe to run events."""
        await super().async_added_to_hass()
        self.async_on_remove(self.hub.add_event_listener(self._handle_run_event))

    @callback
    def _handle_run_event(self, event: RunEvent) -> None:
        if (event_type := event_type_of(event)) is None:
            return
        self._trigger_event(event_type, event_attributes(event))
        self.async_write_ha_state()
