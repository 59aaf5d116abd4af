import type { RulePack } from "../core/rules/schema";
import { sheetContext } from "../core/validation/context";
import { isRulesSheet, readRulesSheet } from "../core/validation/rules-sheet";
import type { WorkbookSnapshot } from "../core/workbook/snapshot";

/**
 * The rule packs a workbook's KC_QuyDinh sheet sets (one per usable row), as the validator reads
 * them; undefined when the workbook has no such sheet. Rows that cannot be used are findings of the
 * validation, not repeated here.
 */
export function workbookRulePacks(snapshot: WorkbookSnapshot): RulePack[] | undefined {
  const sheet = snapshot.sheets.find(isRulesSheet);
  if (!sheet) return undefined;
  return readRulesSheet(sheet, sheetContext(sheet.name, "trieu", "round", [])).map((rule) => rule.pack);
}
