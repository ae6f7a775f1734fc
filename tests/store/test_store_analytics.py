"""Failure analytics and time accuracy in SQL, proven on hand-built runs (real SQLite file).

Every number is checked against the definitions of docs/definitions.md (farm/analytics.py,
farm/accuracy.py): success rate, cancelled apart, MTBF lower bound, window edges, local-time
buckets (DST, odd offsets), filters, medians; plus run_materials, tags and the v3 backfill.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
import random
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Connection, create_engine, insert, select
from sqlalchemy.dialects import mysql, postgresql

from custom_components.odin.farm.accuracy import reference_figure
from custom_components.odin.farm.analytics import AnalyticsQuery, Bucket, bucket_of, bucket_start
from custom_components.odin.farm.runs import EndRun, ErrorOnset, StartRun, UpdateRun
from custom_components.odin.printers.model import ErrorSeverity, PrinterError, RunOutcome
from custom_components.odin.store.analytics import (
    epoch_seconds,
    failure_analytics,
    local_bucket,
    time_accuracy,
)
from custom_components.odin.store.db import Database
from custom_components.odin.store.migrations import MIGRATIONS, migrate, v001
from custom_components.odin.store.printers import upsert_printer
from custom_components.odin.store.runs import apply_ops
from custom_components.odin.store.schema import run_materials, runs
from custom_components.odin.store.tags import get_tags, set_tags, tag_exists, tags_for_printers

T0 = datetime(2025, 3, 3, 0, 0, tzinfo=UTC)  # a Monday
BERLIN = ZoneInfo("Europe/Berlin")


class Farm:
    """Builds runs through the real write path (apply_ops), one printer at a time."""

    def __init__(self) -> None:
        self.n = 0

    def run(
        self,
        conn: Connection,
        printer: str,
        ended: datetime,
        outcome: str | None = "success",
        *,
        actual_s: float = 3600.0,
        slicer: float | None = None,
        printer_est: float | None = None,
        filament: Sequence[dict[str, Any]] | None = None,
        code: str | None = None,
        reason: str | None = None,
        started: datetime | None = None,
    ) -> str:
        self.n += 1
        key = f"job-{self.n}"
        start = started or ended - timedelta(seconds=actual_s)
        ops: list[Any] = [
            StartRun(
                printer,
                key,
                start,
                file_name=f"{key}.3mf",
                job_name=key,
                slicer_estimate_s=slicer,
                printer_estimate_s=printer_est,
                filament=filament,
            )
        ]
        if outcome is not None:
            ops.append(
                EndRun(
                    printer,
                    key,
                    ended,
                    RunOutcome(outcome),
                    "event",
                    failure_reason=reason,
                    failure_code=code,
                    actual_s=actual_s,
                )
            )
        apply_ops(conn, ops)
        return key


def q(start: datetime = T0, end: datetime | None = None, tz: tzinfo = UTC, **kw: Any) -> Any:
    return AnalyticsQuery(start=start, end=end or start + timedelta(days=7), time_zone=tz, **kw)


def printers_setup(conn: Connection) -> None:
    upsert_printer(conn, printer_id="p1", brand="bambu", name="Alpha", model="P1S", ts=T0)
    upsert_printer(conn, printer_id="p2", brand="bambu", name="Beta", model="X1 Carbon", ts=T0)
    upsert_printer(conn, printer_id="p3", brand="bambu", name="Gamma", model="P1S", ts=T0)


def by(items: list[dict[str, Any]], key: str) -> dict[Any, dict[str, Any]]:
    return {item[key]: item for item in items}


# ---------------------------------------------------------------------------- failures


async def test_rates_by_printer_model_material_tag(db: Database) -> None:
    farm = Farm()

    def build(conn: Connection) -> None:
        printers_setup(conn)
        set_tags(conn, "p1", ["Garage", "PLA only"], ts=T0)
        set_tags(conn, "p2", ["garage "], ts=T0)
        h = timedelta(hours=1)
        pla = [{"type": "pla", "grams": 10}]
        farm.run(conn, "p1", T0 + h, "success", filament=pla)
        farm.run(conn, "p1", T0 + 2 * h, "success", filament=pla)
        farm.run(conn, "p1", T0 + 3 * h, "failed", filament=pla, code="0300_8003")
        farm.run(conn, "p1", T0 + 4 * h, "cancelled", filament=pla)
        farm.run(
            conn,
            "p2",
            T0 + 5 * h,
            "failed",
            filament=[{"type": "PETG", "grams": 5}, {"type": "PLA", "grams": 1}],
            reason="Nozzle clog",
        )
        farm.run(conn, "p2", T0 + 6 * h, "unknown", actual_s=1800)
        farm.run(conn, "p3", T0 + 7 * h, "cancelled", actual_s=600)

    await db.write(build)
    result = (await db.read(lambda c: failure_analytics(c, q()))).as_dict()

    totals = result["totals"]
    assert totals == {
        "total": 7,
        "success": 2,
        "failed": 2,
        "cancelled": 2,
        "unknown": 1,
        "n": 4,
        "success_rate": 0.5,
        "failure_rate": 0.5,
    }
    printers = by(result["by_printer"], "printer_id")
    assert printers["p1"]["n"] == 3
    assert printers["p1"]["success_rate"] == pytest.approx(2 / 3)
    assert printers["p1"]["cancelled"] == 1  # shown, not a failure
    assert printers["p1"]["mtbf"] == {
        "printing_hours": 4.0,  # every run that ended in the window, any outcome
        "failures": 1,
        "value_h": 4.0,
        "lower_bound": False,
    }
    assert printers["p1"]["name"] == "Alpha"
    assert printers["p1"]["model"] == "P1S"
    assert printers["p2"]["mtbf"]["value_h"] == pytest.approx(1.5)
    # only cancels: no decided run, no rate, MTBF as a lower bound
    assert printers["p3"]["n"] == 0
    assert printers["p3"]["success_rate"] is None
    assert printers["p3"]["failure_rate"] is None
    assert printers["p3"]["mtbf"] == {
        "printing_hours": pytest.approx(600 / 3600),
        "failures": 0,
        "value_h": pytest.approx(600 / 3600),
        "lower_bound": True,
    }
    models = by(result["by_model"], "model")
    assert models["P1S"]["total"] == 5
    assert models["P1S"]["n"] == 3
    assert models["X1 Carbon"]["failed"] == 1
    materials = by(result["by_material"], "material")
    assert materials["PLA"]["total"] == 5  # the PETG+PLA run counts for PLA too
    assert materials["PLA"]["failed"] == 2
    assert materials["PETG"]["total"] == 1
    assert materials[None]["total"] == 2  # runs without filament data
    tags = by(result["by_tag"], "tag")
    assert tags["garage"]["total"] == 6  # p1 (4) + p2 (2): one key, two spellings
    assert tags["garage"]["display"] in ("Garage", "garage")
    assert tags["pla only"]["total"] == 4
    assert tags[None]["total"] == 1  # p3 is untagged
    assert result["by_printer"][0]["printer_id"] == "p1"  # largest first

    reasons = result["reasons"]
    assert {(r["code"], r["reason"], r["count"]) for r in reasons} == {
        ("0300_8003", None, 1),
        (None, "Nozzle clog", 1),
    }
    described = next(r for r in reasons if r["code"] == "0300_8003")
    assert described["description"] == "Spaghetti failure detected"


async def test_zero_failures_and_empty_window(db: Database) -> None:
    farm = Farm()

    def build(conn: Connection) -> None:
        printers_setup(conn)
        for i in range(3):
            farm.run(conn, "p1", T0 + timedelta(hours=i + 1), "success", actual_s=7200)

    await db.write(build)
    result = (await db.read(lambda c: failure_analytics(c, q()))).as_dict()
    p1 = by(result["by_printer"], "printer_id")["p1"]
    assert p1["success_rate"] == 1.0
    assert p1["failure_rate"] == 0.0
    assert p1["mtbf"] == {
        "printing_hours": 6.0,
        "failures": 0,
        "value_h": 6.0,
        "lower_bound": True,
    }
    # printers without runs are listed with zeros (and "> 0 h")
    p2 = by(result["by_printer"], "printer_id")["p2"]
    assert p2["total"] == 0
    assert p2["mtbf"]["lower_bound"] is True
    assert p2["mtbf"]["value_h"] == 0.0

    empty = (
        await db.read(lambda c: failure_analytics(c, q(start=T0 - timedelta(days=30))))
    ).as_dict()
    assert empty["totals"]["total"] == 0
    assert empty["totals"]["success_rate"] is None
    assert empty["reasons"] == []
    assert all(item["total"] == 0 for item in empty["over_time"]["items"])


async def test_window_edges(db: Database) -> None:
    """[start, end) by end time: at start in, at end out, open runs never, started before in."""
    farm = Farm()
    start = T0 + timedelta(days=1)
    end = start + timedelta(days=1)

    def build(conn: Connection) -> None:
        printers_setup(conn)
        farm.run(conn, "p1", start, "success")  # ends exactly at start: in
        farm.run(conn, "p1", end, "failed")  # ends exactly at end: out
        farm.run(conn, "p1", end - timedelta(microseconds=1), "failed")  # last instant: in
        farm.run(conn, "p1", start - timedelta(microseconds=1), "success")  # just before: out
        farm.run(  # started two days before, ended inside: in
            conn, "p1", start + timedelta(hours=1), "cancelled", started=start - timedelta(days=2)
        )
        farm.run(conn, "p1", start + timedelta(hours=2), None)  # still open: never

    await db.write(build)
    result = (await db.read(lambda c: failure_analytics(c, q(start, end)))).as_dict()
    assert result["totals"]["success"] == 1
    assert result["totals"]["failed"] == 1
    assert result["totals"]["cancelled"] == 1
    assert result["totals"]["total"] == 3
    assert result["window"] == {
        "start": start.isoformat(),
        "end": end.isoformat(),
        "time_zone": "UTC",
    }


async def test_daily_buckets_follow_the_user_time_zone(db: Database) -> None:
    farm = Farm()

    def build(conn: Connection) -> None:
        printers_setup(conn)
        # 23:30 UTC on Mar 3 is 00:30 on Mar 4 in Berlin
        farm.run(conn, "p1", T0 + timedelta(hours=23, minutes=30), "failed")
        farm.run(conn, "p1", T0 + timedelta(hours=12), "success")

    await db.write(build)
    window = {"start": T0 - timedelta(hours=1), "end": T0 + timedelta(days=2)}
    utc = (await db.read(lambda c: failure_analytics(c, q(**window)))).as_dict()
    berlin = (await db.read(lambda c: failure_analytics(c, q(**window, tz=BERLIN)))).as_dict()
    assert [(i["start"], i["failed"], i["success"]) for i in utc["over_time"]["items"]] == [
        ("2025-03-02", 0, 0),
        ("2025-03-03", 1, 1),
        ("2025-03-04", 0, 0),
    ]
    assert [(i["start"], i["failed"], i["success"]) for i in berlin["over_time"]["items"]] == [
        ("2025-03-03", 0, 1),
        ("2025-03-04", 1, 0),
        ("2025-03-05", 0, 0),  # the window ends at 01:00 local on Mar 5
    ]
    assert berlin["window"]["time_zone"] == "Europe/Berlin"
    weekly = (
        await db.read(lambda c: failure_analytics(c, q(**window, tz=BERLIN), Bucket.WEEK))
    ).as_dict()
    assert weekly["over_time"] == {
        "bucket": "week",
        "items": [
            {
                "start": "2025-03-03",  # the Monday
                "success": 1,
                "failed": 1,
                "cancelled": 0,
                "unknown": 0,
                "total": 2,
            }
        ],
    }


@pytest.mark.parametrize(
    "zone", ["Europe/Berlin", "America/New_York", "Asia/Kathmandu", "Australia/Lord_Howe", "UTC"]
)
async def test_sql_buckets_match_python_across_dst(db: Database, zone: str) -> None:
    """SQL bucketing equals the zoneinfo reference for every run, DST changes included."""
    tz = ZoneInfo(zone)
    rng = random.Random(zone)
    start = datetime(2024, 12, 20, tzinfo=UTC)
    end = datetime(2026, 1, 10, tzinfo=UTC)
    ends: list[datetime] = []
    # runs right around every local midnight near the DST changes, plus random ones
    for year_day in (datetime(2025, 3, 9), datetime(2025, 3, 30), datetime(2025, 4, 6)):
        for day in range(-1, 3):
            local_midnight = (year_day + timedelta(days=day)).replace(tzinfo=tz)
            for delta in (-1, 0, 1, 1800):
                ends.append(local_midnight.astimezone(UTC) + timedelta(seconds=delta))
    for month_day in (datetime(2025, 10, 5), datetime(2025, 10, 26), datetime(2025, 11, 2)):
        for day in range(-1, 3):
            local_midnight = (month_day + timedelta(days=day)).replace(tzinfo=tz)
            for delta in (-1, 0, 1):
                ends.append(local_midnight.astimezone(UTC) + timedelta(seconds=delta))
    ends.extend(
        start + timedelta(seconds=rng.randrange(int((end - start).total_seconds())))
        for _ in range(300)
    )
    ends = [e for e in ends if start <= e < end]

    def build(conn: Connection) -> None:
        printers_setup(conn)
        farm = Farm()
        for ended in ends:
            farm.run(conn, "p1", ended, "failed", actual_s=60)

    await db.write(build)
    for bucket in Bucket:
        query = q(start, end, tz=tz)

        def read(conn: Connection, query: AnalyticsQuery = query, bucket: Bucket = bucket) -> Any:
            key = local_bucket(runs.c.ended_at, query, bucket, conn.dialect.name)
            return conn.execute(select(runs.c.ended_at, key)).all()

        rows = await db.read(read)
        assert len(rows) == len(ends)
        for ended_at, index in rows:
            expected = bucket_of(ended_at, tz, bucket)
            got = bucket_start(int(index), bucket)
            assert got == expected, (zone, bucket, ended_at, ended_at.astimezone(tz))


async def test_filters(db: Database) -> None:
    farm = Farm()

    def build(conn: Connection) -> None:
        printers_setup(conn)
        set_tags(conn, "p2", ["Lab  North"], ts=T0)
        h = timedelta(hours=1)
        farm.run(conn, "p1", T0 + h, "failed", filament=[{"type": "PA-CF"}])
        farm.run(conn, "p2", T0 + 2 * h, "success", filament=[{"type": "pla"}])
        farm.run(conn, "p3", T0 + 3 * h, "success", filament=[{"type": "PLA"}])

    await db.write(build)

    async def totals(**kw: Any) -> dict[str, Any]:
        result = await db.read(lambda c: failure_analytics(c, q(**kw)))
        return result.as_dict()["totals"]

    assert (await totals(printer_id="p1"))["failed"] == 1
    assert (await totals(printer_id="p1"))["total"] == 1
    assert (await totals(tag=" lab north "))["success"] == 1
    assert (await totals(tag="lab north"))["total"] == 1
    assert (await totals(model="p1s"))["total"] == 2
    assert (await totals(material="pa_cf"))["failed"] == 1
    assert (await totals(material="PLA"))["total"] == 2
    assert (await totals(material="PLA", model="P1S"))["total"] == 1
    assert (await totals(material="ABS"))["total"] == 0
    filtered = (await db.read(lambda c: failure_analytics(c, q(material="PLA")))).as_dict()
    # grouping and the material filter use the same table without interfering
    assert by(filtered["by_material"], "material")["PLA"]["total"] == 2
    tag_filtered = (await db.read(lambda c: failure_analytics(c, q(tag="Lab North")))).as_dict()
    assert [p["printer_id"] for p in tag_filtered["by_printer"]] == ["p2"]
    assert by(tag_filtered["by_tag"], "tag")["lab north"]["total"] == 1
    model_filtered = (await db.read(lambda c: failure_analytics(c, q(model="P1S")))).as_dict()
    assert {m["model"] for m in model_filtered["by_model"]} == {"P1S"}


async def test_removed_printers_only_with_runs(db: Database) -> None:
    from custom_components.odin.store.printers import mark_printer_removed

    farm = Farm()

    def build(conn: Connection) -> None:
        printers_setup(conn)
        farm.run(conn, "p2", T0 + timedelta(hours=1), "success")
        mark_printer_removed(conn, "p2", T0 + timedelta(hours=2))
        mark_printer_removed(conn, "p3", T0 + timedelta(hours=2))

    await db.write(build)
    result = (await db.read(lambda c: failure_analytics(c, q()))).as_dict()
    printers = by(result["by_printer"], "printer_id")
    assert set(printers) == {"p1", "p2"}
    assert printers["p2"]["removed"] is True


async def test_error_frequency(db: Database) -> None:
    farm = Farm()
    spaghetti = PrinterError("hms", "0C000300_00030008", ErrorSeverity.SERIOUS, "xcam")
    runout = PrinterError("hms", "07012200_00020001", ErrorSeverity.COMMON, "ams")
    odd = PrinterError("klipper", "mcu_shutdown", ErrorSeverity.FATAL, None, "MCU shutdown")

    def build(conn: Connection) -> None:
        printers_setup(conn)
        key = farm.run(conn, "p1", T0 + timedelta(hours=5), None, filament=[{"type": "PLA"}])
        ops: list[Any] = [
            ErrorOnset("p1", key, spaghetti, T0 + timedelta(hours=1)),
            ErrorOnset("p2", None, spaghetti, T0 + timedelta(hours=2)),
            ErrorOnset("p2", None, runout, T0 + timedelta(hours=3)),
            ErrorOnset("p1", None, odd, T0 - timedelta(hours=3)),  # before the window
        ]
        apply_ops(conn, ops)

    await db.write(build)
    result = (await db.read(lambda c: failure_analytics(c, q()))).as_dict()
    errors = result["errors"]
    assert errors[0] == {
        "code": "0C000300_00030008",
        "source": "hms",
        "module": "xcam",
        "severity": "serious",
        "description": "Spaghetti detected by the camera",
        "count": 2,
        "printers": 2,
    }
    assert errors[1]["description"] == "AMS B slot 3 ran out of filament"
    assert len(errors) == 2
    pla = (await db.read(lambda c: failure_analytics(c, q(material="PLA")))).as_dict()
    assert [(e["code"], e["count"]) for e in pla["errors"]] == [("0C000300_00030008", 1)]


# ---------------------------------------------------------------------------- accuracy


async def test_time_accuracy_definitions(db: Database) -> None:
    farm = Farm()
    rng = random.Random(7)
    data: dict[str, list[tuple[float, float | None, float | None]]] = {"p1": [], "p2": []}

    def build(conn: Connection) -> None:
        printers_setup(conn)
        for i in range(41):
            printer = "p1" if i % 3 else "p2"
            est = rng.uniform(600, 7200)
            actual = est * rng.uniform(0.7, 1.4)
            slicer = est if i % 4 else None  # some only have the printer's estimate
            printer_est = est * 1.05 if i % 5 else None
            if slicer is None and printer_est is None:
                printer_est = 0.0  # no usable estimate: skipped
            farm.run(
                conn,
                printer,
                T0 + timedelta(hours=i * 3),
                "success",
                actual_s=actual,
                slicer=slicer,
                printer_est=printer_est,
            )
            data[printer].append((actual, slicer, printer_est))
        # never counted: failed / cancelled runs, open runs
        farm.run(conn, "p1", T0 + timedelta(hours=1), "failed", actual_s=10, slicer=5000)
        farm.run(conn, "p1", T0 + timedelta(hours=2), "cancelled", actual_s=10, slicer=5000)
        farm.run(conn, "p1", T0 + timedelta(hours=3), None, slicer=5000)

    await db.write(build)
    query = q(end=T0 + timedelta(days=14))
    result = await db.read(lambda c: time_accuracy(c, query, run_limit=500))
    expected_all = reference_figure(data["p1"] + data["p2"])
    assert result.totals.n == expected_all.n
    assert result.totals.median_abs_error_pct == pytest.approx(expected_all.median_abs_error_pct)
    assert result.totals.bias_pct == pytest.approx(expected_all.bias_pct)
    assert result.totals.slicer_n == expected_all.slicer_n
    assert result.totals.printer_n == expected_all.printer_n
    assert expected_all.printer_n > 0
    assert expected_all.n < 41  # runs without a usable estimate are skipped
    for printer in ("p1", "p2"):
        figure = next(p for p in result.by_printer if p.printer.printer_id == printer).figure
        expected = reference_figure(data[printer])
        assert figure.n == expected.n
        assert figure.median_abs_error_pct == pytest.approx(expected.median_abs_error_pct)
        assert figure.bias_pct == pytest.approx(expected.bias_pct)
    p3 = next(p for p in result.by_printer if p.printer.printer_id == "p3").figure
    assert p3.n == 0
    assert p3.median_abs_error_pct is None
    # runs: newest first, each with its estimate source
    as_dict = result.as_dict()
    assert as_dict["runs_total"] == expected_all.n
    ended = [r["ended_at"] for r in as_dict["runs"]]
    assert ended == sorted(ended, reverse=True)
    assert {r["estimate_source"] for r in as_dict["runs"]} == {"slicer", "printer"}
    for run in as_dict["runs"]:
        assert run["ratio"] == pytest.approx(run["actual_s"] / run["estimate_s"])
        assert run["error_pct"] == pytest.approx((run["ratio"] - 1) * 100)
    limited = await db.read(lambda c: time_accuracy(c, query, run_limit=5))
    assert len(limited.runs) == 5
    assert limited.runs[0].run_id == result.runs[0].run_id
    # weekly: every ISO week of the window, n adds up
    weeks = as_dict["weekly"]
    assert [w["start"] for w in weeks] == ["2025-03-03", "2025-03-10"]
    assert sum(w["n"] for w in weeks) == expected_all.n


async def test_time_accuracy_small_exact(db: Database) -> None:
    """Hand-computed: even n median, bias is the mean, slicer preferred over printer."""
    farm = Farm()

    def build(conn: Connection) -> None:
        printers_setup(conn)
        h = timedelta(hours=1)
        farm.run(conn, "p1", T0 + h, actual_s=110, slicer=100, printer_est=50)  # +10 %
        farm.run(conn, "p1", T0 + 2 * h, actual_s=80, slicer=100)  # -20 %
        farm.run(conn, "p1", T0 + 3 * h, actual_s=130, slicer=0, printer_est=100)  # +30 %
        farm.run(conn, "p1", T0 + 4 * h, actual_s=100, slicer=100)  # 0 %
        farm.run(conn, "p1", T0 + 8 * 24 * h, actual_s=150, slicer=100)  # next week: +50 %

    await db.write(build)
    result = await db.read(lambda c: time_accuracy(c, q(end=T0 + timedelta(days=14))))
    assert result.totals.n == 5
    # |errors| = 0, 10, 20, 30, 50 -> median 20; mean of +10 -20 +30 0 +50 = 14
    assert result.totals.median_abs_error_pct == pytest.approx(20.0)
    assert result.totals.bias_pct == pytest.approx(14.0)
    assert (result.totals.slicer_n, result.totals.printer_n) == (4, 1)
    weeks = [w.as_dict() for w in result.weekly]
    assert weeks[0]["n"] == 4
    assert weeks[0]["median_abs_error_pct"] == pytest.approx(15.0)  # (10 + 20) / 2
    assert weeks[0]["bias_pct"] == pytest.approx(5.0)
    assert weeks[1]["n"] == 1
    assert weeks[1]["median_abs_error_pct"] == pytest.approx(50.0)
    printer_run = next(r for r in result.runs if r.estimate_source == "printer")
    assert printer_run.estimate_s == 100
    first = next(r for r in result.runs if r.actual_s == 110)
    assert first.estimate_source == "slicer"
    assert first.estimate_s == 100


# ---------------------------------------------------------------------------- portability


class _Recorder:
    """A fake connection of another dialect: compiles every statement, returns nothing."""

    def __init__(self, dialect: Any) -> None:
        self.dialect = dialect
        self.sql: list[str] = []

    def execute(self, statement: Any, *args: Any) -> Any:
        self.sql.append(str(statement.compile(dialect=self.dialect)))
        return _Empty()


class _Empty:
    def mappings(self) -> _Empty:
        return self

    def one(self) -> dict[str, int]:
        return {"success": 0, "failed": 0, "cancelled": 0, "unknown": 0}

    def first(self) -> None:
        return None

    def __iter__(self) -> Any:
        return iter(())


@pytest.mark.parametrize("dialect", [postgresql.dialect(), mysql.dialect()])
def test_queries_compile_for_other_backends(dialect: Any) -> None:
    """No SQLite-only function leaks outside the dialect switch."""
    conn: Any = _Recorder(dialect)
    query = q(
        tz=BERLIN, end=datetime(2025, 12, 1, tzinfo=UTC), tag="x", model="P1S", material="PLA"
    )
    failure_analytics(conn, query, Bucket.WEEK)
    time_accuracy(conn, query)
    sql = "\n".join(conn.sql).lower()
    assert "strftime" not in sql
    assert "row_number() over" in sql
    expected = "extract(epoch" if dialect.name == "postgresql" else "timestampdiff(second"
    assert expected in sql
    with pytest.raises(NotImplementedError):
        epoch_seconds(runs.c.ended_at, "oracle")


# ---------------------------------------------------------------------------- run_materials


async def test_run_materials_follow_the_write_path(db: Database) -> None:
    start = StartRun(
        "p1",
        "k1",
        T0,
        filament=[
            {"type": " pla ", "grams": 2.5},
            {"type": "PLA", "grams": 1},
            {"type": "pa_cf"},
            {"type": ""},
            {"grams": 3},
        ],
    )
    update = UpdateRun("p1", "k1", {"filament": [{"type": "PETG", "grams": 4}]}, T0)

    def rows(conn: Connection) -> list[tuple[Any, ...]]:
        return [
            tuple(r)
            for r in conn.execute(
                select(run_materials.c.material, run_materials.c.grams).order_by(
                    run_materials.c.material
                )
            )
        ]

    await db.write(lambda c: apply_ops(c, [start, start]))  # replay: no duplicate
    assert await db.read(rows) == [("PA-CF", None), ("PLA", 3.5)]
    await db.write(lambda c: apply_ops(c, [update]))
    assert await db.read(rows) == [("PETG", 4.0)]
    end = EndRun("p1", "k1", T0 + timedelta(hours=1), RunOutcome.SUCCESS, "event")
    late = UpdateRun("p1", "k1", {"filament": [{"type": "ABS"}]}, T0 + timedelta(hours=2))
    await db.write(lambda c: apply_ops(c, [end, late]))  # closed runs are not updated
    assert await db.read(rows) == [("PETG", 4.0)]


def test_v3_backfills_run_materials(tmp_path: Path) -> None:
    """A version-2 database with runs gets run_materials from runs.filament on upgrade."""
    path = tmp_path / "odin.db"
    engine = create_engine(f"sqlite:///{path}")
    try:
        assert migrate(engine, migrations=MIGRATIONS[:2]) == 2
        with engine.begin() as conn:
            conn.execute(insert(v001.printers).values(id="p", brand="bambu", created_at=T0))
            for i, filament in enumerate(
                [
                    [{"type": "pla", "grams": 1}, {"type": "PETG", "grams": 2}],
                    None,
                    [{"type": "PLA", "grams": 1}, {"type": "pla", "grams": 2}],
                    "not a list",
                ]
                * 300  # more than one backfill batch
            ):
                conn.execute(
                    insert(v001.runs).values(
                        printer_id="p",
                        job_key=f"k{i}",
                        started_at=T0,
                        paused_s=0.0,
                        updated_at=T0,
                        filament=filament,
                    )
                )
        assert migrate(engine) == MIGRATIONS[-1].version
        with engine.connect() as conn:
            got = conn.execute(
                select(run_materials.c.run_id, run_materials.c.material, run_materials.c.grams)
                .order_by(run_materials.c.run_id, run_materials.c.material)
                .limit(4)
            ).all()
            count = len(conn.execute(select(run_materials.c.run_id)).all())
        assert [tuple(r) for r in got] == [
            (1, "PETG", 2.0),
            (1, "PLA", 1.0),
            (3, "PLA", 3.0),
            (5, "PETG", 2.0),
        ]
        assert count == 300 * 3
        # the step is idempotent (MySQL-style re-run)
        with engine.begin() as conn:
            MIGRATIONS[-1].upgrade(conn)
        with engine.connect() as conn:
            assert len(conn.execute(select(run_materials.c.run_id)).all()) == 900
    finally:
        engine.dispose()


# ---------------------------------------------------------------------------- tags


async def test_tags_store(db: Database) -> None:
    def build(conn: Connection) -> Any:
        first = set_tags(conn, "p1", ["  Garage ", "garage", "Lab   North", ""], ts=T0)
        second = set_tags(conn, "p1", ["GARAGE", "Night shift"], ts=T0)
        set_tags(conn, "p2", ["garage"], ts=T0)
        return first, second

    first, second = await db.write(build)
    assert first == ["Garage", "Lab North"]
    assert second == ["Garage", "Night shift"]  # kept tag keeps its spelling
    assert await db.read(lambda c: get_tags(c, "p1")) == ["Garage", "Night shift"]
    assert await db.read(lambda c: tags_for_printers(c)) == {
        "p1": ["Garage", "Night shift"],
        "p2": ["garage"],
    }
    assert await db.read(lambda c: tags_for_printers(c, [])) == {}
    assert await db.read(lambda c: tag_exists(c, " NIGHT  shift"))
    assert not await db.read(lambda c: tag_exists(c, "lab north"))
    await db.write(lambda c: set_tags(c, "p1", []))
    assert await db.read(lambda c: get_tags(c, "p1")) == []
