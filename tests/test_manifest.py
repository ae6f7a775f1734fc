"""Dependency transparency: every third-party package the integration imports is declared in
manifest.json (or is one Home Assistant itself depends on), at the version HA pins it."""

from __future__ import annotations

import ast
from importlib import metadata
import json
from pathlib import Path
import re
import sys

import homeassistant

INTEGRATION = Path(__file__).resolve().parents[1] / "custom_components" / "odin"
MANIFEST = json.loads((INTEGRATION / "manifest.json").read_text())
HA_COMPONENTS = Path(homeassistant.__file__).parent / "components"


def _name(requirement: str) -> str:
    """Normalised distribution name of ``pkg[extra]==1.2``."""
    base = re.split(r"[\[=<>!~ ;]", requirement, maxsplit=1)[0]
    return re.sub(r"[-_.]+", "-", base).lower()


def _imported_top_level() -> set[str]:
    names: set[str] = set()
    for path in INTEGRATION.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"custom_components", "homeassistant"}


def _ha_core_requirements() -> set[str]:
    return {_name(r) for r in metadata.requires("homeassistant") or [] if "extra ==" not in r}


def _ha_component_pins() -> dict[str, str]:
    """Requirement pins of HA's own integrations, by distribution name."""
    pins: dict[str, str] = {}
    for manifest in HA_COMPONENTS.glob("*/manifest.json"):
        for requirement in json.loads(manifest.read_text()).get("requirements", []):
            if "==" in requirement:
                pins[_name(requirement)] = requirement.split("==", 1)[1].strip()
    return pins


def test_every_import_is_declared() -> None:
    distributions = metadata.packages_distributions()
    declared = {_name(r) for r in MANIFEST["requirements"]}
    provided = _ha_core_requirements()
    missing = []
    for module in sorted(_imported_top_level()):
        dists = {_name(d) for d in distributions.get(module, [module])}
        if not dists & (declared | provided):
            missing.append(f"{module} ({', '.join(sorted(dists))})")
    assert not missing, f"imported but not in manifest.json requirements: {missing}"


def test_declared_versions_equal_home_assistants_pins() -> None:
    pins = _ha_component_pins()
    for requirement in MANIFEST["requirements"]:
        name = _name(requirement)
        assert "==" in requirement, f"{requirement}: pin an exact version"
        version = requirement.split("==", 1)[1].strip()
        if name in pins:
            assert version == pins[name], f"{requirement}: Home Assistant pins {pins[name]}"
        installed = metadata.version(name)
        assert installed == version, f"{requirement}: the test venv has {installed}"
