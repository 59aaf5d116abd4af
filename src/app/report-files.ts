import { outsideReferences } from "../core/formulas/outside-references";
import { Bilingual, bilingual } from "../core/message";
import { RULES_SHEET_NAME } from "../core/standard/layout";
import { labelKey } from "../core/standard/labels";
import { isCorrectionsSheet } from "../core/reading/corrections";
import { readSheet } from "../core/reading/read-sheet";
import { isGeneratedSheet } from "../core/summary/tab-names";
import { freeSheetName, sheetNameKey } from "../core/workbook/sheet-names";
import { a1, SheetSnapshot, WorkbookSnapshot } from "../core/workbook/snapshot";
import type { SourceRecord } from "../core/workbook/source-record";

/**
 * "Thêm báo cáo tỉnh từ tệp…": which sheets of a province's file go into the open workbook, and under
 * which names. The host reads the file (KC's package reader) and inserts the sheets; this decides.
 */

/** A file the officer chose: its name (without a folder) and bytes. */
export interface ChosenFile {
  name: string;
  bytes: Uint8Array;
}

/** A sheet of the open workbook, with where it came from when KC inserted it (its `_KC_Source` record). */
export interface WorkbookSheet {
  name: string;
  source?: SourceRecord;
}

/** A report sheet of a file to insert: its name in the file, the free name it takes here, its record. */
export interface SheetToInsert {
  source: string;
  name: string;
  record: SourceRecord;
}

/** A sheet of a file that is not inserted, and why: it is no report, or it was inserted from this file before. */
export interface SheetLeft {
  sheet: string;
  reason: Bilingual;
  alreadyIn?: string;
}

export interface FilePlan {
  insert: SheetToInsert[];
  left: SheetLeft[];
  /** Why nothing of the file goes in (no sheet is a report, or every report is already here). */
  unusable?: Bilingual;
  notices: Bilingual[];
}

/** What happened to one chosen file. */
export interface FileInsertion {
  file: string;
  /** The sheets inserted: their name in the file and the one they have in the workbook. */
  inserted: { source: string; name: string }[];
  left: SheetLeft[];
  unusable?: Bilingual;
  notices: Bilingual[];
}

/**
 * Why a sheet is not a province report KC reads, or undefined when it is one, in whatever layout (KC's
 * standard or the layouts provinces send, src/core/reading). `fileName` may name the province or the year.
 */
export function notAReport(sheet: SheetSnapshot, fileName?: string): Bilingual | undefined {
  if (isGeneratedSheet(sheet)) return bilingual("bảng tổng hợp do KC tạo, không phải báo cáo tỉnh.", "a summary tab KC wrote, not a province report.");
  if (labelKey(sheet.name) === labelKey(RULES_SHEET_NAME))
    return bilingual("bảng quy tắc của KC, không phải báo cáo tỉnh.", "KC's rules sheet, not a province report.");
  if (isCorrectionsSheet(sheet))
    return bilingual(
      "cách đọc do cán bộ sửa (KC_CachDoc), không phải báo cáo tỉnh.",
      "the officer's corrections of readings (KC_CachDoc), not a province report.",
    );
  const reading = readSheet(sheet, { fileName });
  if (reading.status !== "not-report") return undefined;
  const why = (lang: "vi" | "en") => reading.reasons.map((r) => r[lang]).join("; ");
  return bilingual(`không phải báo cáo tỉnh KC đọc được: ${why("vi")}.`, `not a province report KC reads: ${why("en")}.`);
}

/** The first formula of a sheet that refers to other sheets, names or tables, and how many do. */
function formulasReachingOut(sheet: SheetSnapshot & { eachCell?: (visit: (row: number, col: number) => void) => void }): { count: number; first?: string } {
  let count = 0;
  let first: string | undefined;
  const visit = (r: number, c: number) => {
    const formula = sheet.cell(r, c)?.formula;
    if (formula === undefined || outsideReferences(formula).length === 0) return;
    count++;
    first ??= `${a1(r, c)}: =${formula}`;
  };
  if (sheet.eachCell) sheet.eachCell(visit);
  else for (let r = 0; r < sheet.rowCount; r++) for (let c = 0; c < sheet.colCount; c++) visit(r, c);
  return { count, first };
}

/**
 * Which sheets of `file` to insert into a workbook holding `sheets`: every province report, under its own
 * name when no sheet has it, else under a free one ("Hà Nội (2)"): nothing is overwritten. A report already
 * inserted from the same file (same SHA-256, same sheet) is not inserted twice. Every other sheet is left
 * with its reason; a file with no report to insert is unusable, with what KC looked for.
 */
export function planFileInsertion(file: string, workbook: WorkbookSnapshot, sha256: string, sheets: readonly WorkbookSheet[]): FilePlan {
  // A new name must be free here and must not be another sheet's in the file (the file is renamed before it goes in).
  const taken = [...sheets.map((s) => s.name), ...workbook.sheets.map((s) => s.name)];
  const insert: SheetToInsert[] = [];
  const left: SheetLeft[] = [];
  const notices: Bilingual[] = [];
  for (const sheet of workbook.sheets) {
    const why = notAReport(sheet, file.replace(/^.*[\\/]/, ""));
    if (why) {
      left.push({ sheet: sheet.name, reason: why });
      continue;
    }
    const copy = sheets.find((s) => s.source?.sha256 === sha256 && s.source.sheet === sheet.name);
    if (copy) {
      left.push({
        sheet: sheet.name,
        alreadyIn: copy.name,
        reason: bilingual(
          `đã có trong sổ làm việc: sheet '${copy.name}', chép từ chính tệp này.`,
          `already in the workbook: sheet '${copy.name}', copied from this very file.`,
        ),
      });
      continue;
    }
    const name = sheets.some((s) => sheetNameKey(s.name) === sheetNameKey(sheet.name)) ? freeSheetName(sheet.name, taken) : sheet.name;
    taken.push(name);
    insert.push({ source: sheet.name, name, record: { file: file.replace(/^.*[\\/]/, ""), sheet: sheet.name, sha256 } });
    const outside = formulasReachingOut(sheet);
    if (outside.count > 0) {
      notices.push(
        bilingual(
          `${file}: ${outside.count} công thức của sheet '${sheet.name}' tham chiếu sheet, tên hoặc bảng khác của tệp (vd. ${outside.first}); trong sổ này chúng có thể không còn trỏ đúng chỗ: hãy xem lại.`,
          `${file}: ${outside.count} formula(s) of sheet '${sheet.name}' refer to other sheets, names or tables of the file (e.g. ${outside.first}); in this workbook they may no longer point where they did: check them.`,
        ),
      );
    }
  }
  const plan: FilePlan = { insert, left, notices };
  if (insert.length === 0) {
    plan.unusable = left.some((l) => l.alreadyIn !== undefined)
      ? bilingual(`${file}: các báo cáo tỉnh của tệp đã có trong sổ làm việc.`, `${file}: the file's province reports are already in the workbook.`)
      : bilingual(
          `${file}: không có sheet nào là báo cáo tỉnh (KC tìm một bảng có dòng tiêu đề như «Tên đề án | Tổng kinh phí | Kinh phí hỗ trợ» hay «Nguồn kinh phí | Kế hoạch | Thực hiện» và có số liệu bên dưới, như mẫu của KC hay mẫu tỉnh gửi).`,
          `${file}: no sheet is a province report (KC looks for a table with a header row such as “Tên đề án | Tổng kinh phí | Kinh phí hỗ trợ” or “Nguồn kinh phí | Kế hoạch | Thực hiện” with figures below, as in KC's template or the layouts provinces send).`,
        );
  }
  return plan;
}

/** The names a plan gives sheets that had to change (their own name was taken). */
export function renamedSheets(plan: FilePlan): Map<string, string> {
  return new Map(plan.insert.filter((s) => s.name !== s.source).map((s) => [s.source, s.name]));
}
