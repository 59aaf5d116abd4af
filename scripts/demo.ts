/**
 * `npm run demo`: the sample workbook through the same code path as `kc validate`, step by step,
 * then the summary tabs written to a copy and the narrative paragraphs printed; then the South of 2025
 * built from separate province files (samples/khu-vuc-phia-nam-2025/, with the 2024 reports of the
 * provinces merged into its units) as `kc summarize FOLDER --region south` builds it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, basename, dirname } from "path";
import { builtInRuleLibrary } from "../src/core/rules/library";
import { ValidationReport } from "../src/core/validation/finding";
import { formatReportText } from "../src/core/validation/report-text";
import { validateFile } from "../src/cli/io";
import { summarizeWorkbook } from "./summarize-workbook";
import { summarizeFiles } from "../src/adapters/xlsx/summarize-files";
import { readWorkbookSnapshot } from "../src/adapters/xlsx/package/read-workbook";

// Compiled to lib/scripts/: the repository root is two levels up (one when run from scripts/).
const ROOT = join(__dirname, basename(dirname(__dirname)) === "lib" ? "../.." : "..");
const SAMPLE = join(ROOT, "samples", "khu-vuc-phia-nam-2023.xlsx");
const REGION = join(ROOT, "samples", "khu-vuc-phia-nam-2025");

function samplePath(): string {
  if (!existsSync(SAMPLE)) throw new Error(`${SAMPLE} is missing: run \`npm run sample\` first.`);
  return SAMPLE;
}

async function validateSample(path: string): Promise<ValidationReport> {
  return validateFile(path, { rules: builtInRuleLibrary(), rounding: "round" });
}

function printFindings(report: ValidationReport, path: string): void {
  const { stats } = report;
  process.stdout.write(`Findings: ${stats.findings} (${stats.errors} errors, ${stats.warnings} warnings, ${stats.infos} info)\n\n`);
  process.stdout.write(formatReportText(report, "vi", basename(path)));
}

/** Writes the sample with its summary tabs (as `kc summarize` does) and prints the narrative paragraphs. */
async function summarizeSample(path: string): Promise<void> {
  const { plan, output } = await summarizeWorkbook(new Uint8Array(readFileSync(path)), { lang: "vi", name: basename(path), region: "khu vực phía Nam" });
  const dir = join(tmpdir(), "kc-demo");
  mkdirSync(dir, { recursive: true });
  const out = join(dir, basename(path, ".xlsx") + "-tong-hop.xlsx");
  writeFileSync(out, output);
  process.stdout.write(`\nSummary: ${plan.sheets.map((s) => s.name).join(", ")} written to ${out}\n`);
  for (const notice of plan.notices) process.stdout.write(`  Lưu ý: ${notice.vi}\n`);
  process.stdout.write(`\nNarrative (TH_BaoCao):\n\n${plan.paragraphs.join("\n\n")}\n`);
}

/** The South of 2025 from one file per province (and 2024's reports of the provinces merged into it), as kc summarize does. */
async function summarizeRegionFiles(): Promise<void> {
  if (!existsSync(REGION)) throw new Error(`${REGION} is missing: run \`npm run sample\` first.`);
  const names = readdirSync(REGION).filter((n) => n.endsWith(".xlsx"));
  process.stdout.write(`\n\n== Khu vực phía Nam 2025 từ ${names.length} tệp tỉnh (kc summarize ${basename(REGION)}/ --region south) ==\n\n`);
  const inputs = names.map((n) => ({ file: n, bytes: new Uint8Array(readFileSync(join(REGION, n))) }));
  const result = await summarizeFiles(inputs, { lang: "vi", region: "south", outputName: "khu-vuc-phia-nam-2025.xlsx" });
  for (const f of result.files) process.stdout.write(`  ${f.file}: ${f.status} → ${f.copies.map((c) => `'${c.name}'`).join(", ")}\n`);
  const out = join(tmpdir(), "kc-demo", "khu-vuc-phia-nam-2025-tong-hop.xlsx");
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, result.output);
  const funding = (await readWorkbookSnapshot(result.output, "out")).sheets.find((s) => s.name === "TH_KinhPhi")!;
  for (let r = 5; r < funding.rowCount; r++) {
    if (funding.cell(r, 0)?.value !== "Vĩnh Long") continue;
    const same = funding.cell(r, 10);
    process.stdout.write(
      `\nVĩnh Long, thực hiện cùng kỳ 2024 theo địa giới 2025: =${same?.formula} → ${String(same?.value)} tỷ đồng\n  (${String(funding.cell(r, 14)?.value)})\n`,
    );
  }
  process.stdout.write(`\nSummary written to ${out}; findings of the summary: ${result.plan.findings?.length ?? 0}\n`);
  process.stdout.write(`\nNarrative (TH_BaoCao):\n\n${result.plan.paragraphs.join("\n\n")}\n`);
}

async function main(): Promise<void> {
  const path = samplePath();
  const report = await validateSample(path);
  printFindings(report, path);
  await summarizeSample(path);
  await summarizeRegionFiles();
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
