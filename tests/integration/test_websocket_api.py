"""The odin/... websocket commands and the audit CSV view inside a real HA core."""

from __future__ import annotations

import asyncio
import csv
from datetime import datetime, timedelta
import io
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import (
    ClientSessionGenerator,
    MockHAClientWebSocket,
    WebSocketGenerator,
)

from custom_components.odin.farm.audit import Actor, AuditEntry, Origin
from custom_components.odin.farm.runs import EndRun, ErrorOnset, StartRun
from custom_components.odin.printers.model import ErrorSeverity, PrinterError, RunOutcome
from custom_components.odin.store.audit import insert_audit
from custom_components.odin.store.runs import apply_ops
from custom_components.odin.store.tags import set_tags
from simulators.bambu import BambuSimulator

ANNA = Actor(Origin.UI, user_id="u-anna", user_name="Anna")
AUTO = Actor(Origin.AUTOMATION, origin_ref="automation.requeue")


def printer_id_of(entry: MockConfigEntry) -> str:
    return next(iter(entry.runtime_data.printers))


async def seed_runs(entry: MockConfigEntry) -> str:
    """Closed runs on the farm's printer over the last days (and one far outside)."""
    printer_id = printer_id_of(entry)
    now = dt_util.utcnow()
    ops: list[Any] = []
    plan = [
        ("success", 1, 3600.0, 3000.0, [{"type": "PLA", "grams": 10}]),
        ("success", 2, 3300.0, 3000.0, [{"type": "pla", "grams": 5}]),
        ("failed", 3, 1200.0, 3000.0, [{"type": "PETG", "grams": 2}]),
        ("cancelled", 4, 600.0, 3000.0, None),
        ("success", 60, 100.0, 100.0, None),  # outside the default 30-day window
    ]
    for i, (outcome, days_ago, actual, estimate, filament) in enumerate(plan):
        ended = now - timedelta(days=days_ago)
        key = f"seed-{i}"
        ops.append(
            StartRun(
                printer_id,
                key,
                ended - timedelta(seconds=actual),
                file_name=f"{key}.3mf",
                slicer_estimate_s=estimate,
                filament=filament,
            )
        )
        ops.append(
            EndRun(
                printer_id,
                key,
                ended,
                RunOutcome(outcome),
                "event",
                failure_code="0300_8003" if outcome == "failed" else None,
                actual_s=actual,
            )
        )
    ops.append(
        ErrorOnset(
            printer_id,
            None,
            PrinterError("hms", "0C000300_00030008", ErrorSeverity.SERIOUS, "xcam"),
            now - timedelta(days=3),
        )
    )
    db = entry.runtime_data.db
    await db.write(lambda conn: apply_ops(conn, ops))
    await db.write(lambda conn: set_tags(conn, printer_id, ["Garage"]))
    return printer_id


async def seed_audit(entry: MockConfigEntry, count: int, *, newest: bool = False) -> list[int]:
    """``count`` rows an hour old (or, with ``newest``, written now)."""
    base = dt_util.utcnow() - (timedelta(0) if newest else timedelta(hours=1))
    entries = [
        AuditEntry(
            ts=base + timedelta(seconds=i),
            actor=ANNA if i % 2 else AUTO,
            action="pause" if i % 3 else "resume",
            target_type="printer",
            target_id=f"p{i % 2}",
            details={"n": i, "note": "=cmd()" if i == 0 else "ok"},
        )
        for i in range(count)
    ]
    return await entry.runtime_data.db.write(lambda conn: [insert_audit(conn, e) for e in entries])


async def call(ws: MockHAClientWebSocket, **msg: Any) -> dict[str, Any]:
    await ws.send_json_auto_id(msg)
    return await ws.receive_json()


# ---------------------------------------------------------------------------- analytics


async def test_failure_analytics(
    hass: HomeAssistant, loaded_farm: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    printer_id = await seed_runs(loaded_farm)
    ws = await hass_ws_client(hass)
    reply = await call(ws, type="odin/analytics/failures")
    assert reply["success"], reply
    result = reply["result"]
    assert result["totals"]["total"] == 4  # default: the last 30 days
    assert result["totals"]["n"] == 3
    assert result["totals"]["cancelled"] == 1
    assert result["totals"]["success_rate"] == 2 / 3
    printer = result["by_printer"][0]
    assert printer["printer_id"] == printer_id
    assert printer["name"] == "Printer 042"
    assert printer["mtbf"]["failures"] == 1
    assert printer["mtbf"]["lower_bound"] is False
    assert {m["material"] for m in result["by_material"]} == {"PLA", "PETG", None}
    assert result["by_tag"][0]["display"] == "Garage"
    assert result["reasons"][0]["description"] == "Spaghetti failure detected"
    assert result["errors"][0]["code"] == "0C000300_00030008"
    assert len(result["over_time"]["items"]) in (30, 31)
    assert result["window"]["time_zone"] == hass.config.time_zone

    start = (dt_util.utcnow() - timedelta(days=90)).isoformat()
    reply = await call(
        ws,
        type="odin/analytics/failures",
        start=start,
        bucket="week",
        tag=" garage ",
        material="pla",
        printer_id=printer_id,
    )
    assert reply["success"], reply
    assert reply["result"]["totals"]["total"] == 2
    assert reply["result"]["over_time"]["bucket"] == "week"
    assert reply["result"]["filters"]["material"] == "pla"


async def test_time_accuracy(
    hass: HomeAssistant, loaded_farm: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    await seed_runs(loaded_farm)
    ws = await hass_ws_client(hass)
    reply = await call(ws, type="odin/analytics/time_accuracy", limit=1)
    assert reply["success"], reply
    result = reply["result"]
    # successful runs only: +20 % and +10 %
    assert result["totals"]["n"] == 2
    assert result["totals"]["median_abs_error_pct"] == pytest.approx(15.0)
    assert result["totals"]["bias_pct"] == pytest.approx(15.0)
    assert result["runs_total"] == 2
    assert len(result["runs"]) == 1
    assert result["runs"][0]["estimate_source"] == "slicer"
    assert all("start" in week for week in result["weekly"])


async def test_analytics_refuses_bad_input(
    hass: HomeAssistant, loaded_farm: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    ws = await hass_ws_client(hass)
    now = dt_util.utcnow()
    cases = [
        (
            {"start": now.isoformat(), "end": (now - timedelta(days=1)).isoformat()},
            "end_before_start",
        ),
        ({"printer_id": "nope"}, "unknown_printer"),
        ({"tag": "nowhere"}, "unknown_tag"),
        ({"start": "yesterday-ish"}, "invalid_datetime"),
    ]
    for params, key in cases:
        reply = await call(ws, type="odin/analytics/failures", **params)
        assert not reply["success"]
        assert reply["error"]["code"] == "home_assistant_error"
        assert reply["error"]["translation_key"] == key, reply
    reply = await call(ws, type="odin/analytics/failures", bucket="month")
    assert reply["error"]["code"] == "invalid_format"
    reply = await call(ws, type="odin/analytics/time_accuracy", limit=0)
    assert reply["error"]["code"] == "invalid_format"


async def test_not_loaded(
    hass: HomeAssistant, loaded_farm: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    ws = await hass_ws_client(hass)
    await hass.config_entries.async_unload(loaded_farm.entry_id)
    await hass.async_block_till_done()
    for command in ("odin/analytics/failures", "odin/printers/list", "odin/audit/list"):
        reply = await call(ws, type=command)
        assert reply["error"]["translation_key"] == "not_loaded", reply
        assert reply["error"]["message"] == "The print farm is not loaded"


# ---------------------------------------------------------------------------- audit


async def test_audit_list_pages_and_filters(
    hass: HomeAssistant, loaded_farm: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    seeded = await seed_audit(loaded_farm, 120)
    ws = await hass_ws_client(hass)
    first = await call(ws, type="odin/audit/list")
    assert first["success"], first
    assert len(first["result"]["items"]) == 50
    assert isinstance(first["result"]["next"], str)
    keys = [(datetime.fromisoformat(i["ts"]), i["id"]) for i in first["result"]["items"]]
    cursor = first["result"]["next"]
    newest = await seed_audit(loaded_farm, 5, newest=True)  # written while paging
    while cursor is not None:
        page = await call(ws, type="odin/audit/list", before=cursor)
        assert page["success"], page
        keys.extend((datetime.fromisoformat(i["ts"]), i["id"]) for i in page["result"]["items"])
        cursor = page["result"]["next"]
    ids = [row_id for _, row_id in keys]
    assert len(ids) == len(set(ids))  # nothing repeated
    assert set(seeded) <= set(ids)  # nothing hidden
    assert set(newest).isdisjoint(ids)  # nothing shifted in
    assert keys == sorted(keys, reverse=True)  # newest first

    anna = await call(ws, type="odin/audit/list", user_id="u-anna", action="pause", limit=200)
    items = anna["result"]["items"]
    assert items
    assert all(i["user_name"] == "Anna" and i["action"] == "pause" for i in items)
    assert anna["result"]["next"] is None
    auto = await call(ws, type="odin/audit/list", origin="automation", target_id="p0", limit=5)
    assert {i["origin_ref"] for i in auto["result"]["items"]} == {"automation.requeue"}

    bad = await call(ws, type="odin/audit/list", before="garbage!")
    assert bad["error"]["translation_key"] == "invalid_cursor"
    bad = await call(ws, type="odin/audit/list", origin="telepathy")
    assert bad["error"]["translation_key"] == "invalid_origin"
    bad = await call(ws, type="odin/audit/list", limit=201)
    assert bad["error"]["code"] == "invalid_format"

    filters = await call(ws, type="odin/audit/filters")
    assert filters["success"]
    assert {"user_id": "u-anna", "user_name": "Anna"} in filters["result"]["users"]
    assert {"automation", "ui"} <= set(filters["result"]["origins"])
    assert {"pause", "resume"} <= set(filters["result"]["actions"])
    assert "printer" in filters["result"]["target_types"]


async def test_audit_commands_are_admin_only(
    hass: HomeAssistant,
    loaded_farm: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
    hass_read_only_access_token: str,
) -> None:
    ws = await hass_ws_client(hass, hass_read_only_access_token)
    for command in ("odin/audit/list", "odin/audit/filters"):
        reply = await call(ws, type=command)
        assert not reply["success"]
        assert reply["error"]["code"] == "unauthorized"
    # analytics and the fleet are for every user
    reply = await call(ws, type="odin/analytics/failures")
    assert reply["success"]
    reply = await call(ws, type="odin/printers/list")
    assert reply["success"]


async def test_audit_csv_export(
    hass: HomeAssistant,
    loaded_farm: MockConfigEntry,
    hass_client: ClientSessionGenerator,
    hass_client_no_auth: ClientSessionGenerator,
    hass_read_only_access_token: str,
) -> None:
    await seed_audit(loaded_farm, 600)  # several export batches
    client = await hass_client()
    response = await client.get("/api/odin/audit.csv", params={"origin": "ui"})
    assert response.status == 200
    assert response.headers["Content-Type"].startswith("text/csv")
    assert "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(await response.text())))
    assert rows[0][:3] == ["id", "ts", "user_id"]
    body = rows[1:]
    assert len(body) == 300
    ids = [int(r[0]) for r in body]
    assert ids == sorted(ids, reverse=True)
    assert {r[4] for r in body} == {"ui"}

    everything = await client.get("/api/odin/audit.csv")
    all_rows = list(csv.reader(io.StringIO(await everything.text())))[1:]
    assert len(all_rows) >= 600
    zero = next(r for r in all_rows if '"n": 0' in r[-1])
    assert zero[-1].startswith("{")  # JSON details; formula cells are quoted in text cells

    bad = await client.get("/api/odin/audit.csv", params={"start": "not a date"})
    assert bad.status == 400
    reader = await hass_client(hass_read_only_access_token)
    assert (await reader.get("/api/odin/audit.csv")).status == 401
    anonymous = await hass_client_no_auth()
    assert (await anonymous.get("/api/odin/audit.csv")).status == 401


# ---------------------------------------------------------------------------- printers


async def receive_event(ws: MockHAClientWebSocket, predicate: Any) -> dict[str, Any]:
    async with asyncio.timeout(15):
        while True:
            msg = await ws.receive_json()
            if msg.get("type") == "event" and predicate(msg["event"]):
                return msg["event"]


async def test_printers_list_and_subscribe(
    hass: HomeAssistant,
    loaded_farm: MockConfigEntry,
    sim: BambuSimulator,
    hass_ws_client: WebSocketGenerator,
) -> None:
    printer_id = printer_id_of(loaded_farm)
    await loaded_farm.runtime_data.db.write(lambda conn: set_tags(conn, printer_id, ["Garage"]))
    hub = loaded_farm.runtime_data.printers[printer_id]
    async with asyncio.timeout(15):
        while not hub.snapshot.online:
            await asyncio.sleep(0.05)
    ws = await hass_ws_client(hass)
    listed = await call(ws, type="odin/printers/list")
    assert listed["success"]
    printer = listed["result"]["printers"][0]
    assert set(printer) == {
        "printer_id",
        "name",
        "brand",
        "model",
        "status",
        "online",
        "progress",
        "remaining_s",
        "file_name",
        "job_name",
        "layer",
        "total_layers",
        "nozzle_temp",
        "bed_temp",
        "error",
        "tags",
    }
    assert printer["printer_id"] == printer_id
    assert printer["brand"] == "bambu"
    assert printer["online"] is True
    assert printer["tags"] == ["Garage"]
    assert printer["error"] is None

    listeners_before = len(hub._listeners)
    await ws.send_json_auto_id({"type": "odin/printers/subscribe"})
    result = await ws.receive_json()
    assert result["success"]
    sub_id = result["id"]
    full = await receive_event(ws, lambda e: e["type"] == "full")
    assert [p["printer_id"] for p in full["printers"]] == [printer_id]
    assert len(hub._listeners) == listeners_before + 1

    await sim.start_job("gear", duration_s=30, layers=30, estimate_s=240, prepare_s=0.2)
    update = await receive_event(
        ws, lambda e: e["type"] == "update" and e["printer"]["status"] == "printing"
    )
    assert update["printer"]["job_name"] == "gear"
    assert update["printer"]["tags"] == ["Garage"]

    await ws.send_json_auto_id({"type": "unsubscribe_events", "subscription": sub_id})
    async with asyncio.timeout(15):
        while (reply := await ws.receive_json())["type"] != "result":
            assert reply["id"] == sub_id  # events already on their way
    assert reply["success"]
    assert len(hub._listeners) == listeners_before
    await sim.stop_job()


async def test_subscribe_follows_reload_and_removal(
    hass: HomeAssistant, loaded_farm: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    printer_id = printer_id_of(loaded_farm)
    ws = await hass_ws_client(hass)
    await ws.send_json_auto_id({"type": "odin/printers/subscribe"})
    assert (await ws.receive_json())["success"]
    await receive_event(ws, lambda e: e["type"] == "full")
    old_hub = loaded_farm.runtime_data.printers[printer_id]
    assert await hass.config_entries.async_reload(loaded_farm.entry_id)
    await hass.async_block_till_done()
    again = await receive_event(ws, lambda e: e["type"] == "full")  # new hubs after reload
    assert [p["printer_id"] for p in again["printers"]] == [printer_id]
    new_hub = loaded_farm.runtime_data.printers[printer_id]
    assert new_hub is not old_hub
    assert len(new_hub._listeners) >= 1
    assert hass.config_entries.async_remove_subentry(loaded_farm, printer_id)
    removed = await receive_event(ws, lambda e: e["type"] == "removed")
    assert removed == {"type": "removed", "printer_id": printer_id}
    await hass.async_block_till_done()
    assert loaded_farm.runtime_data.printers == {}
