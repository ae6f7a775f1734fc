"""The PrusaLink client: the polling loop on the event loop (fast while a job is active, slow
when idle, exponential backoff while unreachable, via ``printers.supervisor``),
pause/resume/stop, uploads and the camera snapshot. No Home Assistant imports.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
import contextlib
import logging
import os
from typing import Any

import aiohttp

from custom_components.odin.printers.coerce import to_float
from custom_components.odin.printers.common import (
    loads as _loads,
    utcnow as _utcnow,
)
from custom_components.odin.printers.model import (
    CannotConnect,
    CommandError,
    InvalidAuth,
    PrinterClientError,
    PrinterHardware,
    PrinterInfo,
    PrinterSnapshot,
    RunEvent,
    UploadError,
    UploadOptions,
    UploadResult,
    WrongSerial,
)
from custom_components.odin.printers.supervisor import SupervisedClient
from custom_components.odin.printers.upload import (
    FileSource,
    Progress,
    ProgressCallback,
    StreamPayload,
    safe_remote_name,
)

from .config import PrusaLinkConfig
from .http import PrusaLinkHttp, error_text
from .identity import build_info
from .state import PRINT_EXTENSIONS, PrusaLinkState
from .storage import StorageInfo, choose_storage, parse_storages

_LOGGER = logging.getLogger(__name__)


class PrusaLinkClient(SupervisedClient):
    """One printer, polled over HTTP. Create and use it on the event loop."""

    _SESSION_BASED = False  # each poll is a "session": only an answer after failures reconnects
    _BACK_MESSAGE = "answering again"

    def __init__(
        self,
        config: PrusaLinkConfig,
        session: aiohttp.ClientSession,
        *,
        on_snapshot: Callable[[PrinterSnapshot], None],
        on_event: Callable[[RunEvent], None],
        poll_printing_s: float = 2.0,
        poll_idle_s: float = 10.0,
        poll_offline_max_s: float = 60.0,
        offline_after_failures: int = 3,
        request_timeout_s: float = 10.0,
    ) -> None:
        """Prepare; nothing is requested before ``async_start``. ``session`` stays the
        caller's (never closed here)."""
        self._init_supervision(
            label=f"PrusaLink {config.host}",
            logger=_LOGGER,
            on_snapshot=on_snapshot,
            on_event=on_event,
            reconnect_min_s=poll_printing_s,
            reconnect_max_s=poll_offline_max_s,
        )
        self._config = config
        self._http = PrusaLinkHttp(config, session, request_timeout_s)
        self._poll_printing_s = poll_printing_s
        self._poll_idle_s = max(poll_idle_s, poll_printing_s)
        self._poll_offline_max_s = max(poll_offline_max_s, poll_printing_s)
        self._offline_after = max(1, offline_after_failures)
        self._state: PrusaLinkState | None = None
        self._info: PrinterInfo | None = None
        self._nozzle_mm: float | None = None
        self._has_camera: bool | None = None
        self._identity_needed = True
        self._wake: asyncio.Event | None = None

    # ---- public API -------------------------------------------------------------------------

    @property
    def snapshot(self) -> PrinterSnapshot:
        """The latest normalized state."""
        return self._state.snapshot if self._state is not None else PrinterSnapshot()

    @property
    def info(self) -> PrinterInfo | None:
        """Identity from ``/api/version`` and ``/api/v1/info`` (after the first answer)."""
        return self._info

    @property
    def hardware(self) -> PrinterHardware:
        """The nozzle ``/api/v1/info`` reports (``nozzle_diameter``); PrusaLink reports no
        spools (an MMU's slots are not exposed by its API)."""
        return PrinterHardware(nozzle_mm=self._nozzle_mm)

    @property
    def has_camera(self) -> bool:
        """``/api/v1/info.active_camera`` (False until known)."""
        return self._has_camera is True

    def _prepare_start(self) -> None:
        self._wake = asyncio.Event()

    async def async_stop(self) -> None:
        """Stop polling (an in-flight request is cancelled). Leaves nothing running."""
        if self._task is None:
            return
        await self._stop_supervisor(grace_s=0)
        self._connected = False

    async def async_pause(self) -> None:
        """``PUT /api/v1/job/{id}/pause``. CommandError when there is no job or it fails."""
        await self._job_command("PUT", "/pause", "pause")

    async def async_resume(self) -> None:
        """``PUT /api/v1/job/{id}/resume``."""
        await self._job_command("PUT", "/resume", "resume")

    async def async_stop_print(self) -> None:
        """``DELETE /api/v1/job/{id}``: an operator stop (the printer reports STOPPED)."""
        await self._job_command("DELETE", "", "stop")

    async def async_camera_image(self) -> bytes | None:
        """One camera image (PNG, or JPEG from some cameras); None when the printer has no
        camera or no image yet (204/304/404/503). Raises CannotConnect / InvalidAuth."""
        answer = await self._http.request("GET", "/api/v1/cameras/snap")
        if answer.status == 200 and answer.body:
            return answer.body
        if answer.status not in (204, 304, 404, 503):
            _LOGGER.debug(
                "PrusaLink %s: camera snapshot answered HTTP %s", self._config.host, answer.status
            )
        return None

    async def async_poll_now(self) -> None:
        """Poll at once (e.g. after a command)."""
        if self._wake is not None:
            self._wake.set()

    async def async_upload_and_start(
        self,
        name: str,
        data: bytes | str | os.PathLike[str],
        options: UploadOptions = UploadOptions(),  # noqa: B008 (frozen dataclass; unused here)
        *,
        progress: ProgressCallback | None = None,
        overwrite: bool = True,
        timeout_s: float = 120.0,
    ) -> UploadResult:
        """``PUT /api/v1/files/<storage>/<name>`` with ``Print-After-Upload: ?1`` (and
        ``Overwrite``), Digest auth (docs/protocols/prusalink.md#upload-and-start). The storage is
        an available, writable one from ``/api/v1/storage`` (else the ``/api/v1/status``
        storage, else ``usb``): ``usb`` on Buddy firmware, ``local`` on the Raspberry-Pi
        PrusaLink. That request also primes the Digest nonce so the body is sent once.

        ``name`` is made safe (``upload.safe_remote_name``); ``progress(bytes_sent, total)``
        runs on the loop. Raises UploadError: the printer refused or the transfer broke, and
        nothing was started (the printer starts only after a complete upload).
        """
        remote = safe_remote_name(name, PRINT_EXTENSIONS)
        source = await FileSource.create(data)
        try:
            chosen = await self._upload_storage()
        except InvalidAuth as err:
            raise UploadError(str(err), stage="prepare", reason="auth") from err
        except CannotConnect as err:
            raise UploadError(str(err), stage="prepare", reason="not_connected") from err
        if isinstance(chosen, str):
            raise UploadError(chosen, stage="prepare", reason="storage")
        storage = chosen.segment
        headers = {
            "Content-Type": "application/octet-stream",
            "Print-After-Upload": "?1",
            "Overwrite": "?1" if overwrite else "?0",
        }
        payload = StreamPayload(
            source,
            content_type="application/octet-stream",
            progress=Progress(progress, source.size),
        )
        path = f"/api/v1/files/{storage}/{remote}"
        try:
            answer = await self._http.send("PUT", path, payload, headers, timeout_s)
        except InvalidAuth as err:
            raise UploadError(str(err), reason="auth") from err
        except CannotConnect as err:
            reason = "timeout" if isinstance(err.__cause__, TimeoutError) else "network"
            raise UploadError(str(err), reason=reason) from err
        if answer.status not in (200, 201, 204):
            detail = error_text(answer)
            if answer.status == 409:
                raise UploadError(
                    f"the printer refused the file (busy, or it exists){detail}", reason="busy"
                )
            if answer.status == 404:
                raise UploadError(
                    f"no storage {storage!r} on the printer{detail}", reason="storage"
                )
            raise UploadError(f"the upload failed: HTTP {answer.status}{detail}", reason="refused")
        await self.async_poll_now()
        return UploadResult(remote_name=remote, size=source.size)

    async def _upload_storage(self) -> StorageInfo | str:
        """The storage to upload to (or why there is none): ``/api/v1/storage``, else (404,
        an error or nothing usable in it) the ``/api/v1/status`` storage, else ``usb``.
        Raises InvalidAuth / CannotConnect."""
        answer = await self._http.request("GET", "/api/v1/storage")
        storages: list[StorageInfo] = []
        if answer.status == 200:
            with contextlib.suppress(ValueError):
                storages = parse_storages(_loads(answer.body))
        if not storages:
            status = await self._http.get_json("/api/v1/status")
            storages = parse_storages((status or {}).get("storage"))
        chosen = choose_storage(storages)
        _LOGGER.debug(
            "PrusaLink %s: storage %s of %s",
            self._config.host,
            chosen.segment if isinstance(chosen, StorageInfo) else "none",
            [s.segment for s in storages],
        )
        return chosen

    # ---- commands -----------------------------------------------------------------------------

    async def _job_command(self, method: str, suffix: str, verb: str) -> None:
        state = self._state
        job_id = state.current_job_id() if state is not None else None
        if job_id is None or not self._connected:
            if not self._connected:
                raise CommandError(f"cannot {verb}: the printer is not connected")
            raise CommandError(f"cannot {verb}: the printer has no job")
        try:
            answer = await self._http.request(method, f"/api/v1/job/{job_id}{suffix}")
        except InvalidAuth as err:
            raise CommandError(f"cannot {verb}: {err}") from err
        except CannotConnect as err:
            raise CommandError(f"cannot {verb}: {err}") from err
        if answer.status in (200, 204):
            await self.async_poll_now()
            return
        detail = error_text(answer)
        if answer.status == 409:
            raise CommandError(f"the printer refused to {verb} the job{detail}")
        if answer.status == 404:
            raise CommandError(f"cannot {verb}: the job is gone{detail}")
        raise CommandError(f"cannot {verb}: HTTP {answer.status}{detail}")

    # ---- polling --------------------------------------------------------------------------------

    async def _run_session(self) -> bool:
        """One poll (the supervisor repeats it at the cadence ``_next_delay`` picks)."""
        assert self._wake is not None
        self._wake.clear()  # a wake-up during the poll (a command) polls again at once
        try:
            await self._poll()
        except PrinterClientError as err:
            self._note_failure(err)
            return False
        except Exception as err:  # a bug must not end polling
            _LOGGER.exception("PrusaLink %s: poll failed", self._config.host)
            self._note_failure(CannotConnect(f"unexpected answer ({type(err).__name__})"))
            return False
        return True

    def _retry_delay(self, healthy: bool) -> float:
        return self._next_delay()

    async def _sleep(self, delay: float) -> None:
        assert self._wake is not None  # a command or an upload wakes the loop early
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), delay)

    def _next_delay(self) -> float:
        if self._failures:
            step = self._poll_printing_s * 2.0 ** min(self._failures - 1, 16)
            return min(self._poll_offline_max_s, step)
        snap = self.snapshot
        if snap.active or snap.native_state == "ATTENTION":
            return self._poll_printing_s
        return self._poll_idle_s

    async def _poll(self) -> None:
        loop = self._loop
        assert loop is not None
        if self._identity_needed or self._state is None:
            await self._fetch_identity()
        state = self._state
        assert state is not None
        status = await self._http.get_json("/api/v1/status")
        assert status is not None
        job: dict[str, Any] | None = None
        fetched = state.wants_job(status)
        if fetched:
            job = await self._http.get_json("/api/v1/job")
        self._last_msg = loop.time()
        self._note_connected()
        self._dispatch(state.ingest(status, job, _utcnow(), job_fetched=fetched))

    async def _fetch_identity(self) -> None:
        version = await self._http.get_json("/api/version") or {}
        details = await self._http.get_json("/api/v1/info", optional=True)
        info = build_info(version, details, self._config.host)
        if self._info is not None and info.serial != self._info.serial:
            raise WrongSerial(
                f"another printer answers at {self._config.host} (serial {info.serial})"
            )
        self._info = info
        camera = (details or {}).get("active_camera")
        self._has_camera = camera if isinstance(camera, bool) else None
        nozzle = to_float((details or {}).get("nozzle_diameter"))
        self._nozzle_mm = nozzle if nozzle is not None and 0.1 <= nozzle <= 2.0 else None
        if self._state is None:
            self._state = PrusaLinkState(info.serial)
        self._identity_needed = False

    def _note_failure(self, err: PrinterClientError) -> None:
        super()._note_failure(err)
        self._connected = False
        if self._failures >= self._offline_after:
            self._identity_needed = True  # firmware may change across a printer restart
            if self._state is not None:
                self._dispatch(self._state.connection_lost(_utcnow()))
            elif self._failures == self._offline_after:
                # never reached: still tell the consumer once that it is offline
                self._dispatch((PrinterSnapshot(), []))
