"""Farm-operation actions: tags, print queue, presets, drying log; pause/resume/stop by target.

Registered once in ``async_setup`` (``action-setup``). Printers are targeted with HA's target
selector (device, entity, area, label) and/or ``tag`` (every printer carrying it). Bad input
raises a translated ``ServiceValidationError`` and writes nothing; every action is audited with
the caller (user, automation, script, …). Responses (optional) use the JSON shapes of
docs/websocket-api.md.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Mapping
from datetime import datetime, timedelta
from functools import partial
from typing import Any, Final

from homeassistant.core import (
    HomeAssistant,
    ServiceCall,
    ServiceResponse,
    SupportsResponse,
    callback,
)
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import (
    config_validation as cv,
    device_registry as dr,
    entity_registry as er,
)
from homeassistant.helpers.target import TargetSelection, async_extract_referenced_entity_ids
from homeassistant.util import dt as dt_util
from homeassistant.util.json import JsonValueType
import probatio

from ..const import DOMAIN
from ..data import FarmRuntime
from ..farm.drying import make_session
from ..farm.errors import InvalidInput
from ..farm.presets import TargetType, make_preset, validate_options
from ..farm.scheduler import (
    Decision,
    JobStatus,
    check_quantity,
    make_constraints,
    make_job,
    numbered,
)
from ..helpers import async_get_runtime, invalid, parse_when, translated

SERVICE_TAG_PRINTER: Final = "tag_printer"
SERVICE_UNTAG_PRINTER: Final = "untag_printer"
SERVICE_ADD_JOB: Final = "add_job"
SERVICE_CANCEL_JOB: Final = "cancel_job"
SERVICE_SAVE_PRESET: Final = "save_preset"
SERVICE_DELETE_PRESET: Final = "delete_preset"
SERVICE_SCHEDULE_PRESET: Final = "schedule_preset"
SERVICE_LOG_DRYING: Final = "log_drying"
# pause / resume / stop the targeted printers (buttons do it for one; these take a tag too)
COMMAND_SERVICES: Final = {"pause": "pause", "resume": "resume", "stop": "stop"}

ATTR_TAG: Final = "tag"
ATTR_TAGS: Final = "tags"
ATTR_PRINTER: Final = "printer"

_TEXT_LIST: Final = probatio.All(cv.ensure_list, [cv.string])

COMMAND_SCHEMA: Final = probatio.Schema(
    {**cv.ENTITY_SERVICE_FIELDS, probatio.Optional(ATTR_TAG): cv.string}
)
TAG_SCHEMA: Final = probatio.Schema(
    {
        **cv.ENTITY_SERVICE_FIELDS,
        probatio.Optional(ATTR_TAG): cv.string,
        probatio.Required(ATTR_TAGS): _TEXT_LIST,
    }
)
ADD_JOB_SCHEMA: Final = probatio.Schema(
    {
        probatio.Required("file"): cv.string,
        probatio.Optional("name"): cv.string,
        probatio.Optional("priority"): probatio.Coerce(int),
        probatio.Optional("quantity"): probatio.Coerce(int),
        probatio.Optional(ATTR_PRINTER): cv.string,
        probatio.Optional(ATTR_TAG): cv.string,
        probatio.Optional("any_tags"): _TEXT_LIST,
        probatio.Optional("all_tags"): _TEXT_LIST,
        probatio.Optional("model"): cv.string,
        probatio.Optional("filament"): cv.string,
        probatio.Optional("nozzle_diameter"): probatio.Coerce(float),
        probatio.Optional("notes"): cv.string,
        probatio.Optional("options"): dict,
    }
)
CANCEL_JOB_SCHEMA: Final = probatio.Schema({probatio.Required("job_id"): probatio.Coerce(int)})
SAVE_PRESET_SCHEMA: Final = probatio.Schema(
    {
        probatio.Required("name"): cv.string,
        probatio.Required("file"): cv.string,
        probatio.Optional(ATTR_PRINTER): cv.string,
        probatio.Optional(ATTR_TAG): cv.string,
        probatio.Optional("model"): cv.string,
        probatio.Optional("filament"): cv.string,
        probatio.Optional("nozzle_diameter"): probatio.Coerce(float),
        probatio.Optional("quantity"): probatio.Coerce(int),
        probatio.Optional("priority"): probatio.Coerce(int),
        probatio.Optional("notes"): cv.string,
        probatio.Optional("options"): dict,
    }
)
DELETE_PRESET_SCHEMA: Final = probatio.Schema({probatio.Required("preset"): cv.string})
SCHEDULE_PRESET_SCHEMA: Final = probatio.Schema(
    {
        probatio.Required("preset"): cv.string,
        probatio.Optional("quantity"): probatio.Coerce(int),
        probatio.Optional("priority"): probatio.Coerce(int),
        probatio.Optional(ATTR_TAG): cv.string,
    }
)
LOG_DRYING_SCHEMA: Final = probatio.Schema(
    {
        probatio.Optional("spool_id"): probatio.Coerce(int),
        probatio.Optional(ATTR_PRINTER): cv.string,
        probatio.Optional("slot"): cv.string,
        probatio.Required("temperature"): probatio.Coerce(float),
        probatio.Required("duration"): cv.time_period,
        probatio.Optional("method"): cv.string,
        probatio.Optional("humidity_before"): probatio.Coerce(float),
        probatio.Optional("humidity_after"): probatio.Coerce(float),
        probatio.Optional("started_at"): probatio.Any(cv.datetime, datetime),
        probatio.Optional("notes"): cv.string,
    }
)


# ---------------------------------------------------------------------------- targets


@callback
def printer_of_device(runtime: FarmRuntime, device: dr.AnyDeviceEntry | None) -> str | None:
    """The printer id behind an O.D.I.N. printer device (identifier (odin, serial))."""
    if device is None:
        return None
    by_serial = {hub.serial: pid for pid, hub in runtime.printers.items()}
    for domain, ident in device.identifiers:
        if domain == DOMAIN and ident in by_serial:
            return by_serial[ident]
    return None


@callback
def printer_of_device_id(hass: HomeAssistant, runtime: FarmRuntime, device_id: str) -> str:
    """The printer behind a device id (``unknown_printer`` otherwise)."""
    printer_id = printer_of_device(runtime, dr.async_get(hass).async_get(device_id))
    if printer_id is None:
        raise invalid(InvalidInput("unknown_printer", printer=device_id))
    return printer_id


@callback
def resolve_printers(
    hass: HomeAssistant, runtime: FarmRuntime, data: Mapping[str, Any]
) -> list[str]:
    """Printer ids targeted by a call: devices, entities, areas, labels, and ``tag``.

    An explicitly named device or entity that is no O.D.I.N. printer is ``unknown_printer``;
    areas and labels simply contribute the printers they hold. Nothing targeted: ``no_target``.
    """
    found: set[str] = set()
    selection = TargetSelection(dict(data))
    if selection.has_any_target:
        devices = dr.async_get(hass)
        entities = er.async_get(hass)
        selected = async_extract_referenced_entity_ids(hass, selection, primary_entities_only=False)
        for device_id in sorted(selected.referenced_devices):
            printer_id = printer_of_device(runtime, devices.async_get(device_id))
            if printer_id is not None:
                found.add(printer_id)
            elif device_id in selection.device_ids:
                raise invalid(InvalidInput("unknown_printer", printer=device_id))
        for entity_id in sorted(selected.referenced | selected.indirectly_referenced):
            entry = entities.async_get(entity_id)
            device = devices.async_get(entry.device_id) if entry and entry.device_id else None
            printer_id = printer_of_device(runtime, device)
            if printer_id is not None:
                found.add(printer_id)
            elif entity_id in selection.entity_ids:
                raise invalid(InvalidInput("unknown_printer", printer=entity_id))
    if ATTR_TAG in data:
        found.update(runtime.tags.printers_with_tag(data[ATTR_TAG]))
    if not found:
        raise invalid(InvalidInput("no_target"))
    return sorted(found)


def _tags_response(runtime: FarmRuntime, tags: Mapping[str, list[str]]) -> dict[str, Any]:
    return {
        "printers": [
            {"printer_id": pid, "name": runtime.tags.printer_name(pid), "tags": list(value)}
            for pid, value in sorted(tags.items())
        ]
    }


def _minutes(value: timedelta) -> float:
    return value.total_seconds() / 60


# ---------------------------------------------------------------------------- handlers


async def _async_tag(hass: HomeAssistant, call: ServiceCall, *, add: bool) -> ServiceResponse:
    runtime = async_get_runtime(hass)
    printer_ids = resolve_printers(hass, runtime, call.data)
    tags = call.data[ATTR_TAGS]
    if not tags:
        raise invalid(InvalidInput("empty_tag"))
    result = await runtime.tags.async_change_tags(
        printer_ids,
        context=call.context,
        add=tags if add else (),
        remove=() if add else tags,
    )
    return _tags_response(runtime, result) if call.return_response else None


async def _async_command(
    hass: HomeAssistant, call: ServiceCall, *, command: str
) -> ServiceResponse:
    """Pause / resume / stop every targeted printer where it applies.

    Printers in a state where the command does not apply are skipped (each hub audits its
    refusal); when it applies to none of them, the first refusal is raised.
    """
    runtime = async_get_runtime(hass)
    results: list[JsonValueType] = []
    errors: list[HomeAssistantError] = []
    for printer_id in resolve_printers(hass, runtime, call.data):
        hub = runtime.printers[printer_id]
        result = "ok"
        try:
            await hub.async_command(command, call.context)
        except HomeAssistantError as err:
            errors.append(err)
            result = err.translation_key or "error"
        results.append({"printer_id": printer_id, "name": hub.name, "result": result})
    if errors and len(errors) == len(results):
        raise errors[0]
    return {"printers": results} if call.return_response else None


async def _async_add_job(hass: HomeAssistant, call: ServiceCall) -> ServiceResponse:
    runtime = async_get_runtime(hass)
    data = call.data
    printer_id = (
        printer_of_device_id(hass, runtime, data[ATTR_PRINTER]) if data.get(ATTR_PRINTER) else None
    )
    tags_any = list(data.get("any_tags", []))
    if ATTR_TAG in data:
        tags_any.append(data[ATTR_TAG])
    with translated():
        constraints = make_constraints(
            printer_id=printer_id,
            tags_any=tags_any,
            tags_all=data.get("all_tags", []),
            model=data.get("model"),
            filament=data.get("filament"),
            nozzle_mm=data.get("nozzle_diameter"),
        )
        count = check_quantity(data.get("quantity"))
        job = make_job(
            file=data["file"],
            name=data.get("name"),
            priority=data.get("priority"),
            constraints=constraints,
            options=validate_options(data.get("options")),
            notes=data.get("notes"),
        )
    records = await runtime.queue.async_add_jobs(numbered([job] * count), context=call.context)
    if not call.return_response:
        return None
    decisions = runtime.queue.decisions()
    return {"jobs": [{**r.as_dict(), "decision": _decision(decisions.get(r.id))} for r in records]}


def _decision(decision: Decision | None) -> dict[str, Any] | None:
    return decision.as_dict() if decision is not None else None


async def _async_cancel_job(hass: HomeAssistant, call: ServiceCall) -> ServiceResponse:
    runtime = async_get_runtime(hass)
    record = await runtime.queue.async_set_job_status(
        call.data["job_id"], JobStatus.CANCELLED, context=call.context, action="job_cancelled"
    )
    return {"job": record.as_dict()} if call.return_response else None


async def _async_save_preset(hass: HomeAssistant, call: ServiceCall) -> ServiceResponse:
    runtime = async_get_runtime(hass)
    data = call.data
    targets = [key for key in (ATTR_PRINTER, ATTR_TAG, "model") if data.get(key)]
    if len(targets) > 1:
        raise invalid(InvalidInput("invalid_target", target=", ".join(targets)))
    kind, target = TargetType.ANY, None
    if targets == [ATTR_PRINTER]:
        kind, target = TargetType.PRINTER, printer_of_device_id(hass, runtime, data[ATTR_PRINTER])
    elif targets == [ATTR_TAG]:
        kind, target = TargetType.TAG, data[ATTR_TAG]
    elif targets == ["model"]:
        kind, target = TargetType.MODEL, data["model"]
    elif ATTR_TAG in data:  # given but blank
        raise invalid(InvalidInput("empty_tag"))
    with translated():
        spec = make_preset(
            name=data["name"],
            file=data["file"],
            target_type=kind,
            target=target,
            filament=data.get("filament"),
            nozzle_mm=data.get("nozzle_diameter"),
            quantity=data.get("quantity"),
            priority=data.get("priority"),
            notes=data.get("notes"),
            options=data.get("options"),
        )
    record, created = await runtime.presets.async_save_preset(spec, context=call.context)
    return {"preset": record.as_dict(), "created": created} if call.return_response else None


async def _async_delete_preset(hass: HomeAssistant, call: ServiceCall) -> ServiceResponse:
    runtime = async_get_runtime(hass)
    record = await runtime.presets.async_delete_preset(call.data["preset"], context=call.context)
    return {"preset": record.as_dict()} if call.return_response else None


async def _async_schedule_preset(hass: HomeAssistant, call: ServiceCall) -> ServiceResponse:
    runtime = async_get_runtime(hass)
    data = call.data
    records = await runtime.presets.async_schedule_preset(
        data["preset"],
        context=call.context,
        quantity=data.get("quantity"),
        priority=data.get("priority"),
        tag=data.get(ATTR_TAG),
    )
    if not call.return_response:
        return None
    decisions = runtime.queue.decisions()
    return {"jobs": [{**r.as_dict(), "decision": _decision(decisions.get(r.id))} for r in records]}


async def _async_log_drying(hass: HomeAssistant, call: ServiceCall) -> ServiceResponse:
    runtime = async_get_runtime(hass)
    data = call.data
    printer_id = (
        printer_of_device_id(hass, runtime, data[ATTR_PRINTER]) if data.get(ATTR_PRINTER) else None
    )
    started = data.get("started_at")
    with translated():
        session = make_session(
            now=dt_util.utcnow(),
            temp_c=data["temperature"],
            duration_min=_minutes(data["duration"]),
            method=data.get("method"),
            started_at=parse_when(started, "started_at") if started is not None else None,
            humidity_before=data.get("humidity_before"),
            humidity_after=data.get("humidity_after"),
            notes=data.get("notes"),
        )
    record, spool = await runtime.spools.async_log_drying(
        session,
        context=call.context,
        spool_id=data.get("spool_id"),
        printer_id=printer_id,
        slot=data.get("slot"),
    )
    if not call.return_response:
        return None
    return {"session": record.as_dict(), "spool": spool.as_dict() if spool else None}


# ---------------------------------------------------------------------------- registration

type _Handler = Callable[[HomeAssistant, ServiceCall], Coroutine[Any, Any, ServiceResponse]]

_SERVICES: Final[tuple[tuple[str, _Handler, Any], ...]] = (
    (SERVICE_TAG_PRINTER, partial(_async_tag, add=True), TAG_SCHEMA),
    (SERVICE_UNTAG_PRINTER, partial(_async_tag, add=False), TAG_SCHEMA),
    (SERVICE_ADD_JOB, _async_add_job, ADD_JOB_SCHEMA),
    (SERVICE_CANCEL_JOB, _async_cancel_job, CANCEL_JOB_SCHEMA),
    (SERVICE_SAVE_PRESET, _async_save_preset, SAVE_PRESET_SCHEMA),
    (SERVICE_DELETE_PRESET, _async_delete_preset, DELETE_PRESET_SCHEMA),
    (SERVICE_SCHEDULE_PRESET, _async_schedule_preset, SCHEDULE_PRESET_SCHEMA),
    (SERVICE_LOG_DRYING, _async_log_drying, LOG_DRYING_SCHEMA),
    *(
        (name, partial(_async_command, command=command), COMMAND_SCHEMA)
        for name, command in COMMAND_SERVICES.items()
    ),
)


@callback
def async_setup_farm_services(hass: HomeAssistant) -> None:
    """Register the farm-operation actions (responses optional)."""
    for name, handler, schema in _SERVICES:
        hass.services.async_register(
            DOMAIN,
            name,
            partial(handler, hass),
            schema=schema,
            supports_response=SupportsResponse.OPTIONAL,
        )
