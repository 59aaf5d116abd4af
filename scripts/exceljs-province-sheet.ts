/**
 * Province sheets written with ExcelJS (a devDependency), for the sample workbook and the tests: a second writer
 * beside KC's own package writer, so the reader is tested on what another library writes. Nothing here is part of KC.
 */
import ExcelJS from "exceljs";
import { ComposedSheet } from "../src/core/standard/compose";
import { ColumnSpec, FUNDING_COLUMNS, FUNDING_SOURCES, PROJECT_COLUMNS } from "../src/core/standard/layout";
import { Cell, isCellError } from "../src/core/workbook/snapshot";

export interface WriteSheetOptions {
  /** Blank rows below the project table that get the data validation lists (the template's room to type). */
  blankProjectRows?: number;
  /** Data validation lists on source, activity and status cells (off for very large generated sheets). */
  validations?: boolean;
}

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

function excelValue(cell: Cell): ExcelJS.CellValue {
  const v = cell.value;
  const plain = isCellError(v) ? ({ error: v.error } as ExcelJS.CellErrorValue) : v;
  if (cell.formula !== undefined) return { formula: cell.formula, result: plain ?? undefined } as ExcelJS.CellFormulaValue;
  return plain as ExcelJS.CellValue;
}

function listFormula(list: readonly string[]): string {
  return `"${list.join(",")}"`;
}

/**
 * Writes a composed province sheet (see composeProvinceSheet) into an ExcelJS workbook, as another
 * producer would: the tests and the sample generator (scripts/generate-sample.ts) make their input
 * workbooks with it, so KC is tested on files it did not write. KC itself writes through the package
 * writer (package-writer/province-sheet-writer.ts). Values,
 * formulas with cached results, number formats, bold shaded table headers, column widths, a frozen
 * header block, and data validation lists for source, activity and status.
 */
export function writeProvinceWorksheet(workbook: ExcelJS.Workbook, name: string, composed: ComposedSheet, options: WriteSheetOptions = {}): ExcelJS.Worksheet {
  const { rows, positions: p } = composed;
  const ws = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: p.fundingTitleRow }] });
  rows.forEach((cells, r) => {
    if (cells.length === 0) return;
    const row = ws.getRow(r + 1);
    cells.forEach((cell, c) => {
      if (!cell) return;
      const target = row.getCell(c + 1);
      target.value = excelValue(cell);
      if (cell.format) target.numFmt = cell.format;
    });
  });
  ws.getCell(p.titleRow + 1, 1).font = { bold: true, size: 13 };
  for (const key of Object.values(p.header)) ws.getCell(key.labelRow + 1, key.labelCol + 1).font = { bold: true };
  ws.getCell(p.fundingTitleRow + 1, 1).font = { bold: true };
  ws.getCell(p.projectTitleRow + 1, 1).font = { bold: true };
  styleHeaderRow(ws, p.fundingHeaderRow, p.fundingColumns.length);
  styleHeaderRow(ws, p.projectHeaderRow, p.projectColumns.length);

  const widths = new Map<number, number>();
  const widen = (specs: readonly ColumnSpec<string>[], keys: readonly string[]) =>
    keys.forEach((k, c) => widths.set(c, Math.max(widths.get(c) ?? 10, specs.find((s) => s.key === k)!.width)));
  widen(FUNDING_COLUMNS, p.fundingColumns);
  widen(PROJECT_COLUMNS, p.projectColumns);
  widths.forEach((w, c) => (ws.getColumn(c + 1).width = w));

  if (options.validations ?? true) {
    const sourceCol = p.fundingColumns.indexOf("source");
    for (let i = 0; i < Math.max(p.fundingRows, 3); i++) {
      if (sourceCol >= 0) listValidation(ws.getCell(p.fundingHeaderRow + 2 + i, sourceCol + 1), FUNDING_SOURCES);
    }
    const lastRow = p.projectRows + (options.blankProjectRows ?? 0);
    for (const spec of PROJECT_COLUMNS) {
      const c = p.projectColumns.indexOf(spec.key);
      if (spec.kind !== "list" || !spec.list || c < 0) continue;
      for (let i = 0; i < lastRow; i++) listValidation(ws.getCell(p.projectHeaderRow + 2 + i, c + 1), spec.list);
    }
    for (let i = p.projectRows; i < lastRow; i++) {
      p.projectColumns.forEach((key, c) => {
        const spec = PROJECT_COLUMNS.find((s) => s.key === key)!;
        const fmt = spec.kind === "amount" ? "#,##0.00" : spec.kind === "count" ? "0" : undefined;
        if (fmt) ws.getCell(p.projectHeaderRow + 2 + i, c + 1).numFmt = fmt;
      });
    }
  }
  return ws;
}

function styleHeaderRow(ws: ExcelJS.Worksheet, row: number, columns: number): void {
  const r = ws.getRow(row + 1);
  r.height = 32;
  for (let c = 1; c <= columns; c++) {
    const cell = r.getCell(c);
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  }
}

function listValidation(cell: ExcelJS.Cell, list: readonly string[]): void {
  cell.dataValidation = { type: "list", allowBlank: true, formulae: [listFormula(list)], showErrorMessage: true };
}
