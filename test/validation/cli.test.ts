import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runKc } from "../helpers/run-kc";
import { composeProvinceSheet } from "../../src/core/standard/compose";
import { writeProvinceWorksheet } from "../../scripts/exceljs-province-sheet";
import { goodInput, withProject } from "./fixtures";

const dir = mkdtempSync(join(tmpdir(), "kc-cli-"));

const kc = runKc;

async function writeWorkbook(name: string, ...inputs: ReturnType<typeof goodInput>[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  inputs.forEach((input, i) => writeProvinceWorksheet(wb, `${input.province} ${i}`, composeProvinceSheet(input)));
  wb.addWorksheet("Ghi chú").getCell("A1").value = "Ghi chú";
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe("kc validate", () => {
  it("exits 0 on a good workbook of several sheets and prints a Vietnamese report", async () => {
    const path = await writeWorkbook(
      "good.xlsx",
      goodInput(),
      goodInput({ province: "Đắk Lắk" }),
      goodInput({ province: "Lâm Đồng" }),
      goodInput({ province: "Bình Phước" }),
    );
    const r = await kc("validate", path);
    expect(r.code).toBe(0);
    expect(r.out).toContain("4 sheet đọc được / 5 sheet; 0 lỗi");
    expect(r.out).toContain("Sheet không phải báo cáo (không kiểm tra):\n  - Ghi chú: không có bảng nào");
    expect(r.err).toBe("");
  });

  it("exits 1 on errors; JSON is exactly the ValidationReport", async () => {
    const path = await writeWorkbook("bad.xlsx", withProject(0, { total: 710 }));
    const r = await kc("validate", path, "--format", "json", "--lang", "en");
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(Object.keys(report).sort()).toEqual(["findings", "meta", "sheets", "stats"]);
    expect(report.findings[0]).toMatchObject({
      rule: "calc/project-total",
      severity: "error",
      sheet: "Đắk Nông 0",
      cell: "G16",
      related: ["H16", "I16"],
      found: 710,
    });
    expect(report.findings[0].message).toHaveProperty("vi");
    expect(report.stats).toMatchObject({ errors: 1, sheets: 2, provinceSheets: 1, byRule: { "calc/project-total": 1 } });
    const text = await kc("validate", path, "--lang", "en");
    expect(text.out).toContain("ERROR");
  });

  it.each([
    ["a missing file", () => join(dir, "nope.xlsx"), "no such file|không tìm thấy"],
    ["a non-xlsx file", () => (writeFileSync(join(dir, "a.txt"), "hello"), join(dir, "a.txt")), "không phải tệp .xlsx"],
    [
      "a corrupt zip",
      () => (writeFileSync(join(dir, "c.xlsx"), Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)])), join(dir, "c.xlsx")),
      "bị hỏng",
    ],
    [
      "an encrypted file",
      () => (
        writeFileSync(join(dir, "e.xlsx"), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)])),
        join(dir, "e.xlsx")
      ),
      "mã hóa",
    ],
  ])("exits 2 on %s with one line on stderr and nothing on stdout", async (_name, make, pattern) => {
    const r = await kc("validate", make());
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(new RegExp(pattern));
  });

  it("exits 2 on a bad rule pack and uses a good one", async () => {
    const path = await writeWorkbook("rules.xlsx", goodInput());
    writeFileSync(join(dir, "bad.json"), JSON.stringify({ version: "x", packs: [{ id: "p", fund: "KCDP", basis: "b", effectiveFrom: null, ceilings: [] }] }));
    const bad = await kc("validate", path, "--rules", join(dir, "bad.json"));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("KCĐP");
    const pack = {
      version: "t",
      packs: [
        {
          id: "local-dn",
          fund: "KCDP",
          province: "Đắk Nông",
          basis: "NQ thử",
          effectiveFrom: "2020-01-01",
          ceilings: [{ activity: "HNHT", maxAmount: 50, status: "V" }],
        },
      ],
    };
    writeFileSync(join(dir, "good.json"), JSON.stringify(pack));
    const r = await kc("validate", path, "--rules", join(dir, "good.json"), "--format", "json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).findings.map((f: { rule: string; basis: string }) => [f.rule, f.basis])).toEqual([["cap/amount", "NQ thử"]]);
  });
});

describe("kc template", () => {
  it("writes a blank standard sheet that validates, and never overwrites without --force", async () => {
    const path = join(dir, "tpl.xlsx");
    const args = ["template", "--province", "Cần Thơ", "--year", "2024", "--period", "9 tháng", "--unit", "tỷ đồng", "-o", path];
    expect((await kc(...args)).code).toBe(0);
    expect(existsSync(path)).toBe(true);
    const before = readFileSync(path);
    const again = await kc(...args);
    expect(again.code).toBe(2);
    expect(again.err).toContain("--force");
    expect(readFileSync(path).equals(before)).toBe(true);
    expect((await kc(...args, "--force")).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet("Cần Thơ")!;
    expect(ws.getCell("B3").value).toBe("Cần Thơ");
    expect(ws.getCell("B6").value).toBe("tỷ đồng");
    expect(ws.getCell("D16").dataValidation?.formulae?.[0]).toContain("KCQG điểm");
    expect(ws.views[0]).toMatchObject({ state: "frozen" });
    expect((await kc("validate", path)).code).toBe(0);
  });

  it("refuses a bad year or unit", async () => {
    expect((await kc("template", "--province", "X", "--year", "23", "-o", join(dir, "y.xlsx"))).code).toBe(2);
    expect((await kc("template", "--province", "X", "--year", "2023", "--unit", "USD", "-o", join(dir, "y.xlsx"))).code).toBe(2);
    expect(existsSync(join(dir, "y.xlsx"))).toBe(false);
  });
});
