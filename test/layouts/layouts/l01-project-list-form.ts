import { ReportFigures } from "../model/figures";
import { DONG, signatureBlock, text } from "../render/kit";
import { centredLine, unitLine } from "../render/official";
import {
  activityColumn,
  beneficiaryColumn,
  costColumn,
  counterpartColumn,
  fundColumn,
  nameColumn,
  noColumn,
  noteColumn,
  supportColumn,
} from "../render/project-columns";
import { writeProjectTable } from "../render/project-table";
import { finish, Rendered } from "../render/rendered";
import { CorpusSheet } from "../workbook/corpus-workbook";

/**
 * Layout L1 (real-layouts.md §7, official form "Mẫu số 01", hand-copied from the Word form; body [I/R]):
 * the caption and "(Kèm theo Thông tư …)" line, the reporting unit naming the province, "ĐVT: đồng" on its
 * own line, a two-row header with "Kinh phí thực hiện" over Tổng số | hỗ trợ | đối ứng, a column-number row
 * "A … E | 1=2+3 | 2 | 3 | F", the fund per row (KCQG / KCĐP), the total at the bottom, a signature block.
 */
export function renderProjectListForm(figures: ReportFigures): Rendered {
  const sheet = new CorpusSheet("Mau 01");
  text(sheet, "H1:I1", "Mẫu số 01", { bold: true, align: "right" });
  let row = centredLine(sheet, 2, "A", "I", `DANH MỤC ĐỀ ÁN KHUYẾN CÔNG NĂM ${figures.year}`, { bold: true, size: 12 });
  row = centredLine(sheet, row, "A", "I", "(Kèm theo Thông tư số 28/2018/TT-BTC ngày 28 tháng 3 năm 2018 của Bộ trưởng Bộ Tài chính)", { italic: true });
  text(sheet, `A${row}:E${row}`, `Đơn vị báo cáo: Sở Công Thương tỉnh ${figures.province}`);
  row = unitLine(sheet, row + 1, "H", "I", "ĐVT: đồng");
  const table = writeProjectTable(sheet, {
    row,
    style: DONG,
    total: { position: "last", label: "Tổng cộng" },
    projects: figures.projects,
    numbering: "continuous",
    columns: [
      noColumn({ number: "A" }),
      nameColumn({ number: "B" }),
      beneficiaryColumn({ number: "C" }),
      activityColumn({ number: "D" }),
      fundColumn({ KCQG: "KCQG", KCDP: "KCĐP" }, { number: "E" }),
      costColumn({ header: "Tổng số", parent: "Kinh phí thực hiện", number: "1=2+3", width: 17 }),
      supportColumn({ parent: "Kinh phí thực hiện", number: "2", width: 17 }),
      counterpartColumn({ parent: "Kinh phí thực hiện", number: "3", width: 17 }),
      noteColumn({ number: "F" }),
    ],
  });
  signatureBlock(
    sheet,
    table.lastRow + 2,
    { from: "A", to: "C", title: "NGƯỜI LẬP BIỂU", name: "Nguyễn Thị Hạnh" },
    { from: "F", to: "I", date: `${figures.province}, ngày 15 tháng 01 năm ${figures.year}`, title: "GIÁM ĐỐC", name: "Trần Văn Sơn" },
  );
  return finish(
    "L1",
    "L1 (real-layouts.md §7): official project form, ĐVT: đồng line, column numbers, fund per row, total last, signature",
    `Mau01_${figures.year}.xlsx`,
    [
      {
        sheet,
        key: {
          status: "read",
          province: figures.province,
          year: figures.year,
          months: 12,
          unit: "dong",
          tables: [table.key.build(table.lastRow)],
        },
      },
    ],
  );
}
