"""Websocket commands of the farm pages: tags, queue (with reasons), presets."""

from __future__ import annotations

from typing import Any

from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from simulators.bambu import BambuSimulator

from .test_farm_ops import STATUS, audit_rows, counts, wait_until


async def ws_call(ws: Any, **msg: Any) -> Any:
    await ws.send_json_auto_id(msg)
    reply = await ws.receive_json()
    assert reply["success"], reply
    return reply["result"]


async def ws_error(ws: Any, **msg: Any) -> dict[str, Any]:
    await ws.send_json_auto_id(msg)
    reply = await ws.receive_json()
    assert not reply["success"], reply
    return dict(reply["error"])


async def test_tags_commands(
    hass: HomeAssistant, loaded_farm: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    ws = await hass_ws_client(hass)
    printer_id = next(iter(loaded_farm.runtime_data.printers))
    assert await ws_call(ws, type="odin/tags/list") == {
        "tags": [],
        "printers": [{"printer_id": printer_id, "name": "Printer 042", "tags": []}],
    }
    result = await ws_call(
        ws, type="odin/tags/set", printer_id=printer_id, tags=["Room A", "room a", "Production"]
    )
    assert result == {"printer_id": printer_id, "tags": ["Production", "Room A"]}
    listed = await ws_call(ws, type="odin/tags/list")
    assert listed["tags"] == [
        {"tag": "production", "display": "Production", "printer_ids": [printer_id]},
        {"tag": "room a", "display": "Room A", "printer_ids": [printer_id]},
    ]
    # the fleet list shows them too
    printers = (await ws_call(ws, type="odin/printers/list"))["printers"]
    assert printers[0]["tags"] == ["Production", "Room A"]
    assert (await ws_call(ws, type="odin/tags/set", printer_id=printer_id, tags=[]))["tags"] == []
    (row, _) = await audit_rows(loaded_farm, "tags_set")
    assert row.details["removed"] == ["Production", "Room A"]

    before = await counts(loaded_farm)
    for msg, key in (
        ({"printer_id": "nope", "tags": ["a"]}, "unknown_printer"),
        ({"printer_id": printer_id, "tags": [" "]}, "empty_tag"),
    ):
        error = await ws_error(ws, type="odin/tags/set", **msg)
        assert error["translation_key"] == key
    error = await ws_error(ws, type="odin/tags/set", printer_id=printer_id, tags="Room A")
    assert error["code"] == "invalid_format"
    assert await counts(loaded_farm) == before


async def test_queue_commands(
    hass: HomeAssistant,
    loaded_farm: MockConfigEntry,
    sim: BambuSimulator,
    hass_ws_client: WebSocketGenerator,
    hass_read_only_access_token: str,
) -> None:
    ws = await hass_ws_client(hass)
    printer_id = next(iter(loaded_farm.runtime_data.printers))
    await wait_until(hass, lambda: hass.states.get(STATUS).state == "idle")  # type: ignore[union-attr]
    await ws_call(ws, type="odin/tags/set", printer_id=printer_id, tags=["Room A"])

    first = (await ws_call(ws, type="odin/queue/add", file="a.3mf", tags_any=["room a"]))["jobs"][0]
    assert first["decision"]["reason"] == "proposed"
    assert first["decision"]["printer_id"] == printer_id
    assert first["created_by"]
    more = (await ws_call(ws, type="odin/queue/add", file="b.3mf", quantity=2, priority=0))["jobs"]
    pinned = (
        await ws_call(ws, type="odin/queue/add", file="c.3mf", printer_id=printer_id, model="H2D")
    )["jobs"][0]

    listed = await ws_call(ws, type="odin/queue/list")
    items = {i["job_id"]: i for i in listed["items"]}
    assert [i["job_id"] for i in listed["items"]] == [
        first["job_id"],
        more[0]["job_id"],
        more[1]["job_id"],
        pinned["job_id"],
    ]
    assert items[more[0]["job_id"]]["decision"]["reason"] == "waiting_for_earlier_jobs"
    assert items[more[0]["job_id"]]["decision"]["order"] == 2
    assert items[pinned["job_id"]]["decision"]["reason"] == "no_printer_fits"
    assert items[pinned["job_id"]]["decision"]["unmet"] == ["model"]
    assert listed["printers"] == [
        {
            "printer_id": printer_id,
            "name": "Printer 042",
            "online": True,
            "status": "idle",
            "error": False,
            "model": "P1S",
            "tags": ["Room A"],
            "nozzle_mm": 0.4,
            "filaments": ["PETG", "PLA"],
        }
    ]

    # move the last "b" to the front: it takes the first job's priority and gets the printer
    order = await ws_call(
        ws, type="odin/queue/reorder", job_id=more[1]["job_id"], after_job_id=None
    )
    assert order["order"][0] == more[1]["job_id"]
    items = {i["job_id"]: i for i in (await ws_call(ws, type="odin/queue/list"))["items"]}
    assert items[more[1]["job_id"]]["decision"]["reason"] == "proposed"
    assert items[first["job_id"]]["decision"]["reason"] == "waiting_for_earlier_jobs"

    cancelled = await ws_call(ws, type="odin/queue/cancel", job_id=first["job_id"])
    assert cancelled["job"]["status"] == "cancelled"
    active = await ws_call(ws, type="odin/queue/list", include_finished=False)
    assert first["job_id"] not in [i["job_id"] for i in active["items"]]
    finished = (await ws_call(ws, type="odin/queue/list"))["items"][-1]
    assert finished["job_id"] == first["job_id"] and finished["decision"] is None

    # any user may read the queue
    reader = await hass_ws_client(hass, hass_read_only_access_token)
    assert (await ws_call(reader, type="odin/queue/list"))["items"]

    before = await counts(loaded_farm)
    for msg, key in (
        ({"type": "odin/queue/add", "file": ""}, "empty_field"),
        ({"type": "odin/queue/add", "file": "x", "printer_id": "nope"}, "unknown_printer"),
        ({"type": "odin/queue/add", "file": "x", "tags_all": ["nowhere"]}, "unknown_tag"),
        ({"type": "odin/queue/add", "file": "x", "priority": 1000}, "out_of_range"),
        ({"type": "odin/queue/add", "file": "x", "nozzle_mm": 9}, "out_of_range"),
        ({"type": "odin/queue/cancel", "job_id": 999}, "unknown_job"),
        ({"type": "odin/queue/cancel", "job_id": first["job_id"]}, "invalid_job_transition"),
        ({"type": "odin/queue/reorder", "job_id": first["job_id"]}, "job_not_queued"),
        (
            {"type": "odin/queue/reorder", "job_id": pinned["job_id"], "after_job_id": 999},
            "unknown_job",
        ),
    ):
        error = await ws_error(ws, **msg)
        assert error["code"] == "home_assistant_error", msg
        assert error["translation_key"] == key, (msg, error)
    assert (await ws_error(ws, type="odin/queue/add", file="x", quantity="2"))["code"] == (
        "invalid_format"
    )
    assert await counts(loaded_farm) == before


async def test_preset_commands(
    hass: HomeAssistant, loaded_farm: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    ws = await hass_ws_client(hass)
    printer_id = next(iter(loaded_farm.runtime_data.printers))
    await ws_call(ws, type="odin/tags/set", printer_id=printer_id, tags=["Room A"])
    created = await ws_call(
        ws,
        type="odin/presets/save",
        name="Gear",
        file="gear.3mf",
        target={"type": "model", "value": "P1S"},
        filament="pla",
        quantity=2,
        options={"timelapse": True},
    )
    assert created["created"] is True
    preset = created["preset"]
    assert preset["target"] == {"type": "model", "value": "P1S"}
    assert preset["filament"] == "PLA"
    # a second preset of that name is refused from the panel (no silent replace)
    error = await ws_error(ws, type="odin/presets/save", name="GEAR", file="other.3mf")
    assert error["translation_key"] == "duplicate_preset"
    # update by id
    updated = await ws_call(
        ws,
        type="odin/presets/save",
        preset_id=preset["preset_id"],
        name="Gear v2",
        file="gear2.3mf",
        target={"type": "tag", "value": "Room A"},
    )
    assert updated["created"] is False
    assert updated["preset"]["name"] == "Gear v2"

    jobs = (
        await ws_call(ws, type="odin/presets/schedule", preset_id=preset["preset_id"], quantity=3)
    )["jobs"]
    assert [j["name"] for j in jobs] == ["Gear v2 (1/3)", "Gear v2 (2/3)", "Gear v2 (3/3)"]
    assert jobs[0]["constraints"]["tags_any"] == ["Room A"]
    # "save as preset" from a queue item
    copied = await ws_call(
        ws, type="odin/presets/save", name="From queue", from_job_id=jobs[0]["job_id"]
    )
    assert copied["preset"]["file"] == "gear2.3mf"
    assert copied["preset"]["target"] == {"type": "tag", "value": "Room A"}
    names = [p["name"] for p in (await ws_call(ws, type="odin/presets/list"))["presets"]]
    assert names == ["From queue", "Gear v2"]
    await ws_call(ws, type="odin/presets/delete", preset_id=copied["preset"]["preset_id"])
    assert len((await ws_call(ws, type="odin/presets/list"))["presets"]) == 1

    before = await counts(loaded_farm)
    for msg, key in (
        ({"type": "odin/presets/delete", "preset_id": 999}, "unknown_preset"),
        ({"type": "odin/presets/schedule", "preset_id": 999}, "unknown_preset"),
        (
            {"type": "odin/presets/schedule", "preset_id": preset["preset_id"], "quantity": 0},
            "out_of_range",
        ),
        (
            {"type": "odin/presets/schedule", "preset_id": preset["preset_id"], "tag": "x"},
            "unknown_tag",
        ),
        (
            {"type": "odin/presets/save", "name": "n", "file": "f", "target": {"type": "room"}},
            "invalid_target",
        ),
        (
            {
                "type": "odin/presets/save",
                "name": "n",
                "file": "f",
                "target": {"type": "printer", "value": "x"},
            },
            "unknown_printer",
        ),
        ({"type": "odin/presets/save", "name": "n"}, "empty_field"),
        ({"type": "odin/presets/save", "name": "n", "from_job_id": 999}, "unknown_job"),
        (
            {"type": "odin/presets/save", "preset_id": 999, "name": "n", "file": "f"},
            "unknown_preset",
        ),
        (
            {"type": "odin/presets/save", "name": "n", "file": "f", "options": {"turbo": True}},
            "invalid_option",
        ),
    ):
        error = await ws_error(ws, **msg)
        assert error["translation_key"] == key, (msg, error)
    assert await counts(loaded_farm) == before
