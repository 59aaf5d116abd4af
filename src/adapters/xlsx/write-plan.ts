import ExcelJS from "exceljs";
import { PlanCell, SheetPlan, StyleName, SummaryPlan } from "../../core/summary/plan-types";
import { linkLocation } from "../../core/summary/sheet-ref";
import { stringLiteral } from "../../core/summary/segment-formula";
import { GENERATED_MARKER } from "../../core/summary/plan-types";

/**
 * Executes a SummaryPlan on an ExcelJS workbook loaded from the user's file: removes the generated tabs
 * the plan drops, replaces generated tabs in place (same position), appends new tabs, and writes cells
 * (formulas with their cached results), number formats, styles, merges, widths, hidden rows, frozen panes
 * and internal hyperlinks. ExcelJS cannot write charts: `addChartsToXlsx` (write-chart.ts) adds them to the bytes written.
 *
 * The planner decided every name; this adapter refuses, rather than overwrite, a sheet that does not carry
 * the generated marker.
 */
export function applySummaryPlan(workbook: ExcelJS.Workbook, plan: SummaryPlan): void {
  for (const name of plan.remove) removeGenerated(workbook, name);
  for (const sheet of plan.sheets) {
    let orderNo: number | undefined;
    if (sheet.replaces !== undefined) {
      const old = findSheet(workbook, sheet.replaces);
      if (old) {
        orderNo = ordered(old).orderNo;
        removeGenerated(workbook, sheet.replaces);
      }
    }
    if (findSheet(workbook, sheet.name)) throw new Error(`Refusing to overwrite the sheet "${sheet.name}": KC did not generate it.`);
    const ws = workbook.addWorksheet(sheet.name);
    if (orderNo !== undefined) ordered(ws).orderNo = orderNo;
    writeSheet(ws, sheet);
  }
}

/** ExcelJS orders sheets by this undeclared field; giving a new sheet an old one's number puts it in its place. */
function ordered(ws: ExcelJS.Worksheet): { orderNo: number } {
  return ws as unknown as { orderNo: number };
}

function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const key = name.toLocaleLowerCase("vi");
  return workbook.worksheets.find((ws) => ws.name.toLocaleLowerCase("vi") === key);
}

function removeGenerated(workbook: ExcelJS.Workbook, name: string): void {
  const ws = findSheet(workbook, name);
  if (!ws) return;
  const marker = ws.getCell("A1").value;
  if (typeof marker !== "string" || !marker.startsWith(GENERATED_MARKER)) {
    throw new Error(`Refusing to remove the sheet "${name}": it does not carry KC's generated marker.`);
  }
  workbook.removeWorksheet(ws.id);
}

function writeSheet(ws: ExcelJS.Worksheet, sheet: SheetPlan): void {
  for (const cell of sheet.cells) writeCell(ws.getCell(cell.address), cell);
  for (const range of sheet.merges) ws.mergeCells(range);
  for (const [col, width] of Object.entries(sheet.columnWidths)) ws.getColumn(Number(col)).width = width;
  for (const [row, points] of Object.entries(sheet.rowHeights)) ws.getRow(Number(row)).height = points;
  for (const row of sheet.hiddenRows) ws.getRow(row).hidden = true;
  const { rows, columns } = sheet.frozen;
  if (rows > 0 || columns > 0) {
    ws.views = [{ state: "frozen", xSplit: columns, ySplit: rows, topLeftCell: `${columnName(columns)}${rows + 1}` }];
  }
}

function writeCell(target: ExcelJS.Cell, cell: PlanCell): void {
  if (cell.formula !== undefined) {
    target.value = { formula: cell.formula, result: cell.result ?? undefined } as ExcelJS.CellFormulaValue;
  } else if (cell.link) {
    // ExcelJS writes an internal link as an external relationship; HYPERLINK("#'Sheet'!B7", text) is the
    // in-workbook link Excel and LibreOffice both follow.
    const text = String(cell.value ?? "");
    target.value = {
      formula: `HYPERLINK(${stringLiteral(linkLocation(cell.link.sheet, cell.link.cell))},${stringLiteral(text)})`,
      result: text,
    } as ExcelJS.CellFormulaValue;
  } else if (cell.value !== undefined && cell.value !== null) {
    target.value = cell.value;
  }
  if (cell.format) target.numFmt = cell.format;
  applyStyles(target, cell.styles ?? []);
}

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
const TOTAL_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };

/** The ExcelJS look of each semantic style. */
function applyStyles(target: ExcelJS.Cell, styles: readonly StyleName[]): void {
  const font: Partial<ExcelJS.Font> = {};
  const alignment: Partial<ExcelJS.Alignment> = {};
  for (const style of styles) {
    switch (style) {
      case "title":
        Object.assign(font, { bold: true, size: 13 });
        break;
      case "subtitle":
        Object.assign(font, { italic: true });
        break;
      case "header":
        Object.assign(font, { bold: true });
        Object.assign(alignment, { horizontal: "center", vertical: "middle", wrapText: true });
        target.fill = HEADER_FILL;
        target.border = THIN;
        break;
      case "body":
        target.border = THIN;
        Object.assign(alignment, { vertical: "top" });
        break;
      case "total":
        Object.assign(font, { bold: true });
        target.fill = TOTAL_FILL;
        target.border = THIN;
        break;
      case "marker":
        Object.assign(font, { size: 8, color: { argb: "FF808080" } });
        break;
      case "link":
        Object.assign(font, { underline: true, color: { argb: "FF0563C1" } });
        break;
      case "paragraph":
        Object.assign(alignment, { wrapText: true, vertical: "top" });
        break;
      case "bold":
        Object.assign(font, { bold: true });
        break;
      case "wrap":
        Object.assign(alignment, { wrapText: true });
        break;
      case "center":
        Object.assign(alignment, { horizontal: "center" });
        break;
      case "right":
        Object.assign(alignment, { horizontal: "right" });
        break;
    }
  }
  if (Object.keys(font).length > 0) target.font = font;
  if (Object.keys(alignment).length > 0) target.alignment = alignment;
}

function columnName(count: number): string {
  let s = "";
  for (let n = count + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
