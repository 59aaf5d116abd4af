import { Cell, cellOf, GridSheet, MergeRange, parseA1, WorkbookSnapshot } from "../../../src/core/workbook/snapshot";
import { CorpusSheet, CorpusWorkbook, rangeBounds } from "./corpus-workbook";

/**
 * The workbook as the adapters hand it to src/core: dense rows of cells (value or cached result, live
 * formula, number format) and the merges; typed figures are plain constants, styles are dropped. For
 * fast in-memory tests that need no .xlsx file.
 */
export function toWorkbookSnapshot(workbook: CorpusWorkbook): WorkbookSnapshot {
  return { sheets: workbook.sheets.map(toSheetSnapshot) };
}

export function toSheetSnapshot(sheet: CorpusSheet): GridSheet {
  const rows: (Cell | undefined)[][] = [];
  const { rows: rowCount } = sheet.extent();
  for (let r = 0; r < rowCount; r++) rows.push([]);
  for (const [address, cell] of sheet.cells) {
    const { row, col } = parseA1(address);
    rows[row][col] = cellOf(cell.value, cell.formula, cell.format && cell.format !== "General" ? cell.format : undefined);
  }
  const merges: MergeRange[] = sheet.merges.map((range) => {
    const b = rangeBounds(range);
    return { top: b.top - 1, left: b.left - 1, bottom: b.bottom - 1, right: b.right - 1 };
  });
  return new GridSheet(sheet.name, rows, merges);
}
