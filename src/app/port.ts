import type { Bilingual, Lang } from "../core/message";
import type { RoundingMode } from "../core/numbers/consistency";
import type { FileCopies } from "../core/summary/report-copies";
import type { SummaryPlan } from "../core/summary/plan-types";
import type { CellValue, WorkbookSnapshot } from "../core/workbook/snapshot";
import type { CellPeek } from "./cell-peek";
import type { ChosenFile, FileInsertion } from "./report-files";
import type { KeyValueStore, WorkbookSettings } from "./settings";

/**
 * The one interface the UI talks to a workbook through. Two implementations: the Office adapter
 * (the workbook open in Excel) and the file port of the web page (an .xlsx the user picked, held in
 * memory). Validation and summaries are computed by core, not through the port.
 */
export interface WorkbookPort {
  readonly host: HostInfo;

  /** Reads every sheet the engine needs. `onProgress(done, total)` reports the steps of the read. */
  readSnapshot(onProgress?: (done: number, total: number) => void): Promise<WorkbookSnapshot>;

  /** Shows a cell to the user (in Excel: activates the sheet and selects the cell). */
  goToCell(sheet: string, cell: string): Promise<void>;

  /** Writes the summary tabs of a plan; returns what the user should know (renamed tabs…) and how it can be undone. */
  writeSummary(plan: SummaryPlan): Promise<SummaryWrite>;

  /** Adds a blank province sheet of the standard under a free name; returns that name. */
  createProvinceSheet(options: NewProvinceSheet): Promise<string>;

  /**
   * Excel only: selects a suspect cell of the formula review together with the cells it is judged against
   * (`region`, A1 ranges on the same sheet), writing nothing into the sheet. Says what it could select.
   */
  selectRegion?(sheet: string, cell: string, region: readonly string[]): Promise<RegionSelection>;

  /** Web page only (no grid to select in): the cells around a cell (widened to show `region`, marked), to show instead of going there. */
  peekCell?(sheet: string, cell: string, region?: readonly string[]): Promise<CellPeek>;

  /**
   * Excel only ("Thêm báo cáo tỉnh từ tệp…"): inserts the province report sheets of the chosen files into the
   * open workbook, each under a free name (no sheet is overwritten), with where it came from recorded on it.
   * Says, file by file, what went in under which name and what did not, with why. Throws a PortError saying
   * what to do instead where the host cannot insert sheets from a file (`host.insertsSheets` false).
   */
  insertReportFiles?(files: readonly ChosenFile[], onProgress?: (fraction: number) => void): Promise<FileInsertion[]>;

  /**
   * Writes the officer's corrections of readings as the workbook's KC_CachDoc sheet, these rows from A1
   * (KC's marker, the header, one correction per row: src/core/reading/corrections.ts). KC's own sheet is
   * rewritten; without one, the sheet is added hidden after the others. A KC_CachDoc KC did not write is
   * never overwritten (PortError), and no other sheet is touched. Excel: in the open workbook, one batch;
   * web page: in the copy that is downloaded, by the package writer `kc correct` uses.
   */
  writeCorrections(rows: readonly CellValue[][]): Promise<void>;

  /** The cells whose formulas call KC.* functions, by sheet: what "KC formulas to values" would change. */
  findKcFormulas(): Promise<KcFormulaCount[]>;

  /**
   * Replaces every formula calling a KC.* function by the value it shows, so the workbook reads the same
   * for people without KC. Excel: in the open workbook, after the user confirmed; web page: in the copy
   * that is downloaded. Returns the number of cells changed.
   */
  convertKcFormulas(): Promise<number>;

  /** Per-user storage (language, rounding, region): Office's partitioned localStorage in Excel, localStorage on the page. */
  readonly userStore: KeyValueStore;

  /** Settings that belong to this workbook (its region, its report year): in the workbook in Excel, beside the file name on the page. */
  readWorkbookSettings(): Promise<WorkbookSettings>;

  /** Saves the workbook's settings; in Excel, KC.* functions that depend on them are recalculated. */
  writeWorkbookSettings(settings: WorkbookSettings): Promise<void>;

  /** Web page only: opens a workbook the user picked. */
  openWorkbook?(data: ArrayBuffer, fileName: string): Promise<void>;

  /**
   * Web page only: several province files chosen or dropped at once, summarised into one workbook (a copy of
   * each report, the summary tabs over them: kc summarize's engine), which becomes the open workbook.
   */
  openReportFiles?(files: ChosenFile[], options: { lang: Lang; region?: string; rounding: RoundingMode }): Promise<OpenedReportFiles>;

  /** Web page only: saves the workbook (with any summary tabs written) as a download. */
  downloadWorkbook?(): Promise<void>;
}

export interface HostInfo {
  kind: "excel" | "web";
  /** BCP 47 tag of the host's display language ("vi-VN", "en-US"). */
  displayLanguage: string;
  /** The open workbook's file name when known (web page). */
  fileName?: string;
  /** The host's theme is dark (Office's dark themes, or the browser's dark colour scheme). */
  dark?: boolean;
  /** Excel groups what KC writes into one undo step (ExcelApi 1.20): Ctrl+Z takes a whole write back. */
  undoAsOneStep?: boolean;
  /** Excel can insert sheets from another file (Workbook.insertWorksheetsFromBase64, ExcelApi 1.13). */
  insertsSheets?: boolean;
}

/**
 * How a summary write can be taken back: "one-step" (Excel groups it into one undo step: Ctrl+Z undoes all
 * of it), "not-grouped" (this Excel cannot group it: Ctrl+Z takes back at most its last part), "copy" (the web
 * page: the file the user opened is never changed, only the download carries the tabs).
 */
export type UndoSupport = "one-step" | "not-grouped" | "copy";

export interface SummaryWrite {
  notices: Bilingual[];
  undo: UndoSupport;
}

/**
 * What a selection showed: "region" (the cell and its region selected together, the cell first), or "cell"
 * (the cell alone: this Excel cannot select several areas at once, ExcelApi 1.18; the pane marks the region).
 */
export type RegionSelection = "region" | "cell";

export interface KcFormulaCount {
  sheet: string;
  cells: number;
}

export interface NewProvinceSheet {
  province: string;
  year: number;
  /** "Cả năm", "6 tháng"… */
  period: string;
  /** "triệu đồng" (default), "tỷ đồng"… */
  unit: string;
}

/** A failure the UI can show as is: a bilingual sentence naming the sheet and cell where relevant. */
export class PortError extends Error {
  constructor(readonly userMessage: Bilingual) {
    super(userMessage.en);
    this.name = "PortError";
  }
}

/** What became of each file given to openReportFiles, and the name of the workbook made of them. */
export interface OpenedReportFiles {
  fileName: string;
  files: FileCopies[];
  notices: Bilingual[];
}
