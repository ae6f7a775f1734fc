// Calls to the O.D.I.N. websocket API (contract: api-types.ts) and the audit CSV view.
// The results are the server's shapes, unchanged.
import type {
  AuditFilterValues,
  AuditPage,
  AuditParams,
  Bucket,
  FailureAnalytics,
  OdinError,
  Printer,
  PrinterEvent,
  TimeAccuracy,
} from "./api-types";
import type { AnalyticsQuery, HomeAssistant } from "./types";
import { callOdin, compact, subscribeOdin } from "./ws";

// ------------------------------------------------------------------------------- printers

export async function listPrinters(hass: HomeAssistant): Promise<Printer[]> {
  return (await callOdin(hass, "odin/printers/list")).printers;
}

/**
 * The fleet after one event of `odin/printers/subscribe` (a new map; `fleet` is not changed):
 * `full` replaces it, `update` replaces one printer, `removed` drops one.
 */
export function applyPrinterEvent(fleet: ReadonlyMap<string, Printer>, event: PrinterEvent): Map<string, Printer> {
  switch (event.type) {
    case "full":
      return new Map(event.printers.map((p) => [p.printer_id, p]));
    case "update":
      return new Map(fleet).set(event.printer.printer_id, event.printer);
    case "removed": {
      const next = new Map(fleet);
      next.delete(event.printer_id);
      return next;
    }
  }
}

/** Live printer list: the callback gets the whole list after every event. */
export function subscribePrinters(
  hass: HomeAssistant,
  callback: (printers: Printer[]) => void,
): Promise<() => Promise<void>> {
  let fleet = new Map<string, Printer>();
  return subscribeOdin(hass, "odin/printers/subscribe", (event) => {
    fleet = applyPrinterEvent(fleet, event);
    callback([...fleet.values()]);
  });
}

// ------------------------------------------------------------------------------ analytics

export function fetchFailures(hass: HomeAssistant, query: AnalyticsQuery): Promise<FailureAnalytics> {
  return callOdin(hass, "odin/analytics/failures", compact(query) as AnalyticsQuery & { bucket: Bucket });
}

export function fetchTimeAccuracy(
  hass: HomeAssistant,
  query: Omit<AnalyticsQuery, "bucket">,
  limit = 50,
): Promise<TimeAccuracy> {
  return callOdin(hass, "odin/analytics/time_accuracy", { ...compact(query), limit });
}

// ---------------------------------------------------------------------------------- audit

export function fetchAudit(
  hass: HomeAssistant,
  query: AuditParams,
  before: string | null,
  limit: number,
): Promise<AuditPage> {
  return callOdin(hass, "odin/audit/list", { ...compact(query), ...(before ? { before } : {}), limit });
}

export function fetchAuditFilters(hass: HomeAssistant): Promise<AuditFilterValues> {
  return callOdin(hass, "odin/audit/filters");
}

export function auditCsvPath(query: AuditParams): string {
  const params = new URLSearchParams(compact(query) as Record<string, string>);
  const qs = params.toString();
  return `/api/odin/audit.csv${qs ? `?${qs}` : ""}`;
}

/** Downloads the audit CSV through HA's authenticated fetch and saves it as a file. */
export async function downloadAuditCsv(hass: HomeAssistant, query: AuditParams): Promise<void> {
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

// --------------------------------------------------------------------------------- errors

/** A refused command as HA's websocket sends it (`{code, message, translation_key?}`). */
export function isOdinError(err: unknown): err is OdinError {
  return (
    typeof err === "object" &&
    err !== null &&
    typeof (err as { code?: unknown }).code === "string" &&
    typeof (err as { message?: unknown }).message === "string"
  );
}

export function errorMessage(err: unknown): string {
  if (isOdinError(err)) return err.message;
  if (err instanceof Error) return err.message;
  return String(err);
}

export function isUnauthorized(err: unknown): boolean {
  return isOdinError(err) && (err.code === "unauthorized" || err.code === "not_allowed");
}
