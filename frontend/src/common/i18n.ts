// Panel and card strings. One JSON file per language under src/translations/; add a language by
// adding its file and one line to TRANSLATIONS. Missing keys fall back to English.
import type { HomeAssistant } from "./types";
import en from "../translations/en.json";
import de from "../translations/de.json";

type Tree = { [key: string]: string | Tree };

const TRANSLATIONS: Record<string, Tree> = { en, de };

function lookup(tree: Tree | undefined, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split(".")) {
    if (node === undefined || typeof node === "string") return undefined;
    node = node[part];
  }
  return typeof node === "string" ? node : undefined;
}

export function languageOf(hass?: HomeAssistant): string {
  return hass?.locale?.language ?? hass?.language ?? "en";
}

export type Localize = (key: string, vars?: Record<string, string | number>) => string;

export function localizer(hass?: HomeAssistant): Localize {
  const lang = languageOf(hass);
  const tree = TRANSLATIONS[lang] ?? TRANSLATIONS[lang.split("-")[0]];
  return (key, vars) => {
    const template = lookup(tree, key) ?? lookup(TRANSLATIONS.en, key) ?? key;
    if (!vars) return template;
    return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
  };
}

export const LANGUAGES = Object.keys(TRANSLATIONS);
