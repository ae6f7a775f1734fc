"""Audit model: who did what, to what, with which result (docs/definitions.md#audit-log).

Pure Python. ``store/audit.py`` writes and pages these rows; the HA glue resolves the actor
from the call context. :func:`redact` masks secrets before anything reaches the database
(``store.audit.insert_audit`` applies it again, so no path can skip it).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable, Mapping
import csv
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum, StrEnum
import io
import json
import re
from typing import Any, Final


class Origin(StrEnum):
    """Where a state-changing action came from."""

    UI = "ui"
    API = "api"
    AUTOMATION = "automation"
    SCRIPT = "script"
    VOICE = "voice"
    SYSTEM = "system"
    SERVICE = "service"


class AuditResult(StrEnum):
    """Result of an audited action (``AuditEntry.result`` takes these values)."""

    OK = "ok"
    ERROR = "error"
    REFUSED = "refused"


@dataclass(frozen=True, slots=True)
class Actor:
    """Who acted: HA user (if any) and origin; ``origin_ref`` e.g. ``automation.x``."""

    origin: Origin
    user_id: str | None = None
    user_name: str | None = None
    origin_ref: str | None = None


SYSTEM_ACTOR: Final = Actor(Origin.SYSTEM)


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One audited action. ``result`` is ok | error | refused; ``result_text`` says why."""

    ts: datetime
    actor: Actor
    action: str
    target_type: str
    target_id: str | None
    details: Mapping[str, Any]
    result: str = AuditResult.OK
    result_text: str | None = None


# ---------------------------------------------------------------------------- redaction

REDACTED: Final = "**REDACTED**"

# Keys (normalised: lower case, "-"/" " → "_") whose values are always masked.
SECRET_KEYS: Final = frozenset(
    {
        "access_code",
        "accesscode",
        "api_key",
        "apikey",
        "x_api_key",
        "password",
        "passwd",
        "pass",
        "pwd",
        "token",
        "access_token",
        "refresh_token",
        "auth_token",
        "bearer",
        "secret",
        "client_secret",
        "authorization",
        "cookie",
        "private_key",
        "credentials",
    }
)
# Any key containing one of these fragments is masked too (e.g. "printer_password").
_SECRET_FRAGMENTS: Final = (
    "password",
    "passwd",
    "secret",
    "token",
    "api_key",
    "apikey",
    "access_code",
    "access_key",
    "private_key",
    "credential",
)
# user:password@ in URLs (database URLs, camera URLs).
_URL_PASSWORD: Final = re.compile(
    r"(?P<head>(?<![a-z0-9+.\-])[a-z][a-z0-9+.\-]*://[^:/@\s]*:)"  # scheme://user:
    r"[^@/\s]+@",  # password@
    re.IGNORECASE,
)
MAX_DETAILS_CHARS: Final = 16_000
_MAX_DEPTH: Final = 8


def is_secret_key(key: str) -> bool:
    """True if a details key names a secret."""
    norm = key.strip().lower().replace("-", "_").replace(" ", "_")
    return norm in SECRET_KEYS or any(fragment in norm for fragment in _SECRET_FRAGMENTS)


def _scrub_text(value: str) -> str:
    return _URL_PASSWORD.sub(lambda m: f"{m['head']}{REDACTED}@", value)


def _clean(value: Any, depth: int) -> Any:
    if depth > _MAX_DEPTH:
        return "…"
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, Enum):
        return _clean(value.value, depth)
    if isinstance(value, str):
        return _scrub_text(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {
            str(k): REDACTED if is_secret_key(str(k)) else _clean(v, depth + 1)
            for k, v in value.items()
        }
    if isinstance(value, list | tuple):
        return [_clean(item, depth + 1) for item in value]
    if isinstance(value, set | frozenset):
        return sorted((_clean(item, depth + 1) for item in value), key=str)
    return _scrub_text(str(value))


def redact(details: Mapping[str, Any]) -> dict[str, Any]:
    """A JSON-safe copy of ``details`` with secrets masked.

    Masks values of secret-looking keys at any depth (access_code, api_key, password,
    token, secret, …), passwords inside URLs, converts datetimes/enums/sets to JSON values,
    and replaces oversized details with a marker. Idempotent.
    """
    cleaned: dict[str, Any] = _clean(dict(details), 0)
    size = len(json.dumps(cleaned, ensure_ascii=False, default=str))
    if size > MAX_DETAILS_CHARS:
        return {"_truncated": True, "_size": size, "keys": sorted(cleaned)[:50]}
    return cleaned


# ---------------------------------------------------------------------------- queries

DEFAULT_PAGE: Final = 50
MAX_API_PAGE: Final = 200


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """Filters of the audit log view and export: ``[since, until)`` and exact matches."""

    since: datetime | None = None
    until: datetime | None = None
    user_id: str | None = None
    origin: str | None = None
    action: str | None = None
    target_type: str | None = None
    target_id: str | None = None

    def __post_init__(self) -> None:
        """Validate: aware datetimes, ``until`` after ``since``, a known origin."""
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None and (value.tzinfo is None or value.utcoffset() is None):
                raise ValueError(f"{name} must be timezone-aware")
        if self.since is not None and self.until is not None and self.until <= self.since:
            raise ValueError("until must be after since")
        if self.origin is not None:
            Origin(self.origin)  # ValueError for an unknown origin

    def as_kwargs(self) -> dict[str, Any]:
        """Keyword arguments of ``store.audit.list_audit``."""
        return {
            "since": self.since,
            "until": self.until,
            "user_id": self.user_id,
            "origin": self.origin,
            "action": self.action,
            "target_type": self.target_type,
            "target_id": self.target_id,
        }


def encode_cursor(cursor: tuple[datetime, int]) -> str:
    """Opaque page cursor for ``(ts, id)`` of a page's last row (URL-safe base64)."""
    ts, row_id = cursor
    raw = f"{ts.isoformat()}|{int(row_id)}".encode()
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(value: str) -> tuple[datetime, int]:
    """Inverse of :func:`encode_cursor`; ``ValueError`` for anything it did not produce."""
    try:
        padded = value + "=" * (-len(value) % 4)
        raw = base64.urlsafe_b64decode(padded.encode("ascii")).decode()
        ts_text, id_text = raw.rsplit("|", 1)
        ts = datetime.fromisoformat(ts_text)
        row_id = int(id_text)
    except (ValueError, UnicodeError, binascii.Error) as err:
        raise ValueError(f"invalid cursor {value!r}") from err
    if ts.tzinfo is None or row_id < 0:
        raise ValueError(f"invalid cursor {value!r}")
    return ts, row_id


# ---------------------------------------------------------------------------- CSV export

CSV_COLUMNS: Final = (
    "id",
    "ts",
    "user_id",
    "user_name",
    "origin",
    "origin_ref",
    "action",
    "target_type",
    "target_id",
    "result",
    "result_text",
    "details",
)
_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")
# A formula start after anything a spreadsheet may split a line on (its list separator is
# locale-dependent: ``,`` or ``;``; tab; a line break), optionally behind blanks or quotes.
_FORMULA_AFTER_SEPARATOR: Final = re.compile(r"([,;\t\r\n][ \"]*)(?=[=+\-@\t\r])")


def neutralise_csv_text(text: str) -> str:
    """``text`` that no spreadsheet turns into a formula, whatever its list separator.

    A ``'`` goes before a leading ``= + - @``, tab or CR, and before such a character after
    a ``,``, ``;``, tab or line break (plus blanks/quotes): opened with ``;`` as separator,
    ``x;=cmd|'/C calc'!A0;`` would otherwise start a live formula in its second cell.
    """
    text = _FORMULA_AFTER_SEPARATOR.sub(r"\1'", text)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def csv_cell(value: Any) -> str:
    """One CSV cell: text as is, but formula starts neutralised (:func:`neutralise_csv_text`)."""
    if value is None:
        return ""
    if isinstance(value, bool | int | float):
        return str(value)
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return neutralise_csv_text(text)


def csv_row(item: Mapping[str, Any]) -> list[str]:
    """The CSV cells of one audit item (the JSON dict of ``odin/audit/list``)."""
    return [
        csv_cell(
            json.dumps(item.get(column), ensure_ascii=False, sort_keys=True)
            if column == "details"
            else item.get(column)
        )
        for column in CSV_COLUMNS
    ]


def csv_lines(items: Iterable[Mapping[str, Any]], *, header: bool = False) -> str:
    """CSV text (RFC 4180, CRLF) of ``items``, optionally preceded by the header row."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if header:
        writer.writerow(CSV_COLUMNS)
    for item in items:
        writer.writerow(csv_row(item))
    return buffer.getvalue()
