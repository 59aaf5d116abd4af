import { ReportFigures } from "../model/figures";
import { text, TRIEU } from "../render/kit";
import { centredLine, unitLine } from "../render/official";
import {
  beneficiaryColumn,
  costColumn,
  counterpartColumn,
  implementerColumn,
  nameColumn,
  noColumn,
  noteColumn,
  supportColumn,
  timeColumn,
} from "../render/project-columns";
import { writeProjectTable } from "../render/project-table";
import { finish, Rendered } from "../render/rendered";
import { sectionsByActivity, sectionsByFund } from "../render/sections";
import { CorpusSheet } from "../workbook/corpus-workbook";

export interface PlanAnnexOptions {
  /** Subtotals, the total and each project's cost as live formulas ("4=5+6" kept by the sheet itself). */
  formulas?: boolean;
  /** Both funds: "A. KINH PHÍ KHUYẾN CÔNG QUỐC GIA", "B. … ĐỊA PHƯƠNG", with the activity sections inside. */
  byFund?: boolean;
  sheetName?: string;
}

/**
 * Layout L11 (real-layouts.md §3.2): the phụ lục "Danh mục đề án" of a provincial decision approving the
 * KCĐP plan: a short issuer line, "PHỤ LỤC", the fund in the title, "(Kèm theo Quyết định …)", "ĐVT: triệu
 * đồng", a two-row header with "Kinh phí" over Tổng cộng | KCĐP hỗ trợ | Đối ứng, the column-number row
 * "A | B | 1 | 2 | 3 | 4=5+6 | 5 | 6 | 7", "TỔNG CỘNG (n đề án)" FIRST, Roman-numeral sections by activity
 * with subtotals, group projects with no beneficiary. With `byFund`, a plan over both funds: a section per
 * fund (A, B) holding the activity sections, "TỔNG CỘNG (A+B)".
 */
export function renderPlanAnnex(figures: ReportFigures, options: PlanAnnexOptions = {}): Rendered {
  const sheet = new CorpusSheet(options.sheetName ?? "PL danh muc");
  text(sheet, "A1:C1", `UBND TỈNH ${figures.province.toUpperCase()}`, { bold: true, align: "center" });
  let row = centredLine(sheet, 3, "A", "I", "PHỤ LỤC", { bold: true });
  const title = options.byFund ? `KẾ HOẠCH KHUYẾN CÔNG NĂM ${figures.year}` : `KẾ HOẠCH KHUYẾN CÔNG ĐỊA PHƯƠNG NĂM ${figures.year}`;
  row = centredLine(sheet, row, "A", "I", title, { bold: true, size: 12 });
  row = centredLine(sheet, row, "A", "I", `(Kèm theo Quyết định số 456/QĐ-UBND ngày 25 tháng 02 năm ${figures.year} của UBND tỉnh)`, { italic: true });
  row = unitLine(sheet, row, "H", "I", "ĐVT: triệu đồng");
  const projects = options.byFund ? figures.projects : figures.projects.filter((p) => p.fund === "KCDP");
  const sections = options.byFund ? sectionsByFund(projects) : sectionsByActivity(projects);
  const table = writeProjectTable(sheet, {
    row,
    style: TRIEU,
    formulas: options.formulas,
    total: { position: "first", label: options.byFund ? "TỔNG CỘNG (A+B)" : `TỔNG CỘNG (${projects.length} đề án)` },
    sections,
    columns: [
      noColumn({ number: "A" }),
      nameColumn({ header: "Nội dung / Tên đề án", number: "B" }),
      implementerColumn({ number: "1" }),
      beneficiaryColumn({ header: "Đơn vị thụ hưởng, địa điểm", number: "2", withAddress: true }),
      timeColumn({ header: "Thời gian TH", number: "3" }),
      costColumn({ header: "Tổng cộng", parent: "Kinh phí", number: "4=5+6" }),
      supportColumn({
        header: options.byFund ? "Kinh phí khuyến công hỗ trợ" : "KCĐP hỗ trợ",
        parent: "Kinh phí",
        number: "5",
        fund: options.byFund ? undefined : "KCDP",
      }),
      counterpartColumn({ header: "Đối ứng", parent: "Kinh phí", number: "6" }),
      noteColumn({ number: "7" }),
    ],
  });
  const id = `L11${options.byFund ? "-funds" : ""}${options.formulas ? "-formulas" : ""}`;
  const what = options.byFund ? "sections by fund then activity" : "sections by activity";
  return finish(
    id,
    `L11 (real-layouts.md §3.2): plan annex of a provincial decision, ${what}, total first, identity 4=5+6${options.formulas ? ", live formulas" : ""}`,
    `QD phe duyet ke hoach khuyen cong ${figures.year} - ${figures.province}.xlsx`,
    [
      {
        sheet,
        key: {
          status: "read",
          province: figures.province,
          year: figures.year,
          months: 12,
          ...(options.byFund ? {} : { fund: "KCDP" as const }),
          unit: "trieu",
          tables: [table.key.build(table.lastRow)],
        },
      },
    ],
  );
}
