// Timelapses: gallery of the recorded runs (newest first, per printer), player with the run's
// facts, download, delete (administrators). /odin/timelapses?run=<run id> opens that run's video.
import { css, html, nothing, type PropertyValues } from "lit";
import { property, state } from "lit/decorators.js";
import { listPrinters } from "../common/api";
import { define } from "../common/define";
import { OdinPage } from "../common/page";
import "../common/dialog";
import { toast } from "../common/dialog";
import { deleteTimelapse, farmError, fetchTimelapses } from "../common/farm-api";
import { fmtDateTime, fmtInt } from "../common/format";
import { icon } from "../common/icons";
import { localizer, type Localize } from "../common/i18n";
import { formStyles, sharedStyles } from "../common/styles";
import type { Printer, Timelapse } from "../common/types";
import { fmtClip, outcomeColor, outcomeText } from "./timelapse-player";
import "./timelapse-player";

const PAGE_SIZE = 24;

export class OdinTimelapsesPage extends OdinPage {
  @property() initialPrinter = "";
  /** Open the timelapse of this run (0: none). */
  @property({ type: Number }) runId = 0;
  @state() private _items?: Timelapse[];
  @state() private _next: string | null = null;
  @state() private _recording: string[] = [];
  @state() private _printers: Printer[] = [];
  @state() private _printer = "";
  @state() private _playing?: Timelapse;
  @state() private _runMissing = 0;
  private _openedRun = 0;
  /** The printer filter of the last load (undefined before the first). */
  private _loadedPrinter?: string;
  /** The next load appends the following page. */
  private _append = false;

  private get _isAdmin(): boolean {
    return Boolean(this.hass?.user?.is_admin);
  }

  override willUpdate(changed: PropertyValues): void {
    if (changed.has("initialPrinter") && this.initialPrinter) this._printer = this.initialPrinter;
  }

  protected override firstLoad(): void {
    if (!this.hass) return;
    listPrinters(this.hass)
      .then((p) => (this._printers = p.sort((a, b) => a.name.localeCompare(b.name))))
      .catch(() => undefined);
    this._loadedPrinter = this._printer;
    void this.reload();
  }

  override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.hass) return;
    if (this._loadedPrinter !== undefined && this._printer !== this._loadedPrinter) {
      this._loadedPrinter = this._printer;
      void this.reload();
    }
    if (this.runId && this.runId !== this._openedRun) {
      this._openedRun = this.runId;
      void this._openRun(this.runId);
    }
  }

  protected override async load(current: () => boolean): Promise<void> {
    if (!this.hass) return;
    const append = this._append;
    this._append = false;
    const page = await fetchTimelapses(this.hass, {
      printer_id: this._printer || undefined,
      before: append ? this._next : null,
      limit: PAGE_SIZE,
    });
    if (!current()) return;
    this._items = append ? [...(this._items ?? []), ...page.items] : page.items;
    this._next = page.next;
    this._recording = page.recording;
  }

  private _more(): void {
    this._append = true;
    void this.reload();
  }

  private async _openRun(runId: number): Promise<void> {
    if (!this.hass) return;
    try {
      const page = await fetchTimelapses(this.hass, { run_id: runId, limit: 1 });
      if (page.items[0]) {
        this._runMissing = 0;
        this._playing = page.items[0];
      } else {
        this._runMissing = runId;
      }
    } catch (err) {
      this.error = farmError(localizer(this.hass), err);
    }
  }

  private _askDelete(tl: Timelapse): void {
    const t = localizer(this.hass);
    const name = tl.job_name ?? tl.file_name ?? `#${tl.id}`;
    this.confirmRequest = {
      heading: t("timelapses.delete_heading"),
      text: t("timelapses.delete_text", { job: name, printer: tl.printer_name ?? "" }),
      confirmLabel: t("common.delete"),
      action: async () => {
        if (!this.hass) return;
        await deleteTimelapse(this.hass, tl.id);
        this._playing = undefined;
        toast(this, t("timelapses.deleted", { job: name }));
        await this.reload();
      },
    };
  }

  private _printerName(id: string): string {
    return this._printers.find((p) => p.printer_id === id)?.name ?? id;
  }

  private _card(t: Localize, tl: Timelapse) {
    const name = tl.job_name ?? tl.file_name ?? `#${tl.id}`;
    return html`<li>
      <button class="card tl" data-timelapse-id=${tl.id} data-run-id=${tl.run_id} aria-label=${t("timelapses.play", { job: name })} @click=${() => (this._playing = tl)}>
        <div class="thumb">
          <img src=${tl.poster_url} alt="" loading="lazy" decoding="async" />
          <span class="play" aria-hidden="true">${icon("play")}</span>
          <span class="len">${fmtClip(this.hass, tl.seconds)}</span>
        </div>
        <div class="meta">
          <div class="row">
            <span class="name ellipsis">${name}</span>
            <span class="badge" style="--badge-color:${outcomeColor(tl.outcome)}">${outcomeText(t, tl.outcome)}</span>
          </div>
          <div class="muted small ellipsis">${tl.printer_name ?? this._printerName(tl.printer_id)} · ${fmtDateTime(this.hass, tl.ended_at ?? tl.created)}</div>
        </div>
      </button>
    </li>`;
  }

  private _player(t: Localize) {
    const tl = this._playing;
    const name = tl ? (tl.job_name ?? tl.file_name ?? `#${tl.id}`) : "";
    return html`<odin-dialog
      wide
      .open=${Boolean(tl)}
      heading=${name}
      close-label=${t("common.close")}
      data-dialog="player"
      @closed=${() => (this._playing = undefined)}
    >
      ${tl ? html`<odin-timelapse-player .hass=${this.hass} .timelapse=${tl}></odin-timelapse-player>` : nothing}
      ${tl && !this._isAdmin ? html`<p class="muted small admin-note" data-denied="delete">${t("timelapses.admin_delete")}</p>` : nothing}
      ${
        tl && this._isAdmin
          ? html`<button slot="actions" class="btn danger" data-action="delete" @click=${() => this._askDelete(tl)}>${icon("delete")}${t("common.delete")}</button>`
          : nothing
      }
      ${
        tl
          ? html`<a slot="actions" class="btn" data-action="download" href=${tl.url} download=${`${name.replace(/[^\w.-]+/g, "_")}-${tl.run_id}.mp4`}
            >${icon("download")}${t("timelapses.download")}</a
          >`
          : nothing
      }
      <button slot="actions" class="btn primary" @click=${() => (this._playing = undefined)}>${t("common.close")}</button>
    </odin-dialog>`;
  }

  override render() {
    const t = localizer(this.hass);
    const items = this._items;
    return html`
      <section class="card filters">
        <label class="field">
          ${t("timelapses.printer")}
          <select name="printer" @change=${(e: Event) => (this._printer = (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${this._printer === ""}>${t("analytics.any")}</option>
            ${this._printers.map((p) => html`<option value=${p.printer_id} ?selected=${p.printer_id === this._printer}>${p.name}</option>`)}
          </select>
        </label>
        <div class="recording" data-recording=${this._recording.length}>
          ${
            this._recording.length
              ? html`<span class="rec-dot" aria-hidden="true"></span>${t("timelapses.recording", {
                  printers: this._recording.map((id) => this._printerName(id)).join(", "),
                })}`
              : html`<span class="muted small">${t("timelapses.not_recording")}</span>`
          }
        </div>
      </section>
      ${
        this._runMissing
          ? html`<div class="notice" role="status" data-run-missing=${this._runMissing}>${t("timelapses.run_missing", { run: this._runMissing })}</div>`
          : nothing
      }
      ${this.renderError()}
      ${
        !items
          ? this.error
            ? nothing
            : html`<div class="center muted">${t("panel.loading")}</div>`
          : items.length === 0
            ? html`<div class="card center muted" data-empty="timelapses">${t("timelapses.empty")}</div>`
            : html`<div data-loaded=${this.loading ? "false" : "true"}>
              <div class="muted small count" data-count=${items.length}>${t("timelapses.count", { n: fmtInt(this.hass, items.length) })}</div>
              <ul class="gallery">${items.map((tl) => this._card(t, tl))}</ul>
              ${
                this._next
                  ? html`<div class="more">
                    <button class="btn" data-action="more" ?disabled=${this.loading} @click=${() => this._more()}>${t("audit.load_more")}</button>
                  </div>`
                  : nothing
              }
            </div>`
      }
      ${this._player(t)}
      ${this.renderConfirm()}
    `;
  }

  static override styles = [
    sharedStyles,
    formStyles,
    css`
      :host {
        display: block;
      }
      .filters {
        display: grid;
        grid-template-columns: minmax(0, 320px) 1fr;
        align-items: end;
        gap: 12px;
        margin-bottom: var(--odin-gap);
      }
      @media (max-width: 600px) {
        .filters {
          grid-template-columns: 1fr;
        }
      }
      .recording {
        display: flex;
        align-items: center;
        gap: 8px;
        min-height: 44px;
        font-size: 0.9rem;
        overflow-wrap: anywhere;
      }
      .rec-dot {
        flex: 0 0 auto;
        width: 10px;
        height: 10px;
        border-radius: 50%;
        background: var(--error-color, #db4437);
        animation: pulse 1.6s ease-in-out infinite;
      }
      @keyframes pulse {
        50% {
          opacity: 0.3;
        }
      }
      @media (prefers-reduced-motion: reduce) {
        .rec-dot {
          animation: none;
        }
      }
      .count {
        margin-bottom: 8px;
      }
      ul.gallery {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 260px), 1fr));
        gap: var(--odin-gap);
      }
      button.tl {
        width: 100%;
        padding: 0;
        overflow: hidden;
        text-align: left;
        cursor: pointer;
        display: flex;
        flex-direction: column;
        font: inherit;
        color: inherit;
      }
      button.tl:focus-visible {
        outline: 2px solid var(--primary-color);
        outline-offset: 2px;
      }
      .thumb {
        position: relative;
        aspect-ratio: 16 / 9;
        background: #000;
      }
      .thumb img {
        width: 100%;
        height: 100%;
        object-fit: cover;
        display: block;
      }
      .play {
        position: absolute;
        inset: 0;
        margin: auto;
        width: 52px;
        height: 52px;
        border-radius: 50%;
        background: rgba(0, 0, 0, 0.55);
        display: flex;
        align-items: center;
        justify-content: center;
      }
      .play svg {
        width: 30px;
        height: 30px;
        fill: #fff;
      }
      .len {
        position: absolute;
        right: 8px;
        bottom: 8px;
        padding: 1px 6px;
        border-radius: 4px;
        background: rgba(0, 0, 0, 0.7);
        color: #fff;
        font-size: 0.75rem;
        font-variant-numeric: tabular-nums;
      }
      .meta {
        padding: 10px 12px 12px;
        display: flex;
        flex-direction: column;
        gap: 4px;
        min-width: 0;
      }
      .row {
        display: flex;
        justify-content: space-between;
        align-items: center;
        gap: 8px;
        min-width: 0;
      }
      .name {
        font-weight: 500;
      }
      .more {
        display: flex;
        justify-content: center;
        padding-top: 16px;
      }
      .admin-note {
        margin: 12px 0 0;
      }
      a.btn {
        text-decoration: none;
      }
    `,
  ];
}

define("odin-timelapses-page", OdinTimelapsesPage);
