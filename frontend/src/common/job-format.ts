// How jobs and presets are shown: constraint and print-option pills (Queue and Presets pages).
import { html, type TemplateResult } from "lit";
import type { Localize } from "./i18n";
import type { JobConstraints, Preset, PrintOptions } from "./types";

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
