// OdinPage: what every panel page shares — load on the first `hass` (the newest load wins),
// loading / error state with a retry, one form action at a time (busy, formError) and the
// confirm dialog.
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import "./dialog";
import type { ConfirmRequest } from "./dialog";
import { farmError } from "./farm-api";
import { localizer, type Localize } from "./i18n";
import type { HomeAssistant } from "./types";

export class OdinPage extends LitElement {
  @property({ attribute: false }) hass?: HomeAssistant;
  @property({ type: Boolean }) narrow = false;
  @property() base = "/odin";
  @state() protected loading = false;
  /** The last load failed (shown with a retry button). */
  @state() protected error?: string;
  /** A form action runs. */
  @state() protected busy = false;
  /** The last form action failed (shown in its dialog). */
  @state() protected formError?: string;
  @state() protected confirmRequest?: ConfirmRequest;
  #started = false;
  #request = 0;

  protected get t(): Localize {
    return localizer(this.hass);
  }

  /**
   * Fetches the page's data and stores it. `current()` turns false once a newer load started:
   * check it before storing what an older one fetched.
   */
  protected async load(_current: () => boolean): Promise<void> {}

  /** Runs once, when `hass` is first set: the first load by default. */
  protected firstLoad(): void {
    void this.reload();
  }

  protected async reload(): Promise<void> {
    if (!this.hass) return;
    const id = ++this.#request;
    const current = () => id === this.#request;
    this.loading = true;
    try {
      await this.load(current);
      if (current()) this.error = undefined;
    } catch (err) {
      if (current()) this.error = this.errorText(err);
    } finally {
      if (current()) this.loading = false;
    }
  }

  /** A refused command in the user's language. */
  protected errorText(err: unknown): string {
    return farmError(localizer(this.hass), err);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.hass && !this.#started) {
      this.#started = true;
      this.firstLoad();
    }
  }

  /** Runs a form action unless one runs already; busy meanwhile, a failure goes to formError. */
  protected async submit(action: (hass: HomeAssistant) => Promise<void>): Promise<void> {
    const hass = this.hass;
    if (!hass || this.busy) return;
    this.busy = true;
    this.formError = undefined;
    try {
      await action(hass);
    } catch (err) {
      this.formError = this.errorText(err);
    } finally {
      this.busy = false;
    }
  }

  /** Asks before `request.action` runs (the dialog shows its failure). */
  protected confirm(request: ConfirmRequest): void {
    this.confirmRequest = request;
  }

  protected renderConfirm(): TemplateResult {
    return html`<odin-confirm
      .hass=${this.hass}
      .request=${this.confirmRequest}
      @closed=${() => (this.confirmRequest = undefined)}
    ></odin-confirm>`;
  }

  protected renderError(retry: () => void = () => void this.reload()): TemplateResult | typeof nothing {
    if (!this.error) return nothing;
    const t = this.t;
    return html`<div class="card center error-text" role="alert">
      ${t("panel.error", { error: this.error })}
      <div><button class="btn" @click=${retry}>${t("panel.retry")}</button></div>
    </div>`;
  }
}
