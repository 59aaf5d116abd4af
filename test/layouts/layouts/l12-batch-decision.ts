import { Project, ReportFigures } from "../model/figures";
import { DONG, header, shown, TableKeyBuilder } from "../render/kit";
import { centredLine, unitLine } from "../render/official";
import { sumFormula } from "../render/project-table";
import { finish, Rendered } from "../render/rendered";
import { CorpusSheet } from "../workbook/corpus-workbook";

/**
 * Layout L12 (real-layouts.md §3.3, table [R/I]): the phụ lục of a decision approving a batch ("đợt 3") of
 * KCĐP projects, "ĐVT: đồng", several beneficiaries on sub-rows under one project (the STT and the name
 * merged down, beneficiaries numbered "1.1", "1.2", each with its own amounts), the total at the bottom;
 * then PHỤ LỤC II, the projects of an earlier batch that stop, a second table on the same sheet.
 */
export function renderBatchDecision(figures: ReportFigures, stopped: readonly Project[]): Rendered {
  const sheet = new CorpusSheet("Phu luc");
  let row = centredLine(sheet, 1, "A", "G", "PHỤ LỤC I", { bold: true });
  row = centredLine(sheet, row, "A", "G", `DANH MỤC ĐỀ ÁN KHUYẾN CÔNG ĐỊA PHƯƠNG ĐƯỢC HỖ TRỢ ĐỢT 3 NĂM ${figures.year}`, { bold: true, size: 12 });
  row = centredLine(sheet, row, "A", "G", `(Kèm theo Quyết định số 1515/QĐ-UBND.HC ngày 06/10/${figures.year} của UBND tỉnh ${figures.province})`, {
    italic: true,
  });
  row = unitLine(sheet, row, "F", "G", "ĐVT: đồng");
  const top = row;
  ["STT", "Tên đề án", "Đơn vị thụ hưởng", "Địa chỉ", "Tổng kinh phí", "Kinh phí KCĐP\nhỗ trợ", "Đối ứng"].forEach((h, i) =>
    header(sheet, `${"ABCDEFG"[i]}${top}`, h),
  );
  sheet.heights.set(top, 32);
  const widths: Record<string, number> = { A: 6, B: 44, C: 30, D: 30, E: 17, F: 17, G: 17 };
  for (const [c, w] of Object.entries(widths)) sheet.width(c, w);
  const table = new TableKeyBuilder([top], "A", "G")
    .column("A", { kind: "no" })
    .column("B", { kind: "label" })
    .column("C", { kind: "beneficiary" })
    .column("D", { kind: "note" })
    .column("E", { kind: "amount", measure: "cost" })
    .column("F", { kind: "amount", measure: "support", fund: "KCDP" })
    .column("G", { kind: "amount", measure: "counterpart" });
  let r = top + 1;
  const itemRows: number[] = [];
  figures.projects.forEach((p, i) => {
    const first = r;
    sheet.set(`A${r}`, i + 1, { style: { align: "center", valign: "middle" } });
    sheet.set(`B${r}`, p.name, { style: { wrap: true, valign: "middle" } });
    p.beneficiaries.forEach((b, j) => {
      const share = b.share ?? p;
      sheet.set(`C${r}`, `${i + 1}.${j + 1} ${b.name}`);
      sheet.set(`D${r}`, b.address);
      sheet.typed(`E${r}`, `F${r}+G${r}`, { format: DONG.format });
      sheet.set(`F${r}`, shown(share.support, DONG), { format: DONG.format });
      sheet.set(`G${r}`, shown(share.counterpart, DONG), { format: DONG.format });
      itemRows.push(r);
      r++;
    });
    if (r - 1 > first) {
      sheet.merge(`A${first}:A${r - 1}`);
      sheet.merge(`B${first}:B${r - 1}`);
    }
  });
  const totalRow = r;
  sheet.set(`B${totalRow}`, "Tổng cộng", { style: { bold: true } });
  for (const col of ["E", "F", "G"]) sheet.typed(`${col}${totalRow}`, sumFormula(col, itemRows), { format: DONG.format, style: { bold: true } });
  table.row(totalRow, "total");
  sheet.boxes.push(`A${top}:G${totalRow}`);

  // PHỤ LỤC II: the stopped projects.
  row = centredLine(sheet, totalRow + 3, "A", "G", "PHỤ LỤC II", { bold: true });
  row = centredLine(sheet, row, "A", "G", `DANH MỤC ĐỀ ÁN KHUYẾN CÔNG ĐỊA PHƯƠNG NGỪNG THỰC HIỆN (ĐỢT 1 NĂM ${figures.year})`, { bold: true });
  row = unitLine(sheet, row, "F", "G", "ĐVT: đồng");
  const top2 = row;
  ["STT", "Tên đề án", "Đơn vị thụ hưởng", "Kinh phí KCĐP đã phê duyệt", "Lý do"].forEach((h, i) => header(sheet, `${"ABCDE"[i]}${top2}`, h));
  const stops = new TableKeyBuilder([top2], "A", "E")
    .column("A", { kind: "no" })
    .column("B", { kind: "label" })
    .column("C", { kind: "beneficiary" })
    .column("D", { kind: "amount", measure: "support", fund: "KCDP" })
    .column("E", { kind: "note" });
  stopped.forEach((p, i) => {
    const at = top2 + 1 + i;
    sheet.set(`A${at}`, i + 1, { style: { align: "center" } });
    sheet.set(`B${at}`, p.name, { style: { wrap: true } });
    sheet.set(`C${at}`, p.beneficiaries.map((b) => b.name).join("; "));
    sheet.set(`D${at}`, shown(p.support, DONG), { format: DONG.format });
    sheet.set(`E${at}`, "Theo đề nghị của đơn vị thụ hưởng", { style: { wrap: true } });
  });
  const last2 = top2 + stopped.length;
  sheet.boxes.push(`A${top2}:E${last2}`);
  return finish(
    "L12",
    "L12 (real-layouts.md §3.3): batch decision in đồng, beneficiaries on sub-rows with their own amounts, total last, a second table of stopped projects",
    `QD 1515 dot 3 nam ${figures.year}.xlsx`,
    [
      {
        sheet,
        key: {
          status: "read",
          province: figures.province,
          year: figures.year,
          months: 12,
          fund: "KCDP",
          unit: "dong",
          tables: [table.build(totalRow), stops.build(last2)],
        },
      },
    ],
  );
}
