/**
 * Where a copied province sheet came from, recorded in the workbook that holds the copy, so that a later
 * run can find the copy and replace it with a newer file's sheet. The record is a sheet-scoped, hidden
 * defined name `_KC_Source` on the copy (it moves, is renamed and is deleted with its sheet, in Excel and
 * LibreOffice alike); its formula is a text constant any host can read: the .xlsx writer reads the
 * workbook part, Office.js `worksheet.names.getItemOrNullObject("_KC_Source")` (ExcelApi 1.4) reads
 * `formula`. Texts are percent-encoded, so the constant holds no quote, and cut into pieces joined with
 * `&` (Excel takes at most 255 characters in one text constant of a formula).
 */
export interface SourceRecord {
  /** The source file's name (as the user gave it, without its folder). */
  file: string;
  /** The sheet of the source file that was copied. */
  sheet: string;
  /** SHA-256 of the source file's bytes, in hex: the same file gives the same copy. */
  sha256: string;
}

export const SOURCE_NAME = "_KC_Source";
const PREFIX = "kc-source:v1?";
const PIECE = 250;

/** The record as a defined name's formula (without "="): "kc-source:v1?file=…&sheet=…&sha256=…", in pieces. */
export function sourceRecordFormula(record: SourceRecord): string {
  const text = `${PREFIX}file=${encodeURIComponent(record.file)}&sheet=${encodeURIComponent(record.sheet)}&sha256=${record.sha256}`;
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += PIECE) pieces.push(`"${text.slice(i, i + PIECE)}"`);
  return pieces.join("&");
}

/** The record a defined name's formula holds (with or without "="), or undefined when it holds none. */
export function readSourceRecord(formula: string): SourceRecord | undefined {
  const pieces = formula
    .trim()
    .replace(/^=/, "")
    .split(/"\s*&\s*"/);
  const text = pieces.join("").replace(/^"|"$/g, "");
  if (!text.startsWith(PREFIX)) return undefined;
  const fields = new Map<string, string>();
  for (const pair of text.slice(PREFIX.length).split("&")) {
    const eq = pair.indexOf("=");
    if (eq < 0) continue;
    try {
      fields.set(pair.slice(0, eq), decodeURIComponent(pair.slice(eq + 1)));
    } catch {
      return undefined;
    }
  }
  const file = fields.get("file");
  const sheet = fields.get("sheet");
  const sha256 = fields.get("sha256");
  return file !== undefined && sheet !== undefined && sha256 !== undefined ? { file, sheet, sha256 } : undefined;
}
