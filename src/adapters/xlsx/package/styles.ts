import { PackageLimits } from "./limits";
import { NS, readXmlPart } from "./xml";
import { ZipArchive, ZipEntry } from "./zip";

/** Excel's built-in number formats by id (ECMA-376 §18.8.30); the ids it leaves to the locale are not here. */
export const BUILT_IN_NUMBER_FORMATS: ReadonlyMap<number, string> = new Map([
  [0, "General"],
  [1, "0"],
  [2, "0.00"],
  [3, "#,##0"],
  [4, "#,##0.00"],
  [9, "0%"],
  [10, "0.00%"],
  [11, "0.00E+00"],
  [12, "# ?/?"],
  [13, "# ??/??"],
  [14, "mm-dd-yy"],
  [15, "d-mmm-yy"],
  [16, "d-mmm"],
  [17, "mmm-yy"],
  [18, "h:mm AM/PM"],
  [19, "h:mm:ss AM/PM"],
  [20, "h:mm"],
  [21, "h:mm:ss"],
  [22, "m/d/yy h:mm"],
  [37, "#,##0 ;(#,##0)"],
  [38, "#,##0 ;[Red](#,##0)"],
  [39, "#,##0.00;(#,##0.00)"],
  [40, "#,##0.00;[Red](#,##0.00)"],
  [45, "mm:ss"],
  [46, "[h]:mm:ss"],
  [47, "mmss.0"],
  [48, "##0.0E+0"],
  [49, "@"],
]);

/** The styles part as far as KC reads it: number formats, and the number format id of each cell style (cellXfs). */
export class Styles {
  static readonly NONE = new Styles(new Map(), []);

  constructor(
    /** The workbook's own formats (numFmts), by id. */
    readonly numberFormats: ReadonlyMap<number, string>,
    /** The numFmtId of each cell format (cellXfs), by style index: a cell's s attribute. */
    readonly cellFormatIds: readonly number[],
  ) {}

  /** The number format code of a cell style index; undefined for General, an unknown style or format. */
  numberFormatOf(styleIndex: number): string | undefined {
    const id = this.cellFormatIds[styleIndex];
    if (id === undefined) return undefined;
    const code = this.numberFormats.get(id) ?? BUILT_IN_NUMBER_FORMATS.get(id);
    return code === undefined || /^general$/i.test(code) ? undefined : code;
  }
}

/** Reads the styles part (xl/styles.xml or wherever the workbook's relationship points). */
export function readStyles(zip: ZipArchive, entry: ZipEntry, limits: PackageLimits): Styles {
  const numberFormats = new Map<number, string>();
  const cellFormatIds: number[] = [];
  let inCellXfs = false;
  let xfDepth = 0;
  readXmlPart(
    zip,
    entry,
    { namespaces: NS.spreadsheet, root: "styleSheet", what: { vi: "bảng kiểu định dạng", en: "a styles part" } },
    {
      open(name, a) {
        if (name === "numFmt" && a.numFmtId !== undefined && a.formatCode !== undefined) numberFormats.set(Number(a.numFmtId), a.formatCode);
        else if (name === "cellXfs") inCellXfs = true;
        else if (name === "xf" && inCellXfs && xfDepth++ === 0) cellFormatIds.push(Number(a.numFmtId ?? 0) || 0);
      },
      close(name) {
        if (name === "cellXfs") inCellXfs = false;
        else if (name === "xf" && inCellXfs) xfDepth--;
      },
    },
    limits,
  );
  return new Styles(numberFormats, cellFormatIds);
}
