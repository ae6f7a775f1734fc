// Print files and guarded dispatch (docs/auto-queue.md): upload with progress, list, detail,
// dispatch now / dry run, send progress. Contract: api-types.ts.
import type {
  DispatchResult,
  GuardReason,
  SendProgress,
  StoredFile,
  StoredFileDetail,
  UploadErrorBody,
} from "./api-types";
import type { Localize } from "./i18n";
import type { HomeAssistant } from "./types";
import { callOdin, subscribeOdin } from "./ws";

export async function fetchFiles(hass: HomeAssistant): Promise<StoredFile[]> {
  return (await callOdin(hass, "odin/files/list")).files;
}

export async function fetchFile(hass: HomeAssistant, hash: string): Promise<StoredFileDetail> {
  return (await callOdin(hass, "odin/files/get", { hash })).file;
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

interface HassAuth {
  data?: { access_token?: string };
  expired?: boolean;
  refreshAccessToken?: () => Promise<void>;
}

const authOf = (hass: HomeAssistant): HassAuth | undefined => (hass as unknown as { auth?: HassAuth }).auth;

/** A fresh access token (HA's auth object refreshes an expired one like fetchWithAuth does). */
async function accessToken(hass: HomeAssistant): Promise<string> {
  const auth = authOf(hass);
  if (auth?.expired && auth.refreshAccessToken) await auth.refreshAccessToken();
  return auth?.data?.access_token ?? "";
}

const isUploadErrorBody = (body: unknown): body is UploadErrorBody =>
  typeof body === "object" &&
  body !== null &&
  typeof (body as UploadErrorBody).code === "string" &&
  typeof (body as UploadErrorBody).message === "string";

/** The error of a refused upload: the view's `{code, message}`, else HA's own refusals by status. */
export function uploadErrorOf(status: number, body: unknown): UploadError {
  if (isUploadErrorBody(body)) return new UploadError(body.message, status, body.code);
  const code = status === 413 ? "too_large" : status === 401 || status === 403 ? "forbidden" : "upload_error";
  return new UploadError(`HTTP ${status}`, status, code);
}

/**
 * POST /api/odin/files/upload (multipart part `file`) with XMLHttpRequest so the upload progress
 * (0..1) can be shown. Resolves with the stored file and whether it was new.
 */
export async function uploadFile(
  hass: HomeAssistant,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<{ file: StoredFileDetail; created: boolean }> {
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
        let body: unknown;
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
  const auth = authOf(hass);
  if (res.status === 401 && auth?.refreshAccessToken) {
    await auth.refreshAccessToken();
    res = await send(await accessToken(hass));
  }
  if (res.status >= 200 && res.status < 300) {
    onProgress(1);
    return res.body as { file: StoredFileDetail; created: boolean };
  }
  throw uploadErrorOf(res.status, res.body);
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

export function dispatchNext(hass: HomeAssistant, printerId: string, dryRun: boolean): Promise<DispatchResult> {
  return callOdin(hass, "odin/dispatch/next", { printer_id: printerId, dry_run: dryRun, force: true });
}

export function subscribeDispatch(
  hass: HomeAssistant,
  callback: (p: SendProgress) => void,
): Promise<() => Promise<void>> {
  return subscribeOdin(hass, "odin/dispatch/subscribe", callback);
}

/** A guard reason in the user's language (`guard.<code>` with its placeholders), else the server's text. */
export function guardText(t: Localize, r: GuardReason, printer = ""): string {
  const key = `guard.${r.code}`;
  const text = t(key, { printer, ...r.placeholders });
  return text !== key ? text : r.message;
}
