import { RULE_CATALOG, RULE_IDS } from "./catalog";
import { num, ruleMessage } from "./message";

describe("rule messages", () => {
  it("fills every placeholder in both languages", () => {
    const m = ruleMessage("value/negative", { column: { vi: "Kế hoạch năm", en: "Annual plan" }, value: num(-5, 0) });
    expect(m).toEqual({ vi: "Kế hoạch năm âm: -5.", en: "Annual plan is negative: -5." });
  });

  it("refuses at compile time a call that misses an argument, and at run time a template left unfilled", () => {
    // @ts-expect-error: "value" is missing, so the call does not compile.
    expect(() => ruleMessage("value/negative", { column: "X" })).toThrow("no value for {value}");
  });

  it("gives every rule a title, a description and what it enforces", () => {
    for (const id of RULE_IDS) {
      const def = RULE_CATALOG[id];
      expect([id, def.title.vi.length > 0, def.title.en.length > 0, def.description.length > 20, def.enforces.length > 0]).toEqual([
        id,
        true,
        true,
        true,
        true,
      ]);
      expect(def.title.vi).toBe(def.title.vi.normalize("NFC"));
    }
  });
});
