"""Shared plumbing of the farm's feature services (tags, queue, presets, spools).

A :class:`FarmService` runs database work off the loop with translated errors (a pure
:class:`~..farm.errors.InvalidInput` raised inside a write rolls it back and becomes a
``ServiceValidationError``), resolves the actor of a call's context and writes audit rows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from homeassistant.core import Context, HomeAssistant
from sqlalchemy import Connection

from ..farm.audit import Actor
from ..farm.errors import InvalidInput
from ..helpers import database_errors, invalid, translated

if TYPE_CHECKING:
    from ..data import FarmRuntime, OdinConfigEntry


class FarmService:
    """Base of one feature service of the loaded farm entry."""

    def __init__(self, hass: HomeAssistant, entry: OdinConfigEntry, runtime: FarmRuntime) -> None:
        """Initialize (nothing runs before the service is started)."""
        self.hass = hass
        self.entry = entry
        self.runtime = runtime

    # ------------------------------------------------------------------ database

    async def _write[T](self, fn: Callable[[Connection], T]) -> T:
        """Run ``fn`` in one write transaction; an InvalidInput raised inside rolls it back
        and becomes the translated error."""
        with translated(), database_errors():
            return await self.runtime.db.write(fn)

    async def _read[T](self, fn: Callable[[Connection], T]) -> T:
        with database_errors():
            return await self.runtime.db.read(fn)

    async def _actor(self, context: Context | None) -> Actor:
        return await self.runtime.audit.async_resolve_actor(context)

    async def _audit(
        self,
        action: str,
        *,
        target_type: str,
        target_id: str | None,
        actor: Actor,
        details: Mapping[str, Any],
    ) -> None:
        await self.runtime.audit.async_record(
            action, target_type=target_type, target_id=target_id, details=details, actor=actor
        )

    # ------------------------------------------------------------------ printers

    def printer_name(self, printer_id: str) -> str:
        """Current name of a printer (its id when unknown)."""
        hub = self.runtime.printers.get(printer_id)
        return hub.name if hub is not None else printer_id

    def check_printer(self, printer_id: str) -> str:
        """``printer_id`` if it is a printer of the farm, else ``unknown_printer``."""
        if printer_id not in self.runtime.printers:
            raise invalid(InvalidInput("unknown_printer", printer=printer_id))
        return printer_id
