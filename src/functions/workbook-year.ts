import { officeWorkbookSettings } from "../adapters/office/workbook-settings";

/**
 * A year argument, or the workbook's report year when the formula gives none (the KC pane saves it in
 * the workbook: read from the province sheets by a check, or typed in Khác → Cài đặt). Undefined when
 * neither is known: the function then takes the current year.
 */
export function orWorkbookYear(year: number | string | null | undefined): number | string | undefined {
  if (year !== null && year !== undefined && String(year).trim() !== "") return year;
  return officeWorkbookSettings().reportYear;
}
