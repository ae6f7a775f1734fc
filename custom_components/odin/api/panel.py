"""Sidebar panel "Print farm" and the Lovelace card resource (docs/frontend.md#what-ships).

The built bundles live in the integration's ``frontend/`` folder (sources: the repository's
``frontend/`` folder, see docs/frontend.md). They are served under :data:`URL_BASE`; their URLs
carry ``?v=<version>-<content hash>`` so browsers never keep a stale bundle after an update.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Final

from homeassistant.components import frontend, panel_custom
from homeassistant.components.http.server import StaticPathConfig
from homeassistant.components.lovelace.const import LOVELACE_DATA
from homeassistant.components.lovelace.resources import ResourceStorageCollection
from homeassistant.core import HomeAssistant
from homeassistant.loader import async_get_integration
from homeassistant.util.hass_dict import HassKey

from ..const import DOMAIN

_LOGGER = logging.getLogger(__name__)

URL_BASE: Final = "/odin_static"
FRONTEND_DIR: Final = Path(__file__).parent.parent / "frontend"
PANEL_FILE: Final = "odin-panel.js"
CARDS_FILE: Final = "odin-cards.js"
PANEL_URL_PATH: Final = DOMAIN
PANEL_ELEMENT: Final = "odin-panel"
PANEL_TITLE: Final = "Print farm"
PANEL_ICON: Final = "mdi:printer-3d"

# The only things this integration keeps in ``hass.data``: HA's frontend keeps static paths
# and extra JS URLs for the whole process (they outlive a config entry), so whether ours are
# registered has to outlive ``entry.runtime_data`` too.
DATA_STATIC_REGISTERED: HassKey[bool] = HassKey(f"{DOMAIN}_static_registered")
# The card URL added with add_extra_js_url (YAML resource mode), to remove it again on unload.
DATA_EXTRA_JS_URL: HassKey[str] = HassKey(f"{DOMAIN}_cards_extra_js_url")


def _file_token(path: Path) -> str:
    """First 12 hex digits of the file's SHA-256 (runs in the executor)."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:12]
    except OSError:
        return "missing"


async def _async_urls(hass: HomeAssistant) -> tuple[str, str]:
    """Versioned URLs of the panel and the card bundles."""
    integration = await async_get_integration(hass, DOMAIN)
    version = str(integration.version or "0")
    panel_token, cards_token = await hass.async_add_executor_job(
        lambda: (_file_token(FRONTEND_DIR / PANEL_FILE), _file_token(FRONTEND_DIR / CARDS_FILE))
    )
    return (
        f"{URL_BASE}/{PANEL_FILE}?v={version}-{panel_token}",
        f"{URL_BASE}/{CARDS_FILE}?v={version}-{cards_token}",
    )


async def async_register_frontend(hass: HomeAssistant) -> None:
    """Serve the bundles, add the sidebar panel and make the cards available on dashboards."""
    if not hass.data.get(DATA_STATIC_REGISTERED):
        await hass.http.async_register_static_paths(
            [StaticPathConfig(URL_BASE, str(FRONTEND_DIR), cache_headers=True)]
        )
        hass.data[DATA_STATIC_REGISTERED] = True
    panel_url, cards_url = await _async_urls(hass)
    if not frontend.async_panel_exists(hass, PANEL_URL_PATH):
        await panel_custom.async_register_panel(
            hass,
            frontend_url_path=PANEL_URL_PATH,
            webcomponent_name=PANEL_ELEMENT,
            sidebar_title=PANEL_TITLE,
            sidebar_icon=PANEL_ICON,
            module_url=panel_url,
            require_admin=False,
            config={"domain": DOMAIN},
            handle_safe_area=True,
        )
    await async_ensure_card_resource(hass, cards_url)


async def async_ensure_card_resource(hass: HomeAssistant, url: str) -> None:
    """Add (or update) the card bundle as a dashboard resource.

    Storage-mode resources: one ``module`` item whose URL (without the query) is ours; YAML
    mode cannot be written, so the bundle is loaded on every page with ``add_extra_js_url``
    (docs/frontend.md shows the YAML resource for users who prefer it).
    """
    data = hass.data.get(LOVELACE_DATA)
    resources = None if data is None else data.resources
    if not isinstance(resources, ResourceStorageCollection):
        _set_extra_js_url(hass, url)
        return
    await resources.async_get_info()  # the storage collection loads lazily
    base = url.partition("?")[0]
    for item in resources.async_items():
        if str(item.get("url", "")).partition("?")[0] != base:
            continue
        if item["url"] != url:
            await resources.async_update_item(item["id"], {"res_type": "module", "url": url})
            _LOGGER.debug("Updated the card resource to %s", url)
        return
    await resources.async_create_item({"res_type": "module", "url": url})
    _LOGGER.info("Added the O.D.I.N. cards to the dashboard resources (%s)", url)


def _set_extra_js_url(hass: HomeAssistant, url: str) -> None:
    if "frontend" not in hass.config.components:
        return  # no frontend (e.g. tests): nothing loads extra modules
    old = hass.data.get(DATA_EXTRA_JS_URL)
    if old == url:
        return
    if old is not None:
        frontend.remove_extra_js_url(hass, old)
    frontend.add_extra_js_url(hass, url)
    hass.data[DATA_EXTRA_JS_URL] = url


async def async_unregister_frontend(hass: HomeAssistant) -> None:
    """Remove the sidebar panel (on unload). The static path cannot be removed and stays.

    The storage-mode card resource stays too (dashboards keep working across reloads); remove
    it with :func:`async_remove_card_resource` when the integration is removed.
    """
    frontend.async_remove_panel(hass, PANEL_URL_PATH, warn_if_unknown=False)
    if (url := hass.data.pop(DATA_EXTRA_JS_URL, None)) is not None:
        frontend.remove_extra_js_url(hass, url)


async def async_remove_card_resource(hass: HomeAssistant) -> None:
    """Delete our storage-mode dashboard resource (call from ``async_remove_entry``)."""
    data = hass.data.get(LOVELACE_DATA)
    resources = None if data is None else data.resources
    if not isinstance(resources, ResourceStorageCollection):
        return
    await resources.async_get_info()
    base = f"{URL_BASE}/{CARDS_FILE}"
    for item in list(resources.async_items()):
        if str(item.get("url", "")).partition("?")[0] == base:
            await resources.async_delete_item(item["id"])
