import { ReportFigures } from "../model/figures";
import { recipients, text, TRIEU } from "../render/kit";
import { centredLine, documentHeader, unitLine } from "../render/official";
import {
  beneficiaryColumn,
  costColumn,
  counterpartColumn,
  implementerColumn,
  nameColumn,
  noColumn,
  noteColumn,
  supportColumn,
} from "../render/project-columns";
import { writeProjectTable } from "../render/project-table";
import { finish, Rendered } from "../render/rendered";
import { sectionsByActivity } from "../render/sections";
import { CorpusSheet } from "../workbook/corpus-workbook";

/**
 * Layout L2 (real-layouts.md §7, official plan form; body [R]): the formal two-column document header
 * (UBND TỈNH … / SỞ CÔNG THƯƠNG | quốc hiệu, number, place and date), "Biểu số 02", the fund in the title
 * only ("KẾ HOẠCH KHUYẾN CÔNG QUỐC GIA NĂM …"), "ĐVT: triệu đồng", a column-number row "1=2+3", the total
 * FIRST, Roman-numeral sections by activity carrying subtotals, group projects with no beneficiary, "Nơi
 * nhận" and a signature. Only the KCQG projects of the figures are listed.
 */
export function renderPlanByActivity(figures: ReportFigures): Rendered {
  const planYear = figures.year;
  const projects = figures.projects.filter((p) => p.fund === "KCQG");
  const sheet = new CorpusSheet("KH KCQG");
  let row = documentHeader(sheet, 1, {
    issuer: [`UBND TỈNH ${figures.province.toUpperCase()}`, "SỞ CÔNG THƯƠNG"],
    left: ["A", "C"],
    right: ["D", "H"],
    number: "Số: 125/KH-SCT",
    placeAndDate: `${figures.province}, ngày 20 tháng 12 năm ${planYear - 1}`,
  });
  text(sheet, `G${row}:H${row}`, "Biểu số 02", { bold: true, align: "right" });
  row = centredLine(sheet, row + 1, "A", "H", `KẾ HOẠCH KHUYẾN CÔNG QUỐC GIA NĂM ${planYear}`, { bold: true, size: 12 });
  row = centredLine(sheet, row, "A", "H", `(Kèm theo Kế hoạch số 125/KH-SCT ngày 20/12/${planYear - 1} của Sở Công Thương)`, { italic: true });
  row = unitLine(sheet, row, "G", "H", "ĐVT: triệu đồng");
  const table = writeProjectTable(sheet, {
    row,
    style: TRIEU,
    total: { position: "first", label: "TỔNG CỘNG" },
    sections: sectionsByActivity(projects),
    columns: [
      noColumn({ number: "A" }),
      nameColumn({ number: "B" }),
      implementerColumn({ number: "C" }),
      beneficiaryColumn({ number: "D" }),
      costColumn({ parent: "Dự kiến kinh phí", number: "1=2+3" }),
      supportColumn({ header: "KCQG hỗ trợ", parent: "Dự kiến kinh phí", number: "2" }),
      counterpartColumn({ header: "Đối ứng của đơn vị thụ hưởng", parent: "Dự kiến kinh phí", number: "3" }),
      noteColumn({ number: "E" }),
    ],
  });
  const end = recipients(sheet, table.lastRow + 2, "A", ["- Cục Công Thương địa phương;", "- UBND tỉnh (b/c);", "- Lưu: VT, QLCN."]);
  text(sheet, `F${table.lastRow + 2}:H${table.lastRow + 2}`, "GIÁM ĐỐC", { bold: true, align: "center" });
  text(sheet, `F${end + 3}:H${end + 3}`, "Lê Minh Trung", { bold: true, align: "center" });
  return finish(
    "L2",
    "L2 (real-layouts.md §7): KCQG plan, formal header, fund in the title, sections by activity with subtotals, total first",
    `KH khuyen cong quoc gia ${planYear}.xlsx`,
    [
      {
        sheet,
        key: {
          status: "read",
          province: figures.province,
          year: planYear,
          months: 12,
          fund: "KCQG",
          unit: "trieu",
          tables: [table.key.build(table.lastRow)],
        },
      },
    ],
  );
}
