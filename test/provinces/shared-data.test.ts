import { readFileSync } from "fs";
import { join } from "path";
import { officialName, predecessorsOf, provinceUnits, unitByCode } from "../../src/core/provinces";
import { sharedDir } from "../helpers/shared-dir";

interface SharedOld {
  code: string;
  fullName: string;
  kcRegionPre2025: string;
}
interface SharedNew {
  code: string;
  fullName: string;
  formedFrom: SharedOld[];
  moitRegion2025: string;
}
interface SharedTable {
  new: SharedNew[];
  codeCollisions: { code: string; oldHolder: string; newHolder: string }[];
}

const dir = sharedDir();
const table = dir ? (JSON.parse(readFileSync(join(dir, "domain", "provinces-2025.json"), "utf8")) as SharedTable) : undefined;
// Measures the project's own data against the shared research table; that table is not part of the project,
// so without it (no KC_SHARED, no ../shared) there is nothing to compare with and the comparison is skipped.
const compare = table ? describe : describe.skip;

compare("the province data against the shared research table (domain/provinces-2025.json)", () => {
  const shared = table!;

  it("has the same 34 new units: codes, names, regions and predecessors", () => {
    expect(provinceUnits("34").map((u) => u.code)).toEqual(shared.new.map((n) => n.code));
    for (const n of shared.new) {
      const unit = unitByCode("34", n.code)!;
      expect(officialName(unit).fullName).toBe(n.fullName.normalize("NFC"));
      expect(unit.region).toBe(n.moitRegion2025);
      expect(predecessorsOf(unit).map((u) => u.code)).toEqual(n.formedFrom.map((o) => o.code));
    }
  });

  it("has the same 63 old units: codes, names as of 2025 and khuyến công regions", () => {
    const olds = shared.new.flatMap((n) => n.formedFrom).sort((a, b) => a.code.localeCompare(b.code));
    expect(provinceUnits("63").map((u) => u.code)).toEqual(olds.map((o) => o.code));
    for (const o of olds) {
      const unit = unitByCode("63", o.code)!;
      expect(officialName(unit, "2025-06-30").fullName).toBe(o.fullName.normalize("NFC"));
      expect(unit.region).toBe(o.kcRegionPre2025);
    }
  });

  it("has the same codes that changed holder", () => {
    for (const c of shared.codeCollisions) {
      expect(officialName(unitByCode("63", c.code)!, "2025-06-30").fullName).toBe(c.oldHolder.normalize("NFC"));
      expect(officialName(unitByCode("34", c.code)!).fullName).toBe(c.newHolder.normalize("NFC"));
    }
  });
});
