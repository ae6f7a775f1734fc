// Drying: spools (material, brand, colour, weight, opened, location / printer slot, Spoolman id)
// with their needs-drying state, "Log drying", the drying history and the material limits.
import { css, html, nothing } from "lit";
import { state } from "lit/decorators.js";
import { listPrinters } from "../common/api";
import { define } from "../common/define";
import { OdinPage } from "../common/page";
import "../common/dialog";
import { toast } from "../common/dialog";
import {
  deleteSpool,
  farmError,
  fetchDryingHistory,
  fetchMaterials,
  fetchSpools,
  logDrying,
  resetMaterial,
  saveSpool,
  setMaterial,
} from "../common/farm-api";
import { fmtDate, fmtDateTime, fmtDuration, fmtInt, fmtNum, isoDay } from "../common/format";
import { datalist, readNumber, readText, selectInput, submitData, textArea, textInput } from "../common/form";
import { icon } from "../common/icons";
import { localizer, type Localize } from "../common/i18n";
import { COMMON_MATERIALS } from "../common/job-format";
import { formStyles, sharedStyles } from "../common/styles";
import type { DryingSession, MaterialRow, Printer, SpoolItem } from "../common/types";

const METHODS = ["dryer", "oven", "ams", "dry_box", "dehydrator", "other"];
const SLOT_PATTERN = "[A-Ha-h][1-4]|[Hh][Tt][1-8]|[Ee][Xx][Tt]";
const HISTORY_LIMIT = 50;
const SLOT_TARGET = "slot";

/** The material's row: exact, else its family (before the first "-", space or "+"). */
export function ruleFor(rules: MaterialRow[], material: string | null | undefined): MaterialRow | undefined {
  if (!material) return undefined;
  const key = material.toUpperCase().replace(/_/g, "-");
  return (
    rules.find((r) => r.material.toUpperCase() === key) ??
    rules.find((r) => r.material.toUpperCase() === key.split(/[-\s+]/)[0])
  );
}

function cssColour(colour: string | null): string | null {
  if (!colour) return null;
  const c = colour.trim().toLowerCase().replace(/\s+/g, "");
  return typeof CSS !== "undefined" && CSS.supports("color", c) ? c : null;
}

/** "2025-03-01T10:00" of an ISO datetime in the browser's zone (datetime-local value). */
function localInput(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${isoDay(d)}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

export class OdinDryingPage extends OdinPage {
  @state() private _spools?: SpoolItem[];
  @state() private _sessions?: DryingSession[];
  @state() private _materials: MaterialRow[] = [];
  @state() private _printers: Printer[] = [];
  /** Spool form: a spool, "new" or closed. */
  @state() private _editing?: SpoolItem | "new";
  @state() private _editPrinter = "";
  /** Log dialog open, with the chosen target (spool id as string, or "slot"). */
  @state() private _logging = false;
  @state() private _logTarget = "";
  @state() private _material?: MaterialRow | "new";
  @state() private _history: Record<number, DryingSession[] | "loading"> = {};
  protected override firstLoad(): void {
    if (!this.hass) return;
    listPrinters(this.hass)
      .then((p) => (this._printers = p.sort((a, b) => a.name.localeCompare(b.name))))
      .catch(() => undefined);
    void this.reload();
  }

  protected override async load(current: () => boolean): Promise<void> {
    if (!this.hass) return;
    const [spools, sessions, materials] = await Promise.all([
      fetchSpools(this.hass),
      fetchDryingHistory(this.hass, { limit: HISTORY_LIMIT }),
      fetchMaterials(this.hass),
    ]);
    if (!current()) return;
    spools.sort(
      (a, b) =>
        Number(b.drying?.needs_drying ?? false) - Number(a.drying?.needs_drying ?? false) ||
        a.label.localeCompare(b.label) ||
        a.spool_id - b.spool_id,
    );
    this._spools = spools;
    this._sessions = sessions;
    this._materials = materials;
    // expanded per-spool histories are refreshed too
    for (const id of Object.keys(this._history).map(Number)) void this._loadHistory(id);
  }

  private async _loadHistory(spoolId: number): Promise<void> {
    if (!this.hass) return;
    try {
      const sessions = await fetchDryingHistory(this.hass, { spool_id: spoolId, limit: 20 });
      this._history = { ...this._history, [spoolId]: sessions };
    } catch (err) {
      this.error = farmError(localizer(this.hass), err);
    }
  }

  private _toggleHistory(spoolId: number): void {
    if (spoolId in this._history) {
      const { [spoolId]: _gone, ...rest } = this._history;
      this._history = rest;
      return;
    }
    this._history = { ...this._history, [spoolId]: "loading" };
    void this._loadHistory(spoolId);
  }

  private _printerName = (id: string | null): string =>
    id ? (this._printers.find((p) => p.printer_id === id)?.name ?? id) : "";

  private _spoolName(s: DryingSession): string {
    const spool = this._spools?.find((sp) => sp.spool_id === s.spool_id);
    if (spool) return spool.label;
    if (s.printer_id) return `${this._printerName(s.printer_id)} · ${s.slot ?? ""}`;
    return s.spool_id !== null ? `#${s.spool_id}` : "–";
  }

  // ------------------------------------------------------------------------------ actions

  private _openLog(spool?: SpoolItem): void {
    this.formError = undefined;
    this._logTarget = spool
      ? String(spool.spool_id)
      : this._spools?.[0]
        ? String(this._spools[0].spool_id)
        : SLOT_TARGET;
    this._logging = true;
  }

  private async _submitLog(e: Event): Promise<void> {
    const fd = submitData(e);
    if (!fd || !this.hass || this.busy) return;
    const t = localizer(this.hass);
    const target = readText(fd, "target") ?? "";
    const started = readText(fd, "started_at");
    await this.submit(async (hass) => {
      const { spool } = await logDrying(hass, {
        ...(target === SLOT_TARGET
          ? { printer_id: readText(fd, "printer_id"), slot: readText(fd, "slot")?.toUpperCase() }
          : { spool_id: Number(target) }),
        temp_c: readNumber(fd, "temp_c") ?? 0,
        duration_min: Math.round((readNumber(fd, "duration_h") ?? 0) * 60),
        method: readText(fd, "method"),
        // the user's clock (the browser's zone), sent with its offset
        started_at: started ? new Date(started).toISOString() : undefined,
        humidity_before: readNumber(fd, "humidity_before"),
        humidity_after: readNumber(fd, "humidity_after"),
        notes: readText(fd, "notes"),
      });
      this._logging = false;
      toast(this, spool ? t("drying.logged_spool", { spool: spool.label }) : t("drying.logged"));
      await this.reload();
    });
  }

  private _editSpool(spool: SpoolItem | "new"): void {
    this.formError = undefined;
    this._editPrinter = spool === "new" ? "" : (spool.printer_id ?? "");
    this._editing = spool;
  }

  private async _submitSpool(e: Event): Promise<void> {
    const fd = submitData(e);
    if (!fd || !this.hass || this.busy || !this._editing) return;
    const t = localizer(this.hass);
    const existing = this._editing === "new" ? undefined : this._editing;
    const opened = readText(fd, "opened_at");
    const printer = readText(fd, "printer_id");
    await this.submit(async (hass) => {
      const spool = await saveSpool(hass, {
        spool_id: existing?.spool_id,
        material: readText(fd, "material") ?? "",
        name: readText(fd, "name"),
        brand: readText(fd, "brand"),
        colour: readText(fd, "colour"),
        weight_g: readNumber(fd, "weight_g"),
        opened_at: opened ? `${opened}T00:00:00` : undefined,
        location: readText(fd, "location"),
        printer_id: printer,
        slot: printer ? readText(fd, "slot")?.toUpperCase() : undefined,
        spoolman_id: readNumber(fd, "spoolman_id"),
        humidity_entity_id: readText(fd, "humidity_entity_id"),
        notes: readText(fd, "notes"),
      });
      this._editing = undefined;
      toast(this, t("drying.spool_saved", { spool: spool.label }));
      await this.reload();
    });
  }

  private _askDelete(spool: SpoolItem): void {
    const t = localizer(this.hass);
    this.confirmRequest = {
      heading: t("drying.delete_heading"),
      text: t("drying.delete_text", { spool: spool.label }),
      confirmLabel: t("common.delete"),
      action: async () => {
        if (!this.hass) return;
        await deleteSpool(this.hass, spool.spool_id);
        toast(this, t("drying.spool_deleted", { spool: spool.label }));
        await this.reload();
      },
    };
  }

  private async _submitMaterial(e: Event): Promise<void> {
    const fd = submitData(e);
    if (!fd || !this.hass || this.busy || !this._material) return;
    const t = localizer(this.hass);
    const material = this._material === "new" ? (readText(fd, "material") ?? "") : this._material.material;
    await this.submit(async (hass) => {
      this._materials = await setMaterial(hass, {
        material,
        max_days: readNumber(fd, "max_days") ?? null,
        max_humidity: readNumber(fd, "max_humidity") ?? null,
        drying_temp_c: readNumber(fd, "drying_temp_c") ?? null,
        drying_hours: readNumber(fd, "drying_hours") ?? null,
      });
      this._material = undefined;
      toast(this, t("drying.material_saved", { material }));
      await this.reload();
    });
  }

  private _askReset(rule: MaterialRow): void {
    const t = localizer(this.hass);
    this.confirmRequest = {
      heading: t("drying.reset_heading"),
      text: t(rule.default ? "drying.reset_text" : "drying.reset_text_custom", { material: rule.material }),
      confirmLabel: t("drying.reset"),
      action: async () => {
        if (!this.hass) return;
        this._materials = await resetMaterial(this.hass, rule.material);
        await this.reload();
      },
    };
  }

  // ------------------------------------------------------------------------------ render

  private _status(t: Localize, s: SpoolItem) {
    const d = s.drying;
    if (!d || !d.tracked) {
      return html`<div class="status" data-status="untracked" style="--badge-color:var(--secondary-text-color)">
        <span class="dot"></span><span>${t("drying.not_tracked")}</span>
      </div>`;
    }
    const parts: string[] = [];
    if (d.days_since !== null) {
      parts.push(
        d.max_days !== null
          ? t("drying.days_since_max", {
              days: fmtNum(this.hass, d.days_since, 1),
              max: fmtNum(this.hass, d.max_days, 0),
            })
          : t("drying.days_since", { days: fmtNum(this.hass, d.days_since, 1) }),
      );
    }
    if (d.humidity !== null) {
      parts.push(
        d.max_humidity !== null
          ? t("drying.humidity_max", {
              rh: fmtNum(this.hass, d.humidity, 0),
              max: fmtNum(this.hass, d.max_humidity, 0),
            })
          : t("drying.humidity", { rh: fmtNum(this.hass, d.humidity, 0) }),
      );
    }
    if (d.needs_drying) {
      const why = d.reasons.map((r) => t(`drying.reason.${r}`)).join(", ");
      return html`<div class="status" data-status="needs" style="--badge-color:var(--error-color, #db4437)">
        <span class="dot"></span><span><strong>${t("drying.needs")}</strong> (${why}) · ${parts.join(" · ")}</span>
      </div>`;
    }
    return html`<div class="status" data-status="ok" style="--badge-color:var(--success-color, #43a047)">
      <span class="dot"></span
      ><span
        >${d.due_at ? t("drying.due", { date: fmtDate(this.hass, d.due_at) }) : t("drying.dry")}${parts.length ? ` · ${parts.join(" · ")}` : ""}</span
      >
    </div>`;
  }

  private _sessionList(t: Localize, sessions: DryingSession[]) {
    if (!sessions.length) return html`<div class="muted small">${t("drying.no_history")}</div>`;
    return html`<ul class="sessions">
      ${sessions.map(
        (s) => html`<li data-session-id=${s.session_id}>
          <span>${fmtDateTime(this.hass, s.ended_at)}</span>
          <span class="muted"
            >${fmtNum(this.hass, s.temp_c, 0)} °C · ${fmtDuration(s.duration_min * 60)} · ${t(`drying.method.${s.method}`)}${
              s.humidity_before !== null || s.humidity_after !== null
                ? ` · ${fmtNum(this.hass, s.humidity_before, 0)} → ${fmtNum(this.hass, s.humidity_after, 0)} %`
                : ""
            }</span
          >
        </li>`,
      )}
    </ul>`;
  }

  private _tile(t: Localize, s: SpoolItem) {
    const colour = cssColour(s.colour);
    const facts: [string, string][] = [];
    if (s.brand) facts.push([t("drying.brand"), s.brand]);
    if (s.colour) facts.push([t("drying.colour"), s.colour]);
    if (s.weight_g !== null) facts.push([t("drying.weight"), `${fmtInt(this.hass, s.weight_g)} g`]);
    if (s.opened_at) facts.push([t("drying.opened"), fmtDate(this.hass, s.opened_at)]);
    if (s.printer_id)
      facts.push([t("drying.slot"), `${this._printerName(s.printer_id)}${s.slot ? ` · ${s.slot}` : ""}`]);
    if (s.location) facts.push([t("drying.location"), s.location]);
    if (s.spoolman_id !== null) facts.push([t("drying.spoolman"), `#${s.spoolman_id}`]);
    if (s.humidity_entity_id) facts.push([t("drying.sensor"), s.humidity_entity_id]);
    const history = this._history[s.spool_id];
    return html`<li class="card spool" data-spool-id=${s.spool_id} data-needs-drying=${s.drying?.needs_drying ? "true" : "false"}>
      <div class="head">
        <span class="swatch ${colour ? "" : "none"}" style=${colour ? `background:${colour}` : ""} aria-hidden="true"></span>
        <h3 class="ellipsis" data-field="label">${s.label}</h3>
        <span class="pill">${s.material}</span>
      </div>
      ${this._status(t, s)}
      ${facts.length ? html`<dl class="facts">${facts.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>` : nothing}
      ${s.notes ? html`<div class="small muted notes">${s.notes}</div>` : nothing}
      ${
        history
          ? html`<div class="history" data-history=${s.spool_id}>
            <h4>${t("drying.history")}</h4>
            ${history === "loading" ? html`<div class="muted small">${t("panel.loading")}</div>` : this._sessionList(t, history)}
          </div>`
          : nothing
      }
      <div class="tile-actions">
        <button
          class="icon-btn"
          data-action="history"
          aria-expanded=${history ? "true" : "false"}
          aria-label=${t("drying.show_history", { spool: s.label })}
          @click=${() => this._toggleHistory(s.spool_id)}
        >
          ${icon("history")}
        </button>
        <button class="icon-btn" data-action="edit" aria-label=${t("drying.edit", { spool: s.label })} @click=${() => this._editSpool(s)}>
          ${icon("pencil")}
        </button>
        <button class="icon-btn danger" data-action="delete" aria-label=${t("drying.delete", { spool: s.label })} @click=${() => this._askDelete(s)}>
          ${icon("delete")}
        </button>
        <span class="spacer"></span>
        <button class="btn primary" data-action="log" @click=${() => this._openLog(s)}>${icon("drying")}${t("drying.log")}</button>
      </div>
    </li>`;
  }

  private _historyTable(t: Localize) {
    const sessions = this._sessions ?? [];
    if (!sessions.length)
      return html`<div class="card center muted" data-empty="history">${t("drying.no_history")}</div>`;
    return html`<div class="card table-wrap">
      <table class="stack" data-section="history">
        <thead>
          <tr>
            <th>${t("drying.spool")}</th>
            <th>${t("drying.when")}</th>
            <th class="num">${t("drying.temp")}</th>
            <th class="num">${t("drying.duration")}</th>
            <th>${t("drying.method_label")}</th>
            <th class="num">${t("drying.rh_before_after")}</th>
            <th>${t("drying.by")}</th>
          </tr>
        </thead>
        <tbody>
          ${sessions.map(
            (s) => html`<tr data-session-id=${s.session_id}>
              <td data-col="spool">${this._spoolName(s)}${s.material ? html` <span class="muted small">${s.material}</span>` : nothing}</td>
              <td data-col="when" data-label=${t("drying.when")}>${fmtDateTime(this.hass, s.ended_at)}</td>
              <td class="num" data-col="temp" data-label=${t("drying.temp")}>${fmtNum(this.hass, s.temp_c, 0)} °C</td>
              <td class="num" data-col="duration" data-label=${t("drying.duration")}>${fmtDuration(s.duration_min * 60)}</td>
              <td data-col="method" data-label=${t("drying.method_label")}>${t(`drying.method.${s.method}`)}</td>
              <td class="num" data-col="humidity" data-label=${t("drying.rh_before_after")}>
                ${
                  s.humidity_before === null && s.humidity_after === null
                    ? "–"
                    : `${fmtNum(this.hass, s.humidity_before, 0)} → ${fmtNum(this.hass, s.humidity_after, 0)} %`
                }
              </td>
              <td data-col="by" data-label=${t("drying.by")}>${s.actor ?? "–"}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private _materialsTable(t: Localize) {
    const rows = [...this._materials].sort((a, b) => a.material.localeCompare(b.material));
    return html`<details class="card materials" data-section="materials">
      <summary>${t("drying.materials")} (${fmtInt(this.hass, rows.length)})</summary>
      <p class="muted small">${t("drying.materials_help")}</p>
      <div class="table-wrap">
        <table class="stack">
          <thead>
            <tr>
              <th>${t("drying.material")}</th>
              <th class="num">${t("drying.max_days")}</th>
              <th class="num">${t("drying.max_humidity")}</th>
              <th class="num">${t("drying.drying_temp")}</th>
              <th class="num">${t("drying.drying_hours")}</th>
              <th></th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (r) => html`<tr data-key=${r.material}>
                <td>${r.material}${r.overridden ? html` <span class="muted small">${t("drying.custom")}</span>` : nothing}${
                  r.tracked ? nothing : html` <span class="muted small">${t("drying.not_tracked")}</span>`
                }</td>
                <td class="num" data-label=${t("drying.max_days")}>${r.max_days === null ? "–" : fmtNum(this.hass, r.max_days, 0)}</td>
                <td class="num" data-label=${t("drying.max_humidity")}>${r.max_humidity === null ? "–" : `${fmtNum(this.hass, r.max_humidity, 0)} %`}</td>
                <td class="num" data-label=${t("drying.drying_temp")}>${r.drying_temp_c === null ? "–" : `${fmtNum(this.hass, r.drying_temp_c, 0)} °C`}</td>
                <td class="num" data-label=${t("drying.drying_hours")}>${r.drying_hours === null ? "–" : `${fmtNum(this.hass, r.drying_hours, 0)} h`}</td>
                <td class="row-actions">
                  <button class="icon-btn" aria-label=${t("drying.edit_material", { material: r.material })} @click=${() => {
                    this.formError = undefined;
                    this._material = r;
                  }}>${icon("pencil")}</button>
                  ${
                    r.overridden
                      ? html`<button class="icon-btn danger" aria-label=${t("drying.reset_material", { material: r.material })} @click=${() => this._askReset(r)}>
                        ${icon("history")}
                      </button>`
                      : nothing
                  }
                </td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <div class="tile-actions">
        <button class="btn" @click=${() => {
          this.formError = undefined;
          this._material = "new";
        }}>${icon("plus")}${t("drying.add_material")}</button>
      </div>
    </details>`;
  }

  private _logDialog(t: Localize) {
    const spools = this._spools ?? [];
    const spool = spools.find((s) => String(s.spool_id) === this._logTarget);
    const rule = ruleFor(this._materials, spool?.material);
    const hours = rule?.drying_hours ?? 4;
    return html`<odin-dialog
      .open=${this._logging}
      heading=${t("drying.log_heading")}
      close-label=${t("common.close")}
      data-dialog="log-drying"
      @closed=${() => (this._logging = false)}
    >
      ${
        this._logging
          ? html`<form id="log-form" novalidate @submit=${(e: Event) => this._submitLog(e)}>
            <div class="form-grid">
              ${selectInput(
                t("drying.what"),
                "target",
                this._logTarget,
                [
                  ...spools.map((s) => ({ value: String(s.spool_id), label: `${s.label} (${s.material})` })),
                  { value: SLOT_TARGET, label: t("drying.printer_slot") },
                ],
                { full: true, onChange: (v) => (this._logTarget = v) },
              )}
              ${
                this._logTarget === SLOT_TARGET
                  ? html`${selectInput(
                      t("jobs.printer"),
                      "printer_id",
                      this._printers[0]?.printer_id ?? "",
                      this._printers.map((p) => ({ value: p.printer_id, label: p.name })),
                      { required: true },
                    )}
                  ${textInput(t("drying.slot_code"), "slot", "", { required: true, pattern: SLOT_PATTERN, maxlength: 3, hint: t("drying.slot_hint") })}`
                  : nothing
              }
              ${textInput(`${t("drying.temp")} (°C)`, "temp_c", rule?.drying_temp_c ?? 50, { type: "number", min: 25, max: 150, step: 1, required: true, inputmode: "numeric" })}
              ${textInput(t("drying.duration_h"), "duration_h", hours, { type: "number", min: 0.25, max: 72, step: 0.25, required: true, inputmode: "decimal", hint: t("drying.hours_hint") })}
              ${selectInput(
                t("drying.method_label"),
                "method",
                "dryer",
                METHODS.map((m) => ({ value: m, label: t(`drying.method.${m}`) })),
              )}
              ${textInput(t("drying.started"), "started_at", "", { type: "datetime-local", max: localInput(new Date()), hint: t("drying.started_hint") })}
              ${textInput(`${t("drying.rh_before")} (%)`, "humidity_before", "", { type: "number", min: 0, max: 100, step: 1, inputmode: "numeric" })}
              ${textInput(`${t("drying.rh_after")} (%)`, "humidity_after", "", { type: "number", min: 0, max: 100, step: 1, inputmode: "numeric" })}
              ${textArea(t("jobs.notes"), "notes", "", { maxlength: 2000 })}
            </div>
            ${this.formError ? html`<div class="notice error" role="alert">${this.formError}</div>` : nothing}
          </form>`
          : nothing
      }
      <button slot="actions" class="btn" @click=${() => (this._logging = false)}>${t("common.cancel")}</button>
      <button slot="actions" class="btn primary" type="submit" form="log-form" data-action="submit-log" ?disabled=${this.busy}>
        ${t("drying.log")}
      </button>
    </odin-dialog>`;
  }

  private _spoolDialog(t: Localize) {
    const editing = this._editing;
    const s = editing && editing !== "new" ? editing : undefined;
    const sensors = Object.values(this.hass?.states ?? {})
      .filter((st) => st.entity_id.startsWith("sensor.") && st.attributes.device_class === "humidity")
      .map((st) => ({ value: st.entity_id, label: String(st.attributes.friendly_name ?? st.entity_id) }));
    if (s?.humidity_entity_id && !sensors.some((o) => o.value === s.humidity_entity_id)) {
      sensors.push({ value: s.humidity_entity_id, label: s.humidity_entity_id });
    }
    return html`<odin-dialog
      .open=${Boolean(editing)}
      heading=${s ? t("drying.edit_heading") : t("drying.new_heading")}
      close-label=${t("common.close")}
      data-dialog="spool"
      @closed=${() => (this._editing = undefined)}
    >
      ${
        editing
          ? html`<form id="spool-form" novalidate @submit=${(e: Event) => this._submitSpool(e)}>
            <div class="form-grid">
              ${textInput(t("drying.material"), "material", s?.material, { required: true, maxlength: 64, list: "odin-materials" })}
              ${textInput(t("drying.name"), "name", s?.name, { maxlength: 128, hint: t("drying.name_hint") })}
              ${textInput(t("drying.brand"), "brand", s?.brand, { maxlength: 128 })}
              ${textInput(t("drying.colour"), "colour", s?.colour, { maxlength: 128 })}
              ${textInput(`${t("drying.weight")} (g)`, "weight_g", s?.weight_g, { type: "number", min: 0, max: 100000, step: 1, inputmode: "numeric" })}
              ${textInput(t("drying.opened"), "opened_at", s?.opened_at ? isoDay(new Date(s.opened_at)) : "", { type: "date", max: isoDay(new Date()) })}
              ${textInput(t("drying.location"), "location", s?.location, { maxlength: 128 })}
              ${selectInput(
                t("drying.in_printer"),
                "printer_id",
                this._editPrinter,
                [
                  { value: "", label: t("drying.no_printer") },
                  ...this._printers.map((p) => ({ value: p.printer_id, label: p.name })),
                ],
                { onChange: (v) => (this._editPrinter = v) },
              )}
              ${
                this._editPrinter
                  ? textInput(t("drying.slot_code"), "slot", s?.slot, {
                      pattern: SLOT_PATTERN,
                      maxlength: 3,
                      hint: t("drying.slot_hint"),
                    })
                  : nothing
              }
              ${textInput(t("drying.spoolman"), "spoolman_id", s?.spoolman_id, { type: "number", min: 1, step: 1, inputmode: "numeric", hint: t("drying.spoolman_hint") })}
              ${selectInput(
                t("drying.sensor"),
                "humidity_entity_id",
                s?.humidity_entity_id ?? "",
                [{ value: "", label: t("drying.no_sensor") }, ...sensors],
                {
                  full: true,
                },
              )}
              ${textArea(t("jobs.notes"), "notes", s?.notes, { maxlength: 2000 })}
            </div>
            ${datalist("odin-materials", [...this._materials.map((m) => m.material), ...COMMON_MATERIALS])}
            ${this.formError ? html`<div class="notice error" role="alert">${this.formError}</div>` : nothing}
          </form>`
          : nothing
      }
      <button slot="actions" class="btn" @click=${() => (this._editing = undefined)}>${t("common.cancel")}</button>
      <button slot="actions" class="btn primary" type="submit" form="spool-form" data-action="submit-spool" ?disabled=${this.busy}>
        ${t("common.save")}
      </button>
    </odin-dialog>`;
  }

  private _materialDialog(t: Localize) {
    const m = this._material;
    const rule = m && m !== "new" ? m : undefined;
    return html`<odin-dialog
      .open=${Boolean(m)}
      heading=${rule ? t("drying.edit_material", { material: rule.material }) : t("drying.add_material")}
      close-label=${t("common.close")}
      data-dialog="material"
      @closed=${() => (this._material = undefined)}
    >
      ${
        m
          ? html`<form id="material-form" novalidate @submit=${(e: Event) => this._submitMaterial(e)}>
            <p class="muted small">${t("drying.material_form_help")}</p>
            <div class="form-grid">
              ${rule ? nothing : textInput(t("drying.material"), "material", "", { required: true, maxlength: 64, full: true })}
              ${textInput(t("drying.max_days"), "max_days", rule?.max_days, { type: "number", min: 0, max: 3650, step: "any", inputmode: "decimal" })}
              ${textInput(`${t("drying.max_humidity")} (%)`, "max_humidity", rule?.max_humidity, { type: "number", min: 0, max: 100, step: "any", inputmode: "decimal" })}
              ${textInput(`${t("drying.drying_temp")} (°C)`, "drying_temp_c", rule?.drying_temp_c, { type: "number", min: 25, max: 150, step: 1, inputmode: "numeric" })}
              ${textInput(`${t("drying.drying_hours")} (h)`, "drying_hours", rule?.drying_hours, { type: "number", min: 0, max: 72, step: "any", inputmode: "decimal" })}
            </div>
            ${this.formError ? html`<div class="notice error" role="alert">${this.formError}</div>` : nothing}
          </form>`
          : nothing
      }
      <button slot="actions" class="btn" @click=${() => (this._material = undefined)}>${t("common.cancel")}</button>
      <button slot="actions" class="btn primary" type="submit" form="material-form" ?disabled=${this.busy}>${t("common.save")}</button>
    </odin-dialog>`;
  }

  override render() {
    const t = localizer(this.hass);
    const spools = this._spools;
    const needs = spools?.filter((s) => s.drying?.needs_drying).length ?? 0;
    return html`
      <div class="toolbar-row">
        <div class="muted small" data-summary data-spools=${spools?.length ?? ""} data-needs=${needs}>
          ${spools ? t("drying.summary", { n: fmtInt(this.hass, spools.length), needs: fmtInt(this.hass, needs) }) : ""}
        </div>
        <div class="actions">
          <button class="btn" data-action="add-spool" @click=${() => this._editSpool("new")}>${icon("plus")}${t("drying.add_spool")}</button>
          <button class="btn primary" data-action="log-drying" ?disabled=${!spools} @click=${() => this._openLog()}>
            ${icon("drying")}${t("drying.log")}
          </button>
        </div>
      </div>
      ${this.renderError()}
      ${
        !spools
          ? this.error
            ? nothing
            : html`<div class="center muted">${t("panel.loading")}</div>`
          : html`<div data-loaded=${this.loading ? "false" : "true"}>
            ${
              spools.length === 0
                ? html`<div class="card center muted" data-empty="spools">${t("drying.no_spools")}</div>`
                : html`<ul class="tiles spools">${spools.map((s) => this._tile(t, s))}</ul>`
            }
            <div class="section-title"><h2>${t("drying.history_all")}</h2></div>
            ${this._historyTable(t)}
            <div class="section-title"></div>
            ${this._materialsTable(t)}
          </div>`
      }
      ${this._logDialog(t)} ${this._spoolDialog(t)} ${this._materialDialog(t)}
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
      ul.spools {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .spool {
        display: flex;
        flex-direction: column;
        gap: 8px;
      }
      .head {
        display: flex;
        align-items: center;
        gap: 10px;
        min-width: 0;
      }
      .head h3 {
        margin: 0;
        flex: 1 1 auto;
        font-size: 1.05rem;
      }
      .swatch {
        flex: 0 0 auto;
        width: 22px;
        height: 22px;
        border-radius: 50%;
        border: 1px solid var(--divider-color, #e0e0e0);
      }
      .swatch.none {
        background: repeating-linear-gradient(45deg, transparent 0 3px, var(--divider-color, #e0e0e0) 3px 5px);
      }
      .status {
        display: flex;
        align-items: flex-start;
        gap: 8px;
        font-size: 0.875rem;
        padding: 8px 10px;
        border-radius: 8px;
        background: color-mix(in srgb, var(--badge-color) 12%, transparent);
      }
      .status .dot {
        flex: 0 0 auto;
        width: 10px;
        height: 10px;
        margin-top: 5px;
        border-radius: 50%;
        background: var(--badge-color);
      }
      .notes {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .history h4 {
        margin: 4px 0;
        font-size: 0.875rem;
        font-weight: 500;
      }
      ul.sessions {
        list-style: none;
        margin: 0;
        padding: 0;
        font-size: 0.85rem;
      }
      ul.sessions li {
        display: flex;
        flex-wrap: wrap;
        gap: 2px 10px;
        padding: 4px 0;
        border-bottom: 1px solid var(--divider-color, #e0e0e0);
      }
      .tile-actions {
        margin-top: auto;
        align-items: center;
      }
      .spacer {
        flex: 1 1 auto;
      }
      .materials > summary {
        font-weight: 500;
      }
      .materials p {
        margin: 0 0 8px;
      }
      td.row-actions {
        text-align: right;
        white-space: nowrap;
        padding: 0;
      }
      @container (max-width: 520px) {
        table.stack td.row-actions {
          grid-column: 1 / -1;
          justify-content: flex-end;
        }
        table.stack td.row-actions::before {
          content: none;
        }
      }
      p {
        margin: 0 0 12px;
      }
    `,
  ];
}

define("odin-drying-page", OdinDryingPage);
