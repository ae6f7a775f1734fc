// <odin-dialog>: a modal on the native <dialog> element (top layer, focus trap, Esc closes), full
// screen on phones. <odin-confirm>: "are you sure?" for destructive actions, with busy/error state.
import { LitElement, css, html, nothing, type PropertyValues } from "lit";
import { property, query, state } from "lit/decorators.js";
import { define, fire } from "./define";
import { farmError } from "./farm-api";
import { icon } from "./icons";
import { localizer } from "./i18n";
import { formStyles, sharedStyles } from "./styles";
import type { HomeAssistant } from "./types";

/** A short message in Home Assistant's toast (the `hass-notification` event of its shell). */
export function toast(node: EventTarget, message: string): void {
  fire(node, "hass-notification", { message });
}

export class OdinDialog extends LitElement {
  @property({ type: Boolean, reflect: true }) open = false;
  @property() heading = "";
  /** Label of the close button (translated by the owner). */
  @property({ attribute: "close-label" }) closeLabel = "Close";
  /** Wider dialog (video player). */
  @property({ type: Boolean, reflect: true }) wide = false;
  /** A short question: stays a centred dialog on phones (not full screen). */
  @property({ type: Boolean, reflect: true }) compact = false;
  @query("dialog") private _dialog?: HTMLDialogElement;

  override updated(changed: PropertyValues): void {
    if (!changed.has("open") || !this._dialog) return;
    if (this.open && !this._dialog.open) this._dialog.showModal();
    else if (!this.open && this._dialog.open) this._dialog.close();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this._dialog?.open) this._dialog.close();
  }

  /** Closes the dialog; the owner hears `closed`. */
  close(): void {
    this.open = false;
  }

  private _onClose = () => {
    if (this.open) this.open = false;
    this.dispatchEvent(new CustomEvent("closed"));
  };

  override render() {
    return html`<dialog aria-labelledby="title" @close=${this._onClose}>
      <header>
        <h2 id="title" class="ellipsis">${this.heading}</h2>
        <button class="icon-btn" data-action="close-dialog" aria-label=${this.closeLabel} @click=${() => this.close()}>
          ${icon("close")}
        </button>
      </header>
      <div class="body"><slot></slot></div>
      <footer><slot name="actions"></slot></footer>
    </dialog>`;
  }

  static override styles = [
    sharedStyles,
    formStyles,
    css`
      dialog {
        border: none;
        padding: 0;
        border-radius: var(--ha-dialog-border-radius, 24px);
        background: var(--mdc-theme-surface, var(--card-background-color, #fff));
        color: var(--primary-text-color);
        width: min(560px, calc(100vw - 32px));
        max-width: calc(100vw - 32px);
        max-height: calc(100dvh - 48px);
        box-shadow: 0 8px 32px rgba(0, 0, 0, 0.35);
        overflow: hidden;
      }
      :host([wide]) dialog {
        width: min(960px, calc(100vw - 32px));
      }
      dialog[open] {
        display: flex;
        flex-direction: column;
      }
      dialog::backdrop {
        background: rgba(0, 0, 0, 0.5);
      }
      header {
        display: flex;
        align-items: center;
        gap: 8px;
        padding: 12px 8px 4px 24px;
        flex: 0 0 auto;
      }
      header h2 {
        flex: 1 1 auto;
        margin: 0;
        font-size: 1.25rem;
        font-weight: 400;
      }
      .body {
        padding: 8px 24px 16px;
        overflow: auto;
        flex: 1 1 auto;
        min-height: 0;
      }
      footer {
        display: flex;
        flex-wrap: wrap;
        justify-content: flex-end;
        gap: 8px;
        padding: 12px 24px 16px;
        border-top: 1px solid var(--divider-color, #e0e0e0);
        flex: 0 0 auto;
      }
      /* Phones: the dialog is the whole screen (inside the safe area); short questions are not. */
      @media (max-width: 600px) {
        :host(:not([compact])) dialog {
          width: 100vw;
          max-width: 100vw;
          height: 100dvh;
          max-height: 100dvh;
          margin: 0;
          border-radius: 0;
          padding-top: env(safe-area-inset-top);
          padding-bottom: env(safe-area-inset-bottom);
        }
        :host([wide]) dialog {
          width: 100vw;
        }
        :host([compact]) dialog {
          width: calc(100vw - 32px);
        }
        header {
          padding-left: 16px;
        }
        .body {
          padding: 8px 16px 16px;
        }
        footer {
          padding: 10px 16px 12px;
        }
      }
    `,
  ];
}

define("odin-dialog", OdinDialog);

export interface ConfirmRequest {
  heading: string;
  text: string;
  confirmLabel: string;
  /** Runs on confirm; a rejection is shown in the dialog (it stays open). */
  action: () => Promise<unknown>;
}

export class OdinConfirm extends LitElement {
  @property({ attribute: false }) hass?: HomeAssistant;
  @property({ attribute: false }) request?: ConfirmRequest;
  @state() private _busy = false;
  @state() private _error?: string;

  override willUpdate(changed: PropertyValues): void {
    if (changed.has("request")) {
      this._busy = false;
      this._error = undefined;
    }
  }

  /** Not bubbling: only the owner listens. */
  private _closed(): void {
    this.dispatchEvent(new CustomEvent("closed"));
  }

  private async _confirm(): Promise<void> {
    if (!this.request || this._busy) return;
    this._busy = true;
    this._error = undefined;
    try {
      await this.request.action();
      this._busy = false;
      this._closed();
    } catch (err) {
      this._busy = false;
      this._error = farmError(localizer(this.hass), err);
    }
  }

  override render() {
    const t = localizer(this.hass);
    const r = this.request;
    return html`<odin-dialog
      compact
      .open=${Boolean(r)}
      heading=${r?.heading ?? ""}
      close-label=${t("common.close")}
      data-dialog="confirm"
      @closed=${() => this._closed()}
    >
      <p>${r?.text ?? ""}</p>
      ${this._error ? html`<div class="notice error" role="alert">${this._error}</div>` : nothing}
      <button slot="actions" class="btn" @click=${() => this._closed()}>${t("common.cancel")}</button>
      <button slot="actions" class="btn primary danger" data-action="confirm" ?disabled=${this._busy} @click=${() => this._confirm()}>
        ${r?.confirmLabel ?? ""}
      </button>
    </odin-dialog>`;
  }

  static override styles = [sharedStyles, formStyles, css`p { margin: 0 0 12px; line-height: 1.5; }`];
}

define("odin-confirm", OdinConfirm);
