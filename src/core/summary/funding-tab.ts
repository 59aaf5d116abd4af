import { Decimal } from "../numbers/decimal-config";
import { bilingual, Lang } from "../message";
import { FundingMeasure, ReportView } from "../reading/view";
import { a1, columnLetter } from "../workbook/snapshot";
import { RegionalFigure } from "../narrative/regional-report";
import { Comparison } from "./comparison";
import { PlanValue } from "./plan-types";
import { Figure, Notices } from "./province-terms";
import { hasFundRows, provinceTotal } from "./province-total";
import { figureSum } from "./province-terms";
import { sheetRef } from "./sheet-ref";
import { AMOUNT_FORMAT, PERCENT_FORMAT, SheetDraft, SUBTITLE_ROW, TITLE_ROW } from "./sheet-draft";
import { label, TabLabel } from "./tab-labels";

const GROUP_ROW = 3;
const HEADER_ROW = 4;
const FIRST_ROW = 5;

/** The regional figures of TH_KinhPhi's total row: where they are and what they hold. */
export interface FundingTotals {
  /** Formula expressions (with the sheet name) giving each figure, for TH_BaoCao. */
  refs: Record<RegionalFigure, string>;
  /** The figures' exact values. */
  values: Record<RegionalFigure, Decimal>;
  hasSameLastYear: boolean;
  hasPreviousPlan: boolean;
}

export interface FundingTabInput {
  /** The tab's name (the chart and TH_BaoCao refer to it). */
  name: string;
  /** The rows: one report each. */
  provinces: readonly ReportView[];
  lang: Lang;
  heading: string;
  notices: Notices;
  /** The year before's reports summed into the rows (comparison.ts); absent for a workbook of one year. */
  comparison?: Comparison;
}

/** Column numbers (0-based) of TH_KinhPhi; the optional ones only when some row has the figure. */
interface FundingColumns {
  qPlan: number;
  qActual: number;
  qRate: number;
  dPlan: number;
  dActual: number;
  dRate: number;
  tPlan: number;
  tActual: number;
  tRate: number;
  same?: number;
  ratio?: number;
  prev?: number;
  growth?: number;
  note?: number;
  last: number;
}

/** What one row compares with: its own report's figures of the year before, or the comparison reports' sum. */
interface RowComparisonFigures {
  same?: Figure;
  prev?: Figure;
  note?: string;
}

/**
 * TH_KinhPhi: one row per province sheet plus a total row; KCQG, KCĐP and total plan / actual /
 * completion, then (when any row has them) the same period of last year with the ratio to it and the
 * previous plan with the plan growth, and a note naming the comparison reports a row's figures add. Amounts
 * in tỷ đồng, each a formula over the province cells with the unit conversion in it; rates are IFERROR
 * quotients of the row's own cells.
 */
export function buildFundingTab(input: FundingTabInput): { draft: SheetDraft; totals: FundingTotals } {
  const { provinces, lang } = input;
  const draft = new SheetDraft("funding");
  const compared = provinces.map((p) => comparisonFigures(p, input));
  const sameCount = compared.filter((c) => c.same).length;
  const previousCount = compared.filter((c) => c.prev).length;
  const C = fundingColumns(
    sameCount > 0,
    previousCount > 0,
    compared.some((c) => c.note),
  );

  writeFundingHeader(draft, C, lang, input.heading);
  const columnTotals = new Map<number, Decimal>();
  provinces.forEach((p, i) => {
    const values = writeProvinceRow(draft, C, FIRST_ROW + i, p, compared[i], input.notices);
    for (const [c, v] of values) columnTotals.set(c, (columnTotals.get(c) ?? new Decimal(0)).plus(v));
  });
  const complete = { same: sameCount > 0 && sameCount === provinces.length, previous: previousCount > 0 && previousCount === provinces.length };
  const totalValues = writeTotalRow(draft, C, provinces.length, columnTotals, complete, lang);
  if (C.ratio !== undefined && !complete.same)
    input.notices.add("funding:same", missingColumnNotice("Thực hiện cùng kỳ năm trước", "Same period last year", provinces.length - sameCount));
  if (C.growth !== undefined && !complete.previous)
    input.notices.add("funding:previous", missingColumnNotice("Kế hoạch năm trước", "Previous annual plan", provinces.length - previousCount));

  draft.widthsFrom([24, ...Array.from({ length: C.last }, (_, i) => (i + 1 === C.note ? 40 : 13))]);
  draft.freeze(HEADER_ROW + 1, 1);
  addCompletionChart(draft, C, input.name, provinces.length, lang);
  return { draft, totals: regionalTotals(C, input.name, provinces.length, totalValues, complete) };
}

function fundingColumns(anySame: boolean, anyPrevious: boolean, anyNote: boolean): FundingColumns {
  let next = 1;
  const col = (): number => next++;
  const C: Omit<FundingColumns, "last"> = {
    qPlan: col(),
    qActual: col(),
    qRate: col(),
    dPlan: col(),
    dActual: col(),
    dRate: col(),
    tPlan: col(),
    tActual: col(),
    tRate: col(),
    ...(anySame ? { same: col(), ratio: col() } : {}),
    ...(anyPrevious ? { prev: col(), growth: col() } : {}),
    ...(anyNote ? { note: col() } : {}),
  };
  return { ...C, last: next - 1 };
}

/** The row's figures of the year before: the comparison reports' sum when the summary has them for it, else its own report's. */
function comparisonFigures(p: ReportView, input: FundingTabInput): RowComparisonFigures {
  const fromReports = input.comparison?.byRow.get(p);
  if (fromReports) return { same: fromReports.sameLastYear, prev: fromReports.previousPlan, note: fromReports.note?.[input.lang] };
  const figures = p.funding?.figures;
  if (!figures) return {};
  const own = (measure: FundingMeasure) => {
    const f = provinceTotal(p.sheet, figures, measure, input.notices);
    return f.formula === undefined ? undefined : f;
  };
  return { same: own("sameLastYear"), prev: own("previousPlan") };
}

function writeFundingHeader(draft: SheetDraft, C: FundingColumns, lang: Lang, heading: string): void {
  draft.text(TITLE_ROW, 0, heading, ["title"]).merge(TITLE_ROW, 0, TITLE_ROW, C.last);
  draft.text(SUBTITLE_ROW, 0, `${label("unitTy", lang)}. ${label("formulasNote", lang)}`, ["subtitle"]).merge(SUBTITLE_ROW, 0, SUBTITLE_ROW, C.last);
  draft.text(GROUP_ROW, 0, label("locality", lang), ["header"]).merge(GROUP_ROW, 0, HEADER_ROW, 0);
  const group = (first: number, key: TabLabel, span: number) => {
    draft.text(GROUP_ROW, first, label(key, lang), ["header"]);
    for (let c = first + 1; c < first + span; c++) draft.set(GROUP_ROW, c, { value: null, styles: ["header"] });
    if (span > 1) draft.merge(GROUP_ROW, first, GROUP_ROW, first + span - 1);
  };
  group(C.qPlan, "kcqg", 3);
  group(C.dPlan, "kcdp", 3);
  group(C.tPlan, "total", 3);
  if (C.same !== undefined) group(C.same, "sameLastYearGroup", 2);
  if (C.prev !== undefined) group(C.prev, "previousPlanGroup", 2);
  if (C.note !== undefined) draft.text(GROUP_ROW, C.note, label("comparisonNote", lang), ["header"]).merge(GROUP_ROW, C.note, HEADER_ROW, C.note);
  draft.set(HEADER_ROW, 0, { value: null, styles: ["header"] });
  const headers: [number | undefined, TabLabel][] = [
    [C.qPlan, "plan"],
    [C.qActual, "actual"],
    [C.qRate, "completion"],
    [C.dPlan, "plan"],
    [C.dActual, "actual"],
    [C.dRate, "completion"],
    [C.tPlan, "plan"],
    [C.tActual, "actual"],
    [C.tRate, "completion"],
    [C.same, "sameLastYear"],
    [C.ratio, "ratio"],
    [C.prev, "previousPlan"],
    [C.growth, "growth"],
  ];
  for (const [c, key] of headers) if (c !== undefined) draft.text(HEADER_ROW, c, label(key, lang), ["header"]);
  if (C.note !== undefined) draft.set(HEADER_ROW, C.note, { value: null, styles: ["header"] });
}

type CellStyles = ("body" | "total")[];

function writeAmount(draft: SheetDraft, row: number, c: number, f: Figure, styles: CellStyles = ["body"]): void {
  draft.set(
    row,
    c,
    f.formula === undefined
      ? { value: null, format: AMOUNT_FORMAT, styles }
      : { formula: f.formula, result: f.value.toNumber(), format: AMOUNT_FORMAT, styles },
  );
}

/** A rate of two cells of the row (completion, ratio: num / den; growth: num / den − 1), blank when den is zero. */
function writeRate(
  draft: SheetDraft,
  at: { row: number; c: number },
  of: { num: number; den: number; growth?: boolean },
  values: ReadonlyMap<number, Decimal>,
  styles: CellStyles = ["body"],
): void {
  const n = values.get(of.num) ?? new Decimal(0);
  const d = values.get(of.den) ?? new Decimal(0);
  const result: PlanValue = d.isZero()
    ? ""
    : n
        .div(d)
        .minus(of.growth ? 1 : 0)
        .toNumber();
  const r = at.row + 1;
  const L = columnLetter;
  draft.set(at.row, at.c, { formula: `IFERROR(${L(of.num)}${r}/${L(of.den)}${r}${of.growth ? "-1" : ""},"")`, result, format: PERCENT_FORMAT, styles });
}

/** One province's row: its name linking to its sheet, the funds' figures and rates, its comparison. Returns the amounts by column. */
function writeProvinceRow(
  draft: SheetDraft,
  C: FundingColumns,
  row: number,
  p: ReportView,
  compared: RowComparisonFigures,
  notices: Notices,
): Map<number, Decimal> {
  const r = row + 1;
  const L = columnLetter;
  const figures = p.funding?.figures;
  const values = new Map<number, Decimal>();
  const put = (c: number, f: Figure) => {
    writeAmount(draft, row, c, f);
    values.set(c, f.value);
  };
  const sum = (fund: "KCQG" | "KCDP" | "total", measure: FundingMeasure) => figureSum(p.sheet, figures?.[fund][measure], notices);

  draft.set(row, 0, { value: p.header.province ?? p.sheet, styles: ["body", "link"], link: { sheet: p.sheet, cell: p.header.provinceCell } });
  put(C.qPlan, sum("KCQG", "plan"));
  put(C.qActual, sum("KCQG", "actual"));
  put(C.dPlan, sum("KCDP", "plan"));
  put(C.dActual, sum("KCDP", "actual"));
  // The province's total: KCQG + KCĐP when it gives its funds' rows, else its total row (province-total.ts).
  if (figures && hasFundRows(figures)) {
    put(C.tPlan, { formula: `${L(C.qPlan)}${r}+${L(C.dPlan)}${r}`, value: values.get(C.qPlan)!.plus(values.get(C.dPlan)!) });
    put(C.tActual, { formula: `${L(C.qActual)}${r}+${L(C.dActual)}${r}`, value: values.get(C.qActual)!.plus(values.get(C.dActual)!) });
  } else {
    put(C.tPlan, sum("total", "plan"));
    put(C.tActual, sum("total", "actual"));
  }
  writeRate(draft, { row, c: C.qRate }, { num: C.qActual, den: C.qPlan }, values);
  writeRate(draft, { row, c: C.dRate }, { num: C.dActual, den: C.dPlan }, values);
  writeRate(draft, { row, c: C.tRate }, { num: C.tActual, den: C.tPlan }, values);
  if (C.same !== undefined && C.ratio !== undefined) {
    put(C.same, compared.same ?? { value: new Decimal(0) });
    writeRate(draft, { row, c: C.ratio }, { num: C.tActual, den: C.same }, values);
  }
  if (C.prev !== undefined && C.growth !== undefined) {
    put(C.prev, compared.prev ?? { value: new Decimal(0) });
    writeRate(draft, { row, c: C.growth }, { num: C.tPlan, den: C.prev, growth: true }, values);
  }
  if (C.note !== undefined) draft.set(row, C.note, compared.note ? { value: compared.note, styles: ["body"] } : { value: null, styles: ["body"] });
  return values;
}

/** The total row: SUM of each amount column and the regional rates; a ratio only when every row states its figure. Returns its values. */
function writeTotalRow(
  draft: SheetDraft,
  C: FundingColumns,
  count: number,
  columnTotals: ReadonlyMap<number, Decimal>,
  complete: { same: boolean; previous: boolean },
  lang: Lang,
): Map<number, Decimal> {
  const totalRow = FIRST_ROW + count;
  const L = columnLetter;
  draft.text(totalRow, 0, label("total", lang), ["total"]);
  const totalValues = new Map<number, Decimal>();
  for (const c of [C.qPlan, C.qActual, C.dPlan, C.dActual, C.tPlan, C.tActual, C.same, C.prev]) {
    if (c === undefined) continue;
    const v = columnTotals.get(c) ?? new Decimal(0);
    totalValues.set(c, v);
    if (count === 0) draft.set(totalRow, c, { value: 0, format: AMOUNT_FORMAT, styles: ["total"] });
    else writeAmount(draft, totalRow, c, { formula: `SUM(${L(c)}${FIRST_ROW + 1}:${L(c)}${FIRST_ROW + count})`, value: v }, ["total"]);
  }
  const rate = (c: number, num: number, den: number, growth = false) => writeRate(draft, { row: totalRow, c }, { num, den, growth }, totalValues, ["total"]);
  rate(C.qRate, C.qActual, C.qPlan);
  rate(C.dRate, C.dActual, C.dPlan);
  rate(C.tRate, C.tActual, C.tPlan);
  // A regional ratio over some provinces only would mislead: it is written when every row states the figure.
  const blank = (c: number) => draft.set(totalRow, c, { value: null, format: PERCENT_FORMAT, styles: ["total"] });
  if (C.same !== undefined && C.ratio !== undefined) {
    if (complete.same) rate(C.ratio, C.tActual, C.same);
    else blank(C.ratio);
  }
  if (C.prev !== undefined && C.growth !== undefined) {
    if (complete.previous) rate(C.growth, C.tPlan, C.prev, true);
    else blank(C.growth);
  }
  if (C.note !== undefined) draft.set(totalRow, C.note, { value: null, styles: ["total"] });
  return totalValues;
}

/** The bar chart of completion (KCQG, KCĐP, total) by province, beside the table. */
function addCompletionChart(draft: SheetDraft, C: FundingColumns, name: string, count: number, lang: Lang): void {
  if (count === 0) return;
  const lastRow = FIRST_ROW + count - 1;
  draft.chart({
    type: "bar",
    title: label("chartTitle", lang),
    categories: { sheet: name, from: a1(FIRST_ROW, 0), to: a1(lastRow, 0) },
    series: [C.qRate, C.dRate, C.tRate].map((c) => ({
      name: `${label(c === C.qRate ? "kcqg" : c === C.dRate ? "kcdp" : "total", lang)}`,
      values: { sheet: name, from: a1(FIRST_ROW, c), to: a1(lastRow, c) },
    })),
    anchor: { from: a1(GROUP_ROW, C.last + 2), to: a1(GROUP_ROW + Math.max(20, count + 4), C.last + 10) },
    percent: true,
  });
}

/** Where TH_BaoCao finds each regional figure on the total row, and its value. */
function regionalTotals(
  C: FundingColumns,
  name: string,
  count: number,
  totalValues: ReadonlyMap<number, Decimal>,
  complete: { same: boolean; previous: boolean },
): FundingTotals {
  const tr = FIRST_ROW + count + 1;
  const at = (c: number | undefined) => (c === undefined ? "0" : sheetRef(name, `${columnLetter(c)}${tr}`));
  const valueAt = (c: number | undefined) => (c === undefined ? new Decimal(0) : (totalValues.get(c) ?? new Decimal(0)));
  const figureColumns: Record<Exclude<RegionalFigure, "provinces">, number | undefined> = {
    totalPlan: C.tPlan,
    totalActual: C.tActual,
    kcqgPlan: C.qPlan,
    kcqgActual: C.qActual,
    kcdpPlan: C.dPlan,
    kcdpActual: C.dActual,
    sameLastYear: C.same,
    previousPlan: C.prev,
  };
  const refs = { provinces: count > 0 ? `COUNTA(${sheetRef(name, `A${FIRST_ROW + 1}:A${FIRST_ROW + count}`)})` : "0" } as Record<RegionalFigure, string>;
  const values = { provinces: new Decimal(count) } as Record<RegionalFigure, Decimal>;
  for (const [key, c] of Object.entries(figureColumns) as [Exclude<RegionalFigure, "provinces">, number | undefined][]) {
    refs[key] = at(c);
    values[key] = valueAt(c);
  }
  return { refs, values, hasSameLastYear: complete.same, hasPreviousPlan: complete.previous };
}

function missingColumnNotice(vi: string, en: string, missing: number) {
  return bilingual(
    `${missing} trang tỉnh không có cột "${vi}": dòng tổng cộng của TH_KinhPhi và báo cáo không tính tỷ lệ này.`,
    `${missing} province sheet(s) lack the "${en}" column: TH_KinhPhi's total row and the report leave this rate out.`,
  );
}
