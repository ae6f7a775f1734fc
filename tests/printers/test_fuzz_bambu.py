"""Fuzzing Bambu ingest: garbage in any field never raises, never reaches a snapshot, never sticks.

The payloads are the simulator's real-shaped ``push_status`` (X1C with AMS), printing. Each case
feeds one mutated report into ``BambuState.ingest`` (what the MQTT transport calls for every
message), then a valid report whose values moved: the snapshot must show the new values.
"""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta
import json
import random
import time
from typing import Any

import pytest

from custom_components.odin.printers.bambu import BambuState, read_hardware
from custom_components.odin.printers.model import PrinterStatus, RunEvent
from simulators.bambu import MODELS, _initial_state
from tests.printers.fuzzing import (
    BAD_NUMBERS,
    SEED,
    mutate,
    non_finite,
    numeric_paths,
    with_value,
)

SERIAL = "00M09A350100123"
T0 = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)


def printing_report() -> dict[str, Any]:
    report = _initial_state(MODELS["BL-P001"], "192.0.2.10")
    report.update(
        command="push_status",
        gcode_state="RUNNING",
        stg_cur=0,
        layer_num=12,
        total_layer_num=100,
        mc_percent=12,
        mc_remaining_time=42,
        subtask_name="cube",
        gcode_file="/data/Metadata/plate_1.gcode",
        gcode_start_time="1767225600",
        task_id="512345678",
        subtask_id="512345679",
        nozzle_temper=219.8,
        nozzle_target_temper=220,
        bed_temper=59.9,
        bed_target_temper=60,
        nozzle_diameter="0.4",
        fail_reason="0",
        hms=[],
    )
    return report


BASE = printing_report()


def encode(report: dict[str, Any]) -> bytes:
    # json (not orjson) so NaN/Infinity literals reach the parser too; 1e999 as a raw literal
    text = json.dumps({"print": report}, allow_nan=True, default=str)
    return text.encode()


def valid(i: int, restore: tuple[str, ...] | None = None) -> tuple[dict[str, Any], int, float]:
    """A valid report whose remaining time and nozzle temperature moved: the full report, or
    a delta re-sending only the ``restore`` keys."""
    if restore is None:
        report = copy.deepcopy(BASE)
    else:
        report = {"command": "push_status"}
        report.update({key: copy.deepcopy(BASE[key]) for key in restore})
    minutes = 1 + i % 900
    temp = 200.0 + i % 50
    report["mc_remaining_time"] = minutes
    report["nozzle_temper"] = temp
    return report, minutes * 60, temp


class Feed:
    def __init__(self) -> None:
        self.state = BambuState(SERIAL)
        self.t = 0.0
        self.state.connection_made(self.now())
        self.events: list[RunEvent] = []

    def now(self) -> datetime:
        return T0 + timedelta(seconds=self.t)

    def ingest(self, payload: bytes) -> None:
        self.t += 1.0
        _snap, events = self.state.ingest(payload, self.now())  # must never raise
        self.events.extend(events)
        problems = non_finite(self.state.snapshot)
        problems += non_finite(read_hardware(self.state.raw), "hardware")
        problems += non_finite([e.data for e in events], "events")
        assert not problems, problems

    def check_recovers(self, i: int, what: str, restore: tuple[str, ...] | None = None) -> None:
        report, remaining_s, temp = valid(i, restore)
        self.ingest(encode(report))
        snap = self.state.snapshot
        assert snap.status is PrinterStatus.PRINTING, what
        assert snap.remaining_s == remaining_s, what
        assert snap.nozzle_temp == temp, what
        assert snap.progress == 12.0, what


def test_a_glitched_value_is_unknown_until_the_next_good_one() -> None:
    feed = Feed()
    feed.ingest(encode(BASE))
    for i, bad in enumerate(("inf", "nan", "1e999", "9" * 300, True, [], {"x": 1}, "12abc")):
        feed.ingest(encode({"command": "push_status", "mc_percent": bad, "bed_temper": bad}))
        snap = feed.state.snapshot
        assert snap.progress is None, bad
        assert snap.bed_temp is None, bad
        assert snap.status is PrinterStatus.PRINTING, bad
        feed.ingest(encode({"command": "push_status", "mc_percent": 20 + i, "bed_temper": 61}))
        assert feed.state.snapshot.progress == 20.0 + i
        assert feed.state.snapshot.bed_temp == 61.0


def test_remaining_time_inf_does_not_freeze_the_status() -> None:
    """Regression: ``"mc_remaining_time": "inf"`` raised OverflowError out of every later
    report until the key was re-sent, so the printer's status froze."""
    feed = Feed()
    feed.ingest(encode(BASE))
    assert feed.state.snapshot.remaining_s == 42 * 60
    feed.ingest(encode({"command": "push_status", "mc_remaining_time": "inf"}))
    assert feed.state.snapshot.remaining_s in (None, 42 * 60)
    feed.ingest(encode({"command": "push_status", "mc_percent": 13}))  # an unrelated delta
    assert feed.state.snapshot.progress == 13.0
    feed.ingest(encode({"command": "push_status", "mc_remaining_time": 40}))
    assert feed.state.snapshot.remaining_s == 40 * 60
    feed.ingest(encode({"command": "push_status", "gcode_state": "FINISH", "mc_percent": 100}))
    assert feed.state.snapshot.status is PrinterStatus.FINISHED


def test_every_numeric_key_with_every_bad_value() -> None:
    """Each numeric leaf of the report (AMS trays included) x each bad value, sent as a full
    report and as a delta carrying only the mutated key, then a valid report."""
    started = time.monotonic()
    feed = Feed()
    feed.ingest(encode(BASE))
    paths = numeric_paths(BASE)
    assert len(paths) > 60  # the real report shape, not a toy
    i = 0
    for path in paths:
        for bad in BAD_NUMBERS:
            mutated = with_value(BASE, path, bad)
            if i % 2:
                top = path[0]
                mutated = {"command": "push_status", str(top): mutated[top]}
            payload = encode(mutated)
            if bad == 1e300 * 1e300 and i % 3 == 0:  # the raw JSON literal 1e999
                payload = payload.replace(b"Infinity", b"1e999")
            feed.ingest(payload)
            feed.check_recovers(i, f"{path}={bad!r}", restore=(str(path[0]),))
            i += 1
    assert time.monotonic() - started < 30  # ~3 s on an idle core


@pytest.mark.parametrize("round_", range(2))
def test_random_structural_mutations(round_: int) -> None:
    """Random mutations (bad numbers, wrong text, wrong container types, dropped keys), fixed
    seed; a valid report after each."""
    rng = random.Random(SEED + round_)
    started = time.monotonic()
    feed = Feed()
    feed.ingest(encode(BASE))
    for i in range(2000):
        mutated = mutate(BASE, rng)
        if rng.random() < 0.5:  # a delta: only some top-level keys
            keys = rng.sample(sorted(mutated), k=min(len(mutated), rng.randint(1, 6)))
            mutated = {key: mutated[key] for key in keys}
            mutated["command"] = "push_status"
        feed.ingest(encode(mutated))
        feed.check_recovers(i, f"case {i}")
    assert time.monotonic() - started < 30  # ~3 s on an idle core


def test_whole_payload_garbage() -> None:
    feed = Feed()
    feed.ingest(encode(BASE))
    for payload in (
        b"",
        b"null",
        b"[]",
        b"{}",
        b'{"print": null}',
        b'{"print": []}',
        b'{"print": "x"}',
        b'{"print": {"command": 5}}',
        b'{"info": {"command": "get_version", "module": "x"}}',
        b'{"info": {"command": "get_version", "module": [{"name": 5, "sw_ver": []}]}}',
        b"\xff\xfe",
        b'{"print": {"command": "push_status", "gcode_state": 1e999}}',
        b"9" * 400,
    ):
        feed.ingest(payload)
        feed.check_recovers(1, repr(payload[:40]))
