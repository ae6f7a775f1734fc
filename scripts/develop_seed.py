"""Demo data for scripts/develop: historic runs (--seed-days; analytics need more than today's
prints) and farm operations (--demo-farm-ops: spools, drying, presets, queue jobs).

Writes through the integration's own store functions (``apply_ops``, ``set_tags``) into the
farm database of a running demo farm, so derived tables (materials, HMS onsets) stay consistent.
Deterministic (seeded per printer and day) and idempotent: job keys ``seed-YYYYMMDD-N`` are
skipped when present. Every seeded run starts and ends before today 00:00 UTC, so a window that
ends today at midnight never sees a live demo run.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
import random
import time
from typing import Any

from sqlalchemy import Engine, create_engine, event, func, select

from custom_components.odin.farm.audit import Actor, AuditEntry, AuditResult, Origin
from custom_components.odin.farm.runs import EndRun, ErrorClear, ErrorOnset, RunOp, StartRun
from custom_components.odin.printers.model import ErrorSeverity, PrinterError, RunOutcome
from custom_components.odin.store.audit import insert_audit
from custom_components.odin.store.runs import apply_ops
from custom_components.odin.store.schema import audit_log, printers
from custom_components.odin.store.tags import set_tags

# (failure_code, failure_reason, HMS code raised during the run or None)
FAILURES: list[tuple[str, str, str | None]] = [
    ("0300_8003", "Spaghetti failure detected", "0C000300_00030008"),
    ("0300_8004", "Filament ran out", None),
    ("0300_4002", "Auto bed levelling failed", "0C000300_00020002"),
    ("0300_4006", "Nozzle clog detected", "03000300_00010001"),
]
# per demo printer (by serial): materials, outcome weights (success, failed, cancelled,
# unknown), estimate bias, tags
PROFILES: dict[str, dict[str, Any]] = {
    "00M00A391800001": {
        "materials": ["PLA", "PETG"],
        "weights": (80, 10, 8, 2),
        "bias": 0.04,
        "tags": ["Bay A", "Engineering"],
    },
    "01P00A391800002": {
        "materials": ["PETG", "PA-CF"],
        "weights": (65, 22, 10, 3),
        "bias": 0.09,
        "tags": ["Bay A"],
    },
    "0300AA391800003": {
        "materials": ["PLA", "TPU"],
        "weights": (75, 12, 12, 1),
        "bias": -0.03,
        "tags": ["Bay B"],
    },
}
FILES = ["gear", "bracket", "enclosure-lid", "cable-clip", "vase", "hinge", "phone-stand"]


def _engine(db: Path) -> Engine:
    engine = create_engine(f"sqlite:///{db}", connect_args={"timeout": 30})

    @event.listens_for(engine, "connect")
    def _pragma(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    return engine


def _wait_printers(engine: Engine, want: set[str], timeout: float = 120) -> dict[str, str]:
    """printer id by serial, once every wanted serial is in the DB."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with engine.connect() as conn:
                rows = conn.execute(
                    select(printers.c.id, printers.c.serial).where(printers.c.removed_at.is_(None))
                ).all()
            found = {serial: pid for pid, serial in rows if serial in want}
            if set(found) == want:
                return found
        except Exception:  # the DB may not be migrated yet
            pass
        if time.monotonic() > deadline:
            raise SystemExit(f"demo printers {sorted(want)} did not appear in the farm database")
        time.sleep(1)


def _day_ops(printer_id: str, serial: str, day: datetime) -> list[RunOp]:
    profile = PROFILES[serial]
    rng = random.Random(f"{serial}-{day:%Y%m%d}")
    ops: list[RunOp] = []
    cursor = day + timedelta(hours=rng.uniform(0.5, 3))
    day_end = day + timedelta(days=1) - timedelta(minutes=5)
    for n in range(rng.randint(2, 5)):
        estimate = rng.choice([25, 40, 55, 80, 120, 180, 240]) * 60.0
        outcome = rng.choices(list(RunOutcome), weights=profile["weights"])[0]
        if outcome is RunOutcome.SUCCESS:
            actual = estimate * (1 + profile["bias"] + rng.gauss(0, 0.05))
        else:
            actual = estimate * rng.uniform(0.05, 0.8)
        started = cursor
        ended = started + timedelta(seconds=actual)
        if ended >= day_end:
            break
        key = f"seed-{day:%Y%m%d}-{n}"
        material = rng.choice(profile["materials"])
        name = rng.choice(FILES)
        ops.append(
            StartRun(
                printer_id=printer_id,
                job_key=key,
                started_at=started,
                file_name=f"{name}.gcode.3mf",
                job_name=name,
                slicer_estimate_s=estimate,
                printer_estimate_s=estimate * rng.uniform(0.97, 1.03),
                total_layers=int(estimate / 12),
                filament=[{"type": material, "grams": round(estimate / 60 * 1.7, 1)}],
            )
        )
        code = reason = None
        if outcome is RunOutcome.FAILED:
            code, reason, hms = rng.choice(FAILURES)
            if hms is not None:
                onset = ended - timedelta(seconds=30)
                error = PrinterError(
                    source="hms",
                    code=hms,
                    severity=ErrorSeverity.SERIOUS,
                    module="seed",
                    message=reason,
                )
                ops.append(ErrorOnset(printer_id=printer_id, job_key=key, error=error, ts=onset))
                ops.append(
                    ErrorClear(printer_id=printer_id, code=hms, ts=ended + timedelta(minutes=2))
                )
        ops.append(
            EndRun(
                printer_id=printer_id,
                job_key=key,
                ended_at=ended,
                outcome=outcome,
                outcome_source="seed",
                failure_reason=reason,
                failure_code=code,
                actual_s=None if outcome is RunOutcome.UNKNOWN else actual,
            )
        )
        cursor = ended + timedelta(minutes=rng.uniform(10, 120))
    return ops


# Historic audit entries (demo users and automations), enough for more than one page.
AUDIT_ACTORS = [
    Actor(Origin.UI, user_id="seed-anna", user_name="Anna"),
    Actor(Origin.UI, user_id="seed-ben", user_name="Ben"),
    Actor(Origin.AUTOMATION, origin_ref="automation.night_pause"),
    Actor(Origin.SCRIPT, origin_ref="script.farm_stop_all"),
]
AUDIT_ACTIONS = ["pause", "resume", "stop"]


def _seed_audit(
    engine: Engine, ids: dict[str, str], names: dict[str, str], days: int, today: datetime
) -> int:
    """About three audited commands per day; skipped when seeded audit rows exist."""
    with engine.begin() as conn:
        seeded = conn.execute(
            select(func.count()).select_from(audit_log).where(audit_log.c.user_id == "seed-anna")
        ).scalar_one()
        if seeded:
            return 0
        count = 0
        for back in range(days, 0, -1):
            day = today - timedelta(days=back)
            rng = random.Random(f"audit-{day:%Y%m%d}")
            for _ in range(3):
                serial, printer_id = rng.choice(sorted(ids.items()))
                action = rng.choice(AUDIT_ACTIONS)
                refused = action == "resume" and rng.random() < 0.3
                insert_audit(
                    conn,
                    AuditEntry(
                        ts=day + timedelta(minutes=rng.randint(0, 24 * 60 - 1)),
                        actor=rng.choice(AUDIT_ACTORS),
                        action=action,
                        target_type="printer",
                        target_id=printer_id,
                        details={"printer": names.get(serial, serial)},
                        result=AuditResult.REFUSED if refused else AuditResult.OK,
                        result_text="not paused" if refused else None,
                    ),
                )
                count += 1
        return count


def _seed(db: Path, days: int, tags: bool) -> dict[str, int]:
    engine = _engine(db)
    try:
        ids = _wait_printers(engine, set(PROFILES))
        today = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        counts: dict[str, int] = {}
        for serial, printer_id in ids.items():
            ops: list[RunOp] = []
            for back in range(days, 0, -1):
                ops.extend(_day_ops(printer_id, serial, today - timedelta(days=back)))
            with engine.begin() as conn:
                apply_ops(conn, ops)
                if tags:
                    set_tags(conn, printer_id, PROFILES[serial]["tags"])
            counts[serial] = sum(isinstance(op, StartRun) for op in ops)
        with engine.connect() as conn:
            names = {
                serial: name
                for serial, name in conn.execute(select(printers.c.serial, printers.c.name))
                if serial in ids
            }
        counts["audit"] = _seed_audit(engine, ids, names, days, today)
        return counts
    finally:
        engine.dispose()


async def seed_history(db: Path, days: int, *, tags: bool = False) -> dict[str, int]:
    """Seed ``days`` days before today; returns the number of runs per printer serial."""
    return await asyncio.to_thread(_seed, db, days, tags)


# ---------------------------------------------------------------------------- farm operations
# Demo spools, drying sessions, presets and queue jobs for scripts/develop --demo-farm-ops.
# Written through the farm's websocket commands (the same path as the panel), so the farm's
# caches, the scheduler and the audit log see them. Skipped when spools exist already.

WsCall = Callable[[dict[str, Any]], Awaitable[Any]]

DEMO_SPOOLS: list[dict[str, Any]] = [
    {"material": "PA-CF", "brand": "Bambu", "colour": "Black", "weight_g": 1000,
     "opened_days": 12, "printer": "P1S bay 2", "slot": "A1", "spoolman_id": 12,
     "notes": "Opened for the enclosure lids."},
    {"material": "PETG", "brand": "Prusament", "colour": "Orange", "weight_g": 1000,
     "opened_days": 40, "location": "Shelf 2",
     "dried": {"days_ago": 5, "temp_c": 65, "duration_min": 480, "method": "dryer",
               "humidity_before": 38, "humidity_after": 12}},
    {"material": "PLA", "brand": "Polymaker", "colour": "Galaxy Black", "weight_g": 750,
     "opened_days": 20, "printer": "X1C bay 1", "slot": "A2"},
    {"material": "TPU", "brand": "Bambu", "colour": "White", "weight_g": 500,
     "opened_days": 3, "location": "Dry box",
     "dried": {"days_ago": 3, "temp_c": 50, "duration_min": 240, "method": "dehydrator"}},
]  # fmt: skip
DEMO_PRESETS: list[dict[str, Any]] = [
    {"name": "Benchy", "file": "benchy.3mf", "target": {"type": "any"}, "quantity": 1,
     "options": {"timelapse": True}},
    {"name": "Gear housing", "file": "gear-housing.3mf",
     "target": {"type": "tag", "value": "Bay A"}, "filament": "PETG", "quantity": 3,
     "priority": 5, "notes": "Customer order 4711"},
]  # fmt: skip
DEMO_JOBS: list[dict[str, Any]] = [
    {"file": "cable-clip.3mf", "name": "Cable clips", "quantity": 2},
    {"file": "enclosure-lid.3mf", "name": "Enclosure lid", "model": "P1S", "filament": "PA-CF"},
    {"file": "big-part.3mf", "name": "Large bracket", "model": "H2D"},
    {"file": "phone-stand.3mf", "name": "Phone stand", "tags_any": ["Bay B"], "nozzle_mm": 0.4},
]  # fmt: skip


async def seed_tags(call: WsCall, printer_ids: dict[str, str]) -> int:
    """Give the demo printers (``printer_ids``: serial -> id) their tags, unless they have some.

    Through ``odin/tags/set`` rather than the database, so the running farm (scheduler, queue
    constraints, tag lists) knows them at once."""
    listed = (await call({"type": "odin/tags/list"}))["printers"]
    current = {p["printer_id"]: p["tags"] for p in listed}
    count = 0
    for serial, printer_id in printer_ids.items():
        if serial in PROFILES and printer_id in current and not current[printer_id]:
            tags = PROFILES[serial]["tags"]
            await call({"type": "odin/tags/set", "printer_id": printer_id, "tags": tags})
            count += 1
    return count


async def seed_farm_ops(call: WsCall, printers: dict[str, str]) -> dict[str, int]:
    """Seed the demo spools, drying sessions, presets and queue jobs through ``call`` (one
    websocket command -> its result); ``printers`` maps printer names to ids."""
    counts = {"spools": 0, "sessions": 0, "presets": 0, "jobs": 0}
    if (await call({"type": "odin/spools/list"}))["spools"]:
        return counts
    now = datetime.now(UTC)
    for spec in DEMO_SPOOLS:
        fields = {k: v for k, v in spec.items() if k not in ("opened_days", "printer", "dried")}
        fields["opened_at"] = (now - timedelta(days=spec["opened_days"])).isoformat()
        if "printer" in spec and spec["printer"] in printers:
            fields["printer_id"] = printers[spec["printer"]]
        else:
            fields.pop("slot", None)
        spool = (await call({"type": "odin/spools/save", **fields}))["spool"]
        counts["spools"] += 1
        if dried := spec.get("dried"):
            started = now - timedelta(days=dried["days_ago"], minutes=dried["duration_min"])
            session = {k: v for k, v in dried.items() if k != "days_ago"}
            await call(
                {
                    "type": "odin/drying/log",
                    "spool_id": spool["spool_id"],
                    "started_at": started.isoformat(),
                    **session,
                }
            )
            counts["sessions"] += 1
    for preset in DEMO_PRESETS:
        await call({"type": "odin/presets/save", **preset})
        counts["presets"] += 1
    for job in DEMO_JOBS:
        counts["jobs"] += len((await call({"type": "odin/queue/add", **job}))["jobs"])
    return counts


async def demo_printer_ids(db: Path) -> dict[str, str]:
    """The ids of the demo Bambu printers by serial (waits until they are in the database)."""

    def read() -> dict[str, str]:
        engine = _engine(db)
        try:
            return _wait_printers(engine, set(PROFILES))
        finally:
            engine.dispose()

    return await asyncio.to_thread(read)
