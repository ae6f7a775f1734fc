/// <reference types="node" />
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  addDays,
  dayStart,
  fmtDay,
  fmtDuration,
  fmtInt,
  fmtNozzle,
  fmtNum,
  fmtPct,
  fmtRate,
  isoDay,
  parseDay,
} from "./format";
import type { HomeAssistant } from "./types";

const hass = (language: string) => ({ language, config: { time_zone: "UTC" }, states: {} }) as unknown as HomeAssistant;
const en = hass("en");
const de = hass("de");

describe("numbers", () => {
  it("shows a dash for a missing value", () => {
    assert.equal(fmtInt(en, null), "–");
    assert.equal(fmtNum(en, undefined), "–");
    assert.equal(fmtRate(en, null), "–");
    assert.equal(fmtPct(en, null), "–");
    assert.equal(fmtDuration(null), "–");
    assert.equal(fmtDuration(Number.NaN), "–");
  });

  it("uses the user's language for separators", () => {
    assert.equal(fmtInt(en, 12345), "12,345");
    assert.equal(fmtInt(de, 12345), "12.345");
    assert.equal(fmtNum(de, 0.4, 1), "0,4");
  });

  it("shows a nozzle as precise as it is", () => {
    assert.equal(fmtNozzle(en, 0.25), "0.25 mm");
    assert.equal(fmtNozzle(en, 0.4), "0.4 mm");
    assert.equal(fmtNozzle(de, 0.6), "0,6 mm");
    assert.equal(fmtNozzle(en, null), "–");
  });

  it("shows a 0..1 rate as a percentage with one decimal", () => {
    assert.equal(fmtRate(en, 0.9234), "92.3%");
    assert.equal(fmtRate(en, 0), "0.0%");
  });

  it("shows a percentage value, signed when asked", () => {
    assert.equal(fmtPct(en, 12.5), "12.5%");
    assert.equal(fmtPct(en, 12.5, true), "+12.5%");
    assert.equal(fmtPct(en, -3, true), "-3.0%");
    assert.equal(fmtPct(en, 0, true), "0.0%");
  });
});

describe("durations", () => {
  it("rounds to minutes and shows hours past the hour", () => {
    assert.equal(fmtDuration(29), "0 min");
    assert.equal(fmtDuration(45 * 60), "45 min");
    assert.equal(fmtDuration(3 * 3600 + 5 * 60 + 20), "3 h 05 min");
    assert.equal(fmtDuration(-60), "0 min");
  });
});

describe("days", () => {
  it("round-trips a local day", () => {
    assert.equal(isoDay(parseDay("2026-03-09")), "2026-03-09");
    assert.equal(isoDay(addDays(parseDay("2026-02-27"), 2)), "2026-03-01");
    assert.equal(isoDay(addDays(parseDay("2026-01-01"), -1)), "2025-12-31");
  });

  it("sends a day as a naive local midnight (read in HA's time zone)", () => {
    assert.equal(dayStart("2026-03-09"), "2026-03-09T00:00:00");
    assert.equal(dayStart(parseDay("2026-03-09")), "2026-03-09T00:00:00");
  });

  it("formats a calendar day without shifting it", () => {
    assert.equal(fmtDay(en, "2026-03-09"), "Mar 9");
    assert.equal(fmtDay(de, "2026-03-09"), "9. März");
  });
});
