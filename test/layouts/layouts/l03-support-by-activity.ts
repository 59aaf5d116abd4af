import { findActivity } from "../../../src/core/rules/activities";
import { fineActivity } from "../model/activities";
import { ReportFigures, sumOf } from "../model/figures";
import { DONG, header, shown, signatureBlock, TableKeyBuilder } from "../render/kit";
import { centredLine, documentHeader, unitLine } from "../render/official";
import { sumFormula } from "../render/project-table";
import { finish, Rendered } from "../render/rendered";
import { CorpusSheet } from "../workbook/corpus-workbook";

/**
 * Layout L3 (real-layouts.md §7, official report form; body [R]): the formal document header, "ĐVT: đồng",
 * one row per activity with the number of projects and the support under "Kinh phí khuyến công hỗ trợ" ›
 * Tổng số | KCQG | KCĐP, the column-number row "A | B | 1 | 2=3+4 | 3 | 4 | C" (Tổng số = KCQG + KCĐP), the
 * total at the bottom, a signature. A partial period (9 months).
 */
export function renderSupportByActivity(figures: ReportFigures): Rendered {
  const sheet = new CorpusSheet("Bieu 03");
  let row = documentHeader(sheet, 1, {
    issuer: [`UBND TỈNH ${figures.province.toUpperCase()}`, "SỞ CÔNG THƯƠNG"],
    left: ["A", "B"],
    right: ["D", "G"],
    number: "Số: 318/BC-SCT",
    placeAndDate: `${figures.province}, ngày 05 tháng 10 năm ${figures.year}`,
  });
  const period = figures.months === 12 ? `NĂM ${figures.year}` : `${figures.months} THÁNG NĂM ${figures.year}`;
  row = centredLine(sheet, row, "A", "G", `BÁO CÁO TÌNH HÌNH THỰC HIỆN CÁC ĐỀ ÁN KHUYẾN CÔNG ${period}`, { bold: true, size: 12 });
  row = unitLine(sheet, row + 1, "F", "G", "ĐVT: đồng");
  const top = row;
  header(sheet, `A${top}:A${top + 1}`, "STT");
  header(sheet, `B${top}:B${top + 1}`, "Nội dung");
  header(sheet, `C${top}:C${top + 1}`, "Số đề án");
  header(sheet, `D${top}:F${top}`, "Kinh phí khuyến công hỗ trợ");
  header(sheet, `D${top + 1}`, "Tổng số");
  header(sheet, `E${top + 1}`, "KCQG");
  header(sheet, `F${top + 1}`, "KCĐP");
  header(sheet, `G${top}:G${top + 1}`, "Ghi chú");
  const widths: Record<string, number> = { A: 6, B: 52, C: 10, D: 18, E: 18, F: 18, G: 14 };
  for (const [c, w] of Object.entries(widths)) sheet.width(c, w);
  const table = new TableKeyBuilder([top, top + 1], "A", "G")
    .column("A", { kind: "no" })
    .column("B", { kind: "label" })
    .column("C", { kind: "count", measure: "projects" })
    .column("D", { kind: "amount", measure: "support", fund: "total" })
    .column("E", { kind: "amount", measure: "support", fund: "KCQG" })
    .column("F", { kind: "amount", measure: "support", fund: "KCDP" })
    .column("G", { kind: "note" });
  const numbers = ["A", "B", "1", "2=3+4", "3", "4", "C"];
  numbers.forEach((n, i) => sheet.set(`${"ABCDEFG"[i]}${top + 2}`, n, { style: { italic: true, align: "center" } }));
  table.row(top + 2, "columnNumbers");
  table.columnIdentities = ["2=3+4"];

  const codes: string[] = [];
  for (const p of figures.projects) if (!codes.includes(fineActivity(p.activity).code)) codes.push(fineActivity(p.activity).code);
  const first = top + 3;
  codes.forEach((code, i) => {
    const r = first + i;
    const own = figures.projects.filter((p) => fineActivity(p.activity).code === code);
    sheet.set(`A${r}`, i + 1, { style: { align: "center" } });
    sheet.set(`B${r}`, findActivity(code)!.vi, { style: { wrap: true } });
    sheet.set(`C${r}`, own.length);
    sheet.typed(`D${r}`, `E${r}+F${r}`, { format: DONG.format });
    for (const [col, fund] of [
      ["E", "KCQG"],
      ["F", "KCDP"],
    ] as const) {
      sheet.set(`${col}${r}`, shown(sumOf(own.filter((p) => p.fund === fund).map((p) => p.support)), DONG), { format: DONG.format });
    }
  });
  const totalRow = first + codes.length;
  const rows = codes.map((_, i) => first + i);
  sheet.set(`B${totalRow}`, "Tổng cộng", { style: { bold: true } });
  for (const col of ["C", "D", "E", "F"])
    sheet.typed(`${col}${totalRow}`, sumFormula(col, rows), { format: col === "C" ? undefined : DONG.format, style: { bold: true } });
  table.row(totalRow, "total");
  sheet.boxes.push(`A${top}:G${totalRow}`);
  signatureBlock(
    sheet,
    totalRow + 2,
    { from: "A", to: "B", title: "NGƯỜI LẬP BIỂU", name: "Phạm Thị Lan" },
    { from: "D", to: "G", date: `${figures.province}, ngày 05 tháng 10 năm ${figures.year}`, title: "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", name: "Võ Hữu Phúc" },
  );
  return finish(
    "L3",
    "L3 (real-layouts.md §7): support by activity × Tổng số | KCQG | KCĐP, identity 2=3+4, ĐVT: đồng, total last, 9 months",
    `Bao cao ${figures.months} thang ${figures.year} - ${figures.province}.xlsx`,
    [{ sheet, key: { status: "read", province: figures.province, year: figures.year, months: figures.months, unit: "dong", tables: [table.build(totalRow)] } }],
  );
}
