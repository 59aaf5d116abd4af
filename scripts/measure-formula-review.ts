/**
 * Scores `kc review` on the EUSES formula corpus (../shared/corpus/formula-euses, or $KC_SHARED/corpus/…):
 * 35 real workbooks with the ExceLint authors' hand labels. Not part of `npm test`; the corpus is read
 * where it is, never copied. Cell by cell over the corpus (micro precision and recall) and per workbook
 * (mean precision, 1 for a workbook with no flag; mean recall, 1 for a clean workbook), with the time.
 *
 *   npm run prepare && node lib/scripts/measure-formula-review.js [--split dev|holdout|all] [--list] [--write]
 *
 * The fixed split: workbooks sorted by name (case folded), index i held out when i mod 7 is 3 or 6
 * (10 of 35). Tune on "dev", measure "holdout" once. `--write` puts the table into docs/benchmarks.md.
 */
import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import { performance } from "perf_hooks";
import { reviewFile } from "../src/cli/io";
import { a1 } from "../src/core/workbook/snapshot";
import { machineLine, markdownTable, writeBenchSection } from "../bench/report";

const ROOT = join(__dirname, "..", "..");

interface Labels {
  [workbook: string]: { [sheet: string]: { bugs: [number, number, number][] } };
}

interface LabelAll {
  Workbook: string;
  Worksheet: string;
  Address: string;
  BugKind: string;
}

interface WorkbookScore {
  name: string;
  split: "dev" | "holdout";
  flagged: number;
  truePositives: number;
  labelled: number;
  /** Flags on cells labelled cwfe (a number where a formula is expected) in labels-all.json. */
  cwfe: number;
  seconds: number;
  byRule: Record<string, { flagged: number; hits: number }>;
  falseFlags: string[];
  misses: string[];
}

function corpusDir(): string | undefined {
  const candidates = [process.env.KC_SHARED, join(ROOT, "..", "shared")].filter((p): p is string => !!p);
  for (const base of candidates) {
    const dir = join(base, "corpus", "formula-euses");
    if (existsSync(join(dir, "labels.json"))) return dir;
  }
  return undefined;
}

const key = (sheet: string, cell: string) => `${sheet.trim()}!${cell}`;

async function scoreWorkbook(dir: string, file: string, split: WorkbookScore["split"], labels: Labels, all: LabelAll[]): Promise<WorkbookScore> {
  const labelKey = Object.keys(labels).find((k) => k.toLowerCase() === file.toLowerCase());
  const truth = new Set<string>();
  for (const [sheet, { bugs }] of Object.entries(labelKey ? labels[labelKey] : {})) for (const [col, row] of bugs) truth.add(key(sheet, a1(row - 1, col - 1)));
  const cwfe = new Set(all.filter((l) => l.Workbook.toLowerCase() === file.toLowerCase() && l.BugKind === "cwfe").map((l) => key(l.Worksheet, l.Address)));
  const start = performance.now();
  const report = await reviewFile(join(dir, "xlsx", file));
  const seconds = (performance.now() - start) / 1000;
  const flagged = new Map<string, string>();
  const why = process.argv.includes("--why");
  for (const f of report.findings) if (f.cell) flagged.set(key(f.sheet, f.cell), why ? `${f.rule} ${f.message.en}` : f.rule);
  const byRule: WorkbookScore["byRule"] = {};
  let truePositives = 0;
  let cwfeHits = 0;
  const falseFlags: string[] = [];
  for (const [cell, rule] of flagged) {
    const entry = (byRule[rule.split(" ")[0]] ??= { flagged: 0, hits: 0 });
    entry.flagged++;
    if (truth.has(cell)) {
      truePositives++;
      entry.hits++;
    } else falseFlags.push(`${cell} ${rule}${why ? "\n     " : ""}`);
    if (cwfe.has(cell)) cwfeHits++;
  }
  const misses = [...truth].filter((c) => !flagged.has(c));
  return { name: file, split, flagged: flagged.size, truePositives, labelled: truth.size, cwfe: cwfeHits, seconds, byRule, falseFlags, misses };
}

interface Summary {
  workbooks: number;
  microPrecision: number;
  microRecall: number;
  meanPrecision: number;
  meanRecall: number;
  worstFalse: number;
  seconds: number;
  flagged: number;
  truePositives: number;
  labelled: number;
}

function summarise(scores: WorkbookScore[]): Summary {
  const sum = (f: (s: WorkbookScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const flagged = sum((s) => s.flagged);
  const tp = sum((s) => s.truePositives);
  const labelled = sum((s) => s.labelled);
  // Per workbook as the field scores it: precision 1 when nothing is flagged, recall 1 on a clean workbook.
  const precision = (s: WorkbookScore) => (s.flagged === 0 ? 1 : s.truePositives / s.flagged);
  const recall = (s: WorkbookScore) => (s.labelled === 0 ? 1 : s.truePositives / s.labelled);
  return {
    workbooks: scores.length,
    microPrecision: flagged === 0 ? 1 : tp / flagged,
    microRecall: labelled === 0 ? 1 : tp / labelled,
    meanPrecision: sum(precision) / scores.length,
    meanRecall: sum(recall) / scores.length,
    worstFalse: Math.max(0, ...scores.map((s) => s.flagged - s.truePositives)),
    seconds: sum((s) => s.seconds),
    flagged,
    truePositives: tp,
    labelled,
  };
}

const f2 = (x: number) => x.toFixed(2);

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const split = args.includes("--split") ? args[args.indexOf("--split") + 1] : "all";
  const dir = corpusDir();
  if (!dir) {
    process.stderr.write("measure-formula-review: no corpus (set KC_SHARED or put shared/ beside the project); nothing measured.\n");
    return;
  }
  const labels = JSON.parse(readFileSync(join(dir, "labels.json"), "utf8")) as Labels;
  const all = JSON.parse(readFileSync(join(dir, "labels-all.json"), "utf8")) as LabelAll[];
  const files = readdirSync(join(dir, "xlsx"))
    .filter((f) => f.toLowerCase().endsWith(".xlsx"))
    .sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
  const scores: WorkbookScore[] = [];
  for (const [i, file] of files.entries()) {
    const which = i % 7 === 3 || i % 7 === 6 ? "holdout" : "dev";
    if (split !== "all" && split !== which) continue;
    scores.push(await scoreWorkbook(dir, file, which, labels, all));
  }
  if (args.includes("--list")) {
    for (const s of scores) {
      process.stdout.write(`\n## ${s.name} [${s.split}] flagged ${s.flagged}, true ${s.truePositives} of ${s.labelled}, ${s.seconds.toFixed(2)} s\n`);
      for (const [rule, r] of Object.entries(s.byRule)) process.stdout.write(`   ${rule}: ${r.hits}/${r.flagged}\n`);
      if (s.falseFlags.length) process.stdout.write(`   false: ${s.falseFlags.join("; ")}\n`);
      if (s.misses.length) process.stdout.write(`   missed: ${s.misses.join(", ")}\n`);
    }
  }
  const rows = (["dev", "holdout"] as const)
    .map((part) => [part, scores.filter((s) => s.split === part)] as const)
    .filter(([, part]) => part.length > 0)
    .map(([part, part_]) => [part, summarise(part_)] as const);
  const total = summarise(scores);
  const line = (name: string, s: Summary) => [
    name,
    s.workbooks,
    `${s.truePositives} / ${s.flagged}`,
    s.labelled,
    f2(s.microPrecision),
    f2(s.microRecall),
    f2(s.meanPrecision),
    f2(s.meanRecall),
    s.worstFalse,
    s.seconds.toFixed(1),
  ];
  const header = [
    "Workbooks",
    "n",
    "true / flagged cells",
    "labelled cells",
    "micro precision",
    "micro recall",
    "mean precision",
    "mean recall",
    "most false flags in a workbook",
    "seconds",
  ];
  const table = markdownTable(header, [...rows.map(([name, s]) => line(name, s)), ...(rows.length > 1 ? [line("all", total)] : [])]);
  const byRule: Record<string, { flagged: number; hits: number }> = {};
  for (const s of scores) {
    for (const [rule, r] of Object.entries(s.byRule)) {
      const e = (byRule[rule] ??= { flagged: 0, hits: 0 });
      e.flagged += r.flagged;
      e.hits += r.hits;
    }
  }
  const ruleTable = markdownTable(
    ["Rule", "flagged cells", "of them labelled"],
    Object.entries(byRule)
      .sort((a, b) => b[1].flagged - a[1].flagged)
      .map(([rule, r]) => [`\`${rule}\``, r.flagged, r.hits]),
  );
  const cwfe = scores.reduce((n, s) => n + s.cwfe, 0);
  process.stdout.write(`\n${table}\n\n${ruleTable}\n\nFlags on cells labelled cwfe (constant where a formula is expected) in labels-all.json: ${cwfe}.\n`);
  if (args.includes("--write")) {
    writeBenchSection(
      "formula-review",
      [
        "## Formula review on the EUSES corpus",
        "",
        machineLine(),
        "",
        "`kc review` (in process, streamed reader) on the 35 workbooks of `formula-euses` scored against `labels.json` (formula errors, both sides of each inconsistent pair): a flagged cell is a finding's `cell`. Per workbook, precision is 1 when nothing is flagged and recall 1 on a clean workbook. Fixed split: workbooks sorted by name, index mod 7 ∈ {3, 6} held out (10); rules were tuned on the 25 others. Reference on the same 35, ExceLint's TypeScript port: mean precision 0.70, mean recall 0.54, micro precision 0.17, micro recall 0.10. Run `node lib/scripts/measure-formula-review.js --write` (after `npm run prepare`, with the corpus in `../shared` or `KC_SHARED`).",
        "",
        table,
        "",
        "By rule (all 35):",
        "",
        ruleTable,
        "",
        `Flags on cells that \`labels-all.json\` marks cwfe (a number typed where a formula is expected, which \`labels.json\` leaves out): ${cwfe}.`,
      ].join("\n"),
    );
  }
}

main().catch((err) => {
  process.stderr.write(`measure-formula-review failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
