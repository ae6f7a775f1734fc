"""The Moonraker client: one websocket per printer on the caller's aiohttp session.

JSON-RPC with request ids and timeouts (``rpc``), ``server.info`` / Klippy start-up handling,
``printer.objects.subscribe``, history reconciliation, metadata at job start, webcams, and
pause/resume/cancel/emergency stop. The reconnect loop with backoff and the stale watchdog come
from ``printers.supervisor``. No Home Assistant imports; the API key is never logged.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Iterable, Mapping
import contextlib
from datetime import datetime
import logging
import os
from typing import Any, Final

import aiohttp

from custom_components.odin.printers.coerce import to_str
from custom_components.odin.printers.common import (
    utcnow as _utcnow,
)
from custom_components.odin.printers.model import (
    CannotConnect,
    CommandError,
    InvalidAuth,
    PrinterClientError,
    PrinterInfo,
    PrinterSnapshot,
    RunEvent,
    StartError,
    UploadError,
    UploadOptions,
    UploadResult,
)
from custom_components.odin.printers.supervisor import SupervisedClient
from custom_components.odin.printers.upload import (
    FileSource,
    Progress,
    ProgressCallback,
    StreamPayload,
    describe,
    json_body,
    multipart_form,
    safe_remote_name,
)

from .config import MoonrakerConfig, Webcam, parse_webcams
from .connect import (
    call_auth,
    call_optional,
    classify_connect_error,
    identify,
    printer_info,
    read_identity,
    ws_connect,
)
from .rpc import RpcClosed, RpcConnection, RpcError
from .state import HISTORY_SYNC_LIMIT, KEY_WAIT_S, MoonrakerState, Result

_LOGGER = logging.getLogger(__name__)


KLIPPY_RETRY_S: Final = 2.0
"""Poll ``server.info`` this often while Klippy starts up or is disconnected."""


KLIPPY_FAULT_RETRY_S: Final = 10.0
"""... and this often while it is shut down or in error (notify_klippy_ready is the fast path)."""


# what ``POST /server/files/upload`` takes into the gcodes root
# (docs/protocols/moonraker.md#upload-start-and-control)
UPLOAD_EXTENSIONS: Final = (".gcode", ".g", ".gco", ".ufp", ".nc")


# Objects the client subscribes to (all fields). Unknown objects are silently omitted.
SUBSCRIBED_OBJECTS: Final = (
    "print_stats",
    "virtual_sdcard",
    "display_status",
    "heater_bed",
    "extruder",
    "webhooks",
)


_CHAMBER_PREFIXES: Final = ("heater_generic ", "temperature_sensor ", "temperature_fan ")


class MoonrakerClient(SupervisedClient):
    """One Moonraker connection (fulfils ``printers.base.PrinterClient``). Event loop only."""

    def __init__(
        self,
        config: MoonrakerConfig,
        session: aiohttp.ClientSession,
        *,
        on_snapshot: Callable[[PrinterSnapshot], None],
        on_event: Callable[[RunEvent], None],
        reconnect_min_s: float = 1.0,
        reconnect_max_s: float = 60.0,
        stale_after_s: float = 120.0,
        request_timeout_s: float = 10.0,
        key_wait_s: float = KEY_WAIT_S,
    ) -> None:
        """Prepare; nothing connects before ``async_start``. The session stays the caller's."""
        self._init_supervision(
            label=f"Moonraker {config.host}",
            logger=_LOGGER,
            on_snapshot=on_snapshot,
            on_event=on_event,
            reconnect_min_s=reconnect_min_s,
            reconnect_max_s=reconnect_max_s,
            stale_after_s=stale_after_s,
        )
        self._config = config
        self._session = session
        self._request_timeout_s = request_timeout_s
        self._state = MoonrakerState(key_wait_s=key_wait_s)
        self._rpc: RpcConnection | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._probed = False
        self._info: PrinterInfo | None = None
        self._kinematics: str | None = None
        self._webcams: tuple[Webcam, ...] = ()
        self._syncing = False
        self._buffer: list[tuple[str, list[Any]]] = []
        self._sync_lock: asyncio.Lock | None = None
        self._md_inflight: set[str] = set()
        self._deadline_timer: asyncio.TimerHandle | None = None
        self._deadline: datetime | None = None
        self._klippy_timer: asyncio.TimerHandle | None = None

    # ---- public API -------------------------------------------------------------------------

    @property
    def snapshot(self) -> PrinterSnapshot:
        """The latest normalized state."""
        return self._state.snapshot

    @property
    def info(self) -> PrinterInfo | None:
        """Identity (instance uuid, kinematics, Klipper version, hostname) once synced."""
        return self._info

    @property
    def klippy_state(self) -> str | None:
        """The last known Klippy state."""
        return self._state.klippy_state

    @property
    def webcams(self) -> list[Webcam]:
        """Configured webcams with absolute stream / snapshot URLs."""
        return list(self._webcams)

    def _prepare_start(self) -> None:
        self._sync_lock = asyncio.Lock()

    async def async_stop(self) -> None:
        """Close the websocket, cancel every task and timer. Leaves nothing running."""
        # a connect in progress is not interrupted by closing: give it a moment, then cancel
        await self._stop_supervisor(grace_s=2.0)
        await self._cancel_tasks()
        self._cancel_timers()

    async def async_pause(self) -> None:
        """``printer.print.pause``. Raises CommandError when not connected or refused."""
        await self._command("printer.print.pause")

    async def async_resume(self) -> None:
        """``printer.print.resume``."""
        await self._command("printer.print.resume")

    async def async_stop_print(self) -> None:
        """``printer.print.cancel`` (an operator stop: the run ends as cancelled)."""
        await self._command("printer.print.cancel")

    async def async_emergency_stop(self) -> None:
        """``printer.emergency_stop`` (Klippy shuts down; the run ends as cancelled)."""
        self._state.note_emergency_stop(_utcnow())
        await self._command("printer.emergency_stop")

    @property
    def has_camera(self) -> bool:
        """True when an enabled webcam has a snapshot URL."""
        return any(cam.enabled and cam.snapshot_url for cam in self._webcams)

    async def async_camera_image(self) -> bytes | None:
        """One JPEG from the first enabled webcam with a snapshot URL (None: no webcam)."""
        if not self.has_camera:
            return None
        return await self.async_fetch_snapshot()

    async def async_fetch_snapshot(
        self,
        webcam: Webcam | None = None,
        timeout: float = 10.0,  # noqa: ASYNC109
    ) -> bytes:
        """One JPEG from ``webcam`` (default: the first enabled one with a snapshot URL)."""
        cam = webcam
        if cam is None:
            cam = next((c for c in self._webcams if c.enabled and c.snapshot_url), None)
        if cam is None or not cam.snapshot_url:
            raise CommandError("no webcam with a snapshot URL is configured")
        try:
            async with (
                asyncio.timeout(timeout),
                self._session.get(cam.snapshot_url) as response,
            ):
                response.raise_for_status()
                return await response.read()
        except (aiohttp.ClientError, TimeoutError, OSError) as err:
            raise CannotConnect(f"cannot fetch the webcam snapshot ({err})") from err

    async def async_upload_and_start(
        self,
        name: str,
        data: bytes | str | os.PathLike[str],
        options: UploadOptions = UploadOptions(),  # noqa: B008 (frozen dataclass; unused here)
        *,
        progress: ProgressCallback | None = None,
        timeout_s: float = 120.0,
    ) -> UploadResult:
        """``POST /server/files/upload`` (multipart, root ``gcodes``, SHA-256 checksum that
        Moonraker verifies) on the caller's session, then ``printer.print.start``.

        ``name`` is made safe (``upload.safe_remote_name``); ``progress(bytes_sent, total)``
        runs on the loop; ``timeout_s`` bounds each wait for the printer. Raises UploadError
        (nothing was started) or StartError (the file is stored; the start was refused).
        """
        remote = safe_remote_name(name, UPLOAD_EXTENSIONS)
        if self._rpc is None or not self._connected:
            raise UploadError(
                f"Moonraker {self._config.host} is not connected",
                stage="prepare",
                reason="not_connected",
            )
        source = await FileSource.create(data)
        checksum = await source.sha256()
        prefix, suffix, content_type = multipart_form(
            {"root": "gcodes", "checksum": checksum}, "file", remote
        )
        payload = StreamPayload(
            source,
            content_type=content_type,
            progress=Progress(progress, source.size),
            prefix=prefix,
            suffix=suffix,
        )
        timeout = aiohttp.ClientTimeout(total=None, sock_connect=timeout_s, sock_read=timeout_s)
        try:
            async with self._session.post(
                self._config.http_url("/server/files/upload"),
                data=payload,
                headers={**self._config.headers(), "Content-Type": content_type},
                timeout=timeout,
                ssl=True,  # default verification for https; never disabled
            ) as response:
                status = response.status
                body = await response.read()
        except TimeoutError as err:
            raise UploadError("the upload to Moonraker timed out", reason="timeout") from err
        except (aiohttp.ClientError, OSError) as err:
            raise UploadError(
                f"the upload to Moonraker failed ({describe(err)})", reason="network"
            ) from err
        answer = json_body(body)
        if status not in (200, 201):
            raise UploadError(
                f"Moonraker refused the upload (HTTP {status}{_rpc_error_text(answer)})",
                reason=_UPLOAD_REASONS.get(status, "refused"),
            )
        if isinstance(answer, Mapping) and isinstance(answer.get("result"), Mapping):
            answer = answer["result"]
        item = answer.get("item") if isinstance(answer, Mapping) else None
        path = remote
        if isinstance(item, Mapping):
            path = to_str(item.get("path")) or remote
            size = item.get("size")
            if isinstance(size, int) and size != source.size:
                raise UploadError(
                    f"Moonraker stored {size} of {source.size} bytes", reason="size_mismatch"
                )
        rpc = self._rpc
        if rpc is None or not self._connected:
            raise StartError(
                f"{path} is on the printer, but Moonraker disconnected", reason="not_connected"
            )
        try:
            await rpc.call("printer.print.start", {"filename": path})
        except RpcError as err:
            raise StartError(f"Moonraker refused to print {path}: {err.message}") from err
        except (RpcClosed, TimeoutError) as err:
            raise StartError(
                f"printer.print.start: no answer from Moonraker for {path}", reason="no_ack"
            ) from err
        return UploadResult(remote_name=path, size=source.size)

    async def _command(self, method: str) -> None:
        rpc = self._rpc
        if rpc is None or not self._connected:
            raise CommandError(f"Moonraker {self._config.host} is not connected")
        try:
            await rpc.call(method)
        except RpcError as err:
            raise CommandError(f"Moonraker refused {method}: {err.message}") from err
        except (RpcClosed, TimeoutError) as err:
            raise CommandError(f"{method}: no answer from Moonraker") from err

    # ---- supervisor -------------------------------------------------------------------------

    async def _run_session(self) -> bool:
        synced = False
        try:
            synced = await self._session_once()
        except (PrinterClientError, TimeoutError) as err:
            if not self._stopping:
                self._note_failure(classify_connect_error(err))
        except Exception:
            _LOGGER.exception("Moonraker %s: unexpected error", self._config.host)
            self._note_failure(CannotConnect("unexpected error"))
        finally:
            await self._end_session()
        return synced

    async def _interrupt_session(self) -> None:
        rpc = self._rpc
        if rpc is not None:
            await rpc.close()

    async def _session_once(self) -> bool:
        """Connect, identify, sync, then read until the socket closes. True once synced."""
        loop = self._loop
        assert loop is not None
        # No aiohttp heartbeat: Moonraker pushes notify_proc_stat_update every second, so the
        # stale watchdog (last frame age) notices a dead link on its own.
        ws = await ws_connect(
            self._session, self._config, timeout=self._request_timeout_s, heartbeat=None
        )
        rpc = RpcConnection(
            ws, self._on_notify, timeout=self._request_timeout_s, on_message=self._touch
        )
        self._rpc = rpc
        reader = loop.create_task(rpc.run(), name="odin moonraker reader")
        synced = False
        try:
            if self._stopping:
                return False
            self._touch()
            self._schedule_stale_check()
            await identify(rpc, self._config)
            await self._full_sync(rpc, first=True)
            synced = True
            self._note_connected()
            await asyncio.shield(reader)
        finally:
            self._connected = False
            await rpc.close()
            if not reader.done():
                reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await reader
        return synced

    async def _end_session(self) -> None:
        self._rpc = None
        self._connected = False
        self._syncing = False
        self._buffer.clear()
        self._cancel_timers()
        await self._cancel_tasks()
        self._md_inflight.clear()
        if self._state.linked:
            result = self._state.connection_lost(_utcnow())
            if not self._stopping:
                self._dispatch(result)

    # ---- sync -------------------------------------------------------------------------------

    async def _full_sync(self, rpc: RpcConnection, *, first: bool = False) -> None:
        """server.info; when Klippy is ready: printer.info, subscribe, history, webcams."""
        assert self._sync_lock is not None
        async with self._sync_lock:
            self._syncing = True
            try:
                await self._sync_locked(rpc, first=first)
            finally:
                self._syncing = False
                buffered, self._buffer = self._buffer, []
                for method, params in buffered:
                    self._handle_notify(method, params)

    async def _sync_locked(self, rpc: RpcConnection, *, first: bool) -> None:
        info = await call_auth(rpc, "server.info")
        if not isinstance(info, Mapping):
            raise CannotConnect("server.info: unexpected answer")
        klippy_state = to_str(info.get("klippy_state")) or "disconnected"
        components = info.get("components")
        has_history = not isinstance(components, list) or "history" in components
        if first or self._info is None:
            serial, pinfo, kinematics = await read_identity(rpc, self._config, klippy_state)
            self._kinematics = kinematics or self._kinematics
            self._info = printer_info(serial, pinfo, self._kinematics)
        cams = await call_optional(rpc, "server.webcams.list")
        if cams is not None:
            self._webcams = parse_webcams(cams, self._config)
        now = _utcnow()
        if klippy_state != "ready":
            message = None
            if klippy_state != "disconnected":
                pinfo = await call_optional(rpc, "printer.info")
                if isinstance(pinfo, Mapping):
                    message = to_str(pinfo.get("state_message"))
            self._dispatch(
                self._state.sync(
                    klippy_state=klippy_state,
                    klippy_message=message,
                    status=None,
                    history=None,
                    now=now,
                    has_history=has_history,
                )
            )
            self._schedule_klippy_poll(klippy_state)
            return
        try:
            pinfo = await rpc.call("printer.info")
            listed = await rpc.call("printer.objects.list")
            objects = listed.get("objects") if isinstance(listed, Mapping) else None
            names = [o for o in objects if isinstance(o, str)] if isinstance(objects, list) else []
            chamber = _find_chamber(names)
            wanted: dict[str, None] = dict.fromkeys(SUBSCRIBED_OBJECTS)
            if chamber is not None:
                wanted[chamber] = None
            sub = await rpc.call("printer.objects.subscribe", {"objects": wanted})
        except RpcError as err:
            # Klippy went away between server.info and subscribe: try again shortly
            _LOGGER.debug("Moonraker %s: subscribe failed: %s", self._config.host, err)
            self._schedule_klippy_poll("startup")
            return
        if self._kinematics is None:
            _serial, _p, kinematics = await read_identity(rpc, self._config, "ready")
            if kinematics is not None and self._info is not None:
                self._kinematics = kinematics
                self._info = printer_info(self._info.serial, pinfo, kinematics)
        elif isinstance(pinfo, Mapping) and self._info is not None:
            self._info = printer_info(self._info.serial, pinfo, self._kinematics)
        history: list[Any] = []
        if has_history:
            listed_jobs = await call_optional(
                rpc, "server.history.list", {"limit": HISTORY_SYNC_LIMIT, "order": "desc"}
            )
            if isinstance(listed_jobs, Mapping) and isinstance(listed_jobs.get("jobs"), list):
                history = listed_jobs["jobs"]
        status = sub.get("status") if isinstance(sub, Mapping) else None
        if not isinstance(status, Mapping):
            raise CannotConnect("printer.objects.subscribe: unexpected answer")
        webhooks = status.get("webhooks")
        message = None
        if isinstance(webhooks, Mapping):
            message = to_str(webhooks.get("state_message"))
        self._cancel_klippy_poll()
        self._dispatch(
            self._state.sync(
                klippy_state="ready",
                klippy_message=message,
                status=status,
                history=history,
                now=_utcnow(),
                has_history=has_history,
                chamber=chamber,
            )
        )

    def _resync_soon(self) -> None:
        rpc = self._rpc
        if rpc is None or self._stopping:
            return
        self._spawn(self._resync(rpc))

    async def _resync(self, rpc: RpcConnection) -> None:
        try:
            await self._full_sync(rpc)
        except InvalidAuth as err:
            self._note_failure(err)
            await rpc.close()
        except (PrinterClientError, TimeoutError) as err:
            _LOGGER.debug("Moonraker %s: resync failed: %s", self._config.host, err)
            if not rpc.closed:
                self._schedule_klippy_poll("startup")

    # ---- notifications ------------------------------------------------------------------------

    def _touch(self) -> None:
        if self._loop is not None:
            self._last_msg = self._loop.time()
        self._probed = False

    def _on_notify(self, method: str, params: list[Any]) -> None:
        if self._stopping:
            return
        if self._syncing or not self._state.linked:
            self._buffer.append((method, params))
            return
        self._handle_notify(method, params)

    def _handle_notify(self, method: str, params: list[Any]) -> None:
        now = _utcnow()
        first = params[0] if params else None
        match method:
            case "notify_status_update":
                if isinstance(first, Mapping):
                    self._dispatch(self._state.status_update(first, now))
            case "notify_history_changed":
                if isinstance(first, Mapping) and isinstance(first.get("job"), Mapping):
                    action = to_str(first.get("action")) or ""
                    self._dispatch(self._state.history_changed(action, first["job"], now))
            case "notify_klippy_ready":
                self._resync_soon()
            case "notify_klippy_shutdown":
                self._dispatch(self._state.klippy_changed("shutdown", None, now))
                self._resync_soon()
            case "notify_klippy_disconnected":
                self._dispatch(self._state.klippy_changed("disconnected", None, now))
                self._schedule_klippy_poll("disconnected")
            case "notify_webcams_changed":
                if first is not None:
                    self._webcams = parse_webcams(first, self._config)
            case _:
                pass

    def _dispatch(self, result: Result) -> None:
        super()._dispatch(result)
        if not self._stopping:
            self._service()

    def _service(self) -> None:
        """Fetch wanted metadata; keep the job-start deadline timer in step."""
        state = self._state
        rpc = self._rpc
        filename = state.wanted_metadata
        if filename is not None and rpc is not None and filename not in self._md_inflight:
            self._md_inflight.add(filename)
            self._spawn(self._fetch_metadata(rpc, filename))
        deadline = state.next_deadline
        if deadline != self._deadline:
            if self._deadline_timer is not None:
                self._deadline_timer.cancel()
                self._deadline_timer = None
            self._deadline = deadline
            if deadline is not None and self._loop is not None:
                delay = max(0.0, (deadline - _utcnow()).total_seconds())
                self._deadline_timer = self._loop.call_later(delay, self._deadline_expired)

    def _deadline_expired(self) -> None:
        self._deadline_timer = None
        deadline = self._deadline
        self._deadline = None
        if deadline is None or self._stopping:
            return
        self._dispatch(self._state.tick(max(_utcnow(), deadline)))

    async def _fetch_metadata(self, rpc: RpcConnection, filename: str) -> None:
        metadata: dict[str, Any] | None = None
        try:
            result = await rpc.call("server.files.metadata", {"filename": filename})
            if isinstance(result, Mapping):
                metadata = dict(result)
        except RpcClosed:
            return  # the session ended: the next sync asks again
        except (RpcError, TimeoutError) as err:
            _LOGGER.debug("metadata of %s unavailable: %s", filename, err)
        finally:
            self._md_inflight.discard(filename)
        if self._stopping or rpc.closed:
            return
        self._dispatch(self._state.set_metadata(filename, metadata, _utcnow()))

    # ---- tasks and timers ---------------------------------------------------------------------

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> None:
        assert self._loop is not None
        task = self._loop.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            _LOGGER.error(
                "Moonraker %s: background task failed",
                self._config.host,
                exc_info=task.exception(),
            )

    async def _cancel_tasks(self) -> None:
        current = asyncio.current_task()
        tasks = [t for t in self._tasks if t is not current]
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task

    def _cancel_timers(self) -> None:
        for name in ("_stale_timer", "_deadline_timer", "_klippy_timer"):
            timer = getattr(self, name)
            if timer is not None:
                timer.cancel()
            setattr(self, name, None)
        self._deadline = None

    def _schedule_klippy_poll(self, klippy_state: str) -> None:
        self._cancel_klippy_poll()
        if self._loop is None or self._stopping:
            return
        delay = (
            KLIPPY_RETRY_S
            if klippy_state in ("startup", "disconnected")
            else (KLIPPY_FAULT_RETRY_S)
        )
        self._klippy_timer = self._loop.call_later(delay, self._klippy_poll)

    def _cancel_klippy_poll(self) -> None:
        if self._klippy_timer is not None:
            self._klippy_timer.cancel()
        self._klippy_timer = None

    def _klippy_poll(self) -> None:
        self._klippy_timer = None
        if self._state.klippy_state == "ready" and self._state.linked:
            return
        self._resync_soon()

    def _stale_check(self) -> None:
        self._stale_timer = None
        loop = self._loop
        rpc = self._rpc
        if loop is None or rpc is None or self._stopping or rpc.closed:
            return
        age = loop.time() - (self._last_msg or loop.time())
        if age >= self._stale_after_s:
            _LOGGER.warning(
                "Moonraker %s: no message for %.0f s, reconnecting", self._config.host, age
            )
            self._spawn(rpc.close())
            return
        if age >= self._stale_after_s / 2 and not self._probed:
            self._probed = True  # a quiet link: ask once before declaring it dead
            self._spawn(call_optional(rpc, "server.info"))
        self._schedule_stale_check()


_UPLOAD_REASONS: Final[Mapping[int, str]] = {
    400: "file_type",
    401: "auth",
    403: "auth",
    404: "storage",
    409: "busy",
    413: "too_large",
    422: "size_mismatch",
}


def _rpc_error_text(answer: Any) -> str:
    """ ": <message>" of a Moonraker HTTP error body ``{"error": {"message"}}``."""
    error = answer.get("error") if isinstance(answer, Mapping) else None
    message = to_str(error.get("message")) if isinstance(error, Mapping) else None
    return f": {message[:160]}" if message else ""


def _find_chamber(names: Iterable[str]) -> str | None:
    for name in names:
        lower = name.casefold()
        if lower.startswith(_CHAMBER_PREFIXES) and "chamber" in lower:
            return name
    return None
