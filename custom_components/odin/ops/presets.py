"""Print presets of the loaded farm (the HA side of ``farm/presets.py``).

A preset schedules its queue items through the farm's queue service.
"""

from __future__ import annotations

from functools import partial

from homeassistant.core import Context
from homeassistant.util import dt as dt_util
from sqlalchemy import Connection

from ..farm.errors import InvalidInput
from ..farm.presets import PresetSpec, TargetType, expand_preset
from ..farm.scheduler import make_job
from ..helpers import actor_label, invalid, translated
from ..store.presets import (
    PresetRecord,
    delete_preset,
    find_preset_id,
    get_preset,
    list_presets,
    save_preset,
)
from ..store.queue import QueueRecord, insert_jobs
from .base import FarmService


class PresetService(FarmService):
    """Presets: find, save, delete, schedule (audited)."""

    async def async_presets(self) -> list[PresetRecord]:
        """Every preset."""
        return await self._read(list_presets)

    async def async_find_preset(self, ref: str | int) -> PresetRecord:
        """A preset by id or by name (case-insensitive); ``unknown_preset`` otherwise."""

        def find(conn: Connection) -> PresetRecord | None:
            if isinstance(ref, int) or (isinstance(ref, str) and ref.strip().isdigit()):
                record = get_preset(conn, int(ref))
                if record is not None:
                    return record
            if isinstance(ref, str) and ref.strip():
                preset_id = find_preset_id(conn, ref)
                return get_preset(conn, preset_id) if preset_id is not None else None
            return None

        record = await self._read(find)
        if record is None:
            raise invalid(InvalidInput("unknown_preset", preset=ref))
        return record

    def _check_preset_target(self, spec: PresetSpec) -> None:
        if spec.target_type is TargetType.PRINTER and spec.target is not None:
            self.check_printer(spec.target)
        elif spec.target_type is TargetType.TAG and spec.target is not None:
            self.runtime.tags.printers_with_tag(spec.target)

    async def async_save_preset(
        self,
        spec: PresetSpec,
        *,
        context: Context | None,
        preset_id: int | None = None,
        replace_by_name: bool = True,
    ) -> tuple[PresetRecord, bool]:
        """Create or replace a preset; returns it and whether it was created.

        Without ``preset_id`` a preset of the same name is replaced (``replace_by_name``) or
        refused (``duplicate_preset``); with it, that preset is updated (``unknown_preset``
        when missing, ``duplicate_preset`` when another one has the new name).
        """
        self._check_preset_target(spec)
        now = dt_util.utcnow()

        def work(conn: Connection) -> tuple[PresetRecord, bool]:
            same_name = find_preset_id(conn, spec.name)
            target_id = preset_id
            if target_id is not None:
                if get_preset(conn, target_id) is None:
                    raise InvalidInput("unknown_preset", preset=target_id)
                if same_name is not None and same_name != target_id:
                    raise InvalidInput("duplicate_preset", name=spec.name)
            elif same_name is not None:
                if not replace_by_name:
                    raise InvalidInput("duplicate_preset", name=spec.name)
                target_id = same_name
            return save_preset(conn, spec, ts=now, preset_id=target_id), target_id is None

        record, created = await self._write(work)
        await self._audit(
            "preset_saved",
            target_type="preset",
            target_id=str(record.id),
            actor=await self._actor(context),
            details={"name": record.spec.name, "created": created, "file": record.spec.file},
        )
        return record, created

    async def async_delete_preset(self, ref: str | int, *, context: Context | None) -> PresetRecord:
        """Delete a preset (queue items keep their settings)."""
        record = await self.async_find_preset(ref)
        await self._write(partial(delete_preset, preset_id=record.id))
        await (
            self.runtime.queue.async_reload_jobs()
        )  # their preset link is gone (ON DELETE SET NULL)
        await self._audit(
            "preset_deleted",
            target_type="preset",
            target_id=str(record.id),
            actor=await self._actor(context),
            details={"name": record.spec.name},
        )
        return record

    async def async_schedule_preset(
        self,
        ref: str | int,
        *,
        context: Context | None,
        quantity: int | None = None,
        priority: int | None = None,
        tag: str | None = None,
    ) -> list[QueueRecord]:
        """Create the preset's queue items at once (overrides: quantity, priority, tag)."""
        record = await self.async_find_preset(ref)
        with translated():
            jobs = expand_preset(
                record.spec, record.id, quantity=quantity, priority=priority, tag=tag
            )
        for job in jobs:
            self.runtime.queue.check_constraints(job.constraints)
        actor = await self._actor(context)
        records = await self._write(
            partial(insert_jobs, jobs=jobs, ts=dt_util.utcnow(), created_by=actor_label(actor))
        )
        await self._audit(
            "preset_scheduled",
            target_type="preset",
            target_id=str(record.id),
            actor=actor,
            details={
                "name": record.spec.name,
                "jobs": [r.id for r in records],
                "quantity": len(records),
                "priority": records[0].priority if records else None,
                "tag": tag,
            },
        )
        await self.runtime.queue.async_reload_jobs()
        return records

    async def async_add_from_text(
        self, summary: str | None, notes: str | None, *, context: Context | None
    ) -> list[QueueRecord]:
        """The to-do list's "add": a preset's name schedules that preset, else the text is the
        file to print."""
        text = (summary or "").strip()
        if text:
            preset_id = await self._read(partial(find_preset_id, name=text))
            if preset_id is not None:
                return await self.async_schedule_preset(preset_id, context=context)
        with translated():
            job = make_job(file=text, name=text, notes=notes)
        return await self.runtime.queue.async_add_jobs([job], context=context)
