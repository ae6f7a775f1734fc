"""PrinterHub: one printer's protocol client, run tracking and entity fan-out."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
import logging
from typing import Any

from homeassistant.config_entries import ConfigSubentry
from homeassistant.core import CALLBACK_TYPE, Context, HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.helpers import device_registry as dr
from homeassistant.helpers.event import async_track_time_interval
from homeassistant.util import dt as dt_util

from .audit import AuditRecorder
from .const import (
    BAMBU_PORT,
    CONF_ACCESS_CODE,
    CONF_CA_PEM,
    CONF_MODEL,
    CONF_SERIAL,
    DOMAIN,
    MANUFACTURERS,
)
from .farm.runs import OpenRunState, RunOp, RunTracker
from .printers.bambu import BambuClient, BambuConfig, build_ssl_context
from .printers.model import (
    CommandError,
    PrinterClientError,
    PrinterInfo,
    PrinterSnapshot,
    PrinterStatus,
    RunEvent,
)
from .store.db import Database
from .store.runs import apply_ops

_LOGGER = logging.getLogger(__name__)

RECONCILE_INTERVAL = timedelta(seconds=30)
COMMANDS = ("pause", "resume", "stop")
# Extra keyword arguments for the protocol client (timings); tests shorten them.
CLIENT_TUNING: dict[str, float] = {}
# Which statuses each command makes sense in (checked before anything is sent).
_COMMAND_STATES: dict[str, frozenset[PrinterStatus]] = {
    "pause": frozenset({PrinterStatus.PRINTING, PrinterStatus.PREPARING}),
    "resume": frozenset({PrinterStatus.PAUSED}),
    "stop": frozenset({PrinterStatus.PRINTING, PrinterStatus.PREPARING, PrinterStatus.PAUSED}),
}


def bambu_config_from_data(data: dict[str, Any] | Any) -> BambuConfig:
    """Build the client configuration from subentry data."""
    return BambuConfig(
        host=data["host"],
        serial=data[CONF_SERIAL],
        access_code=data[CONF_ACCESS_CODE],
        port=int(data.get("port", BAMBU_PORT)),
        ca_pem=data.get(CONF_CA_PEM) or None,
    )


class PrinterHub:
    """Owns one printer: connection, live snapshot, run records, listeners."""

    def __init__(
        self,
        hass: HomeAssistant,
        entry_id: str,
        subentry: ConfigSubentry,
        db: Database,
        audit: AuditRecorder,
        open_run: OpenRunState | None,
        open_error_codes: frozenset[str] = frozenset(),
    ) -> None:
        """Initialize."""
        self.hass = hass
        self.entry_id = entry_id
        self.subentry = subentry
        self.printer_id = subentry.subentry_id
        self.serial: str = subentry.data[CONF_SERIAL]
        self._db = db
        self._audit = audit
        self._tracker = RunTracker(self.printer_id, open_run, open_error_codes=open_error_codes)
        self._unsub_timer: CALLBACK_TYPE | None = None
        self._client: BambuClient | None = None
        self._listeners: list[CALLBACK_TYPE] = []
        self._event_listeners: list[Callable[[RunEvent], None]] = []
        self.snapshot = PrinterSnapshot()
        self.info: PrinterInfo | None = None

    # -- lifecycle -------------------------------------------------------------------------
    async def async_start(self) -> None:
        """Build the TLS context off the loop and start connecting in the background."""
        config = bambu_config_from_data(self.subentry.data)
        try:
            ssl_context = await self.hass.async_add_executor_job(build_ssl_context, config)
        except PrinterClientError as err:
            _LOGGER.error("Printer %s cannot start: %s", self.name, err)
            return
        self._client = BambuClient(
            config,
            ssl_context,
            on_snapshot=self._on_snapshot,
            on_event=self._on_event,
            **CLIENT_TUNING,
        )
        await self._client.async_start()
        if self._unsub_timer is None:
            self._unsub_timer = async_track_time_interval(
                self.hass, self._reobserve, RECONCILE_INTERVAL, name=f"odin reconcile {self.serial}"
            )

    async def async_stop(self) -> None:
        """Disconnect and join the network thread."""
        if self._unsub_timer is not None:
            self._unsub_timer()
            self._unsub_timer = None
        if self._client is not None:
            client, self._client = self._client, None
            await client.async_stop()

    async def async_restart(self, subentry: ConfigSubentry) -> None:
        """Apply new connection data (reconfigure) without touching run state."""
        await self.async_stop()
        self.subentry = subentry
        await self.async_start()

    # -- data in ---------------------------------------------------------------------------
    @callback
    def _on_snapshot(self, snapshot: PrinterSnapshot) -> None:
        self.snapshot = snapshot
        if self._client is not None and self._client.info is not None and self.info is None:
            self.info = self._client.info
            self._update_device_info(self.info)
        self._apply(self._tracker.observe(snapshot, dt_util.utcnow()))
        for listener in list(self._listeners):
            listener()

    @callback
    def _reobserve(self, _now: datetime) -> None:
        """Let the tracker reconcile a run whose end the printer only shows as a state."""
        self._apply(self._tracker.observe(self.snapshot, dt_util.utcnow()))

    @callback
    def _on_event(self, event: RunEvent) -> None:
        self._apply(self._tracker.handle(event))
        for listener in list(self._event_listeners):
            listener(event)

    @callback
    def _apply(self, ops: list[RunOp]) -> None:
        if ops:
            self._db.write_nowait(lambda conn: apply_ops(conn, ops))

    @callback
    def _update_device_info(self, info: PrinterInfo) -> None:
        registry = dr.async_get(self.hass)
        device = registry.async_get_device_by_identifier((DOMAIN, self.serial), self.entry_id)
        if device is None:
            return
        registry.async_update_device(
            device.id,
            model=info.model or device.model,
            model_id=info.model_code or device.model_id,
            sw_version=info.firmware or device.sw_version,
        )

    # -- listeners -------------------------------------------------------------------------
    @callback
    def add_listener(self, listener: CALLBACK_TYPE) -> CALLBACK_TYPE:
        """Call ``listener`` whenever the snapshot changes. Returns the remover."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    @callback
    def add_event_listener(self, listener: Callable[[RunEvent], None]) -> CALLBACK_TYPE:
        """Call ``listener`` for every run event. Returns the remover."""
        self._event_listeners.append(listener)
        return lambda: self._event_listeners.remove(listener)

    # -- properties ------------------------------------------------------------------------
    @property
    def name(self) -> str:
        """Printer name (the subentry title)."""
        return self.subentry.title

    @property
    def device_info(self) -> dr.DeviceInfo:
        """Device registry info for this printer."""
        brand = self.subentry.data.get("brand", "bambu")
        info = self.info
        return dr.DeviceInfo(
            identifiers={(DOMAIN, self.serial)},
            manufacturer=MANUFACTURERS.get(brand, brand),
            model=(info.model if info and info.model else self.subentry.data.get(CONF_MODEL)),
            model_id=info.model_code if info else None,
            name=self.name,
            serial_number=self.serial,
            sw_version=info.firmware if info else None,
        )

    @property
    def connected(self) -> bool:
        """True while the transport is up."""
        return self._client is not None and self._client.connected

    @property
    def reconnects(self) -> int:
        """How many times the client reconnected."""
        return self._client.reconnects if self._client is not None else 0

    # -- commands --------------------------------------------------------------------------
    async def async_command(self, command: str, context: Context | None) -> None:
        """Send pause/resume/stop, audited with the caller. Raises translated errors."""
        if command not in COMMANDS:
            raise ValueError(command)
        status = self.snapshot.status
        details = {"printer": self.name, "status": status.value}
        if status not in _COMMAND_STATES[command]:
            await self._record(command, context, details, "refused: wrong state")
            raise ServiceValidationError(
                translation_domain=DOMAIN,
                translation_key=f"cannot_{command}",
                translation_placeholders={"printer": self.name, "status": status.value},
            )
        client = self._client
        try:
            if client is None:
                raise CommandError("not started")
            if command == "pause":
                await client.async_pause()
            elif command == "resume":
                await client.async_resume()
            else:
                await client.async_stop_print()
        except CommandError as err:
            await self._record(command, context, details, f"error: {err}")
            raise HomeAssistantError(
                translation_domain=DOMAIN,
                translation_key="command_failed",
                translation_placeholders={"printer": self.name, "command": command},
            ) from err
        await self._record(command, context, details, "ok")

    async def _record(
        self, action: str, context: Context | None, details: dict[str, Any], result: str
    ) -> None:
        await self._audit.async_record(
            action,
            target_type="printer",
            target_id=self.printer_id,
            context=context,
            details=details,
            result=result,
        )
