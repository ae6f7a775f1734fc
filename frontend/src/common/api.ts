// Calls to the O.D.I.N. websocket API (docs/websocket-api.md) and the audit CSV view.
// Responses are normalised here, in one place, so the views only see the types in types.ts.

import type {
  AccuracyPrinter,
  AccuracyRun,
  AccuracyWeek,
  AnalyticsQuery,
  AuditFilterOption,
  AuditFilters,
  AuditItem,
  AuditPage,
  AuditQuery,
  FailureAnalytics,
  HomeAssistant,
  KeyedGroup,
  OutcomeCounts,
  Printer,
  PrinterGroup,
  ReasonRow,
  TimeAccuracy,
  TimeBucket,
} from "./types";

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const num = (v: unknown): number | null =>
  typeof v === "number" && Number.isFinite(v) ? v : v === null || v === undefined ? null : Number.isFinite(Number(v)) ? Number(v) : null;
const int0 = (v: unknown): number => num(v) ?? 0;
const str = (v: unknown): string | null => (typeof v === "string" ? v : v == null ? null : String(v));
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

// ------------------------------------------------------------------------------- printers

export function normalizePrinter(raw: Obj): Printer {
  const error = isObj(raw.error) ? raw.error : null;
  return {
    printer_id: String(raw.printer_id ?? raw.id ?? ""),
    name: str(raw.name) ?? String(raw.printer_id ?? ""),
    brand: str(raw.brand) ?? "",
    model: str(raw.model),
    status: str(raw.status) ?? "offline",
    online: Boolean(raw.online),
    progress: num(raw.progress),
    remaining_s: num(raw.remaining_s),
    file_name: str(raw.file_name),
    job_name: str(raw.job_name),
    layer: num(raw.layer),
    total_layers: num(raw.total_layers),
    nozzle_temp: num(raw.nozzle_temp),
    bed_temp: num(raw.bed_temp),
    error: error
      ? { code: String(error.code ?? ""), severity: String(error.severity ?? "error"), message: str(error.message) }
      : null,
    tags: arr(raw.tags).map(String),
  };
}

function printerList(result: unknown): Printer[] {
  const list = isObj(result) ? (result.printers ?? result.items) : result;
  return arr(list).filter(isObj).map(normalizePrinter);
}

export async function listPrinters(hass: HomeAssistant): Promise<Printer[]> {
  return printerList(await hass.callWS({ type: "odin/printers/list" }));
}

/**
 * Live printer list. The callback gets the whole list after the first message and after every
 * change. Events: the full list first (`{printers: [...]}` or an array), then one changed
 * printer per event (`{printer: {...}}` or the printer itself), `{removed: id}` on removal.
 */
export function subscribePrinters(
  hass: HomeAssistant,
  callback: (printers: Printer[]) => void,
): Promise<() => Promise<void>> {
  const byId = new Map<string, Printer>();
  const emit = () => callback([...byId.values()]);
  return hass.connection.subscribeMessage<unknown>((event) => {
    if (Array.isArray(event) || (isObj(event) && Array.isArray(event.printers))) {
      byId.clear();
      for (const p of printerList(event)) byId.set(p.printer_id, p);
      emit();
      return;
    }
    if (!isObj(event)) return;
    const removed = event.removed ?? (event.type === "removed" ? event.printer_id : undefined);
    if (removed !== undefined) {
      byId.delete(String(removed));
      emit();
      return;
    }
    const raw = isObj(event.printer) ? event.printer : event;
    if (raw.printer_id === undefined) return;
    const id = String(raw.printer_id);
    const merged = normalizePrinter({ ...(byId.get(id) ?? {}), ...raw });
    byId.set(id, merged);
    emit();
  }, { type: "odin/printers/subscribe" });
}

// ------------------------------------------------------------------------------ analytics

function counts(raw: Obj): OutcomeCounts {
  const success = int0(raw.success);
  const failed = int0(raw.failed);
  const cancelled = int0(raw.cancelled);
  const unknown = int0(raw.unknown);
  const runs = num(raw.runs ?? raw.total) ?? success + failed + cancelled + unknown;
  let rate = num(raw.success_rate);
  if (rate === null && success + failed > 0) rate = success / (success + failed);
  if (rate !== null && rate > 1.0001) rate = rate / 100; // tolerate a percentage
  return { runs, success, failed, cancelled, unknown, n: num(raw.n) ?? success + failed, success_rate: rate };
}

function keyed(raw: unknown, keyNames: string[]): KeyedGroup[] {
  return arr(raw)
    .filter(isObj)
    .map((r) => {
      const key = keyNames.map((k) => r[k]).find((v) => v !== undefined && v !== null);
      return { ...counts(r), key: key === undefined || key === null ? "" : String(key), label: str(r.display ?? r.label ?? r.name) ?? undefined };
    });
}

function reasons(raw: unknown, keyNames: string[], labelNames: string[]): ReasonRow[] {
  return arr(raw)
    .filter(isObj)
    .map((r) => {
      const key = keyNames.map((k) => r[k]).find((v) => v !== undefined && v !== null);
      const label = labelNames.map((k) => r[k]).find((v) => typeof v === "string" && v !== "");
      return {
        key: key === undefined ? "" : String(key),
        label: label === undefined ? undefined : String(label),
        count: int0(r.count ?? r.failed ?? r.n),
        message: str(r.message ?? r.description),
        code: str(r.code),
        printers: num(r.printers),
      };
    });
}

function mtbfOf(r: Obj): Pick<PrinterGroup, "printing_hours" | "mtbf_hours" | "mtbf_lower_bound"> {
  const m = isObj(r.mtbf) ? r.mtbf : {};
  return {
    printing_hours: num(m.printing_hours ?? r.printing_hours),
    mtbf_hours: num(m.value_h ?? m.hours ?? r.mtbf_hours),
    mtbf_lower_bound: Boolean(m.lower_bound ?? r.mtbf_lower_bound),
  };
}

function printerGroups(raw: unknown): PrinterGroup[] {
  return arr(raw)
    .filter(isObj)
    .map((r) => ({
      ...counts(r),
      printer_id: String(r.printer_id ?? ""),
      name: str(r.name) ?? String(r.printer_id ?? ""),
      model: str(r.model),
      removed: Boolean(r.removed),
      ...mtbfOf(r),
    }));
}

export function normalizeFailures(raw: Obj, query: AnalyticsQuery): FailureAnalytics {
  const totals = isObj(raw.totals) ? raw.totals : {};
  const win = isObj(raw.window) ? raw.window : raw;
  const overTime = isObj(raw.over_time) ? raw.over_time : { items: raw.over_time };
  return {
    start: str(win.start) ?? query.start,
    end: str(win.end) ?? query.end,
    time_zone: str(win.time_zone),
    bucket: overTime.bucket === "week" ? "week" : overTime.bucket === "day" ? "day" : query.bucket,
    totals: counts(totals),
    by_printer: printerGroups(raw.by_printer),
    by_model: keyed(raw.by_model, ["model", "key"]),
    by_material: keyed(raw.by_material, ["material", "key"]),
    by_tag: keyed(raw.by_tag, ["tag", "key"]),
    reasons: reasons(raw.reasons, ["code", "reason", "key"], ["description", "reason", "code"]),
    hms: reasons(raw.errors ?? raw.hms, ["code", "key"], ["code"]),
    over_time: arr(overTime.items)
      .filter(isObj)
      .map((r): TimeBucket => ({ ...counts(r), start: String(r.start ?? r.bucket ?? r.date ?? "") })),
  };
}

function compact(q: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined && v !== null && v !== ""));
}

export async function fetchFailures(hass: HomeAssistant, query: AnalyticsQuery): Promise<FailureAnalytics> {
  const raw = await hass.callWS<Obj>({ type: "odin/analytics/failures", ...compact(query) });
  return normalizeFailures(raw, query);
}

export async function fetchTimeAccuracy(
  hass: HomeAssistant,
  query: Omit<AnalyticsQuery, "bucket">,
  limit = 50,
): Promise<TimeAccuracy> {
  const raw = await hass.callWS<Obj>({ type: "odin/analytics/time_accuracy", ...compact(query), limit });
  const win = isObj(raw.window) ? raw.window : raw;
  const printers: AccuracyPrinter[] = arr(raw.by_printer ?? raw.printers)
    .filter(isObj)
    .map((r) => ({
      printer_id: String(r.printer_id ?? ""),
      name: str(r.name) ?? String(r.printer_id ?? ""),
      n: int0(r.n),
      median_abs_error_pct: num(r.median_abs_error_pct),
      bias_pct: num(r.bias_pct),
    }));
  const runs: AccuracyRun[] = arr(raw.runs)
    .filter(isObj)
    .map((r) => ({
      run_id: (r.run_id ?? r.id ?? "") as number | string,
      printer_id: String(r.printer_id ?? ""),
      name: str(r.name ?? r.printer_name) ?? undefined,
      file_name: str(r.file_name),
      job_name: str(r.job_name),
      started_at: String(r.started_at ?? ""),
      ended_at: str(r.ended_at),
      outcome: str(r.outcome),
      estimate_s: num(r.estimate_s ?? r.slicer_estimate_s),
      estimate_source: str(r.estimate_source),
      actual_s: num(r.actual_s),
      ratio: num(r.ratio),
      error_pct: num(r.error_pct),
    }));
  const trend: AccuracyWeek[] = arr(raw.weekly ?? raw.trend)
    .filter(isObj)
    .map((r) => ({
      start: String(r.start ?? r.week ?? ""),
      n: int0(r.n),
      median_abs_error_pct: num(r.median_abs_error_pct),
      bias_pct: num(r.bias_pct),
    }));
  return {
    start: str(win.start) ?? query.start,
    end: str(win.end) ?? query.end,
    by_printer: printers,
    runs,
    runs_total: num(raw.runs_total) ?? runs.length,
    trend,
  };
}

// ---------------------------------------------------------------------------------- audit

function normalizeAudit(raw: Obj): AuditItem {
  return {
    id: int0(raw.id),
    ts: String(raw.ts ?? ""),
    user_id: str(raw.user_id),
    user_name: str(raw.user_name),
    origin: String(raw.origin ?? ""),
    origin_ref: str(raw.origin_ref),
    action: String(raw.action ?? ""),
    target_type: String(raw.target_type ?? ""),
    target_id: str(raw.target_id),
    target_name: str(raw.target_name),
    details: isObj(raw.details) ? raw.details : {},
    result: String(raw.result ?? ""),
    result_text: str(raw.result_text),
  };
}

export async function fetchAudit(
  hass: HomeAssistant,
  query: AuditQuery,
  before: string | null,
  limit: number,
): Promise<AuditPage> {
  const raw = await hass.callWS<Obj>({
    type: "odin/audit/list",
    ...compact(query),
    ...(before ? { before } : {}),
    limit,
  });
  return {
    items: arr(raw.items).filter(isObj).map(normalizeAudit),
    next: str(raw.next),
  };
}

function options(raw: unknown, valueKey = "value", labelKey = "label"): AuditFilterOption[] {
  return arr(raw).map((o) =>
    isObj(o)
      ? { value: String(o[valueKey] ?? o.value ?? ""), label: str(o[labelKey] ?? o.label) ?? undefined }
      : { value: String(o) },
  );
}

export async function fetchAuditFilters(hass: HomeAssistant): Promise<AuditFilters> {
  const raw = await hass.callWS<Obj>({ type: "odin/audit/filters" });
  return {
    users: options(raw.users, "user_id", "user_name"),
    origins: options(raw.origins),
    actions: options(raw.actions),
    target_types: options(raw.target_types),
  };
}

export function auditCsvPath(query: AuditQuery): string {
  const params = new URLSearchParams(compact(query) as Record<string, string>);
  const qs = params.toString();
  return `/api/odin/audit.csv${qs ? `?${qs}` : ""}`;
}

/** Downloads the audit CSV through HA's authenticated fetch and saves it as a file. */
export async function downloadAuditCsv(hass: HomeAssistant, query: AuditQuery): Promise<void> {
  const resp = await hass.fetchWithAuth(auditCsvPath(query));
  if (!resp.ok) throw new Error(`${resp.status} ${resp.statusText}`);
  const blob = await resp.blob();
  const disposition = resp.headers.get("Content-Disposition") ?? "";
  const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? "odin-audit.csv";
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function errorMessage(err: unknown): string {
  if (isObj(err) && typeof err.message === "string") return err.message;
  if (err instanceof Error) return err.message;
  return String(err);
}

export function isUnauthorized(err: unknown): boolean {
  return isObj(err) && (err.code === "unauthorized" || err.code === "not_allowed");
}
