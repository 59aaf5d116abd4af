import { validateWorkbook } from "../../src/core/validation/engine";
import { buildSummaryPlan } from "../../src/core/summary/build-plan";
import { SheetPlan, SummaryPlan } from "../../src/core/summary/plan-types";
import { SOUTHERN_2023, snapshotOf, workbookOf } from "./fixtures";

function tab(plan: SummaryPlan, name: string): SheetPlan {
  const sheet = plan.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no tab ${name}`);
  return sheet;
}

function at(sheet: SheetPlan, address: string) {
  const cell = sheet.cells.find((c) => c.address === address);
  if (!cell) throw new Error(`${sheet.name}!${address} is empty`);
  return cell;
}

/** The cached result of a formula cell, rounded as the report shows it (the arithmetic is exact). */
const result = (sheet: SheetPlan, address: string) => at(sheet, address).result;

describe("the regional table rebuilt from province sheets (southern provinces, 2023)", () => {
  let plan: SummaryPlan;
  beforeAll(async () => {
    const snapshot = await snapshotOf(workbookOf(SOUTHERN_2023));
    plan = buildSummaryPlan(snapshot, validateWorkbook(snapshot), { lang: "vi", region: "khu vực phía Nam" });
  });

  it("writes the four tabs in order, each with the generated marker", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual(["TH_KinhPhi", "TH_NoiDung", "TH_KiemTra", "TH_BaoCao"]);
    expect(plan.sheets.map((s) => at(s, "A1").value)).toEqual([
      "KC:generated:v1 funding",
      "KC:generated:v1 activities",
      "KC:generated:v1 findings",
      "KC:generated:v1 report",
    ]);
    expect(plan.notices).toEqual([]);
  });

  it("converts each sheet's unit to tỷ đồng inside the formula", () => {
    const k = tab(plan, "TH_KinhPhi");
    // Rows 6–10 are the provinces in sheet order; B is the KCQG plan.
    expect(at(k, "A6").value).toBe("Bà Rịa - Vũng Tàu");
    expect(at(k, "A6").link?.sheet).toBe("Bà Rịa - Vũng Tàu");
    expect(at(k, "B6").formula).toMatch(/^'Bà Rịa - Vũng Tàu'!B\d+\/1000$/);
    expect(at(k, "B8").formula).toMatch(/^'Đồng Tháp'!B\d+$/);
    expect(at(k, "B9").formula).toMatch(/^'TP\. Hồ Chí Minh'!B\d+\/1000000$/);
    expect(at(k, "B10").formula).toMatch(/^'Long An'!B\d+\/1000000000$/);
    expect(at(k, "H7").formula).toBe("B7+E7");
    expect(at(k, "D7").formula).toBe('IFERROR(C7/B7,"")');
    expect(result(k, "B7")).toBe(1.8);
    expect(result(k, "E9")).toBe(30);
    expect(result(k, "F10")).toBe(5.4);
  });

  it("totals, completion, same-period ratio and plan growth match the hand-computed figures", () => {
    const k = tab(plan, "TH_KinhPhi");
    expect(at(k, "A11").value).toBe("Tổng cộng");
    expect(at(k, "B11").formula).toBe("SUM(B6:B10)");
    // KCQG: plan 2,5 + 1,8 + 2,1 + 3 + 1,5 = 10,9; actual 2,35 + 1,65 + 2,05 + 2,7 + 1,38 = 10,13.
    expect(result(k, "B11")).toBe(10.9);
    expect(result(k, "C11")).toBe(10.13);
    // KCĐP: plan 4,2 + 3,5 + 5,4 + 30 + 6 = 49,1; actual 3,9 + 3,15 + 5,1 + 26,4 + 5,4 = 43,95.
    expect(result(k, "E11")).toBe(49.1);
    expect(result(k, "F11")).toBe(43.95);
    // Total: 60 planned, 54,08 done; same period 9,2 + 40,4 = 49,6; previous plan 10,3 + 45,8 = 56,1.
    expect(result(k, "H11")).toBe(60);
    expect(result(k, "I11")).toBe(54.08);
    expect(result(k, "K11")).toBe(49.6);
    expect(result(k, "M11")).toBe(56.1);
    const pct = (a: string) => Math.round(Number(result(k, a)) * 10000) / 100;
    expect(pct("D11")).toBe(92.94); // 10,13 / 10,9 = 0,929357…
    expect(pct("G11")).toBe(89.51); // 43,95 / 49,1 = 0,895112…
    expect(pct("J11")).toBe(90.13); // 54,08 / 60 = 0,901333…
    expect(pct("L11")).toBe(109.03); // 54,08 / 49,6 = 1,090322…
    expect(pct("N11")).toBe(6.95); // 60 / 56,1 − 1 = 0,069518…
    expect(pct("D7")).toBe(91.67); // Cà Mau KCQG 1.650 / 1.800
    expect(at(k, "N11").formula).toBe('IFERROR(H11/M11-1,"")');
    expect(at(k, "J11").format).toBe("0.00%");
    expect(at(k, "I11").format).toBe("#,##0.00");
  });

  it("writes the regional paragraphs in the conference's phrasing", () => {
    expect(plan.paragraphs).toEqual([
      "Năm 2023 tổng kinh phí khuyến công thực hiện của 5 tỉnh, thành phố khu vực phía Nam là 54,08 tỷ đồng, đạt 90,13% so với kế hoạch năm, bằng 109,03% so với cùng kỳ. " +
        "Trong đó: Tổng kinh phí khuyến công quốc gia (KCQG) thực hiện là 10,13 tỷ đồng, đạt 92,94% so với kế hoạch; " +
        "Tổng kinh phí khuyến công địa phương (KCĐP) thực hiện là 43,95 tỷ đồng, đạt 89,51% so với kế hoạch.",
      "Năm 2023 tổng kế hoạch kinh phí khuyến công của 5 tỉnh, thành phố khu vực phía Nam là 60,00 tỷ đồng, tăng 6,95% so với kế hoạch năm 2022.",
    ]);
    const r = tab(plan, "TH_BaoCao");
    expect(result(r, "A4")).toBe(plan.paragraphs[0]);
    expect(result(r, "A5")).toBe(plan.paragraphs[1]);
    expect(at(r, "A4").formula).toContain("TH_KinhPhi!I11");
    expect(at(r, "A4").formula).not.toMatch(/KC\.|TEXT\(|FIXED\(|LET\(/);
    // Excel refuses formulas over 8.192 characters.
    for (const s of plan.sheets) for (const c of s.cells) expect((c.formula ?? "").length).toBeLessThan(8192);
  });

  it("sums projects by activity whether the sheet wrote the code or the name", () => {
    const n = tab(plan, "TH_NoiDung");
    const row = (code: string) => {
      const cell = n.cells.find((c) => c.address.startsWith("A") && c.value === code);
      if (!cell) throw new Error(`no row for ${code}`);
      const r = cell.address.slice(1);
      return ["C", "D", "E", "F", "G", "H"].map((c) => result(n, `${c}${r}`));
    };
    // MH: Bà Rịa - Vũng Tàu "mô hình trình diễn" (KCQG điểm, 3.000 triệu) + Đồng Tháp "MH" (KCĐP, 2,5 tỷ).
    expect(row("MH")).toEqual([2, 2, 5.5, 0.9, 0.75, 3.85]);
    // MMTB: 1.200 (KCQG, 2 cơ sở) + 900 (KCĐP, 3) + 640 "Máy móc thiết bị" (KCQG, 1) triệu.
    expect(row("MMTB")).toEqual([3, 6, 2.74, 0.8, 0.45, 1.49]);
    // DT has no KCQG project: the cell stays blank rather than holding a constant.
    expect(row("DT")).toEqual([1, 1, 0.3, undefined, 0.3, 0]);
    const total = n.cells.find((c) => c.value === "Tổng cộng")!.address.slice(1);
    expect(["C", "D", "E", "F", "G", "H"].map((c) => result(n, `${c}${total}`))).toEqual([6, 9, 8.54, 1.7, 1.5, 5.34]);
    const mmtbRow = n.cells.find((c) => c.value === "MMTB")!.address.slice(1);
    expect(at(n, `E${mmtbRow}`).formula).toMatch(/^SUM\('Bà Rịa - Vũng Tàu'!G\d+,'Cà Mau'!G\d+:G\d+\)\/1000$/);
  });
});
