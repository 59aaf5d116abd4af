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
    expect(notAReport(sheet("KC_CachDoc", [["KC:corrections:v1"]]))?.en).toBe("the officer's corrections of readings (KC_CachDoc), not a province report.");
    expect(notAReport(sheet("Ghi chú", [["Nơi nhận"]]))?.vi).toBe(
      'không phải báo cáo tỉnh KC đọc được: không có bảng nào có dòng tiêu đề KC nhận ra (cần ít nhất hai cột như "Tên đề án", "Kế hoạch", "Thực hiện", "KCQG", "Tổng kinh phí").',
    );
  });

  it("takes a report in the layout a province sends as it takes KC's standard (src/core/reading)", () => {
    const annex = sheet("PL danh muc", [
      ["UBND TỈNH ĐẮK LẮK"],
      ["KẾ HOẠCH KHUYẾN CÔNG ĐỊA PHƯƠNG NĂM 2020"],
      ["ĐVT: triệu đồng"],
      ["STT", "Tên đề án", "Tổng kinh phí", "KCĐP hỗ trợ", "Đối ứng"],
      [1, "Hỗ trợ ứng dụng máy ép dầu", 420, 126, 294],
      [2, "Đào tạo nghề đan lát", 100, 100, 0],
    ]);
    expect(notAReport(annex)).toBeUndefined();
    expect(planFileInsertion("dak-lak-2020.xlsx", { sheets: [annex] }, SHA, []).insert.map((s) => s.name)).toEqual(["PL danh muc"]);
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
    expect(plan.unusable?.vi).toBe(
      "ghi-chu.xlsx: không có sheet nào là báo cáo tỉnh (KC tìm một bảng có dòng tiêu đề như «Tên đề án | Tổng kinh phí | Kinh phí hỗ trợ» hay «Nguồn kinh phí | Kế hoạch | Thực hiện» và có số liệu bên dưới, như mẫu của KC hay mẫu tỉnh gửi).",
    );
  });
});
