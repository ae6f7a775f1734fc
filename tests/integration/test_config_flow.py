"""Config flow: farm entry, options, printer subentries against the real TLS simulator."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from homeassistant.config_entries import SOURCE_USER
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.odin.const import CONF_DB_URL, DOMAIN, SUBENTRY_PRINTER
from simulators.bambu import BambuSimulator, free_port
from simulators.certs import unrelated_ca

from .conftest import SimFactory, farm_entry


def _form(sim: BambuSimulator, **overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "name": "Bay 1",
        "host": sim.host,
        "serial": sim.serial,
        "access_code": sim.access_code,
        "advanced": {"port": sim.port, "ca_pem": sim.ca_pem},
    }
    advanced = overrides.pop("advanced", {})
    data.update(overrides)
    data["advanced"] = {**data["advanced"], **advanced}
    return data


async def _start_add(hass: HomeAssistant, entry: MockConfigEntry, brand: str) -> Any:
    """Open "Add printer" and pick ``brand`` from the menu."""
    result = await hass.config_entries.subentries.async_init(
        (entry.entry_id, SUBENTRY_PRINTER), context={"source": SOURCE_USER}
    )
    assert result["type"] is FlowResultType.MENU
    return await hass.config_entries.subentries.async_configure(
        result["flow_id"], {"next_step_id": brand}
    )


async def _farm(hass: HomeAssistant, tmp_path: Path) -> MockConfigEntry:
    entry = farm_entry(tmp_path, [])
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    return entry


async def test_create_farm_default_sqlite(hass: HomeAssistant) -> None:
    """An empty database URL creates the farm on SQLite in the config dir."""
    result = await hass.config_entries.flow.async_init(DOMAIN, context={"source": SOURCE_USER})
    assert result["type"] is FlowResultType.FORM
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {})
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["options"] == {CONF_DB_URL: ""}
    await hass.async_block_till_done()
    assert Path(hass.config.path("odin.db")).exists()
    entry = hass.config_entries.async_entries(DOMAIN)[0]
    assert await hass.config_entries.async_unload(entry.entry_id)

    # Only one farm.
    result = await hass.config_entries.flow.async_init(DOMAIN, context={"source": SOURCE_USER})
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "single_instance_allowed"


async def test_create_farm_bad_url_then_fixed(hass: HomeAssistant, tmp_path: Path) -> None:
    """A database that cannot be opened is a field error; a good URL then creates the farm."""
    result = await hass.config_entries.flow.async_init(DOMAIN, context={"source": SOURCE_USER})
    bad = f"sqlite:///{tmp_path / 'missing-dir' / 'file.txt' / 'odin.db'}"
    (tmp_path / "missing-dir").mkdir()
    (tmp_path / "missing-dir" / "file.txt").write_text("not a directory")
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {CONF_DB_URL: bad})
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {CONF_DB_URL: "db_cannot_connect"}
    good = f"sqlite:///{tmp_path / 'farm.db'}"
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {CONF_DB_URL: good})
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["options"] == {CONF_DB_URL: good}
    await hass.async_block_till_done()
    entry = hass.config_entries.async_entries(DOMAIN)[0]
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_options_change_database(hass: HomeAssistant, tmp_path: Path) -> None:
    """The options flow validates the URL and reloads the farm on the new database."""
    entry = await _farm(hass, tmp_path)
    result = await hass.config_entries.options.async_init(entry.entry_id)
    assert result["type"] is FlowResultType.FORM
    new_url = f"sqlite:///{tmp_path / 'other.db'}"
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {CONF_DB_URL: new_url}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    assert entry.options[CONF_DB_URL] == new_url
    assert entry.runtime_data.db_url == new_url
    assert (tmp_path / "other.db").exists()
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_add_printer_success(
    hass: HomeAssistant, tmp_path: Path, sim: BambuSimulator
) -> None:
    """The flow connects with TLS verification, learns the model and creates the subentry."""
    entry = await _farm(hass, tmp_path)
    result = await hass.config_entries.subentries.async_init(
        (entry.entry_id, SUBENTRY_PRINTER), context={"source": SOURCE_USER}
    )
    assert result["type"] is FlowResultType.MENU
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"], {"next_step_id": "bambu"}
    )
    assert result["step_id"] == "bambu"
    result = await hass.config_entries.subentries.async_configure(result["flow_id"], _form(sim))
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["title"] == "Bay 1"
    await hass.async_block_till_done()
    subentry = next(iter(entry.subentries.values()))
    assert subentry.unique_id == sim.serial
    assert subentry.data["model"] == sim.spec.product_name.removeprefix("Bambu Lab ")
    assert subentry.data["port"] == sim.port
    assert subentry.subentry_id in entry.runtime_data.printers

    # The same printer again is refused.
    result = await _start_add(hass, entry, "bambu")
    result = await hass.config_entries.subentries.async_configure(result["flow_id"], _form(sim))
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "already_configured"
    assert await hass.config_entries.async_unload(entry.entry_id)


@pytest.mark.parametrize(
    ("case", "error"),
    [
        ("wrong_code", "invalid_auth"),
        ("nothing_listening", "cannot_connect"),
        ("other_ca", "tls_error"),
        ("wrong_serial", "wrong_serial"),
    ],
)
async def test_add_printer_errors(
    hass: HomeAssistant, tmp_path: Path, sim: BambuSimulator, case: str, error: str
) -> None:
    """Every failure maps to its translated error and the form can be fixed and finished."""
    entry = await _farm(hass, tmp_path)
    result = await _start_add(hass, entry, "bambu")
    bad = {
        "wrong_code": _form(sim, access_code="87654321"),
        "nothing_listening": _form(sim, advanced={"port": free_port()}),
        "other_ca": _form(sim, advanced={"ca_pem": unrelated_ca().cert_pem}),
        "wrong_serial": _form(sim, serial="01P00A999999999"),
    }[case]
    result = await hass.config_entries.subentries.async_configure(result["flow_id"], bad)
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {"base": error}
    assert not entry.subentries
    result = await hass.config_entries.subentries.async_configure(result["flow_id"], _form(sim))
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_reconfigure_printer(
    hass: HomeAssistant, tmp_path: Path, bambu_sim: SimFactory
) -> None:
    """Reconfigure probes the new host/code, keeps the serial and restarts the client."""
    old = await bambu_sim(model="N1", serial="0300AA000000007", report_interval_s=0.1)
    entry = farm_entry(tmp_path, [old])
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    subentry = next(iter(entry.subentries.values()))

    result = await entry.start_subentry_reconfigure_flow(hass, subentry.subentry_id)
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "reconfigure"
    # Wrong access code first: error, nothing changed.
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"],
        {
            "host": old.host,
            "access_code": "00000000",
            "advanced": {"port": old.port, "ca_pem": old.ca_pem},
        },
    )
    assert result["errors"] == {"base": "invalid_auth"}
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"],
        {
            "host": "127.0.0.1",
            "access_code": old.access_code,
            "advanced": {"port": old.port, "ca_pem": old.ca_pem},
        },
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "reconfigure_successful"
    await hass.async_block_till_done()
    subentry = entry.subentries[subentry.subentry_id]
    assert subentry.data["host"] == "127.0.0.1"
    assert subentry.data["serial"] == old.serial
    hub = entry.runtime_data.printers[subentry.subentry_id]
    assert hub.applied_data["host"] == "127.0.0.1"  # the client was restarted with it
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_reconfigure_guard_settings(
    hass: HomeAssistant, tmp_path: Path, bambu_sim: SimFactory
) -> None:
    """The printer's facts and "allow unknown" settings are saved by the reconfigure form and
    reach the guardrails; emptied/unticked they go back to the printer and the safe default."""
    sim = await bambu_sim(model="N1", serial="0300AA000000008", report_interval_s=0.1)
    entry = farm_entry(tmp_path, [sim])
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    subentry = next(iter(entry.subentries.values()))
    form = {"host": sim.host, "access_code": sim.access_code}
    advanced = {"port": sim.port, "ca_pem": sim.ca_pem}

    result = await entry.start_subentry_reconfigure_flow(hass, subentry.subentry_id)
    schema = result["data_schema"].schema["advanced"].schema.schema
    assert {str(k) for k in schema} >= {
        "model_override",
        "bed_z_mm",
        "bed_origin_centre",
        "colour_tolerance",
        "allow_unknown_model",
        "allow_unknown_nozzle",
        "allow_unknown_bed",
    }
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"],
        {
            **form,
            "advanced": {
                **advanced,
                "model_override": "  A1 mini ",
                "bed_z_mm": 150,
                "bed_origin_centre": True,
                "colour_tolerance": 30,
                "allow_unknown_nozzle": True,
            },
        },
    )
    assert result["reason"] == "reconfigure_successful"
    await hass.async_block_till_done()
    data = entry.subentries[subentry.subentry_id].data
    assert data["model_override"] == "A1 mini"
    assert data["allow_unknown_nozzle"] is True
    assert data["allow_unknown_model"] is False
    hub = entry.runtime_data.printers[subentry.subentry_id]
    context = entry.runtime_data.dispatcher.guard_context(hub, cleared=True)
    assert context.model == "A1 mini"
    assert context.bed_height_mm == 150
    assert context.bed_origin_centre is True
    assert context.colour_tolerance == 30
    assert (context.allow_unknown_model, context.allow_unknown_nozzle) == (False, True)
    assert context.allow_unknown_bed is False

    # emptied and unticked: back to the printer's model, the default tolerance, all safe
    result = await entry.start_subentry_reconfigure_flow(hass, subentry.subentry_id)
    result = await hass.config_entries.subentries.async_configure(
        result["flow_id"],
        {
            **form,
            "advanced": {
                **advanced,
                "model_override": "",
                "allow_unknown_nozzle": False,
                "bed_origin_centre": False,
            },
        },
    )
    assert result["reason"] == "reconfigure_successful"
    await hass.async_block_till_done()
    data = entry.subentries[subentry.subentry_id].data
    assert "model_override" not in data
    assert "bed_z_mm" not in data
    context = entry.runtime_data.dispatcher.guard_context(hub, cleared=True)
    assert context.allow_unknown_nozzle is False
    assert context.bed_origin_centre is False
    assert context.colour_tolerance == 25.0
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_options_upload_limit(hass: HomeAssistant, tmp_path: Path) -> None:
    """The upload size limit is a farm option and reaches the upload view's limit."""
    from custom_components.odin.ops.dispatch import upload_limit_bytes

    entry = await _farm(hass, tmp_path)
    assert upload_limit_bytes(entry) == 512 * 1024 * 1024
    result = await hass.config_entries.options.async_init(entry.entry_id)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        {CONF_DB_URL: entry.options[CONF_DB_URL], "upload_max_mb": 64.0},
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    assert entry.options["upload_max_mb"] == 64
    assert upload_limit_bytes(entry) == 64 * 1024 * 1024
    assert await hass.config_entries.async_unload(entry.entry_id)
