import { workbookReports } from "../core/reading/view";
import { isGeneratedSheet } from "../core/summary/tab-names";
import { isRulesSheet } from "../core/validation/rules-sheet";
import type { WorkbookSnapshot } from "../core/workbook/snapshot";

/** The report year every report that states one agrees on, whatever its layout; undefined when none states it or they differ. */
export function reportYearOf(snapshot: WorkbookSnapshot, fileName?: string): number | undefined {
  const years = new Set<number>();
  for (const view of workbookReports(snapshot, { fileName }, (s) => isGeneratedSheet(s) || isRulesSheet(s))) {
    const year = view.header.year;
    if (year !== undefined) years.add(year);
  }
  return years.size === 1 ? [...years][0] : undefined;
}
