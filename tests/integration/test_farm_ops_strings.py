"""Every farm-operation error, action, field, selector and entity has English text and icons."""

from __future__ import annotations

import json
from pathlib import Path
import re
from typing import Any

import yaml

from custom_components.odin.farm.drying import DryingMethod
from custom_components.odin.farm.errors import ERROR_KEYS
from custom_components.odin.services.farm import _SERVICES

PKG = Path(__file__).resolve().parents[2] / "custom_components" / "odin"


def _json(name: str) -> dict[str, Any]:
    return dict(json.loads((PKG / name).read_text(encoding="utf-8")))


def test_error_keys_have_messages_with_their_placeholders() -> None:
    exceptions = _json("translations/en.json")["exceptions"]
    for key in ERROR_KEYS:
        assert key in exceptions, key
        assert exceptions[key]["message"].strip(), key
    # the placeholders each key is raised with appear in its message (checked where raised
    # with fixed placeholders; out_of_range and friends always get field/value/min/max)
    for key in ("out_of_range", "invalid_temperature", "invalid_duration", "invalid_humidity"):
        assert set(re.findall(r"{(\w+)}", exceptions[key]["message"])) == {
            "field",
            "value",
            "min",
            "max",
        }


def test_actions_have_text_fields_and_icons() -> None:
    strings = _json("strings.json")
    icons = _json("icons.json")
    services = yaml.safe_load((PKG / "services.yaml").read_text(encoding="utf-8"))
    for name, _handler, _schema in _SERVICES:
        assert name in services, name
        text = strings["services"][name]
        assert text["name"] and text["description"], name
        for field in services[name].get("fields", {}):
            assert text["fields"][field]["name"], (name, field)
            assert text["fields"][field]["description"], (name, field)
        assert icons["services"][name]["service"].startswith("mdi:"), name
    options = services["log_drying"]["fields"]["method"]["selector"]["select"]["options"]
    assert options == [str(m) for m in DryingMethod]
    assert set(strings["selector"]["drying_method"]["options"]) == set(options)


def test_farm_entities_have_names_and_icons() -> None:
    strings = _json("translations/en.json")["entity"]
    icons = _json("icons.json")["entity"]
    assert strings["todo"]["print_queue"]["name"] == "Print queue"
    assert strings["sensor"]["spools_needing_drying"]["name"] == "Spools needing drying"
    assert icons["todo"]["print_queue"]["default"].startswith("mdi:")
    assert icons["sensor"]["spools_needing_drying"]["default"].startswith("mdi:")
