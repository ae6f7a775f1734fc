"""Farm operations in a real HA core: tag, queue and preset actions, targeting, audit, to-do."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

from homeassistant.auth.models import User
from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import (
    area_registry as ar,
    device_registry as dr,
    entity_registry as er,
    label_registry as lr,
)
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import WebSocketGenerator
from sqlalchemy import Connection, text

from custom_components.odin.const import DOMAIN
from custom_components.odin.helpers import async_get_runtime
from custom_components.odin.store.audit import AuditRecord, list_audit
from simulators.bambu import BambuSimulator

from .conftest import SimFactory, farm_entry

STATUS = "sensor.printer_042_status"
TODO = "todo.o_d_i_n_print_farm_print_queue"
DRYING = "sensor.o_d_i_n_print_farm_spools_needing_drying"
TABLES = (
    "queue_items",
    "presets",
    "spools",
    "drying_sessions",
    "material_drying",
    "printer_tags",
    "audit_log",
)


# ---------------------------------------------------------------------------- helpers


async def wait_until(
    hass: HomeAssistant, predicate: Callable[[], bool], timeout: float = 15
) -> None:
    """Let HA run until ``predicate()`` holds."""
    async with asyncio.timeout(timeout):
        while not predicate():
            await asyncio.sleep(0.05)
    await hass.async_block_till_done()


async def counts(entry: MockConfigEntry) -> dict[str, int]:
    """Rows per farm-operation table (and the audit log), after every queued write."""
    db = entry.runtime_data.db
    await db.write(lambda conn: None)

    def read(conn: Connection) -> dict[str, int]:
        return {
            t: int(conn.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar_one()) for t in TABLES
        }

    return await db.read(read)


async def audit_rows(entry: MockConfigEntry, action: str | None = None) -> list[AuditRecord]:
    """Audit rows, newest first (optionally of one action)."""
    db = entry.runtime_data.db
    await db.write(lambda conn: None)
    rows = await db.read(lambda conn: list_audit(conn, before=None, limit=200))
    return [r for r in rows if action is None or r.action == action]


async def call(
    hass: HomeAssistant,
    service: str,
    data: dict[str, Any],
    *,
    user: User | None = None,
    context: Context | None = None,
) -> dict[str, Any]:
    """Call an odin action with a response."""
    if context is None and user is not None:
        context = Context(user_id=user.id)
    response = await hass.services.async_call(
        DOMAIN, service, data, blocking=True, return_response=True, context=context
    )
    assert response is not None
    return dict(response)


async def refused(
    hass: HomeAssistant, entry: MockConfigEntry, service: str, data: dict[str, Any], key: str
) -> None:
    """The action raises the translated ``key`` and writes nothing."""
    before = await counts(entry)
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, service, data)
    assert err.value.translation_key == key, (service, data, err.value.translation_key)
    assert str(err.value)  # rendered from translations/en.json
    assert "{" not in str(err.value)  # every placeholder filled
    assert await counts(entry) == before, (service, data)


def device_of(hass: HomeAssistant, entry: MockConfigEntry, serial: str) -> dr.DeviceEntry:
    device = dr.async_get(hass).async_get_device_by_identifier((DOMAIN, serial), entry.entry_id)
    assert device is not None
    return device


def printer_id_of(entry: MockConfigEntry, serial: str) -> str:
    return next(pid for pid, hub in entry.runtime_data.printers.items() if hub.serial == serial)


@pytest.fixture
async def sim2(bambu_sim: SimFactory) -> BambuSimulator:
    """A second printer: an X1 Carbon (full reports)."""
    return await bambu_sim(model="BL-P001", serial="00M00A000000007", report_interval_s=0.1)


@pytest.fixture
async def two_farm(
    hass: HomeAssistant, tmp_path: Path, sim: BambuSimulator, sim2: BambuSimulator
) -> AsyncIterator[MockConfigEntry]:
    """A farm with the P1S (042) and the X1C (007), both online."""
    entry = farm_entry(tmp_path, [sim, sim2])
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await wait_until(
        hass,
        lambda: all(
            h.snapshot.online and h.info is not None for h in entry.runtime_data.printers.values()
        ),
    )
    yield entry
    if entry.state.recoverable:
        await hass.config_entries.async_unload(entry.entry_id)
        await hass.async_block_till_done()


# ---------------------------------------------------------------------------- farm device


async def test_farm_device_and_entities(
    hass: HomeAssistant, loaded_farm: MockConfigEntry, entity_registry: er.EntityRegistry
) -> None:
    device = device_of(hass, loaded_farm, loaded_farm.entry_id)
    assert device.name == "O.D.I.N. print farm"
    assert device.entry_type is dr.DeviceEntryType.SERVICE
    for entity_id in (TODO, DRYING):
        entry = entity_registry.async_get(entity_id)
        assert entry is not None, entity_id
        assert entry.device_id == device.id
        assert entry.config_subentry_id is None
    assert hass.states.get(TODO).state == "0"  # type: ignore[union-attr]
    assert hass.states.get(TODO).attributes["friendly_name"] == "O.D.I.N. print farm Print queue"  # type: ignore[union-attr]
    state = hass.states.get(DRYING)
    assert state is not None and state.state == "0"
    assert state.attributes["spools"] == [] and state.attributes["more"] == 0
    services = hass.services.async_services_for_domain(DOMAIN)
    assert {
        "tag_printer",
        "untag_printer",
        "add_job",
        "cancel_job",
        "save_preset",
        "delete_preset",
        "schedule_preset",
        "log_drying",
        "pause",
        "resume",
        "stop",
    } <= set(services)


# ---------------------------------------------------------------------------- tags


async def test_tag_targeting(
    hass: HomeAssistant,
    two_farm: MockConfigEntry,
    sim: BambuSimulator,
    sim2: BambuSimulator,
    hass_admin_user: User,
    hass_ws_client: WebSocketGenerator,
) -> None:
    p1s, x1c = printer_id_of(two_farm, sim.serial), printer_id_of(two_farm, sim2.serial)
    p1s_device, x1c_device = (
        device_of(hass, two_farm, sim.serial),
        device_of(hass, two_farm, sim2.serial),
    )
    ws = await hass_ws_client(hass)
    await ws.send_json_auto_id({"type": "odin/printers/subscribe"})
    sub_id = (await ws.receive_json())["id"]
    assert (await ws.receive_json())["event"]["type"] == "full"

    # by device
    result = await call(
        hass,
        "tag_printer",
        {"device_id": p1s_device.id, "tags": [" room  a ", "Production"]},
        user=hass_admin_user,
    )
    assert result == {
        "printers": [{"printer_id": p1s, "name": "Printer 042", "tags": ["Production", "room a"]}]
    }
    # the fleet subscription sees the tags at once
    async with asyncio.timeout(5):
        while True:
            msg = await ws.receive_json()
            assert msg["id"] == sub_id
            if msg["event"]["type"] == "update" and msg["event"]["printer"]["tags"]:
                break
    assert msg["event"]["printer"]["tags"] == ["Production", "room a"]

    # by entity (the X1C's status sensor)
    await call(hass, "tag_printer", {"entity_id": "sensor.printer_007_status", "tags": ["Room B"]})
    # by area
    area = ar.async_get(hass).async_create("Garage")
    dr.async_get(hass).async_update_device(x1c_device.id, area_id=area.id)
    result = await call(hass, "tag_printer", {"area_id": area.id, "tags": ["Garage"]})
    assert [p["printer_id"] for p in result["printers"]] == [x1c]
    # by label (on the device)
    label = lr.async_get(hass).async_create("Night shift")
    dr.async_get(hass).async_update_device(p1s_device.id, labels={label.label_id})
    result = await call(hass, "tag_printer", {"label_id": label.label_id, "tags": ["Night"]})
    assert [p["printer_id"] for p in result["printers"]] == [p1s]
    # by tag: every printer carrying "ROOM A" (case-insensitive) plus an explicit device
    result = await call(
        hass, "tag_printer", {"tag": "ROOM A", "device_id": x1c_device.id, "tags": ["Shared"]}
    )
    assert {p["printer_id"] for p in result["printers"]} == {p1s, x1c}
    assert all("Shared" in p["tags"] for p in result["printers"])
    runtime = async_get_runtime(hass)
    assert runtime.tags.tags[p1s] == ["Night", "Production", "room a", "Shared"]
    assert runtime.tags.tags[x1c] == ["Garage", "Room B", "Shared"]

    # untag by tag: every printer carrying "shared" loses it; the second time it is unknown
    result = await call(hass, "untag_printer", {"tag": "shared", "tags": ["SHARED"]})
    assert all("Shared" not in p["tags"] for p in result["printers"])
    await refused(
        hass, two_farm, "untag_printer", {"tag": "shared", "tags": ["Shared"]}, "unknown_tag"
    )

    rows = await audit_rows(two_farm, "tagged")
    assert len(rows) == 6  # one per printer changed
    first = rows[-1]
    assert (first.target_type, first.target_id, first.origin) == ("printer", p1s, "ui")
    assert first.user_name == hass_admin_user.name
    assert first.details["added"] == ["Production", "room a"]
    assert len(await audit_rows(two_farm, "untagged")) == 2


async def test_tag_actions_refuse_bad_input(
    hass: HomeAssistant, loaded_farm: MockConfigEntry, sim: BambuSimulator
) -> None:
    device = device_of(hass, loaded_farm, sim.serial)
    other = MockConfigEntry(domain="other")
    other.add_to_hass(hass)
    foreign = dr.async_get(hass).async_get_or_create(
        config_entry_id=other.entry_id, identifiers={("other", "x")}
    )
    await call(hass, "tag_printer", {"device_id": device.id, "tags": ["Room A"]})
    for service, data, key in (
        ("tag_printer", {"device_id": device.id, "tags": []}, "empty_tag"),
        ("tag_printer", {"device_id": device.id, "tags": ["ok", "  "]}, "empty_tag"),
        ("tag_printer", {"device_id": device.id, "tags": ["x" * 65]}, "text_too_long"),
        (
            "tag_printer",
            {"device_id": device.id, "tags": [f"t{i}" for i in range(40)]},
            "too_many_tags",
        ),
        ("tag_printer", {"tags": ["a"]}, "no_target"),
        ("tag_printer", {"tag": "nowhere", "tags": ["a"]}, "unknown_tag"),
        ("tag_printer", {"tag": " ", "tags": ["a"]}, "empty_tag"),
        ("tag_printer", {"device_id": foreign.id, "tags": ["a"]}, "unknown_printer"),
        ("tag_printer", {"device_id": "no-such-device", "tags": ["a"]}, "unknown_printer"),
        ("tag_printer", {"entity_id": "sensor.not_a_printer", "tags": ["a"]}, "unknown_printer"),
        ("untag_printer", {"device_id": device.id, "tags": ["Room B"]}, "unknown_tag"),
        ("untag_printer", {"area_id": "empty_area", "tags": ["Room A"]}, "no_target"),
        ("pause", {}, "no_target"),
        ("resume", {"tag": "nowhere"}, "unknown_tag"),
        ("stop", {"device_id": foreign.id}, "unknown_printer"),
    ):
        await refused(hass, loaded_farm, service, data, key)
    # 31 more tags fit, 32 + 1 do not (checked against the stored tags, atomically)
    many = [f"t{i}" for i in range(31)]
    await call(hass, "tag_printer", {"device_id": device.id, "tags": many})
    await refused(
        hass,
        loaded_farm,
        "tag_printer",
        {"device_id": device.id, "tags": ["one more"]},
        "too_many_tags",
    )


# ---------------------------------------------------------------------------- queue


async def test_add_and_cancel_jobs(
    hass: HomeAssistant,
    loaded_farm: MockConfigEntry,
    sim: BambuSimulator,
    hass_admin_user: User,
) -> None:
    device = device_of(hass, loaded_farm, sim.serial)
    printer_id = printer_id_of(loaded_farm, sim.serial)
    await wait_until(hass, lambda: hass.states.get(STATUS).state == "idle")  # type: ignore[union-attr]
    await call(hass, "tag_printer", {"device_id": device.id, "tags": ["Room A"]})

    result = await call(
        hass,
        "add_job",
        {
            "file": "gear.3mf",
            "name": "Gear",
            "priority": 5,
            "quantity": 2,
            "tag": "room a",
            "filament": "petg",
            "nozzle_diameter": 0.4,
            "notes": "two colours",
            "options": {"timelapse": True},
        },
        user=hass_admin_user,
    )
    first, second = result["jobs"]
    assert (first["name"], second["name"]) == ("Gear (1/2)", "Gear (2/2)")
    assert first["constraints"] == {
        "printer_id": None,
        "tags_any": ["room a"],
        "tags_all": [],
        "model": None,
        "filament": "PETG",
        "nozzle_mm": 0.4,
    }
    assert first["created_by"] == hass_admin_user.name
    # the idle P1S (AMS with PETG, 0.4 mm nozzle) is proposed for the first; the second waits
    assert first["decision"]["reason"] == "proposed"
    assert first["decision"]["printer_id"] == printer_id
    assert second["decision"]["reason"] == "waiting_for_earlier_jobs"
    assert hass.states.get(TODO).state == "2"  # type: ignore[union-attr]

    cancelled = await call(hass, "cancel_job", {"job_id": first["job_id"]}, user=hass_admin_user)
    assert cancelled["job"]["status"] == "cancelled"
    assert hass.states.get(TODO).state == "1"  # type: ignore[union-attr]
    runtime = async_get_runtime(hass)
    assert runtime.queue.decisions()[second["job_id"]].printer_id == printer_id

    added = await audit_rows(loaded_farm, "job_added")
    assert [r.target_id for r in added] == [str(second["job_id"]), str(first["job_id"])]
    assert all(r.user_name == hass_admin_user.name and r.origin == "ui" for r in added)
    (cancel_row,) = await audit_rows(loaded_farm, "job_cancelled")
    assert cancel_row.details == {"name": "Gear (1/2)", "from": "queued", "to": "cancelled"}

    other = MockConfigEntry(domain="other")
    other.add_to_hass(hass)
    foreign = dr.async_get(hass).async_get_or_create(
        config_entry_id=other.entry_id, identifiers={("other", "y")}
    )
    for data, key in (
        ({"file": " "}, "empty_field"),
        ({"file": "a", "priority": 500}, "out_of_range"),
        ({"file": "a", "priority": -101}, "out_of_range"),
        ({"file": "a", "quantity": 0}, "out_of_range"),
        ({"file": "a", "quantity": 51}, "out_of_range"),
        ({"file": "a", "tag": "nowhere"}, "unknown_tag"),
        ({"file": "a", "all_tags": ["Room A", ""]}, "empty_tag"),
        ({"file": "a", "printer": foreign.id}, "unknown_printer"),
        ({"file": "a", "nozzle_diameter": -0.4}, "out_of_range"),
        ({"file": "a", "options": {"speed": "ludicrous"}}, "invalid_option"),
    ):
        await refused(hass, loaded_farm, "add_job", data, key)
    for data, key in (
        ({"job_id": 999}, "unknown_job"),
        ({"job_id": first["job_id"]}, "invalid_job_transition"),  # already cancelled
    ):
        await refused(hass, loaded_farm, "cancel_job", data, key)


async def test_scheduler_sees_live_printers(
    hass: HomeAssistant, two_farm: MockConfigEntry, sim: BambuSimulator, sim2: BambuSimulator
) -> None:
    """Decisions on the real printers: model, filament loaded (AMS), nozzle, busy, offline."""
    p1s, x1c = printer_id_of(two_farm, sim.serial), printer_id_of(two_farm, sim2.serial)
    runtime = async_get_runtime(hass)
    await wait_until(hass, lambda: all(v.status == "idle" for v in runtime.queue.printer_views()))
    views = {v.printer_id: v for v in runtime.queue.printer_views()}
    assert views[p1s].model == "P1S" and views[p1s].nozzle_mm == 0.4
    assert views[p1s].filaments == frozenset({"PLA", "PETG"})

    async def add(**data: Any) -> dict[str, Any]:
        return (await call(hass, "add_job", {"file": "part.3mf", **data}))["jobs"][0]

    by_model = await add(model="X1C", priority=10)
    assert by_model["decision"]["printer_id"] == x1c
    nowhere = await add(model="H2D", priority=9)
    assert nowhere["decision"]["reason"] == "no_printer_fits"
    assert nowhere["decision"]["unmet"] == ["model"]
    assert {p["printer_id"]: p["checks"] for p in nowhere["decision"]["printers"]} == {
        p1s: ["wrong_model"],
        x1c: ["wrong_model"],
    }
    pa = await add(filament="PA-CF", priority=8)
    assert pa["decision"]["reason"] == "filament_not_loaded"
    fat_nozzle = await add(nozzle_diameter=0.6, priority=7)
    assert fat_nozzle["decision"]["reason"] == "no_printer_fits"
    assert fat_nozzle["decision"]["unmet"] == ["nozzle_mm"]
    petg = await add(filament="PETG", priority=6)
    assert petg["decision"]["printer_id"] == p1s  # the X1C is proposed to the model job

    await sim.start_job("busy_part", duration_s=60, layers=10, prepare_s=0.2)
    await wait_until(hass, lambda: hass.states.get(STATUS).state == "printing")  # type: ignore[union-attr]
    pinned = await add(printer=device_of(hass, two_farm, sim.serial).id)
    decisions = runtime.queue.decisions()
    assert decisions[pinned["job_id"]].reason == "printers_busy"
    # the P1S prints, the X1C is proposed to the model job ahead of it
    assert decisions[petg["job_id"]].reason == "waiting_for_earlier_jobs"
    assert {p.printer_id: p.checks for p in decisions[petg["job_id"]].printers} == {
        p1s: ("busy",),
        x1c: ("proposed_for_earlier_job",),
    }
    await sim2.stop_broker()
    await wait_until(hass, lambda: not two_farm.runtime_data.printers[x1c].snapshot.online)
    decisions = runtime.queue.decisions()
    assert decisions[by_model["job_id"]].reason == "printers_offline"


# ---------------------------------------------------------------------------- presets


async def test_presets(
    hass: HomeAssistant, loaded_farm: MockConfigEntry, sim: BambuSimulator, hass_admin_user: User
) -> None:
    device = device_of(hass, loaded_farm, sim.serial)
    printer_id = printer_id_of(loaded_farm, sim.serial)
    await call(hass, "tag_printer", {"device_id": device.id, "tags": ["Room A"]})
    await wait_until(hass, lambda: hass.states.get(STATUS).state == "idle")  # type: ignore[union-attr]

    saved = await call(
        hass,
        "save_preset",
        {
            "name": "Gear housing",
            "file": "gear.3mf",
            "printer": device.id,
            "filament": "PLA",
            "quantity": 3,
            "priority": 2,
            "notes": "check the plate",
            "options": {"bed_leveling": True, "plate": 2},
        },
        user=hass_admin_user,
    )
    preset = saved["preset"]
    assert saved["created"] is True
    assert preset["target"] == {"type": "printer", "value": printer_id}
    # the same name (any case) replaces it
    replaced = await call(
        hass, "save_preset", {"name": "GEAR HOUSING", "file": "gear_v2.3mf", "quantity": 3}
    )
    assert replaced["created"] is False
    assert replaced["preset"]["preset_id"] == preset["preset_id"]
    assert replaced["preset"]["target"] == {"type": "any", "value": None}

    jobs = (await call(hass, "schedule_preset", {"preset": "gear housing"}))["jobs"]
    assert [j["name"] for j in jobs] == [f"GEAR HOUSING ({i}/3)" for i in (1, 2, 3)]
    assert {j["preset_id"] for j in jobs} == {preset["preset_id"]}
    jobs = (
        await call(
            hass,
            "schedule_preset",
            {"preset": str(preset["preset_id"]), "quantity": 1, "priority": 9, "tag": "ROOM A"},
        )
    )["jobs"]
    assert len(jobs) == 1
    assert jobs[0]["priority"] == 9
    assert jobs[0]["constraints"]["tags_any"] == ["ROOM A"]
    assert jobs[0]["decision"]["printer_id"] == printer_id  # highest priority: proposed first

    for service, data, key in (
        ("schedule_preset", {"preset": "nope"}, "unknown_preset"),
        ("schedule_preset", {"preset": "gear housing", "quantity": 0}, "out_of_range"),
        ("schedule_preset", {"preset": "gear housing", "quantity": 1000}, "out_of_range"),
        ("schedule_preset", {"preset": "gear housing", "tag": "nowhere"}, "unknown_tag"),
        ("schedule_preset", {"preset": "gear housing", "tag": ""}, "empty_tag"),
        ("delete_preset", {"preset": "nope"}, "unknown_preset"),
        (
            "save_preset",
            {"name": "x", "file": "x", "tag": "Room A", "model": "P1S"},
            "invalid_target",
        ),
        ("save_preset", {"name": "x", "file": "x", "tag": "nowhere"}, "unknown_tag"),
        ("save_preset", {"name": "x", "file": "x", "tag": "  "}, "empty_tag"),
        ("save_preset", {"name": " ", "file": "x"}, "empty_field"),
        ("save_preset", {"name": "x", "file": "x", "quantity": -1}, "out_of_range"),
        ("save_preset", {"name": "x", "file": "x", "options": {"plate": 0}}, "invalid_option"),
        ("save_preset", {"name": "x", "file": "x", "printer": "no-device"}, "unknown_printer"),
    ):
        await refused(hass, loaded_farm, service, data, key)

    deleted = await call(hass, "delete_preset", {"preset": "Gear Housing"}, user=hass_admin_user)
    assert deleted["preset"]["preset_id"] == preset["preset_id"]
    runtime = async_get_runtime(hass)
    assert all(j.preset_id is None for j in runtime.queue.jobs)  # the queue keeps its jobs

    actions = {r.action: r for r in await audit_rows(loaded_farm)}
    for action in ("preset_saved", "preset_scheduled", "preset_deleted"):
        assert actions[action].target_type == "preset"
        assert actions[action].target_id == str(preset["preset_id"])
    scheduled = await audit_rows(loaded_farm, "preset_scheduled")
    assert scheduled[0].details["quantity"] == 1
    assert scheduled[0].details["tag"] == "ROOM A"
    assert actions["preset_deleted"].user_name == hass_admin_user.name


async def test_actions_audited_with_the_automation(
    hass: HomeAssistant, loaded_farm: MockConfigEntry
) -> None:
    assert await async_setup_component(
        hass,
        "automation",
        {
            "automation": {
                "id": "nightly_gears",
                "alias": "Nightly gears",
                "triggers": [{"trigger": "event", "event_type": "odin_test_queue"}],
                "actions": [
                    {"action": "odin.save_preset", "data": {"name": "Nightly", "file": "n.3mf"}},
                    {"action": "odin.schedule_preset", "data": {"preset": "Nightly"}},
                    {"action": "odin.add_job", "data": {"file": "extra.3mf"}},
                ],
            }
        },
    )
    hass.bus.async_fire("odin_test_queue")
    await hass.async_block_till_done()
    rows = {r.action: r for r in await audit_rows(loaded_farm)}
    for action in ("preset_saved", "preset_scheduled", "job_added"):
        assert rows[action].origin == "automation", action
        assert rows[action].origin_ref == "automation.nightly_gears"
        assert rows[action].user_id is None
    runtime = async_get_runtime(hass)
    assert {j.created_by for j in runtime.queue.jobs} == {"automation.nightly_gears"}


# ---------------------------------------------------------------------------- to-do list


async def test_todo_round_trip(
    hass: HomeAssistant, loaded_farm: MockConfigEntry, hass_admin_user: User
) -> None:
    ctx = Context(user_id=hass_admin_user.id)

    async def todo(service: str, **data: Any) -> Any:
        return await hass.services.async_call(
            "todo",
            service,
            {"entity_id": TODO, **data},
            blocking=True,
            context=ctx,
            return_response=service == "get_items",
        )

    async def items() -> list[dict[str, Any]]:
        return list((await todo("get_items"))[TODO]["items"])

    await todo("add_item", item="benchy.3mf", description="first")
    await todo("add_item", item="Cube")
    listed = await items()
    assert [(i["summary"], i["status"]) for i in listed] == [
        ("benchy.3mf", "needs_action"),
        ("Cube", "needs_action"),
    ]
    assert listed[0]["description"] == "first"
    runtime = async_get_runtime(hass)
    benchy, cube = runtime.queue.jobs
    assert (benchy.file, benchy.notes, cube.file) == ("benchy.3mf", "first", "Cube")
    assert hass.states.get(TODO).state == "2"  # type: ignore[union-attr]

    # rename + notes
    await todo("update_item", item=str(benchy.id), rename="Benchy", description="hull")
    assert runtime.queue.job(benchy.id).name == "Benchy"  # type: ignore[union-attr]
    assert runtime.queue.job(benchy.id).notes == "hull"  # type: ignore[union-attr]
    # move the cube to the front
    client_ws_move = runtime.queue.async_reorder  # the to-do websocket move calls the same path
    await client_ws_move(cube.id, None, context=ctx)
    assert [i["summary"] for i in await items()] == ["Cube", "Benchy"]
    # check off: done by hand; uncheck: queued again (at the end)
    await todo("update_item", item="Cube", status="completed")
    assert runtime.queue.job(cube.id).status == "done"  # type: ignore[union-attr]
    assert [(i["summary"], i["status"]) for i in await items()] == [
        ("Benchy", "needs_action"),
        ("Cube", "completed"),
    ]
    assert hass.states.get(TODO).state == "1"  # type: ignore[union-attr]
    await todo("update_item", item=str(cube.id), status="needs_action")
    assert runtime.queue.job(cube.id).status == "queued"  # type: ignore[union-attr]
    assert [i["summary"] for i in await items()] == ["Benchy", "Cube"]
    # delete: an open job is cancelled and leaves the list
    await todo("remove_item", item=["Benchy"])
    assert [i["summary"] for i in await items()] == ["Cube"]
    assert await loaded_farm.runtime_data.db.read(
        lambda conn: conn.execute(
            text("SELECT status, removed_at IS NOT NULL FROM queue_items WHERE id = :i"),
            {"i": benchy.id},
        ).one()
    ) == ("cancelled", 1)
    # a preset's name schedules the preset
    await call(hass, "save_preset", {"name": "Gear", "file": "gear.3mf", "quantity": 2})
    await todo("add_item", item="gear")
    assert [i["summary"] for i in await items()] == ["Cube", "Gear (1/2)", "Gear (2/2)"]

    actions = [(r.action, r.user_name) for r in await audit_rows(loaded_farm)]
    for action in (
        "job_added",
        "job_updated",
        "job_moved",
        "job_done",
        "job_requeued",
        "job_removed",
    ):
        assert (action, hass_admin_user.name) in actions, action
    assert ("preset_scheduled", hass_admin_user.name) in actions

    before = await counts(loaded_farm)
    with pytest.raises(ServiceValidationError) as err:
        await todo("update_item", item=str(cube.id), rename="x" * 300)
    assert err.value.translation_key == "text_too_long"
    with pytest.raises(ServiceValidationError) as err:
        await todo("add_item", item="x" * 600)
    assert err.value.translation_key == "text_too_long"
    assert await counts(loaded_farm) == before


async def test_todo_refuses_printing_jobs(
    hass: HomeAssistant, loaded_farm: MockConfigEntry
) -> None:
    """A printing job cannot be checked off or deleted from the list (stop it at the printer)."""
    runtime = async_get_runtime(hass)
    (job,) = (await call(hass, "add_job", {"file": "a.3mf"}))["jobs"]
    db = loaded_farm.runtime_data.db
    await db.write(
        lambda conn: conn.execute(
            text("UPDATE queue_items SET status = 'printing' WHERE id = :i"), {"i": job["job_id"]}
        )
    )
    await runtime.queue.async_reload_jobs()
    for service, data in (
        ("update_item", {"item": str(job["job_id"]), "status": "completed"}),
        ("remove_item", {"item": [str(job["job_id"])]}),
    ):
        with pytest.raises(ServiceValidationError) as err:
            await hass.services.async_call(
                "todo", service, {"entity_id": TODO, **data}, blocking=True
            )
        assert err.value.translation_key == "job_printing"
    await refused(hass, loaded_farm, "cancel_job", {"job_id": job["job_id"]}, "job_printing")


# ---------------------------------------------------------------------------- commands by tag


async def test_pause_resume_stop_by_tag(
    hass: HomeAssistant,
    two_farm: MockConfigEntry,
    sim: BambuSimulator,
    sim2: BambuSimulator,
    hass_admin_user: User,
) -> None:
    p1s, x1c = printer_id_of(two_farm, sim.serial), printer_id_of(two_farm, sim2.serial)
    devices = [device_of(hass, two_farm, s.serial).id for s in (sim, sim2)]
    await call(hass, "tag_printer", {"device_id": devices, "tags": ["Room A"]})
    await wait_until(hass, lambda: hass.states.get("sensor.printer_007_status").state == "idle")  # type: ignore[union-attr]
    # nothing prints: the command applies to no printer → the refusal is raised
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, "pause", {"tag": "room a"})
    assert err.value.translation_key == "cannot_pause"

    await sim.start_job("tagged_part", duration_s=60, layers=10, prepare_s=0.2)
    await wait_until(hass, lambda: hass.states.get(STATUS).state == "printing")  # type: ignore[union-attr]
    result = await call(hass, "pause", {"tag": "ROOM A"}, user=hass_admin_user)
    assert sorted(result["printers"], key=lambda p: p["name"]) == [
        {"printer_id": x1c, "name": "Printer 007", "result": "cannot_pause"},
        {"printer_id": p1s, "name": "Printer 042", "result": "ok"},
    ]
    await wait_until(hass, lambda: hass.states.get(STATUS).state == "paused")  # type: ignore[union-attr]
    await call(hass, "resume", {"tag": "room a"})
    await wait_until(hass, lambda: hass.states.get(STATUS).state == "printing")  # type: ignore[union-attr]
    await call(hass, "stop", {"entity_id": STATUS})
    await wait_until(hass, lambda: hass.states.get(STATUS).state == "cancelled")  # type: ignore[union-attr]
    rows = [(r.action, r.target_id, r.user_name, r.result) for r in await audit_rows(two_farm)]
    assert ("pause", p1s, hass_admin_user.name, "ok") in rows
    assert ("pause", x1c, hass_admin_user.name, "refused: wrong state") in rows
