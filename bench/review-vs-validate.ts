/**
 * `kc review` beside `kc validate` on the benchmark workbook (63 province sheets × 2,000 projects), as
 * written (figures only) and with each project's cost as a formula (126,000 formulas): wall time and peak
 * memory of each as child processes, alternating, and the ratio. The review must cost little next to
 * validate; validate itself runs the review on every sheet it reads as a report.
 */
import { mkdtempSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { machineLine, markdownTable, writeBenchSection } from "./report";
import { Measure, measure, medianOf, PROJECTS, PROVINCES, writeLargeWorkbook } from "./validate-vs-read";

const RUNS = 3;
const ROOT = join(__dirname, "..", "..");

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "kc-bench-review-"));
  try {
    const kc = join(ROOT, "bin", "kc.js");
    const rows: (string | number)[][] = [];
    for (const formulas of [false, true]) {
      const file = join(dir, formulas ? "formulas.xlsx" : "figures.xlsx");
      await writeLargeWorkbook(file, formulas);
      const size = (statSync(file).size / 2 ** 20).toFixed(1);
      const validates: Measure[] = [];
      const reviews: Measure[] = [];
      for (let i = 0; i < RUNS; i++) {
        validates.push(measure([kc, "validate", file, "--format", "json"]));
        reviews.push(measure([kc, "review", file, "--format", "json"]));
      }
      if (reviews.some((m) => m.exitCode > 1) || validates.some((m) => m.exitCode > 1))
        throw new Error("kc validate or kc review failed on the benchmark workbook");
      const [v, r] = [medianOf(validates), medianOf(reviews)];
      const what = formulas ? `with 126,000 formulas (${size} MiB)` : `figures only (${size} MiB)`;
      rows.push([what, v.seconds.toFixed(2), r.seconds.toFixed(2), (r.seconds / v.seconds).toFixed(2), v.maxRssMiB.toFixed(0), r.maxRssMiB.toFixed(0)]);
    }
    const table = markdownTable(
      ["Workbook", "`kc validate` (s)", "`kc review` (s)", "review / validate", "validate max RSS (MiB)", "review max RSS (MiB)"],
      rows,
    );
    writeBenchSection(
      "review-vs-validate",
      `## kc review beside kc validate\n\n${PROVINCES} province sheets × ${PROJECTS.toLocaleString("en")} projects, medians of ${RUNS} runs each, alternating, as child processes (Node start-up included). \`kc validate\` includes the formula review of every sheet it reads as a report; \`kc review\` reads the file (in a worker thread from 2 MiB) and reviews every sheet, the tables of the sheets it reads as reports as hints.\n\n${table}\n\n${machineLine()}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
