import { foldText } from "./vocabulary";

/** Where a word of a table occurs in folded text, with the entry it belongs to. */
export interface Hit<T> {
  start: number;
  end: number;
  entry: T;
}

/** A table of words compiled once into one regular expression: longest words first, whole words only. */
export class WordTable<T extends { words: readonly string[] }> {
  private readonly pattern: RegExp;
  private readonly entryOf = new Map<string, T>();

  constructor(readonly entries: readonly T[]) {
    for (const entry of entries) for (const w of entry.words) if (!this.entryOf.has(foldText(w))) this.entryOf.set(foldText(w), entry);
    const words = [...this.entryOf.keys()].sort((a, b) => b.length - a.length).map(escape);
    this.pattern = new RegExp(`(?<![\\p{L}\\d])(?:${words.join("|")})(?![\\p{L}\\d])`, "gu");
  }

  /** Every occurrence in `folded` from `from` to `to`, in order; a longer word is taken over the shorter words inside it. */
  hits(folded: string, from = 0, to = folded.length): Hit<T>[] {
    const found: Hit<T>[] = [];
    this.pattern.lastIndex = from;
    for (let m = this.pattern.exec(folded); m && m.index < to; m = this.pattern.exec(folded)) {
      const end = m.index + m[0].length;
      if (end > to) break;
      found.push({ start: m.index, end, entry: this.entryOf.get(m[0])! });
    }
    return found;
  }

  /** The entry of the last word of `folded` (nearest its end). */
  last(folded: string): T | undefined {
    const hits = this.hits(folded);
    return hits[hits.length - 1]?.entry;
  }
}

/** A table of plain words, one entry each. */
export function wordList(words: readonly string[]): WordTable<{ words: readonly string[]; word: string }> {
  return new WordTable(words.map((w) => ({ words: [w], word: foldText(w) })));
}

/** The last hit that lies within [from, to), by binary search over hits in text order. */
export function lastHitWithin<H extends { start: number; end: number }>(hits: readonly H[], from: number, to: number): H | undefined {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid].end <= to) lo = mid + 1;
    else hi = mid;
  }
  const h = hits[lo - 1];
  return h && h.start >= from ? h : undefined;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
