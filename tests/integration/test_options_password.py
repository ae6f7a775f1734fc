"""The options form never shows the stored database password, and keeps it when untouched."""

from __future__ import annotations

from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.odin import config_flow
from custom_components.odin.const import CONF_DB_URL, DOMAIN
from custom_components.odin.store.db import mask_password, unmask_password

STORED = "postgresql://odin:s3cr%40t@db.lan:5432/odin"


def _suggested(result: Any) -> str:
    for key in result["data_schema"].schema:
        if key == CONF_DB_URL:
            return str(key.description["suggested_value"])
    raise AssertionError("no database URL field")


@pytest.fixture
def validated(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The URLs the form would open (no server needed)."""
    seen: list[str] = []

    async def _ok(hass: HomeAssistant, url: str) -> None:
        seen.append(url)

    monkeypatch.setattr(config_flow, "_async_validate_db", _ok)
    return seen


@pytest.mark.parametrize(
    ("submitted", "saved"),
    [
        ("postgresql://odin:***@db.lan:5432/odin", STORED),  # untouched
        ("postgresql://odin:***@db2.lan:5432/odin", "postgresql://odin:s3cr%40t@db2.lan:5432/odin"),
        ("postgresql://odin:new@db.lan:5432/odin", "postgresql://odin:new@db.lan:5432/odin"),
        ("", ""),  # back to SQLite
    ],
)
async def test_options_form_hides_and_keeps_the_password(
    hass: HomeAssistant, validated: list[str], submitted: str, saved: str
) -> None:
    entry = MockConfigEntry(domain=DOMAIN, data={}, options={CONF_DB_URL: STORED})
    entry.add_to_hass(hass)
    result = await hass.config_entries.options.async_init(entry.entry_id)
    assert result["type"] is FlowResultType.FORM
    shown = _suggested(result)
    assert "s3cr" not in shown
    assert shown == "postgresql://odin:***@db.lan:5432/odin"
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {CONF_DB_URL: submitted}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert entry.options[CONF_DB_URL] == saved
    assert validated == [saved]


def test_mask_and_unmask() -> None:
    assert mask_password("sqlite:////config/odin.db") == "sqlite:////config/odin.db"
    assert mask_password("not a url") == "not a url"
    assert mask_password("mysql://u:p@h/db?charset=utf8mb4") == "mysql://u:***@h/db?charset=utf8mb4"
    assert unmask_password(
        "mysql://u:***@h/db?charset=utf8mb4", "mysql://u:p@h/db?charset=utf8mb4"
    ) == ("mysql://u:p@h/db?charset=utf8mb4")
    assert unmask_password("mysql://u:***@h/db", "sqlite:////x.db") == "mysql://u:***@h/db"
