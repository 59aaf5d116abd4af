import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runKc } from "../helpers/run-kc";
import { corpus, corpusEntry } from "./catalogue";
import { readWorkbookSnapshot } from "../../src/adapters/xlsx/package/read-workbook";
import { Finding } from "../../src/core/validation/finding";
import { produce } from "./writers/producers";
import { toWorkbookSnapshot } from "./workbook/to-snapshot";
import { validateWorkbook } from "../../src/core/validation/engine";

const dir = mkdtempSync(join(tmpdir(), "kc-layouts-"));

/** A corpus workbook written to an .xlsx file under the file name its key gives. */
async function fileOf(id: string, producer: "exceljs" | "inline" = "exceljs"): Promise<string> {
  const entry = corpusEntry(id);
  const path = join(dir, entry.rendered.key.fileName);
  writeFileSync(path, await produce(entry.rendered.workbook, producer));
  return path;
}

/**
 * `kc validate` on real layouts written to .xlsx files. The x:-prefixed producers (the .NET OpenXML SDK's
 * packages) are read by the package reader of issue #16 (branch read), tested there.
 */
describe("kc validate on the layouts provinces send", () => {
  it("finds in a file what the engine finds in memory, and lists the sheets it read in part", async () => {
    for (const [id, producer] of [
      ["L11+planted", "exceljs"],
      ["L8", "inline"],
      ["L7-no-unit", "exceljs"],
    ] as const) {
      const path = await fileOf(id, producer);
      const r = await runKc("validate", path, "--format", "json");
      const report = JSON.parse(r.out);
      const entry = corpusEntry(id);
      const memory = validateWorkbook(toWorkbookSnapshot(entry.rendered.workbook), { fileName: entry.rendered.key.fileName });
      expect([id, report.findings.map((f: { sheet: string; cell: string; rule: string }) => `${f.sheet}!${f.cell} ${f.rule}`)]).toEqual([
        id,
        memory.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`),
      ]);
      expect(report.sheets.map((s: { name: string; status: string }) => [s.name, s.status])).toEqual(
        Object.entries(entry.rendered.key.sheets).map(([name, key]) => [name, key.status]),
      );
    }
    const text = await runKc("validate", await fileOf("L7-no-unit"));
    expect(text.out).toContain("Sheet chỉ đọc được một phần:\n  - Sheet1: bảng A3:E30 không ghi đơn vị tính");
  });

  it("reads every corpus workbook from the files of two producers (styles and shared strings; inline strings and no styles) as from memory", async () => {
    const differ: string[] = [];
    for (const e of corpus()) {
      const memory = validateWorkbook(toWorkbookSnapshot(e.rendered.workbook), { fileName: e.rendered.key.fileName });
      for (const producer of ["exceljs", "inline"] as const) {
        const snapshot = await readWorkbookSnapshot(new Uint8Array(await produce(e.rendered.workbook, producer)));
        const file = validateWorkbook(snapshot, { fileName: e.rendered.key.fileName });
        const show = (fs: Finding[]) => fs.map((f) => `${f.sheet}!${f.cell} ${f.rule}`);
        if (JSON.stringify(show(file.findings)) !== JSON.stringify(show(memory.findings))) differ.push(`${e.id} (${producer})`);
      }
    }
    expect(differ).toEqual([]);
  }, 60_000);

  it("gives each sheet's status, reason and tables in JSON: the roles of the columns as read", async () => {
    const r = await runKc("validate", await fileOf("L8"), "--format", "json");
    expect(JSON.parse(r.out).sheets).toEqual([
      {
        name: "Sheet1",
        status: "read",
        tables: [
          {
            range: "A2:I14",
            kind: "projects",
            headerRows: [2, 3],
            columns: {
              A: "no",
              B: "label",
              C: "time",
              D: "amount:support:KCQG",
              E: "amount:support:KCDP",
              F: "amount:cost",
              G: "amount:support",
              H: "amount:counterpart",
              I: "beneficiary",
            },
            rows: 11,
          },
        ],
      },
    ]);
  });

  it("never says 'no error' about a workbook it could not read: exit 1 and what it looked for", async () => {
    const r = await runKc("validate", await fileOf("not-a-report"));
    expect(r.code).toBe(1);
    expect(r.out).toContain("read/no-report");
    expect(r.out).toContain("kc template");
    expect(r.out).not.toContain("Không có lỗi nào");
  });

  it("--explain prints how a sheet was read, for a reviewer without Excel", async () => {
    const r = await runKc("validate", await fileOf("L13"), "--explain", "Bieu 01");
    expect(r.out).toMatch(/^Sheet "Bieu 01": đã đọc\n/);
    expect(r.out).toContain('Năm: 2017 [tiêu đề A4 "Biểu 01: TÌNH HÌNH THỰC HIỆN KINH PHÍ KHUYẾN CÔNG 6 THÁNG NĂM 2017"]');
    expect(r.out).toContain('Đẳng thức F8 "4=3/2"');
    expect(r.out).toMatch(/Dòng 9: dòng tổng "TỔNG CỘNG" = cộng dòng 10, 13/);
    expect(r.out).toMatch(/Dòng 11: dòng "trong đó" \(không cộng vào tổng\) "trong đó: đã phân bổ" \(thuộc dòng 10\)/);
    expect(r.out).toContain("Kiểm tra");
    const missing = await runKc("validate", await fileOf("L13"), "--explain", "Không có");
    expect(missing.code).toBe(2);
  });
});
