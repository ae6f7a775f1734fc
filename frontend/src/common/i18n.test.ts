/// <reference types="node" />
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { LANGUAGES, localizer } from "./i18n";
import { STATUSES, type HomeAssistant } from "./types";
import en from "../translations/en.json";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "string" ? [`${prefix}${k}`] : leaves(v, `${prefix}${k}.`),
  );
}

function subtree(tree: Tree, key: string): Tree | string | undefined {
  let node: Tree | string | undefined = tree;
  for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
  return node;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [p] : [];
  });
}

const SRC = path.resolve("src");
const code = sources(SRC).map((f) => readFileSync(f, "utf8"));
const enKeys = new Set(leaves(en as Tree));
const hass = (language: string) => ({ language, config: { time_zone: "UTC" }, states: {} }) as unknown as HomeAssistant;

describe("i18n", () => {
  it("falls back to English for a key the language lacks, and to the key itself", () => {
    const de = localizer(hass("de"));
    assert.equal(de("common.close"), "Schließen");
    // A language without a file reads English.
    assert.equal(localizer(hass("xx"))("common.close"), "Close");
    // "de-AT" reads German.
    assert.equal(localizer({ ...hass("en"), locale: { language: "de-AT" } })("common.close"), "Schließen");
    assert.equal(de("no.such.key"), "no.such.key");
  });

  it("fills placeholders and leaves unknown ones as they are", () => {
    const t = localizer(hass("en"));
    assert.equal(t("errors.unknown_tag", { tag: "bay-1" }), "No printer has the tag bay-1.");
    assert.equal(t("errors.unknown_tag"), "No printer has the tag {tag}.");
  });

  it("has an English text for every literal key the sources use", () => {
    const used = new Set<string>();
    for (const text of code) {
      for (const m of text.matchAll(/\bt\(\s*"([a-z][\w]*(?:\.[\w]+)+)"/g)) used.add(m[1]);
    }
    assert.ok(used.size > 200, `found only ${used.size} keys`);
    const missing = [...used].filter((k) => !enKeys.has(k)).sort();
    assert.deepEqual(missing, []);
  });

  it("has an English subtree for every computed key prefix", () => {
    const prefixes = new Set<string>();
    for (const text of code) {
      for (const m of text.matchAll(/\bt\(\s*`([a-z][\w.]*)\.\$\{/g)) prefixes.add(m[1]);
    }
    assert.ok(prefixes.size > 5);
    const missing = [...prefixes].filter((p) => typeof subtree(en as Tree, p) !== "object").sort();
    assert.deepEqual(missing, []);
  });

  it("names every printer status", () => {
    const t = localizer(hass("en"));
    assert.deepEqual(
      STATUSES.filter((s) => t(`status.${s}`) === `status.${s}`),
      [],
    );
  });

  it("has no key in another language that English lacks", () => {
    for (const lang of LANGUAGES.filter((l) => l !== "en")) {
      const tree = JSON.parse(readFileSync(path.join(SRC, "translations", `${lang}.json`), "utf8")) as Tree;
      assert.deepEqual(
        leaves(tree).filter((k) => !enKeys.has(k)),
        [],
        lang,
      );
    }
  });
});
