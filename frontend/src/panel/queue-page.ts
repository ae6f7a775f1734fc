// Queue: the print queue in order with each job's constraints and the scheduler's word on why it
// waits (odin/queue/list); add, move, cancel, "Save as preset".
import { css, html, nothing } from "lit";
import { state } from "lit/decorators.js";
import { define, navigate } from "../common/define";
import { OdinPage } from "../common/page";
import { SubscribeMixin, type Unsubscribe } from "../common/subscribe-mixin";
import "../common/dialog";
import { toast } from "../common/dialog";
import { addJob, cancelJob, fetchQueue, farmError, reorderJob, savePresetFromJob } from "../common/farm-api";
import type { DispatchPrinterResult, GuardReason, SendProgress } from "../common/api-types";
import { dispatchNext, guardText, subscribeDispatch } from "../common/files-api";
import { fmtDateTime, fmtDuration, fmtInt, fmtNozzle } from "../common/format";
import {
  chipChoices,
  datalist,
  optionFields,
  readNumber,
  readOptions,
  readText,
  selectInput,
  submitData,
  textArea,
  textInput,
} from "../common/form";
import { icon } from "../common/icons";
import { localizer, type Localize } from "../common/i18n";
import { optionPills, constraintPills, decisionText, NOZZLES, COMMON_MATERIALS } from "../common/job-format";
import { formStyles, sharedStyles } from "../common/styles";
import type { Job, QueueList } from "../common/types";

const REFRESH_MS = 10_000;

function reasonColor(reason: string): string {
  switch (reason) {
    case "proposed":
      return "var(--success-color, #43a047)";
    case "no_printers":
    case "no_printer_fits":
      return "var(--error-color, #db4437)";
    case "printers_in_error":
    case "filament_not_loaded":
      return "var(--warning-color, #ffa600)";
    default:
      return "var(--info-color, #039be5)";
  }
}

function jobStatusColor(status: string): string {
  switch (status) {
    case "printing":
    case "assigned":
      return "var(--info-color, #039be5)";
    case "done":
      return "var(--success-color, #43a047)";
    case "failed":
      return "var(--error-color, #db4437)";
    case "cancelled":
      return "var(--secondary-text-color, #727272)";
    default:
      return "var(--primary-color, #03a9f4)";
  }
}

/** "Gear (1/3)" → "Gear": the default name of a preset saved from a job. */
const baseName = (name: string) => name.replace(/\s*\(\d+\/\d+\)\s*$/, "");

export class OdinQueuePage extends SubscribeMixin(OdinPage) {
  @state() private _data?: QueueList;
  @state() private _adding = false;
  @state() private _presetFrom?: Job;
  @state() private _moving?: number;
  @state() private _notice?: { text: string; link?: string; linkLabel?: string };
  @state() private _new = new Set<number>();
  @state() private _progress = new Map<number, SendProgress>();
  /** Result of the last "Dispatch now" / "Dry run" per job. */
  @state() private _dispatch = new Map<number, { dryRun: boolean; results: DispatchPrinterResult[]; error?: string }>();
  @state() private _dispatching?: number;
  private _timer?: number;

  override connectedCallback(): void {
    super.connectedCallback();
    this._timer = window.setInterval(() => {
      if (!document.hidden) void this.reload();
    }, REFRESH_MS);
    if (this._data) void this.reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.clearInterval(this._timer);
  }

  protected override hassSubscribe(): Promise<Unsubscribe>[] {
    if (!this.hass) return [];
    return [
      subscribeDispatch(this.hass, (p) => {
        const next = new Map(this._progress);
        next.set(p.job_id, p);
        this._progress = next;
        if (p.stage === "started" || p.percent >= 100) void this.reload();
      }),
    ];
  }

  private get _isAdmin(): boolean {
    return Boolean(this.hass?.user?.is_admin);
  }

  /** The printer a "Dispatch now" on this job goes to: its printer constraint, else the proposed one. */
  private _dispatchPrinter(job: Job): string | null {
    return job.constraints.printer_id ?? job.decision?.printer_id ?? null;
  }

  private async _dispatchJob(job: Job, dryRun: boolean): Promise<void> {
    const printerId = this._dispatchPrinter(job);
    if (!this.hass || !printerId || this._dispatching !== undefined) return;
    const t = localizer(this.hass);
    this._dispatching = job.job_id;
    const next = new Map(this._dispatch);
    try {
      const res = await dispatchNext(this.hass, printerId, dryRun);
      next.set(job.job_id, { dryRun, results: res.printers });
      const started = res.printers.some((p) => p.result === "started");
      if (started)
        toast(
          this,
          t("queue.dispatch_ui.result.started", {
            printer: res.printers[0]?.name ?? "",
            file: res.printers[0]?.remote_name ?? res.printers[0]?.file?.name ?? "",
          }),
        );
    } catch (err) {
      next.set(job.job_id, { dryRun, results: [], error: farmError(t, err) });
    } finally {
      this._dispatch = next;
      this._dispatching = undefined;
    }
    await this.reload();
  }

  private _reasons(t: Localize, reasons: GuardReason[], printer: string) {
    return html`<ul class="guard">
      ${reasons.map((r) => html`<li data-code=${r.code}>${guardText(t, r, printer)}</li>`)}
    </ul>`;
  }

  private _dispatchResult(t: Localize, job: Job) {
    const d = this._dispatch.get(job.job_id);
    if (!d) return nothing;
    if (d.error) return html`<div class="notice error" role="alert" data-dispatch-result="error">${d.error}</div>`;
    return d.results.map((r) => {
      const ok = r.result === "started" || r.result === "would_send";
      const reasons: GuardReason[] =
        r.reasons ?? (r.reason ? [{ code: r.reason, check: null, message: r.reason, placeholders: {} }] : []);
      return html`<div class="notice ${ok ? "success" : "error"} dispatch-result" role="status" data-dispatch-result=${r.result} data-printer-id=${r.printer_id} data-job-id=${r.job_id ?? ""}>
        <div>${t(`queue.dispatch_ui.result.${r.result}`, { printer: r.name, file: r.remote_name ?? r.file?.name ?? job.file })}</div>
        ${r.job_id !== undefined && r.job_id !== job.job_id && r.job ? html`<div class="small">${t("queue.dispatch_ui.other_job", { job: r.job })}</div>` : nothing}
        ${!ok && reasons.length ? this._reasons(t, reasons, r.name) : nothing}
      </div>`;
    });
  }

  private _fileInfo(t: Localize, job: Job) {
    const f = job.file_info;
    if (!f) return nothing;
    const parts = [
      f.printer_model,
      f.nozzle_mm != null ? fmtNozzle(this.hass, f.nozzle_mm) : null,
      f.estimate_s != null ? fmtDuration(f.estimate_s) : null,
      f.filament_types?.length ? f.filament_types.join(", ") : null,
      f.plate && f.plate > 1 ? t("files.plate_n", { n: f.plate }) : null,
    ].filter(Boolean);
    return html`<div class="muted small file-info" data-field="file_info" data-hash=${f.hash ?? ""}>${icon("files")}<span>${parts.join(" · ")}</span></div>`;
  }

  private _lastReport(t: Localize, job: Job) {
    const r = job.last_report;
    if (!r || !["refused", "upload_failed", "failed"].includes(r.result)) return nothing;
    const printer = job.printer_name ?? this._printerName(this._dispatchPrinter(job));
    const reasons: GuardReason[] =
      r.reasons ?? (r.reason ? [{ code: "", check: null, message: r.reason, placeholders: {} }] : []);
    return html`<div class="report" data-field="last_report" data-result=${r.result}>
      <strong>${t(`queue.dispatch_ui.last_report.${r.result}`)}</strong>
      ${r.ts ? html`<span class="muted small">${fmtDateTime(this.hass, r.ts)}</span>` : nothing}
      ${this._reasons(t, reasons, printer)}
    </div>`;
  }

  private _sendProgress(t: Localize, job: Job) {
    const p = this._progress.get(job.job_id) ?? job.progress;
    if (!p || !(job.status === "assigned" || job.status === "printing" || job.status === "queued")) return nothing;
    if (job.status === "printing" && (p.percent ?? 0) >= 100) return nothing;
    const pct = Math.max(0, Math.min(100, Math.round(p.percent ?? 0)));
    return html`<div class="sending" data-field="progress" data-percent=${pct}>
      <div class="small">${t("queue.dispatch_ui.sending", { percent: `${pct} %` })}</div>
      <div class="progress" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow=${pct}><div style="width:${pct}%"></div></div>
    </div>`;
  }

  protected override async load(current: () => boolean): Promise<void> {
    if (!this.hass) return;
    const data = await fetchQueue(this.hass, true);
    if (current()) this._data = data;
  }

  private _printerName(id: string | null): string {
    if (!id) return "";
    return this._data?.printers.find((p) => p.printer_id === id)?.name ?? id;
  }

  // ------------------------------------------------------------------------------ actions

  private async _submitJob(e: Event): Promise<void> {
    const fd = submitData(e);
    if (!fd || !this.hass || this.busy) return;
    const t = localizer(this.hass);
    await this.submit(async (hass) => {
      const jobs = await addJob(hass, {
        file: readText(fd, "file") ?? "",
        name: readText(fd, "name"),
        quantity: readNumber(fd, "quantity"),
        priority: readNumber(fd, "priority"),
        printer_id: readText(fd, "printer_id"),
        tags_any: fd.getAll("tags_any").map(String),
        tags_all: fd.getAll("tags_all").map(String),
        model: readText(fd, "model"),
        filament: readText(fd, "filament"),
        nozzle_mm: readNumber(fd, "nozzle_mm"),
        notes: readText(fd, "notes"),
        options: readOptions(fd),
      });
      this._adding = false;
      this._new = new Set(jobs.map((j) => j.job_id));
      const text = t("queue.added", { n: fmtInt(hass, jobs.length) });
      this._notice = { text };
      toast(this, text);
      await this.reload();
    });
  }

  private async _move(job: Job, delta: -1 | 1): Promise<void> {
    if (!this.hass || !this._data || this._moving !== undefined) return;
    const queued = this._data.items.filter((j) => j.status === "queued");
    const i = queued.findIndex((j) => j.job_id === job.job_id);
    const target = i + delta;
    if (i < 0 || target < 0 || target >= queued.length) return;
    const after = delta < 0 ? (target === 0 ? null : queued[target - 1].job_id) : queued[target].job_id;
    this._moving = job.job_id;
    try {
      await reorderJob(this.hass, job.job_id, after);
      await this.reload();
    } catch (err) {
      this._notice = { text: farmError(localizer(this.hass), err) };
    } finally {
      this._moving = undefined;
    }
  }

  private _askCancel(job: Job): void {
    const t = localizer(this.hass);
    this.confirmRequest = {
      heading: t("queue.cancel_heading"),
      text: t("queue.cancel_text", { name: job.name }),
      confirmLabel: t("queue.cancel_job"),
      action: async () => {
        if (!this.hass) return;
        await cancelJob(this.hass, job.job_id);
        toast(this, t("queue.cancelled", { name: job.name }));
        await this.reload();
      },
    };
  }

  private async _submitPreset(e: Event): Promise<void> {
    const fd = submitData(e);
    const job = this._presetFrom;
    if (!fd || !job || !this.hass || this.busy) return;
    const t = localizer(this.hass);
    await this.submit(async (hass) => {
      const preset = await savePresetFromJob(hass, readText(fd, "preset_name") ?? "", job.job_id);
      this._presetFrom = undefined;
      const text = t("queue.preset_saved", { name: preset.name });
      this._notice = { text, link: `${this.base}/presets`, linkLabel: t("queue.open_presets") };
      toast(this, text);
    });
  }

  // ------------------------------------------------------------------------------ render

  private _decision(t: Localize, job: Job) {
    const d = job.decision;
    if (!d) return nothing;
    const text = decisionText(t, job, d, (id) => this._printerName(id));
    const fitting = d.printers.length;
    return html`<div class="decision" data-reason=${d.reason} style="--badge-color:${reasonColor(d.reason)}">
        <span class="dot" aria-hidden="true"></span><span>${text}</span>
      </div>
      ${
        fitting || d.notes.length
          ? html`<details class="why">
            <summary>${t("queue.why", { n: fmtInt(this.hass, fitting) })}</summary>
            ${
              fitting
                ? html`<ul class="checks">
                  ${d.printers.map(
                    (p) => html`<li data-printer-id=${p.printer_id}>
                      <strong>${p.name || this._printerName(p.printer_id)}</strong>
                      <span class="muted">${p.checks.length ? p.checks.map((c) => t(`queue.check.${c}`)).join(" · ") : t("queue.check.ok")}</span>
                    </li>`,
                  )}
                </ul>`
                : nothing
            }
            ${d.notes.map((n) => html`<div class="muted small">${t(`queue.note.${n}`)}</div>`)}
          </details>`
          : nothing
      }`;
  }

  private _job(t: Localize, job: Job, index: number, queued: Job[]) {
    const isQueued = job.status === "queued";
    const active = job.status === "assigned" || job.status === "printing";
    const cancellable = isQueued || job.status === "assigned";
    const pills = [
      ...constraintPills(t, job.constraints, (id) => this._printerName(id)),
      ...optionPills(t, job.options),
    ];
    return html`<li class="card job ${this._new.has(job.job_id) ? "new" : ""}" data-job-id=${job.job_id} data-status=${job.status}>
      <div class="job-head">
        ${
          isQueued
            ? html`<span class="order" title=${t("queue.position")} aria-label=${t("queue.position_n", { n: index + 1 })}>${index + 1}</span>`
            : nothing
        }
        <div class="title">
          <div class="name ellipsis" data-field="name">${job.name}</div>
          <div class="muted small ellipsis" data-field="file">${job.file}</div>
        </div>
        ${
          isQueued
            ? job.priority
              ? html`<span class="pill" data-field="priority">${t("queue.priority_n", { n: job.priority > 0 ? `+${job.priority}` : job.priority })}</span>`
              : nothing
            : html`<span class="badge" style="--badge-color:${jobStatusColor(job.status)}" data-field="status">${t(`queue.status.${job.status}`)}</span>`
        }
      </div>
      <div class="pills" data-field="constraints">${pills.length ? pills : html`<span class="pill">${t("queue.any_printer")}</span>`}</div>
      ${this._fileInfo(t, job)}
      ${isQueued ? this._decision(t, job) : nothing}
      ${isQueued ? this._lastReport(t, job) : nothing}
      ${this._sendProgress(t, job)}
      ${this._dispatchResult(t, job)}
      ${
        active && job.printer_id
          ? html`<div class="small">${t("queue.on_printer", { printer: job.printer_name ?? this._printerName(job.printer_id) })}</div>`
          : nothing
      }
      ${job.notes ? html`<div class="small notes">${job.notes}</div>` : nothing}
      <div class="muted small meta">
        ${
          job.ended_at
            ? t("queue.ended", { when: fmtDateTime(this.hass, job.ended_at) })
            : t("queue.added_by", {
                who: job.created_by ?? t("audit.system"),
                when: fmtDateTime(this.hass, job.created_at),
              })
        }
      </div>
      <div class="job-actions">
        ${
          isQueued
            ? html`<button
                class="icon-btn"
                data-action="up"
                aria-label=${t("queue.move_up")}
                ?disabled=${index === 0 || this._moving !== undefined}
                @click=${() => this._move(job, -1)}
              >
                ${icon("up")}
              </button>
              <button
                class="icon-btn"
                data-action="down"
                aria-label=${t("queue.move_down")}
                ?disabled=${index === queued.length - 1 || this._moving !== undefined}
                @click=${() => this._move(job, 1)}
              >
                ${icon("down")}
              </button>`
            : nothing
        }
        <span class="spacer"></span>
        ${
          isQueued && this._isAdmin && this._dispatchPrinter(job)
            ? html`<button
                class="btn"
                data-action="dry-run"
                aria-label=${t("queue.dispatch_ui.dry_run_named", { name: job.name })}
                title=${t("queue.dispatch_ui.dispatch_on", { printer: this._printerName(this._dispatchPrinter(job)) })}
                ?disabled=${this._dispatching !== undefined}
                @click=${() => this._dispatchJob(job, true)}
              >
                ${t("queue.dispatch_ui.dry_run")}
              </button>
              <button
                class="btn primary"
                data-action="dispatch"
                aria-label=${t("queue.dispatch_ui.dispatch_named", { name: job.name })}
                title=${t("queue.dispatch_ui.dispatch_on", { printer: this._printerName(this._dispatchPrinter(job)) })}
                ?disabled=${this._dispatching !== undefined}
                @click=${() => this._dispatchJob(job, false)}
              >
                ${icon("send")}${t("queue.dispatch_ui.dispatch")}
              </button>`
            : nothing
        }
        <button class="btn" data-action="save-preset" @click=${() => {
          this.formError = undefined;
          this._presetFrom = job;
        }}>${icon("save")}${t("queue.save_as_preset")}</button>
        ${
          cancellable
            ? html`<button class="btn danger" data-action="cancel" aria-label=${t("queue.cancel_named", { name: job.name })} @click=${() => this._askCancel(job)}>${icon("close")}${t("queue.cancel_short")}</button>`
            : nothing
        }
      </div>
    </li>`;
  }

  private _addDialog(t: Localize) {
    const printers = this._data?.printers ?? [];
    const tags = [...new Set(printers.flatMap((p) => p.tags))].sort((a, b) => a.localeCompare(b));
    const models = [...new Set(printers.map((p) => p.model).filter((m): m is string => Boolean(m)))].sort();
    const filaments = [...printers.flatMap((p) => p.filaments ?? []), ...COMMON_MATERIALS];
    const files = (this._data?.items ?? []).map((j) => j.file);
    return html`<odin-dialog
      .open=${this._adding}
      heading=${t("queue.add_heading")}
      close-label=${t("common.close")}
      data-dialog="add-job"
      @closed=${() => (this._adding = false)}
    >
      ${
        this._adding
          ? html`<form id="job-form" novalidate @submit=${(e: Event) => this._submitJob(e)}>
            <div class="form-grid">
              ${textInput(t("jobs.file"), "file", "", { required: true, maxlength: 512, list: "odin-files", full: true, hint: t("jobs.file_hint") })}
              ${textInput(t("jobs.name"), "name", "", { maxlength: 255, hint: t("jobs.name_hint") })}
              ${textInput(t("jobs.quantity"), "quantity", 1, { type: "number", min: 1, max: 50, step: 1, required: true, inputmode: "numeric" })}
              ${textInput(t("jobs.priority"), "priority", 0, { type: "number", min: -100, max: 100, step: 1, inputmode: "numeric", hint: t("jobs.priority_hint") })}
              ${selectInput(t("jobs.printer"), "printer_id", "", [
                { value: "", label: t("queue.any_printer") },
                ...printers.map((p) => ({ value: p.printer_id, label: p.name })),
              ])}
              ${selectInput(t("jobs.model"), "model", "", [{ value: "", label: t("jobs.any_model") }, ...models.map((m) => ({ value: m, label: m }))])}
              ${textInput(t("jobs.filament"), "filament", "", { maxlength: 64, list: "odin-filaments" })}
              ${selectInput(t("jobs.nozzle"), "nozzle_mm", "", [
                { value: "", label: t("jobs.any_nozzle") },
                ...NOZZLES.map((n) => ({ value: String(n), label: `${n} mm` })),
              ])}
              ${tags.length ? chipChoices(t("jobs.tags_any"), "tags_any", tags, []) : nothing}
              ${tags.length ? chipChoices(t("jobs.tags_all"), "tags_all", tags, []) : nothing}
              ${textArea(t("jobs.notes"), "notes", "", { maxlength: 2000 })}
              ${optionFields(t, {})}
            </div>
            ${datalist("odin-files", files)} ${datalist("odin-filaments", filaments)}
            ${this.formError ? html`<div class="notice error" role="alert">${this.formError}</div>` : nothing}
          </form>`
          : nothing
      }
      <button slot="actions" class="btn" @click=${() => (this._adding = false)}>${t("common.cancel")}</button>
      <button slot="actions" class="btn primary" type="submit" form="job-form" data-action="submit-job" ?disabled=${this.busy}>
        ${t("queue.add_submit")}
      </button>
    </odin-dialog>`;
  }

  private _presetDialog(t: Localize) {
    const job = this._presetFrom;
    return html`<odin-dialog
      .open=${Boolean(job)}
      heading=${t("queue.save_as_preset")}
      close-label=${t("common.close")}
      data-dialog="save-preset"
      @closed=${() => (this._presetFrom = undefined)}
    >
      ${
        job
          ? html`<form id="preset-from-job" novalidate @submit=${(e: Event) => this._submitPreset(e)}>
            <p class="muted small">${t("queue.save_as_preset_help", { file: job.file })}</p>
            ${textInput(t("presets.name"), "preset_name", baseName(job.name), { required: true, maxlength: 128 })}
            ${this.formError ? html`<div class="notice error" role="alert">${this.formError}</div>` : nothing}
          </form>`
          : nothing
      }
      <button slot="actions" class="btn" @click=${() => (this._presetFrom = undefined)}>${t("common.cancel")}</button>
      <button slot="actions" class="btn primary" type="submit" form="preset-from-job" data-action="submit-preset" ?disabled=${this.busy}>
        ${t("common.save")}
      </button>
    </odin-dialog>`;
  }

  override render() {
    const t = localizer(this.hass);
    const data = this._data;
    const items = data?.items ?? [];
    const active = items.filter((j) => j.status === "printing" || j.status === "assigned");
    const queued = items.filter((j) => j.status === "queued");
    const finished = items.filter((j) => !["queued", "assigned", "printing"].includes(j.status));
    return html`
      <div class="toolbar-row">
        <div class="muted small" data-summary data-queued=${queued.length} data-active=${active.length}>
          ${data ? t("queue.summary", { queued: fmtInt(this.hass, queued.length), active: fmtInt(this.hass, active.length) }) : ""}
        </div>
        <div class="actions">
          <button
            class="btn primary"
            data-action="add-job"
            ?disabled=${!data}
            @click=${() => {
              this.formError = undefined;
              this._adding = true;
            }}
          >
            ${icon("plus")}${t("queue.add")}
          </button>
        </div>
      </div>
      ${
        this._notice
          ? html`<div class="notice success banner" role="status" data-notice>
            <span>${this._notice.text}</span>
            ${
              this._notice.link
                ? html`<a
                  class="inline-link"
                  href=${this._notice.link}
                  @click=${(e: Event) => {
                    e.preventDefault();
                    navigate(this._notice?.link ?? this.base);
                  }}
                  >${this._notice.linkLabel}</a
                >`
                : nothing
            }
            <button class="icon-btn" aria-label=${t("common.close")} @click=${() => (this._notice = undefined)}>${icon("close")}</button>
          </div>`
          : nothing
      }
      ${this.renderError()}
      ${
        !data
          ? this.error
            ? nothing
            : html`<div class="center muted">${t("panel.loading")}</div>`
          : html`<div data-loaded=${this.loading ? "false" : "true"}>
            ${
              active.length
                ? html`<div class="section-title"><h2>${t("queue.active")}</h2></div>
                  <ul class="jobs" data-list="active">${active.map((j, i) => this._job(t, j, i, active))}</ul>`
                : nothing
            }
            <div class="section-title">
              <h2>${t("queue.waiting")}</h2>
              <span class="muted small">${t("queue.order_note")}</span>
            </div>
            ${
              queued.length
                ? html`<ul class="jobs" data-list="queued">${queued.map((j, i) => this._job(t, j, i, queued))}</ul>`
                : html`<div class="card center muted" data-empty="queue">
                  ${t("queue.empty")}
                  <div>
                    <a
                      class="inline-link"
                      href="${this.base}/presets"
                      @click=${(e: Event) => {
                        e.preventDefault();
                        navigate(`${this.base}/presets`);
                      }}
                      >${t("queue.open_presets")}</a
                    >
                  </div>
                </div>`
            }
            ${
              finished.length
                ? html`<details class="finished">
                  <summary>${t("queue.finished", { n: fmtInt(this.hass, finished.length) })}</summary>
                  <ul class="jobs" data-list="finished">${finished.map((j, i) => this._job(t, j, i, finished))}</ul>
                </details>`
                : nothing
            }
          </div>`
      }
      ${this._addDialog(t)} ${this._presetDialog(t)}
      ${this.renderConfirm()}
    `;
  }

  static override styles = [
    sharedStyles,
    formStyles,
    css`
      :host {
        display: block;
      }
      ul.jobs {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 420px), 1fr));
        gap: var(--odin-gap);
      }
      .job {
        container-type: inline-size;
        display: flex;
        flex-direction: column;
        gap: 8px;
        padding: 12px 14px;
      }
      .job.new {
        border-color: var(--primary-color);
      }
      .job-head {
        display: flex;
        align-items: center;
        gap: 10px;
        min-width: 0;
      }
      .order {
        flex: 0 0 auto;
        width: 32px;
        height: 32px;
        border-radius: 50%;
        display: inline-flex;
        align-items: center;
        justify-content: center;
        font-weight: 500;
        font-variant-numeric: tabular-nums;
        background: rgba(var(--rgb-primary-color, 3, 169, 244), 0.15);
        color: var(--primary-color);
      }
      .title {
        flex: 1 1 auto;
        min-width: 0;
      }
      .name {
        font-weight: 500;
      }
      .decision {
        display: flex;
        align-items: flex-start;
        gap: 8px;
        font-size: 0.9rem;
        padding: 8px 10px;
        border-radius: 8px;
        background: color-mix(in srgb, var(--badge-color) 12%, transparent);
      }
      .decision .dot {
        flex: 0 0 auto;
        width: 10px;
        height: 10px;
        margin-top: 5px;
        border-radius: 50%;
        background: var(--badge-color);
      }
      .why summary {
        font-size: 0.875rem;
      }
      ul.checks {
        list-style: none;
        margin: 0 0 6px;
        padding: 0;
        font-size: 0.85rem;
      }
      ul.checks li {
        display: flex;
        flex-wrap: wrap;
        gap: 2px 8px;
        padding: 4px 0;
        border-bottom: 1px solid var(--divider-color, #e0e0e0);
      }
      .notes {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .job-actions {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 6px;
        margin-top: auto;
      }
      .spacer {
        flex: 1 1 auto;
      }
      /* Narrow cards: text-only buttons so the row fits one line. */
      @container (max-width: 380px) {
        .job-actions .btn {
          padding: 0 12px;
        }
        .job-actions .btn svg {
          display: none;
        }
      }
      .finished {
        margin-top: 20px;
      }
      .file-info {
        display: flex;
        align-items: center;
        gap: 6px;
        min-width: 0;
        overflow-wrap: anywhere;
      }
      .file-info svg {
        flex: 0 0 auto;
        width: 16px;
        height: 16px;
        fill: currentColor;
      }
      .report {
        font-size: 0.875rem;
        padding: 8px 10px;
        border-radius: 8px;
        background: color-mix(in srgb, var(--error-color, #db4437) 10%, transparent);
      }
      ul.guard {
        margin: 4px 0 0;
        padding-left: 18px;
        overflow-wrap: anywhere;
      }
      .dispatch-result {
        font-size: 0.875rem;
      }
      .sending {
        display: grid;
        gap: 4px;
      }
      .finished > summary {
        font-size: 1rem;
        font-weight: 500;
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
      p {
        margin: 0;
      }
    `,
  ];
}

define("odin-queue-page", OdinQueuePage);
