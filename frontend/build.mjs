// Deterministic build of the panel and card bundles into custom_components/odin/frontend/.
// Same sources + same lockfile => byte-identical output (no timestamps or paths; chunk names
// carry a hash of their content only).
//
// Code splitting: what is loaded with a dynamic import() (Chart.js) and what the panel and the
// cards share become chunk files next to the entries. They are served from the same static path
// and imported relative to the entry module's URL.
//
// Budgets: the gzip size of what a page loads before any dynamic import() (the entry and every
// chunk it imports statically) must stay within BUDGETS, or the build fails.
import { build } from "esbuild";
import { readFileSync, readdirSync, rmSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const out = path.resolve(here, "../custom_components/odin/frontend");
const pkg = JSON.parse(readFileSync(path.join(here, "package.json"), "utf8"));
const dev = process.argv.includes("--dev");

const bundles = {
  "odin-panel": "src/panel/odin-panel.ts",
  "odin-cards": "src/cards/odin-cards.ts",
};

/** Gzip budget (bytes) of each entry's initial load; the cards load on every dashboard. */
export const BUDGETS = {
  "odin-cards": 60 * 1024,
  "odin-panel": 200 * 1024,
};

// Old chunks would otherwise linger (their names change with their content).
for (const name of readdirSync(out)) {
  if (name.endsWith(".js")) rmSync(path.join(out, name));
}

const result = await build({
  absWorkingDir: here,
  entryPoints: bundles,
  outdir: out,
  entryNames: "[name]",
  chunkNames: "odin-[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "browser",
  target: ["es2022", "chrome100", "safari15.4", "firefox100"],
  minify: !dev,
  sourcemap: false,
  legalComments: "eof",
  charset: "utf8",
  treeShaking: true,
  metafile: true,
  logLevel: "warning",
  define: { __ODIN_VERSION__: JSON.stringify(pkg.version) },
});

const outputs = result.metafile.outputs;
const rel = (file) => path.relative(root, path.resolve(here, file));
const gz = new Map();
const gzipOf = (file) => {
  if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(path.resolve(here, file)), { level: 9 }).length);
  return gz.get(file);
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

for (const [file, info] of Object.entries(outputs).sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`built ${rel(file)}: ${kb(info.bytes)} raw, ${kb(gzipOf(file))} gzip`);
}

/** The entry and every chunk it reaches through static imports (what loads up front). */
function initialLoad(entryFile) {
  const seen = new Set();
  const stack = [entryFile];
  while (stack.length) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    for (const imp of outputs[file].imports) {
      if (imp.kind === "import-statement" && !imp.external) stack.push(imp.path);
    }
  }
  return [...seen];
}

let failed = false;
for (const [name, budget] of Object.entries(BUDGETS)) {
  const entry = Object.keys(outputs).find((f) => path.basename(f) === `${name}.js`);
  if (!entry) {
    console.error(`budget: no output for ${name}`);
    failed = true;
    continue;
  }
  const files = initialLoad(entry);
  const raw = files.reduce((n, f) => n + outputs[f].bytes, 0);
  const gzip = files.reduce((n, f) => n + gzipOf(f), 0);
  const ok = gzip <= budget;
  const line = `budget ${name}: initial load ${kb(raw)} raw, ${kb(gzip)} gzip of ${kb(budget)} (${files.length} file${files.length === 1 ? "" : "s"})`;
  if (ok) console.log(`${line} ok`);
  else {
    console.error(`${line} EXCEEDED`);
    failed = true;
  }
}
if (failed && !dev) {
  console.error("build: a bundle budget is exceeded (see above)");
  process.exit(1);
}
