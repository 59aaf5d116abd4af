import { Decimal } from "../numbers/decimal-config";
import { Interval } from "../numbers/interval";
import { unitFactor } from "../numbers/units";
import { Figure } from "./figures";
import { FigureReading, PercentPhrase, Reading } from "./reading";
import {
  Entity,
  FigureScope,
  Fund,
  Match,
  matchEntity,
  matchFund,
  matchMonths,
  matchYear,
  Period,
  Qualifier,
  ScopeMeasure,
  ScopePart,
  TextScope,
} from "./scope";
import { ABOUT_TOLERANCE } from "./vocabulary";

/** A figure the text states, or one derived from its statements ("21,05 tỷ đồng ÷ 93,6%"), with its scope. Amounts in đồng. */
export interface Fact {
  kind: "amount" | "count";
  /** The folded noun a count counts ("de an"). */
  noun?: string;
  scope: FigureScope;
  value: Interval;
  /** How it was found, in the text's own figures. */
  how: string;
  derived: boolean;
  figure?: Figure;
  /** The completion phrase a derived plan comes from: never a base for that phrase. */
  from?: PercentPhrase;
  at: number;
  /** The paragraph it is stated in: a base of the claim's own paragraph comes first. */
  paragraph: number;
}

/** A base found for a check, and how well the text establishes it. */
export interface Resolved {
  value: Interval;
  how: string;
  derived: boolean;
}

export interface Candidate extends Resolved {
  match: Match;
  /** The parts not established ("open"), or for a rejected fact the parts that differ. */
  parts: ScopePart[];
  at: number;
  paragraph: number;
}

/** The base a check looks for. */
export interface Want {
  kind: "amount" | "count";
  noun?: string;
  /** Measures that make a fact the base; `openMeasures` those that may ("kế hoạch" may be the allocated plan). */
  measures: readonly (ScopeMeasure | undefined)[];
  openMeasures?: readonly (ScopeMeasure | undefined)[];
  fund?: Fund;
  entity?: Entity;
  period: Period;
  /** The base must cover the same months (a same-period comparison); a plan is for the whole year. */
  sameMonths: boolean;
  /** Where the claim is: the bases of its paragraph come first, then the nearest. */
  at: number;
  paragraph: number;
  /** The phrase being judged and its figure: never their own base. */
  exclude?: PercentPhrase;
  excludeFigure?: Figure;
}

/** The candidates of a search, and the nearest facts it rejected (to say what is missing). */
export interface Search {
  candidates: Candidate[];
  rejected: Candidate[];
}

/** How many facts of one bucket a search looks at on each side of the claim: bases are stated near their claims. */
const NEAREST = 6;
const PART_ORDER: ScopePart[] = ["period", "entity", "fund", "measure"];
export const ONE_PERCENT = new Decimal("0.01");

/** The value in đồng of an amount figure, with the rounding of its digits, widened by its qualifier. */
export function amountInterval(figure: Figure, qualifier: Qualifier = "exact"): Interval {
  return qualified(Interval.shown(figure.value, figure.decimals), figure.value, qualifier).scale(unitFactor(figure.unit ?? "dong", "dong"));
}

/** The fraction a percentage figure stands for (88,41% → [0,88405; 0,88415]). */
export function percentInterval(figure: Figure, qualifier: Qualifier = "exact"): Interval {
  return qualified(Interval.shown(figure.value, figure.decimals), figure.value, qualifier).scale(ONE_PERCENT);
}

/** A count is exact; an amount stands for the interval of its digits. */
export function figureInterval(figure: Figure, qualifier: Qualifier = "exact"): Interval {
  return figure.kind === "amount" ? amountInterval(figure, qualifier) : qualified(Interval.exact(figure.value), figure.value, qualifier);
}

/**
 * A qualifier widens a figure in the direction it says: "hơn" / "trên" upward without limit, "gần" /
 * "dưới" downward to zero, "khoảng" both ways by ABOUT_TOLERANCE of the value.
 */
export function qualified(shown: Interval, value: Decimal, qualifier: Qualifier): Interval {
  switch (qualifier) {
    case "exact":
      return shown;
    case "atLeast":
      return Interval.atLeast(shown.lo);
    case "atMost":
      return new Interval(Decimal.min(0, shown.lo), shown.hi);
    case "about": {
      const t = value.abs().times(ABOUT_TOLERANCE);
      return new Interval(Decimal.min(shown.lo, value.minus(t)), Decimal.max(shown.hi, value.plus(t)));
    }
  }
}

/**
 * The amounts and counts of a text with their scope, and what can be derived from them: a plan from a
 * stated actual and completion, a fund from the total and the other fund, the total from both funds.
 * Facts are kept by kind, measure and year in text order, so a search looks at the few nearest: linear in the text.
 */
export class FactBook {
  private readonly byYear = new Map<string, Fact[]>();
  private readonly byMeasure = new Map<string, Fact[]>();
  readonly textScope: TextScope;

  constructor(private readonly reading: Reading) {
    this.textScope = reading.textScope;
    for (const r of [...reading.amounts, ...reading.counts]) if (!r.baseOf && !r.figure.inRange) this.add(factOf(r, this.paragraphOf(r)));
  }

  paragraphOf(r: FigureReading): number {
    return this.reading.sentences[r.sentence].paragraph;
  }

  add(fact: Fact): void {
    const push = (map: Map<string, Fact[]>, key: string) => {
      const list = map.get(key);
      if (list) list.push(fact);
      else map.set(key, [fact]);
    };
    const base = bucket(fact.kind, fact.noun, fact.scope.measure);
    push(this.byYear, `${base}|${fact.scope.period.year ?? "?"}`);
    push(this.byMeasure, base);
    this.sorted = false;
  }

  private sorted = false;

  /** Puts every list in text order, once after the facts are added. */
  private sort(): void {
    if (this.sorted) return;
    for (const list of [...this.byYear.values(), ...this.byMeasure.values()]) list.sort((a, b) => a.at - b.at);
    this.sorted = true;
  }

  /** Records a completion the text states: actual ÷ completion is the plan of the same scope. */
  addCompletion(phrase: PercentPhrase, numerator: FigureReading): void {
    if (numerator.figure.kind !== "amount") return;
    const plan = amountInterval(numerator.figure, numerator.scope.qualifier).dividedBy(percentInterval(phrase.figure, phrase.qualifier));
    if (!plan) return;
    this.add({
      kind: "amount",
      scope: { ...numerator.scope, measure: phrase.labelScope.measure === "allocated" ? "allocated" : "plan", qualifier: "exact" },
      value: plan,
      how: `${numerator.figure.text} ÷ ${phrase.figure.text}`,
      derived: true,
      from: phrase,
      at: phrase.figure.start,
      paragraph: this.paragraphOf(numerator),
    });
  }

  /** A base the phrase states ("so với kế hoạch năm 2023 (72,59 tỷ đồng)") is a fact of the scope its label gives. */
  addBase(phrase: PercentPhrase, numerator: FigureReading | undefined, scope: FigureScope): void {
    const base = phrase.base;
    if (!base || !numerator || (base.kind !== "amount" && base.kind !== "count")) return;
    this.add({
      kind: base.kind,
      noun: base.noun,
      scope,
      value: figureInterval(base),
      how: base.text,
      derived: false,
      figure: base,
      at: base.start,
      paragraph: this.paragraphOf(numerator),
    });
  }

  /**
   * The facts that may be the base a claim wants: "same" when the text establishes every part of its
   * scope, "open" when some part is not established either way; the nearest first, stated before derived.
   */
  search(want: Want): Search {
    this.sort();
    const candidates: Candidate[] = [];
    const rejected: Candidate[] = [];
    const measures: [ScopeMeasure | undefined, boolean][] = [
      ...want.measures.map((m) => [m, true] as [ScopeMeasure | undefined, boolean]),
      ...(want.openMeasures ?? []).map((m) => [m, false] as [ScopeMeasure | undefined, boolean]),
    ];
    for (const [measure, sameMeasure] of measures) {
      const base = bucket(want.kind, want.noun, measure);
      const lists =
        want.period.year !== undefined ? [this.byYear.get(`${base}|${want.period.year}`), this.byYear.get(`${base}|?`)] : [this.byMeasure.get(base)];
      for (const list of lists) {
        for (const fact of nearest(list ?? [], want.at)) {
          if (fact.from && fact.from === want.exclude) continue;
          if (fact.figure && (fact.figure === want.excludeFigure || fact.figure === want.exclude?.base)) continue;
          const c = this.compare(want, fact, sameMeasure);
          (c.match === "different" ? rejected : candidates).push(c);
        }
      }
      if (want.period.year !== undefined && candidates.length === 0) {
        // Facts of other years are not candidates, but say what is missing when nothing else is found.
        for (const fact of nearest(this.byMeasure.get(base) ?? [], want.at).slice(0, 2)) {
          if (fact.scope.period.year !== want.period.year && fact.from !== want.exclude) rejected.push(this.compare(want, fact, sameMeasure));
        }
      }
    }
    // Established before possible; then the claim's own paragraph; then stated before derived; then the nearest.
    const rank = (c: Candidate) => (c.match === "same" ? 0 : 4) + (c.paragraph === want.paragraph ? 0 : 2) + (c.derived ? 1 : 0);
    candidates.sort((a, b) => rank(a) - rank(b) || Math.abs(a.at - want.at) - Math.abs(b.at - want.at));
    rejected.sort((a, b) => Math.abs(a.at - want.at) - Math.abs(b.at - want.at));
    return { candidates, rejected };
  }

  /**
   * The base of a fund: stated or derived, else the total as the sum of both funds, or a fund as the
   * total less the other fund (each part found the same way, without going further).
   */
  resolve(want: Want): Search {
    const found = this.search(want);
    if (want.kind !== "amount" || found.candidates.some((c) => c.match === "same")) return found;
    // A part of the sum must be of its fund by name, not a figure that names none.
    const best = (fund: Fund) => this.search({ ...want, fund }).candidates.find((c) => !c.parts.includes("fund"));
    const fund = want.fund ?? "total";
    let derived: Candidate | undefined;
    if (fund === "total") {
      const a = best("kcqg");
      const b = best("kcdp");
      if (a && b) derived = combine(a, b, a.value.plus(b.value), `(${a.how}) + (${b.how})`);
    } else if (fund === "kcqg" || fund === "kcdp") {
      const total = best("total");
      const other = best(fund === "kcqg" ? "kcdp" : "kcqg");
      if (total && other) derived = combine(total, other, total.value.minus(other.value), `(${total.how}) − (${other.how})`);
    }
    if (derived) found.candidates.splice(derived.match === "same" ? 0 : found.candidates.length, 0, derived);
    return found;
  }

  private compare(want: Want, fact: Fact, sameMeasure: boolean): Candidate {
    const t = this.textScope;
    const parts: [ScopePart, Match][] = [
      ["period", worst(matchYear(want.period, fact.scope.period, t), want.sameMonths ? matchMonths(want.period, fact.scope.period) : "same")],
      ["entity", matchEntity(want.entity, fact.scope.entity, t)],
      ["fund", want.kind === "amount" ? matchFund(want.fund, fact.scope.fund) : "same"],
      ["measure", sameMeasure ? "same" : "open"],
    ];
    const different = parts.filter(([, m]) => m === "different").map(([p]) => p);
    const open = parts.filter(([, m]) => m === "open").map(([p]) => p);
    const match: Match = different.length > 0 ? "different" : open.length > 0 ? "open" : "same";
    return {
      value: fact.value,
      how: fact.how,
      derived: fact.derived,
      match,
      parts: different.length > 0 ? different : open,
      at: fact.at,
      paragraph: fact.paragraph,
    };
  }
}

/** The first part, in the order a reader checks them, that keeps the nearest rejected fact from being the base. */
export function missingPart(search: Search, fallback: ScopePart): ScopePart {
  const nearest = search.rejected[0] ?? search.candidates.find((c) => c.match === "open");
  if (!nearest) return fallback;
  return PART_ORDER.find((p) => nearest.parts.includes(p)) ?? fallback;
}

function factOf(r: FigureReading, paragraph: number): Fact {
  return {
    paragraph,
    kind: r.figure.kind === "count" ? "count" : "amount",
    noun: r.figure.noun,
    scope: r.scope,
    value: figureInterval(r.figure, r.scope.qualifier),
    how: r.figure.text,
    derived: false,
    figure: r.figure,
    at: r.figure.start,
  };
}

function bucket(kind: string, noun: string | undefined, measure: ScopeMeasure | undefined): string {
  return `${kind}|${noun ?? ""}|${measure ?? "-"}`;
}

/** The facts of a list (in text order) nearest an offset, at most NEAREST on each side. */
function nearest(list: readonly Fact[], at: number): Fact[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].at < at) lo = mid + 1;
    else hi = mid;
  }
  return [...list.slice(Math.max(0, lo - NEAREST), lo).reverse(), ...list.slice(lo, lo + NEAREST)];
}

function worst(a: Match, b: Match): Match {
  return a === "different" || b === "different" ? "different" : a === "open" || b === "open" ? "open" : "same";
}

function combine(a: Candidate, b: Candidate, value: Interval, how: string): Candidate {
  const match = worst(a.match, b.match);
  return { value, how, derived: true, match, parts: [...new Set([...a.parts, ...b.parts])], at: Math.min(a.at, b.at), paragraph: a.paragraph };
}
