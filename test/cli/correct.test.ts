import ExcelJS from "exceljs";
import JSZip from "jszip";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runKc } from "../helpers/run-kc";
import { corpusEntry } from "../layouts/catalogue";
import { produce } from "../layouts/writers/producers";

const dir = mkdtempSync(join(tmpdir(), "kc-correct-"));
let n = 0;
const out = () => join(dir, `out-${++n}.xlsx`);

/** L7 without its unit (Bến Tre's funding by activity): read in part until the officer says the unit. */
async function noUnit(): Promise<string> {
  const entry = corpusEntry("L7-no-unit");
  const path = join(dir, entry.rendered.key.fileName);
  writeFileSync(path, await produce(entry.rendered.workbook, "exceljs"));
  return path;
}

type Report = { findings: { rule: string; sheet: string; cell: string }[]; sheets: { name: string; status: string }[] };
const validate = async (path: string): Promise<Report> => JSON.parse((await runKc("validate", path, "--format", "json")).out);

describe("kc correct: one correction of a reading, written into the workbook's KC_CachDoc sheet", () => {
  it("writes the correction into a copy, hidden, every part of the input kept, and the next run reads the sheet with it", async () => {
    const input = await noUnit();
    const before = await validate(input);
    expect(before.findings.map((f) => f.rule)).toContain("read/unit-assumed");
    expect(before.sheets.find((s) => s.name === "Sheet1")?.status).toBe("partial");

    const output = out();
    const r = await runKc("correct", input, "--sheet", "Sheet1", "--what", "Đơn vị tính", "--as", "triệu đồng", "-o", output);
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out).toContain(`Đã ghi vào KC_CachDoc: Sheet1: Đơn vị tính → triệu đồng → ${output}`);
    expect(r.out).toContain('Đơn vị tính: triệu đồng [cán bộ sửa cách đọc KC_CachDoc!A3 "triệu đồng"]');

    const after = await validate(output);
    expect(after.findings.map((f) => f.rule)).not.toContain("read/unit-assumed");
    expect(after.sheets.map((s) => [s.name, s.status])).toEqual([
      ["Sheet1", "read"],
      ["KC_CachDoc", "corrections"],
    ]);
    const zipIn = await JSZip.loadAsync(readFileSync(input));
    const zipOut = await JSZip.loadAsync(readFileSync(output));
    expect(await zipOut.file("xl/workbook.xml")!.async("string")).toMatch(/<sheet name="KC_CachDoc" sheetId="\d+" state="hidden"/);
    for (const name of Object.keys(zipIn.files).filter((f) => !zipIn.files[f].dir && (f.startsWith("xl/worksheets/") || f === "xl/sharedStrings.xml")))
      expect([name, await zipOut.file(name)?.async("string")]).toEqual([name, await zipIn.file(name)!.async("string")]);
  });

  it("rewrites KC's own KC_CachDoc in place with a second correction, and replaces one of the same place", async () => {
    const first = out();
    await runKc("correct", await noUnit(), "--sheet", "Sheet1", "--what", "unit", "--as", "tỷ đồng", "-o", first);
    const second = out();
    const r = await runKc("correct", first, "--sheet", "Sheet1", "--what", "Năm", "--as", "2023", "-o", second);
    expect(r.code).toBe(0);
    const third = out();
    await runKc("correct", second, "--sheet", "Sheet1", "--what", "Đơn vị tính", "--as", "triệu đồng", "-o", third);
    const zip = await JSZip.loadAsync(readFileSync(third));
    expect((await zip.file("xl/workbook.xml")!.async("string")).match(/name="KC_CachDoc"/g)).toHaveLength(1);
    const explained = await runKc("validate", third, "--explain", "Sheet1", "--lang", "en");
    expect(explained.out).toContain('Unit: million VND [officer\'s correction KC_CachDoc!A3 "triệu đồng"]');
    expect(explained.out).toContain('Year: 2023 [officer\'s correction KC_CachDoc!A4 "2023"]');
  });

  it("refuses, writing nothing: a correction that does not fit, an unknown kind or sheet, an existing output, the input as output", async () => {
    const input = await noUnit();
    const output = out();
    const refused = async (...args: string[]) => {
      const r = await runKc("correct", input, ...args);
      return [r.code, r.out, r.err.trim()];
    };
    expect(await refused("--sheet", "Sheet1", "--what", "Vai trò cột", "--cell", "Z3", "--as", "KCQG", "-o", output)).toEqual([
      2,
      "",
      `kc correct: ${input}, sheet "Sheet1": không ghi được "Vai trò cột": không có bảng nào có cột có tiêu đề ở Z3.`,
    ]);
    expect(await refused("--sheet", "Sheet1", "--what", "Màu sắc", "--as", "đỏ", "-o", output)).toEqual([
      2,
      "",
      expect.stringContaining('--what: "Màu sắc" không rõ'),
    ]);
    expect(await refused("--sheet", "Sheet9", "--what", "Năm", "--as", "2023", "-o", output)).toEqual([
      2,
      "",
      expect.stringContaining('không có sheet "Sheet9"'),
    ]);
    expect(await refused("--sheet", "Sheet1", "--what", "Năm", "--as", "2023", "-o", input)).toEqual([2, "", expect.stringContaining("là tệp đầu vào")]);
    expect(existsSync(output)).toBe(false);
    writeFileSync(output, "");
    expect(await refused("--sheet", "Sheet1", "--what", "Năm", "--as", "2023", "-o", output)).toEqual([2, "", expect.stringContaining("--force")]);
  });

  it("never rewrites a KC_CachDoc sheet written by hand: it prints the row to add", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").addRows([
      ["BÁO CÁO KẾT QUẢ KHUYẾN CÔNG NĂM 2023"],
      ["STT", "Tên đề án", "Tổng kinh phí", "Kinh phí hỗ trợ"],
      [1, "Hỗ trợ máy sấy", 500, 200],
    ]);
    wb.addWorksheet("KC_CachDoc").addRows([["Sheet", "Sửa gì", "Ô", "Đọc là", "Ô đang ghi"]]);
    const input = join(dir, "by-hand.xlsx");
    writeFileSync(input, Buffer.from(await wb.xlsx.writeBuffer()));
    const output = out();
    const r = await runKc("correct", input, "--sheet", "Sheet1", "--what", "Đơn vị tính", "--as", "triệu đồng", "-o", output);
    expect([r.code, r.err.trim()]).toEqual([
      2,
      "kc correct: " + input + ": sheet KC_CachDoc do người dùng tự lập, KC không ghi đè; hãy thêm dòng: Sheet1 | Đơn vị tính |  | triệu đồng |",
    ]);
    expect(existsSync(output)).toBe(false);
  });
});
