// custom:odin-queue-card — the print queue at a glance: what prints, what is next and why the
// rest waits, with the send progress of a dispatch. Refreshes every 30 s and after a send.
import { LitElement, css, html, nothing, type PropertyValues } from "lit";
import { property, state } from "lit/decorators.js";
import { errorMessage } from "../common/api";
import type { Job, QueueList, SendProgress } from "../common/api-types";
import { define, navigate } from "../common/define";
import { fetchQueue } from "../common/farm-api";
import { subscribeDispatch } from "../common/files-api";
import { fmtDateTime, fmtInt } from "../common/format";
import { localizer, type Localize } from "../common/i18n";
import { ACTIVE_JOB_STATUSES as ACTIVE, cardJobs, decisionText } from "../common/job-format";
import { sharedStyles } from "../common/styles";
import { SubscribeMixin, type Unsubscribe } from "../common/subscribe-mixin";
import type { HomeAssistant } from "../common/types";
import { cardStyles, type LovelaceCardConfig } from "./base";

export interface QueueCardConfig extends LovelaceCardConfig {
  title?: string;
  /** Jobs shown (1..50, default 5). */
  limit?: number;
  /** Also list the latest finished jobs. */
  show_finished?: boolean;
}

const REFRESH_MS = 30 * 1000;
export class OdinQueueCard extends SubscribeMixin(LitElement) {
  @property({ attribute: false }) override hass?: HomeAssistant;
  @state() private _config?: QueueCardConfig;
  @state() private _data?: QueueList;
  @state() private _error?: string;
  @state() private _progress = new Map<number, SendProgress>();
  private _timer?: number;
  private _loadedFor = "";
  private _request = 0;

  static getConfigElement(): HTMLElement {
    return document.createElement("odin-queue-card-editor");
  }

  static getStubConfig(): Omit<QueueCardConfig, "type"> {
    return { limit: 5 };
  }

  setConfig(config: QueueCardConfig): void {
    if (!config || typeof config !== "object") throw new Error("Invalid configuration");
    if (config.limit !== undefined && (!Number.isInteger(config.limit) || config.limit < 1 || config.limit > 50)) {
      throw new Error("limit must be a whole number from 1 to 50");
    }
    if (config.show_finished !== undefined && typeof config.show_finished !== "boolean") {
      throw new Error("show_finished must be true or false");
    }
    this._config = config;
  }

  getCardSize(): number {
    return 2 + (this._config?.limit ?? 5);
  }

  getGridOptions() {
    return { columns: 12, rows: "auto", min_columns: 6, min_rows: 3 };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._timer = window.setInterval(() => {
      if (!document.hidden) void this._load();
    }, REFRESH_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.clearInterval(this._timer);
    this._loadedFor = "";
  }

  protected override hassSubscribe(): Promise<Unsubscribe>[] {
    if (!this.hass) return [];
    return [
      subscribeDispatch(this.hass, (p) => {
        this._progress = new Map(this._progress).set(p.job_id, p);
        if (p.stage === "started") void this._load();
      }),
    ];
  }

  override updated(changed: PropertyValues): void {
    super.updated(changed);
    const key = JSON.stringify(this._config ?? {});
    if (this.hass && this._config && key !== this._loadedFor) {
      this._loadedFor = key;
      void this._load();
    }
  }

  private async _load(): Promise<void> {
    if (!this.hass || !this._config) return;
    const id = ++this._request;
    try {
      const data = await fetchQueue(this.hass, this._config.show_finished ?? false);
      if (id !== this._request) return;
      this._data = data;
      this._error = undefined;
    } catch (err) {
      if (id === this._request) this._error = errorMessage(err);
    }
  }

  private _printerName = (id: string): string => this._data?.printers.find((p) => p.printer_id === id)?.name ?? id;

  private _line(t: Localize, job: Job): string {
    if (ACTIVE.has(job.status)) {
      const printer = job.printer_name ?? (job.printer_id ? this._printerName(job.printer_id) : "");
      return printer ? t("queue.on_printer", { printer }) : t(`queue.status.${job.status}`);
    }
    if (job.status === "queued") return job.decision ? decisionText(t, job, job.decision, this._printerName) : "";
    return job.ended_at ? t("queue.ended", { when: fmtDateTime(this.hass, job.ended_at) }) : "";
  }

  private _job(t: Localize, job: Job) {
    const sending = this._progress.get(job.job_id) ?? job.progress;
    const pct = sending && sending.stage === "uploading" ? Math.round(sending.percent) : null;
    return html`<li class="job" data-job-id=${job.job_id} data-status=${job.status}>
      <div class="row">
        <span class="ellipsis name">${job.name || job.file}</span>
        <span class="pill status status-${job.status}">${t(`queue.status.${job.status}`)}</span>
      </div>
      <div class="muted small ellipsis" data-field="line">${this._line(t, job)}</div>
      ${
        pct !== null
          ? html`<div class="progress" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow=${pct}>
            <div style="width:${pct}%"></div>
          </div>`
          : nothing
      }
    </li>`;
  }

  override render() {
    if (!this._config) return nothing;
    const t = localizer(this.hass);
    const url = "/odin/queue";
    const data = this._data;
    const jobs = data ? cardJobs(data.items, this._config.limit ?? 5, this._config.show_finished ?? false) : [];
    const queued = data?.items.filter((j) => j.status === "queued").length ?? 0;
    const active = data?.items.filter((j) => ACTIVE.has(j.status)).length ?? 0;
    return html`<ha-card>
      <div class="card-header">
        <span class="ellipsis">${this._config.title ?? t("card.queue_card")}</span>
        <a
          href=${url}
          @click=${(e: Event) => {
            e.preventDefault();
            navigate(url);
          }}
          >${t("card.open_panel")} ›</a
        >
      </div>
      <div class="content" data-card="queue" data-loaded=${data ? "true" : "false"}>
        ${
          this._error
            ? html`<div class="error-text">${t("panel.error", { error: this._error })}</div>`
            : !data
              ? html`<div class="muted center">${t("panel.loading")}</div>`
              : html`<div class="muted small summary" data-queued=${queued} data-active=${active}>
                  ${t("queue.summary", { queued: fmtInt(this.hass, queued), active: fmtInt(this.hass, active) })}
                </div>
                ${
                  jobs.length === 0
                    ? html`<div class="muted center" data-empty="queue">${t("card.queue_empty")}</div>`
                    : html`<ul class="jobs">
                      ${jobs.map((j) => this._job(t, j))}
                    </ul>`
                }`
        }
      </div>
    </ha-card>`;
  }

  static override styles = [
    sharedStyles,
    cardStyles,
    css`
      .card-header {
        padding-bottom: 8px;
      }
      .summary {
        margin-bottom: 8px;
      }
      ul.jobs {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li.job {
        padding: 8px 0;
        border-top: 1px solid var(--divider-color);
        min-width: 0;
      }
      .row {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: 8px;
        min-width: 0;
      }
      .name {
        font-weight: 500;
        min-width: 0;
      }
      .pill.status {
        flex: none;
      }
      .status-printing,
      .status-assigned {
        color: var(--info-color, #039be5);
      }
      .progress {
        height: 4px;
        margin-top: 4px;
        border-radius: 2px;
        background: var(--divider-color);
        overflow: hidden;
      }
      .progress > div {
        height: 100%;
        background: var(--primary-color);
      }
    `,
  ];
}

define("odin-queue-card", OdinQueueCard);

declare global {
  interface HTMLElementTagNameMap {
    "odin-queue-card": OdinQueueCard;
  }
}
