"""Record simulator reports for the ingest benchmark -> benchmarks/data/bambu_reports.jsonl.

Runs three simulated printers (X1 Carbon: full reports; P1S and A1 mini: deltas) behind real
mosquitto brokers, scripts several jobs each (success, failure with HMS, operator cancel,
pause/resume), and writes every report payload exactly as published, one JSON line each:
``{"serial": ..., "model": ..., "payload": "<the MQTT payload text>"}``.

    scripts/bench record      (or: python -m benchmarks.record_reports [--out PATH])
"""

from __future__ import annotations

import argparse
import asyncio
import json
from pathlib import Path
import random
import sys

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from simulators.bambu import BambuSimulator

DEFAULT_OUT = Path(__file__).with_name("data") / "bambu_reports.jsonl"

PRINTERS = (
    # serial, model, report interval (s): the X1 reports are big, keep fewer of them
    ("00M00A000000001", "BL-P001", 0.08),
    ("01P00C000000002", "C12", 0.012),
    ("03900D000000003", "N1", 0.012),
)


async def _script(sim: BambuSimulator) -> None:
    seconds = 4.0
    await asyncio.sleep(0.5)
    sim.publish_report(full=True)  # a pushall answer
    await sim.start_job("bracket", seconds, layers=60, estimate_s=4200, prepare_s=0.6)
    async with asyncio.timeout(30):
        await sim.wait_state("FINISH")
    await asyncio.sleep(0.4)
    await sim.start_job("spaghetti", seconds, layers=80, estimate_s=5400, prepare_s=0.6)
    await asyncio.sleep(1.5)
    await sim.set_hms([(0x0C000300, 0x00030006)])
    await asyncio.sleep(0.5)
    await sim.fail_job(hms=[(0x0C000300, 0x00010002)], print_error=0x03008003)
    await asyncio.sleep(0.6)
    await sim.set_hms([])
    sim.publish_report(full=True)  # reconnect: pushall again
    await sim.start_job("lid", seconds, layers=40, estimate_s=3000, prepare_s=0.6)
    await asyncio.sleep(1.5)
    await sim.stop_job()
    await asyncio.sleep(sim.cancel_code_delay_s + 0.3)
    await sim.start_job("gear", seconds, layers=50, estimate_s=3600, prepare_s=0.6)
    await asyncio.sleep(1.2)
    await sim.pause_job()
    await asyncio.sleep(0.5)
    await sim.resume_job()
    await asyncio.sleep(0.5)
    await sim.pause_job(print_error=0x03008004, stage=6)
    await asyncio.sleep(0.5)
    await sim.resume_job()
    async with asyncio.timeout(30):
        await sim.wait_state("FINISH")
    await asyncio.sleep(0.5)
    await sim.set_idle()
    await asyncio.sleep(0.3)


async def record(out: Path) -> int:
    random.seed(20261126)
    lines: list[str] = []
    sims: list[BambuSimulator] = []
    for serial, model, interval in PRINTERS:

        def listener(payload: bytes, serial: str = serial, model: str = model) -> None:
            lines.append(
                json.dumps({"serial": serial, "model": model, "payload": payload.decode()})
            )

        sims.append(
            BambuSimulator(
                serial=serial,
                model=model,
                report_interval_s=interval,
                cancel_code_delay_s=0.8,
                report_listener=listener,
            )
        )
    try:
        for sim in sims:
            await sim.start()
        await asyncio.gather(*(_script(sim) for sim in sims))
    finally:
        for sim in sims:
            await sim.stop()
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    count = asyncio.run(record(args.out))
    size = args.out.stat().st_size
    print(f"wrote {count} reports ({size / 1e6:.1f} MB) to {args.out}")


if __name__ == "__main__":
    main()
