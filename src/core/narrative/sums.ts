import { bilingual } from "../message";
import { judgeStated, RoundingMode, Verdict } from "../numbers/consistency";
import { Interval, sumIntervals } from "../numbers/interval";
import { convertedDecimals, unitFactor, unitName } from "../numbers/units";
import { Claim, formatRange, intervalJson, verdictMessage } from "./claim";
import { qualified } from "./facts";
import { FigureReading, Reading } from "./reading";
import { Period } from "./scope";
import { Sentence } from "./sentences";
import { PART_MARKERS, PARTIAL_LIST_WORDS, SUM_WORDS } from "./vocabulary";
import { wordList } from "./word-hits";

/** A total with its parts, as the text lists them. */
export interface PartList {
  kind: "amount-sum" | "count-sum";
  total: FigureReading;
  parts: FigureReading[];
  /** Every figure after the marker, when some were set aside as of another measure: a sum of those that explains the total is not called wrong. */
  allParts?: FigureReading[];
}

const MARKERS = wordList(PART_MARKERS);
const PARTIAL = wordList(PARTIAL_LIST_WORDS);
const SUMS = wordList(SUM_WORDS);
const NAMED_FUNDS = new Set(["kcqg", "kcdp", "counterpart", "other"]);

/**
 * Totals with their parts, whatever the order:
 * - the figure before "trong đó" / "gồm" / "bao gồm" and the figures of the same kind after it, to the
 *   end of the sentence; a sentence that opens with the marker ("Trong đó: …") lists the parts of the
 *   previous sentence's total;
 * - a total in parentheses' company: "tổng kinh phí 8,4 tỷ đồng (KCQG 2,9 tỷ đồng, …; KCĐP 5,5 tỷ đồng, …)";
 * - parts then their total: "KCQG 2,35 tỷ đồng và KCĐP 4,9 tỷ đồng, tổng cộng 7,25 tỷ đồng".
 * Figures in parentheses are asides, ranges ("3 - 5 tỷ") are not figures, and a list of examples
 * ("trong đó một số tỉnh như …") is not all the parts. A single part is a subset ("trong đó 5 đề án
 * KCQG"), not a sum: it is returned (a share of it is measured on the total) but `isSum` is false.
 */
export function findPartLists(reading: Reading): PartList[] {
  const lists: PartList[] = [];
  const markers = MARKERS.hits(reading.folded);
  reading.sentences.forEach((sentence, index) => {
    const s = reading.bySentence[index];
    const marker = firstMarker(markers, sentence, reading);
    if (marker >= 0) {
      if (isPartialList(reading.folded, marker, sentence.end)) return;
      const opensWithMarker = /^[\s\p{P}]*$/u.test(reading.text.slice(sentence.start, marker));
      const previous = index > 0 ? reading.bySentence[index - 1] : undefined;
      const amountList = listAfterMarker(s.amounts, previous?.amounts, marker, opensWithMarker);
      if (amountList) lists.push({ kind: "amount-sum", ...amountList });
      const countList = listAfterMarker(s.counts, previous?.counts, marker, opensWithMarker);
      if (countList) lists.push({ kind: "count-sum", ...countList });
      return;
    }
    const unmarked = partsInParentheses(s.amounts, reading.text) ?? partsThenTotal(s.amounts, reading.folded);
    if (unmarked) lists.push({ kind: "amount-sum", ...unmarked });
  });
  return lists;
}

/** The first list marker of a sentence outside parentheses. */
function firstMarker(markers: readonly { start: number; end: number }[], sentence: Sentence, reading: Reading): number {
  const hit = hitsWithin(markers, sentence.start, sentence.end).find((h) => !insideParentheses(reading.text, sentence.start, h.start));
  return hit ? hit.start : -1;
}

function hitsWithin<T extends { start: number; end: number }>(hits: readonly T[], from: number, to: number): T[] {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < hits.length && hits[i].end <= to; i++) out.push(hits[i]);
  return out;
}

function insideParentheses(text: string, from: number, at: number): boolean {
  let depth = 0;
  for (let i = from; i < at; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")") depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/** "trong đó một số tỉnh bố trí lớn như …": examples, not the parts ("như sau" announces them all). */
function isPartialList(folded: string, marker: number, end: number): boolean {
  const after = folded.slice(marker, Math.min(end, marker + 60)).replace(/\bnhu sau\b/g, "");
  const firstDigit = after.search(/\d/);
  return PARTIAL.hits(firstDigit < 0 ? after : after.slice(0, firstDigit)).length > 0;
}

function usable(r: FigureReading): boolean {
  return !r.figure.inParens && !r.baseOf && !r.figure.inRange;
}

/**
 * The total before the marker and the parts after it. A sentence that opens with the marker ("Trong đó: …"),
 * or has no figure of the kind before it ("Nguồn kinh phí này được phân bổ …, trong đó …"), lists the parts
 * of the previous sentence's total, when the parts are of its period.
 */
function listAfterMarker(
  inSentence: readonly FigureReading[],
  inPrevious: readonly FigureReading[] | undefined,
  marker: number,
  opensWithMarker: boolean,
): { total: FigureReading; parts: FigureReading[]; allParts?: FigureReading[] } | undefined {
  const own = inSentence.filter((r) => r.figure.end <= marker && usable(r));
  const fromPrevious = opensWithMarker || own.length === 0;
  const before = fromPrevious ? (inPrevious ?? []).filter(usable) : own;
  if (before.length === 0) return undefined;
  const named = before.filter((r) => r.totalWord);
  const total = fromPrevious ? (named[0] ?? before[0]) : (named[named.length - 1] ?? before[before.length - 1]);
  // A figure whose own clause names another measure ("…; đã thực hiện 8 tỷ đồng") is not a part of a plan.
  const measureOf = (r: FigureReading) => (r.scope.measure === "count" ? undefined : r.scope.measure);
  const allParts = inSentence.filter((r) => r.figure.start > marker && usable(r) && (r.figure.kind !== "count" || r.figure.noun === total.figure.noun));
  const parts = allParts.filter(
    (r) => measureOf(total) === undefined || r.clauseMeasure === undefined || sameMeasureFamily(measureOf(total)!, r.clauseMeasure),
  );
  if (parts.length === 0) return undefined;
  if (fromPrevious && !opensWithMarker && !parts.every((p) => withinPeriod(p.scope.period, total.scope.period))) return undefined;
  return parts.length < allParts.length ? { total, parts, allParts } : { total, parts };
}

/** A part's period is the total's: the same year, or a year of the total's span; an unnamed one may be. */
function withinPeriod(part: Period, total: Period): boolean {
  if (part.year === undefined || total.year === undefined) return true;
  return part.year >= total.year && part.year <= (total.toYear ?? total.year);
}

/** A plan's parts may be written as allocated and unallocated plans; an actual's as done and disbursed. */
function sameMeasureFamily(a: string, b: string): boolean {
  const family = (m: string) => (m === "plan" || m === "allocated" ? "plan" : m === "cost" ? "cost" : "actual");
  return family(a) === family(b);
}

/** "Tổng kinh phí 8,4 tỷ đồng (KCQG 2,9 tỷ đồng, chiếm 34,52%; KCĐP 5,5 tỷ đồng, chiếm 65,48%)": a total followed by its funds in parentheses. */
function partsInParentheses(amounts: readonly FigureReading[], text: string): { total: FigureReading; parts: FigureReading[] } | undefined {
  for (let i = 0; i < amounts.length; i++) {
    const total = amounts[i];
    if (!usable(total) || !/^\s*\(/.test(text.slice(total.figure.end, total.figure.end + 4))) continue;
    const close = text.indexOf(")", total.figure.end);
    const parts = amounts.slice(i + 1).filter((r) => r.figure.inParens && r.figure.end <= close && !r.baseOf && !r.figure.inRange);
    if (namedDistinctFunds(parts)) return { total, parts };
  }
  return undefined;
}

/** "KCQG 2,35 tỷ đồng và KCĐP 4,9 tỷ đồng, tổng cộng 7,25 tỷ đồng": funds by name, then a figure whose clause says "tổng". */
function partsThenTotal(amounts: readonly FigureReading[], folded: string): { total: FigureReading; parts: FigureReading[] } | undefined {
  for (let i = 2; i < amounts.length; i++) {
    const total = amounts[i];
    if (!usable(total) || SUMS.hits(folded, total.clauseStart, total.figure.start).length === 0) continue;
    const parts: FigureReading[] = [];
    for (let j = i - 1; j >= 0 && usable(amounts[j]) && NAMED_FUNDS.has(amounts[j].scope.fund ?? ""); j--) parts.unshift(amounts[j]);
    const measures = [total, ...parts].map((r) => r.scope.measure).filter((m): m is NonNullable<typeof m> => m !== undefined && m !== "count");
    if (namedDistinctFunds(parts) && measures.every((m) => sameMeasureFamily(m, measures[0]))) return { total, parts };
  }
  return undefined;
}

function namedDistinctFunds(parts: readonly FigureReading[]): boolean {
  const funds = parts.map((p) => p.scope.fund ?? "");
  return parts.length >= 2 && funds.every((f) => NAMED_FUNDS.has(f)) && new Set(funds).size === funds.length;
}

/** Whether a part list states a sum (two parts or more) rather than a subset. */
export function isSum(list: PartList): boolean {
  return list.parts.length >= 2;
}

/**
 * Judges a part list: the total against the sum of its parts, each figure with the rounding of its digits
 * and its qualifier. When figures of another measure were set aside and the sum is off, the sum of every
 * figure after the marker is tried too: the text is called wrong only when neither explains the total.
 */
export function judgePartList(list: PartList, text: string, mode: RoundingMode): Claim {
  const claim = judgeParts(list, text, mode);
  if (claim.verdict !== "inconsistent" || !list.allParts) return claim;
  const all = judgeParts({ ...list, parts: list.allParts }, text, mode);
  return all.verdict === "inconsistent" ? claim : all;
}

function judgeParts(list: PartList, text: string, mode: RoundingMode): Claim {
  const { total, parts } = list;
  const t = total.figure;
  const unit = t.unit;
  const partIntervals = parts.map((p) => {
    const shown = list.kind === "count-sum" ? Interval.exact(p.figure.value) : Interval.shown(p.figure.value, p.figure.decimals);
    const widened = qualified(shown, p.figure.value, p.scope.qualifier);
    return unit && p.figure.unit ? widened.scale(unitFactor(p.figure.unit, unit)) : widened;
  });
  const sum = sumIntervals(partIntervals);
  const verdict = totalVerdict(list, sum, mode);
  const noun = ` ${t.text.slice(t.text.search(/\s/) + 1)}`;
  const suffix = unit ? bilingual(` ${unitName(unit).vi}`, ` ${unitName(unit).en}`) : bilingual(noun, noun);
  // Shown with the digits of the finest part, at most two more than the total's.
  const finest = Math.max(...parts.map((p) => (unit && p.figure.unit ? convertedDecimals(p.figure.decimals, p.figure.unit, unit) : p.figure.decimals)));
  const digits = list.kind === "count-sum" ? 0 : Math.min(Math.max(finest, t.decimals), t.decimals + 2);
  const computed = formatRange(sum, digits, suffix);
  const basis = parts.map((p) => p.figure.text).join(" + ");
  const start = Math.min(total.clauseStart, parts[0].clauseStart);
  const end = Math.max(t.end, parts[parts.length - 1].figure.end);
  return {
    quote: text.slice(start, end),
    kind: list.kind,
    verdict,
    stated: t.value.toNumber(),
    computed: intervalJson(sum),
    message: verdictMessage(verdict, t.text, computed, bilingual(`tổng các phần ${basis}`, `the sum of the parts ${basis}`)),
    scope: total.scope,
    start,
    end,
  };
}

/** The total against the sum: to its digits (a truncation named as such), or within its qualifier ("hơn 12,6 tỷ", "gần 7,5 tỷ"). */
function totalVerdict(list: PartList, sum: Interval, mode: RoundingMode): Verdict {
  const t = list.total.figure;
  const qualifier = list.total.scope.qualifier;
  if (qualifier !== "exact") {
    const shown = list.kind === "count-sum" ? Interval.exact(t.value) : Interval.shown(t.value, t.decimals);
    return qualified(shown, t.value, qualifier).intersects(sum) ? "consistent" : "inconsistent";
  }
  if (list.kind === "count-sum") return sum.contains(t.value) ? "consistent" : "inconsistent";
  return judgeStated(t.value, t.decimals, sum, mode);
}
