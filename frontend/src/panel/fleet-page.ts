// Fleet: live status of every printer (odin/printers/subscribe), filtered by tag; tag editor.
import { LitElement, css, html, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import { errorMessage, subscribePrinters } from "../common/api";
import { SubscribeMixin, type Unsubscribe } from "../common/subscribe-mixin";
import { define, navigate } from "../common/define";
import { fmtInt } from "../common/format";
import { icon } from "../common/icons";
import { localizer } from "../common/i18n";
import "../common/printer-tile";
import "./tag-editor";
import { isActive, needsAttention } from "../common/status";
import { sharedStyles } from "../common/styles";
import type { HomeAssistant, Printer } from "../common/types";

export class OdinFleetPage extends SubscribeMixin(LitElement) {
  @property({ attribute: false }) override hass?: HomeAssistant;
  @property({ type: Boolean }) narrow = false;
  @property() selected = "";
  @property() base = "/odin";
  @state() private _printers?: Printer[];
  @state() private _tag = "";
  @state() private _error?: string;
  /** The printer whose tags are being edited. */
  @state() private _editing?: string;
  private _scrolledTo = "";

  override updated(): void {
    if (this.selected && this._printers && this._scrolledTo !== this.selected) {
      const el = this.renderRoot.querySelector(`odin-printer-tile[highlighted]`);
      if (el) {
        this._scrolledTo = this.selected;
        el.scrollIntoView({ block: "center", behavior: "smooth" });
      }
    }
  }

  protected override hassSubscribe(): Promise<Unsubscribe>[] {
    if (!this.hass) return [];
    this._error = undefined;
    return [
      subscribePrinters(this.hass, (printers) => {
        this._printers = printers.sort((a, b) => a.name.localeCompare(b.name));
      }),
    ];
  }

  protected override subscriptionFailed(err: unknown): void {
    this._error = errorMessage(err);
  }

  override render() {
    const t = localizer(this.hass);
    if (this._error) {
      return html`<div class="card center error-text">
        ${t("panel.error", { error: this._error })}
        <div><button class="btn" @click=${() => this.resubscribe()}>${t("panel.retry")}</button></div>
      </div>`;
    }
    if (!this._printers) return html`<div class="center muted">${t("panel.loading")}</div>`;
    if (this._printers.length === 0) return html`<div class="card center muted">${t("fleet.no_printers")}</div>`;
    const tags = [...new Set(this._printers.flatMap((p) => p.tags))].sort();
    const tag = tags.includes(this._tag) ? this._tag : ""; // a tag removed meanwhile: all printers
    const shown = tag ? this._printers.filter((p) => p.tags.includes(tag)) : this._printers;
    const printing = shown.filter((p) => isActive(p.status)).length;
    const attention = shown.filter((p) => needsAttention(p.status, p.error !== null)).length;
    return html`
      <div class="bar">
        <div class="muted small" data-summary data-total=${shown.length}>
          ${t("fleet.summary", { total: fmtInt(this.hass, shown.length), printing: fmtInt(this.hass, printing), attention: fmtInt(this.hass, attention) })}
        </div>
        ${
          tags.length
            ? html`<div class="chips" role="group" aria-label=${t("fleet.tags")}>
              ${["", ...tags].map(
                (chip) => html`<button
                  class="chip"
                  aria-pressed=${tag === chip ? "true" : "false"}
                  data-tag=${chip}
                  @click=${() => (this._tag = chip)}
                >
                  ${chip || t("fleet.all")}
                </button>`,
              )}
            </div>`
            : nothing
        }
      </div>
      ${
        shown.length === 0
          ? html`<div class="card center muted">${t("fleet.no_match")}</div>`
          : html`<div class="grid">
            ${shown.map(
              (
                p,
              ) => html`<odin-printer-tile .hass=${this.hass} .printer=${p} ?highlighted=${p.printer_id === this.selected}>
                <div slot="footer" class="footer">
                  <button class="link" data-action="edit-tags" @click=${() => (this._editing = p.printer_id)}>
                    ${icon("tag")}${t("fleet.edit_tags")}
                  </button>
                  <a
                    class="link"
                    href="${this.base}/analytics?printer=${encodeURIComponent(p.printer_id)}"
                    @click=${(e: Event) => {
                      e.preventDefault();
                      navigate(`${this.base}/analytics?printer=${encodeURIComponent(p.printer_id)}`);
                    }}
                    >${t("fleet.analytics")} ›</a
                  >
                </div>
              </odin-printer-tile>`,
            )}
          </div>`
      }
      <odin-tag-editor
        .hass=${this.hass}
        .printer=${this._printers.find((p) => p.printer_id === this._editing)}
        .known=${tags}
        @closed=${() => (this._editing = undefined)}
      ></odin-tag-editor>
    `;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .bar {
        display: flex;
        flex-direction: column;
        gap: 10px;
        margin-bottom: 14px;
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 300px), 1fr));
        gap: var(--odin-gap);
      }
      .footer {
        display: flex;
        flex-wrap: wrap;
        justify-content: flex-end;
        gap: 4px;
        margin: 4px -8px -8px 0;
      }
      .link {
        min-height: 44px;
        min-width: 44px;
        padding: 0 8px;
        display: inline-flex;
        align-items: center;
        gap: 6px;
        color: var(--primary-color);
        text-decoration: none;
        font-size: 0.85rem;
        background: none;
        border: none;
        border-radius: 8px;
        cursor: pointer;
        font-family: inherit;
      }
      .link svg {
        width: 18px;
        height: 18px;
        fill: currentColor;
      }
      .link:focus-visible {
        outline: 2px solid var(--primary-color);
        outline-offset: -2px;
      }
      odin-printer-tile {
        min-width: 0;
      }
    `,
  ];
}

define("odin-fleet-page", OdinFleetPage);
