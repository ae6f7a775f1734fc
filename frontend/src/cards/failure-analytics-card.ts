// custom:odin-failure-analytics-card — success rate, failures and one chart for the last N days.
import { LitElement, css, html, nothing, type PropertyValues } from "lit";
import { property, state } from "lit/decorators.js";
import { errorMessage, fetchFailures } from "../common/api";
import {
  countChart,
  groupRows,
  kpis,
  outcomeChart,
  printerRows,
  reasonRows,
  trendChart,
  windowText,
} from "../common/analytics-view";
import { define } from "../common/define";
import { addDays, dayStart } from "../common/format";
import { localizer } from "../common/i18n";
import { sharedStyles } from "../common/styles";
import type { FailureAnalytics, HomeAssistant } from "../common/types";
import { cardStyles, type LovelaceCardConfig } from "./base";

export const CHARTS = ["printer", "reasons", "trend", "model", "material"] as const;
export type ChartKind = (typeof CHARTS)[number];

export interface FailureAnalyticsCardConfig extends LovelaceCardConfig {
  title?: string;
  days?: number;
  chart?: ChartKind;
  printer_id?: string;
  tag?: string;
}

const REFRESH_MS = 5 * 60 * 1000;

export class OdinFailureAnalyticsCard extends LitElement {
  @property({ attribute: false }) hass?: HomeAssistant;
  @state() private _config?: FailureAnalyticsCardConfig;
  @state() private _data?: FailureAnalytics;
  @state() private _error?: string;
  private _timer?: number;
  private _loadedFor = "";

  static getConfigElement(): HTMLElement {
    return document.createElement("odin-failure-analytics-card-editor");
  }

  static getStubConfig(): Omit<FailureAnalyticsCardConfig, "type"> {
    return { days: 30, chart: "printer" };
  }

  setConfig(config: FailureAnalyticsCardConfig): void {
    if (!config || typeof config !== "object") throw new Error("Invalid configuration");
    if (config.days !== undefined && (!Number.isInteger(config.days) || config.days < 1 || config.days > 366)) {
      throw new Error("days must be a whole number from 1 to 366");
    }
    if (config.chart !== undefined && !CHARTS.includes(config.chart)) {
      throw new Error(`chart must be one of: ${CHARTS.join(", ")}`);
    }
    this._config = config;
  }

  getCardSize(): number {
    return 7;
  }

  getGridOptions() {
    return { columns: 12, rows: "auto", min_columns: 6, min_rows: 4 };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._timer = window.setInterval(() => void this._load(), REFRESH_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.clearInterval(this._timer);
    this._loadedFor = "";
  }

  override updated(_changed: PropertyValues): void {
    const key = JSON.stringify(this._config ?? {});
    if (this.hass && this._config && key !== this._loadedFor) {
      this._loadedFor = key;
      void this._load();
    }
  }

  private async _load(): Promise<void> {
    if (!this.hass || !this._config) return;
    const days = this._config.days ?? 30;
    const today = new Date();
    today.setHours(0, 0, 0, 0);
    try {
      this._data = await fetchFailures(this.hass, {
        start: dayStart(addDays(today, -(days - 1))),
        end: dayStart(addDays(today, 1)),
        bucket: days > 60 ? "week" : "day",
        printer_id: this._config.printer_id || undefined,
        tag: this._config.tag || undefined,
      });
      this._error = undefined;
    } catch (err) {
      this._error = errorMessage(err);
    }
  }

  private _chart() {
    const t = localizer(this.hass);
    const data = this._data!;
    const theme = this.hass?.themes?.darkMode;
    switch (this._config?.chart ?? "printer") {
      case "reasons":
        return countChart(
          this.hass,
          t,
          "reasons",
          t("analytics.reasons"),
          reasonRows(t, data.reasons),
          t("analytics.reason"),
          { theme },
        );
      case "trend":
        return trendChart(this.hass, t, data, { theme, height: 180 });
      case "model":
        return outcomeChart(
          this.hass,
          t,
          "by_model",
          t("analytics.by_model"),
          groupRows(t, data.by_model, (g) => g.model),
          { theme },
        );
      case "material":
        return outcomeChart(
          this.hass,
          t,
          "by_material",
          t("analytics.by_material"),
          groupRows(t, data.by_material, (g) => g.material),
          { theme },
        );
      default:
        return outcomeChart(this.hass, t, "by_printer", t("analytics.by_printer"), printerRows(data.by_printer), {
          theme,
          showMtbf: true,
        });
    }
  }

  override render() {
    if (!this._config) return nothing;
    const t = localizer(this.hass);
    const title = this._config.title ?? t("card.failure_analytics");
    return html`<ha-card>
      ${title ? html`<div class="card-header">${title}</div>` : nothing}
      <div class="content ${title ? "" : "no-header"}" data-card="failure-analytics">
        ${
          this._error
            ? html`<div class="error-text">${t("panel.error", { error: this._error })}</div>`
            : !this._data
              ? html`<div class="muted center">${t("panel.loading")}</div>`
              : html`<div class="muted small window" data-window>${windowText(this.hass, t, this._data)}</div>
                ${kpis(this.hass, t, this._data)}
                <div class="inner">${this._chart()}</div>`
        }
      </div>
    </ha-card>`;
  }

  static override styles = [sharedStyles, cardStyles, css``];
}

define("odin-failure-analytics-card", OdinFailureAnalyticsCard);
