import { describeError } from "../../app/errors";
import { CANNOT_INSERT_SHEETS } from "../../app/insert-by-hand";
import { PortError } from "../../app/port";
import { ChosenFile, FileInsertion, planFileInsertion, renamedSheets, SheetToInsert, WorkbookSheet } from "../../app/report-files";
import { bilingual } from "../../core/message";
import { readSourceRecord, SOURCE_NAME, sourceRecordFormula } from "../../core/workbook/source-record";
import { readWorkbookSnapshot } from "../xlsx/package/read-workbook";
import { UnreadableWorkbookError } from "../xlsx/package/refusal";
import { withSheetsRenamed } from "../xlsx/renamed-sheets";
import { sha256Hex } from "../xlsx/sha256";
import { officeRequirements, Requirements } from "./requirements";

/** The open workbook's sheets, each with its `_KC_Source` record when KC inserted it. Two syncs. */
async function workbookSheets(context: Excel.RequestContext): Promise<WorkbookSheet[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const records = worksheets.items.map((ws) => ws.names.getItemOrNullObject(SOURCE_NAME).load("formula"));
  await context.sync();
  return worksheets.items.map((ws, i) => {
    const source = records[i].isNullObject ? undefined : readSourceRecord(String(records[i].formula));
    return source ? { name: ws.name, source } : { name: ws.name };
  });
}

/** Bytes as the Base64 text Office.js takes, in slices (String.fromCharCode takes a bounded number of arguments). */
function base64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Inserts the planned sheets of one file (already named as they must be named here) at the end of the
 * workbook, then records on each where it came from (a record it brought from its own file is replaced).
 * Three syncs. Returns each sheet with the name it has in the workbook.
 */
async function insertSheets(
  context: Excel.RequestContext,
  bytes: Uint8Array,
  sheets: readonly SheetToInsert[],
  requirements: Requirements,
): Promise<{ sheet: SheetToInsert; name: string }[]> {
  const ids = requirements("ExcelApi", "1.13")
    ? context.workbook.insertWorksheetsFromBase64(base64(bytes), { sheetNamesToInsert: sheets.map((s) => s.name), positionType: "End" })
    : undefined;
  if (!ids) throw new PortError(CANNOT_INSERT_SHEETS);
  await context.sync();
  const inserted = ids.value.map((id) => context.workbook.worksheets.getItem(id).load("name"));
  const brought = inserted.map((ws) => ws.names.getItemOrNullObject(SOURCE_NAME).load("name"));
  await context.sync();
  const out = inserted.map((ws, i) => {
    // A sheet is matched by name, else by position (Excel gives the ids in the order of the names asked for).
    const sheet = sheets.find((s) => s.name === ws.name) ?? sheets[i];
    if (!brought[i].isNullObject) brought[i].delete();
    ws.names.add(SOURCE_NAME, `=${sourceRecordFormula(sheet.record)}`).visible = false;
    return { sheet, name: ws.name };
  });
  await context.sync();
  return out;
}

/** Why Excel refused a file, in words: its size on Excel on the web, or Excel's own message. */
function whyUnusable(file: string, error: unknown): FileInsertion["unusable"] {
  if (error instanceof PortError) return error.userMessage;
  if (error instanceof UnreadableWorkbookError) return error.text;
  const code = typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
  if (code === "RequestPayloadSizeLimitExceeded")
    return bilingual(
      `${file}: tệp quá lớn để Excel trên web nhận qua phần bổ trợ (tối đa khoảng 5 MB); hãy chép sheet bằng Di chuyển hoặc Sao chép… (Move or Copy…).`,
      `${file}: the file is too large for Excel on the web to take from an add-in (about 5 MB at most); copy the sheet with Move or Copy… instead.`,
    );
  const said = describeError(error);
  return bilingual(`${file}: Excel không chèn được: ${said.vi}`, `${file}: Excel could not insert it: ${said.en}`);
}

/**
 * "Thêm báo cáo tỉnh từ tệp…" in Excel: each chosen file is read with KC's package reader, its province
 * reports are found (app/report-files.ts) and inserted with Workbook.insertWorksheetsFromBase64 (ExcelApi
 * 1.13), each under a name no sheet of the workbook has: a sheet whose name is taken is renamed in a copy of
 * the file first ("Hà Nội (2)"), so Excel never meets a clash and no sheet is overwritten. A file that cannot
 * be read or inserted is said with its reason and the others go in. Nothing of the open workbook is changed
 * but the sheets added.
 */
export async function insertReportFilesIn(
  context: Excel.RequestContext,
  files: readonly ChosenFile[],
  onProgress?: (fraction: number) => void,
  requirements: Requirements = officeRequirements(),
): Promise<FileInsertion[]> {
  if (!requirements("ExcelApi", "1.13")) throw new PortError(CANNOT_INSERT_SHEETS);
  const sheets = await workbookSheets(context);
  const out: FileInsertion[] = [];
  for (const [i, file] of files.entries()) {
    onProgress?.(i / files.length);
    const result: FileInsertion = { file: file.name, inserted: [], left: [], notices: [] };
    out.push(result);
    let read;
    try {
      read = await readWorkbookSnapshot(file.bytes, file.name);
    } catch (error) {
      result.unusable = whyUnusable(file.name, error);
      continue;
    }
    const plan = planFileInsertion(file.name, read, await sha256Hex(file.bytes), sheets);
    result.left = plan.left;
    result.notices = plan.notices;
    if (plan.unusable) {
      result.unusable = plan.unusable;
      continue;
    }
    try {
      const bytes = await withSheetsRenamed(file.bytes, file.name, renamedSheets(plan));
      for (const { sheet, name } of await insertSheets(context, bytes, plan.insert, requirements)) {
        result.inserted.push({ source: sheet.source, name });
        sheets.push({ name, source: sheet.record });
      }
    } catch (error) {
      result.unusable = whyUnusable(file.name, error);
    }
  }
  onProgress?.(1);
  return out;
}

export function insertOfficeReportFiles(files: readonly ChosenFile[], onProgress?: (fraction: number) => void): Promise<FileInsertion[]> {
  return Excel.run((context) => insertReportFilesIn(context, files, onProgress));
}
