#!/usr/bin/env node
/**
 * `npm run test:e2e`: the web page in headless Chromium, at Excel's default task-pane width (350 px) and
 * at 480 px, against the bundled sample. Builds dist/ when missing or older than the sources, serves it on
 * 127.0.0.1, and checks: the first run; opening samples/khu-vuc-phia-nam-2023.xlsx; the findings against
 * the engine run in Node (`kc validate --format json`), with their rule titles, folded repeats and the
 * first finding above the fold; tabs that fit; a keyboard-only walk from the check to a finding's cell;
 * filters and search; the summary and its download; the text checker; settings (language, rounding,
 * region, the workbook's settings) surviving a reload; KC formulas to values in the downloaded copy; the
 * formula review's walk and its cell view against `kc review` in Node; a workbook with no report; the dark theme;
 * then the pane as Excel shows it, over the fake Excel host (excel-pane.js): province reports inserted from
 * files, and an Excel without ExcelApi 1.13. axe-core runs on every view and its results are printed.
 * Screenshots go to test-results/screenshots/. Exit 1 on any failure.
 */
"use strict";
const { execFileSync, spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { serveDist } = require("../../scripts/serve-dist");
const { excelPane } = require("./excel-pane");

const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const SAMPLE = path.join(ROOT, "samples", "khu-vuc-phia-nam-2023.xlsx");
const REGION = path.join(ROOT, "samples", "khu-vuc-phia-nam-2025");
const OUT = path.join(ROOT, "test-results");
const SHOTS = path.join(OUT, "screenshots");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const AXE = require.resolve("axe-core/axe.min.js");
const TIMEOUT = 60_000;
const PANE = { width: 350, height: 720 };
const WIDE = { width: 480, height: 1000 };

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

/** `kc review FILE --format json`: the formula review's suspects (findings) and notes in Node (exit 1 when it finds some). */
function reviewInNode(file) {
  try {
    return JSON.parse(execFileSync("node", [path.join(ROOT, "bin", "kc.js"), "review", file, "--format", "json"], { cwd: ROOT, encoding: "utf8" }));
  } catch (error) {
    if (error.status !== 1) throw error;
    return JSON.parse(error.stdout);
  }
}

/** The engine's answer in Node, through the CLI (compiled into lib/ first when needed), and the rule catalog. */
function engine() {
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
  const { RULE_CATALOG } = require(path.join(ROOT, "lib", "src", "core", "validation", "catalog.js"));
  return { findings: JSON.parse(stdout).findings, catalog: RULE_CATALOG };
}

/**
 * Small workbooks written for this test: one with KC formulas (cached results), one with no province report,
 * and one whose formulas hold three planted mistakes for the formula review (a completion typed over its
 * formula, equal to what the formula gives once rounded: a note; one dividing by the wrong plan and a SUM one
 * row short: suspects).
 */
async function writeFixtures(ExcelJS) {
  const withKc = new ExcelJS.Workbook();
  const sheet = withKc.addWorksheet("Tính toán");
  sheet.getCell("A1").value = 64.18;
  sheet.getCell("B1").value = 72.59;
  sheet.getCell("C1").value = { formula: "KC.COMPLETION(A1,B1)", result: 0.8841 };
  sheet.getCell("C2").value = { formula: "A1+B1", result: 136.77 };
  sheet.getCell("C3").value = { formula: 'KC.TEXT(A1,2,"tỷ")', result: "64,18 tỷ đồng" };
  const kcFile = path.join(OUT, "ham-kc.xlsx");
  await withKc.xlsx.writeFile(kcFile);
  const notes = new ExcelJS.Workbook();
  notes.addWorksheet("Ghi chú").getCell("A1").value = "Danh sách việc cần làm";
  notes.addWorksheet("Sheet2").getCell("B2").value = 42;
  const noReportFile = path.join(OUT, "khong-co-bao-cao.xlsx");
  await notes.xlsx.writeFile(noReportFile);
  const formulas = new ExcelJS.Workbook();
  const table = formulas.addWorksheet("Tiền Giang");
  table.getCell("A1").value = "Tỉnh/Thành phố";
  table.getCell("B1").value = "Tiền Giang";
  table.getRow(3).values = ["STT", "Nội dung", "Kế hoạch", "Thực hiện", "Tỷ lệ"];
  const items = ["Đào tạo nghề", "Mô hình trình diễn", "Máy móc thiết bị", "Hội chợ", "Tư vấn"];
  const plan = [120, 340, 95, 410, 230];
  const done = [100, 300, 90, 380, 200];
  items.forEach((item, i) => {
    const r = 4 + i;
    table.getRow(r).values = [i + 1, item, plan[i], done[i]];
    const over = r === 7 ? r - 1 : r; // E7 divides by the plan of the row above
    table.getCell(`E${r}`).value = r === 5 ? 0.88 : { formula: `D${r}/C${over}`, result: done[i] / plan[over - 4] };
  });
  const sum = (xs) => xs.reduce((a, b) => a + b, 0);
  table.getCell("B9").value = "Cộng";
  table.getCell("C9").value = { formula: "SUM(C4:C7)", result: sum(plan.slice(0, 4)) }; // one row short
  table.getCell("D9").value = { formula: "SUM(D4:D8)", result: sum(done) };
  table.getCell("E9").value = { formula: "D9/C9", result: sum(done) / sum(plan.slice(0, 4)) };
  const formulaFile = path.join(OUT, "cong-thuc.xlsx");
  await formulas.xlsx.writeFile(formulaFile);
  // A project list in a province's own layout: column E ("Phần doanh nghiệp góp") is the counterpart, which KC
  // does not know (read in part), so row 6's total cost (250 ≠ 150 + 80) is checked only once the officer says so.
  const reading = new ExcelJS.Workbook();
  const project = reading.addWorksheet("Kien Giang");
  [
    ["UBND TỈNH KIÊN GIANG"],
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN ĐỀ ÁN KHUYẾN CÔNG NĂM 2023"],
    [null, null, null, null, "ĐVT: triệu đồng"],
    ["STT", "Tên đề án", "Tổng kinh phí", "Kinh phí khuyến công hỗ trợ", "Phần doanh nghiệp góp", "Nguồn vốn"],
    [1, "Hỗ trợ ứng dụng máy sấy nông sản", 900, 300, 600, "KCĐP"],
    [2, "Đào tạo nghề mây tre đan", 250, 150, 80, "KCĐP"],
    [3, "Hỗ trợ ứng dụng máy ép viên", 700, 280, 420, "KCQG"],
    [null, "Tổng cộng", 1850, 730, 1100],
  ].forEach((row) => project.addRow(row));
  const readingFile = path.join(OUT, "kien-giang.xlsx");
  await reading.xlsx.writeFile(readingFile);
  return { kcFile, noReportFile, formulaFile, readingFile };
}

/** axe-core on the page as it is; prints every violation and returns their count. */
async function axe(page, label) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.addScriptTag({ path: AXE });
  // Tabster's focus sentinels (<i tabindex="0" aria-hidden>, Fluent's focus management) pass focus on at once; axe cannot know.
  const result = await page.evaluate(() =>
    window.axe.run(
      { include: [document], exclude: [["[data-tabster-dummy]"]] },
      { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } },
    ),
  );
  const violations = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} node(s), e.g. ${v.nodes[0]?.target.join(" ")}`);
  console.log(
    `axe ${label}: ${result.passes.length} rules passed, ${result.violations.length} violated${violations.length ? "\n  " + violations.join("\n  ") : ""}`,
  );
  check(`axe finds no violation: ${label}`, result.violations.length === 0, violations.join("; "));
}

async function shot(page, name, fullPage = false) {
  await page.waitForTimeout(250); // tab indicator and fades settle
  await page.screenshot({ path: path.join(SHOTS, name), fullPage });
}

/** No horizontal scrollbar, and every tab inside the viewport. */
async function tabsFit(page, label) {
  const { scroll, client, rights, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
    rights: [...document.querySelectorAll('[role="tab"]')].map((t) => t.getBoundingClientRect().right),
    width: window.innerWidth,
  }));
  check(
    `tabs fit without a horizontal scrollbar at ${label}`,
    scroll <= client && rights.every((r) => r <= width),
    `scroll ${scroll}/${client}, last tab ends at ${Math.round(Math.max(...rights))} of ${width}`,
  );
}

/** Every finding the page lists: shown one by one, or folded into a repeated rule (its data-count). */
async function findingsOnPage(page) {
  return page.evaluate(() => {
    const single = document.querySelectorAll('[data-testid="finding"]:not([data-nested])').length;
    const folded = [...document.querySelectorAll('[data-testid="finding-repeat"]')].reduce((s, e) => s + Number(e.getAttribute("data-count")), 0);
    return single + folded;
  });
}

async function openFile(page, file) {
  await page.getByTestId("tab-validate").click();
  await page.locator('[data-testid="file-input"]').setInputFiles(file);
  await page.locator('[data-testid="file-name"]', { hasText: path.basename(file) }).waitFor();
  await page.getByTestId("validate").and(page.locator(":enabled")).waitFor();
}

async function openMore(page, view) {
  await page.getByTestId("tab-more").click();
  await page.getByTestId(`more-${view}`).click();
  await page.getByTestId("more-back").waitFor();
}

async function main() {
  ensureBuilt();
  const { findings: expected, catalog } = engine();
  const { chromium } = require("playwright-core");
  const ExcelJS = require("exceljs");
  fs.mkdirSync(SHOTS, { recursive: true });
  const fixtures = await writeFixtures(ExcelJS);
  const server = await serveDist(0);
  const url = `http://127.0.0.1:${server.address().port}/index.html`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const pageErrors = [];
  const watch = (page) => {
    page.setDefaultTimeout(TIMEOUT);
    page.on("pageerror", (e) => pageErrors.push(e.message));
    page.on("console", (m) => m.type() === "error" && pageErrors.push(m.text()));
  };
  try {
    // ---- 350 px, Vietnamese: first run, findings, keyboard, filters, summary, text, settings, conversion.
    const context = await browser.newContext({ acceptDownloads: true, locale: "vi-VN", viewport: PANE });
    const page = await context.newPage();
    watch(page);
    const requests = [];
    page.on("request", (r) => requests.push(r.url()));

    await page.goto(url);
    await page.getByRole("heading", { name: "KC – Khuyến công", level: 1 }).waitFor();
    await page.getByTestId("first-run").waitFor();
    const firstRun = await page.getByTestId("first-run").innerText();
    check(
      "the first run says what KC checks, what a report looks like, that data stays here, and the version",
      /KC kiểm tra gì/.test(firstRun) && /Báo cáo tỉnh/.test(firstRun) && /không gửi đi đâu/.test(firstRun) && /phiên bản/i.test(firstRun),
      firstRun.split("\n").slice(0, 2).join(" / "),
    );
    check("the first run links to the layouts KC reads and to help", (await page.locator('a[href="help.html#layouts"]').count()) === 1);
    await tabsFit(page, "350 px");
    await shot(page, "first-run-350.png");
    await axe(page, "first run, 350 px");
    // ExcelJS is no part of the page: KC's reader reads, the package writer (in its worker) writes the summary,
    // a province sheet and KC formulas to values.
    const excelJsFiles = [
      ...fs.readdirSync(DIST).map((f) => path.join(DIST, f)),
      ...fs.readdirSync(path.join(DIST, "chunks")).map((f) => path.join(DIST, "chunks", f)),
    ].filter((f) => f.endsWith(".js") && /WorkbookWriter|exceljs/i.test(fs.readFileSync(f, "utf8")));
    check("no file of the page holds ExcelJS", excelJsFiles.length === 0, excelJsFiles.join(", "));

    const startsWorker = () => requests.some((r) => r.endsWith("/package-worker.js"));
    check("the package writer's worker is not loaded before the page writes", !startsWorker());
    const loadsReader = () => requests.some((r) => /\/chunks\/read\.[0-9a-f]+\.js$/.test(r));
    await openFile(page, SAMPLE);
    check("KC's package reader is loaded to read the file, the writer's worker not yet", loadsReader() && !startsWorker());
    await page.getByTestId("summary-counts").waitFor();
    const counts = await page.getByTestId("summary-counts").innerText();
    const countsBox = await page.getByTestId("summary-counts").boundingBox();
    check("one line of counts", countsBox.height < 30, `${counts.replace(/\s+/g, " ")} (${Math.round(countsBox.height)} px high)`);
    check(
      "number of findings equals the engine's in Node",
      (await findingsOnPage(page)) === expected.length,
      `page ${await findingsOnPage(page)}, engine ${expected.length}`,
    );
    const firstItem = page.locator('[data-testid="finding"], [data-testid="finding-repeat"]').first();
    const firstBox = await firstItem.boundingBox();
    check(
      "the first finding is above the fold at 350 × 720",
      firstBox.y + firstBox.height <= PANE.height,
      `ends at ${Math.round(firstBox.y + firstBox.height)} px`,
    );
    const firstRule = await firstItem.getAttribute("data-rule");
    const firstText = await firstItem.innerText();
    check(
      "a finding shows its rule's Vietnamese title, the id kept beside it",
      firstText.includes(catalog[firstRule].title.vi) && firstText.includes(firstRule),
      `${catalog[firstRule].title.vi} · ${firstRule}`,
    );
    const sameFigures = await page.locator('[data-testid="finding"]').evaluateAll((els) => els.filter((e) => /Cần (.+) · Thấy \1$/m.test(e.innerText)).length);
    check('no "expected = found" line', sameFigures === 0, `${sameFigures} found`);
    const bySheetRule = new Map();
    for (const f of expected) bySheetRule.set(`${f.sheet}|${f.rule}`, (bySheetRule.get(`${f.sheet}|${f.rule}`) ?? 0) + 1);
    const repeated = [...bySheetRule].filter(([, n]) => n >= 3);
    const folded = await page.locator('[data-testid="finding-repeat"]').count();
    check(
      "a rule met 3 times or more in a sheet is folded into one line",
      folded === repeated.length,
      `${folded} folded, ${repeated.length} expected (${repeated.map(([k, n]) => `${k.replace("|", " ")} ×${n}`).join(", ")})`,
    );
    await shot(page, "findings-350.png");
    await axe(page, "findings, 350 px");

    // Keyboard only: Tab to the check button, Enter, Tab to the first finding, Enter shows its cell, Escape returns.
    await page.evaluate(() => document.activeElement?.blur());
    const tabTo = async (testids, max = 40) => {
      for (let i = 0; i < max; i++) {
        await page.keyboard.press("Tab");
        const id = await page.evaluate(() => document.activeElement?.getAttribute("data-testid"));
        if (testids.includes(id)) return id;
      }
      return undefined;
    };
    check("Tab reaches the check button", (await tabTo(["validate"])) === "validate");
    await page.keyboard.press("Enter");
    await page
      .getByTestId("validate")
      .and(page.locator(":disabled"))
      .waitFor({ timeout: 5_000 })
      .catch(() => undefined);
    await page.getByTestId("validate").and(page.locator(":enabled")).waitFor();
    let reached = await tabTo(["finding", "finding-repeat"]);
    if (reached === "finding-repeat") {
      await page.keyboard.press("Enter");
      reached = await tabTo(["finding"]);
    }
    const focusedRule = await page.evaluate(() => document.activeElement?.getAttribute("data-rule"));
    const focusedCell = await page.evaluate(() => document.activeElement?.querySelector("span span:last-child")?.textContent ?? "");
    check("Tab reaches a finding", reached === "finding", `${focusedRule}`);
    await page.keyboard.press("Enter");
    const peek = page.getByTestId("peek");
    await peek.waitFor();
    const target = (await peek.locator('[aria-current="location"]').count()) === 1;
    check("Enter on a finding shows its cell", target, focusedCell);
    await page.waitForTimeout(400); // the dialog's opening animation
    await shot(page, "cell-350.png");
    await axe(page, "cell view, 350 px");
    await page.keyboard.press("Escape");
    await peek.waitFor({ state: "detached" });
    await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "finding", undefined, { timeout: 5_000 }).catch(() => undefined);
    const back = await page.evaluate(() => document.activeElement?.getAttribute("data-testid"));
    check("Escape closes the cell view and focus returns to the finding", back === "finding", String(back));
    await page.waitForFunction(() => !document.querySelector('.fui-DialogSurface, .fui-DialogSurface__backdrop, [role="dialog"]'));

    // Filters, folded behind a button.
    const errors = expected.filter((f) => f.severity === "error").length;
    check("the filters are folded at first", (await page.getByTestId("filter-warning").count()) === 0);
    await page.getByTestId("filters-toggle").click();
    await page.getByTestId("filter-warning").click();
    await page.getByTestId("filter-info").click();
    const onlyErrors = await findingsOnPage(page);
    const severities = await page
      .locator('[data-testid="finding"], [data-testid="finding-repeat"]')
      .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute("data-severity")))]);
    check(
      "filtering by severity keeps the errors only",
      onlyErrors === errors && severities.every((s) => s === "error"),
      `${onlyErrors} shown, ${errors} errors`,
    );
    const ruleOptions = await page.evaluate(() => document.querySelector('[role="combobox"]')?.textContent ?? "");
    check("the rule filter names rules by title", !/\w+\/[\w-]+/.test(ruleOptions), ruleOptions);
    await shot(page, "filters-350.png");
    await axe(page, "filters open, 350 px");
    await page.getByTestId("filter-warning").click();
    await page.getByTestId("filter-info").click();
    const first = expected[0];
    await page.getByRole("searchbox").fill(first.sheet);
    const searched = await findingsOnPage(page);
    check("searching by province narrows the list", searched > 0 && searched < expected.length, `${searched} for "${first.sheet}"`);
    await page.getByRole("searchbox").fill("");
    await page.getByTestId("filters-toggle").click();

    // Summary.
    await page.getByTestId("tab-summary").click();
    await page.getByTestId("summarize").click();
    await page.getByTestId("written").waitFor();
    check("the package writer's worker is started once the page writes", startsWorker());
    const written = await page.getByTestId("written").innerText();
    check(
      "the summary says which tabs it wrote and that the file opened is untouched",
      written.includes("TH_KinhPhi") && written.includes("TH_BaoCao") && /không bị sửa/.test(written),
      written,
    );
    const bars = await page.locator("li[aria-label*='kế hoạch']").count();
    check("the completion overview has a bar per province sheet", bars > 0, `${bars} bars`);
    await shot(page, "summary-350.png");
    await axe(page, "summary, 350 px");
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
    const report = out.getWorksheet("TH_KiemTra");
    let reportRows = 0;
    report.eachRow(() => reportRows++);
    check("TH_KiemTra lists every finding", reportRows >= expected.length, `${reportRows} rows`);
    let titled = 0;
    report.eachRow((row) => row.eachCell((cell) => (titled += cell.value === catalog[first.rule].title.vi ? 1 : 0)));
    check("TH_KiemTra names each rule by its Vietnamese title", titled > 0, catalog[first.rule].title.vi);
    // The download is the sample's own package: every entry KC does not edit, byte for byte.
    const { unzipSync } = require("fflate");
    const before = unzipSync(fs.readFileSync(SAMPLE));
    const after = unzipSync(fs.readFileSync(saved));
    const edited = new Set(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "docProps/app.xml"]);
    const changed = Object.keys(before).filter(
      (n) => !n.endsWith("/") && !edited.has(n) && !(after[n] && Buffer.from(after[n]).equals(Buffer.from(before[n]))),
    );
    check("the download keeps every other part of the file byte for byte", changed.length === 0, changed.join(", "));

    // Text check.
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
    await shot(page, "text-350.png", true);
    await axe(page, "text check, 350 px");
    await page.getByTestId("claim-mark").first().focus();
    const tip = page.getByRole("tooltip");
    await tip.waitFor();
    const tipText = await tip.innerText();
    check("a highlighted claim shows its scope on focus", tipText.includes("Phạm vi:"), tipText);
    await shot(page, "text-scope-350.png");

    // The formula review: walk the suspects in rank order, each with its proposed formula; the cell view marks the region.
    const { findings: reviewed, notes: reviewNotes } = reviewInNode(fixtures.formulaFile);
    await openFile(page, fixtures.formulaFile);
    await openMore(page, "review");
    await shot(page, "review-start-350.png");
    await axe(page, "formula review before a run, 350 px");
    await page.getByTestId("review-run").click();
    await page.getByTestId("review-suspect").waitFor();
    const reviewCounts = await page.getByTestId("review-counts").innerText();
    check(
      "the review view counts the suspects the CLI reports",
      reviewCounts.startsWith(`${reviewed.length} ô đáng ngờ`),
      `${reviewCounts}; kc review: ${reviewed.length}`,
    );
    const suspectAt = () => page.getByTestId("review-suspect").getAttribute("data-cell");
    const walked = [];
    for (let i = 0; i < reviewed.length; i++) {
      walked.push(await suspectAt());
      await page.getByTestId("review-next").click();
    }
    const expectedCells = reviewed.map((f) => `${f.sheet}!${f.cell}`).sort();
    check(
      "Next walks every suspect once, then wraps to the first",
      JSON.stringify([...walked].sort()) === JSON.stringify(expectedCells) && (await suspectAt()) === walked[0],
      walked.join(" → "),
    );
    const firstSuspect = reviewed.find((f) => `${f.sheet}!${f.cell}` === walked[0]);
    const proposedShown = await page.getByTestId("review-proposed").innerText();
    check("a suspect shows the formula proposed", proposedShown === firstSuspect.expected, `${walked[0]}: ${proposedShown}`);
    const foundShown = await page.getByTestId("review-found").innerText();
    check(
      "a typed number is shown the Vietnamese way",
      typeof firstSuspect.found !== "number" || foundShown === String(firstSuspect.found).replace(".", ","),
      foundShown,
    );
    const marked = await page.locator('[data-testid="review-peek"] [data-region]').count();
    check("the grid around the suspect marks its region", marked > 0, `${marked} cells`);
    const suspectBox = await page.getByTestId("review-show").boundingBox();
    check(
      "the suspect and its button are above the fold at 350 × 720",
      suspectBox.y + suspectBox.height <= PANE.height,
      `ends at ${Math.round(suspectBox.y + suspectBox.height)} px`,
    );
    await shot(page, "review-350.png");
    await shot(page, "review-full-350.png", true);
    await axe(page, "formula review, 350 px");
    // Keyboard: Previous, then show the cell; Escape returns to the button.
    await page.getByTestId("review-previous").focus();
    await page.keyboard.press("Enter");
    check("Previous wraps to the last suspect", (await suspectAt()) === walked[walked.length - 1], await suspectAt());
    const announced = await page.locator('[data-testid="review-suspect"] [role="status"]').innerText();
    check("the new position is announced", announced.startsWith(`${reviewed.length} / ${reviewed.length}:`), announced);
    await page.getByTestId("review-show").focus();
    await page.keyboard.press("Enter");
    const reviewPeek = page.getByTestId("peek");
    await reviewPeek.waitFor();
    const lastSuspect = reviewed.find((f) => `${f.sheet}!${f.cell}` === walked[walked.length - 1]);
    const peekProposed = await page.getByTestId("peek-proposed").innerText();
    check(
      "the cell view shows the suspect, its region marked and the formula proposed",
      (await reviewPeek.locator('[aria-current="location"]').count()) === 1 &&
        (await reviewPeek.locator("[data-region]").count()) > 0 &&
        peekProposed.includes(lastSuspect.expected),
      peekProposed,
    );
    await page.waitForTimeout(400);
    await shot(page, "review-cell-350.png");
    await axe(page, "formula review's cell view, 350 px");
    await page.keyboard.press("Escape");
    await reviewPeek.waitFor({ state: "detached" });
    await page
      .waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "review-show", undefined, { timeout: 5_000 })
      .catch(() => undefined);
    check(
      "Escape closes the cell view and focus returns to the button",
      (await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))) === "review-show",
    );
    // The notes: not walked, folded apart under their count; opened by keyboard, each opens its cell like a suspect.
    const notesToggle = page.getByTestId("review-notes-toggle");
    check(
      "the notes are folded apart, counted as kc review counts them, and the walk never stops at one",
      reviewNotes.length > 0 &&
        (await notesToggle.getAttribute("data-count")) === String(reviewNotes.length) &&
        (await notesToggle.getAttribute("aria-expanded")) === "false" &&
        !walked.some((cell) => reviewNotes.some((n) => `${n.sheet}!${n.cell}` === cell)),
      `${await notesToggle.innerText()}; kc review: ${reviewNotes.length} note(s)`,
    );
    await notesToggle.focus();
    await page.keyboard.press("Enter");
    const noteButtons = page.getByTestId("review-note");
    await noteButtons.first().waitFor();
    const notesShown = await noteButtons.evaluateAll((buttons) => buttons.map((b) => b.getAttribute("data-cell")));
    check(
      "Enter unfolds the notes: the cells kc review lists as notes",
      (await notesToggle.getAttribute("aria-expanded")) === "true" &&
        JSON.stringify([...notesShown].sort()) === JSON.stringify(reviewNotes.map((n) => `${n.sheet}!${n.cell}`).sort()),
      notesShown.join(", "),
    );
    await shot(page, "review-notes-350.png", true);
    await axe(page, "formula review's notes, 350 px");
    const firstNote = reviewNotes.find((n) => `${n.sheet}!${n.cell}` === notesShown[0]);
    await noteButtons.first().focus();
    await page.keyboard.press("Enter");
    await reviewPeek.waitFor();
    const noteTitle = await page.getByRole("dialog").getByRole("heading").first().innerText();
    const noteRegion = await reviewPeek.locator("[data-region]").count();
    check(
      "a note opens its cell in the cell view, its region marked",
      noteTitle === `Sheet ${firstNote.sheet}, ô ${firstNote.cell}` && (await reviewPeek.locator('[aria-current="location"]').count()) === 1 && noteRegion > 0,
      `${noteTitle}; ${noteRegion} cells of its region`,
    );
    await shot(page, "review-note-cell-350.png");
    await page.keyboard.press("Escape");
    await reviewPeek.waitFor({ state: "detached" });
    await page
      .waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "review-note", undefined, { timeout: 5_000 })
      .catch(() => undefined);
    check(
      "Escape closes the note's cell view and focus returns to the note",
      (await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))) === "review-note",
    );
    await page.getByTestId("more-back").click();

    // The reading view: a sheet in a province's layout read in part; the officer corrects column E's role by
    // keyboard; KC_CachDoc goes into the copy; the next check finds the total the correction makes checkable.
    const projectTotals = () => page.locator('[data-rule="calc/project-total"]').count();
    await openFile(page, fixtures.readingFile);
    await page.getByTestId("summary-counts").waitFor();
    const totalsBefore = await projectTotals();
    await openMore(page, "reading");
    await page.getByTestId("reading-status").waitFor();
    const status = await page.getByTestId("reading-status").getAttribute("data-status");
    const statusText = await page.getByTestId("reading-status").innerText();
    check(
      "the reading view says the sheet is read in part, and why",
      status === "partial" && /không hiểu cột E/.test(statusText),
      statusText.replace(/\s+/g, " "),
    );
    const facts = await page.getByTestId("reading-facts").innerText();
    check(
      "the title block's facts come with their evidence",
      /Kiên Giang/.test(facts) && /tiêu đề A1/.test(facts) && /ĐVT: triệu đồng/.test(facts),
      facts.split("\n").slice(0, 3).join(" / "),
    );
    const roleE = await page.locator('[data-testid="reading-column"][data-cell="E4"] [data-testid="reading-role"]').innerText();
    check("each column's role is said in Vietnamese, the one KC did not understand unfolded", /chưa hiểu/.test(roleE), roleE);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    check("the reading view has no horizontal scroll at 350 px", overflow <= 0, `${overflow} px too wide`);
    await shot(page, "reading-350.png");
    await shot(page, "reading-full-350.png", true);
    await axe(page, "reading view, 350 px");
    await page.getByTestId("reading-show-table").click();
    await page.getByTestId("peek").waitFor();
    const tableMarked = await page.locator('[data-testid="peek"] [data-region]').count();
    check("the cell view marks the table read", tableMarked > 0, `${tableMarked} cells`);
    await page.keyboard.press("Escape");
    await page.getByTestId("peek").waitFor({ state: "detached" });
    // Keyboard: Enter on column E's "Sửa", pick the role, Tab to save, Enter.
    await page.locator('[data-testid="reading-column"][data-cell="E4"] [data-testid="reading-edit-column"]').focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("reading-form").waitFor();
    const focusedRole = await page.evaluate(() => document.activeElement?.getAttribute("data-testid"));
    check("the correction form takes the focus", focusedRole === "reading-role-choice", String(focusedRole));
    await page.getByTestId("reading-role-choice").selectOption("counterpart");
    await shot(page, "reading-form-350.png");
    await axe(page, "reading view's correction form, 350 px");
    for (let i = 0; i < 5 && (await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))) !== "reading-save"; i++)
      await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.getByTestId("reading-saved").waitFor();
    const savedText = await page.getByTestId("reading-saved").innerText();
    check(
      "the correction is saved in KC_CachDoc and said",
      /Đã ghi vào KC_CachDoc: Kien Giang: Vai trò cột E4 → Vốn đối ứng/.test(savedText),
      savedText.split("\n")[0],
    );
    await page.locator('[data-testid="reading-status"][data-status="read"]').waitFor();
    const applied = await page.locator('[data-testid="reading-correction"][data-state="applied"]').count();
    // The columns fold once every one is understood: their text is there, unfolded on demand.
    const roleAfter = await page.locator('[data-testid="reading-column"][data-cell="E4"] [data-testid="reading-role"]').textContent();
    check("read again: the sheet is read, column E is the counterpart, the correction in use", applied === 1 && /vốn đối ứng/.test(roleAfter), roleAfter);
    await shot(page, "reading-corrected-350.png");
    // The picture of docs/layouts.md: the table with its columns unfolded, column E corrected.
    await page.locator('[data-testid="reading-columns"] summary').click();
    await page.getByTestId("reading-table").evaluate((el) => el.scrollIntoView({ block: "start" }));
    await shot(page, "reading-columns-350.png");
    await axe(page, "reading view after a correction, 350 px");
    await page.getByTestId("reading-check").click();
    await page.getByTestId("summary-counts").waitFor();
    await page.locator('[data-rule="calc/project-total"]').first().waitFor();
    const totalsAfter = await projectTotals();
    check(
      "checked again, the finding changes: the total cost of row 6 is now checked",
      totalsBefore === 0 && totalsAfter > 0,
      `${totalsBefore} → ${totalsAfter}`,
    );
    await page.getByTestId("tab-summary").click();
    const [correctedCopy] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
    const correctedFile = path.join(OUT, correctedCopy.suggestedFilename());
    await correctedCopy.saveAs(correctedFile);
    const correctedBook = new ExcelJS.Workbook();
    await correctedBook.xlsx.readFile(correctedFile);
    const cachDoc = correctedBook.getWorksheet("KC_CachDoc");
    check(
      "the downloaded copy holds KC_CachDoc, hidden, with the correction",
      cachDoc?.state === "hidden" && cachDoc.getCell("C3").value === "E4" && cachDoc.getCell("D3").value === "Vốn đối ứng",
      `${cachDoc?.state} ${cachDoc?.getCell("C3").value} ${cachDoc?.getCell("D3").value}`,
    );

    await openFile(page, SAMPLE); // the settings below are the sample's

    // Settings: language, rounding, region (this browser), the workbook's region and year (by file name); a reload keeps them.
    await openMore(page, "settings");
    await page.getByRole("radio", { name: "English" }).waitFor();
    await shot(page, "settings-350.png", true);
    await axe(page, "settings, 350 px");
    await page.getByTestId("settings-region").fill("khu vực phía Nam");
    await page.getByLabel("Năm báo cáo").fill("2023");
    await page.getByTestId("workbook-save").click();
    await page.getByText("Đã lưu.").waitFor();
    await page.getByRole("radio", { name: "Cắt bớt chữ số" }).check();
    await page.getByRole("radio", { name: "English" }).check();
    const english = await page
      .getByRole("tab", { name: "Text" })
      .waitFor({ timeout: 10_000 })
      .then(
        () => true,
        () => false,
      );
    check("the language can be switched to English", english);
    await page.getByTestId("validate").count(); // settle
    await page.reload();
    await page.getByRole("heading", { name: "KC – Khuyến công", level: 1 }).waitFor();
    const stillEnglish = await page.getByRole("tab", { name: "Check" }).count();
    await openMore(page, "settings");
    const truncate = await page.getByRole("radio", { name: "Truncated" }).isChecked();
    const region = await page.getByTestId("settings-region").inputValue();
    check(
      "after a reload: English, truncation and the region are remembered",
      stillEnglish === 1 && truncate && region === "khu vực phía Nam",
      `English ${stillEnglish === 1}, truncate ${truncate}, region "${region}"`,
    );
    await openFile(page, SAMPLE);
    await openMore(page, "settings");
    const year = await page.getByTestId("settings-year").inputValue();
    check("after a reload, the workbook's report year comes back with the file", year === "2023", year);
    await shot(page, "settings-en-350.png", true);

    // KC formulas to values, on the web page's copy.
    await openFile(page, fixtures.kcFile);
    await openMore(page, "convert");
    await page.getByTestId("convert-scan").click();
    await page.getByTestId("convert-found").waitFor();
    const found = await page.getByTestId("convert-found").innerText();
    check("KC formulas are found and counted before anything changes", /2 cells/.test(found), found);
    await shot(page, "convert-350.png", true);
    await axe(page, "KC formulas to values, 350 px");
    await page.getByTestId("convert-run").click();
    await page.getByTestId("converted").waitFor();
    const [converted] = await Promise.all([page.waitForEvent("download"), page.getByTestId("convert-download").click()]);
    const convertedFile = path.join(OUT, converted.suggestedFilename());
    await converted.saveAs(convertedFile);
    const values = new ExcelJS.Workbook();
    await values.xlsx.readFile(convertedFile);
    const s = values.getWorksheet("Tính toán");
    check(
      "the copy holds the KC results as values and keeps other formulas",
      s.getCell("C1").value === 0.8841 && s.getCell("C3").value === "64,18 tỷ đồng" && s.getCell("C2").formula === "A1+B1",
      `C1 ${JSON.stringify(s.getCell("C1").value)}, C2 ${JSON.stringify(s.getCell("C2").value)}, C3 ${JSON.stringify(s.getCell("C3").value)}`,
    );
    // The copy is the file's own package with its KC formulas removed: no other part is written again.
    const kcBefore = unzipSync(fs.readFileSync(fixtures.kcFile));
    const kcAfter = unzipSync(fs.readFileSync(convertedFile));
    const rewritten = [...new Set([...Object.keys(kcBefore), ...Object.keys(kcAfter)])].filter(
      (n) => !n.endsWith("/") && !(kcBefore[n] && kcAfter[n] && Buffer.from(kcBefore[n]).equals(Buffer.from(kcAfter[n]))),
    );
    check("only the sheet whose KC formulas became values is written again", rewritten.join() === "xl/worksheets/sheet1.xml", rewritten.join(", "));

    // A workbook with no province report: the next step, not "no problem found".
    await page.getByTestId("tab-validate").click();
    await openFile(page, fixtures.noReportFile);
    await page.getByTestId("no-report").waitFor();
    const noReport = await page.getByTestId("no-report").innerText();
    check("a workbook with no report gets the next step", /template/i.test(noReport) && !/No problem found/.test(noReport), noReport.split("\n")[0]);
    await shot(page, "no-report-350.png");
    await axe(page, "no report, 350 px");
    await context.close();

    // ---- 480 px: the same views, wider.
    const wide = await browser.newContext({ locale: "vi-VN", viewport: WIDE });
    const widePage = await wide.newPage();
    watch(widePage);
    await widePage.goto(url);
    await widePage.getByTestId("first-run").waitFor();
    await tabsFit(widePage, "480 px");
    await widePage.getByTestId("tab-validate").focus();
    await widePage.keyboard.press("ArrowRight");
    const afterRight = await widePage.evaluate(() => [
      document.activeElement?.getAttribute("data-testid"),
      document.querySelector('[aria-selected="true"]')?.getAttribute("data-testid"),
    ]);
    await widePage.keyboard.press("End");
    const afterEnd = await widePage.evaluate(() => document.querySelector('[aria-selected="true"]')?.getAttribute("data-testid"));
    await widePage.keyboard.press("Home");
    check(
      "the tabs move with ←/→, Home and End, the focused tab selected",
      afterRight.join() === "tab-summary,tab-summary" && afterEnd === "tab-more",
      `${afterRight.join(" / ")}, End → ${afterEnd}`,
    );
    await shot(widePage, "first-run-480.png");
    await openFile(widePage, SAMPLE);
    await widePage.getByTestId("summary-counts").waitFor();
    await shot(widePage, "findings-480.png");
    await axe(widePage, "findings, 480 px");
    await widePage.getByTestId("tab-summary").click();
    await widePage.getByTestId("summarize").click();
    await widePage.getByTestId("written").waitFor();
    await shot(widePage, "summary-480.png", true);
    await wide.close();

    // ---- 300 px: the narrowest pane still fits its tabs.
    const narrow = await browser.newContext({ locale: "vi-VN", viewport: { width: 300, height: 700 } });
    const narrowPage = await narrow.newPage();
    watch(narrowPage);
    await narrowPage.goto(url);
    await narrowPage.getByTestId("first-run").waitFor();
    await tabsFit(narrowPage, "300 px");
    await narrow.close();

    // ---- Dark, English browser, 350 px.
    const dark = await browser.newContext({ colorScheme: "dark", locale: "en-US", viewport: PANE });
    const darkPage = await dark.newPage();
    watch(darkPage);
    await darkPage.goto(url);
    await darkPage.getByRole("heading", { name: "KC – Khuyến công", level: 1 }).waitFor();
    await darkPage.getByText("What does KC check?").waitFor();
    const background = await darkPage.locator("main").evaluate((el) => getComputedStyle(el).backgroundColor);
    const lightness = (background.match(/\d+/g) || []).slice(0, 3).reduce((s, v) => s + Number(v), 0) / 3;
    check("a dark colour scheme gets Fluent's dark theme, in English for an English browser", lightness < 80, background);
    await shot(darkPage, "dark-en-350.png");
    await axe(darkPage, "first run, dark, 350 px");
    await openFile(darkPage, SAMPLE);
    await darkPage.getByTestId("summary-counts").waitFor();
    await shot(darkPage, "dark-findings-350.png");
    await axe(darkPage, "findings, dark, 350 px");
    await openFile(darkPage, fixtures.formulaFile);
    await openMore(darkPage, "review");
    await darkPage.getByTestId("review-run").click();
    await darkPage.getByTestId("review-suspect").waitFor();
    await shot(darkPage, "dark-review-350.png");
    await axe(darkPage, "formula review, dark, 350 px");
    await dark.close();

    // ---- Several province files dropped on the page, 350 px: one summary workbook (kc summarize's engine).
    const many = await browser.newContext({ acceptDownloads: true, locale: "vi-VN", viewport: PANE });
    const manyPage = await many.newPage();
    watch(manyPage);
    await manyPage.goto(url);
    await manyPage.getByTestId("first-run").waitFor();
    const regionNames = fs.readdirSync(REGION).filter((n) => n.endsWith(".xlsx"));
    const dropped = [...regionNames.map((n) => path.join(REGION, n)), fixtures.noReportFile];
    // A drop as the browser delivers it: a DataTransfer holding the files, on the page.
    const transfer = await manyPage.evaluateHandle(
      (files) => {
        const dt = new DataTransfer();
        for (const f of files) dt.items.add(new File([Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0))], f.name));
        return dt;
      },
      dropped.map((f) => ({ name: path.basename(f), data: fs.readFileSync(f).toString("base64") })),
    );
    await manyPage.dispatchEvent("body", "dragover", { dataTransfer: transfer });
    await manyPage.dispatchEvent("body", "drop", { dataTransfer: transfer });
    await manyPage.getByTestId("opened-files").waitFor();
    await manyPage.getByTestId("validate").and(manyPage.locator(":enabled")).waitFor();
    const statuses = await manyPage.locator('[data-testid="opened-files"] li').evaluateAll((els) => els.map((e) => e.getAttribute("data-status")));
    check(
      "several files dropped: every province file copied, the file with no report named as unusable",
      statuses.filter((x) => x === "copied").length === regionNames.length && statuses.filter((x) => x === "unusable").length === 1,
      `${statuses.length} files: ${[...new Set(statuses)].join(", ")}`,
    );
    await shot(manyPage, "many-files-350.png");
    await axe(manyPage, "several files, 350 px");
    await manyPage.getByTestId("tab-summary").click();
    const [regionDownload] = await Promise.all([manyPage.waitForEvent("download"), manyPage.getByTestId("download").click()]);
    const regionSaved = path.join(OUT, regionDownload.suggestedFilename());
    await regionDownload.saveAs(regionSaved);
    const regionBook = new ExcelJS.Workbook();
    await regionBook.xlsx.readFile(regionSaved);
    const regionSheets = regionBook.worksheets.map((w) => w.name);
    const vinhLong = regionBook.getWorksheet("TH_KinhPhi")?.getColumn(1).values.indexOf("Vĩnh Long");
    const sameFormula = vinhLong > 0 ? regionBook.getWorksheet("TH_KinhPhi").getCell(vinhLong, 11).formula : undefined;
    check(
      "the download holds a copy of each province file and the summary tabs, 2024's old provinces summed into 2025's",
      regionSheets.length === regionNames.length + 4 &&
        ["Bến Tre 2024", "Trà Vinh 2024", "Vĩnh Long 2024"].every((n) => String(sameFormula).includes(`'${n}'!`)),
      `${regionSheets.length} sheets; Vĩnh Long same period =${sameFormula}`,
    );
    await many.close();

    // ---- The pane in Excel (over the fake host), 350 px: province reports inserted from files.
    await excelPane({ browser, check, axe, shot, watch, viewport: PANE });

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
