// A stand-in for HA's `hass` object: records the websocket messages and answers them.
import type { HomeAssistant } from "../common/types";

export interface FakeHass {
  hass: HomeAssistant;
  sent: Record<string, unknown>[];
  /** Delivers an event to the last subscription. */
  emit(event: unknown): void;
  unsubscribed: number;
}

export function fakeHass(
  answer: (msg: Record<string, unknown>) => unknown = () => ({}),
  extra: Partial<HomeAssistant> = {},
): FakeHass {
  const sent: Record<string, unknown>[] = [];
  let listener: ((event: unknown) => void) | undefined;
  const fake: FakeHass = {
    sent,
    unsubscribed: 0,
    emit: (event) => listener?.(event),
    hass: {
      language: "en",
      config: { time_zone: "UTC" },
      states: {},
      callWS: async <T>(msg: Record<string, unknown>) => {
        sent.push(msg);
        const result = answer(msg);
        if (result instanceof Error || (typeof result === "object" && result !== null && "reject" in result)) {
          throw (result as { reject?: unknown }).reject ?? result;
        }
        return result as T;
      },
      connection: {
        subscribeMessage: async <T>(cb: (m: T) => void, msg: Record<string, unknown>) => {
          sent.push(msg);
          listener = cb as (event: unknown) => void;
          return async () => {
            fake.unsubscribed += 1;
          };
        },
      },
      fetchWithAuth: async () => new Response(""),
      callService: async () => undefined,
      ...extra,
    },
  };
  return fake;
}
