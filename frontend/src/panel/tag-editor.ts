// <odin-tag-editor>: edit one printer's tags (odin/tags/set) from the Fleet page.
import { LitElement, css, html, nothing, type PropertyValues } from "lit";
import { property, query, state } from "lit/decorators.js";
import { define } from "../common/define";
import "../common/dialog";
import { toast } from "../common/dialog";
import { farmError, setTags } from "../common/farm-api";
import { icon } from "../common/icons";
import { localizer } from "../common/i18n";
import { formStyles, sharedStyles } from "../common/styles";
import type { HomeAssistant, Printer } from "../common/types";

const MAX_TAGS = 32;
const MAX_LEN = 64;

/** Trimmed, inner whitespace collapsed (how the farm compares tags, case-insensitively). */
export function cleanTag(tag: string): string {
  return tag.trim().replace(/\s+/g, " ");
}

export class OdinTagEditor extends LitElement {
  @property({ attribute: false }) hass?: HomeAssistant;
  /** The printer being edited; undefined = closed. */
  @property({ attribute: false }) printer?: Printer;
  /** Tags in use anywhere in the farm (suggestions). */
  @property({ attribute: false }) known: string[] = [];
  @state() private _tags: string[] = [];
  @state() private _busy = false;
  @state() private _error?: string;
  @query('input[name="tag"]') private _input?: HTMLInputElement;

  /** The printer the draft belongs to (live updates of the same printer keep the draft). */
  private _for?: string;

  override willUpdate(changed: PropertyValues): void {
    if (changed.has("printer") && this.printer?.printer_id !== this._for) {
      this._for = this.printer?.printer_id;
      this._tags = [...(this.printer?.tags ?? [])];
      this._error = undefined;
      this._busy = false;
    }
  }

  private _has(tag: string): boolean {
    const key = tag.toLowerCase();
    return this._tags.some((t) => t.toLowerCase() === key);
  }

  private _add(raw: string): void {
    const t = localizer(this.hass);
    const tag = cleanTag(raw);
    if (!tag) return;
    if (tag.length > MAX_LEN) {
      this._error = t("tags.too_long", { max: MAX_LEN });
      return;
    }
    if (this._has(tag)) {
      this._error = undefined;
      if (this._input) this._input.value = "";
      return;
    }
    if (this._tags.length >= MAX_TAGS) {
      this._error = t("errors.too_many_tags", { max: MAX_TAGS });
      return;
    }
    this._tags = [...this._tags, tag];
    this._error = undefined;
    if (this._input) this._input.value = "";
  }

  private _remove(tag: string): void {
    this._tags = this._tags.filter((t) => t !== tag);
  }

  private async _save(): Promise<void> {
    if (!this.hass || !this.printer || this._busy) return;
    const pending = this._input?.value ?? "";
    if (cleanTag(pending)) this._add(pending);
    if (this._error) return;
    const t = localizer(this.hass);
    this._busy = true;
    try {
      await setTags(this.hass, this.printer.printer_id, this._tags);
      toast(this, t("tags.saved", { printer: this.printer.name }));
      this._close();
    } catch (err) {
      this._error = farmError(t, err);
    } finally {
      this._busy = false;
    }
  }

  private _close(): void {
    this.dispatchEvent(new CustomEvent("closed"));
  }

  override render() {
    const t = localizer(this.hass);
    const p = this.printer;
    const suggestions = this.known.filter((k) => !this._has(k)).sort((a, b) => a.localeCompare(b));
    return html`<odin-dialog
      .open=${Boolean(p)}
      heading=${p ? t("tags.heading", { printer: p.name }) : ""}
      close-label=${t("common.close")}
      data-dialog="tags"
      @closed=${() => this._close()}
    >
      ${
        p
          ? html`<p class="muted small">${t("tags.help")}</p>
            <div class="chips current" data-current-tags>
              ${
                this._tags.length
                  ? this._tags.map(
                      (tag) => html`<span class="tag-chip" data-tag=${tag}
                      ><span class="ellipsis">${tag}</span
                      ><button class="icon-btn" aria-label=${t("tags.remove", { tag })} data-remove=${tag} @click=${() => this._remove(tag)}>
                        ${icon("close")}
                      </button></span
                    >`,
                    )
                  : html`<span class="muted small">${t("tags.none")}</span>`
              }
            </div>
            <form
              class="add"
              @submit=${(e: Event) => {
                e.preventDefault();
                this._add(this._input?.value ?? "");
              }}
            >
              <label class="field">
                <span>${t("tags.new")}</span>
                <input name="tag" maxlength=${MAX_LEN} list="odin-known-tags" autocomplete="off" placeholder=" " />
              </label>
              <button class="btn" type="submit" data-action="add-tag">${icon("plus")}${t("tags.add")}</button>
            </form>
            <datalist id="odin-known-tags">${suggestions.map((s) => html`<option value=${s}></option>`)}</datalist>
            ${
              suggestions.length
                ? html`<div class="muted small sugg-label">${t("tags.suggestions")}</div>
                  <div class="chips">
                    ${suggestions.map(
                      (s) => html`<button class="chip" data-suggest=${s} @click=${() => this._add(s)}>+ ${s}</button>`,
                    )}
                  </div>`
                : nothing
            }
            ${this._error ? html`<div class="notice error" role="alert">${this._error}</div>` : nothing}`
          : nothing
      }
      <button slot="actions" class="btn" @click=${() => this._close()}>${t("common.cancel")}</button>
      <button slot="actions" class="btn primary" data-action="save-tags" ?disabled=${this._busy} @click=${() => this._save()}>
        ${t("common.save")}
      </button>
    </odin-dialog>`;
  }

  static override styles = [
    sharedStyles,
    formStyles,
    css`
      p {
        margin: 0 0 12px;
      }
      .current {
        margin-bottom: 16px;
        min-height: 44px;
        align-items: center;
      }
      .tag-chip {
        display: inline-flex;
        align-items: center;
        max-width: 100%;
        min-height: 44px;
        padding-left: 14px;
        border-radius: 22px;
        background: rgba(var(--rgb-primary-color, 3, 169, 244), 0.15);
        color: var(--primary-color);
        font-weight: 500;
      }
      .tag-chip .icon-btn {
        color: inherit;
      }
      form.add {
        flex-direction: row;
        align-items: flex-end;
        gap: 8px;
      }
      form.add label {
        flex: 1 1 auto;
      }
      .sugg-label {
        margin: 14px 0 6px;
      }
      .notice {
        margin-top: 12px;
      }
    `,
  ];
}

define("odin-tag-editor", OdinTagEditor);
