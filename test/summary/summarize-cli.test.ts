import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { runKc } from "../helpers/run-kc";
import { bufferOf, SOUTHERN_2023, workbookOf } from "./fixtures";

jest.setTimeout(60_000);

const kc = runKc;

describe("kc summarize", () => {
  const dir = mkdtempSync(join(tmpdir(), "kc-summarize-cli-"));
  const input = join(dir, "vung.xlsx");
  const sample = join(__dirname, "..", "..", "samples", "khu-vuc-phia-nam-2023.xlsx");
  beforeAll(async () => writeFileSync(input, await bufferOf(workbookOf(SOUTHERN_2023))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the summary and says where; exit 0 without error findings", async () => {
    const out = join(dir, "out.xlsx");
    const r = await kc("summarize", input, "-o", out, "--region", "khu vực phía Nam");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain(`TH_KinhPhi, TH_NoiDung, TH_KiemTra, TH_BaoCao → ${out}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([...SOUTHERN_2023.map((f) => f.sheet), "TH_KinhPhi", "TH_NoiDung", "TH_KiemTra", "TH_BaoCao"]);
  });

  it("exits 1 on error findings and still writes the summary (the sample)", async () => {
    const out = join(dir, "sample-out.xlsx");
    const r = await kc("summarize", sample, "-o", out, "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Checks: [1-9]\d* error/);
    expect(existsSync(out)).toBe(true);
  });

  it("never writes over its input, even through another spelling, a symbolic link or a hard link", async () => {
    const before = readFileSync(input);
    mkdirSync(join(dir, "sub"), { recursive: true });
    const hardLink = join(dir, "hard.xlsx");
    if (!existsSync(hardLink)) linkSync(input, hardLink);
    for (const target of [input, join(dir, ".", "vung.xlsx"), join(dir, "sub", "..", "vung.xlsx"), join(dir, "link.xlsx"), hardLink]) {
      if (target.endsWith("link.xlsx") && !existsSync(target)) symlinkSync(input, target);
      const r = await kc("summarize", input, "-o", target, "--force");
      expect([target, r.code]).toEqual([target, 2]);
      expect(r.err).toMatch(/^kc summarize: .*là tệp đầu vào/);
      const en = await kc("summarize", input, "-o", target, "--force", "--lang", "en");
      expect(en.err).toMatch(/^kc summarize: .*is the input file; KC never writes over its input\.\n$/);
    }
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it("refuses an existing output unless --force", async () => {
    const out = join(dir, "exists.xlsx");
    writeFileSync(out, "keep me");
    const refused = await kc("summarize", input, "-o", out);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("--force");
    expect(readFileSync(out, "utf8")).toBe("keep me");
    const forced = await kc("summarize", input, "-o", out, "--force");
    expect(forced.code).toBe(0);
  });

  it("exits 2 with one line naming the file for unusable input, writing nothing", async () => {
    const bad = join(dir, "bad.xlsx");
    writeFileSync(bad, "not a workbook");
    for (const file of [bad, join(dir, "missing.xlsx")]) {
      const out = join(dir, "never.xlsx");
      const r = await kc("summarize", file, "-o", out);
      expect(r.code).toBe(2);
      expect(r.err.trim().split("\n")).toHaveLength(1);
      expect(r.err).toContain(file);
      expect(existsSync(out)).toBe(false);
    }
    expect((await kc("summarize", input, "-o", join(dir, "x.xlsx"), "--lang", "fr")).code).toBe(2);
  });
});
