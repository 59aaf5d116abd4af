import { Decimal } from "../numbers/decimal-config";
import { bilingual, Lang } from "../message";
import { unitFactor } from "../numbers/units";
import { FigureCell, FundingMeasure, ReportView } from "../reading/view";
import { a1, columnLetter } from "../workbook/snapshot";
import { RegionalFigure } from "../narrative/regional-report";
import { PlanValue } from "./plan-types";
import { cellTerm, Figure, Notices, toTyDivisor } from "./province-terms";
import { sheetRef } from "./sheet-ref";
import { AMOUNT_FORMAT, PERCENT_FORMAT, SheetDraft, SUBTITLE_ROW, TITLE_ROW } from "./sheet-draft";
import { label } from "./tab-labels";

const GROUP_ROW = 3;
const HEADER_ROW = 4;
const FIRST_ROW = 5;

/**
 * The sum of a fund's figure cells converted to tỷ đồng, each unit's cells divided once:
 * ('Cà Mau'!C7+'Cà Mau'!C8)/1000, or several such terms when a sheet mixes units.
 */
function figureSum(sheet: string, cells: readonly FigureCell[] | undefined, notices: Notices): Figure {
  if (!cells || cells.length === 0) return { value: new Decimal(0) };
  const byUnit = new Map<string, FigureCell[]>();
  for (const c of cells) byUnit.set(c.unit, [...(byUnit.get(c.unit) ?? []), c]);
  const parts: string[] = [];
  let value = new Decimal(0);
  for (const group of byUnit.values()) {
    const unit = group[0].unit;
    const terms = group.map((c) => cellTerm(sheet, c.cell, notices));
    const divisor = toTyDivisor(unit);
    const sum = terms.map((t) => t.formula).join("+");
    parts.push(divisor === "" ? sum : terms.length > 1 ? `(${sum})${divisor}` : `${sum}${divisor}`);
    value = value.plus(terms.reduce((acc, t) => acc.plus(t.value), new Decimal(0)).times(unitFactor(unit, "ty")));
  }
  return { formula: parts.join("+"), value };
}

/** The regional figures of TH_KinhPhi's total row: where they are and what they hold. */
export interface FundingTotals {
  /** Formula expressions (with the sheet name) giving each figure, for TH_BaoCao. */
  refs: Record<RegionalFigure, string>;
  /** The figures' exact values. */
  values: Record<RegionalFigure, Decimal>;
  hasSameLastYear: boolean;
  hasPreviousPlan: boolean;
}

/**
 * TH_KinhPhi: one row per province sheet plus a total row; KCQG, KCĐP and total plan / actual /
 * completion, then (when any sheet states them) the same period of last year with the ratio to it and
 * the previous plan with the plan growth. Amounts in tỷ đồng, each a formula over the province cells
 * with the unit conversion in it; rates are IFERROR quotients of the row's own cells.
 */
export function buildFundingTab(
  name: string,
  provinces: readonly ReportView[],
  lang: Lang,
  heading: string,
  notices: Notices,
): { draft: SheetDraft; totals: FundingTotals } {
  const draft = new SheetDraft("funding");
  const withColumn = (m: FundingMeasure) =>
    provinces.filter((p) => p.funding && (["KCQG", "KCDP", "total"] as const).some((f) => (p.funding!.figures[f][m]?.length ?? 0) > 0));
  const sameCount = withColumn("sameLastYear").length;
  const previousCount = withColumn("previousPlan").length;
  const anySame = sameCount > 0;
  const anyPrevious = previousCount > 0;
  const allSame = anySame && sameCount === provinces.length;
  const allPrevious = anyPrevious && previousCount === provinces.length;

  let next = 1;
  const col = (): number => next++;
  const C = {
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
  } as Record<string, number> & { same?: number; ratio?: number; prev?: number; growth?: number };
  const lastCol = next - 1;
  const L = (c: number) => columnLetter(c);

  draft.text(TITLE_ROW, 0, heading, ["title"]).merge(TITLE_ROW, 0, TITLE_ROW, lastCol);
  draft.text(SUBTITLE_ROW, 0, `${label("unitTy", lang)}. ${label("formulasNote", lang)}`, ["subtitle"]).merge(SUBTITLE_ROW, 0, SUBTITLE_ROW, lastCol);
  draft.text(GROUP_ROW, 0, label("locality", lang), ["header"]).merge(GROUP_ROW, 0, HEADER_ROW, 0);
  const group = (first: number, key: Parameters<typeof label>[0], span: number) => {
    draft.text(GROUP_ROW, first, label(key, lang), ["header"]);
    for (let c = first + 1; c < first + span; c++) draft.set(GROUP_ROW, c, { value: null, styles: ["header"] });
    if (span > 1) draft.merge(GROUP_ROW, first, GROUP_ROW, first + span - 1);
  };
  group(C.qPlan, "kcqg", 3);
  group(C.dPlan, "kcdp", 3);
  group(C.tPlan, "total", 3);
  if (C.same !== undefined) group(C.same, "sameLastYearGroup", 2);
  if (C.prev !== undefined) group(C.prev, "previousPlanGroup", 2);
  draft.set(HEADER_ROW, 0, { value: null, styles: ["header"] });
  const headers: [number | undefined, Parameters<typeof label>[0]][] = [
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

  const amount = (row: number, c: number, f: Figure, styles: ("body" | "total")[] = ["body"]) =>
    draft.set(
      row,
      c,
      f.formula === undefined
        ? { value: null, format: AMOUNT_FORMAT, styles }
        : { formula: f.formula, result: f.value.toNumber(), format: AMOUNT_FORMAT, styles },
    );
  const rate = (row: number, c: number, num: number, den: number, values: Map<number, Decimal>, growth: boolean, styles: ("body" | "total")[] = ["body"]) => {
    const n = values.get(num) ?? new Decimal(0);
    const d = values.get(den) ?? new Decimal(0);
    const result: PlanValue = d.isZero()
      ? ""
      : n
          .div(d)
          .minus(growth ? 1 : 0)
          .toNumber();
    const r = row + 1;
    draft.set(row, c, { formula: `IFERROR(${L(num)}${r}/${L(den)}${r}${growth ? "-1" : ""},"")`, result, format: PERCENT_FORMAT, styles });
  };

  const lastRow = FIRST_ROW + provinces.length - 1;
  const totalRow = FIRST_ROW + provinces.length;
  const columnTotals = new Map<number, Decimal>();
  const addTotal = (c: number, v: Decimal) => columnTotals.set(c, (columnTotals.get(c) ?? new Decimal(0)).plus(v));

  provinces.forEach((p, i) => {
    const row = FIRST_ROW + i;
    const r = row + 1;
    const figures = p.funding?.figures;
    const sum = (fund: "KCQG" | "KCDP" | "total", measure: FundingMeasure) => figureSum(p.sheet, figures?.[fund][measure], notices);
    const hasSourceRows = !!figures && (["plan", "actual"] as const).some((m) => (figures.KCQG[m]?.length ?? 0) + (figures.KCDP[m]?.length ?? 0) > 0);
    const bothOrTotal = (measure: FundingMeasure): Figure => {
      if (!figures) return { value: new Decimal(0) };
      const own = [...(figures.KCQG[measure] ?? []), ...(figures.KCDP[measure] ?? [])];
      return figureSum(p.sheet, own.length > 0 ? own : figures.total[measure], notices);
    };
    const values = new Map<number, Decimal>();
    const put = (c: number, f: Figure) => {
      amount(row, c, f);
      values.set(c, f.value);
      addTotal(c, f.value);
    };

    const province = p.header.province ?? p.sheet;
    draft.set(row, 0, { value: province, styles: ["body", "link"], link: { sheet: p.sheet, cell: p.header.provinceCell } });
    put(C.qPlan, sum("KCQG", "plan"));
    put(C.qActual, sum("KCQG", "actual"));
    put(C.dPlan, sum("KCDP", "plan"));
    put(C.dActual, sum("KCDP", "actual"));
    if (hasSourceRows) {
      const plan = values.get(C.qPlan)!.plus(values.get(C.dPlan)!);
      const actual = values.get(C.qActual)!.plus(values.get(C.dActual)!);
      put(C.tPlan, { formula: `${L(C.qPlan)}${r}+${L(C.dPlan)}${r}`, value: plan });
      put(C.tActual, { formula: `${L(C.qActual)}${r}+${L(C.dActual)}${r}`, value: actual });
    } else {
      put(C.tPlan, sum("total", "plan"));
      put(C.tActual, sum("total", "actual"));
    }
    rate(row, C.qRate, C.qActual, C.qPlan, values, false);
    rate(row, C.dRate, C.dActual, C.dPlan, values, false);
    rate(row, C.tRate, C.tActual, C.tPlan, values, false);
    if (C.same !== undefined && C.ratio !== undefined) {
      put(C.same, bothOrTotal("sameLastYear"));
      rate(row, C.ratio, C.tActual, C.same, values, false);
    }
    if (C.prev !== undefined && C.growth !== undefined) {
      put(C.prev, bothOrTotal("previousPlan"));
      rate(row, C.growth, C.tPlan, C.prev, values, true);
    }
  });

  // Total row.
  const tr = totalRow + 1;
  draft.text(totalRow, 0, label("total", lang), ["total"]);
  const totalValues = new Map<number, Decimal>();
  for (const c of [C.qPlan, C.qActual, C.dPlan, C.dActual, C.tPlan, C.tActual, C.same, C.prev]) {
    if (c === undefined) continue;
    const v = columnTotals.get(c) ?? new Decimal(0);
    totalValues.set(c, v);
    if (provinces.length === 0) draft.set(totalRow, c, { value: 0, format: AMOUNT_FORMAT, styles: ["total"] });
    else amount(totalRow, c, { formula: `SUM(${L(c)}${FIRST_ROW + 1}:${L(c)}${lastRow + 1})`, value: v }, ["total"]);
  }
  rate(totalRow, C.qRate, C.qActual, C.qPlan, totalValues, false, ["total"]);
  rate(totalRow, C.dRate, C.dActual, C.dPlan, totalValues, false, ["total"]);
  rate(totalRow, C.tRate, C.tActual, C.tPlan, totalValues, false, ["total"]);
  // A regional ratio over some provinces only would mislead: it is written when every sheet states the figure.
  if (C.same !== undefined && C.ratio !== undefined) {
    if (allSame) rate(totalRow, C.ratio, C.tActual, C.same, totalValues, false, ["total"]);
    else {
      draft.set(totalRow, C.ratio, { value: null, format: PERCENT_FORMAT, styles: ["total"] });
      notices.add("funding:same", missingColumnNotice("Thực hiện cùng kỳ năm trước", "Same period last year", provinces.length - sameCount));
    }
  }
  if (C.prev !== undefined && C.growth !== undefined) {
    if (allPrevious) rate(totalRow, C.growth, C.tPlan, C.prev, totalValues, true, ["total"]);
    else {
      draft.set(totalRow, C.growth, { value: null, format: PERCENT_FORMAT, styles: ["total"] });
      notices.add("funding:previous", missingColumnNotice("Kế hoạch năm trước", "Previous annual plan", provinces.length - previousCount));
    }
  }

  draft.widthsFrom([24, ...Array.from({ length: lastCol }, () => 13)]);
  draft.freeze(HEADER_ROW + 1, 1);
  if (provinces.length > 0) {
    draft.chart({
      type: "bar",
      title: label("chartTitle", lang),
      categories: { sheet: name, from: a1(FIRST_ROW, 0), to: a1(lastRow, 0) },
      series: [C.qRate, C.dRate, C.tRate].map((c) => ({
        name: `${label(c === C.qRate ? "kcqg" : c === C.dRate ? "kcdp" : "total", lang)}`,
        values: { sheet: name, from: a1(FIRST_ROW, c), to: a1(lastRow, c) },
      })),
      anchor: { from: a1(GROUP_ROW, lastCol + 2), to: a1(GROUP_ROW + Math.max(20, provinces.length + 4), lastCol + 10) },
      percent: true,
    });
  }

  const at = (c: number | undefined) => (c === undefined ? "0" : sheetRef(name, `${L(c)}${tr}`));
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
  const refs = { provinces: provinces.length > 0 ? `COUNTA(${sheetRef(name, `A${FIRST_ROW + 1}:A${lastRow + 1}`)})` : "0" } as Record<RegionalFigure, string>;
  const values = { provinces: new Decimal(provinces.length) } as Record<RegionalFigure, Decimal>;
  for (const [key, c] of Object.entries(figureColumns) as [Exclude<RegionalFigure, "provinces">, number | undefined][]) {
    refs[key] = at(c);
    values[key] = valueAt(c);
  }
  return { draft, totals: { refs, values, hasSameLastYear: allSame, hasPreviousPlan: allPrevious } };
}

function missingColumnNotice(vi: string, en: string, missing: number) {
  return bilingual(
    `${missing} trang tỉnh không có cột "${vi}": dòng tổng cộng của TH_KinhPhi và báo cáo không tính tỷ lệ này.`,
    `${missing} province sheet(s) lack the "${en}" column: TH_KinhPhi's total row and the report leave this rate out.`,
  );
}
