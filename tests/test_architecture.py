"""The layering of the integration, checked on the source (ast), so a regression fails here.

(a) ``printers/``, ``farm/`` and ``store/`` never import Home Assistant or a glue module.
(b) No glue module (outside ``printers/`` and ``brands.py``) reaches into a hub's private
    client, tests a brand client's class or compares with a brand key.
(c) The root of the integration holds only HA-required files, platforms and a few modules.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = "custom_components.odin"
ROOT = Path(__file__).resolve().parent.parent / "custom_components" / "odin"
PURE_LAYERS = ("printers", "farm", "store")
BRAND_KEYS = frozenset({"bambu", "moonraker", "prusalink"})
BRAND_CONSTANTS = frozenset({"BRAND_BAMBU", "BRAND_MOONRAKER", "BRAND_PRUSALINK"})
BRAND_CLIENTS = frozenset({"BambuClient", "MoonrakerClient", "PrusaLinkClient"})

ROOT_FILES = frozenset(
    {
        # HA-required and HA-recognised files
        "__init__.py",
        "manifest.json",
        "config_flow.py",
        "const.py",
        "diagnostics.py",
        "repairs.py",
        "media_source.py",
        "backup.py",
        "strings.json",
        "services.yaml",
        "icons.json",
        "quality_scale.yaml",
        # platforms
        "binary_sensor.py",
        "button.py",
        "camera.py",
        "event.py",
        "sensor.py",
        "switch.py",
        "todo.py",
        # the handful of top-level modules
        "data.py",
        "brands.py",
        "hub.py",
        "entity.py",
        "helpers.py",
    }
)
ROOT_DIRS = frozenset(
    {"api", "services", "ops", *PURE_LAYERS, "frontend", "translations", "brand", "__pycache__"}
)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join([PACKAGE, *parts])


def _is_package(path: Path) -> bool:
    return path.name == "__init__.py"


def imported_modules(source: str, module: str, *, package: bool = False) -> set[str]:
    """Every module ``source`` (the module ``module``) imports, relative ones resolved;
    ``from x import y`` also yields ``x.y`` (y may be a submodule)."""
    found: set[str] = set()
    base = module.split(".") if package else module.split(".")[:-1]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parent = base[: len(base) - (node.level - 1)]
                target = ".".join([*parent, node.module] if node.module else parent)
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)
    return found


def _python_files(*parts: str) -> Iterator[Path]:
    yield from sorted((ROOT.joinpath(*parts)).rglob("*.py"))


def _glue_files() -> Iterator[Path]:
    """Every module that must not know a brand: all but ``printers/`` and ``brands.py``
    (farm logic and the store included)."""
    for path in _python_files():
        rel = path.relative_to(ROOT)
        if rel.parts[0] == "printers" or rel.as_posix() == "brands.py":
            continue
        yield path


def _glue_module(name: str) -> bool:
    """A module of the integration outside the pure layers (``const`` holds plain values)."""
    if not name.startswith(f"{PACKAGE}."):
        return False
    first = name.removeprefix(f"{PACKAGE}.").split(".")[0]
    return first not in (*PURE_LAYERS, "const")


def layer_violations(source: str, module: str, *, package: bool = False) -> list[str]:
    """Imports of Home Assistant or of glue modules."""
    return sorted(
        name
        for name in imported_modules(source, module, package=package)
        if name == "homeassistant" or name.startswith("homeassistant.") or _glue_module(name)
    )


def _names_in(node: ast.AST) -> Iterator[str]:
    for sub in ast.walk(node):
        if isinstance(sub, ast.Name):
            yield sub.id
        elif isinstance(sub, ast.Attribute):
            yield sub.attr


def brand_leaks(source: str) -> list[str]:
    """Private-client access, brand-client isinstance checks and brand-key comparisons."""
    leaks: list[str] = []
    for node in ast.walk(ast.parse(source)):
        line = getattr(node, "lineno", 0)
        if (
            isinstance(node, ast.Attribute)
            and node.attr == "_client"
            and not (isinstance(node.value, ast.Name) and node.value.id == "self")
        ):
            leaks.append(f"{line}: ._client of another object")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            args = node.args
            if (
                node.func.id in {"getattr", "hasattr", "setattr"}
                and len(args) >= 2
                and isinstance(args[1], ast.Constant)
                and args[1].value == "_client"
            ):
                leaks.append(f"{line}: {node.func.id}(..., '_client')")
            if (
                node.func.id in {"isinstance", "issubclass"}
                and len(args) == 2
                and BRAND_CLIENTS & set(_names_in(args[1]))
            ):
                leaks.append(f"{line}: {node.func.id} against a brand client")
        elif isinstance(node, ast.Compare):
            for operand in [node.left, *node.comparators]:
                for sub in ast.walk(operand):
                    if isinstance(sub, ast.Constant) and sub.value in BRAND_KEYS:
                        leaks.append(f"{line}: compares with brand key {sub.value!r}")
                    elif (
                        isinstance(sub, ast.Name | ast.Attribute)
                        and (sub.id if isinstance(sub, ast.Name) else sub.attr) in BRAND_CONSTANTS
                    ):
                        leaks.append(f"{line}: compares with a brand constant")
        elif isinstance(node, ast.MatchValue):
            value = node.value
            if isinstance(value, ast.Constant) and value.value in BRAND_KEYS:
                leaks.append(f"{line}: matches brand key {value.value!r}")
    return leaks


# ---------------------------------------------------------------------------- (a) layering


def test_import_resolution() -> None:
    """Relative imports resolve against the module's package (the walk below relies on it)."""
    found = imported_modules(
        "from .model import X\nfrom ..const import DOMAIN\n"
        "from .. import hub\nimport homeassistant",
        f"{PACKAGE}.printers.bambu",
    )
    assert f"{PACKAGE}.printers.model" in found
    assert f"{PACKAGE}.const" in found
    assert f"{PACKAGE}.hub" in found
    assert "homeassistant" in found
    assert f"{PACKAGE}.printers.bambu.tls" in imported_modules(
        "from .tls import build", f"{PACKAGE}.printers.bambu", package=True
    )


def test_layer_detector_flags_planted_imports() -> None:
    module = f"{PACKAGE}.farm.example"
    assert layer_violations("from homeassistant.core import HomeAssistant", module)
    assert layer_violations("import homeassistant.util.dt as dt_util", module)
    assert layer_violations("from ..hub import PrinterHub", module)
    assert layer_violations("from custom_components.odin.ops import dispatch", module)
    assert layer_violations("from .. import helpers", module)
    assert not layer_violations("from ..printers.model import PrinterSnapshot", module)
    assert not layer_violations("from .filemeta import FileMeta\nimport sqlalchemy", module)


@pytest.mark.parametrize("layer", PURE_LAYERS)
def test_pure_layers_never_import_home_assistant_or_glue(layer: str) -> None:
    files = list(_python_files(layer))
    assert files, f"no modules under {layer}/"
    offences = {
        str(path.relative_to(ROOT)): found
        for path in files
        if (
            found := layer_violations(
                path.read_text(encoding="utf-8"), _module_name(path), package=_is_package(path)
            )
        )
    }
    assert not offences, offences


# ---------------------------------------------------------------------------- (b) brands


def test_brand_detector_flags_planted_snippets() -> None:
    assert brand_leaks("client = getattr(hub, '_client', None)")
    assert brand_leaks("client = hub._client")
    assert brand_leaks("ok = isinstance(client, BambuClient)")
    assert brand_leaks("ok = isinstance(client, (MoonrakerClient, PrusaLinkClient))")
    assert brand_leaks("if printer.brand == 'bambu':\n    pass")
    assert brand_leaks("if brand.key != BRAND_PRUSALINK:\n    pass")
    assert brand_leaks("if key in ('moonraker', 'x'):\n    pass")
    assert brand_leaks("if x is const.BRAND_BAMBU:\n    pass")
    assert brand_leaks("match brand:\n    case 'bambu':\n        pass")
    assert not brand_leaks("self._client = None\nif self._client is not None:\n    pass")
    assert not brand_leaks("brand = BRANDS[BRAND_BAMBU]\nkinds = brand.accepted_kinds(model)")
    assert not brand_leaks("if hub.brand.maps_filament_trays:\n    pass")


def test_no_brand_knowledge_in_the_glue() -> None:
    files = list(_glue_files())
    assert len(files) > 20
    offences = {
        str(path.relative_to(ROOT)): found
        for path in files
        if (found := brand_leaks(path.read_text(encoding="utf-8")))
    }
    assert not offences, offences


# ---------------------------------------------------------------------------- (c) the tree


def test_root_holds_only_allowed_files() -> None:
    entries = list(ROOT.iterdir())
    unexpected_files = sorted(p.name for p in entries if p.is_file() and p.name not in ROOT_FILES)
    unexpected_dirs = sorted(p.name for p in entries if p.is_dir() and p.name not in ROOT_DIRS)
    assert not unexpected_files, unexpected_files
    assert not unexpected_dirs, unexpected_dirs
    for package in ("api", "services", "ops"):
        assert (ROOT / package / "__init__.py").is_file()
