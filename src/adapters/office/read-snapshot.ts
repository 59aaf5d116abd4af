import { a1, Cell, GridSheet, WorkbookSnapshot } from "../../core/workbook/snapshot";
import { officeCell } from "./cells";
import { DEFAULT_READ_LIMITS, planReads, ReadChunk, ReadLimits, ReadPlan, parseUsedAddress, UsedArea } from "./read-plan";

export interface OfficeReadOptions {
  limits?: ReadLimits;
  /** Called after every sync: `done` of `total` syncs (the total is known after the second). */
  onProgress?: (done: number, total: number) => void;
}

export interface OfficeReadStats {
  syncs: number;
  rangeLoads: number;
  plan: ReadPlan;
}

/** The errors Excel gives when one read was too large; the batch is then split and retried. */
const TOO_LARGE = new Set(["ResponsePayloadSizeLimitExceeded", "RequestPayloadSizeLimitExceeded", "RangeExceedsLimit", "OperationCellsExceedLimit"]);

/**
 * Reads every worksheet (values, formulas, number formats) in a fixed number of syncs:
 * (1) sheet names, (2) used range addresses (with and without formats), (3) the cells of every sheet at once, split into
 * row chunks. Only a workbook whose cells exceed one sync's payload budget takes more.
 */
export async function readSnapshotIn(
  context: Excel.RequestContext,
  options: OfficeReadOptions = {},
): Promise<{ snapshot: WorkbookSnapshot; stats: OfficeReadStats }> {
  const limits = options.limits ?? DEFAULT_READ_LIMITS;
  const stats = { syncs: 0, rangeLoads: 0 };
  const sync = async () => {
    await context.sync();
    stats.syncs++;
  };

  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await sync();
  options.onProgress?.(1, 3);

  const sheets = worksheets.items.map((ws) => ({
    name: ws.name,
    used: ws.getUsedRangeOrNullObject(false).load("address"),
    valued: ws.getUsedRangeOrNullObject(true).load("address"),
  }));
  await sync();

  const areas: UsedArea[] = sheets
    .filter((s) => !s.used.isNullObject)
    .map((s) => chooseArea(s.name, s.used.address, s.valued.isNullObject ? undefined : s.valued.address));
  const plan = planReads(areas, limits);
  const total = 2 + plan.batches.length;
  options.onProgress?.(2, total);

  const rows = new Map<string, (Cell | undefined)[][]>(sheets.map((s) => [s.name, []]));
  const loadBatch = async (batch: ReadChunk[]): Promise<void> => {
    const loaded = batch.map((chunk) => {
      const range = context.workbook.worksheets
        .getItem(chunk.sheet)
        .getRange(`${a1(chunk.startRow, chunk.startCol)}:${a1(chunk.startRow + chunk.rowCount - 1, chunk.startCol + chunk.colCount - 1)}`)
        .load("values, formulas, numberFormat");
      return { chunk, range };
    });
    stats.rangeLoads += loaded.length;
    try {
      await sync();
    } catch (error) {
      const smaller = splitBatch(batch);
      if (!TOO_LARGE.has(errorCode(error)) || !smaller) throw error;
      for (const part of smaller) await loadBatch(part);
      return;
    }
    for (const { chunk, range } of loaded) storeChunk(rows.get(chunk.sheet)!, chunk, range);
  };
  for (const [i, batch] of plan.batches.entries()) {
    await loadBatch(batch);
    options.onProgress?.(3 + i, total);
  }

  const snapshot = { sheets: sheets.map((s) => new GridSheet(s.name, rows.get(s.name)!)) };
  return { snapshot, stats: { ...stats, plan } };
}

/** Reads the open workbook. The only entry point the task pane uses. */
export function readOfficeSnapshot(options: OfficeReadOptions = {}): Promise<WorkbookSnapshot> {
  return Excel.run(async (context) => (await readSnapshotIn(context, options)).snapshot);
}

/** A used range this much larger than the range of cells with values is formatting, not data. */
const FORMATTING_ONLY_FACTOR = 4;
const FORMATTING_ONLY_CELLS = 100_000;

/**
 * The used range (values, formulas and formats) is read, so that a formula showing "" at the table's
 * edge is not lost; but formatting applied far beyond the data (a whole block formatted down to row
 * 1 048 576) would make it enormous, and empty cells carry nothing the snapshot keeps: then the range
 * of cells with values is read instead.
 */
function chooseArea(sheet: string, usedAddress: string, valuedAddress: string | undefined): UsedArea {
  const used = parseUsedAddress(sheet, usedAddress);
  if (!valuedAddress) return used;
  const valued = parseUsedAddress(sheet, valuedAddress);
  const cells = (a: UsedArea) => a.rowCount * a.colCount;
  return cells(used) > FORMATTING_ONLY_CELLS && cells(used) > FORMATTING_ONLY_FACTOR * cells(valued) ? valued : used;
}

function storeChunk(rows: (Cell | undefined)[][], chunk: ReadChunk, range: Excel.Range): void {
  const { values, formulas, numberFormat } = range;
  for (let r = 0; r < chunk.rowCount; r++) {
    const row = (rows[chunk.startRow + r] ??= []);
    for (let c = 0; c < chunk.colCount; c++) {
      const cell = officeCell(values[r]?.[c], formulas[r]?.[c], numberFormat[r]?.[c]);
      if (cell) row[chunk.startCol + c] = cell;
    }
  }
  // GridSheet counts rows by the array's length: make the holes real rows.
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
}

/** Halves a batch, or a single chunk by rows; undefined when it cannot get smaller. */
function splitBatch(batch: ReadChunk[]): ReadChunk[][] | undefined {
  if (batch.length > 1) {
    const half = Math.ceil(batch.length / 2);
    return [batch.slice(0, half), batch.slice(half)];
  }
  const [chunk] = batch;
  if (chunk.rowCount < 2) return undefined;
  const top = Math.ceil(chunk.rowCount / 2);
  const perRow = chunk.estimatedBytes / chunk.rowCount;
  return [
    [{ ...chunk, rowCount: top, estimatedBytes: top * perRow }],
    [{ ...chunk, startRow: chunk.startRow + top, rowCount: chunk.rowCount - top, estimatedBytes: (chunk.rowCount - top) * perRow }],
  ];
}

function errorCode(error: unknown): string {
  return typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
}
