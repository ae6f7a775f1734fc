"""Printer tags (``printer_tags``): minimal store API so analytics can group and filter by tag.

A tag is matched by its key: trimmed, inner whitespace collapsed, case-folded
(:func:`tag_key`); the display form keeps the user's spelling (trimmed, whitespace collapsed).
One tag key at most once per printer. The rule itself lives in ``farm/tags.py``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import Connection, delete, insert, select

from custom_components.odin.farm.tags import MAX_TAG_LEN, tag_display, tag_key

from .printers import ensure_printer
from .schema import printer_tags
from .types import binary_text

__all__ = [
    "MAX_TAG_LEN",
    "all_tags",
    "get_tags",
    "set_tags",
    "tag_display",
    "tag_exists",
    "tag_key",
    "tags_for_printers",
]


def set_tags(
    conn: Connection, printer_id: str, tags: Iterable[str], *, ts: datetime | None = None
) -> list[str]:
    """Replace a printer's tags; returns the stored display forms (sorted by key).

    Empty tags are dropped; of tags with the same key the first spelling wins; a tag kept
    from before keeps its stored spelling and creation time.
    """
    now = ts or datetime.now(UTC)
    wanted: dict[str, str] = {}
    for tag in tags:
        key = tag_key(tag)
        if key and key not in wanted:
            wanted[key] = tag_display(tag)
    existing = {
        row.tag: row.display
        for row in conn.execute(
            select(printer_tags.c.tag, printer_tags.c.display).where(
                printer_tags.c.printer_id == printer_id
            )
        )
    }
    gone = set(existing) - set(wanted)
    if gone:
        conn.execute(
            delete(printer_tags).where(
                printer_tags.c.printer_id == printer_id, printer_tags.c.tag.in_(sorted(gone))
            )
        )
    new = [key for key in wanted if key not in existing]
    if new:
        ensure_printer(conn, printer_id, now)
        conn.execute(
            insert(printer_tags),
            [
                {"printer_id": printer_id, "tag": key, "display": wanted[key], "created_at": now}
                for key in new
            ],
        )
    return get_tags(conn, printer_id)


def get_tags(conn: Connection, printer_id: str) -> list[str]:
    """A printer's tags (display forms), sorted by key."""
    return tags_for_printers(conn, [printer_id]).get(printer_id, [])


def tags_for_printers(
    conn: Connection, printer_ids: Iterable[str] | None = None
) -> dict[str, list[str]]:
    """Display forms of the tags by printer id (all printers when ``printer_ids`` is None).

    Printers without tags are absent from the result.
    """
    query = select(printer_tags.c.printer_id, printer_tags.c.display).order_by(
        printer_tags.c.printer_id, printer_tags.c.tag
    )
    if printer_ids is not None:
        ids = sorted(set(printer_ids))
        if not ids:
            return {}
        query = query.where(printer_tags.c.printer_id.in_(ids))
    found: dict[str, list[str]] = {}
    for row in conn.execute(query):
        found.setdefault(row.printer_id, []).append(row.display)
    return found


def tag_exists(conn: Connection, tag: str) -> bool:
    """True if any printer carries ``tag`` (by key)."""
    key = tag_key(tag)
    row = conn.execute(select(printer_tags.c.id).where(printer_tags.c.tag == key).limit(1))
    return row.first() is not None


def all_tags(conn: Connection) -> list[tuple[str, str, list[str]]]:
    """Every tag in use: ``(key, display, printer ids)``, sorted by key.

    ``display`` is the first spelling (alphabetically) among the printers carrying it.
    """
    found: dict[str, tuple[str, list[str]]] = {}
    display = binary_text(printer_tags.c.display, conn.dialect.name)
    query = select(printer_tags.c.tag, printer_tags.c.display, printer_tags.c.printer_id).order_by(
        printer_tags.c.tag, display, printer_tags.c.printer_id
    )
    for row in conn.execute(query):
        found.setdefault(row.tag, (row.display, []))[1].append(row.printer_id)
    return [(key, display, ids) for key, (display, ids) in found.items()]
