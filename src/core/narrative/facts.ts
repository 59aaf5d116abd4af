import { Interval } from "../numbers/interval";
import { unitFactor } from "../numbers/units";
import { Figure } from "./figures";
import { FigureReading, PercentPhrase, Reading } from "./reading";
import { Quantity } from "./vocabulary";

/** Whose money a fact is: the fund sources that add up to the total. */
export type Fund = "total" | "kcqg" | "kcdp";

/** An amount the text states, with what it is. Values are in đồng. */
export interface Fact {
  fund: Fund;
  quantity: Quantity;
  year?: number;
  value: Interval;
  figure: Figure;
}

/** A figure found for a check: stated, or derived from other statements ("21,05 tỷ đồng ÷ 93,6%"). */
export interface Resolved {
  value: Interval;
  /** How it was found, in the text's own figures. */
  how: string;
  derived: boolean;
}

/** A completion the text states: it gives the plan as actual ÷ completion. */
interface StatedCompletion {
  phrase: PercentPhrase;
  fund: Fund;
  year?: number;
  actual: Interval;
  actualText: string;
}

/** The value in đồng of an amount figure, with the rounding of its digits. */
export function amountInterval(figure: Figure): Interval {
  return Interval.shown(figure.value, figure.decimals).scale(unitFactor(figure.unit ?? "dong", "dong"));
}

/** The fraction a percentage figure stands for (88,41% → [0,88405; 0,88415]). */
export function percentInterval(figure: Figure): Interval {
  return Interval.shown(figure.value, figure.decimals).scale("0.01");
}

/**
 * The amounts of a text by fund, quantity and year, and what can be derived from them: a plan from a
 * stated actual and completion, a fund from the total and the other fund, the total from both funds.
 * A check never uses what is derived from its own phrase.
 */
export class FactBook {
  readonly facts: Fact[] = [];
  private readonly completions: StatedCompletion[] = [];

  constructor(private readonly reading: Reading) {
    const firstInSentence = new Set<number>();
    for (const a of reading.amounts) {
      if (a.baseOf || firstInSentence.has(a.sentence)) continue;
      firstInSentence.add(a.sentence);
      if (!a.subject) this.add(a, "total");
    }
    for (const a of reading.amounts) {
      if (a.subject === "total" || a.subject === "kcqg" || a.subject === "kcdp") this.add(a, a.subject);
    }
    this.facts.sort((x, y) => x.figure.start - y.figure.start);
  }

  private add(a: FigureReading, fund: Fund): void {
    if (a.baseOf) return;
    this.facts.push({
      fund,
      quantity: a.quantity ?? "actual",
      year: a.year ?? this.reading.reportYear,
      value: amountInterval(a.figure),
      figure: a.figure,
    });
  }

  /** The fund an amount reading counts for, as facts see it. */
  fundOf(a: FigureReading): Fund {
    const subject = a.sentenceSubject;
    return subject === "kcqg" || subject === "kcdp" ? subject : "total";
  }

  yearOf(a: FigureReading): number | undefined {
    return a.year ?? this.reading.reportYear;
  }

  /** Records a completion phrase the text states, for plans derived from it. */
  addCompletion(phrase: PercentPhrase, numerator: FigureReading): void {
    if (numerator.figure.kind !== "amount") return;
    this.completions.push({
      phrase,
      fund: this.fundOf(numerator),
      year: this.yearOf(numerator),
      actual: amountInterval(numerator.figure),
      actualText: numerator.figure.text,
    });
  }

  /** A stated base in parentheses is a fact too ("so với kế hoạch năm 2023 (72,59 tỷ đồng)"). */
  addBase(phrase: PercentPhrase, numerator: FigureReading | undefined): void {
    if (!phrase.base || phrase.base.kind !== "amount") return;
    const year = phrase.labelYear ?? (phrase.previousYear && numerator ? (this.yearOf(numerator) ?? 0) - 1 : undefined);
    this.facts.push({
      fund: numerator ? this.fundOf(numerator) : "total",
      quantity: phrase.labelQuantity ?? numerator?.quantity ?? "actual",
      year,
      value: amountInterval(phrase.base),
      figure: phrase.base,
    });
  }

  /**
   * The figure of a fund, quantity and year: stated first, else derived without `exclude` (the
   * phrase being checked). `year` undefined matches any year.
   */
  resolve(fund: Fund, quantity: Quantity, year: number | undefined, exclude: PercentPhrase | undefined, depth = 0): Resolved | undefined {
    const stated = this.stated(fund, quantity, year, exclude);
    if (stated) return { value: stated.value, how: stated.figure.text, derived: false };
    if (quantity === "plan") {
      const completion = this.completions.find((c) => c.fund === fund && c.phrase !== exclude && yearMatches(c.year, year));
      if (completion) {
        const plan = completion.actual.dividedBy(percentInterval(completion.phrase.figure));
        if (plan) return { value: plan, how: `${completion.actualText} ÷ ${completion.phrase.figure.text}`, derived: true };
      }
    }
    if (depth > 0) return undefined;
    if (fund === "total") {
      const a = this.resolve("kcqg", quantity, year, exclude, depth + 1);
      const b = this.resolve("kcdp", quantity, year, exclude, depth + 1);
      if (a && b) return { value: a.value.plus(b.value), how: `(${a.how}) + (${b.how})`, derived: true };
    } else {
      const total = this.resolve("total", quantity, year, exclude, depth + 1);
      const other = this.resolve(fund === "kcqg" ? "kcdp" : "kcqg", quantity, year, exclude, depth + 1);
      if (total && other) {
        return { value: total.value.minus(other.value), how: `(${total.how}) − (${other.how})`, derived: true };
      }
    }
    return undefined;
  }

  private stated(fund: Fund, quantity: Quantity, year: number | undefined, exclude: PercentPhrase | undefined): Fact | undefined {
    const matching = this.facts.filter(
      (f) => f.fund === fund && f.quantity === quantity && yearMatches(f.year, year) && !(exclude && f.figure === exclude.base),
    );
    return matching.find((f) => f.year === year) ?? matching[0];
  }
}

function yearMatches(a: number | undefined, b: number | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}
