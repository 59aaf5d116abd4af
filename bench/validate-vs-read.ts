/**
 * `kc validate` on 63 province sheets × 2.000 projects against a plain streaming read of the same
 * file by the xlsx library (ExcelJS WorkbookReader parsers, same options, rows iterated and dropped),
 * all as child processes alternating in the same run: wall time and peak memory (max RSS) of each, and
 * their ratios. KC's own reader is timed alone too, to show where the time goes.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { composeProvinceSheet, ProvinceSheetInput } from "../src/core/standard/compose";
import { columnLetter } from "../src/core/workbook/snapshot";
import { machineLine, markdownTable, writeBenchSection } from "./report";

export const PROVINCES = 63;
export const PROJECTS = 2000;
// Runs alternate read and validate; the median of each measure is reported (peak memory of one Node
// process varies by up to 1.7× between identical runs, with the garbage collector's timing).
const RUNS = 5;
const ROOT = join(__dirname, "..", "..");
const ACTIVITIES = ["MMTB", "DT", "TTTT", "HNHT", "MH", "BCSP", "HCTN", "NLQL"];

/** A province sheet of `PROJECTS` projects whose identities hold, with one mistake per ten sheets. */
function provinceInput(p: number): ProvinceSheetInput {
  const projects: NonNullable<ProvinceSheetInput["projects"]> = [];
  let kcqg = 0;
  let kcdp = 0;
  for (let i = 0; i < PROJECTS; i++) {
    const activity = ACTIVITIES[(i * 7 + p) % ACTIVITIES.length];
    const total = 100 + ((i * 37 + p * 11) % 900);
    const support = activity === "MMTB" || activity === "MH" ? Math.min(Math.floor(total * 0.3), 300) : Math.floor(total / 2);
    const source = i % 4 === 0 ? "KCQG" : "KCĐP";
    if (source === "KCQG") kcqg += support;
    else kcdp += support;
    projects.push({
      no: i + 1,
      code: `T${p}-${i}`,
      name: `Đề án ${activity} số ${i + 1} tỉnh ${p}`,
      source,
      activity,
      beneficiaries: 1,
      total: p % 10 === 0 && i === 5 ? total + 7 : total,
      support,
      counterpart: total - support,
      status: "Hoàn thành",
    });
  }
  const actual = (x: number) => Math.round(x * 0.9);
  return {
    province: `Tỉnh thử ${p + 1}`,
    year: 2023,
    funding: [
      { source: "KCQG", plan: kcqg, actual: actual(kcqg), sameLastYear: kcqg, previousPlan: kcqg },
      { source: "KCĐP", plan: kcdp, actual: actual(kcdp), sameLastYear: kcdp, previousPlan: kcdp },
      { source: "Tổng cộng", plan: kcqg + kcdp, actual: actual(kcqg) + actual(kcdp), sameLastYear: kcqg + kcdp, previousPlan: kcqg + kcdp },
    ],
    projects,
  };
}

/**
 * Writes the workbook with ExcelJS's streaming writer, one sheet in memory at a time. With `formulas`,
 * each project's total cost is the formula support + counterpart (with its cached result), as provinces
 * often write it: 126,000 formulas for the formula review.
 */
export async function writeLargeWorkbook(path: string, formulas = false): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: true });
  for (let p = 0; p < PROVINCES; p++) {
    const ws = workbook.addWorksheet(`Tinh ${p + 1}`);
    const { rows, positions } = composeProvinceSheet(provinceInput(p));
    const [total, support, counterpart] = (["total", "support", "counterpart"] as const).map((k) => positions.projectColumns.indexOf(k));
    rows.forEach((cells, r) => {
      const row = ws.getRow(r + 1);
      const project = formulas && r > positions.projectHeaderRow && r <= positions.projectHeaderRow + positions.projectRows;
      cells.forEach((cell, c) => {
        if (!cell) return;
        const target = row.getCell(c + 1);
        target.value =
          project && c === total
            ? { formula: `${columnLetter(support)}${r + 1}+${columnLetter(counterpart)}${r + 1}`, result: cell.value as number }
            : (cell.value as ExcelJS.CellValue);
        if (cell.format) target.numFmt = cell.format;
      });
      row.commit();
    });
    ws.commit();
  }
  await workbook.commit();
}

/** The reference child: same zip handling and WorkbookReader options as kc, rows iterated and dropped. */
function readOnlyScript(dir: string): string {
  const path = join(dir, "read-only.js");
  const module = join(ROOT, "lib", "bench", "exceljs-stream-read.js");
  writeFileSync(
    path,
    `const { exceljsWorksheetRows } = require(${JSON.stringify(module)});
(async () => {
  let cells = 0;
  for await (const { rows } of exceljsWorksheetRows(process.argv[2])) {
    for await (const row of rows) row.eachCell({ includeEmpty: false }, (c) => { if (c.value !== undefined || c.numFmt) cells++; });
  }
  process.stdout.write(JSON.stringify({ cells, maxRSS: process.resourceUsage().maxRSS }) + "\\n");
})();
`,
  );
  return path;
}

/** KC's own reader alone, for where the time goes: every sheet packed, in this thread, then dropped. */
function kcReadScript(dir: string): string {
  const path = join(dir, "kc-read.js");
  const module = join(ROOT, "lib", "src", "adapters", "xlsx", "read-file.js");
  writeFileSync(
    path,
    `const { streamWorkbookSheets } = require(${JSON.stringify(module)});
(async () => {
  let rows = 0;
  for await (const sheet of streamWorkbookSheets(process.argv[2])) rows += sheet.rowCount;
  process.stdout.write(JSON.stringify({ rows, maxRSS: process.resourceUsage().maxRSS }) + "\\n");
})();
`,
  );
  return path;
}

export interface Measure {
  seconds: number;
  maxRssMiB: number;
  exitCode: number;
}

export const HAS_TIME = existsSync("/usr/bin/time");

/** Runs a Node child; max RSS from /usr/bin/time -v when present, else from the child's own report. */
export function measure(args: string[]): Measure {
  const start = process.hrtime.bigint();
  const result = HAS_TIME
    ? spawnSync("/usr/bin/time", ["-v", process.execPath, ...args], { encoding: "utf8", maxBuffer: 1 << 28 })
    : spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  let kib: number | undefined;
  const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr ?? "");
  if (m) kib = Number(m[1]);
  else {
    const reported = /"maxRSS":(\d+)/.exec(result.stdout ?? "");
    if (reported) kib = Number(reported[1]);
  }
  return { seconds, maxRssMiB: kib === undefined ? NaN : kib / 1024, exitCode: result.status ?? -1 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The median time and the median peak memory of a set of runs, with their exit codes. */
export function medianOf(list: Measure[]): Measure {
  return { seconds: median(list.map((m) => m.seconds)), maxRssMiB: median(list.map((m) => m.maxRssMiB)), exitCode: Math.max(...list.map((m) => m.exitCode)) };
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "kc-bench-"));
  try {
    const file = join(dir, "large.xlsx");
    await writeLargeWorkbook(file);
    const size = statSync(file).size;
    const readScript = readOnlyScript(dir);
    const kcRead = kcReadScript(dir);
    const kc = join(ROOT, "bin", "kc.js");
    const reads: Measure[] = [];
    const kcReads: Measure[] = [];
    const validates: Measure[] = [];
    for (let i = 0; i < RUNS; i++) {
      reads.push(measure([readScript, file]));
      kcReads.push(measure([kcRead, file]));
      validates.push(measure([kc, "validate", file, "--format", "json"]));
    }
    const read = medianOf(reads);
    const validate = medianOf(validates);
    const range = (list: Measure[], pick: (m: Measure) => number, digits: number) =>
      `${Math.min(...list.map(pick)).toFixed(digits)}–${Math.max(...list.map(pick)).toFixed(digits)}`;
    const row = (label: string, list: Measure[]) => {
      const m = medianOf(list);
      return [label, m.seconds.toFixed(2), range(list, (x) => x.seconds, 2), m.maxRssMiB.toFixed(0), range(list, (x) => x.maxRssMiB, 0)];
    };
    if (read.exitCode !== 0 || medianOf(kcReads).exitCode !== 0) throw new Error("a read-only child failed");
    if (validates.some((v) => v.exitCode !== 1)) throw new Error(`kc validate should find the planted errors (exit ${validate.exitCode})`);
    const table = markdownTable(
      ["Run", "Wall time (s), median", "range", "Max RSS (MiB), median", "range"],
      [
        row("Reference: plain streaming read by the xlsx library (ExcelJS WorkbookReader, rows iterated)", reads),
        row("KC's reader alone (worksheet XML → packed sheets, one thread, no checks)", kcReads),
        row("`kc validate` (reader in a worker thread + all rules + JSON report)", validates),
        [
          "Ratio of medians `kc validate` / reference (target ≤ 1,3× time, ≤ 2× memory)",
          (validate.seconds / read.seconds).toFixed(2),
          "",
          (validate.maxRssMiB / read.maxRssMiB).toFixed(2),
          "",
        ],
        [
          "Ratio of the median `kc validate` to the reference's best run (the strictest reading)",
          (validate.seconds / Math.min(...reads.map((m) => m.seconds))).toFixed(2),
          "",
          (validate.maxRssMiB / Math.min(...reads.map((m) => m.maxRssMiB))).toFixed(2),
          "",
        ],
      ],
    );
    writeBenchSection(
      "validate-vs-read",
      `## kc validate vs a plain streaming read\n\n${PROVINCES} province sheets × ${PROJECTS.toLocaleString("en")} projects (${(size / 2 ** 20).toFixed(1)} MiB .xlsx), ${RUNS} runs of each, alternating, all as child processes (Node start-up included); max RSS from ${HAS_TIME ? "`/usr/bin/time -v`" : "the child's process.resourceUsage()"}. The reference's peak memory varies between identical runs with the garbage collector's timing (${range(reads, (m) => m.maxRssMiB, 0)} MiB here), so its best run is the strictest yardstick.\n\n${table}\n\n${machineLine()}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
