/**
 * `kc summarize` against `kc validate` on the same 63 province sheets × 2.000 projects, both as child
 * processes alternating in one run: wall time and peak memory (max RSS) of each, and their ratios. The
 * target (issue #13): summarize within 1,5× the time and 2× the memory of validate, since it reads the
 * same way and then only plans and writes its own tabs into the package.
 */
import { mkdtempSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { machineLine, markdownTable, writeBenchSection } from "./report";
import { HAS_TIME, measure, Measure, medianOf, writeLargeWorkbook } from "./validate-vs-read";

const RUNS = 5;
const ROOT = join(__dirname, "..", "..");

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "kc-bench-summarize-"));
  try {
    const file = join(dir, "large.xlsx");
    await writeLargeWorkbook(file);
    const kc = join(ROOT, "bin", "kc.js");
    const out = join(dir, "summary.xlsx");
    const validates: Measure[] = [];
    const summaries: Measure[] = [];
    for (let i = 0; i < RUNS; i++) {
      validates.push(measure([kc, "validate", file, "--format", "json"]));
      summaries.push(measure([kc, "summarize", file, "-o", out, "--force"]));
    }
    // Both find the planted errors (exit 1); summarize still writes its tabs.
    if ([...validates, ...summaries].some((m) => m.exitCode !== 1)) throw new Error("kc validate and kc summarize should both exit 1 on the planted errors");
    const validate = medianOf(validates);
    const summarize = medianOf(summaries);
    const range = (list: Measure[], pick: (m: Measure) => number, digits: number) =>
      `${Math.min(...list.map(pick)).toFixed(digits)}–${Math.max(...list.map(pick)).toFixed(digits)}`;
    const row = (label: string, list: Measure[]) => {
      const m = medianOf(list);
      return [label, m.seconds.toFixed(2), range(list, (x) => x.seconds, 2), m.maxRssMiB.toFixed(0), range(list, (x) => x.maxRssMiB, 0)];
    };
    const table = markdownTable(
      ["Run", "Wall time (s), median", "range", "Max RSS (MiB), median", "range"],
      [
        row("`kc validate` (streaming read in a worker + all rules + JSON report)", validates),
        row("`kc summarize` (the same read and rules + summary plan + package writer)", summaries),
        [
          "Ratio of medians `kc summarize` / `kc validate` (target ≤ 1,5× time, ≤ 2× memory)",
          (summarize.seconds / validate.seconds).toFixed(2),
          "",
          (summarize.maxRssMiB / validate.maxRssMiB).toFixed(2),
          "",
        ],
      ],
    );
    writeBenchSection(
      "summarize-vs-validate",
      `## kc summarize vs kc validate\n\nThe same workbook as above (63 province sheets × 2,000 projects, ${(statSync(file).size / 2 ** 20).toFixed(1)} MiB; the summary written is ${(statSync(out).size / 2 ** 20).toFixed(1)} MiB), ${RUNS} runs of each, alternating, as child processes; max RSS from ${HAS_TIME ? "`/usr/bin/time -v`" : "the child's process.resourceUsage()"}. Summarize reads as validate does (the package reader in a worker), keeps the packed sheets for the planner, and writes only its own parts into the input's package (every other entry copied as stored).\n\n${table}\n\n${machineLine()}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
