// Files: upload a print file (progress bar; admins), the stored files (odin/files/list), a file's
// metadata and which farm printers fit it (odin/files/get), "Queue this file" (odin/queue/add
// with file_hash).
import { css, html, nothing } from "lit";
import { state } from "lit/decorators.js";
import { define, navigate } from "../common/define";
import { OdinPage } from "../common/page";
import "../common/dialog";
import { toast } from "../common/dialog";
import { addJob, farmError, fetchQueue } from "../common/farm-api";
import type { StoredFile, StoredFileDetail } from "../common/api-types";
import { fetchFile, fetchFiles, uploadErrorText, uploadFile, UPLOAD_EXTENSIONS } from "../common/files-api";
import { fmtDateTime, fmtDuration, fmtInt, fmtNozzle, fmtNum } from "../common/format";
import { chipChoices, readNumber, readText, selectInput, submitData, textInput } from "../common/form";
import { icon } from "../common/icons";
import { localizer, type Localize } from "../common/i18n";
import { formStyles, sharedStyles } from "../common/styles";
import type { QueuePrinter } from "../common/types";

function fmtSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** "Bambu Lab X1 Carbon" / "X1C" / "BL-P001" → a comparable key (the server matches exactly). */
const ALIASES: Record<string, string> = {
  x1carbon: "x1c",
  blp001: "x1c",
  blp002: "x1",
  c11: "p1p",
  c12: "p1s",
  c13: "x1e",
  n1: "a1mini",
  n2s: "a1",
  originalprusamk4s: "mk4s",
  originalprusamk4: "mk4",
};
function modelKey(m: string | null | undefined): string {
  const k = String(m ?? "")
    .toLowerCase()
    .replace(/^bambu ?lab /, "")
    .replace(/^original prusa /, "")
    .replace(/[^a-z0-9]/g, "");
  return ALIASES[k] ?? k;
}

export function printersFitting(file: StoredFileDetail, printers: QueuePrinter[]): QueuePrinter[] {
  const keys = new Set([...file.compatible_models, file.metadata.printer_model ?? ""].filter(Boolean).map(modelKey));
  return printers.filter((p) => p.model && keys.has(modelKey(p.model)));
}

export class OdinFilesPage extends OdinPage {
  @state() private _files?: StoredFile[];
  @state() private _printers: QueuePrinter[] = [];
  @state() private _detail?: StoredFileDetail;
  @state() private _uploading?: { name: string; fraction: number };
  @state() private _uploadError?: string;
  @state() private _queueing = false;
  @state() private _notice?: string;
  private get _isAdmin(): boolean {
    return Boolean(this.hass?.user?.is_admin);
  }

  protected override async load(current: () => boolean): Promise<void> {
    if (!this.hass) return;
    const [files, queue] = await Promise.all([fetchFiles(this.hass), fetchQueue(this.hass, false)]);
    if (!current()) return;
    this._files = files.sort((a, b) => b.created_at.localeCompare(a.created_at));
    this._printers = queue.printers;
  }

  private async _open(hash: string): Promise<void> {
    if (!this.hass) return;
    try {
      this._detail = await fetchFile(this.hass, hash);
    } catch (err) {
      this._notice = farmError(localizer(this.hass), err);
    }
  }

  private async _upload(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file || !this.hass) return;
    const t = localizer(this.hass);
    this._uploadError = undefined;
    this._uploading = { name: file.name, fraction: 0 };
    try {
      const res = await uploadFile(this.hass, file, (fraction) => {
        this._uploading = { name: file.name, fraction };
      });
      const text = t(res.created ? "files.uploaded" : "files.already", { name: res.file.name });
      this._notice = text;
      toast(this, text);
      await this.reload();
      this._detail = res.file;
    } catch (err) {
      this._uploadError = uploadErrorText(t, err);
    } finally {
      this._uploading = undefined;
      input.value = "";
    }
  }

  private async _submitQueue(e: Event): Promise<void> {
    const fd = submitData(e);
    const file = this._detail;
    if (!fd || !file || !this.hass || this.busy) return;
    const t = localizer(this.hass);
    await this.submit(async (hass) => {
      const jobs = await addJob(hass, {
        file: file.name,
        file_hash: file.hash,
        name: readText(fd, "name"),
        quantity: readNumber(fd, "quantity"),
        priority: readNumber(fd, "priority"),
        printer_id: readText(fd, "printer_id"),
        tags_any: fd.getAll("tags_any").map(String),
        options: readNumber(fd, "plate") ? { plate: readNumber(fd, "plate") as number } : undefined,
      });
      this._queueing = false;
      const text = t("files.queued", { n: fmtInt(hass, jobs.length) });
      this._notice = text;
      toast(this, text);
      this.dispatchEvent(new CustomEvent("jobs-queued", { detail: { jobs }, bubbles: true, composed: true }));
    });
  }

  // ------------------------------------------------------------------------------ render

  private _uploadCard(t: Localize) {
    if (!this._isAdmin) return html`<div class="card muted" data-denied="upload">${t("files.admin_only")}</div>`;
    const up = this._uploading;
    const pct = up ? Math.round(up.fraction * 100) : 0;
    return html`<div class="card upload" data-section="upload">
      <label class="btn primary upload-btn ${up ? "disabled" : ""}">
        ${icon("plus")}<span>${t("files.upload")}</span>
        <input type="file" name="file" accept=${UPLOAD_EXTENSIONS.join(",")} ?disabled=${Boolean(up)} @change=${(e: Event) => this._upload(e)} />
      </label>
      <span class="muted small">${t("files.hint")}</span>
      ${
        up
          ? html`<div class="uploading" role="status" data-upload-progress=${pct}>
            <div class="small">${t("files.uploading", { name: up.name, percent: `${pct} %` })}</div>
            <div class="progress" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow=${pct}><div style="width:${pct}%"></div></div>
          </div>`
          : nothing
      }
      ${this._uploadError ? html`<div class="notice error" role="alert" data-upload-error>${this._uploadError}</div>` : nothing}
    </div>`;
  }

  private _detailView(t: Localize, f: StoredFileDetail) {
    const m = f.metadata;
    const fits = printersFitting(f, this._printers);
    const row = (label: string, value: unknown, field: string) =>
      value === null || value === undefined || value === ""
        ? nothing
        : html`<div class="kv"><dt>${label}</dt><dd data-field=${field}>${value}</dd></div>`;
    return html`<section class="card detail" data-file-detail=${f.hash}>
      <div class="detail-head">
        <h2 class="ellipsis" data-field="name">${f.name}</h2>
        <button class="icon-btn" data-action="close-detail" aria-label=${t("files.close_details")} @click=${() => (this._detail = undefined)}>${icon("close")}</button>
      </div>
      <dl>
        ${row(t("files.slicer"), [m.slicer, m.slicer_version].filter(Boolean).join(" "), "slicer")}
        ${row(t("files.printer_model"), m.printer_model, "printer_model")}
        ${row(t("files.profile"), m.printer_profile, "profile")}
        ${row(t("files.nozzle"), m.nozzle_mm != null ? fmtNozzle(this.hass, m.nozzle_mm) : null, "nozzle")}
        ${row(t("files.size"), fmtSize(f.size), "size")}
        ${row(t("files.kind"), f.kind, "kind")}
        <div class="kv"><dt>${t("files.compatible")}</dt><dd data-field="compatible">${f.compatible_models.map((m) => html`<span class="pill" data-model=${m}>${m}</span>`)}</dd></div>
        <div class="kv"><dt>${t("files.fits")}</dt><dd data-field="fits">
          ${
            fits.length
              ? fits.map((p) => html`<span class="pill ok" data-printer-id=${p.printer_id}>${p.name}</span>`)
              : html`<span class="muted">${t("files.no_fit")}</span>`
          }
        </dd></div>
      </dl>
      <h3>${t("files.plates")}</h3>
      <ul class="plates">
        ${m.plates.map(
          (p) => html`<li data-plate=${p.index}>
            <strong>${t("files.plate_n", { n: p.index })}</strong>
            ${p.sliced ? nothing : html`<span class="pill warn">${t("files.not_sliced")}</span>`}
            <span data-field="estimate">${t("files.estimate")}: ${fmtDuration(p.estimate_s)}</span>
            <span data-field="filaments">${t("files.filaments")}:
              ${p.filaments.map(
                (fl) =>
                  html`<span class="fil">${fl.color ? html`<span class="swatch" style="background:${fl.color}"></span>` : nothing}${fl.type ?? "?"}${fl.grams != null ? ` ${fmtNum(this.hass, fl.grams, 1)} g` : ""}</span>`,
              )}</span>
            ${
              p.bbox && p.bbox.length === 4
                ? html`<span data-field="bbox">${t("files.bbox")}: ${fmtNum(this.hass, p.bbox[2] - p.bbox[0], 0)} × ${fmtNum(this.hass, p.bbox[3] - p.bbox[1], 0)} mm</span>`
                : nothing
            }
          </li>`,
        )}
      </ul>
      <div class="actions">
        <button class="btn primary" data-action="queue-file" @click=${() => {
          this.formError = undefined;
          this._queueing = true;
        }}>${icon("queue")}${t("files.queue")}</button>
      </div>
    </section>`;
  }

  private _queueDialog(t: Localize) {
    const f = this._detail;
    const fits = f ? printersFitting(f, this._printers) : [];
    const tags = [...new Set(this._printers.flatMap((p) => p.tags))].sort((a, b) => a.localeCompare(b));
    return html`<odin-dialog
      .open=${this._queueing && Boolean(f)}
      heading=${f ? t("files.queue_heading", { name: f.name }) : ""}
      close-label=${t("common.close")}
      data-dialog="queue-file"
      @closed=${() => (this._queueing = false)}
    >
      ${
        this._queueing && f
          ? html`<form id="queue-file-form" novalidate @submit=${(e: Event) => this._submitQueue(e)}>
            <div class="form-grid">
              ${textInput(t("jobs.name"), "name", "", { maxlength: 255, hint: t("jobs.name_hint") })}
              ${textInput(t("jobs.quantity"), "quantity", 1, { type: "number", min: 1, max: 50, step: 1, required: true, inputmode: "numeric" })}
              ${textInput(t("jobs.priority"), "priority", 0, { type: "number", min: -100, max: 100, step: 1, inputmode: "numeric", hint: t("jobs.priority_hint") })}
              ${selectInput(t("jobs.printer"), "printer_id", fits.length === 1 ? fits[0].printer_id : "", [
                { value: "", label: t("queue.any_printer") },
                ...this._printers.map((p) => ({
                  value: p.printer_id,
                  label: `${p.name}${p.model ? ` (${p.model})` : ""}`,
                })),
              ])}
              ${
                f.metadata.plates.length > 1
                  ? selectInput(
                      t("files.plates"),
                      "plate",
                      "1",
                      f.metadata.plates.map((p) => ({
                        value: String(p.index),
                        label: t("files.plate_n", { n: p.index }),
                      })),
                    )
                  : nothing
              }
              ${tags.length ? chipChoices(t("jobs.tags_any"), "tags_any", tags, []) : nothing}
            </div>
            ${this.formError ? html`<div class="notice error" role="alert">${this.formError}</div>` : nothing}
          </form>`
          : nothing
      }
      <button slot="actions" class="btn" @click=${() => (this._queueing = false)}>${t("common.cancel")}</button>
      <button slot="actions" class="btn primary" type="submit" form="queue-file-form" data-action="submit-queue-file" ?disabled=${this.busy}>${t("queue.add_submit")}</button>
    </odin-dialog>`;
  }

  override render() {
    const t = localizer(this.hass);
    const files = this._files;
    return html`
      ${this._uploadCard(t)}
      ${
        this._notice
          ? html`<div class="notice success banner" role="status" data-notice>
            <span>${this._notice}</span>
            <a class="inline-link" href="${this.base}/queue" @click=${(e: Event) => {
              e.preventDefault();
              navigate(`${this.base}/queue`);
            }}>${t("files.open_queue")}</a>
            <button class="icon-btn" aria-label=${t("common.close")} @click=${() => (this._notice = undefined)}>${icon("close")}</button>
          </div>`
          : nothing
      }
      ${this.error ? html`<div class="card center error-text" role="alert">${t("panel.error", { error: this.error })}</div>` : nothing}
      ${this._detail ? this._detailView(t, this._detail) : nothing}
      <div class="section-title"><h2>${t("files.title")}</h2></div>
      ${
        !files
          ? html`<div class="center muted">${t("panel.loading")}</div>`
          : files.length
            ? html`<ul class="files" data-list="files">
              ${files.map(
                (
                  f,
                ) => html`<li class="card file ${this._detail?.hash === f.hash ? "selected" : ""}" data-hash=${f.hash}>
                  <button class="file-btn" data-action="open-file" @click=${() => this._open(f.hash)}>
                    <span class="name ellipsis">${f.name}</span>
                    <span class="muted small ellipsis">${f.compatible_models.join(", ") || "–"} · ${fmtSize(f.size)} · ${fmtDateTime(this.hass, f.created_at)}</span>
                  </button>
                </li>`,
              )}
            </ul>`
            : html`<div class="card center muted" data-empty="files">${t("files.empty")}</div>`
      }
      ${this._queueDialog(t)}
    `;
  }

  static override styles = [
    sharedStyles,
    formStyles,
    css`
      :host {
        display: block;
      }
      .upload {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 10px 14px;
        padding: 12px 14px;
        margin-bottom: 14px;
      }
      .upload-btn {
        position: relative;
        cursor: pointer;
        min-height: 48px;
      }
      .upload-btn input {
        position: absolute;
        inset: 0;
        opacity: 0;
        cursor: pointer;
        width: 100%;
        height: 100%;
        margin: 0;
      }
      .upload-btn.disabled {
        opacity: 0.6;
        pointer-events: none;
      }
      .uploading {
        flex: 1 1 100%;
        display: grid;
        gap: 6px;
      }
      ul.files {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 360px), 1fr));
        gap: var(--odin-gap);
      }
      .file {
        padding: 0;
        min-width: 0;
      }
      .file.selected {
        border-color: var(--primary-color);
      }
      .file-btn {
        display: grid;
        gap: 2px;
        width: 100%;
        min-height: 56px;
        padding: 10px 14px;
        border: none;
        background: none;
        color: inherit;
        font: inherit;
        text-align: left;
        cursor: pointer;
        min-width: 0;
      }
      .name {
        font-weight: 500;
      }
      .detail {
        padding: 12px 14px;
        margin-bottom: 16px;
        min-width: 0;
      }
      .detail-head {
        display: flex;
        align-items: center;
        gap: 8px;
        min-width: 0;
      }
      .detail-head h2 {
        flex: 1 1 auto;
        margin: 0;
        font-size: 1.1rem;
        min-width: 0;
      }
      dl {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 260px), 1fr));
        gap: 6px 16px;
        margin: 8px 0;
      }
      .kv {
        min-width: 0;
      }
      dt {
        font-size: 0.8rem;
        color: var(--secondary-text-color);
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
        display: flex;
        flex-wrap: wrap;
        gap: 4px;
      }
      .pill.ok {
        border-color: var(--success-color, #43a047);
      }
      .pill.warn {
        border-color: var(--warning-color, #ffa600);
      }
      h3 {
        font-size: 0.95rem;
        margin: 10px 0 4px;
      }
      ul.plates {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 6px;
      }
      ul.plates li {
        display: flex;
        flex-wrap: wrap;
        gap: 4px 12px;
        font-size: 0.9rem;
        padding: 6px 0;
        border-bottom: 1px solid var(--divider-color, #e0e0e0);
      }
      .fil {
        display: inline-flex;
        align-items: center;
        gap: 4px;
        margin-right: 6px;
      }
      .swatch {
        width: 12px;
        height: 12px;
        border-radius: 50%;
        border: 1px solid var(--divider-color, #ccc);
      }
      .actions {
        display: flex;
        justify-content: flex-end;
        margin-top: 10px;
      }
      .banner {
        display: flex;
        align-items: center;
        gap: 8px;
        margin-bottom: 14px;
        padding: 4px 4px 4px 12px;
      }
      .banner span {
        flex: 1 1 auto;
      }
      .inline-link {
        display: inline-flex;
        align-items: center;
        min-height: 44px;
        padding: 0 8px;
        color: var(--primary-color);
        text-decoration: none;
        font-weight: 500;
      }
    `,
  ];
}

define("odin-files-page", OdinFilesPage);
