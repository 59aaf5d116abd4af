import type { Lang } from "../core/message";
import { formatNumber } from "../core/numbers/format-vi";
import { decimalsOfValue } from "../core/numbers/precision";
import { foldLoose } from "../core/text/fold";
import type { Finding, Severity } from "../core/validation/finding";

/** What the user narrowed the findings list to. */
export interface FindingFilter {
  severities: ReadonlySet<Severity>;
  /** A rule id, or "" for every rule. */
  rule: string;
  /** Free text matched against message (both languages), sheet, cell, rule and basis, diacritics ignored. */
  search: string;
}

export const ALL_SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export function defaultFilter(): FindingFilter {
  return { severities: new Set(ALL_SEVERITIES), rule: "", search: "" };
}

export interface FindingGroup {
  sheet: string;
  findings: Finding[];
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function filterFindings(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  const words = foldLoose(filter.search).split(" ").filter(Boolean);
  return findings.filter((f) => {
    if (!filter.severities.has(f.severity)) return false;
    if (filter.rule && f.rule !== filter.rule) return false;
    if (words.length === 0) return true;
    const haystack = foldLoose([f.message.vi, f.message.en, f.sheet, f.cell, f.rule, f.basis ?? ""].join(" "));
    return words.every((w) => haystack.includes(w));
  });
}

/** Findings grouped by sheet in workbook order (the order findings first name them), worst first within a sheet. */
export function groupBySheet(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.sheet) ?? [];
    list.push(f);
    groups.set(f.sheet, list);
  }
  return [...groups].map(([sheet, list]) => ({
    sheet,
    findings: list
      .map((f, i) => ({ f, i }))
      .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
      .map(({ f }) => f),
  }));
}

/** Rule ids present, with counts, most frequent first: the options of the rule filter. */
export function ruleCounts(findings: readonly Finding[]): { rule: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return [...counts].map(([rule, count]) => ({ rule, count })).sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule));
}

const MAX_SHOWN_DECIMALS = 6;

/** A figure of a finding as the user reads it: 1234.5 → "1.234,5" in Vietnamese. */
export function formatFigure(value: Finding["expected"] | Finding["found"], lang: Lang): string {
  if (value === undefined || value === null) return "—";
  if (Array.isArray(value)) {
    const [lo, hi] = value;
    return lo === hi ? formatFigure(lo, lang) : `${formatFigure(lo, lang)} – ${formatFigure(hi, lang)}`;
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return String(value);
    return formatNumber(value, Math.min(decimalsOfValue(value), MAX_SHOWN_DECIMALS), lang);
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value;
}

/** A stable key for a finding (React lists, focus restoration). */
export function findingKey(f: Finding, index: number): string {
  return `${f.sheet}!${f.cell}#${f.rule}#${index}`;
}
