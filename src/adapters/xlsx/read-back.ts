import { PackedSheet } from "../../core/workbook/packed-sheet";
import { rangeRef } from "../../core/workbook/merges";
import { sheetNameKey } from "../../core/workbook/sheet-names";
import { a1, Cell, isCellError, SheetSnapshot } from "../../core/workbook/snapshot";
import { PackedWorkbook, readWorkbookSnapshot } from "./package/read-workbook";
import { refuse, UnreadableWorkbookError } from "./package/refusal";

/** A cell as words for a message: its value, formula and format. */
function describe(cell: Cell | undefined): string {
  if (!cell) return "∅";
  const v = cell.value;
  const value = isCellError(v) ? v.error : typeof v === "string" ? JSON.stringify(v) : Object.is(v, -0) ? "-0" : String(v);
  return `${value}${cell.formula !== undefined ? ` =${cell.formula}` : ""}${cell.format ? ` [${cell.format}]` : ""}`;
}

function sameValue(a: Cell["value"], b: Cell["value"]): boolean {
  if (typeof a === "number" && typeof b === "number") return Object.is(a, b);
  if (isCellError(a) && isCellError(b)) return a.error === b.error;
  return a === b;
}

function sameCell(a: Cell | undefined, b: Cell | undefined): boolean {
  if (!a || !b) return a === b;
  return sameValue(a.value, b.value) && a.formula === b.formula && (a.format ?? "") === (b.format ?? "");
}

/** A KC formula the user had turned into its value: the same value and format, no formula. */
function convertedCell(a: Cell | undefined, b: Cell | undefined): boolean {
  return a !== undefined && b !== undefined && a.formula !== undefined && b.formula === undefined && sameCell({ ...a, formula: undefined }, b);
}

/**
 * Where a sheet read back differs from the sheet read from the input, in words; undefined when it does not.
 * `converted` names the cells (A1) whose KC formula the user asked to turn into its value.
 */
export function firstDifference(before: PackedSheet, after: SheetSnapshot & { cellCount?: number }, converted?: ReadonlySet<string>): string | undefined {
  let found: string | undefined;
  before.eachCell((r, c) => {
    const same = sameCell(before.cell(r, c), after.cell(r, c)) || (converted?.has(a1(r, c)) === true && convertedCell(before.cell(r, c), after.cell(r, c)));
    if (found === undefined && !same) found = `${a1(r, c)}: ${describe(before.cell(r, c))} → ${describe(after.cell(r, c))}`;
  });
  if (found) return found;
  if (after.cellCount !== undefined && after.cellCount !== before.cellCount) return `${after.cellCount - before.cellCount} more cell(s)`;
  const [m1, m2] = [before.merges.map(rangeRef).sort().join(" "), (after.merges ?? []).map(rangeRef).sort().join(" ")];
  return m1 === m2 ? undefined : `merges ${m1 || "∅"} → ${m2 || "∅"}`;
}

/**
 * Reads back a workbook KC wrote and refuses it unless every sheet of the input it kept reads back
 * cell for cell as it was read (values, formulas, formats, merges): KC never changes or drops part of
 * a user's workbook on the way. `kept` names the input's sheets the output must hold unchanged; `converted`,
 * by sheet, the cells whose KC formula the user asked to turn into its value (that change alone is accepted there).
 */
export async function checkReadBack(
  input: PackedWorkbook,
  output: Uint8Array,
  kept: readonly string[],
  file: string,
  converted?: ReadonlyMap<string, ReadonlySet<string>>,
): Promise<void> {
  let written;
  try {
    written = await readWorkbookSnapshot(output, file);
  } catch (error) {
    if (!(error instanceof UnreadableWorkbookError)) throw error;
    // What the writer made is not readable: said of the copy, not of the user's file.
    const why = { vi: error.text.vi.slice(file.length + 2), en: error.text.en.slice(file.length + 2) };
    throw refuse(
      "unsupported",
      file,
      `KC đọc được tệp nhưng bản sao mà bộ ghi hiện tại tạo ra không đọc lại được (${why.vi.replace(/\.$/, "")}); không ghi gì.`,
      `KC read the file but the copy its current writer made cannot be read back (${why.en.replace(/\.$/, "")}); nothing was written.`,
    );
  }
  const byName = new Map(written.sheets.map((s) => [sheetNameKey(s.name), s]));
  for (const sheet of input.sheets) {
    if (!kept.includes(sheet.name)) continue;
    const after = byName.get(sheetNameKey(sheet.name));
    const difference = after ? firstDifference(sheet, after, converted?.get(sheet.name)) : "missing";
    if (difference) {
      throw refuse(
        "unsupported",
        file,
        `KC đọc được tệp nhưng chưa ghi được bản sao giữ nguyên sheet '${sheet.name}' (${difference}); không ghi gì.`,
        `KC read the file but cannot yet write a copy that keeps sheet '${sheet.name}' as it is (${difference}); nothing was written.`,
      );
    }
  }
}
