import { Decimal } from "../numbers/decimal-config";
import { findActivity } from "./activities";
import { builtInRuleLibrary, loadRuleLibrary } from "./library";
import { maxSupport, provinceKey, selectCeiling } from "./select";

const library = builtInRuleLibrary();

describe("selectCeiling", () => {
  it("applies TT 28/2018 to national funds from 2018 on", () => {
    const s = selectCeiling(library, { activity: "MMTB", fund: "KCQG", year: 2023 })!;
    expect(s.ceiling.maxAmount).toBe(300);
    expect(s.pack.basis).toContain("28/2018");
  });

  it("keeps the most lenient ceiling in the year a text changed (2018: 200 → 300)", () => {
    expect(selectCeiling(library, { activity: "MMTB", fund: "KCQG", year: 2018 })!.ceiling.maxAmount).toBe(300);
    expect(selectCeiling(library, { activity: "MMTB", fund: "KCQG", year: 2016 })!.ceiling.maxAmount).toBe(200);
  });

  it("uses a province's resolution for its local funds, else the national ceiling as a bound", () => {
    const dl = selectCeiling(library, { activity: "MH", fund: "KCDP", province: "Tỉnh Đắk Lắk", year: 2025 })!;
    expect(dl.ceiling.maxAmount).toBe(800);
    expect(dl.nationalFallback).toBe(false);
    const other = selectCeiling(library, { activity: "MH", fund: "KCDP", province: "Cà Mau", year: 2025 })!;
    expect(other.ceiling.maxAmount).toBe(1000);
    expect(other.nationalFallback).toBe(true);
  });

  it("never enforces an unverified ceiling", () => {
    expect(selectCeiling(library, { activity: "TLDN", fund: "KCQG", year: 2023 })).toBeUndefined();
    expect(selectCeiling(library, { activity: "DT", fund: "KCQG", year: 2023 })).toBeUndefined();
  });

  it("binds both parts of a ceiling, per unit, in the sheet's unit", () => {
    const mmtb = selectCeiling(library, { activity: "MMTB", fund: "KCQG", year: 2023 })!.ceiling;
    expect(maxSupport(mmtb, new Decimal(2000), 2, "trieu").toString()).toBe("600");
    expect(maxSupport(mmtb, new Decimal(700), 2, "trieu").toString()).toBe("350");
    expect(maxSupport(mmtb, new Decimal(2), 1, "ty").toString()).toBe("0.3");
  });

  it("folds province prefixes", () => {
    expect(provinceKey("TP. Cần Thơ")).toBe(provinceKey("Cần Thơ"));
    expect(provinceKey("Thành phố Hồ Chí Minh")).toBe("ho chi minh");
    expect(provinceKey("TP.HCM")).toBe("ho chi minh");
    expect(provinceKey("Thừa Thiên Huế")).toBe(provinceKey("Thành phố Huế"));
    expect(provinceKey("Đắc Nông")).toBe(provinceKey("Tỉnh Đắk Nông"));
    expect(provinceKey("Tỉnh Hà Tây")).toBe("ha tay");
  });
});

describe("rule packs as data", () => {
  it("finds activities by code or name, with or without diacritics", () => {
    expect(findActivity("mmtb")?.code).toBe("MMTB");
    expect(findActivity("Ung dung may moc thiet bi tien tien, chuyen giao cong nghe")?.code).toBe("MMTB");
    expect(findActivity("Đào tạo nghề, truyền nghề")?.code).toBe("DT");
  });

  it("refuses a bad pack with the path of the bad field", () => {
    const r = loadRuleLibrary({ version: "x", packs: [{ id: "p", fund: "KCDP", basis: "b", effectiveFrom: "2024-1-1", ceilings: [] }] }, "p.json");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message.en).toContain("packs.0.effectiveFrom");
      expect(r.message.vi).toContain("p.json");
    }
  });
});
