import type { Claim } from "../src/core/narrative/claim";

/**
 * The labels of one text of a labelled prose corpus: substrings of the claims a careful reader judges
 * inconsistent, not inconsistent (consistent once rounding is counted, or not checkable from the text),
 * and truncated (a truncation, not a rounding, of the true value).
 */
export interface ProseLabels {
  inconsistent: string[];
  not_inconsistent: string[];
  truncated: string[];
  notes?: string;
}

/** What the checker did on one labelled text. */
export interface ProseScore {
  claims: number;
  byVerdict: Record<Claim["verdict"], number>;
  /** "inconsistent" claims that touch no substring labelled inconsistent: false alarms. */
  falseInconsistent: number;
  /** Substrings labelled not_inconsistent that an "inconsistent" claim touches. */
  falselyAccused: string[];
  /** Labelled inconsistencies with an "inconsistent" claim touching them, of all labelled. */
  caught: number;
  inconsistentLabels: number;
  missed: string[];
  /** Labelled truncations with a "truncated" claim touching them, of all labelled. */
  truncationsNamed: number;
  truncatedLabels: number;
  truncationsMissed: string[];
  /** Labelled substrings some claim touches (read, whatever its verdict), of all labelled. */
  read: number;
  labels: number;
  /** Labelled substrings that do not occur in the text (a label to fix, never silently passed). */
  absent: string[];
}

interface Range {
  start: number;
  end: number;
}

/** Every occurrence of a labelled substring in the text. */
function occurrences(text: string, label: string): Range[] {
  const found: Range[] = [];
  const needle = label.normalize("NFC");
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) found.push({ start: i, end: i + needle.length });
  return found;
}

const touches = (claim: Range, r: Range) => claim.start < r.end && r.start < claim.end;

/**
 * Scores the claims of a text (NFC, as checkText reads it) against its labels. A claim concerns a
 * labelled substring when its quote overlaps any occurrence of it.
 */
export function scoreLabelledText(text: string, claims: readonly Claim[], labels: ProseLabels): ProseScore {
  const ranges = new Map<string, Range[]>();
  const absent: string[] = [];
  const all = [...labels.inconsistent, ...labels.not_inconsistent, ...labels.truncated];
  for (const label of all) {
    const r = occurrences(text, label);
    ranges.set(label, r);
    if (r.length === 0) absent.push(label);
  }
  const touching = (claim: Claim, label: string) => (ranges.get(label) ?? []).some((r) => touches(claim, r));
  const withVerdict = (verdict: Claim["verdict"]) => claims.filter((c) => c.verdict === verdict);
  const flagged = withVerdict("inconsistent");
  const truncated = withVerdict("truncated");
  const caughtLabels = labels.inconsistent.filter((l) => flagged.some((c) => touching(c, l)));
  const namedLabels = labels.truncated.filter((l) => truncated.some((c) => touching(c, l)));
  const byVerdict = { consistent: 0, inconsistent: 0, truncated: 0, unverifiable: 0 };
  for (const c of claims) byVerdict[c.verdict]++;
  return {
    claims: claims.length,
    byVerdict,
    falseInconsistent: flagged.filter((c) => !labels.inconsistent.some((l) => touching(c, l))).length,
    falselyAccused: labels.not_inconsistent.filter((l) => flagged.some((c) => touching(c, l))),
    caught: caughtLabels.length,
    inconsistentLabels: labels.inconsistent.length,
    missed: labels.inconsistent.filter((l) => !caughtLabels.includes(l)),
    truncationsNamed: namedLabels.length,
    truncatedLabels: labels.truncated.length,
    truncationsMissed: labels.truncated.filter((l) => !namedLabels.includes(l)),
    read: all.filter((l) => claims.some((c) => touching(c, l))).length,
    labels: all.length,
    absent,
  };
}

/**
 * The report text of a corpus file: its metadata lines ("# source: …", "# date: …") at the top are the
 * corpus's, not the report's, and are blanked (offsets kept) so their dates do not read as report years.
 */
export function reportTextOf(file: string): string {
  const text = file.normalize("NFC");
  const lines = text.split("\n");
  let header = 0;
  while (header < lines.length && /^# [a-z]+:/.test(lines[header])) header++;
  return [...lines.slice(0, header).map((l) => " ".repeat(l.length)), ...lines.slice(header)].join("\n");
}
