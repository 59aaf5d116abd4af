import { Bilingual, bilingual } from "../message";
import { Interval } from "../numbers/interval";
import { Candidate, FactBook, figureInterval, missingPart, Resolved, Want } from "./facts";
import { FigureReading, PercentPhrase, Reading } from "./reading";
import { Fund, fundText, FigureScope, Period, ScopeMeasure, ScopePart } from "./scope";

/** A base a phrase may be measured against. */
export interface BaseOption {
  base: Resolved;
  /** The text establishes every part of it: a claim against it may be "inconsistent". */
  strict: boolean;
  /** A base that is not the one the phrase names but that reports use: the total plan for a fund's completion. */
  totalPlan?: boolean;
  /** For a base that is only possible: the parts of its scope the text does not establish. */
  open: ScopePart[];
}

/** The bases of a phrase, and what to say when none is found. */
export interface Bases {
  options: BaseOption[];
  /** What the check needs ("kế hoạch của KCĐP năm 2022"), for the message of an unverifiable claim. */
  what: Bilingual;
  missing: ScopePart;
}

export interface BaseContext {
  reading: Reading;
  book: FactBook;
  /** The total of the part list a figure belongs to (for shares). */
  totalOfPart: Map<FigureReading, FigureReading>;
}

const MEASURES: (ScopeMeasure | undefined)[] = ["plan", "allocated", "actual", "disbursed", undefined];

/** The measures a base of the same measure may be written with: a figure that names none is what was done. */
function sameMeasures(measure: ScopeMeasure | undefined): (ScopeMeasure | undefined)[] {
  return measure === undefined || measure === "actual" || measure === "count" ? [undefined, "actual"] : [measure];
}

/** The bases of a percentage phrase measured on `numerator`, strict ones first. */
export function basesOf(phrase: PercentPhrase, numerator: FigureReading, ctx: BaseContext): Bases {
  switch (phrase.measure) {
    case "completion":
      return completionBases(phrase, numerator, ctx);
    case "growth":
    case "ratio":
      return previousBases(phrase, numerator, ctx);
    case "share":
      return wholeBases(phrase, numerator, ctx);
  }
}

/** The scope the label gives a base the phrase states in parentheses (a fact for other claims too). */
export function statedBaseScope(phrase: PercentPhrase, numerator: FigureReading): FigureScope {
  const label = phrase.labelScope;
  const own = numerator.scope;
  const measure = label.measure ?? (phrase.measure === "completion" ? "plan" : own.measure);
  return { entity: label.entity ?? own.entity, fund: label.fund ?? own.fund, measure, period: basePeriod(phrase, own.period), qualifier: "exact" };
}

/** The period of a phrase's base: a plan is of the figure's year; "cùng kỳ" the same months a year before; a growth the year its label names, else the year before. */
function basePeriod(phrase: PercentPhrase, own: Period): Period {
  const label = phrase.labelScope;
  const yearBefore = own.year !== undefined ? own.year - 1 : undefined;
  if (phrase.measure === "completion") return { year: label.year ?? own.year };
  if (label.samePeriod || phrase.measure === "ratio") return { year: label.year ?? yearBefore, months: own.months };
  if (label.year !== undefined) return { year: label.year, months: label.months };
  return { year: yearBefore, months: own.months };
}

/** Completion: the plan of the same fund, entity and year; a fund's completion may be measured on the total plan. */
function completionBases(phrase: PercentPhrase, numerator: FigureReading, ctx: BaseContext): Bases {
  const label = phrase.labelScope;
  const isCount = numerator.figure.kind !== "amount";
  const fund = isCount ? undefined : (label.fund ?? numerator.scope.fund);
  const year = label.year ?? numerator.scope.period.year;
  const what = bilingual(
    `kế hoạch${fund && fund !== "total" ? ` của ${fundText(fund).vi}` : ""}${year ? ` năm ${year}` : ""}`,
    `the plan${fund && fund !== "total" ? ` of ${fundText(fund).en}` : ""}${year ? ` for ${year}` : ""}`,
  );
  const stated = statedOption(phrase);
  if (stated) return { options: [stated], what, missing: "base" };
  if (numerator.figure.kind === "fraction") {
    // "hoàn thành 10/10 đề án, đạt 100%": done out of the total.
    const of = numerator.figure.of!;
    return { options: [{ base: { value: Interval.exact(of), how: of.toString(), derived: false }, strict: true, open: [] }], what, missing: "base" };
  }
  const allocated = label.measure === "allocated";
  const want: Want = {
    kind: isCount ? "count" : "amount",
    noun: numerator.figure.noun,
    measures: [allocated ? "allocated" : "plan"],
    openMeasures: [allocated ? "plan" : "allocated"],
    fund,
    entity: label.entity ?? numerator.scope.entity,
    period: { year },
    sameMonths: false,
    at: numerator.figure.start,
    paragraph: ctx.book.paragraphOf(numerator),
    exclude: phrase,
    excludeFigure: numerator.figure,
  };
  const found = ctx.book.resolve(want);
  const options = found.candidates.map(optionOf);
  if (fund === "kcqg" || fund === "kcdp") {
    // Some reports measure a fund's completion on the total plan: say so rather than call it wrong.
    for (const c of ctx.book.resolve({ ...want, fund: "total" }).candidates.filter((c) => !c.parts.includes("fund"))) {
      options.push({ base: c, strict: false, totalPlan: true, open: c.parts });
    }
  }
  return { options, what, missing: missingPart(found, "base") };
}

/** Growth and same-period ratio: the figure of the period compared with, of the same fund, entity and measure. */
function previousBases(phrase: PercentPhrase, numerator: FigureReading, ctx: BaseContext): Bases {
  const label = phrase.labelScope;
  const what = bilingual(
    `số liệu "${phrase.label || (phrase.measure === "ratio" ? "cùng kỳ" : "kỳ trước")}" để so sánh`,
    `the "${phrase.label || (phrase.measure === "ratio" ? "cùng kỳ" : "previous period")}" figure to compare with`,
  );
  const stated = statedOption(phrase);
  if (stated) return { options: [stated], what, missing: "base" };
  const own = numerator.scope;
  const year = own.period.year;
  const samePeriod = label.samePeriod || (phrase.measure === "ratio" && label.year === undefined);
  const compareYear = samePeriod
    ? (label.year ?? (year !== undefined ? year - 1 : undefined))
    : (label.year ?? (label.previousYear || phrase.label === "" ? (year !== undefined ? year - 1 : undefined) : undefined));
  if (compareYear === undefined) return { options: [], what, missing: year === undefined ? "period" : "base" };
  if (compareYear === year) return { options: [], what, missing: "period" };
  const months = label.months ?? own.period.months;
  const measures: (ScopeMeasure | undefined)[] = label.measure
    ? [label.measure]
    : own.measure && own.measure !== "count"
      ? [own.measure]
      : [undefined, "actual"];
  const isCount = numerator.figure.kind !== "amount";
  const want: Want = {
    kind: isCount ? "count" : "amount",
    noun: numerator.figure.noun,
    measures: isCount ? [own.measure] : measures,
    openMeasures: isCount ? [] : MEASURES.filter((m) => !measures.includes(m)),
    fund: isCount ? undefined : (label.fund ?? own.fund),
    entity: label.entity ?? own.entity,
    period: { year: compareYear, months },
    sameMonths: samePeriod || (months !== undefined && months < 12),
    at: numerator.figure.start,
    paragraph: ctx.book.paragraphOf(numerator),
    exclude: phrase,
    excludeFigure: numerator.figure,
  };
  const found = ctx.book.resolve(want);
  const options = found.candidates.map(optionOf);
  // "tăng 35% so với năm 2012" when the text gives one figure of 2012: that figure is the base, whatever its measure.
  if (!label.measure && !options.some((o) => o.strict)) {
    const onlyMeasure = options.filter((o) => o.open.length === 1 && o.open[0] === "measure");
    if (onlyMeasure.length === 1) onlyMeasure[0].strict = true;
  }
  return { options, what, missing: missingPart(found, "base") };
}

/** Share: the whole the phrase names: stated, the total of the numerator's list, a total of its sentence, or the text's total of the named whole. */
function wholeBases(phrase: PercentPhrase, numerator: FigureReading, ctx: BaseContext): Bases {
  const what = bilingual("tổng để tính tỷ trọng", "the total the share is of");
  const stated = statedOption(phrase);
  if (stated) return { options: [stated], what, missing: "whole" };
  const label = phrase.labelScope;
  const namesOtherWhole = (label.fund !== undefined && label.fund !== "total") || label.entity?.level === "nation";
  const listTotal = ctx.totalOfPart.get(numerator);
  if (listTotal && !namesOtherWhole) return { options: [figureOption(listTotal)], what, missing: "whole" };
  const sentenceTotal = namesOtherWhole ? undefined : totalInSentence(numerator, ctx.reading);
  if (sentenceTotal) return { options: [figureOption(sentenceTotal)], what, missing: "whole" };
  if (numerator.figure.kind !== "amount") return { options: [], what, missing: "whole" };

  const own = numerator.scope;
  // "KCQG … chiếm 17,40% tổng kinh phí khuyến công quốc gia": the whole of the same fund is a larger entity's, not named.
  if (label.fund && label.fund === own.fund && !label.entity) return { options: [], what, missing: "entity" };
  const wholeFund: Fund = label.fund ?? "total";
  const measures = sameMeasures(label.measure ?? own.measure);
  const found = ctx.book.resolve({
    kind: "amount",
    measures,
    openMeasures: MEASURES.filter((m) => !measures.includes(m)),
    fund: wholeFund,
    entity: label.entity ?? own.entity,
    period: own.period,
    sameMonths: true,
    at: numerator.figure.start,
    paragraph: ctx.book.paragraphOf(numerator),
    exclude: phrase,
    excludeFigure: numerator.figure,
  });
  // Only a figure of a named fund is a part of the total: an unnamed figure may be a part of anything.
  const isPart = own.fund !== undefined && own.fund !== "total" && own.fund !== wholeFund;
  const options = found.candidates.map((c) => ({
    ...optionOf(c),
    strict: c.match === "same" && isPart,
    open: isPart ? c.parts : [...c.parts, "whole" as const],
  }));
  return { options, what, missing: missingPart(found, "whole") };
}

function optionOf(c: Candidate): BaseOption {
  return { base: c, strict: c.match === "same", open: c.parts };
}

function figureOption(r: FigureReading): BaseOption {
  return { base: { value: figureInterval(r.figure, r.scope.qualifier), how: r.figure.text, derived: false }, strict: true, open: [] };
}

function statedOption(phrase: PercentPhrase): BaseOption | undefined {
  return phrase.base ? { base: { value: figureInterval(phrase.base), how: phrase.base.text, derived: false }, strict: true, open: [] } : undefined;
}

/** "Trong tổng kinh phí 6,8 tỷ đồng, vốn đối ứng … 4,42 tỷ đồng, chiếm 65%": a total of the same kind in the numerator's sentence. */
function totalInSentence(numerator: FigureReading, reading: Reading): FigureReading | undefined {
  const s = reading.bySentence[numerator.sentence];
  const same = numerator.figure.kind === "amount" ? s.amounts : s.counts.filter((c) => c.figure.noun === numerator.figure.noun);
  return same.find((r) => r !== numerator && r.totalWord && !r.figure.inParens && !r.baseOf && !r.figure.inRange);
}
