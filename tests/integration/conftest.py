"""Fixtures for tests that run the integration inside a real Home Assistant core (phcc)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

from homeassistant import block_async_io
from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.odin import brands
from custom_components.odin.const import (
    CONF_ACCESS_CODE,
    CONF_BRAND,
    CONF_CA_PEM,
    CONF_DB_URL,
    CONF_SERIAL,
    DOMAIN,
    SUBENTRY_PRINTER,
)
from custom_components.odin.ops import discovery, timelapse
from simulators.bambu import BambuSimulator
from simulators.fixtures import bambu_sim  # noqa: F401  (fixture re-export)
from simulators.fixtures_moonraker import (  # noqa: F401  (fixture re-export)
    CLIENT_TEST_DEFAULTS as MOONRAKER_TEST_TUNING,
    moonraker_sim,
)
from simulators.fixtures_prusalink import (  # noqa: F401  (fixture re-export)
    CLIENT_TEST_DEFAULTS as PRUSALINK_TEST_TUNING,
    prusalink_sim,
)

SimFactory = Callable[..., Awaitable[BambuSimulator]]


@pytest.fixture(autouse=True)
def auto_enable_custom_integrations(enable_custom_integrations: None) -> None:
    """Let HA's loader find custom_components/odin."""


@pytest.fixture(autouse=True)
def detect_blocking_io(
    disable_block_async_io: None,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[None]:
    """Turn on HA's blocking-call detection (phcc leaves it off) and fail on our offences."""
    monkeypatch.setattr(block_async_io, "_IN_TESTS", False)
    block_async_io.enable()
    yield
    records = [*caplog.get_records("setup"), *caplog.get_records("call"), *caplog.records]
    offences = [
        r.getMessage()
        for r in records
        if "Detected blocking call" in r.getMessage() and "'odin'" in r.getMessage()
    ]
    assert not offences, offences


@pytest.fixture(autouse=True)
def no_ssdp_listener(monkeypatch: pytest.MonkeyPatch) -> None:
    """The SSDP listener stays off unless a test opts in (see test_discovery.ssdp_port)."""
    monkeypatch.setattr(discovery, "SSDP_PORT", 0)


@pytest.fixture(autouse=True)
def timelapse_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Timelapses go to the test's tmp dir (phcc's config dir is shared by every test)."""
    root = tmp_path / "odin_timelapses"
    monkeypatch.setattr(timelapse, "TIMELAPSE_DIR", (str(root),))
    return root


@pytest.fixture(autouse=True)
def fast_client(monkeypatch: pytest.MonkeyPatch) -> None:
    """Short reconnect/cancel timings so scripted runs finish quickly."""
    monkeypatch.setattr(
        brands,
        "CLIENT_TUNING",
        {
            "bambu": {"cancel_hold_s": 2.0, "reconnect_min_s": 0.05, "reconnect_max_s": 0.5},
            "prusalink": dict(PRUSALINK_TEST_TUNING),
            "moonraker": dict(MOONRAKER_TEST_TUNING),
        },
    )


def printer_data(sim: BambuSimulator) -> dict[str, Any]:
    """Subentry data that reaches ``sim``."""
    return {
        CONF_BRAND: "bambu",
        "host": sim.host,
        "port": sim.port,
        CONF_SERIAL: sim.serial,
        CONF_ACCESS_CODE: sim.access_code,
        CONF_CA_PEM: sim.ca_pem,
        "model": sim.spec.product_name,
    }


def farm_entry(tmp_path: Path, sims: list[BambuSimulator]) -> MockConfigEntry:
    """A farm entry on a SQLite file in ``tmp_path`` with one subentry per simulator."""
    return MockConfigEntry(
        domain=DOMAIN,
        title="O.D.I.N. print farm",
        data={},
        options={CONF_DB_URL: f"sqlite:///{tmp_path / 'odin.db'}"},
        subentries_data=[
            {
                "data": printer_data(sim),
                "subentry_type": SUBENTRY_PRINTER,
                "title": f"Printer {sim.serial[-3:]}",
                "unique_id": sim.serial,
            }
            for sim in sims
        ],
    )


@pytest.fixture
async def sim(bambu_sim: SimFactory) -> BambuSimulator:  # noqa: F811
    """One fast simulated P1S (delta reports)."""
    return await bambu_sim(
        model="C12", serial="01P00A000000042", report_interval_s=0.1, cancel_code_delay_s=0.5
    )


@pytest.fixture
async def loaded_farm(
    hass: HomeAssistant, tmp_path: Path, sim: BambuSimulator
) -> AsyncIterator[MockConfigEntry]:
    """The farm entry set up with ``sim`` as its only printer; unloaded at the end."""
    entry = farm_entry(tmp_path, [sim])
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    yield entry
    if entry.state.recoverable:
        await hass.config_entries.async_unload(entry.entry_id)
        await hass.async_block_till_done()
