"""Per-brand glue: how to build a client, probe a printer and describe its device.

Every brand's client fulfils ``printers.base.PrinterClient``; the rest of the integration
(hub, entities, run records, audit) is brand-agnostic.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

from homeassistant.core import HomeAssistant

from .const import BAMBU_PORT, BRAND_BAMBU, CONF_ACCESS_CODE, CONF_CA_PEM, CONF_SERIAL
from .printers.bambu import BambuClient, BambuConfig, async_probe as bambu_probe, build_ssl_context
from .printers.base import EventCallback, PrinterClient, SnapshotCallback
from .printers.model import PrinterInfo

# Extra keyword arguments for the protocol clients (timings); tests shorten them.
CLIENT_TUNING: dict[str, dict[str, float]] = {}


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
    configuration_url: Callable[[Mapping[str, Any]], str | None] = lambda _: None


def bambu_config(data: Mapping[str, Any]) -> BambuConfig:
    """Client configuration from subentry data."""
    return BambuConfig(
        host=data["host"],
        serial=data[CONF_SERIAL],
        access_code=data[CONF_ACCESS_CODE],
        port=int(data.get("port", BAMBU_PORT)),
        ca_pem=data.get(CONF_CA_PEM) or None,
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


BRANDS: dict[str, Brand] = {
    BRAND_BAMBU: Brand(
        key=BRAND_BAMBU,
        manufacturer="Bambu Lab",
        create_client=_bambu_client,
        probe=_bambu_probe,
        secret_keys=(CONF_ACCESS_CODE,),
    ),
}


def brand_of(data: Mapping[str, Any]) -> Brand:
    """The brand of a printer subentry (Bambu when unset: the first supported brand)."""
    return BRANDS[str(data.get("brand") or BRAND_BAMBU)]
