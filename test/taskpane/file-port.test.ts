import { readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { PortError } from "../../src/app/port";
import { analyseWorkbook, writeSummaryTabs } from "../../src/app/session";
import { validateWorkbook } from "../../src/core/validation/engine";
import { readWorkbookSnapshot } from "../../src/adapters/xlsx/package/read-workbook";
import { downloadName, FilePort } from "../../src/web/file-port";

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

  it("downloads a copy with KC formulas turned into values, the read-back accepting those cells and no other change", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Tính toán");
    sheet.getCell("A1").value = 64.18;
    sheet.getCell("B1").value = 72.59;
    sheet.getCell("C1").value = { formula: "KC.COMPLETION(A1,B1)", result: 0.8841 };
    sheet.getCell("C2").value = { formula: "A1+B1", result: 136.77 };
    const bytes = (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
    const saved: ArrayBuffer[] = [];
    const port = new FilePort("vi-VN", (b) => saved.push(b));
    await port.openWorkbook(bytes, "ham-kc.xlsx");
    expect(await port.convertKcFormulas()).toBe(1);
    await port.downloadWorkbook();
    const copy = await readWorkbookSnapshot(new Uint8Array(saved[0]));
    const cells = copy.sheets[0];
    expect(cells.cell(0, 2)).toMatchObject({ value: 0.8841 });
    expect(cells.cell(0, 2)?.formula).toBeUndefined();
    expect(cells.cell(1, 2)).toMatchObject({ value: 136.77, formula: "A1+B1" });
  });

  it("refuses what is not an .xlsx with a message naming the file", async () => {
    const port = new FilePort("vi-VN", () => undefined);
    const text = new TextEncoder().encode("Tỉnh,Kế hoạch\nCần Thơ,1200\n");
    await expect(port.openWorkbook(text.buffer as ArrayBuffer, "bao-cao.csv")).rejects.toBeInstanceOf(PortError);
    await expect(port.openWorkbook(text.buffer as ArrayBuffer, "bao-cao.csv")).rejects.toThrow(/bao-cao\.csv/);
    await expect(port.readSnapshot()).rejects.toThrow(/No \.xlsx file is open/);
  });

  it("names the download after the file", () => {
    expect(downloadName("Báo cáo 2023.XLSX")).toBe("Báo cáo 2023 - KC.xlsx");
  });
});
