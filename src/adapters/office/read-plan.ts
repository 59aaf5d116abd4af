import { parseA1 } from "../../core/workbook/snapshot";
import { packByBytes } from "./batches";

/**
 * How a workbook is read through Office.js: every used range is cut into row chunks small enough
 * for one range read, and the chunks are grouped into as few `context.sync` batches as the
 * payload limit allows (one batch for any workbook of ordinary size).
 *
 * Excel on the web refuses a request or response above 5 MB, and a single range read has a cell
 * limit (5 million cells); we stay well under both with estimates that assume long text.
 */
export interface ReadLimits {
  /** Estimated response bytes per cell for values + formulas + numberFormat together. */
  bytesPerCell: number;
  /** Largest estimated response of one range read. */
  maxChunkBytes: number;
  /** Largest number of cells in one range read. */
  maxChunkCells: number;
  /** Largest estimated response of one `context.sync`. */
  maxSyncBytes: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  // values + formulas + numberFormat of one cell as JSON: an empty cell ~16 bytes, a number ~40,
  // a project name ~200. Province sheets average ~45; 100 leaves twice that. A batch that still
  // proves too large is split and retried (see read-snapshot.ts).
  bytesPerCell: 100,
  maxChunkBytes: 1_000_000,
  maxChunkCells: 100_000,
  // 5 MB is Excel on the web's limit; keep a margin for JSON framing and our estimate's error.
  maxSyncBytes: 4_500_000,
};

/** A used range in 0-based coordinates. */
export interface UsedArea {
  sheet: string;
  startRow: number;
  startCol: number;
  rowCount: number;
  colCount: number;
}

/** One range read: rows [startRow, startRow + rowCount) of a used area. */
export interface ReadChunk extends UsedArea {
  estimatedBytes: number;
}

export interface ReadPlan {
  /** Chunks grouped by the sync that loads them. */
  batches: ReadChunk[][];
  chunkCount: number;
  largestChunkBytes: number;
  largestBatchBytes: number;
}

/** "Sheet 1!B2:K40", "'A b'!C3", "A1" → the area it covers. */
export function parseUsedAddress(sheet: string, address: string): UsedArea {
  const local = address.slice(address.lastIndexOf("!") + 1);
  const [first, last = first] = local.split(":");
  const a = parseA1(first);
  const b = parseA1(last);
  return {
    sheet,
    startRow: Math.min(a.row, b.row),
    startCol: Math.min(a.col, b.col),
    rowCount: Math.abs(b.row - a.row) + 1,
    colCount: Math.abs(b.col - a.col) + 1,
  };
}

export function planReads(areas: readonly UsedArea[], limits: ReadLimits = DEFAULT_READ_LIMITS): ReadPlan {
  const chunks = areas.flatMap((area) => splitRows(area, limits));
  const batches = packByBytes(chunks, (c) => c.estimatedBytes, limits.maxSyncBytes);
  const batchBytes = batches.map((b) => b.reduce((s, c) => s + c.estimatedBytes, 0));
  return {
    batches,
    chunkCount: chunks.length,
    largestChunkBytes: Math.max(0, ...chunks.map((c) => c.estimatedBytes)),
    largestBatchBytes: Math.max(0, ...batchBytes),
  };
}

function splitRows(area: UsedArea, limits: ReadLimits): ReadChunk[] {
  const cellsPerChunk = Math.min(limits.maxChunkCells, Math.floor(limits.maxChunkBytes / limits.bytesPerCell));
  const rowsPerChunk = Math.max(1, Math.floor(cellsPerChunk / area.colCount));
  const chunks: ReadChunk[] = [];
  for (let offset = 0; offset < area.rowCount; offset += rowsPerChunk) {
    const rowCount = Math.min(rowsPerChunk, area.rowCount - offset);
    chunks.push({ ...area, startRow: area.startRow + offset, rowCount, estimatedBytes: rowCount * area.colCount * limits.bytesPerCell });
  }
  return chunks;
}
