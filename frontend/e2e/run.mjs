// Browser end-to-end test of the O.D.I.N. panel and cards against a real Home Assistant.
// Started by scripts/e2e (which starts HA with the demo farm and seeded history). Uses
// playwright-core with Debian's chromium; never downloads a browser.
//
// Env: ODIN_URL, ODIN_DB, ODIN_REPO, ODIN_ARTIFACTS, ODIN_ADMIN (user:pass), ODIN_VIEWER (user:pass)
import { chromium } from "playwright-core";
import { spawnSync } from "node:child_process";
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
  record(name, ok, ok ? `${JSON.stringify(actual)}` : `shown ${JSON.stringify(actual)}, DB ${JSON.stringify(expected)}`);
  return ok;
}
async function step(name, fn) {
  try {
    await fn();
  } catch (err) {
    record(name, false, String(err?.stack ?? err).split("\n").slice(0, 3).join(" | "));
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
const norm = (s) => String(s ?? "").replace(/\s+/g, "").replace(/\u00a0|\u202f/g, "");
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

const callWS = (page, msg) =>
  page.evaluate((m) => document.querySelector("home-assistant").hass.callWS(m), msg);
const callWSError = (page, msg) =>
  page.evaluate(
    (m) =>
      document
        .querySelector("home-assistant")
        .hass.callWS(m)
        .then(() => null, (e) => e?.code ?? String(e)),
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
      if (interactive && (r.height < 43.5 || r.width < 43.5)) {
        small.push(`${el.tagName.toLowerCase()}[${(el.textContent || el.getAttribute("name") || "").trim().slice(0, 20)}] ${Math.round(r.width)}x${Math.round(r.height)}`);
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
  record(`${label}: no horizontal overflow at 390 px`, report.count > 0 && !report.docOverflow && report.wide.length === 0, report.wide.join("; ") || `${report.count} elements`);
  record(`${label}: touch targets >= 44 px`, report.small.length === 0, report.small.join("; "));
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
          .evaluate((id) => document.querySelector("home-assistant").hass.callService("button", "press", { entity_id: id }), e)
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
      check("fleet: one tile per DB printer", await tiles.count(), Object.keys(dbNow.printers).length);
      const names = await page.locator("odin-fleet-page odin-printer-tile [data-field=name]").allTextContents();
      check("fleet: printer names = DB", names.map((s) => s.trim()).sort(), Object.values(dbNow.printers).map((p) => p.name).sort());
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
      check("fleet: ?printer= highlights that printer", await page.locator("odin-fleet-page odin-printer-tile[highlighted] [data-printer-id]").getAttribute("data-printer-id"), first);
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
            await page.locator("odin-panel button.icon-btn").click();
            await page.waitForTimeout(600);
            check("fleet: menu button opens the sidebar at 390 px", await drawerOpen(), true);
            await page
              .locator("odin-panel")
              .evaluate((el) => el.dispatchEvent(new CustomEvent("hass-toggle-menu", { bubbles: true, composed: true })));
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
          return grid && grid.dataset.loaded === "true" && page.shadowRoot.querySelector('input[name="from"]').value === from;
        },
        [WIN_FROM],
        { timeout: 30_000 },
      );
      await page.waitForTimeout(800);
      const expect = db(["--start", WIN_START, "--end", WIN_END]);
      const kpi = async (k) => (await page.locator(`odin-analytics-page [data-kpi="${k}"] .value`).textContent())?.trim();
      check("analytics: runs = DB", intText(await kpi("runs")), expect.totals.total);
      check("analytics: failed = DB", intText(await kpi("failed")), expect.totals.failed);
      check("analytics: cancelled = DB", intText(await kpi("cancelled")), expect.totals.cancelled);
      check("analytics: success rate = DB", norm(await kpi("success_rate")), rateText(expect.totals.success_rate));
      record("analytics: window has seeded runs", expect.totals.total > 20, `${expect.totals.total} runs`);

      const byPrinter = await readTable(page, "by_printer");
      for (const [pid, want] of Object.entries(expect.by_printer)) {
        const row = byPrinter?.[pid];
        check(`analytics: ${want.name} runs/success/failed/cancelled = DB`, row ? [row.runs, row.success, row.failed, row.cancelled].map(intText) : null, [want.total, want.success, want.failed, want.cancelled]);
        check(`analytics: ${want.name} MTBF = DB`, row ? norm(row.mtbf) : null, mtbfText(want.mtbf_h, want.mtbf_lower_bound));
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
        page.locator("odin-audit-page tr[data-audit-id]").evaluateAll((els) => els.map((e) => Number(e.dataset.auditId)));
      check("audit: rows on the first page = DB (newest first)", await rowIds(), expect.audit_first.map((r) => r.id));
      record("audit: more than one page in DB", expect.audit_count > 50, `${expect.audit_count} in DB`);
      if (expect.audit_count > 50) {
        await page.locator('odin-audit-page button[data-action="more"]').click();
        await page.waitForFunction(
          (n) => {
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
          },
          expect.audit_count,
        );
        check("audit: after 'Load more' = DB (next page)", await rowIds(), expect.audit_ids.slice(0, 100));
      }
      await page.locator('odin-audit-page select[name="action"]').selectOption("pause");
      await page.waitForTimeout(1500);
      check("audit: filter action = pause equals DB", await rowIds(), expect.audit_pause_ids.slice(0, 50));
      await page.locator('odin-audit-page select[name="action"]').selectOption("");
      await page.waitForTimeout(1500);
      const mine = expect.audit_first.find((r) => r.user_name);
      record("audit: a command by a user is attributed", Boolean(mine), mine ? `${mine.action} by ${mine.user_name}` : "");
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
                { type: "grid", cards: [{ type: "custom:odin-audit-log-card", limit: 8 }] },
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
          cancelled: intText(await page.locator('odin-failure-analytics-card [data-kpi="cancelled"] .value').textContent()),
        };
        const after = db(["--start", start7, "--end", end7]);
        const want = { total: before.totals.total, failed: before.totals.failed, cancelled: before.totals.cancelled };
        ok = JSON.stringify(shown) === JSON.stringify(want);
        last = `shown ${JSON.stringify(shown)}, DB ${JSON.stringify(want)}`;
        if (!ok && JSON.stringify(before.totals) === JSON.stringify(after.totals)) break;
      }
      record("failure analytics card: runs/failed/cancelled (7 days) = DB", ok, last);
      const expect = db();
      const cardIds = await page.locator("odin-audit-log-card li[data-audit-id]").evaluateAll((els) => els.map((e) => Number(e.dataset.auditId)));
      check("audit log card: newest 8 entries = DB", cardIds, expect.audit_first.slice(0, 8).map((r) => r.id));
      const acc30 = db(["--start", `${day(addDays(today, -29))}T00:00:00+00:00`, "--end", end7, "--printer", printers[0].printer_id]);
      const nShown = await page.locator('odin-printer-card [data-kpi="n"]').getAttribute("data-value").catch(() => null);
      check("printer card: est-vs-actual n (30 days) = DB", Number(nShown), acc30.by_printer[printers[0].printer_id]?.accuracy_n ?? 0);
      // card picker entries, stub configs and visual editors
      const editors = await page.evaluate(async () => {
        const hass = document.querySelector("home-assistant").hass;
        const out = {};
        for (const type of ["odin-failure-analytics-card", "odin-audit-log-card", "odin-printer-card"]) {
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
      check("printer card stub uses a DB printer", Object.keys(dbNow.printers).includes(editors["odin-printer-card"].stub.printer_id), true);
      for (const dark of [false, true]) {
        await theme(page, dark);
        for (const [size, vp] of Object.entries(SIZES)) {
          await page.setViewportSize(vp);
          await page.waitForTimeout(800);
          await shoot(page, `dashboard-${size}-${dark ? "dark" : "light"}`);
          if (size === "phone" && !dark) {
            await mobileChecks(page, "cards", "odin-failure-analytics-card, odin-audit-log-card, odin-printer-card");
          }
        }
      }
      await theme(page, false);
    });

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
      check("non-admin: tabs (no Audit)", tabs, ["fleet", "analytics"]);
      await go(page, "/odin/audit");
      await page.locator('odin-panel [data-denied="audit"]').waitFor();
      const rows = await page.locator("odin-panel [data-audit-id]").count();
      check("non-admin: /odin/audit shows no audit rows", rows, 0);
      check("non-admin: odin/audit/list refused", await callWSError(page, { type: "odin/audit/list" }), "unauthorized");
      check("non-admin: odin/audit/filters refused", await callWSError(page, { type: "odin/audit/filters" }), "unauthorized");
      const status = await page.evaluate(() =>
        document.querySelector("home-assistant").hass.fetchWithAuth("/api/odin/audit.csv").then((r) => r.status),
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
    await step("viewer dashboard", async () => {
      await page.setViewportSize(SIZES.desktop);
      await page.goto(`${BASE}/${DASHBOARD}/farm`, { waitUntil: "domcontentloaded" });
      await page.locator('odin-audit-log-card [data-denied="audit"]').waitFor({ timeout: 60_000 });
      check("non-admin: audit log card shows no entries", await page.locator("odin-audit-log-card [data-audit-id]").count(), 0);
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
  await adminSuite();
  await step("non-admin", viewerSuite);
} catch (err) {
  record("e2e run", false, String(err?.stack ?? err));
}
const failed = results.filter((r) => !r.ok);
writeFileSync(path.join(ART, "results.json"), JSON.stringify({ results, seconds: (Date.now() - started) / 1000 }, null, 2));
console.log(`\ne2e: ${results.length - failed.length} passed, ${failed.length} failed (${Math.round((Date.now() - started) / 1000)} s; screenshots in ${path.relative(REPO, ART)}/)`);
process.exit(failed.length ? 1 : 0);
