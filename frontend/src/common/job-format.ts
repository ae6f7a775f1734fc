// How jobs and presets are shown: constraint and print-option pills (Queue and Presets pages).
import { html, type TemplateResult } from "lit";
import type { Localize } from "./i18n";
import type { Decision, Job, JobConstraints, Preset, PrintOptions } from "./types";

export const NOZZLES = [0.2, 0.4, 0.6, 0.8];
/** Suggestions for filament inputs (any type may be typed). */
export const COMMON_MATERIALS = ["PLA", "PETG", "ABS", "ASA", "TPU", "PA", "PA-CF", "PC", "PVA"];

const pill = (text: string, key: string) => html`<span class="pill" data-pill=${key} title=${text}>${text}</span>`;

export function constraintPills(t: Localize, c: JobConstraints, printerName: (id: string) => string): TemplateResult[] {
  const out: TemplateResult[] = [];
  if (c.printer_id) out.push(pill(t("jobs.pill_printer", { printer: printerName(c.printer_id) }), "printer"));
  if (c.tags_any.length) out.push(pill(t("jobs.pill_tags_any", { tags: c.tags_any.join(", ") }), "tags_any"));
  if (c.tags_all.length) out.push(pill(t("jobs.pill_tags_all", { tags: c.tags_all.join(", ") }), "tags_all"));
  if (c.model) out.push(pill(t("jobs.pill_model", { model: c.model }), "model"));
  if (c.filament) out.push(pill(t("jobs.pill_filament", { filament: c.filament }), "filament"));
  if (c.nozzle_mm !== null) out.push(pill(t("jobs.pill_nozzle", { nozzle: c.nozzle_mm }), "nozzle"));
  return out;
}

export function optionPills(t: Localize, options: PrintOptions): TemplateResult[] {
  return Object.entries(options).map(([key, value]) =>
    key === "plate"
      ? pill(t("options.plate_n", { n: String(value) }), key)
      : pill(`${t(`options.${key}`)}: ${t(value ? "options.on" : "options.off")}`, key),
  );
}

export function targetText(t: Localize, preset: Preset, printerName: (id: string) => string): string {
  const v = preset.target.value ?? "";
  switch (preset.target.type) {
    case "printer":
      return t("presets.target_printer", { printer: printerName(v) });
    case "tag":
      return t("presets.target_tag", { tag: v });
    case "model":
      return t("presets.target_model", { model: v });
    default:
      return t("presets.target_any");
  }
}

/** The scheduler's word on a queued job in the user's language. */
export function decisionText(t: Localize, job: Job, d: Decision, printerName: (id: string) => string): string {
  const c = job.constraints;
  const unmet = d.unmet
    .map((u) =>
      t(`queue.constraint.${u}`, {
        printer: printerName(c.printer_id ?? ""),
        tags: (u === "tags_all" ? c.tags_all : c.tags_any).join(", "),
        model: c.model ?? "",
        nozzle: c.nozzle_mm ?? "",
      }),
    )
    .join(", ");
  if (d.reason === "proposed") return t("queue.reason.proposed", { printer: printerName(d.printer_id ?? "") });
  if (d.reason === "no_printer_fits" && unmet) return t("queue.reason.no_printer_fits_unmet", { unmet });
  if (d.reason === "filament_not_loaded") return t("queue.reason.filament_not_loaded", { filament: c.filament ?? "" });
  return t(`queue.reason.${d.reason}`);
}

/** A job that holds a printer. */
export const ACTIVE_JOB_STATUSES: ReadonlySet<string> = new Set(["printing", "assigned"]);

/** The jobs the queue card lists: printing/assigned first, then the waiting ones in queue order. */
export function cardJobs(items: Job[], limit: number, showFinished: boolean): Job[] {
  const active = items.filter((j) => ACTIVE_JOB_STATUSES.has(j.status));
  const queued = items.filter((j) => j.status === "queued").sort((a, b) => a.position - b.position);
  const finished = showFinished ? items.filter((j) => !ACTIVE_JOB_STATUSES.has(j.status) && j.status !== "queued") : [];
  return [...active, ...queued, ...finished].slice(0, limit);
}
