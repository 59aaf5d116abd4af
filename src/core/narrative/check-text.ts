import { bilingual } from "../message";
import { RoundingMode } from "../numbers/consistency";
import { Interval } from "../numbers/interval";
import { statedBaseScope } from "./bases";
import { Claim, intervalJson } from "./claim";
import { FactBook } from "./facts";
import { judgePhrase, numeratorOf } from "./percentages";
import { FigureReading, readText } from "./reading";
import { findPartLists, isSum, judgePartList } from "./sums";

export interface CheckTextOptions {
  /** How report figures were shortened: "round" (default; a truncation is then noted) or "truncate". */
  rounding?: RoundingMode;
}

/**
 * Reads Vietnamese report text and judges every numeric claim it makes: totals and their parts,
 * done/total counts, and percentages with their phrase (đạt … so với kế hoạch, tăng/giảm … so với …,
 * bằng … so với cùng kỳ, chiếm …). Every figure stands for the interval of the digits it shows, widened
 * by its qualifier ("hơn", "gần", "khoảng"); every claim carries the scope of its figure (entity, fund,
 * measure, period), and is judged only against a base of the scope the text establishes: otherwise it
 * is unverifiable and says which part is missing. Claims come in text order; offsets are in the NFC
 * form of the input. Linear in the length of the text.
 */
export function checkText(input: string, options: CheckTextOptions = {}): Claim[] {
  const mode = options.rounding ?? "round";
  const reading = readText(input.normalize("NFC"));
  const book = new FactBook(reading);
  const lists = findPartLists(reading);

  const totalOfPart = new Map<FigureReading, FigureReading>();
  for (const list of lists) for (const part of list.parts) totalOfPart.set(part, list.total);
  for (const phrase of reading.phrases) {
    const numerator = numeratorOf(reading, phrase);
    if (numerator) book.addBase(phrase, numerator, statedBaseScope(phrase, numerator));
    if (phrase.measure === "completion" && numerator && !phrase.base) book.addCompletion(phrase, numerator);
  }

  const claims: Claim[] = [
    ...lists.filter(isSum).map((list) => judgePartList(list, reading.text, mode)),
    ...reading.fractions.map((f) => judgeDoneOfTotal(f, reading.text)),
    ...reading.phrases.map((phrase) => judgePhrase(phrase, { reading, book, mode, totalOfPart })),
  ];
  return claims.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** "13/13 đề án": what is done cannot exceed the total. */
function judgeDoneOfTotal(reading: FigureReading, text: string): Claim {
  const f = reading.figure;
  const total = f.of!;
  const ok = f.value.lte(total);
  const start = reading.clauseStart;
  return {
    quote: text.slice(start, f.end),
    kind: "done-of-total",
    verdict: ok ? "consistent" : "inconsistent",
    stated: f.value.toNumber(),
    computed: intervalJson(new Interval(0, total)),
    message: ok
      ? bilingual(`Khớp: ${f.value} trên tổng số ${total}.`, `Consistent: ${f.value} out of ${total}.`)
      : bilingual(`Không khớp: ${f.value} lớn hơn tổng số ${total}.`, `Inconsistent: ${f.value} is more than the total of ${total}.`),
    scope: reading.scope,
    start,
    end: f.end,
  };
}
