// Rendering pieces shared by the Analytics page and the failure analytics card.
import { html, nothing, type TemplateResult } from "lit";
import "./chart";
import type { Series } from "./chart";
import { fmtDate, fmtDay, fmtInt, fmtNum, fmtRate } from "./format";
import type { Localize } from "./i18n";
import type { FailureAnalytics, HomeAssistant, KeyedGroup, OutcomeCounts, PrinterGroup, ReasonRow } from "./types";

export const OUTCOME_COLORS = {
  success: "var(--success-color, #43a047)",
  failed: "var(--error-color, #db4437)",
  cancelled: "var(--warning-color, #ffa600)",
  unknown: "var(--disabled-text-color, #9e9e9e)",
} as const;

export function outcomeSeries(t: Localize, rows: OutcomeCounts[], withUnknown = true): Series[] {
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
    ${tile("runs", t("analytics.runs"), fmtInt(hass, tot.runs), tot.runs)}
    ${tile("failed", t("analytics.failed"), fmtInt(hass, tot.failed), tot.failed)}
    ${tile("cancelled", t("analytics.cancelled"), fmtInt(hass, tot.cancelled), tot.cancelled)}
  </div>`;
}

export function windowText(hass: HomeAssistant | undefined, t: Localize, data: FailureAnalytics): string {
  // `end` is exclusive: show the last day that is included. Days are HA's time zone days.
  const tz = data.time_zone ?? hass?.config.time_zone;
  const end = new Date(new Date(data.end).getTime() - 1);
  return t("analytics.window", {
    start: fmtDate(hass, data.start, tz),
    end: fmtDate(hass, end, tz),
    n: fmtInt(hass, data.totals.runs),
  });
}

function groupLabel(t: Localize, g: KeyedGroup): string {
  return g.label || g.key || t("analytics.none");
}

/** Bar chart of outcomes per group + the exact numbers in a table. */
export function outcomeChart(
  hass: HomeAssistant | undefined,
  t: Localize,
  id: string,
  title: string,
  rows: (PrinterGroup | KeyedGroup)[],
  opts: { showMtbf?: boolean; theme?: unknown; tableOpen?: boolean } = {},
): TemplateResult {
  const label = (r: PrinterGroup | KeyedGroup) => ("printer_id" in r ? r.name : groupLabel(t, r));
  const key = (r: PrinterGroup | KeyedGroup) => ("printer_id" in r ? r.printer_id : r.key);
  return html`<section class="card chart-card" data-section=${id}>
    <h2>${title}</h2>
    ${rows.length === 0
      ? html`<div class="muted center">${t("analytics.no_data")}</div>`
      : html`<odin-chart
            .labels=${rows.map(label)}
            .series=${outcomeSeries(t, rows)}
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
                    (r) => html`<tr data-key=${key(r)}>
                      <td>${label(r)}</td>
                      <td class="num" data-col="runs" data-label=${t("analytics.runs")}>${fmtInt(hass, r.runs)}</td>
                      <td class="num" data-col="success" data-label=${t("analytics.success")}>${fmtInt(hass, r.success)}</td>
                      <td class="num" data-col="failed" data-label=${t("analytics.failed")}>${fmtInt(hass, r.failed)}</td>
                      <td class="num" data-col="cancelled" data-label=${t("analytics.cancelled")}>${fmtInt(hass, r.cancelled)}</td>
                      <td class="num" data-col="success_rate" data-label=${t("analytics.success_rate")}>
                        ${fmtRate(hass, r.success_rate)}
                      </td>
                      ${opts.showMtbf && "printer_id" in r
                        ? html`<td class="num" data-col="mtbf" data-label=${t("analytics.mtbf")}>
                            ${mtbfText(hass, t, r.mtbf_hours, r.mtbf_lower_bound)}
                          </td>`
                        : nothing}
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>
          </details>`}
  </section>`;
}

/** Horizontal bar chart of counts (failure reasons, HMS codes) + table. */
export function countChart(
  hass: HomeAssistant | undefined,
  t: Localize,
  id: string,
  title: string,
  rows: ReasonRow[],
  keyTitle: string,
  opts: { theme?: unknown; emptyText?: string; tableOpen?: boolean } = {},
): TemplateResult {
  const label = (r: ReasonRow) => r.label || r.key || t("analytics.unknown_reason");
  return html`<section class="card chart-card" data-section=${id}>
    <h2>${title}</h2>
    ${rows.length === 0
      ? html`<div class="muted center">${opts.emptyText ?? t("analytics.no_failures")}</div>`
      : html`<odin-chart
            .labels=${rows.map(label)}
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
                        ${label(r)}${r.message && r.message !== label(r)
                          ? html`<div class="muted small">${r.message}</div>`
                          : nothing}
                      </td>
                      <td class="num" data-col="count">${fmtInt(hass, r.count)}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>
          </details>`}
  </section>`;
}

/** Outcomes per day/week as stacked bars with the success rate as a line. */
export function trendChart(
  hass: HomeAssistant | undefined,
  t: Localize,
  data: FailureAnalytics,
  opts: { theme?: unknown; height?: number } = {},
): TemplateResult {
  const rows = data.over_time;
  const labels = rows.map((r) => fmtDay(hass, r.start));
  return html`<section class="card chart-card" data-section="trend">
    <h2>${t("analytics.trend")}</h2>
    ${rows.length === 0
      ? html`<div class="muted center">${t("analytics.no_data")}</div>`
      : html`<odin-chart
          .labels=${labels}
          .series=${outcomeSeries(t, rows)}
          .theme=${opts.theme}
          stacked
          height=${opts.height ?? 240}
          label=${t("analytics.trend")}
        ></odin-chart>`}
  </section>`;
}
