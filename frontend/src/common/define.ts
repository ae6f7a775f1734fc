// The panel and the card bundles can both be loaded in one page and share element classes:
// define each element once, whoever comes first.
export function define(name: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, ctor);
}

/** Fires a composed, bubbling event (how HA's elements talk to each other). */
export function fire<T>(node: EventTarget, type: string, detail?: T): void {
  node.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

/** Navigates inside HA's single page app. */
export function navigate(path: string, replace = false): void {
  if (replace) history.replaceState(null, "", path);
  else history.pushState(null, "", path);
  fire(window, "location-changed", { replace });
}
