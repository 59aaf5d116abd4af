import { bilingual, Bilingual } from "../core/message";
import type { SheetPlan, SummaryPlan } from "../core/summary/plan-types";
import type { WorkbookSnapshot } from "../core/workbook/snapshot";
import { CellPeek, peekAround } from "../app/cell-peek";
import { KcFormulaCount, NewProvinceSheet, PortError, SummaryWrite, WorkbookPort } from "../app/port";
import { browserStore, KeyValueStore, readWorkbookSettings, WorkbookSettings } from "../app/settings";

type ReadModule = typeof import("../adapters/xlsx/package/read-workbook");
type WriteModule = typeof import("../adapters/xlsx/web-workbook");
type PackedWorkbook = Awaited<ReturnType<ReadModule["readWorkbookSnapshot"]>>;
type Workbook = Awaited<ReturnType<WriteModule["loadWorkbook"]>>;
const kcValues = () => import(/* webpackChunkName: "xlsx" */ "../adapters/xlsx/kc-values");

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

/** An error of the xlsx modules as a port error: their refusals carry words in both languages. */
function portError(error: unknown): unknown {
  const text = (error as { text?: Bilingual }).text;
  return text ? new PortError(text) : error;
}

/**
 * The web page's port: a workbook the user picked, read by KC's package reader (the same reader as the
 * CLI's, loaded on first use through import(), so it stays out of the add-in's start-up bundles). The
 * page writes through ExcelJS, loaded only when it writes; what it downloads is read back and refused
 * unless the user's sheets read as they did. Nothing leaves the browser.
 */
export class FilePort implements WorkbookPort {
  readonly host: WorkbookPort["host"];
  private bytes?: Uint8Array;
  /** The workbook as read from the user's bytes. */
  private original?: PackedWorkbook;
  /** The workbook being edited, once the page has written to it. */
  private workbook?: Workbook;
  /** The snapshot of the last read, until the workbook changes. */
  private snapshot?: WorkbookSnapshot;
  /** The tabs of the last summary written: their charts are added to the download. */
  private summarySheets: readonly SheetPlan[] = [];
  /** Sheets of the user's file that a summary replaced or removed (generated tabs). */
  private replaced = new Set<string>();
  /** Cells whose KC formula the user turned into its value, by sheet: the one change the download may carry in a user's sheet. */
  private converted = new Map<string, Set<string>>();
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

  private reader(): Promise<ReadModule> {
    return import(/* webpackChunkName: "read" */ "../adapters/xlsx/package/read-workbook");
  }

  private writer(): Promise<WriteModule> {
    return import(/* webpackChunkName: "xlsx" */ "../adapters/xlsx/web-workbook");
  }

  private opened(): { bytes: Uint8Array; original: PackedWorkbook; file: string } {
    if (!this.bytes || !this.original) throw new PortError(bilingual("Chưa mở tệp .xlsx nào.", "No .xlsx file is open."));
    return { bytes: this.bytes, original: this.original, file: this.host.fileName ?? "workbook.xlsx" };
  }

  /** The ExcelJS workbook to write into, loaded from the user's bytes on the first write. */
  private async editable(): Promise<Workbook> {
    const { bytes, original, file } = this.opened();
    try {
      this.workbook ??= await (await this.writer()).loadWorkbook(bytes, original, file);
    } catch (error) {
      throw portError(error);
    }
    return this.workbook;
  }

  async openWorkbook(data: ArrayBuffer, fileName: string): Promise<void> {
    const bytes = new Uint8Array(data.slice(0));
    try {
      this.original = await (await this.reader()).readWorkbookSnapshot(bytes, fileName);
    } catch (error) {
      throw portError(error);
    }
    this.bytes = bytes;
    this.workbook = undefined;
    this.snapshot = this.original;
    this.summarySheets = [];
    this.replaced = new Set();
    this.converted = new Map();
    this.host.fileName = fileName;
  }

  async readSnapshot(onProgress?: (done: number, total: number) => void): Promise<WorkbookSnapshot> {
    const { file } = this.opened();
    if (!this.snapshot) {
      // The page wrote into the workbook: what it holds now is read as the download would be.
      const written = await (await this.writer()).workbookBytes(this.workbook!);
      this.snapshot = await (await this.reader()).readWorkbookSnapshot(written, file);
    }
    onProgress?.(1, 1);
    return this.snapshot;
  }

  /** A page has no grid to select a cell in: the UI shows `peekCell` instead. */
  async goToCell(): Promise<void> {}

  async peekCell(sheet: string, cell: string, region?: readonly string[]): Promise<CellPeek> {
    const found = (this.snapshot ?? (await this.readSnapshot())).sheets.find((s) => s.name === sheet);
    if (!found) throw new PortError(bilingual(`Không có sheet "${sheet}" trong tệp.`, `The file has no sheet "${sheet}".`));
    return peekAround(found, cell, 2, region);
  }

  async writeSummary(plan: SummaryPlan): Promise<SummaryWrite> {
    const workbook = await this.editable();
    (await this.writer()).applyPlan(workbook, plan);
    for (const name of [...plan.remove, ...plan.sheets.flatMap((s) => (s.replaces === undefined ? [] : [s.replaces]))]) this.replaced.add(name);
    this.snapshot = undefined;
    this.summarySheets = plan.sheets;
    // The file the user opened is never changed: the tabs are in the copy the download button saves.
    return { notices: [...plan.notices], undo: "copy" };
  }

  async findKcFormulas(): Promise<KcFormulaCount[]> {
    return (await kcValues()).findKcFormulas(await this.editable());
  }

  /** In the copy that is downloaded; the file on disk is never changed. */
  async convertKcFormulas(): Promise<number> {
    const count = (await kcValues()).convertKcFormulas(await this.editable(), (sheet, address) => {
      const cells = this.converted.get(sheet) ?? new Set<string>();
      this.converted.set(sheet, cells.add(address));
    });
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
    const name = (await this.writer()).addProvinceSheet(await this.editable(), options);
    this.snapshot = undefined;
    return name;
  }

  async downloadWorkbook(): Promise<void> {
    const { bytes, original, file } = this.opened();
    let out = bytes;
    if (this.workbook) {
      const writer = await this.writer();
      out = await writer.workbookBytes(this.workbook, this.summarySheets);
      const kept = original.sheets.map((s) => s.name).filter((n) => !this.replaced.has(n));
      try {
        await writer.checkReadBack(original, out, kept, file, this.converted);
      } catch (error) {
        throw portError(error);
      }
    }
    this.save(out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength) as ArrayBuffer, downloadName(file), XLSX_TYPE);
  }
}
