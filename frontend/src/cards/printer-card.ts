// custom:odin-printer-card — one printer's live status plus estimated vs. actual print times.
import { LitElement, css, html, nothing, type PropertyValues } from "lit";
import { property, state } from "lit/decorators.js";
import { errorMessage, fetchTimeAccuracy, listPrinters, subscribePrinters } from "../common/api";
import { SubscribeMixin, type Unsubscribe } from "../common/subscribe-mixin";
import { define, navigate } from "../common/define";
import { addDays, dayStart, fmtDateTime, fmtDuration, fmtInt, fmtPct } from "../common/format";
import { localizer } from "../common/i18n";
import "../common/printer-tile";
import { sharedStyles } from "../common/styles";
import type { HomeAssistant, Printer, TimeAccuracy } from "../common/types";
import { cardStyles, type LovelaceCardConfig } from "./base";

export interface PrinterCardConfig extends LovelaceCardConfig {
  printer_id: string;
  title?: string;
  runs?: number;
  days?: number;
}

const REFRESH_MS = 5 * 60 * 1000;

export class OdinPrinterCard extends SubscribeMixin(LitElement) {
  @property({ attribute: false }) override hass?: HomeAssistant;
  @state() private _config?: PrinterCardConfig;
  @state() private _printer?: Printer | null;
  @state() private _accuracy?: TimeAccuracy;
  @state() private _error?: string;
  private _timer?: number;
  private _loadedFor = "";

  static getConfigElement(): HTMLElement {
    return document.createElement("odin-printer-card-editor");
  }

  static async getStubConfig(hass: HomeAssistant): Promise<Omit<PrinterCardConfig, "type">> {
    let printerId = "";
    try {
      printerId = (await listPrinters(hass))[0]?.printer_id ?? "";
    } catch {
      // the card editor lets the user choose
    }
    return { printer_id: printerId, runs: 5 };
  }

  setConfig(config: PrinterCardConfig): void {
    if (!config || typeof config !== "object") throw new Error("Invalid configuration");
    if (typeof config.printer_id !== "string") throw new Error("printer_id is required");
    if (config.runs !== undefined && (!Number.isInteger(config.runs) || config.runs < 0 || config.runs > 50)) {
      throw new Error("runs must be a whole number from 0 to 50");
    }
    if (this._config?.printer_id !== config.printer_id) {
      this._printer = undefined;
      this._accuracy = undefined;
    }
    this._config = config;
  }

  getCardSize(): number {
    return 4 + Math.ceil((this._config?.runs ?? 5) / 2);
  }

  getGridOptions() {
    return { columns: 12, rows: "auto", min_columns: 6, min_rows: 3 };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._timer = window.setInterval(() => void this._loadAccuracy(), REFRESH_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.clearInterval(this._timer);
    this._loadedFor = "";
  }

  override updated(_changed: PropertyValues): void {
    const key = JSON.stringify(this._config ?? {});
    if (this.hass && this._config?.printer_id && key !== this._loadedFor) {
      this._loadedFor = key;
      void this._loadAccuracy();
    }
  }

  protected override hassSubscribe(): Promise<Unsubscribe>[] {
    if (!this.hass) return [];
    return [
      subscribePrinters(this.hass, (printers) => {
        this._printer = printers.find((p) => p.printer_id === this._config?.printer_id) ?? null;
      }),
    ];
  }

  protected override subscriptionFailed(err: unknown): void {
    this._error = errorMessage(err);
  }

  private async _loadAccuracy(): Promise<void> {
    if (!this.hass || !this._config?.printer_id) return;
    const today = new Date();
    today.setHours(0, 0, 0, 0);
    const days = this._config.days ?? 30;
    try {
      this._accuracy = await fetchTimeAccuracy(this.hass, {
        start: dayStart(addDays(today, -(days - 1))),
        end: dayStart(addDays(today, 1)),
        printer_id: this._config.printer_id,
      });
    } catch (err) {
      this._error = errorMessage(err);
    }
  }

  private _runs() {
    const t = localizer(this.hass);
    const acc = this._accuracy;
    const limit = this._config?.runs ?? 5;
    if (!acc || limit === 0) return nothing;
    const stats = acc.by_printer.find((p) => p.printer_id === this._config?.printer_id);
    const runs = acc.runs.filter((r) => r.printer_id === this._config?.printer_id).slice(0, limit);
    return html`<div class="acc" data-section="accuracy">
      <h3>${t("card.last_runs")}</h3>
      ${
        stats
          ? html`<div class="kpis">
            <div class="kpi" data-kpi="median_abs_error_pct" data-value=${stats.median_abs_error_pct ?? ""}>
              <div class="value">${fmtPct(this.hass, stats.median_abs_error_pct)}</div>
              <div class="label">${t("analytics.median_abs_error")}</div>
            </div>
            <div class="kpi" data-kpi="bias_pct" data-value=${stats.bias_pct ?? ""}>
              <div class="value">${fmtPct(this.hass, stats.bias_pct, true)}</div>
              <div class="label">${t("analytics.bias")}</div>
            </div>
            <div class="kpi" data-kpi="n" data-value=${stats.n}>
              <div class="value">${fmtInt(this.hass, stats.n)}</div>
              <div class="label">${t("analytics.n")}</div>
            </div>
          </div>`
          : nothing
      }
      ${
        runs.length === 0
          ? html`<div class="muted small">${t("analytics.no_data")}</div>`
          : html`<table>
            <thead>
              <tr>
                <th>${t("analytics.file")}</th>
                <th class="num">${t("analytics.estimate")}</th>
                <th class="num">${t("analytics.actual")}</th>
              </tr>
            </thead>
            <tbody>
              ${runs.map(
                (r) => html`<tr data-key=${String(r.run_id)}>
                  <td>
                    <div class="ellipsis file">${r.job_name || r.file_name || "–"}</div>
                    <div class="muted small">${fmtDateTime(this.hass, r.ended_at)}</div>
                  </td>
                  <td class="num">${fmtDuration(r.estimate_s)}</td>
                  <td class="num">
                    ${fmtDuration(r.actual_s)}
                    ${r.error_pct !== null ? html`<div class="muted small">${fmtPct(this.hass, r.error_pct, true)}</div>` : nothing}
                  </td>
                </tr>`,
              )}
            </tbody>
          </table>`
      }
    </div>`;
  }

  override render() {
    if (!this._config) return nothing;
    const t = localizer(this.hass);
    const p = this._printer;
    const title = this._config.title ?? p?.name ?? t("card.printer_card");
    const url = `/odin/fleet?printer=${encodeURIComponent(this._config.printer_id)}`;
    return html`<ha-card>
      <div class="card-header">
        <span class="ellipsis">${title}</span>
        <a
          href=${url}
          @click=${(e: Event) => {
            e.preventDefault();
            navigate(url);
          }}
          >${t("card.open_panel")} ›</a
        >
      </div>
      <div class="content" data-card="printer">
        ${
          !this._config.printer_id
            ? html`<div class="muted">${t("card.choose_printer")}</div>`
            : this._error
              ? html`<div class="error-text">${t("panel.error", { error: this._error })}</div>`
              : p === undefined
                ? html`<div class="muted center">${t("panel.loading")}</div>`
                : p === null
                  ? html`<div class="error-text">${t("card.printer_missing", { id: this._config.printer_id })}</div>`
                  : html`<odin-printer-tile flat hide-name .hass=${this.hass} .printer=${p}></odin-printer-tile> ${this._runs()}`
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
      .acc {
        margin-top: 16px;
        border-top: 1px solid var(--divider-color);
        padding-top: 12px;
      }
      .acc h3 {
        font-size: 0.95rem;
        color: var(--secondary-text-color);
      }
      .kpis {
        grid-template-columns: repeat(3, 1fr);
        margin-bottom: 8px;
      }
      .kpi .value {
        font-size: 1.15rem;
      }
      td:first-child {
        max-width: 0;
        width: 60%;
      }
      .file {
        max-width: 100%;
      }
    `,
  ];
}

define("odin-printer-card", OdinPrinterCard);
