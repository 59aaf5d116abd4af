import { bilingual, Bilingual, Lang } from "../message";
import { parseUnit } from "../numbers/units";
import { a1, CellValue, parseA1, SheetSnapshot } from "../workbook/snapshot";
import { correctionColumn, CorrectionKind, correctionRow, correctionRows, KIND_WORDS, readCorrections, SheetCorrection, sheetLevelValue } from "./corrections";
import { resolveProvince, unresolvedMessage } from "../provinces";
import { reportDay } from "./title-block";
import { ReadColumn, ReadTable, SheetReading } from "./types";

export type NewCorrection = { ok: true; correction: Omit<SheetCorrection, "row"> } | { ok: false; reason: Bilingual };

/**
 * A correction of a sheet's reading as KC writes it into KC_CachDoc: where it applies (a column's header
 * cell, a section row's label cell, or the whole sheet) and what that place says now ("Ô đang ghi"), taken
 * from the sheet's reading before any correction, so that a later run can tell when the sheet has changed
 * under it. A correction that could not apply (no headed column there, no section row, a value KC cannot
 * read) is refused with the reason, rather than written to be reported stale at the next run.
 */
export function newCorrection(reading: SheetReading, kind: CorrectionKind, where: string, value: string): NewCorrection {
  const cell = where.trim().toUpperCase().replace(/\$/g, "");
  const text = value.trim();
  const refuse = (vi: string, en: string): NewCorrection => ({ ok: false, reason: bilingual(vi, en) });
  const made = (at: string, was: string): NewCorrection => ({ ok: true, correction: { sheet: reading.sheet, kind, where: at, value: text, was } });
  if (cell !== "" && !/^[A-Z]{1,3}\d*$/.test(cell))
    return refuse(`"${where}" không phải địa chỉ ô (D4) hay cột (D).`, `"${where}" is no cell (D4) or column (D).`);

  if (kind === "column" || (kind === "unit" && cell !== "")) {
    if (cell === "") return refuse("cần ghi ô tiêu đề của cột (ví dụ D4).", "the header cell of the column is needed (e.g. D4).");
    const found = headedColumn(reading, correctionColumn(cell), correctionRow(cell));
    if (!found) return refuse(`không có bảng nào có cột có tiêu đề ở ${cell}.`, `no table has a headed column at ${cell}.`);
    if (kind === "unit" && !parseUnit(text)) return refuse(`đơn vị "${text}" không rõ.`, `the unit "${text}" is unknown.`);
    if (kind === "column" && text === "")
      return refuse(
        'cần ghi tiêu đề cột nên có (ví dụ "KCĐP › Thực hiện"), hoặc "Bỏ qua".',
        'the header the column should have is needed (e.g. "KCĐP › Thực hiện"), or "Bỏ qua" (ignore).',
      );
    return made(found.column.headerCell, found.column.header.join(" › "));
  }

  if (kind === "fund" && cell !== "") {
    const section = sectionRowAt(reading, cell);
    if (!section)
      return refuse(
        `ô ${cell} không phải nhãn của dòng mục nào ("I. Kinh phí khuyến công quốc gia"…).`,
        `${cell} is not the label of a section row ("I. Kinh phí khuyến công quốc gia"…).`,
      );
    const check = sheetLevelValue({ row: 0, sheet: reading.sheet, kind, where: "", value: text, was: "" });
    if (check.kind === "invalid") return { ok: false, reason: check.reason };
    return made(section.cell, section.label);
  }

  const check = sheetLevelValue({ row: 0, sheet: reading.sheet, kind, where: "", value: text, was: "" });
  if (check.kind === "invalid") return { ok: false, reason: check.reason };
  if (check.kind === "province") {
    // As the reader will take it: one unit of the official list of the report's day, never a guess.
    const day = reportDay(reading.facts);
    const found = resolveProvince(text, day ? { date: day, approximate: true } : { approximate: true });
    if (found.kind !== "unit") return { ok: false, reason: unresolvedMessage(text, found) };
  }
  return made("", "");
}

/** The column of a table whose header covers this sheet column (and this row, when given: a cell of its header band or of its body). */
function headedColumn(reading: SheetReading, col: number, row: number | undefined): { table: ReadTable; column: ReadColumn } | undefined {
  for (const table of reading.tables) {
    if (row !== undefined && (row < table.top || row > table.bottom)) continue;
    const column = table.columns.find((c) => c.col === col);
    if (column) return { table, column };
  }
  return undefined;
}

/** The section row a cell of its label (or any cell of its row inside the table) names, with its label cell. */
function sectionRowAt(reading: SheetReading, cell: string): { cell: string; label: string } | undefined {
  const { row } = /\d/.test(cell) ? parseA1(cell) : { row: -1 };
  for (const table of reading.tables) {
    const found = table.rows.find((r) => r.row === row && (r.kind === "section" || r.kind === "subtotal"));
    if (!found) continue;
    const labelCol = table.columns.find((c) => c.role.kind === "label")?.col ?? table.left;
    return { cell: a1(found.row, labelCol), label: found.label };
  }
  return undefined;
}

/**
 * The rows of the KC_CachDoc sheet with one more correction. The sheet KC wrote before keeps every row as
 * it was (notes, rows KC could not read), except the correction of the same place of the same sheet (same
 * kind, same cell), whose first five cells are replaced; a new correction is a new row at the end. Without
 * a corrections sheet, KC's marker, the header and the correction.
 */
export function correctionsSheetRows(existing: SheetSnapshot | undefined, added: Omit<SheetCorrection, "row">, lang: Lang = "vi"): CellValue[][] {
  const fresh = correctionRows([added], lang);
  if (!existing) return fresh;
  const rows = sheetRows(existing);
  const cells = fresh[fresh.length - 1].slice(0, 5);
  const same = readCorrections(existing)
    .bySheet.get(added.sheet)
    ?.find((c) => c.kind === added.kind && c.where === added.where);
  if (same) rows[same.row].splice(0, 5, ...cells);
  else rows.push(cells);
  return rows;
}

/**
 * The rows of KC's KC_CachDoc sheet without one correction (its 0-based row): the officer removed it, for
 * instance because it no longer fits the sheet. Every other row stays as it was, notes included.
 */
export function correctionsSheetRowsWithout(existing: SheetSnapshot, row: number): CellValue[][] {
  return sheetRows(existing).filter((_, r) => r !== row);
}

/** Every cell value of a sheet, row by row. */
function sheetRows(sheet: SheetSnapshot): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let r = 0; r < sheet.rowCount; r++) {
    const row: CellValue[] = [];
    for (let c = 0; c < sheet.colCount; c++) row.push(sheet.cell(r, c)?.value ?? null);
    rows.push(row);
  }
  return rows;
}

/** "Vai trò cột D4 → KCĐP", for the line that tells what was written. */
export function correctionLine(c: Omit<SheetCorrection, "row">): Bilingual {
  const where = c.where ? ` ${c.where}` : "";
  const value = c.kind === "not-report" ? "" : ` → ${c.value}`;
  const was = c.was ? ` (ô đang ghi "${c.was}")` : "";
  const wasEn = c.was ? ` (the cell reads "${c.was}")` : "";
  return bilingual(`${c.sheet}: ${KIND_WORDS[c.kind].vi}${where}${value}${was}`, `${c.sheet}: ${KIND_WORDS[c.kind].en}${where}${value}${wasEn}`);
}
