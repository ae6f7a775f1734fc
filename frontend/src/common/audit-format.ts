// How an audit row is shown (panel Audit page and odin-audit-log-card).
import type { Localize } from "./i18n";
import type { AuditItem } from "./types";

/** Detail keys shown elsewhere in the row (as the target's name). */
const NAME_KEYS = ["name", "printer"];

function pretty(value: string): string {
  const text = value.replace(/[_.]+/g, " ").trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A translated label for a known value, else the value made readable ("printer_added"). */
export function auditLabel(t: Localize, group: "actions" | "origins" | "results", value: string): string {
  const key = `audit.${group}.${value}`;
  const text = t(key);
  return text === key ? pretty(value) : text;
}

export function auditActor(item: AuditItem, system: string): string {
  if (item.user_name) return item.user_name;
  if (item.origin_ref) return item.origin_ref;
  return item.user_id ?? system;
}

export function auditTarget(item: AuditItem): string {
  const named = NAME_KEYS.map((k) => item.details[k]).find((v): v is string => typeof v === "string" && v !== "");
  if (named) return named;
  return item.target_id ? `${item.target_type} ${item.target_id}` : item.target_type;
}

export function auditDetails(item: AuditItem): string {
  const entries = Object.entries(item.details).filter(([k]) => !NAME_KEYS.includes(k));
  const text = entries.map(([k, v]) => `${k}: ${typeof v === "object" ? JSON.stringify(v) : String(v)}`).join(", ");
  return [item.result_text, text].filter(Boolean).join(" · ");
}

export function resultColor(result: string): string {
  return result === "ok"
    ? "var(--success-color, #43a047)"
    : result === "refused"
      ? "var(--warning-color, #ffa600)"
      : "var(--error-color, #db4437)";
}
