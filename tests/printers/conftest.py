"""Fixtures for the printer protocol tests (real mosquitto TLS simulator, no HA setup)."""

from __future__ import annotations

from simulators.fixtures import bambu_client, bambu_sim

__all__ = ["bambu_client", "bambu_sim"]
