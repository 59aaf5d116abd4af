import { Decimal } from "../numbers/decimal-config";
import { MoneyUnit, MONEY_UNITS, unitExponent, unitName } from "../numbers/units";
import { bilingual, Bilingual } from "../message";
import { PROJECT_COLUMNS } from "../standard/layout";
import { ReadCell } from "../standard/province-sheet";
import { FUNDING_MEASURES, FundingMeasure, ReportView } from "../reading/view";
import { a1 } from "../workbook/snapshot";
import { fundingLabel, SheetContext, unitArg } from "./context";
import { num } from "./message";

/**
 * unit/suspect-scale: amounts a power of 1.000 off the rest of their column across province sheets.
 * Each sheet leaves a small sample per amount column (values in its own unit, kept as doubles); once
 * all sheets are read, values are compared in đồng against the median of the province medians.
 */
export interface ScaleSample {
  sheet: string;
  unit: MoneyUnit;
  /** The cell stating the sheet's unit, or "" when none does. */
  unitCell: string;
  unitText: string;
  column: string;
  label: Bilingual;
  /** Typed arrays: a sample of every sheet is kept until the end, so it should weigh little. */
  rows: Int32Array;
  cols: Int32Array;
  values: Float64Array;
  decimals: Int8Array;
}

/** |log10(value / usual)| from which a value is suspect: about 316 times off. */
const SUSPECT_LOG = 2.5;
/** A cross-province median needs this many sheets; with fewer, all values of the column are pooled. */
const MIN_SHEETS = 3;

const FUNDING_LABELS: Record<FundingMeasure, Bilingual> = {
  plan: fundingLabel("plan"),
  actual: fundingLabel("actual"),
  sameLastYear: fundingLabel("sameLastYear"),
  previousPlan: fundingLabel("previousPlan"),
};

export function scaleSamples(view: ReportView): ScaleSample[] {
  const samples: ScaleSample[] = [];
  const base = { sheet: view.sheet, unitCell: view.header.unitCell, unitText: view.header.unitText };
  const collect = (column: string, label: Bilingual, cells: { cell: ReadCell | undefined; unit: MoneyUnit }[]) => {
    const byUnit = new Map<MoneyUnit, { rows: number[]; cols: number[]; values: number[]; decimals: number[] }>();
    for (const { cell, unit } of cells) {
      const n = cell?.number;
      if (!n || !(n.double > 0)) continue;
      let acc = byUnit.get(unit);
      if (!acc) byUnit.set(unit, (acc = { rows: [], cols: [], values: [], decimals: [] }));
      acc.rows.push(cell!.row);
      acc.cols.push(cell!.col);
      acc.values.push(n.double);
      acc.decimals.push(Math.max(-128, Math.min(127, n.decimals)));
    }
    for (const [unit, acc] of byUnit)
      samples.push({
        ...base,
        unit,
        column,
        label,
        rows: Int32Array.from(acc.rows),
        cols: Int32Array.from(acc.cols),
        values: Float64Array.from(acc.values),
        decimals: Int8Array.from(acc.decimals),
      });
  };
  if (view.funding) {
    for (const measure of FUNDING_MEASURES) {
      const cells = [...(view.funding.figures.KCQG[measure] ?? []), ...(view.funding.figures.KCDP[measure] ?? [])];
      collect(`funding.${measure}`, FUNDING_LABELS[measure], cells);
    }
  }
  for (const spec of PROJECT_COLUMNS) {
    if (spec.kind !== "amount") continue;
    collect(
      `projects.${spec.key}`,
      spec.label,
      view.projects.filter((p) => !p.unitDoubt).map((p) => ({ cell: p.cells[spec.key], unit: p.unit })),
    );
  }
  return samples;
}

/**
 * Values are compared as log10 of their amount in đồng: Excel's largest number in triệu đồng is past
 * the largest double in đồng, its logarithm is not.
 */
const logInDong = (value: number, unit: MoneyUnit) => Math.log10(value) + unitExponent(unit);

/** An amount in `unit` from its log10 in đồng, held within the doubles. */
const fromLogInDong = (log: number, unit: MoneyUnit) => Math.min(10 ** (log - unitExponent(unit)), Number.MAX_VALUE);

/** log10 of the median of the values whose log10 are `logs` (the mean of the middle two when even, as in value space). */
function medianOfLogs(logs: ArrayLike<number>): number {
  const sorted = Float64Array.from(logs).sort();
  const mid = sorted.length >> 1;
  if (sorted.length % 2) return sorted[mid];
  const [lo, hi] = [sorted[mid - 1], sorted[mid]];
  return hi + Math.log10((1 + 10 ** (lo - hi)) / 2);
}

/** The unit a value looks typed in when it is 10^(3·steps) times too large (steps < 0: too small). */
function guessUnit(unit: MoneyUnit, steps: number): Bilingual {
  const exponent = unitExponent(unit) - 3 * steps;
  const guess = MONEY_UNITS.find((u) => unitExponent(u) === exponent);
  return guess
    ? bilingual(`có lẽ nhập theo ${unitName(guess).vi}`, `perhaps typed in ${unitName(guess).en}`)
    : bilingual("có lẽ lệch đơn vị", "perhaps a unit slip");
}

function factorArg(log: number): { steps: number; factor: Bilingual } {
  const steps = Math.sign(log) * Math.max(1, Math.round(Math.abs(log) / 3));
  const factor = steps > 0 ? `10^${3 * steps}` : `1/10^${-3 * steps}`;
  return {
    steps,
    factor: bilingual(
      factor.replace("10^3", "1.000").replace("10^6", "1.000.000").replace("10^9", "1.000.000.000"),
      factor.replace("10^3", "1,000").replace("10^6", "1,000,000").replace("10^9", "1,000,000,000"),
    ),
  };
}

/** Judges every sample of the workbook; `contextOf` gives the sheet context findings go to. */
export function checkScales(samples: ScaleSample[], contextOf: (sheet: string) => SheetContext): void {
  const byColumn = new Map<string, ScaleSample[]>();
  for (const s of samples) byColumn.set(s.column, [...(byColumn.get(s.column) ?? []), s]);
  const sheetFlagged = new Set<string>();
  for (const group of byColumn.values()) {
    const medians = group.map((s) => medianOfLogs(Array.from(s.values, (v) => logInDong(v, s.unit))));
    const crossProvince = group.length >= MIN_SHEETS;
    const usual = crossProvince ? medianOfLogs(medians) : medianOfLogs(group.flatMap((s) => Array.from(s.values, (v) => logInDong(v, s.unit))));
    if (!Number.isFinite(usual)) continue;
    group.forEach((s, i) => {
      const ctx = contextOf(s.sheet);
      const usualHere = fromLogInDong(usual, s.unit);
      const sheetLog = medians[i] - usual;
      if (crossProvince && Math.abs(sheetLog) >= SUSPECT_LOG) {
        if (!sheetFlagged.has(s.sheet)) {
          sheetFlagged.add(s.sheet);
          const { factor } = factorArg(sheetLog);
          ctx.report(
            "unit/suspect-sheet-scale",
            s.unitCell,
            {
              column: s.label,
              factor,
              median: num(fromLogInDong(medians[i], s.unit), 2),
              reference: num(usualHere, 2),
              unit: unitArg(s.unit),
              stated: s.unitText || unitName(s.unit).vi,
            },
            { found: s.unitText || null },
          );
        }
        return;
      }
      s.values.forEach((value, j) => {
        const log = logInDong(value, s.unit) - usual;
        if (Math.abs(log) < SUSPECT_LOG) return;
        const { steps, factor } = factorArg(log);
        const expected = new Decimal(value).div(new Decimal(10).pow(3 * steps));
        ctx.report(
          "unit/suspect-scale",
          a1(s.rows[j], s.cols[j]),
          {
            column: s.label,
            value: num(value, s.decimals[j]),
            unit: unitArg(s.unit),
            factor,
            median: num(usualHere, usualHere >= 100 ? 0 : 2),
            guess: guessUnit(s.unit, steps),
          },
          { found: value, expected: expected.toNumber() },
        );
      });
    });
  }
}
