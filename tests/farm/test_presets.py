"""Presets: validation, expansion into queue jobs (with overrides), "save as preset"."""

from __future__ import annotations

import pytest

from custom_components.odin.farm.errors import InvalidInput
from custom_components.odin.farm.presets import (
    TargetType,
    expand_preset,
    make_preset,
    name_key,
    preset_from_job,
    validate_options,
)
from custom_components.odin.farm.scheduler import Constraints, make_constraints


def test_make_preset_normalises() -> None:
    preset = make_preset(
        name="  Gear   housing ",
        file="gear.3mf",
        target_type="tag",
        target=" room  a ",
        filament="petg",
        nozzle_mm=0.4,
        quantity=3,
        priority=5,
        notes=" two colours ",
        options={"timelapse": True, "plate": 2},
    )
    assert preset.name == "Gear housing"
    assert preset.target_type is TargetType.TAG
    assert preset.target == "room a"
    assert preset.filament == "PETG"
    assert preset.notes == "two colours"
    assert preset.as_dict()["target"] == {"type": "tag", "value": "room a"}
    assert name_key("GEAR  Housing") == name_key(preset.name)


@pytest.mark.parametrize(
    ("kwargs", "key"),
    [
        ({"name": " "}, "empty_field"),
        ({"file": ""}, "empty_field"),
        ({"name": "n" * 129}, "text_too_long"),
        ({"target_type": "room"}, "invalid_target"),
        ({"target_type": "any", "target": "x"}, "invalid_target"),
        ({"target_type": "tag", "target": " "}, "empty_tag"),
        ({"target_type": "tag"}, "empty_tag"),
        ({"target_type": "printer"}, "empty_field"),
        ({"target_type": "model", "target": ""}, "empty_field"),
        ({"quantity": 0}, "out_of_range"),
        ({"quantity": 51}, "out_of_range"),
        ({"priority": 1000}, "out_of_range"),
        ({"nozzle_mm": -1.0}, "out_of_range"),
        ({"options": {"speed": 2}}, "invalid_option"),
        ({"options": {"timelapse": "yes"}}, "invalid_option"),
        ({"options": {"plate": 0}}, "invalid_option"),
        ({"options": {"plate": True}}, "invalid_option"),
    ],
)
def test_bad_presets(kwargs: dict[str, object], key: str) -> None:
    args: dict[str, object] = {"name": "Gear", "file": "gear.3mf", **kwargs}
    with pytest.raises(InvalidInput) as err:
        make_preset(**args)  # type: ignore[arg-type]
    assert err.value.key == key


def test_options() -> None:
    assert validate_options(None) == {}
    assert validate_options({"use_ams": False, "plate": 64}) == {"use_ams": False, "plate": 64}


def test_expand_with_target_and_overrides() -> None:
    by_model = make_preset(
        name="Gear",
        file="gear.3mf",
        target_type="model",
        target="P1S",
        filament="PLA",
        quantity=2,
        priority=3,
        options={"timelapse": True},
        notes="n",
    )
    jobs = expand_preset(by_model, 7)
    assert [j.name for j in jobs] == ["Gear (1/2)", "Gear (2/2)"]
    assert all(j.preset_id == 7 and j.priority == 3 for j in jobs)
    assert jobs[0].constraints == Constraints(model="P1S", filament="PLA")
    assert dict(jobs[0].options) == {"timelapse": True}
    assert jobs[0].notes == "n"

    overridden = expand_preset(by_model, 7, quantity=1, priority=-5, tag="Room B")
    assert len(overridden) == 1
    assert overridden[0].name == "Gear"
    assert overridden[0].priority == -5
    # the tag replaces the target (model), the filament stays
    assert overridden[0].constraints == Constraints(tags_any=("Room B",), filament="PLA")

    on_printer = make_preset(name="P", file="p.3mf", target_type="printer", target="sub1")
    assert expand_preset(on_printer, 1)[0].constraints.printer_id == "sub1"
    on_tag = make_preset(name="T", file="t.3mf", target_type="tag", target="Room A")
    assert expand_preset(on_tag, 1)[0].constraints.tags_any == ("Room A",)


@pytest.mark.parametrize(
    ("overrides", "key"),
    [
        ({"quantity": 0}, "out_of_range"),
        ({"priority": 101}, "out_of_range"),
        ({"tag": ""}, "empty_tag"),
    ],
)
def test_bad_overrides(overrides: dict[str, object], key: str) -> None:
    preset = make_preset(name="Gear", file="gear.3mf")
    with pytest.raises(InvalidInput) as err:
        expand_preset(preset, 1, **overrides)  # type: ignore[arg-type]
    assert err.value.key == key


def test_save_as_preset_from_a_job() -> None:
    constraints = make_constraints(tags_any=["Room A", "Room B"], filament="PETG", nozzle_mm=0.6)
    preset = preset_from_job(
        "From job",
        file="gear.3mf",
        constraints=constraints,
        priority=4,
        notes="copy",
        options={"plate": 2},
    )
    assert preset.target_type is TargetType.TAG
    assert preset.target == "Room A"
    assert (preset.filament, preset.nozzle_mm, preset.priority) == ("PETG", 0.6, 4)
    pinned = preset_from_job(
        "Pinned",
        file="a",
        constraints=Constraints(printer_id="p1"),
        priority=0,
        notes=None,
        options={},
    )
    assert (pinned.target_type, pinned.target) == (TargetType.PRINTER, "p1")
    anywhere = preset_from_job(
        "Any", file="a", constraints=Constraints(), priority=0, notes=None, options={}
    )
    assert anywhere.target_type is TargetType.ANY
