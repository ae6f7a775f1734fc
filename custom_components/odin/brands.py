"""Per-brand glue: how to build a client, probe a printer, describe its device, which files
it takes and which fields its config form asks for.

Every brand's client fulfils ``printers.base.PrinterClient``; the rest of the integration
(hub, entities, run records, audit, guardrails, config flow) is brand-agnostic and asks the
:class:`Brand` here. This module and ``printers/`` are the only places that know brands.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

from homeassistant.const import CONF_HOST
from homeassistant.core import HomeAssistant
from homeassistant.helpers.aiohttp_client import async_get_clientsession
from homeassistant.helpers.selector import (
    BooleanSelector,
    TextSelector,
    TextSelectorConfig,
    TextSelectorType,
)
import probatio

from .const import (
    BAMBU_FTP_PORT,
    BAMBU_PORT,
    BRAND_BAMBU,
    BRAND_MOONRAKER,
    BRAND_PRUSALINK,
    CONF_ACCESS_CODE,
    CONF_API_KEY,
    CONF_BRAND,
    CONF_CA_PEM,
    CONF_MODEL,
    CONF_MODEL_CODE,
    CONF_PASSWORD,
    CONF_SERIAL,
    CONF_SSL,
    CONF_USERNAME,
    MOONRAKER_PORT,
    PRUSALINK_PORT,
)
from .farm.filemeta import KIND_3MF, KIND_BGCODE, KIND_GCODE, normalize_model
from .printers.bambu import BambuClient, BambuConfig, async_probe as bambu_probe, build_ssl_context
from .printers.base import EventCallback, PrinterClient, SnapshotCallback
from .printers.discovery import BambuAnnouncement
from .printers.model import PrinterInfo
from .printers.moonraker import MoonrakerClient, MoonrakerConfig, async_probe as moonraker_probe
from .printers.prusalink import PrusaLinkClient, PrusaLinkConfig, async_probe as prusalink_probe

# Extra keyword arguments for the protocol clients (timings); tests shorten them.
CLIENT_TUNING: dict[str, dict[str, Any]] = {}

_TEXT = TextSelector()
_PASSWORD = TextSelector(TextSelectorConfig(type=TextSelectorType.PASSWORD))
_PEM = TextSelector(TextSelectorConfig(multiline=True))
_BOOL = BooleanSelector()

# Adds a brand's own fields to the printer form: (fields, advanced fields, defaults).
type FormFields = Callable[[dict[Any, Any], dict[Any, Any], Mapping[str, Any]], None]


def _no_fields(
    fields: dict[Any, Any], advanced: dict[Any, Any], defaults: Mapping[str, Any]
) -> None:
    """A brand without fields of its own."""


@dataclass(frozen=True, slots=True)
class Brand:
    """What the integration needs to know about one printer brand."""

    key: str
    manufacturer: str
    create_client: Callable[
        [HomeAssistant, Mapping[str, Any], SnapshotCallback, EventCallback],
        Awaitable[PrinterClient],
    ]
    probe: Callable[[HomeAssistant, Mapping[str, Any]], Awaitable[PrinterInfo]]
    secret_keys: tuple[str, ...]
    default_port: int
    configuration_url: Callable[[Mapping[str, Any]], str | None] = lambda _: None
    # The user types the serial (Bambu: it is the TLS identity); others learn it by probing.
    serial_from_user: bool = False
    # Print-file kinds the printer takes (docs: never a 3MF to Klipper or Prusa, never a
    # .bgcode to Moonraker, only sliced 3MF to Bambu) ...
    file_kinds: frozenset[str] = frozenset()
    # ... except these models, which read plain G-code only (Pi-based PrusaLink, Einsy).
    plain_gcode_models: frozenset[str] = frozenset()
    # The printer maps the file's filaments to its trays (Bambu AMS mapping on start).
    maps_filament_trays: bool = False
    # The model the printer reports names a printer (Klipper reports only its kinematics,
    # "Klipper CoreXY": the model check then needs the user's setting).
    reports_printer_model: bool = True
    # The brand's own fields of the add/reconfigure form (secret, TLS, user, ...).
    form_fields: FormFields = _no_fields

    def accepted_kinds(self, model: str | None = None) -> frozenset[str]:
        """The file kinds a printer of this brand (and ``model``) takes."""
        if model is not None and self.plain_gcode_models:
            name, _code = normalize_model(model)
            if name in self.plain_gcode_models:
                return frozenset({KIND_GCODE})
        return self.file_kinds


def bambu_config(data: Mapping[str, Any]) -> BambuConfig:
    """Client configuration from subentry data."""
    return BambuConfig(
        host=data["host"],
        serial=data[CONF_SERIAL],
        access_code=data[CONF_ACCESS_CODE],
        port=int(data.get("port", BAMBU_PORT)),
        ca_pem=data.get(CONF_CA_PEM) or None,
        ftp_port=int(data.get("ftp_port") or BAMBU_FTP_PORT),
    )


async def _bambu_client(
    hass: HomeAssistant,
    data: Mapping[str, Any],
    on_snapshot: SnapshotCallback,
    on_event: EventCallback,
) -> PrinterClient:
    config = bambu_config(data)
    ssl_context = await hass.async_add_executor_job(build_ssl_context, config)
    return BambuClient(
        config,
        ssl_context,
        on_snapshot=on_snapshot,
        on_event=on_event,
        **CLIENT_TUNING.get(BRAND_BAMBU, {}),
    )


async def _bambu_probe(hass: HomeAssistant, data: Mapping[str, Any]) -> PrinterInfo:
    config = bambu_config(data)
    ssl_context = await hass.async_add_executor_job(build_ssl_context, config)
    return await bambu_probe(config, ssl_context)


def moonraker_config(data: Mapping[str, Any]) -> MoonrakerConfig:
    """Client configuration from subentry data."""
    return MoonrakerConfig(
        host=data["host"],
        port=int(data.get("port") or MOONRAKER_PORT),
        api_key=data.get(CONF_API_KEY) or None,
        ssl=bool(data.get(CONF_SSL, False)),
    )


async def _moonraker_client(
    hass: HomeAssistant,
    data: Mapping[str, Any],
    on_snapshot: SnapshotCallback,
    on_event: EventCallback,
) -> PrinterClient:
    return MoonrakerClient(
        moonraker_config(data),
        async_get_clientsession(hass),
        on_snapshot=on_snapshot,
        on_event=on_event,
        **CLIENT_TUNING.get(BRAND_MOONRAKER, {}),
    )


async def _moonraker_probe(hass: HomeAssistant, data: Mapping[str, Any]) -> PrinterInfo:
    return await moonraker_probe(moonraker_config(data), async_get_clientsession(hass))


def prusalink_config(data: Mapping[str, Any]) -> PrusaLinkConfig:
    """Client configuration from subentry data."""
    return PrusaLinkConfig(
        host=data["host"],
        port=int(data.get("port") or PRUSALINK_PORT),
        username=data.get(CONF_USERNAME) or "maker",
        password=data.get(CONF_PASSWORD) or None,
        api_key=data.get(CONF_API_KEY) or None,
    )


async def _prusalink_client(
    hass: HomeAssistant,
    data: Mapping[str, Any],
    on_snapshot: SnapshotCallback,
    on_event: EventCallback,
) -> PrinterClient:
    return PrusaLinkClient(
        prusalink_config(data),
        async_get_clientsession(hass),
        on_snapshot=on_snapshot,
        on_event=on_event,
        **CLIENT_TUNING.get(BRAND_PRUSALINK, {}),
    )


async def _prusalink_probe(hass: HomeAssistant, data: Mapping[str, Any]) -> PrinterInfo:
    return await prusalink_probe(prusalink_config(data), async_get_clientsession(hass))


def _http_url(default_port: int, ssl_key: str | None = None) -> Callable[[Mapping[str, Any]], str]:
    def url(data: Mapping[str, Any]) -> str:
        scheme = "https" if ssl_key and data.get(ssl_key) else "http"
        port = int(data.get("port") or default_port)
        suffix = "" if port in (80, 443) else f":{port}"
        return f"{scheme}://{data['host']}{suffix}"

    return url


def _bambu_form(
    fields: dict[Any, Any], advanced: dict[Any, Any], defaults: Mapping[str, Any]
) -> None:
    fields[probatio.Required(CONF_ACCESS_CODE)] = _PASSWORD
    advanced[
        probatio.Optional(CONF_CA_PEM, description={"suggested_value": defaults.get(CONF_CA_PEM)})
    ] = _PEM


def _prusalink_form(
    fields: dict[Any, Any], advanced: dict[Any, Any], defaults: Mapping[str, Any]
) -> None:
    fields[probatio.Optional(CONF_PASSWORD)] = _PASSWORD
    advanced[probatio.Optional(CONF_USERNAME, default=defaults.get(CONF_USERNAME) or "maker")] = (
        _TEXT
    )
    advanced[probatio.Optional(CONF_API_KEY)] = _PASSWORD


def _moonraker_form(
    fields: dict[Any, Any], advanced: dict[Any, Any], defaults: Mapping[str, Any]
) -> None:
    fields[probatio.Optional(CONF_API_KEY)] = _PASSWORD
    advanced[probatio.Optional(CONF_SSL, default=bool(defaults.get(CONF_SSL, False)))] = _BOOL


BRANDS: dict[str, Brand] = {
    BRAND_BAMBU: Brand(
        key=BRAND_BAMBU,
        manufacturer="Bambu Lab",
        create_client=_bambu_client,
        probe=_bambu_probe,
        secret_keys=(CONF_ACCESS_CODE,),
        default_port=BAMBU_PORT,
        serial_from_user=True,
        file_kinds=frozenset({KIND_3MF}),
        maps_filament_trays=True,
        form_fields=_bambu_form,
    ),
    BRAND_MOONRAKER: Brand(
        key=BRAND_MOONRAKER,
        manufacturer="Klipper (Moonraker)",
        create_client=_moonraker_client,
        probe=_moonraker_probe,
        secret_keys=(CONF_API_KEY,),
        default_port=MOONRAKER_PORT,
        configuration_url=_http_url(MOONRAKER_PORT, CONF_SSL),
        file_kinds=frozenset({KIND_GCODE}),
        form_fields=_moonraker_form,
        reports_printer_model=False,
    ),
    BRAND_PRUSALINK: Brand(
        key=BRAND_PRUSALINK,
        manufacturer="Prusa Research",
        create_client=_prusalink_client,
        probe=_prusalink_probe,
        secret_keys=(CONF_PASSWORD,),
        default_port=PRUSALINK_PORT,
        configuration_url=_http_url(PRUSALINK_PORT),
        file_kinds=frozenset({KIND_GCODE, KIND_BGCODE}),
        plain_gcode_models=frozenset({"MK3S", "MK3", "MK2.5S", "MK2.5"}),
        form_fields=_prusalink_form,
    ),
}


def brand_of(data: Mapping[str, Any]) -> Brand:
    """The brand of a printer subentry (Bambu when unset: the first supported brand)."""
    return BRANDS[str(data.get("brand") or BRAND_BAMBU)]


def accepted_kinds(brand: str, model: str | None = None) -> frozenset[str]:
    """The file kinds a printer of brand key ``brand`` (and ``model``) takes (none if unknown)."""
    found = BRANDS.get(brand)
    return found.accepted_kinds(model) if found is not None else frozenset()


def bambu_discovery_data(found: BambuAnnouncement) -> dict[str, Any]:
    """The discovery-flow data of a Bambu printer that announced itself over SSDP."""
    return {
        CONF_BRAND: BRAND_BAMBU,
        CONF_SERIAL: found.serial,
        CONF_HOST: found.host,
        CONF_MODEL: found.model,
        CONF_MODEL_CODE: found.model_code,
        "name": found.name,
    }
