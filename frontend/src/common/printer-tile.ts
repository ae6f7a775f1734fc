// <odin-printer-tile>: one printer's live status (Fleet page and odin-printer-card).
import { LitElement, css, html, nothing } from "lit";
import { property } from "lit/decorators.js";
import { define } from "./define";
import { fmtDuration, fmtInt, fmtNum } from "./format";
import { localizer } from "./i18n";
import { isActive, statusColor } from "./status";
import { sharedStyles } from "./styles";
import type { HomeAssistant, Printer } from "./types";

export class OdinPrinterTile extends LitElement {
  @property({ attribute: false }) hass?: HomeAssistant;
  @property({ attribute: false }) printer?: Printer;
  @property({ type: Boolean, reflect: true }) highlighted = false;
  /** Without the outer card frame (inside a Lovelace card). */
  @property({ type: Boolean }) flat = false;
  /** The name is shown by the surrounding card already. */
  @property({ type: Boolean, attribute: "hide-name" }) hideName = false;

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        min-width: 0;
      }
      .card {
        height: 100%;
        display: flex;
        flex-direction: column;
      }
      ::slotted([slot="footer"]) {
        margin-top: auto;
        align-self: flex-end;
      }
      :host([highlighted]) .card {
        border-color: var(--primary-color);
        box-shadow: 0 0 0 2px var(--primary-color);
      }
      .flat {
        padding: 0;
        border: none;
        background: none;
        box-shadow: none;
      }
      .head {
        display: flex;
        align-items: flex-start;
        justify-content: space-between;
        gap: 8px;
      }
      .name {
        font-weight: 500;
        font-size: 1.05rem;
      }
      .model {
        font-size: 0.85rem;
      }
      .job {
        margin: 12px 0 6px;
        display: flex;
        justify-content: space-between;
        gap: 8px;
        font-size: 0.9rem;
      }
      .meta {
        display: flex;
        flex-wrap: wrap;
        gap: 4px 16px;
        margin-top: 10px;
        font-size: 0.85rem;
        color: var(--secondary-text-color);
      }
      .meta span {
        white-space: nowrap;
      }
      .err {
        margin-top: 10px;
        padding: 8px 10px;
        border-radius: 8px;
        font-size: 0.85rem;
        background: color-mix(in srgb, var(--error-color, #db4437) 12%, transparent);
        color: var(--error-color, #db4437);
        overflow-wrap: anywhere;
      }
      .err.warning {
        background: color-mix(in srgb, var(--warning-color, #ffa600) 14%, transparent);
        color: var(--primary-text-color);
      }
      .tags {
        display: flex;
        flex-wrap: wrap;
        gap: 4px;
        margin-top: 10px;
      }
      .tag {
        font-size: 0.75rem;
        padding: 1px 8px;
        border-radius: 10px;
        border: 1px solid var(--divider-color);
        color: var(--secondary-text-color);
      }
    `,
  ];

  override render() {
    const p = this.printer;
    if (!p) return nothing;
    const t = localizer(this.hass);
    const color = statusColor(p.status);
    const active = isActive(p.status);
    const progress = p.progress ?? 0;
    const job = p.job_name || p.file_name;
    const severity = p.error?.severity ?? "";
    return html`<div class="card ${this.flat ? "flat" : ""}" data-printer-id=${p.printer_id}>
      <div class="head">
        <div class="ellipsis">
          ${this.hideName ? nothing : html`<div class="name ellipsis" data-field="name">${p.name}</div>`}
          <div class="model muted ellipsis">${p.model ?? p.brand}</div>
        </div>
        <span class="badge" style="--badge-color:${color}" data-field="status" data-status=${p.status}
          >${t(`status.${p.status}`)}</span
        >
      </div>
      ${
        active || job
          ? html`<div class="job">
              <span class="ellipsis" title=${job ?? ""}>${job ?? t("fleet.no_job")}</span>
              <span data-field="progress" style="font-variant-numeric:tabular-nums"
                >${p.progress === null ? "" : `${fmtInt(this.hass, progress)} %`}</span
              >
            </div>
            <div
              class="progress"
              role="progressbar"
              aria-label=${t("fleet.progress")}
              aria-valuemin="0"
              aria-valuemax="100"
              aria-valuenow=${progress}
              style="--bar-color:${color}"
            >
              <div style="width:${Math.min(100, Math.max(0, progress))}%"></div>
            </div>`
          : html`<div class="job muted">${t("fleet.no_job")}</div>`
      }
      <div class="meta">
        ${
          active && p.remaining_s !== null
            ? html`<span data-field="remaining">${t("fleet.remaining", { time: fmtDuration(p.remaining_s) })}</span>`
            : nothing
        }
        ${
          p.layer !== null && p.total_layers
            ? html`<span>${t("fleet.layer", { layer: fmtInt(this.hass, p.layer), total: fmtInt(this.hass, p.total_layers) })}</span>`
            : nothing
        }
        ${p.nozzle_temp !== null ? html`<span>${t("fleet.nozzle")} ${fmtNum(this.hass, p.nozzle_temp, 0)} °C</span>` : nothing}
        ${p.bed_temp !== null ? html`<span>${t("fleet.bed")} ${fmtNum(this.hass, p.bed_temp, 0)} °C</span>` : nothing}
      </div>
      ${
        p.error
          ? html`<div class="err ${severity === "warning" || severity === "info" ? "warning" : ""}" data-field="error">
            ${p.error.code}
          </div>`
          : nothing
      }
      ${
        p.tags.length && !this.flat
          ? html`<div class="tags">${p.tags.map((tag) => html`<span class="tag">${tag}</span>`)}</div>`
          : nothing
      }
      <slot name="footer"></slot>
    </div>`;
  }
}

define("odin-printer-tile", OdinPrinterTile);

declare global {
  interface HTMLElementTagNameMap {
    "odin-printer-tile": OdinPrinterTile;
  }
}
