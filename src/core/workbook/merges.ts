import { a1, columnOfA1, MergeRange } from "./snapshot";

/** "B3:D4" (or "$B$3:$D$4") → its 0-based corners, top-left first; undefined when it is not a range of cells. */
export function parseRangeRef(ref: string): MergeRange | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(ref.trim());
  if (!m) return undefined;
  const [c1, r1] = [columnOfA1(m[1]), Number(m[2]) - 1];
  const [c2, r2] = m[3] ? [columnOfA1(m[3]), Number(m[4]) - 1] : [c1, r1];
  if (r1 < 0 || r2 < 0) return undefined;
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

/** "B3:D4". */
export function rangeRef(range: MergeRange): string {
  return `${a1(range.top, range.left)}:${a1(range.bottom, range.right)}`;
}

/**
 * The merged ranges crossing one row, sorted by left column, with the lowest bottom row on top of a
 * heap so ranges that end leave in O(log n). Ranges that do not overlap cross a row in disjoint column
 * spans, so a column is found among them by binary search.
 */
class CrossingRanges {
  readonly byLeft: MergeRange[] = [];
  private readonly byBottom: MergeRange[] = [];

  add(range: MergeRange): void {
    this.byLeft.splice(this.insertionPoint(range.left), 0, range);
    const heap = this.byBottom;
    heap.push(range);
    for (let i = heap.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (heap[parent].bottom <= heap[i].bottom) break;
      [heap[parent], heap[i]] = [heap[i], heap[parent]];
      i = parent;
    }
  }

  /** Drops the ranges that end above `row`. */
  leaveAbove(row: number): void {
    const heap = this.byBottom;
    while (heap.length > 0 && heap[0].bottom < row) {
      const gone = heap[0];
      const last = heap.pop()!;
      if (heap.length > 0) {
        heap[0] = last;
        for (let i = 0; ;) {
          const [l, r] = [2 * i + 1, 2 * i + 2];
          let least = i;
          if (l < heap.length && heap[l].bottom < heap[least].bottom) least = l;
          if (r < heap.length && heap[r].bottom < heap[least].bottom) least = r;
          if (least === i) break;
          [heap[least], heap[i]] = [heap[i], heap[least]];
          i = least;
        }
      }
      const at = this.byLeft.indexOf(gone, Math.max(0, this.insertionPoint(gone.left) - 1));
      if (at >= 0) this.byLeft.splice(at, 1);
    }
  }

  /** The first index of byLeft whose left column is ≥ col. */
  insertionPoint(col: number): number {
    let lo = 0;
    let hi = this.byLeft.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.byLeft[mid].left < col) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

const byTopThenLeft = (a: MergeRange, b: MergeRange) => a.top - b.top || a.left - b.left;

/**
 * Walks merged ranges down a sheet, row by row, to find the range a cell lies in. The cost is that of
 * the ranges' corners and of the cells asked about, never of a range's area: a merge of the whole
 * sheet costs what a merge of two cells costs. The ranges must not overlap (findOverlappingMerges).
 */
export class MergeSweep {
  private readonly byTop: MergeRange[];
  private next = 0;
  private readonly crossing = new CrossingRanges();
  private row = -1;

  constructor(merges: readonly MergeRange[]) {
    this.byTop = [...merges].sort(byTopThenLeft);
  }

  /** Moves to `row` (rows only go down). */
  advanceTo(row: number): void {
    if (row < this.row) throw new RangeError("MergeSweep goes down only");
    this.row = row;
    this.crossing.leaveAbove(row);
    while (this.next < this.byTop.length && this.byTop[this.next].top <= row) {
      const range = this.byTop[this.next++];
      if (range.bottom >= row) this.crossing.add(range);
    }
  }

  /** The range crossing the current row that holds column `col`, if any. */
  at(col: number): MergeRange | undefined {
    const ranges = this.crossing.byLeft;
    const range = ranges[this.crossing.insertionPoint(col + 1) - 1];
    return range && range.right >= col ? range : undefined;
  }
}

/** Two merged ranges that share a cell, the first pair found going down the sheet; undefined when none do. */
export function findOverlappingMerges(merges: readonly MergeRange[]): [MergeRange, MergeRange] | undefined {
  const crossing = new CrossingRanges();
  for (const range of [...merges].sort(byTopThenLeft)) {
    crossing.leaveAbove(range.top);
    const at = crossing.insertionPoint(range.left);
    const before = crossing.byLeft[at - 1];
    if (before && before.right >= range.left) return [before, range];
    const after = crossing.byLeft[at];
    if (after && after.left <= range.right) return [range, after];
    crossing.add(range);
  }
  return undefined;
}
