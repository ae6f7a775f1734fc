"""The guarded auto-queue against the three simulators: loop, refusals, failures, dry run."""

from __future__ import annotations

import asyncio
import hashlib
import io
import json
from pathlib import Path
from typing import Any
import zipfile

from homeassistant.core import Context, Event, HomeAssistant, callback
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from sqlalchemy import select

from custom_components.odin.const import DOMAIN, SUBENTRY_PRINTER
from custom_components.odin.farm.scheduler import Constraints, JobStatus, make_job
from custom_components.odin.helpers import async_get_runtime
from custom_components.odin.ops import dispatch
from custom_components.odin.ops.dispatch import EVENT_DISPATCH_REFUSED
from custom_components.odin.store.schema import audit_log, queue_items, runs
from simulators.bambu import BambuSimulator
from simulators.moonraker import MoonrakerSimulator
from simulators.prusalink import PrusaLinkSimulator

from .conftest import SimFactory, printer_data
from .test_farm import state, wait_until

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "files"


@pytest.fixture(autouse=True)
def files_root(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Stored files go to the test's tmp dir."""
    root = tmp_path / "odin_files"
    root.mkdir()
    monkeypatch.setattr(dispatch, "FILES_DIR", (str(root),))
    return root


def _sub(data: dict[str, Any], title: str, unique_id: str) -> dict[str, Any]:
    return {
        "data": data,
        "subentry_type": SUBENTRY_PRINTER,
        "title": title,
        "unique_id": unique_id,
    }


def _bambu(sim: BambuSimulator) -> dict[str, Any]:
    return _sub({**printer_data(sim), "ftp_port": sim.ftp_port}, "Bambu", sim.serial)


def _moonraker(sim: MoonrakerSimulator, **extra: Any) -> dict[str, Any]:
    # Moonraker reports neither the model nor the nozzle: the user sets them (reconfigure)
    data = {
        "brand": "moonraker",
        "host": sim.host,
        "port": sim.port,
        "api_key": sim.api_key,
        "ssl": False,
        "serial": sim.instance_id,
        "model_override": "Voron",
        "nozzle_mm": 0.4,
        **extra,
    }
    return _sub(data, "Voron", sim.instance_id)


def _prusa(sim: PrusaLinkSimulator, **extra: Any) -> dict[str, Any]:
    data = {
        "brand": "prusalink",
        "host": sim.host,
        "port": sim.port,
        "username": sim.username,
        "password": sim.password,
        "serial": sim.serial,
        "model": "MK4S",
        "nozzle_mm": 0.4,  # PrusaLink (simulator) does not report it: the user's setting
        **extra,
    }
    return _sub(data, "Prusa", sim.serial)


async def _setup(
    hass: HomeAssistant, tmp_path: Path, subentries: list[dict[str, Any]]
) -> MockConfigEntry:
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="farm",
        data={},
        options={"db_url": f"sqlite:///{tmp_path / 'odin.db'}"},
        subentries_data=subentries,
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    return entry


def _pid(entry: MockConfigEntry, title: str) -> str:
    return next(s.subentry_id for s in entry.subentries.values() if s.title == title)


async def _store(hass: HomeAssistant, root: Path, name: str, data: bytes) -> str:
    await hass.async_add_executor_job((root / name).write_bytes, data)
    dispatcher = async_get_runtime(hass).dispatcher
    record, _ = await dispatcher.async_register_file(name, context=None)
    return record.hash


async def _add_job(hass: HomeAssistant, file: str, printer_id: str, **options: Any) -> int:
    runtime = async_get_runtime(hass)
    job = make_job(file=file, constraints=Constraints(printer_id=printer_id), options=options)
    records = await runtime.queue.async_add_jobs([job], context=None)
    return records[0].id


async def _job(entry: MockConfigEntry, job_id: int) -> Any:
    return await entry.runtime_data.db.read(
        lambda c: c.execute(select(queue_items).where(queue_items.c.id == job_id)).one()
    )


async def _audit(entry: MockConfigEntry, action: str, count: int = 1) -> list[Any]:
    """The audit rows of ``action`` once there are ``count`` (rows are written async)."""
    async with asyncio.timeout(5):
        while True:
            rows = await entry.runtime_data.db.read(
                lambda c: c.execute(select(audit_log).where(audit_log.c.action == action)).all()
            )
            if len(rows) >= count:
                return list(rows)
            await asyncio.sleep(0.02)


async def _dispatch(hass: HomeAssistant, **data: Any) -> dict[str, Any]:
    result = await hass.services.async_call(
        DOMAIN, "dispatch_next", data, blocking=True, return_response=True
    )
    assert isinstance(result, dict)
    return result


async def _online(hass: HomeAssistant, entry: MockConfigEntry) -> None:
    hubs = entry.runtime_data.printers.values()
    await wait_until(
        hass, lambda: all(h.snapshot.online and h.snapshot.status == "idle" for h in hubs)
    )
    # Bambu: wait for the AMS report (filament check)
    for hub in hubs:
        if hub.subentry.data["brand"] == "bambu":
            await wait_until(
                hass, lambda hub=hub: hub.hardware is not None and bool(hub.hardware.units)
            )


def _refused(hass: HomeAssistant) -> list[Event]:
    events: list[Event] = []

    @callback
    def record(event: Event) -> None:  # a callback: recorded when fired, not later
        events.append(event)

    hass.bus.async_listen(EVENT_DISPATCH_REFUSED, record)
    return events


def _variant_3mf(source: bytes, old: bytes, new: bytes) -> bytes:
    """The 3MF with ``old`` replaced by ``new`` in every member (each plate G-code's ``.md5``
    written again, as the slicer would: the file stays whole)."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(source)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        members = {info.filename: src.read(info).replace(old, new) for info in src.infolist()}
        for info in src.infolist():
            data = members[info.filename]
            gcode = members.get(info.filename.removesuffix(".md5"))
            if info.filename.endswith(".gcode.md5") and gcode is not None:
                data = hashlib.md5(gcode, usedforsecurity=False).hexdigest().upper().encode()
            dst.writestr(info, data)
    return out.getvalue()


async def test_auto_queue_loop_three_printers(
    hass: HomeAssistant,
    tmp_path: Path,
    files_root: Path,
    bambu_sim: SimFactory,
    moonraker_sim: Any,
    prusalink_sim: Any,
    hass_ws_client: Any,
) -> None:
    """Run finishes → plate cleared → next job uploaded and started on the right printer;
    every run is linked to its queue item; switch off → skipped unless forced."""
    bsim = await bambu_sim(model="C12", serial="01P00A000000077", report_interval_s=0.1)
    bsim.upload_job_s = 1.0
    msim: MoonrakerSimulator = await moonraker_sim(status_interval_s=0.05)
    msim.upload_estimate_s = 1.0
    psim: PrusaLinkSimulator = await prusalink_sim(model="MK4S")
    psim.upload_job_s = 1.0
    entry = await _setup(hass, tmp_path, [_bambu(bsim), _moonraker(msim), _prusa(psim)])
    bambu, voron, prusa = (_pid(entry, t) for t in ("Bambu", "Voron", "Prusa"))
    await _online(hass, entry)

    p1s = await _store(
        hass,
        files_root,
        "box.gcode.3mf",
        (FIXTURES / "bambu_p1s_two_plates.gcode.3mf").read_bytes(),
    )
    await _store(
        hass, files_root, "voron.gcode", (FIXTURES / "orcaslicer_voron.gcode").read_bytes()
    )
    await _store(hass, files_root, "mk4s.gcode", (FIXTURES / "prusaslicer_mk4s.gcode").read_bytes())
    first = await _add_job(hass, p1s, bambu)  # by hash
    second = await _add_job(hass, "box.gcode.3mf", bambu, plate=2)  # by stored name
    voron_job = await _add_job(hass, "voron.gcode", voron)
    prusa_job = await _add_job(hass, "mk4s.gcode", prusa)
    runtime = async_get_runtime(hass)
    await runtime.tags.async_change_tags([bambu, voron, prusa], context=None, add=["farm"])

    # Auto-queue off everywhere: skipped (dry run and real).
    result = await _dispatch(hass, tag="farm")
    assert {p["reason"] for p in result["printers"]} == {"auto_queue_off"}
    for switch in ("switch.bambu_auto_queue", "switch.voron_auto_queue", "switch.prusa_auto_queue"):
        assert state(hass, switch) == "off"
        await hass.services.async_call("switch", "turn_on", {"entity_id": switch}, blocking=True)
    assert len(await _audit(entry, "auto_queue_on", 3)) == 3

    result = await _dispatch(hass, tag="farm")
    by_printer = {p["printer_id"]: p for p in result["printers"]}
    assert result["sent"] == 3, result
    assert by_printer[bambu]["job_id"] == first
    assert by_printer[voron]["job_id"] == voron_job
    assert by_printer[prusa]["job_id"] == prusa_job
    # plate 1 wants black PLA (filament 1) and red PETG (filament 3): the simulator's black
    # PLA is tray 1, its red PETG tray 2 (tray 0 is white PLA, the old type-only choice)
    assert by_printer[bambu]["guard"]["ams_mapping"] == [1, -1, 2]
    # the right file reached the right printer
    assert len(bsim.project_files) == 1
    assert bsim.project_files[0]["param"] == "Metadata/plate_1.gcode"
    assert bsim.project_files[0]["ams_mapping"] == [1, -1, 2]
    assert list(msim.uploads) == ["voron.gcode"]
    assert list(psim.files) == ["usb/mk4s.gcode"]

    async def job_status(job_id: int) -> str:
        return str((await _job(entry, job_id)).status)

    # Every job finishes; its run is linked to its queue item.
    for job_id in (first, voron_job, prusa_job):
        for _ in range(200):
            if await job_status(job_id) == JobStatus.DONE:
                break
            await hass.async_block_till_done()
            await asyncio.sleep(0.05)
        assert await job_status(job_id) == JobStatus.DONE
    rows = await entry.runtime_data.db.read(lambda c: c.execute(select(runs)).all())
    linked = {r.queue_item_id: r for r in rows}
    assert set(linked) >= {first, voron_job, prusa_job}
    assert linked[first].printer_id == bambu
    assert linked[first].file_hash == p1s
    assert (await _job(entry, first)).run_id == linked[first].id

    # The plate was not cleared: refused, nothing sent.
    events = _refused(hass)
    result = await _dispatch(hass, entity_id="switch.bambu_auto_queue")
    assert result["refused"] == 1
    assert result["printers"][0]["reasons"][0]["code"] == "plate_not_cleared"
    assert events[-1].data["reasons"] == ["plate_not_cleared"]
    assert len(bsim.project_files) == 1
    assert (await _job(entry, second)).status == JobStatus.QUEUED

    # Plate cleared (button) → the next job goes out, plate 2.
    await hass.services.async_call(
        "button", "press", {"entity_id": "button.bambu_plate_cleared"}, blocking=True
    )
    assert len(await _audit(entry, "plate_cleared")) == 1
    result = await _dispatch(hass, entity_id="switch.bambu_auto_queue")
    assert result["sent"] == 1, result
    assert bsim.project_files[-1]["param"] == "Metadata/plate_2.gcode"
    assert len(await _audit(entry, "job_dispatched", 4)) == 4

    # queue/list shows the file and the report.
    ws = await hass_ws_client(hass)
    await ws.send_json_auto_id({"type": "odin/queue/list"})
    items = {i["job_id"]: i for i in (await ws.receive_json())["result"]["items"]}
    assert items[second]["file_info"]["hash"] == p1s
    assert items[second]["file_info"]["plate"] == 2
    assert items[second]["last_report"]["result"] == "started"
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_incompatible_files_refused(
    hass: HomeAssistant,
    tmp_path: Path,
    files_root: Path,
    bambu_sim: SimFactory,
    prusalink_sim: Any,
) -> None:
    """Wrong model, too big for the bed, wrong filament: refused with the reason, audited,
    event fired, job stays queued and nothing is sent; a dry run sends nothing."""
    bsim = await bambu_sim(model="C12", serial="01P00A000000078", report_interval_s=0.1)
    psim: PrusaLinkSimulator = await prusalink_sim(model="MK4S")
    entry = await _setup(hass, tmp_path, [_bambu(bsim), _prusa(psim, bed_x_mm=60, bed_y_mm=60)])
    bambu, prusa = _pid(entry, "Bambu"), _pid(entry, "Prusa")
    await _online(hass, entry)
    events = _refused(hass)

    x1c = await _store(
        hass, files_root, "x1c.gcode.3mf", (FIXTURES / "bambu_x1c_bracket.gcode.3mf").read_bytes()
    )
    asa = await _store(
        hass,
        files_root,
        "asa.gcode.3mf",
        _variant_3mf((FIXTURES / "bambu_p1s_two_plates.gcode.3mf").read_bytes(), b"PETG", b"ASA"),
    )
    await _store(hass, files_root, "mk4s.gcode", (FIXTURES / "prusaslicer_mk4s.gcode").read_bytes())

    # Dry run of a printer with auto-queue off + force: the guard report, nothing sent.
    wrong_model = await _add_job(hass, x1c, bambu)
    too_big = await _add_job(hass, "mk4s.gcode", prusa)
    result = await _dispatch(hass, entity_id="switch.bambu_auto_queue", force=True, dry_run=True)
    assert result["dry_run"] is True
    assert result["printers"][0]["result"] == "refused"
    assert not events  # a dry run fires nothing
    assert (await _job(entry, wrong_model)).last_report is None

    result = await _dispatch(
        hass, entity_id=["switch.bambu_auto_queue", "switch.prusa_auto_queue"], force=True
    )
    reasons = {p["printer_id"]: [r["code"] for r in p["reasons"]] for p in result["printers"]}
    assert reasons == {bambu: ["model_mismatch"], prusa: ["too_large_for_bed"]}
    assert {e.data["job_id"]: e.data["reasons"] for e in events} == {
        wrong_model: ["model_mismatch"],
        too_big: ["too_large_for_bed"],
    }
    prusa_event = next(e for e in events if e.data["printer_id"] == prusa)
    assert "larger than the 60 x 60 mm bed of Prusa" in prusa_event.data["messages"][0]
    rows = await _audit(entry, "dispatch_refused", 2)
    assert {r.target_id for r in rows} == {str(wrong_model), str(too_big)}
    assert all(r.result == "refused" for r in rows)
    job = await _job(entry, wrong_model)
    assert job.status == JobStatus.QUEUED
    assert job.last_report["reasons"][0]["code"] == "model_mismatch"

    # Wrong filament (ASA is not loaded in the AMS).
    runtime = async_get_runtime(hass)
    await runtime.queue.async_set_job_status(
        wrong_model, JobStatus.CANCELLED, context=None, action="x"
    )
    wrong_filament = await _add_job(hass, asa, bambu)
    result = await _dispatch(hass, entity_id="switch.bambu_auto_queue", force=True)
    assert [r["code"] for r in result["printers"][0]["reasons"]] == ["filament_missing"]
    assert events[-1].data["job_id"] == wrong_filament

    # A good file in a dry run: would be sent, nothing is.
    await runtime.queue.async_set_job_status(
        wrong_filament, JobStatus.CANCELLED, context=None, action="x"
    )
    good = await _store(
        hass, files_root, "ok.gcode.3mf", (FIXTURES / "bambu_p1s_two_plates.gcode.3mf").read_bytes()
    )
    good_job = await _add_job(hass, good, bambu)
    result = await _dispatch(hass, entity_id="switch.bambu_auto_queue", force=True, dry_run=True)
    assert result["would_send"] == 1
    assert result["printers"][0]["job_id"] == good_job
    assert (await _job(entry, good_job)).status == JobStatus.QUEUED
    assert bsim.project_files == []
    assert bsim.ftps is not None and not bsim.ftps.has_file("ok.gcode.3mf")
    assert psim.files == {}
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_upload_failure_requeues(
    hass: HomeAssistant, tmp_path: Path, files_root: Path, prusalink_sim: Any
) -> None:
    """The printer refuses the upload: the job is queued again with the reason; audited."""
    psim: PrusaLinkSimulator = await prusalink_sim(model="MK4S")
    psim.fail_upload = 409
    entry = await _setup(hass, tmp_path, [_prusa(psim)])
    prusa = _pid(entry, "Prusa")
    await _online(hass, entry)
    await _store(hass, files_root, "mk4s.gcode", (FIXTURES / "prusaslicer_mk4s.gcode").read_bytes())
    job_id = await _add_job(hass, "mk4s.gcode", prusa)
    events = _refused(hass)
    result = await hass.services.async_call(
        DOMAIN,
        "dispatch_next",
        {"entity_id": "switch.prusa_auto_queue", "force": True},
        blocking=True,
        return_response=True,
        context=Context(),
    )
    assert isinstance(result, dict)
    assert result["printers"][0]["result"] == "upload_failed"
    job = await _job(entry, job_id)
    assert job.status == JobStatus.QUEUED
    assert job.printer_id is None
    assert job.attempts == 1
    assert job.last_report["reasons"][0]["code"] == "upload_failed"
    assert events[-1].data["reasons"] == ["upload_failed"]
    assert len(await _audit(entry, "dispatch_failed")) == 1
    assert psim.files == {}
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_unknown_model_refused_then_allowed_and_audited(
    hass: HomeAssistant, tmp_path: Path, files_root: Path, moonraker_sim: Any
) -> None:
    """A Klipper printer whose model nobody set refuses a file sliced for a printer; with
    "allow unknown models" the file goes out and the dispatch audit row says so. Another
    printer's G-code (a real MK4S file) is refused once the model is set."""
    msim: MoonrakerSimulator = await moonraker_sim(status_interval_s=0.05)
    msim.upload_estimate_s = 0.5
    entry = await _setup(
        hass, tmp_path, [_moonraker(msim, model_override=None, bed_x_mm=350, bed_y_mm=350)]
    )
    voron = _pid(entry, "Voron")
    await _online(hass, entry)
    events = _refused(hass)
    await _store(
        hass, files_root, "voron.gcode", (FIXTURES / "orcaslicer_voron.gcode").read_bytes()
    )
    job_id = await _add_job(hass, "voron.gcode", voron)

    result = await _dispatch(hass, entity_id="switch.voron_auto_queue", force=True)
    assert [r["code"] for r in result["printers"][0]["reasons"]] == ["model_unknown"]
    assert "set this printer's model" in events[-1].data["messages"][0]
    assert msim.uploads == {}

    subentry = entry.subentries[voron]
    hass.config_entries.async_update_subentry(
        entry, subentry, data={**subentry.data, "allow_unknown_model": True}
    )
    await hass.async_block_till_done()
    await _audit(entry, "printer_reconfigured")  # the hub restarted with the setting
    hub = entry.runtime_data.printers[voron]
    await wait_until(hass, lambda: hub.connected and hub.snapshot.status == "idle")
    result = await _dispatch(hass, entity_id="switch.voron_auto_queue", force=True)
    assert result["printers"][0]["result"] == "started", result
    assert result["printers"][0]["guard"]["allowed_unknowns"] == ["model"]
    rows = await _audit(entry, "job_dispatched")
    assert rows[0].target_id == str(job_id)
    details = rows[0].details if isinstance(rows[0].details, dict) else json.loads(rows[0].details)
    assert details["allowed_unknowns"] == ["model"]
    assert details["allowed_unknown_reasons"][0]["code"] == "model_unknown_allowed"
    assert list(msim.uploads) == ["voron.gcode"]
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_other_printers_gcode_refused_on_klipper(
    hass: HomeAssistant, tmp_path: Path, files_root: Path, moonraker_sim: Any
) -> None:
    """Real PrusaSlicer MK4S and Cura Ender-3 G-code to a Voron: refused (model)."""
    msim: MoonrakerSimulator = await moonraker_sim(status_interval_s=0.05)
    entry = await _setup(hass, tmp_path, [_moonraker(msim, allow_unknown_nozzle=True)])
    voron = _pid(entry, "Voron")
    await _online(hass, entry)
    real = FIXTURES / "real"
    for name in ("prusaslicer_mk4s_04_cube.gcode", "cura_ender3_bar.gcode"):
        await _store(hass, files_root, name, (real / name).read_bytes())
        job_id = await _add_job(hass, name, voron)
        result = await _dispatch(hass, entity_id="switch.voron_auto_queue", force=True)
        assert [r["code"] for r in result["printers"][0]["reasons"]] == ["model_mismatch"], name
        assert (await _job(entry, job_id)).status == JobStatus.QUEUED
        await async_get_runtime(hass).queue.async_set_job_status(
            job_id, JobStatus.CANCELLED, context=None, action="x"
        )
    assert msim.uploads == {}
    assert await hass.config_entries.async_unload(entry.entry_id)
