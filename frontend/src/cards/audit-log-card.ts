// custom:odin-audit-log-card — the latest audit entries (administrators only).
import { LitElement, css, html, nothing, type PropertyValues } from "lit";
import { property, state } from "lit/decorators.js";
import { errorMessage, fetchAudit, isUnauthorized } from "../common/api";
import { auditActor, auditDetails, auditLabel, auditTarget, resultColor } from "../common/audit-format";
import { define, navigate } from "../common/define";
import { fmtDateTime } from "../common/format";
import { localizer } from "../common/i18n";
import { sharedStyles } from "../common/styles";
import type { AuditItem, HomeAssistant } from "../common/types";
import { cardStyles, type LovelaceCardConfig } from "./base";

export interface AuditLogCardConfig extends LovelaceCardConfig {
  title?: string;
  limit?: number;
}

const REFRESH_MS = 60 * 1000;

export class OdinAuditLogCard extends LitElement {
  @property({ attribute: false }) hass?: HomeAssistant;
  @state() private _config?: AuditLogCardConfig;
  @state() private _items?: AuditItem[];
  @state() private _error?: string;
  @state() private _denied = false;
  private _timer?: number;
  private _loadedFor = "";

  static getConfigElement(): HTMLElement {
    return document.createElement("odin-audit-log-card-editor");
  }

  static getStubConfig(): Omit<AuditLogCardConfig, "type"> {
    return { limit: 10 };
  }

  setConfig(config: AuditLogCardConfig): void {
    if (!config || typeof config !== "object") throw new Error("Invalid configuration");
    if (config.limit !== undefined && (!Number.isInteger(config.limit) || config.limit < 1 || config.limit > 100)) {
      throw new Error("limit must be a whole number from 1 to 100");
    }
    this._config = config;
  }

  getCardSize(): number {
    return 2 + Math.ceil((this._config?.limit ?? 10) * 0.8);
  }

  getGridOptions() {
    return { columns: 12, rows: "auto", min_columns: 6, min_rows: 3 };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._timer = window.setInterval(() => void this._load(), REFRESH_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.clearInterval(this._timer);
    this._loadedFor = "";
  }

  override updated(_changed: PropertyValues): void {
    const key = JSON.stringify(this._config ?? {});
    if (this.hass && this._config && key !== this._loadedFor) {
      this._loadedFor = key;
      void this._load();
    }
  }

  private async _load(): Promise<void> {
    if (!this.hass || !this._config) return;
    if (!this.hass.user?.is_admin) {
      this._denied = true;
      return;
    }
    try {
      const page = await fetchAudit(this.hass, {}, null, this._config.limit ?? 10);
      this._items = page.items;
      this._error = undefined;
    } catch (err) {
      if (isUnauthorized(err)) this._denied = true;
      else this._error = errorMessage(err);
    }
  }

  override render() {
    if (!this._config) return nothing;
    const t = localizer(this.hass);
    const title = this._config.title ?? t("card.audit_log");
    const system = t("audit.system");
    return html`<ha-card>
      ${
        title
          ? html`<div class="card-header">
            <span>${title}</span>
            ${
              this._denied
                ? nothing
                : html`<a
                  href="/odin/audit"
                  @click=${(e: Event) => {
                    e.preventDefault();
                    navigate("/odin/audit");
                  }}
                  >${t("card.open_panel")} ›</a
                >`
            }
          </div>`
          : nothing
      }
      <div class="content ${title ? "" : "no-header"}" data-card="audit-log">
        ${
          this._denied
            ? html`<div class="muted" data-denied="audit">${t("audit.admin_only")}</div>`
            : this._error
              ? html`<div class="error-text">${t("panel.error", { error: this._error })}</div>`
              : !this._items
                ? html`<div class="muted center">${t("panel.loading")}</div>`
                : this._items.length === 0
                  ? html`<div class="muted center">${t("audit.empty")}</div>`
                  : html`<ul class="list">
                    ${this._items.map(
                      (i) => html`<li data-audit-id=${i.id}>
                        <div class="row">
                          <strong class="ellipsis" data-col="action">${auditLabel(t, "actions", i.action)}</strong>
                          <span class="badge" style="--badge-color:${resultColor(i.result)}">${auditLabel(t, "results", i.result)}</span>
                        </div>
                        <div class="row muted small">
                          <span class="ellipsis">${auditActor(i, system)} · ${auditTarget(i)}</span>
                          <span class="nowrap">${fmtDateTime(this.hass, i.ts)}</span>
                        </div>
                        ${auditDetails(i) ? html`<div class="muted small details">${auditDetails(i)}</div>` : nothing}
                      </li>`,
                    )}
                  </ul>`
        }
      </div>
    </ha-card>`;
  }

  static override styles = [
    sharedStyles,
    cardStyles,
    css`
      .list {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .list li {
        padding: 8px 0;
        border-bottom: 1px solid var(--divider-color);
        display: flex;
        flex-direction: column;
        gap: 2px;
        min-width: 0;
      }
      .list li:last-child {
        border-bottom: none;
      }
      .row {
        display: flex;
        justify-content: space-between;
        gap: 8px;
        min-width: 0;
      }
      .nowrap {
        white-space: nowrap;
      }
      .details {
        overflow-wrap: anywhere;
      }
    `,
  ];
}

define("odin-audit-log-card", OdinAuditLogCard);
