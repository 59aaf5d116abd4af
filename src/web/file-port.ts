import { bilingual, Bilingual } from "../core/message";
import type { SummaryPlan } from "../core/summary/plan-types";
import type { PackageReply, PackageRequest } from "../adapters/xlsx/package-requests";
import { defaultPackageWork, PackageWork } from "./package-work";
import type { CellValue, WorkbookSnapshot } from "../core/workbook/snapshot";
import { CellPeek, peekAround } from "../app/cell-peek";
import { KcFormulaCount, NewProvinceSheet, OpenedReportFiles, PortError, SummaryWrite, WorkbookPort } from "../app/port";
import type { ChosenFile } from "../app/report-files";
import type { Lang } from "../core/message";
import type { RoundingMode } from "../core/numbers/consistency";
import { callsKcFunction } from "../app/kc-formulas";
import { browserStore, KeyValueStore, readWorkbookSettings, WorkbookSettings } from "../app/settings";

type ReadModule = typeof import("../adapters/xlsx/package/read-workbook");

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const XLSM_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.12";

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

/** "Báo cáo 2023.xlsx" → "Báo cáo 2023 - KC.xlsx"; a macro-enabled workbook stays .xlsm. */
export function downloadName(fileName: string): string {
  const macro = /\.xlsm$/i.test(fileName);
  const base = fileName.replace(/\.xls[xm]$/i, "");
  return `${base} - KC.${macro ? "xlsm" : "xlsx"}`;
}

/**
 * The web page's port: the package of the workbook the user picked, held as bytes. Reading goes through
 * KC's package reader (the CLI's, loaded on first use through import(), so it stays out of the add-in's
 * start-up bundles); writing (summary tabs, a new province sheet) edits the package in a Web Worker, so the
 * download is the user's file with KC's tabs added and nothing of it lost. Nothing leaves the browser.
 */
export class FilePort implements WorkbookPort {
  readonly host: WorkbookPort["host"];
  private bytes?: Uint8Array;

  /** The snapshot of the last read, until the workbook changes. */
  private snapshot?: WorkbookSnapshot;

  constructor(
    displayLanguage: string,
    private readonly save: SaveFile = browserSave,
    dark = false,
    private readonly work: PackageWork = defaultPackageWork(),
    readonly userStore: KeyValueStore = browserStore("kc:"),
  ) {
    this.host = { kind: "web", displayLanguage, dark };
  }

  private reader(): Promise<ReadModule> {
    return import(/* webpackChunkName: "read" */ "../adapters/xlsx/package/read-workbook");
  }

  private opened(): Uint8Array {
    if (!this.bytes) throw new PortError(bilingual("Chưa mở tệp .xlsx nào.", "No .xlsx file is open."));
    return this.bytes;
  }

  async openWorkbook(data: ArrayBuffer, fileName: string): Promise<void> {
    const bytes = new Uint8Array(data.slice(0));
    const snapshot = await this.read(bytes, fileName);
    this.bytes = bytes;
    this.snapshot = snapshot;
    this.host.fileName = fileName;
  }

  /**
   * Several province files at once: summarised in the package writer's worker into one workbook (a copy of
   * each report, the summary tabs over the copies), which becomes the open workbook and the download.
   */
  async openReportFiles(files: ChosenFile[], options: { lang: Lang; region?: string; rounding: RoundingMode }): Promise<OpenedReportFiles> {
    const fileName = options.lang === "vi" ? "Tong hop khu vuc.xlsx" : "Regional summary.xlsx";
    const reply = await this.work({ kind: "summarize-files", files: files.map((f) => ({ file: f.name, bytes: f.bytes })), fileName, ...options });
    if (!reply.ok) throw new PortError(reply.text);
    this.bytes = reply.bytes;
    this.snapshot = undefined;
    this.host.fileName = fileName;
    return { fileName, files: reply.files ?? [], notices: reply.notices ?? [] };
  }

  private async read(bytes: Uint8Array, fileName: string): Promise<WorkbookSnapshot> {
    const reader = await this.reader();
    try {
      return await reader.readWorkbookSnapshot(bytes, fileName);
    } catch (error) {
      const text = (error as { text?: Bilingual }).text;
      throw text ? new PortError(text) : error;
    }
  }

  async readSnapshot(onProgress?: (done: number, total: number) => void): Promise<WorkbookSnapshot> {
    const bytes = this.opened();
    this.snapshot ??= await this.read(bytes, this.host.fileName ?? "workbook.xlsx");
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

  /** Runs a request on the package; the package becomes its result. */
  private async edit(request: PackageRequest): Promise<Extract<PackageReply, { ok: true }>> {
    const reply = await this.work(request);
    if (!reply.ok) throw new PortError(reply.text);
    this.bytes = reply.bytes;
    this.snapshot = undefined;
    return reply;
  }

  private fileName(): string {
    return this.host.fileName ?? "workbook.xlsx";
  }

  async writeSummary(plan: SummaryPlan): Promise<SummaryWrite> {
    await this.edit({ kind: "summary", bytes: this.opened(), fileName: this.fileName(), plan });
    // The file the user opened is never changed: the tabs are in the copy the download button saves.
    return { notices: [...plan.notices], undo: "copy" };
  }

  /** In the copy that is downloaded, by the package writer `kc correct` uses (KC's KC_CachDoc rewritten in its part, or added hidden). */
  async writeCorrections(rows: readonly CellValue[][]): Promise<void> {
    await this.edit({ kind: "corrections", bytes: this.opened(), fileName: this.fileName(), rows: rows.map((r) => [...r]) });
  }

  async findKcFormulas(): Promise<KcFormulaCount[]> {
    const { sheets } = await this.readSnapshot();
    return sheets
      .map((sheet) => {
        let cells = 0;
        for (let r = 0; r < sheet.rowCount; r++) for (let c = 0; c < sheet.colCount; c++) if (callsKcFunction(sheet.cell(r, c)?.formula)) cells++;
        return { sheet: sheet.name, cells };
      })
      .filter((s) => s.cells > 0);
  }

  /** In the copy that is downloaded (an edit of its package, every other part kept); the file on disk is never changed. */
  async convertKcFormulas(): Promise<number> {
    const { converted } = await this.edit({ kind: "kc-values", bytes: this.opened(), fileName: this.fileName() });
    return converted ?? 0;
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
    const { sheet } = await this.edit({ kind: "province-sheet", bytes: this.opened(), fileName: this.fileName(), sheet: options });
    return sheet!;
  }

  async downloadWorkbook(): Promise<void> {
    const bytes = this.opened();
    const name = downloadName(this.host.fileName ?? "workbook.xlsx");
    this.save(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, name, name.endsWith(".xlsm") ? XLSM_TYPE : XLSX_TYPE);
  }
}
