// Print files and guarded dispatch (docs/auto-queue.md, docs/websocket-api.md "Auto-queue: files
// and dispatch"): upload with progress, list, detail, dispatch now / dry run, send progress.
import type { Localize } from "./i18n";
import type { HomeAssistant } from "./types";

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === "string" ? v : v == null ? null : String(v));

export interface FilamentUse {
  type: string | null;
  color: string | null;
  grams: number | null;
}
export interface PlateInfo {
  index: number;
  estimate_s: number | null;
  filaments: FilamentUse[];
  bbox: number[] | null;
  sliced: boolean;
  weight_g: number | null;
  layer_count: number | null;
}
export interface PrintFile {
  hash: string;
  name: string;
  size: number;
  kind: string;
  compatible_models: string[];
  created_at: string;
  uploaded_by: string | null;
  slicer: string | null;
  slicer_version: string | null;
  printer_model: string | null;
  printer_profile: string | null;
  nozzle_mm: number | null;
  plates: PlateInfo[];
  hasMetadata: boolean;
}

function normalizePlate(raw: Obj): PlateInfo {
  return {
    index: num(raw.index) ?? 1,
    estimate_s: num(raw.estimate_s),
    filaments: arr(raw.filaments)
      .filter(isObj)
      .map((f) => ({ type: str(f.type), color: str(f.color), grams: num(f.grams) })),
    bbox: Array.isArray(raw.bbox) ? raw.bbox.map(Number) : null,
    sliced: raw.sliced !== false,
    weight_g: num(raw.weight_g),
    layer_count: num(raw.layer_count),
  };
}

export function normalizeFile(raw: Obj): PrintFile {
  const m = isObj(raw.metadata) ? raw.metadata : {};
  return {
    hash: String(raw.hash ?? ""),
    name: str(raw.name) ?? "",
    size: num(raw.size) ?? 0,
    kind: str(raw.kind) ?? "",
    compatible_models: arr(raw.compatible_models ?? m.compatible_models).map(String),
    created_at: String(raw.created_at ?? ""),
    uploaded_by: str(raw.uploaded_by),
    slicer: str(m.slicer),
    slicer_version: str(m.slicer_version),
    printer_model: str(m.printer_model),
    printer_profile: str(m.printer_profile),
    nozzle_mm: num(m.nozzle_mm),
    plates: arr(m.plates).filter(isObj).map(normalizePlate),
    hasMetadata: isObj(raw.metadata),
  };
}

export async function fetchFiles(hass: HomeAssistant): Promise<PrintFile[]> {
  const raw = await hass.callWS<Obj>({ type: "odin/files/list" });
  return arr(raw.files).filter(isObj).map(normalizeFile);
}

export async function fetchFile(hass: HomeAssistant, hash: string): Promise<PrintFile> {
  const raw = await hass.callWS<Obj>({ type: "odin/files/get", hash });
  return normalizeFile(isObj(raw.file) ? raw.file : raw);
}

export const UPLOAD_EXTENSIONS = [".3mf", ".gcode", ".bgcode"];

export class UploadError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
  }
}

/** A fresh access token (HA's auth object refreshes an expired one like fetchWithAuth does). */
async function accessToken(hass: HomeAssistant): Promise<string> {
  const auth = (hass as unknown as { auth?: { data?: { access_token?: string }; expired?: boolean; refreshAccessToken?: () => Promise<void> } }).auth;
  if (auth?.expired && auth.refreshAccessToken) await auth.refreshAccessToken();
  return auth?.data?.access_token ?? "";
}

/**
 * POST /api/odin/files/upload (multipart part `file`) with XMLHttpRequest so the upload progress
 * (0..1) can be shown. Resolves with the stored file and whether it was new.
 */
export async function uploadFile(
  hass: HomeAssistant,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<{ file: PrintFile; created: boolean }> {
  const send = (token: string) =>
    new Promise<{ status: number; body: unknown }>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open("POST", "/api/odin/files/upload");
      xhr.setRequestHeader("Authorization", `Bearer ${token}`);
      xhr.responseType = "text";
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
      };
      xhr.onload = () => {
        let body: unknown = null;
        try {
          body = JSON.parse(xhr.responseText || "null");
        } catch {
          body = xhr.responseText;
        }
        resolve({ status: xhr.status, body });
      };
      xhr.onerror = () => reject(new UploadError("network", 0, "network"));
      xhr.onabort = () => reject(new UploadError("aborted", 0, "aborted"));
      const form = new FormData();
      form.append("file", file, file.name);
      xhr.send(form);
    });
  let res = await send(await accessToken(hass));
  const auth = (hass as unknown as { auth?: { refreshAccessToken?: () => Promise<void> } }).auth;
  if (res.status === 401 && auth?.refreshAccessToken) {
    await auth.refreshAccessToken();
    res = await send(await accessToken(hass));
  }
  if (res.status >= 200 && res.status < 300 && isObj(res.body) && isObj(res.body.file)) {
    onProgress(1);
    return { file: normalizeFile(res.body.file), created: Boolean(res.body.created) };
  }
  const body = isObj(res.body) ? res.body : {};
  const code = str(body.code) ?? str(body.error) ?? (res.status === 413 ? "too_large" : res.status === 403 ? "forbidden" : "upload_error");
  throw new UploadError(str(body.message) ?? `HTTP ${res.status}`, res.status, code);
}

/** The user's language for a refused upload (`files.error.<code>`), else the server's text. */
export function uploadErrorText(t: Localize, err: unknown): string {
  if (err instanceof UploadError) {
    const key = `files.error.${err.code}`;
    const text = t(key);
    return text !== key ? text : t("files.error.generic", { error: err.message });
  }
  return t("files.error.generic", { error: err instanceof Error ? err.message : String(err) });
}

// ------------------------------------------------------------------------------- dispatch

export interface GuardReason {
  code: string;
  check: string | null;
  message: string | null;
  placeholders: Record<string, string>;
}

export interface LastReport {
  ts: string | null;
  result: string;
  reasons: GuardReason[];
  error: string | null;
}

export interface FileInfo {
  hash: string | null;
  name: string | null;
  size: number | null;
  kind: string | null;
  plate: number | null;
  printer_model: string | null;
  nozzle_mm: number | null;
  estimate_s: number | null;
  filament_types: string[];
}

export interface SendProgress {
  job_id: number;
  stage: string;
  sent: number | null;
  total: number | null;
  percent: number | null;
}

export interface DispatchPrinterResult {
  printer_id: string;
  name: string;
  result: string;
  reason: string | null;
  reasons: GuardReason[];
  job_id: number | null;
  job: string | null;
  file: string | null;
  remote_name: string | null;
}

export interface DispatchResult {
  dry_run: boolean;
  printers: DispatchPrinterResult[];
}

function normalizeReason(raw: unknown): GuardReason {
  if (!isObj(raw)) return { code: String(raw ?? ""), check: null, message: null, placeholders: {} };
  const ph = isObj(raw.placeholders) ? raw.placeholders : {};
  return {
    code: String(raw.code ?? ""),
    check: str(raw.check),
    message: str(raw.message),
    placeholders: Object.fromEntries(Object.entries(ph).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : String(v ?? "")])),
  };
}

export function normalizeReport(raw: unknown): LastReport | null {
  if (!isObj(raw)) return null;
  return {
    ts: str(raw.ts),
    result: String(raw.result ?? ""),
    reasons: arr(raw.reasons).map(normalizeReason),
    error: str(raw.error) ?? str(raw.message),
  };
}

export function normalizeFileInfo(raw: unknown): FileInfo | null {
  if (!isObj(raw)) return null;
  return {
    hash: str(raw.hash),
    name: str(raw.name),
    size: num(raw.size),
    kind: str(raw.kind),
    plate: num(raw.plate),
    printer_model: str(raw.printer_model),
    nozzle_mm: num(raw.nozzle_mm),
    estimate_s: num(raw.estimate_s),
    filament_types: arr(raw.filament_types).map(String),
  };
}

export function normalizeProgress(raw: unknown): SendProgress | null {
  if (!isObj(raw) || raw.job_id == null) return null;
  return { job_id: Number(raw.job_id), stage: String(raw.stage ?? ""), sent: num(raw.sent), total: num(raw.total), percent: num(raw.percent) };
}

export async function dispatchNext(hass: HomeAssistant, printerId: string, dryRun: boolean): Promise<DispatchResult> {
  const raw = await hass.callWS<Obj>({ type: "odin/dispatch/next", printer_id: printerId, dry_run: dryRun, force: true });
  return {
    dry_run: Boolean(raw.dry_run),
    printers: arr(raw.printers)
      .filter(isObj)
      .map((p) => ({
        printer_id: String(p.printer_id ?? ""),
        name: str(p.name) ?? "",
        result: String(p.result ?? ""),
        reason: typeof p.reason === "string" ? p.reason : null,
        reasons: arr(p.reasons).map(normalizeReason),
        job_id: num(p.job_id),
        job: str(p.job),
        file: str(p.file),
        remote_name: str(p.remote_name),
      })),
  };
}

export function subscribeDispatch(hass: HomeAssistant, callback: (p: SendProgress) => void): Promise<() => Promise<void>> {
  return hass.connection.subscribeMessage<unknown>((event) => {
    const p = normalizeProgress(event);
    if (p) callback(p);
  }, { type: "odin/dispatch/subscribe" });
}

/** A guard reason in the user's language (`guard.<code>` with its placeholders), else the server's text. */
export function guardText(t: Localize, r: GuardReason, printer = ""): string {
  const key = `guard.${r.code}`;
  const vars: Record<string, string> = { printer, ...r.placeholders };
  const text = t(key, vars);
  if (text !== key) return text;
  return r.message ?? r.code;
}
