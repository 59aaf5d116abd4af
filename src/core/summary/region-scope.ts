import { monthEnd } from "../dates/iso-day";
import { bilingual, Bilingual } from "../message";
import { officialName, ProvinceUnit, regionMembers, regionOf, successorOf, versionAt } from "../provinces";
import { BoundaryVersion, KcRegion } from "../provinces/data";
import { ReportView } from "../reading/view";
import { makeFinding } from "../validation/context";
import { Finding } from "../validation/finding";
import { periodLabel } from "../validation/province-checks";
import { YearSplit } from "./comparison";

/**
 * One khuyến công region out of the reports read (`kc summarize --region south`): the grouping of the
 * report date's boundaries (before 1/7/2025 the 63 units' North 28 / Central 15 / South 20, from then the
 * 34's 15 / 11 / 8). Reports of provinces outside it are left out with a finding; the region's provinces
 * with no report are named in one finding. Comparison reports of the year before belong to the region when
 * the unit they are summed into does (South 2025 against the 2024 reports of its units' predecessors).
 */
export interface RegionScope extends YearSplit {
  findings: Finding[];
}

const REGION_NAMES: Record<KcRegion, Bilingual> = {
  north: bilingual("khu vực phía Bắc", "the North"),
  central: bilingual("khu vực miền Trung – Tây Nguyên", "Central – Central Highlands"),
  south: bilingual("khu vực phía Nam", "the South"),
};

/** A region's name in the report's paragraph and in messages ("khu vực phía Nam"). */
export function regionName(region: KcRegion): Bilingual {
  return REGION_NAMES[region];
}

const VERSION_WORDS: Record<BoundaryVersion, Bilingual> = {
  "63": bilingual("theo 63 tỉnh, thành phố trước 1/7/2025", "on the 63 provinces before 1/7/2025"),
  "34": bilingual("theo 34 tỉnh, thành phố từ 1/7/2025", "on the 34 provinces from 1/7/2025"),
};

const unitOf = (r: ReportView): ProvinceUnit | undefined => r.reading.facts.province?.unit;

/** The unit of `version` a report counts as: an old province read after the merger counts as its successor. */
function unitIn(unit: ProvinceUnit, version: BoundaryVersion): ProvinceUnit {
  return unit.version === version || version === "63" ? unit : successorOf(unit);
}

const CODES: Record<string, KcRegion> = { north: "north", central: "central", south: "south" };

/**
 * The region a `--region` value picks: only the codes north, central, south (any case). Words such as
 * "khu vực phía Nam" keep their old meaning, the region's name in the report's paragraph: a workbook that
 * named its region so (the 23 provinces of the southern conference) is not cut down to the ministry's grouping.
 */
export function regionCode(text: string): KcRegion | undefined {
  return CODES[text.trim().toLowerCase()];
}

export function scopeToRegion(split: YearSplit, region: KcRegion, year: number, months: number): RegionScope {
  const day = monthEnd(year, months) ?? `${year}-12-31`;
  const version = versionAt(day);
  const findings: Finding[] = [];
  const name = regionName(region);
  const inRegion = (r: ReportView): boolean => {
    const unit = unitOf(r);
    if (!unit) return true; // a report naming no province cannot be placed: it stays, its findings say why
    if (regionOf(unitIn(unit, version), version) === region) return true;
    findings.push(
      makeFinding(r.sheet, "summary/outside-region", r.header.provinceCell, {
        province: officialName(unit).fullName,
        region: name,
        version: VERSION_WORDS[version],
      }),
    );
    return false;
  };
  const rows = split.rows.filter(inRegion);
  const comparison = split.comparison.filter(inRegion);
  const present = new Set(rows.map(unitOf).flatMap((u) => (u ? [unitIn(u, version).id] : [])));
  const missing = regionMembers(region, version).filter((u) => !present.has(u.id));
  if (missing.length > 0)
    findings.push(
      makeFinding("", "summary/region-missing", "", {
        region: name,
        version: VERSION_WORDS[version],
        count: String(regionMembers(region, version).length),
        period: periodLabel(year, months),
        missing: missing.map((u) => officialName(u, day).name).join(", "),
      }),
    );
  return { rows, comparison, findings };
}
