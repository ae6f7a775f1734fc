// Deterministic build of the panel and card bundles into custom_components/odin/frontend/.
// Same sources + same lockfile => byte-identical output (no timestamps, hashes or paths).
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, "../custom_components/odin/frontend");
const pkg = JSON.parse(readFileSync(path.join(here, "package.json"), "utf8"));
const watch = process.argv.includes("--dev");

const bundles = {
  "odin-panel": "src/panel/odin-panel.ts",
  "odin-cards": "src/cards/odin-cards.ts",
};

await build({
  absWorkingDir: here,
  entryPoints: bundles,
  outdir: out,
  bundle: true,
  splitting: false,
  format: "esm",
  platform: "browser",
  target: ["es2022", "chrome100", "safari15.4", "firefox100"],
  minify: !watch,
  sourcemap: false,
  legalComments: "eof",
  charset: "utf8",
  treeShaking: true,
  metafile: true,
  logLevel: "warning",
  define: { __ODIN_VERSION__: JSON.stringify(pkg.version) },
}).then((result) => {
  for (const [file, info] of Object.entries(result.metafile.outputs)) {
    console.log(`built ${path.relative(path.resolve(here, ".."), path.resolve(here, file))} (${info.bytes} bytes)`);
  }
});
