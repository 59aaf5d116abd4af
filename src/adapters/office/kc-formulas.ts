import type { KcFormulaCount } from "../../app/port";
import { callsKcFunction } from "../../app/kc-formulas";
import { a1 } from "../../core/workbook/snapshot";
import { packByBytes } from "./batches";
import { DEFAULT_READ_LIMITS, parseUsedAddress, planReads, ReadLimits } from "./read-plan";
import { coverWithRectangles, rectAddress } from "./rectangles";
import { officeRequirements, Requirements } from "./requirements";

type Scalar = string | number | boolean;

/** A KC formula cell, what it shows, and the range its result spills into (dynamic arrays). */
interface KcCell {
  sheet: string;
  address: string;
  value: Scalar;
  spillAddress?: string;
}

interface LoadedSheet {
  sheet: string;
  startRow: number;
  startCol: number;
  values: Scalar[][];
}

/** Largest estimated request of one write sync (Excel on the web refuses 5 MB). */
const MAX_WRITE_BYTES = 4_000_000;

/**
 * The cells of every sheet whose formula calls a KC.* function, with the value each shows. Syncs:
 * (1) sheet names, (2) used ranges, (3) values and formulas of the used ranges in the read plan's
 * chunks (one sync for a workbook of ordinary size).
 */
async function findKcCells(context: Excel.RequestContext, limits: ReadLimits): Promise<{ cells: KcCell[]; sheets: LoadedSheet[] }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const used = worksheets.items.map((ws) => ({ name: ws.name, range: ws.getUsedRangeOrNullObject(false).load("address") }));
  await context.sync();
  const areas = used.filter((u) => !u.range.isNullObject).map((u) => parseUsedAddress(u.name, u.range.address));
  const cells: KcCell[] = [];
  const sheets: LoadedSheet[] = [];
  for (const batch of planReads(areas, limits).batches) {
    const loaded = batch.map((chunk) => ({
      chunk,
      range: worksheets.getItem(chunk.sheet).getRangeByIndexes(chunk.startRow, chunk.startCol, chunk.rowCount, chunk.colCount).load("values, formulas"),
    }));
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per payload-sized batch of the read plan (one for an ordinary workbook)
    await context.sync();
    for (const { chunk, range } of loaded) {
      const values = range.values as Scalar[][];
      sheets.push({ sheet: chunk.sheet, startRow: chunk.startRow, startCol: chunk.startCol, values });
      (range.formulas as Scalar[][]).forEach((row, r) =>
        row.forEach((formula, c) => {
          if (typeof formula === "string" && formula.startsWith("=") && callsKcFunction(formula)) {
            cells.push({ sheet: chunk.sheet, address: a1(chunk.startRow + r, chunk.startCol + c), value: values[r][c] });
          }
        }),
      );
    }
  }
  return { cells, sheets };
}

function countBySheet(cells: KcCell[]): KcFormulaCount[] {
  const counts = new Map<string, number>();
  for (const c of cells) counts.set(c.sheet, (counts.get(c.sheet) ?? 0) + 1);
  return [...counts].map(([sheet, n]) => ({ sheet, cells: n }));
}

export async function findKcFormulasIn(context: Excel.RequestContext, limits: ReadLimits = DEFAULT_READ_LIMITS): Promise<KcFormulaCount[]> {
  return countBySheet((await findKcCells(context, limits)).cells);
}

/** The value a loaded chunk holds at a sheet's cell. */
function valueAt(sheets: LoadedSheet[], sheet: string, row: number, col: number): Scalar {
  for (const s of sheets) {
    const r = row - s.startRow;
    const c = col - s.startCol;
    if (s.sheet === sheet && r >= 0 && c >= 0 && r < s.values.length && c < (s.values[r]?.length ?? 0)) return s.values[r][c];
  }
  return "";
}

/** A text value written back as text: one that starts with "=" would otherwise become a formula. */
function asConstant(value: Scalar): Scalar {
  return typeof value === "string" && value.startsWith("=") ? `'${value}` : value;
}

/**
 * Replaces each KC.* formula by the value it shows, and a formula spilling a range (dynamic arrays,
 * ExcelApi 1.12) by the values of the whole range. Other formulas, values and formats are untouched.
 * Syncs: those of the search, one to ask where results spill (hosts with dynamic arrays), then the
 * writes (one per 4 MB). Returns the number of formulas replaced.
 */
export async function convertKcFormulasIn(
  context: Excel.RequestContext,
  requirements: Requirements = officeRequirements(),
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<number> {
  const { cells, sheets } = await findKcCells(context, limits);
  if (cells.length === 0) return 0;
  const worksheets = context.workbook.worksheets;
  if (requirements("ExcelApi", "1.12")) {
    const spills = cells.map((cell) => ({
      cell,
      range: worksheets.getItem(cell.sheet).getRange(cell.address).getSpillingToRangeOrNullObject().load("address"),
    }));
    await context.sync();
    for (const { cell, range } of spills) if (!range.isNullObject) cell.spillAddress = range.address;
  }
  const bySheet = new Map<string, { row: number; col: number }[]>();
  for (const cell of cells) {
    const targets = bySheet.get(cell.sheet) ?? [];
    const area = parseUsedAddress(cell.sheet, cell.spillAddress ?? cell.address);
    for (let r = 0; r < area.rowCount; r++) for (let c = 0; c < area.colCount; c++) targets.push({ row: area.startRow + r, col: area.startCol + c });
    bySheet.set(cell.sheet, targets);
  }
  const writes = [...bySheet].flatMap(([sheet, targets]) =>
    coverWithRectangles(targets).map((rect) => {
      const values: Scalar[][] = [];
      for (let r = rect.r0; r <= rect.r1; r++) {
        const row: Scalar[] = [];
        for (let c = rect.c0; c <= rect.c1; c++) row.push(asConstant(valueAt(sheets, sheet, r, c)));
        values.push(row);
      }
      return { sheet, address: rectAddress(rect), values, bytes: JSON.stringify(values).length + 200 };
    }),
  );
  for (const batch of packByBytes(writes, (w) => w.bytes, MAX_WRITE_BYTES)) {
    for (const w of batch) worksheets.getItem(w.sheet).getRange(w.address).values = w.values;
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 4 MB of values (Excel on the web refuses 5 MB)
    await context.sync();
  }
  return cells.length;
}
