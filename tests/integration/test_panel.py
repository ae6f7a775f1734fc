"""The sidebar panel, the served bundles and the dashboard card resource."""

from __future__ import annotations

from typing import Any

from homeassistant.components.lovelace.const import LOVELACE_DATA
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.odin.api.panel import CARDS_FILE, PANEL_URL_PATH, URL_BASE


def _ours(hass: HomeAssistant) -> list[dict[str, Any]]:
    resources = hass.data[LOVELACE_DATA].resources
    return [i for i in resources.async_items() if f"{URL_BASE}/{CARDS_FILE}" in i["url"]]


async def test_panel_bundle_and_card_resource(
    hass: HomeAssistant, hass_client: Any, tmp_path: Any
) -> None:
    """Panel registered, bundles served, one card resource across reloads, gone on removal."""
    assert await async_setup_component(hass, "lovelace", {})
    entry = MockConfigEntry(
        domain="odin",
        title="farm",
        data={},
        options={"db_url": f"sqlite:///{tmp_path / 'odin.db'}"},
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()

    panel = hass.data["frontend_panels"][PANEL_URL_PATH]
    assert panel.config["_panel_custom"]["name"] == "odin-panel"
    module_url = panel.config["_panel_custom"]["module_url"]
    assert module_url.startswith(f"{URL_BASE}/odin-panel.js?v=")

    client = await hass_client()
    resp = await client.get(module_url)
    assert resp.status == 200
    body = await resp.text()
    assert "odin-panel" in body
    assert len(_ours(hass)) == 1

    assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    assert len(_ours(hass)) == 1  # not added twice

    assert await hass.config_entries.async_unload(entry.entry_id)
    assert PANEL_URL_PATH not in hass.data["frontend_panels"]
    await hass.config_entries.async_remove(entry.entry_id)
    await hass.async_block_till_done()
    assert _ours(hass) == []
