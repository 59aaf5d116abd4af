import { CellKind, ReviewGrid } from "./grid";
import { parseColumnIdentity, TableHint } from "./hints";

/** Cells of a column-number row: letters ("A", "B"), small whole numbers ("1", "(2)") and identities ("3=1+2"). */
type NumberRowCell = { kind: "letter" } | { kind: "number"; n: number } | { kind: "identity"; text: string; n: number };

/** Words of a row label that make it a total row (Vietnamese and English), compared in lower case. */
const TOTAL_LABELS = ["tổng cộng", "tổng số", "cộng", "total"];

/**
 * The tables a sheet announces by a column-number row under its header ("A | B | 1 | 2 | 3=2/1", as
 * khuyến công reports write them): the rows below it down to the first blank row, the numbered columns,
 * the identities the row states, and the rows whose label names a total. Hints found on the grid itself,
 * for reports no reader has read.
 */
export function statedTables(grid: ReviewGrid): TableHint[] {
  const tables: TableHint[] = [];
  for (let r = 0; r < grid.rows; r++) {
    const cells = numberRow(grid, r);
    if (!cells) continue;
    const columns = [...cells.keys()];
    const rows = bodyBelow(grid, r, columns);
    if (rows.length === 0) continue;
    const columnOf = new Map<number, number>();
    for (const [c, cell] of cells) if (cell.kind !== "letter") columnOf.set(cell.n, c);
    const identities = [...cells.values()]
      .filter((cell): cell is Extract<NumberRowCell, { kind: "identity" }> => cell.kind === "identity")
      .map((cell) => parseColumnIdentity(cell.text, (n) => columnOf.get(n)))
      .filter((i) => i !== undefined);
    const left = Math.min(...columns);
    const right = Math.max(...columns);
    tables.push({
      top: rows[0],
      bottom: rows[rows.length - 1],
      left,
      right,
      columnNumberRow: r,
      figureColumns: [...columnOf.values()],
      totalRows: rows.filter((row) => isTotalLabel(grid, row, left, right)),
      subtotalRows: rows.filter((row) => isSectionLabel(grid, row, left) && columns.some((c) => grid.isFigure(row, c))),
      sectionRows: rows.filter((row) => isSectionLabel(grid, row, left) && !columns.some((c) => grid.isFigure(row, c))),
      columnIdentities: identities,
    });
    r = rows[rows.length - 1];
  }
  return tables;
}

/** The row's cells if it is a column-number row: every non-blank cell one of NumberRowCell, two numbers at least, and a letter or an identity. */
function numberRow(grid: ReviewGrid, row: number): Map<number, NumberRowCell> | undefined {
  const cells = new Map<number, NumberRowCell>();
  for (let c = 0; c < grid.cols; c++) {
    if (grid.isBlank(row, c)) continue;
    const cell = numberRowCell(grid, row, c);
    if (!cell) return undefined;
    cells.set(c, cell);
  }
  const kinds = [...cells.values()].map((cell) => cell.kind);
  const numbers = kinds.filter((k) => k !== "letter").length;
  return numbers >= 2 && (kinds.includes("letter") || kinds.includes("identity")) ? cells : undefined;
}

function numberRowCell(grid: ReviewGrid, row: number, col: number): NumberRowCell | undefined {
  const k = grid.kind(row, col);
  if (k === CellKind.Number) {
    const n = grid.number(row, col)!;
    return Number.isInteger(n) && n > 0 && n < 100 ? { kind: "number", n } : undefined;
  }
  const text = grid.text(row, col);
  if (text === undefined) return undefined;
  const bare = text.replace(/[()\s]/g, "");
  if (bare.length === 1 && bare >= "A" && bare <= "Z") return { kind: "letter" };
  const eq = bare.indexOf("=");
  const head = Number(eq < 0 ? bare : bare.slice(0, eq));
  if (!Number.isInteger(head) || head <= 0 || head >= 100) return undefined;
  return eq < 0 ? { kind: "number", n: head } : { kind: "identity", text, n: head };
}

function bodyBelow(grid: ReviewGrid, row: number, columns: number[]): number[] {
  const rows: number[] = [];
  for (let r = row + 1; r < grid.rows; r++) {
    if (columns.every((c) => grid.isBlank(r, c))) break;
    rows.push(r);
  }
  return rows;
}

function isTotalLabel(grid: ReviewGrid, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) {
    const text = grid.text(row, c)?.toLowerCase().normalize("NFC");
    if (text && TOTAL_LABELS.some((w) => text.startsWith(w))) return true;
  }
  return false;
}

/** Roman numerals that number the sections of a report ("I", "II.", "IV"). */
const ROMAN = new Set(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"]);

/** The row's first cell (the TT column) holds a section numeral. */
function isSectionLabel(grid: ReviewGrid, row: number, left: number): boolean {
  const text = grid.text(row, left);
  return text !== undefined && ROMAN.has(text.replace(/\.$/, "").toUpperCase());
}
