// Calls to the farm-operation and timelapse websocket commands (docs/websocket-api.md, sections
// "Timelapses" and "Farm operations"). Responses are normalised here, like in api.ts.
import { errorMessage } from "./api";
import { normalizeFileInfo, normalizeProgress, normalizeReport } from "./files-api";
import type { Localize } from "./i18n";
import type {
  Decision,
  DryingSession,
  DryingStatus,
  HomeAssistant,
  Job,
  JobConstraints,
  MaterialRule,
  Preset,
  PresetTargetType,
  PrintOptions,
  QueueList,
  QueuePrinter,
  Spool,
  TagInfo,
  Timelapse,
  TimelapsePage,
} from "./types";

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const int0 = (v: unknown): number => num(v) ?? 0;
const str = (v: unknown): string | null => (typeof v === "string" ? v : v == null ? null : String(v));
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const strs = (v: unknown): string[] => arr(v).map(String);

/** Drops undefined, null and "" values (the commands treat a missing key as "not set"). */
export function compact<T extends object>(q: T): Partial<T> {
  return Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined && v !== null && v !== "")) as Partial<T>;
}

export function normalizeOptions(raw: unknown): PrintOptions {
  const out: PrintOptions = {};
  if (!isObj(raw)) return out;
  for (const [k, v] of Object.entries(raw)) if (typeof v === "boolean" || typeof v === "number") out[k] = v;
  return out;
}

// ---------------------------------------------------------------------------------- queue

function normalizeDecision(raw: unknown): Decision | null {
  if (!isObj(raw)) return null;
  return {
    reason: String(raw.reason ?? ""),
    printer_id: str(raw.printer_id),
    order: int0(raw.order),
    unmet: strs(raw.unmet),
    printers: arr(raw.printers)
      .filter(isObj)
      .map((p) => ({ printer_id: String(p.printer_id ?? ""), name: str(p.name) ?? "", checks: strs(p.checks) })),
    notes: strs(raw.notes),
  };
}

function normalizeConstraints(raw: unknown): JobConstraints {
  const c = isObj(raw) ? raw : {};
  return {
    printer_id: str(c.printer_id),
    tags_any: strs(c.tags_any),
    tags_all: strs(c.tags_all),
    model: str(c.model),
    filament: str(c.filament),
    nozzle_mm: num(c.nozzle_mm),
  };
}

export function normalizeJob(raw: Obj): Job {
  return {
    job_id: int0(raw.job_id),
    name: str(raw.name) ?? "",
    file: str(raw.file) ?? "",
    status: str(raw.status) ?? "queued",
    priority: int0(raw.priority),
    position: int0(raw.position),
    constraints: normalizeConstraints(raw.constraints),
    options: normalizeOptions(raw.options),
    notes: str(raw.notes),
    preset_id: num(raw.preset_id),
    created_at: String(raw.created_at ?? ""),
    updated_at: String(raw.updated_at ?? ""),
    created_by: str(raw.created_by),
    printer_id: str(raw.printer_id),
    printer_name: str(raw.printer_name),
    started_at: str(raw.started_at),
    ended_at: str(raw.ended_at),
    attempts: int0(raw.attempts),
    decision: normalizeDecision(raw.decision),
    file_hash: str(raw.file_hash),
    file_info: normalizeFileInfo(raw.file_info),
    last_report: normalizeReport(raw.last_report),
    progress: normalizeProgress(raw.progress),
  };
}

function normalizeQueuePrinter(raw: Obj): QueuePrinter {
  return {
    printer_id: String(raw.printer_id ?? ""),
    name: str(raw.name) ?? String(raw.printer_id ?? ""),
    online: Boolean(raw.online),
    status: str(raw.status) ?? "offline",
    error: Boolean(raw.error),
    model: str(raw.model),
    tags: strs(raw.tags),
    nozzle_mm: num(raw.nozzle_mm),
    filaments: Array.isArray(raw.filaments) ? strs(raw.filaments) : null,
  };
}

export async function fetchQueue(hass: HomeAssistant, includeFinished = true): Promise<QueueList> {
  const raw = await hass.callWS<Obj>({ type: "odin/queue/list", include_finished: includeFinished });
  return {
    items: arr(raw.items).filter(isObj).map(normalizeJob),
    printers: arr(raw.printers).filter(isObj).map(normalizeQueuePrinter),
  };
}

export interface NewJobParams {
  file: string;
  /** A stored file (odin/files/*); `file` then is its name. */
  file_hash?: string;
  name?: string;
  priority?: number;
  quantity?: number;
  printer_id?: string;
  tags_any?: string[];
  tags_all?: string[];
  model?: string;
  filament?: string;
  nozzle_mm?: number;
  notes?: string;
  options?: PrintOptions;
}

const jobsOf = (raw: Obj): Job[] => arr(raw.jobs).filter(isObj).map(normalizeJob);

export async function addJob(hass: HomeAssistant, params: NewJobParams): Promise<Job[]> {
  return jobsOf(await hass.callWS<Obj>({ type: "odin/queue/add", ...compact(params) }));
}

export async function cancelJob(hass: HomeAssistant, jobId: number): Promise<void> {
  await hass.callWS({ type: "odin/queue/cancel", job_id: jobId });
}

/** Moves a queued job right after `afterJobId` (null: to the front); returns the new order. */
export async function reorderJob(hass: HomeAssistant, jobId: number, afterJobId: number | null): Promise<number[]> {
  const raw = await hass.callWS<Obj>({ type: "odin/queue/reorder", job_id: jobId, after_job_id: afterJobId });
  return arr(raw.order).map(Number);
}

// -------------------------------------------------------------------------------- presets

const TARGETS: PresetTargetType[] = ["any", "printer", "tag", "model"];

export function normalizePreset(raw: Obj): Preset {
  const target = isObj(raw.target) ? raw.target : {};
  const type = TARGETS.find((t) => t === target.type) ?? "any";
  return {
    preset_id: int0(raw.preset_id),
    name: str(raw.name) ?? "",
    file: str(raw.file) ?? "",
    target: { type, value: type === "any" ? null : str(target.value) },
    filament: str(raw.filament),
    nozzle_mm: num(raw.nozzle_mm),
    quantity: num(raw.quantity) ?? 1,
    priority: int0(raw.priority),
    notes: str(raw.notes),
    options: normalizeOptions(raw.options),
    created_at: String(raw.created_at ?? ""),
    updated_at: String(raw.updated_at ?? ""),
  };
}

export async function fetchPresets(hass: HomeAssistant): Promise<Preset[]> {
  const raw = await hass.callWS<Obj>({ type: "odin/presets/list" });
  return arr(raw.presets).filter(isObj).map(normalizePreset);
}

export interface PresetParams {
  preset_id?: number;
  name: string;
  file: string;
  target: { type: PresetTargetType; value?: string };
  filament?: string;
  nozzle_mm?: number;
  quantity?: number;
  priority?: number;
  notes?: string;
  options?: PrintOptions;
}

export async function savePreset(hass: HomeAssistant, params: PresetParams): Promise<{ preset: Preset; created: boolean }> {
  const raw = await hass.callWS<Obj>({ type: "odin/presets/save", ...compact(params) });
  return { preset: normalizePreset(isObj(raw.preset) ? raw.preset : {}), created: Boolean(raw.created) };
}

/** "Save as preset" from a queue item. */
export async function savePresetFromJob(hass: HomeAssistant, name: string, jobId: number): Promise<Preset> {
  const raw = await hass.callWS<Obj>({ type: "odin/presets/save", name, from_job_id: jobId });
  return normalizePreset(isObj(raw.preset) ? raw.preset : {});
}

export async function deletePreset(hass: HomeAssistant, presetId: number): Promise<void> {
  await hass.callWS({ type: "odin/presets/delete", preset_id: presetId });
}

/** "Quick schedule": the preset's jobs are queued at once. */
export async function schedulePreset(
  hass: HomeAssistant,
  presetId: number,
  opts: { quantity?: number; priority?: number; tag?: string },
): Promise<Job[]> {
  return jobsOf(await hass.callWS<Obj>({ type: "odin/presets/schedule", preset_id: presetId, ...compact(opts) }));
}

// ------------------------------------------------------------------------- spools, drying

function normalizeDrying(raw: unknown): DryingStatus | null {
  if (!isObj(raw)) return null;
  return {
    needs_drying: Boolean(raw.needs_drying),
    tracked: Boolean(raw.tracked),
    reasons: strs(raw.reasons),
    reference: str(raw.reference),
    days_since: num(raw.days_since),
    max_days: num(raw.max_days),
    humidity: num(raw.humidity),
    max_humidity: num(raw.max_humidity),
    due_at: str(raw.due_at),
  };
}

export function normalizeSpool(raw: Obj): Spool {
  return {
    spool_id: int0(raw.spool_id),
    label: str(raw.label) ?? str(raw.material) ?? "",
    name: str(raw.name),
    material: str(raw.material) ?? "",
    brand: str(raw.brand),
    colour: str(raw.colour),
    weight_g: num(raw.weight_g),
    opened_at: str(raw.opened_at),
    location: str(raw.location),
    printer_id: str(raw.printer_id),
    slot: str(raw.slot),
    spoolman_id: num(raw.spoolman_id),
    humidity_entity_id: str(raw.humidity_entity_id),
    notes: str(raw.notes),
    created_at: String(raw.created_at ?? ""),
    updated_at: String(raw.updated_at ?? ""),
    drying: normalizeDrying(raw.drying),
  };
}

export async function fetchSpools(hass: HomeAssistant): Promise<Spool[]> {
  const raw = await hass.callWS<Obj>({ type: "odin/spools/list" });
  return arr(raw.spools).filter(isObj).map(normalizeSpool);
}

export interface SpoolParams {
  spool_id?: number;
  material: string;
  name?: string;
  brand?: string;
  colour?: string;
  weight_g?: number;
  /** ISO; without an offset it is read in HA's time zone. */
  opened_at?: string;
  location?: string;
  printer_id?: string;
  slot?: string;
  spoolman_id?: number;
  humidity_entity_id?: string;
  notes?: string;
}

export async function saveSpool(hass: HomeAssistant, params: SpoolParams): Promise<Spool> {
  const raw = await hass.callWS<Obj>({ type: "odin/spools/save", ...compact(params) });
  return normalizeSpool(isObj(raw.spool) ? raw.spool : {});
}

export async function deleteSpool(hass: HomeAssistant, spoolId: number): Promise<void> {
  await hass.callWS({ type: "odin/spools/delete", spool_id: spoolId });
}

export function normalizeSession(raw: Obj): DryingSession {
  return {
    session_id: int0(raw.session_id),
    spool_id: num(raw.spool_id),
    printer_id: str(raw.printer_id),
    slot: str(raw.slot),
    material: str(raw.material),
    started_at: String(raw.started_at ?? ""),
    ended_at: String(raw.ended_at ?? ""),
    duration_min: int0(raw.duration_min),
    temp_c: int0(raw.temp_c),
    method: str(raw.method) ?? "other",
    humidity_before: num(raw.humidity_before),
    humidity_after: num(raw.humidity_after),
    notes: str(raw.notes),
    user_id: str(raw.user_id),
    actor: str(raw.actor),
    created_at: String(raw.created_at ?? ""),
  };
}

export interface DryingParams {
  spool_id?: number;
  printer_id?: string;
  slot?: string;
  temp_c: number;
  duration_min: number;
  method?: string;
  started_at?: string;
  humidity_before?: number;
  humidity_after?: number;
  notes?: string;
}

export async function logDrying(hass: HomeAssistant, params: DryingParams): Promise<{ session: DryingSession; spool: Spool | null }> {
  const raw = await hass.callWS<Obj>({ type: "odin/drying/log", ...compact(params) });
  return {
    session: normalizeSession(isObj(raw.session) ? raw.session : {}),
    spool: isObj(raw.spool) ? normalizeSpool(raw.spool) : null,
  };
}

export async function fetchDryingHistory(
  hass: HomeAssistant,
  opts: { spool_id?: number; printer_id?: string; limit?: number } = {},
): Promise<DryingSession[]> {
  const raw = await hass.callWS<Obj>({ type: "odin/drying/history", ...compact(opts) });
  return arr(raw.sessions).filter(isObj).map(normalizeSession);
}

function materials(raw: Obj): MaterialRule[] {
  return arr(raw.materials)
    .filter(isObj)
    .map((m) => ({
      material: String(m.material ?? ""),
      max_days: num(m.max_days),
      max_humidity: num(m.max_humidity),
      drying_temp_c: num(m.drying_temp_c),
      drying_hours: num(m.drying_hours),
      tracked: Boolean(m.tracked),
      overridden: Boolean(m.overridden),
      has_default: isObj(m.default),
    }));
}

export async function fetchMaterials(hass: HomeAssistant): Promise<MaterialRule[]> {
  return materials(await hass.callWS<Obj>({ type: "odin/materials/list" }));
}

export async function setMaterial(
  hass: HomeAssistant,
  rule: { material: string; max_days?: number | null; max_humidity?: number | null; drying_temp_c?: number | null; drying_hours?: number | null },
): Promise<MaterialRule[]> {
  return materials(await hass.callWS<Obj>({ type: "odin/materials/set", ...rule }));
}

export async function resetMaterial(hass: HomeAssistant, material: string): Promise<MaterialRule[]> {
  return materials(await hass.callWS<Obj>({ type: "odin/materials/set", material, reset: true }));
}

// ----------------------------------------------------------------------------------- tags

export async function fetchTags(hass: HomeAssistant): Promise<TagInfo[]> {
  const raw = await hass.callWS<Obj>({ type: "odin/tags/list" });
  return arr(raw.tags)
    .filter(isObj)
    .map((t) => ({ tag: String(t.tag ?? ""), display: str(t.display) ?? String(t.tag ?? ""), printer_ids: strs(t.printer_ids) }));
}

/** Replaces a printer's tags; returns them as stored (display forms). */
export async function setTags(hass: HomeAssistant, printerId: string, tags: string[]): Promise<string[]> {
  const raw = await hass.callWS<Obj>({ type: "odin/tags/set", printer_id: printerId, tags });
  return strs(raw.tags);
}

// ----------------------------------------------------------------------------- timelapses

function normalizeTimelapse(raw: Obj): Timelapse {
  return {
    id: int0(raw.id),
    run_id: int0(raw.run_id),
    printer_id: String(raw.printer_id ?? ""),
    printer_name: str(raw.printer_name),
    job_name: str(raw.job_name),
    file_name: str(raw.file_name),
    outcome: str(raw.outcome),
    started_at: str(raw.started_at),
    ended_at: str(raw.ended_at),
    created: String(raw.created ?? ""),
    expires: str(raw.expires),
    frames: int0(raw.frames),
    fps: int0(raw.fps),
    seconds: int0(raw.seconds),
    bytes: int0(raw.bytes),
    media_content_id: String(raw.media_content_id ?? ""),
    url: String(raw.url ?? ""),
    poster_url: String(raw.poster_url ?? ""),
  };
}

export async function fetchTimelapses(
  hass: HomeAssistant,
  opts: { printer_id?: string; run_id?: number; before?: string | null; limit?: number } = {},
): Promise<TimelapsePage> {
  const raw = await hass.callWS<Obj>({ type: "odin/timelapses/list", ...compact(opts) });
  return {
    items: arr(raw.items).filter(isObj).map(normalizeTimelapse),
    next: str(raw.next),
    recording: strs(raw.recording),
  };
}

/** Admin only (the command refuses others). */
export async function deleteTimelapse(hass: HomeAssistant, id: number): Promise<void> {
  await hass.callWS({ type: "odin/timelapses/delete", timelapse_id: id });
}

// --------------------------------------------------------------------------------- errors

/**
 * The user's language for a refused command: our own text for the command's translation_key
 * (with its placeholders), else the server's message.
 */
export function farmError(t: Localize, err: unknown): string {
  if (isObj(err) && typeof err.translation_key === "string") {
    const key = `errors.${err.translation_key}`;
    const vars = isObj(err.translation_placeholders)
      ? Object.fromEntries(Object.entries(err.translation_placeholders).map(([k, v]) => [k, String(v)]))
      : {};
    if (typeof vars.field === "string") {
      const field = t(`fields.${vars.field}`);
      if (field !== `fields.${vars.field}`) vars.field = field;
    }
    const text = t(key, vars);
    if (text !== key) return text;
  }
  if (isObj(err) && err.code === "unauthorized") return t("errors.unauthorized");
  return errorMessage(err);
}
