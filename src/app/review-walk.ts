import { CellPeek, peekAround } from "./cell-peek";
import type { ReviewItem, ReviewView } from "./review";

// The walk through a review's suspects, apart from review.ts so the view loads without the review's engine.

/** The cells around a suspect as the review read them, its region marked; undefined when its sheet is gone from the snapshot. */
export function suspectPeek(view: ReviewView, item: ReviewItem, radius = 1): CellPeek | undefined {
  const sheet = view.snapshot.sheets.find((s) => s.name === item.sheet);
  return sheet && peekAround(sheet, item.cell, radius, item.region);
}

/** The index of the next (+1) or previous (−1) item, wrapping around; −1 when there is none. */
export function stepReview(view: Pick<ReviewView, "items">, index: number, direction: 1 | -1): number {
  const n = view.items.length;
  if (n === 0) return -1;
  if (index < 0 || index >= n) return direction === 1 ? 0 : n - 1;
  return (index + direction + n) % n;
}
