import { ReportFigures } from "../model/figures";
import { signatureBlock, text, TRIEU_1 } from "../render/kit";
import { centredLine } from "../render/official";
import {
  beneficiaryCountColumn,
  costColumn,
  counterpartColumn,
  fundColumn,
  nameColumn,
  noColumn,
  noteColumn,
  statusColumn,
  supportColumn,
} from "../render/project-columns";
import { writeProjectTable } from "../render/project-table";
import { finish, Rendered } from "../render/rendered";
import { CorpusSheet } from "../workbook/corpus-workbook";

/**
 * Layout L5 (real-layouts.md §7, official results form; body [R]): the issuer on one line, "Mẫu số 05", the
 * unit only inside the parent header "Kinh phí (triệu đồng)" with one decimal shown, the fund per row as
 * "Trung ương" / "Địa phương", the number of beneficiaries and the status of each project, a column-number
 * row, the total at the bottom, a signature.
 */
export function renderProjectResults(figures: ReportFigures): Rendered {
  const sheet = new CorpusSheet("Bieu 05");
  text(sheet, "A1:C1", `SỞ CÔNG THƯƠNG TỈNH ${figures.province.toUpperCase()}`, { bold: true, align: "center" });
  text(sheet, "H1:I1", "Mẫu số 05", { bold: true, align: "right" });
  const row = centredLine(sheet, 3, "A", "I", `BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC ĐỀ ÁN KHUYẾN CÔNG NĂM ${figures.year}`, { bold: true, size: 12 });
  const parent = "Kinh phí (triệu đồng)";
  const table = writeProjectTable(sheet, {
    row: row + 1,
    style: TRIEU_1,
    total: { position: "last", label: "Tổng cộng" },
    projects: figures.projects,
    numbering: "continuous",
    columns: [
      noColumn({ number: "A" }),
      nameColumn({ number: "B" }),
      fundColumn({ KCQG: "Trung ương", KCDP: "Địa phương" }, { header: "Nguồn vốn", number: "C" }),
      beneficiaryCountColumn({ number: "1" }),
      costColumn({ header: "Tổng số", parent, number: "2=3+4" }),
      supportColumn({ header: "Khuyến công hỗ trợ", parent, number: "3" }),
      counterpartColumn({ header: "Đối ứng", parent, number: "4" }),
      statusColumn({ header: "Tình hình thực hiện", number: "D" }),
      noteColumn({ number: "E" }),
    ],
  });
  signatureBlock(
    sheet,
    table.lastRow + 2,
    { from: "A", to: "C", title: "NGƯỜI LẬP BIỂU", name: "Hồ Thị Yến" },
    { from: "F", to: "I", date: `${figures.province}, ngày 10 tháng 01 năm ${figures.year + 1}`, title: "GIÁM ĐỐC", name: "Đặng Văn Nam" },
  );
  return finish(
    "L5",
    "L5 (real-layouts.md §7): project results, unit inside the parent header, fund per row as Trung ương / Địa phương, total last",
    `Ket qua de an ${figures.year}.xlsx`,
    [{ sheet, key: { status: "read", province: figures.province, year: figures.year, months: 12, unit: "trieu", tables: [table.key.build(table.lastRow)] } }],
  );
}
