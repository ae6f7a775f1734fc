"""The PrusaLink simulator as Home Assistant core's own prusalink integration sees it.

``pyprusalink`` (HA's client library, at the version HA pins) is called against the simulator,
idle and printing, Buddy (MK4S, usb) and the Pi PrusaLink (MK3S, /local); what it returns is
read through HA core's own entity descriptions (``SENSORS``, ``BINARY_SENSORS``, ``BUTTONS``,
the job preview camera, the config flow's version check), so a field HA needs that the
simulator lacks fails here. Every answer is also validated against the official spec (the
legacy ``/api/printer`` and ``/thumb`` are not in it)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
import importlib.metadata
import json
from pathlib import Path
import re
from typing import Any

import homeassistant.components.prusalink as ha_prusalink
from homeassistant.components.prusalink.binary_sensor import BINARY_SENSORS
from homeassistant.components.prusalink.button import BUTTONS
from homeassistant.components.prusalink.config_flow import ensure_printer_is_supported
from homeassistant.components.prusalink.sensor import SENSORS
import httpx
from pyprusalink import PrusaLink
from pyprusalink.types import Conflict, InvalidAuth, NotFound, PrinterState
import pytest
import pytest_asyncio

from simulators.fixtures_prusalink import PrusaLinkSimFactory, prusalink_sim
from simulators.prusalink import PrusaLinkSimulator

from .prusalink_openapi import validator

__all__ = ["prusalink_sim"]

REQUIREMENTS = Path(__file__).resolve().parents[2] / "requirements_test.txt"
NOT_IN_SPEC = ("/api/printer", "/thumb/")


@pytest.fixture(autouse=True)
def _answers_match_the_spec(prusalink_sim: PrusaLinkSimFactory) -> Iterator[None]:
    yield
    spec = validator()
    problems = [
        problem
        for sim in prusalink_sim.sims
        for e in sim.exchanges
        if not e.path.startswith(NOT_IN_SPEC)
        for problem in spec.check(e.method, e.path, e.status, e.content_type, e.body)
    ]
    assert not problems, "\n".join(problems)


@pytest_asyncio.fixture
async def http(socket_enabled: None) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient() as client:
        yield client


def api_for(
    sim: PrusaLinkSimulator, http: httpx.AsyncClient, password: str | None = None
) -> PrusaLink:
    return PrusaLink(
        http, f"http://{sim.host}:{sim.port}", sim.username, password or sim.password or ""
    )


def test_pyprusalink_is_pinned_as_home_assistant_pins_it() -> None:
    manifest = json.loads(
        (Path(ha_prusalink.__file__).parent / "manifest.json").read_text(encoding="utf-8")
    )
    (requirement,) = [r for r in manifest["requirements"] if r.startswith("pyprusalink==")]
    assert requirement in REQUIREMENTS.read_text(encoding="utf-8").splitlines()
    assert importlib.metadata.version("pyprusalink") == requirement.split("==", 1)[1]


async def read_everything(api: PrusaLink) -> dict[str, Any]:
    """What HA's coordinators fetch (one call per coordinator) plus the storage list."""
    return {
        "legacy_status": await api.get_legacy_printer(),
        "status": await api.get_status(),
        "job": await api.get_job(),
        "info": await api.get_info(),
        "version": await api.get_version(),
        "storage": await api.get_storage(),
    }


def entity_values(data: dict[str, Any]) -> dict[str, Any]:
    """Every HA prusalink entity's value from ``data`` the way HA computes it (an entity
    whose coordinator has no data, or whose available_fn says no, is "unavailable")."""
    values: dict[str, Any] = {}
    for table in (SENSORS, BINARY_SENSORS):
        for coordinator, descriptions in table.items():
            payload = data[coordinator]
            for desc in descriptions:
                if payload is None or not desc.available_fn(payload):
                    values[desc.key] = "unavailable"
                    continue
                if not desc.supported_fn(payload):
                    continue
                value = desc.value_fn(payload)
                options = getattr(desc, "options", None)
                if options is not None:
                    assert value in options, (desc.key, value)
                values[desc.key] = value
    for coordinator, descriptions in BUTTONS.items():
        for desc in descriptions:
            values[desc.key] = desc.available_fn(data[coordinator])
    return values


def check_version(version: dict[str, Any], sim: PrusaLinkSimulator) -> None:
    ensure_printer_is_supported(version)  # raises NotSupported
    assert (version["hostname"] or version["text"]) == sim.spec.hostname  # the entry title


@pytest.mark.parametrize(("model", "segment"), [("MK4S", "usb"), ("MK3S", "local")])
async def test_home_assistant_reads_the_simulator_idle_and_printing(
    prusalink_sim: PrusaLinkSimFactory, http: httpx.AsyncClient, model: str, segment: str
) -> None:
    sim = await prusalink_sim(model=model)
    api = api_for(sim, http)

    idle = await read_everything(api)
    check_version(idle["version"], sim)
    assert idle["job"] is None  # 204: no job
    assert PrinterState(idle["status"]["printer"]["state"]) is PrinterState.IDLE
    storages = idle["storage"]
    writable = [s for s in storages if s["available"] and not s.get("read_only", False)]
    assert [s["path"].strip("/") for s in writable] == [segment]
    values = entity_values(idle)
    assert values["printer.state"] == "idle"
    assert values["printer.telemetry.temp-nozzle"] == pytest.approx(24.6)
    assert isinstance(values["printer.telemetry.material"], str)
    assert values["job.progress"] == "unavailable"
    assert values["job.filename"] == "unavailable"
    assert values["info.nozzle_diameter"] == pytest.approx(0.4)
    assert values["printer.cancel_job"] is False
    assert values["job.pause_job"] is False
    assert idle["info"]["serial"] == sim.serial

    job_id = sim.start_job("bracket_0.2mm_PLA_MK4S_1h2m", 30.0, estimate_s=3720)
    printing = await read_everything(api)
    values = entity_values(printing)
    assert values["printer.state"] == "printing"
    assert values["printer.telemetry.temp-nozzle"] == pytest.approx(214.8)
    assert values["printer.telemetry.temp-bed"] == pytest.approx(59.7)
    assert values["job.filename"] == "bracket_0.2mm_PLA_MK4S_1h2m.bgcode"
    assert 0 <= values["job.progress"] <= 100
    assert values["job.start"] is not None
    assert values["job.finish"] is not None
    assert values["printer.cancel_job"] is True
    assert values["job.pause_job"] is True
    assert values["job.resume_job"] is False
    assert printing["status"]["job"]["id"] == job_id  # what the buttons send
    assert printing["job"]["file"]["path"] == f"/{segment}"

    # the job preview camera fetches file.refs.thumbnail
    thumbnail = printing["job"]["file"]["refs"]["thumbnail"]
    assert re.fullmatch(rf"/thumb/l/{segment}/.+", thumbnail)
    assert (await api.get_file(thumbnail)).startswith(b"\x89PNG")

    # the buttons: pause, resume, cancel (as HA presses them: press_fn(api)(job id))
    pause, resume, cancel = (
        next(d for d in BUTTONS["status"] if d.key == key)
        for key in ("job.pause_job", "job.resume_job", "printer.cancel_job")
    )
    await pause.press_fn(api)(job_id)
    paused = await read_everything(api)
    assert entity_values(paused)["printer.state"] == "paused"
    assert entity_values(paused)["job.resume_job"] is True
    with pytest.raises(Conflict):
        await api.pause_job(job_id)
    await resume.press_fn(api)(job_id)
    assert (await api.get_status())["printer"]["state"] == "PRINTING"
    await cancel.press_fn(api)(job_id)
    stopped = await read_everything(api)
    assert entity_values(stopped)["printer.state"] == "stopped"
    assert sim.received_commands == [("pause", job_id), ("resume", job_id), ("stop", job_id)]
    with pytest.raises(NotFound):
        await api.cancel_job(job_id + 1)


async def test_pyprusalink_wrong_password_is_invalid_auth(
    prusalink_sim: PrusaLinkSimFactory, http: httpx.AsyncClient
) -> None:
    sim = await prusalink_sim(model="MK3S")
    with pytest.raises(InvalidAuth):
        await api_for(sim, http, password="wrong-password").get_status()


async def test_legacy_printer_shape(
    prusalink_sim: PrusaLinkSimFactory, http: httpx.AsyncClient
) -> None:
    """``/api/printer`` as the legacy spec shapes it (the Pi adds its storage)."""
    sim = await prusalink_sim(model="MK3S")
    sim.start_job("cube", 30.0)
    legacy: dict[str, Any] = dict(await api_for(sim, http).get_legacy_printer())
    assert legacy["temperature"]["tool0"] == {"actual": 214.8, "target": 215.0}
    assert legacy["state"]["flags"]["printing"] is True
    assert legacy["state"]["flags"]["operational"] is False
    assert legacy["telemetry"]["material"] == " - "  # what the Pi PrusaLink reports
    assert legacy["storage"] == {
        "local": {"free_space": 7_654_321_000, "total_space": 15_931_539_456},
        "sd_card": None,
    }
