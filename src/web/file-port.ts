import { bilingual, Bilingual } from "../core/message";
import type { SheetPlan, SummaryPlan } from "../core/summary/plan-types";
import type { WorkbookSnapshot } from "../core/workbook/snapshot";
import { CellPeek, peekAround } from "../app/cell-peek";
import { KcFormulaCount, NewProvinceSheet, PortError, SummaryWrite, WorkbookPort } from "../app/port";
import { browserStore, KeyValueStore, readWorkbookSettings, WorkbookSettings } from "../app/settings";

type XlsxModule = typeof import("../adapters/xlsx/web-workbook");
const kcValues = () => import(/* webpackChunkName: "xlsx" */ "../adapters/xlsx/kc-values");
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

function workbookKey(fileName: string): string {
  return `workbook:${fileName.normalize("NFC")}`;
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
  readonly userStore: KeyValueStore;

  constructor(
    displayLanguage: string,
    private readonly save: SaveFile = browserSave,
    dark = false,
    store: KeyValueStore = browserStore("kc:"),
  ) {
    this.host = { kind: "web", displayLanguage, dark };
    this.userStore = store;
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

  async writeSummary(plan: SummaryPlan): Promise<SummaryWrite> {
    const workbook = this.opened();
    (await this.module()).applyPlan(workbook, plan);
    this.snapshot = undefined;
    this.summarySheets = plan.sheets;
    // The file the user opened is never changed: the tabs are in the copy the download button saves.
    return { notices: [...plan.notices], undo: "copy" };
  }

  async findKcFormulas(): Promise<KcFormulaCount[]> {
    return (await kcValues()).findKcFormulas(this.opened());
  }

  /** In the copy that is downloaded; the file on disk is never changed. */
  async convertKcFormulas(): Promise<number> {
    const count = (await kcValues()).convertKcFormulas(this.opened());
    this.snapshot = undefined;
    return count;
  }

  /**
   * A page cannot write into the file it was given until the download: the workbook's settings are
   * kept in this browser, under the file's name.
   */
  async readWorkbookSettings(): Promise<WorkbookSettings> {
    const saved = this.host.fileName ? this.userStore.get(workbookKey(this.host.fileName)) : undefined;
    try {
      return saved ? readWorkbookSettings(JSON.parse(saved)) : {};
    } catch {
      return {};
    }
  }

  async writeWorkbookSettings(settings: WorkbookSettings): Promise<void> {
    if (this.host.fileName) this.userStore.set(workbookKey(this.host.fileName), JSON.stringify(settings));
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
