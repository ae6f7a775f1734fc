"""Audit log queries: pages with next cursors, filters, filter values, stability under inserts."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

from custom_components.odin.farm.audit import Actor, AuditEntry, AuditFilter, Origin
from custom_components.odin.store.audit import (
    AuditRecord,
    audit_filter_values,
    audit_item,
    audit_page,
    insert_audit,
)
from custom_components.odin.store.db import Database

T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
ANNA = Actor(Origin.UI, user_id="u-anna", user_name="Anna")
BOB = Actor(Origin.API, user_id="u-bob", user_name="Bob")
AUTO = Actor(Origin.AUTOMATION, origin_ref="automation.requeue")


def entry(ts: datetime, actor: Actor = ANNA, **kw: Any) -> AuditEntry:
    values: dict[str, Any] = {
        "action": "pause",
        "target_type": "printer",
        "target_id": "p1",
        "details": {},
    }
    values.update(kw)
    return AuditEntry(ts=ts, actor=actor, **values)


async def insert(db: Database, *entries: AuditEntry) -> list[int]:
    return await db.write(lambda conn: [insert_audit(conn, e) for e in entries])


async def read_all(
    db: Database, audit_filter: AuditFilter, limit: int = 50, between: Any = None
) -> list[list[AuditRecord]]:
    pages: list[list[AuditRecord]] = []
    before = None
    while True:
        page = await db.read(
            lambda conn, b=before: audit_page(conn, audit_filter, before=b, limit=limit)
        )
        pages.append(page.items)
        if between is not None:
            await between(len(pages))
        if page.next is None:
            return pages
        assert page.next == page.items[-1].cursor
        before = page.next


async def test_pages_and_next_cursor(db: Database) -> None:
    ids = await insert(db, *(entry(T0 + timedelta(seconds=i)) for i in range(120)))
    pages = await read_all(db, AuditFilter())
    assert [len(p) for p in pages] == [50, 50, 20]
    flat = [r.id for p in pages for r in p]
    assert flat == sorted(ids, reverse=True)
    # an exact multiple of the page size ends without an empty extra page
    exact = await read_all(db, AuditFilter(), limit=40)
    assert [len(p) for p in exact] == [40, 40, 40]


async def test_stable_under_concurrent_inserts(db: Database) -> None:
    """Rows written while paging never shift, repeat or hide rows of later pages."""
    base = await insert(
        db,
        *(entry(T0 + timedelta(seconds=i // 3)) for i in range(150)),  # ties on ts
    )
    clock = [T0 + timedelta(hours=1)]

    async def writer(stop: asyncio.Event) -> int:
        written = 0
        while not stop.is_set():
            clock[0] += timedelta(milliseconds=1)
            await insert(db, entry(clock[0], BOB), entry(clock[0], BOB))
            written += 2
            await asyncio.sleep(0)
        return written

    async def insert_between_pages(page_number: int) -> None:
        # also rows that tie with the newest row already seen (same ts, higher id)
        await insert(db, entry(T0 + timedelta(seconds=49), AUTO))

    stop = asyncio.Event()
    task = asyncio.create_task(writer(stop))
    try:
        pages = await read_all(db, AuditFilter(), limit=20, between=insert_between_pages)
    finally:
        stop.set()
        written = await task
    assert written > 0
    seen = [r.id for p in pages for r in p]
    assert len(seen) == len(set(seen)), "a row was repeated"
    keys = [(r.ts, r.id) for p in pages for r in p]
    assert keys == sorted(keys, reverse=True)
    assert set(base) <= set(seen), "a row was hidden"
    # everything after the first page is from the original set (nothing shifted in)
    later = {r.id for p in pages[1:] for r in p}
    assert later <= set(base)


async def test_filters_and_window(db: Database) -> None:
    await insert(
        db,
        entry(T0, ANNA, action="pause"),
        entry(T0 + timedelta(minutes=1), BOB, action="resume"),
        entry(T0 + timedelta(minutes=2), AUTO, action="stop", target_id="p2"),
        entry(T0 + timedelta(minutes=3), ANNA, action="printer_added", target_type="farm"),
    )

    async def actions(**kw: Any) -> list[str]:
        page = await db.read(lambda conn: audit_page(conn, AuditFilter(**kw)))
        return [r.action for r in page.items]

    assert await actions(user_id="u-anna") == ["printer_added", "pause"]
    assert await actions(origin="automation") == ["stop"]
    assert await actions(action="resume") == ["resume"]
    assert await actions(target_type="printer", target_id="p2") == ["stop"]
    # since inclusive, until exclusive
    assert await actions(since=T0 + timedelta(minutes=1), until=T0 + timedelta(minutes=3)) == [
        "stop",
        "resume",
    ]


async def test_filter_values_and_item_shape(db: Database) -> None:
    await insert(
        db,
        entry(T0, ANNA, details={"token": "secret", "n": 1}),
        entry(T0, BOB, action="resume"),
        entry(T0, AUTO, action="stop", target_type="queue"),
    )
    values = await db.read(audit_filter_values)
    assert values == {
        "users": [
            {"user_id": "u-anna", "user_name": "Anna"},
            {"user_id": "u-bob", "user_name": "Bob"},
        ],
        "origins": ["api", "automation", "ui"],
        "actions": ["pause", "resume", "stop"],
        "target_types": ["printer", "queue"],
    }
    page = await db.read(lambda conn: audit_page(conn, AuditFilter(user_id="u-anna")))
    item = audit_item(page.items[0])
    assert item["ts"] == T0.isoformat()
    assert item["details"] == {"token": "**REDACTED**", "n": 1}
    assert set(item) == {
        "id",
        "ts",
        "user_id",
        "user_name",
        "origin",
        "origin_ref",
        "action",
        "target_type",
        "target_id",
        "details",
        "result",
        "result_text",
    }
