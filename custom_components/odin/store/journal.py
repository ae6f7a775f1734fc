"""Durable writes: write functions whose arguments can be written down, and their journal.

A fire-and-forget write that cannot land (disk full, database locked, server down) is kept in
memory by the writer and, when it is a *described* write, also appended to a small journal
file so that it survives a restart:

* A write is described when it is ``functools.partial(fn, …)`` of a function registered with
  :func:`durable_write` and every argument is plain data: ``None``, ``bool``, ``int``, finite
  or non-finite ``float``, ``str``, aware ``datetime``, lists, tuples, mappings, and the enums
  and frozen dataclasses registered with :func:`journal_types` (the run operations, audit
  entries). Anything else (a lambda, an unknown object) stays in memory only.
* The journal is JSON lines, append-only: ``{"seq": n, "w": name, "a": [...], "k": {...}}``
  for a pending write and ``{"done": n}`` once it landed; the writer deletes the file when
  nothing journaled is pending. A torn last line (crash mid-append) is skipped.

The registry is a whitelist: replaying a journal only ever calls registered store functions
and builds registered types, never anything named by the file alone.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
import contextlib
import dataclasses
from datetime import datetime
from enum import Enum
import functools
import importlib
import json
import logging
import math
import os
from pathlib import Path
from typing import IO, Any, Final

_LOGGER = logging.getLogger(__name__)

JOURNAL_FORMAT: Final = 1
# Store modules whose durable writes a journal may name (imported before a replay).
_WRITE_MODULES: Final = ("runs", "audit", "printers", "spools")

_WRITES: dict[str, Callable[..., object]] = {}
_NAMES: dict[Callable[..., object], str] = {}
_TYPES: dict[str, type] = {}


class JournalError(Exception):
    """A journal entry that cannot be turned back into a write."""


class _NotDescribable(Exception):
    """A value the journal cannot write down."""


def durable_write[F: Callable[..., object]](fn: F) -> F:
    """Register a store write function so that ``partial(fn, …)`` writes can be journaled.

    The name in the journal is ``<module>.<function>`` (e.g. ``runs.apply_ops``): renaming a
    registered function orphans journals written by older code (their entries are logged and
    skipped on replay).
    """
    name = f"{fn.__module__.rsplit('.', 1)[-1]}.{fn.__name__}"
    if _WRITES.get(name, fn) is not fn:
        raise ValueError(f"durable write {name} registered twice")
    _WRITES[name] = fn
    _NAMES[fn] = name
    return fn


def journal_types(*classes: type) -> None:
    """Allow these enums and frozen dataclasses as journaled argument values."""
    for cls in classes:
        if not (issubclass(cls, Enum) or dataclasses.is_dataclass(cls)):
            raise TypeError(f"{cls!r} is neither an enum nor a dataclass")
        known = _TYPES.setdefault(cls.__name__, cls)
        if known is not cls:
            raise ValueError(f"journal type name {cls.__name__} used twice")


def _load_write_modules() -> None:
    for module in _WRITE_MODULES:
        importlib.import_module(f"{__package__}.{module}")


# ---------------------------------------------------------------------------- codec


def _enc(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else {"$t": "float", "v": repr(value)}
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise _NotDescribable("naive datetime")
        return {"$t": "dt", "v": value.isoformat()}
    if isinstance(value, Enum):
        if _TYPES.get(type(value).__name__) is not type(value):
            raise _NotDescribable(type(value).__name__)
        return {"$t": "enum", "c": type(value).__name__, "v": _enc(value.value)}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        cls = type(value)
        if _TYPES.get(cls.__name__) is not cls:
            raise _NotDescribable(cls.__name__)
        fields = {f.name: _enc(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init}
        return {"$t": "dc", "c": cls.__name__, "v": fields}
    if isinstance(value, list):
        return [_enc(item) for item in value]
    if isinstance(value, tuple):
        return {"$t": "tuple", "v": [_enc(item) for item in value]}
    if isinstance(value, Mapping):
        if all(isinstance(key, str) for key in value) and "$t" not in value:
            return {key: _enc(item) for key, item in value.items()}
        return {"$t": "map", "v": [[_enc(k), _enc(v)] for k, v in value.items()]}
    raise _NotDescribable(type(value).__name__)


def _dec(value: Any) -> Any:
    if isinstance(value, list):
        return [_dec(item) for item in value]
    if not isinstance(value, dict):
        return value
    tag = value.get("$t")
    if tag is None:
        return {key: _dec(item) for key, item in value.items()}
    raw: Any = value.get("v")
    match tag:
        case "float":
            return float(raw)
        case "dt":
            return datetime.fromisoformat(raw)
        case "tuple":
            return tuple(_dec(item) for item in raw)
        case "map":
            return {_dec(k): _dec(v) for k, v in raw}
        case "enum" | "dc":
            cls = _TYPES.get(value.get("c", ""))
            if cls is None:
                raise JournalError(f"unknown journal type {value.get('c')!r}")
            if tag == "enum":
                return cls(_dec(raw))
            return cls(**{key: _dec(item) for key, item in raw.items()})
    raise JournalError(f"unknown journal tag {tag!r}")


def describe(fn: Callable[..., object]) -> dict[str, Any] | None:
    """The journal form of a write, or None when it cannot be written down."""
    if not isinstance(fn, functools.partial):
        return None
    name = _NAMES.get(fn.func)
    if name is None:
        return None
    try:
        return {
            "w": name,
            "a": [_enc(arg) for arg in fn.args],
            "k": {key: _enc(arg) for key, arg in fn.keywords.items()},
        }
    except _NotDescribable as err:
        _LOGGER.debug("Write %s not journaled: %s is not plain data", name, err)
        return None


def restore(record: Mapping[str, Any]) -> Callable[..., object]:
    """The write a journal entry describes (a ``partial`` of its registered function)."""
    _load_write_modules()
    fn = _WRITES.get(str(record.get("w")))
    if fn is None:
        raise JournalError(f"unknown durable write {record.get('w')!r}")
    try:
        args = [_dec(arg) for arg in record.get("a", [])]
        kwargs = {str(key): _dec(arg) for key, arg in dict(record.get("k", {})).items()}
    except (TypeError, ValueError, AttributeError) as err:
        raise JournalError(f"bad arguments for {record.get('w')}: {err}") from err
    return functools.partial(fn, *args, **kwargs)


# ---------------------------------------------------------------------------- file


class Journal:
    """The append-only journal file. Used by the writer thread only."""

    def __init__(self, path: Path) -> None:
        """Journal at ``path`` (not created until the first append)."""
        self.path = path
        self._handle: IO[str] | None = None

    def load(self) -> tuple[list[tuple[int, dict[str, Any]]], int]:
        """Pending entries ``(seq, record)`` in order, and the next free sequence number."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return [], 1
        entries: dict[int, dict[str, Any]] = {}
        done: set[int] = set()
        last = 0
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                if "done" in item:
                    done.add(int(item["done"]))
                    continue
                seq = int(item["seq"])
            except (ValueError, TypeError, KeyError):
                _LOGGER.warning("Skipping unreadable line %s of %s", number, self.path)
                continue
            entries[seq] = item
            last = max(last, seq)
        pending = [(seq, entries[seq]) for seq in sorted(entries) if seq not in done]
        return pending, last + 1

    def append(self, seq: int, record: Mapping[str, Any]) -> None:
        """Write one pending entry durably (flush + fsync). Raises ``OSError``."""
        self._write({"seq": seq, "v": JOURNAL_FORMAT, **record}, sync=True)

    def done(self, seq: int) -> None:
        """Mark an entry as landed. Raises ``OSError``."""
        self._write({"done": seq}, sync=True)

    def clear(self) -> None:
        """Nothing journaled is pending: delete the file."""
        self.close()
        try:
            self.path.unlink(missing_ok=True)
        except OSError as err:
            _LOGGER.warning("Cannot delete the write journal %s: %s", self.path, err)

    def close(self) -> None:
        """Close the file handle (the file stays)."""
        if self._handle is not None:
            handle, self._handle = self._handle, None
            with contextlib.suppress(OSError):
                handle.close()

    def _write(self, item: Mapping[str, Any], *, sync: bool) -> None:
        line = json.dumps(item, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        try:
            if self._handle is None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._handle = self.path.open("a", encoding="utf-8")
                if self._torn_tail():
                    self._handle.write("\n")  # a crash cut the last line: start a new one
            self._handle.write(line + "\n")
            self._handle.flush()
            if sync:
                os.fsync(self._handle.fileno())
        except OSError:
            self.close()  # reopen (and append after whatever landed) next time
            raise

    def _torn_tail(self) -> bool:
        try:
            with self.path.open("rb") as raw:
                if raw.seek(0, os.SEEK_END) == 0:
                    return False
                raw.seek(-1, os.SEEK_END)
                return raw.read(1) != b"\n"
        except OSError:
            return False
