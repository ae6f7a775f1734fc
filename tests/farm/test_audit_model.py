"""Audit model: redaction of secrets and JSON-safe details."""

from __future__ import annotations

from datetime import UTC, datetime
import json

from custom_components.odin.farm.audit import (
    MAX_DETAILS_CHARS,
    REDACTED,
    Actor,
    AuditEntry,
    AuditResult,
    Origin,
    is_secret_key,
    redact,
)
from custom_components.odin.printers.model import PrinterStatus


def test_redacts_secret_keys_at_any_depth() -> None:
    details = {
        "access_code": "12345678",
        "printer": {"host": "10.0.0.5", "Access-Code": "x", "api_key": "k", "serial": "01P"},
        "moonraker": [{"password": "p", "user": "me"}, {"token": "t"}],
        "Authorization": "Bearer abc",
        "printer_password": "p2",
        "client_secret": "s",
        "job_key": "job-1",
        "name": "Benchy",
    }
    cleaned = redact(details)
    assert cleaned == {
        "access_code": REDACTED,
        "printer": {
            "host": "10.0.0.5",
            "Access-Code": REDACTED,
            "api_key": REDACTED,
            "serial": "01P",
        },
        "moonraker": [{"password": REDACTED, "user": "me"}, {"token": REDACTED}],
        "Authorization": REDACTED,
        "printer_password": REDACTED,
        "client_secret": REDACTED,
        "job_key": "job-1",
        "name": "Benchy",
    }
    assert details["access_code"] == "12345678"  # input untouched
    assert redact(cleaned) == cleaned  # idempotent


def test_redacts_passwords_in_urls() -> None:
    cleaned = redact(
        {
            "database": "postgresql://odin:s3cret@db.local/odin",
            "camera": "rtsps://bblp:1234@10.0.0.5/x",
        }
    )
    assert cleaned == {
        "database": f"postgresql://odin:{REDACTED}@db.local/odin",
        "camera": f"rtsps://bblp:{REDACTED}@10.0.0.5/x",
    }
    assert "s3cret" not in json.dumps(cleaned)
    assert redact({"url": "sqlite:////config/odin.db"}) == {"url": "sqlite:////config/odin.db"}


def test_json_safe_values() -> None:
    ts = datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)
    cleaned = redact(
        {
            "ts": ts,
            "status": PrinterStatus.IDLE,
            "tags": {"b", "a"},
            "pair": (1, 2.5),
            "x": None,
            7: object,
        }
    )
    assert cleaned["ts"] == "2025-01-02T03:04:05+00:00"
    assert cleaned["status"] == "idle"
    assert cleaned["tags"] == ["a", "b"]
    assert cleaned["pair"] == [1, 2.5]
    assert cleaned["x"] is None
    assert isinstance(cleaned["7"], str)
    json.dumps(cleaned)


def test_oversized_details_truncated() -> None:
    cleaned = redact({"blob": "x" * (MAX_DETAILS_CHARS + 1), "name": "n"})
    assert cleaned["_truncated"] is True
    assert cleaned["keys"] == ["blob", "name"]


def test_is_secret_key() -> None:
    assert is_secret_key("API Key")
    assert is_secret_key("refresh_token")
    assert not is_secret_key("job_key")
    assert not is_secret_key("serial")


def test_entry_defaults() -> None:
    entry = AuditEntry(
        ts=datetime(2025, 1, 1, tzinfo=UTC),
        actor=Actor(Origin.AUTOMATION, origin_ref="automation.requeue"),
        action="dispatch",
        target_type="printer",
        target_id="p1",
        details={},
    )
    assert entry.result == AuditResult.OK == "ok"
    assert entry.result_text is None
    assert entry.actor.user_id is None
    assert [o.value for o in Origin] == [
        "ui",
        "api",
        "automation",
        "script",
        "voice",
        "system",
        "service",
    ]
