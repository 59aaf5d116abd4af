import { SheetKey } from "../key";
import { FINE_ACTIVITIES } from "../model/activities";
import { Fund, ReportFigures, sumOf } from "../model/figures";
import { shown, TRIEU } from "../render/kit";
import { finish, Rendered } from "../render/rendered";
import { CorpusSheet } from "../workbook/corpus-workbook";
import { writeBentreFrame, writeBentreLegend } from "./bentre-template";

export interface FundingByActivityOptions {
  /** "Tr. Đồng" in the unit column of every row; the template leaves it empty, and then no unit is stated. */
  unitColumn?: boolean;
  sheetName?: string;
  /** The file name; the export's own name ("baocaokinhphikhuyencong.xlsx") carries no province. */
  fileName?: string;
}

/** The province a sheet of a Bến Tre template can be said to name: only its file name ever does. */
export function provinceOfFile(fileName: string, province: string): string | undefined {
  return fileName.normalize("NFC").includes(province) ? province : undefined;
}

export const L7_FIRST_ROW = 7;

/**
 * Layout L7 (real-layouts.md §2.2): Bến Tre's "BÁO CÁO  KINH PHÍ KHUYẾN CÔNG" (double space kept), 24
 * activity rows × KCĐP | KCQG (that order, the opposite of L6), the total "Tổng số kinh phí" FIRST, a
 * unit column, the year written into the parent header by the export ("Năm Báo Cáo: 2023"). The amounts
 * are each fund's support of the projects of the activity, in triệu đồng. With no unit column the sheet
 * states no unit anywhere: it reads only in part.
 */
export function renderFundingByActivity(figures: ReportFigures, options: FundingByActivityOptions = {}): Rendered {
  const fileName = options.fileName ?? `${figures.province} - Báo cáo kinh phí khuyến công năm ${figures.year}.xlsx`;
  const sheet = buildFundingByActivitySheet(figures, { ...options, province: provinceOfFile(fileName, figures.province) });
  return finish(
    options.unitColumn === false ? "L7-no-unit" : "L7",
    "L7 (real-layouts.md §2.2): funding by 24 activities, KCĐP | KCQG, total first, unit column",
    fileName,
    [sheet],
  );
}

export function buildFundingByActivitySheet(
  figures: ReportFigures,
  options: FundingByActivityOptions & { province?: string } = {},
): { sheet: CorpusSheet; key: SheetKey } {
  const withUnit = options.unitColumn !== false;
  const sheet = new CorpusSheet(options.sheetName ?? "Sheet1");
  const table = writeBentreFrame(sheet, {
    title: "BÁO CÁO  KINH PHÍ KHUYẾN CÔNG",
    mergedSubtitle: false,
    periodHeader: `Năm Báo Cáo: ${figures.year}`,
    fundOrder: ["KCDP", "KCQG"],
    role: (fund) => ({ kind: "amount", measure: "support", fund }),
  });
  const columnOf: Record<Fund, string> = { KCDP: "D", KCQG: "E" };
  const totalRow = L7_FIRST_ROW - 1;
  sheet.set(`B${totalRow}`, "Tổng số kinh phí", { style: { bold: true } });
  const last = L7_FIRST_ROW + FINE_ACTIVITIES.length - 1;
  for (const fund of ["KCDP", "KCQG"] as const) {
    const col = columnOf[fund];
    sheet.typed(`${col}${totalRow}`, `SUM(${col}${L7_FIRST_ROW}:${col}${last})`, { format: TRIEU.format, style: { bold: true } });
  }
  if (withUnit) sheet.set(`C${totalRow}`, "Tr. Đồng");
  table.row(totalRow, "total");
  FINE_ACTIVITIES.forEach((activity, i) => {
    const r = L7_FIRST_ROW + i;
    sheet.set(`A${r}`, activity.no);
    sheet.set(`B${r}`, activity.label, { style: { wrap: true } });
    if (withUnit) sheet.set(`C${r}`, "Tr. Đồng");
    for (const fund of ["KCDP", "KCQG"] as const) {
      const support = sumOf(figures.projects.filter((p) => p.fund === fund && p.activity === activity.no).map((p) => p.support));
      if (!support.isZero()) sheet.set(`${columnOf[fund]}${r}`, shown(support, TRIEU), { format: TRIEU.format });
    }
  });
  sheet.boxes.push(`A3:E${last}`);
  writeBentreLegend(sheet, last);
  const key: SheetKey = {
    status: withUnit ? "read" : "partial",
    year: figures.year,
    months: 12,
    tables: [table.build(last)],
  };
  if (withUnit) key.unit = "trieu";
  if (options.province) key.province = options.province;
  return { sheet, key };
}
