"""Numbers straight from the farm database, for the browser end-to-end test (scripts/e2e).

Plain SQL on the SQLite file, independent of the integration's analytics code, following the
definitions in docs/websocket-api.md: a run counts in a window when it *ended* in
``[start, end)``; success rate = success / (success + failed); MTBF = printing hours of runs
ended in the window / failures (no failure: the printing hours, as a lower bound); time
accuracy counts successful runs with an actual time and an estimate (slicer, else printer) > 0.

Usage: python -m scripts.e2e_db DB [--start ISO --end ISO] [--printer ID]  → JSON on stdout.
       python -m scripts.e2e_db DB --farm  → tags, queue, presets, spools, drying sessions and
       timelapses (with whether their video file exists) as stored.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from datetime import UTC, datetime
import json
from pathlib import Path
import sqlite3
from typing import Any


def _ts(value: str) -> str:
    """The DB's text form of an aware UTC datetime (what UTCDateTime stores)."""
    dt = datetime.fromisoformat(value)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _rate(counts: dict[str, int]) -> dict[str, Any]:
    decided = counts["success"] + counts["failed"]
    return {
        **counts,
        "n": decided,
        "success_rate": counts["success"] / decided if decided else None,
    }


def collect(db: str, start: str | None, end: str | None, printer: str | None) -> dict[str, Any]:
    """Every figure the e2e compares, for one window (and optionally one printer)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    conn.row_factory = sqlite3.Row
    try:
        cols = {r["name"] for r in conn.execute("PRAGMA table_info(runs)")}
        sample = conn.execute("SELECT ended_at FROM runs WHERE ended_at IS NOT NULL LIMIT 1")
        row = sample.fetchone()
        fmt = row["ended_at"] if row else None
        where = ["outcome IS NOT NULL"]
        params: list[Any] = []
        if start:
            where.append("ended_at >= ?")
            params.append(_ts(start))
        if end:
            where.append("ended_at < ?")
            params.append(_ts(end))
        if printer:
            where.append("printer_id = ?")
            params.append(printer)
        runs = conn.execute(
            f"SELECT * FROM runs WHERE {' AND '.join(where)}",  # fixed SQL fragments, values bound
            params,
        ).fetchall()
        printers = {
            r["id"]: {"name": r["name"], "serial": r["serial"], "model": r["model"]}
            for r in conn.execute("SELECT * FROM printers WHERE removed_at IS NULL")
        }
        zero = {"total": 0, "success": 0, "failed": 0, "cancelled": 0, "unknown": 0}
        totals = dict(zero)
        per: dict[str, dict[str, int]] = defaultdict(lambda: dict(zero))
        hours: dict[str, float] = defaultdict(float)
        reasons: Counter[str] = Counter()
        accuracy: Counter[str] = Counter()
        for r in runs:
            for bucket in (totals, per[r["printer_id"]]):
                bucket["total"] += 1
                bucket[r["outcome"]] += 1
            hours[r["printer_id"]] += (r["actual_s"] or 0.0) / 3600
            if r["outcome"] == "failed":
                reasons[r["failure_code"] or r["failure_reason"] or ""] += 1
            estimate = r["slicer_estimate_s"] or (
                r["printer_estimate_s"] if "printer_estimate_s" in cols else None
            )
            if r["outcome"] == "success" and r["actual_s"] and estimate and estimate > 0:
                accuracy[r["printer_id"]] += 1
        by_printer = {}
        for pid in set(per) | set(printers):
            counts = per.get(pid, dict(zero))
            failures = counts["failed"]
            by_printer[pid] = {
                **_rate(counts),
                "name": printers.get(pid, {}).get("name"),
                "printing_hours": hours.get(pid, 0.0),
                "mtbf_h": hours.get(pid, 0.0) / failures if failures else hours.get(pid, 0.0),
                "mtbf_lower_bound": failures == 0,
                "accuracy_n": accuracy.get(pid, 0),
            }
        hms_where = []
        hms_params: list[Any] = []
        if start:
            hms_where.append("first_seen >= ?")
            hms_params.append(_ts(start))
        if end:
            hms_where.append("first_seen < ?")
            hms_params.append(_ts(end))
        if printer:
            hms_where.append("printer_id = ?")
            hms_params.append(printer)
        sql = "SELECT code, COUNT(*) AS n FROM hms_events"
        if hms_where:
            sql += " WHERE " + " AND ".join(hms_where)
        errors = {r["code"]: r["n"] for r in conn.execute(sql + " GROUP BY code", hms_params)}
        audit = [
            dict(r)
            for r in conn.execute(
                "SELECT id, action, user_name, result FROM audit_log ORDER BY ts DESC, id DESC"
            )
        ]
        return {
            "ts_format_sample": fmt,
            "printers": printers,
            "totals": _rate(totals),
            "by_printer": by_printer,
            "reasons": dict(reasons),
            "errors": errors,
            "audit_count": len(audit),
            "audit_first": audit[:50],
            "audit_ids": [r["id"] for r in audit],
            "audit_pause_ids": [r["id"] for r in audit if r["action"] == "pause"],
        }
    finally:
        conn.close()


def _json(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def farm(db: str) -> dict[str, Any]:
    """The farm-operation tables and timelapses, newest/first as the panel lists them."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    conn.row_factory = sqlite3.Row

    def rows(sql: str) -> list[dict[str, Any]]:
        return [{k: _json(r[k]) for k in r.keys()} for r in conn.execute(sql)]  # noqa: SIM118

    try:
        tags: dict[str, list[str]] = defaultdict(list)
        for r in conn.execute("SELECT printer_id, display FROM printer_tags ORDER BY tag"):
            tags[r["printer_id"]].append(r["display"])
        root = Path(db).parent / "odin" / "timelapses"
        timelapses = rows("SELECT * FROM timelapses ORDER BY created DESC, id DESC")
        for t in timelapses:
            video = root / str(t["path"])  # "<run id>/timelapse.mp4"
            t["video_exists"] = video.is_file()
            t["video_bytes"] = video.stat().st_size if video.is_file() else 0
        return {
            "tags": dict(tags),
            "queue": rows("SELECT * FROM queue_items WHERE removed_at IS NULL ORDER BY id"),
            "presets": rows("SELECT * FROM presets ORDER BY id"),
            "spools": rows("SELECT * FROM spools WHERE removed_at IS NULL ORDER BY id"),
            "drying": rows("SELECT * FROM drying_sessions ORDER BY id DESC"),
            "timelapses": timelapses,
            "audit_last": rows(
                "SELECT id, action, user_name, target_type, target_id, result FROM audit_log "
                "ORDER BY id DESC LIMIT 20"
            ),
        }
    finally:
        conn.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db")
    parser.add_argument("--start")
    parser.add_argument("--end")
    parser.add_argument("--printer")
    parser.add_argument("--farm", action="store_true")
    args = parser.parse_args()
    if args.farm:
        print(json.dumps(farm(args.db), default=str))
    else:
        print(json.dumps(collect(args.db, args.start, args.end, args.printer), default=str))
