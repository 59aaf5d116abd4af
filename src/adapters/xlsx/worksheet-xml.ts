import { SaxesParser, SaxesTagPlain } from "saxes";
import { PackedSheetBuilder, PackedSheetData } from "../../core/workbook/packed-sheet";
import { a1, CellValue, columnOfA1 } from "../../core/workbook/snapshot";
import { plainValue } from "./read-cells";
import { SheetReadError } from "./read-errors";
import { sharedFormulaFiller } from "../../core/formulas/shared-formula";

/** What a worksheet's cells refer to elsewhere in the workbook. */
export interface WorksheetContext {
  /** The shared strings table, as ExcelJS's reader parsed it (text or rich text). */
  sharedStrings: readonly unknown[];
  /** The number format of a cell style index, if it has one. */
  numberFormat(styleIndex: number): string | undefined;
}

// Excel's day 0 in the 1900 date system, as a JavaScript time (t="d" cells hold ISO dates).
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** Excel's grid: a row or column beyond it is a broken file, not a cell to make room for. */
const MAX_ROWS = 1048576;
const MAX_COLUMNS = 16384;

const localName = (qname: string) => {
  const colon = qname.indexOf(":");
  return colon < 0 ? qname : qname.slice(colon + 1);
};

/** The value a cell's parts stand for (ECMA-376 §18.3.1.4: the type t, the value v, inline text). */
function cellValue(
  type: string | undefined,
  v: string | undefined,
  inline: string | undefined,
  hasFormula: boolean,
  ctx: WorksheetContext,
): CellValue | undefined {
  if (type === "inlineStr") return inline ?? v ?? "";
  if (v === undefined) return hasFormula ? null : undefined;
  switch (type) {
    case "s": {
      const shared = ctx.sharedStrings[Number(v)];
      if (shared === undefined) throw new Error(`shared string ${v} does not exist`);
      return shared === null ? "" : plainValue(shared); // ExcelJS's stream parser keeps an empty <si> as null
    }
    case "str":
      return v;
    case "b":
      return v.trim() !== "0" && v.trim().toLowerCase() !== "false";
    case "e":
      return { error: v };
    case "d": {
      const time = Date.parse(v);
      return Number.isNaN(time) ? v : (time - EXCEL_EPOCH) / 86400000;
    }
    default: {
      if (v.trim() === "") return hasFormula ? null : undefined;
      const n = Number(v);
      return Number.isNaN(n) ? { error: "#VALUE!" } : n;
    }
  }
}

/**
 * Reads a worksheet's XML as it decompresses, straight into a packed sheet: one SAX pass (saxes, the
 * XML parser ExcelJS uses), no object per row or cell. Values are the stored ones: a date stays its
 * serial number, a formula keeps its text (each cell of a shared formula its own, moved from the
 * first cell's) and its cached result.
 */
export async function packWorksheetXml(xml: NodeJS.ReadableStream, name: string, ctx: WorksheetContext): Promise<PackedSheetData> {
  const sheet = new PackedSheetBuilder(name);
  const parser = new SaxesParser({ position: false, xmlns: false });
  const formats = new Map<number, string | undefined>();
  const formatOf = (style: string | undefined) => {
    if (style === undefined) return undefined;
    const index = Number(style);
    if (!formats.has(index)) formats.set(index, ctx.numberFormat(index));
    return formats.get(index);
  };

  let inSheetData = false;
  let row = -1;
  let col = -1;
  // The cell being read.
  let inCell = false;
  let type: string | undefined;
  let style: string | undefined;
  let formula: string | undefined;
  let v: string | undefined;
  let inline: string | undefined;
  // Where text goes: the formula, the value, an inline string's text, or nowhere.
  let capture: "f" | "v" | "t" | undefined;
  let inInline = false;
  let inPhonetic = false;
  let sharedIndex: string | undefined;
  const sharedFormulas = new Map<string, (targetA1: string) => string>();
  let error: Error | undefined;
  const fail = (err: unknown) =>
    (error ??= new SheetReadError(name, row >= 0 && col >= 0 ? a1(row, col) : undefined, err instanceof Error ? err.message : String(err)));

  parser.on("error", fail);
  parser.on("opentag", (tag: SaxesTagPlain) => {
    switch (localName(tag.name)) {
      case "sheetData":
        inSheetData = true;
        break;
      case "row": {
        if (!inSheetData) break;
        const r = tag.attributes.r;
        row = r !== undefined && Number(r) >= 1 ? Number(r) - 1 : row + 1;
        col = -1;
        if (!(row < MAX_ROWS)) return fail(`row ${r} is beyond Excel's ${MAX_ROWS} rows`);
        sheet.startRow(row);
        break;
      }
      case "c": {
        if (!inSheetData || row < 0) break;
        const ref = tag.attributes.r;
        const named = ref ? columnOfA1(ref) : -1;
        col = named >= 0 ? named : col + 1; // a cell without a usable address follows the one before
        if (!(col < MAX_COLUMNS)) return fail(`cell ${ref} is beyond Excel's ${MAX_COLUMNS} columns`);
        inCell = true;
        type = tag.attributes.t;
        style = tag.attributes.s;
        formula = v = inline = undefined;
        break;
      }
      case "f":
        if (inCell) {
          formula = "";
          capture = "f";
          sharedIndex = tag.attributes.t === "shared" ? tag.attributes.si : undefined;
        }
        break;
      case "v":
        if (inCell) {
          v = "";
          capture = "v";
        }
        break;
      case "is":
        if (inCell) {
          inInline = true;
          inline = "";
        }
        break;
      case "rPh": // phonetic guide of East Asian text: not part of the value
        inPhonetic = true;
        break;
      case "t":
        if (inInline && !inPhonetic) capture = "t";
        break;
    }
  });
  parser.on("text", (text: string) => {
    if (capture === "v") v += text;
    else if (capture === "f") formula += text;
    else if (capture === "t") inline += text;
  });
  parser.on("closetag", (tag: SaxesTagPlain) => {
    switch (localName(tag.name)) {
      case "sheetData":
        inSheetData = false;
        break;
      case "f":
        capture = undefined;
        if (sharedIndex !== undefined) {
          // A shared formula is written once, on its first cell; each other cell holds it moved to
          // where the cell is, as Excel fills it.
          if (formula) sharedFormulas.set(sharedIndex, sharedFormulaFiller(formula, a1(row, col)));
          else {
            const fill = sharedFormulas.get(sharedIndex);
            formula = fill ? fill(a1(row, col)) : "";
          }
        }
        break;
      case "v":
      case "t":
        capture = undefined;
        break;
      case "is":
        inInline = false;
        break;
      case "rPh":
        inPhonetic = false;
        break;
      case "c": {
        if (!inCell) break;
        inCell = false;
        try {
          const value = cellValue(type, v, inline, formula !== undefined, ctx);
          if (value !== undefined && col >= 0) sheet.add(col, value, formatOf(style), formula);
        } catch (err) {
          fail(err);
        }
        break;
      }
    }
  });

  (xml as { setEncoding?: (encoding: string) => void }).setEncoding?.("utf8"); // characters split between chunks stay whole
  for await (const chunk of xml) {
    parser.write(typeof chunk === "string" ? chunk : String(chunk));
    if (error) throw error;
  }
  parser.close();
  if (error) throw error;
  return sheet.finish();
}
