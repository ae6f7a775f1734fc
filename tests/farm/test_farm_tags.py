"""Printer tags: trimmed, whitespace-collapsed, case-insensitive; validation."""

from __future__ import annotations

import pytest

from custom_components.odin.farm import tags as farm_tags
from custom_components.odin.farm.errors import InvalidInput
from custom_components.odin.farm.tags import (
    MAX_TAGS_PER_PRINTER,
    add_tags,
    has_all,
    has_any,
    normalize_tags,
    remove_tags,
    tag_display,
    tag_key,
)
from custom_components.odin.store import tags as store_tags


def test_normalisation() -> None:
    assert tag_display("  Room   A ") == "Room A"
    assert tag_key("  ROOM   a ") == "room a"
    assert tag_key("Straße") == tag_key("STRASSE")  # case-folded, not just lower-cased
    # the store uses the very same rule
    assert store_tags.tag_key is farm_tags.tag_key
    assert store_tags.tag_display is farm_tags.tag_display


def test_normalize_tags_dedupes_by_key_first_spelling_wins() -> None:
    assert normalize_tags(["Room A", " room a ", "PLA-only", "pla-ONLY"]) == ["Room A", "PLA-only"]


@pytest.mark.parametrize(
    ("tags", "key"),
    [
        ([], "empty_tag"),
        ([""], "empty_tag"),
        (["   "], "empty_tag"),
        (["ok", "\t"], "empty_tag"),
        ([None], "empty_tag"),
        (["x" * 65], "text_too_long"),
        ([f"t{i}" for i in range(MAX_TAGS_PER_PRINTER + 1)], "too_many_tags"),
    ],
)
def test_bad_tags(tags: list[object], key: str) -> None:
    with pytest.raises(InvalidInput) as err:
        normalize_tags(tags)
    assert err.value.key == key


def test_empty_list_allowed_when_replacing() -> None:
    assert normalize_tags([], allow_empty_list=True) == []


def test_add_remove_match() -> None:
    current = ["Room A", "Production"]
    assert add_tags(current, ["room a", "PLA only"]) == ["Room A", "Production", "PLA only"]
    assert remove_tags(current, ["ROOM A", "unknown"]) == ["Production"]
    assert has_any(current, ["room b", "production"])
    assert not has_any(current, ["room b"])
    assert has_all(current, ["production", "ROOM A"])
    assert not has_all(current, ["production", "room b"])
