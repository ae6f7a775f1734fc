// Analytics: failure analytics and print time accuracy for a date range and filters.
import { css, html, nothing, type PropertyValues } from "lit";
import { property, state } from "lit/decorators.js";
import { fetchFailures, fetchTimeAccuracy, listPrinters } from "../common/api";
import {
  countChart,
  errorRows,
  groupRows,
  kpis,
  outcomeChart,
  printerRows,
  reasonRows,
  trendChart,
  windowText,
} from "../common/analytics-view";
import "../common/chart";
import { OdinPage } from "../common/page";
import { define } from "../common/define";
import "../common/dialog";
import { farmError, fetchTimelapses } from "../common/farm-api";
import {
  addDays,
  dayStart,
  fmtDateTime,
  fmtDay,
  fmtDuration,
  fmtInt,
  fmtPct,
  isoDay,
  parseDay,
} from "../common/format";
import { localizer } from "../common/i18n";
import { sharedStyles } from "../common/styles";
import type { RunAccuracy, AnalyticsQuery, FailureAnalytics, Printer, TimeAccuracy, Timelapse } from "../common/types";
import "./timelapse-player";

const PRESETS = [7, 30, 90];
const FILTER_KEYS = ["_from", "_to", "_bucket", "_printer", "_tag", "_model", "_material"];

export class OdinAnalyticsPage extends OdinPage {
  @property() initialPrinter = "";

  @state() private _from = isoDay(addDays(new Date(), -29));
  @state() private _to = isoDay(new Date());
  @state() private _bucket: "day" | "week" = "day";
  @state() private _printer = "";
  @state() private _tag = "";
  @state() private _model = "";
  @state() private _material = "";
  @state() private _printers: Printer[] = [];
  @state() private _failures?: FailureAnalytics;
  @state() private _accuracy?: TimeAccuracy;
  /** Run detail: the run, and its timelapse once looked up (null: it has none). */
  @state() private _run?: RunAccuracy;
  @state() private _runTimelapse?: Timelapse | null;
  @state() private _runError?: string;
  private _materials = new Set<string>();
  /** The first load ran; later filter changes load again. */
  private _filtersLoaded = false;

  override willUpdate(changed: PropertyValues): void {
    if (changed.has("initialPrinter") && this.initialPrinter) this._printer = this.initialPrinter;
  }

  protected override firstLoad(): void {
    if (!this.hass) return;
    listPrinters(this.hass)
      .then((printers) => (this._printers = printers.sort((a, b) => a.name.localeCompare(b.name))))
      .catch(() => undefined);
    this._filtersLoaded = true;
    void this.reload();
  }

  override updated(changed: PropertyValues): void {
    const first = !this._filtersLoaded;
    super.updated(changed);
    if (!first && FILTER_KEYS.some((k) => changed.has(k as keyof OdinAnalyticsPage))) void this.reload();
  }

  private _query(): AnalyticsQuery {
    let from = parseDay(this._from);
    let to = parseDay(this._to);
    if (to < from) [from, to] = [to, from];
    return {
      start: dayStart(from),
      end: dayStart(addDays(to, 1)),
      bucket: this._bucket,
      printer_id: this._printer || undefined,
      tag: this._tag || undefined,
      model: this._model || undefined,
      material: this._material || undefined,
    };
  }

  protected override async load(current: () => boolean): Promise<void> {
    if (!this.hass) return;
    const query = this._query();
    const { bucket: _bucket, ...accQuery } = query;
    const [failures, accuracy] = await Promise.all([
      fetchFailures(this.hass, query),
      fetchTimeAccuracy(this.hass, accQuery).catch(() => undefined),
    ]);
    if (!current()) return;
    this._failures = failures;
    this._accuracy = accuracy;
    for (const m of failures.by_material) if (m.material) this._materials.add(m.material);
  }

  private async _openRun(run: RunAccuracy): Promise<void> {
    if (!this.hass) return;
    this._run = run;
    this._runTimelapse = undefined;
    this._runError = undefined;
    try {
      const page = await fetchTimelapses(this.hass, { run_id: run.run_id, limit: 1 });
      if (this._run === run) this._runTimelapse = page.items[0] ?? null;
    } catch (err) {
      if (this._run === run) this._runError = farmError(localizer(this.hass), err);
    }
  }

  private _runDialog() {
    const t = localizer(this.hass);
    const r = this._run;
    const tl = this._runTimelapse;
    return html`<odin-dialog
      wide
      .open=${Boolean(r)}
      heading=${r ? r.job_name || r.file_name || t("analytics.run") : ""}
      close-label=${t("common.close")}
      data-dialog="run"
      @closed=${() => (this._run = undefined)}
    >
      ${
        r
          ? html`${
              tl
                ? html`<odin-timelapse-player .hass=${this.hass} .timelapse=${tl}></odin-timelapse-player>`
                : html`<dl class="facts">
                    <dt>${t("analytics.printer")}</dt>
                    <dd>${r.printer_name ?? r.printer_id}</dd>
                    <dt>${t("analytics.ended_at")}</dt>
                    <dd>${fmtDateTime(this.hass, r.ended_at)}</dd>
                    <dt>${t("analytics.estimate")}</dt>
                    <dd>${fmtDuration(r.estimate_s)}</dd>
                    <dt>${t("analytics.actual")}</dt>
                    <dd>${fmtDuration(r.actual_s)} (${fmtPct(this.hass, r.error_pct, true)})</dd>
                  </dl>
                  <p class="muted small" data-timelapse="${tl === null ? "none" : "loading"}">
                    ${this._runError ?? (tl === null ? t("analytics.no_timelapse") : t("panel.loading"))}
                  </p>`
            }`
          : nothing
      }
      <button slot="actions" class="btn primary" @click=${() => (this._run = undefined)}>${t("common.close")}</button>
    </odin-dialog>`;
  }

  private _preset(days: number): void {
    this._to = isoDay(new Date());
    this._from = isoDay(addDays(new Date(), -(days - 1)));
  }

  private _activePreset(): number | undefined {
    if (this._to !== isoDay(new Date())) return undefined;
    return PRESETS.find((d) => this._from === isoDay(addDays(new Date(), -(d - 1))));
  }

  private _select(
    label: string,
    name: string,
    value: string,
    options: { value: string; label: string }[],
    set: (v: string) => void,
  ) {
    const t = localizer(this.hass);
    return html`<label class="field">
      ${label}
      <select name=${name} @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${value === ""}>${t("analytics.any")}</option>
        ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
      </select>
    </label>`;
  }

  private _filters() {
    const t = localizer(this.hass);
    const tags = [...new Set(this._printers.flatMap((p) => p.tags))].sort();
    const models = [...new Set(this._printers.map((p) => p.model).filter((m): m is string => Boolean(m)))].sort();
    const materials = [...this._materials].sort();
    const preset = this._activePreset();
    const active = [this._printer, this._tag, this._model, this._material].filter(Boolean).length;
    const extra = html`<label class="field"
          >${t("analytics.bucket")}
          <select name="bucket" @change=${(e: Event) => (this._bucket = (e.target as HTMLSelectElement).value as "day" | "week")}>
            <option value="day" ?selected=${this._bucket === "day"}>${t("analytics.day")}</option>
            <option value="week" ?selected=${this._bucket === "week"}>${t("analytics.week")}</option>
          </select>
        </label>
        ${this._select(
          t("analytics.printer"),
          "printer",
          this._printer,
          this._printers.map((p) => ({ value: p.printer_id, label: p.name })),
          (v) => (this._printer = v),
        )}
        ${
          tags.length
            ? this._select(
                t("analytics.tag"),
                "tag",
                this._tag,
                tags.map((v) => ({ value: v, label: v })),
                (v) => (this._tag = v),
              )
            : nothing
        }
        ${this._select(
          t("analytics.model"),
          "model",
          this._model,
          models.map((v) => ({ value: v, label: v })),
          (v) => (this._model = v),
        )}
        ${this._select(
          t("analytics.material"),
          "material",
          this._material,
          materials.map((v) => ({ value: v, label: v })),
          (v) => (this._material = v),
        )}`;
    return html`<section class="card filters">
      <div class="chips" role="group" aria-label=${t("analytics.range")}>
        ${PRESETS.map(
          (
            d,
          ) => html`<button class="chip" data-days=${d} aria-pressed=${preset === d ? "true" : "false"} @click=${() => this._preset(d)}>
            ${t("analytics.last_days", { days: d })}
          </button>`,
        )}
      </div>
      <div class="fields">
        <label class="field"
          >${t("analytics.from")}
          <input
            type="date"
            name="from"
            .value=${this._from}
            max=${this._to}
            @change=${(e: Event) => (this._from = (e.target as HTMLInputElement).value || this._from)}
        /></label>
        <label class="field"
          >${t("analytics.to")}
          <input
            type="date"
            name="to"
            .value=${this._to}
            min=${this._from}
            @change=${(e: Event) => (this._to = (e.target as HTMLInputElement).value || this._to)}
        /></label>
        ${this.narrow ? nothing : extra}
      </div>
      ${
        this.narrow
          ? html`<details ?open=${active > 0}>
            <summary>${t("analytics.more_filters")}${active ? ` (${active})` : ""}</summary>
            <div class="fields">${extra}</div>
          </details>`
          : nothing
      }
    </section>`;
  }

  private _accuracySection() {
    const t = localizer(this.hass);
    const acc = this._accuracy;
    if (!acc) return nothing;
    const theme = this.hass?.themes?.darkMode;
    const runs = acc.runs.slice(0, 25);
    return html`<section class="card chart-card wide" data-section="accuracy">
      <h2>${t("analytics.accuracy")}</h2>
      ${
        acc.by_printer.length === 0
          ? html`<div class="muted center">${t("analytics.no_data")}</div>`
          : html`<odin-chart
              .labels=${acc.by_printer.map((p) => p.name ?? p.printer_id)}
              .series=${[
                {
                  label: t("analytics.median_abs_error"),
                  data: acc.by_printer.map((p) => p.median_abs_error_pct),
                  color: "var(--primary-color, #03a9f4)",
                },
                {
                  label: t("analytics.bias"),
                  data: acc.by_printer.map((p) => p.bias_pct),
                  color: "var(--accent-color, #ff9800)",
                },
              ]}
              .theme=${theme}
              .formatValue=${(v: number) => fmtPct(this.hass, v)}
              ?horizontal=${acc.by_printer.length > 6}
              label=${t("analytics.accuracy")}
            ></odin-chart>
            <div class="table-wrap">
              <table class="stack">
                <thead>
                  <tr>
                    <th>${t("analytics.printer")}</th>
                    <th class="num">${t("analytics.median_abs_error")}</th>
                    <th class="num">${t("analytics.bias")}</th>
                    <th class="num">${t("analytics.n")}</th>
                  </tr>
                </thead>
                <tbody>
                  ${acc.by_printer.map(
                    (p) => html`<tr data-key=${p.printer_id}>
                      <td>${p.name ?? p.printer_id}</td>
                      <td class="num" data-col="median_abs_error_pct" data-label=${t("analytics.median_abs_error")}>
                        ${fmtPct(this.hass, p.median_abs_error_pct)}
                      </td>
                      <td class="num" data-col="bias_pct" data-label=${t("analytics.bias")}>${fmtPct(this.hass, p.bias_pct, true)}</td>
                      <td class="num" data-col="n" data-label=${t("analytics.n")}>${fmtInt(this.hass, p.n)}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
      }
      ${
        acc.weekly.length
          ? html`<h3 class="sub">${t("analytics.accuracy_trend")}</h3>
            <odin-chart
              type="line"
              .labels=${acc.weekly.map((w) => fmtDay(this.hass, w.start))}
              .series=${[
                {
                  label: t("analytics.median_abs_error"),
                  data: acc.weekly.map((w) => w.median_abs_error_pct),
                  color: "var(--primary-color, #03a9f4)",
                },
                {
                  label: t("analytics.bias"),
                  data: acc.weekly.map((w) => w.bias_pct),
                  color: "var(--accent-color, #ff9800)",
                },
              ]}
              .theme=${theme}
              .formatValue=${(v: number) => fmtPct(this.hass, v)}
              height="200"
              label=${t("analytics.accuracy_trend")}
            ></odin-chart>`
          : nothing
      }
      ${
        runs.length
          ? html`<details>
            <summary>${t("analytics.recent_runs")} (${fmtInt(this.hass, runs.length)} / ${fmtInt(this.hass, acc.runs_total)})</summary>
            <div class="table-wrap">
              <table class="runs stack">
                <thead>
                  <tr>
                    <th>${t("analytics.file")}</th>
                    <th class="num">${t("analytics.estimate")}</th>
                    <th class="num">${t("analytics.actual")}</th>
                    <th class="num">${t("analytics.deviation")}</th>
                  </tr>
                </thead>
                <tbody>
                  ${runs.map(
                    (r) => html`<tr data-key=${String(r.run_id)}>
                      <td>
                        <button class="run-link" data-action="run" aria-label=${t("analytics.open_run", { job: r.job_name || r.file_name || "" })} @click=${() => this._openRun(r)}>
                          <span class="ellipsis file">${r.job_name || r.file_name || "–"}</span>
                          <span class="muted small">${r.printer_name ?? ""} · ${fmtDateTime(this.hass, r.ended_at)}</span>
                        </button>
                      </td>
                      <td class="num" data-label=${t("analytics.estimate")}>${fmtDuration(r.estimate_s)}</td>
                      <td class="num" data-label=${t("analytics.actual")}>${fmtDuration(r.actual_s)}</td>
                      <td class="num" data-label=${t("analytics.deviation")}>${fmtPct(this.hass, r.error_pct, true)}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>
          </details>`
          : nothing
      }
    </section>`;
  }

  override render() {
    const t = localizer(this.hass);
    const data = this._failures;
    const theme = this.hass?.themes?.darkMode;
    return html`
      ${this._filters()}
      ${this.renderError()}
      ${
        !data
          ? this.loading
            ? html`<div class="center muted">${t("panel.loading")}</div>`
            : nothing
          : html`<div class="grid ${this.loading ? "loading" : ""}" data-loaded=${this.loading ? "false" : "true"}>
            <section class="card wide" data-section="totals">
              <div class="window muted small" data-window>${windowText(this.hass, t, data)}</div>
              ${kpis(this.hass, t, data)}
              <div class="muted small note">${t("analytics.cancel_note")}</div>
            </section>
            <div class="wide">${trendChart(this.hass, t, data, { theme })}</div>
            ${outcomeChart(this.hass, t, "by_printer", t("analytics.by_printer"), printerRows(data.by_printer), { showMtbf: true, theme })}
            ${countChart(this.hass, t, "reasons", t("analytics.reasons"), reasonRows(t, data.reasons), t("analytics.reason"), { theme })}
            ${countChart(this.hass, t, "hms", t("analytics.hms"), errorRows(data.errors), t("analytics.code"), { theme })}
            ${outcomeChart(
              this.hass,
              t,
              "by_model",
              t("analytics.by_model"),
              groupRows(t, data.by_model, (g) => g.model),
              { theme },
            )}
            ${outcomeChart(
              this.hass,
              t,
              "by_material",
              t("analytics.by_material"),
              groupRows(t, data.by_material, (g) => g.material),
              { theme },
            )}
            ${
              data.by_tag.length
                ? outcomeChart(
                    this.hass,
                    t,
                    "by_tag",
                    t("analytics.by_tag"),
                    groupRows(t, data.by_tag, (g) => g.tag),
                    { theme },
                  )
                : nothing
            }
            ${this._accuracySection()}
          </div>`
      }
      ${this._runDialog()}
    `;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .filters {
        display: flex;
        flex-direction: column;
        gap: 12px;
        margin-bottom: var(--odin-gap);
      }
      .fields {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(150px, 1fr));
        gap: 10px;
      }
      @media (max-width: 600px) {
        .fields {
          grid-template-columns: 1fr 1fr;
        }
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 440px), 1fr));
        gap: var(--odin-gap);
        transition: opacity 0.2s;
      }
      .grid.loading {
        opacity: 0.6;
      }
      .wide {
        grid-column: 1 / -1;
        min-width: 0;
      }
      .window {
        margin-bottom: 10px;
      }
      .note {
        margin-top: 10px;
      }
      .sub {
        margin-top: 16px;
      }
      table.runs td:first-child {
        max-width: 260px;
      }
      .file {
        max-width: 100%;
      }
      .run-link {
        display: flex;
        flex-direction: column;
        align-items: flex-start;
        justify-content: center;
        gap: 2px;
        width: 100%;
        min-height: 44px;
        padding: 2px 0;
        border: none;
        background: none;
        font: inherit;
        color: inherit;
        text-align: left;
        cursor: pointer;
      }
      .run-link .file {
        color: var(--primary-color);
        font-weight: 500;
      }
      .run-link:focus-visible {
        outline: 2px solid var(--primary-color);
        outline-offset: 2px;
      }
      dl.facts {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 4px 12px;
        margin: 0 0 12px;
        font-size: 0.875rem;
      }
      dl.facts dt {
        color: var(--secondary-text-color);
      }
      dl.facts dd {
        margin: 0;
      }
    `,
  ];
}

define("odin-analytics-page", OdinAnalyticsPage);
