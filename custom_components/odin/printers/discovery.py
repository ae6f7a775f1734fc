"""Printer discovery helpers that need no Home Assistant: Bambu SSDP NOTIFY parsing.

Bambu Lab printers announce themselves with SSDP NOTIFY datagrams on UDP 2021 (some firmware
also on 1990), outside the standard SSDP port Home Assistant listens on
(docs/protocols/discovery.md#bambu-lab-ssdp-on-udp-2021).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
import ipaddress
import logging
import socket
import struct

from .bambu.codes import MODEL_NAMES

_LOGGER = logging.getLogger(__name__)

BAMBU_SSDP_PORT = 2021
SSDP_GROUP = "239.255.255.250"
BAMBU_URN = "urn:bambulab-com:device:3dprinter:1"
MAX_DATAGRAM = 4096


@dataclass(frozen=True, slots=True)
class BambuAnnouncement:
    """One printer's announcement."""

    serial: str
    host: str
    model_code: str | None
    model: str | None
    name: str | None
    firmware: str | None
    connect: str | None  # "lan" | "cloud"


def parse_bambu_ssdp(payload: bytes, sender_ip: str | None = None) -> BambuAnnouncement | None:
    """Parse a NOTIFY (or M-SEARCH reply); None when it is not a Bambu printer's.

    Never raises on malformed input.
    """
    if len(payload) > MAX_DATAGRAM:
        return None
    text = payload.decode("utf-8", errors="replace")
    lines = text.replace("\r\n", "\n").split("\n")
    start = lines[0].strip().upper() if lines else ""
    if not start.startswith(("NOTIFY", "HTTP/1.1 200")):
        return None
    headers: dict[str, str] = {}
    for line in lines[1:]:
        key, sep, value = line.partition(":")
        if sep:
            headers[key.strip().lower()] = value.strip()
    if BAMBU_URN not in (headers.get("nt", ""), headers.get("st", "")):
        return None
    serial = headers.get("usn", "").strip()
    if not serial or len(serial) > 64 or not serial.isalnum():
        return None
    host = headers.get("location", "").strip() or (sender_ip or "")
    try:
        ipaddress.ip_address(host)
    except ValueError:
        if not sender_ip:
            return None
        host = sender_ip
    code = headers.get("devmodel.bambu.com") or None
    return BambuAnnouncement(
        serial=serial.upper(),
        host=host,
        model_code=code,
        model=MODEL_NAMES.get(code) if code else None,
        name=headers.get("devname.bambu.com") or None,
        firmware=headers.get("devversion.bambu.com") or None,
        connect=headers.get("devconnect.bambu.com") or None,
    )


class _SsdpProtocol(asyncio.DatagramProtocol):
    def __init__(self, on_found: Callable[[BambuAnnouncement], None]) -> None:
        self._on_found = on_found

    def datagram_received(self, data: bytes, addr: tuple[str | int, ...]) -> None:
        found = parse_bambu_ssdp(data, str(addr[0]))
        if found is not None:
            try:
                self._on_found(found)
            except Exception:
                _LOGGER.exception("Bambu discovery callback failed")


class BambuSsdpListener:
    """Listens for Bambu NOTIFYs on the event loop (cheap: one UDP socket, no polling)."""

    def __init__(
        self,
        on_found: Callable[[BambuAnnouncement], None],
        *,
        port: int = BAMBU_SSDP_PORT,
        bind_host: str = "0.0.0.0",
    ) -> None:
        """Call ``on_found`` for each announcement heard."""
        self._on_found = on_found
        self._port = port
        self._bind_host = bind_host
        self._transport: asyncio.DatagramTransport | None = None

    @property
    def port(self) -> int:
        """The UDP port listened on."""
        return self._port

    async def async_start(self) -> bool:
        """Open the socket; False (logged) when the port cannot be bound."""
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_UDP)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            if hasattr(socket, "SO_REUSEPORT"):
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
            sock.bind((self._bind_host, self._port))
            sock.setblocking(False)
        except OSError as err:
            sock.close()
            _LOGGER.warning(
                "Bambu discovery disabled: cannot listen on UDP %s (%s)", self._port, err
            )
            return False
        try:
            membership = struct.pack(
                "4s4s", socket.inet_aton(SSDP_GROUP), socket.inet_aton("0.0.0.0")
            )
            sock.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, membership)
        except OSError as err:  # no multicast route: unicast/broadcast still arrive
            _LOGGER.debug("Bambu discovery: no multicast membership (%s)", err)
        loop = asyncio.get_running_loop()
        transport, _ = await loop.create_datagram_endpoint(
            lambda: _SsdpProtocol(self._on_found), sock=sock
        )
        self._transport = transport
        return True

    def stop(self) -> None:
        """Close the socket."""
        if self._transport is not None:
            self._transport.close()
            self._transport = None
