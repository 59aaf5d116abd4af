import { Bilingual, bilingual } from "../message";
import { judgeStated, RoundingMode, Verdict } from "../numbers/consistency";
import { Interval } from "../numbers/interval";
import { measureInterval } from "../numbers/ratios";
import { Claim, formatRange, intervalJson, unverifiableMessage, verdictMessage } from "./claim";
import { amountInterval, FactBook, Fund, Resolved } from "./facts";
import { Figure } from "./figures";
import { FigureReading, PercentPhrase, Reading } from "./reading";
import { Quantity } from "./vocabulary";

const FUND_NAMES: Record<Fund, Bilingual> = {
  total: bilingual("tổng", "the total"),
  kcqg: bilingual("KCQG", "KCQG (national funds)"),
  kcdp: bilingual("KCĐP", "KCĐP (local funds)"),
};

/** The figure a percentage is measured on: the nearest amount or count before its phrase in the sentence. */
export function numeratorOf(reading: Reading, phrase: PercentPhrase): FigureReading | undefined {
  const candidates = [...reading.amounts, ...reading.counts].filter((r) => r.sentence === phrase.sentence && r.figure.end <= phrase.start && !r.baseOf);
  return candidates.sort((a, b) => a.figure.start - b.figure.start).pop();
}

interface Context {
  reading: Reading;
  book: FactBook;
  mode: RoundingMode;
  /** The total of the part list a figure belongs to (for shares). */
  totalOfPart: Map<FigureReading, FigureReading>;
}

/** Judges a percentage phrase against the figures the text gives for its base. */
export function judgePhrase(phrase: PercentPhrase, ctx: Context): Claim {
  const numerator = numeratorOf(ctx.reading, phrase);
  const sign = phrase.negative ? -1 : 1;
  const statedPoints = phrase.figure.value.times(sign);
  const span = quoteSpan(ctx.reading.text, numerator, phrase);
  const claim = (verdict: Claim["verdict"], computed: Interval | null, message: Bilingual): Claim => ({
    quote: ctx.reading.text.slice(span.start, span.end),
    kind: phrase.measure,
    verdict,
    stated: statedPoints.toNumber(),
    computed: computed ? intervalJson(computed.scale(100)) : null,
    message,
    start: span.start,
    end: span.end,
  });
  if (!numerator) {
    return claim("unverifiable", null, unverifiableMessage(bilingual("số liệu mà tỷ lệ này tính trên", "the figure this percentage is measured on")));
  }
  const isCount = numerator.figure.kind === "count";
  const top = isCount ? Interval.exact(numerator.figure.value) : amountInterval(numerator.figure);
  const fund = ctx.book.fundOf(numerator);
  const year = ctx.book.yearOf(numerator);

  const judge = (base: Resolved): { verdict: Verdict; exact: Interval; basis: Bilingual } | undefined => {
    const exact = measureInterval(phrase.measure, top, base.value);
    if (!exact) return undefined;
    const how = base.derived ? `(${base.how})` : base.how;
    const formula = `${numerator.figure.text} ÷ ${how}${phrase.measure === "growth" ? " − 1" : ""}`;
    const d = phrase.figure.decimals + 2;
    const statedFraction = phrase.figure.value.times(sign).div(100);
    let verdict: Verdict;
    if (phrase.lowerBound) {
      verdict = (sign > 0 ? exact.hi.gte(statedFraction) : exact.lo.lte(statedFraction)) ? "consistent" : "inconsistent";
    } else {
      verdict = judgeStated(statedFraction, d, exact, ctx.mode);
    }
    return { verdict, exact, basis: bilingual(formula, formula) };
  };
  const statedText = `${phrase.negative ? "−" : ""}${phrase.figure.text}`;
  const digits = Math.max(2, phrase.figure.decimals + 1);
  const judged = (base: Resolved, note?: Bilingual): Claim | undefined => {
    const j = judge(base);
    if (!j) return undefined;
    const computed = formatRange(j.exact.scale(100), digits, "%");
    const message = verdictMessage(j.verdict, statedText, computed, j.basis);
    return claim(j.verdict, j.exact, note ? bilingual(`${note.vi} ${message.vi}`, `${note.en} ${message.en}`) : message);
  };

  const base = phrase.base ? { value: figureInterval(phrase.base), how: phrase.base.text, derived: false } : undefined;
  switch (phrase.measure) {
    case "completion": {
      const plan = base ?? (isCount ? plannedCount(numerator, ctx) : ctx.book.resolve(fund, "plan", phrase.labelYear ?? year, phrase));
      const own = plan ? judged(plan) : undefined;
      if (own && own.verdict !== "inconsistent") return own;
      if (fund !== "total" && !isCount) {
        // Some reports measure a fund's completion against the total plan: say so rather than call it wrong.
        const totalPlan = ctx.book.resolve("total", "plan", phrase.labelYear ?? year, phrase);
        const alt = totalPlan ? judge(totalPlan) : undefined;
        if (totalPlan && alt && alt.verdict === "consistent") {
          const computed = formatRange(alt.exact.scale(100), digits, "%");
          return claim(
            "consistent",
            alt.exact,
            bilingual(
              `Đúng nếu tính trên tổng kế hoạch (${alt.basis.vi} cho ${computed.vi})${own ? `, không phải trên kế hoạch ${FUND_NAMES[fund].vi} (${own.message.vi})` : ""}.`,
              `Correct if measured against the total plan (${alt.basis.en} gives ${computed.en})${own ? `, not against the ${FUND_NAMES[fund].en} plan (${own.message.en})` : ""}.`,
            ),
          );
        }
      }
      if (own) return own;
      return claim("unverifiable", null, unverifiableMessage(bilingual(`kế hoạch của ${FUND_NAMES[fund].vi}`, `the plan of ${FUND_NAMES[fund].en}`)));
    }
    case "growth":
    case "ratio": {
      const previous = base ?? (isCount ? undefined : previousFigure(phrase, numerator, fund, year, ctx));
      const result = previous ? judged(previous) : undefined;
      if (result) return result;
      const what = phrase.label || (phrase.measure === "ratio" ? "cùng kỳ" : "kỳ trước");
      return claim("unverifiable", null, unverifiableMessage(bilingual(`số liệu "${what}" để so sánh`, `the "${what}" figure to compare with`)));
    }
    case "share": {
      const whole = ctx.totalOfPart.get(numerator);
      const totalBase: Resolved | undefined =
        base ??
        (whole
          ? { value: figureInterval(whole.figure), how: whole.figure.text, derived: false }
          : fund !== "total" && !isCount
            ? ctx.book.resolve("total", numerator.quantity ?? "actual", year, phrase)
            : undefined);
      const result = totalBase ? judged(totalBase) : undefined;
      if (result) return result;
      return claim("unverifiable", null, unverifiableMessage(bilingual("tổng để tính tỷ trọng", "the total the share is of")));
    }
  }
}

/** The figure a growth or same-period ratio compares with, by the year or "cùng kỳ" its label names. */
function previousFigure(phrase: PercentPhrase, numerator: FigureReading, fund: Fund, year: number | undefined, ctx: Context): Resolved | undefined {
  const own: Quantity = numerator.quantity ?? "actual";
  const sameKind = (q: Quantity, y: number | undefined) => ctx.book.resolve(fund, q, y, phrase);
  const previousYear = phrase.labelYear ?? (year !== undefined ? year - 1 : undefined);
  if (phrase.labelQuantity === "samePeriod" || (phrase.measure === "ratio" && phrase.labelYear === undefined)) {
    return sameKind("samePeriod", undefined) ?? (previousYear !== undefined ? sameKind("actual", previousYear) : undefined);
  }
  // "tăng 14,3%" with no "so với …" compares with the year before.
  const compareYear = phrase.labelYear ?? (phrase.previousYear || phrase.label === "" ? previousYear : undefined);
  if (compareYear === undefined || compareYear === year) return undefined;
  if (phrase.labelQuantity) return sameKind(phrase.labelQuantity, compareYear);
  return strictYear(ctx, fund, own, compareYear, phrase) ?? strictYear(ctx, fund, own === "plan" ? "actual" : "plan", compareYear, phrase);
}

/** A figure of exactly that year (not one that names no year). */
function strictYear(ctx: Context, fund: Fund, quantity: Quantity, year: number, phrase: PercentPhrase): Resolved | undefined {
  const fact = ctx.book.facts.find((f) => f.fund === fund && f.quantity === quantity && f.year === year && f.figure !== phrase.base);
  return fact ? { value: fact.value, how: fact.figure.text, derived: false } : undefined;
}

/** A count the text plans for the same things ("giao 15 đề án … hoàn thành 12 đề án, đạt 80% kế hoạch"). */
function plannedCount(numerator: FigureReading, ctx: Context): Resolved | undefined {
  const plan = ctx.reading.counts.find((c) => c !== numerator && c.quantity === "plan" && c.figure.noun === numerator.figure.noun);
  return plan ? { value: figureInterval(plan.figure), how: plan.figure.text, derived: false } : undefined;
}

/** A count is exact; an amount stands for the interval of its digits. */
function figureInterval(figure: Figure): Interval {
  return figure.kind === "amount" ? amountInterval(figure) : Interval.exact(figure.value);
}

function quoteSpan(text: string, numerator: FigureReading | undefined, phrase: PercentPhrase): { start: number; end: number } {
  const start = numerator ? Math.min(numerator.clauseStart, phrase.start) : phrase.start;
  let end = phrase.end;
  if (phrase.figure.inParens && text[end] === ")") end++;
  return { start, end };
}
