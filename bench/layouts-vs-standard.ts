/**
 * `kc validate` on the same figures in a real layout and in KC's standard (issue #10): 63 province sheets ×
 * 2.000 projects, once as the standard's sheets, once as the annexes of provincial plan decisions (L11 by
 * fund: fund sections holding activity sections with their subtotals, the total first, merged two-row
 * headers, a column-number row; test/layouts/bench-workbook.ts). Alternating child processes; the real
 * layout's time and peak memory against the standard's (target: within 1,3× of each).
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { writeBenchWorkbook } from "../test/layouts/bench-workbook";
import { machineLine, markdownTable, writeBenchSection } from "./report";

const SHEETS = 63;
const PROJECTS = 2000;
const RUNS = 3;
const ROOT = join(__dirname, "..", "..");
const HAS_TIME = existsSync("/usr/bin/time");

interface Measure {
  seconds: number;
  maxRssMiB: number;
  exitCode: number;
  findings: number;
}

function measure(file: string): Measure {
  const args = [join(ROOT, "bin", "kc.js"), "validate", file, "--format", "json"];
  const start = process.hrtime.bigint();
  const result = HAS_TIME
    ? spawnSync("/usr/bin/time", ["-v", process.execPath, ...args], { encoding: "utf8", maxBuffer: 1 << 28 })
    : spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr ?? "");
  let findings = NaN;
  try {
    findings = (JSON.parse(result.stdout) as { findings: unknown[] }).findings.length;
  } catch {
    // not JSON: counted as NaN, and the exit code says why
  }
  return { seconds, maxRssMiB: m ? Number(m[1]) / 1024 : NaN, exitCode: result.status ?? -1, findings };
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "kc-bench-layouts-"));
  try {
    const standard = join(dir, "standard.xlsx");
    const real = join(dir, "real-layout.xlsx");
    await writeBenchWorkbook(standard, "standard", { sheets: SHEETS, projects: PROJECTS });
    await writeBenchWorkbook(real, "real", { sheets: SHEETS, projects: PROJECTS });
    const runs: Record<"standard" | "real", Measure[]> = { standard: [], real: [] };
    for (let i = 0; i < RUNS; i++) {
      runs.standard.push(measure(standard));
      runs.real.push(measure(real));
    }
    for (const [name, list] of Object.entries(runs))
      if (list.some((m) => m.exitCode !== 0 && m.exitCode !== 1)) throw new Error(`kc validate failed on the ${name} workbook`);
    const med = (list: Measure[], pick: (m: Measure) => number) => median(list.map(pick));
    const range = (list: Measure[], pick: (m: Measure) => number, digits: number) =>
      `${Math.min(...list.map(pick)).toFixed(digits)}–${Math.max(...list.map(pick)).toFixed(digits)}`;
    const row = (label: string, file: string, list: Measure[]) => [
      label,
      `${(statSync(file).size / 2 ** 20).toFixed(1)} MiB`,
      med(list, (m) => m.seconds).toFixed(2),
      range(list, (m) => m.seconds, 2),
      med(list, (m) => m.maxRssMiB).toFixed(0),
      range(list, (m) => m.maxRssMiB, 0),
      med(list, (m) => m.findings),
    ];
    const ratio = (pick: (m: Measure) => number) => (med(runs.real, pick) / med(runs.standard, pick)).toFixed(2);
    const table = markdownTable(
      ["Workbook", "File", "Wall time (s), median", "range", "Max RSS (MiB), median", "range", "Findings"],
      [
        row("KC's standard layout", standard, runs.standard),
        row("Real layout: plan-decision annexes (L11 by fund)", real, runs.real),
        ["Ratio real / standard (target ≤ 1,3× time and memory)", "", ratio((m) => m.seconds), "", ratio((m) => m.maxRssMiB), "", ""],
      ],
    );
    writeBenchSection(
      "layouts-vs-standard",
      `## kc validate on a real layout vs the standard\n\nThe same figures (${SHEETS} provinces × ${PROJECTS.toLocaleString("en")} projects, test/layouts/bench-workbook.ts) in KC's standard layout and in the annex of a provincial plan decision (fund sections holding activity sections with subtotals, total first, merged two-row headers, a column-number row), ${RUNS} alternating runs of \`kc validate --format json\` each, as child processes; max RSS from ${HAS_TIME ? "`/usr/bin/time -v`" : "the child"}.\n\n${table}\n\n${machineLine()}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
