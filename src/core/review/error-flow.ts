import { makeFinding } from "../validation/context";
import { a1, isCellError } from "../workbook/snapshot";
import { CellBox } from "./formula";
import { ReviewGrid } from "./grid";
import { Suspect } from "./suspect";

interface ErrorCell {
  sheet: string;
  row: number;
  col: number;
  error: string;
  /** For a formula: the cells it reads, with their sheet (lower case). */
  reads: { sheet: string; box: CellBox }[];
  /** =NA(): a figure marked not available on purpose (a gap a chart leaves open), not a slip to report. */
  intended: boolean;
}

/**
 * Error values that flow: a cell whose value is an error and which other formulas read, so that they
 * give errors too. Sheets are added as they are read (only their error cells are kept); at the end each
 * error that no other error explains (the source) is reported with the formulas it reaches.
 */
export class ErrorFlow {
  private readonly errors: ErrorCell[] = [];

  addSheet(grid: ReviewGrid): void {
    const own = grid.name.toLowerCase();
    for (let r = 0; r < grid.rows; r++) {
      for (let c = 0; c < grid.cols; c++) {
        const value = grid.value(r, c);
        if (value === undefined || !isCellError(value)) continue;
        const formula = grid.formula(r, c);
        const reads = (formula?.refs ?? [])
          .filter((ref) => !ref.outside)
          .map((ref) => ({ sheet: ref.sheet?.toLowerCase() ?? own, box: { top: ref.top, left: ref.left, bottom: ref.bottom, right: ref.right } }));
        this.errors.push({ sheet: grid.name, row: r, col: c, error: value.error, reads, intended: formula?.functions.includes("NA") ?? false });
      }
    }
  }

  suspects(): Suspect[] {
    const readersOf = this.readers();
    const explained = new Set<number>();
    readersOf.forEach((readers) => readers.forEach((i) => explained.add(i)));
    const result: Suspect[] = [];
    this.errors.forEach((source, s) => {
      // A source reads no other error cell: the errors it reaches are its own.
      if (explained.has(s) || readersOf[s].length === 0 || source.intended) return;
      const reached = new Set<number>();
      const queue = [...readersOf[s]];
      while (queue.length > 0) {
        const next = queue.shift()!;
        if (reached.has(next) || next === s) continue;
        reached.add(next);
        queue.push(...readersOf[next]);
      }
      const cells = [...reached].map((i) => {
        const e = this.errors[i];
        return e.sheet === source.sheet ? a1(e.row, e.col) : `'${e.sheet}'!${a1(e.row, e.col)}`;
      });
      const shown = cells.length > 5 ? `${cells.slice(0, 5).join(", ")}, …` : cells.join(", ");
      const finding = makeFinding(
        source.sheet,
        "formula/error-flows",
        a1(source.row, source.col),
        { error: source.error, count: String(reached.size), cells: shown },
        { related: cells, found: source.error },
      );
      result.push({ finding, row: source.row, col: source.col, region: cells, confidence: 0.9 });
    });
    return result;
  }

  /** For each error cell, the error cells whose formulas read it. */
  private readers(): number[][] {
    const bySheet = new Map<string, number[]>();
    this.errors.forEach((e, i) => {
      const key = e.sheet.toLowerCase();
      const list = bySheet.get(key) ?? [];
      list.push(i);
      bySheet.set(key, list);
    });
    const readersOf: number[][] = this.errors.map(() => []);
    this.errors.forEach((reader, i) => {
      for (const { sheet, box } of reader.reads) {
        for (const j of bySheet.get(sheet) ?? []) {
          const e = this.errors[j];
          if (j !== i && e.row >= box.top && e.row <= box.bottom && e.col >= box.left && e.col <= box.right) readersOf[j].push(i);
        }
      }
    });
    return readersOf;
  }
}
