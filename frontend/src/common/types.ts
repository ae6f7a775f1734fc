// The parts of Home Assistant's frontend objects and of the O.D.I.N. websocket API we use.
// HA's own types are not a public package; these are the documented, stable members only.
import type { FileInfo, LastReport, SendProgress } from "./files-api";

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

// ------------------------------------------------------------------ farm operations (issue 6)

export interface PrinterCheck {
  printer_id: string;
  name: string;
  /** other_printer missing_any_tag missing_tags wrong_model wrong_nozzle offline error busy filament_not_loaded proposed_for_earlier_job */
  checks: string[];
}

/** The scheduler's word on a queued job. */
export interface Decision {
  /** proposed no_printers no_printer_fits waiting_for_earlier_jobs filament_not_loaded printers_busy printers_in_error printers_offline */
  reason: string;
  printer_id: string | null;
  order: number;
  unmet: string[];
  printers: PrinterCheck[];
  notes: string[];
}

export interface JobConstraints {
  printer_id: string | null;
  tags_any: string[];
  tags_all: string[];
  model: string | null;
  filament: string | null;
  nozzle_mm: number | null;
}

/** Print options of a job or preset (only the keys that are set). */
export type PrintOptions = Record<string, boolean | number>;

export interface Job {
  job_id: number;
  name: string;
  file: string;
  /** queued assigned printing done failed cancelled */
  status: string;
  priority: number;
  position: number;
  constraints: JobConstraints;
  options: PrintOptions;
  notes: string | null;
  preset_id: number | null;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  printer_id: string | null;
  printer_name: string | null;
  started_at: string | null;
  ended_at: string | null;
  attempts: number;
  decision: Decision | null;
  /** Auto-queue (docs/auto-queue.md): the stored file, its summary, the last refusal, sending progress. */
  file_hash: string | null;
  file_info: FileInfo | null;
  last_report: LastReport | null;
  progress: SendProgress | null;
}

/** A printer as the scheduler sees it (odin/queue/list). */
export interface QueuePrinter {
  printer_id: string;
  name: string;
  online: boolean;
  status: string;
  error: boolean;
  model: string | null;
  tags: string[];
  nozzle_mm: number | null;
  filaments: string[] | null;
}

export interface QueueList {
  items: Job[];
  printers: QueuePrinter[];
}

export type PresetTargetType = "any" | "printer" | "tag" | "model";

export interface Preset {
  preset_id: number;
  name: string;
  file: string;
  target: { type: PresetTargetType; value: string | null };
  filament: string | null;
  nozzle_mm: number | null;
  quantity: number;
  priority: number;
  notes: string | null;
  options: PrintOptions;
  created_at: string;
  updated_at: string;
}

export interface DryingStatus {
  needs_drying: boolean;
  tracked: boolean;
  /** time | humidity */
  reasons: string[];
  reference: string | null;
  days_since: number | null;
  max_days: number | null;
  humidity: number | null;
  max_humidity: number | null;
  due_at: string | null;
}

export interface Spool {
  spool_id: number;
  label: string;
  name: string | null;
  material: string;
  brand: string | null;
  colour: string | null;
  weight_g: number | null;
  opened_at: string | null;
  location: string | null;
  printer_id: string | null;
  slot: string | null;
  spoolman_id: number | null;
  humidity_entity_id: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
  drying: DryingStatus | null;
}

export interface DryingSession {
  session_id: number;
  spool_id: number | null;
  printer_id: string | null;
  slot: string | null;
  material: string | null;
  started_at: string;
  ended_at: string;
  duration_min: number;
  temp_c: number;
  /** dryer oven ams dry_box dehydrator other */
  method: string;
  humidity_before: number | null;
  humidity_after: number | null;
  notes: string | null;
  user_id: string | null;
  actor: string | null;
  created_at: string;
}

export interface MaterialRule {
  material: string;
  max_days: number | null;
  max_humidity: number | null;
  drying_temp_c: number | null;
  drying_hours: number | null;
  tracked: boolean;
  overridden: boolean;
  has_default: boolean;
}

export interface TagInfo {
  tag: string;
  display: string;
  printer_ids: string[];
}

// ------------------------------------------------------------------------ timelapses (issue 7)

export interface Timelapse {
  id: number;
  run_id: number;
  printer_id: string;
  printer_name: string | null;
  job_name: string | null;
  file_name: string | null;
  /** success failed cancelled unknown; null while the run is open */
  outcome: string | null;
  started_at: string | null;
  ended_at: string | null;
  created: string;
  expires: string | null;
  frames: number;
  fps: number;
  seconds: number;
  bytes: number;
  media_content_id: string;
  url: string;
  poster_url: string;
}

export interface TimelapsePage {
  items: Timelapse[];
  next: string | null;
  recording: string[];
}
