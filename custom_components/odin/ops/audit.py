"""Audit recorder: who (user, automation, script, voice, system) did what, written to our DB."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping
from functools import partial
import logging
from typing import Any

from homeassistant.components.http.const import KEY_HASS_USER
from homeassistant.components.websocket_api.connection import current_connection
from homeassistant.core import CALLBACK_TYPE, Context, Event, HomeAssistant, callback
from homeassistant.helpers.http import current_request
from homeassistant.util import dt as dt_util

from ..farm.audit import Actor, AuditEntry, Origin, redact
from ..store.audit import insert_audit
from ..store.db import Database

_LOGGER = logging.getLogger(__name__)

EVENT_AUTOMATION_TRIGGERED = "automation_triggered"
EVENT_SCRIPT_STARTED = "script_started"
_MAX_ORIGINS = 2048


class AuditRecorder:
    """Resolves the actor behind an HA context and writes audit rows off the event loop."""

    def __init__(self, hass: HomeAssistant, db: Database) -> None:
        """Initialize."""
        self._hass = hass
        self._db = db
        # context id -> (origin, entity id) for automations and scripts, bounded.
        self._origins: OrderedDict[str, tuple[Origin, str | None]] = OrderedDict()
        self._unsubs: list[CALLBACK_TYPE] = []

    @callback
    def async_start(self) -> None:
        """Listen for automation/script runs so their contexts can be attributed."""
        self._unsubs.append(
            self._hass.bus.async_listen(EVENT_AUTOMATION_TRIGGERED, self._remember_automation)
        )
        self._unsubs.append(
            self._hass.bus.async_listen(EVENT_SCRIPT_STARTED, self._remember_script)
        )

    @callback
    def async_stop(self) -> None:
        """Stop listening."""
        while self._unsubs:
            self._unsubs.pop()()

    @callback
    def _remember(self, context_id: str, origin: Origin, entity_id: str | None) -> None:
        self._origins[context_id] = (origin, entity_id)
        self._origins.move_to_end(context_id)
        while len(self._origins) > _MAX_ORIGINS:
            self._origins.popitem(last=False)

    @callback
    def _remember_automation(self, event: Event) -> None:
        self._remember(event.context.id, Origin.AUTOMATION, event.data.get("entity_id"))

    @callback
    def _remember_script(self, event: Event) -> None:
        # A script started by an automation keeps the automation as origin.
        if event.context.id in self._origins:
            return
        self._remember(event.context.id, Origin.SCRIPT, event.data.get("entity_id"))

    @callback
    def remember_voice(self, context: Context, ref: str | None) -> None:
        """Mark a context as coming from a voice/Assist intent."""
        self._remember(context.id, Origin.VOICE, ref)

    async def async_resolve_actor(self, context: Context | None) -> Actor:
        """Return who is behind ``context`` (or the current HTTP/websocket caller)."""
        origin: Origin | None = None
        ref: str | None = None
        user_id: str | None = None
        if context is not None:
            user_id = context.user_id
            for cid in (context.id, context.parent_id):
                if cid is not None and cid in self._origins:
                    origin, ref = self._origins[cid]
                    break
        if user_id is None and origin is None:
            user_id = _current_caller_id()
        user_name: str | None = None
        if user_id is not None:
            user = await self._hass.auth.async_get_user(user_id)
            if user is not None:
                user_name = user.name
                if origin is None:
                    origin = Origin.SYSTEM if user.system_generated else Origin.UI
        if origin is None:
            origin = Origin.SYSTEM
        return Actor(origin=origin, user_id=user_id, user_name=user_name, origin_ref=ref)

    async def async_record(
        self,
        action: str,
        *,
        target_type: str,
        target_id: str | None,
        context: Context | None = None,
        details: Mapping[str, Any] | None = None,
        result: str = "ok",
        actor: Actor | None = None,
    ) -> None:
        """Queue one audit row (never blocks the loop, never raises into the caller)."""
        if actor is None:
            actor = await self.async_resolve_actor(context)
        entry = AuditEntry(
            ts=dt_util.utcnow(),
            actor=actor,
            action=action,
            target_type=target_type,
            target_id=target_id,
            details=redact(dict(details or {})),
            result=result,
        )
        _LOGGER.debug("Audit %s %s/%s by %s: %s", action, target_type, target_id, actor, result)
        self._db.write_nowait(partial(insert_audit, entry=entry))


def _current_caller_id() -> str | None:
    """User id of the HTTP request or websocket connection being served, if any."""
    if (request := current_request.get()) is not None:
        user = request.get(KEY_HASS_USER)
        if user is not None:
            return str(user.id)
    if (connection := current_connection.get()) is not None and connection.user is not None:
        return str(connection.user.id)
    return None
