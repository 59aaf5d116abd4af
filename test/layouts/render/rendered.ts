import { SheetKey, WorkbookKey } from "../key";
import { CorpusSheet, CorpusWorkbook } from "../workbook/corpus-workbook";
import { recalculate } from "../workbook/evaluate";

/** A corpus workbook with its answer key: what a renderer returns and a plant takes and returns. */
export interface Rendered {
  /** The catalogue id ("L7", "L7-export", "L11-funds+planted"). */
  id: string;
  /** What the workbook is, in a line (real-layouts.md section and variant). */
  title: string;
  workbook: CorpusWorkbook;
  key: WorkbookKey;
  /**
   * Cells ("Sheet!A1") a planted error changed besides the planted cells themselves (the counterpart that
   * keeps cost = support + counterpart when support is raised, the figures a swapped header sits over).
   * Cells whose formula (live or typed) depends on a changed cell may change too and are not listed.
   */
  changed: string[];
}

/** Recomputes every formula and typed figure and assembles the result. */
export function finish(id: string, title: string, fileName: string, sheets: { sheet: CorpusSheet; key: SheetKey }[]): Rendered {
  const workbook: CorpusWorkbook = { fileName, sheets: sheets.map((s) => s.sheet) };
  recalculate(workbook);
  const keys: Record<string, SheetKey> = {};
  for (const s of sheets) keys[s.sheet.name] = s.key;
  return { id, title, workbook, key: { fileName, sheets: keys, planted: [] }, changed: [] };
}
