/**
 * Everything the web page does with ExcelJS, in one module loaded by dynamic import() only when the
 * page writes (the summary tabs, a new province sheet, the download): ExcelJS is never part of what
 * Excel loads at start-up, nor of what the page loads to read a file (package/read-workbook.ts).
 */
import ExcelJS from "exceljs";
import type { NewProvinceSheet } from "../../app/port";
import { freeSheetName } from "../../core/workbook/sheet-names";
import type { SheetPlan, SummaryPlan } from "../../core/summary/plan-types";
import { composeBlankProvinceSheet } from "../../core/standard/compose";
import { UNITS } from "../../core/standard/layout";
import { checkExcelJsCapacity, loadExcelWorkbook, quietly } from "./exceljs-load";
import { PackedWorkbook } from "./package/read-workbook";
import { writeProvinceWorksheet } from "./template";
import { applySummaryPlan } from "./write-plan";
import { addChartsToXlsx } from "./write-chart";

export type { ExcelJS };
export { checkReadBack } from "./read-back";

/** Loads the bytes KC's reader read as `snapshot` into ExcelJS, to write a copy of them. */
export async function loadWorkbook(data: Uint8Array, snapshot: PackedWorkbook, file: string): Promise<ExcelJS.Workbook> {
  checkExcelJsCapacity(snapshot, file);
  return loadExcelWorkbook(data, file);
}

export function applyPlan(workbook: ExcelJS.Workbook, plan: SummaryPlan): void {
  applySummaryPlan(workbook, plan);
}

/** Adds a blank standard sheet under a free name (the same layout Office.js and `kc template` write). */
export function addProvinceSheet(workbook: ExcelJS.Workbook, options: NewProvinceSheet): string {
  const name = freeSheetName(
    options.province,
    workbook.worksheets.map((w) => w.name),
  );
  const unit = UNITS.find((u) => u.label === options.unit)?.unit;
  writeProvinceWorksheet(workbook, name, composeBlankProvinceSheet(options.province, options.year, options.period, unit), { blankProjectRows: 100 });
  return name;
}

/** The workbook as .xlsx bytes, with the charts of the summary tabs written last (ExcelJS cannot write charts). */
export async function workbookBytes(workbook: ExcelJS.Workbook, summarySheets: readonly SheetPlan[] = []): Promise<Uint8Array> {
  return addChartsToXlsx(new Uint8Array(await quietly(() => workbook.xlsx.writeBuffer())), summarySheets);
}
