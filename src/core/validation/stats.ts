import { Finding, SeverityCounts, SheetSummary, ValidationMeta, ValidationReport, ValidationStats } from "./finding";

const isReport = (s: SheetSummary) => s.status === "read" || s.status === "partial";

function emptyCounts(): SeverityCounts {
  return { errors: 0, warnings: 0, infos: 0 };
}

function count(counts: SeverityCounts, finding: Finding): void {
  if (finding.severity === "error") counts.errors++;
  else if (finding.severity === "warning") counts.warnings++;
  else counts.infos++;
}

/** Counts of findings per severity, per sheet (every sheet listed, and whether it is a report) and per rule. */
export function countFindings(findings: readonly Finding[], sheets: readonly { name: string; provinceSheet: boolean }[]): ValidationStats {
  const stats: ValidationStats = {
    ...emptyCounts(),
    sheets: sheets.length,
    provinceSheets: sheets.filter((s) => s.provinceSheet).length,
    findings: findings.length,
    bySheet: {},
    byRule: {},
  };
  for (const s of sheets) stats.bySheet[s.name] = { ...emptyCounts(), provinceSheet: s.provinceSheet };
  for (const f of findings) {
    count(stats, f);
    const sheet = (stats.bySheet[f.sheet] ??= { ...emptyCounts(), provinceSheet: false });
    count(sheet, f);
    stats.byRule[f.rule] = (stats.byRule[f.rule] ?? 0) + 1;
  }
  return stats;
}

/** The report of findings with their counts, each sheet's reading status and what produced the report. */
export function buildReport(findings: Finding[], sheets: SheetSummary[], meta: ValidationMeta): ValidationReport {
  return {
    findings,
    stats: countFindings(
      findings,
      sheets.map((s) => ({ name: s.name, provinceSheet: isReport(s) })),
    ),
    sheets,
    meta,
  };
}
