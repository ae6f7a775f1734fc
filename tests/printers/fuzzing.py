"""Structure-aware mutations of real-shaped printer payloads, shared by the per-brand fuzz tests.

Every run uses a fixed seed (``random.Random(SEED)``), so a failure reproduces exactly.
"""

from __future__ import annotations

from collections.abc import Iterator
import copy
import dataclasses
import enum
import math
import random
from typing import Any

SEED = 20261207

Path = tuple[str | int, ...]

BAD_NUMBERS: tuple[Any, ...] = (
    math.inf,
    -math.inf,
    math.nan,
    1e300 * 1e300,  # 1e999: overflows to inf
    "inf",
    "-inf",
    "nan",
    "NaN",
    "Infinity",
    "1e999",
    "-1e999",
    "9" * 300,
    10**300,
    2**63,
    -(2**64),
    True,
    False,
    [],
    [1, 2],
    {},
    {"value": 1},
    None,
    "",
    "   ",
    "12abc",
)
"""What every numeric key gets: non-finite, overflowing, bools, containers, None, empty."""

BAD_TEXT: tuple[Any, ...] = (True, [], ["a"], {}, {"name": "x"}, math.nan, 10**300, 5, None, "")
BAD_CONTAINERS: tuple[Any, ...] = (None, "", "garbage", 0, 1.5, True, [], {}, [None], [[]])


def is_number(value: Any) -> bool:
    """A plain number or a numeric string (the leaves whose coercion is fuzzed)."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    if isinstance(value, str):
        try:
            float(value)
        except ValueError:
            return False
        return True
    return False


def walk(obj: Any, prefix: Path = ()) -> Iterator[tuple[Path, Any]]:
    """Every (path, value) below ``obj`` (dicts and lists), parents before children."""
    if isinstance(obj, dict):
        for key, value in obj.items():
            yield (*prefix, key), value
            yield from walk(value, (*prefix, key))
    elif isinstance(obj, list):
        for index, value in enumerate(obj):
            yield (*prefix, index), value
            yield from walk(value, (*prefix, index))


def numeric_paths(obj: Any) -> list[Path]:
    """Paths of every numeric leaf."""
    return [path for path, value in walk(obj) if is_number(value)]


def set_path(obj: Any, path: Path, value: Any) -> None:
    """Replace the value at ``path``."""
    parent = obj
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = value


def drop_path(obj: Any, path: Path) -> None:
    """Remove the value at ``path`` (a dict key or a list item)."""
    parent = obj
    for step in path[:-1]:
        parent = parent[step]
    del parent[path[-1]]


def with_value(payload: dict[str, Any], path: Path, value: Any) -> dict[str, Any]:
    """A copy of ``payload`` with ``value`` at ``path`` (only the containers on the path are
    copied; ``payload`` is never changed)."""
    out = copy.copy(payload)
    parent: Any = out
    for step in path[:-1]:
        child = copy.copy(parent[step])
        parent[step] = child
        parent = child
    parent[path[-1]] = copy.deepcopy(value)
    return out


def mutate(payload: dict[str, Any], rng: random.Random, *, max_ops: int = 3) -> dict[str, Any]:
    """A deep copy of ``payload`` with 1..max_ops random structure-aware mutations."""
    out = copy.deepcopy(payload)
    for _ in range(rng.randint(1, max_ops)):
        nodes = list(walk(out))
        if not nodes:
            break
        path, value = rng.choice(nodes)
        roll = rng.random()
        if roll < 0.15:
            drop_path(out, path)
        elif isinstance(value, dict | list):
            set_path(out, path, copy.deepcopy(rng.choice(BAD_CONTAINERS)))
        elif is_number(value):
            set_path(out, path, copy.deepcopy(rng.choice(BAD_NUMBERS)))
        else:
            set_path(out, path, copy.deepcopy(rng.choice(BAD_TEXT + BAD_NUMBERS)))
    return out


_SCALARS = (str, bytes, bool, type(None))


def non_finite(obj: Any, where: str = "snapshot") -> list[str]:
    """Where a non-finite float or an overflowing int hides in ``obj`` (dataclasses too)."""
    kind = type(obj)
    if kind is float:
        return [] if math.isfinite(obj) else [f"{where}={obj!r}"]
    if kind is int:
        return [] if abs(obj) < 2**63 else [f"{where}=<{len(str(abs(obj)))}-digit int>"]
    if kind in _SCALARS or isinstance(obj, enum.Enum | str):
        return []
    found: list[str] = []
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for name in obj.__dataclass_fields__:
            found.extend(non_finite(getattr(obj, name), f"{where}.{name}"))
    elif isinstance(obj, dict):
        for key, value in obj.items():
            found.extend(non_finite(value, f"{where}[{key!r}]"))
    elif isinstance(obj, list | tuple | set | frozenset):
        for index, value in enumerate(obj):
            found.extend(non_finite(value, f"{where}[{index}]"))
    elif isinstance(obj, float | int):
        found.extend(non_finite(float(obj) if isinstance(obj, float) else int(obj), where))
    return found
