import { bilingual } from "../message";
import { judgeStated, RoundingMode } from "../numbers/consistency";
import { Interval, sumIntervals } from "../numbers/interval";
import { convertedDecimals, unitFactor, unitName } from "../numbers/units";
import { Claim, formatRange, intervalJson, verdictMessage } from "./claim";
import { FigureReading, Reading } from "./reading";
import { indexOfWords, PART_MARKERS } from "./vocabulary";

/** A total with its parts, as the text lists them. */
export interface PartList {
  kind: "amount-sum" | "count-sum";
  total: FigureReading;
  parts: FigureReading[];
}

/**
 * Totals with their parts: the figure before "trong đó" / "gồm" / "bao gồm" and the figures of the
 * same kind after it, to the end of the sentence. A sentence that opens with the marker ("Trong đó: …")
 * lists the parts of the previous sentence's total. Figures in parentheses are asides, not parts.
 * A single part is a subset ("trong đó 5 đề án KCQG"), not a sum: it is returned (a share of it is
 * measured on the total) but `isSum` is false.
 */
export function findPartLists(reading: Reading): PartList[] {
  const lists: PartList[] = [];
  reading.sentences.forEach((sentence, index) => {
    const marker = firstMarker(reading.folded, sentence.start, sentence.end);
    if (marker < 0) return;
    const opensWithMarker = /^[\s\p{P}]*$/u.test(reading.text.slice(sentence.start, marker));
    const amountList = listOf(reading.amounts, index, marker, opensWithMarker);
    if (amountList) lists.push({ kind: "amount-sum", ...amountList });
    const countList = listOf(reading.counts, index, marker, opensWithMarker);
    if (countList) lists.push({ kind: "count-sum", ...countList });
  });
  return lists;
}

function firstMarker(folded: string, start: number, end: number): number {
  const sentence = folded.slice(start, end);
  const found = PART_MARKERS.map((m) => indexOfWords(sentence, m)).filter((i) => i >= 0);
  return found.length > 0 ? start + Math.min(...found) : -1;
}

function listOf(
  readings: FigureReading[],
  sentence: number,
  marker: number,
  opensWithMarker: boolean,
): { total: FigureReading; parts: FigureReading[] } | undefined {
  const usable = (r: FigureReading) => !r.figure.inParens && !r.baseOf;
  const before = opensWithMarker
    ? readings.filter((r) => r.sentence === sentence - 1 && usable(r))
    : readings.filter((r) => r.sentence === sentence && r.figure.end <= marker && usable(r));
  if (before.length === 0) return undefined;
  const named = before.filter((r) => r.totalWord);
  const total = opensWithMarker ? (named[0] ?? before[0]) : (named[named.length - 1] ?? before[before.length - 1]);
  const parts = readings.filter(
    (r) =>
      r.sentence === sentence &&
      r.figure.start > marker &&
      usable(r) &&
      (r.figure.kind !== "count" || r.figure.noun === total.figure.noun) &&
      (total.quantity === undefined || r.quantity === undefined || r.quantity === total.quantity),
  );
  return parts.length >= 1 ? { total, parts } : undefined;
}

/** Whether a part list states a sum (two parts or more) rather than a subset. */
export function isSum(list: PartList): boolean {
  return list.parts.length >= 2;
}

/** Judges a part list: the total against the sum of its parts, each figure with the rounding of its digits. */
export function judgePartList(list: PartList, text: string, mode: RoundingMode): Claim {
  const { total, parts } = list;
  const t = total.figure;
  const unit = t.unit;
  const partIntervals = parts.map((p) => {
    const shown = list.kind === "count-sum" ? Interval.exact(p.figure.value) : Interval.shown(p.figure.value, p.figure.decimals);
    return unit && p.figure.unit ? shown.scale(unitFactor(p.figure.unit, unit)) : shown;
  });
  const sum = sumIntervals(partIntervals);
  const verdict = list.kind === "count-sum" ? (sum.contains(t.value) ? "consistent" : "inconsistent") : judgeStated(t.value, t.decimals, sum, mode);
  const noun = ` ${t.text.slice(t.text.search(/\s/) + 1)}`;
  const suffix = unit ? bilingual(` ${unitName(unit).vi}`, ` ${unitName(unit).en}`) : bilingual(noun, noun);
  // Shown with the digits of the finest part, at most two more than the total's.
  const finest = Math.max(...parts.map((p) => (unit && p.figure.unit ? convertedDecimals(p.figure.decimals, p.figure.unit, unit) : p.figure.decimals)));
  const digits = list.kind === "count-sum" ? 0 : Math.min(Math.max(finest, t.decimals), t.decimals + 2);
  const computed = formatRange(sum, digits, suffix);
  const basis = parts.map((p) => p.figure.text).join(" + ");
  const start = total.clauseStart;
  const last = parts[parts.length - 1].figure;
  const end = last.end;
  return {
    quote: text.slice(start, end),
    kind: list.kind,
    verdict,
    stated: t.value.toNumber(),
    computed: intervalJson(sum),
    message: verdictMessage(verdict, t.text, computed, bilingual(`tổng các phần ${basis}`, `the sum of the parts ${basis}`)),
    start,
    end,
  };
}
