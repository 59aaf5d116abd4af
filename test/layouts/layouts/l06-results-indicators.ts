import { SheetKey } from "../key";
import { INDICATORS } from "../model/activities";
import { Fund, ReportFigures } from "../model/figures";
import { TRIEU } from "../render/kit";
import { finish, Rendered } from "../render/rendered";
import { CorpusSheet } from "../workbook/corpus-workbook";
import { writeBentreFrame, writeBentreLegend } from "./bentre-template";
import { buildFundingByActivitySheet, provinceOfFile } from "./l07-funding-by-activity";

export interface ResultsIndicatorsOptions {
  sheetName?: string;
  fileName?: string;
  /** Add Bến Tre's funding report (L7) as a second sheet, as an officer receives both from the system. */
  withFunding?: boolean;
}

/** Rows of the L6 table: the total, then each indicator followed by its "of which" children (rows 8–37). */
export const L6_TOTAL_ROW = 7;

/**
 * Layout L6 (real-layouts.md §2.1): Bến Tre's "BÁO CÁO KẾT QUẢ CÔNG TÁC KHUYẾN CÔNG", 23 indicators and
 * their "- Trong đó" children (not additive; two in Tr. Đồng among counts) × KCQG | KCĐP, a column-letter
 * row holding only "A", the total "Tổng số" first, a unit column, the legend. Counts come from the
 * projects each fund paid for, so an L7 sheet of the same figures agrees with it fund by fund.
 */
export function renderResultsIndicators(figures: ReportFigures, options: ResultsIndicatorsOptions = {}): Rendered {
  const fileName = options.fileName ?? `${figures.province} - Báo cáo kết quả công tác khuyến công năm ${figures.year}.xlsx`;
  const province = provinceOfFile(fileName, figures.province);
  const sheets = [buildResultsIndicatorsSheet(figures, options.sheetName ?? (options.withFunding ? "Kết quả" : "Sheet1"), province)];
  if (options.withFunding) sheets.push(buildFundingByActivitySheet(figures, { sheetName: "Kinh phí", province }));
  return finish(
    options.withFunding ? "L6+L7" : "L6",
    "L6 (real-layouts.md §2.1): results indicators × KCQG | KCĐP, total first, 'Trong đó' rows not additive" +
      (options.withFunding ? ", with the L7 funding sheet of the same figures" : ""),
    fileName,
    sheets,
  );
}

export function buildResultsIndicatorsSheet(figures: ReportFigures, name: string, province?: string): { sheet: CorpusSheet; key: SheetKey } {
  const sheet = new CorpusSheet(name);
  const table = writeBentreFrame(sheet, {
    title: "BÁO CÁO KẾT QUẢ CÔNG TÁC KHUYẾN CÔNG",
    mergedSubtitle: true,
    periodHeader: `Năm báo cáo ${figures.year}`,
    fundOrder: ["KCQG", "KCDP"],
    role: (fund) => ({ kind: "count", measure: "indicator", fund }),
  });
  const columnOf: Record<Fund, string> = { KCQG: "D", KCDP: "E" };
  sheet.set("A6", "A", { style: { align: "center", italic: true } });
  table.row(6, "columnNumbers");
  sheet.set(`B${L6_TOTAL_ROW}`, "Tổng số", { style: { bold: true } });
  table.row(L6_TOTAL_ROW, "total");
  const numbered: number[] = [];
  let r = L6_TOTAL_ROW + 1;
  for (const indicator of INDICATORS) {
    numbered.push(r);
    sheet.set(`A${r}`, indicator.no);
    sheet.set(`B${r}`, indicator.label, { style: { wrap: true } });
    sheet.set(`C${r}`, indicator.unit);
    // Row 23 (staff of the centre) belongs to no fund: the template leaves it empty.
    if (indicator.activity !== undefined) {
      for (const fund of ["KCQG", "KCDP"] as const) sheet.set(`${columnOf[fund]}${r}`, figures.indicators[fund][String(indicator.no)], { format: "#,##0" });
    }
    r++;
    indicator.children.forEach((child, i) => {
      sheet.set(`B${r}`, child.label, { style: { italic: true, wrap: true } });
      sheet.set(`C${r}`, child.unit);
      for (const fund of ["KCQG", "KCDP"] as const) {
        sheet.set(`${columnOf[fund]}${r}`, figures.indicators[fund][`${indicator.no}.${i + 1}`], {
          format: child.unit === "Tr. Đồng" ? TRIEU.format : "#,##0",
        });
      }
      table.row(r, "ofWhich");
      r++;
    });
  }
  const last = r - 1;
  for (const col of ["D", "E"]) {
    sheet.typed(`${col}${L6_TOTAL_ROW}`, `SUM(${numbered.map((n) => `${col}${n}`).join(",")})`, { format: "#,##0", style: { bold: true } });
  }
  sheet.boxes.push(`A3:E${last}`);
  writeBentreLegend(sheet, last);
  const key: SheetKey = { status: "read", year: figures.year, months: 12, unit: "trieu", tables: [table.build(last)] };
  if (province) key.province = province;
  return { sheet, key };
}
