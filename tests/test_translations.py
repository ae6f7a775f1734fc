"""Every user-facing key the code uses has English text; strings.json == translations/en.json."""

from __future__ import annotations

import json
from pathlib import Path
import re

from custom_components.odin.binary_sensor import ONLINE
from custom_components.odin.button import BUTTONS
from custom_components.odin.event import EVENT_TYPES, RUN_EVENTS
from custom_components.odin.sensor import SENSORS

PKG = Path(__file__).resolve().parent.parent / "custom_components" / "odin"


def _load(name: str) -> dict:
    return json.loads((PKG / name).read_text(encoding="utf-8"))


def test_strings_match_english() -> None:
    """translations/en.json is the same text as strings.json."""
    assert _load("strings.json") == _load("translations/en.json")


def test_entity_keys_translated() -> None:
    """Entity names, enum states and event types all have text and icons."""
    strings = _load("translations/en.json")["entity"]
    icons = _load("icons.json")["entity"]
    for desc in SENSORS:
        assert desc.translation_key in strings["sensor"], desc.key
        assert desc.translation_key in icons["sensor"], desc.key
        for option in desc.options or []:
            assert option in strings["sensor"][desc.translation_key]["state"], option
    for desc in BUTTONS:
        assert desc.translation_key in strings["button"]
    assert ONLINE.translation_key in strings["binary_sensor"]
    event = strings["event"][RUN_EVENTS.translation_key]
    assert set(EVENT_TYPES) == set(event["state_attributes"]["event_type"]["state"])


def test_code_keys_translated() -> None:
    """Exception keys and flow errors used in the code exist."""
    strings = _load("translations/en.json")
    code = "\n".join(p.read_text(encoding="utf-8") for p in PKG.glob("*.py"))
    keys = set(re.findall(r'translation_domain=DOMAIN,\s*translation_key=f?"([a-z_{}]+)"', code))
    assert {"database_unavailable", "command_failed", "cannot_{command}"} <= keys
    for key in keys:
        if "{" in key:  # cannot_{command}
            for command in ("pause", "resume", "stop"):
                assert key.replace("{command}", command) in strings["exceptions"]
        else:
            assert key in strings["exceptions"], key
    sub_errors = strings["config_subentries"]["printer"]["error"]
    for key in ("cannot_connect", "invalid_auth", "tls_error", "wrong_serial", "unknown"):
        assert key in sub_errors
    assert "db_cannot_connect" in strings["config"]["error"]
    assert "db_cannot_connect" in strings["options"]["error"]
