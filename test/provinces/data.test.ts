import { REGIONS } from "../../src/core/provinces/data";
import {
  officialName,
  predecessorsOf,
  provinceUnits,
  regionMembers,
  regionOf,
  successorOf,
  unitByCode,
  unitInVersion,
  versionAt,
  VERSIONS,
} from "../../src/core/provinces";
import { wordsOf, looseKey, strictKey } from "../../src/core/provinces/spelling";
import { SPELLINGS } from "../../src/core/provinces/data";

const old = provinceUnits("63");
const now = provinceUnits("34");

describe("the province data checked against itself", () => {
  it("has 63 units before the merger and 34 after, codes unique within a version and two digits", () => {
    expect(old).toHaveLength(63);
    expect(now).toHaveLength(34);
    for (const version of VERSIONS) {
      const codes = provinceUnits(version).map((u) => u.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const code of codes) expect(code).toMatch(/^\d\d$/);
      expect([...codes].sort()).toEqual(codes);
    }
  });

  it("puts every old unit in exactly one new unit, each new unit keeping the code of one of its predecessors", () => {
    const seen = new Map<string, string>();
    for (const unit of now) {
      const olds = predecessorsOf(unit);
      expect(olds.length).toBeGreaterThanOrEqual(1);
      expect(olds.map((u) => u.code)).toContain(unit.code);
      for (const o of olds) {
        expect(seen.has(o.id)).toBe(false);
        seen.set(o.id, unit.id);
        expect(successorOf(o)).toBe(unit);
      }
    }
    expect([...seen.keys()].sort()).toEqual(old.map((u) => u.id).sort());
    expect(now.filter((u) => predecessorsOf(u).length === 1)).toHaveLength(11);
  });

  it("has the 7 codes that changed holder, and never confuses them", () => {
    const changed = now.filter((u) => unitByCode("63", u.code)!.name !== u.name).map((u) => `${u.code} ${unitByCode("63", u.code)!.name} → ${u.name}`);
    expect(changed).toEqual([
      "15 Yên Bái → Lào Cai",
      "24 Bắc Giang → Bắc Ninh",
      "44 Quảng Bình → Quảng Trị",
      "52 Bình Định → Gia Lai",
      "80 Long An → Tây Ninh",
      "82 Tiền Giang → Đồng Tháp",
      "91 Kiên Giang → An Giang",
    ]);
    expect(unitByCode("63", 15)!.id).not.toBe(unitByCode("34", 15)!.id);
  });

  it("groups the regions North 28, Central 15, South 20 before the merger and 15, 11, 8 after", () => {
    expect(REGIONS.map((r) => regionMembers(r, "63").length)).toEqual([28, 15, 20]);
    expect(REGIONS.map((r) => regionMembers(r, "34").length)).toEqual([15, 11, 8]);
    expect(
      regionMembers("south", "34")
        .map((u) => u.name)
        .sort((a, b) => a.localeCompare(b, "vi")),
    ).toEqual(["An Giang", "Cà Mau", "Cần Thơ", "Đồng Nai", "Đồng Tháp", "Hồ Chí Minh", "Tây Ninh", "Vĩnh Long"]);
  });

  it("names the four units that changed region, and the old provinces whose region moved", () => {
    const moved = now.filter((u) => predecessorsOf(u).some((o) => o.region !== u.region));
    expect(moved.map((u) => u.name)).toEqual(["Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Lâm Đồng"]);
    expect(regionOf(unitByCode("34", "68")!, "63")).toBeUndefined();
    expect(regionOf(unitByCode("63", "60")!, "34")).toBe("central");
    expect(regionOf(unitByCode("34", "86")!, "63")).toBe("south");
  });

  it("gives the units whose name changed within a version their name of the day", () => {
    const hue = unitByCode("63", "46")!;
    expect(officialName(hue, "2024-12-31").fullName).toBe("Tỉnh Thừa Thiên Huế");
    expect(officialName(hue, "2025-01-01").fullName).toBe("Thành phố Huế");
    const dongNai = unitByCode("34", "75")!;
    expect(officialName(dongNai, "2026-04-29").fullName).toBe("Tỉnh Đồng Nai");
    expect(officialName(dongNai, "2026-04-30").fullName).toBe("Thành phố Đồng Nai");
    expect(officialName(dongNai).fullName).toBe("Thành phố Đồng Nai");
  });

  it("switches version on 1/7/2025 and maps a territory between versions", () => {
    expect(versionAt("2025-06-30")).toBe("63");
    expect(versionAt("2025-07-01")).toBe("34");
    expect(unitInVersion(unitByCode("63", "83")!, "34")!.name).toBe("Vĩnh Long");
    expect(unitInVersion(unitByCode("34", "04")!, "63")!.id).toBe("63:04");
    expect(unitInVersion(unitByCode("34", "86")!, "63")).toBeUndefined();
  });

  it("has spellings for names that exist, and no key shared by two territories within a version", () => {
    const allNames = new Set([...old, ...now].flatMap((u) => u.names.map((n) => n.name)));
    for (const name of Object.keys(SPELLINGS)) expect(allNames).toContain(name);
    for (const version of VERSIONS) {
      for (const keyOf of [strictKey, looseKey]) {
        const owner = new Map<string, string>();
        for (const unit of provinceUnits(version)) {
          const spellings = unit.names.flatMap((n) => [n.name, ...(SPELLINGS[n.name] ?? [])]);
          for (const s of spellings) {
            const key = keyOf(wordsOf(s));
            expect([undefined, unit.id]).toContain(owner.get(key));
            owner.set(key, unit.id);
          }
        }
      }
    }
  });
});
