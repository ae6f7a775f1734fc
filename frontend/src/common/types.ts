// The parts of Home Assistant's frontend objects and of the O.D.I.N. websocket API we use.
// HA's own types are not a public package; these are the documented, stable members only.
// The O.D.I.N. API types are api-types.ts (re-exported here).
export type * from "./api-types";
import type { AuditParams, Bucket } from "./api-types";

export interface HassUser {
  id: string;
  name: string;
  is_admin: boolean;
  is_owner?: boolean;
}

export interface HassLocale {
  language: string;
  number_format?: string;
  time_format?: string;
  time_zone?: string;
}

export interface HassConnection {
  subscribeMessage<T>(callback: (message: T) => void, message: Record<string, unknown>): Promise<() => Promise<void>>;
}

export interface HassEntityState {
  entity_id: string;
  state: string;
  attributes: Record<string, unknown>;
  last_changed: string;
}

export interface HomeAssistant {
  user?: HassUser;
  language: string;
  locale?: HassLocale;
  themes?: { darkMode?: boolean };
  config: { time_zone: string; version?: string };
  states: Record<string, HassEntityState>;
  /** Device registry entries (HA frontend keeps them in sync). */
  devices?: Record<string, { id: string; config_entries_subentries?: Record<string, (string | null)[]> }>;
  connection: HassConnection;
  callWS<T>(message: Record<string, unknown>): Promise<T>;
  fetchWithAuth(path: string, init?: RequestInit): Promise<Response>;
  callService(domain: string, service: string, data?: Record<string, unknown>): Promise<unknown>;
}

export interface PanelInfo {
  config?: Record<string, unknown>;
  url_path?: string;
  title?: string;
}

export interface Route {
  prefix: string;
  path: string;
}

// ----------------------------------------------------------------------------- O.D.I.N. data

export const STATUSES = [
  "offline",
  "idle",
  "busy",
  "preparing",
  "printing",
  "paused",
  "finished",
  "cancelled",
  "failed",
  "error",
] as const;
export type PrinterStatus = (typeof STATUSES)[number];

export interface AnalyticsQuery {
  /** Inclusive; `YYYY-MM-DDT00:00:00` without offset is read in HA's time zone. */
  start: string;
  /** Exclusive. */
  end: string;
  bucket: Bucket;
  printer_id?: string;
  tag?: string;
  model?: string;
  material?: string;
}

export type AuditQuery = AuditParams;
