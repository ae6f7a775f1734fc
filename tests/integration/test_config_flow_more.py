"""Config flow branches the main flow tests leave out, each ending in what the user sees."""

from __future__ import annotations

from ipaddress import ip_address
import logging
from pathlib import Path
from typing import Any

from homeassistant.config_entries import SOURCE_DHCP, SOURCE_USER, SOURCE_ZEROCONF
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.helpers.service_info.dhcp import DhcpServiceInfo
from homeassistant.helpers.service_info.zeroconf import ZeroconfServiceInfo
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.odin import brands, config_flow
from custom_components.odin.const import CONF_DB_URL, DOMAIN, SUBENTRY_PRINTER
from simulators.fixtures_prusalink import PrusaLinkSimFactory
from simulators.moonraker import MoonrakerSimulator

from .conftest import farm_entry

MoonrakerFactory = Any


def _moonraker_farm(tmp_path: Path, sim: MoonrakerSimulator) -> MockConfigEntry:
    return MockConfigEntry(
        domain=DOMAIN,
        title="farm",
        data={},
        options={CONF_DB_URL: f"sqlite:///{tmp_path / 'odin.db'}"},
        subentries_data=[
            {
                "data": {
                    "brand": "moonraker",
                    "host": sim.host,
                    "port": sim.port,
                    "ssl": False,
                    "serial": sim.instance_id,
                },
                "subentry_type": SUBENTRY_PRINTER,
                "title": "Voron",
                "unique_id": sim.instance_id,
            }
        ],
    )


async def _setup(hass: HomeAssistant, entry: MockConfigEntry) -> MockConfigEntry:
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    return entry


async def _start_add(hass: HomeAssistant, entry: MockConfigEntry, brand: str) -> Any:
    result = await hass.config_entries.subentries.async_init(
        (entry.entry_id, SUBENTRY_PRINTER), context={"source": SOURCE_USER}
    )
    return await hass.config_entries.subentries.async_configure(
        result["flow_id"], {"next_step_id": brand}
    )


async def test_zeroconf_without_uuid_not_offered(hass: HomeAssistant) -> None:
    """A ``_moonraker._tcp`` advertisement without its uuid is not offered (no identity)."""
    info = ZeroconfServiceInfo(
        ip_address=ip_address("127.0.0.1"),
        ip_addresses=[ip_address("127.0.0.1")],
        port=7125,
        hostname="voron.local.",
        type="_moonraker._tcp.local.",
        name="Moonraker @ voron._moonraker._tcp.local.",
        properties={"version": "v0.9"},
    )
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_ZEROCONF}, data=info
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "not_supported"
    assert not hass.config_entries.async_entries(DOMAIN)


async def test_options_bad_database_then_fixed(hass: HomeAssistant, tmp_path: Path) -> None:
    """An unusable database URL in the options is a field error; the old one stays."""
    entry = await _setup(hass, farm_entry(tmp_path, []))
    old_url = entry.options[CONF_DB_URL]
    (tmp_path / "file.txt").write_text("not a directory")
    bad = f"sqlite:///{tmp_path / 'file.txt' / 'odin.db'}"
    result = await hass.config_entries.options.async_init(entry.entry_id)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {CONF_DB_URL: bad}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {CONF_DB_URL: "db_cannot_connect"}
    assert entry.options[CONF_DB_URL] == old_url
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {CONF_DB_URL: old_url, "offline_repair_minutes": 30}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    assert entry.options[CONF_DB_URL] == old_url
    assert entry.options["offline_repair_minutes"] == 30
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_add_known_moonraker_refused(
    hass: HomeAssistant, tmp_path: Path, moonraker_sim: MoonrakerFactory
) -> None:
    """Adding by hand a Klipper printer that is already in the farm (same instance id, learnt
    from the probe) is refused and adds nothing."""
    sim: MoonrakerSimulator = await moonraker_sim()
    entry = await _setup(hass, _moonraker_farm(tmp_path, sim))
    result = await _start_add(hass, entry, "moonraker")
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"],
        {"host": sim.host, "advanced": {"port": sim.port, "ssl": False}},
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "already_configured"
    assert len(entry.subentries) == 1
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_unexpected_probe_error_shown_as_unknown(
    hass: HomeAssistant,
    tmp_path: Path,
    moonraker_sim: MoonrakerFactory,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A bug in a client while probing is logged with the host and shown as "unknown";
    the user can retry and finish."""
    sim: MoonrakerSimulator = await moonraker_sim(hostname="voron")
    entry = await _setup(hass, farm_entry(tmp_path, []))
    real_probe = brands.moonraker_probe
    calls = 0

    async def flaky_probe(*args: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise RuntimeError("client bug")
        return await real_probe(*args)

    monkeypatch.setattr(brands, "moonraker_probe", flaky_probe)
    result = await _start_add(hass, entry, "moonraker")
    form = {"host": sim.host, "name": "Voron", "advanced": {"port": sim.port, "ssl": False}}
    with caplog.at_level(logging.ERROR, logger=config_flow.__name__):
        result = await hass.config_entries.subentries.async_configure(result["flow_id"], form)
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {"base": "unknown"}
    assert f"Unexpected error while connecting to printer {sim.host}" in caplog.text
    assert not entry.subentries
    result = await hass.config_entries.subentries.async_configure(result["flow_id"], form)
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["title"] == "Voron"
    await hass.async_block_till_done()
    assert next(iter(entry.subentries.values())).unique_id == sim.instance_id
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_reconfigure_moonraker_other_printer_refused(
    hass: HomeAssistant, tmp_path: Path, moonraker_sim: MoonrakerFactory
) -> None:
    """Reconfigure pointing at another Klipper printer is "wrong_serial"; back at the right
    one, the camera is saved and a blank model override is not."""
    sim: MoonrakerSimulator = await moonraker_sim(hostname="voron")
    other: MoonrakerSimulator = await moonraker_sim(hostname="ender")
    assert other.instance_id != sim.instance_id
    entry = await _setup(hass, _moonraker_farm(tmp_path, sim))
    subentry = next(iter(entry.subentries.values()))

    result = await entry.start_subentry_reconfigure_flow(hass, subentry.subentry_id)
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], {"host": other.host, "advanced": {"port": other.port, "ssl": False}}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {"base": "wrong_serial"}
    assert entry.subentries[subentry.subentry_id].data["port"] == sim.port

    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"],
        {
            "host": sim.host,
            "camera_entity": "camera.voron_cam",
            "advanced": {"port": sim.port, "ssl": False, "model_override": "   "},
        },
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "reconfigure_successful"
    await hass.async_block_till_done()
    data = entry.subentries[subentry.subentry_id].data
    assert data["camera_entity"] == "camera.voron_cam"
    assert "model_override" not in data
    assert data["serial"] == sim.instance_id

    # the camera removed again
    result = await entry.start_subentry_reconfigure_flow(hass, subentry.subentry_id)
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], {"host": sim.host, "advanced": {"port": sim.port, "ssl": False}}
    )
    assert result["reason"] == "reconfigure_successful"
    await hass.async_block_till_done()
    assert "camera_entity" not in entry.subentries[subentry.subentry_id].data
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_dhcp_unprotected_prusalink_offered(
    hass: HomeAssistant,
    prusalink_sim: PrusaLinkSimFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A PrusaLink without a password (``/api/version`` answers 200) is offered too; with no
    farm yet, confirming it creates the farm with the printer."""
    sim = await prusalink_sim(model="MK4S", password=None)
    monkeypatch.setattr(config_flow, "PRUSALINK_DISCOVERY_PORT", sim.port)
    dhcp = DhcpServiceInfo(ip=sim.host, hostname="prusa-open", macaddress="109c70ddeeff")
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_DHCP}, data=dhcp
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "discovery_confirm"
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {})
    assert result["type"] is FlowResultType.CREATE_ENTRY
    subentry = result["subentries"][0]
    assert subentry["unique_id"] == sim.serial
    assert subentry["title"] == "prusa-open"
    assert subentry["data"]["mac"] == "109c70ddeeff"
    await hass.async_block_till_done()
    entry = hass.config_entries.async_entries(DOMAIN)[0]
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_dhcp_other_web_server_not_offered(
    hass: HomeAssistant,
    moonraker_sim: MoonrakerFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A Prusa MAC whose web server has no ``/api/version`` (404) is not offered."""
    sim: MoonrakerSimulator = await moonraker_sim()
    monkeypatch.setattr(config_flow, "PRUSALINK_DISCOVERY_PORT", sim.port)
    dhcp = DhcpServiceInfo(ip=sim.host, hostname="not-prusa", macaddress="109c70000002")
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_DHCP}, data=dhcp
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "not_supported"
    assert not hass.config_entries.async_entries(DOMAIN)


async def test_dhcp_printer_added_by_hand_not_added_twice(
    hass: HomeAssistant,
    tmp_path: Path,
    prusalink_sim: PrusaLinkSimFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A Prusa added by hand (no MAC saved) then seen on DHCP: the confirm step learns its
    serial from the probe and refuses the duplicate."""
    sim = await prusalink_sim(model="MK4S")
    monkeypatch.setattr(config_flow, "PRUSALINK_DISCOVERY_PORT", sim.port)
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="farm",
        data={},
        options={CONF_DB_URL: f"sqlite:///{tmp_path / 'odin.db'}"},
        subentries_data=[
            {
                "data": {
                    "brand": "prusalink",
                    "host": sim.host,
                    "port": sim.port,
                    "username": sim.username,
                    "password": sim.password,
                    "serial": sim.serial,
                    "model": "MK4S",
                },
                "subentry_type": SUBENTRY_PRINTER,
                "title": "Prusa",
                "unique_id": sim.serial,
            }
        ],
    )
    await _setup(hass, entry)
    dhcp = DhcpServiceInfo(ip=sim.host, hostname="prusa-mk4s", macaddress="109c70123456")
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_DHCP}, data=dhcp
    )
    assert result["step_id"] == "discovery_confirm"
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"password": sim.password}
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "already_configured"
    assert len(entry.subentries) == 1
    assert await hass.config_entries.async_unload(entry.entry_id)
