import type { RegionSelection } from "../../app/port";
import { officeRequirements, Requirements } from "./requirements";

/** Shows a cell to the user: activates its sheet and selects it ("" selects A1). */
export async function goToCellIn(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(cell || "A1").select();
  await context.sync();
}

export function goToOfficeCell(sheet: string, cell: string): Promise<void> {
  return Excel.run((context) => goToCellIn(context, sheet, cell));
}

/**
 * Selects a suspect cell with its region: the cell first, then the region's ranges, as one multi-area
 * selection (RangeAreas.select, ExcelApi 1.18). Nothing is written: no fill, no conditional format, no
 * comment, so a province sheet stays as it was. A host without 1.18 selects the cell alone. One sync.
 */
export async function selectRegionIn(
  context: Excel.RequestContext,
  sheet: string,
  cell: string,
  region: readonly string[],
  requirements: Requirements = officeRequirements(),
): Promise<RegionSelection> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  const target = cell || "A1";
  if (region.length > 0 && requirements("ExcelApi", "1.18")) {
    worksheet.getRanges([target, ...region].join(", ")).select();
    await context.sync();
    return "region";
  }
  worksheet.getRange(target).select();
  await context.sync();
  return "cell";
}
