/**
 * Everything the web page does with ExcelJS, in one module loaded by dynamic import(): ExcelJS is
 * never part of what Excel loads at start-up (taskpane, commands, functions).
 */
import ExcelJS from "exceljs";
import type { NewProvinceSheet } from "../../app/port";
import { freeSheetName } from "../../core/workbook/sheet-names";
import type { SheetPlan, SummaryPlan } from "../../core/summary/plan-types";
import { composeBlankProvinceSheet } from "../../core/standard/compose";
import { UNITS } from "../../core/standard/layout";
import { loadExcelWorkbook, snapshotOfWorkbook } from "./read-workbook";
import { writeProvinceWorksheet } from "./template";
import { applySummaryPlan } from "./write-plan";
import { addChartsToXlsx } from "./write-chart";
import { withSharedFormulas } from "./expand-shared";
import type { WorkbookSnapshot } from "../../core/workbook/snapshot";

export type { ExcelJS };

// The web page loads this module (and ExcelJS with it) only when a file is opened.
export { loadExcelWorkbook as loadWorkbook };

/** The workbook's snapshot, each shared formula's cells giving their own formula (the formula review reads them). */
export function snapshotOf(workbook: ExcelJS.Workbook): WorkbookSnapshot {
  return { sheets: snapshotOfWorkbook(workbook).sheets.map(withSharedFormulas) };
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
export async function workbookBytes(workbook: ExcelJS.Workbook, summarySheets: readonly SheetPlan[] = []): Promise<ArrayBuffer> {
  const bytes = await addChartsToXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()), summarySheets);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
