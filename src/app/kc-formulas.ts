/**
 * A formula that calls a KC.* custom function. Excel hands formulas over as "=KC.COMPLETION(B5,C5)";
 * a workbook saved by Excel stores the same call as "_xldudf_KC_COMPLETION(…)" for hosts without the
 * add-in. A sheet reference such as KC_QuyDinh!A1 is no call (no parenthesis follows the name).
 */
const KC_CALL = /(?:^|[^A-Za-z0-9_.])(?:_xldudf_)?KC[._][A-Za-z][A-Za-z0-9_.]*\s*\(/i;

export function callsKcFunction(formula: string | undefined | null): boolean {
  return typeof formula === "string" && KC_CALL.test(formula.replace(/"(?:[^"]|"")*"/g, '""'));
}
