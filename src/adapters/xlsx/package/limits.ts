/**
 * What KC reads at most, by design: past any of these a workbook is refused (exit 2) with one line
 * naming the limit and how big the file is, so memory and time stay bounded whatever the input. The
 * same limits hold for every command and host. README's "Limits" section lists them.
 */
export interface PackageLimits {
  /** The .xlsx file itself. */
  fileBytes: number;
  /** Entries in the zip. */
  parts: number;
  /** The unpacked size of one part. */
  partBytes: number;
  /** The unpacked size of all parts together. */
  packageBytes: number;
  /** Unpacked ÷ packed size of a part, for parts past `ratioFromBytes` unpacked (zip bombs reach 1.000). */
  compressionRatio: number;
  ratioFromBytes: number;
  /** Cells of all worksheets together. */
  cells: number;
  /** Entries of the shared strings table. */
  sharedStrings: number;
  /** Characters of all texts kept: shared strings, inline strings, formulas. */
  textCharacters: number;
  /** Merged ranges of all worksheets together (each costs its four corners, whatever its area). */
  merges: number;
  /** One run of XML text, name or attribute value, in characters (a cell holds at most 32.767). */
  xmlTokenCharacters: number;
  /** Nesting of XML elements. */
  xmlDepth: number;
}

export const DEFAULT_LIMITS: Readonly<PackageLimits> = Object.freeze({
  fileBytes: 100e6,
  parts: 10_000,
  partBytes: 250e6,
  packageBytes: 1e9,
  compressionRatio: 100,
  ratioFromBytes: 1e6,
  cells: 5_000_000,
  sharedStrings: 2_000_000,
  textCharacters: 50_000_000,
  merges: 1_000_000,
  xmlTokenCharacters: 1_000_000,
  xmlDepth: 256,
});

/** Excel's grid. */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;
