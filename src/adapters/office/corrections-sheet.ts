import { bilingual } from "../../core/message";
import { STYLE_LOOKS } from "../../core/summary/style-table";
import { CORRECTIONS_MARKER, CORRECTIONS_SHEET, isCorrectionsSheet } from "../../core/reading/corrections";
import { CellValue, columnLetter, isCellError } from "../../core/workbook/snapshot";
import { PortError } from "../../app/port";
import { applyLook, charsToPoints } from "./format";
import { runAsOneUndoStep } from "./undo";

/** Widths of the corrections sheet's columns in characters: Sheet, Sửa gì, Ô, Đọc là, Ô đang ghi, Ghi chú (as the package writer's). */
const WIDTHS = [22, 20, 8, 36, 36, 30];

/**
 * Writes the officer's corrections of readings as the open workbook's KC_CachDoc sheet. Syncs: (1) the
 * sheets' names; (2) when the workbook has a KC_CachDoc, its A1 (KC's marker?) and used range; (3) every
 * write in one batch: KC's own sheet cleared and written again in place, or a new sheet added hidden at the
 * end. A KC_CachDoc without KC's marker was written by hand: it is refused before anything is written. No
 * other sheet is touched (no province sheet is ever written here). Every member is in ExcelApi 1.10.
 */
export async function writeCorrectionsIn(context: Excel.RequestContext, rows: readonly CellValue[][]): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const existing = worksheets.items.find((ws) => isCorrectionsSheet(ws));
  let sheet: Excel.Worksheet;
  if (existing) {
    sheet = worksheets.getItem(existing.name);
    const marker = sheet.getRange("A1").load("values");
    await context.sync();
    if (marker.values[0]?.[0] !== CORRECTIONS_MARKER)
      throw new PortError(
        bilingual(
          `Sheet ${existing.name} do người dùng tự lập (ô A1 không có dấu của KC), KC không ghi đè.`,
          `The ${existing.name} sheet was written by hand (no KC marker in A1); KC does not overwrite it.`,
        ),
      );
    sheet.getRange().clear("All" as Excel.ClearApplyTo);
  } else {
    sheet = worksheets.add(CORRECTIONS_SHEET);
    sheet.visibility = "Hidden" as Excel.SheetVisibility;
  }
  const cols = Math.max(WIDTHS.length, ...rows.map((r) => r.length));
  const values = rows.map((r) => Array.from({ length: cols }, (_, c) => officeValue(r[c])));
  const range = sheet.getRange(`A1:${columnLetter(cols - 1)}${Math.max(rows.length, 1)}`);
  // Text format first: "2023" or "D4" stay as typed, as the package writer writes them.
  range.numberFormat = values.map((r) => r.map(() => "@"));
  range.values = values.length > 0 ? values : [Array.from({ length: cols }, () => "")];
  if (rows.length > 1) applyLook(sheet.getRange(`A2:${columnLetter(cols - 1)}2`), STYLE_LOOKS.header);
  sheet.getRange("1:1").rowHidden = true;
  WIDTHS.forEach((w, c) => void (sheet.getRange(`${columnLetter(c)}:${columnLetter(c)}`).format.columnWidth = charsToPoints(w)));
  await context.sync();
}

/** A value as Excel takes it: errors and empty cells as "" (the corrections sheet holds text). */
function officeValue(value: CellValue | undefined): string | number | boolean {
  if (value === null || value === undefined || isCellError(value)) return "";
  return value;
}

/** The task pane's entry point: one undo step where the host can group it. */
export async function writeOfficeCorrections(rows: readonly CellValue[][]): Promise<void> {
  await runAsOneUndoStep((context) => writeCorrectionsIn(context, rows));
}
