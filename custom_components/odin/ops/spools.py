"""Spools, drying sessions, material rules and the drying monitor of the loaded farm.

The HA side of ``farm/drying.py``. The monitor re-applies the needs-drying rule every few
minutes, on spool / session / material changes and when a linked humidity sensor changes; a
spool crossing into needs-drying fires ``odin_spool_needs_drying`` once (the state survives
restarts).
"""

from __future__ import annotations

from collections.abc import Mapping
import contextlib
from dataclasses import replace
from datetime import datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any, Final

from homeassistant.core import CALLBACK_TYPE, Context, Event, HomeAssistant, callback
from homeassistant.helpers.event import (
    async_track_state_change_event,
    async_track_time_interval,
)
from homeassistant.util import dt as dt_util
from sqlalchemy import Connection

from ..const import DOMAIN
from ..farm.drying import (
    DryingStatus,
    MaterialRule,
    SessionSpec,
    SpoolState,
    crossings,
    drying_status,
    make_spool,
    material_table,
    parse_slot,
    rule_for,
)
from ..farm.errors import InvalidInput
from ..helpers import actor_label, invalid, translated
from ..store.spools import (
    SessionRecord,
    SpoolRecord,
    get_spool,
    insert_session,
    last_dried,
    list_material_rules,
    list_sessions,
    list_spools,
    remove_spool,
    reset_material_rule,
    save_spool,
    set_material_rule,
    set_needs_drying,
    spool_in_slot,
)
from .base import FarmService

if TYPE_CHECKING:
    from ..data import FarmRuntime, OdinConfigEntry

EVENT_SPOOL_NEEDS_DRYING: Final = f"{DOMAIN}_spool_needs_drying"
DRYING_CHECK_INTERVAL: Final = timedelta(minutes=10)
MAX_HISTORY: Final = 500


class SpoolService(FarmService):
    """Spools and the drying monitor."""

    def __init__(self, hass: HomeAssistant, entry: OdinConfigEntry, runtime: FarmRuntime) -> None:
        """Initialize (nothing runs before :meth:`async_start`)."""
        super().__init__(hass, entry, runtime)
        self.spools: dict[int, SpoolRecord] = {}
        self.last_dried: dict[int, datetime] = {}
        self.rules: dict[str, MaterialRule] = {}
        self.drying: dict[int, DryingStatus] = {}
        self._drying_listeners: list[CALLBACK_TYPE] = []
        self._stopped = False
        self._unsubs: list[CALLBACK_TYPE] = []
        self._unsub_humidity: CALLBACK_TYPE | None = None
        self._humidity_entities: frozenset[str] = frozenset()

    # ------------------------------------------------------------------ lifecycle

    async def async_start(self) -> None:
        """Load spools, drying dates and rules; start the drying monitor."""

        def load(
            conn: Connection,
        ) -> tuple[list[SpoolRecord], dict[int, datetime], dict[str, MaterialRule]]:
            return list_spools(conn), last_dried(conn), list_material_rules(conn)

        spools, dried, rules = await self._read(load)
        self.spools = {s.id: s for s in spools}
        self.last_dried = dried
        self.rules = rules
        self._unsubs.append(
            async_track_time_interval(
                self.hass,
                self._periodic,
                DRYING_CHECK_INTERVAL,
                name="odin drying check",
                cancel_on_shutdown=True,
            )
        )
        self._watch_humidity_entities()
        self.async_evaluate_drying()

    @callback
    def async_stop(self) -> None:
        """Stop timers and listeners (entry unload)."""
        self._stopped = True
        while self._unsubs:
            self._unsubs.pop()()
        if self._unsub_humidity is not None:
            self._unsub_humidity()
            self._unsub_humidity = None

    @callback
    def add_drying_listener(self, listener: CALLBACK_TYPE) -> CALLBACK_TYPE:
        """Call ``listener`` after each drying evaluation. Returns the remover."""
        self._drying_listeners.append(listener)
        return lambda: self._drying_listeners.remove(listener)

    def spool_status(self, spool_id: int) -> DryingStatus | None:
        """The last needs-drying verdict of a spool."""
        return self.drying.get(spool_id)

    def check_spool(self, spool_id: int) -> SpoolRecord:
        """A current spool, else ``unknown_spool``."""
        spool = self.spools.get(spool_id)
        if spool is None:
            raise invalid(InvalidInput("unknown_spool", spool=spool_id))
        return spool

    async def async_save_spool(
        self, fields: Mapping[str, Any], *, context: Context | None, spool_id: int | None = None
    ) -> SpoolRecord:
        """Create or update a spool from ``make_spool`` fields."""
        if spool_id is not None:
            self.check_spool(spool_id)
        with translated():
            spec = make_spool(now=dt_util.utcnow(), **fields)
        if spec.printer_id is not None:
            self.check_printer(spec.printer_id)
        record = await self._write(
            partial(save_spool, spec=spec, ts=dt_util.utcnow(), spool_id=spool_id)
        )
        if spool_id is not None:  # keep the stored needs-drying state
            record = replace(record, needs_drying_since=self.spools[spool_id].needs_drying_since)
        self.spools[record.id] = record
        await self._audit(
            "spool_saved",
            target_type="spool",
            target_id=str(record.id),
            actor=await self._actor(context),
            details={"spool": record.label, "created": spool_id is None},
        )
        self._watch_humidity_entities()
        self.async_evaluate_drying()
        return record

    async def async_delete_spool(self, spool_id: int, *, context: Context | None) -> SpoolRecord:
        """Remove a spool (kept with its history)."""
        spool = self.check_spool(spool_id)
        await self._write(partial(remove_spool, spool_id=spool_id, ts=dt_util.utcnow()))
        del self.spools[spool_id]
        self.drying.pop(spool_id, None)
        await self._audit(
            "spool_deleted",
            target_type="spool",
            target_id=str(spool_id),
            actor=await self._actor(context),
            details={"spool": spool.label},
        )
        self._watch_humidity_entities()
        self.async_evaluate_drying()
        return spool

    async def async_log_drying(
        self,
        session: SessionSpec,
        *,
        context: Context | None,
        spool_id: int | None = None,
        printer_id: str | None = None,
        slot: str | None = None,
    ) -> tuple[SessionRecord, SpoolRecord | None]:
        """Write a drying session for a spool, or a printer's slot (linked to the spool
        registered there, if any)."""
        spool: SpoolRecord | None = None
        if spool_id is not None:
            spool = self.check_spool(spool_id)
            printer_id = printer_id or spool.spec.printer_id
            slot = slot or spool.spec.slot
            if printer_id is not None and printer_id != spool.spec.printer_id:
                self.check_printer(printer_id)
        elif printer_id is not None:
            self.check_printer(printer_id)
            if not slot:
                raise invalid(InvalidInput("no_spool_given"))
        else:
            raise invalid(InvalidInput("no_spool_given"))
        slot_label: str | None = None
        if slot:
            with translated():
                slot_label = parse_slot(slot).label
        actor = await self._actor(context)
        now = dt_util.utcnow()

        def work(conn: Connection) -> tuple[SessionRecord, SpoolRecord | None]:
            target = spool
            if target is None and printer_id is not None and slot_label is not None:
                target = spool_in_slot(conn, printer_id, slot_label)
            record = insert_session(
                conn,
                session,
                spool_id=target.id if target else None,
                printer_id=printer_id,
                slot=slot_label,
                material=target.spec.material if target else None,
                user_id=actor.user_id,
                actor=actor_label(actor),
                ts=now,
            )
            return record, target

        record, target = await self._write(work)
        if target is not None:
            previous = self.last_dried.get(target.id)
            if previous is None or record.ended_at > previous:
                self.last_dried[target.id] = record.ended_at
        await self._audit(
            "drying_logged",
            target_type="spool",
            target_id=str(target.id) if target else f"{printer_id}:{slot_label}",
            actor=actor,
            details={
                "spool": target.label if target else None,
                "printer": self.printer_name(printer_id) if printer_id else None,
                "slot": slot_label,
                "temp_c": session.temp_c,
                "duration_min": session.duration_min,
                "method": str(session.method),
                "session_id": record.id,
            },
        )
        self.async_evaluate_drying()
        return record, target

    async def async_history(
        self, *, spool_id: int | None = None, printer_id: str | None = None, limit: int = 50
    ) -> list[SessionRecord]:
        """Drying sessions, newest first."""
        if spool_id is not None and spool_id not in self.spools:
            removed = await self._read(partial(get_spool, spool_id=spool_id, include_removed=True))
            if removed is None:
                raise invalid(InvalidInput("unknown_spool", spool=spool_id))
        return await self._read(
            partial(
                list_sessions,
                spool_id=spool_id,
                printer_id=printer_id,
                limit=max(1, min(limit, MAX_HISTORY)),
            )
        )

    def material_table(self) -> list[dict[str, Any]]:
        """Defaults merged with the user's rows."""
        return material_table(self.rules)

    async def async_set_material(
        self, rule: MaterialRule | None, *, material: str, context: Context | None
    ) -> None:
        """Store the user's row for a material (``rule`` None: back to the default)."""
        if rule is None:
            await self._write(partial(reset_material_rule, material=material))
            self.rules.pop(material, None)
        else:
            await self._write(partial(set_material_rule, rule=rule, ts=dt_util.utcnow()))
            self.rules[rule.material] = rule
        await self._audit(
            "material_reset" if rule is None else "material_set",
            target_type="material",
            target_id=material,
            actor=await self._actor(context),
            details=rule.as_dict() if rule is not None else {"material": material},
        )
        self.async_evaluate_drying()

    def _humidity(self, spool: SpoolRecord) -> float | None:
        """Measured % RH around a spool: its AMS unit, else its linked humidity sensor."""
        spec = spool.spec
        if spec.printer_id is not None and spec.slot is not None:
            hub = self.runtime.printers.get(spec.printer_id)
            hardware = hub.hardware if hub is not None else None
            if hardware is not None and hub is not None and hub.snapshot.online:
                with contextlib.suppress(InvalidInput):
                    unit_id = parse_slot(spec.slot).unit
                    unit = hardware.unit(unit_id) if unit_id is not None else None
                    if unit is not None and unit.humidity_pct is not None:
                        return float(unit.humidity_pct)
        if spec.humidity_entity_id is not None:
            state = self.hass.states.get(spec.humidity_entity_id)
            if state is not None:
                with contextlib.suppress(ValueError):
                    value = float(state.state)
                    if 0 <= value <= 100:
                        return value
        return None

    @callback
    def _watch_humidity_entities(self) -> None:
        wanted = frozenset(
            s.spec.humidity_entity_id for s in self.spools.values() if s.spec.humidity_entity_id
        )
        if wanted == self._humidity_entities:
            return
        if self._unsub_humidity is not None:
            self._unsub_humidity()
            self._unsub_humidity = None
        self._humidity_entities = wanted
        if wanted and not self._stopped:
            self._unsub_humidity = async_track_state_change_event(
                self.hass, sorted(wanted), self._humidity_changed
            )

    @callback
    def _humidity_changed(self, _event: Event[Any]) -> None:
        self.async_evaluate_drying()

    @callback
    def _periodic(self, now: datetime) -> None:
        self.async_evaluate_drying(now)

    @callback
    def async_evaluate_drying(self, now: datetime | None = None) -> list[int]:
        """Apply the needs-drying rule to every spool; store crossings, fire the event for
        spools that start needing drying, notify the listeners. Returns those spool ids."""
        if self._stopped:
            return []
        now = now or dt_util.utcnow()
        statuses = {
            spool.id: drying_status(
                SpoolState(
                    spool_id=spool.id,
                    material=spool.spec.material,
                    opened_at=spool.spec.opened_at,
                    last_dried_at=self.last_dried.get(spool.id),
                    humidity=self._humidity(spool),
                ),
                rule_for(spool.spec.material, self.rules),
                now,
            )
            for spool in self.spools.values()
        }
        previous = {sid: s.needs_drying_since is not None for sid, s in self.spools.items()}
        entered, left = crossings(previous, statuses.values())
        self.drying = statuses
        if entered or left:
            changes: dict[int, datetime | None] = dict.fromkeys(entered, now)
            changes.update(dict.fromkeys(left))
            for sid, since in changes.items():
                self.spools[sid] = replace(self.spools[sid], needs_drying_since=since)
            self.runtime.db.write_nowait(partial(set_needs_drying, changes=changes))
            for sid in entered:
                spool, status = self.spools[sid], statuses[sid]
                self.hass.bus.async_fire(
                    EVENT_SPOOL_NEEDS_DRYING,
                    {
                        "spool_id": sid,
                        "spool": spool.label,
                        "material": spool.spec.material,
                        "reasons": [str(r) for r in status.reasons],
                        "days_since": None
                        if status.days_since is None
                        else round(status.days_since, 1),
                        "humidity": status.humidity,
                        "printer_id": spool.spec.printer_id,
                        "slot": spool.spec.slot,
                    },
                )
        for listener in list(self._drying_listeners):
            listener()
        return entered

    def spools_needing_drying(self) -> list[tuple[SpoolRecord, DryingStatus]]:
        """Spools that need drying now, longest overdue first."""
        found = [
            (self.spools[sid], status)
            for sid, status in self.drying.items()
            if status.needs_drying and sid in self.spools
        ]
        return sorted(found, key=lambda item: (-(item[1].days_since or 0.0), item[0].id))
