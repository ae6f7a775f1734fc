// Audit (admins): filterable, paged audit log with CSV download. Rows become cards when narrow.
import { LitElement, css, html, nothing, type PropertyValues } from "lit";
import { property, state } from "lit/decorators.js";
import { downloadAuditCsv, errorMessage, fetchAudit, fetchAuditFilters, isUnauthorized } from "../common/api";
import { define } from "../common/define";
import { addDays, dayStart, fmtDateTime, fmtInt, parseDay } from "../common/format";
import { localizer } from "../common/i18n";
import { sharedStyles } from "../common/styles";
import { auditActor, auditDetails, auditLabel, auditTarget, resultColor } from "../common/audit-format";
import type { AuditFilterValues, AuditItem, AuditQuery, HomeAssistant } from "../common/types";

interface FilterOption {
  value: string;
  label?: string;
}

const PAGE_SIZE = 50;
const DOWNLOAD_ICON = "M5,20H19V18H5M19,9H15V3H9V9H5L12,16L19,9Z";

type FilterKey = "user_id" | "origin" | "action" | "target_type";

export class OdinAuditPage extends LitElement {
  @property({ attribute: false }) hass?: HomeAssistant;
  @property({ type: Boolean, reflect: true }) narrow = false;
  @state() private _filters?: AuditFilterValues;
  @state() private _query: AuditQuery = {};
  @state() private _since = "";
  @state() private _until = "";
  @state() private _items: AuditItem[] = [];
  @state() private _next: string | null = null;
  @state() private _loading = false;
  @state() private _loaded = false;
  @state() private _error?: string;
  @state() private _denied = false;
  private _request = 0;
  private _started = false;

  override updated(_changed: PropertyValues): void {
    if (this.hass && !this._started) {
      this._started = true;
      fetchAuditFilters(this.hass)
        .then((f) => (this._filters = f))
        .catch((err: unknown) => {
          if (isUnauthorized(err)) this._denied = true;
        });
      void this._load(true);
    }
  }

  private _fullQuery(): AuditQuery {
    return {
      ...this._query,
      start: this._since ? dayStart(this._since) : undefined,
      end: this._until ? dayStart(addDays(parseDay(this._until), 1)) : undefined,
    };
  }

  private async _load(reset: boolean): Promise<void> {
    if (!this.hass) return;
    const id = ++this._request;
    this._loading = true;
    this._error = undefined;
    try {
      const page = await fetchAudit(this.hass, this._fullQuery(), reset ? null : this._next, PAGE_SIZE);
      if (id !== this._request) return;
      this._items = reset ? page.items : [...this._items, ...page.items];
      this._next = page.next;
      this._loaded = true;
    } catch (err) {
      if (id !== this._request) return;
      if (isUnauthorized(err)) this._denied = true;
      else this._error = errorMessage(err);
    } finally {
      if (id === this._request) this._loading = false;
    }
  }

  private _set(key: FilterKey, value: string): void {
    this._query = { ...this._query, [key]: value || undefined };
    void this._load(true);
  }

  private _clear(): void {
    this._query = {};
    this._since = "";
    this._until = "";
    void this._load(true);
  }

  private async _csv(): Promise<void> {
    if (!this.hass) return;
    try {
      await downloadAuditCsv(this.hass, this._fullQuery());
    } catch (err) {
      this._error = errorMessage(err);
    }
  }

  private _optionLabel(key: FilterKey, value: string): string {
    const t = localizer(this.hass);
    if (key === "action") return auditLabel(t, "actions", value);
    if (key === "origin") return auditLabel(t, "origins", value);
    return value;
  }

  private _select(key: FilterKey, label: string, options: FilterOption[] | undefined) {
    const t = localizer(this.hass);
    const value = this._query[key] ?? "";
    return html`<label class="field">
      ${label}
      <select name=${key} @change=${(e: Event) => this._set(key, (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${value === ""}>${t("audit.any")}</option>
        ${(options ?? []).map(
          (o) =>
            html`<option value=${o.value} ?selected=${o.value === value}>${o.label ?? this._optionLabel(key, o.value)}</option>`,
        )}
      </select>
    </label>`;
  }

  private _table() {
    const t = localizer(this.hass);
    const system = t("audit.system");
    return html`<div class="table-wrap">
      <table class="audit">
        <thead>
          <tr>
            <th>${t("audit.when")}</th>
            <th>${t("audit.who")}</th>
            <th>${t("audit.action")}</th>
            <th>${t("audit.target")}</th>
            <th>${t("audit.result")}</th>
            <th>${t("audit.details")}</th>
          </tr>
        </thead>
        <tbody>
          ${this._items.map(
            (i) => html`<tr data-audit-id=${i.id}>
              <td class="nowrap">${fmtDateTime(this.hass, i.ts)}</td>
              <td>${auditActor(i, system)}<div class="muted small">${auditLabel(t, "origins", i.origin)}</div></td>
              <td data-col="action">${auditLabel(t, "actions", i.action)}</td>
              <td>${auditTarget(i)}</td>
              <td><span class="badge" style="--badge-color:${resultColor(i.result)}">${auditLabel(t, "results", i.result)}</span></td>
              <td class="details">${auditDetails(i)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private _cards() {
    const t = localizer(this.hass);
    const system = t("audit.system");
    return html`<ul class="list">
      ${this._items.map(
        (i) => html`<li data-audit-id=${i.id}>
          <div class="row">
            <strong data-col="action" class="ellipsis">${auditLabel(t, "actions", i.action)}</strong>
            <span class="badge" style="--badge-color:${resultColor(i.result)}">${auditLabel(t, "results", i.result)}</span>
          </div>
          <div class="row muted small">
            <span class="ellipsis">${auditActor(i, system)} · ${auditLabel(t, "origins", i.origin)}</span>
            <span class="nowrap">${fmtDateTime(this.hass, i.ts)}</span>
          </div>
          <div class="small">${auditTarget(i)}</div>
          ${auditDetails(i) ? html`<div class="muted small details">${auditDetails(i)}</div>` : nothing}
        </li>`,
      )}
    </ul>`;
  }

  override render() {
    const t = localizer(this.hass);
    if (this._denied) return html`<div class="card center" data-denied="audit">${t("audit.admin_only")}</div>`;
    const f = this._filters;
    const filtered = Object.values(this._query).some(Boolean) || this._since || this._until;
    return html`
      <section class="card filters">
        <div class="fields">
          ${this._select(
            "user_id",
            t("audit.user"),
            f?.users.map((u) => ({ value: u.user_id, label: u.user_name ?? undefined })),
          )} ${this._select(
            "origin",
            t("audit.origin"),
            f?.origins.map((value) => ({ value })),
          )}
          ${this._select(
            "action",
            t("audit.action"),
            f?.actions.map((value) => ({ value })),
          )}
          ${this._select(
            "target_type",
            t("audit.target"),
            f?.target_types.map((value) => ({ value })),
          )}
          <label class="field"
            >${t("audit.since")}
            <input
              type="date"
              name="since"
              .value=${this._since}
              @change=${(e: Event) => {
                this._since = (e.target as HTMLInputElement).value;
                void this._load(true);
              }}
          /></label>
          <label class="field"
            >${t("audit.until")}
            <input
              type="date"
              name="until"
              .value=${this._until}
              @change=${(e: Event) => {
                this._until = (e.target as HTMLInputElement).value;
                void this._load(true);
              }}
          /></label>
        </div>
        <div class="actions">
          ${filtered ? html`<button class="btn" @click=${() => this._clear()}>${t("audit.clear")}</button>` : nothing}
          <button class="btn primary" data-action="csv" @click=${() => this._csv()}>
            <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${DOWNLOAD_ICON}></path></svg>${t("audit.csv")}
          </button>
        </div>
      </section>
      ${this._error ? html`<div class="card center error-text">${t("panel.error", { error: this._error })}</div>` : nothing}
      <section class="card results" data-loaded=${this._loaded && !this._loading ? "true" : "false"}>
        ${
          !this._loaded
            ? html`<div class="center muted">${t("panel.loading")}</div>`
            : this._items.length === 0
              ? html`<div class="center muted">${t("audit.empty")}</div>`
              : html`<div class="muted small count" data-count=${this._items.length}>
                  ${t("audit.entries", { n: fmtInt(this.hass, this._items.length) })}
                </div>
                ${this.narrow ? this._cards() : this._table()}`
        }
        ${
          this._loaded && this._items.length
            ? html`<div class="more">
              ${
                this._next
                  ? html`<button class="btn" data-action="more" ?disabled=${this._loading} @click=${() => this._load(false)}>
                    ${t("audit.load_more")}
                  </button>`
                  : html`<span class="muted small">${t("audit.end")}</span>`
              }
            </div>`
            : nothing
        }
      </section>
    `;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .filters {
        margin-bottom: var(--odin-gap);
      }
      .fields {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(160px, 1fr));
        gap: 10px;
      }
      @media (max-width: 600px) {
        .fields {
          grid-template-columns: 1fr 1fr;
        }
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        justify-content: flex-end;
        gap: 8px;
        margin-top: 12px;
      }
      .btn svg {
        width: 20px;
        height: 20px;
        fill: currentColor;
      }
      .count {
        margin-bottom: 8px;
      }
      .nowrap {
        white-space: nowrap;
      }
      td.details {
        max-width: 360px;
        overflow-wrap: anywhere;
        color: var(--secondary-text-color);
        font-size: 0.85rem;
      }
      .list {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .list li {
        padding: 10px 0;
        border-bottom: 1px solid var(--divider-color);
        display: flex;
        flex-direction: column;
        gap: 4px;
        min-width: 0;
      }
      .row {
        display: flex;
        justify-content: space-between;
        align-items: center;
        gap: 8px;
        min-width: 0;
      }
      .details {
        overflow-wrap: anywhere;
      }
      .more {
        display: flex;
        justify-content: center;
        padding-top: 12px;
      }
    `,
  ];
}

define("odin-audit-page", OdinAuditPage);
