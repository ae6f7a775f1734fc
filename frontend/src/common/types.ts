// The parts of Home Assistant's frontend objects and of the O.D.I.N. websocket API we use.
// HA's own types are not a public package; these are the documented, stable members only.

export interface HassUser {
  id: string;
  name: string;
  is_admin: boolean;
  is_owner?: boolean;
}

export interface HassLocale {
  language: string;
  number_format?: string;
  time_format?: string;
  time_zone?: string;
}

export interface HassConnection {
  subscribeMessage<T>(
    callback: (message: T) => void,
    message: Record<string, unknown>,
  ): Promise<() => Promise<void>>;
}

export interface HassEntityState {
  entity_id: string;
  state: string;
  attributes: Record<string, unknown>;
  last_changed: string;
}

export interface HomeAssistant {
  user?: HassUser;
  language: string;
  locale?: HassLocale;
  themes?: { darkMode?: boolean };
  config: { time_zone: string; version?: string };
  states: Record<string, HassEntityState>;
  /** Device registry entries (HA frontend keeps them in sync). */
  devices?: Record<string, { id: string; config_entries_subentries?: Record<string, (string | null)[]> }>;
  connection: HassConnection;
  callWS<T>(message: Record<string, unknown>): Promise<T>;
  fetchWithAuth(path: string, init?: RequestInit): Promise<Response>;
  callService(
    domain: string,
    service: string,
    data?: Record<string, unknown>,
  ): Promise<unknown>;
}

export interface PanelInfo {
  config?: Record<string, unknown>;
  url_path?: string;
  title?: string;
}

export interface Route {
  prefix: string;
  path: string;
}

// ----------------------------------------------------------------------------- O.D.I.N. data

export const STATUSES = [
  "offline",
  "idle",
  "busy",
  "preparing",
  "printing",
  "paused",
  "finished",
  "cancelled",
  "failed",
  "error",
] as const;
export type PrinterStatus = (typeof STATUSES)[number];

export interface PrinterErrorInfo {
  code: string;
  severity: string;
  message?: string | null;
}

export interface Printer {
  printer_id: string;
  name: string;
  brand: string;
  model: string | null;
  status: PrinterStatus | string;
  online: boolean;
  progress: number | null;
  remaining_s: number | null;
  file_name: string | null;
  job_name: string | null;
  layer: number | null;
  total_layers: number | null;
  nozzle_temp: number | null;
  bed_temp: number | null;
  error: PrinterErrorInfo | null;
  tags: string[];
}

/** Outcome counts shared by every analytics group. */
export interface OutcomeCounts {
  runs: number;
  success: number;
  failed: number;
  cancelled: number;
  unknown: number;
  /** Decided runs (success + failed): the denominator of the rate. */
  n: number;
  /** success / (success + failed), 0..1, null when there is nothing to rate. */
  success_rate: number | null;
}

export interface PrinterGroup extends OutcomeCounts {
  printer_id: string;
  name: string;
  model?: string | null;
  removed?: boolean;
  printing_hours?: number | null;
  /** Hours per failure; with no failure the lower bound (printing hours) and mtbf_lower_bound. */
  mtbf_hours?: number | null;
  mtbf_lower_bound?: boolean;
}

export interface KeyedGroup extends OutcomeCounts {
  key: string;
  label?: string;
}

export interface ReasonRow {
  key: string;
  label?: string;
  count: number;
  message?: string | null;
  code?: string | null;
  printers?: number | null;
}

export interface TimeBucket extends OutcomeCounts {
  /** First local day of the bucket, YYYY-MM-DD (HA's time zone). */
  start: string;
}

export interface FailureAnalytics {
  start: string;
  end: string;
  time_zone: string | null;
  bucket: "day" | "week";
  totals: OutcomeCounts;
  by_printer: PrinterGroup[];
  by_model: KeyedGroup[];
  by_material: KeyedGroup[];
  by_tag: KeyedGroup[];
  reasons: ReasonRow[];
  hms: ReasonRow[];
  over_time: TimeBucket[];
}

export interface AccuracyPrinter {
  printer_id: string;
  name: string;
  n: number;
  median_abs_error_pct: number | null;
  bias_pct: number | null;
}

export interface AccuracyRun {
  run_id: number | string;
  printer_id: string;
  name?: string;
  file_name: string | null;
  job_name?: string | null;
  started_at: string;
  ended_at: string | null;
  outcome: string | null;
  estimate_s: number | null;
  estimate_source: string | null;
  actual_s: number | null;
  ratio: number | null;
  error_pct: number | null;
}

export interface AccuracyWeek {
  start: string;
  n: number;
  median_abs_error_pct: number | null;
  bias_pct: number | null;
}

export interface TimeAccuracy {
  start: string;
  end: string;
  by_printer: AccuracyPrinter[];
  runs: AccuracyRun[];
  runs_total: number;
  trend: AccuracyWeek[];
}

export interface AuditItem {
  id: number;
  ts: string;
  user_id: string | null;
  user_name: string | null;
  origin: string;
  origin_ref: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  target_name?: string | null;
  details: Record<string, unknown>;
  result: string;
  result_text: string | null;
}

export interface AuditPage {
  items: AuditItem[];
  next: string | null;
}

export interface AuditFilterOption {
  value: string;
  label?: string;
}

export interface AuditFilters {
  users: AuditFilterOption[];
  origins: AuditFilterOption[];
  actions: AuditFilterOption[];
  target_types: AuditFilterOption[];
}

export interface AnalyticsQuery {
  /** Inclusive; `YYYY-MM-DDT00:00:00` without offset is read in HA's time zone. */
  start: string;
  /** Exclusive. */
  end: string;
  bucket: "day" | "week";
  printer_id?: string;
  tag?: string;
  model?: string;
  material?: string;
}

export interface AuditQuery {
  user_id?: string;
  origin?: string;
  action?: string;
  target_type?: string;
  target_id?: string;
  /** Inclusive ISO datetime (no offset: HA's time zone). */
  start?: string;
  /** Exclusive ISO datetime. */
  end?: string;
}
