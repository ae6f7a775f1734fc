"""Normalized printer model shared by every protocol client (one status enum across brands).

See docs/architecture.md and docs/protocols/normalized-model.md. Everything here is immutable and
HA-free.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class PrinterStatus(StrEnum):
    """Normalized printer status (docs/protocols/normalized-model.md#status-enum)."""

    OFFLINE = "offline"
    IDLE = "idle"
    BUSY = "busy"
    PREPARING = "preparing"
    PRINTING = "printing"
    PAUSED = "paused"
    FINISHED = "finished"
    CANCELLED = "cancelled"
    FAILED = "failed"
    ERROR = "error"


ACTIVE_STATUSES = frozenset({PrinterStatus.PREPARING, PrinterStatus.PRINTING, PrinterStatus.PAUSED})


class PauseReason(StrEnum):
    """Why a job is paused."""

    USER = "user"
    ATTENTION = "attention"
    ERROR = "error"


class RunOutcome(StrEnum):
    """Terminal outcome of a run. Cancelled is never a failure; unknown is first-class."""

    SUCCESS = "success"
    FAILED = "failed"
    CANCELLED = "cancelled"
    UNKNOWN = "unknown"


class ErrorSeverity(StrEnum):
    """Severity of an active printer error (Bambu HMS: code >> 16)."""

    FATAL = "fatal"
    SERIOUS = "serious"
    COMMON = "common"
    INFO = "info"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class PrinterError:
    """One active error on a printer (HMS entry, print_error, Klipper or PrusaLink error).

    ``code`` is the stable key: Bambu HMS ``AAAAAAAA_BBBBBBBB`` (attr_code, upper-case hex),
    Bambu print_error ``XXXX_YYYY``, Klipper/PrusaLink a short text key.
    """

    source: str  # "hms" | "print_error" | "klipper" | "prusalink"
    code: str
    severity: ErrorSeverity = ErrorSeverity.UNKNOWN
    module: str | None = None
    message: str | None = None


@dataclass(frozen=True, slots=True)
class PrinterInfo:
    """Static identity of a printer, learned on connect."""

    serial: str
    brand: str  # "bambu" | "moonraker" | "prusalink"
    model: str | None = None  # human model name, e.g. "X1 Carbon"
    model_code: str | None = None  # vendor code, e.g. "BL-P001", "C12", "N1"
    firmware: str | None = None
    name: str | None = None


@dataclass(frozen=True, slots=True)
class PrinterSnapshot:
    """Normalized live state. Clients emit a new one only when a field changed.

    Units on ingest (docs/protocols/normalized-model.md#snapshot-fields-and-units-on-ingest): °C,
    progress %, seconds.
    """

    status: PrinterStatus = PrinterStatus.OFFLINE
    online: bool = False
    native_state: str | None = None  # e.g. Bambu gcode_state, Klipper print_stats.state
    stage: str | None = None  # native stage text/id
    job_key: str | None = None
    job_name: str | None = None
    file_name: str | None = None
    progress: float | None = None  # 0..100
    remaining_s: int | None = None
    layer: int | None = None
    total_layers: int | None = None
    nozzle_temp: float | None = None
    nozzle_target: float | None = None
    bed_temp: float | None = None
    bed_target: float | None = None
    chamber_temp: float | None = None
    pause_reason: PauseReason | None = None
    attention_required: bool = False
    errors: tuple[PrinterError, ...] = ()
    print_error: int = 0

    @property
    def active(self) -> bool:
        """True while a job occupies the printer (preparing, printing or paused)."""
        return self.status in ACTIVE_STATUSES

    @property
    def primary_error(self) -> PrinterError | None:
        """The most severe active error, or None."""
        if not self.errors:
            return None
        order = list(ErrorSeverity)
        return min(self.errors, key=lambda e: order.index(e.severity))


class RunEventType(StrEnum):
    """Run/connection events, one schema across brands
    (docs/protocols/normalized-model.md#run-events)."""

    PRINTER_ONLINE = "printer_online"
    PRINTER_OFFLINE = "printer_offline"
    JOB_STARTED = "job_started"
    JOB_PRINTING = "job_printing"
    JOB_PAUSED = "job_paused"
    JOB_RESUMED = "job_resumed"
    JOB_ENDED = "job_ended"
    ERROR_RAISED = "error_raised"
    ERROR_CLEARED = "error_cleared"


@dataclass(frozen=True, slots=True)
class RunEvent:
    """An event from a protocol client.

    ``data`` keys by type (all optional unless noted):
    - job_started: file_name, job_name, slicer_estimate_s, printer_estimate_s,
      total_layers, filament (list of {type, grams}), reattached (bool: seen already running
      right after (re)connect)
    - job_paused: reason (PauseReason value)
    - job_ended: outcome (RunOutcome value, required), reason (text), error_code (str),
      source (what decided the outcome, e.g. "print_error", "stop_ack", "state")
    - error_raised / error_cleared: error (PrinterError, required)
    """

    type: RunEventType
    ts: datetime  # UTC, timezone-aware
    job_key: str | None = None
    data: Mapping[str, Any] = field(default_factory=dict)


class PrinterClientError(Exception):
    """Base error of the protocol clients."""


class CannotConnect(PrinterClientError):
    """The printer could not be reached (refused, timed out, unreachable)."""


class InvalidAuth(PrinterClientError):
    """The printer refused the credentials (access code, API key, password)."""


class TlsError(PrinterClientError):
    """The printer's certificate did not verify against the trusted CA."""


class WrongSerial(PrinterClientError):
    """The printer answered, but its identity (certificate CN / reports) is another serial."""


class CommandError(PrinterClientError):
    """A command could not be delivered (not connected, rejected)."""


class UploadError(PrinterClientError):
    """Sending a print file failed; nothing was started.

    ``stage``: "prepare" (bad name/type, not connected, unreadable file; nothing sent),
    "upload" (the transfer failed or was refused) or "start" (the file is on the printer but
    the start command failed: :class:`StartError`). ``reason`` is a short stable code, e.g.
    "not_connected", "file_type", "auth", "refused", "busy", "exists", "storage", "network",
    "size_mismatch", "timeout", "no_ack", "rejected".
    """

    def __init__(self, message: str, *, stage: str = "upload", reason: str = "failed") -> None:
        """Create."""
        super().__init__(message)
        self.stage = stage
        self.reason = reason


class StartError(UploadError):
    """The file arrived but the printer did not start it (stage "start")."""

    def __init__(self, message: str, *, reason: str = "rejected") -> None:
        """Create."""
        super().__init__(message, stage="start", reason=reason)


@dataclass(frozen=True, slots=True)
class FilamentUnit:
    """A filament unit that holds several spools (Bambu AMS, AMS HT), as last reported."""

    unit_id: int  # 0, 1, …; AMS HT from 128
    humidity_pct: float | None = None  # % RH; None when the unit does not measure it
    humidity_level: int | None = None  # vendor level (Bambu 1-5)
    temp_c: float | None = None


@dataclass(frozen=True, slots=True)
class FilamentSlot:
    """One loaded (or empty) filament holder: an AMS tray, an external spool, a tool.

    ``tray_id`` is the printer's absolute holder number (Bambu: AMS ``ams_id*4+slot``, AMS HT
    128+, external 254/255; other printers: tool index from 0). ``unit_id``/``slot`` place it in
    a :class:`FilamentUnit` (None for an external spool).
    """

    tray_id: int
    material: str | None = None  # as reported, e.g. "PLA", "PETG-CF"; None = empty
    color: str | None = None  # "#RRGGBB"
    remaining_pct: int | None = None
    unit_id: int | None = None
    slot: int | None = None


@dataclass(frozen=True, slots=True)
class PrinterHardware:
    """What a printer reports about its hardware: nozzle and loaded filaments."""

    nozzle_mm: float | None = None
    units: tuple[FilamentUnit, ...] = ()
    slots: tuple[FilamentSlot, ...] = ()

    @property
    def filaments(self) -> frozenset[str]:
        """Every filament type loaded, upper case."""
        return frozenset(s.material.upper() for s in self.slots if s.material)

    @property
    def has_filament_slots(self) -> bool:
        """True when the printer reports any holder (loaded or empty)."""
        return bool(self.units or self.slots)

    def unit(self, unit_id: int) -> FilamentUnit | None:
        """The unit with ``unit_id``, if reported."""
        return next((u for u in self.units if u.unit_id == unit_id), None)


@dataclass(frozen=True, slots=True)
class UploadOptions:
    """How to start an uploaded file. Brands ignore what they have no use for.

    ``plate``: the plate of a multi-plate 3MF (Bambu). ``ams_mapping``: one absolute tray id
    per slicer filament (Bambu; None = external spool / no AMS). ``timelapse``: record the
    printer's own timelapse (Bambu; None = the printer's default, off).
    """

    plate: int = 1
    ams_mapping: tuple[int, ...] | None = None
    timelapse: bool | None = None
    bed_leveling: bool = True


@dataclass(frozen=True, slots=True)
class UploadResult:
    """A file sent and started: its name on the printer and the bytes transferred."""

    remote_name: str
    size: int
    plate: int | None = None  # Bambu: the plate started
