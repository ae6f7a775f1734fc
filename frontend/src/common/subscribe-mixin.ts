// SubscribeMixin: websocket subscriptions that follow the element's life. They start when the
// element is connected and has `hass`, stop when it is disconnected, and start again on a new
// `hass.connection` (HA replaces it after a reconnect). Elements list them in hassSubscribe().
import type { LitElement, PropertyValues } from "lit";
import type { HassConnection, HomeAssistant } from "./types";

export type Unsubscribe = () => Promise<void> | void;

export interface HassElement extends LitElement {
  hass?: HomeAssistant;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the mixin pattern needs it
type Constructor<T> = new (...args: any[]) => T;

export const SubscribeMixin = <T extends Constructor<HassElement>>(Base: T) => {
  class Subscribing extends Base {
    #subscriptions: Promise<Unsubscribe>[] = [];
    #connection?: HassConnection;

    /** The element's subscriptions; each promise resolves to its unsubscribe function. */
    protected hassSubscribe(): Promise<Unsubscribe>[] {
      return [];
    }

    /** A subscription was refused (shown by the element; resubscribe() tries again). */
    protected subscriptionFailed(_err: unknown): void {}

    /** Stops and starts every subscription again (a retry button). */
    protected resubscribe(): void {
      this.#stop();
      this.#sync();
    }

    override connectedCallback(): void {
      super.connectedCallback();
      this.#sync();
    }

    override disconnectedCallback(): void {
      super.disconnectedCallback();
      this.#stop();
    }

    protected override willUpdate(changed: PropertyValues): void {
      super.willUpdate(changed);
      if (changed.has("hass")) this.#sync();
    }

    #sync(): void {
      if (!this.isConnected || !this.hass) return;
      if (this.#connection === this.hass.connection) return;
      this.#stop();
      this.#connection = this.hass.connection;
      this.#subscriptions = this.hassSubscribe().map((sub) => {
        sub.catch((err: unknown) => this.subscriptionFailed(err));
        return sub;
      });
    }

    #stop(): void {
      for (const sub of this.#subscriptions) {
        sub.then((unsubscribe) => unsubscribe()).catch(() => undefined);
      }
      this.#subscriptions = [];
      this.#connection = undefined;
    }
  }
  return Subscribing;
};
