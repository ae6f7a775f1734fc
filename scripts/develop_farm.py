"""Orchestrates scripts/develop: demo printers, Home Assistant, onboarding and farm setup.

Runs inside the project environment (``odin_run``). Everything it starts is stopped on exit.
"""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import AsyncIterator
import contextlib
import json
import logging
import os
from pathlib import Path
import signal
import sys
from typing import Any

import aiohttp

REPO = Path(__file__).resolve().parent.parent
DEV = REPO / ".dev"
CONFIG = DEV / "ha-config"
DEMO = DEV / "demo"
BASE = "http://127.0.0.1:8123"
CLIENT_ID = f"{BASE}/"
USERNAME = "demo"
PASSWORD = "demo-farm"

ACCESS_CODE = "12345678"
DEMO_PRINTERS: list[dict[str, str]] = [
    {"name": "X1C bay 1", "model": "BL-P001", "serial": "00M00A391800001", "host": "127.0.0.11"},
    {"name": "P1S bay 2", "model": "C12", "serial": "01P00A391800002", "host": "127.0.0.12"},
    {"name": "A1 mini bay 3", "model": "N1", "serial": "0300AA391800003", "host": "127.0.0.13"},
]

# Klipper (Moonraker simulator) and Prusa (PrusaLink simulator) printers beside the Bambus.
KLIPPER_PRINTERS: list[dict[str, str]] = [
    {"name": "Voron bay 4", "host": "127.0.0.14", "instance_id": "0d1e0000000000000000000000000004",
     "hostname": "voron-bay4", "kinematics": "corexy"},
    {"name": "Ender bay 5", "host": "127.0.0.15", "instance_id": "0d1e0000000000000000000000000005",
     "hostname": "ender-bay5", "kinematics": "cartesian"},
]  # fmt: skip
PRUSA_PRINTERS: list[dict[str, str]] = [
    {"name": "MK4S bay 6", "host": "127.0.0.16", "serial": "SIM0000000000000006", "model": "MK4S"},
]
PRUSA_PASSWORD = "demo-prusa"

CONFIGURATION_YAML = """\
# Written by scripts/develop. A lean Home Assistant for developing O.D.I.N.
homeassistant:
  name: O.D.I.N. demo farm
  time_zone: UTC
  country: DE
  unit_system: metric
frontend:
config:
history:
logbook:
logger:
  default: warning
  logs:
    custom_components.odin: info
"""

_LOGGER = logging.getLogger("develop")

# Printers (by name) whose simulator runs no scripted demo jobs (--idle-printer): they stay idle
# until the farm sends them a file (auto-queue demos and the e2e dispatch test).
IDLE_PRINTERS: set[str] = set()
# Runs a simulator module with its scripted scenarios replaced by "wait forever".
_IDLE_RUNNER = (
    "import asyncio, importlib, sys\n"
    "mod = importlib.import_module(sys.argv[1])\n"
    "async def _idle(*_args):\n"
    "    await asyncio.Event().wait()\n"
    "mod.run_scenarios = _idle\n"
    "mod.main(sys.argv[2:])\n"
)


def _sim_cmd(module: str, name: str) -> list[str]:
    """``python -m <module>``, or the idle runner for a printer named in --idle-printer."""
    if name in IDLE_PRINTERS:
        return [sys.executable, "-c", _IDLE_RUNNER, module]
    return [sys.executable, "-m", module]


def _set_config_dir(path: Path) -> None:
    """Use another Home Assistant configuration folder (e.g. a throwaway one for scripts/e2e)."""
    global CONFIG  # noqa: PLW0603
    CONFIG = path.resolve()


def _prepare_config() -> None:
    CONFIG.mkdir(parents=True, exist_ok=True)
    (CONFIG / "custom_components").mkdir(exist_ok=True)
    link = CONFIG / "custom_components" / "odin"
    if not link.is_symlink():
        link.symlink_to(REPO / "custom_components" / "odin")
    cfg = CONFIG / "configuration.yaml"
    if not cfg.exists():
        cfg.write_text(CONFIGURATION_YAML, encoding="utf-8")


async def _start_printers(cycle_s: float) -> list[asyncio.subprocess.Process]:
    """One simulator process per demo printer, all signed by one CA kept in .dev/demo/ca."""
    procs = []
    DEMO.mkdir(parents=True, exist_ok=True)
    ca_key = DEMO / "ca" / "ca.key"
    for index, p in enumerate(DEMO_PRINTERS):
        log = (DEMO / f"{p['serial']}.log").open("ab")
        proc = await asyncio.create_subprocess_exec(
            *_sim_cmd("simulators.bambu", p["name"]),
            "--serial", p["serial"], "--model", p["model"], "--host", p["host"],
            "--port", "8883", "--ftp-port", "990", "--access-code", ACCESS_CODE,
            "--ca-dir", str(DEMO / "ca"), "--ca-out", str(DEMO / "ca.pem"),
            "--cycle-seconds", str(cycle_s * (1 + 0.15 * index)),
            cwd=REPO, stdout=log, stderr=log,
        )  # fmt: skip
        procs.append(proc)
        if index == 0:  # the first one creates the shared CA; the others load it
            for _ in range(300):
                if ca_key.exists() and (DEMO / "ca.pem").exists():
                    break
                await asyncio.sleep(0.1)
    for index, k in enumerate(KLIPPER_PRINTERS):
        log = (DEMO / f"{k['hostname']}.log").open("ab")
        procs.append(await asyncio.create_subprocess_exec(
            sys.executable, "-m", "simulators.moonraker", "--host", k["host"], "--port", "7125",
            "--instance-id", k["instance_id"], "--hostname", k["hostname"],
            "--kinematics", k["kinematics"],
            "--cycle-seconds", str(cycle_s * (0.5 + 0.1 * index)),
            cwd=REPO, stdout=log, stderr=log,
        ))  # fmt: skip
    for p in PRUSA_PRINTERS:
        log = (DEMO / f"{p['serial']}.log").open("ab")
        procs.append(await asyncio.create_subprocess_exec(
            *_sim_cmd("simulators.prusalink", p["name"]), "--host", p["host"], "--port", "80",
            "--serial", p["serial"], "--model", p["model"], "--password", PRUSA_PASSWORD,
            "--camera", "--cycle-seconds", str(cycle_s * 1.2),
            cwd=REPO, stdout=log, stderr=log,
        ))  # fmt: skip
    return procs


async def _wait_http(session: aiohttp.ClientSession, hass: asyncio.subprocess.Process) -> None:
    for _ in range(900):
        if hass.returncode is not None:
            raise SystemExit(
                f"Home Assistant exited with {hass.returncode}; see {CONFIG}/home-assistant.log"
            )
        with contextlib.suppress(aiohttp.ClientError):
            async with session.get(f"{BASE}/api/onboarding") as resp:
                if resp.status in (200, 404):
                    return
        await asyncio.sleep(1)
    raise SystemExit("Home Assistant did not come up in 15 minutes")


async def _token(session: aiohttp.ClientSession) -> str:
    """Onboard on first start (creating the demo user), otherwise log in."""
    async with session.get(f"{BASE}/api/onboarding") as resp:
        # 404: onboarding finished earlier (HA then drops its onboarding API)
        steps = await resp.json() if resp.status == 200 else None
    all_steps = {"user", "core_config", "analytics", "integration"}
    done = all_steps if steps is None else {s["step"] for s in steps if s.get("done")}
    if "user" not in done:
        async with session.post(
            f"{BASE}/api/onboarding/users",
            json={
                "client_id": CLIENT_ID,
                "name": "Demo",
                "username": USERNAME,
                "password": PASSWORD,
                "language": "en",
            },
        ) as resp:
            resp.raise_for_status()
            code = (await resp.json())["auth_code"]
    else:
        async with session.post(
            f"{BASE}/auth/login_flow",
            json={
                "client_id": CLIENT_ID,
                "handler": ["homeassistant", None],
                "redirect_uri": CLIENT_ID,
            },
        ) as resp:
            flow_id = (await resp.json())["flow_id"]
        async with session.post(
            f"{BASE}/auth/login_flow/{flow_id}",
            json={"client_id": CLIENT_ID, "username": USERNAME, "password": PASSWORD},
        ) as resp:
            code = (await resp.json())["result"]
    async with session.post(
        f"{BASE}/auth/token",
        data={"grant_type": "authorization_code", "code": code, "client_id": CLIENT_ID},
    ) as resp:
        resp.raise_for_status()
        token: str = (await resp.json())["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    for step, body in (
        ("core_config", {}),
        ("analytics", {}),
        ("integration", {"client_id": CLIENT_ID, "redirect_uri": CLIENT_ID}),
    ):
        if step not in done:
            async with session.post(f"{BASE}/api/onboarding/{step}", json=body, headers=headers):
                pass
    return token


async def _flow(
    session: aiohttp.ClientSession,
    headers: dict[str, str],
    path: str,
    start: dict[str, Any],
    data: dict[str, Any],
    menu: str | None = None,
) -> dict[str, Any]:
    async with session.post(f"{BASE}{path}", json=start, headers=headers) as resp:
        result: dict[str, Any] = await resp.json()
    if result.get("type") == "menu" and menu is not None:  # e.g. the printer brand menu
        async with session.post(
            f"{BASE}{path}/{result['flow_id']}", json={"next_step_id": menu}, headers=headers
        ) as resp:
            result = await resp.json()
    if result.get("type") != "form":
        return result
    async with session.post(
        f"{BASE}{path}/{result['flow_id']}", json=data, headers=headers
    ) as resp:
        final: dict[str, Any] = await resp.json()
    return final


async def _configure_farm(
    session: aiohttp.ClientSession, token: str, args: argparse.Namespace
) -> None:
    headers = {"Authorization": f"Bearer {token}"}
    async with session.get(
        f"{BASE}/api/config/config_entries/entry?domain=odin", headers=headers
    ) as resp:
        entries = await resp.json()
    if entries:
        entry_id = entries[0]["entry_id"]
    else:
        result = await _flow(
            session, headers, "/api/config/config_entries/flow", {"handler": "odin"}, {"db_url": ""}
        )
        if result.get("type") != "create_entry":
            raise SystemExit(f"farm entry not created: {result}")
        entry_id = result["result"]["entry_id"]
        _LOGGER.info("created the farm entry (embedded SQLite)")
    # before the printers are added, so their first runs already use these options
    await _set_timelapse_options(session, headers, entry_id, args)
    ca_pem = (DEMO / "ca.pem").read_text("ascii")
    for p in DEMO_PRINTERS:
        data = {
            "name": p["name"],
            "host": p["host"],
            "serial": p["serial"],
            "access_code": ACCESS_CODE,
            "advanced": {"port": 8883, "ca_pem": ca_pem},
        }
        result = await _flow(
            session,
            headers,
            "/api/config/config_entries/subentries/flow",
            {"handler": [entry_id, "printer"]},
            data,
            menu="bambu",
        )
        outcome = result.get("type"), result.get("reason") or result.get("errors")
        _LOGGER.info("printer %s: %s", p["name"], outcome)
    others: list[tuple[str, str, dict[str, Any]]] = [
        (k["name"], "moonraker",
         {"name": k["name"], "host": k["host"], "advanced": {"port": 7125, "ssl": False}})
        for k in KLIPPER_PRINTERS
    ] + [
        (p["name"], "prusalink",
         {"name": p["name"], "host": p["host"], "password": PRUSA_PASSWORD,
          "advanced": {"port": 80, "username": "maker"}})
        for p in PRUSA_PRINTERS
    ]  # fmt: skip
    for name, brand, data in others:
        for attempt in range(20):  # the simulators may still be starting
            result = await _flow(
                session,
                headers,
                "/api/config/config_entries/subentries/flow",
                {"handler": [entry_id, "printer"]},
                data,
                menu=brand,
            )
            if (result.get("errors") or {}).get("base") != "cannot_connect" or attempt == 19:
                break
            await asyncio.sleep(0.5)
        outcome = result.get("type"), result.get("reason") or result.get("errors")
        _LOGGER.info("printer %s: %s", name, outcome)


class _Websocket:
    """A minimal Home Assistant websocket client: ``await ws.call({...})`` -> the result."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self._ws = ws
        self._next_id = 0

    @classmethod
    @contextlib.asynccontextmanager
    async def connect(cls, session: aiohttp.ClientSession, token: str) -> AsyncIterator[_Websocket]:
        """Connected and authenticated with ``token``."""
        async with session.ws_connect(f"{BASE}/api/websocket") as ws:
            await ws.receive_json()  # auth_required
            await ws.send_json({"type": "auth", "access_token": token})
            if (await ws.receive_json()).get("type") != "auth_ok":
                raise SystemExit("websocket authentication failed")
            yield cls(ws)

    async def call(self, message: dict[str, Any]) -> Any:
        """Send one command and return its result (a failure ends the script)."""
        self._next_id += 1
        await self._ws.send_json({"id": self._next_id, **message})
        while True:
            reply = await self._ws.receive_json()
            if reply.get("id") == self._next_id and reply.get("type") == "result":
                if not reply.get("success"):
                    raise SystemExit(f"{message['type']} failed: {reply.get('error')}")
                return reply.get("result")


async def _ensure_user(
    session: aiohttp.ClientSession, token: str, username: str, password: str, *, admin: bool
) -> None:
    """Create a Home Assistant user with a username/password login, unless it exists."""
    async with _Websocket.connect(session, token) as ws:
        users = await ws.call({"type": "config/auth/list"})
        if any(user.get("username") == username for user in users):
            return
        user = (
            await ws.call(
                {
                    "type": "config/auth/create",
                    "name": username.capitalize(),
                    "group_ids": ["system-admin" if admin else "system-users"],
                    "local_only": False,
                }
            )
        )["user"]
        await ws.call(
            {
                "type": "config/auth_provider/homeassistant/create",
                "user_id": user["id"],
                "username": username,
                "password": password,
            }
        )
        _LOGGER.info("created %s user %s", "admin" if admin else "non-admin", username)


async def _set_timelapse_options(
    session: aiohttp.ClientSession, headers: dict[str, str], entry_id: str, args: argparse.Namespace
) -> None:
    """Farm options through the options flow (the UI's path): frame interval and video fps."""
    data: dict[str, Any] = {}
    if args.timelapse_interval:
        data["timelapse_interval_s"] = args.timelapse_interval
    if args.timelapse_fps:
        data["timelapse_fps"] = args.timelapse_fps
    if not data:
        return
    result = await _flow(
        session, headers, "/api/config/config_entries/options/flow", {"handler": entry_id}, data
    )
    if result.get("type") != "create_entry":
        raise SystemExit(f"farm options not saved: {result}")
    _LOGGER.info("farm options: %s", data)


async def _seed_farm_ops(
    session: aiohttp.ClientSession, token: str, args: argparse.Namespace
) -> None:
    """Demo tags (--demo-tags) and spools, drying, presets, queue jobs (--demo-farm-ops), all
    through the farm's websocket commands as the demo user."""
    from scripts.develop_seed import (  # noqa: PLC0415
        demo_printer_ids,
        seed_farm_ops,
        seed_tags,
    )

    async with _Websocket.connect(session, token) as ws:
        if args.demo_tags:
            ids = await demo_printer_ids(CONFIG / "odin.db")
            _LOGGER.info("tagged %s printers", await seed_tags(ws.call, ids))
        if args.demo_farm_ops:
            listed = (await ws.call({"type": "odin/printers/list"}))["printers"]
            names = {p["name"]: p["printer_id"] for p in listed}
            _LOGGER.info("farm operations: %s", await seed_farm_ops(ws.call, names))


def _write_ready(path: Path) -> None:
    info = {
        "pid": os.getpid(),
        "url": BASE,
        "config_dir": str(CONFIG),
        "db": str(CONFIG / "odin.db"),
    }
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(info), encoding="utf-8")
    tmp.replace(path)


async def main(args: argparse.Namespace) -> None:
    """Run until Ctrl-C / SIGTERM."""
    _prepare_config()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    printers = await _start_printers(args.cycle_seconds)
    hass = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "homeassistant",
        "-c",
        str(CONFIG),
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )
    try:
        async with aiohttp.ClientSession() as session:
            _LOGGER.info("waiting for Home Assistant (first start installs its frontend)...")
            await _wait_http(session, hass)
            token = await _token(session)
            await _configure_farm(session, token, args)
            if args.seed_days:
                from scripts.develop_seed import seed_history  # noqa: PLC0415

                summary = await seed_history(CONFIG / "odin.db", args.seed_days)
                _LOGGER.info("seeded history: %s", summary)
            if args.demo_tags or args.demo_farm_ops:
                await _seed_farm_ops(session, token, args)
            if args.non_admin:
                username, _, password = args.non_admin.partition(":")
                await _ensure_user(session, token, username, password or username, admin=False)
        if args.ready_file:
            _write_ready(args.ready_file)
        print(
            f"\nO.D.I.N. demo farm is up: {BASE}  (login: {USERNAME} / {PASSWORD})\n"
            f"Database: {CONFIG / 'odin.db'}; HA log: {CONFIG / 'home-assistant.log'}\n"
            "Ctrl-C stops Home Assistant and the simulated printers.\n",
            flush=True,
        )
        if args.exit_after:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(args.exit_after):
                    await stop.wait()
        else:
            await stop.wait()
    finally:
        for proc in (hass, *printers):
            if proc.returncode is None:
                proc.terminate()
        for proc in (hass, *printers):
            try:
                async with asyncio.timeout(30):
                    await proc.wait()
            except TimeoutError:
                proc.kill()
                await proc.wait()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--cycle-seconds", type=float, default=90.0, help="length of one scripted demo job cycle"
    )
    parser.add_argument(
        "--exit-after", type=float, default=0, help="stop after this many seconds (for smoke tests)"
    )
    parser.add_argument(
        "--config-dir",
        type=Path,
        default=None,
        help=f"Home Assistant configuration folder (default {CONFIG})",
    )
    parser.add_argument(
        "--seed-days",
        type=int,
        default=0,
        help="write this many days of historic demo runs (ending yesterday) into the farm DB",
    )
    parser.add_argument("--demo-tags", action="store_true", help="give the demo printers tags")
    parser.add_argument(
        "--demo-farm-ops",
        action="store_true",
        help="add demo spools, drying sessions, presets and queue jobs",
    )
    parser.add_argument(
        "--timelapse-interval",
        type=int,
        default=0,
        help="set the farm's timelapse frame interval (seconds; default: leave the option)",
    )
    parser.add_argument(
        "--timelapse-fps",
        type=int,
        default=0,
        help="set the farm's timelapse video frame rate (default: leave the option)",
    )
    parser.add_argument(
        "--non-admin",
        metavar="USER:PASSWORD",
        default="",
        help="also create this non-admin Home Assistant user",
    )
    parser.add_argument(
        "--idle-printer",
        action="append",
        default=[],
        metavar="NAME",
        help="run no scripted demo jobs on this Bambu or Prusa demo printer (repeatable)",
    )
    parser.add_argument(
        "--ready-file",
        type=Path,
        default=None,
        help="write JSON (pid, url, config dir) here once everything is up",
    )
    logging.basicConfig(level=logging.INFO, format="develop: %(message)s")
    parsed = parser.parse_args()
    if parsed.config_dir is not None:
        _set_config_dir(parsed.config_dir)
    unknown = set(parsed.idle_printer) - {p["name"] for p in (*DEMO_PRINTERS, *PRUSA_PRINTERS)}
    if unknown:
        parser.error(f"--idle-printer: no Bambu/Prusa demo printer named {sorted(unknown)}")
    IDLE_PRINTERS.update(parsed.idle_printer)
    asyncio.run(main(parsed))
