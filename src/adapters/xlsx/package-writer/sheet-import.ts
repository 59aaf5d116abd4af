import { SaxesParser, SaxesTagPlain } from "saxes";
import { Bilingual, bilingual } from "../../../core/message";
import { outsideReferences } from "../../../core/formulas/outside-references";
import { readSourceRecord, SOURCE_NAME, SourceRecord, sourceRecordFormula } from "../../../core/workbook/source-record";
import { openPackage, XlsxPackage } from "../package/package";
import { isRelationshipType } from "../package/relationships";
import { refuse } from "../package/refusal";
import { sha256Hex } from "../sha256";
import { StylesPart } from "./styles-part";
import { escapeAttribute, escapeText } from "./xml-spans";
import { WorkbookPackage } from "./workbook-package";
import { NotGeneratedError } from "./write-errors";
import { XML_DECLARATION } from "./relationships";

/** A workbook to copy a sheet from: its bytes and the file name to record. */
export interface SourceWorkbook {
  bytes: Uint8Array;
  /** The file's name as the user knows it (recorded with the copy; a folder is left out). */
  file: string;
}

export interface ImportOptions {
  /** The copy's name in the target workbook (no sheet may have it, but the one it replaces). */
  name: string;
  /** A copy made before (it carries KC's record) to replace in place: same position. */
  replaces?: string;
}

export interface ImportResult {
  sheet: string;
  record: SourceRecord;
  /** What of the source sheet was not carried, in words. */
  notices: Bilingual[];
}

/** A sheet copied by KC, with the record of where it came from. */
export interface ImportedSheet {
  sheet: string;
  record: SourceRecord;
}

/**
 * The copies of other workbooks' sheets this workbook holds: each sheet carrying KC's record (the
 * sheet-scoped hidden name `_KC_Source`, core/workbook/source-record.ts).
 */
export function importedSheets(pkg: WorkbookPackage): ImportedSheet[] {
  const out: ImportedSheet[] = [];
  for (const name of pkg.workbook.names) {
    if (name.name !== SOURCE_NAME || name.localSheetId === undefined) continue;
    const sheet = pkg.workbook.sheets[name.localSheetId];
    const record = readSourceRecord(name.value.replace(/&quot;/g, '"').replace(/&amp;/g, "&"));
    if (sheet && record) out.push({ sheet: sheet.name, record });
  }
  return out;
}

/** The SpreadsheetML namespace, transitional or Strict. */
const SPREADSHEET_MAIN = /^(http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main|http:\/\/purl\.oclc\.org\/ooxml\/spreadsheetml\/main)$/;

/** The elements of a worksheet that a copy keeps, in schema order; every other child of <worksheet> is left out. */
const KEPT = new Set([
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "autoFilter",
  "sortState",
  "mergeCells",
  "phoneticPr",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "ignoredErrors",
]);

/** What is left out, by element, in words (elements not listed go without a word: views, protection…). */
const LEFT_OUT: Record<string, Bilingual> = {
  drawing: bilingual("hình vẽ, hình ảnh và biểu đồ", "drawings, pictures and charts"),
  legacyDrawing: bilingual("ghi chú (comment)", "comments (notes)"),
  picture: bilingual("ảnh nền", "the background picture"),
  oleObjects: bilingual("đối tượng nhúng", "embedded objects"),
  controls: bilingual("điều khiển biểu mẫu", "form controls"),
  tableParts: bilingual("bảng (Table) của Excel", "Excel tables"),
  conditionalFormatting: bilingual("định dạng có điều kiện", "conditional formats"),
  dataValidations: bilingual("kiểm soát dữ liệu nhập (data validation)", "data validations"),
  hyperlinks: bilingual("siêu liên kết", "hyperlinks"),
  extLst: bilingual("phần mở rộng (sparkline, định dạng mới)", "extensions (sparklines, newer formats)"),
};

/**
 * Copies one worksheet of another workbook into this one as a new sheet (or in place of a copy made
 * before): values, formulas with their cached results, number formats and cell styles (their formats
 * appended to this workbook's styles, indices remapped), merges, column widths, row heights, hidden rows
 * and columns, frozen panes, page setup. Shared strings become inline strings (this workbook's shared
 * strings stay as they were), rich text kept. Where the copy came from is recorded on it (`_KC_Source`).
 * Not carried, and said in `notices`: drawings, comments, tables, conditional formats, data validations,
 * hyperlinks, extensions, and the meaning of formulas that refer to other sheets, defined names or tables
 * of the source workbook (they are copied as they are and now look for those here).
 */
export async function importSheet(target: WorkbookPackage, source: SourceWorkbook, sourceSheet: string, options: ImportOptions): Promise<ImportResult> {
  const input = openPackage(source.bytes, source.file);
  const sheet = input.worksheets.find((s) => s.name === sourceSheet);
  if (!sheet) throw refuse("missing", source.file, `không có sheet '${sourceSheet}'.`, `there is no sheet '${sourceSheet}'.`);

  const wb = target.workbook;
  const replaced = options.replaces !== undefined ? wb.find(options.replaces) : undefined;
  if (options.replaces !== undefined && (!replaced || !importedSheets(target).some((i) => i.sheet === replaced.name)))
    throw new NotGeneratedError(options.replaces);
  const clash = wb.find(options.name);
  if (clash && clash !== replaced) throw new NotGeneratedError(clash.name);

  const record: SourceRecord = { file: source.file.replace(/^.*[\\/]/, ""), sheet: sourceSheet, sha256: await sha256Hex(source.bytes) };
  const notices: Bilingual[] = [];
  const xml = copiedSheetXml(input, sheet.part, await target.styles(), target.ns.main, notices, sourceSheet);

  let entry;
  let part: string;
  if (replaced) {
    entry = replaced;
    part = await target.sheetPart(entry);
    target.touchedSheet(entry);
    await target.dropRelationships(part);
    const index = wb.sheets.indexOf(entry);
    for (const n of [...wb.names]) if (n.localSheetId === index) wb.removeName(n);
    wb.rename(entry, options.name);
  } else ({ entry, part } = await target.addSheetPart(options.name));
  target.zip.set(part, xml);
  wb.addName({ name: SOURCE_NAME, localSheetId: wb.sheets.indexOf(entry), hidden: true, value: escapeText(sourceRecordFormula(record)) });
  return { sheet: options.name, record, notices };
}

/** The raw XML inside each wanted <si> of a shared strings part (rich runs included), by index. */
function sharedStringXml(xml: string, wanted: ReadonlySet<number>, part: string): Map<number, string> {
  const out = new Map<number, string>();
  if (wanted.size === 0) return out;
  const parser = new SaxesParser({ xmlns: false, position: true });
  let index = -1;
  let start = 0;
  parser.on("opentag", (tag: SaxesTagPlain) => {
    if (tag.name.slice(tag.name.indexOf(":") + 1) === "si") {
      index++;
      start = parser.position;
    }
  });
  parser.on("closetag", (tag: SaxesTagPlain) => {
    if (tag.name.slice(tag.name.indexOf(":") + 1) === "si" && wanted.has(index)) out.set(index, xml.slice(start, xml.lastIndexOf("<", parser.position - 1)));
  });
  parser.on("error", (e) => {
    throw new Error(`${part}: ${e.message}`);
  });
  parser.write(xml).close();
  return out;
}

/**
 * The copy's worksheet XML: the source sheet's kept elements, re-written in this workbook's namespace
 * with style indices remapped and shared strings made inline; what is left out is named in `notices`.
 */
function copiedSheetXml(input: XlsxPackage, part: string, styles: StylesPart, main: string, notices: Bilingual[], sheetName: string): string {
  const sourceXml = new TextDecoder().decode(input.zip.read(input.zip.get(part)!));
  const sourceStyles = stylesOf(input);
  const xfs = new Map<number, number>();
  const xfOf = (s: string | undefined) => {
    if (s === undefined || sourceStyles === undefined) return undefined;
    const index = Number(s);
    let xf = xfs.get(index);
    if (xf === undefined) {
      const from = sourceStyles.sourceXf(index);
      xfs.set(index, (xf = from ? styles.importXf(from) : 0));
    }
    return String(xf);
  };

  // First pass: which shared strings the sheet uses.
  const used = new Set<number>();
  for (const m of sourceXml.matchAll(/<(?:[\w.-]+:)?c\b[^>]*\bt="s"[^>]*>\s*<(?:[\w.-]+:)?v>(\d+)</g)) used.add(Number(m[1]));
  const sst = input.workbookRelationships.find((r) => !r.external && isRelationshipType(r.type, "sharedStrings"));
  const sstEntry = sst ? input.zip.get(sst.target) : undefined;
  const sstXml = sstEntry ? new TextDecoder().decode(input.zip.read(sstEntry)) : "";
  const strings = sharedStringXml(sstXml, used, sst?.target ?? "sharedStrings");
  const sstPrefix = /<([\w.-]+:)?sst\b/.exec(sstXml)?.[1] ?? "";

  const out: string[] = [];
  const parser = new SaxesParser({ xmlns: false });
  const mainPrefixes = new Set<string>();
  let depth = 0;
  let skipDepth = -1;
  let inSharedCell = false;
  let sharedIndex = "";
  let inValue = false;
  let outside = 0;
  let firstOutside: string | undefined;
  let inFormula = false;
  let formula = "";
  let cellRef = "";
  const leftOut = new Set<string>();

  const local = (name: string) => name.slice(name.indexOf(":") + 1);
  const prefixOfName = (name: string) => (name.includes(":") ? name.slice(0, name.indexOf(":")) : "");
  const inMain = (name: string) => mainPrefixes.has(prefixOfName(name));
  const attrs = (a: Record<string, string>, drop: (k: string) => boolean) =>
    Object.entries(a)
      .filter(([k]) => !drop(k))
      .map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`)
      .join("");

  parser.on("opentag", (tag: SaxesTagPlain) => {
    depth++;
    if (skipDepth >= 0) return;
    const a = { ...(tag.attributes as Record<string, string>) };
    const name = local(tag.name);
    if (depth === 1) {
      for (const [k, v] of Object.entries(a))
        if ((k === "xmlns" || k.startsWith("xmlns:")) && SPREADSHEET_MAIN.test(v)) mainPrefixes.add(k === "xmlns" ? "" : k.slice(6));
      const declarations = Object.entries(a).filter(([k, v]) => k.startsWith("xmlns:") && !mainPrefixes.has(k.slice(6)) && v !== "");
      const ignorable =
        a["mc:Ignorable"] !== undefined && declarations.some(([k]) => k === "xmlns:mc") ? ` mc:Ignorable="${escapeAttribute(a["mc:Ignorable"])}"` : "";
      out.push(`<worksheet xmlns="${main}"${declarations.map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`).join("")}${ignorable}>`);
      return;
    }
    if (!inMain(tag.name) || (depth === 2 && !KEPT.has(name))) {
      if (depth === 2 && LEFT_OUT[name]) leftOut.add(name);
      skipDepth = depth;
      return;
    }
    const dropRelationshipIds = (k: string) => /^[\w.-]+:id$/.test(k) && k !== "xml:id";
    if (name === "c") {
      cellRef = a.r ?? "";
      if (a.s !== undefined) a.s = xfOf(a.s)!;
      if (a.t === "s") {
        inSharedCell = true;
        sharedIndex = "";
        a.t = "inlineStr";
      }
    } else if ((name === "row" || name === "col") && a.s !== undefined) a.s = xfOf(a.s)!;
    else if (name === "sheetView") delete a.tabSelected;
    else if (name === "sheetPr") delete a.codeName;
    if (inSharedCell && name === "v") {
      inValue = true;
      return;
    }
    if (name === "f") {
      inFormula = true;
      formula = "";
    }
    out.push(`<${name}${attrs(a, dropRelationshipIds)}${tag.isSelfClosing ? "/>" : ">"}`);
  });
  parser.on("text", (text: string) => {
    if (skipDepth >= 0 || depth < 2) return;
    if (inValue) sharedIndex += text;
    else {
      if (inFormula) formula += text;
      out.push(escapeText(text));
    }
  });
  parser.on("cdata", (text: string) => {
    if (skipDepth < 0 && depth >= 2 && !inValue) out.push(escapeText(text));
  });
  parser.on("closetag", (tag: SaxesTagPlain) => {
    const name = local(tag.name);
    const closing = depth--;
    if (skipDepth >= 0) {
      if (closing === skipDepth) skipDepth = -1;
      return;
    }
    if (closing === 1) {
      out.push("</worksheet>");
      return;
    }
    if (inValue && name === "v") {
      inValue = false;
      out.push(`<is>${withMainPrefix(strings.get(Number(sharedIndex.trim())) ?? "<t></t>", sstPrefix)}</is>`);
      return;
    }
    if (name === "c") inSharedCell = false;
    if (name === "f") {
      inFormula = false;
      if (formula && outsideReferences(formula).length > 0) {
        outside++;
        firstOutside ??= `${cellRef}: =${formula}`;
      }
    }
    if (!tag.isSelfClosing) out.push(`</${name}>`);
  });
  parser.on("error", (e) => {
    throw refuse(
      "corrupt",
      input.file,
      `tệp hỏng: sheet '${sheetName}' (phần ${part}) không phải XML hợp lệ.`,
      `the file is damaged: sheet '${sheetName}' (part ${part}) is not valid XML (${e.message}).`,
    );
  });
  parser.write(sourceXml).close();

  if (leftOut.size > 0) {
    const list = [...leftOut].map((k) => LEFT_OUT[k]);
    notices.push(
      bilingual(
        `Bản sao sheet '${sheetName}' của ${input.file} không mang theo: ${list.map((l) => l.vi).join(", ")}.`,
        `The copy of sheet '${sheetName}' of ${input.file} does not carry: ${list.map((l) => l.en).join(", ")}.`,
      ),
    );
  }
  if (outside > 0) {
    notices.push(
      bilingual(
        `Bản sao sheet '${sheetName}' của ${input.file} có ${outside} công thức tham chiếu sheet khác, tên hoặc bảng của tệp gốc (ví dụ ${firstOutside}); chúng được chép nguyên và nay tham chiếu tới sổ tính này.`,
        `The copy of sheet '${sheetName}' of ${input.file} has ${outside} formula(s) referring to other sheets, names or tables of the source file (e.g. ${firstOutside}); they are copied as they are and now refer to this workbook.`,
      ),
    );
  }
  return XML_DECLARATION + out.join("");
}

/** A shared string's runs (source prefix taken off) as the default-namespace children of an <is>. */
function withMainPrefix(xml: string, sourcePrefix: string): string {
  if (!sourcePrefix) return xml;
  const p = sourcePrefix.replace(".", "\\.");
  return xml.replace(new RegExp(`<(/?)${p}`, "g"), "<$1");
}

/** The source workbook's styles part, read for copying cell formats (undefined when it has none). */
function stylesOf(input: XlsxPackage): StylesPart | undefined {
  const rel = input.workbookRelationships.find((r) => !r.external && isRelationshipType(r.type, "styles"));
  const entry = rel ? input.zip.get(rel.target) : undefined;
  return entry ? new StylesPart(new TextDecoder().decode(input.zip.read(entry)), rel!.target) : undefined;
}
