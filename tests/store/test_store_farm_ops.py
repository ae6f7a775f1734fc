"""Store of the farm operations (schema v4): queue items, presets, spools, drying, materials."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Connection, insert, inspect, select
from sqlalchemy.exc import IntegrityError

from custom_components.odin.farm.drying import MaterialRule, make_session, make_spool
from custom_components.odin.farm.presets import make_preset
from custom_components.odin.farm.scheduler import JobStatus, make_constraints, make_job
from custom_components.odin.store.db import Database, DatabaseError
from custom_components.odin.store.migrations import v004
from custom_components.odin.store.presets import (
    count_presets,
    delete_preset,
    find_preset_id,
    get_preset,
    list_presets,
    save_preset,
)
from custom_components.odin.store.printers import upsert_printer
from custom_components.odin.store.queue import (
    count_jobs,
    get_job,
    insert_jobs,
    list_jobs,
    remove_jobs,
    set_order,
    set_status,
    update_job,
)
from custom_components.odin.store.schema import queue_items
from custom_components.odin.store.spools import (
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
from custom_components.odin.store.tags import all_tags, set_tags

T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


async def test_v004_tables_exist(db: Database) -> None:
    def tables(conn: Connection) -> set[str]:
        return set(inspect(conn).get_table_names())

    assert {t.name for t in v004.TABLES} <= await db.read(tables)


async def test_queue_items(db: Database) -> None:
    def work(conn: Connection) -> None:
        upsert_printer(conn, printer_id="p1", brand="bambu", name="P1S")
        jobs = [
            make_job(file="a.3mf", priority=0, constraints=make_constraints(tags_any=["Room A"])),
            make_job(file="b.3mf", priority=5, options={"timelapse": True}, notes="n"),
        ]
        first = insert_jobs(conn, jobs, ts=T0, created_by="Anna")
        assert [r.position for r in first] == [1, 2]
        assert first[0].constraints.tags_any == ("Room A",)
        assert first[1].options == {"timelapse": True}
        assert first[0].status is JobStatus.QUEUED
        assert first[0].created_by == "Anna"
        more = insert_jobs(
            conn, [make_job(file="c.3mf")], ts=T0 + timedelta(seconds=1), created_by=None
        )
        assert more[0].position == 3
        assert insert_jobs(conn, [], ts=T0, created_by=None) == []

        # list: active in queue order (priority, position), then finished newest first
        assert [r.file for r in list_jobs(conn)] == ["b.3mf", "a.3mf", "c.3mf"]
        set_status(conn, first[0].id, JobStatus.CANCELLED, ts=T0 + timedelta(minutes=1))
        cancelled = get_job(conn, first[0].id)
        assert cancelled is not None and cancelled.ended_at == T0 + timedelta(minutes=1)
        assert [r.file for r in list_jobs(conn)] == ["b.3mf", "c.3mf", "a.3mf"]
        assert [r.file for r in list_jobs(conn, finished_limit=0)] == ["b.3mf", "c.3mf"]

        # queued again: at the end, assignment cleared
        set_status(conn, first[0].id, JobStatus.QUEUED, ts=T0 + timedelta(minutes=2))
        again = get_job(conn, first[0].id)
        assert again is not None
        assert again.position == 4 and again.ended_at is None and again.status is JobStatus.QUEUED

        update_job(conn, more[0].id, ts=T0, name="renamed", notes="x")
        update_job(conn, more[0].id, ts=T0, clear_notes=True)
        renamed = get_job(conn, more[0].id)
        assert renamed is not None and (renamed.name, renamed.notes) == ("renamed", None)

        set_order(conn, [more[0].id, first[1].id], job_id=more[0].id, priority=5, ts=T0)
        assert [r.id for r in list_jobs(conn)][:2] == [more[0].id, first[1].id]

        remove_jobs(conn, [first[0].id], ts=T0)
        assert first[0].id not in [r.id for r in list_jobs(conn)]
        assert count_jobs(conn) == 3  # rows are kept
        as_json = list_jobs(conn)[0].as_dict()
        assert as_json["status"] == "queued"
        assert isinstance(as_json["created_at"], str)

    await db.write(work)


async def test_unknown_stored_status_is_never_scheduled(db: Database) -> None:
    def work(conn: Connection) -> None:
        record = insert_jobs(conn, [make_job(file="a")], ts=T0, created_by=None)[0]
        conn.execute(queue_items.update().values(status="exotic"))
        stored = get_job(conn, record.id)
        assert stored is not None and stored.status is JobStatus.FAILED

    await db.write(work)


async def test_presets(db: Database) -> None:
    def work(conn: Connection) -> None:
        spec = make_preset(
            name="Gear", file="gear.3mf", target_type="tag", target="Room A", quantity=2
        )
        record = save_preset(conn, spec, ts=T0)
        assert record.spec == spec
        assert find_preset_id(conn, " GEAR ") == record.id
        updated = save_preset(
            conn, make_preset(name="Gear v2", file="g2.3mf"), ts=T0, preset_id=record.id
        )
        assert updated.id == record.id and updated.spec.name == "Gear v2"
        assert find_preset_id(conn, "gear") is None
        assert [p.spec.name for p in list_presets(conn)] == ["Gear v2"]
        assert updated.as_dict()["target"] == {"type": "any", "value": None}
        # a queue item keeps its copy when the preset goes
        job = insert_jobs(
            conn, [make_job(file="g2.3mf", preset_id=record.id)], ts=T0, created_by=None
        )[0]
        assert delete_preset(conn, record.id)
        assert not delete_preset(conn, record.id)
        assert get_preset(conn, record.id) is None
        kept = get_job(conn, job.id)
        assert kept is not None and kept.preset_id is None and kept.file == "g2.3mf"
        assert count_presets(conn) == 0

    await db.write(work)


async def test_preset_names_are_unique_case_insensitively(db: Database) -> None:
    def work(conn: Connection) -> None:
        save_preset(conn, make_preset(name="Gear", file="a"), ts=T0)
        save_preset(conn, make_preset(name="GEAR", file="b"), ts=T0)

    with pytest.raises(DatabaseError) as err:
        await db.write(work)
    assert isinstance(err.value.__cause__, IntegrityError)
    assert await db.read(count_presets) == 0  # rolled back


async def test_spools_sessions_materials(db: Database) -> None:
    def work(conn: Connection) -> None:
        spec = make_spool(
            material="PETG", now=T0, brand="Bambu", printer_id="p1", slot="A2", opened_at=T0
        )
        spool = save_spool(conn, spec, ts=T0)  # unknown printer: a placeholder row is made
        assert spool.spec == spec
        assert spool.label == "Bambu PETG"
        other = save_spool(conn, make_spool(material="PLA", now=T0), ts=T0)
        assert spool_in_slot(conn, "p1", "A2") == spool
        assert spool_in_slot(conn, "p1", "A3") is None
        changed = save_spool(
            conn, make_spool(material="PETG", now=T0, name="Red"), ts=T0, spool_id=spool.id
        )
        assert changed.label == "Red" and changed.spec.slot is None

        for days, spool_id in ((1, spool.id), (3, spool.id), (2, other.id)):
            session = make_session(
                now=T0 + timedelta(days=days), temp_c=65, duration_min=120, method="oven"
            )
            insert_session(
                conn,
                session,
                spool_id=spool_id,
                printer_id=None,
                slot=None,
                material="PETG",
                user_id="u1",
                actor="Anna",
                ts=T0,
            )
        insert_session(
            conn,
            make_session(now=T0, temp_c=70, duration_min=60),
            spool_id=None,
            printer_id="p1",
            slot="A1",
            material=None,
            user_id=None,
            actor="automation.dry",
            ts=T0,
        )
        assert last_dried(conn) == {
            spool.id: T0 + timedelta(days=3),
            other.id: T0 + timedelta(days=2),
        }
        assert last_dried(conn, [other.id]) == {other.id: T0 + timedelta(days=2)}
        assert last_dried(conn, []) == {}
        history = list_sessions(conn, spool_id=spool.id)
        assert [s.ended_at for s in history] == [T0 + timedelta(days=3), T0 + timedelta(days=1)]
        assert history[0].as_dict()["method"] == "oven"
        assert [s.slot for s in list_sessions(conn, printer_id="p1")] == ["A1"]
        assert len(list_sessions(conn, limit=2)) == 2

        set_needs_drying(conn, {spool.id: T0})
        marked = get_spool(conn, spool.id)
        assert marked is not None and marked.needs_drying_since == T0
        remove_spool(conn, spool.id, ts=T0)
        assert get_spool(conn, spool.id) is None
        assert get_spool(conn, spool.id, include_removed=True) is not None
        assert [s.id for s in list_spools(conn)] == [other.id]

        set_material_rule(conn, MaterialRule("PETG", 10, 30, 65, 8), ts=T0)
        set_material_rule(conn, MaterialRule("PETG", 12, None), ts=T0)
        assert list_material_rules(conn) == {"PETG": MaterialRule("PETG", 12, None, None, None)}
        assert reset_material_rule(conn, "PETG")
        assert not reset_material_rule(conn, "PETG")

    await db.write(work)


async def test_tag_listing(db: Database) -> None:
    def work(conn: Connection) -> list[Any]:
        set_tags(conn, "p1", ["Room A", "Production"])
        set_tags(conn, "p2", ["room a"])
        return all_tags(conn)

    assert await db.write(work) == [
        ("production", "Production", ["p1"]),
        ("room a", "Room A", ["p1", "p2"]),
    ]


async def test_queue_rows_reference_printers(db: Database) -> None:
    def work(conn: Connection) -> None:
        conn.execute(
            insert(queue_items).values(
                status="queued",
                name="x",
                file="x",
                priority=0,
                position=1,
                constraints={},
                options={},
                created_at=T0,
                updated_at=T0,
                attempts=0,
                printer_id="nope",
            )
        )

    with pytest.raises(DatabaseError):  # foreign key (SQLite: foreign_keys=ON)
        await db.write(work)
    assert await db.read(lambda conn: conn.execute(select(queue_items)).all()) == []
