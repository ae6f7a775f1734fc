// Status presentation: colour (HA theme variables) and whether it needs attention.
import type { PrinterStatus } from "./types";

export function statusColor(status: PrinterStatus | string): string {
  switch (status) {
    case "printing":
    case "preparing":
    case "busy":
      return "var(--info-color, #039be5)";
    case "finished":
      return "var(--success-color, #43a047)";
    case "paused":
      return "var(--warning-color, #ffa600)";
    case "failed":
    case "error":
      return "var(--error-color, #db4437)";
    case "cancelled":
      return "var(--secondary-text-color, #727272)";
    case "offline":
      return "var(--disabled-text-color, #9e9e9e)";
    default:
      return "var(--primary-color, #03a9f4)";
  }
}

export function needsAttention(status: string, hasError: boolean): boolean {
  return hasError || status === "failed" || status === "error" || status === "paused";
}

export function isActive(status: string): boolean {
  return status === "printing" || status === "preparing" || status === "busy" || status === "paused";
}
