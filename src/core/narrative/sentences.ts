/** A span of the checked text. */
export interface Span {
  start: number;
  end: number;
}

// Abbreviations whose dot does not end a sentence ("TP. Hồ Chí Minh").
const ABBREVIATIONS = new Set(["tp", "tx", "tt", "ths", "ts", "pgs", "gs", "ks", "ông", "bà", "v.v", "tr"]);

/**
 * The sentences of a text: a sentence ends at ".", "!", "?" or "…" followed by a space, or at a line
 * break. A dot inside a number ("3.604,5") or after an abbreviation does not end one. Spans are trimmed.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    const span = trimSpan(text, start, end);
    if (span.end > span.start) spans.push(span);
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") {
      push(i);
      start = i + 1;
    } else if (/[.!?…]/.test(c) && (i + 1 === text.length || /\s/.test(text[i + 1]))) {
      if (c === "." && isAbbreviation(text, i)) continue;
      push(i + 1);
      start = i + 1;
    }
  }
  push(text.length);
  return spans;
}

function isAbbreviation(text: string, dot: number): boolean {
  const word = /[\p{L}.]+$/u.exec(text.slice(Math.max(0, dot - 6), dot))?.[0] ?? "";
  return ABBREVIATIONS.has(word.toLocaleLowerCase("vi"));
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
