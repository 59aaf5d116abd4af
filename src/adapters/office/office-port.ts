import type { NewProvinceSheet, WorkbookPort } from "../../app/port";
import { browserStore } from "../../app/settings";
import type { SummaryPlan } from "../../core/summary/plan-types";
import { goToOfficeCell, selectRegionIn } from "./navigate";
import { officeRequirements } from "./requirements";
import { runAsOneUndoStep } from "./undo";
import { officeWorkbookSettings, saveOfficeWorkbookSettings } from "./workbook-settings";

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

// Each operation's adapter loads on first use: the pane shows before the reader and writers are downloaded.
const reader = () => import(/* webpackChunkName: "office-read" */ "./read-snapshot");
const writer = () => import(/* webpackChunkName: "office-write" */ "./write-plan");
const sheetMaker = () => import(/* webpackChunkName: "office-write" */ "./province-sheet");
const kcFormulas = () => import(/* webpackChunkName: "office-write" */ "./kc-formulas");
const corrections = () => import(/* webpackChunkName: "office-write" */ "./corrections-sheet");
// Reading other files needs KC's package reader and writer: a chunk of its own, loaded on the first insertion.
const inserter = () => import(/* webpackChunkName: "office-insert" */ "./insert-sheets");

/** The workbook open in Excel, as the task pane sees it. */
export function officePort(): WorkbookPort {
  return {
    host: {
      kind: "excel",
      displayLanguage: Office.context.displayLanguage ?? "vi-VN",
      dark: isDarkTheme(),
      undoAsOneStep: officeRequirements()("ExcelApi", "1.20"),
      insertsSheets: officeRequirements()("ExcelApi", "1.13"),
    },
    readSnapshot: async (onProgress) => (await reader()).readOfficeSnapshot({ onProgress }),
    goToCell: (sheet: string, cell: string) => goToOfficeCell(sheet, cell),
    selectRegion: (sheet, cell, region) => Excel.run((context) => selectRegionIn(context, sheet, cell, region)),
    writeSummary: async (plan: SummaryPlan) => (await writer()).writeOfficePlan(plan),
    createProvinceSheet: async (options: NewProvinceSheet) => (await sheetMaker()).createOfficeProvinceSheet(options),
    insertReportFiles: async (files, onProgress) => (await inserter()).insertOfficeReportFiles(files, onProgress),
    writeCorrections: async (rows) => (await corrections()).writeOfficeCorrections(rows),
    findKcFormulas: async () => {
      const { findKcFormulasIn } = await kcFormulas();
      return Excel.run((context) => findKcFormulasIn(context));
    },
    convertKcFormulas: async () => {
      const { convertKcFormulasIn } = await kcFormulas();
      return (await runAsOneUndoStep((context) => convertKcFormulasIn(context))).result;
    },
    // Office gives each add-in its partition of localStorage in hosts that partition storage (Excel on the web).
    userStore: browserStore(`${Office.context.partitionKey ?? ""}kc:`),
    readWorkbookSettings: async () => officeWorkbookSettings(),
    writeWorkbookSettings: saveOfficeWorkbookSettings,
  };
}
