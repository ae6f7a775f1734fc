"""Where a PrusaLink printer stores uploads (docs/protocols/prusalink.md#upload-and-start).

Pure functions, no I/O. Printers describe their storage in several shapes:

- ``GET /api/v1/storage`` as the spec says: ``{"storage_list": [Storage, ...]}`` with
  ``name``/``type``/``path``/``available``/``read_only`` (Buddy: ``/usb/``; the Raspberry-Pi
  PrusaLink: ``/local`` plus a read-only ``/sdcard``);
- a bare array of Storage objects at the top level;
- an object keyed by storage (``{"local": {...}, "sd_card": null}``, as the legacy
  ``/api/printer`` has it);
- ``/api/v1/status.storage``: one object (Buddy, the spec) or an array (the Pi PrusaLink 0.8).

``parse_storages`` turns any of them into ``StorageInfo`` entries (garbage is skipped, never
raised); ``choose_storage`` picks the one to upload to or says why there is none.
"""

from __future__ import annotations

from dataclasses import dataclass
import re
from typing import Any, Final

from custom_components.odin.printers.coerce import to_bool, to_str

DEFAULT_STORAGE: Final = "usb"
"""The URL segment used when the printer describes no storage at all (Buddy's only one)."""

_TYPE_SEGMENTS: Final = {"USB": "usb", "LOCAL": "local", "SDCARD": "sdcard"}
_SEGMENT: Final = re.compile(r"^[A-Za-z0-9_.-]+$")
_MAX_ENTRIES: Final = 16


@dataclass(frozen=True, slots=True)
class StorageInfo:
    """One storage as the printer reports it."""

    segment: str  # the URL segment of /api/v1/files/<segment>/<name>: "usb", "local"
    name: str | None = None
    kind: str | None = None  # "USB", "LOCAL", "SDCARD" (None: not reported)
    available: bool | None = None  # None: not reported (treated as available)
    read_only: bool | None = None  # None: not reported (treated as writable)

    @property
    def writable(self) -> bool:
        """Available and not read-only (as far as the printer says)."""
        return self.available is not False and self.read_only is not True

    @property
    def label(self) -> str:
        """How an error message names it."""
        return f"'{self.segment}'"


def segment_of(path: Any) -> str | None:
    """The URL segment of a storage path: ``"/local"`` -> ``"local"``, ``"/usb/"`` ->
    ``"usb"``; None when it is no usable segment (a number is no path)."""
    text = to_str(path) if isinstance(path, str) else None
    if text is None:
        return None
    parts = [part for part in text.split("/") if part]
    if len(parts) != 1 or not _SEGMENT.match(parts[0]) or parts[0] in (".", ".."):
        return None
    return parts[0]


def _entry(value: Any, key: str | None = None) -> StorageInfo | None:
    if value is None and key is not None:
        # {"sd_card": null}: the printer knows the storage but it is not there
        segment = segment_of(key)
        return StorageInfo(segment, available=False) if segment else None
    if not isinstance(value, dict):
        return None
    kind_text = to_str(value.get("type"))
    kind = kind_text.upper() if kind_text is not None else None
    segment = segment_of(value.get("path"))
    if segment is None and kind is not None:
        segment = _TYPE_SEGMENTS.get(kind)
    if segment is None and key is not None:
        segment = segment_of(key)
    if segment is None:
        return None
    return StorageInfo(
        segment=segment,
        name=to_str(value.get("name")),
        kind=kind,
        available=to_bool(value.get("available")),
        read_only=to_bool(value.get("read_only")),
    )


def parse_storages(value: Any) -> list[StorageInfo]:
    """Every storage in ``value`` (any shape above; unusable entries are left out)."""
    items: list[tuple[Any, str | None]]
    if isinstance(value, dict) and "storage_list" in value:
        value = value.get("storage_list")
    if isinstance(value, list):
        items = [(item, None) for item in value]
    elif isinstance(value, dict):
        if "path" in value or "type" in value:
            items = [(value, None)]  # one Storage / StatusStorage object
        else:
            items = [(item, str(key)) for key, item in value.items()]
    else:
        return []
    found: list[StorageInfo] = []
    for item, key in items[:_MAX_ENTRIES]:
        entry = _entry(item, key)
        if entry is not None and all(entry.segment != seen.segment for seen in found):
            found.append(entry)
    return found


def choose_storage(storages: list[StorageInfo]) -> StorageInfo | str:
    """The storage to upload to, or why there is none (a text for the UploadError).

    Prefers a storage the printer says is available and writable, then one it says nothing
    against; with no storage described at all it is ``usb`` (older Buddy firmware)."""
    if not storages:
        return StorageInfo(DEFAULT_STORAGE)
    confirmed = [s for s in storages if s.available is True and s.read_only is False]
    if confirmed:
        return confirmed[0]
    writable = [s for s in storages if s.writable]
    if writable:
        return writable[0]
    names = ", ".join(s.label for s in storages)
    if all(s.available is False for s in storages):
        return f"no storage is available on the printer ({names}; is a USB drive inserted?)"
    readable = [s for s in storages if s.available is not False]
    labels = ", ".join(s.label for s in readable)
    return f"the printer's storage is read-only ({labels})"


__all__ = [
    "DEFAULT_STORAGE",
    "StorageInfo",
    "choose_storage",
    "parse_storages",
    "segment_of",
]
