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
  /** The index of the claim that gives the run its verdict (the shortest of the worst): its scope is shown on hover and focus. */
  claim?: number;
}

const WORST_FIRST: ClaimVerdict[] = ["inconsistent", "truncated", "unverifiable", "consistent"];

/**
 * Cuts the checked text into runs for highlighting: claims may nest (a clause inside its sentence)
 * or overlap, so each character takes the worst verdict of the claims covering it, and the shortest
 * such claim names it.
 */
export function markRuns(text: string, spans: readonly MarkedSpan[]): TextRun[] {
  const rank = new Array<number>(text.length).fill(WORST_FIRST.length);
  const owner = new Array<number>(text.length).fill(-1);
  spans.forEach((span, k) => {
    const r = WORST_FIRST.indexOf(span.verdict);
    const length = span.end - span.start;
    for (let i = Math.max(0, span.start); i < Math.min(text.length, span.end); i++) {
      const o = owner[i];
      if (r < rank[i] || (r === rank[i] && o >= 0 && length < spans[o].end - spans[o].start)) {
        rank[i] = r;
        owner[i] = k;
      }
    }
  });
  const runs: TextRun[] = [];
  let from = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || rank[i] !== rank[from] || owner[i] !== owner[from]) {
      const run: TextRun = { text: text.slice(from, i), verdict: WORST_FIRST[rank[from]] };
      if (owner[from] >= 0) run.claim = owner[from];
      runs.push(run);
      from = i;
    }
  }
  return runs;
}
