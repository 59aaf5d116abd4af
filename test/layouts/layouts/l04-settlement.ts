import { Decimal } from "../../../src/core/numbers/decimal-config";
import { ReportFigures } from "../model/figures";
import { DONG, shown, signatureBlock, text } from "../render/kit";
import { centredLine, unitLine } from "../render/official";
import { beneficiaryColumn, costColumn, counterpartColumn, nameColumn, noColumn, noteColumn, supportColumn } from "../render/project-columns";
import { writeProjectTable } from "../render/project-table";
import { finish, Rendered } from "../render/rendered";
import { CorpusSheet } from "../workbook/corpus-workbook";

/**
 * Layout L4 (real-layouts.md §7: the name of the official form is verified, "…quyết toán kinh phí khuyến
 * công quốc gia"; body [R]): the fund only in the title, "ĐVT: đồng", the approved support of each
 * project beside the settled Tổng số | KCQG | Vốn đối ứng, a column-number row with "2=3+4", the total at
 * the bottom, a signature. Only the KCQG projects; some settle below their approval.
 */
export function renderSettlement(figures: ReportFigures): Rendered {
  const projects = figures.projects.filter((p) => p.fund === "KCQG");
  const sheet = new CorpusSheet("Quyet toan");
  text(sheet, "A1:C1", `SỞ CÔNG THƯƠNG TỈNH ${figures.province.toUpperCase()}`, { bold: true, align: "center" });
  text(sheet, "H1:I1", "Mẫu số 04", { bold: true, align: "right" });
  let row = centredLine(sheet, 3, "A", "I", `BÁO CÁO QUYẾT TOÁN KINH PHÍ KHUYẾN CÔNG QUỐC GIA NĂM ${figures.year}`, { bold: true, size: 12 });
  row = unitLine(sheet, row + 1, "H", "I", "ĐVT: đồng");
  const approvedOf = (i: number, support: Decimal) => (i % 3 === 1 ? support.plus(new Decimal(5_000_000).times(1 + (i % 4))) : support);
  const table = writeProjectTable(sheet, {
    row,
    style: DONG,
    total: { position: "last", label: "Tổng cộng" },
    projects,
    numbering: "continuous",
    columns: [
      noColumn({ number: "A" }),
      nameColumn({ number: "B" }),
      beneficiaryColumn({ number: "C" }),
      {
        id: "decision",
        header: "Quyết định phê duyệt",
        width: 18,
        number: "D",
        role: { kind: "note" },
        value: ({ no }) => ({ value: `${140 + Number(no)}/QĐ-BCT` }),
      },
      {
        id: "approved",
        header: "Kinh phí KCQG được duyệt",
        width: 17,
        number: "1",
        role: { kind: "amount", measure: "allocated", fund: "KCQG" },
        summed: true,
        value: ({ project, no, style }) => ({ value: shown(approvedOf(Number(no), project.support), style), format: style.format }),
      },
      costColumn({ header: "Tổng số", parent: "Kinh phí quyết toán", number: "2=3+4", width: 17 }),
      supportColumn({ header: "Kinh phí KCQG", parent: "Kinh phí quyết toán", number: "3", width: 17, fund: "KCQG" }),
      counterpartColumn({ parent: "Kinh phí quyết toán", number: "4", width: 17 }),
      noteColumn({ number: "E" }),
    ],
  });
  signatureBlock(
    sheet,
    table.lastRow + 2,
    { from: "A", to: "C", title: "KẾ TOÁN", name: "Đỗ Thị Mai" },
    { from: "F", to: "I", date: `${figures.province}, ngày 28 tháng 02 năm ${figures.year + 1}`, title: "GIÁM ĐỐC", name: "Bùi Văn Dũng" },
  );
  return finish(
    "L4",
    "L4 (real-layouts.md §7): KCQG settlement, fund in the title, ĐVT: đồng, approved vs settled, identity 2=3+4, total last",
    `Quyet toan KCQG ${figures.year}.xlsx`,
    [
      {
        sheet,
        key: {
          status: "read",
          province: figures.province,
          year: figures.year,
          months: 12,
          fund: "KCQG",
          unit: "dong",
          tables: [table.key.build(table.lastRow)],
        },
      },
    ],
  );
}
