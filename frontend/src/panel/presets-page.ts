// Presets: saved print jobs (file, target, filament, copies, options) with "Quick schedule".
import { css, html, nothing } from "lit";
import { state } from "lit/decorators.js";
import { listPrinters } from "../common/api";
import { define, navigate } from "../common/define";
import { OdinPage } from "../common/page";
import "../common/dialog";
import { toast } from "../common/dialog";
import { deletePreset, fetchPresets, savePreset, schedulePreset } from "../common/farm-api";
import { fmtInt } from "../common/format";
import {
  datalist,
  optionFields,
  readNumber,
  readOptions,
  readText,
  selectInput,
  submitData,
  textArea,
  textInput,
} from "../common/form";
import { icon } from "../common/icons";
import { localizer, type Localize } from "../common/i18n";
import { COMMON_MATERIALS, NOZZLES, optionPills, targetText } from "../common/job-format";
import { formStyles, sharedStyles } from "../common/styles";
import type { Preset, PresetTargetType, Printer } from "../common/types";

const TARGET_TYPES: PresetTargetType[] = ["any", "printer", "tag", "model"];

export class OdinPresetsPage extends OdinPage {
  @state() private _presets?: Preset[];
  @state() private _printers: Printer[] = [];
  /** The preset being edited: a preset, "new", or undefined (closed). */
  @state() private _editing?: Preset | "new";
  @state() private _targetType: PresetTargetType = "any";
  @state() private _scheduling?: Preset;
  @state() private _notice?: { text: string; jobs: number };
  protected override firstLoad(): void {
    if (!this.hass) return;
    listPrinters(this.hass)
      .then((p) => (this._printers = p.sort((a, b) => a.name.localeCompare(b.name))))
      .catch(() => undefined);
    void this.reload();
  }

  protected override async load(current: () => boolean): Promise<void> {
    if (!this.hass) return;
    const presets = await fetchPresets(this.hass);
    if (current()) this._presets = presets;
  }

  private _printerName = (id: string): string => this._printers.find((p) => p.printer_id === id)?.name ?? id;

  private _edit(preset: Preset | "new"): void {
    this.formError = undefined;
    this._targetType = preset === "new" ? "any" : preset.target.type;
    this._editing = preset;
  }

  private async _submitPreset(e: Event): Promise<void> {
    const fd = submitData(e);
    if (!fd || !this.hass || this.busy || !this._editing) return;
    const t = localizer(this.hass);
    const existing = this._editing === "new" ? undefined : this._editing;
    const type = (readText(fd, "target_type") ?? "any") as PresetTargetType;
    await this.submit(async (hass) => {
      const { preset } = await savePreset(hass, {
        preset_id: existing?.preset_id,
        name: readText(fd, "name") ?? "",
        file: readText(fd, "file") ?? "",
        target: type === "any" ? { type } : { type, value: readText(fd, "target_value") },
        filament: readText(fd, "filament"),
        nozzle_mm: readNumber(fd, "nozzle_mm"),
        quantity: readNumber(fd, "quantity"),
        priority: readNumber(fd, "priority"),
        notes: readText(fd, "notes"),
        options: readOptions(fd),
      });
      this._editing = undefined;
      toast(this, t("presets.saved", { name: preset.name }));
      await this.reload();
    });
  }

  private async _submitSchedule(e: Event): Promise<void> {
    const fd = submitData(e);
    const preset = this._scheduling;
    if (!fd || !preset || !this.hass || this.busy) return;
    const t = localizer(this.hass);
    await this.submit(async (hass) => {
      const jobs = await schedulePreset(hass, preset.preset_id, {
        quantity: readNumber(fd, "quantity"),
        priority: readNumber(fd, "priority"),
        tag: readText(fd, "tag"),
      });
      this._scheduling = undefined;
      const text = t("presets.scheduled", { n: fmtInt(hass, jobs.length), name: preset.name });
      this._notice = { text, jobs: jobs.length };
      toast(this, text);
    });
  }

  private _askDelete(preset: Preset): void {
    const t = localizer(this.hass);
    this.confirmRequest = {
      heading: t("presets.delete_heading"),
      text: t("presets.delete_text", { name: preset.name }),
      confirmLabel: t("common.delete"),
      action: async () => {
        if (!this.hass) return;
        await deletePreset(this.hass, preset.preset_id);
        toast(this, t("presets.deleted", { name: preset.name }));
        await this.reload();
      },
    };
  }

  // ------------------------------------------------------------------------------ render

  private _tile(t: Localize, p: Preset) {
    const facts: [string, string][] = [
      [t("jobs.file"), p.file],
      [t("presets.target"), targetText(t, p, this._printerName)],
      [t("jobs.quantity"), fmtInt(this.hass, p.quantity)],
    ];
    if (p.priority) facts.push([t("jobs.priority"), String(p.priority)]);
    if (p.filament) facts.push([t("jobs.filament"), p.filament]);
    if (p.nozzle_mm !== null) facts.push([t("jobs.nozzle"), `${p.nozzle_mm} mm`]);
    const options = optionPills(t, p.options);
    return html`<li class="card preset" data-preset-id=${p.preset_id}>
      <h3 class="ellipsis" data-field="name">${p.name}</h3>
      <dl class="facts">${facts.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>
      ${options.length ? html`<div class="pills opts">${options}</div>` : nothing}
      ${p.notes ? html`<div class="small muted notes">${p.notes}</div>` : nothing}
      <div class="tile-actions">
        <button class="icon-btn" data-action="edit" aria-label=${t("presets.edit", { name: p.name })} @click=${() => this._edit(p)}>
          ${icon("pencil")}
        </button>
        <button class="icon-btn danger" data-action="delete" aria-label=${t("presets.delete", { name: p.name })} @click=${() => this._askDelete(p)}>
          ${icon("delete")}
        </button>
        <span class="spacer"></span>
        <button
          class="btn primary"
          data-action="schedule"
          @click=${() => {
            this.formError = undefined;
            this._scheduling = p;
          }}
        >
          ${icon("schedule")}${t("presets.quick_schedule")}
        </button>
      </div>
    </li>`;
  }

  private _targetValue(t: Localize, existing: Preset | undefined) {
    const value = existing && existing.target.type === this._targetType ? existing.target.value : "";
    const tags = [...new Set(this._printers.flatMap((p) => p.tags))].sort((a, b) => a.localeCompare(b));
    const models = [...new Set(this._printers.map((p) => p.model).filter((m): m is string => Boolean(m)))].sort();
    switch (this._targetType) {
      case "printer":
        return selectInput(
          t("jobs.printer"),
          "target_value",
          value,
          this._printers.map((p) => ({ value: p.printer_id, label: p.name })),
          { required: true },
        );
      case "tag":
        return selectInput(
          t("presets.tag"),
          "target_value",
          value,
          tags.map((v) => ({ value: v, label: v })),
          { required: true },
        );
      case "model":
        return html`${textInput(t("jobs.model"), "target_value", value, { required: true, maxlength: 64, list: "odin-models" })}
        ${datalist("odin-models", models)}`;
      default:
        return nothing;
    }
  }

  private _editDialog(t: Localize) {
    const editing = this._editing;
    const existing = editing && editing !== "new" ? editing : undefined;
    return html`<odin-dialog
      .open=${Boolean(editing)}
      heading=${existing ? t("presets.edit_heading") : t("presets.new_heading")}
      close-label=${t("common.close")}
      data-dialog="preset"
      @closed=${() => (this._editing = undefined)}
    >
      ${
        editing
          ? html`<form id="preset-form" novalidate @submit=${(e: Event) => this._submitPreset(e)}>
            <div class="form-grid">
              ${textInput(t("presets.name"), "name", existing?.name, { required: true, maxlength: 128, full: true })}
              ${textInput(t("jobs.file"), "file", existing?.file, { required: true, maxlength: 512, full: true, hint: t("jobs.file_hint") })}
              ${selectInput(
                t("presets.target"),
                "target_type",
                this._targetType,
                TARGET_TYPES.map((v) => ({ value: v, label: t(`presets.target_type.${v}`) })),
                { onChange: (v) => (this._targetType = v as PresetTargetType) },
              )}
              ${this._targetValue(t, existing)}
              ${textInput(t("jobs.filament"), "filament", existing?.filament, { maxlength: 64, list: "odin-preset-filaments" })}
              ${selectInput(
                t("jobs.nozzle"),
                "nozzle_mm",
                existing?.nozzle_mm != null ? String(existing.nozzle_mm) : "",
                [
                  { value: "", label: t("jobs.any_nozzle") },
                  ...NOZZLES.map((n) => ({ value: String(n), label: `${n} mm` })),
                ],
              )}
              ${textInput(t("jobs.quantity"), "quantity", existing?.quantity ?? 1, { type: "number", min: 1, max: 50, step: 1, required: true, inputmode: "numeric" })}
              ${textInput(t("jobs.priority"), "priority", existing?.priority ?? 0, { type: "number", min: -100, max: 100, step: 1, inputmode: "numeric" })}
              ${textArea(t("jobs.notes"), "notes", existing?.notes, { maxlength: 2000 })}
              ${optionFields(t, existing?.options ?? {})}
            </div>
            ${datalist("odin-preset-filaments", COMMON_MATERIALS)}
            ${this.formError ? html`<div class="notice error" role="alert">${this.formError}</div>` : nothing}
          </form>`
          : nothing
      }
      <button slot="actions" class="btn" @click=${() => (this._editing = undefined)}>${t("common.cancel")}</button>
      <button slot="actions" class="btn primary" type="submit" form="preset-form" data-action="submit-preset" ?disabled=${this.busy}>
        ${t("common.save")}
      </button>
    </odin-dialog>`;
  }

  private _scheduleDialog(t: Localize) {
    const p = this._scheduling;
    const tags = [...new Set(this._printers.flatMap((pr) => pr.tags))].sort((a, b) => a.localeCompare(b));
    return html`<odin-dialog
      .open=${Boolean(p)}
      heading=${p ? t("presets.schedule_heading", { name: p.name }) : ""}
      close-label=${t("common.close")}
      data-dialog="schedule"
      @closed=${() => (this._scheduling = undefined)}
    >
      ${
        p
          ? html`<form id="schedule-form" novalidate @submit=${(e: Event) => this._submitSchedule(e)}>
            <p class="muted small">${t("presets.schedule_help", { file: p.file, target: targetText(t, p, this._printerName) })}</p>
            <div class="form-grid">
              ${textInput(t("jobs.quantity"), "quantity", p.quantity, { type: "number", min: 1, max: 50, step: 1, required: true, inputmode: "numeric" })}
              ${textInput(t("jobs.priority"), "priority", p.priority, { type: "number", min: -100, max: 100, step: 1, inputmode: "numeric" })}
              ${
                tags.length
                  ? selectInput(
                      t("presets.only_tag"),
                      "tag",
                      "",
                      [{ value: "", label: t("presets.as_in_preset") }, ...tags.map((v) => ({ value: v, label: v }))],
                      { full: true, hint: t("presets.only_tag_hint") },
                    )
                  : nothing
              }
            </div>
            ${this.formError ? html`<div class="notice error" role="alert">${this.formError}</div>` : nothing}
          </form>`
          : nothing
      }
      <button slot="actions" class="btn" @click=${() => (this._scheduling = undefined)}>${t("common.cancel")}</button>
      <button slot="actions" class="btn primary" type="submit" form="schedule-form" data-action="submit-schedule" ?disabled=${this.busy}>
        ${icon("schedule")}${t("presets.schedule_submit")}
      </button>
    </odin-dialog>`;
  }

  override render() {
    const t = localizer(this.hass);
    const presets = this._presets;
    return html`
      <div class="toolbar-row">
        <div class="muted small" data-summary data-count=${presets?.length ?? ""}>
          ${presets ? t("presets.summary", { n: fmtInt(this.hass, presets.length) }) : ""}
        </div>
        <div class="actions">
          <button class="btn primary" data-action="new-preset" @click=${() => this._edit("new")}>${icon("plus")}${t("presets.new")}</button>
        </div>
      </div>
      ${
        this._notice
          ? html`<div class="notice success banner" role="status" data-notice data-scheduled=${this._notice.jobs}>
            <span>${this._notice.text}</span>
            <a
              class="inline-link"
              data-action="open-queue"
              href="${this.base}/queue"
              @click=${(e: Event) => {
                e.preventDefault();
                navigate(`${this.base}/queue`);
              }}
              >${t("presets.open_queue")}</a
            >
            <button class="icon-btn" aria-label=${t("common.close")} @click=${() => (this._notice = undefined)}>${icon("close")}</button>
          </div>`
          : nothing
      }
      ${this.renderError()}
      ${
        !presets
          ? this.error
            ? nothing
            : html`<div class="center muted">${t("panel.loading")}</div>`
          : presets.length === 0
            ? html`<div class="card center muted" data-empty="presets">${t("presets.empty")}</div>`
            : html`<ul class="tiles presets" data-loaded="true">${presets.map((p) => this._tile(t, p))}</ul>`
      }
      ${this._editDialog(t)} ${this._scheduleDialog(t)}
      ${this.renderConfirm()}
    `;
  }

  static override styles = [
    sharedStyles,
    formStyles,
    css`
      :host {
        display: block;
      }
      ul.presets {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .preset {
        display: flex;
        flex-direction: column;
        gap: 4px;
      }
      .preset h3 {
        margin: 0;
        font-size: 1.05rem;
      }
      .opts {
        margin-top: 8px;
      }
      .notes {
        margin-top: 6px;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .tile-actions {
        margin-top: auto;
        padding-top: 12px;
        align-items: center;
      }
      .spacer {
        flex: 1 1 auto;
      }
      .banner {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 8px;
        margin-bottom: 14px;
        padding: 4px 4px 4px 12px;
      }
      .banner span {
        flex: 1 1 auto;
      }
      .inline-link {
        display: inline-flex;
        align-items: center;
        min-height: 44px;
        padding: 0 8px;
        color: var(--primary-color);
        text-decoration: none;
        font-weight: 500;
      }
      p {
        margin: 0 0 12px;
      }
    `,
  ];
}

define("odin-presets-page", OdinPresetsPage);
