import { monthEnd } from "../dates/iso-day";
import { bilingual, Bilingual } from "../message";
import { mergedMessage, officialName, ProvinceUnit, successorOf, unresolvedMessage, versionAt } from "../provinces";
import { reportDay } from "../reading/title-block";
import { SheetReading } from "../reading/types";
import { SheetContext } from "./context";
import { RuleArgs } from "./message";

/** Which province's report a sheet is, and for which period: what two reports must not share. */
export interface ReportIdentity {
  /** The workbook the sheet is in, when reports of several files are compared. */
  file?: string;
  sheet: string;
  /** The province name's cell. */
  cell: string;
  /** The unit the sheet names, in the boundary version of its date (an old province after the merger stays itself). */
  unit: ProvinceUnit;
  year?: number;
  /** 1–12 (12: the full year); undefined when the period cannot be read. */
  months?: number;
}

/**
 * Reads the province of a sheet against the list in force at the end of its report period (the 63 units
 * until 30/6/2025, the 34 after; the reader resolved it, src/core/reading/title-block.ts): a name that is a
 * short form or names several units is a finding, never a guess, and so is a standard "Tỉnh/Thành phố" value
 * naming no unit; an old province named after the merger is told its successor. Returns the report's identity
 * for the sheets that are one province's report each (KC's standard, with its header block): in the layouts
 * provinces send, one report spans several sheets (funding, projects, results) that all name the province.
 */
export function checkReadingProvince(reading: SheetReading, ctx: SheetContext): ReportIdentity | undefined {
  const { province, provinceDoubt: doubt, year, months, standardHeader } = reading.facts;
  if (doubt) {
    const rule = doubt.resolution.kind === "ambiguous" ? "province/ambiguous" : "province/unknown";
    ctx.report(rule, doubt.cell ?? "", { reason: unresolvedMessage(doubt.text, doubt.resolution) }, { found: doubt.text });
    return undefined;
  }
  const unit = province?.unit;
  if (!province || !unit) return undefined;
  const day = reportDay(reading.facts);
  const cell = province.evidence.cell ?? "";
  if (day !== undefined && unit.version !== versionAt(day) && unit.version === "63") {
    ctx.report(
      "province/old-name",
      cell,
      { period: periodLabel(year!.value, months?.value), merged: mergedMessage(unit, successorOf(unit), day) },
      { found: province.written },
    );
  }
  if (!standardHeader || province.evidence.kind !== "label") return undefined;
  return { sheet: reading.sheet, cell, unit, year: year?.value, months: months?.value };
}

/** "cả năm 2024", "9 tháng năm 2025". */
export function periodLabel(year: number, months: number | undefined): Bilingual {
  if (months === undefined || months === 12) return bilingual(`cả năm ${year}`, `the full year ${year}`);
  return bilingual(`${months} tháng năm ${year}`, `the ${months} months of ${year}`);
}

function where(r: ReportIdentity, withFile: boolean): Bilingual {
  if (withFile && r.file) return bilingual(`tệp ${r.file}, sheet "${r.sheet}" (ô ${r.cell})`, `file ${r.file}, sheet "${r.sheet}" (cell ${r.cell})`);
  return bilingual(`sheet "${r.sheet}" (ô ${r.cell})`, `sheet "${r.sheet}" (cell ${r.cell})`);
}

/**
 * Each report of a province and period already seen in an earlier report, paired with that first report. Only
 * reports with a known year count; the same unit means the same name (an old province and its successor are
 * different reports).
 */
export function duplicateReports(reports: readonly ReportIdentity[]): [later: ReportIdentity, first: ReportIdentity][] {
  const first = new Map<string, ReportIdentity>();
  const pairs: [ReportIdentity, ReportIdentity][] = [];
  for (const r of reports) {
    if (r.year === undefined) continue;
    const key = `${r.unit.id}|${r.year}|${r.months ?? 12}`;
    const seen = first.get(key);
    if (seen) pairs.push([r, seen]);
    else first.set(key, r);
  }
  return pairs;
}

/** The figures of the province/duplicate-report finding of a later report; another file's report is named with its file. */
export function duplicateArgs(later: ReportIdentity, first: ReportIdentity): RuleArgs<"province/duplicate-report"> {
  const day = monthEnd(later.year!, later.months ?? 12);
  return {
    province: officialName(later.unit, day).fullName,
    period: periodLabel(later.year!, later.months),
    other: where(first, later.file !== first.file),
  };
}

/** The first report's cell as a finding's related cell, when both are in one workbook. */
export function duplicateRelated(later: ReportIdentity, first: ReportIdentity): string[] {
  return later.file === first.file ? [`${first.sheet}!${first.cell}`] : [];
}
