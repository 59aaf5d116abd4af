import { defaultFilter, figuresLine, filterFindings, formatFigure, groupBySheet, ruleCounts } from "../../src/app/findings-view";
import { ruleTitle } from "../../src/app/rule-titles";
import { markRuns } from "../../src/app/text-marks";
import type { Finding } from "../../src/core/validation/finding";

const finding = (over: Partial<Finding>): Finding => ({
  rule: "calc/project-total",
  severity: "error",
  sheet: "Cần Thơ",
  cell: "G14",
  related: [],
  message: { vi: "Tổng kinh phí không bằng tổng các phần", en: "Total cost is not the sum of its parts" },
  ...over,
});

const findings = [
  finding({}),
  finding({
    severity: "warning",
    rule: "plan/support-gap",
    sheet: "Bà Rịa - Vũng Tàu",
    cell: "B9",
    message: { vi: "Kế hoạch KCĐP chênh", en: "KCĐP plan gap" },
  }),
  finding({ severity: "info", rule: "type/text-number", cell: "H20", message: { vi: "Số nhập dạng văn bản", en: "Number typed as text" } }),
  finding({ severity: "warning", rule: "plan/support-gap", cell: "B10", basis: "Thông tư 28/2018/TT-BTC" }),
];

describe("filterFindings", () => {
  it("keeps everything by default", () => {
    expect(filterFindings(findings, defaultFilter())).toHaveLength(4);
  });
  it("filters by severity and rule", () => {
    expect(filterFindings(findings, { ...defaultFilter(), severities: new Set(["error"]) }).map((f) => f.cell)).toEqual(["G14"]);
    expect(filterFindings(findings, { ...defaultFilter(), rule: "plan/support-gap" }).map((f) => f.cell)).toEqual(["B9", "B10"]);
  });
  it("searches message, sheet, cell and basis without diacritics", () => {
    expect(filterFindings(findings, { ...defaultFilter(), search: "vung tau" }).map((f) => f.cell)).toEqual(["B9"]);
    expect(filterFindings(findings, { ...defaultFilter(), search: "van ban" }).map((f) => f.cell)).toEqual(["H20"]);
    expect(filterFindings(findings, { ...defaultFilter(), search: "28/2018" }).map((f) => f.cell)).toEqual(["B10"]);
    expect(filterFindings(findings, { ...defaultFilter(), search: "h20 number" }).map((f) => f.cell)).toEqual(["H20"]);
  });
});

describe("groupBySheet", () => {
  it("groups in the order sheets first appear, worst first inside a group", () => {
    const groups = groupBySheet(findings);
    expect(groups.map((g) => g.sheet)).toEqual(["Cần Thơ", "Bà Rịa - Vũng Tàu"]);
    expect(groups[0].findings.map((f) => f.severity)).toEqual(["error", "warning", "info"]);
  });
});

describe("ruleCounts", () => {
  it("counts rules, most frequent first", () => {
    expect(ruleCounts(findings)).toEqual([
      { rule: "plan/support-gap", count: 2 },
      { rule: "calc/project-total", count: 1 },
      { rule: "type/text-number", count: 1 },
    ]);
  });
});

describe("formatFigure", () => {
  it("writes figures the Vietnamese or English way, intervals as ranges", () => {
    expect(formatFigure(7231.5, "vi")).toBe("7.231,5");
    expect(formatFigure(7231.5, "en")).toBe("7,231.5");
    expect(formatFigure([36.765, 36.775], "vi")).toBe("36,765 – 36,775");
    expect(formatFigure([1655.5, 1656.5], "en")).toBe("1,655.5 – 1,656.5");
    expect(formatFigure([1, 1], "en")).toBe("1");
    expect(formatFigure(null, "vi")).toBe("—");
    expect(formatFigure("1.656", "vi")).toBe("1.656");
  });
});

describe("markRuns", () => {
  it("gives each character the worst verdict of the claims over it", () => {
    const text = "Tổng 10, trong đó 4 và 5.";
    const runs = markRuns(text, [
      { start: 0, end: 24, verdict: "consistent" },
      { start: 9, end: 24, verdict: "inconsistent" },
    ]);
    expect(runs.map((r) => r.text).join("")).toBe(text);
    expect(runs.map((r) => r.verdict)).toEqual(["consistent", "inconsistent", undefined]);
    expect(runs[1].text).toBe("trong đó 4 và 5");
    expect(runs.map((r) => r.claim)).toEqual([0, 1, undefined]);
  });
  it("names the shortest claim of the worst verdict, whose scope the pane shows on hover and focus", () => {
    const runs = markRuns("abcdefgh", [
      { start: 0, end: 8, verdict: "consistent" },
      { start: 2, end: 5, verdict: "consistent" },
    ]);
    expect(runs.map((r) => [r.text, r.claim])).toEqual([
      ["ab", 0],
      ["cde", 1],
      ["fgh", 0],
    ]);
  });
  it("returns the text unmarked without claims", () => {
    expect(markRuns("abc", [])).toEqual([{ text: "abc", verdict: undefined }]);
  });
});

describe("what the list shows", () => {
  it("folds a rule met three times or more in a sheet into one item, where it first appears", () => {
    const textCells = ["H20", "H21", "H22", "I20", "I21", "I22"].map((cell) =>
      finding({ severity: "warning", rule: "type/text-number", sheet: "Trà Vinh", cell }),
    );
    const [group] = groupBySheet([
      finding({ sheet: "Trà Vinh" }),
      ...textCells,
      finding({ sheet: "Trà Vinh", severity: "info", rule: "value/missing", cell: "C5" }),
    ]);
    expect(group.items.map((i) => (i.kind === "one" ? i.finding.cell : `${i.rule} ×${i.findings.length}`))).toEqual(["G14", "type/text-number ×6", "C5"]);
    expect(group.findings).toHaveLength(8);
    const twice = groupBySheet(textCells.slice(0, 2));
    expect(twice[0].items.every((i) => i.kind === "one")).toBe(true);
  });

  it("finds a finding by its rule's title in either language", () => {
    expect(filterFindings(findings, { ...defaultFilter(), search: ruleTitle("plan/support-gap", "vi") }).map((f) => f.cell)).toEqual(["B9", "B10"]);
    expect(filterFindings(findings, { ...defaultFilter(), search: ruleTitle("plan/support-gap", "en") }).map((f) => f.cell)).toEqual(["B9", "B10"]);
    expect(ruleTitle("no/such-rule", "vi")).toBe("no/such-rule");
  });

  it("gives expected and found a line only when they read differently", () => {
    const labels = { expected: "Cần", found: "Thấy" };
    expect(figuresLine(finding({ expected: 2250.4, found: 2250 }), "vi", labels)).toBe("Cần 2.250,4 · Thấy 2.250");
    expect(figuresLine(finding({ expected: 2250, found: "2.250" }), "vi", labels)).toBeUndefined();
    expect(figuresLine(finding({ expected: [2249.5, 2250.5], found: 2300 }), "vi", labels)).toBe("Cần 2.249,5 – 2.250,5 · Thấy 2.300");
    expect(figuresLine(finding({ found: 12 }), "vi", labels)).toBeUndefined();
  });
});
