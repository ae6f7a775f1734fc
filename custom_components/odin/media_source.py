"""Media source "O.D.I.N. timelapses": browse by printer, then day; play in HA and on phones.

Identifiers (``media-source://odin/<identifier>``), all whitelisted:

* ``""`` — printers that have timelapses;
* ``printer/<printer id>`` — the days (HA's time zone) with timelapses of that printer;
* ``printer/<printer id>/<YYYY-MM-DD>`` — that day's timelapses (title: time, job, outcome);
* ``timelapse/<id>`` — one video; resolves to ``/api/odin/timelapses/<id>/video.mp4``, which
  HA signs for the player (the view itself only serves authenticated requests).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial
import re
from typing import Final

from homeassistant.components.media_player.const import MediaClass, MediaType
from homeassistant.components.media_source import (
    BrowseMediaSource,
    MediaSource,
    MediaSourceItem,
    PlayMedia,
    Unresolvable,
)
from homeassistant.components.media_source.error import MediaSourceError
from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util

from .api.timelapse import poster_url_path, video_path
from .const import DOMAIN
from .data import FarmRuntime, OdinConfigEntry
from .store.db import DatabaseError
from .store.timelapses import (
    TimelapseRecord,
    get_timelapse,
    printers_with_timelapses,
    timelapse_created,
    timelapses_of_printer,
)

NAME: Final = "O.D.I.N. timelapses"
MIME: Final = "video/mp4"
_PRINTER: Final = r"[0-9A-Za-z_-]{1,64}"
_PRINTER_RE: Final = re.compile(rf"^printer/({_PRINTER})$")
_DAY_RE: Final = re.compile(rf"^printer/({_PRINTER})/(\d{{4}}-\d{{2}}-\d{{2}})$")
_TIMELAPSE_RE: Final = re.compile(r"^timelapse/(\d{1,12})$")


class BrowseError(MediaSourceError):
    """Unknown or malformed identifier."""


async def async_get_media_source(hass: HomeAssistant) -> OdinMediaSource:
    """Set up the O.D.I.N. timelapse media source."""
    return OdinMediaSource(hass)


def _title(record: TimelapseRecord) -> str:
    when = dt_util.as_local(record.created).strftime("%H:%M")
    job = record.job_name or record.file_name or f"Run {record.run_id}"
    outcome = record.outcome or "open"
    return f"{when} · {job} · {outcome}"


class OdinMediaSource(MediaSource):
    """Timelapses recorded by O.D.I.N."""

    name = NAME

    def __init__(self, hass: HomeAssistant) -> None:
        """Initialize."""
        super().__init__(DOMAIN)
        self.hass = hass

    def _runtime(self) -> FarmRuntime:
        entries: list[OdinConfigEntry] = self.hass.config_entries.async_loaded_entries(DOMAIN)
        if not entries:
            raise BrowseError("The O.D.I.N. print farm is not loaded")
        return entries[0].runtime_data

    async def async_resolve_media(self, item: MediaSourceItem) -> PlayMedia:
        """A timelapse → its video URL (signed by HA for the player)."""
        match = _TIMELAPSE_RE.match(item.identifier or "")
        if match is None:
            raise Unresolvable(f"Unknown timelapse {item.identifier!r}")
        timelapse_id = int(match.group(1))
        try:
            record = await self._runtime().db.read(
                partial(get_timelapse, timelapse_id=timelapse_id)
            )
        except (DatabaseError, BrowseError) as err:
            raise Unresolvable(str(err)) from err
        if record is None:
            raise Unresolvable(f"Unknown timelapse {timelapse_id}")
        return PlayMedia(video_path(timelapse_id), MIME)

    async def async_browse_media(self, item: MediaSourceItem) -> BrowseMediaSource:
        """Printers → days → timelapses."""
        identifier = item.identifier or ""
        runtime = self._runtime()
        try:
            if identifier == "":
                return await self._browse_root(runtime)
            if match := _PRINTER_RE.match(identifier):
                return await self._browse_printer(runtime, match.group(1))
            if match := _DAY_RE.match(identifier):
                return await self._browse_day(runtime, match.group(1), match.group(2))
            if match := _TIMELAPSE_RE.match(identifier):
                record = await runtime.db.read(
                    partial(get_timelapse, timelapse_id=int(match.group(1)))
                )
                if record is not None:
                    return self._video(record)
        except DatabaseError as err:
            raise BrowseError(str(err)) from err
        raise BrowseError(f"Unknown media {identifier!r}")

    def _folder(
        self,
        identifier: str | None,
        title: str,
        children_media_class: MediaClass = MediaClass.DIRECTORY,
    ) -> BrowseMediaSource:
        return BrowseMediaSource(
            domain=DOMAIN,
            identifier=identifier,
            media_class=MediaClass.DIRECTORY,
            media_content_type=MediaType.VIDEO,
            title=title,
            can_play=False,
            can_expand=True,
            children_media_class=children_media_class,
        )

    def _video(self, record: TimelapseRecord) -> BrowseMediaSource:
        return BrowseMediaSource(
            domain=DOMAIN,
            identifier=f"timelapse/{record.id}",
            media_class=MediaClass.VIDEO,
            media_content_type=MIME,
            title=_title(record),
            can_play=True,
            can_expand=False,
            thumbnail=poster_url_path(record.id),
        )

    async def _browse_root(self, runtime: FarmRuntime) -> BrowseMediaSource:
        rows = await runtime.db.read(printers_with_timelapses)
        folder = self._folder(None, NAME)
        folder.children = [
            self._folder(f"printer/{pid}", f"{name or pid} ({count})") for pid, name, count in rows
        ]
        return folder

    async def _browse_printer(self, runtime: FarmRuntime, printer_id: str) -> BrowseMediaSource:
        created = await runtime.db.read(partial(timelapse_created, printer_id=printer_id))
        if not created:
            raise BrowseError(f"No timelapses of printer {printer_id}")
        days: dict[date, int] = {}
        for ts in created:
            day = dt_util.as_local(ts).date()
            days[day] = days.get(day, 0) + 1
        hub = runtime.printers.get(printer_id)
        folder = self._folder(f"printer/{printer_id}", hub.name if hub else printer_id)
        folder.children = [
            self._folder(
                f"printer/{printer_id}/{day.isoformat()}",
                f"{day.isoformat()} ({count})",
                children_media_class=MediaClass.VIDEO,
            )
            for day, count in days.items()
        ]
        return folder

    async def _browse_day(
        self, runtime: FarmRuntime, printer_id: str, day_text: str
    ) -> BrowseMediaSource:
        try:
            day = date.fromisoformat(day_text)
        except ValueError as err:
            raise BrowseError(f"Invalid day {day_text!r}") from err
        start = dt_util.as_utc(dt_util.start_of_local_day(day))
        end = dt_util.as_utc(dt_util.start_of_local_day(day + timedelta(days=1)))
        records = await runtime.db.read(
            partial(timelapses_of_printer, printer_id=printer_id, start=start, end=end)
        )
        if not records:
            raise BrowseError(f"No timelapses of printer {printer_id} on {day_text}")
        name = records[0].printer_name or printer_id
        folder = self._folder(
            f"printer/{printer_id}/{day_text}",
            f"{name} · {day_text}",
            children_media_class=MediaClass.VIDEO,
        )
        folder.children = [self._video(record) for record in records]
        return folder
