import type { Lang } from "../core/message";
import { formatNumber } from "../core/numbers/format-vi";
import { decimalsOfValue } from "../core/numbers/precision";
import { foldLoose } from "../core/text/fold";
import type { Finding, Severity } from "../core/validation/finding";
import { ruleTitle } from "./rule-titles";

/** What the user narrowed the findings list to. */
export interface FindingFilter {
  severities: ReadonlySet<Severity>;
  /** A rule id, or "" for every rule. */
  rule: string;
  /** Free text matched against message and rule title (both languages), sheet, cell, rule id and basis, diacritics ignored. */
  search: string;
}

export const ALL_SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export function defaultFilter(): FindingFilter {
  return { severities: new Set(ALL_SEVERITIES), rule: "", search: "" };
}

/** One line of the list: a finding, or a rule repeated in a sheet ("Số dạng văn bản: 6 ô"), whose cells open below it. */
export type FindingItem = { kind: "one"; finding: Finding } | { kind: "repeat"; rule: string; severity: Severity; findings: Finding[] };

export interface FindingGroup {
  sheet: string;
  /** Worst first, then in the order the checks found them. */
  findings: Finding[];
  /** The same findings, a rule met REPEAT_FROM times or more in the sheet folded into one item where it first appears. */
  items: FindingItem[];
}

/** A rule seen this many times in one sheet is shown once, with its cells. */
const REPEAT_FROM = 3;

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function filterFindings(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  const words = foldLoose(filter.search).split(" ").filter(Boolean);
  return findings.filter((f) => {
    if (!filter.severities.has(f.severity)) return false;
    if (filter.rule && f.rule !== filter.rule) return false;
    if (words.length === 0) return true;
    const haystack = foldLoose(
      [f.message.vi, f.message.en, ruleTitle(f.rule, "vi"), ruleTitle(f.rule, "en"), f.sheet, f.cell, f.rule, f.basis ?? ""].join(" "),
    );
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
  return [...groups].map(([sheet, list]) => {
    const findings = list
      .map((f, i) => ({ f, i }))
      .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
      .map(({ f }) => f);
    return { sheet, findings, items: foldRepeats(findings) };
  });
}

function foldRepeats(findings: Finding[]): FindingItem[] {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  const items: FindingItem[] = [];
  const placed = new Set<string>();
  for (const f of findings) {
    const same = byRule.get(f.rule)!;
    if (same.length < REPEAT_FROM) items.push({ kind: "one", finding: f });
    else if (!placed.has(f.rule)) {
      placed.add(f.rule);
      items.push({ kind: "repeat", rule: f.rule, severity: f.severity, findings: same });
    }
  }
  return items;
}

/**
 * Expected and found as one line ("Cần 1.655,5 – 1.656,5 · Thấy 1.700"), or undefined when there is
 * nothing to add to the message: no figures, or two figures that read the same at the digits shown.
 */
export function figuresLine(f: Finding, lang: Lang, labels: { expected: string; found: string }): string | undefined {
  if (f.expected === undefined || f.found === undefined) return undefined;
  const expected = formatFigure(f.expected, lang);
  const found = formatFigure(f.found, lang);
  return expected === found ? undefined : `${labels.expected} ${expected} · ${labels.found} ${found}`;
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
