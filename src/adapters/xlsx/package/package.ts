import { sheetNameProblem } from "../../../core/workbook/sheet-name-rules";
import { sheetNameKey } from "../../../core/workbook/sheet-names";
import { PackedSheetData } from "../../../core/workbook/packed-sheet";
import { ReadBudget } from "./budget";
import { ContentTypes, CONTENT_TYPES_PART, readContentTypes } from "./content-types";
import { DEFAULT_LIMITS, PackageLimits } from "./limits";
import { refuse } from "./refusal";
import { isRelationshipType, readRelationships, Relationship, relationshipsPartOf } from "./relationships";
import { readSharedStrings } from "./shared-strings";
import { readStyles, Styles } from "./styles";
import { readWorkbookPart, WorkbookInfo, WorkbookSheet } from "./workbook-part";
import { readWorksheet } from "./worksheet";
import { ZipArchive } from "./zip";

export type SheetKind = "worksheet" | "chartsheet" | "other";

/** A sheet of the workbook with the part that holds it. */
export interface SheetPart extends WorkbookSheet {
  kind: SheetKind;
  /** Its part name ("xl/worksheets/sheet1.xml"). */
  part: string;
}

/**
 * An .xlsx/.xlsm package opened for reading: its container, content types, relationships, workbook
 * (sheets, date system, defined names), styles and shared strings, each parsed once. Worksheets are
 * read one at a time with readSheet, so a caller can hold one sheet at a time.
 */
export interface XlsxPackage {
  readonly file: string;
  readonly zip: ZipArchive;
  readonly contentTypes: ContentTypes;
  /** The package's own relationships (_rels/.rels). */
  readonly relationships: readonly Relationship[];
  /** The workbook part's name, found through the package's officeDocument relationship. */
  readonly workbookPart: string;
  readonly workbookRelationships: readonly Relationship[];
  readonly workbook: WorkbookInfo;
  /** Every sheet in workbook order, with its kind and part. */
  readonly sheets: readonly SheetPart[];
  /** The worksheets (the sheets that hold cells), in workbook order. */
  readonly worksheets: readonly SheetPart[];
  readonly styles: Styles;
  readonly sharedStrings: readonly string[];
  /** What this reading has used of the limits; readSheet counts into it. */
  readonly budget: ReadBudget;
}

const CFB = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP = [0x50, 0x4b];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** Content types of packages that are not workbooks KC reads, with what to tell the user. */
const OTHER_DOCUMENTS: [RegExp, string, string][] = [
  [/wordprocessingml|ms-word/, "là văn bản Word, không phải bảng tính Excel.", "is a Word document, not an Excel workbook."],
  [/presentationml|ms-powerpoint/, "là bản trình chiếu PowerPoint, không phải bảng tính Excel.", "is a PowerPoint presentation, not an Excel workbook."],
  [/sheet\.binary/, "là bảng tính nhị phân .xlsb; hãy lưu lại dạng .xlsx.", "is a binary workbook (.xlsb); save it as .xlsx."],
];

/** Refuses, from its first bytes, what cannot be an .xlsx: an OLE file (an encrypted .xlsx or an old .xls) or anything not a zip. */
function checkSignature(bytes: Uint8Array, file: string): void {
  if (startsWith(bytes, CFB)) {
    throw refuse(
      "encrypted",
      file,
      "tệp được mã hóa bằng mật khẩu hoặc là tệp .xls cũ; hãy bỏ mật khẩu hoặc lưu lại dạng .xlsx.",
      "the file is password-encrypted or an old .xls; remove the password or save it as .xlsx.",
    );
  }
  if (!startsWith(bytes, ZIP)) throw refuse("not-xlsx", file, "không phải tệp .xlsx.", "not an .xlsx file.");
}

function missingPart(file: string, part: string, vi: string, en: string) {
  return refuse("corrupt", file, `tệp hỏng: thiếu ${vi} ${part}.`, `the file is damaged: ${en} ${part} is missing.`);
}

/** The workbook part, found as Excel finds it: the package's officeDocument relationship. */
function findWorkbookPart(zip: ZipArchive, contentTypes: ContentTypes, relationships: readonly Relationship[]): string {
  const main = relationships.find((r) => !r.external && isRelationshipType(r.type, "officeDocument"));
  if (!main) {
    throw refuse(
      "not-xlsx",
      zip.file,
      "không phải tệp .xlsx: _rels/.rels không chỉ tới tài liệu chính nào.",
      "not an .xlsx file: _rels/.rels names no main document.",
    );
  }
  const type = contentTypes.of(main.target) ?? "";
  const other = OTHER_DOCUMENTS.find(([pattern]) => pattern.test(type));
  if (other) throw refuse("not-xlsx", zip.file, other[1], other[2]);
  if (!zip.get(main.target)) throw missingPart(zip.file, main.target, "phần bảng tính", "the workbook part");
  return main.target;
}

/** Each sheet with its kind and part; refuses names Excel forbids, names used twice, sheets without their part. */
function sheetParts(zip: ZipArchive, workbook: WorkbookInfo, relationships: readonly Relationship[]): SheetPart[] {
  const file = zip.file;
  const names = new Map<string, string>();
  const parts = new Map<string, string>();
  return workbook.sheets.map((sheet) => {
    const problem = sheetNameProblem(sheet.name);
    if (problem)
      throw refuse("corrupt", file, `tên sheet '${sheet.name}' không hợp lệ: ${problem.vi}.`, `the sheet name '${sheet.name}' is not valid: ${problem.en}.`);
    const key = sheetNameKey(sheet.name);
    if (names.has(key)) throw refuse("corrupt", file, `hai sheet cùng tên '${sheet.name}'.`, `two sheets are named '${sheet.name}'.`);
    names.set(key, sheet.name);
    const relationship = relationships.find((r) => r.id === sheet.relationshipId && !r.external);
    if (!relationship) {
      throw refuse(
        "corrupt",
        file,
        `tệp hỏng: sheet '${sheet.name}' không có phần nội dung (quan hệ "${sheet.relationshipId}" không có).`,
        `the file is damaged: sheet '${sheet.name}' has no part (relationship "${sheet.relationshipId}" does not exist).`,
      );
    }
    const kind: SheetKind = isRelationshipType(relationship.type, "worksheet")
      ? "worksheet"
      : isRelationshipType(relationship.type, "chartsheet")
        ? "chartsheet"
        : "other";
    if (kind === "worksheet") {
      if (!zip.get(relationship.target)) throw missingPart(file, relationship.target, `phần của sheet '${sheet.name}'`, `the part of sheet '${sheet.name}'`);
      const sharing = parts.get(relationship.target.toLowerCase());
      if (sharing) {
        throw refuse(
          "corrupt",
          file,
          `tệp hỏng: sheet '${sharing}' và '${sheet.name}' dùng chung phần ${relationship.target}.`,
          `the file is damaged: sheets '${sharing}' and '${sheet.name}' share the part ${relationship.target}.`,
        );
      }
      parts.set(relationship.target.toLowerCase(), sheet.name);
    }
    return { ...sheet, kind, part: relationship.target };
  });
}

/**
 * Opens an .xlsx/.xlsm held in memory (browser, Web Worker or Node: no file system here). Everything
 * but the worksheets is read now; whatever makes the file unusable is an UnreadableWorkbookError
 * naming the file, the part or sheet, and the problem in words.
 */
export function openPackage(bytes: Uint8Array, file: string, limits: PackageLimits = DEFAULT_LIMITS): XlsxPackage {
  checkSignature(bytes, file);
  const zip = ZipArchive.open(bytes, file, limits);
  const contentTypes = readContentTypes(zip, limits);
  if (!contentTypes) throw missingPart(file, CONTENT_TYPES_PART, "bảng kiểu nội dung", "the content types part");
  const relationships = readRelationships(zip, "", limits);
  if (!relationships) throw missingPart(file, "_rels/.rels", "phần quan hệ của gói", "the package relationships part");
  const workbookPart = findWorkbookPart(zip, contentTypes, relationships);
  const workbookRelationships = readRelationships(zip, workbookPart, limits);
  if (!workbookRelationships) throw missingPart(file, relationshipsPartOf(workbookPart), "phần quan hệ của bảng tính", "the workbook's relationships part");
  const workbook = readWorkbookPart(zip, zip.get(workbookPart)!, limits);
  const sheets = sheetParts(zip, workbook, workbookRelationships);
  const worksheets = sheets.filter((s) => s.kind === "worksheet");
  if (worksheets.length === 0) throw refuse("not-xlsx", file, "bảng tính không có trang tính (worksheet) nào.", "the workbook has no worksheet.");

  const budget = new ReadBudget(file, limits);
  const partOf = (type: string) => {
    const relationship = workbookRelationships.find((r) => !r.external && isRelationshipType(r.type, type));
    return relationship ? zip.get(relationship.target) : undefined;
  };
  const stylesEntry = partOf("styles");
  const sharedStringsEntry = partOf("sharedStrings");
  return {
    file,
    zip,
    contentTypes,
    relationships,
    workbookPart,
    workbookRelationships,
    workbook,
    sheets,
    worksheets,
    styles: stylesEntry ? readStyles(zip, stylesEntry, limits) : Styles.NONE,
    sharedStrings: sharedStringsEntry ? readSharedStrings(zip, sharedStringsEntry, budget) : [],
    budget,
  };
}

/** Reads one worksheet of an opened package into packed data (counted into the package's budget). */
export function readSheet(pkg: XlsxPackage, sheet: SheetPart): PackedSheetData {
  return readWorksheet(pkg.zip, pkg.zip.get(sheet.part)!, sheet.name, {
    sharedStrings: pkg.sharedStrings,
    date1904: pkg.workbook.date1904,
    styles: pkg.styles,
    budget: pkg.budget,
  });
}
