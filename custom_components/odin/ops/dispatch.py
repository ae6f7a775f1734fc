"""The guarded auto-queue (issue 8): stored print files, "plate cleared", dispatch of the next
queued job to a printer through the guardrails, upload progress and the run ↔ job link.

One :class:`Dispatcher` per loaded farm entry, owned by ``FarmRuntime`` and started with the
entry. It shares the :class:`~.queue.QueueService` (queue cache, scheduler) and is used by
the actions (``services/dispatch.py``), websocket commands (``api/dispatch.py``), the upload
view (``api/views.py``), the "plate cleared" button and the "auto-queue" switch.

Flow of :meth:`Dispatcher.async_dispatch` for one printer (docs/auto-queue.md):

1. auto-queue switch off and not ``force`` → skipped ``auto_queue_off``; a job still
   assigned/printing on the printer → skipped ``printer_has_job``;
2. the scheduler's proposal for the printer (none → skipped ``no_job``);
3. the job's file (``file_hash``, else ``file`` as a hash or a stored file name);
4. ``farm.guardrails.evaluate`` with what the hub knows (:meth:`Dispatcher.guard_context`);
   failures (and an unknown printer state) refuse: audited ``dispatch_refused``, event
   ``odin_dispatch_refused``, the job stays queued with the report in ``last_report``;
5. ``dry_run`` stops here (``would_send``); otherwise the job is ``assigned``, the file is
   uploaded and started with progress; a failure puts it back in the queue (same place) with
   the error; success → ``printing``. The printer's next ``job_started`` links the run to the
   job and preset; its ``job_ended`` finishes the job (success → done, cancelled → cancelled,
   failed/unknown → failed).
"""

from __future__ import annotations

from collections.abc import Mapping
import contextlib
from dataclasses import dataclass
from functools import partial
import logging
import os
from pathlib import Path
import shutil
from typing import TYPE_CHECKING, Any, Final

from homeassistant.core import CALLBACK_TYPE, Context, HomeAssistant, callback
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import device_registry as dr
from homeassistant.helpers.dispatcher import async_dispatcher_connect, async_dispatcher_send
from homeassistant.util import dt as dt_util
from sqlalchemy import Connection

from ..const import CONF_MODEL, CONF_UPLOAD_MAX_MB, DEFAULT_UPLOAD_MAX_MB, DOMAIN
from ..farm.audit import Actor
from ..farm.dispatch import (
    REFUSE_FILE_MISSING,
    REFUSE_FILE_UNKNOWN,
    SKIP_AUTO_QUEUE_OFF,
    SKIP_DISPATCHING,
    SKIP_NO_JOB,
    SKIP_PRINTER_HAS_JOB,
    UPLOAD_FAILED,
    blocking,
    extension_of,
    guard_model,
    is_hash,
    loaded_slots,
    plate_cleared,
    reasons,
    simple_reason,
    stored_name,
)
from ..farm.filemeta import FileMeta, FileMetaError, parse_file
from ..farm.guardrails import (
    DEFAULT_COLOUR_TOLERANCE,
    MESSAGES,
    GuardContext,
    GuardReport,
    evaluate,
)
from ..farm.scheduler import JobStatus
from ..helpers import SIGNAL_PRINTER_ADDED, actor_label
from ..hub import PrinterHub
from ..printers.model import (
    ErrorSeverity,
    RunEvent,
    RunEventType,
    RunOutcome,
    UploadError,
    UploadOptions,
    UploadResult,
)
from ..store.files import (
    FileRecord,
    delete_file,
    find_file_by_name,
    get_file,
    list_files,
    save_file,
)
from ..store.printers import plate_state, set_plate_cleared
from ..store.queue import (
    QueueRecord,
    assign_job,
    finish_job,
    get_job,
    mark_printing,
    set_report,
    unassign_job,
)
from ..store.runs import link_run

if TYPE_CHECKING:
    from ..data import FarmRuntime, OdinConfigEntry

_LOGGER = logging.getLogger(__name__)

SIGNAL_DISPATCH_PROGRESS: Final = f"{DOMAIN}_dispatch_progress_{{}}"  # entry id
EVENT_DISPATCH_REFUSED: Final = f"{DOMAIN}_dispatch_refused"
EVENT_JOB_DISPATCHED: Final = f"{DOMAIN}_job_dispatched"
EVENT_PLATE_CLEARED: Final = f"{DOMAIN}_plate_cleared"
FILES_DIR: tuple[str, ...] = ("odin", "files")  # under the HA config dir (tests patch it)
INCOMING: Final = ".incoming"
CONF_BED_X: Final = "bed_x_mm"
CONF_BED_Y: Final = "bed_y_mm"
CONF_NOZZLE: Final = "nozzle_mm"
# per-printer guard settings (printer subentry reconfigure form, guardrails.GuardContext)
CONF_MODEL_OVERRIDE: Final = "model_override"
CONF_BED_Z: Final = "bed_z_mm"
CONF_BED_ORIGIN_CENTRE: Final = "bed_origin_centre"
CONF_ALLOW_UNKNOWN_MODEL: Final = "allow_unknown_model"
CONF_ALLOW_UNKNOWN_NOZZLE: Final = "allow_unknown_nozzle"
CONF_ALLOW_UNKNOWN_BED: Final = "allow_unknown_bed"
CONF_COLOUR_TOLERANCE: Final = "colour_tolerance"

_OUTCOME_STATUS: Final = {
    RunOutcome.SUCCESS: JobStatus.DONE,
    RunOutcome.CANCELLED: JobStatus.CANCELLED,
    RunOutcome.FAILED: JobStatus.FAILED,
    RunOutcome.UNKNOWN: JobStatus.FAILED,
}


def files_dir(hass: HomeAssistant) -> Path:
    """``<config>/odin/files``."""
    return Path(hass.config.path(*FILES_DIR))


def upload_limit_bytes(entry: OdinConfigEntry) -> int:
    """The upload size limit (farm option ``upload_max_mb``, default 512 MB)."""
    try:
        mb = float(entry.options.get(CONF_UPLOAD_MAX_MB, DEFAULT_UPLOAD_MAX_MB))
    except (TypeError, ValueError):
        mb = DEFAULT_UPLOAD_MAX_MB
    return int(max(mb, 0.001) * 1024 * 1024)


def _invalid(key: str, **placeholders: object) -> ServiceValidationError:
    return ServiceValidationError(
        translation_domain=DOMAIN,
        translation_key=key,
        translation_placeholders={k: str(v) for k, v in placeholders.items()},
    )


def check_plain_name(name: str) -> str:
    """A plain print-file name (no folder, no ``..``, known extension) or ``invalid_file_name``."""
    text = str(name).strip()
    if (
        not text
        or text != os.path.basename(text)
        or "/" in text
        or "\\" in text
        or text.startswith(".")
        or ".." in text
        or "\x00" in text
        or len(text) > 255
    ):
        raise _invalid("invalid_file_name", name=name)
    if extension_of(text) is None:
        raise _invalid("invalid_file_type", name=name)
    return text


@dataclass(slots=True)
class _Active:
    """A job this dispatcher sent to a printer and has not seen finish."""

    job_id: int
    preset_id: int | None
    file_hash: str | None
    job_key: str | None = None
    run_id: int | None = None


class Dispatcher:
    """Files, plate state, auto-queue switches and dispatch for one loaded farm entry."""

    def __init__(self, hass: HomeAssistant, entry: OdinConfigEntry, runtime: FarmRuntime) -> None:
        """Initialize (nothing runs before :meth:`async_start`)."""
        self.hass = hass
        self.entry = entry
        self.runtime = runtime
        self.files: dict[str, FileRecord] = {}
        self.auto_queue: dict[str, bool] = {}
        self.progress: dict[int, dict[str, Any]] = {}
        self._active: dict[str, _Active] = {}
        self._busy: set[str] = set()
        self._hub_unsubs: dict[str, CALLBACK_TYPE] = {}
        self._unsubs: list[CALLBACK_TYPE] = []
        self._stopped = False

    # ------------------------------------------------------------------ lifecycle

    async def async_start(self) -> None:
        """Load the files, remember jobs already out on printers, follow run events."""
        self.files = {f.hash: f for f in await self.runtime.db.read(list_files)}
        for job in self.runtime.queue.jobs:
            if job.status in (JobStatus.ASSIGNED, JobStatus.PRINTING) and job.printer_id:
                self._active[job.printer_id] = _Active(
                    job.id, job.preset_id, job.file_hash, run_id=job.run_id
                )
        for hub in self.runtime.printers.values():
            self._watch(hub)
        self._unsubs.append(
            async_dispatcher_connect(
                self.hass, SIGNAL_PRINTER_ADDED.format(self.entry.entry_id), self._printer_added
            )
        )

    @callback
    def async_stop(self) -> None:
        """Stop listening (entry unload)."""
        self._stopped = True
        for unsub in [*self._unsubs, *self._hub_unsubs.values()]:
            with contextlib.suppress(ValueError):
                unsub()
        self._unsubs.clear()
        self._hub_unsubs.clear()

    @callback
    def _printer_added(self, printer_id: str) -> None:
        hub = self.runtime.printers.get(printer_id)
        if hub is not None:
            self._watch(hub)

    @callback
    def _watch(self, hub: PrinterHub) -> None:
        if hub.printer_id not in self._hub_unsubs:
            self._hub_unsubs[hub.printer_id] = hub.add_event_listener(
                partial(self._on_event, hub.printer_id)
            )

    # ------------------------------------------------------------------ helpers

    async def _actor(self, context: Context | None) -> Actor:
        return await self.runtime.audit.async_resolve_actor(context)

    def hub(self, printer_id: str) -> PrinterHub:
        """A printer of the farm (``unknown_printer`` otherwise)."""
        self.runtime.tags.check_printer(printer_id)
        return self.runtime.printers[printer_id]

    # ------------------------------------------------------------------ files

    def file_for_job(self, job: QueueRecord) -> FileRecord | None:
        """The stored file a job prints: its hash, else ``file`` as a hash or a stored name."""
        if job.file_hash:
            return self.files.get(job.file_hash)
        if is_hash(job.file):
            return self.files.get(job.file)
        named = [f for f in self.files.values() if f.name == job.file]
        return max(named, key=lambda f: f.created_at) if named else None

    def path_of(self, record: FileRecord) -> Path:
        """Where the file's bytes are."""
        return files_dir(self.hass) / stored_name(record.hash, record.name)

    async def async_store_file(
        self, temp: Path, name: str, *, context: Context | None, action: str = "file_uploaded"
    ) -> tuple[FileRecord, bool]:
        """Parse ``temp`` (in the executor), keep it as ``<hash><ext>``, store its row.

        ``temp`` is consumed (moved or removed). Raises ``invalid_print_file`` when the file
        cannot be read as a print file.
        """
        folder = files_dir(self.hass)

        def work() -> FileMeta:
            try:
                meta = parse_file(temp, name=name)
            except FileMetaError:
                temp.unlink(missing_ok=True)
                raise
            target = folder / stored_name(meta.sha256, name)
            if target.exists():
                temp.unlink(missing_ok=True)
            else:
                os.replace(temp, target)
            return meta

        try:
            meta = await self.hass.async_add_executor_job(work)
        except FileMetaError as err:
            raise _invalid("invalid_print_file", name=name, error=err.message) from err
        return await self._async_save(meta, name, context=context, action=action)

    async def _async_save(
        self, meta: FileMeta, name: str, *, context: Context | None, action: str
    ) -> tuple[FileRecord, bool]:
        actor = await self._actor(context)
        record, created = await self.runtime.db.write(
            partial(
                save_file,
                file_hash=meta.sha256,
                name=name,
                size=meta.size,
                kind=meta.kind,
                metadata=meta.as_dict(),
                compatible_models=list(meta.compatible_models),
                uploaded_by=actor_label(actor),
                ts=dt_util.utcnow(),
            )
        )
        self.files[record.hash] = record
        await self.runtime.audit.async_record(
            action,
            target_type="file",
            target_id=record.hash,
            actor=actor,
            details={"name": name, "size": record.size, "kind": record.kind, "new": created},
        )
        return record, created

    async def async_register_file(
        self, name: str, *, context: Context | None
    ) -> tuple[FileRecord, bool]:
        """Store a file that is already in ``<config>/odin/files`` under a plain name."""
        plain = check_plain_name(name)
        folder = files_dir(self.hass)

        def work() -> FileMeta:
            root = folder.resolve()
            path = (folder / plain).resolve()
            if path.parent != root or not path.is_file():
                raise FileNotFoundError(plain)
            meta = parse_file(path, name=plain)
            target = folder / stored_name(meta.sha256, plain)
            if not target.exists():
                try:
                    os.link(path, target)
                except OSError:
                    shutil.copyfile(path, target)
            return meta

        try:
            meta = await self.hass.async_add_executor_job(work)
        except FileNotFoundError as err:
            raise _invalid("file_not_found", name=plain) from err
        except FileMetaError as err:
            raise _invalid("invalid_print_file", name=plain, error=err.message) from err
        return await self._async_save(meta, plain, context=context, action="file_registered")

    async def async_get_file(self, file_hash: str) -> FileRecord:
        """A stored file (``unknown_file`` otherwise)."""
        record = self.files.get(file_hash) or await self.runtime.db.read(
            partial(get_file, file_hash=file_hash)
        )
        if record is None:
            raise _invalid("unknown_file", file=file_hash)
        return record

    async def async_delete_file(self, file_hash: str, *, context: Context | None) -> FileRecord:
        """Delete a stored file (refused while an active job prints it)."""
        record = await self.async_get_file(file_hash)
        using = [
            j.id for j in self.runtime.queue.jobs if j.active and self.file_for_job(j) is record
        ]
        if using:
            raise _invalid("file_in_use", name=record.name, jobs=", ".join(map(str, using)))
        await self.runtime.db.write(partial(delete_file, file_hash=file_hash))
        self.files.pop(file_hash, None)
        path = self.path_of(record)
        await self.hass.async_add_executor_job(partial(path.unlink, missing_ok=True))
        await self.runtime.audit.async_record(
            "file_deleted",
            target_type="file",
            target_id=file_hash,
            context=context,
            details={"name": record.name},
        )
        return record

    async def async_find_file(self, ref: str) -> FileRecord:
        """A file by hash or by stored name (``unknown_file`` otherwise)."""
        if is_hash(ref):
            return await self.async_get_file(ref)
        record = await self.runtime.db.read(partial(find_file_by_name, name=ref))
        if record is None:
            raise _invalid("unknown_file", file=ref)
        return record

    def file_summary(self, job: QueueRecord) -> dict[str, Any] | None:
        """The job's file for ``odin/queue/list`` (None when it names no stored file)."""
        record = self.file_for_job(job)
        if record is None:
            return None
        meta = record.metadata
        plate = int(job.options.get("plate", 1) or 1)
        plates = meta.get("plates") or []
        current: dict[str, Any] = next(
            (p for p in plates if isinstance(p, dict) and p.get("index") == plate), {}
        )
        used = [f.get("type") for f in current.get("filaments") or [] if f.get("type")]
        return {
            **record.as_dict(metadata=False),
            "plate": plate,
            "printer_model": meta.get("printer_model"),
            "nozzle_mm": meta.get("nozzle_mm"),
            "estimate_s": current.get("estimate_s", meta.get("estimate_s")),
            "filament_types": used or meta.get("filament_types"),
            "bbox": current.get("bbox", meta.get("bbox")),
        }

    # ------------------------------------------------------------------ plate / switch

    async def async_mark_plate_cleared(self, printer_id: str, *, context: Context | None) -> None:
        """Store "plate cleared" now (audited, event ``odin_plate_cleared``)."""
        hub = self.hub(printer_id)
        now = dt_util.utcnow()
        await self.runtime.db.write(partial(set_plate_cleared, printer_id=printer_id, ts=now))
        await self.runtime.audit.async_record(
            "plate_cleared",
            target_type="printer",
            target_id=printer_id,
            context=context,
            details={"printer": hub.name},
        )
        device = dr.async_get(self.hass).async_get_device(identifiers={(DOMAIN, hub.serial)})
        self.hass.bus.async_fire(
            EVENT_PLATE_CLEARED,
            {
                "printer_id": printer_id,
                "printer": hub.name,
                "device_id": device.id if device is not None else None,
            },
            context=context,
        )

    async def async_plate_cleared(self, printer_id: str) -> bool:
        """Whether the plate was cleared since the printer's last run."""
        cleared, last_end, run_open = await self.runtime.db.read(
            partial(plate_state, printer_id=printer_id)
        )
        return plate_cleared(cleared, last_end, run_open=run_open)

    @callback
    def set_auto_queue(self, printer_id: str, on: bool | None) -> None:
        """The printer's auto-queue switch (None: entity removed = off)."""
        if on is None:
            self.auto_queue.pop(printer_id, None)
        else:
            self.auto_queue[printer_id] = on

    # ------------------------------------------------------------------ guard

    def guard_context(self, hub: PrinterHub, *, cleared: bool) -> GuardContext:
        """What the farm knows about ``hub`` now, for ``guardrails.evaluate``."""
        data = hub.subentry.data
        info = hub.info
        # the user's model first, then the printer's, then the one stored when it was added
        # (none of those two when the brand reports no printer model, e.g. Klipper)
        override = str(data.get(CONF_MODEL_OVERRIDE) or "").strip() or None
        reported = hub.brand.reports_printer_model
        model = (
            override
            or (guard_model(info.model if info else None) if reported else None)
            or (guard_model(data.get(CONF_MODEL)) if reported else None)
        )
        hardware = hub.hardware
        nozzle = _number(data.get(CONF_NOZZLE))
        if nozzle is None and hardware is not None:
            nozzle = hardware.nozzle_mm
        bed_x, bed_y = _number(data.get(CONF_BED_X)), _number(data.get(CONF_BED_Y))
        tolerance = _number(data.get(CONF_COLOUR_TOLERANCE))
        snapshot = hub.snapshot
        return GuardContext(
            accepted_kinds=hub.brand.accepted_kinds(model),
            maps_trays=hub.brand.maps_filament_trays,
            model=model,
            name=hub.name,
            online=snapshot.online,
            status=str(snapshot.status),
            active_errors=tuple(
                e.code for e in snapshot.errors if e.severity is not ErrorSeverity.INFO
            ),
            plate_cleared=cleared,
            nozzle_mm=nozzle,
            loaded=loaded_slots(hardware),
            bed_mm=(bed_x, bed_y) if bed_x and bed_y else None,
            bed_height_mm=_number(data.get(CONF_BED_Z)) or None,
            bed_origin_centre=bool(data.get(CONF_BED_ORIGIN_CENTRE)),
            allow_unknown_model=bool(data.get(CONF_ALLOW_UNKNOWN_MODEL)),
            allow_unknown_nozzle=bool(data.get(CONF_ALLOW_UNKNOWN_NOZZLE)),
            allow_unknown_bed=bool(data.get(CONF_ALLOW_UNKNOWN_BED)),
            colour_tolerance=tolerance if tolerance else DEFAULT_COLOUR_TOLERANCE,
        )

    # ------------------------------------------------------------------ dispatch

    async def async_dispatch(
        self,
        printer_ids: list[str],
        *,
        context: Context | None,
        dry_run: bool = False,
        force: bool = False,
    ) -> dict[str, Any]:
        """Dispatch the next job to each printer; the per-printer results and counts."""
        actor = await self._actor(context)
        results = []
        for printer_id in printer_ids:
            self.hub(printer_id)
            results.append(
                await self._async_dispatch_one(
                    printer_id, actor=actor, context=context, dry_run=dry_run, force=force
                )
            )
        count: dict[str, int] = {}
        for item in results:
            count[item["result"]] = count.get(item["result"], 0) + 1
        return {
            "dry_run": dry_run,
            "printers": results,
            "sent": count.get("started", 0),
            "would_send": count.get("would_send", 0),
            "refused": count.get("refused", 0) + count.get("upload_failed", 0),
            "skipped": count.get("skipped", 0),
        }

    async def _async_dispatch_one(
        self, printer_id: str, *, actor: Actor, context: Context | None, dry_run: bool, force: bool
    ) -> dict[str, Any]:
        hub = self.runtime.printers[printer_id]
        base: dict[str, Any] = {"printer_id": printer_id, "name": hub.name}
        if not force and not self.auto_queue.get(printer_id, False):
            return {**base, "result": "skipped", "reason": SKIP_AUTO_QUEUE_OFF}
        if printer_id in self._busy:
            return {**base, "result": "skipped", "reason": SKIP_DISPATCHING}
        self._busy.add(printer_id)
        try:
            return await self._async_dispatch_locked(
                hub, base, actor=actor, context=context, dry_run=dry_run
            )
        finally:
            self._busy.discard(printer_id)

    async def _async_dispatch_locked(
        self,
        hub: PrinterHub,
        base: dict[str, Any],
        *,
        actor: Actor,
        context: Context | None,
        dry_run: bool,
    ) -> dict[str, Any]:
        printer_id = hub.printer_id
        held = [
            j
            for j in self.runtime.queue.jobs
            if j.printer_id == printer_id and j.status in (JobStatus.ASSIGNED, JobStatus.PRINTING)
        ]
        if held:
            return {
                **base,
                "result": "skipped",
                "reason": SKIP_PRINTER_HAS_JOB,
                "job_id": held[0].id,
            }
        decision = next(
            (d for d in self.runtime.queue.decisions().values() if d.printer_id == printer_id), None
        )
        job = self.runtime.queue.job(decision.job_id) if decision is not None else None
        if job is None:
            return {**base, "result": "skipped", "reason": SKIP_NO_JOB}
        base |= {"job_id": job.id, "job": job.name}
        record = self.file_for_job(job)
        plate = int(job.options.get("plate", 1) or 1)
        report: GuardReport | None = None
        refused: list[dict[str, Any]]
        if record is None:
            refused = [
                simple_reason(
                    REFUSE_FILE_UNKNOWN,
                    f"No stored file matches {job.file!r}; upload it first.",
                    file=job.file,
                )
            ]
        else:
            path = self.path_of(record)
            if not await self.hass.async_add_executor_job(path.is_file):
                refused = [
                    simple_reason(
                        REFUSE_FILE_MISSING,
                        f"The stored file {record.name} is missing on disk.",
                        file=record.name,
                    )
                ]
            else:
                cleared = await self.async_plate_cleared(printer_id)
                context_ = self.guard_context(hub, cleared=cleared)
                try:
                    meta = FileMeta.from_dict(record.metadata)
                except FileMetaError:
                    meta = await self.hass.async_add_executor_job(
                        partial(parse_file, path, name=record.name)
                    )
                report = evaluate(meta, context_, plate=plate)
                refused = reasons(blocking(report), MESSAGES)
        guard = report.as_dict() if report is not None else None
        base |= {
            "file": record.as_dict(metadata=False) if record is not None else None,
            "plate": plate,
            "guard": guard,
        }
        now = dt_util.utcnow()
        if refused:
            last = {
                "ts": now.isoformat(),
                "result": "refused",
                "printer_id": printer_id,
                "printer": hub.name,
                "dry_run": dry_run,
                "reasons": refused,
                "guard": guard,
            }
            if not dry_run:
                await self._async_refused(job, hub, last, refused, actor=actor, context=context)
            return {**base, "result": "refused", "reasons": refused}
        assert record is not None
        assert report is not None
        if dry_run:
            return {
                **base,
                "result": "would_send",
                "ams_mapping": list(report.ams_mapping) if report.ams_mapping else None,
                "allowed_unknowns": list(report.allowed_unknowns),
            }
        return await self._async_send(job, hub, record, report, base, actor=actor)

    async def _async_refused(
        self,
        job: QueueRecord,
        hub: PrinterHub,
        last: dict[str, Any],
        refused: list[dict[str, Any]],
        *,
        actor: Actor,
        context: Context | None,
    ) -> None:
        await self.runtime.db.write(
            partial(set_report, job_id=job.id, report=last, ts=dt_util.utcnow())
        )
        await self.runtime.audit.async_record(
            "dispatch_refused",
            target_type="queue_item",
            target_id=str(job.id),
            actor=actor,
            details={
                "printer_id": hub.printer_id,
                "printer": hub.name,
                "job": job.name,
                "reasons": [r["code"] for r in refused],
                "messages": [r["message"] for r in refused],
            },
            result="refused",
        )
        self.hass.bus.async_fire(
            EVENT_DISPATCH_REFUSED,
            {
                "printer_id": hub.printer_id,
                "printer": hub.name,
                "job_id": job.id,
                "job": job.name,
                "reasons": [r["code"] for r in refused],
                "messages": [r["message"] for r in refused],
            },
            context=context,
        )
        await self.runtime.queue.async_reload_jobs()

    async def _async_send(
        self,
        job: QueueRecord,
        hub: PrinterHub,
        record: FileRecord,
        report: GuardReport,
        base: dict[str, Any],
        *,
        actor: Actor,
    ) -> dict[str, Any]:
        printer_id = hub.printer_id
        now = dt_util.utcnow()
        sending = {
            "ts": now.isoformat(),
            "result": "sending",
            "printer_id": printer_id,
            "printer": hub.name,
            "guard": report.as_dict(),
        }
        taken = await self.runtime.db.write(
            partial(assign_job, job_id=job.id, printer_id=printer_id, report=sending, ts=now)
        )
        if not taken:
            return {**base, "result": "skipped", "reason": SKIP_DISPATCHING}
        self._active[printer_id] = _Active(job.id, job.preset_id, record.hash)
        self._progress(job.id, 0, record.size, "uploading")
        await self.runtime.queue.async_reload_jobs()
        try:
            result = await self._async_upload(hub, record, report, job)
        except Exception as err:
            return await self._async_send_failed(job, hub, record, base, err, actor=actor)
        finally:
            self.progress.pop(job.id, None)
        done = {
            **sending,
            "ts": dt_util.utcnow().isoformat(),
            "result": "started",
            "remote_name": result.remote_name,
        }
        active = self._active.get(printer_id)

        def work(conn: Connection) -> None:
            mark_printing(conn, job.id, ts=dt_util.utcnow(), run_id=None)
            set_report(conn, job.id, done, ts=dt_util.utcnow())

        await self.runtime.db.write(work)
        details = {
            "printer_id": printer_id,
            "printer": hub.name,
            "job": job.name,
            "file": record.name,
            "file_hash": record.hash,
            "remote_name": result.remote_name,
            "plate": report.plate,
            "ams_mapping": list(report.ams_mapping) if report.ams_mapping else None,
            # the checks that could not decide and were let through by the printer's
            # "allow unknown" settings, with what was not known
            "allowed_unknowns": list(report.allowed_unknowns),
            "allowed_unknown_reasons": reasons(
                (r for r in report.results if r.check in report.allowed_unknowns), MESSAGES
            ),
        }
        await self.runtime.audit.async_record(
            "job_dispatched",
            target_type="queue_item",
            target_id=str(job.id),
            actor=actor,
            details=details,
        )
        self.hass.bus.async_fire(EVENT_JOB_DISPATCHED, {"job_id": job.id, **details})
        self._progress(job.id, record.size, record.size, "started", keep=False)
        await self.runtime.queue.async_reload_jobs()
        return {
            **base,
            "result": "started",
            "remote_name": result.remote_name,
            "run_id": active.run_id if active else None,
        }

    async def _async_send_failed(
        self,
        job: QueueRecord,
        hub: PrinterHub,
        record: FileRecord,
        base: dict[str, Any],
        err: Exception,
        *,
        actor: Actor,
    ) -> dict[str, Any]:
        printer_id = hub.printer_id
        if isinstance(err, UploadError):
            stage, code, text = err.stage, err.reason, str(err)
        else:
            _LOGGER.exception("Sending %s to %s failed", record.name, hub.name, exc_info=err)
            stage, code, text = "upload", "error", f"{type(err).__name__}: {err}"
        reason = simple_reason(
            UPLOAD_FAILED,
            f"Sending {record.name} to {hub.name} failed ({stage}: {text}).",
            stage=stage,
            error=code,
        )
        last = {
            "ts": dt_util.utcnow().isoformat(),
            "result": "upload_failed",
            "printer_id": printer_id,
            "printer": hub.name,
            "reasons": [reason],
        }
        self._active.pop(printer_id, None)
        await self.runtime.db.write(
            partial(unassign_job, job_id=job.id, report=last, ts=dt_util.utcnow())
        )
        await self.runtime.audit.async_record(
            "dispatch_failed",
            target_type="queue_item",
            target_id=str(job.id),
            actor=actor,
            details={
                "printer_id": printer_id,
                "printer": hub.name,
                "job": job.name,
                "file": record.name,
                "stage": stage,
                "error": code,
                "message": text[:300],
            },
            result="error",
        )
        self.hass.bus.async_fire(
            EVENT_DISPATCH_REFUSED,
            {
                "printer_id": printer_id,
                "printer": hub.name,
                "job_id": job.id,
                "job": job.name,
                "reasons": [UPLOAD_FAILED],
                "messages": [reason["message"]],
            },
        )
        await self.runtime.queue.async_reload_jobs()
        return {**base, "result": "upload_failed", "reasons": [reason]}

    async def _async_upload(
        self, hub: PrinterHub, record: FileRecord, report: GuardReport, job: QueueRecord
    ) -> UploadResult:
        options = UploadOptions(
            plate=report.plate,
            ams_mapping=tuple(report.ams_mapping) if report.ams_mapping else None,
            timelapse=bool(job.options["timelapse"]) if "timelapse" in job.options else None,
        )
        return await hub.async_upload_and_start(
            record.name,
            self.path_of(record),
            options,
            progress=partial(self._on_progress, job.id),
        )

    @callback
    def _on_progress(self, job_id: int, sent: int, total: int) -> None:
        self._progress(job_id, sent, total, "uploading")

    @callback
    def _progress(
        self, job_id: int, sent: int, total: int, stage: str, *, keep: bool = True
    ) -> None:
        value = {
            "job_id": job_id,
            "stage": stage,
            "sent": sent,
            "total": total,
            "percent": round(100 * sent / total, 1) if total else 100.0,
        }
        if keep:
            self.progress[job_id] = value
        async_dispatcher_send(
            self.hass, SIGNAL_DISPATCH_PROGRESS.format(self.entry.entry_id), value
        )

    # ------------------------------------------------------------------ run events

    @callback
    def _on_event(self, printer_id: str, event: RunEvent) -> None:
        if self._stopped:
            return
        active = self._active.get(printer_id)
        if active is None or event.job_key is None:
            return
        if event.type is RunEventType.JOB_STARTED and not event.data.get("reattached"):
            if active.job_key is None:
                active.job_key = event.job_key
                self.entry.async_create_background_task(
                    self.hass,
                    self._async_link(printer_id, active),
                    f"odin link run {printer_id}",
                )
        elif event.type is RunEventType.JOB_ENDED and active.job_key == event.job_key:
            del self._active[printer_id]
            self.entry.async_create_background_task(
                self.hass,
                self._async_finish(printer_id, active, event),
                f"odin finish job {active.job_id}",
            )

    async def _async_link(self, printer_id: str, active: _Active) -> None:
        assert active.job_key is not None
        key = active.job_key

        def work(conn: Connection) -> int | None:
            run_id = link_run(
                conn,
                printer_id,
                key,
                queue_item_id=active.job_id,
                preset_id=active.preset_id,
                file_hash=active.file_hash,
            )
            mark_printing(conn, active.job_id, ts=dt_util.utcnow(), run_id=run_id)
            return run_id

        active.run_id = await self.runtime.db.write(work)
        await self.runtime.queue.async_reload_jobs()

    async def _async_finish(self, printer_id: str, active: _Active, event: RunEvent) -> None:
        try:
            outcome = RunOutcome(str(event.data.get("outcome")))
        except ValueError:
            outcome = RunOutcome.UNKNOWN
        status = _OUTCOME_STATUS[outcome]
        report = {
            "ts": event.ts.isoformat(),
            "result": str(outcome),
            "printer_id": printer_id,
            "reason": event.data.get("reason"),
            "error_code": event.data.get("error_code"),
        }
        before = await self.runtime.db.read(partial(get_job, job_id=active.job_id))
        await self.runtime.db.write(
            partial(finish_job, job_id=active.job_id, status=status, report=report, ts=event.ts)
        )
        await self.runtime.audit.async_record(
            f"job_{status}",
            target_type="queue_item",
            target_id=str(active.job_id),
            details={
                "printer_id": printer_id,
                "job": before.name if before else None,
                "outcome": str(outcome),
                "reason": event.data.get("reason"),
                "run_id": active.run_id,
            },
        )
        await self.runtime.queue.async_reload_jobs()


def _number(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


def job_extra(dispatcher: Dispatcher | None, job: QueueRecord) -> Mapping[str, Any]:
    """Dispatch fields of a queue item for ``odin/queue/list``: file metadata and progress."""
    if dispatcher is None:
        return {"file_info": None, "progress": None}
    return {
        "file_info": dispatcher.file_summary(job),
        "progress": dispatcher.progress.get(job.id),
    }


__all__ = [
    "EVENT_DISPATCH_REFUSED",
    "EVENT_JOB_DISPATCHED",
    "EVENT_PLATE_CLEARED",
    "SIGNAL_DISPATCH_PROGRESS",
    "Dispatcher",
    "files_dir",
    "job_extra",
]
