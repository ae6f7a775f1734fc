"""printers/upload.py and the project_file command: safe names, progress, the streamed body."""

from __future__ import annotations

import asyncio
from pathlib import Path
import threading

import pytest

from custom_components.odin.printers.bambu.ftps import (
    BAMBU_EXTENSIONS,
    parse_ack,
    project_file_command,
)
from custom_components.odin.printers.model import PrinterClientError, StartError, UploadError
from custom_components.odin.printers.upload import (
    FileSource,
    Progress,
    StreamPayload,
    multipart_form,
    safe_remote_name,
)

GCODE = (".gcode", ".g", ".gco")


@pytest.mark.parametrize(
    ("name", "allowed", "expected"),
    [
        ("bracket.gcode.3mf", BAMBU_EXTENSIONS, "bracket.gcode.3mf"),
        ("Bracket.GCODE.3MF", BAMBU_EXTENSIONS, "Bracket.gcode.3mf"),
        ("plain.3mf", BAMBU_EXTENSIONS, "plain.3mf"),
        ("../../etc/passwd.gcode", GCODE, "passwd.gcode"),
        ("C:\\Users\\me\\part one.gcode", GCODE, "part_one.gcode"),
        (".hidden.gcode", GCODE, "hidden.gcode"),
        ("-rf.gcode", GCODE, "rf.gcode"),
        ("a..b...c.gcode", GCODE, "a.b.c.gcode"),
        ("ünïcødé name.gcode", GCODE, "unic_de_name.gcode"),
        ("..gcode", GCODE, "print.gcode"),
        ("/.gcode", GCODE, "print.gcode"),
        ("x" * 300 + ".gcode", GCODE, "x" * 122 + ".gcode"),
        ("part.g", GCODE, "part.g"),
    ],
)
def test_safe_remote_name(name: str, allowed: tuple[str, ...], expected: str) -> None:
    safe = safe_remote_name(name, allowed)
    assert safe == expected
    assert "/" not in safe
    assert "\\" not in safe
    assert not safe.startswith((".", "-"))
    assert len(safe) <= 128


@pytest.mark.parametrize("name", ["part.stl", "part.gcode.txt", "", "gcode"])
def test_unsafe_extension_is_refused(name: str) -> None:
    with pytest.raises(UploadError) as info:
        safe_remote_name(name, GCODE)
    assert (info.value.stage, info.value.reason) == ("prepare", "file_type")


def test_error_hierarchy() -> None:
    err = StartError("nope")
    assert isinstance(err, UploadError)
    assert isinstance(err, PrinterClientError)
    assert (err.stage, err.reason) == ("start", "rejected")
    assert UploadError("x").stage == "upload"


def test_progress_is_throttled_and_ends_at_total() -> None:
    seen: list[tuple[int, int]] = []
    progress = Progress(lambda sent, total: seen.append((sent, total)), 10_000_000)
    progress.start()
    for _ in range(1000):
        progress.advance(10_000)
    assert seen[0] == (0, 10_000_000)
    assert seen[-1] == (10_000_000, 10_000_000)
    assert len(seen) <= 102


async def test_progress_from_a_thread_runs_on_the_loop() -> None:
    loop = asyncio.get_running_loop()
    seen: list[int] = []
    progress = Progress(lambda sent, _total: seen.append(sent), 100, loop)
    await asyncio.to_thread(progress.advance, 100)
    await asyncio.sleep(0)
    assert seen == [100]


async def test_progress_start_from_a_thread_runs_on_the_loop() -> None:
    """The FTPS worker reports "0 bytes sent" from its thread: the callback still runs on the
    loop thread (HA's dispatcher refuses calls from other threads)."""
    loop = asyncio.get_running_loop()
    threads: list[int] = []
    progress = Progress(lambda _sent, _total: threads.append(threading.get_ident()), 100, loop)
    await asyncio.to_thread(progress.start)
    await asyncio.sleep(0)
    assert threads == [threading.get_ident()]


class _Writer:
    def __init__(self) -> None:
        self.data = bytearray()

    async def write(self, chunk: bytes) -> None:
        self.data += chunk


async def test_stream_payload_can_be_written_twice(tmp_path: Path) -> None:
    path = tmp_path / "f.gcode"
    path.write_bytes(bytes(range(256)) * 1000)
    source = await FileSource.create(path)
    assert source.size == 256_000
    prefix, suffix, content_type = multipart_form({"root": "gcodes"}, "file", "f.gcode")
    seen: list[int] = []
    payload = StreamPayload(
        source,
        content_type=content_type,
        progress=Progress(lambda sent, _t: seen.append(sent), source.size),
        prefix=prefix,
        suffix=suffix,
    )
    assert payload.size == len(prefix) + 256_000 + len(suffix)
    first, second = _Writer(), _Writer()
    await payload.write(first)  # type: ignore[arg-type]
    await payload.write_with_length(second, None)  # type: ignore[arg-type]
    assert bytes(first.data) == bytes(second.data) == prefix + path.read_bytes() + suffix
    assert seen[-1] == 256_000
    assert await payload.as_bytes() == bytes(first.data)
    assert content_type.startswith("multipart/form-data; boundary=odin-")
    assert b'name="root"\r\n\r\ngcodes\r\n' in prefix
    assert b'filename="f.gcode"' in prefix


async def test_file_source_errors(tmp_path: Path) -> None:
    with pytest.raises(UploadError) as info:
        await FileSource.create(tmp_path / "missing.gcode")
    assert (info.value.stage, info.value.reason) == ("prepare", "unreadable")
    with pytest.raises(UploadError):
        await FileSource.create(tmp_path)  # a directory
    source = await FileSource.create(b"abc")
    assert await source.sha256() == (
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    )


def test_project_file_command() -> None:
    command = project_file_command(
        "42",
        "bracket.gcode.3mf",
        plate=3,
        ams_mapping=[4, -1, 254],
        bed_leveling=False,
        timelapse=True,
    )
    body = command["print"]
    assert body["sequence_id"] == "42"
    assert body["command"] == "project_file"
    assert body["param"] == "Metadata/plate_3.gcode"
    assert body["url"] == "ftp:///bracket.gcode.3mf"
    assert body["file"] == "bracket.gcode.3mf"
    assert body["subtask_name"] == "bracket"
    assert (body["bed_leveling"], body["bed_levelling"], body["timelapse"]) == (False, False, True)
    assert body["use_ams"] is True
    assert body["ams_mapping"] == [4, -1, 254]
    assert body["bed_type"] == "auto"
    assert all(body[k] == "0" for k in ("project_id", "profile_id", "task_id", "subtask_id"))
    external = project_file_command(
        "1", "x.3mf", plate=1, ams_mapping=[254], bed_leveling=True, timelapse=False
    )["print"]
    assert external["use_ams"] is False
    assert "ams_mapping" not in external


def test_parse_ack() -> None:
    ack = b'{"print":{"command":"project_file","sequence_id":"7","result":"SUCCESS"}}'
    assert parse_ack(ack, "project_file") == (
        "7",
        {"command": "project_file", "sequence_id": "7", "result": "SUCCESS"},
    )
    assert parse_ack(b'{"print":{"command":"push_status"}}', "project_file") is None
    assert (
        parse_ack(b'{"print":{"command":"project_file","sequence_id":"7"}}', "project_file") is None
    )
    assert parse_ack(b"project_file{not json", "project_file") is None
