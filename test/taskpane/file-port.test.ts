import { readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import JSZip from "jszip";
import { PortError } from "../../src/app/port";
import { analyseWorkbook, writeSummaryTabs } from "../../src/app/session";
import { validateWorkbook } from "../../src/core/validation/engine";
import { readWorkbookSnapshot } from "../../src/adapters/xlsx/package/read-workbook";
import { downloadName, FilePort } from "../../src/web/file-port";
import { workerPackageWork } from "../../src/web/package-work";
import { handlePackageRequest, PackageReply, PackageRequest } from "../../src/adapters/xlsx/package-requests";
import { KC_CELLS, KC_SHEET, kcFormulaPackage } from "../package/kc-formulas-package";
import { addCorrection, readingBook } from "../../src/app/reading-view";
import { kienGiangRows } from "./kien-giang";

const SAMPLE = join(__dirname, "..", "..", "samples", "khu-vuc-phia-nam-2023.xlsx");
const sampleBytes = () => {
  const b = readFileSync(SAMPLE);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

// Reading, writing through ExcelJS and reading back the sample takes seconds on a busy machine.
jest.setTimeout(60_000);

describe("FilePort (the web page's workbook)", () => {
  it("finds what the engine finds in Node, writes the summary tabs and downloads them", async () => {
    const saved: { bytes: ArrayBuffer; name: string; type: string }[] = [];
    const port = new FilePort("vi-VN", (bytes, name, type) => saved.push({ bytes, name, type }));
    await port.openWorkbook(sampleBytes(), "khu-vuc-phia-nam-2023.xlsx");
    const progress: number[] = [];
    const analysis = await analyseWorkbook(port, { rounding: "round" }, (f) => progress.push(f));
    const direct = validateWorkbook(await readWorkbookSnapshot(sampleBytes()), { rounding: "round" });
    expect(analysis.report.findings.length).toBe(direct.findings.length);
    expect(analysis.report.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toEqual(direct.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`));
    expect(progress.at(-1)).toBe(1);
    expect(analysis.completion.length).toBe(direct.stats.provinceSheets);

    const { notices } = await writeSummaryTabs(port, { rounding: "round", lang: "vi" });
    expect(notices.some((n) => n.en.includes("chart"))).toBe(false);
    await port.downloadWorkbook();
    expect(saved).toHaveLength(1);
    expect(Object.keys((await JSZip.loadAsync(saved[0].bytes)).files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))).toEqual(["xl/charts/chart1.xml"]);
    expect(saved[0].name).toBe("khu-vuc-phia-nam-2023 - KC.xlsx");
    const out = new ExcelJS.Workbook();
    await out.xlsx.load(saved[0].bytes as unknown as ExcelJS.Buffer);
    const names = out.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(["TH_KinhPhi", "TH_NoiDung", "TH_KiemTra", "TH_BaoCao"]));
    expect(out.getWorksheet("TH_KinhPhi")!.getCell("A1").value).toBe("KC:generated:v1 funding");

    // A second run replaces the tabs in place.
    await writeSummaryTabs(port, { rounding: "round", lang: "vi" });
    await port.downloadWorkbook();
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(saved[1].bytes as unknown as ExcelJS.Buffer);
    expect(again.worksheets.map((w) => w.name)).toEqual(names);
    // The engine is loaded (and compiled by ts-jest) on the first check, inside this test.
  }, 60_000);

  it("adds a province sheet under a free name", async () => {
    const port = new FilePort("vi-VN", () => undefined);
    await port.openWorkbook(sampleBytes(), "x.xlsx");
    const first = (await port.readSnapshot()).sheets[0].name;
    const name = await port.createProvinceSheet({ province: first, year: 2024, period: "Cả năm", unit: "triệu đồng" });
    expect(name).toBe(`${first} (2)`);
    expect((await port.readSnapshot()).sheets.map((s) => s.name)).toContain(name);
  });

  it("turns the KC formulas of the downloaded copy into values through the package writer, counted as found", async () => {
    const saved: { bytes: ArrayBuffer; name: string }[] = [];
    const port = new FilePort("vi-VN", (bytes, name) => saved.push({ bytes, name }));
    const input = kcFormulaPackage();
    await port.openWorkbook(input.slice().buffer, "ham-kc.xlsx");
    expect(await port.findKcFormulas()).toEqual([{ sheet: KC_SHEET, cells: KC_CELLS }]);
    expect(await port.convertKcFormulas()).toBe(KC_CELLS);
    expect(await port.findKcFormulas()).toEqual([]);
    await port.downloadWorkbook();
    expect(saved[0].name).toBe("ham-kc - KC.xlsx");
    // The same parts as the writer's own answer (the zip stamps edited entries with the time they were written).
    const direct = await handlePackageRequest({ kind: "kc-values", bytes: input, fileName: "ham-kc.xlsx" });
    expect(direct.ok && unzipSync(new Uint8Array(saved[0].bytes))).toEqual(direct.ok && unzipSync(direct.bytes));
    // Nothing left to convert: the copy stays as it is.
    expect(await port.convertKcFormulas()).toBe(0);
  });

  it("writes the reading view's corrections as a hidden KC_CachDoc through the package writer; the next check applies them", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Kien Giang");
    kienGiangRows().forEach((row) => sheet.addRow(row));
    const saved: ArrayBuffer[] = [];
    const port = new FilePort("vi-VN", (bytes) => saved.push(bytes));
    await port.openWorkbook((await workbook.xlsx.writeBuffer()) as ArrayBuffer, "kien-giang.xlsx");
    const findings = async () => (await analyseWorkbook(port, { rounding: "round" })).report.findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
    expect(await findings()).not.toContain("calc/project-total Kien Giang!C6");
    const write = addCorrection(readingBook(await port.readSnapshot(), "kien-giang.xlsx"), "Kien Giang", "column", "E4", "Vốn đối ứng", "vi");
    if (!write.ok) throw new Error(write.reason.vi);
    await port.writeCorrections(write.rows);
    expect((await port.readSnapshot()).sheets.map((s) => s.name)).toEqual(["Kien Giang", "KC_CachDoc"]);
    expect(await findings()).toContain("calc/project-total Kien Giang!C6");
    await port.downloadWorkbook();
    const workbookXml = await JSZip.loadAsync(saved[0]).then((zip) => zip.file("xl/workbook.xml")!.async("string"));
    expect(workbookXml).toMatch(/<sheet [^>]*name="KC_CachDoc"[^>]*state="hidden"|<sheet [^>]*state="hidden"[^>]*name="KC_CachDoc"/);
  });

  it("refuses what is not an .xlsx with a message naming the file", async () => {
    const port = new FilePort("vi-VN", () => undefined);
    const text = new TextEncoder().encode("Tỉnh,Kế hoạch\nCần Thơ,1200\n");
    await expect(port.openWorkbook(text.buffer as ArrayBuffer, "bao-cao.csv")).rejects.toBeInstanceOf(PortError);
    await expect(port.openWorkbook(text.buffer as ArrayBuffer, "bao-cao.csv")).rejects.toThrow(/bao-cao\.csv/);
    await expect(port.readSnapshot()).rejects.toThrow(/No \.xlsx file is open/);
  });

  it("names the download after the file, keeping a macro-enabled workbook .xlsm", () => {
    expect(downloadName("Báo cáo 2023.XLSX")).toBe("Báo cáo 2023 - KC.xlsx");
    expect(downloadName("Tổng hợp.xlsm")).toBe("Tổng hợp - KC.xlsm");
  });

  it("writes through a worker: requests answered one at a time, in order; a worker that fails is replaced", async () => {
    const started: string[] = [];
    let failNext = false;
    class FakeWorker {
      onmessage: ((event: { data: PackageReply }) => void) | null = null;
      onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
      constructor(url: string) {
        started.push(url);
      }
      postMessage(request: PackageRequest): void {
        if (failNext) {
          failNext = false;
          setTimeout(() => this.onerror?.({ message: "out of memory", preventDefault: () => undefined }), 0);
          return;
        }
        void handlePackageRequest(request).then((reply) => this.onmessage?.({ data: reply }));
      }
      terminate(): void {}
    }
    const saved = (globalThis as { Worker?: unknown }).Worker;
    (globalThis as { Worker?: unknown }).Worker = FakeWorker;
    try {
      const work = workerPackageWork("package-worker.js");
      const bytes = new Uint8Array(sampleBytes());
      const sheet = { province: "Cà Mau", year: 2024, period: "Cả năm", unit: "triệu đồng" };
      const [a, b] = await Promise.all([
        work({ kind: "province-sheet", bytes, fileName: "x.xlsx", sheet }),
        work({ kind: "province-sheet", bytes, fileName: "x.xlsx", sheet: { ...sheet, province: "Cần Thơ" } }),
      ]);
      expect([a.ok && a.sheet, b.ok && b.sheet]).toEqual(["Cà Mau (2)", "Cần Thơ (2)"]);
      failNext = true;
      await expect(work({ kind: "province-sheet", bytes, fileName: "x.xlsx", sheet })).rejects.toThrow(/out of memory/);
      const after = await work({ kind: "province-sheet", bytes, fileName: "x.xlsx", sheet });
      expect(after.ok).toBe(true);
      expect(started).toEqual(["package-worker.js", "package-worker.js"]);
      const refused = await work({
        kind: "summary",
        bytes: new TextEncoder().encode("no zip"),
        fileName: "bad.xlsx",
        plan: { sheets: [], remove: [], notices: [], paragraphs: [] },
      });
      expect(refused.ok ? "" : refused.text.en).toMatch(/^bad\.xlsx: /);
    } finally {
      (globalThis as { Worker?: unknown }).Worker = saved;
    }
  });
});
