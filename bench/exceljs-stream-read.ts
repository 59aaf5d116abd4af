import type ExcelJS from "exceljs";
import { openWorkbookStream } from "../src/adapters/xlsx/read-workbook-stream";

/**
 * The reference of the validation benchmark: the plain streaming read of a workbook by the xlsx
 * library. The same opening as kc (JSZip, ExcelJS's WorkbookReader parsers with the same options), then
 * each worksheet through ExcelJS's streaming WorksheetReader, row by row.
 */
export async function* exceljsWorksheetRows(path: string): AsyncGenerator<{ name: string; rows: AsyncIterable<ExcelJS.Row> }> {
  const { reader, sheets } = await openWorkbookStream(path);
  for (const sheet of sheets) {
    for (const event of reader._parseWorksheet(sheet.xml(), sheet.sheetNo)) {
      if (event.eventType === "worksheet") yield { name: sheet.name, rows: event.value };
    }
  }
}
