"""Bambu Lab LAN protocol: MQTT over verified TLS, delta merge, normalized snapshots, run events.

Modules by unit (docs/protocols/bambu.md, docs/protocols/normalized-model.md):
- ``config``: ``BambuConfig`` (how to reach one printer; the access code is never in a repr).
- ``tls``: ``build_ssl_context`` (bundled BBL CA or the user's CA, SNI = serial). Blocking.
- ``state``: ``BambuState``, the pure ingest component (no I/O, no clock reads).
- ``hardware``: ``read_hardware`` (AMS units and trays, external spool, nozzle).
- ``mqtt``: topics, command payloads, the paho client, connect-error classification.
- ``ftps``: implicit-FTPS upload and the ``print.project_file`` command.
- ``codes``: HMS / print_error / stage / model tables.
- ``client``: ``BambuClient`` (one MQTT connection per printer, supervised reconnects).
- ``probe``: ``async_probe`` (config flow).

No Home Assistant imports here. This package re-exports the names code outside it uses.
"""

from __future__ import annotations

from .client import BambuClient
from .config import BRAND, DEFAULT_PORT, BambuConfig
from .hardware import read_hardware
from .mqtt import classify_connect_error, report_topic, request_topic
from .probe import async_probe
from .state import (
    ACTIVE_STATES,
    RELEVANT_KEYS,
    TERMINAL_STATES,
    BambuState,
    map_status,
    parse_hms,
    print_error_entry,
)
from .tls import BUNDLED_CA_PATH, build_ssl_context, bundled_ca_pem

__all__ = [
    "ACTIVE_STATES",
    "BRAND",
    "BUNDLED_CA_PATH",
    "DEFAULT_PORT",
    "RELEVANT_KEYS",
    "TERMINAL_STATES",
    "BambuClient",
    "BambuConfig",
    "BambuState",
    "async_probe",
    "build_ssl_context",
    "bundled_ca_pem",
    "classify_connect_error",
    "map_status",
    "parse_hms",
    "print_error_entry",
    "read_hardware",
    "report_topic",
    "request_topic",
]
