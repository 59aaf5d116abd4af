import { planTabNames, generatedRole } from "../../src/core/summary/tab-names";
import { sheetFromValues } from "../../src/core/workbook/snapshot";

describe("planTabNames", () => {
  it("uses the standard names in a workbook of province sheets", () => {
    const n = planTabNames([{ name: "Cà Mau" }, { name: "Long An" }]);
    expect(n.tabs).toEqual([
      { role: "funding", name: "TH_KinhPhi" },
      { role: "activities", name: "TH_NoiDung" },
      { role: "findings", name: "TH_KiemTra" },
      { role: "report", name: "TH_BaoCao" },
    ]);
    expect(n.remove).toEqual([]);
    expect(n.notices).toEqual([]);
  });

  it("replaces generated tabs in place under their current names", () => {
    const n = planTabNames([
      { name: "Cà Mau" },
      { name: "TH_KinhPhi (2)", generatedRole: "funding" },
      { name: "TH_BaoCao", generatedRole: "report" },
      { name: "TH_BaoCao (3)", generatedRole: "report" },
    ]);
    expect(n.tabs[0]).toEqual({ role: "funding", name: "TH_KinhPhi (2)", replaces: "TH_KinhPhi (2)" });
    expect(n.tabs[3]).toEqual({ role: "report", name: "TH_BaoCao", replaces: "TH_BaoCao" });
    expect(n.remove).toEqual(["TH_BaoCao (3)"]);
  });

  it("never takes a user's sheet of the same name, whatever its case, and says so", () => {
    const n = planTabNames([{ name: "th_kinhphi" }, { name: "TH_KinhPhi (2)" }, { name: "TH_NoiDung" }]);
    expect(n.tabs[0]).toEqual({ role: "funding", name: "TH_KinhPhi (3)" });
    expect(n.tabs[1]).toEqual({ role: "activities", name: "TH_NoiDung (2)" });
    expect(n.notices).toHaveLength(2);
    expect(n.notices[0].vi).toContain("TH_KinhPhi (3)");
    expect(n.notices[0].en).toContain("left untouched");
  });
});

describe("generatedRole", () => {
  it("reads the marker in A1 and nothing else", () => {
    expect(generatedRole(sheetFromValues("x", [["KC:generated:v1 funding"]]))).toBe("funding");
    expect(generatedRole(sheetFromValues("x", [["KC:generated:v1 report "]]))).toBe("report");
    expect(generatedRole(sheetFromValues("x", [["KC:generated:v1 other"]]))).toBeUndefined();
    expect(generatedRole(sheetFromValues("x", [["TH_KinhPhi"]]))).toBeUndefined();
    expect(generatedRole(sheetFromValues("x", [[null, "KC:generated:v1 funding"]]))).toBeUndefined();
    expect(generatedRole(sheetFromValues("x", []))).toBeUndefined();
  });
});
