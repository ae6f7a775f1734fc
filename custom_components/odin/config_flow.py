"""Config flow: one farm entry (database option) with printers as config subentries."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
import logging
from types import MappingProxyType
from typing import Any, Final, override

import aiohttp
from homeassistant.config_entries import (
    ConfigEntry,
    ConfigFlow,
    ConfigFlowResult,
    ConfigSubentry,
    ConfigSubentryData,
    ConfigSubentryFlow,
    OptionsFlow,
    SubentryFlowResult,
)
from homeassistant.const import CONF_HOST, CONF_NAME, CONF_PORT
from homeassistant.core import HomeAssistant, callback
from homeassistant.data_entry_flow import section
from homeassistant.helpers.aiohttp_client import async_get_clientsession
from homeassistant.helpers.selector import (
    BooleanSelector,
    EntitySelector,
    EntitySelectorConfig,
    NumberSelector,
    NumberSelectorConfig,
    NumberSelectorMode,
    TextSelector,
    TextSelectorConfig,
    TextSelectorType,
)
from homeassistant.helpers.service_info.dhcp import DhcpServiceInfo
from homeassistant.helpers.service_info.zeroconf import ZeroconfServiceInfo
import probatio

from .brands import BRANDS, Brand, brand_of
from .const import (
    BRAND_BAMBU,
    BRAND_MOONRAKER,
    BRAND_PRUSALINK,
    CONF_ACCESS_CODE,
    CONF_API_KEY,
    CONF_BRAND,
    CONF_CA_PEM,
    CONF_DB_URL,
    CONF_MAC,
    CONF_MODEL,
    CONF_MODEL_CODE,
    CONF_OFFLINE_REPAIR_MINUTES,
    CONF_PASSWORD,
    CONF_SERIAL,
    CONF_SSL,
    CONF_UPLOAD_MAX_MB,
    CONF_USERNAME,
    DEFAULT_DB_FILE,
    DEFAULT_OFFLINE_REPAIR_MINUTES,
    DEFAULT_UPLOAD_MAX_MB,
    DOMAIN,
    NAME,
    PRUSALINK_PORT,
    SUBENTRY_PRINTER,
)
from .farm.timelapse import (
    CONF_CAMERA_ENTITY,
    CONF_TIMELAPSE_DEFAULT,
    CONF_TIMELAPSE_FPS,
    CONF_TIMELAPSE_INTERVAL_S,
    CONF_TIMELAPSE_MIN_FREE_MB,
    CONF_TIMELAPSE_RETENTION_DAYS,
    FPS_RANGE,
    INTERVAL_RANGE,
    MIN_FREE_RANGE,
    RETENTION_RANGE,
    TimelapseSettings,
)
from .printers.model import CannotConnect, InvalidAuth, PrinterInfo, TlsError, WrongSerial
from .store.db import Database, DatabaseError, mask_password, unmask_password

_LOGGER = logging.getLogger(__name__)

SECTION_ADVANCED = "advanced"
# DHCP gives an address only; PrusaLink listens on port 80 (tests point this elsewhere).
PRUSALINK_DISCOVERY_PORT = PRUSALINK_PORT

_TEXT = TextSelector()
_PASSWORD = TextSelector(TextSelectorConfig(type=TextSelectorType.PASSWORD))
_PEM = TextSelector(TextSelectorConfig(multiline=True))
_PORT = NumberSelector(NumberSelectorConfig(min=1, max=65535, step=1, mode=NumberSelectorMode.BOX))


def _db_schema(default: str) -> probatio.Schema:
    return probatio.Schema(
        {probatio.Optional(CONF_DB_URL, description={"suggested_value": default}): _TEXT}
    )


async def _async_validate_db(hass: HomeAssistant, url: str) -> str | None:
    """Open and close the database once; return an error key or None."""
    url = url.strip() or f"sqlite:///{hass.config.path(DEFAULT_DB_FILE)}"
    try:
        db = await Database.open(url, init_timeout=10.0)
    except DatabaseError as err:
        _LOGGER.debug("Database check failed: %s", err)
        return "db_cannot_connect"
    await db.close()
    return None


class OdinConfigFlow(ConfigFlow, domain=DOMAIN):
    """The farm entry. There is one; printers are its subentries."""

    VERSION = 1

    @classmethod
    @callback
    @override
    def async_get_supported_subentry_types(
        cls, config_entry: ConfigEntry
    ) -> dict[str, type[ConfigSubentryFlow]]:
        """Printers are subentries."""
        return {SUBENTRY_PRINTER: PrinterSubentryFlow}

    @staticmethod
    @callback
    @override
    def async_get_options_flow(config_entry: ConfigEntry) -> OdinOptionsFlow:
        """Farm-wide options."""
        return OdinOptionsFlow()

    def __init__(self) -> None:
        """Initialize."""
        self._discovered: dict[str, Any] = {}

    async def async_step_user(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """Create the farm; the database URL may stay empty (SQLite in the config dir)."""
        if self._async_current_entries(include_ignore=False):
            return self.async_abort(reason="single_instance_allowed")
        errors: dict[str, str] = {}
        if user_input is not None:
            url = (user_input.get(CONF_DB_URL) or "").strip()
            if (error := await _async_validate_db(self.hass, url)) is None:
                return self.async_create_entry(title=NAME, data={}, options={CONF_DB_URL: url})
            errors[CONF_DB_URL] = error
        return self.async_show_form(
            step_id="user",
            data_schema=_db_schema((user_input or {}).get(CONF_DB_URL, "")),
            errors=errors,
        )

    async def async_step_integration_discovery(
        self, discovery_info: dict[str, Any]
    ) -> ConfigFlowResult:
        """A printer announced itself (Bambu SSDP, see ops/discovery.py)."""
        return await self._async_discovered(dict(discovery_info))

    async def async_step_zeroconf(self, discovery_info: ZeroconfServiceInfo) -> ConfigFlowResult:
        """A Moonraker instance advertised ``_moonraker._tcp`` (TXT uuid = its identity)."""
        uuid = str(discovery_info.properties.get("uuid") or "")
        if not uuid:
            return self.async_abort(reason="not_supported")
        https_port = str(discovery_info.properties.get("https_port") or "")
        name = (discovery_info.hostname or "").removesuffix(".").removesuffix(".local")
        return await self._async_discovered(
            {
                CONF_BRAND: BRAND_MOONRAKER,
                CONF_SERIAL: uuid,
                CONF_HOST: str(discovery_info.ip_address),
                CONF_PORT: int(https_port) if https_port.isdigit() else discovery_info.port,
                CONF_SSL: https_port.isdigit(),
                CONF_MODEL: "Klipper",
                CONF_NAME: name or None,
            }
        )

    async def async_step_dhcp(self, discovery_info: DhcpServiceInfo) -> ConfigFlowResult:
        """A device with Prusa's MAC prefix got an address; offer it if it speaks PrusaLink."""
        mac = discovery_info.macaddress
        farm = self._farm_entry()
        if farm is not None:  # known printer: follow its new address, nothing else
            for subentry in farm.subentries.values():
                if subentry.data.get(CONF_MAC) == mac:
                    return self._async_update_address(farm, subentry, discovery_info.ip, None)
        if not await _async_is_prusalink(self.hass, discovery_info.ip):
            return self.async_abort(reason="not_supported")
        return await self._async_discovered(
            {
                CONF_BRAND: BRAND_PRUSALINK,
                CONF_SERIAL: None,
                CONF_MAC: mac,
                CONF_HOST: discovery_info.ip,
                CONF_PORT: PRUSALINK_DISCOVERY_PORT,
                CONF_MODEL: "Prusa",
                CONF_NAME: discovery_info.hostname or None,
            }
        )

    async def _async_discovered(self, info: dict[str, Any]) -> ConfigFlowResult:
        """Known printer: update its address. New printer: confirm and ask for its secret."""
        key = str(info.get(CONF_SERIAL) or info.get(CONF_MAC))
        await self.async_set_unique_id(f"{info[CONF_BRAND]}_{key}")
        self._abort_if_unique_id_configured()
        farm = self._farm_entry()
        if farm is not None:
            for subentry in farm.subentries.values():
                if subentry.unique_id == key or (
                    info.get(CONF_MAC) and subentry.data.get(CONF_MAC) == info.get(CONF_MAC)
                ):
                    return self._async_update_address(
                        farm, subentry, info[CONF_HOST], info.get(CONF_PORT)
                    )
        self._discovered = info
        name = info.get(CONF_NAME) or f"{info.get(CONF_MODEL) or 'Printer'} {key[-4:]}"
        self.context["title_placeholders"] = {"name": str(name)}
        return await self.async_step_discovery_confirm()

    def _async_update_address(
        self, farm: ConfigEntry, subentry: ConfigSubentry, host: str, port: int | None
    ) -> ConfigFlowResult:
        """Discovery-update-info: a known printer at a new address is updated in place."""
        updates: dict[str, Any] = {CONF_HOST: host}
        if port:
            updates[CONF_PORT] = port
        if any(subentry.data.get(k) != v for k, v in updates.items()):
            self.hass.config_entries.async_update_subentry(
                farm, subentry, data={**subentry.data, **updates}
            )
        return self.async_abort(reason="already_configured")

    def _farm_entry(self) -> ConfigEntry | None:
        entries = self._async_current_entries(include_ignore=False)
        return entries[0] if entries else None

    async def async_step_discovery_confirm(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Confirm a discovered printer, with the credential it needs; probe before saving."""
        info = self._discovered
        brand = brand_of(info)
        errors: dict[str, str] = {}
        if user_input is not None:
            name = str(user_input.pop(CONF_NAME, "") or "").strip()
            data = {k: v for k, v in info.items() if k not in (CONF_NAME,) and v is not None} | {
                k: str(v).strip() for k, v in user_input.items()
            }
            probed, error = await async_probe_printer(self.hass, data)
            farm = self._farm_entry()
            if probed is not None:
                data[CONF_SERIAL] = str(data.get(CONF_SERIAL) or probed.serial)
                if farm is not None and any(
                    sub.unique_id == data[CONF_SERIAL] for sub in farm.subentries.values()
                ):
                    return self.async_abort(reason="already_configured")
                data[CONF_MODEL] = probed.model or data.get(CONF_MODEL)
                data[CONF_MODEL_CODE] = probed.model_code or data.get(CONF_MODEL_CODE)
                title = name or str(self.context.get("title_placeholders", {}).get("name"))
                subentry = ConfigSubentryData(
                    data=data,
                    subentry_type=SUBENTRY_PRINTER,
                    title=title,
                    unique_id=str(data[CONF_SERIAL]),
                )
                if farm is None:
                    await self.async_set_unique_id(None)
                    return self.async_create_entry(
                        title=NAME, data={}, options={CONF_DB_URL: ""}, subentries=[subentry]
                    )
                self.hass.config_entries.async_add_subentry(
                    farm,
                    ConfigSubentry(
                        data=MappingProxyType(data),
                        subentry_type=SUBENTRY_PRINTER,
                        title=title,
                        unique_id=str(data[CONF_SERIAL]),
                    ),
                )
                return self.async_abort(reason="printer_added")
            errors["base"] = error or "unknown"
        fields: dict[Any, Any] = {
            probatio.Optional(
                CONF_NAME,
                description={
                    "suggested_value": self.context.get("title_placeholders", {}).get("name")
                },
            ): _TEXT
        }
        for key in brand.secret_keys:  # only Bambu cannot work without its secret
            marker = probatio.Required if brand.serial_from_user else probatio.Optional
            fields[marker(key)] = _PASSWORD
        return self.async_show_form(
            step_id="discovery_confirm",
            data_schema=probatio.Schema(fields),
            errors=errors,
            description_placeholders={
                "name": str(self.context.get("title_placeholders", {}).get("name")),
                "host": str(info.get(CONF_HOST)),
                "model": str(info.get(CONF_MODEL) or brand.manufacturer),
            },
        )


class OdinOptionsFlow(OptionsFlow):
    """Farm options (database URL)."""

    async def async_step_init(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """Edit the database URL."""
        errors: dict[str, str] = {}
        if user_input is not None:
            url = unmask_password(
                (user_input.get(CONF_DB_URL) or "").strip(),
                self.config_entry.options.get(CONF_DB_URL, ""),
            )
            if (error := await _async_validate_db(self.hass, url)) is None:
                for key in (*_TIMELAPSE_NUMBERS, CONF_UPLOAD_MAX_MB):
                    if key in user_input:
                        user_input[key] = int(user_input[key])
                return self.async_create_entry(
                    data={**self.config_entry.options, **user_input, CONF_DB_URL: url}
                )
            errors[CONF_DB_URL] = error
        options = self.config_entry.options
        minutes = int(options.get(CONF_OFFLINE_REPAIR_MINUTES, DEFAULT_OFFLINE_REPAIR_MINUTES))
        schema = _db_schema(mask_password(options.get(CONF_DB_URL, ""))).extend(
            {
                probatio.Optional(CONF_OFFLINE_REPAIR_MINUTES, default=minutes): NumberSelector(
                    NumberSelectorConfig(
                        min=1,
                        max=1440,
                        step=1,
                        mode=NumberSelectorMode.BOX,
                        unit_of_measurement="min",
                    )
                ),
                **_timelapse_fields(TimelapseSettings.from_options(options)),
                probatio.Optional(
                    CONF_UPLOAD_MAX_MB,
                    default=int(options.get(CONF_UPLOAD_MAX_MB, DEFAULT_UPLOAD_MAX_MB)),
                ): _number(UPLOAD_MAX_RANGE, "MB"),
            }
        )
        return self.async_show_form(step_id="init", data_schema=schema, errors=errors)


UPLOAD_MAX_RANGE = (1, 4096)
_TIMELAPSE_NUMBERS = (
    CONF_TIMELAPSE_INTERVAL_S,
    CONF_TIMELAPSE_FPS,
    CONF_TIMELAPSE_RETENTION_DAYS,
    CONF_TIMELAPSE_MIN_FREE_MB,
)


def _number(bounds: tuple[int, int], unit: str | None = None) -> NumberSelector:
    config = NumberSelectorConfig(min=bounds[0], max=bounds[1], step=1, mode=NumberSelectorMode.BOX)
    if unit is not None:
        config["unit_of_measurement"] = unit
    return NumberSelector(config)


def _timelapse_fields(settings: TimelapseSettings) -> dict[Any, Any]:
    """Farm options of the timelapses (defaults: the current values)."""
    return {
        probatio.Optional(CONF_TIMELAPSE_DEFAULT, default=settings.enabled_default): (
            BooleanSelector()
        ),
        probatio.Optional(CONF_TIMELAPSE_INTERVAL_S, default=settings.interval_s): _number(
            INTERVAL_RANGE, "s"
        ),
        probatio.Optional(CONF_TIMELAPSE_FPS, default=settings.fps): _number(FPS_RANGE),
        probatio.Optional(CONF_TIMELAPSE_RETENTION_DAYS, default=settings.retention_days): _number(
            RETENTION_RANGE, "d"
        ),
        probatio.Optional(CONF_TIMELAPSE_MIN_FREE_MB, default=settings.min_free_mb): _number(
            MIN_FREE_RANGE, "MB"
        ),
    }


_BOOL = BooleanSelector()
# the guardrails' per-printer "allow unknown" settings (ops/dispatch.py, farm/guardrails.py)
GUARD_ALLOW_KEYS: Final = ("allow_unknown_model", "allow_unknown_nozzle", "allow_unknown_bed")
# optional printer facts: emptied in the form = back to what the printer / the tables say
_OPTIONAL_FACTS: Final = (
    "bed_x_mm",
    "bed_y_mm",
    "bed_z_mm",
    "nozzle_mm",
    "model_override",
    "colour_tolerance",
)


def _printer_schema(brand: Brand, defaults: Mapping[str, Any], *, new: bool) -> probatio.Schema:
    """The add/reconfigure form of one brand (the secret is never pre-filled)."""
    fields: dict[Any, Any] = {}
    if new:
        fields[
            probatio.Optional(CONF_NAME, description={"suggested_value": defaults.get(CONF_NAME)})
        ] = _TEXT
    fields[probatio.Required(CONF_HOST, default=defaults.get(CONF_HOST, ""))] = _TEXT
    if new and brand.serial_from_user:
        fields[probatio.Required(CONF_SERIAL, default=defaults.get(CONF_SERIAL, ""))] = _TEXT
    advanced: dict[Any, Any] = {
        probatio.Optional(
            CONF_PORT, default=int(defaults.get(CONF_PORT) or brand.default_port)
        ): _PORT
    }
    brand.form_fields(fields, advanced, defaults)
    if not new:  # the auto-queue's printer facts and guard settings (ops/dispatch.py)
        advanced[
            probatio.Optional(
                "model_override", description={"suggested_value": defaults.get("model_override")}
            )
        ] = _TEXT
        for key, step, top in (
            ("bed_x_mm", 1, 2000),
            ("bed_y_mm", 1, 2000),
            ("bed_z_mm", 1, 2000),
            ("nozzle_mm", 0.05, 2),
        ):
            advanced[probatio.Optional(key, description={"suggested_value": defaults.get(key)})] = (
                NumberSelector(
                    NumberSelectorConfig(
                        min=0,
                        max=top,
                        step=step,
                        mode=NumberSelectorMode.BOX,
                        unit_of_measurement="mm",
                    )
                )
            )
    if not new:
        advanced[
            probatio.Optional(
                "bed_origin_centre", default=bool(defaults.get("bed_origin_centre", False))
            )
        ] = _BOOL
        advanced[
            probatio.Optional(
                "colour_tolerance",
                description={"suggested_value": defaults.get("colour_tolerance")},
            )
        ] = NumberSelector(
            NumberSelectorConfig(min=0, max=100, step=1, mode=NumberSelectorMode.BOX)
        )
        for key in GUARD_ALLOW_KEYS:  # "allow unknown" per check, off by default (audited)
            advanced[probatio.Optional(key, default=bool(defaults.get(key, False)))] = _BOOL
    if not new:  # an HA camera for this printer's timelapses (instead of its own)
        fields[
            probatio.Optional(
                CONF_CAMERA_ENTITY,
                description={"suggested_value": defaults.get(CONF_CAMERA_ENTITY)},
            )
        ] = EntitySelector(EntitySelectorConfig(domain="camera"))
    fields[probatio.Required(SECTION_ADVANCED)] = section(
        probatio.Schema(advanced), {"collapsed": True}
    )
    return probatio.Schema(fields)


def _flatten(brand: Brand, user_input: Mapping[str, Any]) -> dict[str, Any]:
    """Form input (with its Advanced section) to subentry data, normalized."""
    data = {k: v for k, v in user_input.items() if k != SECTION_ADVANCED}
    data.update(user_input.get(SECTION_ADVANCED) or {})
    data[CONF_BRAND] = brand.key
    data[CONF_PORT] = int(data.get(CONF_PORT) or brand.default_port)
    data[CONF_HOST] = str(data[CONF_HOST]).strip()
    for key in (CONF_CA_PEM, CONF_API_KEY, CONF_PASSWORD, CONF_ACCESS_CODE, CONF_USERNAME):
        if key in data:
            data[key] = str(data[key] or "").strip() or None
    if data.get(CONF_SERIAL):
        data[CONF_SERIAL] = str(data[CONF_SERIAL]).strip().upper()
    if CONF_SSL in data:
        data[CONF_SSL] = bool(data[CONF_SSL])
    return data


async def async_probe_printer(
    hass: HomeAssistant, data: Mapping[str, Any]
) -> tuple[PrinterInfo | None, str | None]:
    """Connect once; return (info, None) or (None, error key)."""
    try:
        return await brand_of(data).probe(hass, data), None
    except InvalidAuth:
        return None, "invalid_auth"
    except WrongSerial:
        return None, "wrong_serial"
    except TlsError:
        return None, "tls_error"
    except CannotConnect:
        return None, "cannot_connect"
    except Exception:
        _LOGGER.exception("Unexpected error while connecting to printer %s", data.get(CONF_HOST))
        return None, "unknown"


async def _async_is_prusalink(hass: HomeAssistant, host: str) -> bool:
    """PrusaLink answers /api/version with a Digest challenge (or, unprotected, its version)."""
    session = async_get_clientsession(hass)
    url = f"http://{host}:{PRUSALINK_DISCOVERY_PORT}/api/version"
    try:
        async with asyncio.timeout(5):
            async with session.get(url, allow_redirects=False) as resp:
                if resp.status == 401:
                    return "digest" in resp.headers.get("WWW-Authenticate", "").lower()
                if resp.status == 200:
                    body = await resp.json(content_type=None)
                    return isinstance(body, dict) and ("api" in body or "printer" in body)
    except (TimeoutError, aiohttp.ClientError, ValueError):
        return False
    return False


class PrinterSubentryFlow(ConfigSubentryFlow):
    """Add or reconfigure a printer."""

    async def async_step_user(self, user_input: dict[str, Any] | None = None) -> SubentryFlowResult:
        """Choose the kind of printer."""
        return self.async_show_menu(step_id="user", menu_options=list(BRANDS))

    async def async_step_bambu(
        self, user_input: dict[str, Any] | None = None
    ) -> SubentryFlowResult:
        """Bambu Lab printer in LAN mode: host, serial, access code, optional CA."""
        return await self._async_add(BRANDS[BRAND_BAMBU], user_input)

    async def async_step_moonraker(
        self, user_input: dict[str, Any] | None = None
    ) -> SubentryFlowResult:
        """Klipper printer through Moonraker: host, optional API key."""
        return await self._async_add(BRANDS[BRAND_MOONRAKER], user_input)

    async def async_step_prusalink(
        self, user_input: dict[str, Any] | None = None
    ) -> SubentryFlowResult:
        """Prusa printer through PrusaLink: host, password of user maker (or API key)."""
        return await self._async_add(BRANDS[BRAND_PRUSALINK], user_input)

    def _known(self, serial: str) -> bool:
        return any(s.unique_id == serial for s in self._get_entry().subentries.values())

    async def _async_add(
        self, brand: Brand, user_input: dict[str, Any] | None
    ) -> SubentryFlowResult:
        errors: dict[str, str] = {}
        if user_input is not None:
            data = _flatten(brand, user_input)
            name = str(data.pop(CONF_NAME, "") or "").strip()
            if brand.serial_from_user and self._known(data[CONF_SERIAL]):
                return self.async_abort(reason="already_configured")
            info, error = await async_probe_printer(self.hass, data)
            if info is not None:
                serial = str(data.get(CONF_SERIAL) or info.serial)
                if not brand.serial_from_user and self._known(serial):
                    return self.async_abort(reason="already_configured")
                data.update(
                    {CONF_SERIAL: serial, CONF_MODEL: info.model, CONF_MODEL_CODE: info.model_code}
                )
                title = name or info.name or f"{info.model or brand.manufacturer} {serial[-4:]}"
                return self.async_create_entry(title=title, data=data, unique_id=serial)
            errors["base"] = error or "unknown"
        return self.async_show_form(
            step_id=brand.key,
            data_schema=self.add_suggested_values_to_schema(
                _printer_schema(brand, {}, new=True), _without_secret(user_input)
            ),
            errors=errors,
        )

    async def async_step_reconfigure(
        self, user_input: dict[str, Any] | None = None
    ) -> SubentryFlowResult:
        """Change how to reach an existing printer (its identity stays the same)."""
        subentry = self._get_reconfigure_subentry()
        brand = brand_of(subentry.data)
        errors: dict[str, str] = {}
        if user_input is not None:
            flat = _flatten(brand, user_input)
            data = {**subentry.data, **flat}
            data[CONF_SERIAL] = subentry.data[CONF_SERIAL]
            for key in _OPTIONAL_FACTS:  # emptied: back to the printer / the table
                if not flat.get(key):
                    data.pop(key, None)
            if "model_override" in data:
                data["model_override"] = str(data["model_override"]).strip()[:64]
                if not data["model_override"]:
                    data.pop("model_override")
            for key in (*GUARD_ALLOW_KEYS, "bed_origin_centre"):
                data[key] = bool(flat.get(key, False))
            if camera := user_input.get(CONF_CAMERA_ENTITY):
                data[CONF_CAMERA_ENTITY] = camera
            else:
                data.pop(CONF_CAMERA_ENTITY, None)
            info, error = await async_probe_printer(self.hass, data)
            if info is not None and not brand.serial_from_user and info.serial != data[CONF_SERIAL]:
                info, error = None, "wrong_serial"
            if info is not None:
                data.update(
                    {
                        CONF_MODEL: info.model or data.get(CONF_MODEL),
                        CONF_MODEL_CODE: info.model_code or data.get(CONF_MODEL_CODE),
                    }
                )
                return self.async_update_and_abort(self._get_entry(), subentry, data=data)
            errors["base"] = error or "unknown"
        return self.async_show_form(
            step_id="reconfigure",
            data_schema=_printer_schema(brand, subentry.data, new=False),
            errors=errors,
            description_placeholders={"name": subentry.title},
        )


def _without_secret(user_input: Mapping[str, Any] | None) -> dict[str, Any]:
    """Values to re-show in a failed form (never echo a secret back)."""
    secrets = (CONF_ACCESS_CODE, CONF_PASSWORD, CONF_API_KEY)
    return {k: v for k, v in (user_input or {}).items() if k not in secrets}
