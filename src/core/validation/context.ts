import { Decimal } from "../numbers/decimal-config";
import { RoundingMode, shownFigure, storedFigureInterval } from "../numbers/consistency";
import { Interval } from "../numbers/interval";
import { MoneyUnit, unitName } from "../numbers/units";
import { Bilingual } from "../message";
import { FUNDING_COLUMNS, FundingColumn, PROJECT_COLUMNS, ProjectColumn } from "../standard/layout";
import { ReadNumber } from "../standard/province-sheet";
import { RULE_CATALOG, RuleId } from "./catalog";
import { Finding, Severity } from "./finding";
import { num, NumberArg, RuleArgs, ruleMessage } from "./message";

export interface FindingExtra {
  related?: string[];
  expected?: Finding["expected"];
  found?: Finding["found"];
  basis?: string;
  severity?: Severity;
}

/** What a check needs to know about the sheet it judges, and where its findings go. */
export interface SheetContext {
  sheet: string;
  unit: MoneyUnit;
  mode: RoundingMode;
  report<R extends RuleId>(rule: R, cell: string, args: RuleArgs<R>, extra?: FindingExtra): void;
}

export function makeFinding<R extends RuleId>(sheet: string, rule: R, cell: string, args: RuleArgs<R>, extra: FindingExtra = {}): Finding {
  const finding: Finding = {
    rule,
    severity: extra.severity ?? RULE_CATALOG[rule].severity,
    sheet,
    cell,
    related: extra.related ?? [],
    message: ruleMessage(rule, args),
  };
  if (extra.expected !== undefined) finding.expected = extra.expected;
  if (extra.found !== undefined) finding.found = extra.found;
  if (extra.basis !== undefined) finding.basis = extra.basis;
  return finding;
}

export function sheetContext(sheet: string, unit: MoneyUnit, mode: RoundingMode, sink: Finding[]): SheetContext {
  return { sheet, unit, mode, report: (rule, cell, args, extra) => sink.push(makeFinding(sheet, rule, cell, args, extra)) };
}

/** The interval a read figure stands for under the rounding mode of the run (numbers/consistency.ts storedFigureInterval). */
export function figureInterval(n: ReadNumber, mode: RoundingMode): Interval {
  return mode === "round" ? n.interval : storedFigureInterval(n.value, n.decimals, mode);
}

/** The figure as the cell shows it: its value rounded to its shown digits. */
export function shownValue(n: ReadNumber): Decimal {
  return shownFigure(n.value, n.decimals);
}

/** A read figure as a message argument, with the digits it shows. */
export function figureArg(n: ReadNumber): NumberArg {
  return num(shownValue(n), n.decimals);
}

export function unitArg(unit: MoneyUnit): Bilingual {
  return unitName(unit);
}

const FUNDING_LABELS = new Map(FUNDING_COLUMNS.map((c) => [c.key, c.label]));
const PROJECT_LABELS = new Map(PROJECT_COLUMNS.map((c) => [c.key, c.label]));

export function fundingLabel(key: FundingColumn): Bilingual {
  return FUNDING_LABELS.get(key)!;
}

export function projectLabel(key: ProjectColumn): Bilingual {
  return PROJECT_LABELS.get(key)!;
}

/** A figure as doubles for screening: its shown value and half the step of its last shown digit. */
export interface FastFigure {
  v: number;
  h: number;
}

/**
 * The figure as doubles when its stored value has no more digits than it shows (nearly always), so
 * screening by doubles sees what the exact judgement sees; undefined otherwise (judge exactly).
 */
export function fastFigure(n: ReadNumber): FastFigure | undefined {
  return fastFigureOf(n.double, n.decimals);
}

/** fastFigure of a figure kept as its double and shown decimals. */
export function fastFigureOf(double: number, decimals: number): FastFigure | undefined {
  if (decimals < 0 || decimals > 9) return undefined;
  const scale = 10 ** decimals;
  const scaled = double * scale;
  if (Math.abs(scaled - Math.round(scaled)) > 1e-6) return undefined;
  return { v: double, h: 0.5 / scale };
}

/** Room left for the doubles' own rounding when screening figures of this size. */
export function screeningMargin(...values: number[]): number {
  return 1e-9 * (values.reduce((s, v) => s + Math.abs(v), 0) + 1);
}
