import ExcelJS from "exceljs";
import { isCellError } from "../../../src/core/workbook/snapshot";
import { CorpusCell, CorpusSheet, CorpusWorkbook, rangeBounds } from "../workbook/corpus-workbook";

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/** The workbook as ExcelJS writes it: shared strings, a styles part, live formulas with cached results. */
export async function writeWithExcelJS(workbook: CorpusWorkbook): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "KC layouts corpus";
  book.created = new Date(Date.UTC(2024, 0, 15));
  book.modified = new Date(Date.UTC(2024, 0, 15));
  for (const sheet of workbook.sheets) addSheet(book, sheet);
  return Buffer.from(await book.xlsx.writeBuffer());
}

export function addSheet(book: ExcelJS.Workbook, sheet: CorpusSheet): ExcelJS.Worksheet {
  const ws = book.addWorksheet(sheet.name);
  for (const range of sheet.boxes) {
    const b = rangeBounds(range);
    for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) ws.getCell(r, c).border = THIN;
  }
  for (const [address, cell] of sheet.cells) writeCell(ws.getCell(address), cell);
  for (const range of sheet.merges) ws.mergeCells(range);
  for (const [column, width] of sheet.widths) ws.getColumn(column).width = width;
  for (const [row, height] of sheet.heights) ws.getRow(row).height = height;
  fitWrappedRows(ws, sheet);
  ws.pageSetup = { orientation: sheet.extent().cols > 6 ? "landscape" : "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 };
  return ws;
}

/** Heights for rows whose wrapped text needs several lines (LibreOffice does not grow them on load). */
export function fitWrappedRows(ws: ExcelJS.Worksheet, sheet: CorpusSheet): void {
  const merged = new Map<string, number>();
  for (const range of sheet.merges) {
    const b = rangeBounds(range);
    let width = 0;
    for (let c = b.left; c <= b.right; c++) width += ws.getColumn(c).width ?? 9;
    merged.set(range.split(":")[0], width / (b.bottom - b.top + 1));
  }
  const lines = new Map<number, number>();
  for (const [address, cell] of sheet.cells) {
    if (!cell.style?.wrap || typeof cell.value !== "string") continue;
    const at = ws.getCell(address);
    const width = merged.get(address) ?? ws.getColumn(at.col).width ?? 9;
    const count = cell.value.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil((part.length * 1.1) / width)), 0);
    const row = Number(at.row);
    lines.set(row, Math.max(lines.get(row) ?? 1, count));
  }
  for (const [row, count] of lines) if (count > 1 && !sheet.heights.has(row)) ws.getRow(row).height = 15 * count;
}

export function writeCell(target: ExcelJS.Cell, cell: CorpusCell): void {
  target.value = excelValue(cell);
  if (cell.format) target.numFmt = cell.format;
  const s = cell.style;
  if (!s) return;
  if (s.bold || s.italic || s.size) target.font = { bold: s.bold, italic: s.italic, size: s.size };
  if (s.wrap || s.align || s.valign) target.alignment = { wrapText: s.wrap, horizontal: s.align, vertical: s.valign };
  if (s.border) target.border = THIN;
}

export function excelValue(cell: CorpusCell): ExcelJS.CellValue {
  const v = cell.value;
  const plain = isCellError(v) ? ({ error: v.error } as ExcelJS.CellErrorValue) : v;
  if (cell.formula !== undefined) return { formula: cell.formula, result: plain ?? undefined } as ExcelJS.CellFormulaValue;
  return plain as ExcelJS.CellValue;
}
