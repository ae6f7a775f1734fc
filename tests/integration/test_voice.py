"""Voice: "add … to the print queue" reaches the farm's to-do list."""

from __future__ import annotations

from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er, intent
from homeassistant.setup import async_setup_component
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.odin.todo import VOICE_ALIAS

from .test_farm import wait_until


async def test_add_to_print_queue_by_voice(
    hass: HomeAssistant, loaded_farm: MockConfigEntry, entity_registry: er.EntityRegistry
) -> None:
    """The list answers to "Print queue"; the alias is added once and a removal sticks."""
    assert await async_setup_component(hass, "intent", {})
    await hass.async_block_till_done()
    todo_id = next(
        e.entity_id
        for e in er.async_entries_for_config_entry(entity_registry, loaded_farm.entry_id)
        if e.domain == "todo"
    )
    assert VOICE_ALIAS in entity_registry.async_get(todo_id).aliases
    await intent.async_handle(
        hass,
        "test",
        "HassListAddItem",
        {"item": {"value": "benchy.3mf"}, "name": {"value": "print queue"}},
    )
    await wait_until(
        hass,
        lambda: any(
            "benchy" in (i.get("summary") or "")
            for i in (hass.states.get(todo_id).attributes.get("items") or [{"summary": ""}])
        )
        or int(hass.states.get(todo_id).state) >= 1,
    )

    # A user who removes the alias keeps it removed across reloads.
    entity_registry.async_update_entity(todo_id, aliases=[])
    assert await hass.config_entries.async_reload(loaded_farm.entry_id)
    await hass.async_block_till_done()
    assert VOICE_ALIAS not in entity_registry.async_get(todo_id).aliases
