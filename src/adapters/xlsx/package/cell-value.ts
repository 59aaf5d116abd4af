import { Bilingual, bilingual } from "../../../core/message";
import { CellValue } from "../../../core/workbook/snapshot";
import { decodeEscapes } from "./escapes";

/** A cell whose parts stand for no value: the reader refuses the file, naming the cell. */
export class CellProblem extends Error {
  constructor(readonly words: Bilingual) {
    super(words.en);
  }
}

/** What a cell's parts refer to elsewhere in the workbook. */
export interface CellSources {
  sharedStrings: readonly string[];
  date1904: boolean;
}

const NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;
const DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** Excel counts a 29 February 1900 that never was: serials before 1 March 1900 are one less than the days. */
const MARCH_1900 = Date.UTC(1900, 2, 1);

/** A stored number (xsd:double as Excel writes it); text that is none reads as #VALUE!, one past the doubles as #NUM!. */
function numberValue(v: string): CellValue {
  if (!NUMBER.test(v)) return { error: "#VALUE!" };
  const n = Number(v);
  return Number.isFinite(n) ? n : { error: "#NUM!" };
}

/** An ISO 8601 date (t="d") as Excel's serial day in the workbook's date system; a time without zone is UTC. */
function dateValue(v: string, date1904: boolean): CellValue {
  const text = v.trim();
  const zoned = /T.*(Z|[+-]\d\d:?\d\d)$/.test(text) || !text.includes("T") ? text : `${text}Z`;
  const time = Date.parse(zoned);
  if (Number.isNaN(time)) return text;
  if (date1904) return (time - EPOCH_1904) / DAY;
  return (time - EPOCH_1900) / DAY - (time < MARCH_1900 ? 1 : 0);
}

/**
 * The value a cell's parts stand for (ECMA-376 §18.3.1.4: the type t, the value v, inline text), or
 * undefined for a cell that holds none (a formatted empty cell). Texts have their `_xHHHH_` escapes
 * decoded; a formula without a cached result reads as null.
 */
export function cellValue(
  type: string | undefined,
  v: string | undefined,
  inline: string | undefined,
  hasFormula: boolean,
  sources: CellSources,
): CellValue | undefined {
  if (type === "inlineStr") return decodeEscapes(inline ?? v ?? "");
  if (v === undefined) return hasFormula ? null : undefined;
  switch (type) {
    case "s": {
      const index = Number(v);
      const shared = Number.isInteger(index) ? sources.sharedStrings[index] : undefined;
      if (shared === undefined) {
        throw new CellProblem(
          bilingual(
            `trỏ tới chuỗi dùng chung số ${v.trim()}, nhưng bảng chỉ có ${sources.sharedStrings.length} chuỗi`,
            `refers to shared string ${v.trim()}, but the table has ${sources.sharedStrings.length}`,
          ),
        );
      }
      return shared;
    }
    case "str":
      return decodeEscapes(v);
    case "b":
      return v.trim() !== "0" && v.trim().toLowerCase() !== "false";
    case "e":
      return { error: v.trim() };
    case "d":
      return dateValue(v, sources.date1904);
    default:
      if (v.trim() === "") return hasFormula ? null : undefined;
      return numberValue(v);
  }
}
