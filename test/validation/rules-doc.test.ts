import { readFileSync } from "fs";
import { join } from "path";
import { renderRulesDoc } from "../../scripts/rules-doc/render";
import { RULE_IDS } from "../../src/core/validation/catalog";
import { ruleExamples } from "./examples";

describe("docs/rules.md", () => {
  it("is what the rule definitions and their examples generate (run `npm run docs:rules` after changing a rule)", () => {
    const doc = readFileSync(join(__dirname, "..", "..", "docs", "rules.md"), "utf8");
    expect(doc).toBe(renderRulesDoc());
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
