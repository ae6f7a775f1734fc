// Browser end-to-end test of the O.D.I.N. panel and cards against a real Home Assistant.
// Started by scripts/e2e (which starts HA with the demo farm and seeded history). Uses
// playwright-core with Debian's chromium; never downloads a browser.
//
// Env: ODIN_URL, ODIN_DB, ODIN_REPO, ODIN_ARTIFACTS, ODIN_ADMIN (user:pass), ODIN_VIEWER (user:pass)
import { chromium } from "playwright-core";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const BASE = process.env.ODIN_URL ?? "http://127.0.0.1:8123";
const DB = process.env.ODIN_DB;
const REPO = process.env.ODIN_REPO ?? path.resolve(import.meta.dirname, "../..");
const ART = process.env.ODIN_ARTIFACTS ?? path.join(REPO, "artifacts", "e2e");
const [ADMIN_USER, ADMIN_PASS] = (process.env.ODIN_ADMIN ?? "demo:demo-farm").split(":");
const [VIEWER_USER, VIEWER_PASS] = (process.env.ODIN_VIEWER ?? "viewer:viewer-pass").split(":");
const CHROMIUM = process.env.ODIN_CHROMIUM ?? "/usr/bin/chromium";
const SEED_DAYS = Number(process.env.ODIN_WINDOW_DAYS ?? 14);
const DASHBOARD = "odin-e2e";
const SIZES = { phone: { width: 390, height: 844 }, desktop: { width: 1440, height: 900 } };

mkdirSync(ART, { recursive: true });

// ------------------------------------------------------------------------------ reporting

const results = [];
function record(name, ok, detail = "") {
  results.push({ name, ok, detail });
  console.log(`${ok ? "PASS" : "FAIL"} ${name}${detail ? ` — ${detail}` : ""}`);
}
function check(name, actual, expected) {
  const ok = JSON.stringify(actual) === JSON.stringify(expected);
  record(
    name,
    ok,
    ok ? `${JSON.stringify(actual)}` : `shown ${JSON.stringify(actual)}, DB ${JSON.stringify(expected)}`,
  );
  return ok;
}
async function step(name, fn) {
  try {
    await fn();
  } catch (err) {
    record(
      name,
      false,
      String(err?.stack ?? err)
        .split("\n")
        .slice(0, 3)
        .join(" | "),
    );
  }
}

// --------------------------------------------------------------------------------- helpers

function db(args = []) {
  const cmd = `source scripts/lib.sh && odin_run python -m scripts.e2e_db ${[DB, ...args].map((a) => `'${a}'`).join(" ")}`;
  const out = spawnSync("bash", ["-c", cmd], { cwd: REPO, encoding: "utf8", maxBuffer: 64 << 20 });
  if (out.status !== 0) throw new Error(`e2e_db failed: ${out.stderr}`);
  return JSON.parse(out.stdout);
}

const pad = (n) => String(n).padStart(2, "0");
const day = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const today = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate()));
const addDays = (d, n) => new Date(d.getTime() + n * 86400000);
// The seeded window: SEED_DAYS full days ending yesterday (live demo runs end today, outside).
const WIN_FROM = day(addDays(today, -SEED_DAYS));
const WIN_TO = day(addDays(today, -1));
const WIN_START = `${WIN_FROM}T00:00:00+00:00`;
const WIN_END = `${day(today)}T00:00:00+00:00`;

const intText = (s) => (s == null ? null : Number(String(s).replace(/[^\d-]/g, "")));
const rateText = (r) => (r == null ? "–" : `${(Math.round(r * 1000) / 10).toFixed(1)}%`);
const norm = (s) =>
  String(s ?? "")
    .replace(/\s+/g, "")
    .replace(/\u00a0|\u202f/g, "");
const mtbfText = (h, lower) => `${lower ? ">" : ""}${(Math.round(h * 10) / 10).toFixed(1)}h`;

async function launch(name) {
  const dir = mkdtempSync(path.join(tmpdir(), `odin-e2e-${name}-`));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: SIZES.desktop,
    locale: "en-US",
    timezoneId: "UTC",
    acceptDownloads: true,
  });
  context.setDefaultTimeout(30_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const errors = [];
  page.on("pageerror", (err) => errors.push(String(err)));
  page.on("console", (msg) => {
    if (msg.type() === "error" && /odin/i.test(msg.text())) errors.push(msg.text());
  });
  return { context, page, dir, errors };
}

async function login(page, user, pass) {
  await page.goto(`${BASE}/`, { waitUntil: "domcontentloaded" });
  await page.waitForURL(/\/auth\/authorize/, { timeout: 60_000 });
  const username = page.locator('input[name="username"], input[autocomplete="username"]').first();
  await username.waitFor({ state: "visible", timeout: 60_000 });
  await username.fill(user);
  await page.locator('input[name="password"], input[type="password"]').first().fill(pass);
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => !url.pathname.startsWith("/auth/"), { timeout: 60_000 });
  await page.waitForFunction(() => document.querySelector("home-assistant")?.hass?.user, null, { timeout: 60_000 });
}

const callWS = (page, msg) => page.evaluate((m) => document.querySelector("home-assistant").hass.callWS(m), msg);
const callWSError = (page, msg) =>
  page.evaluate(
    (m) =>
      document
        .querySelector("home-assistant")
        .hass.callWS(m)
        .then(
          () => null,
          (e) => e?.code ?? String(e),
        ),
    msg,
  );

async function go(page, urlPath) {
  await page.evaluate((p) => {
    history.pushState(null, "", p);
    window.dispatchEvent(new CustomEvent("location-changed", { detail: { replace: false } }));
  }, urlPath);
}

async function theme(page, dark) {
  await page.emulateMedia({ colorScheme: dark ? "dark" : "light" });
  await page.waitForFunction((d) => document.querySelector("home-assistant")?.hass?.themes?.darkMode === d, dark, {
    timeout: 10_000,
  });
  await page.waitForTimeout(400);
}

async function shoot(page, name) {
  const file = path.join(ART, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** At phone width: nothing wider than the viewport, every control at least 44 x 44 px. */
async function mobileChecks(page, label, rootSelector) {
  const report = await page.evaluate((sel) => {
    const root = document.querySelector("home-assistant");
    const found = [];
    const walk = (node, inside) => {
      if (!node) return;
      const here = inside || (node.matches?.(sel) ?? false);
      if (here && node.nodeType === 1) found.push(node);
      for (const child of node.children ?? []) walk(child, here);
      if (node.shadowRoot) walk(node.shadowRoot, here);
    };
    walk(root, false);
    const vw = window.innerWidth;
    const wide = [];
    const small = [];
    for (const el of found) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === "hidden") continue;
      if (r.right > vw + 1 || r.left < -1) {
        // inside a horizontally scrolled container it would be reachable only by scrolling
        wide.push(`${el.tagName.toLowerCase()}.${el.className || ""} ${Math.round(r.left)}..${Math.round(r.right)}`);
      }
      const interactive = el.matches("button, select, input, a[href], summary, [role=tab]");
      // a visually hidden checkbox inside a chip label: the label is what the finger hits
      const label = r.width <= 1 && r.height <= 1 ? el.closest("label") : null;
      const hit = label ? label.getBoundingClientRect() : r;
      if (interactive && (hit.height < 43.5 || hit.width < 43.5)) {
        small.push(
          `${el.tagName.toLowerCase()}[${(el.textContent || el.getAttribute("name") || "").trim().slice(0, 20)}] ${Math.round(r.width)}x${Math.round(r.height)}`,
        );
      }
    }
    const scroller = document.scrollingElement;
    return {
      count: found.length,
      wide: wide.slice(0, 5),
      small: small.slice(0, 8),
      docOverflow: scroller.scrollWidth > scroller.clientWidth + 1,
    };
  }, rootSelector);
  record(
    `${label}: no horizontal overflow at 390 px`,
    report.count > 0 && !report.docOverflow && report.wide.length === 0,
    report.wide.join("; ") || `${report.count} elements`,
  );
  record(`${label}: touch targets >= 44 px`, report.small.length === 0, report.small.join("; "));
}

/** Before a screenshot: Home Assistant's toasts ("3 jobs queued") gone, page scrolled to the top. */
async function quiet(page) {
  await page
    .waitForFunction(
      () => {
        const walk = (root) => {
          for (const el of root.querySelectorAll("*")) {
            if (el.tagName === "HA-TOAST") return true;
            if (el.shadowRoot && walk(el.shadowRoot)) return true;
          }
          return false;
        };
        return !walk(document);
      },
      null,
      { timeout: 10_000, polling: 250 },
    )
    .catch(() => undefined);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Screenshots of the current page at both widths, light and dark; layout checks at 390 px. */
async function shootAll(page, name, { mobile = "odin-panel", settle = 500 } = {}) {
  await quiet(page);
  for (const dark of [false, true]) {
    await theme(page, dark);
    for (const [size, vp] of Object.entries(SIZES)) {
      await page.setViewportSize(vp);
      await page.waitForTimeout(settle);
      await shoot(page, `${name}-${size}-${dark ? "dark" : "light"}`);
      if (size === "phone" && !dark && mobile) await mobileChecks(page, name, mobile);
    }
  }
  await theme(page, false);
}

/** Scripts the page fetched from our static path whose name starts with `prefix`. */
const odinScripts = (page, prefix) =>
  page.evaluate(
    (pre) =>
      performance
        .getEntriesByType("resource")
        .map((e) => new URL(e.name).pathname)
        .filter((p) => p.startsWith(`/odin_static/${pre}`)),
    prefix,
  );

const ids = (page, sel, key) => page.locator(sel).evaluateAll((els, k) => els.map((e) => Number(e.dataset[k])), key);
const farmDb = () => db(["--farm"]);

/** Waits until fn() (sync or async) returns a truthy value; returns it. */
async function until(fn, { timeout = 20_000, every = 500, what = "condition" } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

// -------------------------------------------------------------------------------- the test

async function readTable(page, section) {
  return page.evaluate((sec) => {
    const out = {};
    const find = (node) => {
      if (!node) return null;
      if (node.querySelector) {
        const hit = node.querySelector(`[data-section="${sec}"]`);
        if (hit) return hit;
      }
      for (const el of node.querySelectorAll ? node.querySelectorAll("*") : []) {
        if (el.shadowRoot) {
          const r = find(el.shadowRoot);
          if (r) return r;
        }
      }
      return null;
    };
    const root = find(document.querySelector("home-assistant").shadowRoot);
    if (!root) return null;
    for (const tr of root.querySelectorAll("tr[data-key]")) {
      const row = {};
      for (const td of tr.querySelectorAll("td[data-col]")) row[td.dataset.col] = td.textContent.trim();
      out[tr.dataset.key] = row;
    }
    return out;
  }, section);
}

async function adminSuite() {
  const { context, page, dir, errors } = await launch("admin");
  try {
    await step("admin login", async () => {
      await login(page, ADMIN_USER, ADMIN_PASS);
      record("admin login", true, ADMIN_USER);
    });

    // Audited commands by this user: pause then resume one printer (refusals are audited too).
    await step("audited command", async () => {
      const states = await page.evaluate(() => Object.keys(document.querySelector("home-assistant").hass.states));
      const pause = states.find((e) => e.startsWith("button.") && e.endsWith("_pause"));
      const press = (e) =>
        page
          .evaluate(
            (id) => document.querySelector("home-assistant").hass.callService("button", "press", { entity_id: id }),
            e,
          )
          .catch(() => undefined);
      if (pause) {
        await press(pause);
        await page.waitForTimeout(1500);
        await press(pause.replace(/_pause$/, "_resume"));
        await page.waitForTimeout(1000);
      }
      record("audited commands sent", Boolean(pause), pause ?? "no pause button found");
    });

    const printers = (await callWS(page, { type: "odin/printers/list" })).printers;
    const dbNow = db();
    check("printers list = DB printers", printers.map((p) => p.printer_id).sort(), Object.keys(dbNow.printers).sort());

    // --------------------------------------------------------------------- Fleet
    await step("fleet", async () => {
      await page.setViewportSize(SIZES.desktop);
      await go(page, "/odin/fleet");
      const tiles = page.locator("odin-fleet-page odin-printer-tile");
      await tiles.first().waitFor();
      check(
        "fleet: the chart chunk is not loaded where no chart renders",
        await odinScripts(page, "odin-chart-engine-"),
        [],
      );
      check("fleet: one tile per DB printer", await tiles.count(), Object.keys(dbNow.printers).length);
      const names = await page.locator("odin-fleet-page odin-printer-tile [data-field=name]").allTextContents();
      check(
        "fleet: printer names = DB",
        names.map((s) => s.trim()).sort(),
        Object.values(dbNow.printers)
          .map((p) => p.name)
          .sort(),
      );
      const tagged = Object.values(printers).filter((p) => p.tags.includes("Bay A")).length;
      if (tagged) {
        await page.locator('odin-fleet-page button.chip[data-tag="Bay A"]').click();
        await page.waitForTimeout(300);
        check("fleet: tag filter Bay A", await tiles.count(), tagged);
        await page.locator('odin-fleet-page button.chip[data-tag=""]').click();
      } else {
        record("fleet: tag filter", false, "no printer tagged 'Bay A' (seeding with --demo-tags failed?)");
      }
      const first = printers[0].printer_id;
      await go(page, `/odin/fleet?printer=${first}`);
      await page.waitForTimeout(500);
      check(
        "fleet: ?printer= highlights that printer",
        await page
          .locator("odin-fleet-page odin-printer-tile[highlighted] [data-printer-id]")
          .getAttribute("data-printer-id"),
        first,
      );
      await go(page, "/odin/fleet");
      for (const dark of [false, true]) {
        await theme(page, dark);
        for (const [size, vp] of Object.entries(SIZES)) {
          await page.setViewportSize(vp);
          await page.waitForTimeout(300);
          await shoot(page, `fleet-${size}-${dark ? "dark" : "light"}`);
          if (size === "phone" && !dark) {
            await mobileChecks(page, "fleet", "odin-panel");
            const drawerOpen = () =>
              page.evaluate(() => {
                const main = document.querySelector("home-assistant")?.shadowRoot?.querySelector("home-assistant-main");
                return main?.shadowRoot?.querySelector("ha-drawer")?.open ?? null;
              });
            await page.locator('odin-panel button[data-action="menu"]').click();
            await page.waitForTimeout(600);
            check("fleet: menu button opens the sidebar at 390 px", await drawerOpen(), true);
            await page
              .locator("odin-panel")
              .evaluate((el) =>
                el.dispatchEvent(new CustomEvent("hass-toggle-menu", { bubbles: true, composed: true })),
              );
            await page.waitForTimeout(600);
            check("fleet: sidebar closes again", await drawerOpen(), false);
          }
        }
      }
      await theme(page, false);
    });

    // ----------------------------------------------------------------- Analytics
    await step("analytics", async () => {
      await page.setViewportSize(SIZES.desktop);
      await go(page, "/odin/analytics");
      const fromInput = page.locator('odin-analytics-page input[name="from"]');
      await fromInput.waitFor();
      await page.locator('odin-analytics-page [data-loaded="true"]').waitFor();
      await fromInput.fill(WIN_FROM);
      await page.locator('odin-analytics-page input[name="to"]').fill(WIN_TO);
      await page.waitForFunction(
        ([from]) => {
          const el = document.querySelector("home-assistant");
          const q = (root, sel) => {
            for (const n of root.querySelectorAll("*")) {
              if (n.matches(sel)) return n;
              if (n.shadowRoot) {
                const r = q(n.shadowRoot, sel);
                if (r) return r;
              }
            }
            return null;
          };
          const page = q(el.shadowRoot, "odin-analytics-page");
          const grid = page?.shadowRoot?.querySelector(".grid");
          return (
            grid && grid.dataset.loaded === "true" && page.shadowRoot.querySelector('input[name="from"]').value === from
          );
        },
        [WIN_FROM],
        { timeout: 30_000 },
      );
      await page.waitForTimeout(800);
      await page.locator("odin-analytics-page odin-chart[data-ready]").first().waitFor({ timeout: 30_000 });
      const chunks = await odinScripts(page, "odin-chart-engine-");
      record(
        "analytics: the chart chunk loads from the static path when a chart renders",
        chunks.length === 1 && /^\/odin_static\/odin-chart-engine-[A-Z0-9]+\.js$/.test(chunks[0]),
        chunks.join(", "),
      );
      const expect = db(["--start", WIN_START, "--end", WIN_END]);
      const kpi = async (k) =>
        (await page.locator(`odin-analytics-page [data-kpi="${k}"] .value`).textContent())?.trim();
      check("analytics: runs = DB", intText(await kpi("runs")), expect.totals.total);
      check("analytics: failed = DB", intText(await kpi("failed")), expect.totals.failed);
      check("analytics: cancelled = DB", intText(await kpi("cancelled")), expect.totals.cancelled);
      check("analytics: success rate = DB", norm(await kpi("success_rate")), rateText(expect.totals.success_rate));
      record("analytics: window has seeded runs", expect.totals.total > 20, `${expect.totals.total} runs`);

      const byPrinter = await readTable(page, "by_printer");
      for (const [pid, want] of Object.entries(expect.by_printer)) {
        const row = byPrinter?.[pid];
        check(
          `analytics: ${want.name} runs/success/failed/cancelled = DB`,
          row ? [row.runs, row.success, row.failed, row.cancelled].map(intText) : null,
          [want.total, want.success, want.failed, want.cancelled],
        );
        check(
          `analytics: ${want.name} MTBF = DB`,
          row ? norm(row.mtbf) : null,
          mtbfText(want.mtbf_h, want.mtbf_lower_bound),
        );
      }
      const reasons = await readTable(page, "reasons");
      const shownReasons = Object.fromEntries(Object.entries(reasons ?? {}).map(([k, v]) => [k, intText(v.count)]));
      check("analytics: failure reasons = DB", sortObj(shownReasons), sortObj(expect.reasons));
      const hms = await readTable(page, "hms");
      const shownHms = Object.fromEntries(Object.entries(hms ?? {}).map(([k, v]) => [k, intText(v.count)]));
      check("analytics: HMS/error codes = DB", sortObj(shownHms), sortObj(expect.errors));
      const acc = await readTable(page, "accuracy");
      // per-printer rows only (the section also lists recent runs, keyed by run id)
      const shownAcc = Object.fromEntries(
        Object.entries(acc ?? {})
          .filter(([, v]) => v.n !== undefined)
          .map(([k, v]) => [k, intText(v.n)]),
      );
      const wantAcc = Object.fromEntries(
        Object.entries(expect.by_printer)
          .filter(([k, v]) => v.accuracy_n > 0 || k in shownAcc)
          .map(([k, v]) => [k, v.accuracy_n]),
      );
      check("analytics: time accuracy n per printer = DB", sortObj(shownAcc), sortObj(wantAcc));

      // one printer filter
      const pid = printers[0].printer_id;
      await page.locator('odin-analytics-page select[name="printer"]').selectOption(pid);
      await page.waitForTimeout(1500);
      const one = db(["--start", WIN_START, "--end", WIN_END, "--printer", pid]);
      check("analytics: printer filter runs = DB", intText(await kpi("runs")), one.totals.total);
      await page.locator('odin-analytics-page select[name="printer"]').selectOption("");
      await page.waitForTimeout(1500);

      for (const dark of [false, true]) {
        await theme(page, dark);
        for (const [size, vp] of Object.entries(SIZES)) {
          await page.setViewportSize(vp);
          await page.waitForTimeout(600);
          await shoot(page, `analytics-${size}-${dark ? "dark" : "light"}`);
          if (size === "phone" && !dark) {
            await mobileChecks(page, "analytics", "odin-panel");
            // a tall phone capture of the whole page, for review
            await page.setViewportSize({ width: 390, height: 4200 });
            await page.waitForTimeout(600);
            await shoot(page, "analytics-phone-light-tall");
            await page.setViewportSize(vp);
          }
        }
      }
      await theme(page, false);
    });

    // --------------------------------------------------------------------- Audit
    await step("audit", async () => {
      await page.setViewportSize(SIZES.desktop);
      await go(page, "/odin/audit");
      await page.locator('odin-audit-page [data-loaded="true"]').waitFor();
      const expect = db();
      const rowIds = () =>
        page
          .locator("odin-audit-page tr[data-audit-id]")
          .evaluateAll((els) => els.map((e) => Number(e.dataset.auditId)));
      check(
        "audit: rows on the first page = DB (newest first)",
        await rowIds(),
        expect.audit_first.map((r) => r.id),
      );
      record("audit: more than one page in DB", expect.audit_count > 50, `${expect.audit_count} in DB`);
      if (expect.audit_count > 50) {
        await page.locator('odin-audit-page button[data-action="more"]').click();
        await page.waitForFunction((n) => {
          const find = (root) => {
            for (const el of root.querySelectorAll("*")) {
              if (el.tagName === "ODIN-AUDIT-PAGE") return el;
              if (el.shadowRoot) {
                const r = find(el.shadowRoot);
                if (r) return r;
              }
            }
            return null;
          };
          const pageEl = find(document.querySelector("home-assistant").shadowRoot);
          return pageEl && pageEl.shadowRoot.querySelectorAll("tr[data-audit-id]").length >= Math.min(n, 100);
        }, expect.audit_count);
        check("audit: after 'Load more' = DB (next page)", await rowIds(), expect.audit_ids.slice(0, 100));
      }
      await page.locator('odin-audit-page select[name="action"]').selectOption("pause");
      await page.waitForTimeout(1500);
      check("audit: filter action = pause equals DB", await rowIds(), expect.audit_pause_ids.slice(0, 50));
      await page.locator('odin-audit-page select[name="action"]').selectOption("");
      await page.waitForTimeout(1500);
      const mine = expect.audit_first.find((r) => r.user_name);
      record(
        "audit: a command by a user is attributed",
        Boolean(mine),
        mine ? `${mine.action} by ${mine.user_name}` : "",
      );
      const [download] = await Promise.all([
        page.waitForEvent("download", { timeout: 20_000 }),
        page.locator('odin-audit-page button[data-action="csv"]').click(),
      ]);
      const csvPath = path.join(ART, "audit.csv");
      await download.saveAs(csvPath);
      const csvIds = readFileSync(csvPath, "utf8")
        .split(/\r?\n/)
        .map((line) => /^(\d+),/.exec(line)?.[1])
        .filter(Boolean)
        .map(Number);
      check("audit: CSV ids = DB (newest first)", csvIds, expect.audit_ids);
      for (const dark of [false, true]) {
        await theme(page, dark);
        for (const [size, vp] of Object.entries(SIZES)) {
          await page.setViewportSize(vp);
          await page.waitForTimeout(500);
          await shoot(page, `audit-${size}-${dark ? "dark" : "light"}`);
          if (size === "phone" && !dark) await mobileChecks(page, "audit", "odin-panel");
        }
      }
      await theme(page, false);
    });

    // ---------------------------------------------------------------- Dashboard
    await step("dashboard", async () => {
      const dashboards = await callWS(page, { type: "lovelace/dashboards/list" });
      if (!dashboards.some((d) => d.url_path === DASHBOARD)) {
        await callWS(page, {
          type: "lovelace/dashboards/create",
          url_path: DASHBOARD,
          title: "O.D.I.N. e2e",
          icon: "mdi:printer-3d",
          mode: "storage",
          require_admin: false,
          show_in_sidebar: true,
        });
      }
      const resources = await callWS(page, { type: "lovelace/resources" });
      const ours = resources.filter((r) => r.url.startsWith("/odin_static/odin-cards.js"));
      check("dashboard: card resource registered once", ours.length, 1);
      await callWS(page, {
        type: "lovelace/config/save",
        url_path: DASHBOARD,
        config: {
          title: "O.D.I.N. e2e",
          views: [
            {
              title: "Farm",
              path: "farm",
              type: "sections",
              max_columns: 3,
              sections: [
                {
                  type: "grid",
                  cards: [
                    { type: "custom:odin-failure-analytics-card", days: 7, chart: "printer" },
                    { type: "custom:odin-printer-card", printer_id: printers[0].printer_id, runs: 3 },
                  ],
                },
                {
                  type: "grid",
                  cards: [
                    { type: "custom:odin-audit-log-card", limit: 8 },
                    { type: "custom:odin-queue-card", limit: 50 },
                  ],
                },
              ],
            },
          ],
        },
      });
      await page.setViewportSize(SIZES.desktop);
      await page.goto(`${BASE}/${DASHBOARD}/farm`, { waitUntil: "domcontentloaded" });
      await page.locator('odin-failure-analytics-card [data-kpi="runs"]').waitFor({ timeout: 60_000 });
      await page.locator("odin-audit-log-card li[data-audit-id]").first().waitFor();
      await page.locator("odin-printer-card odin-printer-tile").waitFor();
      await page.locator('odin-queue-card [data-card="queue"][data-loaded="true"]').waitFor();
      // The card shows the last 7 days including today, so live runs may end meanwhile: compare
      // with the DB read before and after; retry when a run ended in between.
      const start7 = `${day(addDays(today, -6))}T00:00:00+00:00`;
      const end7 = `${day(addDays(today, 1))}T00:00:00+00:00`;
      let ok = false;
      let last = "";
      for (let attempt = 0; attempt < 5 && !ok; attempt++) {
        const before = db(["--start", start7, "--end", end7]);
        await page.reload({ waitUntil: "domcontentloaded" });
        await page.locator('odin-failure-analytics-card [data-kpi="runs"]').waitFor({ timeout: 60_000 });
        await page.waitForTimeout(500);
        const shown = {
          total: intText(await page.locator('odin-failure-analytics-card [data-kpi="runs"] .value').textContent()),
          failed: intText(await page.locator('odin-failure-analytics-card [data-kpi="failed"] .value').textContent()),
          cancelled: intText(
            await page.locator('odin-failure-analytics-card [data-kpi="cancelled"] .value').textContent(),
          ),
        };
        const after = db(["--start", start7, "--end", end7]);
        const want = { total: before.totals.total, failed: before.totals.failed, cancelled: before.totals.cancelled };
        ok = JSON.stringify(shown) === JSON.stringify(want);
        last = `shown ${JSON.stringify(shown)}, DB ${JSON.stringify(want)}`;
        if (!ok && JSON.stringify(before.totals) === JSON.stringify(after.totals)) break;
      }
      record("failure analytics card: runs/failed/cancelled (7 days) = DB", ok, last);
      const expect = db();
      const cardIds = await page
        .locator("odin-audit-log-card li[data-audit-id]")
        .evaluateAll((els) => els.map((e) => Number(e.dataset.auditId)));
      check(
        "audit log card: newest 8 entries = DB",
        cardIds,
        expect.audit_first.slice(0, 8).map((r) => r.id),
      );
      const acc30 = db([
        "--start",
        `${day(addDays(today, -29))}T00:00:00+00:00`,
        "--end",
        end7,
        "--printer",
        printers[0].printer_id,
      ]);
      const nShown = await page
        .locator('odin-printer-card [data-kpi="n"]')
        .getAttribute("data-value")
        .catch(() => null);
      check(
        "printer card: est-vs-actual n (30 days) = DB",
        Number(nShown),
        acc30.by_printer[printers[0].printer_id]?.accuracy_n ?? 0,
      );
      // queue card: what holds a printer, then the waiting jobs in queue order (jobs may start
      // meanwhile: compare with the queue read before and after, retry when it changed)
      let queueOk = false;
      let queueLast = "";
      for (let attempt = 0; attempt < 5 && !queueOk; attempt++) {
        const before = await callWS(page, { type: "odin/queue/list", include_finished: false });
        await page.reload({ waitUntil: "domcontentloaded" });
        await page.locator('odin-queue-card [data-card="queue"][data-loaded="true"]').waitFor({ timeout: 60_000 });
        await page.waitForTimeout(300);
        const shownIds = await ids(page, "odin-queue-card li[data-job-id]", "jobId");
        const summary = page.locator("odin-queue-card .summary");
        const shown = {
          ids: shownIds,
          queued: Number(await summary.getAttribute("data-queued")),
          active: Number(await summary.getAttribute("data-active")),
        };
        const after = await callWS(page, { type: "odin/queue/list", include_finished: false });
        const active = before.items.filter((j) => j.status === "printing" || j.status === "assigned");
        const queued = before.items.filter((j) => j.status === "queued").sort((x, y) => x.position - y.position);
        const want = { ids: [...active, ...queued].map((j) => j.job_id), queued: queued.length, active: active.length };
        queueOk = JSON.stringify(shown) === JSON.stringify(want);
        queueLast = `shown ${JSON.stringify(shown)}, WS ${JSON.stringify(want)}`;
        const same = (x, y) =>
          JSON.stringify(x.items.map((j) => [j.job_id, j.status])) ===
          JSON.stringify(y.items.map((j) => [j.job_id, j.status]));
        if (!queueOk && same(before, after)) break;
      }
      record("queue card: printing, then waiting jobs in queue order = WS", queueOk, queueLast);
      const reasonShown = await page
        .locator('odin-queue-card li[data-status="queued"] [data-field="line"]')
        .evaluateAll((els) => els.filter((e) => (e.textContent ?? "").trim() !== "").length);
      const decided = (await callWS(page, { type: "odin/queue/list", include_finished: false })).items.filter(
        (j) => j.status === "queued" && j.decision !== null,
      ).length;
      record(
        "queue card: each waiting job says why it waits",
        reasonShown === decided && decided > 0,
        `${reasonShown} lines, ${decided} decisions`,
      );
      // card picker entries, stub configs and visual editors
      const editors = await page.evaluate(async () => {
        const hass = document.querySelector("home-assistant").hass;
        const out = {};
        for (const type of [
          "odin-failure-analytics-card",
          "odin-audit-log-card",
          "odin-printer-card",
          "odin-queue-card",
        ]) {
          const C = customElements.get(type);
          const stub = await C.getStubConfig(hass);
          const editor = C.getConfigElement();
          editor.hass = hass;
          editor.setConfig({ type: `custom:${type}`, ...stub });
          document.body.appendChild(editor);
          await editor.updateComplete;
          await new Promise((r) => setTimeout(r, 300));
          await editor.updateComplete;
          let changed = null;
          editor.addEventListener("config-changed", (e) => (changed = e.detail.config));
          const fields = [...editor.shadowRoot.querySelectorAll("input, select")];
          const title = editor.shadowRoot.querySelector('input[name="title"]');
          if (title) {
            title.value = "E2E";
            title.dispatchEvent(new Event("change"));
          }
          out[type] = {
            picker: (window.customCards ?? []).some((c) => c.type === type),
            stub,
            fields: fields.map((f) => f.name),
            changedTitle: changed?.title ?? null,
            grid: new C().getGridOptions(),
          };
          editor.remove();
        }
        return out;
      });
      for (const [type, info] of Object.entries(editors)) {
        record(
          `${type}: in the card picker, stub config, visual editor emits config-changed`,
          info.picker && info.fields.length >= 2 && info.changedTitle === "E2E" && info.grid.columns > 0,
          JSON.stringify(info),
        );
      }
      check(
        "printer card stub uses a DB printer",
        Object.keys(dbNow.printers).includes(editors["odin-printer-card"].stub.printer_id),
        true,
      );
      for (const dark of [false, true]) {
        await theme(page, dark);
        for (const [size, vp] of Object.entries(SIZES)) {
          await page.setViewportSize(vp);
          await page.waitForTimeout(800);
          await shoot(page, `dashboard-${size}-${dark ? "dark" : "light"}`);
          if (size === "phone" && !dark) {
            await mobileChecks(
              page,
              "cards",
              "odin-failure-analytics-card, odin-audit-log-card, odin-printer-card, odin-queue-card",
            );
          }
        }
      }
      await theme(page, false);
    });

    // ------------------------------------------------- Farm operations and timelapses
    await step("tag editor", () => tagEditorSteps(page, printers));
    await step("queue", () => queueSteps(page));
    await step("presets", () => presetSteps(page));
    await step("files and dispatch", () => fileDispatchSteps(page));
    await step("drying", () => dryingSteps(page));
    await step("timelapses", () => timelapseSteps(page));

    // ---------------------------------------------------------------- Blueprint
    await step("blueprint", async () => {
      const list = await callWS(page, { type: "blueprint/list", domain: "automation" });
      const bp = list["odin/notify_run_failed.yaml"];
      record("blueprint loads in HA", Boolean(bp) && !bp.error, bp ? (bp.error ?? bp.metadata?.name) : "not found");
    });
    record("admin: no page errors from O.D.I.N.", errors.length === 0, errors.slice(0, 3).join(" | "));
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------- farm operations (issue 6)

/** Edits a printer's tags in the panel (tag editor on the Fleet page): chip, WS and DB agree. */
async function tagEditorSteps(page, printers) {
  const target =
    printers.find((p) => p.name === "MK4S bay 6") ?? printers.find((p) => p.tags.length === 0) ?? printers[0];
  const id = target.printer_id;
  await page.setViewportSize(SIZES.phone);
  await go(page, "/odin/fleet");
  const tile = page
    .locator("odin-fleet-page odin-printer-tile")
    .filter({ has: page.locator(`[data-printer-id="${id}"]`) });
  await tile.locator('button[data-action="edit-tags"]').click();
  const dialog = page.locator('odin-tag-editor odin-dialog[data-dialog="tags"]');
  await dialog.locator('input[name="tag"]').waitFor();
  await dialog.locator('input[name="tag"]').fill("  E2E   room ");
  await dialog.locator('button[data-action="add-tag"]').click();
  await dialog.locator('button[data-suggest="Bay B"]').click();
  check(
    "tag editor: draft chips",
    await dialog.locator("[data-current-tags] [data-tag]").evaluateAll((els) => els.map((e) => e.dataset.tag)),
    [...target.tags, "E2E room", "Bay B"],
  );
  await page.waitForTimeout(300);
  await shoot(page, "tags-dialog-phone-light");
  await mobileChecks(page, "tag editor dialog", "odin-tag-editor");
  await dialog.locator('button[data-action="save-tags"]').click();
  await tile.locator(".tag", { hasText: "E2E room" }).waitFor();
  const want = [...target.tags, "E2E room", "Bay B"].sort((a, b) => a.localeCompare(b));
  const shown = await tile.locator(".tag").allTextContents();
  check(
    "tag editor: chips on the tile",
    shown.map((s) => s.trim()).sort((a, b) => a.localeCompare(b)),
    want,
  );
  check(
    "tag editor: tags in DB",
    [...(farmDb().tags[id] ?? [])].sort((a, b) => a.localeCompare(b)),
    want,
  );
  const listed = (await callWS(page, { type: "odin/tags/list" })).printers.find((p) => p.printer_id === id);
  check(
    "tag editor: odin/tags/list",
    [...listed.tags].sort((a, b) => a.localeCompare(b)),
    want,
  );
  check(
    "tag editor: new tag is a filter chip",
    await page.locator('odin-fleet-page button.chip[data-tag="E2E room"]').count(),
    1,
  );
  check("tag editor: dialog closed after save", await page.locator("odin-tag-editor odin-dialog[open]").count(), 0);
}

/** Queue page: order and decisions = WS, add a job through the UI (DB), move, save as preset, cancel. */
async function queueSteps(page) {
  await page.setViewportSize(SIZES.desktop);
  await go(page, "/odin/queue");
  await page.locator('odin-queue-page [data-loaded="true"]').waitFor();
  const ws = await callWS(page, { type: "odin/queue/list" });
  const queuedWs = ws.items.filter((j) => j.status === "queued");
  check(
    "queue: waiting jobs in queue order = WS",
    await ids(page, 'odin-queue-page [data-list="queued"] [data-job-id]', "jobId"),
    queuedWs.map((j) => j.job_id),
  );
  const dbQueued = farmDb()
    .queue.filter((j) => j.status === "queued")
    .map((j) => j.id);
  check(
    "queue: waiting jobs = DB",
    queuedWs.map((j) => j.job_id).sort((a, b) => a - b),
    dbQueued,
  );
  const reasons = await page
    .locator('odin-queue-page [data-list="queued"] [data-job-id]')
    .evaluateAll((els) => els.map((e) => e.querySelector("[data-reason]")?.dataset.reason ?? null));
  check(
    "queue: each job shows the scheduler's reason = WS",
    reasons,
    queuedWs.map((j) => j.decision?.reason ?? null),
  );
  record("queue: seeded jobs include one no printer fits", reasons.includes("no_printer_fits"), reasons.join(", "));

  // add a job through the form (phone width: the dialog is full screen)
  await page.setViewportSize(SIZES.phone);
  await page.locator('odin-queue-page button[data-action="add-job"]').click();
  const dialog = page.locator('odin-queue-page odin-dialog[data-dialog="add-job"]');
  await dialog.locator('input[name="file"]').waitFor();
  await dialog.locator('input[name="file"]').fill("e2e-bracket.3mf");
  await dialog.locator('input[name="name"]').fill("E2E bracket");
  await dialog.locator('input[name="quantity"]').fill("2");
  await dialog.locator('input[name="priority"]').fill("3");
  await dialog
    .locator("label.chip")
    .filter({ has: page.locator('input[name="tags_any"][value="Bay A"]') })
    .click();
  await dialog.locator("details.options > summary").click();
  await dialog.locator('select[name="opt_timelapse"]').selectOption("on");
  await page.waitForTimeout(300);
  await shoot(page, "queue-add-phone-light");
  await mobileChecks(page, "queue add-job dialog", 'odin-dialog[data-dialog="add-job"]');
  await dialog.locator('button[data-action="submit-job"]').click();
  const added = page.locator('odin-queue-page [data-list="queued"] [data-job-id]').filter({ hasText: "E2E bracket" });
  await until(async () => (await added.count()) === 2, { what: "2 new jobs in the list" });
  const rows = farmDb().queue.filter((j) => j.file === "e2e-bracket.3mf");
  check(
    "queue: job added through the UI is in the DB",
    rows.map((j) => [j.name, j.status, j.priority, j.constraints.tags_any, j.options, j.created_by]),
    [
      ["E2E bracket (1/2)", "queued", 3, ["Bay A"], { timelapse: true }, "Demo"],
      ["E2E bracket (2/2)", "queued", 3, ["Bay A"], { timelapse: true }, "Demo"],
    ],
  );
  const ws2 = await callWS(page, { type: "odin/queue/list" });
  const order2 = ws2.items.filter((j) => j.status === "queued").map((j) => j.job_id);
  check(
    "queue: list order after adding = WS (priority 3 first)",
    await ids(page, 'odin-queue-page [data-list="queued"] [data-job-id]', "jobId"),
    order2,
  );
  check(
    "queue: new jobs first (higher priority)",
    order2.slice(0, 2),
    rows.map((j) => j.id),
  );
  const newDecisions = ws2.items.filter((j) => rows.some((r) => r.id === j.job_id)).map((j) => j.decision?.reason);
  const shownNew = await added.evaluateAll((els) => els.map((e) => e.querySelector("[data-reason]")?.dataset.reason));
  check("queue: new jobs show their WS decision", shownNew, newDecisions);

  // move the first one down: the order in the UI and in the WS list swaps
  await added.first().locator('button[data-action="down"]').click();
  await until(
    async () => (await ids(page, 'odin-queue-page [data-list="queued"] [data-job-id]', "jobId"))[0] === rows[1].id,
    { what: "reordered list" },
  );
  const ws3 = (await callWS(page, { type: "odin/queue/list" })).items
    .filter((j) => j.status === "queued")
    .map((j) => j.job_id);
  check(
    "queue: move down = WS order",
    await ids(page, 'odin-queue-page [data-list="queued"] [data-job-id]', "jobId"),
    ws3,
  );

  // "Save as preset" from a queue item
  await added.filter({ hasText: "(2/2)" }).locator('button[data-action="save-preset"]').click();
  const pdialog = page.locator('odin-queue-page odin-dialog[data-dialog="save-preset"]');
  await pdialog.locator('input[name="preset_name"]').fill("E2E bracket preset");
  await pdialog.locator('button[data-action="submit-preset"]').click();
  await page.locator("odin-queue-page [data-notice]").waitFor();
  const preset = farmDb().presets.find((p) => p.name === "E2E bracket preset");
  check(
    "queue: saved as preset (DB)",
    preset ? [preset.file, preset.target_type, preset.target, preset.priority, preset.options] : null,
    ["e2e-bracket.3mf", "tag", "Bay A", 3, { timelapse: true }],
  );

  // cancel one, with the confirmation dialog
  await added.filter({ hasText: "(1/2)" }).locator('button[data-action="cancel"]').click();
  const confirm = page.locator('odin-queue-page odin-confirm odin-dialog[data-dialog="confirm"]');
  await confirm.locator('button[data-action="confirm"]').waitFor();
  await shoot(page, "queue-confirm-phone-light");
  await confirm.locator('button[data-action="confirm"]').click();
  await until(async () => (await added.count()) === 1, { what: "cancelled job to leave the waiting list" });
  check("queue: cancelled through the UI (DB)", farmDb().queue.find((j) => j.id === rows[0].id)?.status, "cancelled");
  await page
    .locator("odin-queue-page [data-notice] button")
    .click()
    .catch(() => undefined);
  await shootAll(page, "queue");
}

// ---------------------------------------------------------------- files and dispatch (issue 8)

const FIXTURES = path.join(REPO, "tests", "fixtures", "files");
const IDLE_PRINTER = process.env.ODIN_IDLE_PRINTER ?? "MK4S bay 6"; // scripts/e2e: --idle-printer
const sha256 = (file) => createHash("sha256").update(readFileSync(file)).digest("hex");
const fmtModelList = (f) => [...f.compatible_models].sort();

/** Uploads a fixture through the Files page (file input → XHR with progress); waits for its detail. */
async function uploadThroughUi(page, name) {
  const file = path.join(FIXTURES, name);
  const hash = sha256(file);
  await go(page, "/odin/files");
  const input = page.locator('odin-files-page input[type="file"]');
  await input.waitFor({ state: "attached" });
  // watch the progress bar: the highest percent it showed (a small file finishes at once)
  await page.evaluate(() => {
    window.__odinUploadMax = -1;
    const root = document.querySelector("home-assistant");
    const find = (n, sel) => {
      if (!n) return null;
      const hit = n.querySelector?.(sel);
      if (hit) return hit;
      for (const el of n.querySelectorAll?.("*") ?? []) {
        if (el.shadowRoot) {
          const r = find(el.shadowRoot, sel);
          if (r) return r;
        }
      }
      return null;
    };
    const pageEl = find(root.shadowRoot ?? root, "odin-files-page");
    const obs = new MutationObserver(() => {
      const bar = pageEl?.shadowRoot?.querySelector("[data-upload-progress]");
      if (bar) window.__odinUploadMax = Math.max(window.__odinUploadMax, Number(bar.dataset.uploadProgress));
    });
    if (pageEl?.shadowRoot) obs.observe(pageEl.shadowRoot, { subtree: true, childList: true, attributes: true });
  });
  await input.setInputFiles(file);
  await page.locator(`odin-files-page [data-file-detail="${hash}"]`).waitFor({ timeout: 30_000 });
  const shownMax = await page.evaluate(() => window.__odinUploadMax);
  return { hash, progressSeen: shownMax };
}

/** Files page → detail = odin/files/get → queue for the idle printer → dispatch from the Queue page. */
async function fileDispatchSteps(page) {
  await page.setViewportSize(SIZES.phone);
  const printers = (await callWS(page, { type: "odin/printers/list" })).printers;
  const target = printers.find((p) => p.name === IDLE_PRINTER);
  if (!target) throw new Error(`no printer ${IDLE_PRINTER}`);

  // upload (the right file for the idle MK4S) and the detail with metadata and compatibility
  const good = await uploadThroughUi(page, "prusaslicer_mk4s.gcode");
  record("files: upload showed the progress bar", good.progressSeen >= 0, `max ${good.progressSeen} %`);
  const got = (await callWS(page, { type: "odin/files/get", hash: good.hash })).file;
  const detail = page.locator(`odin-files-page [data-file-detail="${good.hash}"]`);
  const text = async (f) => (await detail.locator(`[data-field="${f}"]`).first().textContent())?.trim() ?? null;
  check(
    "files: detail name / sliced-for model = odin/files/get",
    [await text("name"), await text("printer_model")],
    [got.name, got.metadata.printer_model],
  );
  check(
    "files: detail slicer = odin/files/get",
    await text("slicer"),
    `${got.metadata.slicer} ${got.metadata.slicer_version}`,
  );
  check(
    "files: compatible models = odin/files/get",
    (
      await detail
        .locator('[data-field="compatible"] [data-model]')
        .evaluateAll((els) => els.map((e) => e.dataset.model))
    ).sort(),
    fmtModelList(got),
  );
  check(
    "files: plates shown = odin/files/get",
    await detail.locator("[data-plate]").count(),
    got.metadata.plates.length,
  );
  check("files: nozzle = odin/files/get", await text("nozzle"), `${got.metadata.nozzle_mm} mm`);
  const fits = await detail
    .locator('[data-field="fits"] [data-printer-id]')
    .evaluateAll((els) => els.map((e) => e.dataset.printerId));
  check(`files: ${IDLE_PRINTER} listed as compatible`, fits.includes(target.printer_id), true);
  const listed = (await callWS(page, { type: "odin/files/list" })).files.map((f) => f.hash);
  check(
    "files: list = odin/files/list",
    (await ids(page, "odin-files-page [data-list=files] [data-hash]", "hash")).length,
    listed.length,
  );
  await shootAll(page, "files");

  // a file for another model (Voron), queued for the MK4S: the guard refuses it, nothing sent
  const wrong = await uploadThroughUi(page, "orcaslicer_voron.gcode");
  const queueFor = async (hash, name) => {
    await page.locator(`odin-files-page [data-file-detail="${hash}"] button[data-action="queue-file"]`).click();
    const dialog = page.locator('odin-files-page odin-dialog[data-dialog="queue-file"]');
    await dialog.locator('input[name="name"]').waitFor();
    await dialog.locator('input[name="name"]').fill(name);
    await dialog.locator('input[name="priority"]').fill("100");
    await dialog.locator('select[name="printer_id"]').selectOption(target.printer_id);
    if (name.includes("MK4S")) {
      await shoot(page, "files-queue-phone-light");
      await mobileChecks(page, "files queue dialog", 'odin-dialog[data-dialog="queue-file"]');
    }
    await dialog.locator('button[data-action="submit-queue-file"]').click();
    await page.locator("odin-files-page [data-notice]").waitFor();
    const job = farmDb().queue.find((j) => j.name === name);
    check(
      `files: "${name}" queued through the UI (DB: file_hash, printer, priority)`,
      job ? [job.file_hash, job.status, job.priority] : null,
      [hash, "queued", 100],
    );
    return job;
  };
  const wrongJob = await queueFor(wrong.hash, "E2E wrong model");

  // the idle printer's plate is cleared (button entity, like the panel/automations would)
  const plateButton = await page.evaluate((name) => {
    const st = document.querySelector("home-assistant").hass.states;
    return Object.keys(st).find(
      (e) =>
        e.startsWith("button.") &&
        e.endsWith("_plate_cleared") &&
        String(st[e].attributes.friendly_name ?? "").startsWith(name),
    );
  }, IDLE_PRINTER);
  await page.evaluate(
    (id) => document.querySelector("home-assistant").hass.callService("button", "press", { entity_id: id }),
    plateButton,
  );
  record("dispatch: plate cleared pressed", Boolean(plateButton), plateButton ?? "no plate_cleared button");

  await go(page, "/odin/queue");
  await page.locator('odin-queue-page [data-loaded="true"]').waitFor();
  const wrongCard = page.locator(`odin-queue-page [data-job-id="${wrongJob.id}"]`);
  check(
    "queue: job shows its file info (model)",
    (await wrongCard.locator('[data-field="file_info"]').textContent())?.includes("Voron"),
    true,
  );
  await wrongCard.locator('button[data-action="dispatch"]').click();
  const refusal = wrongCard.locator('[data-dispatch-result="refused"]');
  await refusal.waitFor({ timeout: 30_000 });
  const codes = await refusal.locator("[data-code]").evaluateAll((els) => els.map((e) => e.dataset.code));
  check("dispatch: wrong model refused with model_mismatch (UI)", codes.includes("model_mismatch"), true);
  const refusalText = (await refusal.locator('[data-code="model_mismatch"]').textContent())?.trim();
  check(
    "dispatch: refusal reason translated",
    refusalText?.includes("sliced for") && refusalText.includes(IDLE_PRINTER),
    true,
  );
  const afterRefusal = farmDb().queue.find((j) => j.id === wrongJob.id);
  const report =
    typeof afterRefusal.last_report === "string" ? JSON.parse(afterRefusal.last_report) : afterRefusal.last_report;
  check(
    "dispatch: refused job stays queued with last_report (DB)",
    [afterRefusal.status, report?.result],
    ["queued", "refused"],
  );
  await page.waitForTimeout(1500);
  const stillIdle = (await callWS(page, { type: "odin/printers/list" })).printers.find(
    (p) => p.printer_id === target.printer_id,
  );
  check(
    "dispatch: nothing sent to the printer after the refusal",
    stillIdle.status !== "printing" && stillIdle.status !== "preparing",
    true,
  );
  await until(async () => (await wrongCard.locator('[data-field="last_report"][data-result="refused"]').count()) > 0, {
    what: "last report on the card",
  });
  await shootAll(page, "dispatch-refused");
  await callWS(page, { type: "odin/queue/cancel", job_id: wrongJob.id });

  // the right file: queue, dry run, dispatch → printing on the simulator
  await go(page, "/odin/files");
  await page.locator(`odin-files-page [data-list=files] [data-hash="${good.hash}"] button`).click();
  await page.locator(`odin-files-page [data-file-detail="${good.hash}"]`).waitFor();
  const goodJob = await queueFor(good.hash, "E2E MK4S bracket");
  await go(page, "/odin/queue");
  await page.locator('odin-queue-page [data-loaded="true"]').waitFor();
  const card = page.locator(`odin-queue-page [data-job-id="${goodJob.id}"]`);
  await card.waitFor();
  check(
    "queue: job shows its file info (MK4S)",
    (await card.locator('[data-field="file_info"]').textContent())?.includes("MK4S"),
    true,
  );
  await card.locator('button[data-action="dry-run"]').click();
  await card.locator('[data-dispatch-result="would_send"]').waitFor({ timeout: 30_000 });
  record("dispatch: dry run would send", true);
  check("dispatch: dry run sent nothing (DB)", farmDb().queue.find((j) => j.id === goodJob.id)?.status, "queued");
  await card.locator('button[data-action="dispatch"]').click();
  const started = page.locator(`odin-queue-page [data-dispatch-result="started"][data-job-id="${goodJob.id}"]`);
  await started.waitFor({ timeout: 60_000 });
  record("dispatch: started shown in the UI", true, (await started.textContent())?.trim());
  const printing = await until(
    () => {
      const j = farmDb().queue.find((q) => q.id === goodJob.id);
      return j && j.status === "printing" ? j : null;
    },
    { timeout: 60_000, what: "job printing in the DB" },
  );
  check(
    "dispatch: job printing on the MK4S (DB)",
    [printing.status, printing.printer_id],
    ["printing", target.printer_id],
  );
  const onPrinter = await until(
    async () => {
      const p = (await callWS(page, { type: "odin/printers/list" })).printers.find(
        (x) => x.printer_id === target.printer_id,
      );
      return p &&
        ["printing", "preparing"].includes(p.status) &&
        String(p.file_name ?? p.job_name ?? "").includes("prusaslicer_mk4s")
        ? p
        : null;
    },
    { timeout: 60_000, what: "the simulator printing the file" },
  );
  check(
    "dispatch: simulator prints the uploaded file (odin/printers/list)",
    [
      onPrinter.status === "printing" || onPrinter.status === "preparing",
      String(onPrinter.file_name ?? onPrinter.job_name).includes("prusaslicer_mk4s"),
    ],
    [true, true],
  );
  await page
    .locator(`odin-queue-page [data-list="active"] li[data-job-id="${goodJob.id}"]`)
    .waitFor({ timeout: 20_000 });
  await shootAll(page, "dispatch-started");
}

/** Presets page: create one through the form (DB), Quick schedule it, its jobs appear in the queue. */
async function presetSteps(page) {
  await page.setViewportSize(SIZES.desktop);
  await go(page, "/odin/presets");
  await page.locator('odin-presets-page [data-loaded="true"]').waitFor();
  const names = await page.locator("odin-presets-page [data-preset-id] [data-field=name]").allTextContents();
  const wsPresets = (await callWS(page, { type: "odin/presets/list" })).presets;
  check(
    "presets: shown = WS (by name)",
    names.map((n) => n.trim()),
    wsPresets.map((p) => p.name),
  );
  check(
    "presets: shown = DB",
    [...names.map((n) => n.trim())].sort(),
    farmDb()
      .presets.map((p) => p.name)
      .sort(),
  );

  await page.locator('odin-presets-page button[data-action="new-preset"]').click();
  const dialog = page.locator('odin-presets-page odin-dialog[data-dialog="preset"]');
  await dialog.locator('input[name="name"]').fill("E2E gear");
  await dialog.locator('input[name="file"]').fill("e2e-gear.3mf");
  await dialog.locator('select[name="target_type"]').selectOption("tag");
  await dialog.locator('select[name="target_value"]').selectOption("Bay B");
  await dialog.locator('input[name="filament"]').fill("PETG");
  await dialog.locator('input[name="quantity"]').fill("3");
  await dialog.locator('input[name="priority"]').fill("1");
  await shoot(page, "presets-new-desktop-light");
  await dialog.locator('button[data-action="submit-preset"]').click();
  const tile = page.locator("odin-presets-page [data-preset-id]").filter({ hasText: "E2E gear" });
  await tile.waitFor();
  const row = farmDb().presets.find((p) => p.name === "E2E gear");
  check(
    "presets: created through the UI (DB)",
    row ? [row.file, row.target_type, row.target, row.filament, row.quantity, row.priority] : null,
    ["e2e-gear.3mf", "tag", "Bay B", "PETG", 3, 1],
  );

  // Quick schedule 2 copies (phone width)
  await page.setViewportSize(SIZES.phone);
  await tile.locator('button[data-action="schedule"]').click();
  const sdialog = page.locator('odin-presets-page odin-dialog[data-dialog="schedule"]');
  await sdialog.locator('input[name="quantity"]').fill("2");
  await page.waitForTimeout(300);
  await shoot(page, "presets-schedule-phone-light");
  await mobileChecks(page, "presets quick schedule dialog", 'odin-dialog[data-dialog="schedule"]');
  await sdialog.locator('button[data-action="submit-schedule"]').click();
  const notice = page.locator("odin-presets-page [data-notice]");
  await notice.waitFor();
  check("presets: quick schedule reports 2 jobs", await notice.getAttribute("data-scheduled"), "2");
  const jobs = farmDb().queue.filter((j) => j.preset_id === row?.id);
  check(
    "presets: scheduled jobs in the DB",
    jobs.map((j) => [j.name, j.status, j.file, j.constraints.tags_any]),
    [
      ["E2E gear (1/2)", "queued", "e2e-gear.3mf", ["Bay B"]],
      ["E2E gear (2/2)", "queued", "e2e-gear.3mf", ["Bay B"]],
    ],
  );
  await shootAll(page, "presets");
  await page.locator('odin-presets-page [data-action="open-queue"]').click();
  await page.locator('odin-queue-page [data-loaded="true"]').waitFor();
  const inQueue = page.locator('odin-queue-page [data-list="queued"] [data-job-id]').filter({ hasText: "E2E gear" });
  await until(async () => (await inQueue.count()) === 2, { what: "scheduled jobs in the queue page" });
  check(
    "presets: scheduled jobs appear on the Queue page",
    await ids(page, 'odin-queue-page [data-list="queued"] [data-job-id]:has-text("E2E gear")', "jobId"),
    jobs.map((j) => j.id),
  );
}

/** Drying page: spools = DB, "Log drying" through the UI writes the session row, history shows it. */
async function dryingSteps(page) {
  await page.setViewportSize(SIZES.desktop);
  await go(page, "/odin/drying");
  await page.locator('odin-drying-page [data-loaded="true"]').waitFor();
  const wsSpools = (await callWS(page, { type: "odin/spools/list" })).spools;
  const before = farmDb();
  check(
    "drying: spools shown = DB",
    (await ids(page, "odin-drying-page [data-spool-id]", "spoolId")).sort((a, b) => a - b),
    before.spools.map((s) => s.id),
  );
  const flags = await page
    .locator("odin-drying-page [data-spool-id]")
    .evaluateAll((els) => Object.fromEntries(els.map((e) => [e.dataset.spoolId, e.dataset.needsDrying === "true"])));
  check(
    "drying: needs-drying per spool = WS",
    flags,
    Object.fromEntries(wsSpools.map((s) => [String(s.spool_id), Boolean(s.drying?.needs_drying)])),
  );
  check(
    "drying: history rows = DB (newest first)",
    await ids(page, "odin-drying-page table[data-section=history] tr[data-session-id]", "sessionId"),
    before.drying.map((d) => d.id),
  );
  const spool = wsSpools.find((s) => s.drying?.needs_drying) ?? wsSpools[0];
  record(
    "drying: a seeded spool needs drying",
    Boolean(wsSpools.find((s) => s.drying?.needs_drying)),
    spool?.label ?? "",
  );

  await page.setViewportSize(SIZES.phone);
  const tile = page.locator(`odin-drying-page [data-spool-id="${spool.spool_id}"]`);
  await tile.locator('button[data-action="log"]').click();
  const dialog = page.locator('odin-drying-page odin-dialog[data-dialog="log-drying"]');
  await dialog.locator('input[name="temp_c"]').fill("80");
  await dialog.locator('input[name="duration_h"]').fill("4");
  await dialog.locator('select[name="method"]').selectOption("oven");
  await dialog.locator('input[name="humidity_before"]').fill("35");
  await dialog.locator('input[name="humidity_after"]').fill("12");
  await dialog.locator('textarea[name="notes"]').fill("e2e oven run");
  await page.waitForTimeout(300);
  await shoot(page, "drying-log-phone-light");
  await mobileChecks(page, "drying log dialog", 'odin-dialog[data-dialog="log-drying"]');
  await dialog.locator('button[data-action="submit-log"]').click();
  const session = await until(() => farmDb().drying.find((d) => !before.drying.some((b) => b.id === d.id)), {
    what: "the drying row",
  });
  check(
    "drying: logged through the UI (DB row)",
    [
      session.spool_id,
      session.temp_c,
      session.duration_min,
      session.method,
      session.humidity_before,
      session.humidity_after,
      session.notes,
      session.material,
    ],
    [spool.spool_id, 80, 240, "oven", 35, 12, "e2e oven run", spool.material],
  );
  const audit = farmDb().audit_last.find((a) => a.action === "drying_logged");
  check("drying: audited with the user", audit ? [audit.user_name, audit.result] : null, ["Demo", "ok"]);
  await page.locator(`odin-drying-page table[data-section=history] tr[data-session-id="${session.id}"]`).waitFor();
  record(
    "drying: new session at the top of the history",
    (await ids(page, "odin-drying-page table[data-section=history] tr[data-session-id]", "sessionId"))[0] ===
      session.id,
  );
  const after = (await callWS(page, { type: "odin/spools/list" })).spools.find((s) => s.spool_id === spool.spool_id);
  check(
    "drying: days since drying reset (WS)",
    after.drying.days_since !== null && after.drying.days_since < 0.1,
    true,
  );
  check(
    "drying: tile state = WS after logging",
    await tile.getAttribute("data-needs-drying"),
    String(Boolean(after.drying.needs_drying)),
  );
  await tile.locator('button[data-action="history"]').click();
  await tile.locator(`[data-history] li[data-session-id="${session.id}"]`).waitFor();
  record("drying: per-spool history shows the session", true, `session ${session.id}`);
  await shootAll(page, "drying");
}

// ------------------------------------------------------------------------- timelapses (issue 7)

/** Finds the first element matching `sel` through open shadow roots (in the page). */
const findDeepFn = `(sel) => {
  const walk = (root) => {
    for (const el of root.querySelectorAll("*")) {
      if (el.matches(sel)) return el;
      if (el.shadowRoot) { const r = walk(el.shadowRoot); if (r) return r; }
    }
    return null;
  };
  return walk(document);
}`;

async function videoState(page) {
  return page.evaluate(
    ([fn]) => {
      const v = eval(fn)("video[data-timelapse-id]");
      return v
        ? {
            id: Number(v.dataset.timelapseId),
            readyState: v.readyState,
            currentTime: v.currentTime,
            width: v.videoWidth,
            error: v.error?.message ?? null,
            paused: v.paused,
          }
        : null;
    },
    [findDeepFn],
  );
}

/** Waits for a stitched timelapse (demo prints with a 2 s frame interval), opens it and plays it. */
async function timelapseSteps(page) {
  const started = Date.now();
  const first = await until(async () => (await callWS(page, { type: "odin/timelapses/list" })).items.length >= 2, {
    timeout: 240_000,
    every: 3000,
    what: "two timelapses from the demo prints",
  }).then(() => true);
  record(
    "timelapses: the demo farm recorded timelapses",
    first,
    `after ${Math.round((Date.now() - started) / 1000)} s`,
  );
  await page.setViewportSize(SIZES.desktop);
  await go(page, "/odin/timelapses");
  await page.locator('odin-timelapses-page [data-loaded="true"]').waitFor();
  const list = await callWS(page, { type: "odin/timelapses/list" });
  const stored = farmDb().timelapses;
  const shownIds = await ids(page, "odin-timelapses-page [data-timelapse-id]", "timelapseId");
  check(
    "timelapses: gallery = WS list (newest first)",
    shownIds,
    list.items.map((t) => t.id),
  );
  check(
    "timelapses: gallery = DB rows",
    shownIds,
    stored.slice(0, shownIds.length).map((t) => t.id),
  );
  record(
    "timelapses: every video file exists",
    stored.every((t) => t.video_exists && t.video_bytes === t.bytes),
    stored.map((t) => `${t.id}:${t.video_bytes}`).join(" "),
  );

  // the files are served only with authentication (signed URL from the list, or a token)
  const tl = list.items[0];
  const signed = await fetch(`${BASE}${tl.url}`, { headers: { Range: "bytes=0-" } });
  check(
    "timelapses: signed video URL serves video/mp4",
    [signed.status < 300, signed.headers.get("content-type")],
    [true, "video/mp4"],
  );
  const unsigned = await fetch(`${BASE}${tl.url.split("?")[0]}`);
  check("timelapses: video without authentication refused (401)", unsigned.status, 401);

  // open and play
  await page.locator(`odin-timelapses-page button[data-timelapse-id="${tl.id}"]`).click();
  await page.locator('odin-timelapses-page odin-dialog[data-dialog="player"] odin-timelapse-player video').waitFor();
  await page.evaluate(
    ([fn]) =>
      eval(fn)("video[data-timelapse-id]")
        ?.play()
        .catch(() => undefined),
    [findDeepFn],
  );
  const played = await until(
    async () => {
      const s = await videoState(page);
      return s && s.readyState >= 2 && s.currentTime > 0 ? s : null;
    },
    { timeout: 20_000, every: 200, what: "the video to play" },
  ).catch(async () => videoState(page));
  record(
    "timelapses: the player PLAYS the video (readyState >= 2, currentTime > 0)",
    Boolean(played && played.readyState >= 2 && played.currentTime > 0 && played.id === tl.id),
    JSON.stringify(played),
  );
  check(
    "timelapses: download link is the signed URL",
    await page
      .locator('odin-timelapses-page odin-dialog[data-dialog="player"] a[data-action="download"]')
      .getAttribute("href"),
    tl.url,
  );
  check(
    "timelapses: admin sees Delete",
    await page.locator('odin-timelapses-page odin-dialog[data-dialog="player"] [data-action="delete"]').count(),
    1,
  );
  for (const dark of [false, true]) {
    await theme(page, dark);
    for (const [size, vp] of Object.entries(SIZES)) {
      await page.setViewportSize(vp);
      await page.waitForTimeout(500);
      await shoot(page, `timelapse-player-${size}-${dark ? "dark" : "light"}`);
      if (size === "phone" && !dark) await mobileChecks(page, "timelapse player", 'odin-dialog[data-dialog="player"]');
    }
  }
  await theme(page, false);
  await page
    .locator('odin-timelapses-page odin-dialog[data-dialog="player"] button[data-action="close-dialog"]')
    .click();
  await shootAll(page, "timelapses");

  // a run's timelapse: /odin/timelapses?run=<run id>
  const other = list.items[1];
  await go(page, `/odin/timelapses?run=${other.run_id}`);
  await until(async () => (await videoState(page))?.id === other.id, { what: "the run's timelapse in the player" });
  record("timelapses: ?run=<id> opens that run's timelapse", true, `run ${other.run_id} → timelapse ${other.id}`);

  // a run's detail in Analytics (recent runs of the last 30 days) shows its timelapse
  const acc = await callWS(page, { type: "odin/analytics/time_accuracy", limit: 25 });
  const all = (await callWS(page, { type: "odin/timelapses/list", limit: 100 })).items;
  const withVideo = acc.runs.find((r) => all.some((t) => t.run_id === r.run_id));
  if (withVideo) {
    const want = all.find((t) => t.run_id === withVideo.run_id);
    await go(page, "/odin/analytics");
    await page.locator('odin-analytics-page [data-loaded="true"]').waitFor();
    await page.locator('odin-analytics-page [data-section="accuracy"] details > summary').click();
    await page.locator(`odin-analytics-page tr[data-key="${withVideo.run_id}"] button[data-action="run"]`).click();
    await until(async () => (await videoState(page))?.id === want.id, { what: "the run detail's timelapse" });
    record("analytics: a run's detail shows its timelapse", true, `run ${withVideo.run_id} → timelapse ${want.id}`);
    await shoot(page, "run-detail-desktop-light");
    await page.locator('odin-analytics-page odin-dialog[data-dialog="run"] button[data-action="close-dialog"]').click();
  } else {
    record(
      "analytics: a run's detail shows its timelapse",
      true,
      "skipped: no recent successful run with a timelapse yet",
    );
  }
  await go(page, `/odin/timelapses?run=${other.run_id}`);
  await until(async () => (await videoState(page))?.id === other.id, { what: "the run's timelapse in the player" });

  // delete (admin) with confirmation: file and row go, audited
  await page.locator('odin-timelapses-page odin-dialog[data-dialog="player"] button[data-action="delete"]').click();
  const confirm = page.locator('odin-timelapses-page odin-confirm odin-dialog[data-dialog="confirm"]');
  await confirm.locator('button[data-action="confirm"]').click();
  await until(
    async () => (await page.locator(`odin-timelapses-page button[data-timelapse-id="${other.id}"]`).count()) === 0,
    { what: "the deleted card to go" },
  );
  const afterDel = farmDb();
  check(
    "timelapses: deleted through the UI (DB row gone)",
    afterDel.timelapses.some((t) => t.id === other.id),
    false,
  );
  const audited = afterDel.audit_last.find((a) => a.action === "timelapse_deleted" && a.target_id === String(other.id));
  check("timelapses: deletion audited with the user", audited ? audited.user_name : null, "Demo");
  await go(page, "/odin/timelapses");
}

async function viewerSuite() {
  const { context, page, dir, errors } = await launch("viewer");
  try {
    await login(page, VIEWER_USER, VIEWER_PASS);
    record("non-admin login", true, VIEWER_USER);
    const isAdmin = await page.evaluate(() => document.querySelector("home-assistant").hass.user.is_admin);
    check("non-admin user is not admin", isAdmin, false);
    await step("viewer panel", async () => {
      await go(page, "/odin/fleet");
      await page.locator("odin-fleet-page odin-printer-tile").first().waitFor();
      const tabs = await page.locator("odin-panel [data-tab]").evaluateAll((els) => els.map((e) => e.dataset.tab));
      check("non-admin: tabs (no Audit)", tabs, [
        "fleet",
        "queue",
        "files",
        "presets",
        "drying",
        "timelapses",
        "analytics",
      ]);
      await go(page, "/odin/files");
      await page.locator('odin-files-page [data-denied="upload"]').waitFor();
      check(
        "non-admin: Files page shows the admin-only notice, no upload",
        await page.locator('odin-files-page input[type="file"]').count(),
        0,
      );
      check(
        "non-admin: odin/dispatch/next refused",
        await callWSError(page, { type: "odin/dispatch/next", printer_id: "x", dry_run: true }),
        "unauthorized",
      );
      await shoot(page, "viewer-files-phone-light");
      await go(page, "/odin/audit");
      await page.locator('odin-panel [data-denied="audit"]').waitFor();
      const rows = await page.locator("odin-panel [data-audit-id]").count();
      check("non-admin: /odin/audit shows no audit rows", rows, 0);
      check("non-admin: odin/audit/list refused", await callWSError(page, { type: "odin/audit/list" }), "unauthorized");
      check(
        "non-admin: odin/audit/filters refused",
        await callWSError(page, { type: "odin/audit/filters" }),
        "unauthorized",
      );
      const status = await page.evaluate(() =>
        document
          .querySelector("home-assistant")
          .hass.fetchWithAuth("/api/odin/audit.csv")
          .then((r) => r.status),
      );
      check("non-admin: audit CSV refused (401)", status, 401);
      await page.setViewportSize(SIZES.phone);
      await go(page, "/odin/audit");
      await page.waitForTimeout(500);
      await shoot(page, "viewer-audit-phone-light");
      await go(page, "/odin/analytics");
      await page.locator('odin-analytics-page [data-loaded="true"]').waitFor();
      await shoot(page, "viewer-analytics-phone-light");
    });
    await step("viewer timelapses", async () => {
      await page.setViewportSize(SIZES.phone);
      await go(page, "/odin/timelapses");
      await page.locator('odin-timelapses-page [data-loaded="true"]').waitFor();
      const tl = (await callWS(page, { type: "odin/timelapses/list" })).items[0];
      await page.locator(`odin-timelapses-page button[data-timelapse-id="${tl.id}"]`).click();
      await page
        .locator('odin-timelapses-page odin-dialog[data-dialog="player"] odin-timelapse-player video')
        .waitFor();
      const played = await until(
        async () => {
          const s = await videoState(page);
          return s && s.readyState >= 2 ? s : null;
        },
        { timeout: 20_000, every: 200, what: "the video to load" },
      ).catch(async () => videoState(page));
      record(
        "non-admin: timelapse loads in the player",
        Boolean(played && played.readyState >= 2),
        JSON.stringify(played),
      );
      check(
        "non-admin: no Delete in the player",
        await page.locator('odin-timelapses-page odin-dialog[data-dialog="player"] [data-action="delete"]').count(),
        0,
      );
      check(
        "non-admin: player says deleting is for admins",
        await page.locator('odin-timelapses-page [data-denied="delete"]').count(),
        1,
      );
      check(
        "non-admin: odin/timelapses/delete refused",
        await callWSError(page, { type: "odin/timelapses/delete", timelapse_id: tl.id }),
        "unauthorized",
      );
      check(
        "non-admin: the timelapse is still in the DB",
        farmDb().timelapses.some((t) => t.id === tl.id),
        true,
      );
      await shoot(page, "viewer-timelapse-phone-light");
      await page
        .locator('odin-timelapses-page odin-dialog[data-dialog="player"] button[data-action="close-dialog"]')
        .click();
      // farm operations are open to every user (the websocket commands do not require admin)
      await go(page, "/odin/queue");
      await page.locator('odin-queue-page [data-loaded="true"]').waitFor();
      check(
        "non-admin: Queue page lists the jobs",
        (await page.locator("odin-queue-page [data-list=queued] [data-job-id]").count()) > 0,
        true,
      );
      await shoot(page, "viewer-queue-phone-light");
    });
    await step("viewer dashboard", async () => {
      await page.setViewportSize(SIZES.desktop);
      await page.goto(`${BASE}/${DASHBOARD}/farm`, { waitUntil: "domcontentloaded" });
      await page.locator('odin-audit-log-card [data-denied="audit"]').waitFor({ timeout: 60_000 });
      check(
        "non-admin: audit log card shows no entries",
        await page.locator("odin-audit-log-card [data-audit-id]").count(),
        0,
      );
      await page.locator('odin-failure-analytics-card [data-kpi="runs"]').waitFor();
      record("non-admin: failure analytics card loads", true);
      await shoot(page, "viewer-dashboard-desktop-light");
    });
    record("non-admin: no page errors from O.D.I.N.", errors.length === 0, errors.slice(0, 3).join(" | "));
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function sortObj(o) {
  return Object.fromEntries(Object.entries(o ?? {}).sort(([a], [b]) => a.localeCompare(b)));
}

// ------------------------------------------------------------------------------------ main

const started = Date.now();
try {
  await step("translations", async () => {
    const keys = (o, p = "") =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === "object" ? keys(v, `${p}${k}.`) : [`${p}${k}`]));
    const load = (lang) =>
      JSON.parse(readFileSync(path.join(REPO, "frontend", "src", "translations", `${lang}.json`), "utf8"));
    const en = new Set(keys(load("en")));
    const de = new Set(keys(load("de")));
    check(
      "translations: de has every en key",
      [...en].filter((k) => !de.has(k)),
      [],
    );
    check(
      "translations: de has no extra key",
      [...de].filter((k) => !en.has(k)),
      [],
    );
  });
  await adminSuite();
  await step("non-admin", viewerSuite);
} catch (err) {
  record("e2e run", false, String(err?.stack ?? err));
}
const failed = results.filter((r) => !r.ok);
writeFileSync(
  path.join(ART, "results.json"),
  JSON.stringify({ results, seconds: (Date.now() - started) / 1000 }, null, 2),
);
console.log(
  `\ne2e: ${results.length - failed.length} passed, ${failed.length} failed (${Math.round((Date.now() - started) / 1000)} s; screenshots in ${path.relative(REPO, ART)}/)`,
);
process.exit(failed.length ? 1 : 0);
