import { SheetKey } from "../key";
import { Fund, Project, ReportFigures } from "../model/figures";
import { DONG, header, shown, TableKeyBuilder, title, TY } from "../render/kit";
import { finish, Rendered } from "../render/rendered";
import { CorpusSheet } from "../workbook/corpus-workbook";
import { provinceOfFile } from "./l07-funding-by-activity";
import { beneficiaryList } from "./l08-projects-two-parents";

export interface SheetPerFundOptions {
  /**
   * As Bến Tre's export fills it (real-layouts.md §2.4): the total cost in đồng under "Kinh phí hỗ trợ
   * (tỷ đồng)", and on the TW sheet no beneficiaries (they are looked up among the local projects).
   */
  exported?: boolean;
  fileName?: string;
}

export const L9_SHEETS: Record<Fund, string> = { KCDP: "BC KC DP", KCQG: "BC KC TW" };

/**
 * Layout L9 (real-layouts.md §2.4): one sheet per fund, named "BC KC DP" / "BC KC TW", the fund also in
 * the title "(Kinh phí địa phương)" after a line break, a single header row with the unit inside it
 * ("Kinh phí hỗ trợ⏎(tỷ đồng)"), "dự án" for "đề án", several beneficiaries joined in one cell, no total.
 */
export function renderSheetPerFund(figures: ReportFigures, options: SheetPerFundOptions = {}): Rendered {
  const fileName = options.fileName ?? `${figures.province} - Quản lý báo cáo dự án khuyến công ${figures.year}.xlsx`;
  const province = provinceOfFile(fileName, figures.province);
  const sheets = (["KCDP", "KCQG"] as const).map((fund) => {
    const built = buildFundSheet(
      figures.projects.filter((p) => p.fund === fund),
      fund,
      options.exported === true,
    );
    if (province) built.key.province = province;
    return built;
  });
  return finish(
    options.exported ? "L9-export" : "L9",
    "L9 (real-layouts.md §2.4): a sheet per fund, fund in the title and sheet name, tỷ đồng in the header, beneficiaries in one cell" +
      (options.exported ? ", as exported: total cost in đồng under the support header" : ""),
    fileName,
    sheets,
  );
}

function buildFundSheet(projects: readonly Project[], fund: Fund, exported: boolean): { sheet: CorpusSheet; key: SheetKey } {
  const sheet = new CorpusSheet(L9_SHEETS[fund]);
  title(sheet, "A1:E1", `BÁO CÁO DỰ ÁN KHUYẾN CÔNG\n(${fund === "KCDP" ? "Kinh phí địa phương" : "Kinh phí trung ương"})`);
  sheet.heights.set(1, 36);
  header(sheet, "A3", "TT");
  header(sheet, "B3", "Tên dự án");
  header(sheet, "C3", "Thời gian thực hiện\n(năm)");
  header(sheet, "D3", "Kinh phí hỗ trợ\n(tỷ đồng)");
  header(sheet, "E3", "Đơn vị\nđược hỗ trợ");
  sheet.heights.set(3, 32);
  const widths: Record<string, number> = { A: 6, B: 50, C: 14, D: 16, E: 60 };
  for (const [c, w] of Object.entries(widths)) sheet.width(c, w);
  const table = new TableKeyBuilder([3], "A", "E")
    .column("A", { kind: "no" })
    .column("B", { kind: "label" })
    .column("C", { kind: "time" })
    .column("D", { kind: "amount", measure: "support" })
    .column("E", { kind: "beneficiary" });
  projects.forEach((p, i) => {
    const r = 4 + i;
    sheet.set(`A${r}`, i + 1);
    sheet.set(`B${r}`, p.name, { style: { wrap: true } });
    sheet.set(`C${r}`, p.year);
    if (exported) sheet.set(`D${r}`, shown(p.cost, DONG));
    else sheet.set(`D${r}`, shown(p.support, TY), { format: TY.format });
    const beneficiaries = exported && fund === "KCQG" ? [] : p.beneficiaries;
    if (beneficiaries.length > 0) sheet.set(`E${r}`, beneficiaryList(beneficiaries), { style: { wrap: true } });
  });
  const last = 3 + projects.length;
  sheet.boxes.push(`A3:E${last}`);
  return { sheet, key: { status: "read", fund, unit: "ty", year: projects[0]?.year, tables: [table.build(last)] } };
}
