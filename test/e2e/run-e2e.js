#!/usr/bin/env node
/**
 * `npm run test:e2e`: the web page in headless Chromium against the bundled sample.
 * Builds dist/ when missing or older than the sources, serves it on 127.0.0.1, opens
 * samples/khu-vuc-phia-nam-2023.xlsx in the page, and checks the findings against the engine run in
 * Node (`kc validate --format json`), the severity filter, the text checker tab, and the downloaded
 * workbook's summary tabs. Saves screenshots in test-results/screenshots/. Exit 1 on any failure.
 */
"use strict";
const { execFileSync, spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { serveDist } = require("../../scripts/serve-dist");

const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const SAMPLE = path.join(ROOT, "samples", "khu-vuc-phia-nam-2023.xlsx");
const OUT = path.join(ROOT, "test-results");
const SHOTS = path.join(OUT, "screenshots");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const TIMEOUT = 60_000;

const results = [];
function check(name, ok, detail = "") {
  results.push({ name, ok });
  console.log(`${ok ? "ok  " : "FAIL"} ${name}${detail ? ` — ${detail}` : ""}`);
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit" });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${r.status})`);
}

/** Builds the page when dist/ is missing or older than src/ or the webpack config. */
function ensureBuilt() {
  const page = path.join(DIST, "index.html");
  const sources = Math.max(newestMtime(path.join(ROOT, "src")), fs.statSync(path.join(ROOT, "webpack.config.js")).mtimeMs);
  if (fs.existsSync(page) && fs.statSync(page).mtimeMs >= sources) return;
  console.log("e2e: building dist/ (webpack --mode production)…");
  run("npx", ["webpack", "--mode", "production"]);
}

/** The engine's answer in Node, through the CLI (compiled into lib/ first when needed). */
function engineFindings() {
  const cli = path.join(ROOT, "lib", "src", "cli", "main.js");
  const sources = newestMtime(path.join(ROOT, "src", "core"));
  if (!fs.existsSync(cli) || fs.statSync(cli).mtimeMs < sources) run("npx", ["tsc", "-p", "tsconfig.node.json"]);
  let stdout;
  try {
    stdout = execFileSync("node", [path.join(ROOT, "bin", "kc.js"), "validate", SAMPLE, "--format", "json"], { cwd: ROOT, encoding: "utf8" });
  } catch (error) {
    if (error.status !== 1) throw error; // 1 = error findings, still a report
    stdout = error.stdout;
  }
  return JSON.parse(stdout).findings;
}

async function main() {
  ensureBuilt();
  const expected = engineFindings();
  const { chromium } = require("playwright-core");
  const ExcelJS = require("exceljs");
  fs.mkdirSync(SHOTS, { recursive: true });
  const server = await serveDist(0);
  const url = `http://127.0.0.1:${server.address().port}/index.html`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const pageErrors = [];
  try {
    const context = await browser.newContext({ acceptDownloads: true, locale: "vi-VN", viewport: { width: 480, height: 1000 } });
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    page.on("pageerror", (e) => pageErrors.push(e.message));
    page.on("console", (m) => m.type() === "error" && pageErrors.push(m.text()));
    const requests = [];
    page.on("request", (r) => requests.push(r.url()));

    await page.goto(url);
    await page.getByRole("heading", { name: "KC – Kiểm tra khuyến công" }).waitFor();
    check("the page starts in Vietnamese", true);
    // ExcelJS is no part of the page any more: neither the reader nor the writer uses it.
    const excelJsFiles = [
      ...fs.readdirSync(DIST).map((f) => path.join(DIST, f)),
      ...fs.readdirSync(path.join(DIST, "chunks")).map((f) => path.join(DIST, "chunks", f)),
    ].filter((f) => f.endsWith(".js") && /WorkbookWriter|exceljs/i.test(fs.readFileSync(f, "utf8")));
    check("no file of the page holds ExcelJS", excelJsFiles.length === 0, excelJsFiles.join(", "));
    const startsWorker = () => requests.some((r) => r.endsWith("/package-worker.js"));
    check("the package writer's worker is not loaded before the page writes", !startsWorker());

    const loadsReader = () => requests.some((r) => /\/chunks\/read\.[0-9a-f]+\.js$/.test(r));
    await page.locator('[data-testid="file-input"]').setInputFiles(SAMPLE);
    await page.locator('[data-testid="file-name"]', { hasText: "khu-vuc-phia-nam-2023.xlsx" }).waitFor();
    check("KC's package reader is loaded to read the file, the writer's worker not yet", loadsReader() && !startsWorker());
    await page.getByTestId("validate").click();
    await page.locator('[data-testid="shown-count"]').waitFor();
    await page.getByTestId("validate").and(page.locator(":enabled")).waitFor();

    const shown = await page.locator('[data-testid="finding"]').count();
    check("number of findings equals the engine's in Node", shown === expected.length, `page ${shown}, engine ${expected.length}`);
    const first = expected[0];
    const firstOnPage = page.locator('[data-testid="finding"]').filter({ hasText: first.message.vi });
    check("a finding's text is shown as the engine wrote it", (await firstOnPage.count()) >= 1, first.message.vi);
    const text = await firstOnPage.first().innerText();
    check("the finding shows its cell", text.includes(first.cell), first.cell);

    await page.locator('[data-testid="finding"]').first().focus();
    await page.keyboard.press("Enter");
    const peek = page.getByTestId("peek");
    await peek.waitFor();
    const targetText = (await peek.locator('[aria-current="location"]').innerText()).trim();
    const digits = (v) => String(v).replace(/\D/g, "");
    check("Enter on a finding shows its cell and value", digits(targetText) === digits(first.found), `${first.sheet}!${first.cell} = ${targetText}`);
    await page.waitForTimeout(500); // the dialog's opening animation
    await page.screenshot({ path: path.join(SHOTS, "cell.png") });
    await page.keyboard.press("Escape");
    await peek.waitFor({ state: "detached" });
    const focused = await page.evaluate(() => document.activeElement && document.activeElement.getAttribute("data-testid"));
    check("closing the cell view returns focus to the finding", focused === "finding", String(focused));

    // The dialog's surface and backdrop fade out after it is detached: wait until both are gone.
    await page.waitForFunction(() => !document.querySelector('.fui-DialogSurface, .fui-DialogSurface__backdrop, [role="dialog"]'));
    await page.waitForTimeout(300);
    const shot = path.join(SHOTS, "findings.png");
    await page.screenshot({ path: shot, fullPage: false });
    console.log(`e2e: screenshot of the findings view: ${path.relative(ROOT, shot)}`);

    const errors = expected.filter((f) => f.severity === "error").length;
    await page.getByTestId("filter-warning").click();
    await page.getByTestId("filter-info").click();
    const onlyErrors = await page.locator('[data-testid="finding"]').count();
    const severities = await page.locator('[data-testid="finding"]').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute("data-severity")))]);
    check(
      "filtering by severity keeps the errors only",
      onlyErrors === errors && severities.every((s) => s === "error"),
      `${onlyErrors} shown, ${errors} errors`,
    );
    await page.screenshot({ path: path.join(SHOTS, "findings-errors.png") });
    await page.getByTestId("filter-warning").click();
    await page.getByTestId("filter-info").click();
    check("clearing the filter shows them all again", (await page.locator('[data-testid="finding"]').count()) === expected.length);

    await page.getByRole("searchbox").fill(first.sheet);
    const bySheet = expected.filter((f) =>
      [f.message.vi, f.message.en, f.sheet, f.cell, f.rule, f.basis || ""].join(" ").toLowerCase().includes(first.sheet.toLowerCase()),
    ).length;
    const searched = await page.locator('[data-testid="finding"]').count();
    check("searching by province narrows the list", searched > 0 && searched <= bySheet && searched < expected.length, `${searched} for "${first.sheet}"`);
    await page.getByRole("searchbox").fill("");

    await page.getByTestId("tab-summary").click();
    await page.getByTestId("summarize").click();
    await page.getByTestId("summarize").and(page.locator(":enabled")).waitFor();
    check("the package writer's worker is started once the page writes", startsWorker());
    const written = await page.getByTestId("written").innerText();
    check("the summary says which tabs it wrote", written.includes("TH_KinhPhi") && written.includes("TH_BaoCao"), written);
    const bars = await page.locator("li[aria-label*='kế hoạch']").count();
    check("the completion overview has a bar per province sheet", bars > 0, `${bars} bars`);
    await page.screenshot({ path: path.join(SHOTS, "summary.png"), fullPage: true });
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
    const saved = path.join(OUT, download.suggestedFilename());
    await download.saveAs(saved);
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(saved);
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(SAMPLE);
    const names = out.worksheets.map((w) => w.name);
    const tabs = ["TH_KinhPhi", "TH_NoiDung", "TH_KiemTra", "TH_BaoCao"];
    check(
      "the download has the four summary tabs",
      tabs.every((t) => names.includes(t)),
      names.slice(-4).join(", "),
    );
    check(
      "the download keeps every original sheet, in order",
      original.worksheets.every((w, i) => names[i] === w.name),
    );
    check(
      "summary tabs carry the generated marker",
      tabs.every((t) => String(out.getWorksheet(t).getCell("A1").value).startsWith("KC:generated:v1")),
    );
    const funding = out.getWorksheet("TH_KinhPhi");
    let formulas = 0;
    funding.eachRow((row) => row.eachCell((cell) => (formulas += cell.formula ? 1 : 0)));
    check("TH_KinhPhi figures are live formulas", formulas > 10, `${formulas} formulas`);
    const report = out.getWorksheet("TH_KiemTra");
    let reportRows = 0;
    report.eachRow(() => reportRows++);
    check("TH_KiemTra lists every finding", reportRows >= expected.length, `${reportRows} rows`);
    // The download is the sample's own package: every entry KC does not edit, byte for byte.
    const { unzipSync } = require("fflate");
    const before = unzipSync(fs.readFileSync(SAMPLE));
    const after = unzipSync(fs.readFileSync(saved));
    const edited = new Set(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "docProps/app.xml"]);
    const changed = Object.keys(before).filter(
      (n) => !n.endsWith("/") && !edited.has(n) && !(after[n] && Buffer.from(after[n]).equals(Buffer.from(before[n]))),
    );
    check("the download keeps every other part of the file byte for byte", changed.length === 0, changed.join(", "));

    await page.getByTestId("tab-text").click();
    const sentence =
      "Năm 2019, Trung tâm đã hoàn thành 13/13 đề án với tổng kinh phí 7.231 triệu đồng, trong đó kinh phí khuyến công hỗ trợ 3.407 triệu đồng, vốn đối ứng 3.824 triệu đồng. Tổng kinh phí 5.000 triệu đồng, trong đó KCQG 2.000 triệu đồng, KCĐP 2.500 triệu đồng.";
    await page.getByTestId("text-input").fill(sentence);
    await page.getByTestId("check-text").click();
    await page.locator('[data-testid="claim"]').first().waitFor();
    const verdicts = await page.locator('[data-testid="claim"]').evaluateAll((els) => els.map((e) => e.getAttribute("data-verdict")));
    check(
      "the text checker marks a consistent and an inconsistent total",
      verdicts.includes("consistent") && verdicts.includes("inconsistent"),
      verdicts.join(", "),
    );
    await page.screenshot({ path: path.join(SHOTS, "check-text.png"), fullPage: true });

    await page.getByTestId("tab-settings").click();
    // The settings tab loads on first use: wait for its controls, then for the tab indicator to settle.
    await page.getByRole("radio", { name: "English" }).waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(SHOTS, "settings.png"), fullPage: true });
    await page.getByRole("radio", { name: "English" }).check();
    const english = await page
      .getByRole("tab", { name: "Check text" })
      .waitFor({ timeout: 10_000 })
      .then(
        () => true,
        () => false,
      );
    check("the language can be switched to English", english);
    await page.screenshot({ path: path.join(SHOTS, "settings-en.png"), fullPage: true });

    const dark = await browser.newContext({ colorScheme: "dark", locale: "en-US", viewport: { width: 480, height: 700 } });
    const darkPage = await dark.newPage();
    darkPage.on("pageerror", (e) => pageErrors.push(e.message));
    await darkPage.goto(url);
    await darkPage.getByRole("heading", { name: "KC – Khuyến công checker" }).waitFor();
    const background = await darkPage.locator("main").evaluate((el) => getComputedStyle(el).backgroundColor);
    const lightness = (background.match(/\d+/g) || []).slice(0, 3).reduce((s, v) => s + Number(v), 0) / 3;
    check("a dark colour scheme gets Fluent's dark theme, in English for an English browser", lightness < 80, background);
    await darkPage.screenshot({ path: path.join(SHOTS, "dark-en.png") });
    await dark.close();

    check("no error in the page's console", pageErrors.length === 0, pageErrors.slice(0, 3).join(" | "));
  } finally {
    await browser.close();
    server.close();
  }
}

main()
  .catch((error) => check("e2e run", false, error && error.stack ? error.stack : String(error)))
  .finally(() => {
    const passed = results.filter((r) => r.ok).length;
    const failed = results.length - passed;
    console.log(`${passed} passed, ${failed} failed`);
    process.exitCode = failed > 0 ? 1 : 0;
  });
