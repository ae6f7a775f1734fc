// Calls to the farm-operation and timelapse websocket commands (contract: api-types.ts).
import type {
  DryingParams,
  DryingSession,
  Job,
  MaterialParams,
  MaterialRow,
  NewJobParams,
  Preset,
  PresetParams,
  QueueList,
  SpoolItem,
  SpoolParams,
  TimelapsePage,
} from "./api-types";
import { errorMessage, isOdinError } from "./api";
import type { Localize } from "./i18n";
import type { HomeAssistant } from "./types";
import { callOdin, compact } from "./ws";

export { compact };

// ---------------------------------------------------------------------------------- queue

export function fetchQueue(hass: HomeAssistant, includeFinished = true): Promise<QueueList> {
  return callOdin(hass, "odin/queue/list", { include_finished: includeFinished });
}

export async function addJob(hass: HomeAssistant, params: NewJobParams): Promise<Job[]> {
  return (await callOdin(hass, "odin/queue/add", compact(params))).jobs;
}

export async function cancelJob(hass: HomeAssistant, jobId: number): Promise<void> {
  await callOdin(hass, "odin/queue/cancel", { job_id: jobId });
}

/** Moves a queued job right after `afterJobId` (null: to the front); returns the new order. */
export async function reorderJob(hass: HomeAssistant, jobId: number, afterJobId: number | null): Promise<number[]> {
  return (await callOdin(hass, "odin/queue/reorder", { job_id: jobId, after_job_id: afterJobId })).order;
}

// -------------------------------------------------------------------------------- presets

export async function fetchPresets(hass: HomeAssistant): Promise<Preset[]> {
  return (await callOdin(hass, "odin/presets/list")).presets;
}

export function savePreset(hass: HomeAssistant, params: PresetParams): Promise<{ preset: Preset; created: boolean }> {
  return callOdin(hass, "odin/presets/save", compact(params) as PresetParams);
}

/** "Save as preset" from a queue item. */
export async function savePresetFromJob(hass: HomeAssistant, name: string, jobId: number): Promise<Preset> {
  return (await callOdin(hass, "odin/presets/save", { name, from_job_id: jobId })).preset;
}

export async function deletePreset(hass: HomeAssistant, presetId: number): Promise<void> {
  await callOdin(hass, "odin/presets/delete", { preset_id: presetId });
}

/** "Quick schedule": the preset's jobs are queued at once. */
export async function schedulePreset(
  hass: HomeAssistant,
  presetId: number,
  opts: { quantity?: number; priority?: number; tag?: string },
): Promise<Job[]> {
  return (await callOdin(hass, "odin/presets/schedule", { preset_id: presetId, ...compact(opts) })).jobs;
}

// ------------------------------------------------------------------------- spools, drying

export async function fetchSpools(hass: HomeAssistant): Promise<SpoolItem[]> {
  return (await callOdin(hass, "odin/spools/list")).spools;
}

export async function saveSpool(hass: HomeAssistant, params: SpoolParams): Promise<SpoolItem> {
  return (await callOdin(hass, "odin/spools/save", compact(params) as SpoolParams)).spool;
}

export async function deleteSpool(hass: HomeAssistant, spoolId: number): Promise<void> {
  await callOdin(hass, "odin/spools/delete", { spool_id: spoolId });
}

export function logDrying(
  hass: HomeAssistant,
  params: DryingParams,
): Promise<{ session: DryingSession; spool: SpoolItem | null }> {
  return callOdin(hass, "odin/drying/log", compact(params) as DryingParams);
}

export async function fetchDryingHistory(
  hass: HomeAssistant,
  opts: { spool_id?: number; printer_id?: string; limit?: number } = {},
): Promise<DryingSession[]> {
  return (await callOdin(hass, "odin/drying/history", compact(opts))).sessions;
}

export async function fetchMaterials(hass: HomeAssistant): Promise<MaterialRow[]> {
  return (await callOdin(hass, "odin/materials/list")).materials;
}

export async function setMaterial(hass: HomeAssistant, rule: Omit<MaterialParams, "reset">): Promise<MaterialRow[]> {
  return (await callOdin(hass, "odin/materials/set", rule)).materials;
}

export async function resetMaterial(hass: HomeAssistant, material: string): Promise<MaterialRow[]> {
  return (await callOdin(hass, "odin/materials/set", { material, reset: true })).materials;
}

// ----------------------------------------------------------------------------------- tags

/** Replaces a printer's tags; returns them as stored (display forms). */
export async function setTags(hass: HomeAssistant, printerId: string, tags: string[]): Promise<string[]> {
  return (await callOdin(hass, "odin/tags/set", { printer_id: printerId, tags })).tags;
}

// ----------------------------------------------------------------------------- timelapses

export function fetchTimelapses(
  hass: HomeAssistant,
  opts: { printer_id?: string; run_id?: number; before?: string | null; limit?: number } = {},
): Promise<TimelapsePage> {
  return callOdin(hass, "odin/timelapses/list", compact(opts));
}

/** Admin only (the command refuses others). */
export async function deleteTimelapse(hass: HomeAssistant, id: number): Promise<void> {
  await callOdin(hass, "odin/timelapses/delete", { timelapse_id: id });
}

// --------------------------------------------------------------------------------- errors

/**
 * The user's language for a refused command: our own text for the command's translation_key
 * (with its placeholders), else the server's message.
 */
export function farmError(t: Localize, err: unknown): string {
  if (isOdinError(err) && err.translation_key) {
    const key = `errors.${err.translation_key}`;
    const vars: Record<string, string> = { ...(err.translation_placeholders ?? {}) };
    if (vars.field !== undefined) {
      const field = t(`fields.${vars.field}`);
      if (field !== `fields.${vars.field}`) vars.field = field;
    }
    const text = t(key, vars);
    if (text !== key) return text;
  }
  if (isOdinError(err) && err.code === "unauthorized") return t("errors.unauthorized");
  return errorMessage(err);
}
