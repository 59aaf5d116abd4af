import { makeFinding } from "../validation/context";
import { Finding, Severity } from "../validation/finding";
import { RuleId } from "../validation/catalog";
import { RuleArgs } from "../validation/message";
import { a1 } from "../workbook/snapshot";
import { boxA1, CellBox } from "./formula";

/** The rules of the formula review: the catalog ids under "formula/". */
export type FormulaRuleId = Extract<RuleId, `formula/${string}`>;

/**
 * A cell the review suspects, with what it departs from and what it would hold: the data the review
 * view walks through, in rank order (see rankSuspects).
 */
export interface Suspect {
  finding: Finding;
  row: number;
  col: number;
  /** The cells the suspect is judged against (its region, or the range a SUM should cover), as A1 ranges. */
  region: string[];
  /** The formula the cell would hold, with "=", when the review can propose one. */
  proposed?: string;
  /** How sure the review is, 0–1: higher ranks first. */
  confidence: number;
}

/**
 * Collects what the review finds on one sheet; a cell keeps one finding: a suspect (error, warning)
 * over a note (info), then the most confident.
 */
export class SuspectSink {
  private readonly byCell = new Map<string, Suspect>();

  constructor(private readonly sheet: string) {}

  add<R extends FormulaRuleId>(
    rule: R,
    at: { row: number; col: number },
    args: RuleArgs<R>,
    detail: { region: CellBox[]; proposed?: string; confidence: number; found?: string | number; severity?: Severity },
  ): void {
    const cell = a1(at.row, at.col);
    const region = detail.region.map(boxA1);
    const finding = makeFinding(this.sheet, rule, cell, args, {
      related: region,
      ...(detail.proposed !== undefined ? { expected: detail.proposed } : {}),
      ...(detail.found !== undefined ? { found: detail.found } : {}),
      ...(detail.severity !== undefined ? { severity: detail.severity } : {}),
    });
    const suspect: Suspect = { finding, row: at.row, col: at.col, region, proposed: detail.proposed, confidence: clamp(detail.confidence) };
    const before = this.byCell.get(cell);
    if (!before || outranks(suspect, before)) this.byCell.set(cell, suspect);
  }

  has(row: number, col: number): boolean {
    return this.byCell.has(a1(row, col));
  }

  suspects(): Suspect[] {
    return [...this.byCell.values()];
  }
}

function clamp(x: number): number {
  return Math.min(1, Math.max(0, x));
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

function outranks(a: Suspect, b: Suspect): boolean {
  const bySeverity = SEVERITY_RANK[b.finding.severity] - SEVERITY_RANK[a.finding.severity];
  return bySeverity > 0 || (bySeverity === 0 && a.confidence > b.confidence);
}

/**
 * A suspect is a finding a reviewer must act on: the formula (or the typed figure) is wrong today, or
 * very likely so (errors and warnings). A note (an info) is right today but fragile: a number typed
 * where a formula belongs and equal to its result, a SUM reaching over blank rows, a constant the table
 * holds. The review view walks the suspects; notes are listed apart.
 */
export function isNote(finding: Finding): boolean {
  return finding.severity === "info";
}

/** Suspects in the order a reviewer walks them: errors first, then the most confident, then top to bottom. */
export function rankSuspects(suspects: Suspect[]): Suspect[] {
  return [...suspects].sort(
    (a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || b.confidence - a.confidence || a.row - b.row || a.col - b.col,
  );
}
