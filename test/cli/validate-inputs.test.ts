import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { composeProvinceSheet } from "../../src/core/standard/compose";
import { writeProvinceWorksheet } from "../../scripts/exceljs-province-sheet";
import { expandInputs, isSetAside } from "../../src/cli/inputs";
import { runKc } from "../helpers/run-kc";
import { goodInput, withProject } from "../validation/fixtures";

const root = mkdtempSync(join(tmpdir(), "kc-inputs-"));

async function writeReport(path: string, ...inputs: ReturnType<typeof goodInput>[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  inputs.forEach((input) => writeProvinceWorksheet(wb, input.province, composeProvinceSheet(input)));
  await wb.xlsx.writeFile(path);
  return path;
}

async function writeNotes(path: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Ghi chú").getCell("A1").value = "Danh sách gửi báo cáo";
  await wb.xlsx.writeFile(path);
  return path;
}

const ENCRYPTED = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
const CORRUPT = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);

/** A folder of province reports as an officer receives them: good ones, bad ones and other files. */
async function reportFolder(name: string): Promise<string> {
  const dir = join(root, name);
  mkdirSync(join(dir, "2023"), { recursive: true });
  await writeReport(join(dir, "bao-cao-ben-tre-2024.xlsx"), goodInput({ province: "Bến Tre", year: 2024 }));
  await writeReport(join(dir, "bao-cao-tra-vinh-2024.xlsx"), withProject(0, { total: 710 }, goodInput({ province: "Trà Vinh", year: 2024 })));
  await writeReport(join(dir, "bao-cao-vinh-long-2024.xlsm"), goodInput({ province: "Vĩnh Long", year: 2024 }));
  writeFileSync(join(dir, "bao-cao-can-tho-2024.xlsx"), ENCRYPTED);
  writeFileSync(join(dir, "bao-cao-soc-trang-2024.xlsx"), CORRUPT);
  writeFileSync(join(dir, "bao-cao-hau-giang-2024.xls"), ENCRYPTED);
  writeFileSync(join(dir, "~$bao-cao-ben-tre-2024.xlsx"), Buffer.alloc(165));
  writeFileSync(join(dir, "cong-van.pdf"), "%PDF-1.4");
  writeFileSync(join(dir, ".DS_Store"), "x");
  await writeNotes(join(dir, "danh-sach.xlsx"));
  await writeReport(join(dir, "2023", "bao-cao-ben-tre-2023.xlsx"), goodInput({ province: "Bến Tre", year: 2023 }));
  return dir;
}

function snapshot(dir: string): Record<string, number> {
  const out: Record<string, number> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[p] = statSync(p).mtimeMs + readFileSync(p).length;
    }
  };
  walk(dir);
  return out;
}

describe("input expansion (src/cli/inputs.ts)", () => {
  it("lists a folder's workbooks by name, sets aside what cannot be read and what is not a report, reads a path once", async () => {
    const dir = await reportFolder("expand");
    const { entries } = expandInputs([dir, join(dir, "bao-cao-ben-tre-2024.xlsx"), join(root, "nope.xlsx")]);
    const shown = entries.map((e) => `${e.path.slice(dir.length + 1) || e.path}${isSetAside(e) ? ` ${e.status}` : ""}`);
    expect(shown).toEqual([
      "~$bao-cao-ben-tre-2024.xlsx skipped",
      "2023 skipped",
      "bao-cao-ben-tre-2024.xlsx",
      "bao-cao-can-tho-2024.xlsx",
      "bao-cao-hau-giang-2024.xls unusable",
      "bao-cao-soc-trang-2024.xlsx",
      "bao-cao-tra-vinh-2024.xlsx",
      "bao-cao-vinh-long-2024.xlsm",
      "cong-van.pdf skipped",
      "danh-sach.xlsx",
      `${join(root, "nope.xlsx").slice(dir.length + 1)} unusable`,
    ]);
    const recursive = expandInputs([dir], { recursive: true }).entries.map((e) => e.path.slice(dir.length + 1));
    expect(recursive).toContain(join("2023", "bao-cao-ben-tre-2023.xlsx"));
    expect(recursive).not.toContain("2023");
  });

  it("orders numbered names numerically", () => {
    const dir = join(root, "numbers");
    mkdirSync(dir);
    for (const n of [10, 2, 1]) writeFileSync(join(dir, `tinh-${n}.xlsx`), "");
    expect(expandInputs([dir]).entries.map((e) => e.path.slice(dir.length + 1))).toEqual(["tinh-1.xlsx", "tinh-2.xlsx", "tinh-10.xlsx"]);
  });
});

describe("kc validate with several inputs", () => {
  it("validates every workbook of a folder, names each unusable file with its reason, exits 2, writes nothing", async () => {
    const dir = await reportFolder("folder");
    const before = snapshot(dir);
    const r = await runKc("validate", dir, "--format", "json", "--lang", "en");
    expect(r.code).toBe(2);
    const report = JSON.parse(r.out);
    const status = Object.fromEntries(report.files.map((f: { file: string; status: string }) => [f.file.slice(dir.length + 1), f.status]));
    expect(status).toEqual({
      "~$bao-cao-ben-tre-2024.xlsx": "skipped",
      "2023": "skipped",
      "bao-cao-ben-tre-2024.xlsx": "ok",
      "bao-cao-can-tho-2024.xlsx": "unusable",
      "bao-cao-hau-giang-2024.xls": "unusable",
      "bao-cao-soc-trang-2024.xlsx": "unusable",
      "bao-cao-tra-vinh-2024.xlsx": "ok",
      "bao-cao-vinh-long-2024.xlsm": "ok",
      "cong-van.pdf": "skipped",
      "danh-sach.xlsx": "unusable",
    });
    const reason = (name: string) => report.files.find((f: { file: string }) => f.file.endsWith(name)).reason.en;
    expect(reason("can-tho-2024.xlsx")).toContain("password-encrypted");
    expect(reason("soc-trang-2024.xlsx")).toContain("damaged");
    expect(reason("hau-giang-2024.xls")).toContain("save it as .xlsx");
    expect(reason("danh-sach.xlsx")).toContain('could be read as a khuyến công report: "Ghi chú" (no table');
    expect(report.findings.map((f: { file: string; rule: string }) => [f.file.slice(dir.length + 1), f.rule])).toEqual([
      ["bao-cao-tra-vinh-2024.xlsx", "calc/project-total"],
    ]);
    expect(report.stats).toMatchObject({ files: 10, readFiles: 3, unusableFiles: 4, skippedFiles: 3, errors: 1, provinceSheets: 3 });
    const errLines = r.err.trim().split("\n");
    expect(errLines).toHaveLength(4);
    for (const line of errLines) expect(line).toMatch(/^kc validate: /);
    expect(snapshot(dir)).toEqual(before);
  });

  it("exits 1 when every input is usable and one has an error, 0 when none has, and groups the text by file", async () => {
    const dir = join(root, "usable");
    mkdirSync(dir);
    const a = await writeReport(join(dir, "a.xlsx"), goodInput({ province: "Cà Mau" }));
    const b = await writeReport(join(dir, "b.xlsx"), withProject(0, { total: 710 }, goodInput({ province: "Bạc Liêu" })));
    const clean = await runKc("validate", a, join(dir, "a.xlsx"));
    expect(clean.code).toBe(0);
    expect(clean.out).toContain("Kiểm tra 1 tệp (1 đọc được)");
    const both = await runKc("validate", a, b);
    expect(both.code).toBe(1);
    expect(both.err).toBe("");
    const sections = both.out.split("\n### ");
    expect(sections).toHaveLength(3);
    expect(sections[0]).toContain("Kiểm tra 2 tệp (2 đọc được): 2 sheet đọc được / 2 sheet; 1 lỗi");
    expect(sections[1]).toMatch(/^.*a\.xlsx\n.*Không có lỗi nào\./s);
    expect(sections[2]).toContain("calc/project-total");
  });

  it("finds two files reporting the same province and period, however spelt", async () => {
    const dir = join(root, "dup");
    mkdirSync(dir);
    await writeReport(join(dir, "1-hcm.xlsx"), goodInput({ province: "Hồ Chí Minh", year: 2024 }));
    await writeReport(join(dir, "2-tphcm.xlsx"), goodInput({ province: "TP.HCM", year: 2024 }));
    await writeReport(join(dir, "3-tphcm-9-thang.xlsx"), goodInput({ province: "TP.HCM", year: 2024, period: "9 tháng" }));
    const r = await runKc("validate", dir, "--format", "json");
    expect(r.code).toBe(1);
    const { findings } = JSON.parse(r.out);
    expect(findings.map((f: { file: string; rule: string; cell: string }) => [f.file.slice(dir.length + 1), f.rule, f.cell])).toEqual([
      ["2-tphcm.xlsx", "province/duplicate-report", "B3"],
    ]);
    expect(findings[0].message.vi).toContain("1-hcm.xlsx");
  });

  it("exits 2 when a folder holds no workbook, saying so", async () => {
    const dir = join(root, "empty");
    mkdirSync(dir);
    writeFileSync(join(dir, "ghi-chu.txt"), "x");
    const r = await runKc("validate", dir);
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toEqual([`kc validate: ${dir}: là một thư mục không có tệp .xlsx hay .xlsm nào để kiểm tra.`]);
    expect(r.out).toBe("");
  });
});
