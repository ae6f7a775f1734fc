"""Auto-queue policy (pure Python, no Home Assistant): which guard outcomes block a send,
whether the plate counts as cleared, which file a job prints, and the dispatch report shape.

The HA glue (``dispatch.py``) gathers the live facts, calls ``guardrails.evaluate`` and uses
these helpers, so the rules are unit-testable and documented in one place (docs/auto-queue.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
import re
from typing import Any, Final

from custom_components.odin.printers.model import PrinterHardware

from .guardrails import GuardReport, GuardResult, LoadedSlot, Outcome

# Why a printer got no job (besides the guard's reason codes).
SKIP_AUTO_QUEUE_OFF: Final = "auto_queue_off"
SKIP_NO_JOB: Final = "no_job"
SKIP_PRINTER_HAS_JOB: Final = "printer_has_job"
SKIP_DISPATCHING: Final = "dispatch_in_progress"
REFUSE_FILE_UNKNOWN: Final = "file_unknown"
REFUSE_FILE_MISSING: Final = "file_missing"
UPLOAD_FAILED: Final = "upload_failed"

# "unknown" outcomes that block an automatic send anyway (every other unknown is reported in
# the guard report but does not block: e.g. a Klipper printer does not report its filament).
# An unknown model, nozzle or bed size is a guard *failure* unless the printer allows it
# (guardrails module docstring); an allowed one is listed in GuardReport.allowed_unknowns.
BLOCKING_UNKNOWNS: Final = frozenset({"printer_state_unknown"})

HASH_RE: Final = re.compile(r"^[0-9a-f]{64}$")
FILE_EXTENSIONS: Final = (".gcode.3mf", ".3mf", ".gcode", ".bgcode")


def is_hash(text: str | None) -> bool:
    """True for a SHA-256 hex digest (lower case)."""
    return bool(text) and HASH_RE.fullmatch(str(text)) is not None


def extension_of(name: str) -> str | None:
    """The print-file extension of ``name`` (lower case, longest match), or None."""
    lower = name.lower()
    return next((e for e in FILE_EXTENSIONS if lower.endswith(e)), None)


def stored_name(file_hash: str, name: str) -> str:
    """The file's name in ``<config>/odin/files``: ``<hash><ext>`` (".3mf" for .gcode.3mf)."""
    ext = extension_of(name) or ""
    if ext == ".gcode.3mf":
        ext = ".3mf"
    return f"{file_hash}{ext}"


def plate_cleared(
    cleared_at: datetime | None, last_run_end: datetime | None, *, run_open: bool
) -> bool:
    """The plate counts as clear when no run is open and it was cleared after the last run
    ended (a printer that never printed under O.D.I.N. counts as clear)."""
    if run_open:
        return False
    if last_run_end is None:
        return True
    return cleared_at is not None and cleared_at > last_run_end


def guard_model(model: str | None) -> str | None:
    """The model the model check compares: a reported or stored model, blank = not known."""
    if not model or not model.strip():
        return None
    return model.strip()


def loaded_slots(hardware: PrinterHardware | None) -> tuple[LoadedSlot, ...] | None:
    """The loaded filament holders a printer reports (AMS trays, external spools, tools),
    with their material and colour (the AMS mapping matches both). None when the printer
    reports none loaded."""
    if hardware is None:
        return None
    slots = tuple(
        LoadedSlot(slot.tray_id, slot.material, slot.color)
        for slot in hardware.slots
        if slot.material
    )
    return slots or None


def blocking(report: GuardReport) -> list[GuardResult]:
    """The results that stop an automatic send: failures and blocking unknowns."""
    return [
        r
        for r in report.results
        if r.outcome == Outcome.FAIL
        or (r.outcome == Outcome.UNKNOWN and r.reason_code in BLOCKING_UNKNOWNS)
    ]


def render(result: GuardResult, messages: Mapping[str, str]) -> str:
    """The English message of a guard result (placeholders filled; unknown keys as is)."""
    template = messages.get(result.message_key, result.reason_code)
    try:
        return template.format(**result.placeholders)
    except (KeyError, IndexError, ValueError):
        return template


def reasons(results: Iterable[GuardResult], messages: Mapping[str, str]) -> list[dict[str, Any]]:
    """``[{code, check, message, placeholders}]`` of refusing results."""
    return [
        {
            "code": r.reason_code,
            "check": r.check,
            "message": render(r, messages),
            "placeholders": dict(r.placeholders),
        }
        for r in results
    ]


def simple_reason(code: str, message: str, **placeholders: str) -> dict[str, Any]:
    """A refusal reason that is not a guard check (file missing, upload failed …)."""
    return {"code": code, "check": None, "message": message, "placeholders": placeholders}
