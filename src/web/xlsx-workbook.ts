/**
 * Everything the web page does with ExcelJS, in one module loaded by dynamic import(): ExcelJS is
 * never part of what Excel loads at start-up (taskpane, commands, functions).
 */
import ExcelJS from "exceljs";
import type { NewProvinceSheet } from "../app/port";
import { freeSheetName } from "../app/sheet-name";
import type { SummaryPlan } from "../core/summary/plan-types";
import { composeBlankProvinceSheet } from "../core/standard/compose";
import { UNITS } from "../core/standard/layout";
import type { WorkbookSnapshot } from "../core/workbook/snapshot";
import { checkWorkbookSignature, corruptWorkbook } from "../adapters/xlsx/read-errors";
import { sheetOfWorksheet } from "../adapters/xlsx/read-workbook";
import { writeProvinceWorksheet } from "../adapters/xlsx/template";
import { applySummaryPlan } from "../adapters/xlsx/write-plan";

export type { ExcelJS };

export async function loadWorkbook(data: ArrayBuffer, name: string): Promise<ExcelJS.Workbook> {
  const bytes = new Uint8Array(data);
  checkWorkbookSignature(bytes.subarray(0, 8), name);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (err) {
    throw corruptWorkbook(name, err);
  }
  return workbook;
}

export function snapshotOf(workbook: ExcelJS.Workbook): WorkbookSnapshot {
  return { sheets: workbook.worksheets.map(sheetOfWorksheet) };
}

export function applyPlan(workbook: ExcelJS.Workbook, plan: SummaryPlan): void {
  applySummaryPlan(workbook, plan);
}

/** Adds a blank standard sheet under a free name (the same layout Office.js and `kc template` write). */
export function addProvinceSheet(workbook: ExcelJS.Workbook, options: NewProvinceSheet): string {
  const name = freeSheetName(options.province, workbook.worksheets.map((w) => w.name));
  const unit = UNITS.find((u) => u.label === options.unit)?.unit;
  writeProvinceWorksheet(workbook, name, composeBlankProvinceSheet(options.province, options.year, options.period, unit), { blankProjectRows: 100 });
  return name;
}

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<ArrayBuffer> {
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
