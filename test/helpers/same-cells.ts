import { Cell, SheetSnapshot } from "../../src/core/workbook/snapshot";

/** A cell as the rules see it: a "General" number format is no format (precision.ts reads it so). */
function comparable(cell: Cell | undefined): string {
  if (!cell) return "undefined";
  const { format, ...rest } = cell;
  return JSON.stringify(format && !/^\s*general\s*$/i.test(format) ? { ...rest, format } : rest);
}

/** The cells where two readings of a sheet differ, as "Sheet R1C1: a, b" lines (empty when none). */
export function cellDifferences(a: SheetSnapshot, b: SheetSnapshot): string[] {
  const differences: string[] = [];
  for (let r = 0; r < Math.max(a.rowCount, b.rowCount); r++) {
    for (let c = 0; c < Math.max(a.colCount, b.colCount); c++) {
      const [x, y] = [comparable(a.cell(r, c)), comparable(b.cell(r, c))];
      if (x !== y) differences.push(`${b.name} R${r + 1}C${c + 1}: ${x}, ${y}`);
    }
  }
  return differences;
}
