import { bilingual, Bilingual } from "../core/message";
import type { SheetPlan, SummaryPlan } from "../core/summary/plan-types";
import type { WorkbookSnapshot } from "../core/workbook/snapshot";
import { CellPeek, peekAround } from "../app/cell-peek";
import { NewProvinceSheet, PortError, WorkbookPort } from "../app/port";

type XlsxModule = typeof import("../adapters/xlsx/web-workbook");
type Workbook = Awaited<ReturnType<XlsxModule["loadWorkbook"]>>;

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Saves bytes as a download, the way a page can: a Blob URL on a temporary link. */
export type SaveFile = (bytes: ArrayBuffer, fileName: string, type: string) => void;

export function browserSave(bytes: ArrayBuffer, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "Báo cáo 2023.xlsx" → "Báo cáo 2023 - KC.xlsx". */
export function downloadName(fileName: string): string {
  const base = fileName.replace(/\.xlsx$/i, "");
  return `${base} - KC.xlsx`;
}

/**
 * The web page's port: a workbook the user picked, held in memory with ExcelJS (loaded on first use
 * through import(), so it stays out of the add-in's start-up bundles). Nothing leaves the browser.
 */
export class FilePort implements WorkbookPort {
  readonly host: WorkbookPort["host"];
  private workbook?: Workbook;
  private xlsx?: XlsxModule;
  /** The snapshot of the last read, until the workbook changes. */
  private snapshot?: WorkbookSnapshot;
  /** The tabs of the last summary written: their charts are added to the download. */
  private summarySheets: readonly SheetPlan[] = [];

  constructor(
    displayLanguage: string,
    private readonly save: SaveFile = browserSave,
    dark = false,
  ) {
    this.host = { kind: "web", displayLanguage, dark };
  }

  private async module(): Promise<XlsxModule> {
    this.xlsx ??= await import(/* webpackChunkName: "xlsx" */ "../adapters/xlsx/web-workbook");
    return this.xlsx;
  }

  private opened(): Workbook {
    if (!this.workbook) throw new PortError(bilingual("Chưa mở tệp .xlsx nào.", "No .xlsx file is open."));
    return this.workbook;
  }

  async openWorkbook(data: ArrayBuffer, fileName: string): Promise<void> {
    const xlsx = await this.module();
    try {
      this.workbook = await xlsx.loadWorkbook(data, fileName);
      this.snapshot = undefined;
      this.summarySheets = [];
    } catch (error) {
      const text = (error as { text?: Bilingual }).text;
      throw text ? new PortError(text) : error;
    }
    this.host.fileName = fileName;
  }

  async readSnapshot(onProgress?: (done: number, total: number) => void): Promise<WorkbookSnapshot> {
    const workbook = this.opened();
    this.snapshot = (await this.module()).snapshotOf(workbook);
    onProgress?.(1, 1);
    return this.snapshot;
  }

  /** A page has no grid to select a cell in: the UI shows `peekCell` instead. */
  async goToCell(): Promise<void> {}

  async peekCell(sheet: string, cell: string): Promise<CellPeek> {
    const found = (this.snapshot ?? (await this.readSnapshot())).sheets.find((s) => s.name === sheet);
    if (!found) throw new PortError(bilingual(`Không có sheet "${sheet}" trong tệp.`, `The file has no sheet "${sheet}".`));
    return peekAround(found, cell);
  }

  async writeSummary(plan: SummaryPlan): Promise<Bilingual[]> {
    const workbook = this.opened();
    (await this.module()).applyPlan(workbook, plan);
    this.snapshot = undefined;
    this.summarySheets = plan.sheets;
    return [...plan.notices];
  }

  async createProvinceSheet(options: NewProvinceSheet): Promise<string> {
    const name = (await this.module()).addProvinceSheet(this.opened(), options);
    this.snapshot = undefined;
    return name;
  }

  async downloadWorkbook(): Promise<void> {
    const bytes = await (await this.module()).workbookBytes(this.opened(), this.summarySheets);
    this.save(bytes, downloadName(this.host.fileName ?? "workbook.xlsx"), XLSX_TYPE);
  }
}
