// The O.D.I.N. websocket API, exactly as the Python handlers send it (websocket_api.py,
// websocket_farm.py, websocket_dispatch.py, websocket_timelapse.py and the serialisers they
// call: the `as_dict()` methods under farm/ and store/). One entry of OdinCommands per command:
// its request params (without `type`) and its result. No field here is optional unless the
// server really leaves it out; `null` is what the server sends for "not known".
//
// Datetimes are ISO 8601 strings (UTC unless noted); days are YYYY-MM-DD (HA's time zone).

// ---------------------------------------------------------------------------- printers

/** `printer_state()`: the live state of one printer. */
export interface Printer {
  printer_id: string;
  name: string;
  /** bambu | moonraker | prusalink */
  brand: string;
  model: string | null;
  /** One of STATUSES (types.ts). */
  status: string;
  online: boolean;
  /** 0..100 */
  progress: number | null;
  remaining_s: number | null;
  file_name: string | null;
  job_name: string | null;
  layer: number | null;
  total_layers: number | null;
  nozzle_temp: number | null;
  bed_temp: number | null;
  error: { code: string; severity: string } | null;
  /** Display forms. */
  tags: string[];
}

export interface PrintersList {
  printers: Printer[];
}

/** Events of `odin/printers/subscribe`: the whole fleet first (and after a reload), then changes. */
export type PrinterEvent =
  | { type: "full"; printers: Printer[] }
  | { type: "update"; printer: Printer }
  | { type: "removed"; printer_id: string };

// ---------------------------------------------------------------------------- analytics

export interface AnalyticsWindow {
  start: string;
  end: string;
  /** HA's time zone name (buckets are local days/weeks in it). */
  time_zone: string;
}

export interface AnalyticsFilters {
  printer_id: string | null;
  tag: string | null;
  model: string | null;
  material: string | null;
}

/** `OutcomeCounts.as_dict()`. */
export interface Rate {
  /** Every ended run of the group. */
  total: number;
  success: number;
  failed: number;
  cancelled: number;
  unknown: number;
  /** Decided runs (success + failed): the denominator of the rates. */
  n: number;
  /** success / n, 0..1; null when n is 0. */
  success_rate: number | null;
  failure_rate: number | null;
}

/** `PrinterRef.as_dict()`. */
export interface PrinterRef {
  printer_id: string;
  /** null for a printer that is gone and never had a stored name. */
  name: string | null;
  model: string | null;
  removed: boolean;
}

export interface Mtbf {
  printing_hours: number;
  failures: number;
  /** Hours per failure; with 0 failures the printing hours, as a lower bound. */
  value_h: number;
  lower_bound: boolean;
}

export interface PrinterFailures extends PrinterRef, Rate {
  mtbf: Mtbf;
}

/** key null: unknown model / material, untagged. */
export interface ModelFailures extends Rate {
  model: string | null;
}
export interface MaterialFailures extends Rate {
  material: string | null;
}
export interface TagFailures extends Rate {
  tag: string | null;
  display: string | null;
}

export interface FailureReason {
  code: string | null;
  reason: string | null;
  description: string | null;
  count: number;
}

/** How often an error code began in the window, on how many printers. */
export interface ErrorFrequency {
  code: string;
  source: string;
  module: string | null;
  severity: string | null;
  description: string | null;
  count: number;
  printers: number;
}

export interface BucketCounts {
  /** First local day of the bucket (a Monday for weeks). */
  start: string;
  success: number;
  failed: number;
  cancelled: number;
  unknown: number;
  total: number;
}

export type Bucket = "day" | "week";

export interface FailureAnalytics {
  window: AnalyticsWindow;
  filters: AnalyticsFilters;
  totals: Rate;
  by_printer: PrinterFailures[];
  by_model: ModelFailures[];
  by_material: MaterialFailures[];
  by_tag: TagFailures[];
  reasons: FailureReason[];
  errors: ErrorFrequency[];
  over_time: { bucket: Bucket; items: BucketCounts[] };
}

export interface AccuracyFigure {
  n: number;
  median_abs_error_pct: number | null;
  bias_pct: number | null;
  estimate_sources: { slicer: number; printer: number };
}

export interface PrinterAccuracy extends PrinterRef, AccuracyFigure {}

export interface WeekAccuracy {
  /** The week's Monday. */
  start: string;
  n: number;
  median_abs_error_pct: number | null;
  bias_pct: number | null;
}

export interface RunAccuracy {
  run_id: number;
  printer_id: string;
  printer_name: string | null;
  file_name: string | null;
  job_name: string | null;
  ended_at: string;
  actual_s: number;
  estimate_s: number;
  /** slicer | printer */
  estimate_source: string;
  /** actual / estimate */
  ratio: number;
  /** (ratio - 1) · 100 */
  error_pct: number;
}

export interface TimeAccuracy {
  window: AnalyticsWindow;
  filters: AnalyticsFilters;
  totals: AccuracyFigure;
  by_printer: PrinterAccuracy[];
  weekly: WeekAccuracy[];
  runs: RunAccuracy[];
  runs_total: number;
}

export interface AnalyticsParams {
  /** Inclusive; without an offset it is read in HA's time zone. Default: end - 30 days. */
  start?: string | null;
  /** Exclusive. Default: now. */
  end?: string | null;
  printer_id?: string | null;
  tag?: string | null;
  model?: string | null;
  material?: string | null;
}

// -------------------------------------------------------------------------------- audit

/** `audit_item()`: one audit log row. */
export interface AuditItem {
  id: number;
  ts: string;
  user_id: string | null;
  user_name: string | null;
  /** ui | service | automation | script | voice | system … */
  origin: string;
  origin_ref: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  details: Record<string, unknown>;
  result: string;
  result_text: string | null;
}

export interface AuditPage {
  items: AuditItem[];
  /** Cursor of the next (older) page; null on the last page. */
  next: string | null;
}

export interface AuditFilterValues {
  users: { user_id: string; user_name: string | null }[];
  origins: string[];
  actions: string[];
  target_types: string[];
}

export interface AuditParams {
  start?: string | null;
  end?: string | null;
  user_id?: string | null;
  origin?: string | null;
  action?: string | null;
  target_type?: string | null;
  target_id?: string | null;
}

// ---------------------------------------------------------------------------------- tags

export interface TagInfo {
  /** Normalised key. */
  tag: string;
  display: string;
  printer_ids: string[];
}

export interface TagsList {
  tags: TagInfo[];
  printers: { printer_id: string; name: string; tags: string[] }[];
}

// --------------------------------------------------------------------------------- queue

/** Print options of a job or preset (only the keys that are set). */
export type PrintOptions = Record<string, boolean | number>;

export interface JobConstraints {
  printer_id: string | null;
  tags_any: string[];
  tags_all: string[];
  model: string | null;
  filament: string | null;
  nozzle_mm: number | null;
}

export interface PrinterFit {
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
  /** 1 = next in the queue */
  order: number;
  unmet: string[];
  printers: PrinterFit[];
  notes: string[];
}

/** A refusal reason: a failed guard check, or a file / upload problem (`check` null). */
export interface GuardReason {
  code: string;
  check: string | null;
  message: string;
  placeholders: Record<string, string>;
}

/** One guard check of `GuardReport.as_dict()`. */
export interface GuardResult {
  check: string;
  /** pass | fail | unknown */
  outcome: string;
  reason_code: string;
  message_key: string;
  placeholders: Record<string, string>;
}

export interface GuardReport {
  plate: number;
  ok: boolean;
  ams_mapping: number[] | null;
  results: GuardResult[];
}

/**
 * The dispatcher's last word on a job (stored with the job). `result` says which fields come:
 * refused / upload_failed carry `reasons`; sending / started the guard report; a finished run
 * its outcome (success failed cancelled unknown) with `reason` and `error_code`.
 */
export interface LastReport {
  ts: string;
  result: string;
  printer_id: string;
  printer?: string;
  dry_run?: boolean;
  reasons?: GuardReason[];
  guard?: GuardReport | null;
  remote_name?: string;
  reason?: string | null;
  error_code?: string | null;
}

/** `FileRecord.as_dict(metadata=False)`. */
export interface StoredFile {
  /** SHA-256 of the content. */
  hash: string;
  name: string;
  size: number;
  /** 3mf | gcode | bgcode */
  kind: string;
  compatible_models: string[];
  created_at: string;
  uploaded_by: string | null;
}

/** `Dispatcher.file_summary()`: a job's stored file with the plate it prints. */
export interface JobFileInfo extends StoredFile {
  plate: number;
  printer_model: string | null;
  nozzle_mm: number | null;
  estimate_s: number | null;
  filament_types: string[] | null;
  bbox: number[] | null;
}

/** A running send (`odin/dispatch/subscribe` event; `progress` of a job). */
export interface SendProgress {
  job_id: number;
  /** uploading | started */
  stage: string;
  sent: number;
  total: number;
  percent: number;
}

/** `job_item()`: a queue item. */
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
  started_at: string | null;
  ended_at: string | null;
  attempts: number;
  file_hash: string | null;
  run_id: number | null;
  assigned_at: string | null;
  last_report: LastReport | null;
  printer_name: string | null;
  /** Queued jobs only. */
  decision: Decision | null;
  file_info: JobFileInfo | null;
  progress: SendProgress | null;
}

/** A printer as the scheduler sees it. */
export interface QueuePrinter {
  printer_id: string;
  name: string;
  online: boolean;
  status: string;
  error: boolean;
  model: string | null;
  tags: string[];
  nozzle_mm: number | null;
  /** Loaded filament types; null when the printer does not report them. */
  filaments: string[] | null;
}

export interface QueueList {
  items: Job[];
  printers: QueuePrinter[];
}

export interface NewJobParams {
  file?: string;
  /** A stored file (odin/files/*); `file` then is its name. */
  file_hash?: string;
  name?: string | null;
  priority?: number | null;
  quantity?: number | null;
  printer_id?: string | null;
  tags_any?: string[];
  tags_all?: string[];
  model?: string | null;
  filament?: string | null;
  nozzle_mm?: number | null;
  notes?: string | null;
  options?: PrintOptions | null;
}

// ------------------------------------------------------------------------------- presets

export type PresetTargetType = "any" | "printer" | "tag" | "model";

export interface Preset {
  preset_id: number;
  name: string;
  file: string;
  /** value: printer id, tag (display form) or model; null for "any". */
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

export interface PresetParams {
  preset_id?: number | null;
  /** Takes file, target, filament, nozzle, priority, notes and options from a queue item. */
  from_job_id?: number | null;
  name: string;
  file?: string | null;
  target?: { type: PresetTargetType; value?: string | null } | null;
  filament?: string | null;
  nozzle_mm?: number | null;
  quantity?: number | null;
  priority?: number | null;
  notes?: string | null;
  options?: PrintOptions | null;
}

// ------------------------------------------------------------------------ spools, drying

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
}

/** `spool_item()`: a spool with its needs-drying verdict (null: not evaluated yet). */
export interface SpoolItem extends Spool {
  drying: DryingStatus | null;
}

export interface SpoolParams {
  spool_id?: number | null;
  material: string;
  name?: string | null;
  brand?: string | null;
  colour?: string | null;
  weight_g?: number | null;
  /** ISO; without an offset it is read in HA's time zone. */
  opened_at?: string | null;
  location?: string | null;
  printer_id?: string | null;
  slot?: string | null;
  spoolman_id?: number | null;
  humidity_entity_id?: string | null;
  notes?: string | null;
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

export interface DryingParams {
  spool_id?: number | null;
  printer_id?: string | null;
  slot?: string | null;
  temp_c: number;
  duration_min: number;
  method?: string | null;
  started_at?: string | null;
  humidity_before?: number | null;
  humidity_after?: number | null;
  notes?: string | null;
}

export interface MaterialLimits {
  material: string;
  max_days: number | null;
  max_humidity: number | null;
  drying_temp_c: number | null;
  drying_hours: number | null;
}

/** `material_table()` row: the rule in force, whether the user changed it, the default. */
export interface MaterialRow extends MaterialLimits {
  tracked: boolean;
  overridden: boolean;
  default: MaterialLimits | null;
}

export interface MaterialParams {
  material: string;
  max_days?: number | null;
  max_humidity?: number | null;
  drying_temp_c?: number | null;
  drying_hours?: number | null;
  /** Back to the default (the limits are then ignored). */
  reset?: boolean;
}

// ---------------------------------------------------------------------- files, dispatch

export interface FilamentUse {
  type: string | null;
  color: string | null;
  grams: number | null;
  id: number | null;
}

export interface PlateMeta {
  index: number;
  estimate_s: number | null;
  filaments: FilamentUse[];
  bbox: number[] | null;
  bed_type: string | null;
  sliced: boolean;
  weight_g: number | null;
  layer_count: number | null;
  object_names: string[];
  gcode_path: string | null;
}

/** `FileMeta.as_dict()`: what the file says about itself. */
export interface FileMeta {
  name: string;
  kind: string;
  size: number;
  sha256: string;
  slicer: string | null;
  slicer_version: string | null;
  printer_model: string | null;
  printer_model_code: string | null;
  printer_profile: string | null;
  compatible_models: string[];
  nozzle_mm: number | null;
  plates: PlateMeta[];
  estimate_s: number | null;
  filament_types: string[];
  bbox: number[] | null;
  layer_count: number | null;
  object_names: string[];
  weight_g: number | null;
  warnings: string[];
}

/** `FileRecord.as_dict()` with its metadata (`odin/files/get`, register, upload). */
export interface StoredFileDetail extends StoredFile {
  metadata: FileMeta;
}

/** One printer's result of `odin/dispatch/next`; `result` says which fields come. */
export interface DispatchPrinterResult {
  printer_id: string;
  name: string;
  /** started would_send refused upload_failed skipped */
  result: string;
  /** skipped: auto_queue_off dispatching printer_has_job no_job */
  reason?: string;
  reasons?: GuardReason[];
  job_id?: number;
  job?: string;
  file?: StoredFile | null;
  plate?: number;
  guard?: GuardReport | null;
  ams_mapping?: number[] | null;
  remote_name?: string;
  run_id?: number | null;
}

export interface DispatchResult {
  dry_run: boolean;
  printers: DispatchPrinterResult[];
  sent: number;
  would_send: number;
  refused: number;
  skipped: number;
}

/** Body of a refused `POST /api/odin/files/upload`. */
export interface UploadErrorBody {
  code: string;
  message: string;
}

// ---------------------------------------------------------------------------- timelapses

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
  /** Signed for the caller (24 h). */
  url: string;
  poster_url: string;
}

export interface TimelapsePage {
  items: Timelapse[];
  next: string | null;
  /** Printers recording now. */
  recording: string[];
}

// ------------------------------------------------------------------------------ commands

type NoParams = Record<string, never>;

/** Every command the frontend sends: its params (without `type`) and its result. */
export interface OdinCommands {
  "odin/printers/list": { params: NoParams; result: PrintersList };
  "odin/analytics/failures": { params: AnalyticsParams & { bucket?: Bucket }; result: FailureAnalytics };
  "odin/analytics/time_accuracy": { params: AnalyticsParams & { limit?: number }; result: TimeAccuracy };
  "odin/audit/list": { params: AuditParams & { before?: string | null; limit?: number }; result: AuditPage };
  "odin/audit/filters": { params: NoParams; result: AuditFilterValues };
  "odin/tags/list": { params: NoParams; result: TagsList };
  "odin/tags/set": { params: { printer_id: string; tags: string[] }; result: { printer_id: string; tags: string[] } };
  "odin/queue/list": { params: { include_finished?: boolean }; result: QueueList };
  "odin/queue/add": { params: NewJobParams; result: { jobs: Job[] } };
  /** The job as stored after the cancel (no decision / dispatch fields). */
  "odin/queue/cancel": {
    params: { job_id: number };
    result: { job: Omit<Job, "printer_name" | "decision" | "file_info" | "progress"> };
  };
  "odin/queue/reorder": { params: { job_id: number; after_job_id?: number | null }; result: { order: number[] } };
  "odin/presets/list": { params: NoParams; result: { presets: Preset[] } };
  "odin/presets/save": { params: PresetParams; result: { preset: Preset; created: boolean } };
  "odin/presets/delete": { params: { preset_id: number }; result: { preset: Preset } };
  "odin/presets/schedule": {
    params: { preset_id: number; quantity?: number | null; priority?: number | null; tag?: string | null };
    result: { jobs: Job[] };
  };
  "odin/spools/list": { params: NoParams; result: { spools: SpoolItem[] } };
  "odin/spools/save": { params: SpoolParams; result: { spool: SpoolItem } };
  "odin/spools/delete": { params: { spool_id: number }; result: { spool: Spool } };
  "odin/drying/log": { params: DryingParams; result: { session: DryingSession; spool: SpoolItem | null } };
  "odin/drying/history": {
    params: { spool_id?: number | null; printer_id?: string | null; limit?: number };
    result: { sessions: DryingSession[] };
  };
  "odin/materials/list": { params: NoParams; result: { materials: MaterialRow[] } };
  "odin/materials/set": { params: MaterialParams; result: { materials: MaterialRow[] } };
  "odin/files/list": { params: NoParams; result: { files: StoredFile[] } };
  "odin/files/get": { params: { hash: string }; result: { file: StoredFileDetail } };
  "odin/files/register": { params: { name: string }; result: { file: StoredFileDetail; created: boolean } };
  "odin/files/delete": { params: { hash: string }; result: { file: StoredFile } };
  "odin/dispatch/next": {
    params: ({ printer_id: string } | { tag: string }) & { dry_run?: boolean; force?: boolean };
    result: DispatchResult;
  };
  "odin/timelapses/list": {
    params: { printer_id?: string | null; run_id?: number | null; before?: string | null; limit?: number };
    result: TimelapsePage;
  };
  "odin/timelapses/delete": { params: { timelapse_id: number }; result: { deleted: true } };
}

/** Every subscription: its params and the events it delivers. */
export interface OdinSubscriptions {
  "odin/printers/subscribe": { params: NoParams; event: PrinterEvent };
  "odin/dispatch/subscribe": { params: NoParams; event: SendProgress };
}

export type OdinCommand = keyof OdinCommands;
export type OdinSubscription = keyof OdinSubscriptions;
export type ParamsOf<K extends OdinCommand> = OdinCommands[K]["params"];
export type ResultOf<K extends OdinCommand> = OdinCommands[K]["result"];
export type EventOf<K extends OdinSubscription> = OdinSubscriptions[K]["event"];

/** A refused command (HA's websocket error, with our translation key when there is one). */
export interface OdinError {
  code: string;
  message: string;
  translation_key?: string;
  translation_domain?: string;
  translation_placeholders?: Record<string, string>;
}
