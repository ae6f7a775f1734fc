// <odin-panel>: the "Print farm" sidebar panel (Fleet, Queue, Files, Presets, Drying, Timelapses,
// Analytics, Audit).
import { LitElement, css, html, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import { define, fire, navigate } from "../common/define";
import { localizer } from "../common/i18n";
import { icon } from "../common/icons";
import { sharedStyles } from "../common/styles";
import type { HomeAssistant, PanelInfo, Route } from "../common/types";
import "./fleet-page";
import "./queue-page";
import "./files-page";
import "./presets-page";
import "./drying-page";
import "./timelapses-page";
import "./analytics-page";
import "./audit-page";

const PAGES = ["fleet", "queue", "files", "presets", "drying", "timelapses", "analytics", "audit"] as const;
type Page = (typeof PAGES)[number];

/** The printer (config subentry) of an O.D.I.N. device, for links like /odin/fleet?device=<id>. */
function printerOfDevice(hass: HomeAssistant | undefined, deviceId: string | null): string {
  const subentries = deviceId ? hass?.devices?.[deviceId]?.config_entries_subentries : undefined;
  for (const ids of Object.values(subentries ?? {})) {
    const id = ids.find((v): v is string => typeof v === "string");
    if (id) return id;
  }
  return "";
}

export class OdinPanel extends LitElement {
  @property({ attribute: false }) hass?: HomeAssistant;
  @property({ type: Boolean, reflect: true }) narrow = false;
  @property({ attribute: false }) route?: Route;
  @property({ attribute: false }) panel?: PanelInfo;
  @state() private _search = location.search;

  private _onLocation = () => {
    this._search = location.search;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener("location-changed", this._onLocation);
    window.addEventListener("popstate", this._onLocation);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener("location-changed", this._onLocation);
    window.removeEventListener("popstate", this._onLocation);
  }

  private get _isAdmin(): boolean {
    return Boolean(this.hass?.user?.is_admin);
  }

  private get _page(): Page {
    const seg = (this.route?.path ?? "").split("/").filter(Boolean)[0] as Page | undefined;
    return seg && PAGES.includes(seg) ? seg : "fleet";
  }

  private get _base(): string {
    return this.route?.prefix ?? `/${this.panel?.url_path ?? "odin"}`;
  }

  private _go(page: Page, e: Event): void {
    e.preventDefault();
    navigate(`${this._base}/${page}`);
  }

  override render() {
    const t = localizer(this.hass);
    const page = this._page;
    const params = new URLSearchParams(this._search);
    const selected = params.get("printer") ?? printerOfDevice(this.hass, params.get("device"));
    const tabs = PAGES.filter((p) => p !== "audit" || this._isAdmin);
    return html`
      <header class="toolbar">
        <div class="top">
          ${
            this.narrow
              ? html`<button class="icon-btn" data-action="menu" aria-label=${t("panel.menu")} @click=${() => fire(this, "hass-toggle-menu")}>
                ${icon("menu")}
              </button>`
              : nothing
          }
          <h1>${this.panel?.title && this.panel.title !== "Print farm" ? this.panel.title : t("panel.title")}</h1>
        </div>
        <nav class="tabs" role="tablist">
          ${tabs.map(
            (p) => html`<a
              role="tab"
              href="${this._base}/${p}"
              aria-selected=${p === page ? "true" : "false"}
              aria-label=${t(`panel.tabs.${p}`)}
              data-tab=${p}
              @click=${(e: Event) => this._go(p, e)}
              >${
                this.narrow
                  ? html`${icon(p)}<span class="short">${t(`panel.tabs_short.${p}`)}</span>`
                  : t(`panel.tabs.${p}`)
              }</a
            >`,
          )}
        </nav>
      </header>
      <main>${this._renderPage(page, selected, params)}</main>
    `;
  }

  private _renderPage(page: Page, selected: string, params: URLSearchParams) {
    const t = localizer(this.hass);
    switch (page) {
      case "fleet":
        return html`<odin-fleet-page
          .hass=${this.hass}
          .narrow=${this.narrow}
          .selected=${selected}
          .base=${this._base}
        ></odin-fleet-page>`;
      case "queue":
        return html`<odin-queue-page .hass=${this.hass} .narrow=${this.narrow} .base=${this._base}></odin-queue-page>`;
      case "files":
        return html`<odin-files-page .hass=${this.hass} .narrow=${this.narrow} .base=${this._base}></odin-files-page>`;
      case "presets":
        return html`<odin-presets-page .hass=${this.hass} .narrow=${this.narrow} .base=${this._base}></odin-presets-page>`;
      case "drying":
        return html`<odin-drying-page .hass=${this.hass} .narrow=${this.narrow}></odin-drying-page>`;
      case "timelapses":
        return html`<odin-timelapses-page
          .hass=${this.hass}
          .narrow=${this.narrow}
          .initialPrinter=${selected}
          .runId=${Number(params.get("run")) || 0}
        ></odin-timelapses-page>`;
      case "analytics":
        return html`<odin-analytics-page
          .hass=${this.hass}
          .narrow=${this.narrow}
          .initialPrinter=${selected}
          .base=${this._base}
        ></odin-analytics-page>`;
      default:
        return this._isAdmin
          ? html`<odin-audit-page .hass=${this.hass} .narrow=${this.narrow}></odin-audit-page>`
          : html`<div class="card center" data-denied="audit">${t("audit.admin_only")}</div>`;
    }
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        min-height: 100vh;
        background: var(--primary-background-color);
        -webkit-tap-highlight-color: transparent;
      }
      .toolbar {
        position: sticky;
        top: 0;
        z-index: 4;
        background: var(--app-header-background-color, var(--primary-color));
        color: var(--app-header-text-color, var(--text-primary-color, #fff));
        border-bottom: var(--app-header-border-bottom, none);
        padding-top: env(safe-area-inset-top);
        padding-left: env(safe-area-inset-left);
        padding-right: env(safe-area-inset-right);
      }
      .top {
        display: flex;
        align-items: center;
        height: 56px;
        padding: 0 12px 0 16px;
        gap: 8px;
      }
      :host([narrow]) .top {
        padding-left: 4px;
      }
      h1 {
        margin: 0;
        font-size: 1.25rem;
        font-weight: 400;
        white-space: nowrap;
        overflow: hidden;
        text-overflow: ellipsis;
      }
      .icon-btn {
        width: 48px;
        height: 48px;
        border: none;
        background: none;
        color: inherit;
        border-radius: 50%;
        display: inline-flex;
        align-items: center;
        justify-content: center;
        cursor: pointer;
        padding: 0;
      }
      .icon-btn svg {
        width: 24px;
        height: 24px;
        fill: currentColor;
      }
      .tabs a svg {
        width: 22px;
        height: 22px;
        fill: currentColor;
        flex: 0 0 auto;
      }
      .tabs {
        display: flex;
        padding: 0 8px;
        overflow-x: auto;
        scrollbar-width: none;
      }
      .tabs a {
        flex: 0 0 auto;
        min-height: 48px;
        min-width: 88px;
        padding: 0 16px;
        display: inline-flex;
        align-items: center;
        justify-content: center;
        color: inherit;
        opacity: 0.75;
        text-decoration: none;
        text-transform: uppercase;
        font-size: 0.875rem;
        font-weight: 500;
        letter-spacing: 0.05em;
        border-bottom: 2px solid transparent;
      }
      /* Phones: eight tabs side by side as icon + short label (no sideways scrolling). */
      :host([narrow]) .tabs {
        padding: 0 2px;
      }
      :host([narrow]) .tabs a {
        flex: 1 1 0;
        min-width: 44px;
        min-height: 56px;
        padding: 4px 1px 2px;
        flex-direction: column;
        gap: 2px;
        text-transform: none;
        letter-spacing: 0;
        font-size: 0.6875rem;
      }
      .short {
        max-width: 100%;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .tabs a[aria-selected="true"] {
        opacity: 1;
        border-bottom-color: currentColor;
      }
      .tabs a:focus-visible {
        outline: 2px solid currentColor;
        outline-offset: -4px;
      }
      main {
        padding: 16px;
        padding-left: calc(16px + env(safe-area-inset-left));
        padding-right: calc(16px + env(safe-area-inset-right));
        padding-bottom: calc(24px + env(safe-area-inset-bottom));
        max-width: 1600px;
        margin: 0 auto;
      }
      :host([narrow]) main {
        padding: 12px;
        padding-left: calc(12px + env(safe-area-inset-left));
        padding-right: calc(12px + env(safe-area-inset-right));
        padding-bottom: calc(24px + env(safe-area-inset-bottom));
      }
    `,
  ];
}

define("odin-panel", OdinPanel);
