"""PrusaLink storage as real printers report it: the client finds the storage to upload to
(``/api/v1/storage`` in every firmware shape, else ``/api/v1/status``, else ``usb``) and an
upload + start works on the Raspberry-Pi PrusaLink (MK3S, ``/local``) as on Buddy (``usb``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings, strategies as st
import pytest

from custom_components.odin.printers.model import RunEventType, UploadError
from custom_components.odin.printers.prusalink.storage import (
    StorageInfo,
    choose_storage,
    parse_storages,
    segment_of,
)
from simulators.fixtures_prusalink import (
    PrusaLinkClientFactory,
    PrusaLinkSimFactory,
    prusalink_client,
    prusalink_session,
    prusalink_sim,
)
from simulators.prusalink import PrusaLinkSimulator

from .prusalink_openapi import validator

__all__ = ["prusalink_client", "prusalink_session", "prusalink_sim"]

GCODE = Path(__file__).resolve().parent.parent / "fixtures" / "files" / "prusaslicer_mk4s.gcode"

# what the Raspberry-Pi PrusaLink 0.8.1 answers (its /local folder and the printer's SD card)
PI_STORAGE = {
    "storage_list": [
        {
            "type": "LOCAL",
            "path": "/local",
            "available": True,
            "free_space": 12_000_000_000,
            "total_space": 15_000_000_000,
            "read_only": False,
            "name": "PrusaLink gcodes",
            "print_files": 1234,
            "system_files": 56,
        },
        {"type": "SDCARD", "path": "/sdcard", "available": False},
    ]
}
PI_STATUS_STORAGE = [  # /api/v1/status.storage of the Pi PrusaLink 0.8.1: an array
    {
        "path": "/local",
        "read_only": False,
        "free_space": 12_000_000_000,
        "name": "PrusaLink gcodes",
    },
    {"path": "/sdcard", "read_only": True},
]
BUDDY_STORAGE = {
    "storage_list": [
        {"name": "usb", "type": "USB", "path": "/usb/", "available": True, "read_only": False}
    ]
}


def chosen(value: Any) -> str:
    pick = choose_storage(parse_storages(value))
    assert isinstance(pick, StorageInfo), pick
    return pick.segment


# ---- parsing and choice (pure) -------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "segment"),
    [
        (PI_STORAGE, "local"),  # the spec's shape, Pi
        (BUDDY_STORAGE, "usb"),  # the spec's shape, Buddy
        (PI_STORAGE["storage_list"], "local"),  # an array at the top level
        (PI_STATUS_STORAGE, "local"),  # the Pi's status array
        ({"name": "usb", "path": "/usb/", "read_only": False}, "usb"),  # Buddy status object
        ({"local": {"free_space": 1, "total_space": 2}, "sd_card": None}, "local"),  # keyed
        ({"sdcard": {"read_only": True}, "local": {"available": True}}, "local"),
        ({"storage_list": [{"type": "USB", "available": True}]}, "usb"),  # no path: the type
        # the first confirmed writable one wins over one the printer says nothing about
        ([{"path": "/a"}, {"path": "/b", "available": True, "read_only": False}], "b"),
        # nothing usable described at all: usb (older Buddy firmware)
        (None, "usb"),
        ({}, "usb"),
        ({"storage_list": []}, "usb"),
        ("local", "usb"),
        ([1, None, "x", {"path": 5.5}, {"path": "/../etc"}, {"path": "a/b"}], "usb"),
    ],
)
def test_every_firmware_shape_gives_the_storage_to_upload_to(value: Any, segment: str) -> None:
    assert chosen(value) == segment


def test_paths_become_url_segments() -> None:
    assert segment_of("/local") == "local"
    assert segment_of("/usb/") == "usb"
    assert segment_of("usb") == "usb"
    for bad in ("", "/", "/a/b", "..", "/x y", None, True, {"p": 1}, "/ü"):
        assert segment_of(bad) is None


def test_no_writable_storage_says_why() -> None:
    read_only = choose_storage(parse_storages([{"path": "/sdcard", "read_only": True}]))
    assert read_only == "the printer's storage is read-only ('sdcard')"
    absent = choose_storage(
        parse_storages({"storage_list": [{"type": "USB", "path": "/usb/", "available": False}]})
    )
    assert isinstance(absent, str)
    assert "no storage is available" in absent
    assert "USB drive" in absent
    mixed = choose_storage(
        parse_storages(
            [{"path": "/local", "available": False}, {"path": "/sdcard", "read_only": True}]
        )
    )
    assert mixed == "the printer's storage is read-only ('sdcard')"


@pytest.mark.parametrize(
    "garbage",
    [
        {"storage_list": {"path": "/local"}},
        {"storage_list": "x"},
        {"storage_list": [[{"path": "/usb"}]]},
        [{"path": float("nan")}, {"type": 7}, {"type": "FLOPPY"}],
        {"x": [1, 2], "y": "z", "1e999": {"available": "yes"}},
        [{"path": "/local", "available": "true", "read_only": 0}] * 100,
    ],
)
def test_garbage_never_raises(garbage: Any) -> None:
    result = choose_storage(parse_storages(garbage))
    assert isinstance(result, StorageInfo | str)
    assert len(parse_storages(garbage)) <= 16


JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=12)
    | st.sampled_from(["/local", "/usb/", "USB", "LOCAL", "SDCARD", "storage_list", "path"]),
    lambda inner: st.lists(inner, max_size=5)
    | st.dictionaries(
        st.sampled_from(["storage_list", "path", "type", "available", "read_only", "name", "local"])
        | st.text(max_size=6),
        inner,
        max_size=6,
    ),
    max_leaves=30,
)


@settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(JSON)
def test_any_json_gives_a_storage_or_a_reason(value: Any) -> None:
    result = choose_storage(parse_storages(value))
    if isinstance(result, StorageInfo):
        assert segment_of("/" + result.segment) == result.segment  # a safe URL segment
        assert result.writable
    else:
        assert result  # a reason for the user


# ---- against the simulator -----------------------------------------------------------------


@pytest.fixture(autouse=True)
def _answers_match_the_spec(prusalink_sim: PrusaLinkSimFactory) -> Iterator[None]:
    """Every answer validates against the spec, except the real off-spec shapes a test asks
    for: the Pi's status storage array, the 404 of firmware without /api/v1/storage."""
    yield
    spec = validator()
    problems = [
        problem
        for sim in prusalink_sim.sims
        for e in sim.exchanges
        if not (sim.status_storage == "array" and e.path == "/api/v1/status")
        and not (not sim.storage_endpoint and e.path == "/api/v1/storage")
        for problem in spec.check(e.method, e.path, e.status, e.content_type, e.body)
    ]
    assert not problems, "\n".join(problems)


async def connected(
    prusalink_sim: PrusaLinkSimFactory, prusalink_client: PrusaLinkClientFactory, **kwargs: Any
) -> tuple[PrusaLinkSimulator, Any, Any]:
    sim = await prusalink_sim(**kwargs)
    sim.upload_job_s = 0.3
    client, rec = await prusalink_client(sim)
    await rec.wait_for(lambda: rec.last is not None and rec.last.online)
    return sim, client, rec


def puts(sim: PrusaLinkSimulator) -> list[tuple[str, int]]:
    return [(e.path, e.status) for e in sim.exchanges if e.method == "PUT"]


@pytest.mark.parametrize(
    ("model", "auth", "segment"),
    [
        ("MK3S", {}, "local"),  # Pi PrusaLink 0.8 with Digest
        ("MK3S", {"password": None, "api_key": "k3y"}, "local"),  # ... or its API key
        ("MK2.5S", {}, "local"),
        ("MK4S", {}, "usb"),
        ("CORE One", {}, "usb"),
    ],
)
async def test_upload_and_start_goes_to_the_storage_the_printer_has(
    prusalink_sim: PrusaLinkSimFactory,
    prusalink_client: PrusaLinkClientFactory,
    model: str,
    auth: dict[str, Any],
    segment: str,
) -> None:
    sim, client, rec = await connected(prusalink_sim, prusalink_client, model=model, **auth)
    data = GCODE.read_bytes()
    result = await client.async_upload_and_start("Bracket v2.gcode", data)
    assert result.remote_name == "Bracket_v2.gcode"
    assert sim.files == {f"{segment}/Bracket_v2.gcode": data}
    assert puts(sim) == [(f"/api/v1/files/{segment}/Bracket_v2.gcode", 201)]  # sent once
    assert sim.request_counts["GET /api/v1/storage"] == 1
    started = await rec.wait_event(RunEventType.JOB_STARTED)
    assert started.data["file_name"] == "Bracket_v2.gcode"
    ended = await rec.wait_event(RunEventType.JOB_ENDED)
    assert ended.data["outcome"] == "success"


async def test_pi_prusalink_with_its_real_status_shape_and_no_storage_endpoint(
    prusalink_sim: PrusaLinkSimFactory, prusalink_client: PrusaLinkClientFactory
) -> None:
    """The shape that hid the bug: the status lists storage as an array; without
    /api/v1/storage the client reads that array (not ``usb``)."""
    sim, client, rec = await connected(
        prusalink_sim,
        prusalink_client,
        model="MK3S",
        storage_endpoint=False,
        status_storage="array",
    )
    await client.async_upload_and_start(GCODE.name, GCODE.read_bytes())
    assert list(sim.files) == [f"local/{GCODE.name}"]
    assert ("/api/v1/storage", 404) in {(e.path, e.status) for e in sim.exchanges}
    ended = await rec.wait_event(RunEventType.JOB_ENDED)
    assert ended.data["outcome"] == "success"


async def test_pi_prusalink_real_status_array_with_the_storage_endpoint(
    prusalink_sim: PrusaLinkSimFactory, prusalink_client: PrusaLinkClientFactory
) -> None:
    sim, client, _rec = await connected(
        prusalink_sim, prusalink_client, model="MK3S", status_storage="array"
    )
    await client.async_upload_and_start(GCODE.name, GCODE.read_bytes())
    assert list(sim.files) == [f"local/{GCODE.name}"]
    assert sim.request_counts["GET /api/v1/status"] >= 1  # polling still parses that status


async def test_buddy_without_storage_endpoint_or_status_storage_uses_usb(
    prusalink_sim: PrusaLinkSimFactory, prusalink_client: PrusaLinkClientFactory
) -> None:
    sim, client, _rec = await connected(
        prusalink_sim, prusalink_client, model="MINI", storage_endpoint=False, status_storage="none"
    )
    await client.async_upload_and_start(GCODE.name, GCODE.read_bytes())
    assert list(sim.files) == [f"usb/{GCODE.name}"]


async def test_no_usb_drive_refuses_before_sending(
    prusalink_sim: PrusaLinkSimFactory, prusalink_client: PrusaLinkClientFactory
) -> None:
    sim, client, _rec = await connected(
        prusalink_sim, prusalink_client, model="MK4S", storage_available=False
    )
    with pytest.raises(UploadError) as info:
        await client.async_upload_and_start(GCODE.name, GCODE.read_bytes())
    assert (info.value.stage, info.value.reason) == ("prepare", "storage")
    assert "USB drive" in str(info.value)
    assert puts(sim) == []
    assert sim.job is None


async def test_simulator_refuses_a_storage_the_model_does_not_have(
    prusalink_sim: PrusaLinkSimFactory, prusalink_client: PrusaLinkClientFactory
) -> None:
    """A Pi PrusaLink has no ``usb``: a PUT there is 404 (what the old client hit) and
    starts nothing."""
    sim, client, _rec = await connected(prusalink_sim, prusalink_client, model="MK3S")
    http = client._http  # the client's own transport (auth included)
    answer = await http.request("PUT", f"/api/v1/files/usb/{GCODE.name}")
    assert answer.status == 404
    assert sim.files == {}
    assert sim.job is None
