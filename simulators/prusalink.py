"""A simulated Prusa printer speaking the PrusaLink v1 HTTP API (docs/protocols/prusalink.md).

An aiohttp web server on 127.0.0.1:<free port> with the printer's authentication (HTTP Digest
like the Buddy firmware: realm "Printer API", a 16-hex-digit nonce, ``stale=true`` for an
outdated nonce, no qop unless asked; user ``maker`` + password; or ``X-Api-Key``), answering
``/api/version``, ``/api/v1/info``, ``/api/v1/status``, ``/api/v1/job`` (204 without a job),
``/api/v1/storage`` (the model's storage: ``/usb/`` on Buddy firmware, ``/local`` plus a
read-only ``/sdcard`` on the Raspberry-Pi PrusaLink of the MK3S/MK3/MK2.5S), the legacy
``/api/printer`` (read by Home Assistant's own prusalink integration), uploads (only to the
model's storage, 404 otherwise),
pause/resume/stop (``PUT /api/v1/job/{id}/pause|resume``, ``DELETE /api/v1/job/{id}``) and the
camera (``/api/v1/cameras``, ``/api/v1/cameras/snap``). Every answer is shaped after the
official OpenAPI description; the tests validate each one against it
(``tests/printers/prusalink_openapi.py``). Every exchange is recorded in ``exchanges``.

Jobs are scripted with a time scale: ``start_job(name, duration_s, estimate_s=...)`` prints
for ``duration_s`` real seconds while reporting ``time_printing``/``time_remaining`` on the
``estimate_s`` scale, then FINISHED. ``fail_job`` (ERROR + message), ``stop_job`` (operator
stop at the printer: STOPPED), ``pause_job``/``resume_job``, ``attention`` (e.g. filament
runout), ``clear_job`` (back to IDLE). State is computed from the clock on every request: no
background task. ``restart()`` takes the server down and back up on the same port with the
state preserved (a new nonce, as after a printer reboot).

Run a printer on its own (scripted jobs forever)::

    python -m simulators.prusalink --model MK4S --port 8080 --password secret --cycle-seconds 60
"""

from __future__ import annotations

import argparse
import asyncio
from collections import Counter
from collections.abc import Awaitable, Callable
import contextlib
from dataclasses import dataclass, field
import hashlib
import hmac
import logging
import re
import secrets
import signal
import socket
import struct
import time
from typing import Any, Self
import zlib

from aiohttp import web

_LOGGER = logging.getLogger(__name__)

REALM = "Printer API"
DIGEST_USER = "maker"
JOB_ACTIVE = frozenset({"PRINTING", "PAUSED"})
NO_JOB_STATES = frozenset({"IDLE", "READY", "BUSY", "ERROR", "ATTENTION"})
_DIGEST_PARAM = re.compile(r'(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))')


@dataclass(frozen=True, slots=True)
class ModelSpec:
    """What a simulated model reports in ``/api/version``."""

    name: str
    printer_type: str  # /api/version "printer": type.version.subversion
    firmware: str
    link_version: str  # /api/version "version" (PrusaLink / Buddy's Link server)
    hostname: str
    nozzle_diameter: float = 0.4
    storage: str = "usb"  # the one writable storage: "usb" (Buddy) or "local" (Pi PrusaLink)

    @property
    def pi_link(self) -> bool:
        """The Raspberry-Pi PrusaLink (MK3S, MK3, MK2.5S), not Buddy firmware."""
        return self.storage == "local"


MODELS: dict[str, ModelSpec] = {
    "MK4S": ModelSpec("MK4S", "1.4.1", "6.2.4+8903", "2.1.2", "prusa-mk4s"),
    "MK4": ModelSpec("MK4", "1.4.0", "6.2.4+8903", "2.1.2", "prusa-mk4"),
    "MK3.9": ModelSpec("MK3.9", "1.3.9", "6.2.4+8903", "2.1.2", "prusa-mk39"),
    "MK3.5": ModelSpec("MK3.5", "1.3.5", "6.2.4+8903", "2.1.2", "prusa-mk35"),
    "MINI": ModelSpec("MINI", "2.1.0", "6.2.4+8903", "2.1.2", "prusa-mini"),
    "XL": ModelSpec("XL", "3.1.0", "6.2.4+8903", "2.1.2", "prusa-xl"),
    "CORE One": ModelSpec("CORE One", "7.1.0", "6.2.4+8903", "2.1.2", "prusa-core-one"),
    # the Raspberry-Pi PrusaLink 0.8: uploads go to its own "/local" folder
    "MK3S": ModelSpec("MK3S", "1.3.1", "3.14.1-8237", "0.8.1", "prusa-mk3s", storage="local"),
    "MK3": ModelSpec("MK3", "1.3.0", "3.14.1-8237", "0.8.1", "prusa-mk3", storage="local"),
    "MK2.5S": ModelSpec("MK2.5S", "1.2.6", "3.14.1-8237", "0.8.1", "prusa-mk25s", storage="local"),
}
# what the Pi PrusaLink names its folder (the name of ~/PrusaLink gcodes)
PI_LOCAL_NAME = "PrusaLink gcodes"
STATUS_STORAGE_SHAPES = frozenset({"object", "array", "none"})
# PrintFileMetadata.printer_model is an enum in the spec (MK3, MK3S, MINI)
_META_PRINTER_MODELS = frozenset({"MK3", "MK3S", "MINI"})


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port that is free on ``host`` right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def tiny_png(width: int = 8, height: int = 6, shade: int = 128) -> bytes:
    """A valid grey PNG image (the camera snapshot)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + bytes([shade % 256]) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _hhmmss(seconds: int) -> str:
    hours, rest = divmod(max(0, seconds), 3600)
    minutes, secs = divmod(rest, 60)
    days, hours = divmod(hours, 24)
    parts = [f"{days}d"] if days else []
    parts += [f"{hours}h"] if hours or days else []
    parts += [f"{minutes}m", f"{secs}s"]
    return " ".join(parts)


def _short_name(display_name: str) -> str:
    """An 8.3 short name like the printer shows (``BRACKE~1.BGC``)."""
    stem, _, ext = display_name.rpartition(".")
    if not stem:
        stem, ext = display_name, ""
    base = re.sub(r"[^A-Z0-9]", "", stem.upper())[:6] or "FILE"
    return f"{base}~1.{ext.upper()[:3]}" if ext else f"{base}~1"


@dataclass(slots=True)
class Exchange:
    """One request and the simulator's answer."""

    method: str
    path: str
    status: int
    content_type: str | None
    body: bytes
    headers: dict[str, str]


@dataclass(slots=True)
class SimJob:
    """A scripted job."""

    id: int
    display_name: str
    duration_s: float  # real seconds of printing
    estimate_s: int  # the printer's total time (reported scale)
    slicer_estimate_s: int | None
    filament_type: str | None
    filament_g: float | None
    serial_print: bool
    m_timestamp: int
    state: str = "PRINTING"  # PRINTING PAUSED FINISHED STOPPED ERROR
    attention: bool = False
    printed_real: float = 0.0
    since: float | None = None  # monotonic time printing (re)started

    @property
    def fraction(self) -> float:
        """Printed share, 0..1."""
        if self.duration_s <= 0:
            return 1.0
        return min(1.0, self.printed_real / self.duration_s)

    @property
    def time_printing(self) -> int:
        """Reported printing seconds (estimate scale)."""
        return int(self.fraction * self.estimate_s)


@dataclass(slots=True)
class _Printer:
    """Mutable printer state (kept across restarts)."""

    idle_state: str = "IDLE"  # IDLE READY BUSY ERROR ATTENTION (no job)
    message: str | None = None  # status_printer.message while not ok
    job: SimJob | None = None
    last_job_id: int = 0
    camera_image: bytes | None = None
    received_commands: list[tuple[str, int]] = field(default_factory=list)


class PrusaLinkSimulator:
    """One simulated PrusaLink printer. Start it on the event loop (``await start()``)."""

    def __init__(
        self,
        *,
        model: str = "MK4S",
        serial: str | None = None,
        name: str | None = None,
        host: str = "127.0.0.1",
        port: int | None = None,
        username: str = DIGEST_USER,
        password: str | None = "sim-prusa-pass",
        api_key: str | None = None,
        camera: bool = False,
        digest_qop: bool = False,
        nonce_lifetime_s: float | None = None,
        job_in_status_when_done: bool = True,
        first_job_id: int = 100,
        storage_endpoint: bool = True,
        status_storage: str = "object",
        storage_available: bool = True,
    ) -> None:
        """``password``: HTTP Digest for ``username``; ``api_key``: X-Api-Key (either, both,
        or neither = no authentication). ``job_in_status_when_done``: the status keeps the
        ``job`` object while FINISHED/STOPPED/ERROR (firmware differ).

        Storage (the model's: ``usb`` on Buddy, ``/local`` on the Pi PrusaLink):
        ``storage_endpoint=False`` answers ``/api/v1/storage`` with 404 (older firmware);
        ``status_storage`` shapes ``/api/v1/status.storage``: ``"object"`` (the spec),
        ``"array"`` (what the Pi PrusaLink 0.8 really sends: ``[/local, /sdcard]``, not valid
        per the spec) or ``"none"``; ``storage_available=False``: no USB drive inserted
        (Buddy) / the folder is missing (Pi), so every upload gets 404."""
        if model not in MODELS:
            raise ValueError(f"unknown model {model!r} (known: {', '.join(MODELS)})")
        if status_storage not in STATUS_STORAGE_SHAPES:
            raise ValueError(f"status_storage must be one of {sorted(STATUS_STORAGE_SHAPES)}")
        self.spec = MODELS[model]
        self._serial = serial or f"SIM{secrets.randbelow(10**16):016d}"
        self.name = name if name is not None else f"Sim {self.spec.name}"
        self._host = host
        self._port = port
        self.username = username
        self.password = password
        self.api_key = api_key
        self.camera = camera
        self.digest_qop = digest_qop
        self.nonce_lifetime_s = nonce_lifetime_s
        self.job_in_status_when_done = job_in_status_when_done
        self.storage_endpoint = storage_endpoint
        self.status_storage = status_storage
        self.storage_available = storage_available
        self._printer = _Printer(last_job_id=first_job_id - 1)
        if camera:
            self._printer.camera_image = tiny_png()
        self._nonce = secrets.token_hex(8)
        self._nonce_born = time.monotonic()
        self._runner: web.AppRunner | None = None
        self.exchanges: list[Exchange] = []
        self.request_counts: Counter[str] = Counter()
        self.auth_challenges = 0
        self.stale_challenges = 0
        self.restarts = 0
        self.files: dict[str, bytes] = {}  # "usb/name.bgcode", "local/x.gcode" -> content
        self.upload_job_s = 2.0  # how long a print started from an upload runs
        self.fail_upload: int | None = None  # answer PUT uploads with this status (404/409)
        self.drop_upload_after: int | None = None  # cut the connection after N body bytes
        self.stale_next_upload = False  # the next PUT finds its Digest nonce expired (once)

    def __repr__(self) -> str:
        """No secrets."""
        return f"<PrusaLinkSimulator {self.spec.name} {self._serial} {self._host}:{self._port}>"

    # ---- properties ---------------------------------------------------------------------

    @property
    def host(self) -> str:
        """Listen address."""
        return self._host

    @property
    def port(self) -> int:
        """Listen port (known after ``start``)."""
        if self._port is None:
            raise RuntimeError("simulator not started")
        return self._port

    @property
    def serial(self) -> str:
        """``/api/v1/info`` serial."""
        return self._serial

    @property
    def model(self) -> str:
        """Model name (MODELS key)."""
        return self.spec.name

    @property
    def running(self) -> bool:
        """True while the server accepts connections."""
        return self._runner is not None

    @property
    def job(self) -> SimJob | None:
        """The current (or last, until cleared) job."""
        self._advance()
        return self._printer.job

    @property
    def received_commands(self) -> list[tuple[str, int]]:
        """(command, job id) of every accepted pause/resume/stop request."""
        return self._printer.received_commands

    @property
    def printer_state(self) -> str:
        """The native ``printer.state`` right now."""
        self._advance()
        job = self._printer.job
        if job is None:
            return self._printer.idle_state
        if job.attention:
            return "ATTENTION"
        return job.state

    # ---- lifecycle ----------------------------------------------------------------------

    async def __aenter__(self) -> Self:
        """Start."""
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        """Stop."""
        await self.stop()

    async def start(self) -> None:
        """Listen on ``host:port`` (a free port when none was given)."""
        if self._port is None:
            self._port = free_port(self._host)
        await self._start_server()

    async def stop(self) -> None:
        """Close the server and every connection."""
        await self.stop_server()

    async def restart(self, down_s: float = 0.0) -> None:
        """Take the server down (connections drop) and back up on the same port after
        ``down_s``; the printer state (and a running job's clock) is preserved."""
        await self.stop_server()
        if down_s > 0:
            await asyncio.sleep(down_s)
        await self.start_server()
        self.restarts += 1

    async def stop_server(self) -> None:
        """The printer is unreachable until ``start_server``."""
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    async def start_server(self) -> None:
        """Reachable again (a rebooted printer: new digest nonce)."""
        self._nonce = secrets.token_hex(8)
        self._nonce_born = time.monotonic()
        await self._start_server()

    async def _start_server(self) -> None:
        if self._runner is not None:
            return
        app = web.Application(middlewares=[self._record_middleware, self._auth_middleware])
        app.router.add_get("/api/version", self._h_version)
        app.router.add_get("/api/v1/info", self._h_info)
        app.router.add_get("/api/v1/status", self._h_status)
        app.router.add_get("/api/v1/job", self._h_job)
        app.router.add_get("/api/v1/storage", self._h_storage)
        app.router.add_get("/api/printer", self._h_legacy_printer)
        app.router.add_get("/thumb/{size}/{storage}/{path:.+}", self._h_thumbnail)
        app.router.add_put("/api/v1/job/{id}/pause", self._h_pause)
        app.router.add_put("/api/v1/job/{id}/resume", self._h_resume)
        app.router.add_delete("/api/v1/job/{id}", self._h_stop)
        app.router.add_get("/api/v1/cameras", self._h_cameras)
        app.router.add_get("/api/v1/cameras/snap", self._h_snap)
        app.router.add_put("/api/v1/files/{storage}/{path:.+}", self._h_upload)
        app.router.add_post("/api/v1/files/{storage}/{path:.+}", self._h_print_file)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await runner.setup()
        site = web.TCPSite(runner, self._host, self.port, reuse_address=True)
        try:
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner

    # ---- scripting ----------------------------------------------------------------------

    def start_job(
        self,
        name: str,
        duration_s: float,
        *,
        estimate_s: float | None = None,
        slicer_estimate_s: float | None = None,
        filament_type: str | None = "PLA",
        filament_g: float | None = 12.5,
        serial_print: bool = False,
        extension: str = ".bgcode",
    ) -> int:
        """Start printing ``name`` (a new job id). ``estimate_s``: the reported total time
        (default: ``duration_s``), ``slicer_estimate_s``: the file's metadata estimate."""
        self._advance()
        current = self._printer.job
        if current is not None and current.state in JOB_ACTIVE:
            raise RuntimeError("a job is already running")
        printer = self._printer
        printer.last_job_id += 1
        total = round(estimate_s if estimate_s is not None else duration_s)
        job = SimJob(
            id=printer.last_job_id,
            display_name=name if name.lower().endswith((".gcode", ".bgcode")) else name + extension,
            duration_s=duration_s,
            estimate_s=max(1, total),
            slicer_estimate_s=round(slicer_estimate_s) if slicer_estimate_s else None,
            filament_type=filament_type,
            filament_g=filament_g,
            serial_print=serial_print,
            m_timestamp=int(time.time()),
            since=time.monotonic(),
        )
        printer.job = job
        printer.idle_state = "IDLE"
        printer.message = None
        return job.id

    def pause_job(self) -> None:
        """Pause at the printer (PAUSED)."""
        job = self._active_job()
        if job.state == "PRINTING":
            self._stop_clock(job)
            job.state = "PAUSED"

    def resume_job(self) -> None:
        """Resume (from PAUSED or ATTENTION)."""
        job = self._active_job()
        job.attention = False
        self._printer.message = None
        if job.state == "PAUSED":
            job.state = "PRINTING"
            job.since = time.monotonic()

    def attention(self, message: str = "Filament runout") -> None:
        """The job stops and needs the user (ATTENTION; /api/v1/job says PAUSED)."""
        job = self._active_job()
        self._stop_clock(job)
        job.state = "PAUSED"
        job.attention = True
        self._printer.message = message

    def stop_job(self) -> None:
        """Operator stop at the printer: STOPPED."""
        job = self._active_job()
        self._stop_clock(job)
        job.attention = False
        job.state = "STOPPED"
        self._printer.message = None

    def fail_job(self, message: str = "Heater failed") -> None:
        """The job fails: ERROR with ``status_printer.message``."""
        job = self._active_job()
        self._stop_clock(job)
        job.attention = False
        job.state = "ERROR"
        self._printer.message = message

    def clear_job(self, state: str = "IDLE") -> None:
        """Forget the job (the user confirmed the result / removed the print): ``state``."""
        self._advance()
        self._printer.job = None
        self.set_state(state)

    def set_state(self, state: str, message: str | None = None) -> None:
        """The printer's state while it has no job: IDLE, READY, BUSY, ERROR, ATTENTION."""
        if state not in NO_JOB_STATES:
            raise ValueError(f"{state} needs a job (use start_job and friends)")
        job = self._printer.job
        if job is not None and job.state in JOB_ACTIVE:
            raise RuntimeError("a job is running")
        self._printer.job = None
        self._printer.idle_state = state
        self._printer.message = message if state in ("ERROR", "ATTENTION") else None

    def set_camera_image(self, image: bytes | None) -> None:
        """The next snapshot (None: the camera has no image yet -> 204)."""
        self._printer.camera_image = image

    async def wait_state(self, state: str, timeout: float = 10.0) -> None:  # noqa: ASYNC109
        """Wait until ``printer_state`` is ``state``."""
        async with asyncio.timeout(timeout):
            while self.printer_state != state:  # noqa: ASYNC110 - state follows the clock
                await asyncio.sleep(0.01)

    def _active_job(self) -> SimJob:
        self._advance()
        job = self._printer.job
        if job is None or job.state not in JOB_ACTIVE:
            raise RuntimeError("no running job")
        return job

    @staticmethod
    def _stop_clock(job: SimJob) -> None:
        if job.since is not None:
            job.printed_real += time.monotonic() - job.since
            job.since = None

    def _advance(self) -> None:
        job = self._printer.job
        if job is None or job.state != "PRINTING" or job.since is None:
            return
        now = time.monotonic()
        job.printed_real += now - job.since
        job.since = now
        if job.printed_real >= job.duration_s:
            job.printed_real = job.duration_s
            job.since = None
            job.state = "FINISHED"

    # ---- payloads -----------------------------------------------------------------------

    def version_payload(self) -> dict[str, Any]:
        """``/api/version``: all fields the spec requires, plus ``server`` and ``hostname``
        that real firmware sends (Home Assistant's prusalink config flow reads
        ``hostname``), and the Pi PrusaLink's ``original`` type name."""
        spec = self.spec
        payload: dict[str, Any] = {
            "api": "2.0.0",
            "server": spec.link_version,
            "version": spec.link_version,
            "printer": spec.printer_type,
            "text": "PrusaLink",
            "firmware": spec.firmware,
            "sdk": "0.8.1",
            "capabilities": {"upload-by-put": True},
            "hostname": spec.hostname,
        }
        if spec.pi_link:
            payload["original"] = "PrusaLink I3" + spec.name.replace(".", "")
        return payload

    def info_payload(self) -> dict[str, Any]:
        """``/api/v1/info``."""
        return {
            "name": self.name,
            "location": "Sim farm",
            "farm_mode": False,
            "nozzle_diameter": self.spec.nozzle_diameter,
            "min_extrusion_temp": 170,
            "serial": self._serial,
            "sd_ready": False,
            "active_camera": self.camera,
            "hostname": self.spec.hostname,
            "mmu": False,
            "network_error_chime": False,
        }

    def status_payload(self) -> dict[str, Any]:
        """``/api/v1/status``."""
        state = self.printer_state
        job = self._printer.job
        heating = job is not None and job.state in JOB_ACTIVE
        printer: dict[str, Any] = {
            "state": state,
            "temp_nozzle": 214.8 if heating else 24.6,
            "target_nozzle": 215.0 if heating else 0.0,
            "temp_bed": 59.7 if heating else 23.9,
            "target_bed": 60.0 if heating else 0.0,
            "axis_z": round(0.2 + 30.0 * job.fraction, 2) if job is not None else 10.0,
            "flow": 100,
            "speed": 100,
            "fan_hotend": 5200 if heating else 0,
            "fan_print": 3100 if heating and job is not None and job.state == "PRINTING" else 0,
        }
        if not heating:
            printer["axis_x"] = 242.0
            printer["axis_y"] = -9.0
        message = self._printer.message
        printer["status_printer"] = (
            {"ok": False, "message": message} if message else {"ok": True, "message": "OK"}
        )
        printer["status_connect"] = {"ok": True, "message": "OK"}
        payload: dict[str, Any] = {"printer": printer}
        if job is not None and (job.state in JOB_ACTIVE or self.job_in_status_when_done):
            payload["job"] = {
                "id": job.id,
                "progress": float(int(job.fraction * 100)),
                "time_remaining": max(0, job.estimate_s - job.time_printing),
                "time_printing": job.time_printing,
            }
        if self.status_storage == "object":
            payload["storage"] = self._status_storage_object()
        elif self.status_storage == "array":
            payload["storage"] = self._status_storage_array()
        if self.camera:
            payload["camera"] = {"id": "simcam01"}
        return payload

    @property
    def storage_path(self) -> str:
        """The path of the model's storage as the printer names it (``/usb/``, ``/local``)."""
        return "/local" if self.spec.pi_link else "/usb/"

    def _status_storage_object(self) -> dict[str, Any]:
        name = PI_LOCAL_NAME if self.spec.pi_link else "usb"
        return {
            "name": name,
            "path": self.storage_path,
            "read_only": False,
            "free_space": 7_654_321_000,
        }

    def _status_storage_array(self) -> list[dict[str, Any]]:
        """The Pi PrusaLink 0.8 status storage: a list (its /local and its SD card)."""
        local: dict[str, Any] = {"path": self.storage_path, "read_only": False}
        if self.storage_available:
            local.update(free_space=7_654_321_000, name=PI_LOCAL_NAME)
        return [local, {"path": "/sdcard", "read_only": True}]

    def storage_payload(self) -> dict[str, Any]:
        """``/api/v1/storage``: ``storage_list`` of Storage objects (the spec's shape)."""
        available = self.storage_available
        if not self.spec.pi_link:
            usb: dict[str, Any] = {"type": "USB", "path": "/usb/", "available": available}
            if available:
                usb.update(name="usb", read_only=False, free_space=7_654_321_000)
            return {"storage_list": [usb]}
        # the Pi PrusaLink lists its folder and the printer's SD card (read-only, absent here)
        local: dict[str, Any] = {"type": "LOCAL", "path": "/local", "available": available}
        if available:
            local.update(
                name=PI_LOCAL_NAME,
                read_only=False,
                free_space=7_654_321_000,
                total_space=15_931_539_456,
                print_files=sum(len(v) for k, v in self.files.items() if k.startswith("local/")),
                system_files=4096,
            )
        return {"storage_list": [local, {"type": "SDCARD", "path": "/sdcard", "available": False}]}

    def legacy_printer_payload(self) -> dict[str, Any]:
        """``/api/printer``: the legacy (OctoPrint-style) telemetry HA core's prusalink
        integration reads (``telemetry.material``), shaped after the legacy spec."""
        state = self.printer_state
        status = self.status_payload()["printer"]
        operational = state in ("IDLE", "READY", "FINISHED", "STOPPED")
        job = self._printer.job
        material = (job.filament_type if job is not None else None) or "PLA"
        payload: dict[str, Any] = {
            "temperature": {
                "tool0": {"actual": status["temp_nozzle"], "target": status["target_nozzle"]},
                "bed": {"actual": status["temp_bed"], "target": status["target_bed"]},
            },
            "sd": {"ready": False},
            "state": {
                "text": state.capitalize(),
                "flags": {
                    "operational": operational,
                    "paused": state in ("PAUSED", "ATTENTION"),
                    "printing": state == "PRINTING",
                    "cancelling": state == "STOPPED",
                    "pausing": state == "PAUSED",
                    "sdReady": False,
                    "error": state == "ERROR",
                    "ready": state in ("IDLE", "READY"),
                    "closedOrError": False,
                    "finished": state == "FINISHED",
                    "prepared": state == "READY",
                    "link_state": state,
                },
            },
            "telemetry": {
                "temp-bed": status["temp_bed"],
                "temp-nozzle": status["temp_nozzle"],
                "material": " - " if self.spec.pi_link else material,
                "z-height": status["axis_z"],
                "print-speed": status["speed"],
                "axis_z": status["axis_z"],
            },
        }
        if "axis_x" in status:
            payload["telemetry"].update(axis_x=status["axis_x"], axis_y=status["axis_y"])
        if self.spec.pi_link:
            payload["storage"] = {
                "local": {"free_space": 7_654_321_000, "total_space": 15_931_539_456},
                "sd_card": None,
            }
        return payload

    def job_payload(self) -> dict[str, Any] | None:
        """``/api/v1/job`` (None: 204, no job)."""
        self._advance()
        job = self._printer.job
        if job is None:
            return None
        payload: dict[str, Any] = {
            "id": job.id,
            "state": "PAUSED" if job.attention else job.state,
            "progress": float(int(job.fraction * 100)),
            "time_remaining": max(0, job.estimate_s - job.time_printing),
            "time_printing": job.time_printing,
            "inaccurate_estimates": False,
        }
        if job.serial_print:
            payload["serial_print"] = True
            return payload
        meta: dict[str, Any] = {
            "estimated printing time (normal mode)": _hhmmss(
                job.slicer_estimate_s or job.estimate_s
            ),
            "layer_height": 0.2,
            "nozzle_diameter": self.spec.nozzle_diameter,
            "temperature": 215,
            "bed_temperature": 60,
        }
        if job.slicer_estimate_s:
            meta["estimated_print_time"] = job.slicer_estimate_s
        if job.filament_type:
            meta["filament_type"] = job.filament_type
        if job.filament_g is not None:
            meta["filament used [g]"] = job.filament_g
            meta["filament used [mm]"] = round(job.filament_g * 335.0, 2)
        if self.spec.name in _META_PRINTER_MODELS:
            meta["printer_model"] = self.spec.name
        name = job.display_name
        segment = self.spec.storage
        payload["file"] = {
            "name": name if self.spec.pi_link else _short_name(name),
            "display_name": name,
            "path": f"/{segment}",
            "display_path": f"/{PI_LOCAL_NAME}" if self.spec.pi_link else "/USB",
            "size": 1_234_567,
            "m_timestamp": job.m_timestamp,
            "meta": meta,
            "refs": {
                "download": f"/{segment}/{name}",
                "icon": f"/thumb/s/{segment}/{name}",
                "thumbnail": f"/thumb/l/{segment}/{name}",
            },
        }
        return payload

    def cameras_payload(self) -> list[dict[str, Any]]:
        """``/api/v1/cameras``."""
        if not self.camera:
            return []
        return [
            {
                "camera_id": "simcam01",
                "config": {
                    "path": "/dev/video0",
                    "name": "Sim camera",
                    "driver": "V4L2",
                    "resolution": "640x480",
                },
                "connected": True,
                "detected": True,
                "stored": True,
                "linked": False,
            }
        ]

    # ---- HTTP ---------------------------------------------------------------------------

    @web.middleware
    async def _record_middleware(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        self.request_counts[f"{request.method} {request.path}"] += 1
        try:
            response = await handler(request)
        except web.HTTPException as exc:
            self._record(request, exc.status, exc.content_type, (exc.text or "").encode(), exc)
            raise
        body = response.body if isinstance(response, web.Response) else b""
        data = body if isinstance(body, bytes) else b""
        content_type = response.content_type if data or response.status != 204 else None
        self._record(request, response.status, content_type, data, response)
        return response

    def _record(
        self,
        request: web.Request,
        status: int,
        content_type: str | None,
        body: bytes,
        response: web.StreamResponse,
    ) -> None:
        if len(self.exchanges) >= 20_000:
            return
        self.exchanges.append(
            Exchange(
                method=request.method,
                path=request.path,
                status=status,
                content_type=content_type,
                body=body,
                headers=dict(response.headers),
            )
        )

    @web.middleware
    async def _auth_middleware(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        if self.password is None and self.api_key is None:
            return await handler(request)
        if self.stale_next_upload and request.method == "PUT" and self.password is not None:
            self.stale_next_upload = False
            self._nonce = secrets.token_hex(8)  # as if the nonce had just expired
            self._nonce_born = time.monotonic()
            if self._check_digest(request) == "stale":
                return await self._refuse(request, stale=True)
        key = request.headers.get("X-Api-Key")
        if self.api_key is not None and key is not None:
            if hmac.compare_digest(key.encode(), self.api_key.encode()):
                return await handler(request)
            return await self._refuse(request, stale=False)
        if self.password is not None:
            verdict = self._check_digest(request)
            if verdict == "ok":
                return await handler(request)
            return await self._refuse(request, stale=verdict == "stale")
        return await self._refuse(request, stale=False)

    async def _refuse(self, request: web.Request, *, stale: bool) -> web.Response:
        """401, after reading the body the client sent (so the answer never races a client
        still writing it, and no server task lingers reading it after the response)."""
        if request.can_read_body:
            await request.read()
        return self._unauthorized(stale=stale)

    def _current_nonce(self) -> str:
        lifetime = self.nonce_lifetime_s
        if lifetime is not None and time.monotonic() - self._nonce_born > lifetime:
            self._nonce = secrets.token_hex(8)
            self._nonce_born = time.monotonic()
        return self._nonce

    def _check_digest(self, request: web.Request) -> str:
        """ "ok", "stale" (right credentials, outdated nonce) or "bad"."""
        header = request.headers.get("Authorization", "")
        scheme, _, rest = header.partition(" ")
        if scheme.lower() != "digest":
            return "bad"
        params = {
            m.group(1).lower(): (m.group(2) if m.group(2) is not None else m.group(3))
            for m in _DIGEST_PARAM.finditer(rest)
        }
        nonce = params.get("nonce", "")
        if (
            params.get("username") != self.username
            or params.get("realm") != REALM
            or params.get("uri") != request.raw_path
            or not nonce
        ):
            return "bad"
        algorithm = params.get("algorithm", "MD5").upper()
        if algorithm != "MD5":
            return "bad"
        password = self.password or ""
        ha1 = _md5(f"{self.username}:{REALM}:{password}")
        ha2 = _md5(f"{request.method}:{params['uri']}")
        qop = params.get("qop")
        if qop:
            if not self.digest_qop or qop != "auth":
                return "bad"
            expected = _md5(
                f"{ha1}:{nonce}:{params.get('nc', '')}:{params.get('cnonce', '')}:auth:{ha2}"
            )
        else:
            if self.digest_qop:
                return "bad"
            expected = _md5(f"{ha1}:{nonce}:{ha2}")
        if not hmac.compare_digest(expected, params.get("response", "")):
            return "bad"
        return "ok" if nonce == self._current_nonce() else "stale"

    def _unauthorized(self, *, stale: bool) -> web.Response:
        self.auth_challenges += 1
        if stale:
            self.stale_challenges += 1
        if self.password is not None:
            challenge = (
                f'Digest realm="{REALM}", nonce="{self._current_nonce()}", '
                f"stale={'true' if stale else 'false'}"
            )
            if self.digest_qop:
                challenge += ', qop="auth", algorithm=MD5'
        else:
            challenge = f'ApiKey realm="{REALM}"'
        return web.Response(
            status=401,
            text="401: Unauthorized",
            content_type="text/plain",
            headers={"WWW-Authenticate": challenge},
        )

    async def _h_version(self, _request: web.Request) -> web.Response:
        return web.json_response(self.version_payload())

    async def _h_info(self, _request: web.Request) -> web.Response:
        return web.json_response(self.info_payload())

    async def _h_status(self, _request: web.Request) -> web.Response:
        return web.json_response(self.status_payload())

    async def _h_job(self, _request: web.Request) -> web.Response:
        payload = self.job_payload()
        if payload is None:
            return web.Response(status=204)
        return web.json_response(payload)

    async def _h_storage(self, _request: web.Request) -> web.Response:
        if not self.storage_endpoint:
            return _not_found()
        return web.json_response(self.storage_payload())

    async def _h_legacy_printer(self, _request: web.Request) -> web.Response:
        return web.json_response(self.legacy_printer_payload())

    async def _h_thumbnail(self, request: web.Request) -> web.Response:
        """The job file's preview (``file.refs.icon`` / ``thumbnail``; HA shows it)."""
        self._advance()
        job = self._printer.job
        wanted = f"{request.match_info['storage']}/{request.match_info['path']}"
        if (
            job is None
            or job.serial_print
            or request.match_info["size"] not in ("s", "l")
            or wanted != f"{self.spec.storage}/{job.display_name}"
        ):
            return _not_found()
        size = 16 if request.match_info["size"] == "s" else 64
        return web.Response(body=tiny_png(size, size, 200), content_type="image/png")

    def _job_for(self, request: web.Request) -> SimJob | None:
        self._advance()
        job = self._printer.job
        try:
            job_id = int(request.match_info["id"])
        except ValueError:
            return None
        return job if job is not None and job.id == job_id else None

    async def _h_pause(self, request: web.Request) -> web.Response:
        job = self._job_for(request)
        if job is None:
            return _not_found()
        if job.state != "PRINTING" or job.attention:
            return _conflict("Cannot pause", f"The job is {job.state.lower()}.")
        self._printer.received_commands.append(("pause", job.id))
        self.pause_job()
        return web.Response(status=204)

    async def _h_resume(self, request: web.Request) -> web.Response:
        job = self._job_for(request)
        if job is None:
            return _not_found()
        if job.state != "PAUSED":
            return _conflict("Cannot resume", f"The job is {job.state.lower()}.")
        self._printer.received_commands.append(("resume", job.id))
        self.resume_job()
        return web.Response(status=204)

    async def _h_stop(self, request: web.Request) -> web.Response:
        job = self._job_for(request)
        if job is None:
            return _not_found()
        if job.state not in JOB_ACTIVE:
            return _conflict("Cannot stop", f"The job is {job.state.lower()}.")
        self._printer.received_commands.append(("stop", job.id))
        self.stop_job()
        return web.Response(status=204)

    async def _h_upload(self, request: web.Request) -> web.StreamResponse:
        """``PUT /api/v1/files/{storage}/{path}``: store the body; ``Print-After-Upload: ?1``
        starts it (409 while a job runs or when the file exists without ``Overwrite: ?1``)."""
        storage = request.match_info["storage"]
        path = request.match_info["path"]
        if storage != self.spec.storage or not self.storage_available:
            return _not_found()  # as a real printer answers a storage it does not have
        if self.fail_upload is not None:
            if self.fail_upload == 409:
                return _conflict("Conflict", "Upload refused (simulated).")
            return _not_found()
        key = f"{storage}/{path}"
        print_after = request.headers.get("Print-After-Upload") == "?1"
        overwrite = request.headers.get("Overwrite") == "?1"
        if key in self.files and not overwrite:
            return _conflict("File already exists", f"{path} exists on {storage}.")
        self._advance()
        job = self._printer.job
        if print_after and job is not None and job.state in JOB_ACTIVE:
            return _conflict("Printer busy", "A print is running.")
        chunks: list[bytes] = []
        received = 0
        async for chunk in request.content.iter_chunked(65536):
            chunks.append(chunk)
            received += len(chunk)
            limit = self.drop_upload_after
            if limit is not None and received >= limit:
                transport = request.transport
                if transport is not None:
                    transport.abort()
                raise ConnectionResetError("upload cut (simulated)")
        self.files[key] = b"".join(chunks)
        if print_after:
            self._printer.job = None
            self.start_job(path.rsplit("/", 1)[-1], self.upload_job_s)
        return web.Response(status=201)

    async def _h_print_file(self, request: web.Request) -> web.Response:
        """``POST /api/v1/files/{storage}/{path}``: print a stored file (204)."""
        key = f"{request.match_info['storage']}/{request.match_info['path']}"
        if key not in self.files:
            return _not_found()
        self._advance()
        job = self._printer.job
        if job is not None and job.state in JOB_ACTIVE:
            return _conflict("Printer busy", "A print is running.")
        self._printer.job = None
        self.start_job(key.rsplit("/", 1)[-1], self.upload_job_s)
        return web.Response(status=204)

    async def _h_cameras(self, _request: web.Request) -> web.Response:
        return web.json_response(self.cameras_payload())

    async def _h_snap(self, _request: web.Request) -> web.Response:
        if not self.camera:
            return _not_found()
        image = self._printer.camera_image
        if image is None:
            return web.Response(status=204)
        return web.Response(body=image, content_type="image/png")


def _md5(text: str) -> str:
    return hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()


def _not_found() -> web.Response:
    return web.Response(status=404, text="404: Not Found", content_type="text/plain")


def _conflict(title: str, text: str) -> web.Response:
    return web.json_response({"code": "409", "title": title, "text": text}, status=409)


# --------------------------------------------------------------------------------------------
# Command line: one printer running scripted jobs forever
# --------------------------------------------------------------------------------------------


async def run_scenarios(sim: PrusaLinkSimulator, cycle_s: float) -> None:
    """Success, failure, operator stop, pause/resume, attention: round and round."""
    kinds = ("success", "failure", "cancel", "pause", "attention")
    n = 0
    while True:
        kind = kinds[n % len(kinds)]
        n += 1
        name = f"{kind}_part_{n:03d}_0.2mm_PLA_{sim.spec.name.replace(' ', '')}"
        duration = cycle_s * 0.6
        _LOGGER.info("%s: job %s (%s)", sim.serial, name, kind)
        try:
            sim.start_job(name, duration, estimate_s=duration * 1.1, slicer_estimate_s=duration)
            if kind == "success":
                await sim.wait_state("FINISHED", cycle_s * 3 + 30)
            elif kind == "failure":
                await asyncio.sleep(duration * 0.4)
                sim.fail_job("Heater failed")
            elif kind == "cancel":
                await asyncio.sleep(duration * 0.5)
                sim.stop_job()
            else:
                await asyncio.sleep(duration * 0.3)
                if kind == "pause":
                    sim.pause_job()
                else:
                    sim.attention("Filament runout")
                await asyncio.sleep(cycle_s * 0.1)
                if sim.printer_state in ("PAUSED", "ATTENTION"):
                    sim.resume_job()
                await sim.wait_state("FINISHED", cycle_s * 3 + 30)
        except TimeoutError:
            _LOGGER.warning("%s: job %s timed out", sim.serial, name)
        except RuntimeError as err:  # the operator (a client) stopped it meanwhile
            _LOGGER.info("%s: job %s: %s", sim.serial, name, err)
        await asyncio.sleep(cycle_s * 0.2)
        with contextlib.suppress(RuntimeError):
            sim.clear_job("READY" if n % 2 else "IDLE")


async def _main(args: argparse.Namespace) -> None:
    sim = PrusaLinkSimulator(
        model=args.model,
        serial=args.serial,
        host=args.host,
        port=args.port,
        password=args.password or None,
        api_key=args.api_key or None,
        camera=args.camera,
    )
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await sim.start()
    try:
        _LOGGER.info(
            "simulated Prusa %s %s on http://%s:%d (user %s)",
            sim.spec.name,
            sim.serial,
            sim.host,
            sim.port,
            sim.username,
        )
        scenarios = loop.create_task(run_scenarios(sim, args.cycle_seconds))
        await stop.wait()
        scenarios.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await scenarios
    finally:
        await sim.stop()


def main(argv: list[str] | None = None) -> None:
    """``python -m simulators.prusalink``."""
    parser = argparse.ArgumentParser(description="Simulated PrusaLink printer (HTTP)")
    parser.add_argument("--model", default="MK4S", choices=sorted(MODELS))
    parser.add_argument("--serial", default=None)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--password", default="sim-prusa-pass", help="digest password ('' = off)")
    parser.add_argument("--api-key", default="", help="X-Api-Key ('' = off)")
    parser.add_argument("--camera", action="store_true")
    parser.add_argument("--cycle-seconds", type=float, default=120.0)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    asyncio.run(_main(args))


if __name__ == "__main__":
    main()


__all__ = [
    "MODELS",
    "Exchange",
    "ModelSpec",
    "PrusaLinkSimulator",
    "SimJob",
    "free_port",
    "tiny_png",
]
