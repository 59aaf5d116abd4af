import { readProvinceSheet } from "../core/standard/read-province-sheet";
import type { WorkbookSnapshot } from "../core/workbook/snapshot";

/** The report year every province sheet that states one agrees on; undefined when none states it or they differ. */
export function reportYearOf(snapshot: WorkbookSnapshot): number | undefined {
  const years = new Set<number>();
  for (const sheet of snapshot.sheets) {
    const year = readProvinceSheet(sheet)?.header.year?.value;
    if (year !== undefined) years.add(year);
  }
  return years.size === 1 ? [...years][0] : undefined;
}
