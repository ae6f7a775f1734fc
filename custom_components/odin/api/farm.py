"""Websocket commands of the farm-operation pages: tags, queue, presets, spools, drying.

The contract (names and response shapes) is docs/websocket-api.md ("Farm operations"). The
commands share the feature services (``ops/``) with the actions, so validation, the audit trail
(actor = the websocket user, origin ``ui``) and the translated errors are the same.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from homeassistant.components.websocket_api.connection import ActiveConnection
from homeassistant.util import dt as dt_util
import probatio

from ..data import FarmRuntime
from ..farm.drying import make_rule, make_session
from ..farm.errors import InvalidInput
from ..farm.presets import make_preset, preset_from_job, validate_options
from ..farm.scheduler import (
    JobStatus,
    check_quantity,
    make_constraints,
    make_job,
    numbered,
)
from ..helpers import parse_when, translated
from ..ops.dispatch import job_extra
from ..store.queue import QueueRecord
from ..store.spools import SpoolRecord
from ..store.tags import all_tags
from .decorators import Msg, farm_command

_TEXT: Final = probatio.Any(str, None)
_NUMBER: Final = probatio.Any(int, float, None)
_INT: Final = probatio.Any(int, None)
_TEXT_LIST: Final = [str]


def job_item(
    job: QueueRecord, runtime: FarmRuntime, decisions: Mapping[int, Any]
) -> dict[str, Any]:
    """``Job`` with its scheduler ``decision`` (queued jobs), the printer's name and the
    auto-queue fields (``file_info``, ``progress``; docs/auto-queue.md)."""
    decision = decisions.get(job.id)
    return {
        **job.as_dict(),
        "printer_name": runtime.tags.printer_name(job.printer_id) if job.printer_id else None,
        "decision": decision.as_dict() if decision is not None else None,
        **job_extra(runtime.dispatcher, job),
    }


def spool_item(spool: SpoolRecord, runtime: FarmRuntime) -> dict[str, Any]:
    """``Spool`` with its needs-drying verdict."""
    status = runtime.spools.spool_status(spool.id)
    return {**spool.as_dict(), "drying": status.as_dict() if status is not None else None}


def _jobs_result(runtime: FarmRuntime, records: list[QueueRecord]) -> dict[str, Any]:
    decisions = runtime.queue.decisions()
    return {"jobs": [job_item(r, runtime, decisions) for r in records]}


# ---------------------------------------------------------------------------- tags


@farm_command({probatio.Required("type"): "odin/tags/list"})
async def ws_tags_list(connection: ActiveConnection, msg: Msg, runtime: FarmRuntime) -> None:
    """Every tag in use (with its printers) and every printer's tags."""
    current = set(runtime.printers)
    tags = await runtime.db.read(all_tags)
    connection.send_result(
        msg["id"],
        {
            "tags": [
                {"tag": key, "display": display, "printer_ids": [p for p in ids if p in current]}
                for key, display, ids in tags
                if any(p in current for p in ids)
            ],
            "printers": [
                {
                    "printer_id": pid,
                    "name": runtime.tags.printer_name(pid),
                    "tags": runtime.tags.tags.get(pid, []),
                }
                for pid in sorted(
                    current, key=lambda p: (runtime.tags.printer_name(p).casefold(), p)
                )
            ],
        },
    )


@farm_command(
    {
        probatio.Required("type"): "odin/tags/set",
        probatio.Required("printer_id"): str,
        probatio.Required("tags"): _TEXT_LIST,
    }
)
async def ws_tags_set(connection: ActiveConnection, msg: Msg, runtime: FarmRuntime) -> None:
    """Replace a printer's tags (an empty list removes them all)."""
    result = await runtime.tags.async_change_tags(
        [msg["printer_id"]], context=connection.context(msg), replace_with=msg["tags"]
    )
    connection.send_result(
        msg["id"], {"printer_id": msg["printer_id"], "tags": result[msg["printer_id"]]}
    )


# ---------------------------------------------------------------------------- queue


@farm_command(
    {
        probatio.Required("type"): "odin/queue/list",
        probatio.Optional("include_finished", default=True): bool,
    }
)
async def ws_queue_list(connection: ActiveConnection, msg: Msg, runtime: FarmRuntime) -> None:
    """Queue items (active in queue order, then the latest finished) with the scheduler's
    decision for each queued one, and the printers as the scheduler sees them."""
    decisions = runtime.queue.decisions()
    jobs = [j for j in runtime.queue.jobs if msg["include_finished"] or j.active]
    connection.send_result(
        msg["id"],
        {
            "items": [job_item(job, runtime, decisions) for job in jobs],
            "printers": [
                {
                    "printer_id": view.printer_id,
                    "name": view.name,
                    "online": view.online,
                    "status": view.status,
                    "error": view.has_error,
                    "model": view.model,
                    "tags": list(view.tags),
                    "nozzle_mm": view.nozzle_mm,
                    "filaments": sorted(view.filaments) if view.filaments is not None else None,
                }
                for view in sorted(
                    runtime.queue.printer_views(), key=lambda v: (v.name.casefold(), v.printer_id)
                )
            ],
        },
    )


@farm_command(
    {
        probatio.Required("type"): "odin/queue/add",
        probatio.Optional("file"): str,
        probatio.Optional("file_hash"): str,
        probatio.Optional("name"): _TEXT,
        probatio.Optional("priority"): _INT,
        probatio.Optional("quantity"): _INT,
        probatio.Optional("printer_id"): _TEXT,
        probatio.Optional("tags_any", default=list): _TEXT_LIST,
        probatio.Optional("tags_all", default=list): _TEXT_LIST,
        probatio.Optional("model"): _TEXT,
        probatio.Optional("filament"): _TEXT,
        probatio.Optional("nozzle_mm"): _NUMBER,
        probatio.Optional("notes"): _TEXT,
        probatio.Optional("options"): probatio.Any(dict, None),
    }
)
async def ws_queue_add(connection: ActiveConnection, msg: Msg, runtime: FarmRuntime) -> None:
    """Add a job (``quantity`` copies) of a file name/text or a stored file (``file_hash``)."""
    file_hash: str | None = None
    file = msg.get("file")
    if msg.get("file_hash"):
        stored = await runtime.dispatcher.async_get_file(msg["file_hash"])
        file_hash, file = stored.hash, file or stored.name
    with translated():
        constraints = make_constraints(
            printer_id=msg.get("printer_id"),
            tags_any=msg["tags_any"],
            tags_all=msg["tags_all"],
            model=msg.get("model"),
            filament=msg.get("filament"),
            nozzle_mm=msg.get("nozzle_mm"),
        )
        count = check_quantity(msg.get("quantity"))
        job = make_job(
            file=file,
            name=msg.get("name"),
            priority=msg.get("priority"),
            constraints=constraints,
            options=validate_options(msg.get("options")),
            notes=msg.get("notes"),
        )
    records = await runtime.queue.async_add_jobs(
        numbered([job] * count), context=connection.context(msg), file_hash=file_hash
    )
    connection.send_result(msg["id"], _jobs_result(runtime, records))


@farm_command({probatio.Required("type"): "odin/queue/cancel", probatio.Required("job_id"): int})
async def ws_queue_cancel(connection: ActiveConnection, msg: Msg, runtime: FarmRuntime) -> None:
    """Cancel a queued or assigned job."""
    record = await runtime.queue.async_set_job_status(
        msg["job_id"], JobStatus.CANCELLED, context=connection.context(msg), action="job_cancelled"
    )
    connection.send_result(msg["id"], {"job": record.as_dict()})


@farm_command(
    {
        probatio.Required("type"): "odin/queue/reorder",
        probatio.Required("job_id"): int,
        probatio.Optional("after_job_id"): _INT,
    }
)
async def ws_queue_reorder(connection: ActiveConnection, msg: Msg, runtime: FarmRuntime) -> None:
    """Move a queued job right after another one (``after_job_id`` null: to the front)."""
    order = await runtime.queue.async_reorder(
        msg["job_id"], msg.get("after_job_id"), context=connection.context(msg)
    )
    connection.send_result(msg["id"], {"order": order})


# ---------------------------------------------------------------------------- presets


@farm_command({probatio.Required("type"): "odin/presets/list"})
async def ws_presets_list(connection: ActiveConnection, msg: Msg, runtime: FarmRuntime) -> None:
    """Every preset, by name."""
    connection.send_result(
        msg["id"], {"presets": [p.as_dict() for p in await runtime.presets.async_presets()]}
    )


@farm_command(
    {
        probatio.Required("type"): "odin/presets/save",
        probatio.Optional("preset_id"): _INT,
        probatio.Optional("from_job_id"): _INT,
        probatio.Required("name"): str,
        probatio.Optional("file"): _TEXT,
        probatio.Optional("target"): probatio.Any(
            {probatio.Required("type"): str, probatio.Optional("value"): _TEXT}, None
        ),
        probatio.Optional("filament"): _TEXT,
        probatio.Optional("nozzle_mm"): _NUMBER,
        probatio.Optional("quantity"): _INT,
        probatio.Optional("priority"): _INT,
        probatio.Optional("notes"): _TEXT,
        probatio.Optional("options"): probatio.Any(dict, None),
    }
)
async def ws_presets_save(connection: ActiveConnection, msg: Msg, runtime: FarmRuntime) -> None:
    """Create (no ``preset_id``; the name must be new) or update a preset; ``from_job_id``
    takes file, target, filament, nozzle, priority, notes and options from a queue item."""
    with translated():
        if (job_id := msg.get("from_job_id")) is not None:
            job = runtime.queue.job(job_id)
            if job is None:
                raise InvalidInput("unknown_job", job=job_id)
            spec = preset_from_job(
                msg["name"],
                file=job.file,
                constraints=job.constraints,
                priority=job.priority,
                notes=job.notes,
                options=job.options,
            )
        else:
            target = msg.get("target") or {}
            spec = make_preset(
                name=msg["name"],
                file=msg.get("file"),
                target_type=target.get("type", "any"),
                target=target.get("value"),
                filament=msg.get("filament"),
                nozzle_mm=msg.get("nozzle_mm"),
                quantity=msg.get("quantity"),
                priority=msg.get("priority"),
                notes=msg.get("notes"),
                options=msg.get("options"),
            )
    record, created = await runtime.presets.async_save_preset(
        spec,
        context=connection.context(msg),
        preset_id=msg.get("preset_id"),
        replace_by_name=False,
    )
    connection.send_result(msg["id"], {"preset": record.as_dict(), "created": created})


@farm_command(
    {probatio.Required("type"): "odin/presets/delete", probatio.Required("preset_id"): int}
)
async def ws_presets_delete(connection: ActiveConnection, msg: Msg, runtime: FarmRuntime) -> None:
    """Delete a preset."""
    record = await runtime.presets.async_delete_preset(
        msg["preset_id"], context=connection.context(msg)
    )
    connection.send_result(msg["id"], {"preset": record.as_dict()})


@farm_command(
    {
        probatio.Required("type"): "odin/presets/schedule",
        probatio.Required("preset_id"): int,
        probatio.Optional("quantity"): _INT,
        probatio.Optional("priority"): _INT,
        probatio.Optional("tag"): _TEXT,
    }
)
async def ws_presets_schedule(connection: ActiveConnection, msg: Msg, runtime: FarmRuntime) -> None:
    """Quick schedule: queue the preset's jobs at once."""
    records = await runtime.presets.async_schedule_preset(
        msg["preset_id"],
        context=connection.context(msg),
        quantity=msg.get("quantity"),
        priority=msg.get("priority"),
        tag=msg.get("tag"),
    )
    connection.send_result(msg["id"], _jobs_result(runtime, records))


# ---------------------------------------------------------------------------- spools, drying


@farm_command({probatio.Required("type"): "odin/spools/list"})
async def ws_spools_list(connection: ActiveConnection, msg: Msg, runtime: FarmRuntime) -> None:
    """Every spool with its needs-drying verdict."""
    connection.send_result(
        msg["id"], {"spools": [spool_item(s, runtime) for s in runtime.spools.spools.values()]}
    )


@farm_command(
    {
        probatio.Required("type"): "odin/spools/save",
        probatio.Optional("spool_id"): _INT,
        probatio.Required("material"): str,
        probatio.Optional("name"): _TEXT,
        probatio.Optional("brand"): _TEXT,
        probatio.Optional("colour"): _TEXT,
        probatio.Optional("weight_g"): _NUMBER,
        probatio.Optional("opened_at"): _TEXT,
        probatio.Optional("location"): _TEXT,
        probatio.Optional("printer_id"): _TEXT,
        probatio.Optional("slot"): _TEXT,
        probatio.Optional("spoolman_id"): _INT,
        probatio.Optional("humidity_entity_id"): _TEXT,
        probatio.Optional("notes"): _TEXT,
    }
)
async def ws_spools_save(connection: ActiveConnection, msg: Msg, runtime: FarmRuntime) -> None:
    """Create (no ``spool_id``) or replace a spool."""
    fields = {
        key: msg.get(key)
        for key in (
            "material",
            "name",
            "brand",
            "colour",
            "weight_g",
            "location",
            "printer_id",
            "slot",
            "spoolman_id",
            "humidity_entity_id",
            "notes",
        )
    }
    fields["opened_at"] = parse_when(msg.get("opened_at"), "opened_at")
    record = await runtime.spools.async_save_spool(
        fields, context=connection.context(msg), spool_id=msg.get("spool_id")
    )
    connection.send_result(msg["id"], {"spool": spool_item(record, runtime)})


@farm_command({probatio.Required("type"): "odin/spools/delete", probatio.Required("spool_id"): int})
async def ws_spools_delete(connection: ActiveConnection, msg: Msg, runtime: FarmRuntime) -> None:
    """Remove a spool (its drying history is kept)."""
    record = await runtime.spools.async_delete_spool(
        msg["spool_id"], context=connection.context(msg)
    )
    connection.send_result(msg["id"], {"spool": record.as_dict()})


@farm_command(
    {
        probatio.Required("type"): "odin/drying/log",
        probatio.Optional("spool_id"): _INT,
        probatio.Optional("printer_id"): _TEXT,
        probatio.Optional("slot"): _TEXT,
        probatio.Required("temp_c"): probatio.Any(int, float),
        probatio.Required("duration_min"): probatio.Any(int, float),
        probatio.Optional("method"): _TEXT,
        probatio.Optional("started_at"): _TEXT,
        probatio.Optional("humidity_before"): _NUMBER,
        probatio.Optional("humidity_after"): _NUMBER,
        probatio.Optional("notes"): _TEXT,
    }
)
async def ws_drying_log(connection: ActiveConnection, msg: Msg, runtime: FarmRuntime) -> None:
    """Log a drying session of a spool or of a printer's slot."""
    with translated():
        session = make_session(
            now=dt_util.utcnow(),
            temp_c=msg["temp_c"],
            duration_min=msg["duration_min"],
            method=msg.get("method"),
            started_at=parse_when(msg.get("started_at"), "started_at"),
            humidity_before=msg.get("humidity_before"),
            humidity_after=msg.get("humidity_after"),
            notes=msg.get("notes"),
        )
    record, spool = await runtime.spools.async_log_drying(
        session,
        context=connection.context(msg),
        spool_id=msg.get("spool_id"),
        printer_id=msg.get("printer_id"),
        slot=msg.get("slot"),
    )
    connection.send_result(
        msg["id"],
        {"session": record.as_dict(), "spool": spool_item(spool, runtime) if spool else None},
    )


@farm_command(
    {
        probatio.Required("type"): "odin/drying/history",
        probatio.Optional("spool_id"): _INT,
        probatio.Optional("printer_id"): _TEXT,
        probatio.Optional("limit", default=50): probatio.All(int, probatio.Range(min=1, max=500)),
    }
)
async def ws_drying_history(connection: ActiveConnection, msg: Msg, runtime: FarmRuntime) -> None:
    """Drying sessions, newest first (of one spool / printer, or all)."""
    sessions = await runtime.spools.async_history(
        spool_id=msg.get("spool_id"), printer_id=msg.get("printer_id"), limit=msg["limit"]
    )
    connection.send_result(msg["id"], {"sessions": [s.as_dict() for s in sessions]})


@farm_command({probatio.Required("type"): "odin/materials/list"})
async def ws_materials_list(connection: ActiveConnection, msg: Msg, runtime: FarmRuntime) -> None:
    """The material table: defaults merged with the user's rows."""
    connection.send_result(msg["id"], {"materials": runtime.spools.material_table()})


@farm_command(
    {
        probatio.Required("type"): "odin/materials/set",
        probatio.Required("material"): str,
        probatio.Optional("max_days"): _NUMBER,
        probatio.Optional("max_humidity"): _NUMBER,
        probatio.Optional("drying_temp_c"): _NUMBER,
        probatio.Optional("drying_hours"): _NUMBER,
        probatio.Optional("reset", default=False): bool,
    }
)
async def ws_materials_set(connection: ActiveConnection, msg: Msg, runtime: FarmRuntime) -> None:
    """Set a material's limits (both null: not tracked) or ``reset`` it to the default."""
    with translated():
        rule = make_rule(
            msg["material"],
            max_days=msg.get("max_days"),
            max_humidity=msg.get("max_humidity"),
            drying_temp_c=msg.get("drying_temp_c"),
            drying_hours=msg.get("drying_hours"),
        )
    await runtime.spools.async_set_material(
        None if msg["reset"] else rule, material=rule.material, context=connection.context(msg)
    )
    connection.send_result(msg["id"], {"materials": runtime.spools.material_table()})


# ---------------------------------------------------------------------------- registration

COMMANDS: Final = (
    ws_tags_list,
    ws_tags_set,
    ws_queue_list,
    ws_queue_add,
    ws_queue_cancel,
    ws_queue_reorder,
    ws_presets_list,
    ws_presets_save,
    ws_presets_delete,
    ws_presets_schedule,
    ws_spools_list,
    ws_spools_save,
    ws_spools_delete,
    ws_drying_log,
    ws_drying_history,
    ws_materials_list,
    ws_materials_set,
)
