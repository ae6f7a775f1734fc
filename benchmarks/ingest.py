"""Bambu ingest benchmark: messages/second of BambuState.ingest vs a naive baseline.

Input: benchmarks/data/bambu_reports.jsonl (recorded by benchmarks/record_reports.py from the
simulator: X1 full reports and P1/A1 deltas over several jobs). One run, one process pinned to
one core, every figure measured in the same run:

- ours:   ``BambuState.ingest`` = parse + merge + (skip when no relevant key changed)
          + normalize + diff + job/HMS events
- naive:  stdlib json parse, merge into a copied dict, rebuild the whole normalized snapshot
          from scratch (every field, every HMS entry) and compare with the previous one
- naive+same parser: the naive rebuild using our parser, to separate parser from design

    scripts/bench ingest [--rounds N] [--data PATH]
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
import gc
import json
import os
from pathlib import Path
import platform
import statistics
import sys
import time
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from custom_components.odin.printers.bambu import (
    BambuState,
    map_status,
    parse_hms,
    print_error_entry,
)
from custom_components.odin.printers.bambu.codes import STAGE_NAMES
from custom_components.odin.printers.coerce import (
    round1 as _to_float,
    to_int as _to_int,
    to_str as _to_str,
)
from custom_components.odin.printers.common import loads as _loads
from custom_components.odin.printers.model import (
    ErrorSeverity,
    PrinterSnapshot,
    PrinterStatus,
    RunOutcome,
)

DEFAULT_DATA = Path(__file__).with_name("data") / "bambu_reports.jsonl"
T0 = datetime(2026, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Message:
    serial: str
    payload: bytes
    now: datetime


def load(path: Path) -> list[Message]:
    messages: list[Message] = []
    with path.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if not line.strip():
                continue
            row = json.loads(line)
            messages.append(
                Message(row["serial"], row["payload"].encode(), T0 + timedelta(seconds=i * 0.05))
            )
    return messages


class NaiveBambu:
    """The obvious implementation: every message rebuilds the whole normalized state."""

    def __init__(self, serial: str, loads: Callable[[bytes], Any]) -> None:
        self.serial = serial
        self.loads = loads
        self.raw: dict[str, Any] = {}
        self.last: PrinterSnapshot | None = None

    def ingest(self, payload: bytes) -> PrinterSnapshot | None:
        try:
            msg = self.loads(payload)
        except ValueError:
            return None
        if not isinstance(msg, dict):
            return None
        report = msg.get("print")
        if not isinstance(report, dict) or report.get("command") != "push_status":
            return None
        raw = {**self.raw, **report}
        self.raw = raw
        snap = self._build(raw)
        if snap == self.last:
            return None
        self.last = snap
        return snap

    @staticmethod
    def _build(raw: dict[str, Any]) -> PrinterSnapshot:
        state = _to_str(raw.get("gcode_state"))
        state = state.upper() if state else None
        pe = _to_int(raw.get("print_error")) or 0
        layer = _to_int(raw.get("layer_num"))
        stg = _to_int(raw.get("stg_cur"))
        errors = parse_hms(raw.get("hms"))
        if pe:
            errors = (*errors, print_error_entry(pe))
        fatal = any(e.severity is ErrorSeverity.FATAL for e in errors if e.source == "hms")
        fail_reason = _to_int(raw.get("fail_reason")) or 0
        outcome = RunOutcome.CANCELLED if fail_reason == 0x0300400C else None
        status, pause_reason = map_status(
            state,
            layer_num=layer,
            stg_cur=stg,
            print_error=pe,
            fatal_hms=fatal,
            failed_outcome=outcome,
        )
        name = _to_str(raw.get("subtask_name"))
        minutes = _to_float(raw.get("mc_remaining_time"))
        return PrinterSnapshot(
            status=status,
            online=True,
            native_state=state,
            stage=STAGE_NAMES.get(stg, str(stg)) if stg is not None else None,
            job_key=None if status is PrinterStatus.IDLE else _to_str(raw.get("gcode_start_time")),
            job_name=name,
            file_name=_to_str(raw.get("gcode_file")) or name,
            progress=_to_float(raw.get("mc_percent")),
            remaining_s=int(minutes * 60) if minutes is not None else None,
            layer=layer,
            total_layers=_to_int(raw.get("total_layer_num")),
            nozzle_temp=_to_float(raw.get("nozzle_temper")),
            nozzle_target=_to_float(raw.get("nozzle_target_temper")),
            bed_temp=_to_float(raw.get("bed_temper")),
            bed_target=_to_float(raw.get("bed_target_temper")),
            chamber_temp=_to_float(raw.get("chamber_temper")),
            pause_reason=pause_reason,
            attention_required=fatal,
            errors=errors,
            print_error=pe,
        )


def run_ours(messages: list[Message]) -> tuple[float, int, int]:
    states: dict[str, BambuState] = {}
    snapshots = events = 0
    gc.collect()
    start = time.perf_counter()
    for m in messages:
        state = states.get(m.serial)
        if state is None:
            state = states[m.serial] = BambuState(m.serial)
        snap, evs = state.ingest(m.payload, m.now)
        if snap is not None:
            snapshots += 1
        events += len(evs)
    return time.perf_counter() - start, snapshots, events


def run_naive(messages: list[Message], loads: Callable[[bytes], Any]) -> tuple[float, int, int]:
    states: dict[str, NaiveBambu] = {}
    snapshots = 0
    gc.collect()
    start = time.perf_counter()
    for m in messages:
        state = states.get(m.serial)
        if state is None:
            state = states[m.serial] = NaiveBambu(m.serial, loads)
        if state.ingest(m.payload) is not None:
            snapshots += 1
    return time.perf_counter() - start, snapshots, 0


def pin_one_core() -> str:
    try:
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
    except (AttributeError, OSError):
        return "not pinned"
    return f"pinned to CPU {cpu}"


def main() -> None:
    parser = argparse.ArgumentParser(description="Bambu ingest benchmark")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--rounds", type=int, default=7, help="passes over the file (best wins)")
    args = parser.parse_args()

    pinned = pin_one_core()
    messages = load(args.data)
    n = len(messages)
    total_bytes = sum(len(m.payload) for m in messages)
    parser_name = "orjson" if _loads is not json.loads else "json (stdlib)"

    candidates: dict[str, Callable[[], tuple[float, int, int]]] = {
        "ours": lambda: run_ours(messages),
        "naive": lambda: run_naive(messages, json.loads),
        "naive+same parser": lambda: run_naive(messages, _loads),
    }
    results: dict[str, list[float]] = {name: [] for name in candidates}
    counts: dict[str, tuple[int, int]] = {}
    for _ in range(args.rounds):  # interleaved rounds: drift hits every candidate alike
        for name, fn in candidates.items():
            elapsed, snaps, events = fn()
            results[name].append(elapsed)
            counts[name] = (snaps, events)

    print(
        f"Bambu ingest benchmark - {platform.python_implementation()} {platform.python_version()}"
    )
    print(
        f"data: {args.data.name}: {n} messages ({total_bytes / 1e6:.2f} MB), "
        f"{len({m.serial for m in messages})} printers; {args.rounds} rounds, best of; {pinned}"
    )
    print(f"our parser: {parser_name}")
    best = {name: min(times) for name, times in results.items()}
    rate = {name: n / t for name, t in best.items()}
    for name in candidates:
        snaps, events = counts[name]
        median = statistics.median(results[name])
        extra = f", {events} events" if name == "ours" else ""
        print(
            f"  {name:<18} {rate[name]:>10,.0f} msg/s  (best {best[name] * 1e3:7.1f} ms, "
            f"median {median * 1e3:7.1f} ms; {snaps} snapshots{extra})"
        )
    print(f"ratio ours/naive:             {rate['ours'] / rate['naive']:.2f}x")
    print(f"ratio ours/naive+same parser: {rate['ours'] / rate['naive+same parser']:.2f}x")


if __name__ == "__main__":
    main()
