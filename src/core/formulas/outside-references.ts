import { tokenize } from "@borgar/fx";

/**
 * The references of a formula that reach beyond its own sheet: ranges on other sheets or in other
 * workbooks ('Bến Tre'!E12, [1]Sheet1!A1), defined names (TongCong) and table references (Bang1[Cot]).
 * A sheet copied into another workbook keeps its formulas; these are the ones that then point elsewhere.
 */
export function outsideReferences(formula: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(`=${formula}`, { mergeRefs: true })) {
    if (token.type === "range_named" || token.type === "structured") out.push(token.value);
    else if ((token.type === "range" || token.type === "range_beam" || token.type === "range_ternary") && token.value.includes("!")) out.push(token.value);
  }
  return out;
}
