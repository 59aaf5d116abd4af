import { buildSampleWorkbook, MISTAKES } from "../../scripts/generate-sample";
import { readWorkbookSnapshot } from "../../src/adapters/xlsx/package/read-workbook";
import { validateWorkbook } from "../../src/core/validation/engine";

describe("the sample workbook", () => {
  it("has at least 19 province sheets (3 in real layouts), a notes sheet, and exactly the deliberate errors of docs/sample.md", async () => {
    const buffer = await buildSampleWorkbook().xlsx.writeBuffer();
    const snapshot = await readWorkbookSnapshot(new Uint8Array(buffer as ArrayBuffer));
    const report = validateWorkbook(snapshot);
    expect(report.stats.provinceSheets).toBeGreaterThanOrEqual(19);
    expect(report.stats.bySheet["Ghi chú"]).toEqual({ errors: 0, warnings: 0, infos: 0, provinceSheet: false });
    const errors = report.findings.filter((f) => f.severity === "error").map((f) => `${f.sheet}:${f.rule}`);
    const planted = MISTAKES.filter((m) => m.rule !== "unit/suspect-scale").map((m) => `${m.province}:${m.rule}`);
    expect(errors.sort()).toEqual(planted.sort());
    expect(report.findings.filter((f) => f.rule === "unit/suspect-scale").map((f) => f.sheet)).toEqual(["Hậu Giang", "Hậu Giang", "Hậu Giang"]);
    expect(report.sheets.filter((s) => s.status === "read").length).toBe(report.stats.provinceSheets);
    for (const name of ["Bến Tre", "Vĩnh Long", "Đồng Tháp"]) expect(report.sheets.find((s) => s.name === name)?.tables.length).toBeGreaterThanOrEqual(2);
  });
});
