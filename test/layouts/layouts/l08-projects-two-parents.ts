import { SheetKey } from "../key";
import { Beneficiary, Fund, Project, ReportFigures } from "../model/figures";
import { ACCOUNTING, AmountStyle, header, shown, TableKeyBuilder, title, TRIEU } from "../render/kit";
import { finish, Rendered } from "../render/rendered";
import { CorpusSheet } from "../workbook/corpus-workbook";
import { provinceOfFile } from "./l07-funding-by-activity";

export interface ProjectsTwoParentsOptions {
  /** "Địa phương | TW" instead of the template's "TW | Địa phương". */
  flipped?: boolean;
  fileName?: string;
}

/** "Cơ sở A (xã …), Cơ sở B (xã …)": how Bến Tre's system joins beneficiaries into one cell. */
export function beneficiaryList(beneficiaries: readonly Beneficiary[]): string {
  return beneficiaries.map((b) => `${b.name} (${b.address})`).join(", ");
}

/**
 * Layout L8 (real-layouts.md §2.3): Bến Tre's "BÁO CÁO DỰ ÁN KHUYẾN CÔNG", the title from B1, a two-row
 * header with two parents ("Nguồn vốn⏎ (triệu đồng)" over TW | Địa phương, "Kinh phí thực hiện ⏎(triệu
 * đồng)" over Tổng kinh phí | KP Khuyến công hỗ trợ | KP DN đối ứng), the unit only inside those headers,
 * the accounting format (a zero shows "-"), several beneficiaries joined in one cell, no total row.
 */
export function renderProjectsTwoParents(figures: ReportFigures, options: ProjectsTwoParentsOptions = {}): Rendered {
  const fileName = options.fileName ?? `${figures.province} - Báo cáo dự án khuyến công ${figures.year}.xlsx`;
  const { sheet, key } = buildProjectsTwoParentsSheet(figures.projects, TRIEU, options.flipped === true);
  key.year = figures.year;
  const province = provinceOfFile(fileName, figures.province);
  if (province) key.province = province;
  return finish(
    options.flipped ? "L8-flipped" : "L8",
    `L8 (real-layouts.md §2.3): project list, two parent headers, unit in the header, no total${options.flipped ? ", fund columns flipped" : ""}`,
    fileName,
    [{ sheet, key }],
  );
}

/** The sheet, with amounts shown in `style` (the header always says triệu đồng, as the template does). */
export function buildProjectsTwoParentsSheet(projects: readonly Project[], style: AmountStyle, flipped: boolean): { sheet: CorpusSheet; key: SheetKey } {
  const sheet = new CorpusSheet("Sheet1");
  title(sheet, "B1:I1", "BÁO CÁO DỰ ÁN KHUYẾN CÔNG");
  header(sheet, "A2:A3", "STT");
  header(sheet, "B2:B3", "Tên đề án");
  header(sheet, "C2:C3", "Thời gian thực hiện (năm)");
  header(sheet, "D2:E2", "Nguồn vốn\n (triệu đồng)");
  const funds: [Fund, Fund] = flipped ? ["KCDP", "KCQG"] : ["KCQG", "KCDP"];
  const fundLabel = (fund: Fund) => (fund === "KCQG" ? "TW" : "Địa phương");
  header(sheet, "D3", fundLabel(funds[0]));
  header(sheet, "E3", fundLabel(funds[1]));
  header(sheet, "F2:H2", "Kinh phí thực hiện \n(triệu đồng)");
  header(sheet, "F3", "Tổng kinh phí");
  header(sheet, "G3", "KP Khuyến công hỗ trợ");
  header(sheet, "H3", "KP DN đối ứng");
  header(sheet, "I2:I3", "Đính kèm danh sách doanh nghiệp thụ hưởng");
  for (const address of ["D3", "E3", "F3", "G3", "H3"]) sheet.get(address)!.format = ACCOUNTING;
  const widths: Record<string, number> = { A: 6, B: 48, C: 12, D: 12, E: 12, F: 14, G: 14, H: 14, I: 44 };
  for (const [col, w] of Object.entries(widths)) sheet.width(col, w);
  sheet.heights.set(3, 48);

  const table = new TableKeyBuilder([2, 3], "A", "I")
    .column("A", { kind: "no" })
    .column("B", { kind: "label" })
    .column("C", { kind: "time" })
    .column("D", { kind: "amount", measure: "support", fund: funds[0] })
    .column("E", { kind: "amount", measure: "support", fund: funds[1] })
    .column("F", { kind: "amount", measure: "cost" })
    .column("G", { kind: "amount", measure: "support" })
    .column("H", { kind: "amount", measure: "counterpart" })
    .column("I", { kind: "beneficiary" });
  projects.forEach((p, i) => {
    const r = 4 + i;
    sheet.set(`A${r}`, i + 1);
    sheet.set(`B${r}`, p.name, { style: { wrap: true } });
    sheet.set(`C${r}`, p.year);
    sheet.set(`D${r}`, p.fund === funds[0] ? shown(p.support, style) : 0, { format: ACCOUNTING });
    sheet.set(`E${r}`, p.fund === funds[1] ? shown(p.support, style) : 0, { format: ACCOUNTING });
    sheet.typed(`F${r}`, `G${r}+H${r}`, { format: ACCOUNTING });
    sheet.typed(`G${r}`, `D${r}+E${r}`, { format: ACCOUNTING });
    sheet.set(`H${r}`, shown(p.counterpart, style), { format: ACCOUNTING });
    if (p.beneficiaries.length > 0) sheet.set(`I${r}`, beneficiaryList(p.beneficiaries), { style: { wrap: true } });
  });
  const last = 3 + projects.length;
  sheet.boxes.push(`A2:I${last}`);
  return { sheet, key: { status: "read", unit: "trieu", tables: [table.build(last)] } };
}
