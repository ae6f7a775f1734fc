"""PrusaLink (v1 API): HTTP polling with Digest auth, normalized snapshots, run events.

Modules by unit (docs/protocols/prusalink.md, docs/protocols/normalized-model.md):
- ``config``: ``PrusaLinkConfig`` (secrets never in a repr or a log line).
- ``http``: the Digest / API-key transport shared by the client and the probe.
- ``identity``: ``identify_model`` / ``build_info`` (``/api/version`` + ``/api/v1/info``).
- ``state``: ``PrusaLinkState``, the pure ingest component, and ``map_status``.
- ``client``: ``PrusaLinkClient`` (supervised polling loop, commands, upload, camera).
- ``probe``: ``async_probe`` (config flow).

No Home Assistant imports here. This package re-exports the names code outside it uses.
"""

from __future__ import annotations

from .client import PrusaLinkClient
from .config import BRAND, DEFAULT_PORT, DEFAULT_USER, PrusaLinkConfig
from .identity import PRINTER_TYPES, build_info, identify_model
from .probe import async_probe
from .state import (
    JobDetails,
    PrusaLinkState,
    error_code,
    job_name_of,
    map_status,
    parse_duration,
)

__all__ = [
    "BRAND",
    "DEFAULT_PORT",
    "DEFAULT_USER",
    "PRINTER_TYPES",
    "JobDetails",
    "PrusaLinkClient",
    "PrusaLinkConfig",
    "PrusaLinkState",
    "async_probe",
    "build_info",
    "error_code",
    "identify_model",
    "job_name_of",
    "map_status",
    "parse_duration",
]
