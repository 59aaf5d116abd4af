import { notAReport, planFileInsertion, renamedSheets } from "../../src/app/report-files";
import { RULES_SHEET_NAME } from "../../src/core/standard/layout";
import { markerText } from "../../src/core/summary/tab-names";
import { Cell, GridSheet } from "../../src/core/workbook/snapshot";

const sheet = (name: string, rows: (string | number | { formula: string })[][]) =>
  new GridSheet(
    name,
    rows.map((row) => row.map((v): Cell => (typeof v === "object" ? { value: 0, formula: v.formula } : { value: v }))),
  );
const report = (name: string, province = name, extra: (string | number | { formula: string })[][] = []) =>
  sheet(name, [["Tỉnh/Thành phố", province], ["Năm", 2025], ...extra]);
const SHA = "ab".repeat(32);

describe("which sheets of a province's file go into the open workbook", () => {
  it("takes province reports and leaves KC's own tabs, its rules sheet and other sheets, each with why", () => {
    expect(notAReport(report("Hà Nội"))).toBeUndefined();
    expect(notAReport(sheet("TH_KinhPhi", [[markerText("funding")]]))?.en).toBe("a summary tab KC wrote, not a province report.");
    expect(notAReport(sheet(RULES_SHEET_NAME, [["Quy định"]]))?.en).toBe("KC's rules sheet, not a province report.");
    expect(notAReport(sheet("Ghi chú", [["Nơi nhận"]]))?.vi).toContain("không thấy nhãn «Tỉnh/Thành phố»");
  });

  it("keeps a free name, takes the next free one for a taken name (in any case), and records the file without its folder", () => {
    const plan = planFileInsertion("D:\\thu muc\\mien-bac.xlsx", { sheets: [report("Hà Nội"), report("Hải Phòng")] }, SHA, [
      { name: "HÀ NỘI" },
      { name: "Hà Nội (2)" },
    ]);
    expect(plan.insert).toEqual([
      { source: "Hà Nội", name: "Hà Nội (3)", record: { file: "mien-bac.xlsx", sheet: "Hà Nội", sha256: SHA } },
      { source: "Hải Phòng", name: "Hải Phòng", record: { file: "mien-bac.xlsx", sheet: "Hải Phòng", sha256: SHA } },
    ]);
    expect(renamedSheets(plan)).toEqual(new Map([["Hà Nội", "Hà Nội (3)"]]));
    expect(plan.unusable).toBeUndefined();
  });

  it("says which formulas of a report reach other sheets or names of its file (they may point elsewhere once inserted)", () => {
    const plan = planFileInsertion(
      "hn.xlsx",
      { sheets: [report("Hà Nội", "Hà Nội", [["Tổng", { formula: "SUM(B1:B2)" }, { formula: "'Phụ lục'!C9*2" }]])] },
      SHA,
      [],
    );
    expect(plan.notices.map((n) => n.en)).toEqual([
      "hn.xlsx: 1 formula(s) of sheet 'Hà Nội' refer to other sheets, names or tables of the file (e.g. C3: ='Phụ lục'!C9*2); in this workbook they may no longer point where they did: check them.",
    ]);
  });

  it("is unusable when no sheet is a report, and says what KC looked for", () => {
    const plan = planFileInsertion("ghi-chu.xlsx", { sheets: [sheet("Ghi chú", [["Nơi nhận"]])] }, SHA, []);
    expect(plan.insert).toEqual([]);
    expect(plan.left.map((l) => l.sheet)).toEqual(["Ghi chú"]);
    expect(plan.unusable?.vi).toBe("ghi-chu.xlsx: không có sheet nào là báo cáo tỉnh (KC tìm nhãn «Tỉnh/Thành phố» ở đầu mỗi sheet, như mẫu của KC).");
  });
});
