"""Audit rows: insert (redacted), filters, keyset pagination newest first."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import text

from custom_components.odin.farm.audit import REDACTED, Actor, AuditEntry, Origin
from custom_components.odin.store.audit import AuditRecord, insert_audit, list_audit
from custom_components.odin.store.db import Database

T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
ADMIN = Actor(Origin.UI, user_id="u-admin", user_name="Admin")
AUTOMATION = Actor(Origin.AUTOMATION, origin_ref="automation.requeue")


def entry(n: int, *, ts: datetime | None = None, actor: Actor = ADMIN, **kw: Any) -> AuditEntry:
    values: dict[str, Any] = {
        "action": "pause",
        "target_type": "printer",
        "target_id": "p1",
        "details": {"n": n},
    }
    values.update(kw)
    return AuditEntry(ts=ts or T0 + timedelta(seconds=n), actor=actor, **values)


async def _insert(db: Database, *entries: AuditEntry) -> list[int]:
    return await db.write(lambda conn: [insert_audit(conn, e) for e in entries])


async def _all_pages(db: Database, **filters: Any) -> list[list[AuditRecord]]:
    pages: list[list[AuditRecord]] = []
    before = None
    while True:
        page = await db.read(lambda conn, b=before: list_audit(conn, before=b, **filters))
        if not page:
            return pages
        pages.append(page)
        before = page[-1].cursor


async def test_insert_roundtrip_and_redaction(db: Database) -> None:
    (row_id,) = await _insert(
        db,
        AuditEntry(
            ts=T0,
            actor=AUTOMATION,
            action="printer_added",
            target_type="printer",
            target_id="p1",
            details={"host": "10.0.0.5", "access_code": "12345678", "nested": {"token": "t"}},
            result="refused",
            result_text="printer offline",
        ),
    )
    (record,) = await db.read(lambda conn: list_audit(conn))
    assert record.id == row_id
    assert record.ts == T0
    assert (record.origin, record.origin_ref, record.user_id) == (
        "automation",
        "automation.requeue",
        None,
    )
    assert record.details == {
        "host": "10.0.0.5",
        "access_code": REDACTED,
        "nested": {"token": REDACTED},
    }
    assert (record.result, record.result_text) == ("refused", "printer offline")
    raw = await db.read(lambda conn: conn.execute(text("SELECT details FROM audit_log")).scalar())
    assert "12345678" not in raw


async def test_keyset_pagination_newest_first(db: Database) -> None:
    # 25 rows; several share a timestamp, so (ts, id) breaks ties
    await _insert(db, *(entry(n, ts=T0 + timedelta(seconds=n // 3)) for n in range(25)))
    pages = await _all_pages(db, limit=10)
    assert [len(p) for p in pages] == [10, 10, 5]
    rows = [r for p in pages for r in p]
    assert [r.details["n"] for r in rows] == list(range(24, -1, -1))
    keys = [(r.ts, r.id) for r in rows]
    assert keys == sorted(keys, reverse=True)


async def test_pagination_stable_with_concurrent_inserts(db: Database) -> None:
    await _insert(db, *(entry(n) for n in range(10)))
    first = await db.read(lambda conn: list_audit(conn, limit=4))
    assert [r.details["n"] for r in first] == [9, 8, 7, 6]
    # new actions arrive between page requests (newer, and one at the same ts as the cursor)
    await _insert(db, *(entry(100 + n, ts=T0 + timedelta(hours=1)) for n in range(5)))
    await _insert(db, entry(200, ts=first[-1].ts))
    second = await db.read(lambda conn: list_audit(conn, before=first[-1].cursor, limit=4))
    third = await db.read(lambda conn: list_audit(conn, before=second[-1].cursor, limit=4))
    seen = [r.details["n"] for r in first + second + third]
    assert seen == [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]  # no repeats, no gaps, no newcomers


async def test_filters(db: Database) -> None:
    await _insert(
        db,
        entry(1),
        entry(2, actor=AUTOMATION, action="dispatch", target_type="queue", target_id="q7"),
        entry(3, actor=Actor(Origin.VOICE, user_id="u-bob"), action="dispatch"),
        entry(4, target_id="p2"),
    )

    async def ns(**filters: Any) -> list[int]:
        page = await db.read(lambda conn: list_audit(conn, **filters))
        return [r.details["n"] for r in page]

    assert await ns(user_id="u-admin") == [4, 1]
    assert await ns(origin=Origin.AUTOMATION) == [2]
    assert await ns(origin="voice") == [3]
    assert await ns(action="dispatch") == [3, 2]
    assert await ns(target_type="printer", target_id="p1") == [3, 1]
    assert await ns(target_type="queue") == [2]
    assert await ns(since=T0 + timedelta(seconds=2), until=T0 + timedelta(seconds=4)) == [3, 2]
    assert await ns(action="dispatch", limit=1) == [3]
    assert await ns(limit=0) == [4]  # clamped to at least one row
    pages = await _all_pages(db, action="dispatch", limit=1)
    assert [[r.details["n"] for r in p] for p in pages] == [[3], [2]]
