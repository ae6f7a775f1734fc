// Typed calls of the O.D.I.N. websocket commands (the contract is api-types.ts).
import type { EventOf, OdinCommand, OdinSubscription, ParamsOf, ResultOf } from "./api-types";
import type { HomeAssistant } from "./types";

/** Sends one command; the result is exactly the type api-types.ts gives for it. */
export function callOdin<K extends OdinCommand>(
  hass: Pick<HomeAssistant, "callWS">,
  type: K,
  ...params: Record<string, never> extends ParamsOf<K> ? [ParamsOf<K>?] : [ParamsOf<K>]
): Promise<ResultOf<K>> {
  return hass.callWS<ResultOf<K>>({ ...(params[0] ?? {}), type });
}

/** Subscribes to a command's events; resolves to the unsubscribe function. */
export function subscribeOdin<K extends OdinSubscription>(
  hass: Pick<HomeAssistant, "connection">,
  type: K,
  callback: (event: EventOf<K>) => void,
): Promise<() => Promise<void>> {
  return hass.connection.subscribeMessage<EventOf<K>>(callback, { type });
}

/** Drops undefined, null and "" values (the commands treat a missing key as "not set"). */
export function compact<T extends object>(q: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(q).filter(([, v]) => v !== undefined && v !== null && v !== ""),
  ) as Partial<T>;
}
