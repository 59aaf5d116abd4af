/** A span of the checked text. */
export interface Span {
  start: number;
  end: number;
}

/** A sentence, with the paragraph (line) it belongs to: a period carries from sentence to sentence within one. */
export interface Sentence extends Span {
  paragraph: number;
}

// Abbreviations whose dot does not end a sentence ("TP. Hồ Chí Minh").
const ABBREVIATIONS = new Set(["tp", "tx", "tt", "ths", "ts", "pgs", "gs", "ks", "ông", "bà", "v.v", "tr"]);

/**
 * The sentences of a text: a sentence ends at ".", "!", "?" or "…" followed by a space, or at a line
 * break. A dot inside a number ("3.604,5") or after an abbreviation does not end one, nor does a line
 * break inside a sentence of hard-wrapped text (a line that stops without punctuation and goes on in
 * lower case, or "120-" then "480"). Spans are trimmed.
 */
export function splitSentences(text: string): Sentence[] {
  const spans: Sentence[] = [];
  let start = 0;
  let paragraph = 0;
  const push = (end: number) => {
    const span = trimSpan(text, start, end);
    if (span.end > span.start) spans.push({ ...span, paragraph });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") {
      if (continuesLine(text, i)) continue;
      push(i);
      start = i + 1;
      paragraph++;
    } else if ((c === "." || c === "!" || c === "?" || c === "…") && (i + 1 === text.length || /\s/.test(text[i + 1]))) {
      if (c === "." && isAbbreviation(text, i)) continue;
      push(i + 1);
      start = i + 1;
    }
  }
  push(text.length);
  return spans;
}

/** Whether the line break at `at` is inside a sentence of hard-wrapped text. */
function continuesLine(text: string, at: number): boolean {
  let p = at - 1;
  while (p >= 0 && (text[p] === " " || text[p] === "\t" || text[p] === "\r")) p--;
  let n = at + 1;
  while (n < text.length && (text[n] === " " || text[n] === "\t")) n++;
  const before = text[p] ?? "";
  const after = text[n] ?? "";
  if (before === "" || after === "" || /[.!?…:;]/.test(before)) return false;
  if (/[-–]/.test(before)) return /\d/.test(after);
  return /\p{Ll}/u.test(after) && /[\p{L}\d,]/u.test(before);
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
