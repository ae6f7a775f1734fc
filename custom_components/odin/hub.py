"""PrinterHub: one printer's protocol client, run tracking and entity fan-out."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
import dataclasses
from datetime import datetime, timedelta
from functools import partial
import logging
import os
from typing import Any

from homeassistant.config_entries import ConfigSubentry
from homeassistant.core import CALLBACK_TYPE, Context, HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.helpers import device_registry as dr, issue_registry as ir
from homeassistant.helpers.event import async_track_time_interval
from homeassistant.util import dt as dt_util

from .brands import Brand, brand_of
from .const import (
    CONF_MODEL,
    CONF_SERIAL,
    DEFAULT_OFFLINE_REPAIR_MINUTES,
    DOMAIN,
    ISSUE_AUTH_FAILED,
    ISSUE_UNREACHABLE,
)
from .farm.runs import EndRun, OpenRunState, RunOp, RunTracker
from .ops.audit import AuditRecorder
from .printers.base import PrinterClient, SupportsHardware, SupportsSnapshot, SupportsUpload
from .printers.model import (
    ACTIVE_STATUSES,
    CommandError,
    InvalidAuth,
    PrinterClientError,
    PrinterHardware,
    PrinterInfo,
    PrinterSnapshot,
    PrinterStatus,
    RunEvent,
    RunEventType,
    UploadError,
    UploadOptions,
    UploadResult,
)
from .printers.upload import ProgressCallback
from .store.db import Database, DatabaseError
from .store.printers import upsert_printer
from .store.runs import RunRecord, apply_ops, get_run

_LOGGER = logging.getLogger(__name__)

RECONCILE_INTERVAL = timedelta(seconds=30)
# Until a (re)started printer is online, its health (auth refused, unreachable) is checked
# this often, for at most EARLY_HEALTH_FOR: a wrong key shows up in seconds, not at the next
# reconcile.
EARLY_HEALTH_INTERVAL = timedelta(seconds=1)
EARLY_HEALTH_FOR = timedelta(minutes=2)
# A run event waits at most this long for the snapshot that shows its state (then fires anyway).
EVENT_SETTLE_S = 3.0
COMMANDS = ("pause", "resume", "stop")
# Which statuses each command makes sense in (checked before anything is sent).
_COMMAND_STATES: dict[str, frozenset[PrinterStatus]] = {
    "pause": frozenset({PrinterStatus.PRINTING, PrinterStatus.PREPARING}),
    "resume": frozenset({PrinterStatus.PAUSED}),
    "stop": frozenset({PrinterStatus.PRINTING, PrinterStatus.PREPARING, PrinterStatus.PAUSED}),
}


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
        closed_keys: tuple[str, ...] = (),
        offline_repair_after: timedelta = timedelta(minutes=DEFAULT_OFFLINE_REPAIR_MINUTES),
    ) -> None:
        """Initialize."""
        self.hass = hass
        self.entry_id = entry_id
        self.subentry = subentry
        # HA updates subentries in place: remember what this hub was started with.
        self.applied_data: dict[str, Any] = dict(subentry.data)
        self.applied_title = subentry.title
        self.printer_id = subentry.subentry_id
        self.serial: str = subentry.data[CONF_SERIAL]
        self._db = db
        self._audit = audit
        self._tracker = RunTracker(
            self.printer_id, open_run, open_error_codes=open_error_codes, closed_keys=closed_keys
        )
        self._unsub_timer: CALLBACK_TYPE | None = None
        self._unsub_early: CALLBACK_TYPE | None = None
        self._early_until: datetime | None = None
        self._client: PrinterClient | None = None
        self._listeners: list[CALLBACK_TYPE] = []
        self._event_listeners: list[Callable[[RunEvent], None]] = []
        self.snapshot = PrinterSnapshot()
        self.info: PrinterInfo | None = None
        self.offline_repair_after = offline_repair_after
        self._offline_since: datetime | None = dt_util.utcnow()
        self._issues: set[str] = set()
        # Run events are delivered in order, each after the entities show the state it implies.
        self._event_chain: asyncio.Task[None] | None = None
        self._snapshot_seen = asyncio.Event()
        self._stopping = False

    # -- lifecycle -------------------------------------------------------------------------
    async def async_start(self) -> None:
        """Create the brand's client and start connecting in the background."""
        self._stopping = False
        try:
            self._client = await self.brand.create_client(
                self.hass, self.subentry.data, self._on_snapshot, self._on_event
            )
        except PrinterClientError as err:
            _LOGGER.error("Printer %s cannot start: %s", self.name, err)
            return
        await self._client.async_start()
        self._early_until = dt_util.utcnow() + EARLY_HEALTH_FOR
        if self._unsub_early is None:
            self._unsub_early = async_track_time_interval(
                self.hass,
                self._early_health,
                EARLY_HEALTH_INTERVAL,
                name=f"odin early health {self.serial}",
            )
        if self._unsub_timer is None:
            self._unsub_timer = async_track_time_interval(
                self.hass,
                self.periodic_check,
                RECONCILE_INTERVAL,
                name=f"odin reconcile {self.serial}",
            )

    async def async_stop(self) -> None:
        """Disconnect and join the network thread (repair issues stay until fixed)."""
        if self._unsub_timer is not None:
            self._unsub_timer()
            self._unsub_timer = None
        self._stop_early_health()
        if self._client is not None:
            client, self._client = self._client, None
            await client.async_stop()
        # Events still waiting for their state go out now (their runs are recorded already).
        self._stopping = True
        self._snapshot_seen.set()
        await self.async_events_delivered()

    async def async_restart(self, subentry: ConfigSubentry) -> None:
        """Apply new connection data (reconfigure) without touching run state."""
        await self.async_stop()
        self.subentry = subentry
        self.applied_data = dict(subentry.data)
        self.applied_title = subentry.title
        # The old connection's state is gone: show the printer offline until the new client
        # reports (a refused key then raises its repair as on a fresh start).
        self._offline_since = None
        self._on_snapshot(PrinterSnapshot())
        await self.async_start()

    @callback
    def _early_health(self, now: datetime) -> None:
        """Health checks at a quick pace until the printer is online (or the window ends)."""
        if self.snapshot.online or (self._early_until is not None and now >= self._early_until):
            self._stop_early_health()
            return
        self._check_health(now)

    @callback
    def _stop_early_health(self) -> None:
        if self._unsub_early is not None:
            self._unsub_early()
            self._unsub_early = None

    # -- data in ---------------------------------------------------------------------------
    @callback
    def _on_snapshot(self, snapshot: PrinterSnapshot) -> None:
        self.snapshot = snapshot
        self._check_health(dt_util.utcnow())
        if self._client is not None and self._client.info is not None and self.info is None:
            self.info = self._client.info
            self._update_device_info(self.info)
            self._db.write_nowait(
                partial(
                    upsert_printer,
                    printer_id=self.printer_id,
                    brand=self.brand.key,
                    name=self.name,
                    model=self.info.model,
                    model_code=self.info.model_code,
                    serial=self.serial,
                )
            )
        self._observe(snapshot, dt_util.utcnow())
        for listener in list(self._listeners):
            listener()
        self._snapshot_seen.set()

    @callback
    def periodic_check(self, _now: datetime | None = None) -> None:
        """Periodic: reconcile runs the printer only ends as a state; check health."""
        now = dt_util.utcnow()
        self._observe(self.snapshot, now)
        self._check_health(now)
        for listener in list(self._listeners):
            listener()  # entities that show ages (last message) refresh at this pace

    # -- health ----------------------------------------------------------------------------
    @callback
    def _check_health(self, now: datetime) -> None:
        """Raise or clear the unreachable and auth-failed repair issues."""
        if self.snapshot.online:
            self._offline_since = None
            self._set_issue(ISSUE_UNREACHABLE, active=False)
            self._set_issue(ISSUE_AUTH_FAILED, active=False)
            return
        if self._offline_since is None:
            self._offline_since = now
        client = self._client
        if client is not None and isinstance(client.last_error, InvalidAuth):
            self._set_issue(ISSUE_AUTH_FAILED, active=True)
        if now - self._offline_since >= self.offline_repair_after:
            self._set_issue(ISSUE_UNREACHABLE, active=True)

    @callback
    def _set_issue(self, prefix: str, *, active: bool) -> None:
        issue_id = f"{prefix}{self.printer_id}"
        if not active:
            if issue_id in self._issues:
                self._issues.discard(issue_id)
                ir.async_delete_issue(self.hass, DOMAIN, issue_id)
            return
        if issue_id in self._issues:
            return
        self._issues.add(issue_id)
        auth = prefix == ISSUE_AUTH_FAILED
        ir.async_create_issue(
            self.hass,
            DOMAIN,
            issue_id,
            is_fixable=auth,
            is_persistent=False,
            severity=ir.IssueSeverity.ERROR if auth else ir.IssueSeverity.WARNING,
            translation_key="printer_auth_failed" if auth else "printer_unreachable",
            translation_placeholders={
                "printer": self.name,
                "host": str(self.subentry.data.get("host", "")),
                "minutes": str(int(self.offline_repair_after.total_seconds() // 60)),
                "error": str(self._client.last_error) if self._client else "",
            },
            data={"entry_id": self.entry_id, "subentry_id": self.printer_id},
        )

    @callback
    def async_clear_issues(self) -> None:
        """Remove this printer's repair issues (printer removed)."""
        for prefix in (ISSUE_UNREACHABLE, ISSUE_AUTH_FAILED):
            ir.async_delete_issue(self.hass, DOMAIN, f"{prefix}{self.printer_id}")
        self._issues.clear()

    @callback
    def _on_event(self, event: RunEvent) -> None:
        ops = self._tracker.handle(event)
        self._apply(ops)
        if self._tracker.is_news(event, ops, dt_util.utcnow()):
            self._deliver(event)

    # -- run events out ----------------------------------------------------------------------
    @callback
    def _deliver(self, event: RunEvent) -> None:
        """Hand ``event`` to the listeners after the ones before it, once the snapshot shows it.

        Clients emit an event while they ingest the report that also carries the new state;
        the entities must show that state before an automation triggered by the event reads
        it. A terminal event also waits for its run row and carries what was recorded.
        """
        previous = self._event_chain
        self._event_chain = self.hass.async_create_task(
            self._async_deliver(event, previous),
            f"odin run event {self.serial}",
            eager_start=False,
        )

    async def _async_deliver(self, event: RunEvent, previous: asyncio.Task[None] | None) -> None:
        if previous is not None and not previous.done():
            await asyncio.wait([previous])
        loop = asyncio.get_running_loop()
        deadline = loop.time() + EVENT_SETTLE_S
        while not self._stopping and not event_settled(event, self.snapshot):
            remaining = deadline - loop.time()
            if remaining <= 0:
                _LOGGER.debug(
                    "%s: %s delivered while the status is still %s",
                    self.name,
                    event.type,
                    self.snapshot.status,
                )
                break
            self._snapshot_seen.clear()
            try:
                async with asyncio.timeout(remaining):
                    await self._snapshot_seen.wait()
            except TimeoutError:
                continue
        if event.type is RunEventType.JOB_ENDED and event.job_key:
            event = await self._with_run_record(event)
        for listener in list(self._event_listeners):
            try:
                listener(event)
            except Exception:
                _LOGGER.exception("%s: run event listener failed", self.name)

    async def _with_run_record(self, event: RunEvent) -> RunEvent:
        """``event`` plus what the run record says (id, names, times); as is when unreadable."""
        assert event.job_key is not None
        job_key = event.job_key
        try:
            # Through the writer: ordered after the tracker's ops that closed the run.
            record = await self._db.write(lambda conn: get_run(conn, self.printer_id, job_key))
        except DatabaseError as err:
            _LOGGER.warning("%s: run record not readable for its event: %s", self.name, err)
            return event
        if record is None:
            return event
        # The record is what analytics will show: its values win over the client's figures.
        recorded = {k: v for k, v in run_event_fields(record).items() if v is not None}
        return dataclasses.replace(event, data={**event.data, **recorded})

    async def async_events_delivered(self) -> None:
        """Wait until every run event so far reached the listeners."""
        while (task := self._event_chain) is not None and not task.done():
            await asyncio.wait([task])

    @callback
    def _observe(self, snapshot: PrinterSnapshot, now: datetime) -> None:
        """Let the tracker reconcile; a run it closes is announced like a client's job_ended."""
        ops = self._tracker.observe(snapshot, now)
        self._apply(ops)
        for op in ops:
            if isinstance(op, EndRun):
                event = RunEvent(
                    RunEventType.JOB_ENDED,
                    op.ended_at,
                    op.job_key,
                    {
                        "outcome": op.outcome.value,
                        "source": op.outcome_source,
                        "reason": op.failure_reason,
                        "error_code": op.failure_code,
                        "reconciled": True,
                    },
                )
                self._deliver(event)

    @callback
    def _apply(self, ops: list[RunOp]) -> None:
        """Queue ``ops`` for the writer (in order; durable: retried and journaled)."""
        if ops:
            self._db.write_nowait(partial(apply_ops, ops=ops))

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
    def brand(self) -> Brand:
        """The printer's brand (client factory, probe, manufacturer)."""
        return brand_of(self.subentry.data)

    @property
    def device_info(self) -> dr.DeviceInfo:
        """Device registry info for this printer."""
        info = self.info
        # The farm device is registered in async_setup_entry before the hubs start.
        farm = dr.async_get(self.hass).async_get_device_by_identifier(
            (DOMAIN, self.entry_id), self.entry_id
        )
        device = dr.DeviceInfo(
            identifiers={(DOMAIN, self.serial)},
            configuration_url=self.brand.configuration_url(self.subentry.data),
            manufacturer=self.brand.manufacturer,
            model=(info.model if info and info.model else self.subentry.data.get(CONF_MODEL)),
            model_id=info.model_code if info else None,
            name=self.name,
            serial_number=self.serial,
            sw_version=info.firmware if info else None,
        )
        if farm is not None:
            device["via_device_id"] = farm.id
        return device

    @property
    def connected(self) -> bool:
        """True while the transport is up."""
        return self._client is not None and self._client.connected

    @property
    def last_message_age_s(self) -> float | None:
        """Seconds since the printer last sent anything."""
        return self._client.last_message_age_s if self._client is not None else None

    @property
    def reconnects(self) -> int:
        """How many times the client reconnected."""
        return self._client.reconnects if self._client is not None else 0

    # -- capabilities (what only some brands can do) -------------------------------------
    @property
    def hardware(self) -> PrinterHardware | None:
        """Nozzle and loaded filaments as the printer reports them (None: it reports none)."""
        client: object = self._client
        return client.hardware if isinstance(client, SupportsHardware) else None

    @property
    def has_camera(self) -> bool:
        """True when the printer's own camera can give still images."""
        client: object = self._client
        return isinstance(client, SupportsSnapshot) and client.has_camera

    async def async_camera_image(self) -> bytes | None:
        """One image from the printer's own camera (None: no camera or no image now).

        Raises PrinterClientError when the camera cannot be reached.
        """
        client: object = self._client
        if not isinstance(client, SupportsSnapshot):
            return None
        return await client.async_camera_image()

    async def async_upload_and_start(
        self,
        name: str,
        data: bytes | str | os.PathLike[str],
        options: UploadOptions,
        *,
        progress: ProgressCallback | None = None,
    ) -> UploadResult:
        """Send a print file and start it. Raises UploadError / StartError."""
        client: object = self._client
        if not isinstance(client, SupportsUpload):
            raise UploadError("the printer is not started", stage="prepare", reason="not_connected")
        return await client.async_upload_and_start(name, data, options, progress=progress)

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


def event_settled(event: RunEvent, snapshot: PrinterSnapshot) -> bool:
    """True when ``snapshot`` already shows the state ``event`` implies."""
    status = snapshot.status
    match event.type:
        case RunEventType.JOB_ENDED:
            return status not in ACTIVE_STATUSES
        case RunEventType.JOB_STARTED | RunEventType.JOB_PRINTING:
            return status in ACTIVE_STATUSES or not snapshot.online
        case RunEventType.JOB_PAUSED:
            return status is PrinterStatus.PAUSED or not snapshot.online
        case RunEventType.JOB_RESUMED:
            return status is not PrinterStatus.PAUSED
        case _:
            return True


def run_event_fields(record: RunRecord) -> dict[str, Any]:
    """What a terminal run event tells about its run record (JSON-safe)."""
    duration = (record.ended_at - record.started_at).total_seconds() if record.ended_at else None
    return {
        "run_id": record.id,
        "file_name": record.file_name,
        "job_name": record.job_name,
        "started_at": record.started_at.isoformat(),
        "ended_at": record.ended_at.isoformat() if record.ended_at else None,
        "duration_s": duration,
        "print_s": record.actual_s,
        "paused_s": record.paused_s,
        "outcome": record.outcome,
        "reason": record.failure_reason,
        "error_code": record.failure_code,
    }
