import type { NewProvinceSheet, WorkbookPort } from "../../app/port";
import type { SummaryPlan } from "../../core/summary/plan-types";
import { goToOfficeCell } from "./navigate";
import { createOfficeProvinceSheet } from "./province-sheet";
import { readOfficeSnapshot } from "./read-snapshot";
import { writeOfficePlan } from "./write-plan";

/** The workbook open in Excel, as the task pane sees it. */
export function officePort(): WorkbookPort {
  return {
    host: { kind: "excel", displayLanguage: Office.context.displayLanguage ?? "vi-VN" },
    readSnapshot: (onProgress) => readOfficeSnapshot({ onProgress }),
    goToCell: (sheet: string, cell: string) => goToOfficeCell(sheet, cell),
    writeSummary: (plan: SummaryPlan) => writeOfficePlan(plan),
    createProvinceSheet: (options: NewProvinceSheet) => createOfficeProvinceSheet(options),
  };
}
