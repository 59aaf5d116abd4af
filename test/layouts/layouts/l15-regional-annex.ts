import { Decimal } from "../../../src/core/numbers/decimal-config";
import { ColumnKey, FundKey, PeriodKey } from "../key";
import { Fund, FundFigures, RegionFigures } from "../model/figures";
import { header, liveRatioFormula, nextColumn, percentFormat, PercentStyle, ratioFormula, shown, TableKeyBuilder, text, TRIEU } from "../render/kit";
import { centredLine, unitLine } from "../render/official";
import { sumFormula } from "../render/project-table";
import { finish, Rendered } from "../render/rendered";
import { CorpusSheet } from "../workbook/corpus-workbook";

export interface RegionalAnnexOptions {
  /** Tổng số, percentages and the total row as live formulas. */
  formulas?: boolean;
  /** KCĐP's column group before KCQG's. */
  flipped?: boolean;
}

type Measure = "plan" | "actual" | "completion" | "samePeriod";
interface Leaf {
  column: string;
  group: FundKey;
  period: "previous" | "current";
  measure: Measure;
  number: string;
}

/** Percentages as points: one decimal, two for the KCQG completion of the previous year (as published: 95,85). */
function percentStyle(leaf: Leaf): PercentStyle {
  return { points: true, decimals: leaf.period === "previous" && leaf.group === "KCQG" && leaf.measure === "completion" ? 2 : 1 };
}

/**
 * Layout L15 (real-layouts.md §4.2, [R] with verified measures): the regional conference annex, "BIỂU TỔNG
 * HỢP KẾT QUẢ THỰC HIỆN KINH PHÍ KHUYẾN CÔNG CÁC TỈNH, THÀNH PHỐ KHU VỰC …", THREE header levels (period ›
 * Tổng số | KCQG | KCĐP › KH | TH | % [| so CK]), the column-number row with its identities (1=4+7,
 * 3=2/1 …), a row per province, "Tổng cộng" at the bottom. Percentages are points.
 */
export function renderRegionalAnnex(region: RegionFigures, options: RegionalAnnexOptions = {}): Rendered {
  const live = options.formulas === true;
  const funds: Fund[] = options.flipped ? ["KCDP", "KCQG"] : ["KCQG", "KCDP"];
  const previousYear = region.year - 1;
  const sheet = new CorpusSheet("Phu luc");
  text(sheet, "A1:E1", "BỘ CÔNG THƯƠNG", { align: "center" });
  text(sheet, "A2:E2", "CỤC CÔNG THƯƠNG ĐỊA PHƯƠNG", { bold: true, align: "center" });
  let row = centredLine(sheet, 4, "A", "W", "PHỤ LỤC", { bold: true });
  row = centredLine(sheet, row, "A", "W", `BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KINH PHÍ KHUYẾN CÔNG CÁC TỈNH, THÀNH PHỐ ${region.region}`, {
    bold: true,
    size: 12,
  });
  row = centredLine(sheet, row, "A", "W", `NĂM ${previousYear} VÀ ${region.months} THÁNG NĂM ${region.year}`, { bold: true });
  row = unitLine(sheet, row, "T", "W", "ĐVT: triệu đồng");
  const top = row;

  // Leaves, in column order: the previous year (KH, TH, %) per group, then this period (KH, TH, %, so CK).
  const groups: FundKey[] = ["total", ...funds];
  const leaves: Leaf[] = [];
  let column = "C";
  let n = 1;
  for (const period of ["previous", "current"] as const) {
    for (const group of groups) {
      const measures: Measure[] = period === "previous" ? ["plan", "actual", "completion"] : ["plan", "actual", "completion", "samePeriod"];
      for (const measure of measures) {
        leaves.push({ column, group, period, measure, number: String(n++) });
        column = nextColumn(column);
      }
    }
  }
  const leaf = (period: Leaf["period"], group: FundKey, measure: Measure) =>
    leaves.find((l) => l.period === period && l.group === group && l.measure === measure)!;
  // Identities the column-number row states: totals = KCQG + KCĐP, completion = TH / KH.
  for (const l of leaves) {
    if (l.group === "total" && (l.measure === "plan" || l.measure === "actual")) {
      l.number = `${l.number}=${funds.map((f) => leaf(l.period, f, l.measure).number).join("+")}`;
    }
    if (l.measure === "completion")
      l.number = `${l.number}=${leaf(l.period, l.group, "actual").number.split("=")[0]}/${leaf(l.period, l.group, "plan").number.split("=")[0]}`;
  }
  const last = leaves[leaves.length - 1].column;

  header(sheet, `A${top}:A${top + 2}`, "TT");
  header(sheet, `B${top}:B${top + 2}`, "Tỉnh, thành phố");
  const periodLabel = { previous: `Năm ${previousYear}`, current: `${region.months} tháng năm ${region.year}` };
  const groupLabel: Record<FundKey, string> = { total: "Tổng số", KCQG: "KCQG", KCDP: "KCĐP" };
  const measureLabel: Record<Measure, string> = { plan: "KH", actual: "TH", completion: "%", samePeriod: "so CK" };
  for (const period of ["previous", "current"] as const) {
    const own = leaves.filter((l) => l.period === period);
    header(sheet, `${own[0].column}${top}:${own[own.length - 1].column}${top}`, periodLabel[period]);
    for (const group of groups) {
      const g = own.filter((l) => l.group === group);
      header(sheet, `${g[0].column}${top + 1}:${g[g.length - 1].column}${top + 1}`, groupLabel[group]);
    }
  }
  for (const l of leaves) {
    header(sheet, `${l.column}${top + 2}`, measureLabel[l.measure]);
    sheet.width(l.column, l.measure === "plan" || l.measure === "actual" ? 10 : 8);
  }
  sheet.width("A", 5);
  sheet.width("B", 20);
  const numbers = top + 3;
  sheet.set(`A${numbers}`, "A", { style: { italic: true, align: "center" } });
  sheet.set(`B${numbers}`, "B", { style: { italic: true, align: "center" } });
  for (const l of leaves) sheet.set(`${l.column}${numbers}`, l.number, { style: { italic: true, align: "center" } });

  const table = new TableKeyBuilder([top, top + 1, top + 2], "A", last).column("A", { kind: "no" }).column("B", { kind: "label" });
  const periodKey = (p: Leaf["period"]): PeriodKey => (p === "previous" ? { year: previousYear, months: 12 } : { year: region.year, months: region.months });
  for (const l of leaves) {
    const role: ColumnKey =
      l.measure === "plan" || l.measure === "actual"
        ? { kind: "amount", measure: l.measure, fund: l.group, period: periodKey(l.period) }
        : { kind: "percent", measure: l.measure === "completion" ? "completion" : "samePeriod", fund: l.group, period: periodKey(l.period) };
    table.column(l.column, role);
  }
  table.row(numbers, "columnNumbers");
  table.columnIdentities = leaves.map((l) => l.number).filter((x) => x.includes("="));

  const first = numbers + 1;
  const amount = (f: FundFigures, l: Leaf): Decimal =>
    l.period === "previous" ? (l.measure === "plan" ? f.previousPlan : f.previousActual) : l.measure === "plan" ? f.plan : f.actual;
  const put = (address: string, formula: string, format: string) => {
    if (live) sheet.formula(address, formula, { format });
    else sheet.typed(address, formula, { format });
  };
  const writeRatios = (r: number, sums: boolean) => {
    for (const l of leaves) {
      if (l.measure !== "completion") continue;
      const style = percentStyle(l);
      const actual = `${leaf(l.period, l.group, "actual").column}${r}`;
      const plan = `${leaf(l.period, l.group, "plan").column}${r}`;
      put(`${l.column}${r}`, live ? liveRatioFormula(actual, plan, style) : ratioFormula(actual, plan, style), percentFormat(style));
    }
    if (sums) {
      for (const l of leaves) {
        if (l.group !== "total" || (l.measure !== "plan" && l.measure !== "actual")) continue;
        put(`${l.column}${r}`, funds.map((f) => `${leaf(l.period, f, l.measure).column}${r}`).join("+"), TRIEU.format);
      }
    }
  };
  region.reports.forEach((report, i) => {
    const r = first + i;
    sheet.set(`A${r}`, i + 1, { style: { align: "center" } });
    sheet.set(`B${r}`, report.province === "Hồ Chí Minh" ? "TP. Hồ Chí Minh" : report.province);
    for (const l of leaves) {
      if (l.group === "total") continue;
      const f = report.funds[l.group as Fund];
      if (l.measure === "plan" || l.measure === "actual") sheet.set(`${l.column}${r}`, shown(amount(f, l), TRIEU), { format: TRIEU.format });
      if (l.measure === "samePeriod") sheet.set(`${l.column}${r}`, ratio(f.actual, f.sameLastYear), { format: percentFormat({ points: true, decimals: 1 }) });
    }
    const same = leaf("current", "total", "samePeriod");
    sheet.set(
      `${same.column}${r}`,
      ratio(report.funds.KCQG.actual.plus(report.funds.KCDP.actual), report.funds.KCQG.sameLastYear.plus(report.funds.KCDP.sameLastYear)),
      {
        format: percentFormat({ points: true, decimals: 1 }),
      },
    );
    writeRatios(r, true);
  });
  const total = first + region.reports.length;
  const rows = region.reports.map((_, i) => first + i);
  sheet.set(`B${total}`, "Tổng cộng", { style: { bold: true } });
  for (const l of leaves) if (l.measure === "plan" || l.measure === "actual") put(`${l.column}${total}`, sumFormula(l.column, rows), TRIEU.format);
  writeRatios(total, false);
  for (const l of leaves.filter((x) => x.measure === "samePeriod")) {
    const sum = (pick: (f: FundFigures) => Decimal) =>
      region.reports.reduce(
        (acc, rep) => acc.plus(l.group === "total" ? pick(rep.funds.KCQG).plus(pick(rep.funds.KCDP)) : pick(rep.funds[l.group as Fund])),
        new Decimal(0),
      );
    sheet.set(
      `${l.column}${total}`,
      ratio(
        sum((f) => f.actual),
        sum((f) => f.sameLastYear),
      ),
      { format: percentFormat({ points: true, decimals: 1 }) },
    );
  }
  for (const l of leaves) if (sheet.get(`${l.column}${total}`)) sheet.get(`${l.column}${total}`)!.style = { bold: true };
  table.row(total, "total");
  sheet.boxes.push(`A${top}:${last}${total}`);
  const id = `L15${options.flipped ? "-flipped" : ""}${live ? "-formulas" : ""}`;
  return finish(
    id,
    `L15 (real-layouts.md §4.2): regional annex, three header levels, two periods, identities in the column-number row${options.flipped ? ", KCĐP before KCQG" : ""}${live ? ", live formulas" : ""}`,
    `Phu luc khu vuc phia Nam ${previousYear}-${region.year}.xlsx`,
    [{ sheet, key: { status: "read", year: region.year, months: region.months, unit: "trieu", tables: [table.build(total)] } }],
  );
}

function ratio(current: Decimal, previous: Decimal): number {
  return current.div(previous).times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toNumber();
}
