"""A simulated Bambu Lab printer behind a REAL mosquitto broker with TLS
(docs/protocols/bambu.md#simulator).

The broker plays the printer's built-in MQTT server: a TLS listener whose certificate has
CN = serial (issued by a test CA shaped like the real "BBL CA"), user ``bblp`` with the access
code as password. A second, plain listener on the same host carries the simulator's own paho
client, which publishes reports on ``device/<serial>/report`` and answers requests.

Use it in tests (see ``simulators.fixtures.bambu_sim``) or run a printer on its own::

    python -m simulators.bambu --serial 01P00A000000001 --model C12 --port 8883 \
        --host 127.0.0.12 --ca-out /tmp/ca.pem --cycle-seconds 60
"""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Callable
import contextlib
from dataclasses import dataclass
import json
import logging
import math
from pathlib import Path
import random
import re
import secrets
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from typing import Any, Literal, Self
import zipfile

import paho.mqtt.client as mqtt
from paho.mqtt.enums import CallbackAPIVersion, MQTTProtocolVersion

from simulators.certs import (
    CertAuthority,
    ca_key_pem,
    load_ca,
    server_cert,
    sim_ca,
)
from simulators.ftps import FtpsServer

_LOGGER = logging.getLogger(__name__)

CANCEL_CODE = 0x0300400C  # 50348044 "Printing was cancelled"
_MISSING: Any = object()


@dataclass(frozen=True, slots=True)
class ModelSpec:
    """What a simulated model looks like on the wire."""

    code: str
    product_name: str
    style: Literal["full", "delta"]  # X1: full objects; P1/A1 (and H2D): deltas
    hw_ver: str
    project_name: str
    sw_ver: str
    chamber: bool
    ams: Literal["ams", "ams_lite", None]
    plate_file: bool  # gcode_file is /data/Metadata/plate_1.gcode (X1/H2D) or the 3mf name


MODELS: dict[str, ModelSpec] = {
    "BL-P001": ModelSpec(
        "BL-P001", "Bambu Lab X1 Carbon", "full", "AP05", "", "01.08.02.00", True, "ams", True
    ),
    "BL-P002": ModelSpec(
        "BL-P002", "Bambu Lab X1", "full", "AP05", "", "01.08.02.00", True, "ams", True
    ),
    "C13": ModelSpec("C13", "Bambu Lab X1E", "full", "AP02", "", "01.01.02.00", True, "ams", True),
    "C11": ModelSpec(
        "C11", "Bambu Lab P1P", "delta", "AP04", "C11", "01.07.00.00", False, None, False
    ),
    "C12": ModelSpec(
        "C12", "Bambu Lab P1S", "delta", "AP04", "C12", "01.07.00.00", False, "ams", False
    ),
    "N1": ModelSpec(
        "N1", "Bambu Lab A1 mini", "delta", "AP05", "N1", "01.04.00.00", False, "ams_lite", False
    ),
    "N2S": ModelSpec(
        "N2S", "Bambu Lab A1", "delta", "AP05", "N2S", "01.04.00.00", False, "ams_lite", False
    ),
    "O1D": ModelSpec("O1D", "Bambu Lab H2D", "delta", "", "O1D", "01.03.00.00", True, "ams", True),
}


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port that is free on ``host`` right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def find_mosquitto() -> str:
    """Path of the mosquitto binary."""
    for candidate in (shutil.which("mosquitto"), "/usr/sbin/mosquitto", "/usr/bin/mosquitto"):
        if candidate and Path(candidate).exists():
            return candidate
    raise FileNotFoundError("mosquitto is not installed")


def _tray(slot: int, kind: str, color: str, remain: int) -> dict[str, Any]:
    return {
        "id": str(slot),
        "remain": remain,
        "k": 0.02,
        "n": 1,
        "cali_idx": -1,
        "tag_uid": "0000000000000000",
        "tray_id_name": "",
        "tray_info_idx": "GFA00" if kind == "PLA" else "GFG00",
        "tray_type": kind,
        "tray_sub_brands": f"{kind} Basic",
        "tray_color": color,
        "tray_weight": "1000",
        "tray_diameter": "1.75",
        "tray_temp": "55",
        "tray_time": "8",
        "bed_temp_type": "1",
        "bed_temp": "35",
        "nozzle_temp_max": "230" if kind == "PLA" else "260",
        "nozzle_temp_min": "190" if kind == "PLA" else "220",
        "xcam_info": "000000000000000000000000",
        "tray_uuid": "00000000000000000000000000000000",
        "ctype": 0,
        "cols": [color],
        "state": 11,
    }


def _initial_state(spec: ModelSpec, host: str) -> dict[str, Any]:
    """A realistic idle push_status object for ``spec``."""
    state: dict[str, Any] = {
        "upgrade_state": {
            "sequence_id": 0,
            "progress": "",
            "status": "",
            "consistency_request": False,
            "dis_state": 0,
            "err_code": 0,
            "force_upgrade": False,
            "message": "0%, 0B/s",
            "module": "",
            "new_version_state": 2,
            "cur_state_code": 0,
            "new_ver_list": [],
        },
        "ipcam": {
            "ipcam_dev": "1",
            "ipcam_record": "enable",
            "timelapse": "disable",
            "resolution": "1080p" if spec.style == "full" else "",
            "tutk_server": "disable",
            "mode_bits": 3,
            "rtsp_url": f"rtsps://{host}/streaming/live/1" if spec.style == "full" else "disable",
        },
        "upload": {
            "status": "idle",
            "progress": 0,
            "message": "",
        },
        "nozzle_temper": 24.0,
        "nozzle_target_temper": 0,
        "bed_temper": 23.0,
        "bed_target_temper": 0,
        "mc_print_stage": "1",
        "heatbreak_fan_speed": "0",
        "cooling_fan_speed": "0",
        "big_fan1_speed": "0",
        "big_fan2_speed": "0",
        "mc_percent": 0,
        "mc_remaining_time": 0,
        "ams_status": 0,
        "ams_rfid_status": 0,
        "hw_switch_state": 0,
        "spd_mag": 100,
        "spd_lvl": 2,
        "print_error": 0,
        "lifecycle": "product",
        "wifi_signal": "-47dBm",
        "gcode_state": "IDLE",
        "gcode_file_prepare_percent": "0",
        "queue_number": 0,
        "queue_total": 0,
        "queue_est": 0,
        "queue_sts": 0,
        "project_id": "0",
        "profile_id": "0",
        "task_id": "0",
        "subtask_id": "0",
        "subtask_name": "",
        "gcode_file": "",
        "stg": [],
        "stg_cur": 255 if spec.style == "full" else -1,
        "print_type": "idle",
        "home_flag": 322454935,
        "mc_print_line_number": "0",
        "mc_print_sub_stage": 0,
        "sdcard": True,
        "force_upgrade": False,
        "mess_production_state": "active",
        "layer_num": 0,
        "total_layer_num": 0,
        "s_obj": [],
        "filam_bak": [],
        "fan_gear": 0,
        "nozzle_diameter": "0.4",
        "nozzle_type": "hardened_steel" if spec.style == "full" else "stainless_steel",
        "gcode_start_time": "0",
        "mc_print_error_code": "0",
        "fail_reason": "0",
        "hms": [],
        "online": {"ahb": spec.ams == "ams", "rfid": False, "version": 7},
        "lights_report": [{"node": "chamber_light", "mode": "on"}],
        "vt_tray": {
            "id": "254",
            "tray_type": "",
            "tray_color": "00000000",
            "remain": 0,
            "k": 0.02,
            "n": 1,
            "cali_idx": -1,
        },
        "xcam": {
            "allow_skip_parts": False,
            "buildplate_marker_detector": True,
            "first_layer_inspector": True,
            "halt_print_sensitivity": "medium",
            "print_halt": True,
            "printing_monitor": True,
            "spaghetti_detector": True,
        },
    }
    if spec.chamber:
        state["chamber_temper"] = 26.0
        state["lights_report"] = [
            {"node": "chamber_light", "mode": "on"},
            {"node": "work_light", "mode": "flashing"},
        ]
    if spec.ams is not None:
        trays = [
            _tray(0, "PLA", "FFFFFFFF", 85),
            _tray(1, "PLA", "000000FF", 42),
            _tray(2, "PETG", "F72323FF", 100),
            _tray(3, "PLA", "0ACC38FF", 7),
        ]
        state["ams"] = {
            "ams": [
                {
                    "id": "0",
                    "humidity": "4",
                    "humidity_raw": "31" if spec.ams == "ams" else "0",
                    "temp": "24.1",
                    "tray": trays,
                }
            ],
            "ams_exist_bits": "1",
            "tray_exist_bits": "f",
            "tray_is_bbl_bits": "f",
            "tray_tar": "255",
            "tray_now": "255",
            "tray_pre": "255",
            "tray_read_done_bits": "f",
            "tray_reading_bits": "0",
            "version": 7,
            "insert_flag": True,
            "power_on_flag": False,
        }
    return state


class BambuSimulator:
    """One simulated printer: mosquitto (TLS + plain listener) and a scripted printer state.

    All coroutine methods run on the event loop that called ``start()``.
    """

    def __init__(
        self,
        *,
        serial: str = "01P00A000000001",
        model: str = "BL-P001",
        access_code: str = "12345678",
        cert_cn: str | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        report_interval_s: float = 1.0,
        cancel_code_delay_s: float = 4.0,
        ca: CertAuthority | None = None,
        report_listener: Callable[[bytes], None] | None = None,
        ftps: bool = True,
        ftp_port: int = 0,
    ) -> None:
        """Configure; nothing runs before ``start()``. ``port=0`` picks a free port.

        ``ftps``: also run the printer's implicit-FTPS upload server (``ftp_port``, 0 = a
        free port; the printer's is 990) with the same certificate; ``project_file`` then
        starts a job from an uploaded 3MF."""
        if model not in MODELS:
            raise ValueError(f"unknown model code {model!r}; known: {', '.join(MODELS)}")
        self.spec = MODELS[model]
        self._serial = serial
        self._access_code = access_code
        self._cert_cn = cert_cn or serial
        self._host = host
        self._port = port
        self._plain_port = 0
        self.report_interval_s = report_interval_s
        self.cancel_code_delay_s = cancel_code_delay_s
        self._ca = ca
        self.report_listener = report_listener
        self.received_commands: list[dict[str, Any]] = []
        self.state: dict[str, Any] = _initial_state(self.spec, host)
        self._last_sent: dict[str, Any] = {}
        self._seq = 2000
        self._workdir: Path | None = None
        self._proc: asyncio.subprocess.Process | None = None
        self._mqtt: mqtt.Client | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._sim_connected: asyncio.Event | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._job_task: asyncio.Task[None] | None = None
        self._ticker: asyncio.Task[None] | None = None
        self._resume = asyncio.Event()
        self._resume.set()
        self._changed = asyncio.Event()
        self._silent = False
        self._started = False
        self.answer_pushall = True
        self._ftps_enabled = ftps
        self._ftp_port = ftp_port
        self.ftps: FtpsServer | None = None
        self.project_files: list[dict[str, Any]] = []  # accepted project_file commands
        self.ack_project_file = True  # False: start without an ack
        self.ignore_project_file = False  # True: dropped silently (no Developer Mode)
        self.upload_job_s = 2.0  # how long a job started by project_file prints

    def __repr__(self) -> str:
        """No access code."""
        return f"<BambuSimulator {self.spec.code} {self._serial} {self._host}:{self._port}>"

    # ---- properties -------------------------------------------------------------------------

    @property
    def host(self) -> str:
        """Where the TLS listener binds."""
        return self._host

    @property
    def port(self) -> int:
        """TLS MQTT port (the printer's 8883)."""
        return self._port

    @property
    def serial(self) -> str:
        """The simulated printer's serial."""
        return self._serial

    @property
    def access_code(self) -> str:
        """LAN access code (= MQTT password of ``bblp``)."""
        return self._access_code

    @property
    def model(self) -> str:
        """Model code, e.g. ``BL-P001``."""
        return self.spec.code

    @property
    def ca(self) -> CertAuthority:
        """The CA that issued the broker certificate."""
        if self._ca is None:
            self._ca = sim_ca()
        return self._ca

    @property
    def ca_pem(self) -> str:
        """PEM text of the CA to trust (BambuConfig.ca_pem)."""
        return self.ca.cert_pem

    @property
    def ftp_port(self) -> int:
        """Implicit FTPS port (0 before ``start`` or without FTPS)."""
        return self.ftps.port if self.ftps is not None else self._ftp_port

    @property
    def gcode_state(self) -> str:
        """The simulated printer's current gcode_state."""
        return str(self.state["gcode_state"])

    # ---- lifecycle --------------------------------------------------------------------------

    async def __aenter__(self) -> Self:
        """Start."""
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        """Stop."""
        await self.stop()

    async def start(self) -> None:
        """Write certs and config, start mosquitto and the printer's own MQTT client."""
        if self._started:
            return
        self._started = True
        self._loop = asyncio.get_running_loop()
        self._sim_connected = asyncio.Event()
        if self._port == 0:
            self._port = free_port(self._host)
        self._plain_port = free_port(self._host)
        try:
            # key generation and file writes stay off the event loop
            self._workdir = await asyncio.to_thread(self._prepare_files)
            if self._ftps_enabled:
                await self._start_ftps(self._workdir)
            await self._start_broker()
            self._start_mqtt()
            await self._wait_sim_connected()
        except BaseException:
            await self.stop()
            raise
        self._ticker = self._loop.create_task(self._tick_loop(), name=f"sim ticker {self._serial}")

    async def stop(self) -> None:
        """Stop everything: tasks, the paho thread (joined) and mosquitto (waited)."""
        tasks = [t for t in (self._ticker, self._job_task, *self._tasks) if t is not None]
        self._ticker = None
        self._job_task = None
        self._tasks.clear()
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        client = self._mqtt
        self._mqtt = None
        if client is not None:
            await asyncio.to_thread(_stop_client, client)
        await self._stop_broker()
        ftps, self.ftps = self.ftps, None
        if ftps is not None:
            await ftps.stop()
        workdir = self._workdir
        self._workdir = None
        if workdir is not None:
            await asyncio.to_thread(shutil.rmtree, workdir, True)
        self._started = False

    async def restart_broker(self, *, kill: bool = True) -> None:
        """Kill mosquitto and start it again on the same ports; the printer state is kept."""
        assert self._sim_connected is not None
        self._sim_connected.clear()
        await self._stop_broker(kill=kill)
        await self._start_broker()
        await self._wait_sim_connected()

    async def stop_broker(self, *, kill: bool = True) -> None:
        """Kill mosquitto (the printer "disappears" from the network) without restarting."""
        assert self._sim_connected is not None
        self._sim_connected.clear()
        await self._stop_broker(kill=kill)

    async def start_broker(self) -> None:
        """Start mosquitto again after ``stop_broker``."""
        await self._start_broker()
        await self._wait_sim_connected()

    def _prepare_files(self) -> Path:
        ca = self.ca
        workdir = Path(tempfile.mkdtemp(prefix="odin-bambu-sim-"))
        leaf = server_cert(ca, self._cert_cn)
        (workdir / "ca.pem").write_text(ca.cert_pem, encoding="ascii")
        (workdir / "server.pem").write_text(leaf.cert_pem, encoding="ascii")
        key_path = workdir / "server.key"
        key_path.write_text(leaf.key_pem, encoding="ascii")
        key_path.chmod(0o600)
        passwd = workdir / "passwd"
        subprocess.run(
            ["mosquitto_passwd", "-b", "-c", str(passwd), "bblp", self._access_code],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        passwd.chmod(0o600)
        conf = [
            "user root",
            "persistence false",
            "allow_anonymous false",
            f"password_file {passwd}",
            f"log_dest file {workdir / 'mosquitto.log'}",
            "log_type error",
            "log_type warning",
            "log_type notice",
            "log_type information",
            "connection_messages true",
            "",
            f"listener {self._port} {self._host}",
            f"cafile {workdir / 'ca.pem'}",
            f"certfile {workdir / 'server.pem'}",
            f"keyfile {key_path}",
            "",
            f"listener {self._plain_port} {self._host}",
            "",
        ]
        (workdir / "mosquitto.conf").write_text("\n".join(conf), encoding="ascii")
        return workdir

    async def _start_ftps(self, workdir: Path) -> None:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(workdir / "server.pem", workdir / "server.key")
        self.ftps = FtpsServer(
            root=workdir / "sdcard",
            ssl_context=context,
            password=self._access_code,
            host=self._host,
            port=self._ftp_port,
        )
        await self.ftps.start()

    async def _start_broker(self) -> None:
        assert self._workdir is not None
        self._proc = await asyncio.create_subprocess_exec(
            find_mosquitto(),
            "-c",
            str(self._workdir / "mosquitto.conf"),
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10.0
        for port in (self._plain_port, self._port):
            while True:
                if self._proc.returncode is not None:
                    raise RuntimeError(f"mosquitto exited: {self._log_tail()}")
                try:
                    _reader, writer = await asyncio.open_connection(self._host, port)
                except OSError:
                    if time.monotonic() > deadline:
                        raise RuntimeError(
                            f"mosquitto not listening on {port}: {self._log_tail()}"
                        ) from None
                    await asyncio.sleep(0.02)
                    continue
                writer.close()
                with contextlib.suppress(OSError):
                    await writer.wait_closed()
                break

    async def _stop_broker(self, *, kill: bool = False) -> None:
        proc = self._proc
        self._proc = None
        if proc is None or proc.returncode is not None:
            if proc is not None:
                await proc.wait()
            return
        if kill:
            proc.kill()
        else:
            proc.terminate()
        try:
            await asyncio.wait_for(proc.wait(), 5.0)
        except TimeoutError:
            proc.kill()
            await proc.wait()

    def _log_tail(self) -> str:
        if self._workdir is None:
            return ""
        try:
            text = (self._workdir / "mosquitto.log").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        return " | ".join(text.strip().splitlines()[-5:])

    def log_text(self) -> str:
        """mosquitto's log so far (debugging)."""
        if self._workdir is None:
            return ""
        path = self._workdir / "mosquitto.log"
        return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""

    def _start_mqtt(self) -> None:
        loop = self._loop
        assert loop is not None
        client = mqtt.Client(
            callback_api_version=CallbackAPIVersion.VERSION2,
            client_id=f"printer-{self._serial}-{secrets.token_hex(3)}",
            protocol=MQTTProtocolVersion.MQTTv311,
        )
        client.username_pw_set("bblp", self._access_code)
        # paho annotates int but uses float seconds; sub-second retries keep restarts quick
        client.reconnect_delay_set(min_delay=0.05, max_delay=0.5)  # type: ignore[arg-type]
        request = f"device/{self._serial}/request"

        def forward(callback: Callable[..., None], *args: Any) -> None:
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(callback, *args)

        def on_connect(c: mqtt.Client, _u: Any, _f: Any, reason: Any, _p: Any = None) -> None:
            if not reason.is_failure:
                c.subscribe(request, qos=1)

        def on_subscribe(_c: mqtt.Client, _u: Any, _mid: int, _codes: Any, _p: Any) -> None:
            forward(self._set_sim_connected, True)  # ready once the request topic is live

        def on_disconnect(
            _c: mqtt.Client, _u: Any, _f: Any, _r: Any = None, _p: Any = None
        ) -> None:
            forward(self._set_sim_connected, False)

        def on_message(_c: mqtt.Client, _u: Any, message: mqtt.MQTTMessage) -> None:
            forward(self._on_request, message.payload)

        client.on_connect = on_connect
        client.on_subscribe = on_subscribe
        client.on_disconnect = on_disconnect
        client.on_message = on_message
        client.connect_async(self._host, self._plain_port, keepalive=30)
        client.loop_start()
        self._mqtt = client

    def _set_sim_connected(self, connected: bool) -> None:
        if self._sim_connected is None:
            return
        if connected:
            self._sim_connected.set()
        else:
            self._sim_connected.clear()

    async def _wait_sim_connected(self) -> None:
        assert self._sim_connected is not None
        try:
            await asyncio.wait_for(self._sim_connected.wait(), 10.0)
        except TimeoutError:
            raise RuntimeError(f"simulator client cannot connect: {self._log_tail()}") from None

    # ---- publishing ---------------------------------------------------------------------------

    def _next_seq(self) -> str:
        self._seq += 1
        return str(self._seq)

    def _publish(self, message: dict[str, Any]) -> None:
        if self._silent:
            return
        payload = json.dumps(message, separators=(",", ":")).encode()
        client = self._mqtt
        if client is not None:
            client.publish(f"device/{self._serial}/report", payload, qos=0)
        if self.report_listener is not None:
            self.report_listener(payload)

    def publish_report(self, *, full: bool | None = None) -> None:
        """Publish the state now: full object (X1 style / pushall) or only changed keys."""
        self._changed.set()
        if full is None:
            full = self.spec.style == "full"
        state = self.state
        if full:
            body = dict(state)
            msg = 0
        else:
            last = self._last_sent
            body = {k: v for k, v in state.items() if last.get(k, _MISSING) != v}
            if not body:
                return
            msg = 1
        self._last_sent = dict(state)
        body["command"] = "push_status"
        body["msg"] = msg
        body["sequence_id"] = self._next_seq()
        self._publish({"print": body})

    def publish_raw(self, message: dict[str, Any] | bytes) -> None:
        """Publish anything on the report topic (tests: malformed or odd messages)."""
        if isinstance(message, bytes):
            client = self._mqtt
            if client is not None and not self._silent:
                client.publish(f"device/{self._serial}/report", message, qos=0)
            return
        self._publish(message)

    def set_silent(self, silent: bool) -> None:
        """Silent = the printer's MQTT "dies" quietly: connections stay up, nothing is sent."""
        self._silent = silent

    def update(self, **fields: Any) -> None:
        """Change raw state fields and publish right away (tests)."""
        self.state.update(fields)
        self.publish_report()

    def _version_reply(self, sequence_id: str) -> dict[str, Any]:
        spec = self.spec
        modules: list[dict[str, Any]] = [
            {
                "name": "ota",
                "project_name": "",
                "sw_ver": spec.sw_ver,
                "hw_ver": "OTA",
                "sn": self._serial,
                "product_name": spec.product_name,
                "visible": True,
                "flag": 0,
                "loader_ver": "00.00.00.00",
            },
            {
                "name": "rv1126" if spec.style == "full" else "esp32",
                "project_name": spec.project_name,
                "sw_ver": spec.sw_ver,
                "hw_ver": spec.hw_ver,
                "sn": self._serial,
                "visible": True,
                "flag": 0,
                "loader_ver": "00.00.00.00",
            },
            {
                "name": "mc",
                "project_name": "",
                "sw_ver": "00.00.25.40",
                "hw_ver": "MC07",
                "sn": f"{self._serial[:4]}MC0000001",
                "visible": True,
                "flag": 0,
                "loader_ver": "00.00.00.32",
            },
            {
                "name": "th",
                "project_name": "",
                "sw_ver": "00.00.07.82",
                "hw_ver": "TH07",
                "sn": f"{self._serial[:4]}TH0000001",
                "visible": True,
                "flag": 0,
                "loader_ver": "00.00.00.25",
            },
        ]
        if spec.ams == "ams":
            modules.append(
                {
                    "name": "ams/0",
                    "project_name": "",
                    "sw_ver": "00.00.06.49",
                    "hw_ver": "AMS08",
                    "sn": "006A0000000001",
                    "visible": True,
                    "flag": 0,
                    "loader_ver": "00.00.00.00",
                }
            )
        elif spec.ams == "ams_lite":
            modules.append(
                {
                    "name": "ams_f1/0",
                    "project_name": "",
                    "sw_ver": "00.00.07.89",
                    "hw_ver": "AMS_F102",
                    "sn": "0300000000001",
                    "visible": True,
                    "flag": 0,
                    "loader_ver": "00.00.00.00",
                }
            )
        return {
            "info": {
                "command": "get_version",
                "sequence_id": sequence_id,
                "module": modules,
                "result": "success",
                "reason": "",
            }
        }

    # ---- requests -----------------------------------------------------------------------------

    def _on_request(self, payload: bytes) -> None:
        try:
            self._handle_request(payload)
        except Exception:  # one bad message must never stop the printer
            _LOGGER.exception("simulator %s: cannot handle a request", self._serial)

    def _handle_request(self, payload: bytes) -> None:
        try:
            message = json.loads(payload)
        except ValueError:
            _LOGGER.debug("simulator %s: request is not JSON", self._serial)
            return
        if not isinstance(message, dict):
            return
        self.received_commands.append(message)
        for kind, body in message.items():
            if not isinstance(body, dict):
                continue
            command = body.get("command")
            seq = str(body.get("sequence_id", "0"))
            if kind == "pushing" and command == "pushall":
                if self.answer_pushall:
                    self.publish_report(full=True)
            elif kind == "info" and command == "get_version":
                if not self._silent:
                    self._publish(self._version_reply(seq))
            elif kind == "print" and command == "project_file":
                if self.ignore_project_file:
                    continue
                ok, reason = self._project_file(body)
                if self.ack_project_file:
                    reply = {**body, "result": "success" if ok else "failed", "reason": reason}
                    self._publish({"print": reply})
                if ok:
                    self.publish_report()
            elif kind == "print" and command in ("pause", "resume", "stop"):
                ok = self._apply_print_command(str(command))
                reply = {**body, "result": "success" if ok else "failed", "reason": ""}
                self._publish({"print": reply})
                # the state change follows the ack (as on real printers)
                if ok:
                    self.publish_report()
            elif kind in ("print", "system", "camera", "xcam"):
                self._publish({kind: {**body, "result": "success", "reason": ""}})

    def _project_file(self, body: dict[str, Any]) -> tuple[bool, str]:
        """Start a job from an uploaded 3MF: (accepted, reason)."""
        if self.state["gcode_state"] in ("PREPARE", "RUNNING", "PAUSE"):
            return False, "printer busy"
        url = str(body.get("url") or "")
        name = str(body.get("file") or "")
        for prefix in ("ftp:///", "ftp://", "file:///sdcard/"):
            if url.startswith(prefix):
                name = url[len(prefix) :]
                break
        ftps = self.ftps
        if ftps is None or not name or not ftps.has_file(name):
            return False, f"file not found: {name}"
        param = str(body.get("param") or "")
        try:
            with zipfile.ZipFile(ftps.path_of(name)) as archive:
                if param not in archive.namelist():
                    return False, f"{param} not in {name}"
        except (zipfile.BadZipFile, OSError):
            return False, f"{name} is not a 3MF"
        match = re.fullmatch(r"Metadata/plate_(\d+)\.gcode", param)
        plate = int(match.group(1)) if match else 1
        self.project_files.append(dict(body))
        self._begin_job(
            str(body.get("subtask_name") or name),
            self.upload_job_s,
            10,
            self.upload_job_s,
            min(0.5, self.upload_job_s / 4),
            task_id="0",
            file_name=name,
            plate=plate,
        )
        return True, ""

    def _apply_print_command(self, command: str) -> bool:
        state = self.state["gcode_state"]
        if command == "pause":
            if state not in ("RUNNING", "PREPARE"):
                return False
            self._set_paused(0, None)
            return True
        if command == "resume":
            if state != "PAUSE":
                return False
            self._set_resumed()
            return True
        if state not in ("RUNNING", "PREPARE", "PAUSE"):
            return False
        self._set_operator_stop()
        return True

    # ---- scripted behaviour -------------------------------------------------------------------

    async def _tick_loop(self) -> None:
        while True:
            await asyncio.sleep(self.report_interval_s)
            try:
                self._jitter()
                self.publish_report()
            except Exception:
                _LOGGER.exception("simulator %s: tick failed", self._serial)

    def _jitter(self) -> None:
        state = self.state
        for cur, target, ambient in (
            ("nozzle_temper", "nozzle_target_temper", 24.0),
            ("bed_temper", "bed_target_temper", 23.0),
        ):
            goal = float(state[target]) or ambient
            value = float(state[cur])
            value += (goal - value) * 0.5 + random.uniform(-0.4, 0.4)
            state[cur] = round(value, 1)
        if self.spec.chamber:
            goal = 35.0 if state["gcode_state"] in ("RUNNING", "PAUSE") else 26.0
            value = float(state["chamber_temper"])
            state["chamber_temper"] = round(value + (goal - value) * 0.1, 1)
        if state["gcode_state"] == "RUNNING":
            state["cooling_fan_speed"] = str(random.choice((10, 12, 15)))
            state["heatbreak_fan_speed"] = "15"
        if random.random() < 0.05:
            state["wifi_signal"] = f"-{random.randint(40, 60)}dBm"

    def _spawn(self, coro: Any) -> None:
        assert self._loop is not None
        task = self._loop.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _cancel_job(self) -> None:
        task = self._job_task
        self._job_task = None
        if task is not None and not task.done() and task is not asyncio.current_task():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        for pending in list(self._tasks):
            pending.cancel()
        self._resume.set()

    async def start_job(
        self,
        name: str,
        duration_s: float,
        layers: int,
        estimate_s: float | None = None,
        prepare_s: float = 2.0,
        *,
        task_id: str = "0",
    ) -> None:
        """Dispatch a job: PREPARE now (published), then RUNNING ... FINISH in the background.

        ``estimate_s``: the printer's estimate (default ``duration_s``), published as
        ``mc_remaining_time`` minutes counting down.
        """
        await self._cancel_job()
        self._begin_job(name, duration_s, layers, estimate_s, prepare_s, task_id=task_id)

    def _begin_job(
        self,
        name: str,
        duration_s: float,
        layers: int,
        estimate_s: float | None,
        prepare_s: float,
        *,
        task_id: str,
        file_name: str | None = None,
        plate: int = 1,
    ) -> None:
        estimate = float(estimate_s if estimate_s is not None else duration_s)
        file_name = file_name or f"{name}.gcode.3mf"
        plate_path = f"/data/Metadata/plate_{plate}.gcode"
        self.state.update(
            gcode_state="PREPARE",
            mc_print_stage="2",
            stg_cur=2,
            subtask_name=name,
            gcode_file=plate_path if self.spec.plate_file else file_name,
            gcode_start_time=str(int(time.time())),
            gcode_file_prepare_percent="100",
            print_type="local",
            task_id=task_id,
            subtask_id=task_id,
            mc_percent=0,
            layer_num=0,
            total_layer_num=layers,
            mc_remaining_time=math.ceil(estimate / 60),
            print_error=0,
            mc_print_error_code="0",
            fail_reason="0",
            nozzle_target_temper=220,
            bed_target_temper=55,
        )
        self.publish_report()
        assert self._loop is not None
        self._job_task = self._loop.create_task(
            self._job_body(duration_s, layers, estimate, prepare_s), name=f"sim job {name}"
        )

    async def _job_body(
        self, duration_s: float, layers: int, estimate_s: float, prepare_s: float
    ) -> None:
        state = self.state
        step = max(prepare_s, 0.0) / 5
        for stage in (2, 13, 1):  # preheat, homing, levelling
            state["stg_cur"] = stage
            self.publish_report()
            await asyncio.sleep(step)
        state["gcode_state"] = "RUNNING"
        for stage in (7, 14):  # RUNNING before the first layer: heating, nozzle cleaning
            state["stg_cur"] = stage
            self.publish_report()
            await asyncio.sleep(step)
        state["stg_cur"] = 0
        state["layer_num"] = 1
        self.publish_report()
        tick = max(0.02, min(self.report_interval_s, duration_s / 20))
        elapsed = 0.0
        while elapsed < duration_s:
            await self._resume.wait()
            await asyncio.sleep(tick)
            if state["gcode_state"] != "RUNNING":
                continue
            elapsed = min(duration_s, elapsed + tick)
            progress = elapsed / duration_s if duration_s > 0 else 1.0
            state["mc_percent"] = int(progress * 100)
            state["layer_num"] = max(1, math.ceil(progress * layers))
            state["mc_remaining_time"] = math.ceil(estimate_s * (1 - progress) / 60)
        self._set_finished()

    def _set_finished(self) -> None:
        self.state.update(
            gcode_state="FINISH",
            mc_print_stage="1",
            stg_cur=255 if self.spec.style == "full" else -1,
            mc_percent=100,
            mc_remaining_time=0,
            layer_num=self.state["total_layer_num"],
            nozzle_target_temper=0,
            bed_target_temper=0,
        )
        self.publish_report()

    def _set_paused(self, print_error: int, stage: int | None) -> None:
        self._resume.clear()
        self.state.update(
            gcode_state="PAUSE",
            mc_print_stage="3",
            stg_cur=stage if stage is not None else (16 if print_error == 0 else 6),
            print_error=print_error,
            mc_print_error_code=str(print_error & 0xFFFF),
        )

    def _set_resumed(self) -> None:
        self.state.update(
            gcode_state="RUNNING",
            mc_print_stage="2",
            stg_cur=0,
            print_error=0,
            mc_print_error_code="0",
        )
        self._resume.set()

    def _set_operator_stop(self) -> None:
        task = self._job_task
        self._job_task = None
        if task is not None:
            task.cancel()
        self._resume.set()
        self.state.update(
            gcode_state="FAILED",
            mc_print_stage="1",
            stg_cur=255 if self.spec.style == "full" else -1,
            print_error=0,
            mc_print_error_code="0",
            nozzle_target_temper=0,
            bed_target_temper=0,
        )
        self._spawn(self._late_cancel_code())

    async def _late_cancel_code(self) -> None:
        await asyncio.sleep(self.cancel_code_delay_s)
        if self.state["gcode_state"] != "FAILED":
            return
        self.state.update(
            print_error=CANCEL_CODE,
            mc_print_error_code=str(CANCEL_CODE & 0xFFFF),
            fail_reason=str(CANCEL_CODE),
        )
        self.publish_report()

    async def stop_job(self) -> None:
        """Operator stop on the printer's screen: FAILED with print_error 0, then the cancel
        code (0x0300400C) ``cancel_code_delay_s`` later. No MQTT ack is sent."""
        self._set_operator_stop()
        self.publish_report()

    async def fail_job(
        self, hms: list[tuple[int, int]] | None = None, print_error: int = 0x03008003
    ) -> None:
        """The job fails: FAILED with ``print_error`` (+ HMS entries)."""
        await self._cancel_job()
        entries = [{"attr": attr, "code": code} for attr, code in hms or []]
        self.state.update(
            gcode_state="FAILED",
            mc_print_stage="1",
            stg_cur=255 if self.spec.style == "full" else -1,
            print_error=print_error,
            mc_print_error_code=str(print_error & 0xFFFF),
            fail_reason=str(print_error),
            hms=[*self.state["hms"], *entries],
            nozzle_target_temper=0,
            bed_target_temper=0,
        )
        self.publish_report()

    async def pause_job(self, print_error: int = 0, stage: int | None = None) -> None:
        """Pause (``print_error`` != 0: the printer paused itself and needs attention)."""
        self._set_paused(print_error, stage)
        self.publish_report()

    async def resume_job(self) -> None:
        """Resume a paused job."""
        self._set_resumed()
        self.publish_report()

    async def set_hms(self, entries: list[tuple[int, int]]) -> None:
        """Replace the active HMS list with ``[(attr, code), ...]``."""
        self.state["hms"] = [{"attr": attr, "code": code} for attr, code in entries]
        self.publish_report()

    async def set_idle(self) -> None:
        """Back to IDLE (plate cleared / new session)."""
        await self._cancel_job()
        self.state.update(
            gcode_state="IDLE",
            mc_print_stage="1",
            stg_cur=255 if self.spec.style == "full" else -1,
            print_error=0,
            mc_print_error_code="0",
            mc_percent=0,
            layer_num=0,
            mc_remaining_time=0,
            print_type="idle",
        )
        self.publish_report()

    async def wait_state(self, gcode_state: str) -> None:
        """Wait until the simulated printer is in ``gcode_state`` (wrap in asyncio.timeout)."""
        while self.state["gcode_state"] != gcode_state:
            self._changed.clear()
            await self._changed.wait()


def _stop_client(client: mqtt.Client) -> None:
    client.disconnect()
    client.loop_stop()


# --------------------------------------------------------------------------------------------
# Command line: one printer running scripted jobs forever
# --------------------------------------------------------------------------------------------


def _load_or_create_ca(ca_dir: Path | None) -> CertAuthority:
    if ca_dir is None:
        return sim_ca()
    cert_path, key_path = ca_dir / "ca.pem", ca_dir / "ca.key"
    if cert_path.exists() and key_path.exists():
        return load_ca(cert_path.read_text("ascii"), key_path.read_text("ascii"))
    ca = sim_ca()
    ca_dir.mkdir(parents=True, exist_ok=True)
    cert_path.write_text(ca.cert_pem, encoding="ascii")
    key_path.write_text(ca_key_pem(ca), encoding="ascii")
    key_path.chmod(0o600)
    return ca


async def run_scenarios(sim: BambuSimulator, cycle_s: float) -> None:
    """Success, failure with HMS, operator cancel, pause/resume: round and round."""
    kinds = ("success", "failure", "cancel", "pause")
    n = 0
    while True:
        kind = kinds[n % len(kinds)]
        n += 1
        name = f"{kind}_part_{n:03d}"
        duration = cycle_s * 0.6
        prepare = min(10.0, cycle_s * 0.1)
        _LOGGER.info("%s: job %s (%s)", sim.serial, name, kind)
        try:
            await sim.set_hms([])
            await sim.start_job(
                name,
                duration,
                layers=max(10, int(cycle_s)),
                estimate_s=duration * 1.1,
                prepare_s=prepare,
            )
            if kind == "success":
                async with asyncio.timeout(cycle_s * 3 + 30):
                    await sim.wait_state("FINISH")
            elif kind == "failure":
                await asyncio.sleep(prepare + duration * 0.4)
                await sim.fail_job(hms=[(0x0C000300, 0x00010002)], print_error=0x03008003)
            elif kind == "cancel":
                await asyncio.sleep(prepare + duration * 0.5)
                await sim.stop_job()
                await asyncio.sleep(sim.cancel_code_delay_s + 0.5)
            else:
                await asyncio.sleep(prepare + duration * 0.3)
                await sim.pause_job()
                await asyncio.sleep(cycle_s * 0.1)
                await sim.resume_job()
                async with asyncio.timeout(cycle_s * 3 + 30):
                    await sim.wait_state("FINISH")
        except TimeoutError:
            _LOGGER.warning("%s: job %s timed out", sim.serial, name)
        except Exception:  # never let one scenario kill the demo printer
            _LOGGER.exception("%s: scenario %s failed", sim.serial, name)
        await asyncio.sleep(cycle_s * 0.2)


async def _main(args: argparse.Namespace) -> None:
    ca = _load_or_create_ca(Path(args.ca_dir) if args.ca_dir else None)
    sim = BambuSimulator(
        serial=args.serial,
        model=args.model,
        access_code=args.access_code,
        host=args.host,
        port=args.port,
        report_interval_s=args.report_interval,
        cancel_code_delay_s=args.cancel_code_delay,
        ca=ca,
        ftp_port=args.ftp_port,
    )
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await sim.start()
    try:
        if args.ca_out:
            Path(args.ca_out).write_text(sim.ca_pem, encoding="ascii")
        _LOGGER.info(
            "simulated %s %s on %s:%d (access code %s)",
            sim.spec.product_name,
            sim.serial,
            sim.host,
            sim.port,
            "*" * len(sim.access_code),
        )
        scenarios = loop.create_task(run_scenarios(sim, args.cycle_seconds))
        await stop.wait()
        scenarios.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await scenarios
    finally:
        await sim.stop()


def main(argv: list[str] | None = None) -> None:
    """``python -m simulators.bambu``."""
    parser = argparse.ArgumentParser(description="Simulated Bambu Lab printer (mosquitto TLS)")
    parser.add_argument("--serial", default="01P00A000000001")
    parser.add_argument("--model", default="C12", choices=sorted(MODELS))
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8883)
    parser.add_argument("--access-code", default="12345678")
    parser.add_argument("--ftp-port", type=int, default=0, help="implicit FTPS (0 = free port)")
    parser.add_argument("--ca-out", help="write the CA certificate (PEM) here")
    parser.add_argument("--ca-dir", help="keep/load the CA cert+key here (stable across runs)")
    parser.add_argument("--cycle-seconds", type=float, default=120.0)
    parser.add_argument("--report-interval", type=float, default=1.0)
    parser.add_argument("--cancel-code-delay", type=float, default=4.0)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    asyncio.run(_main(args))


if __name__ == "__main__":
    main()
