import { builtInRuleLibrary } from "../../src/core/rules/library";
import { validateWorkbook, ValidateOptions } from "../../src/core/validation/engine";
import { Finding } from "../../src/core/validation/finding";
import { GridSheet, sheetFromValues } from "../../src/core/workbook/snapshot";
import { goodInput, sheetOf, withFunding, withProject, workbookOf } from "./fixtures";
import { composeProvinceSheet, ProvinceSheetInput } from "../../src/core/standard/compose";
import { isoDateOf } from "../../src/core/validation/rules-sheet";

const run = (sheets: GridSheet[], options?: ValidateOptions) => validateWorkbook(workbookOf(...sheets), options).findings;
const only = (input: ProvinceSheetInput, options?: ValidateOptions) => run([sheetOf(input)], options);
const rules = (findings: Finding[]) => findings.map((f) => `${f.rule}@${f.cell}`);

describe("a consistent sheet", () => {
  it("gives no finding, and a notes sheet stays silent", () => {
    const notes = sheetFromValues("Ghi chú", [["Ghi chú về số liệu"], ["Tổng cộng", "abc", -5], ["Nguồn kinh phí", "Kế hoạch năm"], ["KCXX", "x"]]);
    expect(run([sheetOf(goodInput()), notes])).toEqual([]);
  });
});

describe("structure", () => {
  it("flags a missing project table and a missing required column", () => {
    expect(rules(only({ ...goodInput(), projectColumns: ["no", "code", "name", "source", "activity", "beneficiaries", "total", "support"] }))).toEqual([
      "structure/missing-column@",
    ]);
    const noProjects = sheetFromValues("A", [
      [null],
      [null],
      ["Tỉnh/Thành phố", "An Giang"],
      ["Năm báo cáo", 2023],
      [null],
      ["Nguồn kinh phí", "Kế hoạch năm"],
      ["KCQG", 10],
    ]);
    const f = run([noProjects]);
    expect(rules(f)).toEqual(["structure/missing-column@", "structure/missing-table@"]);
    expect(f[1].message.vi).toContain("Đề án");
  });
  it('a table without figures is no report, and a workbook with no report is never "no error"', () => {
    const f = run([
      sheetFromValues("TH", [
        ["Nguồn kinh phí", "Kế hoạch năm"],
        ["XYZ", "abc"],
      ]),
    ]);
    expect(rules(f)).toEqual(["read/no-report@"]);
    expect(f[0]).toMatchObject({ sheet: "", severity: "error" });
    expect(f[0].message.vi).toContain("kc template");
  });
});

describe("types", () => {
  it("reads a Vietnamese text number and reports it with its value", () => {
    const f = only(withProject(0, { total: "1.656", support: "300", counterpart: "1.356" }));
    expect(rules(f)).toEqual(["type/text-number@G16", "type/text-number@H16", "type/text-number@I16"]);
    expect(f[0].message.vi).toContain("được đọc là 1.656");
    expect(f[0].message.en).toContain("read as 1,656");
    expect(f[0].expected).toBe(1656);
  });
  it("refuses text that is no number and a formula error", () => {
    const f = only(withProject(0, { total: "bảy trăm", counterpart: { value: { error: "#REF!" }, formula: "G16-H16" } }));
    expect(rules(f)).toEqual(["type/not-number@G16", "type/formula-error@I16"]);
  });
  it("accepts formulas with cached results", () => {
    expect(only(withProject(0, { total: { value: 700, formula: "H16+I16" } }))).toEqual([]);
  });
});

describe("enums", () => {
  it("flags unknown sources, activities and statuses, accepts names and codes in any case", () => {
    expect(only(withProject(0, { activity: "máy móc thiết bị", source: "kcqg" }))).toEqual([]);
    expect(rules(only(withProject(0, { source: "Ngân sách TW", activity: "Trồng lúa", status: "Xong" }))).filter((r) => r.startsWith("enum/"))).toEqual([
      "enum/source@D16",
      "enum/activity@E16",
      "enum/status@J16",
    ]);
    expect(rules(only(withFunding(0, { source: "Vốn khác" })))).toContain("enum/source@A10");
  });
});

describe("values", () => {
  it("flags a negative amount and support above the total", () => {
    expect(rules(only(withProject(3, { counterpart: -1, total: 57, support: 58 })))).toEqual([
      "plan/support-gap@B11",
      "value/support-exceeds-total@H19",
      "value/negative@I19",
    ]);
    expect(rules(only(withProject(1, { support: 3100, counterpart: -100 })))).toEqual(
      expect.arrayContaining(["value/support-exceeds-total@H17", "value/negative@I17"]),
    );
  });
});

describe("calc/project-total", () => {
  it("fires when total ≠ support + counterpart beyond rounding", () => {
    const f = only(withProject(0, { total: 710 }));
    expect(rules(f)).toEqual(["calc/project-total@G16"]);
    expect(f[0].related).toEqual(["H16", "I16"]);
    expect(f[0].message.vi).toContain("710,00 ≠ kinh phí khuyến công 300,00 + vốn đối ứng 400,00");
  });
  it("does not fire when rounding of the shown digits explains the gap", () => {
    // 700,1 = 300,04 + 400,04 with one digit shown: [700,05; 700,15] meets [700,03; 700,13].
    const input = withProject(0, {
      total: { value: 700.1, format: "#,##0.0" },
      support: { value: 300.04, format: "#,##0.00" },
      counterpart: { value: 400.04, format: "#,##0.00" },
    });
    expect(rules(only(input)).filter((r) => r.startsWith("calc/project-total"))).toEqual([]);
    const off = withProject(0, {
      total: { value: 700.3, format: "#,##0.0" },
      support: { value: 300.04, format: "#,##0.00" },
      counterpart: { value: 400.04, format: "#,##0.00" },
    });
    expect(rules(only(off))).toContain("calc/project-total@G16");
  });
});

describe("calc/total-row", () => {
  it("fires on a funding total row off its sources, not on one consistent once rounded (Đông Nam Bộ 2013)", () => {
    expect(rules(only(withFunding(2, { plan: 3410 })))).toEqual(expect.arrayContaining(["calc/total-row@B12"]));
    const tyInput: ProvinceSheetInput = {
      ...goodInput({ unit: "ty", projects: [] }),
      funding: [
        { source: "KCQG", plan: 5.32, actual: 5 },
        { source: "KCĐP", plan: 31.44, actual: 30 },
        { source: "Tổng cộng", plan: 36.77, actual: 35 },
      ],
    };
    expect(rules(only(tyInput)).filter((r) => r.startsWith("calc/total-row"))).toEqual([]);
    tyInput.funding![2] = { source: "Tổng cộng", plan: 36.79, actual: 35 };
    expect(rules(only(tyInput))).toContain("calc/total-row@B12");
  });
  it("checks a Tổng cộng row under the projects", () => {
    const base = goodInput();
    const projects = [...base.projects!, { name: "Tổng cộng", beneficiaries: 7, total: 7107, support: 3407, counterpart: 3700 }];
    expect(only({ ...base, projects })).toEqual([]);
    projects[6] = { ...projects[6], support: 3400 };
    expect(rules(only({ ...base, projects }))).toEqual(["calc/total-row@H22"]);
  });
});

describe("calc/completion", () => {
  it("fires on a completion the actual and plan cannot give", () => {
    const f = only(withFunding(0, { completion: 0.95 }));
    expect(rules(f)).toEqual(["calc/completion@D10"]);
    expect(f[0].message.vi).toContain("95,00%");
  });
  it("reads percentage points in a General cell and says truncation is an info", () => {
    // 1100 / 1200 = 91,666…%: "91,67" rounds, "91,66" truncates.
    expect(only(withFunding(0, { completion: { value: 91.67, format: "General" } }))).toEqual([]);
    expect(rules(only(withFunding(0, { completion: { value: 91.66, format: "General" } })))).toEqual(["calc/truncated@D10"]);
    expect(only(withFunding(0, { completion: { value: 91.66, format: "General" } }), { rounding: "truncate" }).filter((f) => f.cell === "D10")).toEqual([]);
  });
  it("names the denominator when a source's completion matches the total plan", () => {
    // KCQG actual 1100 / total plan 3407 = 32,29%.
    const f = only(withFunding(0, { completion: "32,29%" }));
    expect(rules(f)).toEqual(["type/text-number@D10", "calc/completion-denominator@D10"]);
  });
});

describe("caps", () => {
  it("cap/percent: KCQG machinery above 50% of the cost", () => {
    const f = only(withProject(0, { total: 500, support: 300, counterpart: 200 }));
    expect(rules(f)).toEqual(["cap/percent@H16"]);
    expect(f[0].basis).toContain("28/2018");
    expect(f[0].severity).toBe("error");
  });
  it("cap/amount: per establishment, two beneficiaries allow twice the ceiling", () => {
    const two = withProject(0, { beneficiaries: 2, total: 1300, support: 600, counterpart: 700 });
    expect(rules(only(two)).filter((r) => r.startsWith("cap/"))).toEqual([]);
    const one = withProject(0, { beneficiaries: 1, total: 1300, support: 600, counterpart: 700 });
    const f = only(one).filter((x) => x.rule.startsWith("cap/"));
    expect(rules(f)).toEqual(["cap/amount@H16"]);
    expect(f[0].message.vi).toContain("300 × 1 cơ sở = 300 triệu đồng");
  });
  it("converts a cap in triệu to a sheet in tỷ", () => {
    const ty = (support: number) => ({
      ...goodInput({ unit: "ty", funding: [] }),
      projects: [{ name: "Máy", source: "KCQG", activity: "MMTB", total: 1, support, counterpart: 1 - support }],
    });
    expect(only(ty(0.3)).filter((f) => f.rule.startsWith("cap/"))).toEqual([]);
    const f = only(ty(0.35)).filter((x) => x.rule.startsWith("cap/"));
    expect(rules(f)).toEqual(["cap/amount@H14"]);
    expect(f[0].message.vi).toContain("0,3 × 1 cơ sở = 0,3 tỷ đồng");
  });
  it("uses the year: 250 for machinery was above the TTLT 26/2014 cap of 200 in 2016, not in 2023", () => {
    const p = withProject(0, { total: 600, support: 250, counterpart: 350 });
    expect(only(p).filter((f) => f.rule.startsWith("cap/"))).toEqual([]);
    expect(rules(only({ ...p, year: 2016 }))).toContain("cap/amount@H16");
  });
  it("never enforces an unverified ceiling (MT, status U)", () => {
    expect(only(withProject(0, { activity: "MT", total: 2000, support: 1500, counterpart: 500 })).filter((f) => f.rule.startsWith("cap/"))).toEqual([]);
  });
  it("a KCĐP project in a province without rules is bounded by the national ceiling as a warning", () => {
    const f = only(withProject(2, { beneficiaries: 1 })).filter((x) => x.rule.startsWith("cap/"));
    expect(f.map((x) => [x.rule, x.severity])).toEqual([["cap/amount", "warning"]]);
  });
  it("a KC_QuyDinh sheet overrides KCĐP ceilings for the workbook and warns when above the national one", () => {
    const rulesSheet = sheetFromValues("KC_QuyDinh", [
      ["Nội dung", "Nguồn kinh phí", "Tỷ lệ tối đa (%)", "Mức tối đa", "Đơn vị", "Theo", "Căn cứ", "Hiệu lực từ"],
      ["MMTB", "KCĐP", 50, 200, "triệu đồng", "cơ sở", "NQ 01/2022/NQ-HĐND", "01/01/2022"],
      ["MH", "KCĐP", 40, 1500, "triệu đồng", "mô hình", "NQ 01/2022/NQ-HĐND", "01/01/2022"],
    ]);
    // DN-03: 550 for two establishments: under 2 × 300 (national), above 2 × 200 (the sheet's).
    const f = run([sheetOf(goodInput()), rulesSheet]);
    expect(f.map((x) => `${x.sheet}:${x.rule}@${x.cell}:${x.severity}`)).toEqual([
      "Đắk Nông:cap/amount@H18:error",
      "KC_QuyDinh:cap/local-above-national@C3:warning",
      "KC_QuyDinh:cap/local-above-national@D3:warning",
    ]);
    expect(f[0].basis).toBe("NQ 01/2022/NQ-HĐND");
  });
  it("reports an unusable KC_QuyDinh row", () => {
    const rulesSheet = sheetFromValues("KC_QuyDinh", [
      ["Nội dung", "Tỷ lệ tối đa (%)", "Mức tối đa"],
      ["Bay lượn", 50, 100],
    ]);
    expect(rules(run([rulesSheet]))).toEqual(["read/no-report@", "rules/bad-row@A2"]);
  });
  it("a rule library can be replaced", () => {
    const lib = builtInRuleLibrary();
    const strict = {
      ...lib,
      packs: lib.packs.map((p) => ({
        ...p,
        ceilings: p.ceilings
          .map((c) => (c.activity === "DT" ? c : c))
          .concat(
            p.id === "national-tt28-2018"
              ? [{ activity: "HNHT", maxAmount: 50, amountUnit: "trieu" as const, per: "project" as const, status: "V" as const }]
              : [],
          ),
      })),
    };
    expect(rules(only(goodInput(), { rules: strict }))).toContain("cap/amount@H20");
  });
});

describe("dup/project-code", () => {
  it("flags a repeated code (folded), not distinct ones", () => {
    const f = only(withProject(3, { code: "dn-01" }));
    expect(rules(f)).toEqual(["dup/project-code@B19"]);
    expect(f[0].related).toEqual(["B16"]);
  });
});

describe("plan/support-gap", () => {
  it("warns when a source's plan differs from its projects' support; KCQG điểm counts as KCQG; stopped projects do not count", () => {
    expect(only(withProject(1, { source: "KCQG điểm" }))).toEqual([]);
    const f = only(withProject(1, { status: "Dừng" }));
    expect(rules(f)).toEqual(["plan/support-gap@B10"]);
    expect(f[0].severity).toBe("warning");
  });
});

describe("unit/suspect-scale", () => {
  const province = (name: string, scale = 1, unit: ProvinceSheetInput["unit"] = "trieu") => {
    const input = goodInput({ province: name, unit });
    const k = unit === "ty" ? 0.001 : 1;
    return {
      ...input,
      funding: input.funding!.map((r) => ({
        ...r,
        plan: (r.plan as number) * k,
        actual: (r.actual as number) * k,
        sameLastYear: (r.sameLastYear as number) * k,
        previousPlan: (r.previousPlan as number) * k,
      })),
      projects: input.projects!.map((p, i) =>
        i === 4
          ? { ...p, total: (p.total as number) * scale * k, support: (p.support as number) * scale * k, counterpart: (p.counterpart as number) * scale * k }
          : { ...p, total: (p.total as number) * k, support: (p.support as number) * k, counterpart: (p.counterpart as number) * k },
      ),
    };
  };
  it("flags an amount typed in đồng in a triệu sheet, not sheets in tỷ whose values convert", () => {
    const sheets = [province("An Giang"), province("Bạc Liêu", 1, "ty"), province("Cà Mau"), province("Đồng Tháp", 1e6)];
    const f = run(sheets.map((s) => sheetOf(s))).filter((x) => x.rule.startsWith("unit/"));
    expect(f.map((x) => `${x.sheet}:${x.rule}@${x.cell}`)).toEqual([
      "Đồng Tháp:unit/suspect-scale@G20",
      "Đồng Tháp:unit/suspect-scale@H20",
      "Đồng Tháp:unit/suspect-scale@I20",
    ]);
    expect(f[0].message.vi).toContain("có lẽ nhập theo đồng");
  });
  it("flags a whole sheet whose stated unit does not fit its figures", () => {
    const wrong = { ...province("Kiên Giang"), unit: "ty" as const };
    const f = run([province("An Giang"), province("Cà Mau"), wrong, province("Hậu Giang")].map((s) => sheetOf(s))).filter((x) => x.rule.startsWith("unit/"));
    expect(f.map((x) => `${x.sheet}:${x.rule}@${x.cell}`)).toEqual(["Kiên Giang:unit/suspect-sheet-scale@B6"]);
  });
});

describe("header", () => {
  it("reports an unknown unit and a missing year", () => {
    const rows = composeProvinceSheet(goodInput()).rows;
    rows[5][1] = { value: "USD" };
    rows[3][1] = { value: "năm nay" };
    expect(rules(run([new GridSheet("X", rows)]))).toEqual(["header/year@B4", "header/unit@B6"]);
  });
});

describe("KC_QuyDinh dates", () => {
  it("reads Excel serials, day-first text and ISO text", () => {
    const cell = (value: number | string) => ({ row: 0, col: 0, address: "A1", empty: false, raw: { value }, text: String(value) });
    expect(isoDateOf(cell(45292))).toBe("2024-01-01");
    expect(isoDateOf(cell("11/07/2024"))).toBe("2024-07-11");
    expect(isoDateOf(cell("2024-7-11"))).toBe("2024-07-11");
    expect(isoDateOf(cell("sắp tới"))).toBeUndefined();
  });
});
