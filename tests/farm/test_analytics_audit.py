"""Audit log queries, pure parts: filters, opaque cursors, CSV cells."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta, timezone
import io

import pytest

from custom_components.odin.farm.audit import (
    CSV_COLUMNS,
    AuditFilter,
    csv_cell,
    csv_lines,
    decode_cursor,
    encode_cursor,
)

T0 = datetime(2025, 3, 1, 12, 0, 0, 123456, tzinfo=UTC)


def test_cursor_round_trip() -> None:
    cursor = (T0, 812)
    token = encode_cursor(cursor)
    assert "=" not in token
    assert decode_cursor(token) == cursor
    other_zone = T0.astimezone(timezone(timedelta(hours=5)))
    assert decode_cursor(encode_cursor((other_zone, 1)))[0] == T0


@pytest.mark.parametrize(
    "bad",
    ["", "!!!", "bm90IGEgY3Vyc29y", encode_cursor((T0, 1))[:-3] + "xyz", "MjAyNXwx"],
)
def test_bad_cursors_are_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="invalid cursor"):
        decode_cursor(bad)


def test_naive_cursor_is_refused() -> None:
    import base64

    naive = base64.urlsafe_b64encode(b"2025-03-01T12:00:00|5").decode().rstrip("=")
    with pytest.raises(ValueError, match="invalid cursor"):
        decode_cursor(naive)


def test_audit_filter_validation() -> None:
    assert AuditFilter().as_kwargs()["since"] is None
    with pytest.raises(ValueError, match="aware"):
        AuditFilter(since=datetime(2025, 1, 1))
    with pytest.raises(ValueError, match="after"):
        AuditFilter(since=T0, until=T0)
    with pytest.raises(ValueError):
        AuditFilter(origin="telepathy")
    assert AuditFilter(origin="ui", action="pause").as_kwargs()["origin"] == "ui"


def test_csv_cells_and_lines() -> None:
    assert csv_cell(None) == ""
    assert csv_cell(5) == "5"
    assert csv_cell('=HYPERLINK("x")') == '\'=HYPERLINK("x")'
    assert csv_cell("+1") == "'+1"
    assert csv_cell("@sum") == "'@sum"
    assert csv_cell("plain, with comma") == "plain, with comma"
    item = {
        "id": 3,
        "ts": T0.isoformat(),
        "user_id": "u",
        "user_name": "-Anna",
        "origin": "ui",
        "origin_ref": None,
        "action": "pause",
        "target_type": "printer",
        "target_id": "p1",
        "details": {"file": 'a,b\n"c"', "n": 1},
        "result": "ok",
        "result_text": None,
    }
    text = csv_lines([item], header=True)
    assert text.endswith("\r\n")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == list(CSV_COLUMNS)
    assert rows[1][0] == "3"
    assert rows[1][3] == "'-Anna"
    assert rows[1][-1] == '{"file": "a,b\\n\\"c\\"", "n": 1}'
    assert len(rows) == 2
