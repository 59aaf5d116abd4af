/**
 * `npm run measure:prose`: the narrative checker on the real labelled excerpts of ../shared/corpus/prose
 * (or $KC_SHARED/corpus/prose): per file and in total, the false "inconsistent" verdicts, the labelled
 * inconsistencies caught and the labelled truncations named. Writes the table into docs/narrative.md;
 * with --claims, prints every claim with its verdict (for reading, never copied into the project).
 * Does nothing but say so when the corpus is absent: the project never needs it.
 */
import { existsSync, readFileSync } from "fs";
import { basename, dirname, join } from "path";
import { checkText } from "../src/core/narrative/check-text";
import { markdownTable, writeMarkedSection } from "../bench/report";
import { ProseLabels, ProseScore, reportTextOf, scoreLabelledText } from "./prose-score";

// Compiled to lib/scripts/: the repository root is two levels up (one when run from scripts/).
const ROOT = join(__dirname, basename(dirname(__dirname)) === "lib" ? "../.." : "..");
const SHARED = process.env.KC_SHARED ?? join(ROOT, "..", "shared");
const CORPUS = join(SHARED, "corpus", "prose");
const DOC = join(ROOT, "docs", "narrative.md");

interface Expected {
  files: Record<string, ProseLabels>;
}

function measure(showClaims: boolean): void {
  const expectedPath = join(CORPUS, "expected.json");
  if (!existsSync(expectedPath)) {
    process.stdout.write(`measure-prose: ${expectedPath} is absent; nothing measured (set KC_SHARED to the shared folder).\n`);
    return;
  }
  const expected = JSON.parse(readFileSync(expectedPath, "utf8")) as Expected;
  const rows: (string | number)[][] = [];
  const total = {
    read: 0,
    labels: 0,
    claims: 0,
    falseInconsistent: 0,
    caught: 0,
    inconsistent: 0,
    named: 0,
    truncated: 0,
    consistent: 0,
    unverifiable: 0,
    truncatedClaims: 0,
  };
  for (const [file, labels] of Object.entries(expected.files)) {
    const text = reportTextOf(readFileSync(join(CORPUS, file), "utf8"));
    const claims = checkText(text);
    const score = scoreLabelledText(text, claims, labels);
    if (showClaims) printClaims(file, claims, score);
    rows.push([
      file.replace(/\.txt$/, ""),
      score.claims,
      score.byVerdict.consistent,
      score.byVerdict.truncated,
      score.byVerdict.unverifiable,
      score.byVerdict.inconsistent,
      score.falseInconsistent,
      `${score.caught}/${score.inconsistentLabels}`,
      `${score.truncationsNamed}/${score.truncatedLabels}`,
      `${score.read}/${score.labels}`,
    ]);
    total.read += score.read;
    total.labels += score.labels;
    total.claims += score.claims;
    total.consistent += score.byVerdict.consistent;
    total.truncatedClaims += score.byVerdict.truncated;
    total.unverifiable += score.byVerdict.unverifiable;
    total.falseInconsistent += score.falseInconsistent;
    total.caught += score.caught;
    total.inconsistent += score.inconsistentLabels;
    total.named += score.truncationsNamed;
    total.truncated += score.truncatedLabels;
    if (score.absent.length > 0) process.stderr.write(`measure-prose: ${file}: labels not found in the text: ${score.absent.join(" | ")}\n`);
  }
  rows.push([
    `**all ${rows.length}**`,
    total.claims,
    total.consistent,
    total.truncatedClaims,
    total.unverifiable,
    total.claims - total.consistent - total.truncatedClaims - total.unverifiable,
    `**${total.falseInconsistent}**`,
    `**${total.caught}/${total.inconsistent}**`,
    `**${total.named}/${total.truncated}**`,
    `${total.read}/${total.labels}`,
  ]);
  const table = markdownTable(
    [
      "File",
      "Claims",
      "✓ consistent",
      "≈ truncated",
      "? unverifiable",
      "✗ inconsistent",
      "False ✗",
      "Inconsistencies caught",
      "Truncations named",
      "Labelled figures read",
    ],
    rows,
  );
  process.stdout.write(`${table}\n`);
  writeMarkedSection(DOC, "real-corpus", table);
  process.stdout.write(`measure-prose: table written to ${DOC}\n`);
}

function printClaims(file: string, claims: ReturnType<typeof checkText>, score: ProseScore): void {
  process.stdout.write(`\n== ${file}\n`);
  for (const c of claims) process.stdout.write(`  ${c.verdict.padEnd(12)} ${c.kind.padEnd(13)} «${c.quote}»\n      ${c.message.en}\n`);
  if (score.falselyAccused.length > 0) process.stdout.write(`  FALSELY ACCUSED: ${score.falselyAccused.join(" | ")}\n`);
  if (score.missed.length > 0) process.stdout.write(`  MISSED: ${score.missed.join(" | ")}\n`);
  if (score.truncationsMissed.length > 0) process.stdout.write(`  TRUNCATION NOT NAMED: ${score.truncationsMissed.join(" | ")}\n`);
}

measure(process.argv.includes("--claims"));
