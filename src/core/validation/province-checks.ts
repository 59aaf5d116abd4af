import { monthEnd } from "../dates/iso-day";
import { bilingual, Bilingual } from "../message";
import { findProvince, mergedMessage, officialName, ProvinceResolution, ProvinceUnit, resolveProvince, unresolvedMessage } from "../provinces";
import { ProvinceSheet } from "../standard/province-sheet";
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
 * The unit a header's province cell names. The cell is known to hold a province, so diacritics that differ from
 * every spelling are accepted ("Quãng Ngãi"), and a longer text is searched ("Sở Công Thương tỉnh Bến Tre").
 */
export function headerProvince(text: string, date: string | undefined): ProvinceResolution {
  const options = date ? { date, approximate: true } : { approximate: true };
  const whole = resolveProvince(text, options);
  return whole.kind === "unknown" ? findProvince(text, options) : whole;
}

/**
 * Reads the province of a province sheet against the list in force at the end of its report period (the 63 units
 * until 30/6/2025, the 34 after): an unknown name and an ambiguous short form are findings, never a guess; an
 * old province named after the merger is told its successor. Returns the report's identity when the unit is known.
 */
export function checkProvince(ps: ProvinceSheet, ctx: SheetContext): ReportIdentity | undefined {
  const field = ps.header.province;
  if (field.value === undefined) return undefined;
  const year = ps.header.year?.value;
  const months = ps.header.period?.value?.months;
  const day = year !== undefined ? monthEnd(year, months ?? 12) : undefined;
  const resolution = headerProvince(field.value, day);
  if (resolution.kind === "unknown") {
    ctx.report("province/unknown", field.cell, { reason: unresolvedMessage(field.value, resolution) }, { found: field.value });
    return undefined;
  }
  if (resolution.kind === "ambiguous") {
    ctx.report("province/ambiguous", field.cell, { reason: unresolvedMessage(field.value, resolution) }, { found: field.value });
    return undefined;
  }
  const { unit, inForce, successor } = resolution;
  if (day !== undefined && !inForce && successor) {
    ctx.report("province/old-name", field.cell, { period: periodLabel(year!, months), merged: mergedMessage(unit, successor, day) }, { found: field.value });
  }
  return { sheet: ps.sheet, cell: field.cell, unit, year, months };
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
