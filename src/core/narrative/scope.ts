import { Bilingual, bilingual } from "../message";

/**
 * What a figure of report text is about. A claim is judged only against a base whose scope the text
 * establishes: the same entity, fund, measure and period (or the whole the claim names).
 */

/** Whose money: the total, the national or the local khuyến công funds, the beneficiaries' counterpart, or something else (revenue, loans). */
export type Fund = "total" | "kcqg" | "kcdp" | "counterpart" | "other";

/** Which figure of the year: the plan, the plan allocated to projects, what was done, disbursed, a project's cost, a count. */
export type ScopeMeasure = "plan" | "allocated" | "actual" | "disbursed" | "cost" | "count";

export type EntityLevel = "nation" | "region" | "province" | "unit";

/** Who: the country, a region ("toàn vùng", "khu vực phía Nam", "19 tỉnh, thành phố"), a province, one project or firm. */
export interface Entity {
  level: EntityLevel;
  /** As written ("Long An", "khu vực phía Nam"); absent for "toàn tỉnh", "toàn vùng". */
  name?: string;
}

/** When: a year, the first months of a year ("9 tháng năm 2024"), or a span of years ("2019 - 2023"). */
export interface Period {
  year?: number;
  /** The last year of a span. */
  toYear?: number;
  /** The months a partial-year figure covers (12 for "cả năm"); absent when the text does not say. */
  months?: number;
}

/** How the figure is stated: exactly (to its digits), or as a bound ("hơn", "gần") or an approximation ("khoảng"). */
export type Qualifier = "exact" | "atLeast" | "atMost" | "about";

export interface FigureScope {
  entity?: Entity;
  fund?: Fund;
  measure?: ScopeMeasure;
  period: Period;
  qualifier: Qualifier;
}

/** What an unverifiable claim lacks: its own figure, a base at all, the whole of a share, or one part of the base's scope. */
export type ScopePart = "figure" | "base" | "whole" | "entity" | "fund" | "measure" | "period";

/** How a candidate base's part relates to the claim's: the same, not established either way, or different. */
export type Match = "same" | "open" | "different";

/** What the whole text names, deciding what a figure that names no entity or year is about. */
export interface TextScope {
  /** The text's figures name no entity, one (a figure naming none is about it), or several. */
  entities: "none" | "one" | "several";
  onlyEntity?: Entity;
  years: "none" | "one" | "several";
  onlyYear?: number;
}

/** An unnamed fund reads as the total, as reports write "tổng kinh phí … là …" and "kế hoạch năm … là …". */
export function matchFund(want: Fund | undefined, have: Fund | undefined): Match {
  const a = want ?? "total";
  const b = have ?? "total";
  if (a === b) return "same";
  // An unnamed figure may be a fund's, when the claim is about a fund: not established.
  if ((want === undefined || have === undefined) && a !== "other" && b !== "other" && a !== "counterpart" && b !== "counterpart") return "open";
  return "different";
}

export function matchEntity(want: Entity | undefined, have: Entity | undefined, text: TextScope): Match {
  if (!want && !have) return text.entities === "several" ? "open" : "same";
  if (!want || !have) return text.onlyEntity ? matchEntity(want ?? text.onlyEntity, have ?? text.onlyEntity, text) : "open";
  if (want.level !== have.level) return "different";
  if (want.name && have.name && foldName(want.name) !== foldName(have.name)) return "different";
  return "same";
}

/** Years: equal, or one unnamed in a text of one year (then it is that year). A span matches only the same span. */
export function matchYear(want: Period, have: Period, text: TextScope): Match {
  if (want.year === undefined && have.year === undefined) return text.years === "several" ? "open" : "same";
  if (want.year === undefined || have.year === undefined) {
    if (text.onlyYear === undefined) return "open";
    return matchYear({ ...want, year: want.year ?? text.onlyYear }, { ...have, year: have.year ?? text.onlyYear }, text);
  }
  if (want.year !== have.year || (want.toYear ?? want.year) !== (have.toYear ?? have.year)) return "different";
  return "same";
}

/** Months of the year a figure covers: the same period needs the same months; one unnamed is not established. */
export function matchMonths(want: Period, have: Period): Match {
  if (want.months === have.months) return "same";
  if (want.months === undefined || have.months === undefined) return "open";
  return "different";
}

const FOLDED_NAMES = new Map<string, string>();

/** A name without case, diacritics or extra spaces, remembered: names are compared again and again. */
export function foldName(name: string): string {
  let folded = FOLDED_NAMES.get(name);
  if (folded === undefined) {
    folded = foldNameOnce(name);
    FOLDED_NAMES.set(name, folded);
  }
  return folded;
}

function foldNameOnce(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

const FUND_TEXT: Record<Fund, Bilingual> = {
  total: bilingual("tổng các nguồn", "all funds"),
  kcqg: bilingual("KCQG", "KCQG (national funds)"),
  kcdp: bilingual("KCĐP", "KCĐP (local funds)"),
  counterpart: bilingual("vốn đối ứng", "counterpart funds"),
  other: bilingual("nguồn khác", "another source"),
};

const MEASURE_TEXT: Record<ScopeMeasure, Bilingual> = {
  plan: bilingual("kế hoạch", "plan"),
  allocated: bilingual("kế hoạch đã phân bổ", "allocated plan"),
  actual: bilingual("thực hiện", "actual"),
  disbursed: bilingual("giải ngân", "disbursed"),
  cost: bilingual("tổng vốn", "cost"),
  count: bilingual("số lượng", "count"),
};

const LEVEL_TEXT: Record<EntityLevel, Bilingual> = {
  nation: bilingual("cả nước", "the whole country"),
  region: bilingual("toàn vùng", "the region"),
  province: bilingual("toàn tỉnh", "the province"),
  unit: bilingual("một đề án / đơn vị", "one project or unit"),
};

const QUALIFIER_TEXT: Record<Exclude<Qualifier, "exact">, Bilingual> = {
  atLeast: bilingual("ít nhất (hơn, trên)", "at least (hơn, trên)"),
  atMost: bilingual("nhiều nhất (gần, dưới)", "at most (gần, dưới)"),
  about: bilingual("khoảng", "about"),
};

export function fundText(fund: Fund): Bilingual {
  return FUND_TEXT[fund];
}

export function measureText(measure: ScopeMeasure): Bilingual {
  return MEASURE_TEXT[measure];
}

export function entityText(entity: Entity): Bilingual {
  if (!entity.name) return LEVEL_TEXT[entity.level];
  const prefix = entity.level === "province" && !/^(tỉnh|thành phố|tp)/iu.test(entity.name) ? bilingual("tỉnh ", "province ") : bilingual("", "");
  return bilingual(prefix.vi + entity.name, prefix.en + entity.name);
}

export function periodText(period: Period): Bilingual | undefined {
  if (period.year === undefined) return period.months ? bilingual(`${period.months} tháng`, `${period.months} months`) : undefined;
  if (period.toYear !== undefined && period.toYear !== period.year) return bilingual(`${period.year} – ${period.toYear}`, `${period.year}–${period.toYear}`);
  if (period.months !== undefined && period.months < 12)
    return bilingual(`${period.months} tháng năm ${period.year}`, `${period.months} months of ${period.year}`);
  return bilingual(`năm ${period.year}`, `${period.year}`);
}

/** "toàn vùng · KCĐP · thực hiện · 9 tháng năm 2024": the parts the text gives, the others named as not given. */
export function scopeText(scope: FigureScope): Bilingual {
  const unknown = (vi: string, en: string) => bilingual(`${vi} không rõ`, `${en} not given`);
  const parts: Bilingual[] = [
    scope.entity ? entityText(scope.entity) : unknown("đơn vị", "entity"),
    scope.fund ? fundText(scope.fund) : unknown("nguồn", "fund"),
    scope.measure ? measureText(scope.measure) : unknown("loại số liệu", "measure"),
    periodText(scope.period) ?? unknown("kỳ", "period"),
  ];
  if (scope.qualifier !== "exact") parts.push(QUALIFIER_TEXT[scope.qualifier]);
  return bilingual(parts.map((p) => p.vi).join(" · "), parts.map((p) => p.en).join(" · "));
}

/** The words of a missing scope part, for messages: "kỳ (năm, số tháng)". */
export function partText(part: ScopePart): Bilingual {
  switch (part) {
    case "figure":
      return bilingual("số liệu mà tỷ lệ này tính trên", "the figure this percentage is measured on");
    case "base":
      return bilingual("số liệu để so sánh", "the figure to compare with");
    case "whole":
      return bilingual("tổng mà tỷ trọng này tính trên", "the whole this share is of");
    case "entity":
      return bilingual("đơn vị (vùng, tỉnh, đề án)", "the entity (region, province, project)");
    case "fund":
      return bilingual("nguồn kinh phí (KCQG, KCĐP, tổng)", "the fund (KCQG, KCĐP, total)");
    case "measure":
      return bilingual("loại số liệu (kế hoạch, thực hiện, giải ngân)", "the measure (plan, actual, disbursed)");
    case "period":
      return bilingual("kỳ (năm, số tháng)", "the period (year, months)");
  }
}
