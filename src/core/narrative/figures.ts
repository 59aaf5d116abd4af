import { Decimal } from "../numbers/decimal-config";
import { parseNumberText } from "../numbers/number-text";
import { MoneyUnit, parseUnit } from "../numbers/units";
import { COUNT_NOUNS, foldText, IDENTIFIER_PREFIXES } from "./vocabulary";

/**
 * A figure of report text: an amount with its unit, a percentage, a count of things, a done/total
 * count ("13/13 đề án"), a year, or a bare number (read for context, never judged).
 */
export type FigureKind = "amount" | "percent" | "count" | "fraction" | "year" | "number";

export interface Figure {
  kind: FigureKind;
  /** Offsets of the figure with its unit, "%" or noun. */
  start: number;
  end: number;
  text: string;
  /** As written: percentage points for a percent, the unit's amount for an amount, the done count of a fraction. */
  value: Decimal;
  /** Digits written after the decimal comma. */
  decimals: number;
  unit?: MoneyUnit;
  /** The folded noun a count or fraction counts ("de an"). */
  noun?: string;
  /** The total of a fraction ("13/13": 13). */
  of?: Decimal;
  /** Written inside parentheses: an aside, not a part of a list. */
  inParens: boolean;
  /** One end of a range ("3 - 5 tỷ đồng", "từ 4 đến 8,3 tỷ"): not a claim of equality. */
  inRange?: boolean;
}

const NUMBER_CHUNK = /\d+(?:[.,/]\d+)*/gu;
const UNIT_AFTER =
  /^[ \t\u00a0]*(tỷ\s+đồng|tỉ\s+đồng|triệu\s+đồng|nghìn\s+đồng|ngàn\s+đồng|tỷ|tỉ|triệu|nghìn|ngàn|trđ|tr\.\s?đ|tr\s?đ|đồng|vnđ|vnd|đ)(?![\p{L}\d])/iu;
const PERCENT_AFTER = /^[ \t\u00a0]?%/u;
const FOLDED_NOUNS = COUNT_NOUNS.map((n) => foldText(n)).sort((a, b) => b.length - a.length);
const PREFIXES = IDENTIFIER_PREFIXES.map((p) => p.normalize("NFC").toLocaleLowerCase("vi"));

/** Every figure of the text, in order; dates, legal references, page and list numbers, phones are left out. */
export function tokenizeFigures(text: string): Figure[] {
  const depth = parenDepths(text);
  const figures: Figure[] = [];
  // The start of the current line, moved forward with the matches: one pass over the text.
  let lineStart = 0;
  let scanned = 0;
  for (const match of text.matchAll(NUMBER_CHUNK)) {
    const chunk = match[0];
    const start = match.index ?? 0;
    const end = start + chunk.length;
    for (; scanned < start; scanned++) if (text[scanned] === "\n") lineStart = scanned + 1;
    if (isIdentifier(text, start, end, lineStart)) continue;
    const figure = readFigure(text, chunk, start, end);
    if (figure) figures.push({ ...figure, inParens: depth[start] > 0 });
  }
  markRanges(text, figures);
  return figures;
}

const RANGE_BETWEEN = /^(?:[ \t\u00a0]*[-–][ \t\u00a0]*\n?[ \t\u00a0]*|\s+(?:đến|tới)\s+)$/u;

/** "3 - 5 tỷ đồng", "300- 500 triệu", "2,05 - 2,40%", "từ 4 đến 8,3 tỷ": both ends are a range, not two figures. */
function markRanges(text: string, figures: Figure[]): void {
  for (let i = 0; i + 1 < figures.length; i++) {
    const a = figures[i];
    const b = figures[i + 1];
    if (a.kind === "year" || b.kind === "year" || b.start - a.end > 12) continue;
    if (RANGE_BETWEEN.test(text.slice(a.end, b.start))) {
      a.inRange = true;
      b.inRange = true;
    }
  }
}

function readFigure(text: string, chunk: string, start: number, end: number): Omit<Figure, "inParens"> | undefined {
  const after = text.slice(end, end + 40);
  const slashes = chunk.split("/").length - 1;
  if (slashes > 1) return undefined; // a date: 20/10/2023
  if (slashes === 1) {
    const [done, total] = chunk.split("/");
    const noun = nounAt(after);
    if (!noun || !/^\d+$/.test(done) || !/^\d+$/.test(total)) return undefined; // a date or a reference: 10/2023
    const nounEnd = end + noun.length;
    return {
      kind: "fraction",
      start,
      end: nounEnd,
      text: text.slice(start, nounEnd),
      value: new Decimal(done),
      decimals: 0,
      noun: noun.folded,
      of: new Decimal(total),
    };
  }
  const parsed = parseNumberText(chunk, { vietnamese: true });
  if (!parsed.ok) return undefined;
  const { value, decimals } = parsed.value;
  const percent = PERCENT_AFTER.exec(after);
  if (percent) {
    const e = end + percent[0].length;
    return { kind: "percent", start, end: e, text: text.slice(start, e), value, decimals };
  }
  const unit = UNIT_AFTER.exec(after);
  if (unit) {
    const money = parseUnit(unit[1]);
    if (money) {
      const e = end + unit[0].length;
      return { kind: "amount", start, end: e, text: text.slice(start, e), value, decimals, unit: money };
    }
  }
  if (decimals === 0 && parsed.value.style === "plain") {
    const noun = nounAt(after);
    if (noun) {
      const e = end + noun.length;
      return { kind: "count", start, end: e, text: text.slice(start, e), value, decimals, noun: noun.folded };
    }
    if (/^\d{4}$/.test(chunk) && value.gte(1900) && value.lte(2100)) return { kind: "year", start, end, text: chunk, value, decimals };
  }
  return { kind: "number", start, end, text: chunk, value, decimals };
}

/** The count noun that starts `after` (after spaces), with the length of raw text it spans. */
function nounAt(after: string): { folded: string; length: number } | undefined {
  const lead = /^[ \t\u00a0]+/.exec(after)?.[0].length ?? 0;
  if (lead === 0) return undefined;
  const folded = foldText(after.slice(lead));
  for (const noun of FOLDED_NOUNS) {
    if (folded.startsWith(noun) && !/[\p{L}\d]/u.test(folded[noun.length] ?? "")) {
      return { folded: noun, length: lead + noun.length };
    }
  }
  return undefined;
}

/** A number that names rather than measures: part of a code, a legal reference, a page, a list item, a phone. */
function isIdentifier(text: string, start: number, end: number, lineStart: number): boolean {
  const prev = text[start - 1] ?? "";
  const next = text[end] ?? "";
  if (/[\p{L}\d_]/u.test(prev) && !gluedToWord(text, start)) return true; // KC2024, QĐ123
  if (/[/\-.]/.test(prev) && /[\p{L}\d]/u.test(text[start - 2] ?? "")) return true; // QĐ-123, KH/12
  if (/[/-]/.test(next) && /\p{L}/u.test(text[end + 1] ?? "")) return true; // 1881/QĐ-TTg, 45/2012/NĐ-CP
  const beforeOnLine = text.slice(Math.max(lineStart, start - 30), start);
  if (start - lineStart <= 30 && /^\s*$/.test(beforeOnLine) && /^[.)]\s/.test(text.slice(end, end + 2))) return true; // list numbering "1. "
  const digits = text.slice(start, end).replace(/\D/g, "");
  if (digits.startsWith("0") && digits.length >= 9) return true; // a phone number
  // Diacritics count here: "số 12" is a reference, "cơ sở 3.824" is not.
  const lower = beforeOnLine.toLocaleLowerCase("vi").replace(/[\s:.]+$/, "");
  for (const prefix of PREFIXES) {
    if (lower.endsWith(prefix) && !/[\p{L}\d]/u.test(lower[lower.length - prefix.length - 1] ?? "")) {
      if (prefix === "số" && /(^|\s)tổng số$/.test(lower)) continue; // "tổng số 85 đề án" counts
      return true;
    }
  }
  return false;
}

/**
 * "là1.150": a number glued to a lower-case Vietnamese word (one with a diacritic) is a figure with a
 * missing space, not a code; codes are upper case or plain letters ("KC2024", "QĐ123", "abc12").
 */
function gluedToWord(text: string, start: number): boolean {
  const word = /[\p{L}]{1,8}$/u.exec(text.slice(Math.max(0, start - 8), start))?.[0] ?? "";
  return word !== "" && word === word.toLocaleLowerCase("vi") && /[^a-z]/.test(word);
}

/** How many parentheses are open at each offset (reset at each line, never negative). */
export function parenDepths(text: string): Int32Array {
  const depth = new Int32Array(text.length + 1);
  let d = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") d = 0;
    if (c === "(") d++;
    depth[i] = d;
    if (c === ")") d = Math.max(0, d - 1);
  }
  depth[text.length] = d;
  return depth;
}
