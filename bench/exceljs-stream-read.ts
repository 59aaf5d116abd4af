import { readFileSync } from "fs";
import { PassThrough } from "stream";
import ExcelJS from "exceljs";
import JSZip from "jszip";

/**
 * The reference of the validation benchmark: a plain streaming read of a workbook by the xlsx library
 * (benchmark code only; KC reads with its own package reader). JSZip opens the zip, ExcelJS's
 * WorkbookReader parses relationships, workbook, shared strings and styles (number formats kept), then
 * each worksheet through its streaming WorksheetReader, row by row. ExcelJS 4.4's own single-pass
 * reader loses xl/workbook.xml when it comes after the worksheets (exceljs issues #2790, #3064):
 * opening the parts by name avoids that.
 */
const STREAM_OPTIONS = { worksheets: "emit", sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", entries: "ignore" } as const;

/** The parts of ExcelJS's WorkbookReader this module drives (not in its typings). */
interface ReaderInternals {
  model?: { sheets?: { name: string; rId: string }[] };
  workbookRels?: { Id: string; Target: string }[];
  _parseRels(entry: NodeJS.ReadableStream): Promise<void>;
  _parseWorkbook(entry: NodeJS.ReadableStream): Promise<void>;
  _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncGenerator<unknown>;
  _parseStyles(entry: NodeJS.ReadableStream): Promise<void>;
  _parseWorksheet(iterator: AsyncIterable<unknown>, sheetNo: string): Generator<{ eventType: string; value: AsyncIterable<ExcelJS.Row> & { name?: string } }>;
}

function entryStream(zip: JSZip, path: string): PassThrough | undefined {
  const file = zip.file(path);
  return file ? (file.nodeStream("nodebuffer").pipe(new PassThrough()) as PassThrough) : undefined;
}

export async function* exceljsWorksheetRows(path: string): AsyncGenerator<{ name: string; rows: AsyncIterable<ExcelJS.Row> }> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, STREAM_OPTIONS) as unknown as ReaderInternals;
  await reader._parseRels(entryStream(zip, "xl/_rels/workbook.xml.rels")!);
  await reader._parseWorkbook(entryStream(zip, "xl/workbook.xml")!);
  const shared = entryStream(zip, "xl/sharedStrings.xml");
  if (shared) for await (const _ of reader._parseSharedStrings(shared)) void _;
  const styles = entryStream(zip, "xl/styles.xml");
  if (styles) await reader._parseStyles(styles);
  for (const sheet of reader.model?.sheets ?? []) {
    const rel = reader.workbookRels?.find((r) => r.Id === sheet.rId);
    if (!rel) continue;
    const target = rel.Target.startsWith("/") ? rel.Target.slice(1) : `xl/${rel.Target.replace(/^\.\//, "")}`;
    const xml = entryStream(zip, target);
    if (!xml) continue;
    const sheetNo = /sheet(\d+)\.xml$/.exec(target)?.[1] ?? "0";
    for (const event of reader._parseWorksheet(xml, sheetNo)) {
      if (event.eventType === "worksheet") yield { name: sheet.name, rows: event.value };
    }
  }
}
