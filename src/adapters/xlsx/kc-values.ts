/**
 * "KC formulas to values" on an .xlsx held by ExcelJS (the web page's copy): every formula that calls a
 * KC.* function becomes the value it last showed (the result Excel cached in the file).
 */
import ExcelJS from "exceljs";
import type { KcFormulaCount } from "../../app/port";
import { callsKcFunction } from "../../app/kc-formulas";

interface KcCell {
  cell: ExcelJS.Cell;
  result: ExcelJS.CellValue;
}

/** The formula a cell holds; a clone of a shared formula shows its master's (the same functions, moved). */
function formulaOf(sheet: ExcelJS.Worksheet, cell: ExcelJS.Cell): string | undefined {
  if (cell.type !== ExcelJS.ValueType.Formula) return undefined;
  const value = cell.value as ExcelJS.CellFormulaValue & ExcelJS.CellSharedFormulaValue;
  if (value.formula) return value.formula;
  return value.sharedFormula ? (sheet.getCell(value.sharedFormula).value as ExcelJS.CellFormulaValue | null)?.formula : undefined;
}

function kcCells(workbook: ExcelJS.Workbook): { sheet: string; cells: KcCell[] }[] {
  return workbook.worksheets.map((sheet) => {
    const cells: KcCell[] = [];
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (callsKcFunction(formulaOf(sheet, cell))) cells.push({ cell, result: (cell.value as ExcelJS.CellFormulaValue).result ?? null });
      }),
    );
    return { sheet: sheet.name, cells };
  });
}

export function findKcFormulas(workbook: ExcelJS.Workbook): KcFormulaCount[] {
  return kcCells(workbook)
    .filter((s) => s.cells.length > 0)
    .map((s) => ({ sheet: s.sheet, cells: s.cells.length }));
}

/** Replaces each KC formula by its cached result; returns how many. Every cell is found before any is changed (shared formulas). */
export function convertKcFormulas(workbook: ExcelJS.Workbook): number {
  const found = kcCells(workbook).flatMap((s) => s.cells);
  for (const { cell, result } of found) cell.value = result;
  return found.length;
}

/**
 * The package's bytes with every KC formula turned into its value (TEMPORARY: through ExcelJS, which keeps
 * cells and styles but not every part of a workbook; the package-level edit replaces it).
 */
export async function convertKcFormulasInPackage(bytes: Uint8Array): Promise<{ bytes: Uint8Array; count: number }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const count = convertKcFormulas(workbook);
  return { bytes: new Uint8Array(await workbook.xlsx.writeBuffer()), count };
}
