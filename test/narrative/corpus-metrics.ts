import { readFileSync } from "fs";
import { join } from "path";
import { checkText } from "../../src/core/narrative/check-text";
import { Claim, ClaimKind, ClaimVerdict } from "../../src/core/narrative/claim";

export interface ExpectedClaim {
  kind: ClaimKind;
  verdict: ClaimVerdict;
}

export interface CorpusEntry {
  id: string;
  source: "real" | "invented";
  text: string;
  expected: ExpectedClaim[];
  note?: string;
  /**
   * absent: written with the checker; "held-out": written after its first version in other phrasings
   * (the checker was then improved on them); "blind": written last and never used to change the checker;
   * "blind-2" (corpus-blind-2.json): written for issue #17 before the real corpus was read or the checker
   * changed, and measured once at the end.
   */
  set?: "held-out" | "blind" | "blind-2";
}

export const SETS = ["main", "held-out", "blind", "blind-2"] as const;
export type CorpusSet = (typeof SETS)[number];

export function setOf(entry: CorpusEntry): CorpusSet {
  return entry.set ?? "main";
}

export function loadCorpus(): CorpusEntry[] {
  const part = (name: string) => JSON.parse(readFileSync(join(__dirname, name), "utf8")) as CorpusEntry[];
  return [...part("corpus.json"), ...part("corpus-blind-2.json")];
}

export interface Counts {
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
}

export interface CorpusScore {
  texts: number;
  claims: number;
  expected: number;
  /** Claims whose kind and verdict match the label at the same rank in the sentence. */
  matching: number;
  inconsistent: Counts;
  precision: number;
  recall: number;
  /** Entries whose claims differ from their labels, for the report. */
  misses: { id: string; got: string[]; expected: string[] }[];
}

const label = (c: { kind: string; verdict: string }) => `${c.kind}:${c.verdict}`;

/**
 * Scores the checker over the corpus. Found and expected claims are paired by kind, in text order;
 * an `inconsistent` found without an `inconsistent` label is a false positive, and the reverse a false negative.
 */
export function scoreCorpus(corpus: CorpusEntry[]): CorpusScore {
  const inconsistent: Counts = { truePositive: 0, falsePositive: 0, falseNegative: 0 };
  let claims = 0;
  let expected = 0;
  let matching = 0;
  const misses: CorpusScore["misses"] = [];
  for (const entry of corpus) {
    const found: Claim[] = checkText(entry.text);
    claims += found.length;
    expected += entry.expected.length;
    const unpaired = [...entry.expected];
    for (const claim of found) {
      const i = unpaired.findIndex((e) => e.kind === claim.kind);
      const pair = i >= 0 ? unpaired.splice(i, 1)[0] : undefined;
      if (pair && pair.verdict === claim.verdict) matching++;
      const flagged = claim.verdict === "inconsistent";
      const labelled = pair?.verdict === "inconsistent";
      if (flagged && labelled) inconsistent.truePositive++;
      else if (flagged) inconsistent.falsePositive++;
      else if (labelled) inconsistent.falseNegative++;
    }
    inconsistent.falseNegative += unpaired.filter((e) => e.verdict === "inconsistent").length;
    const got = found.map(label);
    const want = entry.expected.map(label);
    if (got.join(",") !== want.join(",")) misses.push({ id: entry.id, got, expected: want });
  }
  const { truePositive: tp, falsePositive: fp, falseNegative: fn } = inconsistent;
  return {
    texts: corpus.length,
    claims,
    expected,
    matching,
    inconsistent,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    misses,
  };
}

/** The metrics table of docs/narrative.md: one row per corpus set and one for all. */
export function metricsTable(corpus: CorpusEntry[]): string {
  const rows = [...SETS.map((set) => [set, corpus.filter((e) => setOf(e) === set)] as const), ["all", corpus] as const];
  const header = "| Set | Texts | Labelled claims | Found | Kind and verdict right | `inconsistent` TP | FP | FN | Precision | Recall |";
  const lines = rows.map(([name, entries]) => {
    const s = scoreCorpus(entries);
    const c = s.inconsistent;
    return `| ${name} | ${s.texts} | ${s.expected} | ${s.claims} | ${s.matching} | ${c.truePositive} | ${c.falsePositive} | ${c.falseNegative} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} |`;
  });
  return [header, "|---|---|---|---|---|---|---|---|---|---|", ...lines].join("\n");
}
