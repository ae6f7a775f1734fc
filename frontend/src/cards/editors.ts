// Visual editors of the cards: plain form controls, `config-changed` on every edit.
import { LitElement, css, html, type PropertyValues } from "lit";
import { property, state } from "lit/decorators.js";
import { listPrinters } from "../common/api";
import { define, fire } from "../common/define";
import { localizer } from "../common/i18n";
import { sharedStyles } from "../common/styles";
import type { HomeAssistant, Printer } from "../common/types";
import type { LovelaceCardConfig } from "./base";
import { CHARTS } from "./failure-analytics-card";

type Field =
  | { name: string; kind: "text"; label: string }
  | { name: string; kind: "boolean"; label: string }
  | { name: string; kind: "number"; label: string; min: number; max: number; placeholder?: number }
  | { name: string; kind: "select"; label: string; options: { value: string; label: string }[]; optional?: boolean };

abstract class OdinCardEditor extends LitElement {
  @property({ attribute: false }) hass?: HomeAssistant;
  @state() protected _config?: LovelaceCardConfig;
  @state() protected _printers: Printer[] = [];
  private _fetched = false;

  setConfig(config: LovelaceCardConfig): void {
    this._config = config;
  }

  protected abstract _fields(): Field[];

  override updated(_changed: PropertyValues): void {
    if (this.hass && !this._fetched) {
      this._fetched = true;
      listPrinters(this.hass)
        .then((p) => (this._printers = p.sort((a, b) => a.name.localeCompare(b.name))))
        .catch(() => undefined);
    }
  }

  protected _printerOptions() {
    return this._printers.map((p) => ({ value: p.printer_id, label: p.name }));
  }

  private _changed(name: string, raw: string, kind: Field["kind"]): void {
    if (!this._config) return;
    const config: LovelaceCardConfig = { ...this._config };
    if (raw === "" || (kind === "boolean" && raw === "false")) delete config[name];
    else config[name] = kind === "number" ? Number(raw) : kind === "boolean" ? true : raw;
    this._config = config;
    fire(this, "config-changed", { config });
  }

  override render() {
    if (!this._config) return html``;
    const t = localizer(this.hass);
    return html`<div class="form">
      ${this._fields().map((f) => {
        const value = this._config?.[f.name];
        if (f.kind === "boolean") {
          return html`<label class="field check">
            <input
              name=${f.name}
              type="checkbox"
              .checked=${value === true}
              @change=${(e: Event) => this._changed(f.name, String((e.target as HTMLInputElement).checked), "boolean")}
            />
            ${f.label}
          </label>`;
        }
        if (f.kind === "select") {
          return html`<label class="field"
            >${f.label}
            <select name=${f.name} @change=${(e: Event) => this._changed(f.name, (e.target as HTMLSelectElement).value, "select")}>
              ${f.optional ? html`<option value="" ?selected=${!value}>${t("analytics.any")}</option>` : ""}
              ${f.options.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
            </select>
          </label>`;
        }
        return html`<label class="field"
          >${f.label}
          <input
            name=${f.name}
            type=${f.kind}
            .value=${value === undefined ? "" : String(value)}
            min=${f.kind === "number" ? f.min : ""}
            max=${f.kind === "number" ? f.max : ""}
            placeholder=${f.kind === "number" && f.placeholder !== undefined ? String(f.placeholder) : ""}
            @change=${(e: Event) => this._changed(f.name, (e.target as HTMLInputElement).value, f.kind)}
        /></label>`;
      })}
    </div>`;
  }

  static override styles = [
    sharedStyles,
    css`
      .form {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(200px, 1fr));
        gap: 12px;
      }
      .field.check {
        flex-direction: row;
        align-items: center;
        gap: 8px;
      }
    `,
  ];
}

class FailureAnalyticsEditor extends OdinCardEditor {
  protected _fields(): Field[] {
    const t = localizer(this.hass);
    const tags = [...new Set(this._printers.flatMap((p) => p.tags))].sort();
    return [
      { name: "title", kind: "text", label: t("card.title") },
      { name: "days", kind: "number", label: t("card.days"), min: 1, max: 366, placeholder: 30 },
      {
        name: "chart",
        kind: "select",
        label: t("card.chart"),
        options: CHARTS.map((c) => ({ value: c, label: t(`card.chart_${c}`) })),
      },
      { name: "printer_id", kind: "select", label: t("card.printer"), options: this._printerOptions(), optional: true },
      {
        name: "tag",
        kind: "select",
        label: t("analytics.tag"),
        options: tags.map((v) => ({ value: v, label: v })),
        optional: true,
      },
    ];
  }
}

class AuditLogEditor extends OdinCardEditor {
  protected _fields(): Field[] {
    const t = localizer(this.hass);
    return [
      { name: "title", kind: "text", label: t("card.title") },
      { name: "limit", kind: "number", label: t("card.limit"), min: 1, max: 100, placeholder: 10 },
    ];
  }
}

class PrinterCardEditor extends OdinCardEditor {
  protected _fields(): Field[] {
    const t = localizer(this.hass);
    return [
      { name: "printer_id", kind: "select", label: t("card.printer"), options: this._printerOptions() },
      { name: "title", kind: "text", label: t("card.title") },
      { name: "runs", kind: "number", label: t("card.limit"), min: 0, max: 50, placeholder: 5 },
      { name: "days", kind: "number", label: t("card.days"), min: 1, max: 366, placeholder: 30 },
    ];
  }
}

class QueueCardEditor extends OdinCardEditor {
  protected _fields(): Field[] {
    const t = localizer(this.hass);
    return [
      { name: "title", kind: "text", label: t("card.title") },
      { name: "limit", kind: "number", label: t("card.limit"), min: 1, max: 50, placeholder: 5 },
      { name: "show_finished", kind: "boolean", label: t("card.show_finished") },
    ];
  }
}

define("odin-failure-analytics-card-editor", FailureAnalyticsEditor);
define("odin-audit-log-card-editor", AuditLogEditor);
define("odin-printer-card-editor", PrinterCardEditor);
define("odin-queue-card-editor", QueueCardEditor);
