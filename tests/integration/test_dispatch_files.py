"""Print files: the upload view (auth, size limit, names) and the files websocket commands."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import aiohttp
from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.odin.api.views import UPLOAD_URL
from custom_components.odin.const import DOMAIN
from custom_components.odin.ops import dispatch

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "files"
GCODE = (FIXTURES / "prusaslicer_mk4s.gcode").read_bytes()


@pytest.fixture(autouse=True)
def files_root(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Stored files go to the test's tmp dir."""
    root = tmp_path / "odin_files"
    monkeypatch.setattr(dispatch, "FILES_DIR", (str(root),))
    return root


@pytest.fixture
async def farm(hass: HomeAssistant, tmp_path: Path) -> Any:
    """A farm without printers, upload limit 0.01 MB."""
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="farm",
        data={},
        options={"db_url": f"sqlite:///{tmp_path / 'odin.db'}", "upload_max_mb": 0.01},
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    yield entry
    await hass.config_entries.async_unload(entry.entry_id)


def _form(name: str, data: bytes) -> aiohttp.FormData:
    form = aiohttp.FormData()
    form.add_field("file", data, filename=name, content_type="application/octet-stream")
    return form


async def test_upload_view(
    hass: HomeAssistant,
    farm: MockConfigEntry,
    files_root: Path,
    hass_client: Any,
    hass_client_no_auth: Any,
    hass_read_only_access_token: str,
    hass_ws_client: Any,
) -> None:
    """Admin only; size limit; traversal and other extensions refused; metadata stored;
    a job references the file by hash and queue/list shows its metadata."""
    anonymous = await hass_client_no_auth()
    response = await anonymous.post(UPLOAD_URL, data=_form("a.gcode", GCODE))
    assert response.status == 401
    user = await hass_client(hass_read_only_access_token)
    response = await user.post(UPLOAD_URL, data=_form("a.gcode", GCODE))
    assert response.status == 403

    admin = await hass_client()
    for name in ("../evil.gcode", "..\\evil.gcode", ".hidden.gcode"):
        response = await admin.post(UPLOAD_URL, data=_form(name, GCODE))
        assert response.status == 400, name
        assert (await response.json())["code"] == "invalid_file_name"
    response = await admin.post(UPLOAD_URL, data=_form("notes.txt", b"hello"))
    assert (await response.json())["code"] == "invalid_file_type"
    response = await admin.post(UPLOAD_URL, data=_form("big.gcode", GCODE * 10))
    assert response.status == 413
    response = await admin.post(UPLOAD_URL, data=_form("bad.gcode", b"\x00\x01 not gcode"))
    assert response.status == 400

    response = await admin.post(UPLOAD_URL, data=_form("cube MK4S.gcode", GCODE))
    assert response.status == 200, await response.text()
    body = await response.json()
    file = body["file"]
    assert body["created"] is True
    assert file["name"] == "cube MK4S.gcode"
    assert file["kind"] == "gcode"
    assert file["compatible_models"] == ["MK4S"]
    assert file["metadata"]["printer_model"] == "MK4S"
    stored = files_root / f"{file['hash']}.gcode"
    assert await hass.async_add_executor_job(stored.read_bytes) == GCODE
    assert sorted(p.name for p in files_root.iterdir() if p.is_file()) == [stored.name]

    ws = await hass_ws_client(hass)
    await ws.send_json_auto_id({"type": "odin/files/list"})
    assert [f["hash"] for f in (await ws.receive_json())["result"]["files"]] == [file["hash"]]
    await ws.send_json_auto_id(
        {"type": "odin/queue/add", "file_hash": file["hash"], "options": {"plate": 1}}
    )
    job = (await ws.receive_json())["result"]["jobs"][0]
    assert job["file_hash"] == file["hash"]
    assert job["file"] == "cube MK4S.gcode"
    await ws.send_json_auto_id({"type": "odin/queue/list"})
    item = (await ws.receive_json())["result"]["items"][0]
    assert item["file_info"]["printer_model"] == "MK4S"
    assert item["file_info"]["filament_types"] == ["PLA"]
    # in use: cannot be deleted
    await ws.send_json_auto_id({"type": "odin/files/delete", "hash": file["hash"]})
    assert (await ws.receive_json())["error"]["translation_key"] == "file_in_use"


async def test_register_and_delete(
    hass: HomeAssistant,
    farm: MockConfigEntry,
    files_root: Path,
    hass_ws_client: Any,
    hass_read_only_access_token: str,
) -> None:
    """Register a file already in the folder by plain name; traversal refused; delete."""
    outside = files_root.parent / "outside.gcode"
    await hass.async_add_executor_job(outside.write_bytes, GCODE)
    await hass.async_add_executor_job(
        lambda: (files_root.mkdir(exist_ok=True), (files_root / "mk4s.gcode").write_bytes(GCODE))
    )
    user = await hass_ws_client(hass, hass_read_only_access_token)
    await user.send_json_auto_id({"type": "odin/files/register", "name": "mk4s.gcode"})
    assert (await user.receive_json())["error"]["code"] == "unauthorized"

    ws = await hass_ws_client(hass)
    for name, key in (
        ("../outside.gcode", "invalid_file_name"),
        ("missing.gcode", "file_not_found"),
        ("x.stl", "invalid_file_type"),
    ):
        await ws.send_json_auto_id({"type": "odin/files/register", "name": name})
        assert (await ws.receive_json())["error"]["translation_key"] == key, name
    await ws.send_json_auto_id({"type": "odin/files/register", "name": "mk4s.gcode"})
    file = (await ws.receive_json())["result"]["file"]
    assert file["metadata"]["printer_model"] == "MK4S"
    stored = files_root / f"{file['hash']}.gcode"
    assert await hass.async_add_executor_job(stored.is_file)
    await ws.send_json_auto_id({"type": "odin/files/get", "hash": file["hash"]})
    assert (await ws.receive_json())["result"]["file"]["size"] == len(GCODE)
    await ws.send_json_auto_id({"type": "odin/files/delete", "hash": file["hash"]})
    assert (await ws.receive_json())["success"]
    assert not await hass.async_add_executor_job(stored.exists)
    await ws.send_json_auto_id({"type": "odin/files/get", "hash": file["hash"]})
    assert (await ws.receive_json())["error"]["translation_key"] == "unknown_file"


async def test_upload_view_answers_400_to_malformed_requests(
    hass: HomeAssistant, farm: MockConfigEntry, files_root: Path, hass_client: Any
) -> None:
    """Broken multipart bodies are the client's error (400), never a server error, and leave
    no file behind."""
    admin = await hass_client()
    boundary = "XyZ"
    bodies = {
        "header without colon": (
            f"--{boundary}\r\nContent-Disposition form-data; name=file\r\n\r\nG1\r\n"
            f"--{boundary}--\r\n"
        ),
        "no closing boundary": (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; '
            f'filename="a.gcode"\r\n\r\nG1 X1\r\n'
        ),
        "garbage before the first boundary only": "not a multipart body at all",
        "bad disposition": (
            f"--{boundary}\r\nContent-Disposition: ;;;==\r\n\r\nG1\r\n--{boundary}--\r\n"
        ),
    }
    for label, body in bodies.items():
        response = await admin.post(
            UPLOAD_URL,
            data=body.encode(),
            headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
        )
        assert response.status == 400, (label, response.status, await response.text())
    response = await admin.post(
        UPLOAD_URL, data=b"--x\r\n", headers={"Content-Type": "multipart/form-data"}
    )
    assert response.status == 400  # no boundary at all
    leftovers = [p for p in files_root.rglob("*") if p.is_file()]
    assert leftovers == []
