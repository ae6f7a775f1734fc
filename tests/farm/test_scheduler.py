"""The print queue's rules: constraints, statuses, reordering and the scheduler's decisions."""

from __future__ import annotations

import pytest

from custom_components.odin.farm.errors import InvalidInput
from custom_components.odin.farm.scheduler import (
    Check,
    Constraints,
    JobStatus,
    JobView,
    PrinterView,
    Waiting,
    check_quantity,
    check_transition,
    decide,
    make_constraints,
    make_job,
    model_matches,
    numbered,
    reorder,
)

# ---------------------------------------------------------------------------- the farm

IDLE_P1S = PrinterView(
    "p1s",
    "P1S left",
    online=True,
    status="idle",
    model="P1S",
    model_code="C12",
    tags=("Room A", "Production"),
    nozzle_mm=0.4,
    filaments=frozenset({"PLA", "PETG"}),
)
IDLE_X1C = PrinterView(
    "x1c",
    "X1C",
    online=True,
    status="finished",  # finished counts as ready (the plate check comes with dispatch)
    model="X1 Carbon",
    model_code="BL-P001",
    tags=("Room B", "PLA only"),
    nozzle_mm=0.4,
    filaments=frozenset({"PLA"}),
)
BUSY_A1 = PrinterView(
    "a1", "A1 mini", online=True, status="printing", model="A1 mini", tags=("Room A",)
)
OFFLINE_MK4 = PrinterView(
    "mk4", "MK4", online=False, status="offline", model="MK4", tags=("Room B",)
)
ERROR_VORON = PrinterView(
    "voron", "Voron", online=True, status="idle", has_error=True, model="Voron 2.4"
)
FARM = [IDLE_P1S, IDLE_X1C, BUSY_A1, OFFLINE_MK4, ERROR_VORON]


def job(
    job_id: int, priority: int = 0, position: int | None = None, **constraints: object
) -> JobView:
    return JobView(
        job_id,
        priority,
        job_id if position is None else position,
        make_constraints(**constraints),  # type: ignore[arg-type]
    )


def one(jobs: list[JobView], printers: list[PrinterView] = FARM) -> dict[int, object]:
    return {d.job_id: d for d in decide(jobs, printers)}


# ---------------------------------------------------------------------------- decision table

# (constraints of one job) -> (reason, proposed printer, unmet constraints)
TABLE = [
    ({}, Waiting.PROPOSED, "p1s", ()),  # both ready printers fit: "P1S left" is first by name
    ({"printer_id": "p1s"}, Waiting.PROPOSED, "p1s", ()),
    ({"printer_id": "a1"}, Waiting.BUSY, None, ()),
    ({"printer_id": "mk4"}, Waiting.OFFLINE, None, ()),
    ({"printer_id": "voron"}, Waiting.ERROR, None, ()),
    ({"printer_id": "gone"}, Waiting.NO_PRINTER_FITS, None, ("printer_id",)),
    ({"tags_any": ["room a"]}, Waiting.PROPOSED, "p1s", ()),  # case-insensitive
    ({"tags_any": ["ROOM B", "nowhere"]}, Waiting.PROPOSED, "x1c", ()),
    ({"tags_all": ["Room A", "production"]}, Waiting.PROPOSED, "p1s", ()),
    ({"tags_all": ["Room A", "PLA only"]}, Waiting.NO_PRINTER_FITS, None, ("tags_all",)),
    # each constraint is met by some printer, but no printer meets both
    ({"tags_any": ["Production"], "model": "X1 Carbon"}, Waiting.NO_PRINTER_FITS, None, ()),
    ({"tags_any": ["Room C"]}, Waiting.NO_PRINTER_FITS, None, ("tags_any",)),
    ({"model": "p1s"}, Waiting.PROPOSED, "p1s", ()),
    ({"model": "Bambu Lab X1 Carbon"}, Waiting.PROPOSED, "x1c", ()),
    ({"model": "BL-P001"}, Waiting.PROPOSED, "x1c", ()),
    ({"model": "X1C"}, Waiting.PROPOSED, "x1c", ()),
    ({"model": "H2D"}, Waiting.NO_PRINTER_FITS, None, ("model",)),
    ({"filament": "petg"}, Waiting.PROPOSED, "p1s", ()),
    ({"filament": "PA-CF"}, Waiting.FILAMENT, None, ()),  # ready printers lack it, others busy
    ({"filament": "PA-CF", "tags_any": ["Room B"]}, Waiting.FILAMENT, None, ()),
    ({"nozzle_mm": 0.4, "tags_any": ["PLA only"]}, Waiting.PROPOSED, "x1c", ()),
    ({"nozzle_mm": 0.6, "tags_any": ["Production"]}, Waiting.NO_PRINTER_FITS, None, ()),
    ({"tags_any": ["Room A"], "model": "A1 mini"}, Waiting.BUSY, None, ()),
    ({"tags_any": ["Room B"], "model": "MK4"}, Waiting.OFFLINE, None, ()),
]


@pytest.mark.parametrize(("constraints", "reason", "printer", "unmet"), TABLE)
def test_decision_table(
    constraints: dict[str, object], reason: Waiting, printer: str | None, unmet: tuple[str, ...]
) -> None:
    decision = decide([job(1, **constraints)], FARM)[0]
    assert decision.reason is reason
    assert decision.printer_id == printer
    assert decision.unmet == unmet
    assert decision.order == 1


def test_unmet_nozzle() -> None:
    decision = decide([job(1, nozzle_mm=0.6)], [IDLE_P1S, IDLE_X1C])[0]
    assert decision.reason is Waiting.NO_PRINTER_FITS
    assert decision.unmet == ("nozzle_mm",)


def test_no_printer_fits_explains_every_printer() -> None:
    decision = decide([job(1, model="H2D", tags_any=["Room A"])], FARM)[0]
    assert decision.reason is Waiting.NO_PRINTER_FITS
    assert decision.unmet == ("model",)
    fits = {p.printer_id: p.checks for p in decision.printers}
    assert fits["p1s"] == (Check.MODEL,)
    assert fits["x1c"] == (Check.TAGS_ANY, Check.MODEL)
    assert set(fits) == {"p1s", "x1c", "a1", "mk4", "voron"}
    assert decision.as_dict()["printers"][0]["checks"]  # JSON-safe shape


def test_waiting_job_names_the_printers_that_could_take_it() -> None:
    decision = decide([job(1, tags_any=["Room A"], filament="PA-CF")], FARM)[0]
    assert decision.reason is Waiting.FILAMENT
    fits = {p.printer_id: p.checks for p in decision.printers}
    assert fits == {"a1": (Check.BUSY,), "p1s": (Check.FILAMENT,)}


def test_no_printers_at_all() -> None:
    decisions = decide([job(1), job(2)], [])
    assert [d.reason for d in decisions] == [Waiting.NO_PRINTERS] * 2


def test_order_by_priority_then_age() -> None:
    jobs = [job(1), job(2, priority=5), job(3), job(4, priority=5)]
    decisions = decide(jobs, FARM)
    assert [d.job_id for d in decisions] == [2, 4, 1, 3]
    assert [d.order for d in decisions] == [1, 2, 3, 4]
    # two ready printers: the two high-priority jobs get them, the rest waits for them
    assert [d.reason for d in decisions] == [
        Waiting.PROPOSED,
        Waiting.PROPOSED,
        Waiting.CLAIMED,
        Waiting.CLAIMED,
    ]
    assert {decisions[0].printer_id, decisions[1].printer_id} == {"p1s", "x1c"}


def test_a_job_nobody_can_print_does_not_block_the_queue() -> None:
    jobs = [job(1, priority=10, model="H2D"), job(2, priority=10, printer_id="a1"), job(3)]
    decisions = {d.job_id: d for d in decide(jobs, FARM)}
    assert decisions[1].reason is Waiting.NO_PRINTER_FITS
    assert decisions[2].reason is Waiting.BUSY
    assert decisions[3].reason is Waiting.PROPOSED


def test_flexible_job_leaves_the_only_fitting_printer_to_a_picky_one() -> None:
    # job 1 fits both idle printers, job 2 only the P1S: job 1 must take the X1C
    # (even though by name alone it would also be first here, reverse the names to prove it)
    p1s = PrinterView("p1s", "A-first", True, "idle", tags=("Room A",))
    x1c = PrinterView("x1c", "Z-last", True, "idle", tags=("Room B",))
    decisions = {d.job_id: d for d in decide([job(1), job(2, tags_any=["Room A"])], [p1s, x1c])}
    assert decisions[1].printer_id == "x1c"
    assert decisions[2].printer_id == "p1s"


def test_fifo_within_a_priority_no_starvation() -> None:
    """Jobs added later never overtake an older job of the same priority."""
    printers = [IDLE_P1S]
    jobs = [job(i) for i in range(1, 6)]
    for _ in range(3):
        decisions = decide(jobs, printers)
        assert decisions[0].job_id == min(j.job_id for j in jobs)
        assert decisions[0].printer_id == "p1s"
        # the proposed one is sent; a newer job arrives
        sent = decisions[0].job_id
        jobs = [j for j in jobs if j.job_id != sent] + [job(max(j.job_id for j in jobs) + 1)]


def test_assigned_job_holds_its_printer_and_printing_jobs_are_skipped() -> None:
    jobs = [
        JobView(1, 0, 1, Constraints(), JobStatus.ASSIGNED, printer_id="p1s"),
        JobView(2, 0, 2, Constraints(), JobStatus.PRINTING, printer_id="a1"),
        job(3, tags_any=["Production"]),
        job(4),
    ]
    decisions = {d.job_id: d for d in decide(jobs, FARM)}
    assert set(decisions) == {3, 4}
    assert decisions[3].reason is Waiting.BUSY  # its only printer holds job 1
    assert decisions[4].printer_id == "x1c"


def test_unreported_filament_and_nozzle_fit_with_a_note() -> None:
    klipper = PrinterView("k", "Klipper", True, "idle")
    decision = decide([job(1, filament="PETG", nozzle_mm=0.6)], [klipper])[0]
    assert decision.reason is Waiting.PROPOSED
    assert decision.notes == ("filament_unverified", "nozzle_unverified")


def test_model_matching() -> None:
    assert model_matches("P1S", "P1S", "C12")
    assert model_matches("bambu lab p1s", "P1S", None)
    assert model_matches("c12", None, "C12")
    assert model_matches("A1-mini", "A1 mini", "N1")
    assert not model_matches("P1", "P1S", "C12")
    assert not model_matches("  ", "P1S", "C12")


# ---------------------------------------------------------------------------- validation


def test_constraints_are_normalised_and_round_trip() -> None:
    constraints = make_constraints(
        printer_id="p1s",
        tags_any=[" room  a", "Room A", "PLA only"],
        tags_all=["Production"],
        model=" P1S ",
        filament="pa_cf",
        nozzle_mm=0.4,
    )
    assert constraints.tags_any == ("room a", "PLA only")
    assert constraints.filament == "PA-CF"
    assert constraints.model == "P1S"
    assert Constraints.from_dict(constraints.as_dict()) == constraints
    assert Constraints.from_dict({"tags_any": "x", "nozzle_mm": True, "junk": 1}) == Constraints()


@pytest.mark.parametrize(
    ("kwargs", "key"),
    [
        ({"tags_any": [""]}, "empty_tag"),
        ({"tags_all": ["   "]}, "empty_tag"),
        ({"tags_any": ["x" * 65]}, "text_too_long"),
        ({"nozzle_mm": 0.0}, "out_of_range"),
        ({"nozzle_mm": -0.4}, "out_of_range"),
        ({"nozzle_mm": 5.0}, "out_of_range"),
        ({"model": "m" * 65}, "text_too_long"),
    ],
)
def test_bad_constraints(kwargs: dict[str, object], key: str) -> None:
    with pytest.raises(InvalidInput) as err:
        make_constraints(**kwargs)  # type: ignore[arg-type]
    assert err.value.key == key


def test_make_job() -> None:
    new = make_job(file=" parts/gear.3mf ", priority=5)
    assert new.name == "gear.3mf"
    assert new.file == "parts/gear.3mf"
    assert new.priority == 5
    for kwargs, key in (
        ({"file": ""}, "empty_field"),
        ({"file": "a", "priority": 101}, "out_of_range"),
        ({"file": "a", "priority": -101}, "out_of_range"),
        ({"file": "a", "name": "n" * 300}, "text_too_long"),
    ):
        with pytest.raises(InvalidInput) as err:
            make_job(**kwargs)  # type: ignore[arg-type]
        assert err.value.key == key


def test_quantity_and_numbering() -> None:
    assert check_quantity(None) == 1
    for bad in (0, -1, 51):
        with pytest.raises(InvalidInput):
            check_quantity(bad)
    jobs = numbered([make_job(file="gear.3mf", name="Gear")] * 3)
    assert [j.name for j in jobs] == ["Gear (1/3)", "Gear (2/3)", "Gear (3/3)"]
    assert numbered([make_job(file="a")])[0].name == "a"


def test_status_transitions() -> None:
    check_transition(1, JobStatus.QUEUED, JobStatus.CANCELLED)
    check_transition(1, JobStatus.ASSIGNED, JobStatus.CANCELLED)
    check_transition(1, JobStatus.QUEUED, JobStatus.DONE)
    check_transition(1, JobStatus.CANCELLED, JobStatus.QUEUED)
    check_transition(1, JobStatus.PRINTING, JobStatus.DONE, by_user=False)
    with pytest.raises(InvalidInput) as err:
        check_transition(1, JobStatus.PRINTING, JobStatus.CANCELLED)
    assert err.value.key == "job_printing"
    with pytest.raises(InvalidInput) as err:
        check_transition(1, JobStatus.DONE, JobStatus.CANCELLED)
    assert err.value.key == "invalid_job_transition"
    assert err.value.placeholders == {"job": "1", "status": "done", "new": "cancelled"}


# ---------------------------------------------------------------------------- reorder


def _queue() -> list[JobView]:
    return [
        job(1, priority=5),
        job(2, priority=5),
        job(3),
        job(4),
        JobView(5, 0, 5, Constraints(), JobStatus.PRINTING),
        JobView(6, 0, 6, Constraints(), JobStatus.DONE),
    ]


def test_reorder_takes_the_neighbours_priority() -> None:
    assert reorder(_queue(), 4, None) == (5, [4, 1, 2, 3])  # to the front
    assert reorder(_queue(), 4, 1) == (5, [1, 4, 2, 3])
    assert reorder(_queue(), 1, 3) == (0, [2, 3, 1, 4])
    assert reorder(_queue(), 2, 5) == (5, [2, 1, 3, 4])  # after a printing job = front
    assert reorder(_queue(), 1, 6) == (0, [2, 3, 4, 1])  # after a finished job = end
    assert reorder(_queue(), 3, 3) == (0, [1, 2, 3, 4])  # onto itself: unchanged
    assert reorder(_queue(), 1, None) == (5, [1, 2, 3, 4])  # already first: keeps 5


def test_reorder_refusals() -> None:
    for job_id, after, key in (
        (9, None, "unknown_job"),
        (1, 9, "unknown_job"),
        (5, None, "job_not_queued"),
    ):
        with pytest.raises(InvalidInput) as err:
            reorder(_queue(), job_id, after)
        assert err.value.key == key
