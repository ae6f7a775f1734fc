"""Drying log in a real HA core: spools, log_drying, the needs-drying sensor and event, AMS
humidity from the simulated printer, linked humidity sensors, restarts."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from homeassistant.auth.models import User
from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util
from pytest_homeassistant_custom_component.common import MockConfigEntry, async_capture_events
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.odin.helpers import async_get_runtime
from custom_components.odin.ops.spools import EVENT_SPOOL_NEEDS_DRYING
from simulators.bambu import BambuSimulator

from .test_farm_ops import DRYING, audit_rows, call, counts, device_of, refused, wait_until


async def ws_call(ws: Any, **msg: Any) -> Any:
    await ws.send_json_auto_id(msg)
    reply = await ws.receive_json()
    assert reply["success"], reply
    return reply["result"]


def sensor_value(hass: HomeAssistant) -> int:
    state = hass.states.get(DRYING)
    assert state is not None
    return int(state.state)


async def test_needs_drying_by_time_and_log_drying(
    hass: HomeAssistant,
    loaded_farm: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
    hass_admin_user: User,
) -> None:
    events = async_capture_events(hass, EVENT_SPOOL_NEEDS_DRYING)
    ws = await hass_ws_client(hass)
    now = dt_util.utcnow()
    opened = (now - timedelta(days=2)).isoformat()
    pa = (
        await ws_call(
            ws, type="odin/spools/save", material="pa-cf", brand="Bambu", opened_at=opened
        )
    )["spool"]
    pla = (await ws_call(ws, type="odin/spools/save", material="PLA", opened_at=opened))["spool"]
    assert pa["material"] == "PA-CF"
    assert pa["drying"]["needs_drying"] is False  # 2 of 3 days
    assert pa["drying"]["max_days"] == 3
    assert pla["drying"]["tracked"] is False
    assert sensor_value(hass) == 0

    # time passes: the monitor runs (every 10 min; here with an explicit clock)
    runtime = async_get_runtime(hass)
    assert runtime.spools.async_evaluate_drying(now + timedelta(days=1, hours=1)) == [
        pa["spool_id"]
    ]
    await hass.async_block_till_done()
    assert sensor_value(hass) == 1
    attrs = hass.states.get(DRYING).attributes  # type: ignore[union-attr]
    assert attrs["spools"] == [
        {"spool_id": pa["spool_id"], "spool": "Bambu PA-CF", "reasons": ["time"]}
    ]
    assert len(events) == 1
    assert events[0].data["spool_id"] == pa["spool_id"]
    assert events[0].data["reasons"] == ["time"]
    # once per crossing, not on every check
    assert runtime.spools.async_evaluate_drying(now + timedelta(days=2)) == []
    await hass.async_block_till_done()
    assert len(events) == 1

    result = await call(
        hass,
        "log_drying",
        {
            "spool_id": pa["spool_id"],
            "temperature": 80,
            "duration": {"hours": 8},
            "method": "oven",
            "humidity_before": 35,
            "humidity_after": 10,
        },
        user=hass_admin_user,
    )
    session = result["session"]
    assert (session["temp_c"], session["duration_min"], session["method"]) == (80.0, 480.0, "oven")
    assert session["actor"] == hass_admin_user.name
    assert result["spool"]["spool_id"] == pa["spool_id"]
    assert sensor_value(hass) == 0  # dried: the clock starts again
    (row,) = await audit_rows(loaded_farm, "drying_logged")
    assert (row.target_type, row.target_id, row.user_name) == (
        "spool",
        str(pa["spool_id"]),
        hass_admin_user.name,
    )
    history = await ws_call(ws, type="odin/drying/history", spool_id=pa["spool_id"])
    assert [s["session_id"] for s in history["sessions"]] == [session["session_id"]]
    # the next crossing fires again
    assert runtime.spools.async_evaluate_drying(now + timedelta(days=4)) == [pa["spool_id"]]


async def test_log_drying_refuses_bad_input(
    hass: HomeAssistant, loaded_farm: MockConfigEntry, sim: BambuSimulator
) -> None:
    device = device_of(hass, loaded_farm, sim.serial)
    runtime = async_get_runtime(hass)
    spool = await runtime.spools.async_save_spool({"material": "PETG"}, context=None)
    good = {"spool_id": spool.id, "temperature": 65, "duration": "04:00:00"}
    for data, key in (
        ({**good, "spool_id": 999}, "unknown_spool"),
        ({**good, "duration": "-00:30:00"}, "invalid_duration"),
        ({**good, "duration": {"hours": 100}}, "invalid_duration"),
        ({**good, "duration": 0}, "invalid_duration"),
        ({**good, "temperature": -20}, "invalid_temperature"),
        ({**good, "temperature": 500}, "invalid_temperature"),
        ({**good, "humidity_before": 150}, "invalid_humidity"),
        ({**good, "humidity_after": -1}, "invalid_humidity"),
        ({**good, "method": "microwave"}, "invalid_method"),
        ({**good, "started_at": (dt_util.now() + timedelta(days=1)).isoformat()}, "in_future"),
        ({"temperature": 65, "duration": "01:00:00"}, "no_spool_given"),
        ({"printer": device.id, "temperature": 65, "duration": "01:00:00"}, "no_spool_given"),
        (
            {"printer": device.id, "slot": "Q7", "temperature": 65, "duration": "01:00"},
            "invalid_slot",
        ),
        (
            {"printer": "nope", "slot": "A1", "temperature": 65, "duration": "01:00"},
            "unknown_printer",
        ),
    ):
        await refused(hass, loaded_farm, "log_drying", data, key)


async def test_ams_humidity_and_printer_slots(
    hass: HomeAssistant, loaded_farm: MockConfigEntry, sim: BambuSimulator
) -> None:
    """A spool in an AMS slot takes the unit's humidity; drying a slot logs for its spool."""
    events = async_capture_events(hass, EVENT_SPOOL_NEEDS_DRYING)
    device = device_of(hass, loaded_farm, sim.serial)
    printer_id = next(iter(loaded_farm.runtime_data.printers))
    hub = loaded_farm.runtime_data.printers[printer_id]
    runtime = async_get_runtime(hass)
    await wait_until(
        hass, lambda: hub.snapshot.online and hub.hardware is not None and bool(hub.hardware.units)
    )
    spool = await runtime.spools.async_save_spool(
        {"material": "PETG", "printer_id": printer_id, "slot": "a3", "opened_at": dt_util.utcnow()},
        context=None,
    )
    assert spool.spec.slot == "A3"
    assert runtime.spools.spool_status(spool.id).humidity == 31.0  # type: ignore[union-attr]
    assert sensor_value(hass) == 0  # PETG: 40 % RH

    # the AMS gets damp
    ams = {
        "ams": [
            {
                "id": "0",
                "humidity": "2",
                "humidity_raw": "55",
                "temp": "24.0",
                "tray": [{"id": str(i), "tray_type": "PETG"} for i in range(4)],
            }
        ]
    }
    sim.update(ams=ams)
    await wait_until(
        hass, lambda: hub.hardware is not None and hub.hardware.units[0].humidity_pct == 55.0
    )
    assert runtime.spools.async_evaluate_drying() == [spool.id]
    await hass.async_block_till_done()
    assert sensor_value(hass) == 1
    assert events[-1].data["reasons"] == ["humidity"]
    assert events[-1].data["humidity"] == 55.0

    # drying the slot (no spool named) is logged for the spool registered there
    result = await call(
        hass,
        "log_drying",
        {
            "printer": device.id,
            "slot": "A3",
            "temperature": 65,
            "duration": "08:00:00",
            "method": "ams",
        },
    )
    assert result["spool"]["spool_id"] == spool.id
    assert result["session"]["slot"] == "A3"
    # still humid in the AMS: the rule keeps saying so
    assert runtime.spools.spool_status(spool.id).reasons == ("humidity",)  # type: ignore[union-attr]
    # a slot without a registered spool is logged unlinked
    unlinked = await call(
        hass,
        "log_drying",
        {"printer": device.id, "slot": "B1", "temperature": 65, "duration": "01:00:00"},
    )
    assert unlinked["spool"] is None
    assert unlinked["session"]["printer_id"] == printer_id

    sim.update(ams={**ams, "ams": [{**ams["ams"][0], "humidity_raw": "20"}]})
    await wait_until(
        hass, lambda: hub.hardware is not None and hub.hardware.units[0].humidity_pct == 20.0
    )
    assert runtime.spools.async_evaluate_drying() == []
    await hass.async_block_till_done()
    assert sensor_value(hass) == 0


async def test_linked_humidity_sensor(hass: HomeAssistant, loaded_farm: MockConfigEntry) -> None:
    events = async_capture_events(hass, EVENT_SPOOL_NEEDS_DRYING)
    hass.states.async_set("sensor.dry_box_humidity", "12")
    runtime = async_get_runtime(hass)
    spool = await runtime.spools.async_save_spool(
        {"material": "PVA", "humidity_entity_id": "sensor.dry_box_humidity"}, context=None
    )
    assert runtime.spools.spool_status(spool.id).humidity == 12.0  # type: ignore[union-attr]
    hass.states.async_set("sensor.dry_box_humidity", "48")  # followed at once
    await hass.async_block_till_done()
    assert sensor_value(hass) == 1
    assert [e.data["spool_id"] for e in events] == [spool.id]
    hass.states.async_set("sensor.dry_box_humidity", "unavailable")
    await hass.async_block_till_done()
    assert sensor_value(hass) == 0  # unknown humidity: no humidity reason


async def test_state_survives_a_reload(hass: HomeAssistant, loaded_farm: MockConfigEntry) -> None:
    events = async_capture_events(hass, EVENT_SPOOL_NEEDS_DRYING)
    runtime = async_get_runtime(hass)
    spool = await runtime.spools.async_save_spool(
        {"material": "PA", "opened_at": dt_util.utcnow() - timedelta(days=10)}, context=None
    )
    await call(hass, "add_job", {"file": "keep.3mf"})
    await hass.async_block_till_done()
    assert len(events) == 1
    assert await hass.config_entries.async_reload(loaded_farm.entry_id)
    await hass.async_block_till_done()
    reloaded = async_get_runtime(hass)
    assert reloaded is not runtime
    assert reloaded.spools.spools[spool.id].needs_drying_since is not None
    assert sensor_value(hass) == 1
    assert len(events) == 1  # no second event for the same crossing
    assert [j.file for j in reloaded.queue.jobs] == ["keep.3mf"]
    assert hass.states.get("todo.o_d_i_n_print_farm_print_queue").state == "1"  # type: ignore[union-attr]


async def test_spool_and_material_commands(
    hass: HomeAssistant,
    loaded_farm: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
    hass_admin_user: User,
) -> None:
    ws = await hass_ws_client(hass)
    printer_id = next(iter(loaded_farm.runtime_data.printers))
    spool = (
        await ws_call(
            ws,
            type="odin/spools/save",
            material="PETG",
            name="Red PETG",
            colour="red",
            weight_g=1000,
            printer_id=printer_id,
            slot="A1",
            spoolman_id=5,
            opened_at=(dt_util.now() - timedelta(days=20)).replace(tzinfo=None).isoformat(),
        )
    )["spool"]
    assert spool["label"] == "Red PETG" and spool["slot"] == "A1"
    listed = (await ws_call(ws, type="odin/spools/list"))["spools"]
    assert [s["spool_id"] for s in listed] == [spool["spool_id"]]
    assert listed[0]["drying"]["days_since"] is not None

    materials = {
        m["material"]: m for m in (await ws_call(ws, type="odin/materials/list"))["materials"]
    }
    assert materials["PETG"]["max_days"] == 30 and not materials["PETG"]["overridden"]
    # a stricter PETG limit makes the 20-day-old spool need drying
    materials = {
        m["material"]: m
        for m in (
            await ws_call(
                ws, type="odin/materials/set", material="petg", max_days=14, max_humidity=35
            )
        )["materials"]
    }
    assert materials["PETG"]["max_days"] == 14 and materials["PETG"]["overridden"]
    assert sensor_value(hass) == 1
    await ws_call(ws, type="odin/materials/set", material="PETG", reset=True)
    assert sensor_value(hass) == 0
    # not tracked at all
    await ws_call(ws, type="odin/materials/set", material="PETG", max_days=None, max_humidity=None)
    assert (await ws_call(ws, type="odin/spools/list"))["spools"][0]["drying"]["tracked"] is False

    deleted = await ws_call(ws, type="odin/spools/delete", spool_id=spool["spool_id"])
    assert deleted["spool"]["spool_id"] == spool["spool_id"]
    assert (await ws_call(ws, type="odin/spools/list"))["spools"] == []

    actions = [(r.action, r.origin, r.user_name) for r in await audit_rows(loaded_farm)]
    for action in ("spool_saved", "material_set", "material_reset", "spool_deleted"):
        assert (action, "ui", hass_admin_user.name) in actions, action

    before = await counts(loaded_farm)
    for msg, key in (
        ({"type": "odin/spools/save", "material": " "}, "empty_field"),
        ({"type": "odin/spools/save", "material": "PLA", "slot": "A1"}, "slot_needs_printer"),
        ({"type": "odin/spools/save", "material": "PLA", "printer_id": "x"}, "unknown_printer"),
        ({"type": "odin/spools/save", "material": "PLA", "weight_g": -1}, "out_of_range"),
        ({"type": "odin/spools/save", "material": "PLA", "spool_id": 999}, "unknown_spool"),
        (
            {"type": "odin/spools/save", "material": "PLA", "opened_at": "yesterday"},
            "invalid_datetime",
        ),
        ({"type": "odin/spools/delete", "spool_id": spool["spool_id"]}, "unknown_spool"),
        ({"type": "odin/drying/history", "spool_id": 999}, "unknown_spool"),
        ({"type": "odin/materials/set", "material": "PA", "max_days": -2}, "out_of_range"),
        ({"type": "odin/materials/set", "material": "PA", "max_humidity": 101}, "invalid_humidity"),
        (
            {"type": "odin/drying/log", "spool_id": 999, "temp_c": 60, "duration_min": 60},
            "unknown_spool",
        ),
        (
            {"type": "odin/drying/log", "printer_id": printer_id, "temp_c": 60, "duration_min": -5},
            "invalid_duration",
        ),
    ):
        await ws.send_json_auto_id(msg)
        reply = await ws.receive_json()
        assert not reply["success"], msg
        assert reply["error"]["code"] == "home_assistant_error", msg
        assert reply["error"]["translation_key"] == key, (msg, reply["error"])
    assert await counts(loaded_farm) == before
