/**
 * The floating-point screens skip the exact judgement when doubles show a figure is clearly fine. They may
 * only ever skip what the exact path would also pass: for random figures (every format's digits, thousands-
 * scaled ones included, and values that are close calls), a screen that says "clearly fine" is checked against
 * the exact interval arithmetic the checks use.
 */
import fc from "fast-check";
import { sumGap } from "../../src/core/numbers/consistency";
import { Interval } from "../../src/core/numbers/interval";
import { maxSupport } from "../../src/core/rules/select";
import { Ceiling } from "../../src/core/rules/schema";
import { numberOfValue } from "../../src/core/standard/read-cell";
import { ReadCell, ReadNumber } from "../../src/core/standard/province-sheet";
import { clearlyConsistent, clearlySums } from "../../src/core/validation/table-checks";
import { CapSubject, clearlyUnderCap, compactInterval } from "../../src/core/validation/cap-checks";
import { figureInterval, SheetContext } from "../../src/core/validation/context";

const ctx: SheetContext = { sheet: "S", unit: "trieu", mode: "round", report: () => undefined };
const FORMATS = [undefined, "#,##0", "#,##0.00", "0.000", "#,##0,", "#,##0.0,", "0.0"];

/** A figure as a cell would hold it: a value with up to 4 decimals, under one of the formats. */
const figure = fc
  .record({ cents: fc.integer({ min: 0, max: 5_000_000_00 }), scale: fc.integer({ min: 0, max: 4 }), format: fc.constantFrom(...FORMATS) })
  .map(({ cents, scale, format }) => numberOfValue(cents / 10 ** scale, format, false));

/** A figure whose stored value has no more digits than its format shows (what the screens look for), often. */
const shownFigureArb = fc
  .record({ units: fc.integer({ min: 0, max: 5_000_000 }), format: fc.constantFrom("#,##0", "#,##0.00", "0.000", "#,##0,", "0.0") })
  .map(({ units, format }) => {
    const decimals = { "#,##0": 0, "#,##0.00": 2, "0.000": 3, "#,##0,": -3, "0.0": 1 }[format]!;
    return numberOfValue(Number((units * 10 ** -decimals).toPrecision(15)), format, false);
  });

const cellOf = (n: ReadNumber): ReadCell => ({ row: 0, col: 0, address: "A1", empty: false, number: n });

describe("fast screens agree with the exact path", () => {
  // Each property counts the cases its screen passed, so a screen that never says "clearly" cannot pass vacuously.
  let screened = 0;
  beforeEach(() => (screened = 0));
  afterEach(() => expect(screened).toBeGreaterThan(50));

  it("clearlyConsistent ⇒ support ≤ total and total = support + counterpart, exactly (mixed formats)", () => {
    fc.assert(
      fc.property(shownFigureArb, shownFigureArb, fc.integer({ min: -3, max: 3 }), fc.constantFrom(...FORMATS), (support, counterpartFigure, off, format) => {
        const counterpart = cellOf(counterpartFigure);
        const total = numberOfValue(Number((support.double + counterpartFigure.double + off / 100).toPrecision(15)), format, false);
        if (!clearlyConsistent(total, support, counterpart, ctx)) return;
        screened++;
        const t = figureInterval(total, "round");
        const s = figureInterval(support, "round");
        expect(s.lo.gt(t.hi)).toBe(false);
        expect(sumGap(t, [s, figureInterval(counterpart.number!, "round")]).isZero()).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("clearlyConsistent ⇒ exact agreement, on totals built to be close calls", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: -3, max: 3 }), (s100, c100, off) => {
        const support = numberOfValue(s100 / 100, "#,##0.00", false);
        const counterpart = cellOf(numberOfValue(c100 / 100, "#,##0.00", false));
        const total = numberOfValue((s100 + c100 + off) / 100, "#,##0.00", false);
        if (!clearlyConsistent(total, support, counterpart, ctx)) return;
        screened++;
        const t = figureInterval(total, "round");
        expect(sumGap(t, [figureInterval(support, "round"), figureInterval(counterpart.number!, "round")]).isZero()).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("clearlySums ⇒ the total is the sum of its parts once rounding is counted, exactly", () => {
    fc.assert(
      fc.property(
        fc.array(shownFigureArb, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: -5, max: 5 }),
        fc.constantFrom(...FORMATS),
        (parts, off, format) => {
          const sum = parts.reduce((a, p) => a + p.double, 0);
          const total = numberOfValue(Number((sum + off / 100).toPrecision(15)), format, false);
          if (!clearlySums(total, parts.map(cellOf), ctx)) return;
          screened++;
          expect(
            sumGap(
              figureInterval(total, "round"),
              parts.map((p) => figureInterval(p, "round")),
            ).isZero(),
          ).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("clearlyUnderCap ⇒ support ≤ both parts of the ceiling, exactly", () => {
    const ceilings: Ceiling[] = [
      { activity: "MMTB", maxPercent: 50, amountUnit: "trieu", per: "project", status: "V" },
      { activity: "MMTB", maxPercent: 30, maxAmount: 300, amountUnit: "trieu", per: "establishment", status: "V" },
      { activity: "DT", maxAmount: 1.5, amountUnit: "ty", per: "project", status: "V" },
    ];
    fc.assert(
      fc.property(figure, figure, fc.constantFrom(...ceilings), fc.integer({ min: 1, max: 4 }), (support, total, ceiling, units) => {
        const subject: CapSubject = {
          activity: ceiling.activity,
          fund: "KCQG",
          beneficiaries: units,
          support: { value: support.double, decimals: support.decimals },
          total: { value: total.double, decimals: total.decimals },
          supportCell: "H5",
          totalCell: "G5",
          unit: "trieu",
          inferred: false,
          perUnitKnown: true,
        };
        if (!clearlyUnderCap(subject, ceiling, units, "trieu", "round")) return;
        screened++;
        const s: Interval = compactInterval(subject.support, "round");
        const t: Interval = compactInterval(subject.total, "round");
        if (ceiling.maxPercent !== undefined) expect(s.lo.lte(t.hi.times(ceiling.maxPercent).div(100))).toBe(true);
        if (ceiling.maxAmount !== undefined) expect(s.lo.lte(maxSupport({ ...ceiling, maxPercent: undefined }, t.hi, units, "trieu"))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("cells and ceilings agree on thousands-scaled formats (one interval function)", () => {
    screened = 51;
    const read = numberOfValue(1234, "#,##0,", false);
    expect(read.interval.toString()).toBe("[500; 1500]");
    expect(compactInterval({ value: 1234, decimals: read.decimals }, "round").toString()).toBe("[500; 1500]");
    expect(figureInterval(read, "truncate").toString()).toBe(compactInterval({ value: 1234, decimals: read.decimals }, "truncate").toString());
  });
});
