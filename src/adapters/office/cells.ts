import { Cell, CellValue } from "../../core/workbook/snapshot";

/** The error literals Excel puts in `Range.values` where a cell holds an error. */
const EXCEL_ERRORS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#PYTHON!",
]);

type OfficeScalar = string | number | boolean | null | undefined;

/**
 * One cell from the three matrices Office.js gives for a range. Office writes "" for an empty
 * cell, an error literal ("#DIV/0!") for an error, and the formula with its "=" in `formulas`.
 * A text cell that reads exactly like an error literal is taken for the error: Excel itself turns
 * a typed "#N/A" into the error unless the user forces text.
 */
export function officeCell(value: OfficeScalar, formula: OfficeScalar, format: OfficeScalar): Cell | undefined {
  const isFormula = typeof formula === "string" && formula.startsWith("=") && formula.length > 1 && formula !== value;
  if (!isFormula && (value === "" || value === null || value === undefined)) return undefined;
  const cell: Cell = { value: officeValue(value) };
  if (isFormula) cell.formula = (formula as string).slice(1);
  if (typeof format === "string" && format !== "") cell.format = format;
  return cell;
}

function officeValue(value: OfficeScalar): CellValue {
  if (value === undefined || value === "") return null;
  if (typeof value === "string" && EXCEL_ERRORS.has(value)) return { error: value };
  return value;
}
