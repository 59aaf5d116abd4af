import ExcelJS from "exceljs";
import { parseA1 } from "../../src/core/workbook/snapshot";
import { renderPlanAnnex } from "./layouts/l11-plan-annex";
import { renderStandard } from "./layouts/standard";
import { ReportFigures } from "./model/figures";
import { generateReport } from "./model/generate";
import { Rendered } from "./render/rendered";
import { CorpusCell, CorpusSheet, rangeBounds } from "./workbook/corpus-workbook";
import { writeCell } from "./writers/exceljs-writer";

/**
 * The benchmark's workbooks (issue #10, "Proof"): the same figures, one province per sheet, laid out in
 * KC's standard layout or in a real one, L11 with both funds (real-layouts.md §3.2: a decision's annex,
 * sections by fund then by activity with subtotals, the total first, merged two-row headers, a
 * column-number row). Written with ExcelJS's streaming writer, one sheet in memory at a time.
 */

export type BenchLayout = "standard" | "real";

/** The 63 provinces before 1 July 2025, for sheet names and title blocks. */
export const PROVINCES_63 = [
  "Hà Nội", "Hà Giang", "Cao Bằng", "Bắc Kạn", "Tuyên Quang", "Lào Cai", "Điện Biên", "Lai Châu", "Sơn La", "Yên Bái", "Hoà Bình",
  "Thái Nguyên", "Lạng Sơn", "Quảng Ninh", "Bắc Giang", "Phú Thọ", "Vĩnh Phúc", "Bắc Ninh", "Hải Dương", "Hải Phòng", "Hưng Yên",
  "Thái Bình", "Hà Nam", "Nam Định", "Ninh Bình", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Thừa Thiên Huế",
  "Đà Nẵng", "Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa", "Ninh Thuận", "Bình Thuận", "Kon Tum", "Gia Lai",
  "Đắk Lắk", "Đắk Nông", "Lâm Đồng", "Bình Phước", "Tây Ninh", "Bình Dương", "Đồng Nai", "Bà Rịa - Vũng Tàu", "Hồ Chí Minh", "Long An",
  "Tiền Giang", "Bến Tre", "Trà Vinh", "Vĩnh Long", "Đồng Tháp", "An Giang", "Kiên Giang", "Cần Thơ", "Hậu Giang", "Sóc Trăng",
  "Bạc Liêu", "Cà Mau",
] as const; // prettier-ignore

export interface BenchOptions {
  sheets?: number;
  projects?: number;
  year?: number;
}

/** The figures of sheet `i` (0-based): a quarter of the projects national, the rest local. */
export function benchFigures(i: number, projects = 2000, year = 2023): ReportFigures {
  const national = Math.round(projects / 4);
  return generateReport({
    seed: 10_000 + i,
    province: PROVINCES_63[i % PROVINCES_63.length],
    year,
    months: 12,
    projects: { KCQG: national, KCDP: projects - national },
  });
}

/** One province's sheet in the chosen layout. */
export function benchSheet(figures: ReportFigures, layout: BenchLayout): Rendered {
  return layout === "standard" ? renderStandard(figures) : renderPlanAnnex(figures, { byFund: true, sheetName: figures.province });
}

/** Writes the benchmark workbook: `sheets` provinces × `projects` projects, in the standard or the real layout. */
export async function writeBenchWorkbook(path: string, layout: BenchLayout, options: BenchOptions = {}): Promise<void> {
  const sheets = options.sheets ?? 63;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: true });
  for (let i = 0; i < sheets; i++) {
    const rendered = benchSheet(benchFigures(i, options.projects ?? 2000, options.year ?? 2023), layout);
    writeStreamedSheet(workbook, rendered.workbook.sheets[0]);
  }
  await workbook.commit();
}

function writeStreamedSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheet: CorpusSheet): void {
  const ws = workbook.addWorksheet(sheet.name);
  for (const [column, width] of sheet.widths) ws.getColumn(column).width = width;
  // The streaming writer merges only rows it has not committed yet.
  for (const range of sheet.merges) ws.mergeCells(range);
  const rows = new Map<number, [number, CorpusCell][]>();
  for (const [address, cell] of sheet.cells) {
    const { row, col } = parseA1(address);
    if (!rows.has(row + 1)) rows.set(row + 1, []);
    rows.get(row + 1)!.push([col + 1, cell]);
  }
  const boxed = (r: number, c: number) =>
    sheet.boxes.some((range) => {
      const b = rangeBounds(range);
      return r >= b.top && r <= b.bottom && c >= b.left && c <= b.right;
    });
  const { rows: last, cols } = sheet.extent();
  for (let r = 1; r <= last; r++) {
    const row = ws.getRow(r);
    for (const [c, cell] of rows.get(r) ?? []) writeCell(row.getCell(c), cell);
    for (let c = 1; c <= cols; c++) if (boxed(r, c)) row.getCell(c).border = THIN;
    if (sheet.heights.has(r)) row.height = sheet.heights.get(r)!;
    row.commit();
  }
  ws.commit();
}

const THIN: Partial<ExcelJS.Borders> = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
