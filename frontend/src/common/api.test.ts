/// <reference types="node" />
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  applyPrinterEvent,
  auditCsvPath,
  errorMessage,
  fetchFailures,
  isUnauthorized,
  listPrinters,
  subscribePrinters,
} from "./api";
import type { GuardReason, Printer } from "./api-types";
import { addJob, farmError, fetchQueue, reorderJob } from "./farm-api";
import { guardText, uploadErrorOf, uploadErrorText } from "./files-api";
import { localizer } from "./i18n";
import { callOdin } from "./ws";
import { fakeHass } from "../test/fakes";

const printer = (id: string, over: Partial<Printer> = {}): Printer => ({
  printer_id: id,
  name: `Printer ${id}`,
  brand: "bambu",
  model: "P1S",
  status: "idle",
  online: true,
  progress: null,
  remaining_s: null,
  file_name: null,
  job_name: null,
  layer: null,
  total_layers: null,
  nozzle_temp: 24,
  bed_temp: 22,
  error: null,
  tags: [],
  ...over,
});

const t = localizer({ language: "en" } as never);

describe("websocket calls", () => {
  it("sends the command type with its params and returns the result unchanged", async () => {
    const result = { items: [], printers: [] };
    const fake = fakeHass(() => result);
    assert.equal(await callOdin(fake.hass, "odin/queue/list", { include_finished: false }), result);
    assert.deepEqual(fake.sent, [{ type: "odin/queue/list", include_finished: false }]);
  });

  it("lists the printers of the `printers` field", async () => {
    const fake = fakeHass(() => ({ printers: [printer("a"), printer("b")] }));
    const list = await listPrinters(fake.hass);
    assert.deepEqual(
      list.map((p) => p.printer_id),
      ["a", "b"],
    );
  });

  it("leaves out empty filters of an analytics query", async () => {
    const fake = fakeHass(() => ({}));
    await fetchFailures(fake.hass, {
      start: "2026-01-01T00:00:00",
      end: "2026-01-08T00:00:00",
      bucket: "day",
      tag: "",
      printer_id: undefined,
    });
    assert.deepEqual(fake.sent[0], {
      type: "odin/analytics/failures",
      start: "2026-01-01T00:00:00",
      end: "2026-01-08T00:00:00",
      bucket: "day",
    });
  });

  it("sends a job without the fields the user left empty and returns the created jobs", async () => {
    const fake = fakeHass(() => ({ jobs: [{ job_id: 7 }] }));
    const jobs = await addJob(fake.hass, { file: "cube.3mf", name: "", notes: undefined, quantity: 2 });
    assert.deepEqual(fake.sent[0], { type: "odin/queue/add", file: "cube.3mf", quantity: 2 });
    assert.equal(jobs[0].job_id, 7);
  });

  it("moves a job to the front with after_job_id null", async () => {
    const fake = fakeHass(() => ({ order: [3, 1, 2] }));
    assert.deepEqual(await reorderJob(fake.hass, 3, null), [3, 1, 2]);
    assert.deepEqual(fake.sent[0], { type: "odin/queue/reorder", job_id: 3, after_job_id: null });
  });

  it("asks for finished jobs by default", async () => {
    const fake = fakeHass(() => ({ items: [], printers: [] }));
    await fetchQueue(fake.hass);
    assert.equal(fake.sent[0].include_finished, true);
  });
});

describe("printer subscription", () => {
  it("replaces, updates and removes printers by the event type", () => {
    let fleet = applyPrinterEvent(new Map(), { type: "full", printers: [printer("a"), printer("b")] });
    assert.deepEqual([...fleet.keys()], ["a", "b"]);
    fleet = applyPrinterEvent(fleet, { type: "update", printer: printer("a", { status: "printing" }) });
    assert.equal(fleet.get("a")?.status, "printing");
    fleet = applyPrinterEvent(fleet, { type: "update", printer: printer("c") });
    assert.deepEqual([...fleet.keys()], ["a", "b", "c"]);
    fleet = applyPrinterEvent(fleet, { type: "removed", printer_id: "b" });
    assert.deepEqual([...fleet.keys()], ["a", "c"]);
    fleet = applyPrinterEvent(fleet, { type: "full", printers: [printer("z")] });
    assert.deepEqual([...fleet.keys()], ["z"]);
  });

  it("does not change the fleet it was given", () => {
    const before = applyPrinterEvent(new Map(), { type: "full", printers: [printer("a")] });
    applyPrinterEvent(before, { type: "removed", printer_id: "a" });
    assert.equal(before.size, 1);
  });

  it("calls back with the whole list after each event", async () => {
    const fake = fakeHass();
    const seen: string[][] = [];
    const unsub = await subscribePrinters(fake.hass, (list) =>
      seen.push(list.map((p) => `${p.printer_id}:${p.status}`)),
    );
    assert.deepEqual(fake.sent, [{ type: "odin/printers/subscribe" }]);
    fake.emit({ type: "full", printers: [printer("a"), printer("b")] });
    fake.emit({ type: "update", printer: printer("b", { status: "paused" }) });
    fake.emit({ type: "removed", printer_id: "a" });
    assert.deepEqual(seen, [["a:idle", "b:idle"], ["a:idle", "b:paused"], ["b:paused"]]);
    await unsub();
    assert.equal(fake.unsubscribed, 1);
  });
});

describe("errors", () => {
  it("shows our text for a translation key, with the field name translated", () => {
    const err = {
      code: "home_assistant_error",
      message: "priority must be between 0 and 100 (got 500)",
      translation_key: "out_of_range",
      translation_placeholders: { field: "priority", min: "0", max: "100", value: "500" },
    };
    const text = farmError(t, err);
    assert.notEqual(text, err.message);
    assert.equal(text, "Priority must be between 0 and 100 (got 500).");
  });

  it("falls back to the server's message for an unknown translation key", () => {
    assert.equal(farmError(t, { code: "x", message: "Boom", translation_key: "no_such_key_here" }), "Boom");
  });

  it("recognises a refused command and reads its message", () => {
    assert.equal(isUnauthorized({ code: "unauthorized", message: "Unauthorized" }), true);
    assert.equal(isUnauthorized({ code: "not_found", message: "x" }), false);
    assert.equal(errorMessage({ code: "x", message: "Nope" }), "Nope");
    assert.equal(errorMessage(new Error("broken")), "broken");
    assert.equal(errorMessage("plain"), "plain");
  });

  it("uses the upload view's code, else the HTTP status", () => {
    assert.equal(uploadErrorOf(400, { code: "invalid_file_type", message: "no" }).code, "invalid_file_type");
    assert.equal(uploadErrorOf(413, "<html>").code, "too_large");
    assert.equal(uploadErrorOf(401, null).code, "forbidden");
    assert.equal(uploadErrorOf(500, null).code, "upload_error");
    assert.ok(uploadErrorText(t, uploadErrorOf(500, null)).includes("HTTP 500"));
  });

  it("translates a guard reason with its placeholders, else shows the server's message", () => {
    const known: GuardReason = {
      code: "file_unknown",
      check: null,
      message: "server text",
      placeholders: { file: "cube.3mf" },
    };
    const knownText = guardText(t, known, "X1C");
    assert.notEqual(knownText, "server text");
    assert.ok(!knownText.includes("{file}"), knownText);
    const unknown: GuardReason = { code: "brand_new_check", check: "x", message: "server text", placeholders: {} };
    assert.equal(guardText(t, unknown), "server text");
  });
});

describe("audit CSV", () => {
  it("puts the set filters into the query string", () => {
    assert.equal(auditCsvPath({}), "/api/odin/audit.csv");
    assert.equal(auditCsvPath({ origin: "ui", action: "", user_id: undefined }), "/api/odin/audit.csv?origin=ui");
  });
});
