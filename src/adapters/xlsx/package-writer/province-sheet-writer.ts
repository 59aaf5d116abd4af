import { composeBlankProvinceSheet } from "../../../core/standard/compose";
import { UNITS } from "../../../core/standard/layout";
import type { MoneyUnit } from "../../../core/numbers/units";
import { freeSheetName } from "../../../core/workbook/sheet-names";
import { provinceSheetContent } from "./province-sheet-content";
import { WorkbookPackage } from "./workbook-package";
import { worksheetXml } from "./worksheet-writer";

export interface BlankProvinceSheet {
  province: string;
  year: number;
  /** "Cả năm", "6 tháng"… */
  period?: string;
  /** The unit as the standard labels it ("triệu đồng"), or as a unit key. */
  unit?: string | MoneyUnit;
}

/** Blank rows of the project table that get the drop-down lists, as the template has them. */
const BLANK_PROJECT_ROWS = 100;

/** Adds a blank standard province sheet after the others, under a free name (no sheet is touched); returns the name. */
export async function addBlankProvinceSheet(pkg: WorkbookPackage, sheet: BlankProvinceSheet): Promise<string> {
  const name = freeSheetName(sheet.province, pkg.sheetNames());
  const unit = UNITS.find((u) => u.label === sheet.unit || u.unit === sheet.unit)?.unit;
  const composed = composeBlankProvinceSheet(sheet.province, sheet.year, sheet.period, unit);
  const { part } = await pkg.addSheetPart(name);
  pkg.zip.set(part, worksheetXml(provinceSheetContent(composed, await pkg.styles(), { blankProjectRows: BLANK_PROJECT_ROWS }), pkg.ns));
  return name;
}

/** The workbook `kc template` writes: one blank standard sheet named after the province. */
export async function templatePackage(sheet: BlankProvinceSheet): Promise<Uint8Array> {
  const pkg = await WorkbookPackage.create("template.xlsx");
  await addBlankProvinceSheet(pkg, sheet);
  return pkg.save();
}
