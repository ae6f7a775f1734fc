"""Fuzzing Moonraker ingest: garbage in any field never raises, never reaches a snapshot, never
sticks.

Real-shaped payloads (the simulator's objects): a ``printer.objects.subscribe`` status for the
(re)sync, ``notify_status_update`` diffs, ``notify_history_changed`` jobs and file metadata.
Each case feeds one mutated payload into the ``MoonrakerState`` entry point the client calls for
that message (and the job-start deadline ``tick`` its timer calls), then a valid diff whose
values moved: the snapshot must show them.
"""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta
import random
import time
from typing import Any

import pytest

from custom_components.odin.printers.model import PrinterStatus, RunEvent, RunEventType
from custom_components.odin.printers.moonraker import MoonrakerState
from tests.printers.fuzzing import (
    BAD_CONTAINERS,
    BAD_NUMBERS,
    SEED,
    mutate,
    non_finite,
    numeric_paths,
    with_value,
)

T0 = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
FILE = "cube_0.2mm_PLA.gcode"
CHAMBER = "temperature_sensor chamber"

STATUS: dict[str, Any] = {
    "webhooks": {"state": "ready", "state_message": "Printer is ready"},
    "print_stats": {
        "filename": FILE,
        "total_duration": 120.5,
        "print_duration": 100.25,
        "filament_used": 250.5,
        "state": "printing",
        "message": "",
        "info": {"total_layer": 100, "current_layer": 12},
    },
    "virtual_sdcard": {
        "file_path": f"/home/pi/printer_data/gcodes/{FILE}",
        "progress": 0.12,
        "is_active": True,
        "file_position": 24_000,
        "file_size": 200_000,
    },
    "display_status": {"progress": 0.12, "message": None},
    "extruder": {"temperature": 214.96, "target": 215.0, "power": 0.4, "pressure_advance": 0.04},
    "heater_bed": {"temperature": 59.9, "target": 60.0, "power": 0.2},
    CHAMBER: {"temperature": 31.5},
}

HISTORY_ENTRY: dict[str, Any] = {
    "job_id": "00000A",
    "user": "_TRUSTED_USER_",
    "filename": FILE,
    "exists": True,
    "status": "in_progress",
    "start_time": (T0 - timedelta(seconds=120)).timestamp(),
    "end_time": None,
    "print_duration": 100.25,
    "total_duration": 120.5,
    "filament_used": 250.5,
    "metadata": {"estimated_time": 1800.0, "filament_total": 4123.4},
    "auxiliary_data": [],
}

METADATA: dict[str, Any] = {
    "size": 200_000,
    "modified": 1765000000.5,
    "slicer": "PrusaSlicer",
    "slicer_version": "2.8.1",
    "layer_height": 0.2,
    "first_layer_height": 0.2,
    "object_height": 20.0,
    "nozzle_diameter": 0.4,
    "filament_name": "Generic PLA",
    "filament_type": "PLA",
    "filament_total": 4123.4,
    "filament_weight_total": 12.3,
    "estimated_time": 1800.0,
    "layer_count": 100,
    "first_layer_extr_temp": 215.0,
    "first_layer_bed_temp": 60.0,
    "thumbnails": [],
    "filename": FILE,
}


class Feed:
    def __init__(self) -> None:
        self.state = MoonrakerState(key_wait_s=2.0)
        self.t = 0.0
        self.events: list[RunEvent] = []
        self.call(
            self.state.sync,
            klippy_state="ready",
            klippy_message="Printer is ready",
            status=copy.deepcopy(STATUS),
            history=[copy.deepcopy(HISTORY_ENTRY)],
            now=self.now(),
            has_history=True,
            chamber=CHAMBER,
        )
        self.call(self.state.set_metadata, FILE, copy.deepcopy(METADATA), self.now())
        assert self.state.snapshot.status is PrinterStatus.PRINTING
        assert RunEventType.JOB_STARTED in [e.type for e in self.events]

    def now(self) -> datetime:
        return T0 + timedelta(seconds=self.t)

    def call(self, entry: Any, *args: Any, **kwargs: Any) -> None:
        snap, events = entry(*args, **kwargs)  # must never raise
        self.events.extend(events)
        self.t += 0.5
        tick_snap, tick_events = self.state.tick(self.now() + timedelta(seconds=5))  # the timer
        self.events.extend(tick_events)
        problems = non_finite(self.state.snapshot)
        problems += non_finite([e.data for e in events + tick_events], "events")
        assert not problems, problems
        del snap, tick_snap

    def diff(self, diff: dict[str, Any]) -> None:
        self.call(self.state.status_update, diff, self.now())

    def check_recovers(self, i: int, what: str, restore: tuple[str, ...] = ()) -> None:
        """A valid diff re-sends the objects a glitch touched and moves the temperatures."""
        temp = 200.0 + i % 50
        diff: dict[str, Any] = {name: copy.deepcopy(STATUS[name]) for name in restore}
        diff.setdefault("extruder", {})["temperature"] = temp
        diff.setdefault("heater_bed", {})["temperature"] = 50.0 + i % 10
        self.diff(diff)
        snap = self.state.snapshot
        assert snap.status is PrinterStatus.PRINTING, what
        assert snap.nozzle_temp == temp, what
        assert snap.bed_temp == 50.0 + i % 10, what
        assert snap.file_name == FILE, what


def test_every_numeric_key_with_every_bad_value_in_status_updates() -> None:
    feed = Feed()
    i = 0
    for path in numeric_paths(STATUS):
        for bad in BAD_NUMBERS:
            name = str(path[0])
            mutated = with_value(STATUS, path, bad)
            feed.diff({name: mutated[name]})
            feed.check_recovers(i, f"{path}={bad!r}", restore=(name,))
            i += 1
    assert i > 300


def test_wrong_container_types_in_status_updates() -> None:
    feed = Feed()
    for i, (name, bad) in enumerate(
        (name, bad) for name in STATUS for bad in BAD_CONTAINERS if not isinstance(bad, dict)
    ):
        feed.diff({name: bad})
        feed.diff({"print_stats": {"info": bad}, "virtual_sdcard": {"progress": bad}})
        feed.check_recovers(i, f"{name}={bad!r}", restore=(name, "print_stats", "virtual_sdcard"))


@pytest.mark.parametrize("round_", range(2))
def test_random_mutations_of_every_entry_point(round_: int) -> None:
    """Random mutations, fixed seed: status diffs, history changes, metadata, re-syncs."""
    rng = random.Random(SEED + 100 + round_)
    started = time.monotonic()
    feed = Feed()
    for i in range(4000):
        roll = rng.random()
        if roll < 0.6:
            mutated = mutate(STATUS, rng)
            names = rng.sample(sorted(mutated), k=min(len(mutated), rng.randint(1, 3)))
            feed.diff({name: mutated[name] for name in names})
            restore = tuple(names)
        elif roll < 0.8:
            entry = mutate(HISTORY_ENTRY, rng)
            action = rng.choice(("added", "finished", "modified", "", "deleted"))
            feed.call(feed.state.history_changed, action, entry, feed.now())
            restore = ()
        elif roll < 0.95:
            feed.call(feed.state.set_metadata, FILE, mutate(METADATA, rng), feed.now())
            restore = ()
        else:
            feed.call(
                feed.state.sync,
                klippy_state="ready",
                klippy_message="Printer is ready",
                status=mutate(STATUS, rng),
                history=[mutate(HISTORY_ENTRY, rng)],
                now=feed.now(),
                has_history=True,
                chamber=CHAMBER,
            )
            restore = tuple(STATUS)
        feed.check_recovers(i, f"case {i}", restore=restore)
    assert time.monotonic() - started < 30  # ~3 s on an idle core


def test_a_bad_temperature_is_unknown_until_the_next_good_one() -> None:
    feed = Feed()
    for i, bad in enumerate(("inf", "nan", "1e999", "9" * 300, True, [], {"x": 1})):
        feed.diff({"extruder": {"temperature": bad}})
        assert feed.state.snapshot.nozzle_temp is None, bad
        assert feed.state.snapshot.status is PrinterStatus.PRINTING, bad
        feed.diff({"extruder": {"temperature": 210.0 + i}})
        assert feed.state.snapshot.nozzle_temp == 210.0 + i
