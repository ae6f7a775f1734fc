"""Audit rows: insert (always redacted) and keyset-paged listing, newest first.

Pagination is keyset on ``(ts, id)`` (index ``ix_audit_ts_id``), never OFFSET: pass the
``(ts, id)`` of the last row of a page as ``before`` to get the next one. Rows inserted between
two page requests can never shift, repeat or hide rows of later pages.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from sqlalchemy import Connection, and_, func, or_, select

from custom_components.odin.farm.audit import (
    DEFAULT_PAGE,
    Actor,
    AuditEntry,
    AuditFilter,
    AuditResult,
    Origin,
    redact,
)

from .journal import durable_write, journal_types
from .rows import insert_row
from .schema import audit_log

MAX_PAGE: Final = 500

journal_types(AuditEntry, Actor, Origin, AuditResult)


@dataclass(frozen=True, slots=True)
class AuditRecord:
    """A stored audit row."""

    id: int
    ts: datetime
    user_id: str | None
    user_name: str | None
    origin: str
    origin_ref: str | None
    action: str
    target_type: str
    target_id: str | None
    details: dict[str, Any]
    result: str
    result_text: str | None

    @property
    def cursor(self) -> tuple[datetime, int]:
        """``before`` value for the page after this row."""
        return (self.ts, self.id)


@durable_write
def insert_audit(conn: Connection, entry: AuditEntry) -> int:
    """Store one entry (details redacted here, whatever the caller did); return its id."""
    actor = entry.actor
    return insert_row(
        conn,
        audit_log,
        ts=entry.ts,
        user_id=actor.user_id,
        user_name=actor.user_name,
        origin=str(actor.origin),
        origin_ref=actor.origin_ref,
        action=entry.action,
        target_type=entry.target_type,
        target_id=entry.target_id,
        details=redact(entry.details),
        result=str(entry.result),
        result_text=entry.result_text,
    )


def list_audit(
    conn: Connection,
    *,
    before: tuple[datetime, int] | None = None,
    limit: int = 50,
    user_id: str | None = None,
    origin: str | None = None,
    action: str | None = None,
    target_type: str | None = None,
    target_id: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> list[AuditRecord]:
    """One page of audit rows, newest first (``ts`` desc, then ``id`` desc).

    ``before`` = cursor of the previous page's last row; ``since`` inclusive, ``until``
    exclusive; ``limit`` clamped to 1…:data:`MAX_PAGE`.
    """
    table = audit_log
    query = select(table).order_by(table.c.ts.desc(), table.c.id.desc())
    if before is not None:
        before_ts, before_id = before
        query = query.where(
            or_(table.c.ts < before_ts, and_(table.c.ts == before_ts, table.c.id < before_id))
        )
    filters: list[Any] = []
    if user_id is not None:
        filters.append(table.c.user_id == user_id)
    if origin is not None:
        filters.append(table.c.origin == str(origin))
    if action is not None:
        filters.append(table.c.action == action)
    if target_type is not None:
        filters.append(table.c.target_type == target_type)
    if target_id is not None:
        filters.append(table.c.target_id == target_id)
    if since is not None:
        filters.append(table.c.ts >= since)
    if until is not None:
        filters.append(table.c.ts < until)
    if filters:
        query = query.where(*filters)
    query = query.limit(max(1, min(limit, MAX_PAGE)))
    return [AuditRecord(**row._asdict()) for row in conn.execute(query)]


def audit_item(record: AuditRecord) -> dict[str, Any]:
    """The JSON dict of one row (``odin/audit/list`` item; ``ts`` as ISO 8601 UTC)."""
    return {
        "id": record.id,
        "ts": record.ts.isoformat(),
        "user_id": record.user_id,
        "user_name": record.user_name,
        "origin": record.origin,
        "origin_ref": record.origin_ref,
        "action": record.action,
        "target_type": record.target_type,
        "target_id": record.target_id,
        "details": record.details,
        "result": record.result,
        "result_text": record.result_text,
    }


@dataclass(frozen=True, slots=True)
class AuditPage:
    """One page and the cursor of the next (None on the last page)."""

    items: list[AuditRecord]
    next: tuple[datetime, int] | None


def audit_page(
    conn: Connection,
    audit_filter: AuditFilter,
    *,
    before: tuple[datetime, int] | None = None,
    limit: int = DEFAULT_PAGE,
) -> AuditPage:
    """A page of :func:`list_audit` plus whether more rows follow (reads ``limit + 1``)."""
    limit = max(1, min(limit, MAX_PAGE - 1))
    rows = list_audit(conn, before=before, limit=limit + 1, **audit_filter.as_kwargs())
    if len(rows) > limit:
        rows = rows[:limit]
        return AuditPage(rows, rows[-1].cursor)
    return AuditPage(rows, None)


def audit_filter_values(conn: Connection) -> dict[str, Any]:
    """Distinct users (id + a stored name), origins, actions and target types.

    Each is one ``GROUP BY`` / ``DISTINCT`` over an indexed leading column.
    """
    table = audit_log
    users = [
        {"user_id": row.user_id, "user_name": row.user_name}
        for row in conn.execute(
            select(table.c.user_id, func.max(table.c.user_name).label("user_name"))
            .where(table.c.user_id.is_not(None))
            .group_by(table.c.user_id)
        )
    ]
    users.sort(key=lambda u: ((u["user_name"] or "").casefold(), u["user_id"]))

    def distinct(column: Any) -> list[str]:
        return [
            row[0]
            for row in conn.execute(
                select(column).where(column.is_not(None)).distinct().order_by(column)
            )
        ]

    return {
        "users": users,
        "origins": distinct(table.c.origin),
        "actions": distinct(table.c.action),
        "target_types": distinct(table.c.target_type),
    }
