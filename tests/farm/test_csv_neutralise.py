"""CSV export: no cell becomes a live formula, whatever list separator the spreadsheet uses."""

from __future__ import annotations

import csv
import io

import pytest

from custom_components.odin.farm.audit import csv_lines, neutralise_csv_text

PLANTED = "x;=cmd|'/C calc'!A0;"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _item(tag: str) -> dict[str, object]:
    return {
        "id": 7,
        "ts": "2026-01-02T03:04:05+00:00",
        "user_id": "u1",
        "user_name": "Mallory",
        "origin": "ui",
        "origin_ref": None,
        "action": "tag_printer",
        "target_type": "printer",
        "target_id": tag,
        "details": {"tag": tag, "delta": [1, -2]},
        "result": "ok",
        "result_text": None,
    }


def _cells(text: str, separator: str) -> list[str]:
    """What a spreadsheet splitting on ``separator`` shows, quotes and blanks stripped."""
    cells: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        for row in csv.reader(io.StringIO(line), delimiter=separator):
            cells.extend(row)
        # a naive split (no quote handling) too
        cells.extend(line.split(separator))
    return [cell.lstrip(' "') for cell in cells]


@pytest.mark.parametrize("separator", [",", ";", "\t", "|"])
def test_planted_tag_is_no_formula_with_any_separator(separator: str) -> None:
    text = csv_lines([_item(PLANTED)], header=True)
    dangerous = [cell for cell in _cells(text, separator) if cell.startswith(FORMULA_START)]
    assert dangerous == []


def test_cells_keep_their_text_with_a_quote_before_each_formula_start() -> None:
    rows = list(csv.reader(io.StringIO(csv_lines([_item(PLANTED)]))))
    assert rows[0][8] == "x;'=cmd|'/C calc'!A0;"
    assert rows[0][-1] == '{"delta": [1, \'-2], "tag": "x;\'=cmd|\'/C calc\'!A0;"}'
    assert rows[0][3] == "Mallory"  # ordinary text untouched


@pytest.mark.parametrize(
    ("raw", "safe"),
    [
        ("=1+1", "'=1+1"),
        ("\t=1", "'\t'=1"),
        ("\r=1", "'\r'=1"),
        ("a,+1", "a,'+1"),
        ("a; @SUM(A1)", "a; '@SUM(A1)"),
        ('a;"=1"', 'a;"\'=1"'),
        ("a\tb\t-3", "a\tb\t'-3"),
        ("line\n=2", "line\n'=2"),
        ("a-b=c+d@e", "a-b=c+d@e"),  # no separator before: a plain word
        ("", ""),
    ],
)
def test_neutralise_csv_text(raw: str, safe: str) -> None:
    assert neutralise_csv_text(raw) == safe
