import { MergeRange, SheetSnapshot } from "../workbook/snapshot";

/**
 * The merged ranges of a sheet, looked up by cell. Only ranges starting in the rows a reader asks about
 * are indexed, and each costs its rows, never its area: a merge over a whole sheet is one entry per row
 * it covers within the sheet's cells.
 */
export class MergeIndex {
  /** Row → the ranges covering some cell of that row. */
  private readonly byRow = new Map<number, MergeRange[]>();
  readonly size: number;

  constructor(merges: readonly MergeRange[] | undefined, rowCount: number) {
    this.size = merges?.length ?? 0;
    for (const m of merges ?? []) {
      if (m.bottom < m.top || m.right < m.left) continue;
      const last = Math.min(m.bottom, rowCount - 1);
      for (let r = Math.max(m.top, 0); r <= last; r++) {
        let list = this.byRow.get(r);
        if (!list) this.byRow.set(r, (list = []));
        list.push(m);
      }
    }
  }

  static of(sheet: SheetSnapshot): MergeIndex {
    return new MergeIndex(sheet.merges, sheet.rowCount);
  }

  /** The merged range covering (row, col), if any. */
  at(row: number, col: number): MergeRange | undefined {
    const list = this.byRow.get(row);
    if (!list) return undefined;
    for (const m of list) if (col >= m.left && col <= m.right) return m;
    return undefined;
  }

  /** True when (row, col) lies inside a merge whose value is held by another cell. */
  covered(row: number, col: number): boolean {
    const m = this.at(row, col);
    return m !== undefined && (m.top !== row || m.left !== col);
  }

  /** Ranges that touch a row. */
  inRow(row: number): readonly MergeRange[] {
    return this.byRow.get(row) ?? [];
  }
}
