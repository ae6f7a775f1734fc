"""Bambu SSDP NOTIFY parsing (pure) and the UDP listener on a real socket."""

from __future__ import annotations

import asyncio
import socket

import pytest

from custom_components.odin.printers.discovery import (
    BambuAnnouncement,
    BambuSsdpListener,
    parse_bambu_ssdp,
)
from simulators.bambu import free_port

NOTIFY = (
    "NOTIFY * HTTP/1.1\r\n"
    "HOST: 239.255.255.250:1990\r\n"
    "Server: UPnP/1.0\r\n"
    "Location: 192.168.1.50\r\n"
    "NT: urn:bambulab-com:device:3dprinter:1\r\n"
    "USN: 01P00A391800002\r\n"
    "Cache-Control: max-age=1800\r\n"
    "DevModel.bambu.com: C12\r\n"
    "DevName.bambu.com: Bay 2\r\n"
    "DevSignal.bambu.com: -41\r\n"
    "DevConnect.bambu.com: lan\r\n"
    "DevBind.bambu.com: free\r\n"
    "DevVersion.bambu.com: 01.08.02.00\r\n\r\n"
)


def test_parse_notify() -> None:
    """A real-shaped NOTIFY gives serial, IP, model and name."""
    found = parse_bambu_ssdp(NOTIFY.encode())
    assert found == BambuAnnouncement(
        serial="01P00A391800002",
        host="192.168.1.50",
        model_code="C12",
        model="P1S",
        name="Bay 2",
        firmware="01.08.02.00",
        connect="lan",
    )


def test_parse_search_reply_and_sender_fallback() -> None:
    """An M-SEARCH reply (ST instead of NT) parses; a bad Location falls back to the sender."""
    reply = NOTIFY.replace("NOTIFY * HTTP/1.1", "HTTP/1.1 200 OK").replace("NT:", "ST:")
    reply = reply.replace("Location: 192.168.1.50", "Location: not-an-ip")
    found = parse_bambu_ssdp(reply.encode(), "10.0.0.7")
    assert found is not None
    assert found.host == "10.0.0.7"


@pytest.mark.parametrize(
    "payload",
    [
        b"",
        b"\xff\xfe\x00garbage",
        NOTIFY.replace("urn:bambulab-com:device:3dprinter:1", "upnp:rootdevice").encode(),
        NOTIFY.replace("USN: 01P00A391800002", "USN: ").encode(),
        NOTIFY.replace("USN: 01P00A391800002", "USN: ../../etc").encode(),
        b"M-SEARCH * HTTP/1.1\r\nST: urn:bambulab-com:device:3dprinter:1\r\n\r\n",
        NOTIFY.encode() + b"x" * 5000,
    ],
)
def test_parse_rejects_other_datagrams(payload: bytes) -> None:
    """Other SSDP traffic and malformed input are ignored, never raise."""
    assert parse_bambu_ssdp(payload, "10.0.0.1") is None


@pytest.mark.usefixtures("socket_enabled")
async def test_listener_receives_datagrams() -> None:
    """The listener hears a NOTIFY sent to its port and stops cleanly."""
    heard: list[BambuAnnouncement] = []
    got = asyncio.Event()

    def on_found(found: BambuAnnouncement) -> None:
        heard.append(found)
        got.set()

    port = free_port()
    listener = BambuSsdpListener(on_found, port=port, bind_host="127.0.0.1")
    assert await listener.async_start()
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            sock.sendto(b"hello", ("127.0.0.1", port))
            sock.sendto(NOTIFY.encode(), ("127.0.0.1", port))
        async with asyncio.timeout(5):
            await got.wait()
    finally:
        listener.stop()
    assert [f.serial for f in heard] == ["01P00A391800002"]
