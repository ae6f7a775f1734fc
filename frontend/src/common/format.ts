// Number, duration and date formatting in the user's HA language.
import type { HomeAssistant } from "./types";
import { languageOf } from "./i18n";

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function nf(lang: string, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${lang}|${JSON.stringify(opts)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    try {
      f = new Intl.NumberFormat(lang, opts);
    } catch {
      f = new Intl.NumberFormat("en", opts);
    }
    cache.set(key, f);
  }
  return f;
}

function df(lang: string, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${lang}|${JSON.stringify(opts)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(lang, opts);
    } catch {
      f = new Intl.DateTimeFormat("en", opts);
    }
    cache.set(key, f);
  }
  return f;
}

export function fmtInt(hass: HomeAssistant | undefined, n: number | null | undefined): string {
  return n === null || n === undefined ? "–" : nf(languageOf(hass), { maximumFractionDigits: 0 }).format(n);
}

export function fmtNum(hass: HomeAssistant | undefined, n: number | null | undefined, digits = 1): string {
  return n === null || n === undefined
    ? "–"
    : nf(languageOf(hass), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
}

/** A nozzle diameter in mm: as precise as it is (0.25 stays 0.25, 0.4 stays 0.4). */
export function fmtNozzle(hass: HomeAssistant | undefined, mm: number | null | undefined): string {
  return mm === null || mm === undefined
    ? "–"
    : `${nf(languageOf(hass), { minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(mm)} mm`;
}

/** A 0..1 ratio as a percentage with one decimal. */
export function fmtRate(hass: HomeAssistant | undefined, r: number | null | undefined): string {
  return r === null || r === undefined
    ? "–"
    : nf(languageOf(hass), { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(r);
}

/** A value that already is a percentage (12.5 => "12.5 %"), signed when asked. */
export function fmtPct(hass: HomeAssistant | undefined, p: number | null | undefined, signed = false): string {
  if (p === null || p === undefined) return "–";
  return nf(languageOf(hass), {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: signed ? "exceptZero" : "auto",
  }).format(p / 100);
}

export function fmtDuration(s: number | null | undefined): string {
  if (s === null || s === undefined || !Number.isFinite(s)) return "–";
  const total = Math.max(0, Math.round(s / 60));
  const h = Math.floor(total / 60);
  const m = total % 60;
  return h > 0 ? `${h} h ${String(m).padStart(2, "0")} min` : `${m} min`;
}

function timeZone(hass: HomeAssistant | undefined): string | undefined {
  if (!hass) return undefined;
  return hass.locale?.time_zone === "server" ? hass.config.time_zone : undefined;
}

export function fmtDateTime(hass: HomeAssistant | undefined, iso: string | null | undefined): string {
  if (!iso) return "–";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return df(languageOf(hass), { dateStyle: "medium", timeStyle: "short", timeZone: timeZone(hass) }).format(d);
}

/** The time of day only (e.g. the end of a run that started the same day). */
export function fmtTime(hass: HomeAssistant | undefined, iso: string | null | undefined): string {
  if (!iso) return "–";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return df(languageOf(hass), { timeStyle: "short", timeZone: timeZone(hass) }).format(d);
}

/** "start – end", the end as a time only when both are on the same day. */
export function fmtSpan(
  hass: HomeAssistant | undefined,
  start: string | null | undefined,
  end: string | null | undefined,
): string {
  if (!start || !end) return `${fmtDateTime(hass, start)} – ${fmtDateTime(hass, end)}`;
  const day = (iso: string) =>
    df(languageOf(hass), { dateStyle: "short", timeZone: timeZone(hass) }).format(new Date(iso));
  return `${fmtDateTime(hass, start)} – ${day(start) === day(end) ? fmtTime(hass, end) : fmtDateTime(hass, end)}`;
}

export function fmtDate(hass: HomeAssistant | undefined, iso: string | Date | null | undefined, tz?: string): string {
  if (!iso) return "–";
  const d = typeof iso === "string" ? new Date(iso) : iso;
  if (Number.isNaN(d.getTime())) return String(iso);
  return df(languageOf(hass), { day: "numeric", month: "short", timeZone: tz ?? timeZone(hass) }).format(d);
}

/** A calendar day given as YYYY-MM-DD (no time zone conversion). */
export function fmtDay(hass: HomeAssistant | undefined, day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return fmtDate(hass, day);
  return df(languageOf(hass), { day: "numeric", month: "short" }).format(parseDay(day));
}

/** A local day as a naive datetime, which the API reads in HA's time zone. */
export function dayStart(day: string | Date): string {
  return `${typeof day === "string" ? day : isoDay(day)}T00:00:00`;
}

/** yyyy-mm-dd of a local date (the value of <input type="date">). */
export function isoDay(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Local midnight of a yyyy-mm-dd string. */
export function parseDay(day: string): Date {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(y, (m ?? 1) - 1, d ?? 1);
}

export function addDays(d: Date, days: number): Date {
  const r = new Date(d);
  r.setDate(r.getDate() + days);
  return r;
}
