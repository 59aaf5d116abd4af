/**
 * Packs items, in order, into batches whose estimated size stays under `maxBytes` (an item larger than
 * the budget gets a batch of its own): one batch is one request to Excel, which refuses 5 MB on the web.
 */
export function packByBytes<T>(items: readonly T[], bytesOf: (item: T) => number, maxBytes: number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = bytesOf(item);
    if (current.length > 0 && bytes + size > maxBytes) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
