import { CORRECTIONS_SHEET, isKcCorrectionsSheet } from "../../../core/reading/corrections";
import { lookOf } from "../../../core/summary/style-table";
import { CellValue } from "../../../core/workbook/snapshot";
import { WorkbookPackage } from "./workbook-package";
import { NotGeneratedError } from "./write-errors";
import { WorksheetCell, worksheetXml } from "./worksheet-writer";

/** Widths of the corrections sheet's columns: Sheet, Sửa gì, Ô, Đọc là, Ô đang ghi, Ghi chú. */
const WIDTHS: Record<number, number> = { 1: 22, 2: 20, 3: 8, 4: 36, 5: 36, 6: 30 };

/**
 * Writes the officer's corrections (src/core/reading/corrections.ts) as the workbook's KC_CachDoc sheet:
 * KC's own sheet (its marker in A1) is rewritten in its part, in place; without one, the sheet is added
 * hidden after the others. A sheet of that name KC did not write is never overwritten.
 */
export async function writeCorrectionsSheet(pkg: WorkbookPackage, rows: readonly CellValue[][]): Promise<void> {
  const entry = pkg.workbook.find(CORRECTIONS_SHEET);
  let part: string;
  if (entry) {
    const sheet = pkg.inputSheet(entry.name);
    if (!sheet || !isKcCorrectionsSheet(sheet)) throw new NotGeneratedError(entry.name);
    part = await pkg.sheetPart(entry);
    pkg.touchedSheet(entry);
    await pkg.dropRelationships(part);
  } else {
    ({ part } = await pkg.addSheetPart(CORRECTIONS_SHEET, "hidden"));
  }
  const styles = await pkg.styles();
  const marker = styles.xfFor(lookOf(["marker"]), undefined);
  const header = styles.xfFor(lookOf(["header"]), undefined);
  const body = styles.xfFor(lookOf(["body"]), "@");
  const cells: WorksheetCell[] = [];
  rows.forEach((row, r) =>
    row.forEach((value, col) => {
      if (value === null || value === undefined || value === "") return;
      cells.push({ row: r, col, value, style: r === 0 ? marker : r === 1 ? header : body });
    }),
  );
  const content = { cells, merges: [], columnWidths: WIDTHS, rowHeights: {}, hiddenRows: [1], frozen: { rows: 2, columns: 0 }, links: [] };
  pkg.zip.set(part, worksheetXml(content, pkg.ns));
}
