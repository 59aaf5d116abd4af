import { readFileSync } from "fs";
import { join } from "path";
import { RULE_CATALOG, RULE_IDS } from "../../src/core/validation/catalog";
import { ruleExamples } from "./examples";

describe("docs/rules.md", () => {
  const doc = readFileSync(join(__dirname, "..", "..", "docs", "rules.md"), "utf8");

  it("documents every rule id with its severity", () => {
    for (const id of RULE_IDS) {
      const section = new RegExp("### `" + id.replace("/", "\\/") + "` \\((error|warning|info)\\)").exec(doc);
      expect([id, section?.[1]]).toEqual([id, RULE_CATALOG[id].severity]);
    }
  });

  it("has an example workbook that fires every rule, with its message in both languages", () => {
    const examples = ruleExamples();
    for (const id of RULE_IDS) {
      expect([id, examples[id]?.rule]).toEqual([id, id]);
      expect(examples[id].message.vi).not.toMatch(/\{\w+\}/);
      expect(examples[id].message.en).not.toMatch(/\{\w+\}/);
    }
  });
});
