// Unit tests with node's test runner: esbuild bundles each src/**/*.test.ts (TypeScript, JSON
// imports) into a temporary folder, then `node --test` runs them from this folder (tests read
// sources relative to it). Exits non-zero when a test fails.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

function testFiles(dir) {
  return readdirSync(path.join(here, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return testFiles(rel);
    return e.name.endsWith(".test.ts") ? [rel] : [];
  });
}

const entries = testFiles("src").sort();
if (entries.length === 0) {
  console.error("test: no src/**/*.test.ts found");
  process.exit(1);
}
const out = mkdtempSync(path.join(tmpdir(), "odin-frontend-test-"));
try {
  await build({
    absWorkingDir: here,
    entryPoints: entries,
    outdir: out,
    outbase: "src",
    outExtension: { ".js": ".mjs" },
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    sourcemap: "inline",
    logLevel: "warning",
    define: { __ODIN_VERSION__: '"test"' },
  });
  const built = entries.map((e) => path.join(out, e.replace(/^src[\\/]/, "").replace(/\.ts$/, ".mjs")));
  const res = spawnSync(process.execPath, ["--test", "--test-reporter=spec", ...built], {
    cwd: here,
    stdio: "inherit",
    env: { ...process.env, TZ: "UTC" },
  });
  process.exitCode = res.status ?? 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}
