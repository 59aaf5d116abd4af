import { PlanCell, SheetPlan, SummaryPlan } from "../../../core/summary/plan-types";
import { sheetRef } from "../../../core/summary/sheet-ref";
import { lookOf } from "../../../core/summary/style-table";
import { parseA1 } from "../../../core/workbook/snapshot";
import { anchorXml, cachedValues, chartXml, drawingXml } from "./chart-parts";
import { CONTENT_TYPE } from "./content-types";
import { StylesPart } from "./styles-part";
import { SheetEntry } from "./workbook-part";
import { WorkbookPackage } from "./workbook-package";
import { NotGeneratedError } from "./write-errors";
import { WorksheetCell, WorksheetContent, worksheetXml } from "./worksheet-writer";

/**
 * Writes a summary plan into a package: removes the generated tabs the plan drops, rewrites the tabs it
 * replaces in their own parts (same position, same sheet id, renamed if the plan says so), appends new
 * tabs after the existing sheets, each with its chart. Before changing anything it checks, in the package
 * itself, that every sheet it would rewrite or remove carries KC's marker in A1 and that no sheet has the
 * name of a tab it adds.
 */
export async function writeSummaryPlan(pkg: WorkbookPackage, plan: SummaryPlan): Promise<void> {
  const wb = pkg.workbook;
  const generated = async (name: string): Promise<SheetEntry | undefined> => {
    const entry = wb.find(name);
    if (!entry) return undefined;
    if (!pkg.generatedRoleOf(entry)) throw new NotGeneratedError(entry.name);
    return entry;
  };
  const removals = (await Promise.all(plan.remove.map(generated))).filter((e): e is SheetEntry => e !== undefined);
  const targets = await Promise.all(plan.sheets.map((s) => (s.replaces !== undefined ? generated(s.replaces) : Promise.resolve(undefined))));
  plan.sheets.forEach((sheet, i) => {
    const clash = wb.find(sheet.name);
    if (clash && clash !== targets[i]) throw new NotGeneratedError(clash.name);
  });

  const workbookRels = await pkg.relsOf(pkg.workbookName);
  for (const entry of removals) {
    const part = await pkg.sheetPart(entry);
    pkg.touchedSheet(entry);
    wb.removeSheet(entry);
    workbookRels.remove(entry.rId);
    await pkg.removePartTree(part);
  }

  const styles = await pkg.styles();
  for (const [i, sheet] of plan.sheets.entries()) {
    let entry = targets[i];
    let part: string;
    if (entry) {
      part = await pkg.sheetPart(entry);
      pkg.touchedSheet(entry);
      await pkg.dropRelationships(part);
      wb.rename(entry, sheet.name);
    } else {
      ({ entry, part } = await pkg.addSheetPart(sheet.name));
    }
    const drawingRelId = sheet.charts.length > 0 ? await writeCharts(pkg, part, sheet, plan.sheets) : undefined;
    pkg.zip.set(part, worksheetXml(planContent(sheet, styles, drawingRelId), pkg.ns));
  }
}

/** The drawing part of a sheet with its charts; returns the sheet's relationship id to the drawing. */
async function writeCharts(pkg: WorkbookPackage, sheetPart: string, sheet: SheetPlan, sheets: readonly SheetPlan[]): Promise<string> {
  const drawing = pkg.freePart("xl/drawings/drawing", ".xml");
  const drawingRels = await pkg.relsOf(drawing);
  const anchors = sheet.charts.map((chart, i) => {
    const chartPart = pkg.freePart("xl/charts/chart", ".xml");
    pkg.zip.set(
      chartPart,
      chartXml(chart, (ref) => cachedValues(ref, sheets), pkg.ns),
    );
    pkg.contentTypes.setOverride(chartPart, CONTENT_TYPE.chart);
    return anchorXml(chart, drawingRels.add(pkg.relType("chart"), chartPart), i + 2, pkg.ns);
  });
  pkg.zip.set(drawing, drawingXml(anchors, pkg.ns));
  pkg.contentTypes.setOverride(drawing, CONTENT_TYPE.drawing);
  return (await pkg.relsOf(sheetPart)).add(pkg.relType("drawing"), drawing);
}

/** A planned tab as worksheet content: the marker in A1, each cell's styles and format as one cell format. */
export function planContent(sheet: SheetPlan, styles: StylesPart, drawingRelId?: string): WorksheetContent {
  const xfs = new Map<string, number>();
  const xfOf = (cell: PlanCell) => {
    const key = `${(cell.styles ?? []).join(",")}|${cell.format ?? ""}`;
    let xf = xfs.get(key);
    if (xf === undefined) xfs.set(key, (xf = styles.xfFor(lookOf(cell.styles ?? []), cell.format)));
    return xf;
  };
  const planned: PlanCell[] = [...sheet.cells, { address: "A1", value: sheet.marker, styles: ["marker"] }];
  const cells: WorksheetCell[] = planned.map((cell) => {
    const { row, col } = parseA1(cell.address);
    return { row, col, value: cell.value, formula: cell.formula, result: cell.result, style: xfOf(cell) };
  });
  const links = planned
    .filter((c) => c.link)
    .map((c) => ({
      address: c.address,
      location: sheetRef(c.link!.sheet, c.link!.cell),
      display: c.formula === undefined && c.value !== null && c.value !== undefined ? String(c.value) : undefined,
    }));
  return {
    cells,
    merges: sheet.merges,
    columnWidths: sheet.columnWidths,
    rowHeights: sheet.rowHeights,
    hiddenRows: sheet.hiddenRows,
    frozen: sheet.frozen,
    links,
    drawingRelId,
  };
}
