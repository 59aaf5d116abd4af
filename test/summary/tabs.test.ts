import { stringLiteral } from "../../src/core/summary/segment-formula";
import { buildFindingsTab } from "../../src/core/summary/findings-tab";
import { RULE_CATALOG } from "../../src/core/validation/catalog";
import { regionalReportSegments } from "../../src/core/narrative/regional-report";
import { renderSegmentsText } from "../../src/core/narrative/segments";
import { ValidationReport } from "../../src/core/validation/finding";

describe("stringLiteral", () => {
  it("doubles quotes and cuts text into pieces Excel accepts (≤ 255 characters)", () => {
    expect(stringLiteral('a "b"')).toBe('"a ""b"""');
    expect(stringLiteral("")).toBe('""');
    const long = "đạt ".repeat(120); // 480 characters
    const pieces = stringLiteral(long).split('"&"');
    expect(pieces.length).toBe(3);
    for (const p of pieces) expect(p.replace(/^"|"$/g, "").length).toBeLessThanOrEqual(255);
    expect(pieces.map((p) => p.replace(/^"|"$/g, "")).join("")).toBe(long);
  });
});

describe("TH_KiemTra", () => {
  const report: ValidationReport = {
    findings: [
      {
        rule: "calc/total-row",
        severity: "error",
        sheet: "Cà Mau",
        cell: "B12",
        related: [],
        message: { vi: "Tổng sai", en: "Wrong total" },
        expected: [12.345, 12.355],
        found: 12.5,
      },
      { rule: "sheet.unit", severity: "info", sheet: "Long An", cell: "", related: [], message: { vi: "Thiếu đơn vị", en: "No unit" }, basis: "TT 28/2018" },
    ],
    stats: { errors: 1, warnings: 0, infos: 1, sheets: 2, provinceSheets: 2, findings: 2, bySheet: {}, byRule: {} },
    sheets: [],
    meta: { ruleLibrary: "test", rounding: "round", skipped: [] },
  };

  it("lists findings with a link to their cell, each rule by its title (the id beside it), in the chosen language", () => {
    const plan = buildFindingsTab(report, "vi", "KẾT QUẢ").toPlan("TH_KiemTra");
    const at = (a: string) => plan.cells.find((c) => c.address === a);
    expect(at("B5")?.value).toBe("Lỗi");
    expect(at("C5")?.value).toBe(RULE_CATALOG["calc/total-row"].title.vi);
    expect(at("D5")?.value).toBe("calc/total-row");
    expect(at("F5")).toMatchObject({ value: "B12", link: { sheet: "Cà Mau", cell: "B12" } });
    expect(at("H5")?.value).toBe("[12,345; 12,355]");
    expect(at("I5")?.value).toBe(12.5);
    expect(at("B6")?.value).toBe("Thông tin");
    expect(at("C6")?.value).toBe("sheet.unit");
    expect(at("F6")).toMatchObject({ value: "—", link: { sheet: "Long An", cell: "A1" } });
    expect(at("J6")?.value).toBe("TT 28/2018");
    expect(at("A3")?.value).toBe("1 lỗi, 0 cảnh báo, 1 thông tin.");
    const en = buildFindingsTab(report, "en", "FINDINGS").toPlan("TH_KiemTra");
    expect(en.cells.find((c) => c.address === "C5")?.value).toBe(RULE_CATALOG["calc/total-row"].title.en);
    expect(en.cells.find((c) => c.address === "G5")?.value).toBe("Wrong total");
    expect(en.cells.find((c) => c.address === "H5")?.value).toBe("[12.345; 12.355]");
  });
});

describe("regionalReportSegments", () => {
  const figures = {
    provinces: 19,
    totalPlan: 80.3,
    totalActual: 37.9,
    kcqgPlan: 20,
    kcqgActual: 9.5,
    kcdpPlan: 60.3,
    kcdpActual: 28.4,
    sameLastYear: 32.01,
    previousPlan: 84.1,
  };

  it("opens a partial period with its months and leaves out phrases the sheets cannot support", () => {
    const [p1, p2] = regionalReportSegments({ year: 2024, period: { months: 9, text: "9 tháng" }, hasSameLastYear: true, hasPreviousPlan: true });
    expect(renderSegmentsText(p1, figures)).toMatch(
      /^9 tháng năm 2024, tổng kinh phí khuyến công thực hiện của 19 tỉnh, thành phố là 37,90 tỷ đồng, đạt 47,20% so với kế hoạch năm, bằng 118,40% so với cùng kỳ\./,
    );
    expect(renderSegmentsText(p2, figures)).toBe(
      "9 tháng năm 2024, tổng kế hoạch kinh phí khuyến công của 19 tỉnh, thành phố là 80,30 tỷ đồng, giảm 4,52% so với kế hoạch năm 2023.",
    );
    const only = regionalReportSegments({ year: 2024, period: { months: 12, text: "Cả năm" }, hasSameLastYear: false, hasPreviousPlan: false });
    expect(only).toHaveLength(1);
    expect(renderSegmentsText(only[0], figures)).not.toContain("cùng kỳ");
  });
});
