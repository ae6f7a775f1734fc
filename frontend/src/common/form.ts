// Small form building blocks (native inputs inside <label class="field">) and FormData readers.
import { html, nothing } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import type { Localize } from "./i18n";
import type { PrintOptions } from "./types";

export interface InputOpts {
  required?: boolean;
  type?: string;
  min?: number | string;
  max?: number | string;
  step?: number | string;
  list?: string;
  placeholder?: string;
  maxlength?: number;
  pattern?: string;
  hint?: string;
  full?: boolean;
  inputmode?: string;
  autocomplete?: string;
}

const valueOf = (v: string | number | null | undefined): string => (v === null || v === undefined ? "" : String(v));

export function textInput(label: string, name: string, value: string | number | null | undefined, o: InputOpts = {}) {
  return html`<label class="field ${o.full ? "full" : ""}">
    <span>${label}${o.required ? html` <span class="req" aria-hidden="true">*</span>` : nothing}</span>
    <input
      name=${name}
      type=${o.type ?? "text"}
      .value=${valueOf(value)}
      ?required=${o.required}
      min=${ifDefined(o.min)}
      max=${ifDefined(o.max)}
      step=${ifDefined(o.step)}
      list=${ifDefined(o.list)}
      placeholder=${o.placeholder ?? " "}
      maxlength=${ifDefined(o.maxlength)}
      pattern=${ifDefined(o.pattern)}
      inputmode=${ifDefined(o.inputmode)}
      autocomplete=${o.autocomplete ?? "off"}
    />
    ${o.hint ? html`<span class="hint">${o.hint}</span>` : nothing}
  </label>`;
}

export interface Choice {
  value: string;
  label: string;
}

export function selectInput(
  label: string,
  name: string,
  value: string | null | undefined,
  choices: Choice[],
  o: { full?: boolean; required?: boolean; onChange?: (value: string) => void; hint?: string } = {},
) {
  const current = value ?? "";
  return html`<label class="field ${o.full ? "full" : ""}">
    <span>${label}</span>
    <select
      name=${name}
      ?required=${o.required}
      @change=${(e: Event) => o.onChange?.((e.target as HTMLSelectElement).value)}
    >
      ${choices.map((c) => html`<option value=${c.value} ?selected=${c.value === current}>${c.label}</option>`)}
    </select>
    ${o.hint ? html`<span class="hint">${o.hint}</span>` : nothing}
  </label>`;
}

export function textArea(
  label: string,
  name: string,
  value: string | null | undefined,
  o: { maxlength?: number } = {},
) {
  return html`<label class="field full">
    <span>${label}</span>
    <textarea name=${name} maxlength=${ifDefined(o.maxlength)} .value=${value ?? ""}></textarea>
  </label>`;
}

/** Datalist of suggestions for a text input (`list` attribute). */
export function datalist(id: string, values: Iterable<string>) {
  return html`<datalist id=${id}>${[...new Set(values)].map((v) => html`<option value=${v}></option>`)}</datalist>`;
}

/** Checkbox chips for a multi-choice (FormData.getAll(name)). */
export function chipChoices(label: string, name: string, values: string[], checked: string[]) {
  const on = new Set(checked.map((v) => v.toLowerCase()));
  return html`<fieldset class="full">
    <legend>${label}</legend>
    <div class="chips">
      ${values.map(
        (v) => html`<label class="chip" data-choice=${v}
          ><input type="checkbox" name=${name} value=${v} ?checked=${on.has(v.toLowerCase())} />${v}</label
        >`,
      )}
    </div>
  </fieldset>`;
}

// ---------------------------------------------------------------------------- print options

export const BOOL_OPTIONS = [
  "timelapse",
  "bed_leveling",
  "flow_calibration",
  "vibration_calibration",
  "layer_inspect",
  "use_ams",
] as const;

/** Print options: each "printer default / on / off", plus the plate number. */
export function optionFields(t: Localize, options: PrintOptions) {
  const set = Object.keys(options).length;
  return html`<details class="full options" ?open=${set > 0}>
    <summary>${t("jobs.print_options")}${set ? ` (${set})` : ""}</summary>
    <div class="form-grid">
      ${BOOL_OPTIONS.map((key) =>
        selectInput(t(`options.${key}`), `opt_${key}`, key in options ? (options[key] ? "on" : "off") : "", [
          { value: "", label: t("options.default") },
          { value: "on", label: t("options.on") },
          { value: "off", label: t("options.off") },
        ]),
      )}
      ${textInput(t("options.plate"), "opt_plate", typeof options.plate === "number" ? options.plate : "", {
        type: "number",
        min: 1,
        max: 64,
        step: 1,
        inputmode: "numeric",
      })}
    </div>
  </details>`;
}

export function readOptions(fd: FormData): PrintOptions {
  const out: PrintOptions = {};
  for (const key of BOOL_OPTIONS) {
    const v = fd.get(`opt_${key}`);
    if (v === "on") out[key] = true;
    else if (v === "off") out[key] = false;
  }
  const plate = readNumber(fd, "opt_plate");
  if (plate !== undefined) out.plate = plate;
  return out;
}

/** Trimmed text, undefined when empty. */
export function readText(fd: FormData, name: string): string | undefined {
  const v = fd.get(name);
  if (typeof v !== "string") return undefined;
  const s = v.trim();
  return s === "" ? undefined : s;
}

export function readNumber(fd: FormData, name: string): number | undefined {
  const s = readText(fd, name);
  if (s === undefined) return undefined;
  const n = Number(s.replace(",", "."));
  return Number.isFinite(n) ? n : undefined;
}

/** Validates with the browser (required, min/max, pattern) and returns the form's data. */
export function submitData(e: Event): FormData | null {
  e.preventDefault();
  const form = (e.target as HTMLElement).closest("form") ?? (e.target as HTMLFormElement);
  if (!(form instanceof HTMLFormElement) || !form.reportValidity()) return null;
  return new FormData(form);
}
