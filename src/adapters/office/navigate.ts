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
