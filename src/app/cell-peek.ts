import { a1, CellValue, columnLetter, parseA1, SheetSnapshot } from "../core/workbook/snapshot";

/** The cells around a finding's cell, for a host with no grid to select it in (the web page). */
export interface CellPeek {
  sheet: string;
  cell: string;
  columns: string[];
  rows: { row: number; cells: { address: string; value: CellValue | undefined; formula?: string; format?: string; target: boolean }[] }[];
}

/** `radius` rows and columns on each side of `cell` (clipped at A1), with the cell itself marked. */
export function peekAround(sheet: SheetSnapshot, cell: string, radius = 2): CellPeek {
  const target = parseA1(cell || "A1");
  const r0 = Math.max(0, target.row - radius);
  const c0 = Math.max(0, target.col - radius);
  const r1 = target.row + radius;
  const c1 = target.col + radius;
  const columns = [];
  for (let c = c0; c <= c1; c++) columns.push(columnLetter(c));
  const rows = [];
  for (let r = r0; r <= r1; r++) {
    const cells = [];
    for (let c = c0; c <= c1; c++) {
      const found = sheet.cell(r, c);
      cells.push({ address: a1(r, c), value: found?.value, formula: found?.formula, format: found?.format, target: r === target.row && c === target.col });
    }
    rows.push({ row: r + 1, cells });
  }
  return { sheet: sheet.name, cell: cell || "A1", columns, rows };
}
