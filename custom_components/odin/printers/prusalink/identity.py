"""PrusaLink identity: ``/api/version`` + ``/api/v1/info`` -> ``PrinterInfo``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from custom_components.odin.printers.coerce import to_str
from custom_components.odin.printers.model import (
    PrinterInfo,
)

from .config import BRAND

# ``/api/version`` ``printer`` is Prusa's printer type triple (type.version.subversion), as
# the Buddy firmware (printers.h, get_printer_version) and the Prusa Connect SDK define it.
PRINTER_TYPES: Final[Mapping[str, str]] = {
    "1.2.5": "MK2.5",
    "1.2.6": "MK2.5S",
    "1.3.0": "MK3",
    "1.3.1": "MK3S",
    "1.3.5": "MK3.5",
    "1.3.9": "MK3.9",
    "1.4.0": "MK4",
    "1.4.1": "MK4S",
    "2.1.0": "MINI",
    "3.1.0": "XL",
    "4.1.0": "iX",
    "5.1.0": "SL1",
    "5.1.1": "SL1S",
    "7.1.0": "CORE One",
}


def identify_model(
    version: Mapping[str, Any], info: Mapping[str, Any] | None = None
) -> tuple[str | None, str | None]:
    """(model name, type code) from ``/api/version`` (``printer`` triple, else the legacy
    ``original`` "PrusaLink I3MK3S"); unknown triples keep their code and no name."""
    code = to_str(version.get("printer"))
    if code is not None:
        name = PRINTER_TYPES.get(code)
        if name is not None:
            return name, code
    original = to_str(version.get("original"))
    if original is not None:
        text = original.removeprefix("PrusaLink").strip()
        text = text.removeprefix("I3").removeprefix("i3").strip()
        if text:
            return text, code
    return None, code


def build_info(
    version: Mapping[str, Any], info: Mapping[str, Any] | None, host: str
) -> PrinterInfo:
    """``PrinterInfo`` from the two identity endpoints (missing fields tolerated: Buddy
    firmware before 6.5 omits ``version``/``printer``/``firmware`` from ``/api/version``)."""
    info = info or {}
    serial = (
        to_str(info.get("serial"))
        or to_str(info.get("hostname"))
        or to_str(version.get("hostname"))
        or host
    )
    model, code = identify_model(version, info)
    name = (
        to_str(info.get("name")) or to_str(info.get("hostname")) or to_str(version.get("hostname"))
    )
    return PrinterInfo(
        serial=serial,
        brand=BRAND,
        model=model,
        model_code=code,
        firmware=to_str(version.get("firmware")),
        name=name,
    )
