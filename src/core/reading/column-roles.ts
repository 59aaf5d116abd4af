import { bilingual, Bilingual } from "../message";
import { MoneyUnit } from "../numbers/units";
import { FUNDING_COLUMNS, PROJECT_COLUMNS } from "../standard/layout";
import { labelKey } from "../standard/labels";
import { HeaderTerm, headerTerm } from "./header-terms";
import { AmountMeasure, ColumnRole, Confidence, FundOrTotal, PercentMeasure, Period, TableKind } from "./types";

/**
 * A column's role from its header path, parents first: the leaf says what it measures, its parents
 * add the fund, the period and the unit ("Năm 2023 › KCQG › KH" is the KCQG plan of 2023). Where the
 * leaf only names a fund or a period (L6 "Năm báo cáo › KCQG", L8 "Nguồn vốn › TW"), the measure is
 * the one the table's kind implies, with lower confidence.
 */
export interface PathRole {
  role: ColumnRole;
  confidence: Confidence;
  unit?: MoneyUnit;
  /** The period the path names, before it is kept only for tables over several periods. */
  period?: Period & { reportYear?: boolean; previousYear?: boolean };
}

/** What the columns of a table say about its rows, before any column's role is settled. */
export interface TableShape {
  kind: TableKind;
  /** A column names the rows' projects ("Tên đề án"): "Nội dung" is then the activity. */
  hasNameColumn: boolean;
}

export function shapeOf(paths: string[][], unitColumnIsMoney: boolean | undefined, titleSaysMoney: boolean): TableShape {
  const leaves = paths.filter((p) => p.length > 0).map((p) => headerTerm(p[p.length - 1]));
  const all = paths.flatMap((p) => p.map(headerTerm));
  const hasNameColumn = leaves.some((t) => t.labelOf === "projects");
  const projectMeasures = all.some((t) => t.amount === "cost" || t.amount === "support" || t.amount === "counterpart");
  const labelOf = leaves.find((t) => t.labelOf)?.labelOf;
  let kind: TableKind;
  if (labelOf === "provinces") kind = "regional";
  else if (hasNameColumn || (projectMeasures && labelOf !== "activities" && labelOf !== "indicators")) kind = "projects";
  else if (labelOf === "funds" || (leaves.some((t) => t.plain === "fund") && !leaves.some((t) => t.labelOf))) kind = "funding";
  else if (labelOf === "indicators" && unitColumnIsMoney === false) kind = "indicators";
  else if (labelOf === "indicators" && unitColumnIsMoney === undefined && !titleSaysMoney && !all.some((t) => t.money)) kind = "indicators";
  else if (labelOf === "indicators" || labelOf === "activities") kind = "activities";
  else if (all.some((t) => t.amount === "plan" || t.amount === "actual")) kind = "funding";
  else kind = "other";
  return { kind, hasNameColumn };
}

/** The role of one column from its header path. */
export function roleOfPath(path: string[], shape: TableShape): PathRole {
  if (path.length === 0) return { role: { kind: "unknown" }, confidence: "assumed" };
  const terms = path.map(headerTerm);
  const leaf = terms[terms.length - 1];
  if (leaf.plain) {
    if (leaf.contentWord) return { role: shape.hasNameColumn ? { kind: "activity" } : { kind: "label" }, confidence: "certain" };
    if (leaf.plain === "fund" && shape.kind === "funding" && !terms.some((t) => t.labelOf)) return { role: { kind: "label" }, confidence: "certain" };
    return { role: { kind: leaf.plain }, confidence: "certain" };
  }
  if (leaf.labelOf) return { role: { kind: "label" }, confidence: "certain" };
  const up = (pick: (t: HeaderTerm) => unknown) => {
    for (let i = terms.length - 1; i >= 0; i--) {
      const v = pick(terms[i]);
      if (v !== undefined && v !== false) return v;
    }
    return undefined;
  };
  const fund = (leaf.fund ?? (up((t) => t.fund) as FundOrTotal | undefined) ?? (up((t) => t.total) ? "total" : undefined)) as FundOrTotal | undefined;
  const unit = up((t) => t.unit) as MoneyUnit | undefined;
  const period = mergedPeriod(terms);
  const extra = <R extends ColumnRole>(role: R): R => {
    const r = role as R & { fund?: FundOrTotal };
    if (fund !== undefined && !(r.kind === "amount" && (r as { measure: string }).measure === "cost")) r.fund = fund;
    return r;
  };
  if (leaf.percent) return { role: extra({ kind: "percent", measure: leaf.percent }), confidence: "certain", unit, period };
  if (leaf.count) return { role: extra({ kind: "count", measure: leaf.count }), confidence: "certain", unit, period };
  if (leaf.amount) {
    if (shape.kind === "indicators" && !leaf.money && !unit)
      return { role: extra({ kind: "count", measure: "indicator" }), confidence: "likely", unit, period };
    return { role: extra({ kind: "amount", measure: leaf.amount }), confidence: "certain", unit, period };
  }
  const parentMeasure = up((t) => t.amount) as AmountMeasure | undefined;
  if (leaf.total && shape.kind === "projects") return { role: { kind: "amount", measure: "cost" }, confidence: "likely", unit, period };
  if (!(leaf.fund || leaf.total || leaf.period || leaf.money || leaf.unit || fund || period || unit))
    return { role: { kind: "unknown" }, confidence: "assumed" };
  const parentPercent = up((t) => t.percent) as PercentMeasure | undefined;
  if (parentPercent) return { role: extra({ kind: "percent", measure: parentPercent }), confidence: "likely", unit, period };
  if (shape.kind === "indicators") return { role: extra({ kind: "count", measure: "indicator" }), confidence: "likely", unit, period };
  if (parentMeasure && parentMeasure !== "actual") return { role: extra({ kind: "amount", measure: parentMeasure }), confidence: "likely", unit, period };
  // A project list's fund columns ("Nguồn vốn › TW"), and the funds of a table by activity ("Năm báo cáo › KCĐP"), are its support.
  if (shape.kind === "projects" || shape.kind === "activities")
    return { role: extra({ kind: "amount", measure: "support" }), confidence: "likely", unit, period };
  // "Năm báo cáo › KCĐP" over money: the report year's figures, read as its actual (the form asks for what was done).
  return { role: extra({ kind: "amount", measure: "actual" }), confidence: parentMeasure ? "likely" : "assumed", unit, period };
}

function mergedPeriod(terms: HeaderTerm[]): PathRole["period"] {
  let period: PathRole["period"];
  for (const t of terms) if (t.period) period = { ...period, ...t.period };
  return period;
}

const STANDARD_LABELS = new Map<string, Bilingual>();
for (const spec of [...FUNDING_COLUMNS, ...PROJECT_COLUMNS]) {
  for (const text of [spec.label.vi, spec.label.en, ...spec.aliases]) if (!STANDARD_LABELS.has(labelKey(text))) STANDARD_LABELS.set(labelKey(text), spec.label);
}

const MEASURE_EN: Record<string, string> = {
  plan: "plan",
  allocated: "allocated plan",
  actual: "actual",
  sameLastYear: "same period last year",
  previousPlan: "previous plan",
  cost: "total cost",
  support: "support",
  counterpart: "counterpart",
  completion: "completion",
  samePeriod: "ratio to the same period",
  share: "share",
  growth: "growth",
  projects: "number of projects",
  beneficiaries: "beneficiaries",
  indicator: "count",
};

/** A column's name in messages: its header as written, and in English what it holds. */
export function columnLabel(path: string[], role: ColumnRole): Bilingual {
  const vi = path.join(" › ");
  const key = `${vi}|${roleKey(role)}`;
  let label = LABELS.get(key);
  if (!label) {
    label = labelOf(path, vi, role);
    if (LABELS.size < 5000) LABELS.set(key, label);
  }
  return label;
}

const LABELS = new Map<string, Bilingual>();
const roleKey = (role: ColumnRole) => JSON.stringify(role);

function labelOf(path: string[], vi: string, role: ColumnRole): Bilingual {
  if (path.length === 1) {
    const standard = STANDARD_LABELS.get(labelKey(path[0]));
    if (standard) return bilingual(vi, standard.en);
  }
  let en: string = role.kind;
  if (role.kind === "amount" || role.kind === "percent" || role.kind === "count") {
    en = [role.fund === "KCDP" ? "KCĐP" : role.fund === "KCQG" ? "KCQG" : "", MEASURE_EN[role.measure] ?? role.measure].filter((s) => s !== "").join(" ");
  }
  return bilingual(vi, `${en} ("${vi}")`);
}
