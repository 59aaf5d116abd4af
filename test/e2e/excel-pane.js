/**
 * The task pane as Excel shows it, in Chromium at 350 px: the real pane (src/taskpane/mount.tsx with the
 * Office adapter) over the fake Excel host of the unit tests (test/office/fake-excel.ts), bundled by
 * webpack into test-results/excel-pane/ (harness.tsx). It drives what only Excel has: "Thêm báo cáo tỉnh
 * từ tệp…" (province files inserted, a taken name, files that cannot be used) and the same view on an Excel
 * without ExcelApi 1.13; the formula review selecting each suspect with its region (and the cell alone below
 * ExcelApi 1.18), writing nothing; the reading view selecting a table's range, a column's role corrected into a
 * hidden KC_CachDoc (the province sheet untouched) and applied by the next check, then shown stale once the
 * header changes, and removed. Called by run-e2e.js with its check, axe and screenshot helpers.
 */
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { serveDist } = require("../../scripts/serve-dist");

const ROOT = path.resolve(__dirname, "..", "..");
const OUT = path.join(ROOT, "test-results", "excel-pane");

/** Bundles harness.tsx (development mode: quick, no minifying) with the app's TypeScript rule. */
async function buildHarness() {
  const webpack = require("webpack");
  const HtmlWebpackPlugin = require("html-webpack-plugin");
  const { version } = require("../../package.json");
  const compiler = webpack({
    mode: "development",
    devtool: false,
    entry: { harness: path.join(__dirname, "excel-pane", "harness.tsx") },
    output: { path: OUT, filename: "[name].js", chunkFilename: "chunks/[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: false } } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({ __KC_VERSION__: JSON.stringify(version) }),
      new HtmlWebpackPlugin({ filename: "index.html", template: path.join(__dirname, "excel-pane", "harness.html") }),
    ],
  });
  await new Promise((resolve, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error || stats.hasErrors()) reject(error ?? new Error(stats.toString("errors-only")));
      else resolve();
    }),
  );
}

/** Province files as a province sends them (KC's template, written by `kc template`), and two that are no use. */
async function writeFiles(ExcelJS) {
  const dir = path.join(OUT, "files");
  fs.mkdirSync(dir, { recursive: true });
  const template = (province, file) => {
    const out = path.join(dir, file);
    execFileSync("node", [path.join(ROOT, "bin", "kc.js"), "template", "--province", province, "--year", "2023", "-o", out, "--force"], { cwd: ROOT });
    return out;
  };
  const notes = new ExcelJS.Workbook();
  notes.addWorksheet("Công văn").getCell("A1").value = "Công văn số 125/SCT-QLCN";
  const noReport = path.join(dir, "cong-van.xlsx");
  await notes.xlsx.writeFile(noReport);
  const text = path.join(dir, "bao-cao.xlsx");
  fs.writeFileSync(text, "Tỉnh,Kế hoạch\nBạc Liêu,1200\n");
  return [template("Bạc Liêu", "bac-lieu.xlsx"), template("Cần Thơ", "can-tho.xlsx"), noReport, text];
}

async function excelPane({ browser, check, axe, shot, watch, viewport }) {
  await buildHarness();
  const files = await writeFiles(require("exceljs"));
  const server = await serveDist(0, OUT);
  const url = `http://127.0.0.1:${server.address().port}/index.html`;
  try {
    const context = await browser.newContext({ locale: "vi-VN", viewport });
    const page = await context.newPage();
    watch(page);
    // An Excel with ExcelApi 1.13 (Microsoft 365, Excel 2021): sheets can be inserted from a file.
    await page.goto(`${url}?sets=${encodeURIComponent("ExcelApi 1.13")}`);
    await page.getByTestId("tab-summary").click();
    await page.getByTestId("insert-files").waitFor();
    await page.getByTestId("insert-files").scrollIntoViewIfNeeded();
    await shot(page, "excel-insert-350.png");
    await axe(page, "Excel: province reports from files, 350 px");

    await page.locator('[data-testid="insert-input"]').setInputFiles(files);
    await page.getByTestId("inserted-files").waitFor();
    const sheets = await page.evaluate(() => window.kcFake.sheets.map((s) => s.name));
    check(
      "Excel: the province reports go in at the end, a taken name becomes a free one, nothing is overwritten",
      sheets.join(" | ") === "Tổng hợp | Cần Thơ | Bạc Liêu | Cần Thơ (2)",
      sheets.join(" | "),
    );
    const untouched = await page.evaluate(() => window.kcFake.sheet("Cần Thơ").writes === 0 && window.kcFake.sheet("Cần Thơ").get("B2").value === 7);
    check("Excel: the officer's own sheet of the same name is untouched", untouched);
    const outcome = await page.getByTestId("inserted-files").innerText();
    check(
      "Excel: the pane says file by file what went in, under which name, and why two files were not used",
      /«Cần Thơ» với tên «Cần Thơ \(2\)»/.test(outcome) &&
        /cong-van\.xlsx: không có sheet nào là báo cáo tỉnh/.test(outcome) &&
        /bao-cao\.xlsx: /.test(outcome),
      outcome.replace(/\s+/g, " ").slice(0, 240),
    );
    const summary = await page.getByTestId("insert-summary").innerText();
    check("Excel: one line sums it up and says what to do next", /2 sheet đã chèn từ 4 tệp; 2 tệp không dùng được/.test(summary), summary);
    await page.getByTestId("inserted-files").scrollIntoViewIfNeeded();
    await shot(page, "excel-inserted-350.png");
    await axe(page, "Excel: files inserted, 350 px");

    // The inserted sheets are read like any other: the check counts them.
    await page.getByTestId("tab-validate").click();
    await page.getByTestId("validate").click();
    await page.getByTestId("summary-counts").waitFor();
    const read = await page.evaluate(() => document.querySelector('[data-testid="status"]')?.textContent ?? "");
    check("Excel: Kiểm tra reads the inserted province sheets", /Đã kiểm tra 2 sheet tỉnh/.test(read), read);
    await context.close();

    // The formula review in Excel: each step selects the suspect with its region, and writes nothing.
    const review = await browser.newContext({ locale: "vi-VN", viewport });
    const reviewPage = await review.newPage();
    watch(reviewPage);
    await reviewPage.goto(`${url}?book=review`);
    await reviewPage.getByTestId("tab-more").click();
    await reviewPage.getByTestId("more-review").click();
    await reviewPage.getByTestId("review-run").click();
    await reviewPage.getByTestId("review-suspect").waitFor();
    await reviewPage.getByTestId("review-show").click();
    await reviewPage.getByTestId("review-selected").waitFor();
    const first = await reviewPage.getByTestId("review-suspect").getAttribute("data-cell");
    const selection = await reviewPage.evaluate(() => window.kcFake.selection);
    const [, firstCell] = first.split("!");
    check(
      "Excel: the review selects the suspect first and its region with it (ExcelApi 1.18)",
      selection.sheet === "Kế hoạch" && selection.address.startsWith(`${firstCell}, `),
      `${first} → ${selection.address}`,
    );
    await reviewPage.getByTestId("review-next").focus();
    await reviewPage.keyboard.press("Enter");
    await reviewPage.waitForFunction((before) => window.kcFake.selection.address.split(",")[0] !== before, firstCell);
    const second = await reviewPage.getByTestId("review-suspect").getAttribute("data-cell");
    const moved = await reviewPage.evaluate(() => window.kcFake.selection.address);
    check("Excel: Sau (Enter) selects the next suspect in the sheet", moved.startsWith(`${second.split("!")[1]}`), `${second} → ${moved}`);
    await shot(reviewPage, "excel-review-350.png");
    await axe(reviewPage, "Excel: formula review, 350 px");
    // A note (D4: a completion typed, equal to the formula's result once rounded) is not walked; opened, it is selected with its region.
    await reviewPage.getByTestId("review-notes-toggle").focus();
    await reviewPage.keyboard.press("Enter");
    const note = reviewPage.getByTestId("review-note").first();
    const noteCell = (await note.getAttribute("data-cell")).split("!")[1];
    await note.focus();
    await reviewPage.keyboard.press("Enter");
    await reviewPage.waitForFunction((cell) => window.kcFake.selection.address.startsWith(`${cell}, `), noteCell, { timeout: 5_000 }).catch(() => undefined);
    const noteSelection = await reviewPage.evaluate(() => window.kcFake.selection.address);
    const noteTold = await reviewPage.getByTestId("review-note-selected").innerText();
    check(
      "Excel: a note, folded apart from the walk, is selected with its region when opened (Enter)",
      noteCell === "D4" && noteSelection.startsWith(`${noteCell}, `) && noteTold.startsWith(`Đã chọn ${noteCell} cùng vùng`),
      `${noteCell} → ${noteSelection}: ${noteTold}`,
    );
    await shot(reviewPage, "excel-review-notes-350.png", true);
    await axe(reviewPage, "Excel: formula review's notes, 350 px");
    const unwritten = await reviewPage.evaluate(() => window.kcFake.sheet("Kế hoạch").writes === 0 && window.kcFake.sheet("Kế hoạch").formats.length === 0);
    check("Excel: the review writes nothing into the sheet (no fill, no format)", unwritten);
    await review.close();

    // The reading view in Excel: the table's range selected, a correction written as a hidden KC_CachDoc.
    const reading = await browser.newContext({ locale: "vi-VN", viewport });
    const readingPage = await reading.newPage();
    watch(readingPage);
    await readingPage.goto(`${url}?book=reading&sets=${encodeURIComponent("ExcelApi 1.10")}`);
    await readingPage.getByTestId("validate").click();
    await readingPage.getByTestId("summary-counts").waitFor();
    const totals = () => readingPage.locator('[data-rule="calc/project-total"]').count();
    const before = await totals();
    await readingPage.getByTestId("tab-more").click();
    await readingPage.getByTestId("more-reading").click();
    await readingPage.getByTestId("reading-status").waitFor();
    await readingPage.getByTestId("reading-show-table").click();
    await readingPage.waitForFunction(() => window.kcFake.selection?.address === "A4:F8");
    check(
      "Excel: the reading view selects the table's range, nothing written",
      await readingPage.evaluate(() => window.kcFake.sheet("Kien Giang").writes === 0),
    );
    await readingPage.locator('[data-testid="reading-column"][data-cell="E4"] [data-testid="reading-edit-column"]').click();
    await readingPage.getByTestId("reading-role-choice").selectOption("counterpart");
    await readingPage.getByTestId("reading-save").click();
    await readingPage.getByTestId("reading-saved").waitFor();
    const written = await readingPage.evaluate(() => {
      const doc = window.kcFake.sheet("KC_CachDoc");
      return {
        sheets: window.kcFake.sheets.map((s) => s.name).join(" | "),
        hidden: doc?.visibility,
        row: ["A3", "B3", "C3", "D3", "E3"].map((a) => doc?.get(a)?.value).join(" | "),
        province: window.kcFake.sheet("Kien Giang").writes,
      };
    });
    check(
      "Excel (ExcelApi 1.10): the correction goes into a hidden KC_CachDoc at the end, the province sheet untouched",
      written.sheets === "Tổng hợp | Cần Thơ | Kien Giang | KC_CachDoc" &&
        written.hidden === "Hidden" &&
        written.row === "Kien Giang | Vai trò cột | E4 | Vốn đối ứng | Phần doanh nghiệp góp" &&
        written.province === 0,
      JSON.stringify(written),
    );
    await readingPage.locator('[data-testid="reading-status"][data-status="read"]').waitFor();
    await shot(readingPage, "excel-reading-350.png");
    await axe(readingPage, "Excel: reading view after a correction, 350 px");
    await readingPage.getByTestId("reading-check").click();
    await readingPage.locator('[data-rule="calc/project-total"]').first().waitFor();
    check(
      "Excel: checked again, the total the corrected column makes checkable is found",
      before === 0 && (await totals()) > 0,
      `${before} → ${await totals()}`,
    );
    // The header changes under the correction: it no longer fits, is said so, and can be removed.
    await readingPage.evaluate(() => window.kcFake.sheet("Kien Giang").set("E4", "Vốn khác"));
    await readingPage.getByTestId("tab-more").click();
    await readingPage.getByTestId("more-reading").click();
    await readingPage.getByRole("button", { name: "Đọc lại" }).click();
    await readingPage.locator('[data-testid="reading-correction"][data-state="stale"]').waitFor();
    await readingPage.getByTestId("reading-corrections").scrollIntoViewIfNeeded();
    const stale = await readingPage.locator('[data-testid="reading-correction"][data-state="stale"]').innerText();
    check("Excel: a correction that no longer fits the sheet is shown with why", /bây giờ ghi "Vốn khác"/.test(stale), stale.replace(/\s+/g, " "));
    await shot(readingPage, "excel-reading-stale-350.png");
    await axe(readingPage, "Excel: reading view, a correction no longer fitting, 350 px");
    await readingPage.getByTestId("reading-remove").click();
    await readingPage.getByTestId("reading-saved").waitFor();
    const left = await readingPage.evaluate(() => window.kcFake.sheet("KC_CachDoc")?.get("A3")?.value ?? "");
    check(
      "Excel: the officer removes it: KC_CachDoc keeps its header and no correction",
      left === "" && (await readingPage.getByTestId("reading-correction").count()) === 0,
      String(left),
    );
    await reading.close();

    // An Excel without ExcelApi 1.13: the pane says how to do it by hand, and offers no button; the review selects the cell alone.
    const old = await browser.newContext({ locale: "vi-VN", viewport });
    const oldPage = await old.newPage();
    watch(oldPage);
    await oldPage.goto(`${url}?sets=${encodeURIComponent("ExcelApi 1.12")}`);
    await oldPage.getByTestId("tab-summary").click();
    await oldPage.getByTestId("insert-unsupported").waitFor();
    const said = await oldPage.getByTestId("insert-unsupported").innerText();
    check(
      "Excel below ExcelApi 1.13: Move or Copy said instead of a button",
      /Di chuyển hoặc Sao chép/.test(said) && (await oldPage.getByTestId("insert-files").count()) === 0,
      said.slice(0, 120),
    );
    await oldPage.getByTestId("insert-unsupported").scrollIntoViewIfNeeded();
    await shot(oldPage, "excel-insert-unsupported-350.png");
    await axe(oldPage, "Excel below 1.13: province reports from files, 350 px");
    await old.close();

    const older = await browser.newContext({ locale: "vi-VN", viewport });
    const olderPage = await older.newPage();
    watch(olderPage);
    await olderPage.goto(`${url}?book=review&sets=${encodeURIComponent("ExcelApi 1.12")}`);
    await olderPage.getByTestId("tab-more").click();
    await olderPage.getByTestId("more-review").click();
    await olderPage.getByTestId("review-run").click();
    await olderPage.getByTestId("review-show").click();
    await olderPage.getByTestId("review-selected").waitFor();
    const alone = await olderPage.evaluate(() => window.kcFake.selection.address);
    const told = await olderPage.getByTestId("review-selected").innerText();
    check("Excel below ExcelApi 1.18: the review selects the cell alone and says so", !alone.includes(","), `${alone}: ${told}`);
    await older.close();
  } finally {
    server.close();
  }
}

module.exports = { excelPane };
