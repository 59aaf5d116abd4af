import { Decimal } from "../../../src/core/numbers/decimal-config";
import { ColumnKey, PeriodKey } from "../key";
import { Fund, ReportFigures } from "../model/figures";
import { header, percentFormat, PercentStyle, ratioFormula, shown, TableKeyBuilder, text, TRIEU } from "../render/kit";
import { centredLine, unitLine } from "../render/official";
import { finish, Rendered } from "../render/rendered";
import { CorpusSheet } from "../workbook/corpus-workbook";

const POINTS: PercentStyle = { points: true, decimals: 1 };

/**
 * A two-period funding table (issue #10: "Năm 2022 › KH | TH | %", "8 tháng 2023 › KH | TH | % | so cùng
 * kỳ"; real-layouts.md §3.4 and §4.2 describe both periods side by side): rows Tổng cộng (first), KCQG,
 * KCĐP; the previous full year's plan, actual and completion, then this period's plan, actual, completion
 * and the ratio to the same period last year (whose base is not in the table).
 */
export function renderTwoYearFunding(figures: ReportFigures): Rendered {
  const previous = figures.year - 1;
  const sheet = new CorpusSheet("Kinh phi");
  text(sheet, "A1:C1", `SỞ CÔNG THƯƠNG TỈNH ${figures.province.toUpperCase()}`, { bold: true, align: "center" });
  let row = centredLine(sheet, 3, "A", "I", `BÁO CÁO KẾT QUẢ THỰC HIỆN KINH PHÍ KHUYẾN CÔNG NĂM ${previous} VÀ ${figures.months} THÁNG NĂM ${figures.year}`, {
    bold: true,
    size: 12,
  });
  row = unitLine(sheet, row, "H", "I", "ĐVT: triệu đồng");
  const top = row;
  header(sheet, `A${top}:A${top + 1}`, "STT");
  header(sheet, `B${top}:B${top + 1}`, "Nguồn kinh phí");
  header(sheet, `C${top}:E${top}`, `Năm ${previous}`);
  header(sheet, `F${top}:I${top}`, `${figures.months} tháng năm ${figures.year}`);
  ["KH", "TH", "%", "KH", "TH", "%", "So cùng kỳ (%)"].forEach((h, i) => header(sheet, `${"CDEFGHI"[i]}${top + 1}`, h));
  const widths: Record<string, number> = { A: 6, B: 30, C: 12, D: 12, E: 9, F: 12, G: 12, H: 9, I: 12 };
  for (const [c, w] of Object.entries(widths)) sheet.width(c, w);
  const before: PeriodKey = { year: previous, months: 12 };
  const now: PeriodKey = { year: figures.year, months: figures.months };
  const roles: Record<string, ColumnKey> = {
    C: { kind: "amount", measure: "plan", period: before },
    D: { kind: "amount", measure: "actual", period: before },
    E: { kind: "percent", measure: "completion", period: before },
    F: { kind: "amount", measure: "plan", period: now },
    G: { kind: "amount", measure: "actual", period: now },
    H: { kind: "percent", measure: "completion", period: now },
    I: { kind: "percent", measure: "samePeriod", period: now },
  };
  const table = new TableKeyBuilder([top, top + 1], "A", "I").column("A", { kind: "no" }).column("B", { kind: "label" });
  for (const [c, role] of Object.entries(roles)) table.column(c, role);

  const total = top + 2;
  const rows: Record<Fund, number> = { KCQG: total + 1, KCDP: total + 2 };
  const ratios = (r: number) => {
    sheet.typed(`E${r}`, ratioFormula(`D${r}`, `C${r}`, POINTS), { format: percentFormat(POINTS) });
    sheet.typed(`H${r}`, ratioFormula(`G${r}`, `F${r}`, POINTS), { format: percentFormat(POINTS) });
  };
  sheet.set(`B${total}`, "Tổng cộng", { style: { bold: true } });
  for (const col of ["C", "D", "F", "G"])
    sheet.typed(`${col}${total}`, `${col}${rows.KCQG}+${col}${rows.KCDP}`, { format: TRIEU.format, style: { bold: true } });
  ratios(total);
  table.row(total, "total");
  const sameTotal = figures.funds.KCQG.sameLastYear.plus(figures.funds.KCDP.sameLastYear);
  const actualTotal = figures.funds.KCQG.actual.plus(figures.funds.KCDP.actual);
  sheet.set(`I${total}`, samePeriod(actualTotal, sameTotal), { format: percentFormat(POINTS) });
  (["KCQG", "KCDP"] as const).forEach((fund, i) => {
    const r = rows[fund];
    const f = figures.funds[fund];
    sheet.set(`A${r}`, i + 1, { style: { align: "center" } });
    sheet.set(`B${r}`, fund === "KCQG" ? "Kinh phí khuyến công quốc gia (KCQG)" : "Kinh phí khuyến công địa phương (KCĐP)");
    sheet.set(`C${r}`, shown(f.previousPlan, TRIEU), { format: TRIEU.format });
    sheet.set(`D${r}`, shown(f.previousActual, TRIEU), { format: TRIEU.format });
    sheet.set(`F${r}`, shown(f.plan, TRIEU), { format: TRIEU.format });
    sheet.set(`G${r}`, shown(f.actual, TRIEU), { format: TRIEU.format });
    ratios(r);
    sheet.set(`I${r}`, samePeriod(f.actual, f.sameLastYear), { format: percentFormat(POINTS) });
  });
  sheet.boxes.push(`A${top}:I${rows.KCDP}`);
  return finish(
    "L13-two-year",
    "Two-period funding table (issue #10; real-layouts.md §3.4, §4.2): previous year KH | TH | %, this period KH | TH | % | so cùng kỳ",
    `Kinh phi khuyen cong ${figures.year} - ${figures.province}.xlsx`,
    [
      {
        sheet,
        key: { status: "read", province: figures.province, year: figures.year, months: figures.months, unit: "trieu", tables: [table.build(rows.KCDP)] },
      },
    ],
  );
}

function samePeriod(current: Decimal, previous: Decimal): number {
  return current.div(previous).times(100).toDecimalPlaces(POINTS.decimals, Decimal.ROUND_HALF_UP).toNumber();
}
