import { RegionFigures } from "../model/figures";
import { roman, text, TRIEU } from "../render/kit";
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
  timeColumn,
} from "../render/project-columns";
import { Section, writeProjectTable } from "../render/project-table";
import { finish, Rendered } from "../render/rendered";
import { CorpusSheet } from "../workbook/corpus-workbook";

/** How a section row names a province: upper case, as the ministry's lists do ("TỈNH HÒA BÌNH"). */
export function provinceSectionLabel(province: string): string {
  return `TỈNH ${province.normalize("NFC").replace("Hoà", "Hòa").toUpperCase()}`;
}

/**
 * Layout L14 (real-layouts.md §7, ministry list [R with V facts]): the ministry's formal header, the
 * fund in the title ("DANH MỤC ĐỀ ÁN KHUYẾN CÔNG QUỐC GIA …"), "(Kèm theo Quyết định …/QĐ-BCT …)", "ĐVT:
 * triệu đồng", TỔNG CỘNG first, a Roman-numeral section per province carrying its subtotal, group projects
 * with no beneficiary, the signature of a vice-minister. The sheet names no single province.
 */
export function renderNationalList(region: RegionFigures): Rendered {
  const sheet = new CorpusSheet("Danh muc");
  let row = documentHeader(sheet, 1, {
    issuer: ["BỘ CÔNG THƯƠNG"],
    left: ["A", "C"],
    right: ["E", "I"],
    number: "Số: 2950/QĐ-BCT",
    placeAndDate: `Hà Nội, ngày 28 tháng 12 năm ${region.year - 1}`,
  });
  row = centredLine(sheet, row, "A", "I", `DANH MỤC ĐỀ ÁN KHUYẾN CÔNG QUỐC GIA THỰC HIỆN NĂM ${region.year}`, { bold: true, size: 12 });
  row = centredLine(sheet, row, "A", "I", `(Kèm theo Quyết định số 2950/QĐ-BCT ngày 28 tháng 12 năm ${region.year - 1} của Bộ trưởng Bộ Công Thương)`, {
    italic: true,
  });
  row = unitLine(sheet, row, "H", "I", "ĐVT: triệu đồng");
  const sections: Section[] = region.reports.map((report, i) => ({
    no: roman(i + 1),
    label: provinceSectionLabel(report.province),
    province: report.province,
    projects: report.projects,
  }));
  const table = writeProjectTable(sheet, {
    row,
    style: TRIEU,
    total: { position: "first", label: "TỔNG CỘNG" },
    sections,
    columns: [
      noColumn(),
      nameColumn(),
      implementerColumn(),
      beneficiaryColumn(),
      timeColumn(),
      costColumn({ parent: "Kinh phí" }),
      supportColumn({ header: "Kinh phí KCQG hỗ trợ", parent: "Kinh phí", fund: "KCQG" }),
      counterpartColumn({ parent: "Kinh phí" }),
      noteColumn(),
    ],
  });
  text(sheet, `F${table.lastRow + 2}:I${table.lastRow + 2}`, "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG", { bold: true, align: "center", wrap: true });
  return finish(
    "L14",
    "L14 (real-layouts.md §7): the ministry's KCQG list, sections by province with subtotals, total first, group projects",
    `Danh muc de an KCQG ${region.year}.xlsx`,
    [{ sheet, key: { status: "read", year: region.year, months: 12, fund: "KCQG", unit: "trieu", tables: [table.key.build(table.lastRow)] } }],
  );
}
