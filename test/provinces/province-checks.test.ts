import { composeProvinceSheet } from "../../src/core/standard/compose";
import { validateWorkbook } from "../../src/core/validation/engine";
import { GridSheet } from "../../src/core/workbook/snapshot";
import { goodInput } from "../validation/fixtures";

type Input = Parameters<typeof goodInput>[0];

/** The province findings of a workbook of standard sheets, as "sheet rule". */
function provinceFindings(...inputs: Input[]): string[] {
  const sheets = inputs.map((input, i) => new GridSheet(`S${i + 1}`, composeProvinceSheet(goodInput(input)).rows));
  return validateWorkbook({ sheets })
    .findings.filter((f) => f.rule.startsWith("province/"))
    .map((f) => `${f.sheet} ${f.rule}`);
}

describe("the province of a province sheet", () => {
  it("accepts a province however written, and finds nothing to say", () => {
    for (const province of ["Tỉnh Đắk Nông", "Đắc Nông", "DAK NONG", "Sở Công Thương tỉnh Đắk Nông", "TP.HCM", "Quãng Ngãi"]) {
      expect([province, provinceFindings({ province })]).toEqual([province, []]);
    }
  });

  it("refuses an unknown name and an ambiguous short form, without guessing", () => {
    expect(provinceFindings({ province: "Hà Tây" })).toEqual(["S1 province/unknown"]);
    expect(provinceFindings({ province: "QN" })).toEqual(["S1 province/ambiguous"]);
    expect(provinceFindings({ province: "Bến Tre, Trà Vinh" })).toEqual(["S1 province/ambiguous"]);
  });

  it("tells a report ending after 1/7/2025 that names an old province its successor", () => {
    expect(provinceFindings({ province: "Bến Tre", year: 2025, period: "6 tháng" })).toEqual([]);
    expect(provinceFindings({ province: "Bến Tre", year: 2025, period: "9 tháng" })).toEqual(["S1 province/old-name"]);
    expect(provinceFindings({ province: "Vĩnh Long", year: 2025, period: "9 tháng" })).toEqual([]);
    const sheets = [new GridSheet("BT", composeProvinceSheet(goodInput({ province: "Bến Tre", year: 2026 })).rows)];
    const [finding] = validateWorkbook({ sheets }).findings.filter((f) => f.rule === "province/old-name");
    expect(finding.message.vi).toContain("Tỉnh Vĩnh Long");
    expect(finding.message.vi).toContain("Tỉnh Trà Vinh");
    expect(finding).toMatchObject({ severity: "info", cell: "B3", found: "Bến Tre" });
  });

  it("finds two reports for the same province and period, however spelt, pointing at the later one", () => {
    expect(provinceFindings({ province: "Hồ Chí Minh" }, { province: "TP.HCM" })).toEqual(["S2 province/duplicate-report"]);
    expect(provinceFindings({ province: "Cần Thơ" }, { province: "Cần Thơ", period: "9 tháng" })).toEqual([]);
    expect(provinceFindings({ province: "Cần Thơ" }, { province: "Cần Thơ", year: 2022 })).toEqual([]);
    expect(provinceFindings({ province: "Bến Tre", year: 2025 }, { province: "Vĩnh Long", year: 2025 })).toEqual(["S1 province/old-name"]);
    const sheets = [1, 2, 3].map((i) => new GridSheet(`S${i}`, composeProvinceSheet(goodInput({ province: "Cà Mau" })).rows));
    const dups = validateWorkbook({ sheets }).findings.filter((f) => f.rule === "province/duplicate-report");
    expect(dups.map((f) => [f.sheet, f.related])).toEqual([
      ["S2", ["S1!B3"]],
      ["S3", ["S1!B3"]],
    ]);
  });
});
