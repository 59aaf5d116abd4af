import { cellText } from "../standard/read-cell";
import { Cell, SheetSnapshot } from "../workbook/snapshot";

/** A cell's text with line breaks and runs of spaces collapsed: "Nguồn vốn⏎ (triệu đồng)" → "Nguồn vốn (triệu đồng)". */
export function flatText(cell: Cell | undefined): string {
  const text = cellText(cell);
  return text === "" || !SPACE_RUN.test(text) ? text : text.replace(/\s+/g, " ");
}

const SPACE_RUN = /\s\s|[\n\r\t\u00a0]/;

/** A number cell that is no year of a header ("2023" above a column is a period, 120 in a row is a figure). */
export function isFigure(cell: Cell | undefined): boolean {
  const v = cell?.value;
  return typeof v === "number" && !(Number.isInteger(v) && v >= 1990 && v <= 2100);
}

/** True when a row has nothing written between two columns (inclusive). */
export function rowBlank(sheet: SheetSnapshot, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) if (cellText(sheet.cell(row, c)) !== "") return false;
  return true;
}

/** The first non-empty text of a row, with its column. */
export function firstText(sheet: SheetSnapshot, row: number, from = 0, to = sheet.colCount - 1): { text: string; col: number } | undefined {
  for (let c = from; c <= to; c++) {
    const text = cellText(sheet.cell(row, c));
    if (text !== "") return { text, col: c };
  }
  return undefined;
}
