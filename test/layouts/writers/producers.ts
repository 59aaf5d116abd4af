import { CorpusWorkbook } from "../workbook/corpus-workbook";
import { writeWithExcelJS } from "./exceljs-writer";
import { writeInlineStrings } from "./inline-writer";
import { prefixSpreadsheetML } from "./prefix-package";

/**
 * The producers the corpus writes .xlsx packages with: ExcelJS (shared strings, styles), the hand-written
 * minimal package (inline strings, no styles part), and either of them rewritten with `x:`-prefixed
 * SpreadsheetML as the .NET OpenXML SDK writes it.
 */
export const PRODUCERS = ["exceljs", "exceljs-prefixed", "inline", "inline-prefixed"] as const;
export type Producer = (typeof PRODUCERS)[number];

export async function produce(workbook: CorpusWorkbook, producer: Producer): Promise<Buffer> {
  const base = producer.startsWith("inline") ? await writeInlineStrings(workbook) : await writeWithExcelJS(workbook);
  return producer.endsWith("prefixed") ? prefixSpreadsheetML(base) : base;
}
