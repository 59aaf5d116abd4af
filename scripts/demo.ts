/**
 * `npm run demo`: the sample workbook through the same code path as `kc validate`, step by step.
 * then the summary tabs written to a copy and the narrative paragraphs printed.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, basename, dirname } from "path";
import { builtInRuleLibrary } from "../src/core/rules/library";
import { ValidationReport } from "../src/core/validation/finding";
import { formatReportText } from "../src/core/validation/report-text";
import { validateFile } from "../src/cli/io";
import { summarizeWorkbook } from "./summarize-workbook";

// Compiled to lib/scripts/: the repository root is two levels up (one when run from scripts/).
const ROOT = join(__dirname, basename(dirname(__dirname)) === "lib" ? "../.." : "..");
const SAMPLE = join(ROOT, "samples", "khu-vuc-phia-nam-2023.xlsx");

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

async function main(): Promise<void> {
  const path = samplePath();
  const report = await validateSample(path);
  printFindings(report, path);
  await summarizeSample(path);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
