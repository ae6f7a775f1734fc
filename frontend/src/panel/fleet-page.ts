// Fleet: live status of every printer (odin/printers/subscribe), filtered by tag.
import { LitElement, css, html, nothing, type PropertyValues } from "lit";
import { property, state } from "lit/decorators.js";
import { errorMessage, subscribePrinters } from "../common/api";
import { define, navigate } from "../common/define";
import { fmtInt } from "../common/format";
import { localizer } from "../common/i18n";
import "../common/printer-tile";
import { isActive, needsAttention } from "../common/status";
import { sharedStyles } from "../common/styles";
import type { HomeAssistant, Printer } from "../common/types";

export class OdinFleetPage extends LitElement {
  @property({ attribute: false }) hass?: HomeAssistant;
  @property({ type: Boolean }) narrow = false;
  @property() selected = "";
  @property() base = "/odin";
  @state() private _printers?: Printer[];
  @state() private _tag = "";
  @state() private _error?: string;
  private _unsub?: Promise<() => Promise<void>>;
  private _scrolledTo = "";

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hass) this._subscribe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._unsubscribe();
  }

  override willUpdate(changed: PropertyValues): void {
    if (changed.has("hass") && this.hass && !this._unsub) this._subscribe();
  }

  override updated(): void {
    if (this.selected && this._printers && this._scrolledTo !== this.selected) {
      const el = this.renderRoot.querySelector(`odin-printer-tile[highlighted]`);
      if (el) {
        this._scrolledTo = this.selected;
        el.scrollIntoView({ block: "center", behavior: "smooth" });
      }
    }
  }

  private _subscribe(): void {
    if (!this.hass) return;
    this._error = undefined;
    this._unsub = subscribePrinters(this.hass, (printers) => {
      this._printers = printers.sort((a, b) => a.name.localeCompare(b.name));
    });
    this._unsub.catch((err: unknown) => {
      this._error = errorMessage(err);
      this._unsub = undefined;
    });
  }

  private _unsubscribe(): void {
    const unsub = this._unsub;
    this._unsub = undefined;
    unsub?.then((fn) => fn()).catch(() => undefined);
  }

  override render() {
    const t = localizer(this.hass);
    if (this._error) {
      return html`<div class="card center error-text">
        ${t("panel.error", { error: this._error })}
        <div><button class="btn" @click=${() => this._subscribe()}>${t("panel.retry")}</button></div>
      </div>`;
    }
    if (!this._printers) return html`<div class="center muted">${t("panel.loading")}</div>`;
    if (this._printers.length === 0) return html`<div class="card center muted">${t("fleet.no_printers")}</div>`;
    const tags = [...new Set(this._printers.flatMap((p) => p.tags))].sort();
    const shown = this._tag ? this._printers.filter((p) => p.tags.includes(this._tag)) : this._printers;
    const printing = shown.filter((p) => isActive(p.status)).length;
    const attention = shown.filter((p) => needsAttention(p.status, p.error !== null)).length;
    return html`
      <div class="bar">
        <div class="muted small" data-summary data-total=${shown.length}>
          ${t("fleet.summary", { total: fmtInt(this.hass, shown.length), printing: fmtInt(this.hass, printing), attention: fmtInt(this.hass, attention) })}
        </div>
        ${tags.length
          ? html`<div class="chips" role="group" aria-label=${t("fleet.tags")}>
              ${["", ...tags].map(
                (tag) => html`<button
                  class="chip"
                  aria-pressed=${this._tag === tag ? "true" : "false"}
                  data-tag=${tag}
                  @click=${() => (this._tag = tag)}
                >
                  ${tag || t("fleet.all")}
                </button>`,
              )}
            </div>`
          : nothing}
      </div>
      ${shown.length === 0
        ? html`<div class="card center muted">${t("fleet.no_match")}</div>`
        : html`<div class="grid">
            ${shown.map(
              (p) => html`<odin-printer-tile .hass=${this.hass} .printer=${p} ?highlighted=${p.printer_id === this.selected}>
                <a
                  slot="footer"
                  class="link"
                  href="${this.base}/analytics?printer=${encodeURIComponent(p.printer_id)}"
                  @click=${(e: Event) => {
                    e.preventDefault();
                    navigate(`${this.base}/analytics?printer=${encodeURIComponent(p.printer_id)}`);
                  }}
                  >${t("fleet.analytics")} ›</a
                >
              </odin-printer-tile>`,
            )}
          </div>`}
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
      .link {
        margin: 4px -8px -8px 0;
        min-height: 44px;
        min-width: 44px;
        padding: 0 8px;
        display: inline-flex;
        align-items: center;
        color: var(--primary-color);
        text-decoration: none;
        font-size: 0.85rem;
      }
      odin-printer-tile {
        min-width: 0;
      }
    `,
  ];
}

define("odin-fleet-page", OdinFleetPage);
