"""Printer tags of the loaded farm (the HA side of ``farm/tags.py``).

The cache :attr:`TagService.tags` (tags per printer) feeds the scheduler and the API; it is
reloaded from the database after each change. A change dispatches ``SIGNAL_TAGS_CHANGED``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers.dispatcher import async_dispatcher_send
from homeassistant.util import dt as dt_util
from sqlalchemy import Connection

from ..farm.errors import InvalidInput
from ..farm.tags import (
    MAX_TAGS_PER_PRINTER,
    add_tags,
    has_any,
    normalize_tags,
    remove_tags,
    tag_key,
)
from ..helpers import SIGNAL_TAGS_CHANGED, invalid, translated
from ..store.tags import get_tags, set_tags, tags_for_printers
from .base import FarmService

if TYPE_CHECKING:
    from ..data import FarmRuntime, OdinConfigEntry


class TagService(FarmService):
    """Tags per printer: cache, lookup and changes (audited)."""

    def __init__(self, hass: HomeAssistant, entry: OdinConfigEntry, runtime: FarmRuntime) -> None:
        """Initialize (nothing runs before :meth:`async_start`)."""
        super().__init__(hass, entry, runtime)
        self.tags: dict[str, list[str]] = {}

    async def async_start(self) -> None:
        """Load the tags of every printer."""
        self.tags = await self._read(tags_for_printers)

    def printers_with_tag(self, tag: str) -> list[str]:
        """Current printers carrying ``tag`` (``empty_tag`` / ``unknown_tag`` otherwise)."""
        with translated():
            display = normalize_tags([tag])[0]
        found = [
            pid
            for pid, tags in self.tags.items()
            if pid in self.runtime.printers and has_any(tags, [display])
        ]
        if not found:
            raise invalid(InvalidInput("unknown_tag", tag=display))
        return sorted(found)

    async def async_change_tags(
        self,
        printer_ids: Sequence[str],
        *,
        context: Context | None,
        add: Sequence[str] = (),
        remove: Sequence[str] = (),
        replace_with: Sequence[str] | None = None,
    ) -> dict[str, list[str]]:
        """Add, remove or replace tags of printers (one transaction); returns their tags.

        ``remove``: a tag none of the printers carries is ``unknown_tag``.
        """
        for printer_id in printer_ids:
            self.check_printer(printer_id)
        with translated():
            add_list = normalize_tags(add) if add else []
            remove_list = normalize_tags(remove) if remove else []
            replace_list = (
                normalize_tags(replace_with, allow_empty_list=True)
                if replace_with is not None
                else None
            )
        now = dt_util.utcnow()

        def work(conn: Connection) -> dict[str, tuple[list[str], list[str]]]:
            result: dict[str, tuple[list[str], list[str]]] = {}
            carried: set[str] = set()
            for printer_id in printer_ids:
                before = get_tags(conn, printer_id)
                carried |= {tag_key(t) for t in before}
                if replace_list is not None:
                    after = replace_list
                else:
                    after = remove_tags(add_tags(before, add_list), remove_list)
                if len(after) > MAX_TAGS_PER_PRINTER:
                    raise InvalidInput("too_many_tags", max=MAX_TAGS_PER_PRINTER)
                if {tag_key(t) for t in after} != {tag_key(t) for t in before}:
                    after = set_tags(conn, printer_id, after, ts=now)
                else:
                    after = before
                result[printer_id] = (before, after)
            for tag in remove_list:
                if tag_key(tag) not in carried:
                    raise InvalidInput("unknown_tag", tag=tag)
            return result

        changes = await self._write(work)
        actor = await self._actor(context)
        action = "tags_set" if replace_list is not None else ("tagged" if add_list else "untagged")
        for printer_id, (before, after) in changes.items():
            if after:
                self.tags[printer_id] = list(after)
            else:
                self.tags.pop(printer_id, None)
            if before == after:
                continue
            async_dispatcher_send(
                self.hass, SIGNAL_TAGS_CHANGED.format(self.entry.entry_id), printer_id, list(after)
            )
            await self._audit(
                action,
                target_type="printer",
                target_id=printer_id,
                actor=actor,
                details={
                    "printer": self.printer_name(printer_id),
                    "added": [t for t in after if tag_key(t) not in {tag_key(b) for b in before}],
                    "removed": [t for t in before if tag_key(t) not in {tag_key(a) for a in after}],
                    "tags": list(after),
                },
            )
        return {printer_id: after for printer_id, (_, after) in changes.items()}
