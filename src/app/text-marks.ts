import type { ClaimVerdict } from "../core/narrative/claim";

/** The part of a claim the highlighter needs. */
export interface MarkedSpan {
  start: number;
  end: number;
  verdict: ClaimVerdict;
}

export interface TextRun {
  text: string;
  /** The worst verdict of the claims covering this run; undefined for text no claim stands on. */
  verdict?: ClaimVerdict;
}

const WORST_FIRST: ClaimVerdict[] = ["inconsistent", "truncated", "unverifiable", "consistent"];

/**
 * Cuts the checked text into runs for highlighting: claims may nest (a clause inside its sentence)
 * or overlap, so each character takes the worst verdict of the claims covering it.
 */
export function markRuns(text: string, spans: readonly MarkedSpan[]): TextRun[] {
  const rank = new Array<number>(text.length).fill(WORST_FIRST.length);
  for (const span of spans) {
    const r = WORST_FIRST.indexOf(span.verdict);
    for (let i = Math.max(0, span.start); i < Math.min(text.length, span.end); i++) rank[i] = Math.min(rank[i], r);
  }
  const runs: TextRun[] = [];
  let from = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || rank[i] !== rank[from]) {
      runs.push({ text: text.slice(from, i), verdict: WORST_FIRST[rank[from]] });
      from = i;
    }
  }
  return runs;
}
