import type { NewProvinceSheet, WorkbookPort } from "../../app/port";
import type { SummaryPlan } from "../../core/summary/plan-types";
import { goToOfficeCell } from "./navigate";
import { createOfficeProvinceSheet } from "./province-sheet";
import { readOfficeSnapshot } from "./read-snapshot";
import { writeOfficePlan } from "./write-plan";

/** Office's theme: `isDarkTheme` where the host has it, else the body background's lightness. */
function isDarkTheme(): boolean {
  const theme = Office.context.officeTheme;
  if (!theme) return false;
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme;
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(theme.bodyBackgroundColor ?? "");
  if (!m) return false;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
}

/** The workbook open in Excel, as the task pane sees it. */
export function officePort(): WorkbookPort {
  return {
    host: { kind: "excel", displayLanguage: Office.context.displayLanguage ?? "vi-VN", dark: isDarkTheme() },
    readSnapshot: (onProgress) => readOfficeSnapshot({ onProgress }),
    goToCell: (sheet: string, cell: string) => goToOfficeCell(sheet, cell),
    writeSummary: (plan: SummaryPlan) => writeOfficePlan(plan),
    createProvinceSheet: (options: NewProvinceSheet) => createOfficeProvinceSheet(options),
  };
}
