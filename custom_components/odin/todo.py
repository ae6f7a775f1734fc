"""The farm-wide to-do list "Print queue": the queue items, editable from HA's to-do UI.

* Each item is a queue job (uid = job id). Open items are the queued, assigned and printing
  jobs in queue order; completed items are the latest done / failed / cancelled ones.
* **Add** ("add … to the print queue", the to-do card): a preset's name schedules that preset,
  any other text becomes a job printing that file. The description is the job's notes.
* **Check off** an open job: done by hand (refused while it prints). **Uncheck** a finished
  one: queued again at the end. **Rename** / description: the job's name / notes.
* **Delete**: the job leaves the list (an open one is cancelled first). **Move**: reorders the
  queue (``odin/queue/reorder``).

Every change is audited with the caller of the to-do action.
"""

from __future__ import annotations

from typing import Any, override

from homeassistant.components.todo.const import TodoItemStatus, TodoListEntityFeature
from homeassistant.components.todo.entity import TodoItem, TodoListEntity
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import entity_registry as er
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .const import DOMAIN
from .data import FarmRuntime, OdinConfigEntry
from .farm.errors import InvalidInput
from .farm.scheduler import JobStatus
from .helpers import farm_device_info, invalid
from .store.queue import QueueRecord

PARALLEL_UPDATES = 0


async def async_setup_entry(
    hass: HomeAssistant,
    entry: OdinConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the farm's print queue."""
    async_add_entities([PrintQueueTodo(entry.runtime_data, entry)])


def todo_item(job: QueueRecord) -> TodoItem:
    """A queue job as a to-do item."""
    return TodoItem(
        summary=job.name,
        uid=str(job.id),
        status=TodoItemStatus.NEEDS_ACTION if job.active else TodoItemStatus.COMPLETED,
        description=job.notes,
        completed=None if job.active else job.ended_at,
    )


def _job_id(uid: str | None) -> int:
    try:
        return int(uid or "")
    except ValueError:
        raise invalid(InvalidInput("unknown_job", job=uid)) from None


VOICE_ALIAS = "Print queue"
VOICE_ALIAS_DONE = "voice_alias_added"


class PrintQueueTodo(TodoListEntity):
    """The print queue as a to-do list on the farm device."""

    _attr_has_entity_name = True
    _attr_should_poll = False
    _attr_translation_key = "print_queue"
    _attr_supported_features = (
        TodoListEntityFeature.CREATE_TODO_ITEM
        | TodoListEntityFeature.DELETE_TODO_ITEM
        | TodoListEntityFeature.UPDATE_TODO_ITEM
        | TodoListEntityFeature.MOVE_TODO_ITEM
        | TodoListEntityFeature.SET_DESCRIPTION_ON_ITEM
    )

    def __init__(self, runtime: FarmRuntime, entry: OdinConfigEntry) -> None:
        """Initialize."""
        self._runtime = runtime
        self._attr_unique_id = f"{entry.entry_id}_print_queue"
        self._attr_device_info = farm_device_info(entry)
        self._attr_todo_items = [todo_item(job) for job in runtime.queue.jobs]

    @override
    async def async_added_to_hass(self) -> None:
        """Follow the queue; give the list its spoken name once."""
        await super().async_added_to_hass()
        self.async_on_remove(self._runtime.queue.add_queue_listener(self._queue_changed))
        self._add_voice_alias()

    @callback
    def _add_voice_alias(self) -> None:
        """Add the alias "Print queue" once, so Assist hears "add … to the print queue".

        The full name is "<farm> Print queue"; Assist matches lists by name or alias. The alias
        is added only the first time (remembered in the entity's registry options), so a user
        who removes it keeps it removed.
        """
        registry = er.async_get(self.hass)
        entry = registry.async_get(self.entity_id)
        if entry is None:
            return
        ours: dict[str, Any] = dict(entry.options.get(DOMAIN) or {})
        if ours.get(VOICE_ALIAS_DONE):
            return
        aliases = list(entry.aliases)
        if VOICE_ALIAS not in aliases:
            aliases.append(VOICE_ALIAS)
        registry.async_update_entity(self.entity_id, aliases=aliases)
        registry.async_update_entity_options(
            self.entity_id, DOMAIN, {**ours, VOICE_ALIAS_DONE: True}
        )

    @callback
    def _queue_changed(self) -> None:
        items = [todo_item(job) for job in self._runtime.queue.jobs]
        if items != self._attr_todo_items:
            self._attr_todo_items = items
            self.async_write_ha_state()

    @override
    async def async_create_todo_item(self, item: TodoItem) -> None:
        """Queue a job (or schedule the preset of that name)."""
        await self._runtime.presets.async_add_from_text(
            item.summary, item.description, context=self._context
        )

    @override
    async def async_update_todo_item(self, item: TodoItem) -> None:
        """Rename, change notes, check off (done) or uncheck (queue again)."""
        job_id = _job_id(item.uid)
        job = self._runtime.queue.job(job_id)
        if job is None:
            raise invalid(InvalidInput("unknown_job", job=job_id))
        status: JobStatus | None = None
        if item.status == TodoItemStatus.COMPLETED and job.active:
            status = JobStatus.DONE
        elif item.status == TodoItemStatus.NEEDS_ACTION and not job.active:
            status = JobStatus.QUEUED
        await self._runtime.queue.async_update_job(
            job_id,
            context=self._context,
            name=item.summary if item.summary is not None else None,
            notes=item.description or "",
            status=status,
        )

    @override
    async def async_delete_todo_items(self, uids: list[str]) -> None:
        """Remove jobs from the list (open ones are cancelled)."""
        await self._runtime.queue.async_remove_jobs(
            [_job_id(uid) for uid in uids], context=self._context
        )

    @override
    async def async_move_todo_item(self, uid: str, previous_uid: str | None = None) -> None:
        """Reorder the queue."""
        await self._runtime.queue.async_reorder(
            _job_id(uid),
            _job_id(previous_uid) if previous_uid is not None else None,
            context=self._context,
        )
