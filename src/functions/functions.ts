/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands ranges over as any[][] */
/**
 * The KC custom functions: thin wrappers that adapt Excel values and errors to the plain functions of
 * src/core/functions. Each function's JSDoc is its metadata (custom-functions-metadata-plugin writes
 * functions.json from it; Vietnamese texts are in metadata.vi.json). The namespace KC comes from the
 * manifest. Range arguments take a single cell or a range and answer a range of the same shape.
 */
import { CellInput, readMode, argument } from "../core/functions/arguments";
import { asGrid } from "../core/functions/broadcast";
import { convertCell, amountText, parseAmountCell } from "../core/functions/amounts";
import { counterpartOfCells, measureOfCells } from "../core/functions/measures";
import { phraseOfCells } from "../core/functions/phrase";
import { consistentCells, sumCheckCells } from "../core/functions/precision-checks";
import { supportMaxOfCells } from "../core/functions/support";
import { provinceCodeOfCells, provinceOfCells, successorOfCells } from "../core/functions/provinces";
import { isoDayOfDate } from "../core/dates/iso-day";
import { guarded, overRanges, toExcel } from "./excel-results";
import { orWorkbookYear } from "./workbook-year";

/**
 * Completion rate: actual / plan ("đạt X% so với kế hoạch").
 * @customfunction COMPLETION
 * @param actual Actual (executed) amount, a number or Vietnamese number text; or a range.
 * @param plan Planned amount; a single cell or a range of the same size as actual.
 * @returns actual / plan as a fraction (format the cell as %); #DIV/0! when the plan is 0.
 */
export function completion(actual: any[][], plan: any[][]): any[][] {
  return overRanges([actual, plan], ([a, p]) => measureOfCells("completion", a, p));
}

/**
 * Growth rate: current / previous - 1 ("tăng/giảm X% so với năm trước").
 * @customfunction GROWTH
 * @param current Figure of this period; a number, Vietnamese number text, or a range.
 * @param previous Figure of the period compared with; a single cell or a range of the same size.
 * @returns current / previous - 1 as a fraction; #DIV/0! when previous is 0.
 */
export function growth(current: any[][], previous: any[][]): any[][] {
  return overRanges([current, previous], ([c, p]) => measureOfCells("growth", c, p));
}

/**
 * Ratio to the same period: current / previous ("bằng X% so với cùng kỳ").
 * @customfunction RATIO
 * @param current Figure of this period; a number, Vietnamese number text, or a range.
 * @param previous Figure of the same period last year; a single cell or a range of the same size.
 * @returns current / previous as a fraction; #DIV/0! when previous is 0.
 */
export function ratio(current: any[][], previous: any[][]): any[][] {
  return overRanges([current, previous], ([c, p]) => measureOfCells("ratio", c, p));
}

/**
 * Share of a total: part / total.
 * @customfunction SHARE
 * @param part The part; a number, Vietnamese number text, or a range.
 * @param total The total; a single cell or a range of the same size.
 * @returns part / total as a fraction; #DIV/0! when the total is 0.
 */
export function share(part: any[][], total: any[][]): any[][] {
  return overRanges([part, total], ([p, t]) => measureOfCells("share", p, t));
}

/**
 * Counterpart funds: total cost - khuyến công support.
 * @customfunction COUNTERPART
 * @param total Total project cost; a number, Vietnamese number text, or a range.
 * @param support Khuyến công support; a single cell or a range of the same size.
 * @returns total - support, in the same unit.
 */
export function counterpart(total: any[][], support: any[][]): any[][] {
  return overRanges([total, support], ([t, s]) => counterpartOfCells(t, s));
}

/**
 * Largest support the built-in rules allow: min(percentage x cost, ceiling x units).
 * @customfunction SUPPORTMAX
 * @param activity Activity code (MMTB, MH, DCCN...) or its Vietnamese name; or a range.
 * @param totalCost Total project cost, in the unit given by the unit argument (default triệu đồng).
 * @param [source] Funding source: KCQG (default), KCQG điểm or KCĐP (bounded by the national ceiling).
 * @param [units] Number of models, establishments or clusters the cap multiplies by (default 1).
 * @param [year] Report year selecting the rules in force (default: the workbook's report year, set by the KC pane; else the current year).
 * @param [unit] Money unit of totalCost and of the result (default triệu đồng).
 * @returns The maximum support; #N/A when no verified ceiling is known for the activity.
 */
export function supportMax(activity: any[][], totalCost: any[][], source?: any[][], units?: any[][], year?: number | string, unit?: string): any[][] {
  const now = new Date();
  const reportYear = orWorkbookYear(year);
  return overRanges([activity, totalCost, source, units], ([a, c, s, n]) => supportMaxOfCells(a, c, s, n, reportYear, unit, now));
}

/**
 * TRUE when a stated figure can be the rounding (or truncation) of the exact value.
 * @customfunction CONSISTENT
 * @param stated The figure as the report states it, e.g. 0.8524 or "85,24%"; or a range.
 * @param exact The exact value, e.g. a formula =actual/plan; a single cell or a range of the same size.
 * @param [decimals] Digits after the point the stated figure shows (default: the digits it has).
 * @param [mode] "round" (default) or "truncate"; in round mode a truncation-only match is FALSE.
 * @returns TRUE or FALSE.
 */
export function consistent(stated: any[][], exact: any[][], decimals?: number | string, mode?: string): any[][] {
  const rounding = readMode(mode, argument("cách làm tròn", "mode"));
  if (!rounding.ok) return [[toExcel(rounding)]];
  return overRanges([stated, exact], ([s, e]) => consistentCells(s, e, decimals, rounding.value));
}

/**
 * Gap between a total and the sum of its parts that no rounding of the shown digits explains.
 * @customfunction SUMCHECK
 * @param total The stated total.
 * @param parts The parts (a range); empty cells are skipped.
 * @param [decimals] Digits shown by every figure (default: the digits each figure has).
 * @returns 0 when consistent, else the smallest unexplained gap (positive when the total is too large).
 */
export function sumCheck(total: number | string, parts: any[][], decimals?: number | string): number | CustomFunctions.Error {
  const cells = asGrid<CellInput>(parts).flat();
  return toExcel(guarded(() => sumCheckCells(total, cells, decimals)));
}

/**
 * Reads the number in a Vietnamese amount such as "79,07 tỷ đồng".
 * @customfunction PARSE
 * @param text Amount text, e.g. "79,07 tỷ đồng", "3.604,5 trđ", "1.656"; or a range.
 * @param [toUnit] Money unit to convert to (đồng, nghìn đồng, triệu đồng, tỷ đồng).
 * @returns The number, converted to toUnit when given.
 */
export function parse(text: any[][], toUnit?: string): any[][] {
  return overRanges([text], ([t]) => parseAmountCell(t, toUnit));
}

/**
 * Converts an amount between đồng, nghìn đồng, triệu đồng and tỷ đồng.
 * @customfunction CONVERT
 * @param value The amount; a number, Vietnamese number text, or a range.
 * @param fromUnit Unit of the amount, e.g. "triệu đồng", "trđ", "tỷ".
 * @param toUnit Unit to convert to.
 * @returns The amount in toUnit.
 */
export function convert(value: any[][], fromUnit: string, toUnit: string): any[][] {
  return overRanges([value], ([v]) => convertCell(v, fromUnit, toUnit));
}

/**
 * Writes a number the Vietnamese way, e.g. "79,07 tỷ đồng", whatever Excel's locale.
 * @customfunction TEXT
 * @param value The number; or a range.
 * @param [decimals] Digits after the decimal comma (default 2).
 * @param [unit] Money unit to append (đồng, nghìn đồng, triệu đồng, tỷ đồng).
 * @returns The text.
 */
export function text(value: any[][], decimals?: number | string, unit?: string): any[][] {
  return overRanges([value], ([v]) => amountText(v, decimals, unit));
}

/**
 * The report phrase for two figures, e.g. "đạt 88,41% so với kế hoạch".
 * @customfunction PHRASE
 * @param kind completion (đạt), growth (tăng/giảm), ratio (bằng) or share (chiếm).
 * @param value1 Actual, current figure or part; or a range.
 * @param value2 Plan, previous figure or total; a single cell or a range of the same size.
 * @param [label] What is compared with, e.g. "năm 2023" (default per kind: kế hoạch, năm trước, cùng kỳ).
 * @param [decimals] Digits of the percentage (default 2).
 * @returns The phrase, e.g. "tăng 10,62% so với năm 2023".
 */
export function phrase(kind: string, value1: any[][], value2: any[][], label?: string, decimals?: number | string): any[][] {
  return overRanges([value1, value2], ([a, b]) => phraseOfCells(kind, a, b, label, decimals));
}

/** Today's calendar day on this computer: the default date of the province functions. */
function today(): string {
  return isoDayOfDate(new Date())!;
}

/**
 * The official name of the province or city in force at a date, from a name however written.
 * @customfunction PROVINCE
 * @param name Province name as written: "Bến Tre", "TP.HCM", "Daklak", "Tỉnh Hoà Bình"; or a range.
 * @param [date] Date of the report: a date, "dd/mm/yyyy" or a year (31 December of it); default today. Or a range.
 * @returns The official name, e.g. "Tỉnh Vĩnh Long" for "Bến Tre" after 1/7/2025; #N/A with the reason for an unknown or ambiguous name.
 */
export function province(name: any[][], date?: any[][]): any[][] {
  const day = today();
  return overRanges([name, date], ([n, d]) => provinceOfCells(n, d, day));
}

/**
 * The 2025 province or city (34 units, from 1/7/2025) that an old province became part of.
 * @customfunction SUCCESSOR
 * @param name Name of one of the 63 provinces before 1/7/2025, as written; or a range.
 * @returns The official name of its successor, e.g. "Tỉnh Vĩnh Long" for "Bến Tre"; #N/A for an unknown or ambiguous name.
 */
export function successor(name: any[][]): any[][] {
  const day = today();
  return overRanges([name], ([n]) => successorOfCells(n, day));
}

/**
 * The statistics office's code of the province or city in force at a date.
 * @customfunction PROVINCECODE
 * @param name Province name as written; or a range.
 * @param [date] Date of the report: a date, "dd/mm/yyyy" or a year (31 December of it); default today. Or a range.
 * @returns The two-digit code as text, e.g. "83" for Bến Tre in 2024 and "86" (Vĩnh Long) after 1/7/2025.
 */
export function provinceCode(name: any[][], date?: any[][]): any[][] {
  const day = today();
  return overRanges([name, date], ([n, d]) => provinceCodeOfCells(n, d, day));
}
