// <odin-chart>: a small Lit wrapper around Chart.js (only the bar and line parts are bundled,
// in a chunk of their own that is loaded when the first chart renders).
// Colours are HA theme variables, resolved on every render so light/dark switches apply.
import { LitElement, css, html, type PropertyValues } from "lit";
import { property } from "lit/decorators.js";
import type { Chart, ChartConfiguration, ChartDataset } from "chart.js";
import { define } from "./define";

type ChartCtor = typeof Chart;
let engine: Promise<ChartCtor> | undefined;

/** Chart.js, fetched once as its own chunk (relative to this module's URL). */
export function loadChartEngine(): Promise<ChartCtor> {
  engine ??= import("./chart-engine").then((m) => m.Chart);
  return engine;
}

export interface Series {
  label: string;
  data: (number | null)[];
  /** A CSS colour or `var(--name, fallback)`. */
  color: string;
  /** Draw this series as a line on a bar chart. */
  line?: boolean;
}

const VAR_RE = /^var\((--[\w-]+)\s*(?:,\s*(.+))?\)$/;

function resolveColor(host: Element, color: string): string {
  const style = getComputedStyle(host);
  let value = color.trim();
  for (let i = 0; i < 5; i++) {
    const m = VAR_RE.exec(value);
    if (!m) break;
    const resolved = style.getPropertyValue(m[1]).trim();
    value = resolved || (m[2] ?? "").trim() || "#888";
  }
  return value;
}

function truncate(label: string, max: number): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

export class OdinChart extends LitElement {
  @property({ attribute: false }) labels: string[] = [];
  @property({ attribute: false }) series: Series[] = [];
  @property() type: "bar" | "line" = "bar";
  @property({ type: Boolean }) stacked = false;
  @property({ type: Boolean }) horizontal = false;
  @property({ type: Number }) height = 240;
  @property() label = "";
  /** Changes when the theme changes, so colours are re-read. */
  @property({ attribute: false }) theme: unknown;
  /** Formats values on the value axis and in tooltips. */
  @property({ attribute: false }) formatValue?: (v: number) => string;

  private _chart?: Chart;
  private _chartType = "";

  static override styles = css`
    :host {
      display: block;
      position: relative;
      width: 100%;
      min-width: 0;
    }
    .wrap {
      position: relative;
      width: 100%;
    }
    canvas {
      display: block;
    }
  `;

  override render() {
    const h = this.horizontal ? Math.max(120, this.labels.length * 30 + 50) : this.height;
    return html`<div class="wrap" style="height:${h}px">
      <canvas role="img" aria-label=${this.label}></canvas>
    </div>`;
  }

  override updated(changed: PropertyValues): void {
    super.updated(changed);
    this._draw();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this._draw();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._chart?.destroy();
    this._chart = undefined;
  }

  private _config(): ChartConfiguration {
    const text = resolveColor(this, "var(--secondary-text-color, #727272)");
    const grid = resolveColor(this, "var(--divider-color, rgba(0,0,0,0.12))");
    const font = { family: getComputedStyle(this).fontFamily || undefined, size: 12 };
    const fmt = this.formatValue;
    const datasets = this.series.map((s): ChartDataset => {
      const color = resolveColor(this, s.color);
      if (this.type === "line" || s.line) {
        return {
          type: "line",
          label: s.label,
          data: s.data,
          borderColor: color,
          backgroundColor: color,
          pointRadius: this.labels.length > 40 ? 0 : 3,
          borderWidth: 2,
          tension: 0.25,
          spanGaps: true,
        } as ChartDataset;
      }
      return {
        type: "bar",
        label: s.label,
        data: s.data,
        backgroundColor: color,
        borderRadius: 3,
        maxBarThickness: 36,
      } as ChartDataset;
    });
    const valueAxis = {
      stacked: this.stacked,
      beginAtZero: true,
      grid: { color: grid },
      border: { display: false },
      ticks: {
        color: text,
        font,
        precision: 0,
        callback: fmt ? (v: number | string) => fmt(Number(v)) : undefined,
      },
    };
    const maxLabel = this.horizontal ? Math.max(12, Math.min(40, Math.floor(this.clientWidth / 16))) : 18;
    const categoryAxis = {
      stacked: this.stacked,
      grid: { display: false },
      ticks: {
        color: text,
        font,
        autoSkip: true,
        maxRotation: 0,
        callback(this: { getLabelForValue(v: number): string }, v: number | string) {
          return truncate(this.getLabelForValue(Number(v)), maxLabel);
        },
      },
    };
    return {
      type: this.type,
      data: { labels: this.labels, datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        indexAxis: this.horizontal ? "y" : "x",
        interaction: { mode: "index", intersect: false },
        scales: this.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
        plugins: {
          legend: {
            display: this.series.length > 1,
            position: "bottom",
            labels: { color: text, font, boxWidth: 12, boxHeight: 12 },
          },
          tooltip: {
            callbacks: fmt
              ? {
                  label: (ctx) => `${ctx.dataset.label ?? ""}: ${fmt(Number(ctx.parsed[this.horizontal ? "x" : "y"]))}`,
                }
              : {},
          },
        },
      },
    } as ChartConfiguration;
  }

  private _draw(): void {
    void loadChartEngine().then((ChartJs) => this._drawWith(ChartJs));
  }

  private _drawWith(ChartJs: ChartCtor): void {
    const canvas = this.renderRoot.querySelector("canvas");
    if (!canvas || !this.isConnected) return;
    const config = this._config();
    if (this._chart && this._chart.canvas === canvas && this._chartType === this.type) {
      this._chart.data = config.data;
      this._chart.options = config.options ?? {};
      this._chart.update("none");
      return;
    }
    this._chart?.destroy();
    this._chart = new ChartJs(canvas, config);
    this._chartType = this.type;
    this.dataset.ready = "";
  }
}

define("odin-chart", OdinChart);

declare global {
  interface HTMLElementTagNameMap {
    "odin-chart": OdinChart;
  }
}
