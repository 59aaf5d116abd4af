import { createHash } from "crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readWorkbookSnapshot } from "../../src/adapters/xlsx/package/read-workbook";
import { importedSheets } from "../../src/adapters/xlsx/package-writer/sheet-import";
import { WorkbookPackage } from "../../src/adapters/xlsx/package-writer/workbook-package";
import { summarizeFiles } from "../../src/adapters/xlsx/summarize-files";
import { Decimal } from "../../src/core/numbers/decimal-config";
import { workbookReports } from "../../src/core/reading/view";
import { provinceCompletion } from "../../src/core/summary/province-total";
import { a1, SheetSnapshot } from "../../src/core/workbook/snapshot";
import { ProvinceFile, regionFiles } from "../../scripts/region-files";
import { renderStandard } from "../layouts/layouts/standard";
import { renderNotAReport } from "../layouts/layouts/not-a-report";
import { generateReport } from "../layouts/model/generate";
import { produce } from "../layouts/writers/producers";
import { runKc } from "../helpers/run-kc";

jest.setTimeout(120_000);

const root = mkdtempSync(join(tmpdir(), "kc-summarize-files-"));
const byName = new Intl.Collator("vi", { numeric: true, sensitivity: "base" });
const inputs = (files: readonly ProvinceFile[]) => files.map((f) => ({ file: f.name, bytes: new Uint8Array(f.bytes) }));

/** TH_KinhPhi's rows as "province | column letter → formula = value". */
function fundingRows(sheet: SheetSnapshot): Map<string, Map<string, { formula?: string; value: unknown }>> {
  const rows = new Map<string, Map<string, { formula?: string; value: unknown }>>();
  for (let r = 5; r < sheet.rowCount; r++) {
    const name = sheet.cell(r, 0)?.value;
    if (typeof name !== "string") continue;
    const cells = new Map<string, { formula?: string; value: unknown }>();
    for (let c = 1; c < sheet.colCount; c++) {
      const cell = sheet.cell(r, c);
      if (cell) cells.set(a1(0, c).replace(/\d+$/, ""), { formula: cell.formula, value: cell.value });
    }
    rows.set(name, cells);
  }
  return rows;
}

const headerColumn = (sheet: SheetSnapshot, text: string) => {
  for (let c = 0; c < sheet.colCount; c++) if (sheet.cell(4, c)?.value === text || sheet.cell(3, c)?.value === text) return a1(0, c).replace(/\d+$/, "");
  throw new Error(`no column ${text}`);
};

let south2025: ProvinceFile[];
let withComparison: ProvinceFile[];
beforeAll(async () => {
  withComparison = await regionFiles();
  south2025 = withComparison.filter((f) => f.year === 2025);
});

describe("one summary from many province files", () => {
  it("summarises a region of files in different layouts in one run: one copy per province, formulas over the copies, the figures each file states", async () => {
    expect(new Set(south2025.map((f) => f.layout)).size).toBeGreaterThanOrEqual(4);
    const result = await summarizeFiles(inputs(south2025), { lang: "vi", outputName: "khu-vuc.xlsx" });
    expect(result.files.map((f) => [f.file, f.status])).toEqual(south2025.map((f) => [f.name, "copied"]));
    const out = await readWorkbookSnapshot(result.output, "khu-vuc.xlsx");
    expect(out.sheets.map((s) => s.name)).toEqual([...south2025.map((f) => f.province), "TH_KinhPhi", "TH_NoiDung", "TH_KiemTra", "TH_BaoCao"]);

    const rows = fundingRows(out.sheets.find((s) => s.name === "TH_KinhPhi")!);
    expect([...rows.keys()]).toEqual([...south2025.map((f) => f.province), "Tổng cộng"]);
    for (const f of south2025) {
      // The figures of the row are those the file itself states, read from the file alone.
      const own = workbookReports(await readWorkbookSnapshot(new Uint8Array(f.bytes), f.name), { fileName: f.name }).find((v) => v.funding)!;
      const expected = provinceCompletion(own.sheet, own.funding!.figures)!;
      const row = rows.get(f.province)!;
      expect([f.name, new Decimal(row.get("H")!.value as number).toFixed(6)]).toEqual([f.name, expected.plan.toFixed(6)]);
      expect([f.name, new Decimal(row.get("I")!.value as number).toFixed(6)]).toEqual([f.name, expected.actual.toFixed(6)]);
      // Every amount of the row points at the province's copy (or at the row's own cells).
      for (const col of ["B", "C", "E", "F"]) expect(row.get(col)!.formula).toContain(`'${f.province}'!`);
    }
    const records = importedSheets(await WorkbookPackage.open(result.output, "khu-vuc.xlsx"));
    expect(records.map((r) => [r.sheet, r.record.file, r.record.sha256])).toEqual(
      south2025.map((f) => [f.province, f.name, createHash("sha256").update(f.bytes).digest("hex")]),
    );
  });

  it("sums 2024's old provinces into their 2025 successors as one readable formula, with a note, and says the comparison is on the 2025 boundaries", async () => {
    const result = await summarizeFiles(inputs(withComparison), { lang: "vi", outputName: "khu-vuc.xlsx", region: "south" });
    expect(result.plan.findings).toEqual([]);
    const out = await readWorkbookSnapshot(result.output, "khu-vuc.xlsx");
    const funding = out.sheets.find((s) => s.name === "TH_KinhPhi")!;
    const rows = fundingRows(funding);
    expect([...rows.keys()]).toEqual([...south2025.map((f) => f.province), "Tổng cộng"]);
    const same = headerColumn(funding, "Thực hiện cùng kỳ");
    const previous = headerColumn(funding, "Kế hoạch năm trước");
    const note = headerColumn(funding, "Số năm trước lấy từ");
    const vinhLong = rows.get("Vĩnh Long")!;
    const formula = vinhLong.get(same)!.formula!;
    for (const old of ["Bến Tre 2024", "Trà Vinh 2024", "Vĩnh Long 2024"]) expect(formula).toContain(`'${old}'!`);
    expect(vinhLong.get(note)!.value).toBe("Năm 2024: Bến Tre + Trà Vinh + Vĩnh Long (cộng theo địa giới mới)");

    // The engine's value is the sum of the three 2024 reports' actuals, each read from its own file.
    const olds = withComparison.filter((f) => f.year === 2024 && ["Bến Tre", "Trà Vinh", "Vĩnh Long"].includes(f.province));
    let actual = new Decimal(0);
    let plan = new Decimal(0);
    for (const f of olds) {
      const view = workbookReports(await readWorkbookSnapshot(new Uint8Array(f.bytes), f.name), { fileName: f.name }).find((v) => v.funding)!;
      const totals = provinceCompletion(view.sheet, view.funding!.figures)!;
      actual = actual.plus(totals.actual);
      plan = plan.plus(totals.plan);
    }
    expect(new Decimal(vinhLong.get(same)!.value as number).toFixed(6)).toBe(actual.toFixed(6));
    expect(new Decimal(vinhLong.get(previous)!.value as number).toFixed(6)).toBe(plan.toFixed(6));
    expect(result.plan.paragraphs[0]).toContain("Số liệu năm 2024 được so sánh theo địa giới hành chính 34 tỉnh, thành phố từ ngày 01/7/2025");
    expect(result.plan.paragraphs[0]).toContain("của 8 tỉnh, thành phố khu vực phía Nam");
  });

  it("a successor whose predecessor sent no report gets a finding and no partial sum", async () => {
    const files = withComparison.filter((f) => !(f.year === 2024 && f.province === "Trà Vinh"));
    const result = await summarizeFiles(inputs(files), { lang: "vi", outputName: "khu-vuc.xlsx" });
    expect(result.plan.findings!.map((f) => [f.rule, f.sheet, f.message.en])).toEqual([
      [
        "summary/predecessor-missing",
        "Vĩnh Long",
        "Tỉnh Vĩnh Long was formed from Bến Tre, Trà Vinh, Vĩnh Long; the report of Trà Vinh for the full year 2024 is missing: the comparison figure on the new boundaries cannot be summed, TH_KinhPhi leaves it blank.",
      ],
    ]);
    const out = await readWorkbookSnapshot(result.output, "khu-vuc.xlsx");
    const funding = out.sheets.find((s) => s.name === "TH_KinhPhi")!;
    const rows = fundingRows(funding);
    const same = headerColumn(funding, "Thực hiện cùng kỳ");
    const ratio = headerColumn(funding, "So với cùng kỳ (%)");
    expect(rows.get("Vĩnh Long")!.get(same)?.value ?? null).toBeNull();
    expect(rows.get("Cà Mau")!.get(same)!.formula).toContain("'Bạc Liêu 2024'!");
    // The region's ratio would cover 7 of 8 provinces: left blank, and the paragraph leaves "cùng kỳ" out.
    expect(rows.get("Tổng cộng")!.get(ratio)?.value ?? null).toBeNull();
    expect(result.plan.paragraphs[0]).not.toContain("cùng kỳ");
    const findingsTab = out.sheets.find((s) => s.name === "TH_KiemTra")!;
    const listed = Array.from({ length: findingsTab.rowCount }, (_, r) => findingsTab.cell(r, 3)?.value);
    expect(listed).toContain("summary/predecessor-missing");
  });

  it("--region picks the region on the report date's boundaries: the provinces missing and the reports outside it are findings", async () => {
    const haNoi = generateReport({ seed: 9, province: "Hà Nội", year: 2025, months: 12, projects: { KCQG: 2, KCDP: 3 } });
    const outside = {
      name: "2025 - Hà Nội.xlsx",
      province: "Hà Nội",
      year: 2025,
      layout: "standard",
      bytes: await produce(renderStandard(haNoi).workbook, "exceljs"),
    };
    const files = [...south2025.filter((f) => f.province !== "Cà Mau"), outside];
    const result = await summarizeFiles(inputs(files), { lang: "vi", outputName: "khu-vuc.xlsx", region: "south" });
    expect(result.plan.findings!.map((f) => [f.rule, f.sheet, f.message.en])).toEqual([
      [
        "summary/outside-region",
        "Hà Nội",
        "Thành phố Hà Nội is not in the South (on the 34 provinces from 1/7/2025): this report is left out of the summary tabs.",
      ],
      ["summary/region-missing", "", "the South (on the 34 provinces from 1/7/2025) has 8 provinces; no report for the full year 2025 from: Cà Mau."],
    ]);
    const out = await readWorkbookSnapshot(result.output, "khu-vuc.xlsx");
    expect([...fundingRows(out.sheets.find((s) => s.name === "TH_KinhPhi")!).keys()]).not.toContain("Hà Nội");
    // The same files with words naming the region only: every report summed, the words in the paragraph.
    const words = await summarizeFiles(inputs(files), { lang: "vi", outputName: "khu-vuc.xlsx", region: "các tỉnh phía Nam" });
    expect(words.plan.findings).toEqual([]);
    expect(words.plan.paragraphs[0]).toContain("của 8 tỉnh, thành phố các tỉnh phía Nam");
  });

  it("two reports of one province and period: a finding on the copy kept, the second file not counted", async () => {
    const second = { ...south2025[0], name: "gui lai.xlsx" };
    const sheet = (await readWorkbookSnapshot(new Uint8Array(second.bytes), second.name)).sheets[0].name;
    const result = await summarizeFiles(inputs([...south2025, second]), { lang: "en", outputName: "khu-vuc.xlsx" });
    expect(result.files.at(-1)).toMatchObject({ status: "duplicate", copies: [] });
    const duplicates = result.report.findings.filter((f) => f.rule === "province/duplicate-report");
    expect(duplicates.map((f) => [f.sheet, f.message.en])).toEqual([
      [
        south2025[0].province,
        `A report of Tỉnh ${south2025[0].province} for the full year 2025 is already in file gui lai.xlsx, sheet "${sheet}" (not counted): two reports for the same province and period would be counted twice in a summary.`,
      ],
    ]);
    const out = await readWorkbookSnapshot(result.output, "khu-vuc.xlsx");
    expect([...fundingRows(out.sheets.find((s) => s.name === "TH_KinhPhi")!).keys()].filter((k) => k === south2025[0].province)).toHaveLength(1);
  });
});

describe("kc summarize FILES… -o OUT", () => {
  const ENCRYPTED = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
  const CORRUPT = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);

  it("names every unusable file with its reason, summarises the others, exits 2 and writes over no source", async () => {
    const dir = join(root, "bao-cao");
    mkdirSync(dir, { recursive: true });
    for (const f of south2025) writeFileSync(join(dir, f.name), f.bytes);
    writeFileSync(join(dir, "mat-khau.xlsx"), ENCRYPTED);
    writeFileSync(join(dir, "hong.xlsx"), CORRUPT);
    writeFileSync(join(dir, "cu.xls"), ENCRYPTED);
    writeFileSync(join(dir, "van-ban.txt.xlsx"), "Kính gửi Sở Công Thương");
    writeFileSync(join(dir, "danh-sach.xlsx"), await produce(renderNotAReport("Cà Mau", 2025).workbook, "exceljs"));
    writeFileSync(join(dir, "~$khoa.xlsx"), Buffer.alloc(165));
    const before = Object.fromEntries(
      readdirSync(dir).map((n) => [
        n,
        createHash("sha256")
          .update(readFileSync(join(dir, n)))
          .digest("hex"),
      ]),
    );
    const out = join(root, "khu-vuc.xlsx");
    const r = await runKc("summarize", dir, "-o", out, "--lang", "en");
    expect(r.code).toBe(2);
    const line = (name: string) => r.out.split("\n").find((l) => l.startsWith(join(dir, name)));
    expect(line("mat-khau.xlsx")).toContain("UNUSABLE: the file is password-encrypted or an old .xls");
    expect(line("hong.xlsx")).toMatch(/UNUSABLE: .*(zip|corrupt|damaged)/i);
    expect(line("cu.xls")).toContain("UNUSABLE: KC cannot read .xls files");
    expect(line("van-ban.txt.xlsx")).toContain("UNUSABLE: not an .xlsx file");
    expect(line("danh-sach.xlsx")).toContain("UNUSABLE: no sheet is a province report KC reads");
    expect(line("~$khoa.xlsx")).toContain("skipped: Excel's lock file");
    for (const f of south2025) expect(line(f.name)).toContain(`copied → '${f.province}'`);
    expect(r.out).toContain("5 file(s) could not be used: the summary does not cover them.");
    expect(r.err.split("\n").filter((l) => l.startsWith("kc summarize:"))).toHaveLength(5);
    const written = await readWorkbookSnapshot(new Uint8Array(readFileSync(out)), "out");
    expect(written.sheets.filter((s) => !s.name.startsWith("TH_")).map((s) => s.name)).toEqual(
      [...south2025].sort((a, b) => byName.compare(a.name, b.name)).map((f) => f.province),
    );
    const after = Object.fromEntries(
      readdirSync(dir).map((n) => [
        n,
        createHash("sha256")
          .update(readFileSync(join(dir, n)))
          .digest("hex"),
      ]),
    );
    expect(after).toEqual(before);
  });

  it("--update replaces a province's copy with a newer file and says so; an unchanged file stays", async () => {
    const dir = join(root, "cap-nhat");
    mkdirSync(dir, { recursive: true });
    const paths = south2025.slice(0, 3).map((f) => {
      writeFileSync(join(dir, f.name), f.bytes);
      return join(dir, f.name);
    });
    const out = join(root, "cap-nhat.xlsx");
    expect((await runKc("summarize", ...paths, "-o", out)).code).toBe(0);
    const again = await runKc("summarize", ...paths, "-o", out);
    expect(again.code).toBe(2);
    expect(again.err).toContain("--update");

    // A newer file for the second province (other figures, same province and year).
    const newer = generateReport({ seed: 77, province: south2025[1].province, year: 2025, months: 12, projects: { KCQG: 3, KCDP: 3 } });
    const newerPath = join(dir, "moi.xlsx");
    writeFileSync(newerPath, await produce(renderStandard(newer).workbook, "exceljs"));
    const r = await runKc("summarize", paths[0], newerPath, "-o", out, "--update", "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out).toContain(`${paths[0]}: already there, unchanged`);
    expect(r.out).toContain(`${newerPath}: replaced the earlier copy → '${south2025[1].province}'`);
    expect(r.out).toContain(`Sheet '${south2025[1].province}' (copied from ${south2025[1].name}) is replaced by sheet '${south2025[1].province}' of moi.xlsx.`);
    const bytes = new Uint8Array(readFileSync(out));
    const records = importedSheets(await WorkbookPackage.open(bytes, "out"));
    // Listed by defined name: the replaced copy's record was written again.
    expect(records.map((x) => [x.sheet, x.record.file]).sort()).toEqual(
      [
        [south2025[0].province, south2025[0].name],
        [south2025[1].province, "moi.xlsx"],
        [south2025[2].province, south2025[2].name],
      ].sort(),
    );
    const sheets = (await readWorkbookSnapshot(bytes, "out")).sheets.map((s) => s.name);
    expect(sheets).toEqual([...south2025.slice(0, 3).map((f) => f.province), "TH_KinhPhi", "TH_NoiDung", "TH_KiemTra", "TH_BaoCao"]);
  });
});
