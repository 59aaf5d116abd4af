import { PackageLimits } from "./limits";
import { NS, readXmlPart } from "./xml";
import { ZipArchive, ZipEntry } from "./zip";

export type SheetState = "visible" | "hidden" | "veryHidden";

/** A sheet as the workbook part lists it (worksheet, chart sheet or other: its relationship says which). */
export interface WorkbookSheet {
  name: string;
  sheetId: string;
  state: SheetState;
  /** The r:id naming the sheet's part among the workbook part's relationships. */
  relationshipId: string;
}

/** A defined name: global, or local to the sheet at `sheetIndex` of the sheet list. */
export interface DefinedName {
  name: string;
  sheetIndex?: number;
  hidden: boolean;
  /** Its formula, without "=". */
  formula: string;
}

export interface WorkbookInfo {
  sheets: WorkbookSheet[];
  /** Dates count from 1904-01-01 (Mac Excel's old date system), not from 1900. */
  date1904: boolean;
  definedNames: DefinedName[];
}

const isTrue = (v: string | undefined) => v === "1" || v === "true";

/** Reads the workbook part: its sheets (name, id, state, relationship), date system and defined names. */
export function readWorkbookPart(zip: ZipArchive, entry: ZipEntry, limits: PackageLimits): WorkbookInfo {
  const info: WorkbookInfo = { sheets: [], date1904: false, definedNames: [] };
  let name: DefinedName | undefined;
  readXmlPart(
    zip,
    entry,
    { namespaces: NS.spreadsheet, root: "workbook", what: { vi: "phần bảng tính (workbook)", en: "a workbook part" } },
    {
      open(element, a, part) {
        if (element === "workbookPr") info.date1904 = isTrue(a.date1904);
        else if (element === "sheet") {
          const state = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
          info.sheets.push({ name: a.name ?? "", sheetId: a.sheetId ?? "", state, relationshipId: part.attribute(a, NS.officeRelationships, "id") ?? "" });
        } else if (element === "definedName") {
          const local = a.localSheetId === undefined ? undefined : Number(a.localSheetId);
          name = { name: a.name ?? "", hidden: isTrue(a.hidden), formula: "", ...(Number.isInteger(local) ? { sheetIndex: local } : {}) };
        }
      },
      text(t) {
        if (name) name.formula += t;
      },
      close(element) {
        if (element === "definedName" && name) {
          info.definedNames.push(name);
          name = undefined;
        }
      },
    },
    limits,
  );
  return info;
}
