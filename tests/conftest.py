"""Shared test setup.

The early import makes Python resolve ``custom_components`` to this repository before
pytest-homeassistant-custom-component's own testing config shadows it.
"""

from __future__ import annotations

from custom_components.odin.const import DOMAIN  # noqa: F401
