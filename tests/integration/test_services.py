"""The data actions: get_failure_analytics, get_time_accuracy, get_audit_log (admin)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from homeassistant.auth.models import User
from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError, Unauthorized
from homeassistant.helpers import device_registry as dr
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.odin.const import DOMAIN
from simulators.bambu import BambuSimulator

from .test_websocket_api import seed_audit, seed_runs


async def call(
    hass: HomeAssistant, service: str, user: User | None = None, **data: Any
) -> dict[str, Any]:
    response = await hass.services.async_call(
        DOMAIN,
        service,
        data,
        blocking=True,
        return_response=True,
        context=Context(user_id=user.id) if user is not None else None,
    )
    assert response is not None
    return dict(response)


async def test_services_are_registered(hass: HomeAssistant, loaded_farm: MockConfigEntry) -> None:
    services = hass.services.async_services_for_domain(DOMAIN)
    assert {"get_failure_analytics", "get_time_accuracy", "get_audit_log"} <= set(services)


async def test_get_failure_analytics(
    hass: HomeAssistant,
    loaded_farm: MockConfigEntry,
    sim: BambuSimulator,
    device_registry: dr.DeviceRegistry,
    hass_read_only_user: User,
) -> None:
    await seed_runs(loaded_farm)
    # any user may read analytics
    result = await call(hass, "get_failure_analytics", hass_read_only_user)
    assert result["totals"]["total"] == 4
    assert result["totals"]["failed"] == 1
    assert result["totals"]["cancelled"] == 1

    device = device_registry.async_get_device_by_identifier(
        (DOMAIN, sim.serial), loaded_farm.entry_id
    )
    assert device is not None
    start = dt_util.now() - timedelta(days=2, hours=12)  # local time, as the UI sends it
    filtered = await call(
        hass,
        "get_failure_analytics",
        printer=device.id,
        start=start.replace(tzinfo=None).isoformat(sep=" ", timespec="seconds"),
        bucket="week",
    )
    assert filtered["totals"]["total"] == 2  # the runs 1 and 2 days ago
    assert filtered["filters"]["printer_id"] == next(iter(loaded_farm.runtime_data.printers))
    assert filtered["over_time"]["bucket"] == "week"
    by_material = await call(hass, "get_failure_analytics", material="PETG")
    assert by_material["totals"]["failed"] == 1
    assert by_material["totals"]["total"] == 1


async def test_get_time_accuracy(hass: HomeAssistant, loaded_farm: MockConfigEntry) -> None:
    await seed_runs(loaded_farm)
    result = await call(hass, "get_time_accuracy", limit=10, tag="GARAGE")
    assert result["totals"]["n"] == 2
    assert result["totals"]["median_abs_error_pct"] == pytest.approx(15.0)
    assert len(result["runs"]) == 2


@pytest.mark.parametrize(
    ("data", "key"),
    [
        ({"start": "2025-03-02 00:00:00", "end": "2025-03-01 00:00:00"}, "end_before_start"),
        ({"printer": "not-a-device"}, "unknown_printer"),
        ({"tag": "nowhere"}, "unknown_tag"),
    ],
)
async def test_bad_input_is_refused(
    hass: HomeAssistant, loaded_farm: MockConfigEntry, data: dict[str, Any], key: str
) -> None:
    for service in ("get_failure_analytics", "get_time_accuracy"):
        with pytest.raises(ServiceValidationError) as err:
            await call(hass, service, **data)
        assert err.value.translation_key == key
        assert str(err.value)  # rendered from translations


async def test_other_integrations_device_is_unknown_printer(
    hass: HomeAssistant, loaded_farm: MockConfigEntry, device_registry: dr.DeviceRegistry
) -> None:
    other = MockConfigEntry(domain="other")
    other.add_to_hass(hass)
    device = device_registry.async_get_or_create(
        config_entry_id=other.entry_id, identifiers={("other", "x")}
    )
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, "get_failure_analytics", printer=device.id)
    assert err.value.translation_key == "unknown_printer"


async def test_get_audit_log_admin_only(
    hass: HomeAssistant,
    loaded_farm: MockConfigEntry,
    hass_admin_user: User,
    hass_read_only_user: User,
) -> None:
    await seed_audit(loaded_farm, 30)
    with pytest.raises(Unauthorized):
        await call(hass, "get_audit_log", hass_read_only_user)
    first = await call(hass, "get_audit_log", hass_admin_user, limit=20, origin="automation")
    assert len(first["items"]) == 15
    assert first["next"] is None
    page = await call(hass, "get_audit_log", hass_admin_user, limit=10, user_id="u-anna")
    assert len(page["items"]) == 10
    rest = await call(hass, "get_audit_log", hass_admin_user, user_id="u-anna", before=page["next"])
    assert len(rest["items"]) == 5
    assert {i["id"] for i in page["items"]}.isdisjoint(i["id"] for i in rest["items"])
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, "get_audit_log", hass_admin_user, before="nonsense")
    assert err.value.translation_key == "invalid_cursor"


async def test_not_loaded(hass: HomeAssistant, loaded_farm: MockConfigEntry) -> None:
    await hass.config_entries.async_unload(loaded_farm.entry_id)
    await hass.async_block_till_done()
    with pytest.raises(HomeAssistantError) as err:
        await call(hass, "get_failure_analytics")
    assert err.value.translation_key == "not_loaded"


async def test_descriptions_translations_and_icons(
    hass: HomeAssistant, loaded_farm: MockConfigEntry
) -> None:
    """services.yaml loads; every action and field has English text and every action an icon."""
    import json
    from pathlib import Path

    from homeassistant.helpers.service import async_get_all_descriptions

    descriptions = (await async_get_all_descriptions(hass))[DOMAIN]
    package = Path(__file__).resolve().parents[2] / "custom_components" / DOMAIN
    strings = json.loads((package / "translations" / "en.json").read_text(encoding="utf-8"))
    icons = json.loads((package / "icons.json").read_text(encoding="utf-8"))["services"]
    for service in ("get_failure_analytics", "get_time_accuracy", "get_audit_log"):
        fields = set(descriptions[service]["fields"])
        texts = strings["services"][service]
        assert texts["name"]
        assert texts["description"]
        assert set(texts["fields"]) == fields, service
        assert all(f["name"] and f["description"] for f in texts["fields"].values())
        assert icons[service]["service"].startswith("mdi:")
    for key in ("bucket", "origin"):
        assert strings["selector"][key]["options"]
