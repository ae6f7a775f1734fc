"""Printer tags ("Room A", "PLA-only", "Production"): free-form labels, matched loosely.

A tag is *trimmed, inner whitespace collapsed* for display and additionally *case-folded* for
matching (its key), so " room  a" and "Room A" are the same tag. A printer carries a key at
most once; the first spelling stored wins. Pure Python; ``store/tags.py`` stores the tags with
this rule (it imports :func:`tag_key` / :func:`tag_display` from here).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from .errors import InvalidInput

MAX_TAG_LEN: Final = 64
MAX_TAGS_PER_PRINTER: Final = 32


def tag_display(tag: str) -> str:
    """The display form: trimmed, inner whitespace collapsed (case kept)."""
    return " ".join(tag.split())[:MAX_TAG_LEN]


def tag_key(tag: str) -> str:
    """The matching key: the display form, case-folded."""
    return tag_display(tag).casefold()[:MAX_TAG_LEN]


def normalize_tags(tags: Iterable[object], *, allow_empty_list: bool = False) -> list[str]:
    """Display forms of ``tags``, deduplicated by key (first spelling wins), in given order.

    Raises ``empty_tag`` for a blank tag or an empty list (unless ``allow_empty_list``),
    ``text_too_long`` for a tag longer than :data:`MAX_TAG_LEN`, ``too_many_tags`` above
    :data:`MAX_TAGS_PER_PRINTER`.
    """
    found: dict[str, str] = {}
    for tag in tags:
        if not isinstance(tag, str) or not tag.strip():
            raise InvalidInput("empty_tag")
        display = " ".join(tag.split())
        if len(display) > MAX_TAG_LEN:
            raise InvalidInput("text_too_long", field="tag", max=MAX_TAG_LEN)
        found.setdefault(tag_key(display), tag_display(display))
    if not found and not allow_empty_list:
        raise InvalidInput("empty_tag")
    if len(found) > MAX_TAGS_PER_PRINTER:
        raise InvalidInput("too_many_tags", max=MAX_TAGS_PER_PRINTER)
    return list(found.values())


def add_tags(current: Iterable[str], new: Iterable[str]) -> list[str]:
    """``current`` plus the tags of ``new`` it does not carry yet (kept spelling first)."""
    return normalize_tags([*current, *new], allow_empty_list=True)


def remove_tags(current: Iterable[str], gone: Iterable[str]) -> list[str]:
    """``current`` without the tags whose key is in ``gone``."""
    keys = {tag_key(tag) for tag in gone}
    return [tag for tag in current if tag_key(tag) not in keys]


def has_all(printer_tags: Iterable[str], wanted: Iterable[str]) -> bool:
    """True if the printer carries every tag of ``wanted`` (by key)."""
    keys = {tag_key(tag) for tag in printer_tags}
    return all(tag_key(tag) in keys for tag in wanted)


def has_any(printer_tags: Iterable[str], wanted: Iterable[str]) -> bool:
    """True if the printer carries at least one tag of ``wanted`` (by key)."""
    keys = {tag_key(tag) for tag in printer_tags}
    return any(tag_key(tag) in keys for tag in wanted)
