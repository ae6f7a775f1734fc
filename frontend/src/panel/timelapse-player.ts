// <odin-timelapse-player>: one timelapse video (signed URL, poster) with its run's facts.
import { LitElement, css, html, nothing } from "lit";
import { property } from "lit/decorators.js";
import { define } from "../common/define";
import { fmtDateTime, fmtDuration, fmtInt, fmtNum, fmtSpan } from "../common/format";
import { localizer, type Localize } from "../common/i18n";
import { formStyles, sharedStyles } from "../common/styles";
import type { HomeAssistant, Timelapse } from "../common/types";

export function outcomeColor(outcome: string | null): string {
  switch (outcome) {
    case "success":
      return "var(--success-color, #43a047)";
    case "failed":
      return "var(--error-color, #db4437)";
    case "cancelled":
      return "var(--warning-color, #ffa600)";
    default:
      return "var(--secondary-text-color, #727272)";
  }
}

export function outcomeText(t: Localize, outcome: string | null): string {
  return t(`timelapses.outcome.${outcome ?? "open"}`);
}

export function fmtBytes(hass: HomeAssistant | undefined, bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${fmtNum(hass, bytes / 1024 ** 3, 1)} GB`;
  if (bytes >= 1024 * 1024) return `${fmtNum(hass, bytes / 1024 ** 2, 1)} MB`;
  return `${fmtInt(hass, Math.max(1, Math.round(bytes / 1024)))} kB`;
}

/** A video's length: "8.9 s" or "2 min 05 s". */
export function fmtClip(hass: HomeAssistant | undefined, seconds: number): string {
  if (seconds < 60) return `${fmtNum(hass, seconds, 1)} s`;
  const m = Math.floor(seconds / 60);
  return `${m} min ${String(Math.round(seconds % 60)).padStart(2, "0")} s`;
}

export class OdinTimelapsePlayer extends LitElement {
  @property({ attribute: false }) hass?: HomeAssistant;
  @property({ attribute: false }) timelapse?: Timelapse;
  /** Start playing when shown (muted: timelapses have no sound; allowed by autoplay rules).
   * Timelapses loop, like the short clips they are. */
  @property({ type: Boolean }) autoplay = true;

  override render() {
    const tl = this.timelapse;
    if (!tl) return nothing;
    const t = localizer(this.hass);
    const span =
      tl.started_at && tl.ended_at
        ? (new Date(tl.ended_at).getTime() - new Date(tl.started_at).getTime()) / 1000
        : null;
    const printTime = span === null ? "–" : span < 60 ? `< 1 ${t("units.min")}` : fmtDuration(span);
    return html`<div class="player">
        <video
          data-timelapse-id=${tl.id}
          src=${tl.url}
          poster=${tl.poster_url}
          controls
          playsinline
          muted
          loop
          preload="auto"
          ?autoplay=${this.autoplay}
          aria-label=${t("timelapses.video_of", { job: tl.job_name ?? tl.file_name ?? "" })}
        ></video>
      </div>
      <dl class="facts">
        <dt>${t("timelapses.printer")}</dt>
        <dd>${tl.printer_name ?? tl.printer_id}</dd>
        <dt>${t("timelapses.job")}</dt>
        <dd>${tl.job_name ?? tl.file_name ?? "–"}${tl.file_name && tl.job_name ? html` <span class="muted">(${tl.file_name})</span>` : nothing}</dd>
        <dt>${t("timelapses.result")}</dt>
        <dd><span class="badge" style="--badge-color:${outcomeColor(tl.outcome)}" data-field="outcome">${outcomeText(t, tl.outcome)}</span></dd>
        <dt>${t("timelapses.run")}</dt>
        <dd>${fmtSpan(this.hass, tl.started_at, tl.ended_at)} (${printTime})</dd>
        <dt>${t("timelapses.video")}</dt>
        <dd>
          ${t("timelapses.video_facts", {
            length: fmtClip(this.hass, tl.seconds),
            frames: fmtInt(this.hass, tl.frames),
            fps: fmtInt(this.hass, tl.fps),
            size: fmtBytes(this.hass, tl.bytes),
          })}
        </dd>
        <dt>${t("timelapses.kept")}</dt>
        <dd>${tl.expires ? t("timelapses.kept_until", { date: fmtDateTime(this.hass, tl.expires) }) : t("timelapses.kept_forever")}</dd>
      </dl>`;
  }

  static override styles = [
    sharedStyles,
    formStyles,
    css`
      :host {
        display: block;
      }
      .player {
        background: #000;
        border-radius: 12px;
        overflow: hidden;
      }
      video {
        display: block;
        width: 100%;
        aspect-ratio: 16 / 9;
        max-height: 62vh;
        object-fit: contain;
        background: #000;
      }
      dl.facts {
        margin-top: 12px;
      }
    `,
  ];
}

define("odin-timelapse-player", OdinTimelapsePlayer);
