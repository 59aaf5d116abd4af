import { existsSync, openSync, readFileSync, readSync, closeSync, statSync } from "fs";
import { PassThrough } from "stream";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { bilingual } from "../../core/message";
import { SheetSnapshot } from "../../core/workbook/snapshot";
import { PackedSheet, PackedSheetData } from "../../core/workbook/packed-sheet";
import { packWorksheetXml, WorksheetContext } from "./worksheet-xml";
import { checkWorkbookSignature, corruptWorkbook, UnreadableWorkbookError } from "./read-errors";

/** The WorkbookReader options both the CLI and the read-only benchmark use: number formats kept. */
export const STREAM_OPTIONS = {
  worksheets: "emit",
  sharedStrings: "cache",
  styles: "cache",
  hyperlinks: "ignore",
  entries: "ignore",
} as const;

/** Refuses a missing file, a directory, an encrypted or non-xlsx file before reading it. */
export function checkWorkbookFile(path: string): void {
  if (!existsSync(path)) throw new UnreadableWorkbookError("missing", bilingual(`${path}: không tìm thấy tệp.`, `${path}: no such file.`));
  if (!statSync(path).isFile()) throw new UnreadableWorkbookError("not-xlsx", bilingual(`${path}: không phải là tệp.`, `${path}: not a file.`));
  const head = Buffer.alloc(8);
  const fd = openSync(path, "r");
  try {
    readSync(fd, head, 0, 8, 0);
  } finally {
    closeSync(fd);
  }
  checkWorkbookSignature(head, path);
}

/** The parts of ExcelJS's WorkbookReader this module drives (not in its typings). */
export interface ReaderInternals {
  model?: { sheets?: { name: string; rId: string }[] };
  workbookRels?: { Id: string; Target: string }[];
  sharedStrings?: unknown[];
  styles?: { getStyleModel(id: number): { numFmt?: string } | null };
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

/** A workbook opened for streaming: its parts parsed, its worksheets still compressed. */
export interface StreamedWorkbook {
  /** ExcelJS's reader, holding the relationships, sheet list, shared strings and styles. */
  reader: ReaderInternals;
  /** The worksheets in workbook order, each opened as a stream of its XML when asked. */
  sheets: { name: string; sheetNo: string; xml(): NodeJS.ReadableStream }[];
}

/**
 * Opens an .xlsx for streaming: the zip's central directory first (JSZip, which keeps only the
 * compressed bytes), then relationships, workbook, shared strings and styles through ExcelJS's
 * streaming WorkbookReader parsers. ExcelJS 4.4's own single-pass reader loses xl/workbook.xml when it
 * comes after the worksheets, as ExcelJS and Excel write it (exceljs issues #2790, #3064): opening the
 * parts by name avoids that.
 */
export async function openWorkbookStream(path: string): Promise<StreamedWorkbook> {
  checkWorkbookFile(path);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(readFileSync(path));
  } catch (err) {
    throw corruptWorkbook(path, err);
  }
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, STREAM_OPTIONS) as unknown as ReaderInternals;
  const required = (p: string) => {
    const s = entryStream(zip, p);
    if (!s) throw corruptWorkbook(path, new Error(`${p} missing`));
    return s;
  };
  await reader._parseRels(required("xl/_rels/workbook.xml.rels"));
  await reader._parseWorkbook(required("xl/workbook.xml"));
  const shared = entryStream(zip, "xl/sharedStrings.xml");
  if (shared) for await (const _ of reader._parseSharedStrings(shared)) void _;
  const styles = entryStream(zip, "xl/styles.xml");
  if (styles) await reader._parseStyles(styles);
  const sheets: StreamedWorkbook["sheets"] = [];
  for (const sheet of reader.model?.sheets ?? []) {
    const rel = reader.workbookRels?.find((r) => r.Id === sheet.rId);
    if (!rel) continue;
    const target = rel.Target.startsWith("/") ? rel.Target.slice(1) : `xl/${rel.Target.replace(/^\.\//, "")}`;
    if (!zip.file(target)) continue;
    sheets.push({ name: sheet.name, sheetNo: /sheet(\d+)\.xml$/.exec(target)?.[1] ?? "0", xml: () => entryStream(zip, target)! });
  }
  return { reader, sheets };
}

/** What a worksheet's cells refer to: the shared strings and the number formats of the styles. */
function worksheetContext(reader: ReaderInternals): WorksheetContext {
  return {
    sharedStrings: reader.sharedStrings ?? [],
    // "General" is no format at all, as ExcelJS's in-memory reader has it.
    numberFormat: (index) => {
      const format = reader.styles?.getStyleModel(index)?.numFmt;
      return format && format !== "General" ? format : undefined;
    },
  };
}

/**
 * Streams an .xlsx file one worksheet at a time (Node only), each read as it decompresses straight into
 * packed data (packWorksheetXml), which a worker can transfer. Each sheet is handed over and can be
 * dropped before the next is read, so memory holds one sheet at a time (plus the compressed file and
 * the shared strings). `onSheetNames` hears every sheet's name, in workbook order, before the first
 * sheet is read. Whatever goes wrong is an UnreadableWorkbookError naming the file.
 */
export async function* streamPackedSheets(path: string, onSheetNames?: (names: string[]) => void): AsyncGenerator<PackedSheetData> {
  try {
    const { reader, sheets } = await openWorkbookStream(path);
    onSheetNames?.((reader.model?.sheets ?? []).map((s) => s.name));
    const ctx = worksheetContext(reader);
    for (const sheet of sheets) yield await packWorksheetXml(sheet.xml(), sheet.name, ctx);
  } catch (err) {
    if (err instanceof UnreadableWorkbookError) throw err;
    throw corruptWorkbook(path, err);
  }
}

/** streamPackedSheets, each sheet as a snapshot. */
export async function* streamWorkbookSheets(path: string, onSheetNames?: (names: string[]) => void): AsyncGenerator<SheetSnapshot> {
  for await (const data of streamPackedSheets(path, onSheetNames)) yield new PackedSheet(data);
}
