import { parseA1Ref, tokenize } from "@borgar/fx";
import { quoteSheetName } from "../summary/sheet-ref";
import { sheetNameKey } from "../workbook/sheet-names";

/**
 * A formula (without "=") with its references to sheet `from` pointed at `to` instead, as Excel rewrites
 * them when a sheet is renamed: 'Hà Nội'!$A$1:$K$40 → 'Hà Nội (2)'!$A$1:$K$40 (names compared as Excel
 * compares them, without regard to case). References into other workbooks ([1]'Hà Nội'!A1) are left as they are.
 */
export function renameSheetReferences(formula: string, from: string, to: string): string {
  const key = sheetNameKey(from);
  const tokens = tokenize(`=${formula}`, { mergeRefs: true, allowTernary: true });
  let changed = false;
  const out = tokens.map((token, i) => {
    if (token.type !== "range" && token.type !== "range_beam" && token.type !== "range_ternary") return token.value;
    const bang = token.value.lastIndexOf("!");
    if (bang < 0) return token.value;
    const external = i > 0 && tokens[i - 1].type === "structured" && /^\[\d+\]$/.test(tokens[i - 1].value);
    const context = parseA1Ref(token.value, { allowTernary: true })?.context;
    if (external || context?.length !== 1 || sheetNameKey(context[0]) !== key) return token.value;
    changed = true;
    return quoteSheetName(to) + token.value.slice(bang);
  });
  return changed ? out.join("").slice(1) : formula;
}
