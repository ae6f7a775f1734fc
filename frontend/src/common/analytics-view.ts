// Rendering pieces shared by the Analytics page and the failure analytics card.
import { html, nothing, type TemplateResult } from "lit";
import "./chart";
import type { Series } from "./chart";
import { fmtDate, fmtDay, fmtInt, fmtNum, fmtRate } from "./format";
import type { Localize } from "./i18n";
import type {
  ErrorFrequency,
  FailureAnalytics,
  FailureReason,
  Mtbf,
  PrinterFailures,
  Rate,
  TagFailures,
} from "./api-types";
import type { HomeAssistant } from "./types";

type Outcomes = Pick<Rate, "success" | "failed" | "cancelled" | "unknown">;

/** One bar of an outcome chart: a printer, model, material or tag group. */
export interface OutcomeRow {
  key: string;
  label: string;
  rate: Rate;
  mtbf?: Mtbf;
}

/** One bar of a count chart: a failure reason or an error code. */
export interface CountRow {
  key: string;
  label: string;
  count: number;
  /** Shown under the label when it says more. */
  message: string | null;
}

export const printerRows = (rows: PrinterFailures[]): OutcomeRow[] =>
  rows.map((r) => ({ key: r.printer_id, label: r.name ?? r.printer_id, rate: r, mtbf: r.mtbf }));

/** Model / material / tag groups; a null key is the "unknown / untagged" group. */
export function groupRows<T extends Rate>(t: Localize, rows: T[], key: (r: T) => string | null): OutcomeRow[] {
  return rows.map((r) => {
    const k = key(r);
    const display = (r as Partial<TagFailures>).display;
    return { key: k ?? "", label: display || k || t("analytics.none"), rate: r };
  });
}

export const reasonRows = (t: Localize, rows: FailureReason[]): CountRow[] =>
  rows.map((r) => ({
    key: r.code ?? r.reason ?? "",
    label: r.description || r.reason || r.code || t("analytics.unknown_reason"),
    count: r.count,
    message: null,
  }));

export const errorRows = (rows: ErrorFrequency[]): CountRow[] =>
  rows.map((r) => ({ key: r.code, label: r.code, count: r.count, message: r.description }));

export const OUTCOME_COLORS = {
  success: "var(--success-color, #43a047)",
  failed: "var(--error-color, #db4437)",
  cancelled: "var(--warning-color, #ffa600)",
  unknown: "var(--disabled-text-color, #9e9e9e)",
} as const;

export function outcomeSeries(t: Localize, rows: Outcomes[], withUnknown = true): Series[] {
  const series: Series[] = [
    { label: t("analytics.success"), data: rows.map((r) => r.success), color: OUTCOME_COLORS.success },
    { label: t("analytics.failed"), data: rows.map((r) => r.failed), color: OUTCOME_COLORS.failed },
    { label: t("analytics.cancelled"), data: rows.map((r) => r.cancelled), color: OUTCOME_COLORS.cancelled },
  ];
  if (withUnknown && rows.some((r) => r.unknown > 0)) {
    series.push({ label: t("analytics.unknown"), data: rows.map((r) => r.unknown), color: OUTCOME_COLORS.unknown });
  }
  return series;
}

export function mtbfText(
  hass: HomeAssistant | undefined,
  t: Localize,
  hours: number | null | undefined,
  lowerBound: boolean | undefined,
): string {
  if (hours === null || hours === undefined) return "–";
  const value = `${fmtNum(hass, hours, 1)} ${t("units.h")}`;
  return lowerBound ? t("analytics.mtbf_lower", { hours: value }) : value;
}

export function kpis(hass: HomeAssistant | undefined, t: Localize, data: FailureAnalytics): TemplateResult {
  const tot = data.totals;
  const tile = (key: string, label: string, value: string, raw: number | null | undefined, sub?: string) =>
    html`<div class="kpi" data-kpi=${key} data-value=${raw ?? ""}>
      <div class="value">${value}</div>
      <div class="label">${label}${sub ? html` <span class="n">· ${sub}</span>` : nothing}</div>
    </div>`;
  return html`<div class="kpis">
    ${tile("success_rate", t("analytics.success_rate"), fmtRate(hass, tot.success_rate), tot.success_rate, `n = ${fmtInt(hass, tot.n)}`)}
    ${tile("runs", t("analytics.runs"), fmtInt(hass, tot.total), tot.total)}
    ${tile("failed", t("analytics.failed"), fmtInt(hass, tot.failed), tot.failed)}
    ${tile("cancelled", t("analytics.cancelled"), fmtInt(hass, tot.cancelled), tot.cancelled)}
  </div>`;
}

export function windowText(hass: HomeAssistant | undefined, t: Localize, data: FailureAnalytics): string {
  // `end` is exclusive: show the last day that is included. Days are HA's time zone days.
  const tz = data.window.time_zone;
  const end = new Date(new Date(data.window.end).getTime() - 1);
  return t("analytics.window", {
    start: fmtDate(hass, data.window.start, tz),
    end: fmtDate(hass, end, tz),
    n: fmtInt(hass, data.totals.total),
  });
}

/** Bar chart of outcomes per group + the exact numbers in a table. */
export function outcomeChart(
  hass: HomeAssistant | undefined,
  t: Localize,
  id: string,
  title: string,
  rows: OutcomeRow[],
  opts: { showMtbf?: boolean; theme?: unknown; tableOpen?: boolean } = {},
): TemplateResult {
  return html`<section class="card chart-card" data-section=${id}>
    <h2>${title}</h2>
    ${
      rows.length === 0
        ? html`<div class="muted center">${t("analytics.no_data")}</div>`
        : html`<odin-chart
            .labels=${rows.map((r) => r.label)}
            .series=${outcomeSeries(
              t,
              rows.map((r) => r.rate),
            )}
            .theme=${opts.theme}
            stacked
            ?horizontal=${rows.length > 6}
            label=${title}
          ></odin-chart>
          <details ?open=${opts.tableOpen ?? false}>
            <summary>${t("analytics.show_table")}</summary>
            <div class="table-wrap">
              <table class="stack">
                <thead>
                  <tr>
                    <th>${t("analytics.name")}</th>
                    <th class="num">${t("analytics.runs")}</th>
                    <th class="num">${t("analytics.success")}</th>
                    <th class="num">${t("analytics.failed")}</th>
                    <th class="num">${t("analytics.cancelled")}</th>
                    <th class="num">${t("analytics.success_rate")}</th>
                    ${opts.showMtbf ? html`<th class="num">${t("analytics.mtbf")}</th>` : nothing}
                  </tr>
                </thead>
                <tbody>
                  ${rows.map(
                    ({ key, label, rate: r, mtbf }) => html`<tr data-key=${key}>
                      <td>${label}</td>
                      <td class="num" data-col="runs" data-label=${t("analytics.runs")}>${fmtInt(hass, r.total)}</td>
                      <td class="num" data-col="success" data-label=${t("analytics.success")}>${fmtInt(hass, r.success)}</td>
                      <td class="num" data-col="failed" data-label=${t("analytics.failed")}>${fmtInt(hass, r.failed)}</td>
                      <td class="num" data-col="cancelled" data-label=${t("analytics.cancelled")}>${fmtInt(hass, r.cancelled)}</td>
                      <td class="num" data-col="success_rate" data-label=${t("analytics.success_rate")}>
                        ${fmtRate(hass, r.success_rate)}
                      </td>
                      ${
                        opts.showMtbf && mtbf
                          ? html`<td class="num" data-col="mtbf" data-label=${t("analytics.mtbf")}>
                            ${mtbfText(hass, t, mtbf.value_h, mtbf.lower_bound)}
                          </td>`
                          : nothing
                      }
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>
          </details>`
    }
  </section>`;
}

/** Horizontal bar chart of counts (failure reasons, HMS codes) + table. */
export function countChart(
  hass: HomeAssistant | undefined,
  t: Localize,
  id: string,
  title: string,
  rows: CountRow[],
  keyTitle: string,
  opts: { theme?: unknown; emptyText?: string; tableOpen?: boolean } = {},
): TemplateResult {
  return html`<section class="card chart-card" data-section=${id}>
    <h2>${title}</h2>
    ${
      rows.length === 0
        ? html`<div class="muted center">${opts.emptyText ?? t("analytics.no_failures")}</div>`
        : html`<odin-chart
            .labels=${rows.map((r) => r.label)}
            .series=${[{ label: t("analytics.count"), data: rows.map((r) => r.count), color: OUTCOME_COLORS.failed }]}
            .theme=${opts.theme}
            horizontal
            label=${title}
          ></odin-chart>
          <details ?open=${opts.tableOpen ?? false}>
            <summary>${t("analytics.show_table")}</summary>
            <div class="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th>${keyTitle}</th>
                    <th class="num">${t("analytics.count")}</th>
                  </tr>
                </thead>
                <tbody>
                  ${rows.map(
                    (r) => html`<tr data-key=${r.key}>
                      <td>
                        ${r.label}${
                          r.message && r.message !== r.label
                            ? html`<div class="muted small">${r.message}</div>`
                            : nothing
                        }
                      </td>
                      <td class="num" data-col="count">${fmtInt(hass, r.count)}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>
          </details>`
    }
  </section>`;
}

/** Outcomes per day/week as stacked bars with the success rate as a line. */
export function trendChart(
  hass: HomeAssistant | undefined,
  t: Localize,
  data: FailureAnalytics,
  opts: { theme?: unknown; height?: number } = {},
): TemplateResult {
  const rows = data.over_time.items;
  const labels = rows.map((r) => fmtDay(hass, r.start));
  return html`<section class="card chart-card" data-section="trend">
    <h2>${t("analytics.trend")}</h2>
    ${
      rows.length === 0
        ? html`<div class="muted center">${t("analytics.no_data")}</div>`
        : html`<odin-chart
          .labels=${labels}
          .series=${outcomeSeries(t, rows)}
          .theme=${opts.theme}
          stacked
          height=${opts.height ?? 240}
          label=${t("analytics.trend")}
        ></odin-chart>`
    }
  </section>`;
}
