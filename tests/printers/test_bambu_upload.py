"""BambuClient.async_upload_and_start against the simulator: implicit FTPS (real TLS, session
reuse) into the simulated SD card, then print.project_file over the real mosquitto broker."""

from __future__ import annotations

import asyncio
import ftplib
import io
from pathlib import Path
import socket
import ssl
import threading

import pytest

from custom_components.odin.printers.bambu import BambuClient, BambuConfig, build_ssl_context
from custom_components.odin.printers.model import (
    RunEventType,
    StartError,
    UploadError,
    UploadOptions,
    UploadResult,
)
from simulators.bambu import BambuSimulator
from simulators.certs import server_cert, sim_ca, unrelated_ca
from simulators.fixtures import BambuClientFactory, BambuSimFactory, Recorder, bambu_config
from simulators.ftps import FtpsServer

FILES = Path(__file__).resolve().parent.parent / "fixtures" / "files"
TWO_PLATES = FILES / "bambu_p1s_two_plates.gcode.3mf"
X1C = FILES / "bambu_x1c_bracket.gcode.3mf"


def online(rec: Recorder) -> bool:
    return rec.last is not None and rec.last.online


async def connected(
    bambu_sim: BambuSimFactory, bambu_client: BambuClientFactory, **sim_kwargs: object
) -> tuple[BambuSimulator, BambuClient, Recorder]:
    sim = await bambu_sim(report_interval_s=0.2, **sim_kwargs)
    client, rec = await bambu_client(sim)
    await rec.wait_for(lambda: online(rec) and client.connected)
    return sim, client, rec


def commands(sim: BambuSimulator) -> list[str]:
    return [str(body.get("command")) for c in sim.received_commands for body in c.values()]


async def test_upload_and_start_plate_two(
    bambu_sim: BambuSimFactory, bambu_client: BambuClientFactory
) -> None:
    sim = await bambu_sim(model="C12", report_interval_s=0.2)
    sim.upload_job_s = 0.5
    client, rec = await bambu_client(sim)
    await rec.wait_for(lambda: online(rec) and client.connected)
    data = TWO_PLATES.read_bytes()
    progress: list[tuple[int, int]] = []
    result = await client.async_upload_and_start(
        TWO_PLATES.name,
        data,
        UploadOptions(plate=2, ams_mapping=(-1, -1, 0), bed_leveling=True, timelapse=False),
        progress=lambda sent, total: progress.append((sent, total)),
    )
    assert result == UploadResult(remote_name=TWO_PLATES.name, size=len(data), plate=2)
    assert sim.ftps is not None
    assert sim.ftps.read_file(TWO_PLATES.name) == data  # arrived intact
    assert [s.session_reused for s in sim.ftps.stored] == [True]
    assert progress[0] == (0, len(data))
    assert progress[-1] == (len(data), len(data))
    assert [p[0] for p in progress] == sorted(p[0] for p in progress)
    (command,) = sim.project_files
    assert command["param"] == "Metadata/plate_2.gcode"
    assert command["url"] == f"ftp:///{TWO_PLATES.name}"
    assert command["subtask_name"] == "bambu_p1s_two_plates"
    assert command["ams_mapping"] == [-1, -1, 0]
    assert command["use_ams"] is True
    assert (command["bed_leveling"], command["bed_levelling"]) == (True, True)
    assert command["timelapse"] is False
    started = await rec.wait_event(RunEventType.JOB_STARTED)
    assert started.data["job_name"] == "bambu_p1s_two_plates"
    assert started.data["file_name"] == TWO_PLATES.name  # P1S reports the 3MF name
    await sim.wait_state("FINISH")


async def test_upload_from_a_path_with_an_unsafe_name(
    bambu_sim: BambuSimFactory, bambu_client: BambuClientFactory, tmp_path: Path
) -> None:
    sim, client, rec = await connected(bambu_sim, bambu_client)
    path = tmp_path / "bracket.gcode.3mf"
    path.write_bytes(X1C.read_bytes())
    result = await client.async_upload_and_start(
        "../../etc/my bracket (v2)!.gcode.3mf", path, UploadOptions(plate=1, ams_mapping=None)
    )
    assert result.remote_name == "my_bracket_v2.gcode.3mf"
    assert sim.ftps is not None
    assert sim.ftps.read_file(result.remote_name) == path.read_bytes()
    (command,) = sim.project_files
    assert command["use_ams"] is False
    assert "ams_mapping" not in command
    assert command["param"] == "Metadata/plate_1.gcode"
    # X1 reports /data/Metadata/plate_1.gcode as its file
    started = await rec.wait_event(RunEventType.JOB_STARTED)
    assert started.data["job_name"] == "my_bracket_v2"


@pytest.mark.parametrize(
    ("name", "reason"),
    [("part.gcode", "file_type"), ("part.stl", "file_type")],
)
async def test_wrong_file_type_sends_nothing(
    bambu_sim: BambuSimFactory, bambu_client: BambuClientFactory, name: str, reason: str
) -> None:
    sim, client, _rec = await connected(bambu_sim, bambu_client)
    with pytest.raises(UploadError) as info:
        await client.async_upload_and_start(name, b"G28\n")
    assert (info.value.stage, info.value.reason) == ("prepare", reason)
    assert sim.ftps is not None
    assert sim.ftps.commands == []


async def test_not_connected(bambu_sim: BambuSimFactory, bambu_client: BambuClientFactory) -> None:
    sim, client, rec = await connected(bambu_sim, bambu_client)
    await sim.stop_broker()
    await rec.wait_for(lambda: not client.connected)
    with pytest.raises(UploadError) as info:
        await client.async_upload_and_start(X1C.name, X1C.read_bytes())
    assert (info.value.stage, info.value.reason) == ("prepare", "not_connected")
    assert sim.ftps is not None
    assert sim.ftps.stored == []


@pytest.mark.parametrize(("fail", "reason"), [("refuse", "refused"), ("drop", "network")])
async def test_upload_failure_starts_nothing(
    bambu_sim: BambuSimFactory, bambu_client: BambuClientFactory, fail: str, reason: str
) -> None:
    sim, client, _rec = await connected(bambu_sim, bambu_client)
    assert sim.ftps is not None
    sim.ftps.fail_stor = fail
    sim.ftps.drop_after = 64 * 1024
    with pytest.raises(UploadError) as info:
        await client.async_upload_and_start("big.gcode.3mf", X1C.read_bytes() + b"\0" * 400_000)
    assert (info.value.stage, info.value.reason) == ("upload", reason), str(info.value)
    assert not isinstance(info.value, StartError)
    assert "project_file" not in commands(sim)
    assert sim.project_files == []
    assert sim.gcode_state == "IDLE"
    assert not sim.ftps.has_file("big.gcode.3mf")


async def test_wrong_access_code_for_ftps(
    bambu_sim: BambuSimFactory, bambu_client: BambuClientFactory
) -> None:
    sim, client, _rec = await connected(bambu_sim, bambu_client)
    assert sim.ftps is not None
    sim.ftps.password = "another1"
    with pytest.raises(UploadError) as info:
        await client.async_upload_and_start(X1C.name, X1C.read_bytes())
    assert info.value.reason == "auth"
    assert "project_file" not in commands(sim)


@pytest.mark.parametrize(("issuer", "reason"), [("unrelated", "tls"), ("other_cn", "wrong_serial")])
async def test_ftps_certificate_is_verified_like_mqtt(
    bambu_sim: BambuSimFactory,
    bambu_client: BambuClientFactory,
    tmp_path: Path,
    issuer: str,
    reason: str,
) -> None:
    sim = await bambu_sim(report_interval_s=0.2)
    if issuer == "unrelated":
        leaf = server_cert(unrelated_ca(), sim.serial)
    else:
        leaf = server_cert(sim_ca(), "01P00A999999999")
    (tmp_path / "c.pem").write_text(leaf.cert_pem, encoding="ascii")
    (tmp_path / "k.pem").write_text(leaf.key_pem, encoding="ascii")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tmp_path / "c.pem", tmp_path / "k.pem")
    rogue = FtpsServer(root=tmp_path / "root", ssl_context=context, password=sim.access_code)
    await rogue.start()
    try:
        client, rec = await bambu_client(sim, config=bambu_config(sim, ftp_port=rogue.port))
        await rec.wait_for(lambda: online(rec) and client.connected)
        with pytest.raises(UploadError) as info:
            await client.async_upload_and_start(X1C.name, X1C.read_bytes())
        assert info.value.reason == reason
        assert rogue.stored == []
        assert "project_file" not in commands(sim)
    finally:
        await rogue.stop()


class _NaiveImplicitFtps(ftplib.FTP_TLS):
    """Implicit FTPS without TLS session reuse on the data channel (a naive client)."""

    def connect(  # type: ignore[override]
        self, host: str = "", port: int = 0, timeout: float = -999, source_address: None = None
    ) -> str:
        self.host, self.port = host, port
        raw = socket.create_connection((host, port), 10)
        self.sock = self.context.wrap_socket(raw, server_hostname=host)
        self.af = self.sock.family
        self.file = self.sock.makefile("r", encoding=self.encoding)
        self.welcome = self.getresp()
        return self.welcome


def _store_without_session_reuse(sim_host: str, port: int, config: BambuConfig) -> str:
    ftp = _NaiveImplicitFtps(context=build_ssl_context(config), timeout=10)
    try:
        ftp.connect(sim_host, port)
        ftp.login("bblp", config.access_code)
        ftp.prot_p()
        try:
            ftp.storbinary("STOR naive.gcode.3mf", io.BytesIO(b"x" * 1000))
        except ftplib.all_errors as err:
            return str(err)
        return "stored"
    finally:
        ftp.close()


async def test_simulator_requires_tls_session_reuse(bambu_sim: BambuSimFactory) -> None:
    sim = await bambu_sim(report_interval_s=0.5)
    assert sim.ftps is not None
    answer = await asyncio.to_thread(
        _store_without_session_reuse, sim.host, sim.ftp_port, bambu_config(sim)
    )
    # the 522 reply, or a broken pipe when the refusal beats the client's first write
    assert answer.startswith("522") or "pipe" in answer or "reset" in answer, answer
    assert sim.ftps.reuse_refusals == 1
    assert not sim.ftps.has_file("naive.gcode.3mf")


async def test_start_refused_by_the_printer(
    bambu_sim: BambuSimFactory, bambu_client: BambuClientFactory
) -> None:
    sim, client, _rec = await connected(bambu_sim, bambu_client)
    with pytest.raises(StartError) as info:
        await client.async_upload_and_start(X1C.name, X1C.read_bytes(), UploadOptions(plate=3))
    assert (info.value.stage, info.value.reason) == ("start", "rejected")
    assert "plate_3" in str(info.value)
    assert sim.ftps is not None
    assert sim.ftps.has_file(X1C.name)  # the file is on the printer, nothing printing
    assert sim.gcode_state == "IDLE"


async def test_start_while_busy_is_refused(
    bambu_sim: BambuSimFactory, bambu_client: BambuClientFactory
) -> None:
    sim, client, _rec = await connected(bambu_sim, bambu_client)
    await sim.start_job("other", duration_s=30, layers=5, prepare_s=0.1)
    with pytest.raises(StartError) as info:
        await client.async_upload_and_start(X1C.name, X1C.read_bytes())
    assert "busy" in str(info.value)
    assert sim.project_files == []


async def test_no_ack_without_developer_mode(
    bambu_sim: BambuSimFactory, bambu_client: BambuClientFactory
) -> None:
    sim, client, _rec = await connected(bambu_sim, bambu_client)
    sim.ignore_project_file = True
    with pytest.raises(StartError) as info:
        await client.async_upload_and_start(X1C.name, X1C.read_bytes(), ack_timeout_s=0.5)
    assert info.value.reason == "no_ack"
    assert "Developer Mode" in str(info.value)
    assert sim.gcode_state == "IDLE"


async def test_missing_ack_but_started_counts_as_started(
    bambu_sim: BambuSimFactory, bambu_client: BambuClientFactory
) -> None:
    sim, client, rec = await connected(bambu_sim, bambu_client)
    sim.ack_project_file = False
    result = await client.async_upload_and_start(X1C.name, X1C.read_bytes(), ack_timeout_s=1.0)
    assert result.remote_name == X1C.name
    await rec.wait_event(RunEventType.JOB_STARTED)


async def test_cancelled_upload_joins_its_thread(
    bambu_sim: BambuSimFactory, bambu_client: BambuClientFactory
) -> None:
    sim, client, _rec = await connected(bambu_sim, bambu_client)
    first = asyncio.Event()
    threads_before = set(threading.enumerate())
    task = asyncio.create_task(
        client.async_upload_and_start(
            "huge.gcode.3mf",
            b"\0" * (64 * 1024 * 1024),
            progress=lambda sent, _total: first.set() if sent else None,
        )
    )
    await asyncio.wait_for(first.wait(), 10)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert "project_file" not in commands(sim)
    assert sim.ftps is not None
    # the printer cannot tell a cut transfer from a complete one: at most a partial file
    assert all(f.size < 64 * 1024 * 1024 for f in sim.ftps.stored)
    leftover = {t for t in threading.enumerate() if t not in threads_before and t.is_alive()}
    assert all(t.name.startswith(("asyncio_", "ThreadPoolExecutor")) for t in leftover)
