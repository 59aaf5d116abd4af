import { Bilingual, bilingual } from "../message";
import { judgeStated, RoundingMode, Verdict } from "../numbers/consistency";
import { Interval } from "../numbers/interval";
import { measureInterval } from "../numbers/ratios";
import { BaseContext, BaseOption, basesOf } from "./bases";
import { Claim, formatRange, intervalJson, unverifiableMessage, verdictMessage } from "./claim";
import { figureInterval, ONE_PERCENT, qualified, Resolved } from "./facts";
import { FigureReading, PercentPhrase, Reading } from "./reading";
import { FigureScope, fundText, matchEntity, partText } from "./scope";

export interface PhraseContext extends BaseContext {
  mode: RoundingMode;
}

/**
 * The figure a percentage is measured on: the nearest amount, count or done/total count before its
 * phrase in the sentence; when none comes before ("KCĐP chiếm 61,9% với 4,33 tỷ đồng"), the first after it.
 */
export function numeratorOf(reading: Reading, phrase: PercentPhrase): FigureReading | undefined {
  const s = reading.bySentence[phrase.sentence];
  const usable = (r: FigureReading) => !r.baseOf && !r.figure.inRange && r.figure !== phrase.base;
  let before: FigureReading | undefined;
  let after: FigureReading | undefined;
  for (const r of [...s.amounts, ...s.counts, ...s.fractions]) {
    if (!usable(r)) continue;
    if (r.figure.end <= phrase.start) {
      if (!before || r.figure.start > before.figure.start) before = r;
    } else if (r.figure.start >= phrase.figure.end && (!after || r.figure.start < after.figure.start)) after = r;
  }
  if (before && !namesAnotherSubject(reading, before, phrase)) return before;
  return !before && after && after.figure.kind !== "fraction" ? after : undefined;
}

/** "3,6 tỷ đồng, tăng 12,5%, trong khi KCQG giảm 5%": words between a figure and a phrase that name another fund or entity make the phrase another subject's. */
function namesAnotherSubject(reading: Reading, figure: FigureReading, phrase: PercentPhrase): boolean {
  const { fund, entity } = reading.subjectBetween(figure.figure.end, phrase.start);
  if (fund && fund !== (figure.scope.fund ?? "total")) return true;
  return entity !== undefined && matchEntity(entity, figure.scope.entity, reading.textScope) === "different";
}

/** How many bases of each kind a phrase is measured against: the nearest. */
const MAX_OPTIONS = 4;

/**
 * Judges a percentage phrase against the bases the text establishes for it: the first strict base that
 * explains it, else a truncation against one, else a possible base or another denominator that explains
 * it (said as such), else the strict base's "inconsistent", else unverifiable with the missing part.
 */
export function judgePhrase(phrase: PercentPhrase, ctx: PhraseContext): Claim {
  const numerator = numeratorOf(ctx.reading, phrase);
  const claim = claimMaker(phrase, numerator, ctx.reading.text);
  if (!numerator) return claim("unverifiable", null, unverifiableMessage(partText("figure")), "figure");
  const bases = basesOf(phrase, numerator, ctx);
  const top = figureInterval(numerator.figure, numerator.scope.qualifier);
  const measured = (option: BaseOption) => measureAgainst(phrase, numerator, top, option.base, ctx.mode);

  let truncated: Measured | undefined;
  let inconsistent: Measured | undefined;
  for (const option of bases.options.filter((o) => o.strict).slice(0, MAX_OPTIONS)) {
    const m = measured(option);
    if (m?.verdict === "consistent") return claim(m.verdict, m.exact, m.message);
    if (m?.verdict === "truncated") truncated ??= m;
    if (m?.verdict === "inconsistent") inconsistent ??= m;
  }
  if (truncated) return claim(truncated.verdict, truncated.exact, truncated.message);
  // A base the text does not establish, or another denominator reports use, may explain the figure: say which.
  for (const option of bases.options.filter((o) => !o.strict).slice(0, MAX_OPTIONS)) {
    const m = measured(option);
    if (m && m.verdict !== "inconsistent") return claim(m.verdict, m.exact, alternativeMessage(option, m, inconsistent?.message, numerator));
  }
  if (inconsistent) return claim("inconsistent", inconsistent.exact, inconsistent.message);
  return claim("unverifiable", null, unverifiableMessage(bases.what, bases.missing), bases.missing);
}

interface Measured {
  verdict: Verdict;
  exact: Interval;
  readonly message: Bilingual;
  /** "21,05 tỷ đồng ÷ 72,59 tỷ đồng", and what it gives ("29,00%"). */
  basis: string;
  readonly computed: Bilingual;
  stated: string;
}

/** The measure of the numerator on one base, and how the stated percentage relates to it. */
function measureAgainst(phrase: PercentPhrase, numerator: FigureReading, top: Interval, base: Resolved, mode: RoundingMode): Measured | undefined {
  const exact = measureInterval(phrase.measure, top, base.value);
  if (!exact) return undefined;
  const how = base.derived ? `(${base.how})` : base.how;
  const formula = `${numerator.figure.text} ÷ ${how}${phrase.measure === "growth" ? " − 1" : ""}`;
  const verdict = statedVerdict(phrase, exact, mode);
  const stated = `${phrase.negative ? "−" : ""}${phrase.figure.text}`;
  // The texts are written only for the base a claim is judged on, once.
  let computed: Bilingual | undefined;
  let message: Bilingual | undefined;
  return {
    verdict,
    exact,
    basis: formula,
    stated,
    get computed() {
      return (computed ??= formatRange(exact.scale(100), Math.max(2, phrase.figure.decimals + 1), "%"));
    },
    get message() {
      return (message ??= verdictMessage(verdict, stated, this.computed, bilingual(formula, formula)));
    },
  };
}

/**
 * Whether the stated percentage can come from the measured interval: exactly to its digits (a truncation
 * named as such), or within the bound or approximation its qualifier says ("tăng hơn 35%", "đạt gần 60%").
 */
export function statedVerdict(phrase: PercentPhrase, exact: Interval, mode: RoundingMode): Verdict {
  const sign = phrase.negative ? -1 : 1;
  const value = phrase.figure.value;
  if (phrase.qualifier === "exact") return judgeStated(value.times(sign).div(100), phrase.figure.decimals + 2, exact, mode);
  const magnitude = qualified(Interval.shown(value, phrase.figure.decimals), value, phrase.qualifier).scale(ONE_PERCENT);
  return magnitude.scale(sign).intersects(exact) ? "consistent" : "inconsistent";
}

/**
 * "Đúng nếu tính trên tổng kế hoạch (21,05 tỷ đồng ÷ 72,59 tỷ đồng cho 29,00%), không phải trên kế hoạch KCQG (…)";
 * "Khớp nếu tính trên 918 triệu đồng (578 triệu đồng ÷ 918 triệu đồng cho 62,96%); văn bản không nêu rõ …".
 */
function alternativeMessage(option: BaseOption, m: Measured, own: Bilingual | undefined, numerator: FigureReading): Bilingual {
  const truncated = m.verdict === "truncated";
  if (option.totalPlan) {
    const fund = fundText(numerator.scope.fund ?? "total");
    const head = truncated
      ? bilingual(`${m.stated} là số cắt bớt, tính trên tổng kế hoạch`, `${m.stated} is a truncation, measured against the total plan`)
      : bilingual("Đúng nếu tính trên tổng kế hoạch", "Correct if measured against the total plan");
    return bilingual(
      `${head.vi} (${m.basis} cho ${m.computed.vi})${own ? `, không phải trên kế hoạch ${fund.vi} (${own.vi})` : ""}.`,
      `${head.en} (${m.basis} gives ${m.computed.en})${own ? `, not against the ${fund.en} plan (${own.en})` : ""}.`,
    );
  }
  const parts = option.open.filter((p) => p !== "whole");
  const unsure = parts.length > 0 ? parts.map((p) => partText(p)) : [partText("whole")];
  const head = truncated
    ? bilingual(`${m.stated} là số cắt bớt nếu tính trên ${option.base.how}`, `${m.stated} is a truncation if measured against ${option.base.how}`)
    : bilingual(`Khớp nếu tính trên ${option.base.how}`, `Consistent if measured against ${option.base.how}`);
  return bilingual(
    `${head.vi} (${m.basis} cho ${m.computed.vi}); văn bản không nêu rõ ${unsure.map((p) => p.vi).join(", ")} của số đó.`,
    `${head.en} (${m.basis} gives ${m.computed.en}); the text does not establish ${unsure.map((p) => p.en).join(", ")} of that figure.`,
  );
}

/** A claim of the phrase: its quote runs from the numerator's clause to the end of the phrase. */
function claimMaker(phrase: PercentPhrase, numerator: FigureReading | undefined, text: string) {
  const start = numerator ? Math.min(numerator.clauseStart, phrase.start) : phrase.start;
  let end = Math.max(phrase.end, numerator && numerator.figure.start > phrase.start ? numerator.figure.end : 0);
  if (phrase.figure.inParens && text[end] === ")") end++;
  const statedPoints = phrase.figure.value.times(phrase.negative ? -1 : 1);
  const scope: FigureScope = { ...(numerator?.scope ?? { period: {} }), qualifier: phrase.qualifier };
  return (verdict: Claim["verdict"], computed: Interval | null, message: Bilingual, missing?: Claim["missing"]): Claim => ({
    quote: text.slice(start, end),
    kind: phrase.measure,
    verdict,
    stated: statedPoints.toNumber(),
    computed: computed ? intervalJson(computed.scale(100)) : null,
    message,
    scope,
    ...(verdict === "unverifiable" ? { missing } : {}),
    start,
    end,
  });
}
