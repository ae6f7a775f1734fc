"""Is the file whole? Truncation and damage checks per format (reason codes in ``common``).

- **G-code**: the slicer's last block must be there: PrusaSlicer/SuperSlicer end with
  ``; prusaslicer_config = end`` (``; SuperSlicer_config = end``); Orca/Bambu files with a
  ``; HEADER_BLOCK_START`` end with ``; CONFIG_BLOCK_END`` (config at the end, Orca) or
  ``; EXECUTABLE_BLOCK_END`` (config at the top, Bambu); CuraEngine ends the G-code with
  ``;End of Gcode``, and Cura's ``;SETTING_3`` block after it must parse.
- **.bgcode**: every block's header and data fit in the file, and each CRC32 matches (see
  ``bgcode.py``, which walks the blocks).
- **3MF**: ``Metadata/plate_N.gcode`` matches ``Metadata/plate_N.gcode.md5`` (Bambu Studio,
  Orca) and every member read unpacks with a good CRC (``threemf.py``).

Files of an unknown slicer have no marker to check: None (not judged).
"""

from __future__ import annotations

from collections.abc import Set
from typing import Final

from .common import (
    INTEGRITY_CONFIG_MISSING,
    INTEGRITY_SETTINGS_CUT,
    INTEGRITY_TRUNCATED,
)

_PRUSA_FAMILY: Final = frozenset({"prusaslicer", "superslicer", "slic3r", "slic3r++"})


def gcode_problem(
    slicer: str | None,
    head: Set[str],
    tail: Set[str],
    cura_settings_ok: bool | None,
) -> str | None:
    """The reason code for a G-code text whose end is missing, else None.

    ``head``/``tail``: the markers seen in the scanned head and tail (the same set for a
    file scanned whole); ``cura_settings_ok``: None without a ``;SETTING_3`` block, else
    whether it parsed.
    """
    family = (slicer or "").casefold()
    seen = set(head) | set(tail)
    if family in _PRUSA_FAMILY or "config_begin" in seen:
        if "config_end" in tail:
            return None
        return INTEGRITY_TRUNCATED if "config_begin" in seen else INTEGRITY_CONFIG_MISSING
    if "block_header_start" in head:
        # Orca: header, moves, config block last; Bambu Studio: header, config block, then
        # the moves in an EXECUTABLE block. Every block opened must be closed.
        for start, end in (
            ("block_config_start", "block_config_end"),
            ("block_exec_start", "block_exec_end"),
        ):
            if start in seen and end not in seen:
                return INTEGRITY_TRUNCATED
        return None if "block_config_start" in seen else INTEGRITY_CONFIG_MISSING
    if family == "cura":
        if "cura_end" not in tail:
            return INTEGRITY_TRUNCATED
        if cura_settings_ok is False:
            return INTEGRITY_SETTINGS_CUT
    return None
