/// <reference types="node" />
// The TypeScript contract names exactly the commands the integration registers.
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";

function pythonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "frontend" || e.name === "__pycache__" ? [] : pythonFiles(p);
    return e.name.endsWith(".py") ? [p] : [];
  });
}

const INTEGRATION = path.resolve("..", "custom_components", "odin");
const registered = new Set(
  pythonFiles(INTEGRATION).flatMap((f) =>
    [...readFileSync(f, "utf8").matchAll(/Required\("type"\):\s*"(odin\/[\w/]+)"/g)].map((m) => m[1]),
  ),
);

const contract = readFileSync(path.resolve("src", "common", "api-types.ts"), "utf8");
function keysOf(interfaceName: string): string[] {
  const start = contract.indexOf(`export interface ${interfaceName} {`);
  assert.ok(start >= 0, interfaceName);
  const body = contract.slice(start, contract.indexOf("\n}\n", start));
  return [...body.matchAll(/^ {2}"(odin\/[\w/]+)":/gm)].map((m) => m[1]);
}

describe("websocket contract", () => {
  const commands = keysOf("OdinCommands");
  const subscriptions = keysOf("OdinSubscriptions");

  it("finds the integration's commands", () => {
    assert.ok(registered.size >= 30, `only ${registered.size} commands found under ${INTEGRATION}`);
  });

  it("types every registered command, and no command the integration lacks", () => {
    assert.deepEqual([...commands, ...subscriptions].sort(), [...registered].sort());
  });

  it("lists the subscriptions apart from the one-shot commands", () => {
    assert.deepEqual(
      subscriptions.filter((s) => !s.endsWith("/subscribe")),
      [],
    );
    assert.deepEqual(
      commands.filter((c) => c.endsWith("/subscribe")),
      [],
    );
  });
});
