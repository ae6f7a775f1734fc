/// <reference types="node" />
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Decision, Job } from "./api-types";
import { localizer } from "./i18n";
import { cardJobs, decisionText } from "./job-format";

const job = (job_id: number, status: string, position = 0, over: Partial<Job> = {}): Job => ({
  job_id,
  name: `Job ${job_id}`,
  file: "cube.3mf",
  status,
  priority: 0,
  position,
  constraints: { printer_id: null, tags_any: [], tags_all: [], model: null, filament: null, nozzle_mm: null },
  options: {},
  notes: null,
  preset_id: null,
  created_at: "2026-01-01T00:00:00+00:00",
  updated_at: "2026-01-01T00:00:00+00:00",
  created_by: null,
  printer_id: null,
  started_at: null,
  ended_at: null,
  attempts: 0,
  file_hash: null,
  run_id: null,
  assigned_at: null,
  last_report: null,
  printer_name: null,
  decision: null,
  file_info: null,
  progress: null,
  ...over,
});

const decision = (over: Partial<Decision>): Decision => ({
  reason: "printers_busy",
  printer_id: null,
  order: 1,
  unmet: [],
  printers: [],
  notes: [],
  ...over,
});

const t = localizer({ language: "en" } as never);

describe("queue card jobs", () => {
  const items = [job(1, "done"), job(2, "queued", 2), job(3, "printing"), job(4, "queued", 1), job(5, "assigned")];

  it("lists what holds a printer first, then the waiting jobs in queue order", () => {
    assert.deepEqual(
      cardJobs(items, 10, false).map((j) => j.job_id),
      [3, 5, 4, 2],
    );
  });

  it("adds finished jobs only when asked, and stops at the limit", () => {
    assert.deepEqual(
      cardJobs(items, 10, true).map((j) => j.job_id),
      [3, 5, 4, 2, 1],
    );
    assert.deepEqual(
      cardJobs(items, 2, true).map((j) => j.job_id),
      [3, 5],
    );
  });
});

describe("decision text", () => {
  const names = (id: string) => ({ p1: "X1C bay 1" })[id] ?? id;

  it("names the proposed printer", () => {
    const j = job(1, "queued");
    assert.equal(decisionText(t, j, decision({ reason: "proposed", printer_id: "p1" }), names), "Next on X1C bay 1");
  });

  it("says which constraint no printer meets", () => {
    const j = job(1, "queued", 0, {
      constraints: { printer_id: null, tags_any: [], tags_all: [], model: "MK4S", filament: null, nozzle_mm: null },
    });
    const text = decisionText(t, j, decision({ reason: "no_printer_fits", unmet: ["model"] }), names);
    assert.ok(text.includes("MK4S"), text);
  });

  it("names the filament that is not loaded", () => {
    const j = job(1, "queued", 0, {
      constraints: { printer_id: null, tags_any: [], tags_all: [], model: null, filament: "PETG", nozzle_mm: null },
    });
    assert.equal(
      decisionText(t, j, decision({ reason: "filament_not_loaded" }), names),
      "Waiting: no fitting printer has PETG loaded",
    );
  });
});
