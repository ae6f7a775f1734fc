"""A simulated Klipper printer behind a Moonraker-shaped API
(docs/protocols/moonraker.md#testing-against-moonraker).

An aiohttp web app on 127.0.0.1 that speaks Moonraker's documented JSON-RPC 2.0 over
``/websocket`` (requests with ids, ``notify_*`` notifications whose ``params`` is always an
array, errors ``{"code", "message"}`` with Moonraker's codes: -32601 unknown method, -32602
"Unauthorized", 503 "Klippy Host not connected") plus the HTTP endpoints the client uses
(``/server/info``, ``/access/info``, ``/server/files/metadata``, ``/server/history/list``,
``/server/webcams/list``) and a webcam (``/webcam/?action=snapshot`` JPEG, ``?action=stream``
MJPEG).

What it models:
- Klippy states ready / startup / shutdown / error / disconnected (``set_klippy_state``,
  ``firmware_restart``), with ``notify_klippy_*`` and dropped subscriptions on a restart.
- ``printer.objects.subscribe`` (all fields or a field list per object) and per-connection
  ``notify_status_update`` diffs ``[diff, eventtime]`` every ``status_interval_s``.
- Scripted jobs on a time scale: ``start_job(filename, duration_s)`` -> printing (optionally
  a preparing phase without extrusion) -> complete, ``fail_job``, ``cancel_job``,
  ``pause_job``/``resume_job``; the same through ``printer.print.*`` and
  ``printer.emergency_stop`` (Klippy shutdown). Each job is a history entry with a hex
  ``job_id``: ``notify_history_changed`` ``added`` then ``finished`` (status completed /
  cancelled / error / klippy_shutdown), like Moonraker's history component.
- Optional API key (``X-Api-Key`` header, ``?token=`` one-shot token, or
  ``server.connection.identify {api_key}``); loopback is trusted when no key is set.
- ``restart()``: drop every websocket and come back on the same port with the state kept (a
  Moonraker restart: the open history job becomes ``interrupted`` and gets no ``finished``;
  a SIGTERM restart first finishes it as ``server_exit``).

Run one on its own: ``python -m simulators.moonraker --port 7125 --cycle-seconds 30``.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import copy
from dataclasses import dataclass, field
import hashlib
import json
import logging
import math
import random
import secrets
import signal
import socket
import time
from typing import Any

from aiohttp import BodyPartReader, WSMsgType, web

_LOGGER = logging.getLogger(__name__)

JPEG_FRAME = base64.b64decode(
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4"
    "UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2Nj"
    "Y2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAAGAAgDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcI"
    "CQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRol"
    "JicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ip"
    "qrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAA"
    "AAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLR"
    "ChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaX"
    "mJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEA"
    "PwCnRRRXsnkn/9k="
)
KLIPPY_STATES = ("ready", "startup", "shutdown", "error", "disconnected")
ESTOP_MESSAGE = "Shutdown due to webhooks request"
PRINTER_METHODS_IN_STARTUP = frozenset({"printer.info", "printer.emergency_stop"})


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port that is free on ``host`` right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


class RpcFault(Exception):
    """A JSON-RPC error answer."""

    def __init__(self, code: int, message: str) -> None:
        """Code and message as Moonraker sends them."""
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(slots=True)
class _Conn:
    """One websocket client."""

    ws: web.WebSocketResponse
    uid: int
    authorized: bool
    subscription: dict[str, list[str] | None] = field(default_factory=dict)
    sent: dict[str, dict[str, Any]] = field(default_factory=dict)
    identified: bool = False
    outbox: asyncio.Queue[str] = field(default_factory=asyncio.Queue)


@dataclass(slots=True)
class SimJob:
    """A scripted job."""

    filename: str
    duration_s: float  # real seconds of printing (excluding pauses and preparing)
    prepare_s: float
    layers: int | None
    history_index: int | None = None
    elapsed_s: float = 0.0  # printing time done (real seconds)
    prepare_left_s: float = 0.0
    started_mono: float = 0.0
    paused: bool = False
    pause_started: float | None = None
    paused_total_s: float = 0.0
    file_size: int = 200_000
    start_byte: int = 20_000
    end_byte: int = 190_000


def _history_id(index: int) -> str:
    return f"{index:06X}"


def _diff(old: dict[str, Any], new: dict[str, Any], fields: list[str] | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in new.items():
        if fields is not None and key not in fields:
            continue
        if key not in old or old[key] != value:
            out[key] = copy.deepcopy(value)
    return out


class MoonrakerSimulator:
    """A Moonraker + Klipper stand-in. ``await start()`` / ``await stop()``; loop only."""

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int | None = None,
        api_key: str | None = None,
        hostname: str = "voron-sim",
        kinematics: str = "corexy",
        software_version: str = "v0.12.0-sim",
        app: str = "Klipper",
        instance_id: str | None = None,
        klippy_state: str = "ready",
        time_scale: float = 1.0,
        status_interval_s: float = 0.25,
        proc_stat_interval_s: float = 1.0,
        history_first: bool = False,
        history_enabled: bool = True,
        cancel_to_standby: bool = False,
        chamber: bool = False,
        webcams: list[dict[str, Any]] | None = None,
    ) -> None:
        """Configure; nothing listens before ``start``."""
        self.host = host
        self.port = port or free_port(host)
        self.api_key = api_key
        self.hostname = hostname
        self.kinematics = kinematics
        self.software_version = software_version
        self.app = app
        self.instance_id = instance_id or secrets.token_hex(16)
        self.time_scale = time_scale
        self.status_interval_s = status_interval_s
        self.proc_stat_interval_s = proc_stat_interval_s
        self.history_first = history_first
        self.history_enabled = history_enabled
        self.cancel_to_standby = cancel_to_standby
        self.chamber = chamber
        self._webcams_cfg = webcams
        self.klippy_state = klippy_state
        self.klippy_message = "Printer is ready" if klippy_state == "ready" else ""
        self.objects: dict[str, dict[str, Any]] = {}
        self.files: dict[str, dict[str, Any]] = {}
        self.history: list[dict[str, Any]] = []
        self.received: list[tuple[str, Any]] = []
        self.job: SimJob | None = None
        self.silent = False  # send nothing at all (a dead link that stays open)
        self.reject_metadata = False
        self.uploads: dict[str, bytes] = {}  # files received by POST /server/files/upload
        self.fail_upload: int | None = None  # answer uploads with this HTTP status
        self.upload_estimate_s = 2.0  # estimated_time given to uploaded files
        self._current_history: int | None = None
        self._oneshot: set[str] = set()
        self._conns: dict[int, _Conn] = {}
        self._next_uid = 0
        self._runner: web.AppRunner | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._ticker: asyncio.Task[None] | None = None
        self._last_tick = 0.0
        self._last_proc = 0.0
        self.connections_total = 0
        self._reset_objects()

    # ---- lifecycle ------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """Base HTTP URL."""
        return f"http://{self.host}:{self.port}"

    @property
    def websocket_count(self) -> int:
        """Open websockets."""
        return len(self._conns)

    async def start(self) -> None:
        """Listen on host:port and start the clock."""
        app = web.Application()
        app.router.add_get("/websocket", self._handle_ws)
        app.router.add_get("/server/info", self._http_server_info)
        app.router.add_get("/access/info", self._http_access_info)
        app.router.add_get("/access/oneshot_token", self._http_oneshot)
        app.router.add_get("/server/files/metadata", self._http_metadata)
        app.router.add_get("/server/history/list", self._http_history_list)
        app.router.add_get("/server/webcams/list", self._http_webcams)
        app.router.add_get("/printer/info", self._http_printer_info)
        app.router.add_get("/webcam/", self._http_webcam)
        app.router.add_post("/server/files/upload", self._http_upload)
        self._runner = web.AppRunner(app, handle_signals=False, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port, reuse_address=True)
        await site.start()
        loop = asyncio.get_running_loop()
        self._last_tick = self._last_proc = loop.time()
        if self._ticker is None:
            self._ticker = loop.create_task(self._tick_loop(), name="moonraker-sim ticker")

    async def stop(self) -> None:
        """Close every connection, stop listening and the clock. Leaves nothing running."""
        if self._ticker is not None:
            self._ticker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._ticker
            self._ticker = None
        await self._shutdown_server()
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._tasks.clear()

    async def _shutdown_server(self) -> None:
        for conn in list(self._conns.values()):
            with contextlib.suppress(Exception):
                await conn.ws.close(code=1001, message=b"server going away")
        self._conns.clear()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def restart(self, downtime_s: float = 0.0, *, sigterm: bool = False) -> None:
        """A Moonraker restart: drop all websockets, come back on the same port, state kept.

        As in Moonraker, the open history job becomes ``interrupted`` and is forgotten (no
        ``finished`` will follow); the print itself (Klipper) goes on. ``sigterm``: a clean
        exit (its update manager, systemd): Moonraker first finishes the open history job as
        ``server_exit`` and sends that ``notify_history_changed``, then closes the websockets.
        """
        if sigterm and self._current_history is not None:
            self._history_finish("server_exit")
            await asyncio.sleep(0.05)  # the notice goes out before the sockets close
        await self._shutdown_server()
        if self._current_history is not None:
            self.history[self._current_history]["status"] = "interrupted"
            self._current_history = None
        if downtime_s > 0:
            await asyncio.sleep(downtime_s)
        await self.start()

    async def drop_connections(self) -> None:
        """Close every websocket (the server keeps listening)."""
        for conn in list(self._conns.values()):
            with contextlib.suppress(Exception):
                await conn.ws.close(code=1012, message=b"restart")

    # ---- model ----------------------------------------------------------------------------

    def _reset_objects(self) -> None:
        previous = self.objects
        self.objects = {
            "webhooks": {"state": self.klippy_state, "state_message": self.klippy_message},
            "print_stats": {
                "filename": "",
                "total_duration": 0.0,
                "print_duration": 0.0,
                "filament_used": 0.0,
                "state": "standby",
                "message": "",
                "info": {"total_layer": None, "current_layer": None},
            },
            "virtual_sdcard": {
                "file_path": None,
                "progress": 0.0,
                "is_active": False,
                "file_position": 0,
                "file_size": 0,
            },
            "display_status": {"progress": 0.0, "message": None},
            "extruder": {
                "temperature": 24.0,
                "target": 0.0,
                "power": 0.0,
                "pressure_advance": 0.04,
            },
            "heater_bed": {"temperature": 23.0, "target": 0.0, "power": 0.0},
            "toolhead": {
                "homed_axes": "",
                "axis_minimum": [0.0, 0.0, -2.0, 0.0],
                "axis_maximum": [300.0, 300.0, 280.0, 0.0],
                "extruder": "extruder",
            },
            "idle_timeout": {"state": "Idle", "printing_time": 0.0},
            "configfile": {
                "settings": {
                    "printer": {"kinematics": self.kinematics, "max_velocity": 300.0},
                    "extruder": {"nozzle_diameter": 0.4},
                    "stepper_x": {"position_max": 300.0},
                    "stepper_y": {"position_max": 300.0},
                },
                "config": {"printer": {"kinematics": self.kinematics}},
            },
        }
        if self.chamber:
            self.objects["temperature_sensor chamber"] = {"temperature": 31.5}
        if previous:
            # temperatures survive a firmware restart
            for name in ("extruder", "heater_bed"):
                self.objects[name]["temperature"] = previous[name]["temperature"]

    def add_file(self, filename: str, **metadata: Any) -> dict[str, Any]:
        """Register a G-code file with slicer metadata (PrusaSlicer-like defaults)."""
        md: dict[str, Any] = {
            "size": 200_000,
            "modified": time.time(),
            "uuid": secrets.token_hex(8),
            "slicer": "PrusaSlicer",
            "slicer_version": "2.8.1",
            "gcode_start_byte": 20_000,
            "gcode_end_byte": 190_000,
            "layer_height": 0.2,
            "first_layer_height": 0.2,
            "object_height": 20.0,
            "nozzle_diameter": 0.4,
            "filament_name": "Generic PLA",
            "filament_type": "PLA",
            "filament_total": 4123.4,
            "filament_weight_total": 12.3,
            "first_layer_extr_temp": 215.0,
            "first_layer_bed_temp": 60.0,
            "thumbnails": [],
        }
        md.update(metadata)
        md = {k: v for k, v in md.items() if v is not None}
        md["filename"] = filename
        self.files[filename] = md
        return md

    def webcams(self) -> list[dict[str, Any]]:
        """``server.webcams.list`` items (default: one camera served by this simulator)."""
        if self._webcams_cfg is not None:
            return copy.deepcopy(self._webcams_cfg)
        return [
            {
                "name": "bed",
                "location": "printer",
                "service": "mjpegstreamer-adaptive",
                "enabled": True,
                "icon": "mdiWebcam",
                "target_fps": 15,
                "target_fps_idle": 5,
                "stream_url": f"{self.url}/webcam/?action=stream",
                "snapshot_url": f"{self.url}/webcam/?action=snapshot",
                "flip_horizontal": False,
                "flip_vertical": False,
                "rotation": 0,
                "aspect_ratio": "4:3",
                "extra_data": {},
                "source": "database",
                "uid": "55d3b8a2-8a3d-4a8c-9f6c-2f9d0b0c0f01",
            }
        ]

    # ---- scripted control -----------------------------------------------------------------

    async def start_job(
        self,
        filename: str = "cube.gcode",
        duration_s: float = 2.0,
        *,
        prepare_s: float = 0.0,
        layers: int | None = 10,
        estimate_s: float | None = None,
        metadata: dict[str, Any] | None = None,
    ) -> SimJob:
        """Start printing ``filename`` (registered on the fly) for ``duration_s`` real seconds.

        ``estimate_s`` (default ``duration_s * time_scale``) becomes the metadata
        ``estimated_time``; ``layers`` the metadata ``layer_count`` and SET_PRINT_STATS_INFO.
        """
        if self.klippy_state != "ready":
            raise RpcFault(503, "Klippy Host not ready")
        if self.job is not None and self.objects["print_stats"]["state"] in ("printing", "paused"):
            raise RpcFault(400, "Print already in progress")
        if filename not in self.files or metadata is not None or estimate_s is not None:
            extra = dict(metadata or {})
            extra.setdefault(
                "estimated_time",
                estimate_s if estimate_s is not None else duration_s * self.time_scale,
            )
            if layers is not None:
                extra.setdefault("layer_count", layers)
            self.add_file(filename, **extra)
        md = self.files[filename]
        loop = asyncio.get_running_loop()
        job = SimJob(
            filename=filename,
            duration_s=max(0.01, duration_s),
            prepare_s=prepare_s,
            layers=layers,
            prepare_left_s=prepare_s,
            started_mono=loop.time(),
            file_size=int(md.get("size", 200_000)),
            start_byte=int(md.get("gcode_start_byte", 0)),
            end_byte=int(md.get("gcode_end_byte", md.get("size", 200_000))),
        )
        self.job = job
        ps = self.objects["print_stats"]
        ps.update(
            filename=filename,
            total_duration=0.0,
            print_duration=0.0,
            filament_used=0.0,
            state="printing",
            message="",
            info={"total_layer": layers, "current_layer": 0 if layers else None},
        )
        self.objects["virtual_sdcard"].update(
            file_path=f"/home/pi/printer_data/gcodes/{filename}",
            progress=0.0,
            is_active=True,
            file_position=0,
            file_size=job.file_size,
        )
        self.objects["display_status"].update(progress=0.0, message=None)
        self.objects["extruder"]["target"] = 215.0
        self.objects["heater_bed"]["target"] = 60.0
        self.objects["idle_timeout"]["state"] = "Printing"
        await self._history_transition(self._history_add, job)
        return job

    async def pause_job(self) -> None:
        """PAUSE."""
        job = self.job
        ps = self.objects["print_stats"]
        if job is None or ps["state"] != "printing":
            raise RpcFault(400, "Print is not running")
        job.paused = True
        job.pause_started = asyncio.get_running_loop().time()
        ps["state"] = "paused"
        self.objects["virtual_sdcard"]["is_active"] = False
        self._flush()

    async def resume_job(self) -> None:
        """RESUME."""
        job = self.job
        ps = self.objects["print_stats"]
        if job is None or ps["state"] != "paused":
            raise RpcFault(400, "Print is not paused")
        now = asyncio.get_running_loop().time()
        if job.pause_started is not None:
            job.paused_total_s += now - job.pause_started
        job.paused = False
        job.pause_started = None
        ps["state"] = "printing"
        self.objects["virtual_sdcard"]["is_active"] = True
        self._flush()

    async def cancel_job(self) -> None:
        """CANCEL_PRINT (``cancelled``; with ``cancel_to_standby`` an SDCARD_RESET_FILE)."""
        job = self.job
        ps = self.objects["print_stats"]
        if job is None or ps["state"] not in ("printing", "paused"):
            raise RpcFault(400, "No print to cancel")
        self._advance(asyncio.get_running_loop().time())
        if self.cancel_to_standby:
            self._finish("standby")
            ps.update(filename="", state="standby", total_duration=0.0, print_duration=0.0)
            ps.update(filament_used=0.0, info={"total_layer": None, "current_layer": None})
        else:
            self._finish("cancelled")
        await self._history_transition(self._history_finish, "cancelled")

    async def fail_job(
        self, message: str = "Move out of range: 310.000 150.000 0.400 [0.000]"
    ) -> None:
        """The print errors out (``print_stats.state = error`` with ``message``)."""
        job = self.job
        ps = self.objects["print_stats"]
        if job is None or ps["state"] not in ("printing", "paused"):
            raise RpcFault(400, "No print running")
        self._advance(asyncio.get_running_loop().time())
        self._finish("error")
        ps["message"] = message
        await self._history_transition(self._history_finish, "error")

    async def complete_job(self) -> None:
        """Finish the running job at once."""
        job = self.job
        if job is None or self.objects["print_stats"]["state"] not in ("printing", "paused"):
            raise RpcFault(400, "No print running")
        job.prepare_left_s = 0.0
        job.elapsed_s = job.duration_s
        await self._complete()

    async def emergency_stop(self, message: str = ESTOP_MESSAGE) -> None:
        """M112 / printer.emergency_stop: Klippy shuts down (the job ends klippy_shutdown)."""
        await self.set_klippy_state("shutdown", message)

    async def set_klippy_state(self, state: str, message: str = "") -> None:
        """Change the Klippy state and send the matching notification."""
        if state not in KLIPPY_STATES:
            raise ValueError(state)
        old = self.klippy_state
        self.klippy_state = state
        self.klippy_message = (
            message
            or {
                "ready": "Printer is ready",
                "startup": "Printer is not ready\nThe klippy host is attempting to connect.",
                "shutdown": "Klipper shutdown",
                "error": "mcu 'mcu': Unable to connect",
                "disconnected": "",
            }[state]
        )
        if state == "shutdown" and old != "shutdown":
            ps = self.objects["print_stats"]
            self.objects["webhooks"].update(state="shutdown", state_message=self.klippy_message)
            active = ps["state"] in ("printing", "paused")
            if active and self.job is not None:
                self._advance(asyncio.get_running_loop().time())
                ps["state"] = "paused"  # virtual_sdcard pauses its work on shutdown
            self._flush()
            self._notify_all("notify_klippy_shutdown", [])
            if active:
                self.job = None
                self._history_finish("klippy_shutdown")
            return
        if state == "disconnected":
            if self.objects["print_stats"]["state"] in ("printing", "paused"):
                self._history_finish("klippy_disconnect")
                self.job = None
            for conn in self._conns.values():
                conn.subscription.clear()
                conn.sent.clear()
            self._notify_all("notify_klippy_disconnected", [])
            return
        if state == "ready":
            if old != "ready":
                self._reset_objects()
                self.objects["webhooks"].update(state="ready", state_message=self.klippy_message)
                self._notify_all("notify_klippy_ready", [])
            return
        self.objects["webhooks"].update(state=state, state_message=self.klippy_message)
        self._flush()

    async def firmware_restart(self, startup_s: float = 0.2) -> None:
        """FIRMWARE_RESTART: disconnected -> startup (``startup_s``) -> ready, state reset."""
        await self.set_klippy_state("disconnected")
        await asyncio.sleep(0.01)
        await self.set_klippy_state("startup")
        if startup_s > 0:
            await asyncio.sleep(startup_s)
        await self.set_klippy_state("ready")

    # ---- the clock ------------------------------------------------------------------------

    async def _tick_loop(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(min(self.status_interval_s, self.proc_stat_interval_s))
            now = loop.time()
            if self.klippy_state == "ready":
                completed = self._advance(now)
                self._drift_temperatures()
                if completed:
                    await self._complete()
                else:
                    self._flush()
            if now - self._last_proc >= self.proc_stat_interval_s:
                self._last_proc = now
                self._notify_all(
                    "notify_proc_stat_update",
                    [
                        {
                            "moonraker_stats": {
                                "time": time.time(),
                                "cpu_usage": 2.1,
                                "memory": 40_000,
                                "mem_units": "kB",
                            },
                            "cpu_temp": 45.0,
                            "network": {},
                            "system_cpu_usage": {"cpu": 5.0},
                            "system_memory": {"total": 1_000_000, "available": 600_000},
                            "websocket_connections": len(self._conns),
                        }
                    ],
                )

    def _advance(self, now: float) -> bool:
        """Move the running job's counters to ``now``; True when it just completed."""
        job = self.job
        ps = self.objects["print_stats"]
        if job is None or ps["state"] not in ("printing", "paused"):
            self._last_tick = now
            return False
        dt = max(0.0, now - self._last_tick)
        self._last_tick = now
        scale = self.time_scale
        paused_now = job.pause_started is not None
        paused_s = job.paused_total_s + ((now - job.pause_started) if paused_now else 0.0)
        total_real = max(0.0, now - job.started_mono)
        if ps["state"] == "printing":
            if job.prepare_left_s > 0:
                job.prepare_left_s = max(0.0, job.prepare_left_s - dt)
            else:
                job.elapsed_s = min(job.duration_s, job.elapsed_s + dt)
        fraction = min(1.0, job.elapsed_s / job.duration_s)
        ps["total_duration"] = round(total_real * scale, 3)
        ps["print_duration"] = round(job.elapsed_s * scale, 3)
        md = self.files.get(job.filename, {})
        total_mm = float(md.get("filament_total", 4000.0))
        ps["filament_used"] = round(total_mm * fraction, 3)
        if job.layers:
            layer = min(job.layers, math.floor(fraction * job.layers) + (1 if fraction > 0 else 0))
            ps["info"] = {"total_layer": job.layers, "current_layer": layer}
        position = int(job.start_byte + (job.end_byte - job.start_byte) * fraction)
        if job.elapsed_s <= 0:
            position = job.start_byte // 2 if job.prepare_s > 0 else 0
        sd = self.objects["virtual_sdcard"]
        sd["file_position"] = position
        sd["progress"] = round(position / job.file_size, 4) if job.file_size else 0.0
        self.objects["display_status"]["progress"] = round(fraction, 4)
        _ = paused_s
        return ps["state"] == "printing" and job.elapsed_s >= job.duration_s

    def _drift_temperatures(self) -> None:
        for name in ("extruder", "heater_bed"):
            heater = self.objects[name]
            target = heater["target"] or (24.0 if name == "extruder" else 23.0)
            temp = heater["temperature"]
            heater["temperature"] = round(
                temp + (target - temp) * 0.5 + random.uniform(-0.2, 0.2), 2
            )
        if self.chamber:
            self.objects["temperature_sensor chamber"]["temperature"] = round(
                31.5 + random.uniform(-0.3, 0.3), 2
            )

    async def _complete(self) -> None:
        self._finish("complete")
        ps = self.objects["print_stats"]
        if self.job is not None and self.job.layers:
            ps["info"] = {"total_layer": self.job.layers, "current_layer": self.job.layers}
        sd = self.objects["virtual_sdcard"]
        if self.job is not None:
            sd["file_position"] = self.job.file_size
            sd["progress"] = 1.0
        self.objects["display_status"]["progress"] = 1.0
        await self._history_transition(self._history_finish, "completed")

    def _finish(self, state: str) -> None:
        ps = self.objects["print_stats"]
        ps["state"] = state
        self.objects["virtual_sdcard"]["is_active"] = False
        self.objects["extruder"]["target"] = 0.0
        self.objects["heater_bed"]["target"] = 0.0
        self.objects["idle_timeout"]["state"] = "Ready"

    # ---- history --------------------------------------------------------------------------

    async def _history_transition(self, action: Any, arg: Any) -> None:
        """Status diff and history notification in Moonraker's order (status first)."""
        if self.history_first:
            action(arg)
            await asyncio.sleep(0)
            self._flush()
        else:
            self._flush()
            await asyncio.sleep(0)
            action(arg)

    def _history_add(self, job: SimJob) -> None:
        if not self.history_enabled:
            return
        if self._current_history is not None:
            self._history_finish("cancelled")
        index = len(self.history) + 1
        md = copy.deepcopy(self.files.get(job.filename, {}))
        entry = {
            "job_id": _history_id(index),
            "user": "_TRUSTED_USER_",
            "filename": job.filename,
            "exists": True,
            "status": "in_progress",
            "start_time": time.time(),
            "end_time": None,
            "print_duration": 0.0,
            "total_duration": 0.0,
            "filament_used": 0.0,
            "metadata": md,
            "auxiliary_data": [],
        }
        self.history.append(entry)
        self._current_history = index - 1
        job.history_index = index - 1
        if job.filename in self.files:
            self.files[job.filename]["job_id"] = entry["job_id"]
            self.files[job.filename]["print_start_time"] = entry["start_time"]
        self._notify_all(
            "notify_history_changed", [{"action": "added", "job": copy.deepcopy(entry)}]
        )

    def _history_finish(self, status: str) -> None:
        index = self._current_history
        if index is None:
            return
        self._current_history = None
        entry = self.history[index]
        ps = self.objects["print_stats"]
        entry.update(
            status=status,
            end_time=time.time(),
            print_duration=ps["print_duration"],
            total_duration=ps["total_duration"],
            filament_used=ps["filament_used"],
        )
        self._notify_all(
            "notify_history_changed", [{"action": "finished", "job": copy.deepcopy(entry)}]
        )

    # ---- transport ------------------------------------------------------------------------

    def _authorized_request(self, request: web.Request) -> bool:
        if self.api_key is None:
            return True
        if request.headers.get("X-Api-Key") == self.api_key:
            return True
        token = request.query.get("token")
        if token is not None and token in self._oneshot:
            self._oneshot.discard(token)
            return True
        return False

    async def _handle_ws(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True, max_msg_size=0)
        await ws.prepare(request)
        self._next_uid += 1
        conn = _Conn(ws=ws, uid=self._next_uid, authorized=self._authorized_request(request))
        self._conns[conn.uid] = conn
        self.connections_total += 1
        writer = asyncio.get_running_loop().create_task(self._writer(conn))
        try:
            async for msg in ws:
                if msg.type is not WSMsgType.TEXT:
                    continue
                task = asyncio.get_running_loop().create_task(self._handle_message(conn, msg.data))
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)
        finally:
            self._conns.pop(conn.uid, None)
            writer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await writer
        return ws

    @staticmethod
    async def _writer(conn: _Conn) -> None:
        """One writer per connection keeps the frames in order."""
        while True:
            text = await conn.outbox.get()
            try:
                await conn.ws.send_str(text)
            except (ConnectionError, RuntimeError):
                return

    async def _handle_message(self, conn: _Conn, data: str) -> None:
        try:
            msg = json.loads(data)
        except ValueError:
            self._send(
                conn,
                {"jsonrpc": "2.0", "error": {"code": -32700, "message": "Parse error"}, "id": None},
            )
            return
        method = msg.get("method")
        req_id = msg.get("id")
        params = msg.get("params") or {}
        self.received.append((method, params))
        try:
            result = await self._dispatch(conn, method, params)
        except RpcFault as fault:
            self._send(
                conn,
                {
                    "jsonrpc": "2.0",
                    "error": {"code": fault.code, "message": fault.message},
                    "id": req_id,
                },
            )
            return
        if req_id is not None:
            self._send(conn, {"jsonrpc": "2.0", "result": result, "id": req_id})
            if method == "printer.objects.subscribe":
                # later diffs are relative to what the subscribe answer carried
                conn.sent = {
                    name: copy.deepcopy(self.objects.get(name, {})) for name in conn.subscription
                }

    async def _dispatch(self, conn: _Conn, method: Any, params: dict[str, Any]) -> Any:
        if not isinstance(method, str):
            raise RpcFault(-32600, "Invalid Request")
        public = {"server.connection.identify", "access.info", "server.websocket.id"}
        if method not in public and not conn.authorized:
            raise RpcFault(-32602, "Unauthorized")
        handler = getattr(self, "_rpc_" + method.replace(".", "_"), None)
        if handler is None:
            raise RpcFault(-32601, "Method not found")
        if method.startswith("printer."):
            if self.klippy_state == "disconnected":
                raise RpcFault(503, "Klippy Host not connected")
            if self.klippy_state == "startup" and method not in PRINTER_METHODS_IN_STARTUP:
                raise RpcFault(503, "Klippy Host not ready")
        return await handler(conn, params)

    def _send(self, conn: _Conn, message: dict[str, Any]) -> None:
        if self.silent or conn.ws.closed:
            return
        conn.outbox.put_nowait(json.dumps(message))

    def _notify_all(self, method: str, params: list[Any]) -> None:
        for conn in list(self._conns.values()):
            if conn.authorized:
                self._send(conn, {"jsonrpc": "2.0", "method": method, "params": params})

    def _flush(self) -> None:
        """Send each subscriber the fields that changed since its last update."""
        if not self._conns:
            return
        eventtime = round(asyncio.get_running_loop().time(), 3)
        for conn in list(self._conns.values()):
            if not conn.subscription or not conn.authorized:
                continue
            diff: dict[str, Any] = {}
            for name, fields in conn.subscription.items():
                current = self.objects.get(name)
                if current is None:
                    continue
                changed = _diff(conn.sent.get(name, {}), current, fields)
                if changed:
                    diff[name] = changed
                    conn.sent.setdefault(name, {}).update(copy.deepcopy(changed))
            if diff:
                self._send(
                    conn,
                    {
                        "jsonrpc": "2.0",
                        "method": "notify_status_update",
                        "params": [diff, eventtime],
                    },
                )

    # ---- JSON-RPC methods ------------------------------------------------------------------

    def _server_info(self) -> dict[str, Any]:
        components = [
            "klippy_connection", "application", "websockets", "internal_transport", "dbus_manager",
            "database", "file_manager", "authorization", "klippy_apis", "machine", "data_store",
            "shell_command", "proc_stats", "job_state", "job_queue", "http_client",
            "announcements", "webcam", "extensions",
        ]  # fmt: skip
        if self.history_enabled:
            components.append("history")
        return {
            "klippy_connected": self.klippy_state != "disconnected",
            "klippy_state": self.klippy_state,
            "components": components,
            "failed_components": [],
            "registered_directories": ["config", "logs", "gcodes"],
            "warnings": [],
            "websocket_count": len(self._conns),
            "moonraker_version": "v0.11.0-sim",
            "missing_klippy_requirements": [],
            "api_version": [1, 5, 0],
            "api_version_string": "1.5.0",
        }

    async def _rpc_server_info(self, conn: _Conn, params: dict[str, Any]) -> Any:
        return self._server_info()

    async def _rpc_server_websocket_id(self, conn: _Conn, params: dict[str, Any]) -> Any:
        return {"websocket_id": conn.uid}

    async def _rpc_server_connection_identify(self, conn: _Conn, params: dict[str, Any]) -> Any:
        if conn.identified:
            raise RpcFault(400, "Connection already identified")
        for key in ("client_name", "version", "type", "url"):
            if key not in params:
                raise RpcFault(-32602, f"Invalid params: missing {key}")
        api_key = params.get("api_key")
        if api_key is not None:
            if self.api_key is None or api_key != self.api_key:
                conn.authorized = self.api_key is None and api_key is None
                raise RpcFault(-32602, "Unauthorized")
            conn.authorized = True
        elif not conn.authorized:
            raise RpcFault(-32602, "Unauthorized")
        conn.identified = True
        return {"connection_id": conn.uid}

    async def _rpc_access_info(self, conn: _Conn, params: dict[str, Any]) -> Any:
        return self._access_info(conn.authorized)

    def _access_info(self, trusted: bool) -> dict[str, Any]:
        return {
            "default_source": "moonraker",
            "available_sources": ["moonraker"],
            "login_required": False,
            "trusted": trusted and self.api_key is None,
        }

    async def _rpc_server_database_get_item(self, conn: _Conn, params: dict[str, Any]) -> Any:
        namespace, key = params.get("namespace"), params.get("key")
        if namespace == "moonraker" and key == "instance_id":
            return {"namespace": namespace, "key": key, "value": self.instance_id}
        raise RpcFault(404, f"Key '{key}' in namespace '{namespace}' not found")

    def _printer_info(self) -> dict[str, Any]:
        return {
            "app": self.app,
            "state": self.klippy_state,
            "state_message": self.klippy_message,
            "hostname": self.hostname,
            "klipper_path": "/home/pi/klipper",
            "python_path": "/home/pi/klippy-env/bin/python",
            "process_id": 4242,
            "user_id": 1000,
            "group_id": 1000,
            "log_file": "/home/pi/printer_data/logs/klippy.log",
            "config_file": "/home/pi/printer_data/config/printer.cfg",
            "software_version": self.software_version,
            "cpu_info": "4 core ARMv8 Processor rev 3",
        }

    async def _rpc_printer_info(self, conn: _Conn, params: dict[str, Any]) -> Any:
        return self._printer_info()

    async def _rpc_printer_objects_list(self, conn: _Conn, params: dict[str, Any]) -> Any:
        return {"objects": sorted(self.objects)}

    def _select(self, objects: Any) -> tuple[dict[str, list[str] | None], dict[str, Any]]:
        if not isinstance(objects, dict):
            raise RpcFault(-32602, "Invalid params: objects")
        wanted: dict[str, list[str] | None] = {}
        status: dict[str, Any] = {}
        for name, fields in objects.items():
            current = self.objects.get(name)
            if current is None:
                continue  # unknown objects are silently omitted
            selected = list(fields) if isinstance(fields, list) and fields else None
            wanted[name] = selected
            status[name] = copy.deepcopy(
                current if selected is None else {k: v for k, v in current.items() if k in selected}
            )
        return wanted, status

    async def _rpc_printer_objects_query(self, conn: _Conn, params: dict[str, Any]) -> Any:
        _wanted, status = self._select(params.get("objects"))
        return {"eventtime": round(asyncio.get_running_loop().time(), 3), "status": status}

    async def _rpc_printer_objects_subscribe(self, conn: _Conn, params: dict[str, Any]) -> Any:
        wanted, status = self._select(params.get("objects"))
        conn.subscription = wanted  # a new subscribe replaces the old one
        conn.sent = {}
        return {"eventtime": round(asyncio.get_running_loop().time(), 3), "status": status}

    async def _rpc_server_files_metadata(self, conn: _Conn, params: dict[str, Any]) -> Any:
        filename = params.get("filename")
        if self.reject_metadata or filename not in self.files:
            raise RpcFault(-32601, f"Metadata not available for <{filename}>")
        return copy.deepcopy(self.files[filename])

    def _history_list(self, params: dict[str, Any]) -> dict[str, Any]:
        limit = int(params.get("limit", 50))
        start = int(params.get("start", 0))
        order = str(params.get("order", "desc")).lower()
        since = float(params.get("since", -1))
        before = float(params.get("before", -1))
        jobs = [
            j
            for j in self.history
            if (since < 0 or j["start_time"] > since)
            and (before < 0 or (j["end_time"] is not None and j["end_time"] < before))
        ]
        if order == "desc":
            jobs = list(reversed(jobs))
        if limit > 0:
            jobs = jobs[start : start + limit]
        return {"count": len(jobs), "jobs": copy.deepcopy(jobs)}

    async def _rpc_server_history_list(self, conn: _Conn, params: dict[str, Any]) -> Any:
        if not self.history_enabled:
            raise RpcFault(-32601, "Method not found")
        return self._history_list(params)

    async def _rpc_server_history_get_job(self, conn: _Conn, params: dict[str, Any]) -> Any:
        uid = str(params.get("uid", ""))
        for job in self.history:
            if job["job_id"] == uid:
                return {"job": copy.deepcopy(job)}
        raise RpcFault(404, f"Invalid job uid: {uid}")

    async def _rpc_server_webcams_list(self, conn: _Conn, params: dict[str, Any]) -> Any:
        return {"webcams": self.webcams()}

    async def _rpc_printer_print_start(self, conn: _Conn, params: dict[str, Any]) -> Any:
        filename = params.get("filename")
        if not isinstance(filename, str) or filename not in self.files:
            raise RpcFault(400, f"File not found: {filename}")
        md = self.files[filename]
        duration = float(md.get("estimated_time", 2.0)) / self.time_scale
        await self.start_job(filename, duration, layers=md.get("layer_count"))
        return "ok"

    async def _rpc_printer_print_pause(self, conn: _Conn, params: dict[str, Any]) -> Any:
        if self.objects["print_stats"]["state"] == "printing":
            await self.pause_job()
        return "ok"

    async def _rpc_printer_print_resume(self, conn: _Conn, params: dict[str, Any]) -> Any:
        if self.objects["print_stats"]["state"] == "paused":
            await self.resume_job()
        return "ok"

    async def _rpc_printer_print_cancel(self, conn: _Conn, params: dict[str, Any]) -> Any:
        if self.objects["print_stats"]["state"] not in ("printing", "paused"):
            raise RpcFault(400, "No print in progress to cancel")
        await self.cancel_job()
        return "ok"

    async def _rpc_printer_emergency_stop(self, conn: _Conn, params: dict[str, Any]) -> Any:
        await self.emergency_stop()
        return "ok"

    async def _rpc_printer_gcode_script(self, conn: _Conn, params: dict[str, Any]) -> Any:
        script = str(params.get("script", "")).strip().upper()
        if script in ("M112", "EMERGENCY_STOP"):
            await self.emergency_stop()
        elif script == "FIRMWARE_RESTART":
            await self.firmware_restart()
        return "ok"

    # ---- HTTP -----------------------------------------------------------------------------

    def _http_guard(self, request: web.Request) -> None:
        if not self._authorized_request(request):
            raise web.HTTPUnauthorized(
                text=json.dumps({"error": {"code": 401, "message": "Unauthorized"}}),
                content_type="application/json",
            )

    async def _http_server_info(self, request: web.Request) -> web.Response:
        self._http_guard(request)
        return web.json_response({"result": self._server_info()})

    async def _http_access_info(self, request: web.Request) -> web.Response:
        return web.json_response({"result": self._access_info(self._authorized_request(request))})

    async def _http_oneshot(self, request: web.Request) -> web.Response:
        self._http_guard(request)
        token = secrets.token_urlsafe(24)
        self._oneshot.add(token)
        return web.json_response({"result": token})

    async def _http_printer_info(self, request: web.Request) -> web.Response:
        self._http_guard(request)
        if self.klippy_state == "disconnected":
            raise web.HTTPServiceUnavailable(text="Klippy Host not connected")
        return web.json_response({"result": self._printer_info()})

    async def _http_metadata(self, request: web.Request) -> web.Response:
        self._http_guard(request)
        filename = request.query.get("filename", "")
        if filename not in self.files or self.reject_metadata:
            raise web.HTTPNotFound(text=f"Metadata not available for <{filename}>")
        return web.json_response({"result": self.files[filename]})

    async def _http_history_list(self, request: web.Request) -> web.Response:
        self._http_guard(request)
        return web.json_response({"result": self._history_list(dict(request.query))})

    async def _http_webcams(self, request: web.Request) -> web.Response:
        self._http_guard(request)
        return web.json_response({"result": {"webcams": self.webcams()}})

    async def _http_upload(self, request: web.Request) -> web.Response:
        """``POST /server/files/upload`` (multipart ``file``, ``root``, ``path``, ``checksum``,
        ``print``), answered like Moonraker: 201 + Location + a bare object."""
        self._http_guard(request)

        def error(status: int, message: str) -> web.Response:
            return web.json_response({"error": {"code": status, "message": message}}, status=status)

        if self.fail_upload is not None:
            return error(self.fail_upload, "Upload failed (simulated)")
        fields: dict[str, str] = {}
        filename: str | None = None
        data = b""
        reader = await request.multipart()
        while (part := await reader.next()) is not None:
            if not isinstance(part, BodyPartReader):
                continue
            if part.name == "file":
                filename = part.filename
                chunks = []
                while chunk := await part.read_chunk(65536):
                    chunks.append(chunk)
                data = b"".join(chunks)
            elif part.name:
                fields[part.name] = (await part.text()).strip()
        if not filename:
            return error(400, "No file name specified in upload form")
        if fields.get("root", "gcodes") != "gcodes":
            return error(400, f"Invalid root request: {fields.get('root')}")
        name = "/".join(p for p in (fields.get("path", "").strip("/"), filename) if p)
        if not name.lower().endswith((".gcode", ".g", ".gco", ".ufp", ".nc")):
            return error(400, f"File extension not supported: {filename}")
        checksum = fields.get("checksum")
        if checksum and hashlib.sha256(data).hexdigest() != checksum.lower():
            return error(422, "File checksum mismatch")
        self.uploads[name] = data
        self.add_file(
            name,
            size=len(data),
            estimated_time=self.upload_estimate_s * self.time_scale,
            uuid=secrets.token_hex(8),
        )
        started = False
        if fields.get("print", "false").lower() == "true":
            await self.start_job(name, self.upload_estimate_s)
            started = True
        item = {
            "path": name,
            "root": "gcodes",
            "modified": time.time(),
            "size": len(data),
            "permissions": "rw",
        }
        return web.json_response(
            {
                "item": item,
                "print_started": started,
                "print_queued": False,
                "action": "create_file",
            },
            status=201,
            headers={"Location": f"{self.url}/server/files/gcodes/{name}"},
        )

    async def _http_webcam(self, request: web.Request) -> web.StreamResponse:
        action = request.query.get("action", "snapshot")
        if action == "snapshot":
            return web.Response(body=JPEG_FRAME, content_type="image/jpeg")
        if action != "stream":
            raise web.HTTPNotFound
        boundary = "frame"
        response = web.StreamResponse(
            headers={"Content-Type": f"multipart/x-mixed-replace; boundary={boundary}"}
        )
        await response.prepare(request)
        for _ in range(int(request.query.get("frames", "20"))):
            part = (
                (
                    f"--{boundary}\r\nContent-Type: image/jpeg\r\n"
                    f"Content-Length: {len(JPEG_FRAME)}\r\n\r\n"
                ).encode()
                + JPEG_FRAME
                + b"\r\n"
            )
            try:
                await response.write(part)
            except ConnectionError:
                break
            await asyncio.sleep(0.05)
        return response


# --------------------------------------------------------------------------------------------
# Stand-alone
# --------------------------------------------------------------------------------------------


async def _demo(args: argparse.Namespace) -> None:  # pragma: no cover - manual use
    sim = MoonrakerSimulator(
        host=args.host,
        port=args.port,
        api_key=args.api_key,
        time_scale=args.time_scale,
        instance_id=args.instance_id,
        hostname=args.hostname,
        kinematics=args.kinematics,
    )
    await sim.start()
    _LOGGER.warning("Moonraker simulator on %s (instance %s)", sim.url, sim.instance_id)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    with contextlib.suppress(NotImplementedError):
        loop.add_signal_handler(signal.SIGINT, stop.set)
        loop.add_signal_handler(signal.SIGTERM, stop.set)
    n = 0
    try:
        while not stop.is_set():
            n += 1
            await sim.start_job(f"demo_{n}.gcode", args.cycle_seconds, prepare_s=2.0, layers=30)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), args.cycle_seconds / 2)
            if stop.is_set():
                break
            if n % 4 == 2:
                await sim.fail_job()
            elif n % 4 == 3:
                await sim.cancel_job()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), args.cycle_seconds)
    finally:
        await sim.stop()


def main() -> None:  # pragma: no cover - manual use
    """``python -m simulators.moonraker``."""
    parser = argparse.ArgumentParser(description="Moonraker/Klipper simulator")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=7125)
    parser.add_argument("--api-key", default=None)
    parser.add_argument("--time-scale", type=float, default=1.0)
    parser.add_argument("--cycle-seconds", type=float, default=30.0)
    parser.add_argument("--instance-id", default=None, help="stable identity (default: random)")
    parser.add_argument("--hostname", default="voron-sim")
    parser.add_argument("--kinematics", default="corexy")
    logging.basicConfig(level=logging.INFO)
    asyncio.run(_demo(parser.parse_args()))


if __name__ == "__main__":  # pragma: no cover
    main()
