"""Fuzzing PrusaLink ingest: garbage in any field never raises, never reaches a snapshot, never
sticks.

Real-shaped answers (the simulator's ``/api/v1/status`` and ``/api/v1/job`` of an MK4 printing,
``/api/version`` and ``/api/v1/info``). Each case runs one poll the way the client does
(``wants_job`` decides whether ``/api/v1/job`` is read, then ``ingest``) with mutated answers,
then a valid poll whose values moved: the snapshot must show them, job name included.
"""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta
import math
import random
import time
from typing import Any

import pytest

from custom_components.odin.printers.model import PrinterStatus, RunEvent, RunEventType
from custom_components.odin.printers.prusalink import PrusaLinkState, build_info
from tests.printers.fuzzing import (
    BAD_CONTAINERS,
    BAD_NUMBERS,
    SEED,
    mutate,
    non_finite,
    numeric_paths,
    with_value,
)

SERIAL = "CZPX4720X004XC34242"
T0 = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
JOB_ID = 301
NAME = "cube_0.4n_0.2mm_PLA_MK4_1h2m"

STATUS: dict[str, Any] = {
    "printer": {
        "state": "PRINTING",
        "temp_nozzle": 214.8,
        "target_nozzle": 215.0,
        "temp_bed": 59.7,
        "target_bed": 60.0,
        "axis_z": 3.4,
        "flow": 100,
        "speed": 100,
        "fan_hotend": 5200,
        "fan_print": 3100,
        "status_printer": {"ok": True, "message": "OK"},
        "status_connect": {"ok": True, "message": "OK"},
    },
    "job": {"id": JOB_ID, "progress": 12.0, "time_remaining": 3300, "time_printing": 450},
    "storage": {"name": "usb", "path": "/usb/", "read_only": False, "free_space": 7_654_321_000},
    "camera": {"id": "simcam01"},
}

JOB: dict[str, Any] = {
    "id": JOB_ID,
    "state": "PRINTING",
    "progress": 12.0,
    "time_remaining": 3300,
    "time_printing": 450,
    "inaccurate_estimates": False,
    "file": {
        "name": "CUBE_0~1.BGC",
        "display_name": f"{NAME}.bgcode",
        "path": "/usb",
        "display_path": "/USB",
        "size": 1_234_567,
        "m_timestamp": 1765000000,
        "meta": {
            "estimated printing time (normal mode)": "1h 2m 0s",
            "estimated_print_time": 3720,
            "layer_height": 0.2,
            "nozzle_diameter": 0.4,
            "temperature": 215,
            "bed_temperature": 60,
            "filament_type": "PLA",
            "filament used [g]": 12.3,
            "filament used [mm]": 4120.5,
            "printer_model": "MK4",
        },
        "refs": {
            "download": f"/usb/{NAME}.bgcode",
            "icon": f"/thumb/s/usb/{NAME}.bgcode",
            "thumbnail": f"/thumb/l/usb/{NAME}.bgcode",
        },
    },
}

VERSION: dict[str, Any] = {
    "api": "2.0.0",
    "server": "2.1.2",
    "nozzle_diameter": 0.4,
    "text": "PrusaLink",
    "hostname": "prusa-mk4",
    "capabilities": {"upload-by-put": True},
    "printer": "1.4.0",
    "firmware": "6.1.3+7898",
}

INFO: dict[str, Any] = {
    "name": "MK4 sim",
    "location": "Sim farm",
    "farm_mode": False,
    "nozzle_diameter": 0.4,
    "min_extrusion_temp": 170,
    "serial": SERIAL,
    "sd_ready": False,
    "active_camera": True,
    "hostname": "prusa-mk4",
    "mmu": False,
    "network_error_chime": False,
}


class Feed:
    def __init__(self) -> None:
        self.state = PrusaLinkState(SERIAL)
        self.t = 0.0
        self.events: list[RunEvent] = []
        self.poll(STATUS, JOB)
        assert self.state.snapshot.status is PrinterStatus.PRINTING
        assert self.state.snapshot.job_name == NAME

    def poll(self, status: dict[str, Any], job: dict[str, Any] | None) -> None:
        """One client poll: /api/v1/job only when the state asks for it."""
        self.t += 2.0
        fetched = self.state.wants_job(status)  # must never raise
        snap, events = self.state.ingest(
            status,
            job if fetched else None,
            T0 + timedelta(seconds=self.t),
            job_fetched=fetched,
        )
        self.events.extend(events)
        problems = non_finite(self.state.snapshot) + non_finite([e.data for e in events], "ev")
        assert not problems, problems
        del snap

    def check_recovers(self, i: int, what: str) -> None:
        status = copy.deepcopy(STATUS)
        remaining = 3000 - i % 1000
        status["job"]["time_remaining"] = remaining
        status["job"]["progress"] = float(10 + i % 80)
        status["printer"]["temp_nozzle"] = 200.0 + i % 50
        self.poll(status, JOB)
        snap = self.state.snapshot
        assert snap.status is PrinterStatus.PRINTING, what
        assert snap.remaining_s == remaining, what
        assert snap.progress == float(10 + i % 80), what
        assert snap.nozzle_temp == 200.0 + i % 50, what
        assert snap.job_name == NAME, what  # a glitched job answer is not cached for the job
        assert snap.file_name == f"{NAME}.bgcode", what


def test_every_numeric_key_with_every_bad_value() -> None:
    feed = Feed()
    i = 0
    for payload_name, payload in (("status", STATUS), ("job", JOB)):
        for path in numeric_paths(payload):
            for bad in BAD_NUMBERS:
                mutated = with_value(payload, path, bad)
                if payload_name == "status":
                    feed.poll(mutated, JOB)
                else:
                    feed.poll(STATUS, mutated)
                feed.check_recovers(i, f"{payload_name}{path}={bad!r}")
                i += 1
    assert i > 500


def test_wrong_container_types() -> None:
    feed = Feed()
    for i, bad in enumerate(BAD_CONTAINERS):
        for key in ("printer", "job", "storage", "status_printer"):
            status = copy.deepcopy(STATUS)
            if key == "status_printer":
                status["printer"][key] = bad
            else:
                status[key] = bad
            feed.poll(status, JOB)
            feed.check_recovers(i, f"{key}={bad!r}")
        for key in ("file", "meta"):
            job = copy.deepcopy(JOB)
            if key == "meta":
                job["file"]["meta"] = bad
            else:
                job[key] = bad
            feed.poll(STATUS, job)
            feed.check_recovers(i, f"job.{key}={bad!r}")


@pytest.mark.parametrize("round_", range(2))
def test_random_mutations(round_: int) -> None:
    rng = random.Random(SEED + 200 + round_)
    started = time.monotonic()
    feed = Feed()
    for i in range(3000):
        roll = rng.random()
        status = mutate(STATUS, rng) if roll < 0.7 else copy.deepcopy(STATUS)
        job = mutate(JOB, rng) if roll >= 0.4 else copy.deepcopy(JOB)
        feed.poll(status, job)
        feed.check_recovers(i, f"case {i}")
    assert time.monotonic() - started < 30  # ~3 s on an idle core
    # glitches never invent or repeat runs: one job, started once, never ended
    types = [e.type for e in feed.events]
    assert types.count(RunEventType.JOB_STARTED) == 1
    assert types.count(RunEventType.JOB_ENDED) == 0


def test_identity_answers_never_raise() -> None:
    rng = random.Random(SEED + 300)
    assert build_info(VERSION, INFO, "192.0.2.20").serial == SERIAL
    for _ in range(2000):
        version = mutate(VERSION, rng) if rng.random() < 0.7 else VERSION
        info = mutate(INFO, rng) if rng.random() < 0.7 else INFO
        result = build_info(version, info, "192.0.2.20")
        assert not non_finite(result, "info")
        assert isinstance(result.serial, str)
        assert result.serial


def test_a_glitched_job_answer_does_not_rename_the_job() -> None:
    """Regression: a /api/v1/job answer with garbage as display_name was parsed with the 8.3
    short name instead, and that name was cached for the whole job."""
    feed = Feed()
    for i, bad in enumerate((-math.inf, 2**63, True, ["x"], {"n": 1})):
        status = copy.deepcopy(STATUS)
        status["job"] = 1.5  # no job id in the status: the client reads /api/v1/job again
        status["printer"]["state"] = "BUSY" if i % 2 else "9" * 300
        job = copy.deepcopy(JOB)
        job["file"]["display_name"] = bad
        feed.poll(status, job)
        feed.check_recovers(i, repr(bad))
        assert feed.state.snapshot.job_name == NAME


def test_a_later_answer_without_the_long_name_does_not_rename_the_job() -> None:
    """One job id is one file: an answer without ``file``, with an empty or missing
    display_name (only the 8.3 short name) keeps the name the job was started with."""
    feed = Feed()
    answers = [copy.deepcopy(JOB) for _ in range(3)]
    del answers[0]["file"]
    answers[1]["file"]["display_name"] = ""
    del answers[2]["file"]["display_name"]
    for i, job in enumerate(answers):
        status = copy.deepcopy(STATUS)
        status["job"] = []  # no job id in the status: the client reads /api/v1/job again
        status["printer"]["state"] = "BUSY" if i % 2 else "12abc"
        feed.poll(status, job)
        feed.check_recovers(i, f"answer {i}")
