// Entry point of the Lovelace card bundle (loaded as a dashboard resource).
import { localizer } from "../common/i18n";
import "./audit-log-card";
import "./editors";
import "./failure-analytics-card";
import "./printer-card";
import "./queue-card";

declare const __ODIN_VERSION__: string;

interface CustomCardEntry {
  type: string;
  name: string;
  description: string;
  preview?: boolean;
  documentationURL?: string;
}

const w = window as unknown as { customCards?: CustomCardEntry[] };
w.customCards = w.customCards ?? [];
const t = localizer({ language: navigator.language.split("-")[0] } as never);
const DOCS = "https://github.com/odin-farm/odin-ha/blob/main/docs/frontend.md";
for (const [type, key] of [
  ["odin-failure-analytics-card", "failure_analytics"],
  ["odin-audit-log-card", "audit_log"],
  ["odin-printer-card", "printer_card"],
  ["odin-queue-card", "queue_card"],
] as const) {
  if (!w.customCards.some((c) => c.type === type)) {
    w.customCards.push({
      type,
      name: `O.D.I.N. ${t(`card.${key}`)}`,
      description: t(`card.${key}_desc`),
      preview: type !== "odin-audit-log-card",
      documentationURL: DOCS,
    });
  }
}

console.info(`%c O.D.I.N. cards ${__ODIN_VERSION__} `, "color:#fff;background:#03a9f4;border-radius:3px");
