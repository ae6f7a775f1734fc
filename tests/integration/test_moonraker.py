"""Klipper printers through Moonraker in the farm: config flow, zeroconf, runs, commands."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
import contextlib
from datetime import datetime
import functools
from ipaddress import ip_address
from pathlib import Path
from typing import Any

import aiohttp
from homeassistant.config_entries import SOURCE_USER, SOURCE_ZEROCONF
from homeassistant.core import Context, HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.helpers.service_info.zeroconf import ZeroconfServiceInfo
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from sqlalchemy import select

from custom_components.odin.const import DOMAIN, SUBENTRY_PRINTER
from custom_components.odin.printers.moonraker import MoonrakerConfig, async_probe
from custom_components.odin.store.schema import hms_events
from simulators.moonraker import MoonrakerSimulator
from tests.printers.moonraker_real import KlippyLink, RealStack, available, sliced_gcode

from .conftest import SimFactory, farm_entry
from .test_farm import _get, runs_of, state, wait_runs, wait_until

MoonrakerFactory = Any


async def test_add_moonraker_printer(
    hass: HomeAssistant, tmp_path: Path, moonraker_sim: MoonrakerFactory
) -> None:
    """Menu → Klipper: a wrong API key is refused; success uses the instance id as identity."""
    sim: MoonrakerSimulator = await moonraker_sim(api_key="secret-key", hostname="voron")
    entry = farm_entry(tmp_path, [])
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    result = await hass.config_entries.subentries.async_init(
        (entry.entry_id, SUBENTRY_PRINTER), context={"source": SOURCE_USER}
    )
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], {"next_step_id": "moonraker"}
    )
    form = {"host": sim.host, "advanced": {"port": sim.port, "ssl": False}}
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], {**form, "api_key": "wrong"}
    )
    assert result["errors"] == {"base": "invalid_auth"}
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], {**form, "api_key": "secret-key", "name": "Voron"}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    subentry = next(iter(entry.subentries.values()))
    assert subentry.unique_id == sim.instance_id
    assert subentry.data["brand"] == "moonraker"
    await wait_until(hass, lambda: state(hass, "sensor.voron_status") == "idle")
    assert await hass.config_entries.async_unload(entry.entry_id)


def _moonraker_entry(tmp_path: Path, sim: MoonrakerSimulator) -> MockConfigEntry:
    return MockConfigEntry(
        domain=DOMAIN,
        title="farm",
        data={},
        options={"db_url": f"sqlite:///{tmp_path / 'odin.db'}"},
        subentries_data=[
            {
                "data": {
                    "brand": "moonraker",
                    "host": sim.host,
                    "port": sim.port,
                    "api_key": sim.api_key,
                    "ssl": False,
                    "serial": sim.instance_id,
                },
                "subentry_type": SUBENTRY_PRINTER,
                "title": "Voron",
                "unique_id": sim.instance_id,
            }
        ],
    )


async def test_moonraker_runs_and_commands(
    hass: HomeAssistant,
    tmp_path: Path,
    moonraker_sim: MoonrakerFactory,
    hass_admin_user: Any,
) -> None:
    """complete → success, error → failed with Klipper's message, Stop → cancelled."""
    sim: MoonrakerSimulator = await moonraker_sim(status_interval_s=0.05)
    entry = _moonraker_entry(tmp_path, sim)
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    status = "sensor.voron_status"
    await wait_until(hass, lambda: state(hass, status) == "idle")

    await sim.start_job("cube.gcode", duration_s=1.0, estimate_s=900)
    await wait_until(hass, lambda: state(hass, status) == "finished")
    await sim.start_job("arm.gcode", duration_s=30)
    await wait_until(hass, lambda: state(hass, status) == "printing")
    await sim.fail_job("Move out of range: 310.000 150.000 0.400 [0.000]")
    await wait_until(hass, lambda: state(hass, status) == "failed")
    await sim.start_job("lid.gcode", duration_s=30)
    await wait_until(hass, lambda: state(hass, status) == "printing")
    await hass.services.async_call(
        "button",
        "press",
        {"entity_id": "button.voron_stop"},
        blocking=True,
        context=Context(user_id=hass_admin_user.id),
    )
    await wait_until(hass, lambda: state(hass, status) == "cancelled")
    runs = await wait_runs(
        hass, entry, lambda rs: len(rs) == 3 and all(_get(r, "outcome") for r in rs)
    )
    by_file = {_get(r, "file_name"): r for r in runs}
    assert _get(by_file["cube.gcode"], "outcome") == "success"
    assert _get(by_file["cube.gcode"], "slicer_estimate_s") == 900
    assert _get(by_file["arm.gcode"], "outcome") == "failed"
    assert "Move out of range" in str(_get(by_file["arm.gcode"], "failure_reason"))
    assert _get(by_file["lid.gcode"], "outcome") == "cancelled"
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_moonraker_zeroconf(
    hass: HomeAssistant,
    tmp_path: Path,
    moonraker_sim: MoonrakerFactory,
    bambu_sim: SimFactory,
) -> None:
    """_moonraker._tcp offers the printer; a known uuid at a new address is updated."""
    sim: MoonrakerSimulator = await moonraker_sim()
    entry = farm_entry(tmp_path, [])
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)

    def info(host: str) -> ZeroconfServiceInfo:
        return ZeroconfServiceInfo(
            ip_address=ip_address(host),
            ip_addresses=[ip_address(host)],
            port=sim.port,
            hostname="voron.local.",
            type="_moonraker._tcp.local.",
            name="Moonraker-1234 @ voron._moonraker._tcp.local.",
            properties={"uuid": sim.instance_id, "https_port": "", "version": "v0.9"},
        )

    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_ZEROCONF}, data=info(sim.host)
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "discovery_confirm"
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {})
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "printer_added"
    await hass.async_block_till_done()
    subentry = next(iter(entry.subentries.values()))
    assert subentry.unique_id == sim.instance_id
    assert subentry.data["port"] == sim.port

    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_ZEROCONF}, data=info("127.0.0.1")
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "already_configured"
    assert await hass.config_entries.async_unload(entry.entry_id)


# ---------------------------------------------------------------------------- real Moonraker

_REAL = available()


class _RealApi:
    """The few HTTP calls the test makes to the real Moonraker itself."""

    def __init__(self, session: aiohttp.ClientSession, port: int) -> None:
        self.session = session
        self.base = f"http://127.0.0.1:{port}"

    async def get(self, path: str, **params: Any) -> Any:
        async with self.session.get(self.base + path, params=params) as resp:
            assert resp.status == 200, await resp.text()
            return (await resp.json())["result"]

    async def post(self, path: str, **params: Any) -> None:
        async with self.session.post(self.base + path, params=params) as resp:
            assert resp.status == 200, await resp.text()

    async def until(self, check: Callable[[], Awaitable[bool]], timeout: float = 60) -> None:
        async with asyncio.timeout(timeout):
            while True:
                with contextlib.suppress(aiohttp.ClientError, AssertionError):
                    if await check():
                        return
                await asyncio.sleep(0.2)

    async def klippy_ready(self) -> bool:
        info = await self.get("/server/info")
        return bool(info["klippy_state"] == "ready")

    async def metadata_ready(self, name: str) -> bool:
        return "estimated_time" in await self.get("/server/files/metadata", filename=name)

    async def history(self) -> list[dict[str, Any]]:
        jobs: list[dict[str, Any]] = (await self.get("/server/history/list", limit=20))["jobs"]
        return jobs

    async def print_stats(self) -> dict[str, Any]:
        status = await self.get("/printer/objects/query", print_stats="")
        stats: dict[str, Any] = status["status"]["print_stats"]
        return stats


def _real_entry(tmp_path: Path, port: int, serial: str) -> MockConfigEntry:
    return MockConfigEntry(
        domain=DOMAIN,
        title="farm",
        data={},
        options={"db_url": f"sqlite:///{tmp_path / 'odin.db'}"},
        subentries_data=[
            {
                "data": {
                    "brand": "moonraker",
                    "host": "127.0.0.1",
                    "port": port,
                    "api_key": None,
                    "ssl": False,
                    "serial": serial,
                },
                "subentry_type": SUBENTRY_PRINTER,
                "title": "Voron",
                "unique_id": serial,
            }
        ],
    )


async def _hms_events(entry: MockConfigEntry) -> list[dict[str, Any]]:
    db = entry.runtime_data.db
    await db.write(lambda conn: None)  # barrier: every queued write is done
    return list(
        await db.read(
            lambda conn: [dict(r) for r in conn.execute(select(hms_events)).mappings().all()]
        )
    )


def _close(a: datetime, b: float) -> bool:
    return abs(a.timestamp() - b) <= 1.0


@pytest.mark.skipif(_REAL is not None, reason=_REAL or "")
async def test_real_moonraker_outages_are_not_outcomes(
    hass: HomeAssistant, tmp_path: Path, socket_enabled: None
) -> None:
    """The real Moonraker + Klipper through the hub, the run tracker and the DB.

    A Moonraker SIGTERM (history: ``server_exit``) and a klippy reconnect (history:
    ``klippy_disconnect``) mid-print, both while paused, are outages: each print is one run,
    outcome success, its start equal to Moonraker's history, its end and pause equal to
    Klipper's own ``print_stats`` figures within 1 s. A macro error fails its run with the
    full Klipper message and the error is linked to the run.
    """
    stack = await asyncio.to_thread(RealStack, tmp_path / "mr")
    await asyncio.to_thread(functools.partial(stack.prepare, klippy_link=True))
    files = {
        "sigterm.gcode": sliced_gcode(200_000, layers=8, estimate_s=600),
        "klippy.gcode": sliced_gcode(200_000, layers=8, estimate_s=600),
        "macro.gcode": sliced_gcode(30_000, layers=5, macro_error_at=15_000),
        "raise.gcode": sliced_gcode(30_000, layers=5, raise_error_at=15_000),
    }
    for name, text in files.items():
        await asyncio.to_thread(stack.write_gcode, name, text)
    link = KlippyLink(stack.link_uds, stack.uds)
    await asyncio.to_thread(link.start)
    await asyncio.to_thread(stack.start)
    entry: MockConfigEntry | None = None
    status = "sensor.voron_status"
    try:
        await asyncio.to_thread(stack.wait_port)
        async with aiohttp.ClientSession() as session:
            api = _RealApi(session, stack.port)
            await api.until(api.klippy_ready)
            for name in files:
                await api.until(functools.partial(api.metadata_ready, name))
            info = await async_probe(MoonrakerConfig("127.0.0.1", stack.port), session)
            entry = _real_entry(tmp_path, stack.port, info.serial)
            entry.add_to_hass(hass)
            assert await hass.config_entries.async_setup(entry.entry_id)
            await wait_until(hass, lambda: state(hass, status) == "idle", 60)

            async def paused_print(name: str) -> None:
                await api.post("/printer/print/start", filename=name)
                await wait_until(hass, lambda: state(hass, status) == "printing", 30)
                await api.post("/printer/print/pause")
                await wait_until(hass, lambda: state(hass, status) == "paused", 30)

            async def history_status(name: str, wanted: str) -> bool:
                jobs = [j for j in await api.history() if j["filename"] == name]
                return bool(jobs) and jobs[0]["status"] == wanted

            # 1) Moonraker SIGTERM while paused: the history says server_exit
            await paused_print("sigterm.gcode")
            await asyncio.to_thread(stack.stop_moonraker)
            await wait_until(hass, lambda: state(hass, status) == "offline", 30)
            await asyncio.sleep(2.0)
            await asyncio.to_thread(stack.start_moonraker)
            await asyncio.to_thread(stack.wait_port)
            await api.until(api.klippy_ready)
            await wait_until(hass, lambda: state(hass, status) == "paused", 30)
            assert await history_status("sigterm.gcode", "server_exit")
            runs = await runs_of(entry)
            assert len(runs) == 1
            assert _get(runs[0], "outcome") is None  # still open: an outage, not an outcome
            await api.post("/printer/print/resume")
            await wait_until(hass, lambda: state(hass, status) == "finished", 60)
            sigterm_stats = await api.print_stats()

            # 2) klippy reconnect while paused (Klippy and the print go on): klippy_disconnect
            await paused_print("klippy.gcode")
            await asyncio.to_thread(link.cut)
            await api.until(functools.partial(history_status, "klippy.gcode", "klippy_disconnect"))
            await asyncio.sleep(1.0)
            await api.until(api.klippy_ready)
            await wait_until(hass, lambda: state(hass, status) == "paused", 30)
            await api.post("/printer/print/resume")
            await wait_until(hass, lambda: state(hass, status) == "finished", 60)
            klippy_stats = await api.print_stats()

            # 3) an error inside a macro: failed, full message, linked to the run
            await api.post("/printer/print/start", filename="macro.gcode")
            await wait_until(hass, lambda: state(hass, status) == "failed", 60)
            macro_stats = await api.print_stats()
            await api.post("/printer/print/start", filename="raise.gcode")
            await wait_runs(hass, entry, lambda rs: len(rs) == 4 and _get(rs[0], "outcome"))
            raise_stats = await api.print_stats()
            history = {j["filename"]: j for j in await api.history()}

            runs = await wait_runs(
                hass, entry, lambda rs: len(rs) == 4 and all(_get(r, "outcome") for r in rs)
            )
            by_file = {_get(r, "file_name"): r for r in runs}
            cases = (("sigterm.gcode", sigterm_stats, 2.0), ("klippy.gcode", klippy_stats, 1.0))
            for name, stats, gap in cases:
                run, job = by_file[name], history[name]
                assert _get(run, "outcome") == "success", run
                assert _get(run, "job_key") == f"{job['job_id']}@{int(job['start_time'])}"
                started, ended = _get(run, "started_at"), _get(run, "ended_at")
                assert _close(started, job["start_time"]), (run, job)
                assert _close(ended, job["start_time"] + stats["total_duration"]), (run, stats)
                paused = stats["total_duration"] - stats["print_duration"]
                assert abs(_get(run, "paused_s") - paused) <= 1.0, (run, stats)
                assert abs(_get(run, "actual_s") - stats["print_duration"]) <= 1.0, (run, stats)
                assert _get(run, "paused_s") >= gap  # the pause across the outage is kept
            failed = by_file["macro.gcode"]
            assert _get(failed, "outcome") == "failed"
            message = macro_stats["message"]
            assert "Move out of range" in message, macro_stats
            assert _get(failed, "failure_reason") == message
            errors = [e for e in await _hms_events(entry) if e["code"] == "move_out_of_range"]
            assert len(errors) == 2, errors
            assert errors[0]["run_id"] == _get(failed, "id")
            assert errors[0]["message"] == message
            assert history["macro.gcode"]["status"] == "error"
            # an action_raise_error in a nested macro: Klipper's wrapper and the full text kept,
            # keyed by the error inside it
            raised = by_file["raise.gcode"]
            wrapped = raise_stats["message"].strip()
            assert wrapped.startswith("Error evaluating"), raise_stats
            assert "Move out of range: 400.000 0.000 0.000 [0.000]" in wrapped, raise_stats
            assert _get(raised, "outcome") == "failed"
            assert _get(raised, "failure_reason") == wrapped
            assert _get(raised, "failure_code") == "move_out_of_range"
            assert errors[1]["run_id"] == _get(raised, "id")
            assert errors[1]["message"] == wrapped
    except BaseException:
        for log in (stack.klippy_log, stack.moonraker_log):
            print(f"--- {log.name} ---\n" + await asyncio.to_thread(stack.tail, log, 60))
        raise
    finally:
        if entry is not None:
            await hass.config_entries.async_unload(entry.entry_id)
            await hass.async_block_till_done()
        await asyncio.to_thread(link.stop)
        await asyncio.to_thread(stack.cleanup)
