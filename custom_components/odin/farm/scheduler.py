"""Print queue: job model, constraints, status transitions and the scheduler's decisions.

Pure Python (no HA, no database). ``store/queue.py`` keeps the jobs; the HA glue feeds the live
printers in as :class:`PrinterView` and shows the :class:`Decision` of every queued job.

**Order.** Queued jobs are served by priority (higher first), then by queue position (the order
they were added, unless moved), then by id. Nothing else: a job's place never depends on the
printers, so it cannot be overtaken forever by later jobs of the same priority (no starvation
within a priority), and a job that no printer can take right now never blocks the jobs behind
it — each job is placed on its own merits.

**Proposal.** In that order, each queued job gets the printer that is *ready* (online, idle —
``idle``/``finished``/``cancelled``/``failed`` — no active error, not holding an assigned job),
*fits* every constraint, and is not proposed to a job ahead of it. Among several, the one the
fewest later jobs could use is taken (so a flexible job leaves the only printer a pickier job
fits), then by name. Sending the file is a later step; this only proposes.

**Reasons.** Every check has a code (:class:`Check`); a waiting job says why with one code
(:class:`Waiting`), the constraints no printer satisfies at all (``unmet``) and, per printer that
could take it, what stands in the way. Filament and nozzle are only checked where the printer
reports them (else the job carries a ``*_unverified`` note).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Final

from custom_components.odin.printers.bambu.codes import model_code_from_name

from .analytics import normalize_material
from .errors import InvalidInput, check_int, check_number, check_text
from .tags import has_all, has_any, normalize_tags

MAX_NAME_LEN: Final = 255
MAX_FILE_LEN: Final = 512
MAX_NOTES_LEN: Final = 2000
MAX_MODEL_LEN: Final = 64
MAX_MATERIAL_LEN: Final = 64
PRIORITY_MIN: Final = -100
PRIORITY_MAX: Final = 100
MAX_QUANTITY: Final = 50
NOZZLE_MIN_MM: Final = 0.1
NOZZLE_MAX_MM: Final = 2.0
NOZZLE_TOLERANCE_MM: Final = 0.01

# Printer statuses in which a printer can take the next job (the plate check comes later).
READY_STATUSES: Final = frozenset({"idle", "finished", "cancelled", "failed"})


class JobStatus(StrEnum):
    """Status of a queue item."""

    QUEUED = "queued"
    ASSIGNED = "assigned"
    PRINTING = "printing"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


ACTIVE_STATUSES: Final = frozenset({JobStatus.QUEUED, JobStatus.ASSIGNED, JobStatus.PRINTING})
FINISHED_STATUSES: Final = frozenset({JobStatus.DONE, JobStatus.FAILED, JobStatus.CANCELLED})

# Allowed status changes. Finished jobs can be queued again; "done" by hand is allowed while the
# job is not printing; a printing job is stopped at the printer, not here.
TRANSITIONS: Final[Mapping[JobStatus, frozenset[JobStatus]]] = {
    JobStatus.QUEUED: frozenset({JobStatus.ASSIGNED, JobStatus.CANCELLED, JobStatus.DONE}),
    JobStatus.ASSIGNED: frozenset(
        {JobStatus.QUEUED, JobStatus.PRINTING, JobStatus.CANCELLED, JobStatus.DONE}
    ),
    JobStatus.PRINTING: frozenset({JobStatus.DONE, JobStatus.FAILED, JobStatus.CANCELLED}),
    JobStatus.DONE: frozenset({JobStatus.QUEUED}),
    JobStatus.FAILED: frozenset({JobStatus.QUEUED}),
    JobStatus.CANCELLED: frozenset({JobStatus.QUEUED}),
}


def check_transition(job_id: int, old: JobStatus, new: JobStatus, *, by_user: bool = True) -> None:
    """Raise if ``old`` → ``new`` is not allowed.

    ``by_user``: a person or automation asks (not the printer): a printing job cannot be
    cancelled or finished from the queue (``job_printing``: stop the print at the printer).
    """
    if by_user and old is JobStatus.PRINTING:
        raise InvalidInput("job_printing", job=job_id)
    if new not in TRANSITIONS[old]:
        raise InvalidInput("invalid_job_transition", job=job_id, status=old.value, new=new.value)


# ---------------------------------------------------------------------------- constraints


def _model_key(value: str) -> str:
    text = value.strip().casefold()
    if text.startswith("bambu lab"):
        text = text[len("bambu lab") :]
    return "".join(ch for ch in text if ch.isalnum())


def model_matches(wanted: str, model: str | None, model_code: str | None) -> bool:
    """``wanted`` names the printer's model or model code ("P1S", "Bambu Lab P1S", "C12",
    "X1C" for the X1 Carbon)."""
    key = _model_key(wanted)
    if not key:
        return False
    if any(value is not None and _model_key(value) == key for value in (model, model_code)):
        return True
    code = model_code_from_name(wanted)
    return code is not None and model_code is not None and code.casefold() == model_code.casefold()


@dataclass(frozen=True, slots=True)
class Constraints:
    """Where a job may print. Empty fields do not constrain."""

    printer_id: str | None = None
    tags_any: tuple[str, ...] = ()  # the printer carries at least one (display forms)
    tags_all: tuple[str, ...] = ()  # the printer carries every one
    model: str | None = None
    filament: str | None = None  # normalised type, e.g. "PETG"
    nozzle_mm: float | None = None

    def as_dict(self) -> dict[str, Any]:
        """JSON shape (``constraints`` of a queue item)."""
        return {
            "printer_id": self.printer_id,
            "tags_any": list(self.tags_any),
            "tags_all": list(self.tags_all),
            "model": self.model,
            "filament": self.filament,
            "nozzle_mm": self.nozzle_mm,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> Constraints:
        """Read the stored JSON back (tolerant: unknown keys and bad types are dropped)."""
        data = data or {}

        def text(key: str) -> str | None:
            value = data.get(key)
            return value if isinstance(value, str) and value else None

        def tags(key: str) -> tuple[str, ...]:
            value = data.get(key)
            return tuple(t for t in value if isinstance(t, str)) if isinstance(value, list) else ()

        nozzle = data.get("nozzle_mm")
        return cls(
            printer_id=text("printer_id"),
            tags_any=tags("tags_any"),
            tags_all=tags("tags_all"),
            model=text("model"),
            filament=text("filament"),
            nozzle_mm=float(nozzle)
            if isinstance(nozzle, int | float) and not isinstance(nozzle, bool)
            else None,
        )

    @property
    def tags(self) -> tuple[str, ...]:
        """Every tag the constraints name."""
        return (*self.tags_any, *self.tags_all)


def make_constraints(
    *,
    printer_id: str | None = None,
    tags_any: Iterable[object] = (),
    tags_all: Iterable[object] = (),
    model: object = None,
    filament: object = None,
    nozzle_mm: float | None = None,
) -> Constraints:
    """Validated constraints (tags normalised, filament normalised, nozzle 0.1-2.0 mm).

    Whether the printer or the tags exist is the caller's check (it knows the farm).
    """
    any_list = normalize_tags(tags_any, allow_empty_list=True)
    all_list = normalize_tags(tags_all, allow_empty_list=True)
    return Constraints(
        printer_id=printer_id or None,
        tags_any=tuple(any_list),
        tags_all=tuple(all_list),
        model=check_text(model, "model", max_len=MAX_MODEL_LEN, required=False),
        filament=normalize_material(
            check_text(filament, "filament", max_len=MAX_MATERIAL_LEN, required=False)
        ),
        nozzle_mm=check_number(nozzle_mm, "nozzle_mm", low=NOZZLE_MIN_MM, high=NOZZLE_MAX_MM),
    )


@dataclass(frozen=True, slots=True)
class NewJob:
    """A job to add to the queue (validated)."""

    name: str
    file: str
    priority: int = 0
    constraints: Constraints = field(default_factory=Constraints)
    options: Mapping[str, Any] = field(default_factory=dict)
    notes: str | None = None
    preset_id: int | None = None


def make_job(
    *,
    file: object,
    name: object = None,
    priority: int | None = None,
    constraints: Constraints | None = None,
    options: Mapping[str, Any] | None = None,
    notes: object = None,
    preset_id: int | None = None,
) -> NewJob:
    """A validated :class:`NewJob` (file required; name defaults to the file's base name)."""
    file_text = check_text(file, "file", max_len=MAX_FILE_LEN)
    assert file_text is not None
    job_name = check_text(name, "name", max_len=MAX_NAME_LEN, required=False)
    if job_name is None:
        job_name = file_text.replace("\\", "/").rsplit("/", 1)[-1][:MAX_NAME_LEN]
    return NewJob(
        name=job_name,
        file=file_text,
        priority=check_int(priority, "priority", low=PRIORITY_MIN, high=PRIORITY_MAX) or 0,
        constraints=constraints or Constraints(),
        options=dict(options or {}),
        notes=check_text(notes, "notes", max_len=MAX_NOTES_LEN, required=False),
        preset_id=preset_id,
    )


def check_quantity(quantity: int | None) -> int:
    """1 when None; else 1..:data:`MAX_QUANTITY`."""
    value = check_int(quantity, "quantity", low=1, high=MAX_QUANTITY)
    return 1 if value is None else value


def numbered(jobs: Sequence[NewJob]) -> list[NewJob]:
    """Copies of the same job get " (i/n)" after their name when there are several."""
    if len(jobs) < 2:
        return list(jobs)
    total = len(jobs)
    return [
        NewJob(
            name=f"{job.name[: MAX_NAME_LEN - 12]} ({i}/{total})",
            file=job.file,
            priority=job.priority,
            constraints=job.constraints,
            options=job.options,
            notes=job.notes,
            preset_id=job.preset_id,
        )
        for i, job in enumerate(jobs, start=1)
    ]


# ---------------------------------------------------------------------------- decisions


class Check(StrEnum):
    """Why a printer cannot take a job (per printer)."""

    PRINTER = "other_printer"  # the job is pinned to another printer
    TAGS_ANY = "missing_any_tag"
    TAGS_ALL = "missing_tags"
    MODEL = "wrong_model"
    NOZZLE = "wrong_nozzle"
    OFFLINE = "offline"
    ERROR = "error"  # an active printer error
    BUSY = "busy"  # printing, preparing, paused … or holding an assigned job
    FILAMENT = "filament_not_loaded"
    CLAIMED = "proposed_for_earlier_job"


STATIC_CHECKS: Final = (Check.PRINTER, Check.TAGS_ANY, Check.TAGS_ALL, Check.MODEL, Check.NOZZLE)
# The constraint each static check comes from (``Decision.unmet``).
CONSTRAINT_OF: Final[Mapping[Check, str]] = {
    Check.PRINTER: "printer_id",
    Check.TAGS_ANY: "tags_any",
    Check.TAGS_ALL: "tags_all",
    Check.MODEL: "model",
    Check.NOZZLE: "nozzle_mm",
}


class Waiting(StrEnum):
    """The scheduler's word on a queued job."""

    PROPOSED = "proposed"  # a printer is proposed
    NO_PRINTERS = "no_printers"  # the farm has no printer
    NO_PRINTER_FITS = "no_printer_fits"  # no printer satisfies the constraints
    CLAIMED = "waiting_for_earlier_jobs"  # fitting printers are proposed to jobs ahead
    FILAMENT = "filament_not_loaded"  # fitting printers are ready but lack the filament
    BUSY = "printers_busy"
    ERROR = "printers_in_error"
    OFFLINE = "printers_offline"


# Which printer-level check best explains a wait (first = closest to printing).
_EXPLAINS: Final = (
    (Check.CLAIMED, Waiting.CLAIMED),
    (Check.FILAMENT, Waiting.FILAMENT),
    (Check.BUSY, Waiting.BUSY),
    (Check.ERROR, Waiting.ERROR),
    (Check.OFFLINE, Waiting.OFFLINE),
)

NOTE_FILAMENT_UNVERIFIED: Final = "filament_unverified"
NOTE_NOZZLE_UNVERIFIED: Final = "nozzle_unverified"


@dataclass(frozen=True, slots=True)
class PrinterView:
    """What the scheduler needs to know about one printer, now."""

    printer_id: str
    name: str
    online: bool
    status: str  # PrinterStatus value
    has_error: bool = False
    model: str | None = None
    model_code: str | None = None
    tags: tuple[str, ...] = ()
    nozzle_mm: float | None = None  # None: not reported
    filaments: frozenset[str] | None = None  # loaded types (normalised); None: not reported


@dataclass(frozen=True, slots=True)
class JobView:
    """A queue item as the scheduler sees it."""

    job_id: int
    priority: int
    position: int
    constraints: Constraints = field(default_factory=Constraints)
    status: JobStatus = JobStatus.QUEUED
    printer_id: str | None = None  # assigned printer (status assigned/printing)


def queue_key(job: JobView) -> tuple[int, int, int]:
    """Sort key of the queue: priority (high first), position, id."""
    return (-job.priority, job.position, job.job_id)


@dataclass(frozen=True, slots=True)
class PrinterFit:
    """One printer's standing for a job: no checks = it can take it."""

    printer_id: str
    name: str
    checks: tuple[Check, ...]

    def as_dict(self) -> dict[str, Any]:
        """JSON shape."""
        return {
            "printer_id": self.printer_id,
            "name": self.name,
            "checks": [str(c) for c in self.checks],
        }


@dataclass(frozen=True, slots=True)
class Decision:
    """The scheduler's decision for one queued job."""

    job_id: int
    reason: Waiting
    printer_id: str | None = None  # the proposed printer
    order: int = 0  # 1 = next in the queue
    unmet: tuple[str, ...] = ()  # constraints no printer satisfies at all
    printers: tuple[PrinterFit, ...] = ()  # why the printers that could take it do not
    notes: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        """JSON shape (``decision`` of a queue item)."""
        return {
            "reason": str(self.reason),
            "printer_id": self.printer_id,
            "order": self.order,
            "unmet": list(self.unmet),
            "printers": [p.as_dict() for p in self.printers],
            "notes": list(self.notes),
        }


def static_checks(printer: PrinterView, constraints: Constraints) -> list[Check]:
    """Constraint checks that do not change while the printer runs (pin, tags, model, nozzle)."""
    checks: list[Check] = []
    if constraints.printer_id is not None and constraints.printer_id != printer.printer_id:
        checks.append(Check.PRINTER)
    if constraints.tags_any and not has_any(printer.tags, constraints.tags_any):
        checks.append(Check.TAGS_ANY)
    if constraints.tags_all and not has_all(printer.tags, constraints.tags_all):
        checks.append(Check.TAGS_ALL)
    if constraints.model is not None and not model_matches(
        constraints.model, printer.model, printer.model_code
    ):
        checks.append(Check.MODEL)
    if (
        constraints.nozzle_mm is not None
        and printer.nozzle_mm is not None
        and abs(constraints.nozzle_mm - printer.nozzle_mm) > NOZZLE_TOLERANCE_MM
    ):
        checks.append(Check.NOZZLE)
    return checks


def live_checks(printer: PrinterView, constraints: Constraints, *, held: bool) -> list[Check]:
    """Checks of the printer's current state: readiness and loaded filament."""
    checks: list[Check] = []
    if not printer.online:
        checks.append(Check.OFFLINE)
    elif printer.has_error:
        checks.append(Check.ERROR)
    elif held or printer.status not in READY_STATUSES:
        checks.append(Check.BUSY)
    if (
        constraints.filament is not None
        and printer.filaments is not None
        and constraints.filament not in printer.filaments
    ):
        checks.append(Check.FILAMENT)
    return checks


def _notes(printer: PrinterView, constraints: Constraints) -> set[str]:
    notes: set[str] = set()
    if constraints.filament is not None and printer.filaments is None:
        notes.add(NOTE_FILAMENT_UNVERIFIED)
    if constraints.nozzle_mm is not None and printer.nozzle_mm is None:
        notes.add(NOTE_NOZZLE_UNVERIFIED)
    return notes


def decide(jobs: Iterable[JobView], printers: Iterable[PrinterView]) -> list[Decision]:
    """A decision for every queued job, in queue order (see the module docstring)."""
    fleet = sorted(printers, key=lambda p: (p.name.casefold(), p.printer_id))
    all_jobs = list(jobs)
    held = {
        job.printer_id
        for job in all_jobs
        if job.status is JobStatus.ASSIGNED and job.printer_id is not None
    }
    queued = sorted((j for j in all_jobs if j.status is JobStatus.QUEUED), key=queue_key)
    if not fleet:
        return [
            Decision(job.job_id, Waiting.NO_PRINTERS, order=i)
            for i, job in enumerate(queued, start=1)
        ]

    checks: dict[int, dict[str, list[Check]]] = {}
    for job in queued:
        per: dict[str, list[Check]] = {}
        for printer in fleet:
            static = static_checks(printer, job.constraints)
            live = (
                live_checks(printer, job.constraints, held=printer.printer_id in held)
                if not static
                else []
            )
            per[printer.printer_id] = static + live
        checks[job.job_id] = per

    # How many queued jobs each printer could take right now (contention).
    demand = {p.printer_id: 0 for p in fleet}
    for per in checks.values():
        for printer_id, found in per.items():
            if not found:
                demand[printer_id] += 1

    claimed: set[str] = set()
    decisions: list[Decision] = []
    for order, job in enumerate(queued, start=1):
        per = checks[job.job_id]
        for printer_id, found in per.items():
            if not found:
                demand[printer_id] -= 1  # from here on: demand of the jobs behind this one
        notes: set[str] = set()
        free = [p for p in fleet if not per[p.printer_id] and p.printer_id not in claimed]
        if free:
            chosen = min(free, key=lambda p: demand[p.printer_id])  # stable: name order
            claimed.add(chosen.printer_id)
            decisions.append(
                Decision(
                    job.job_id,
                    Waiting.PROPOSED,
                    printer_id=chosen.printer_id,
                    order=order,
                    notes=tuple(sorted(_notes(chosen, job.constraints))),
                )
            )
            continue
        fitting = [p for p in fleet if not any(c in STATIC_CHECKS for c in per[p.printer_id])]
        if not fitting:
            unmet = tuple(
                CONSTRAINT_OF[check]
                for check in STATIC_CHECKS
                if all(check in per[p.printer_id] for p in fleet)
            )
            decisions.append(
                Decision(
                    job.job_id,
                    Waiting.NO_PRINTER_FITS,
                    order=order,
                    unmet=unmet,
                    printers=tuple(
                        PrinterFit(p.printer_id, p.name, tuple(per[p.printer_id])) for p in fleet
                    ),
                )
            )
            continue
        fits = tuple(
            PrinterFit(
                p.printer_id,
                p.name,
                tuple(per[p.printer_id]) or (Check.CLAIMED,),
            )
            for p in fitting
        )
        for p in fitting:
            notes |= _notes(p, job.constraints)
        present = {check for fit in fits for check in fit.checks}
        reason = next(waiting for check, waiting in _EXPLAINS if check in present)
        decisions.append(
            Decision(
                job.job_id,
                reason,
                order=order,
                printers=fits,
                notes=tuple(sorted(notes)),
            )
        )
    return decisions


# ---------------------------------------------------------------------------- reordering


def reorder(jobs: Sequence[JobView], job_id: int, after_id: int | None) -> tuple[int, list[int]]:
    """Move queued job ``job_id`` right after ``after_id`` (None: to the front).

    Returns the moved job's new priority and the ids of all queued jobs in their new order (the
    caller stores positions 1..n). The job takes the priority of the job it lands after (at the
    front: of the job that was first), so the queue order (priority, position) shows it where
    it was dropped. ``after_id`` may be any job: an active (assigned/printing) one means the
    front, a finished one the end.
    """
    by_id = {job.job_id: job for job in jobs}
    job = by_id.get(job_id)
    if job is None:
        raise InvalidInput("unknown_job", job=job_id)
    if job.status is not JobStatus.QUEUED:
        raise InvalidInput("job_not_queued", job=job_id, status=job.status.value)
    queued = [j for j in sorted(by_id.values(), key=queue_key) if j.status is JobStatus.QUEUED]
    rest = [j for j in queued if j.job_id != job_id]
    anchor = by_id.get(after_id) if after_id is not None else None
    if after_id is not None and anchor is None:
        raise InvalidInput("unknown_job", job=after_id)
    if anchor is None or anchor.job_id == job_id or anchor.status is not JobStatus.QUEUED:
        if anchor is not None and anchor.job_id == job_id:
            return job.priority, [j.job_id for j in queued]
        if anchor is not None and anchor.status in FINISHED_STATUSES and rest:
            index = len(rest)
            priority = min(job.priority, rest[-1].priority)
        else:
            index = 0
            priority = max(job.priority, rest[0].priority) if rest else job.priority
    else:
        index = rest.index(anchor) + 1
        priority = anchor.priority
    rest.insert(index, job)
    return priority, [j.job_id for j in rest]
