import { Finding, ValidationStats } from "../validation/finding";
import { countFindings } from "../validation/stats";
import { a1, SheetSnapshot, WorkbookSnapshot } from "../workbook/snapshot";
import { ErrorFlow } from "./error-flow";
import { ReviewGrid } from "./grid";
import { checkHardCoded } from "./hard-coded";
import { ReviewHints, TableHint } from "./hints";
import { statedTables } from "./stated-tables";
import { checkRegions } from "./inconsistent";
import { checkReferences } from "./references";
import { checkSums } from "./sums";
import { checkSkippedItems } from "./skipped-items";
import { checkConstants } from "./constants";
import { checkColumnIdentities } from "./column-identity";
import { checkTotalLines } from "./total-rows";
import { Axis } from "./lines";
import { isNote, rankSuspects, Suspect, SuspectSink } from "./suspect";

/** What the review found on one sheet. */
export interface SheetReview {
  sheet: string;
  formulas: number;
  suspects: Suspect[];
}

export interface ReviewStats extends ValidationStats {
  /** Formula cells read, over all sheets. */
  formulas: number;
  /** Notes listed apart from the findings (the counts above are the findings'). */
  notes: number;
}

/**
 * The review of a workbook, split as a reviewer works: `findings` are the suspects (errors and
 * warnings: wrong today, or very likely so), in validate's shape (rule ids formula/*) and sheet order;
 * `notes` are right today but fragile (infos), listed apart; `suspects` and `noted` carry the same in
 * rank order with their regions and proposed formulas, for the review view.
 */
export interface ReviewReport {
  findings: Finding[];
  notes: Finding[];
  stats: ReviewStats;
  suspects: Suspect[];
  noted: Suspect[];
}

/** The fewest cells that make a region on a bare grid, and inside a table a reader knows. */
const MIN_REGION = 3;
const MIN_REGION_IN_TABLE = 2;

/**
 * Reviews the formulas of one sheet: regions of equal relative shape and the cells that depart from
 * them, numbers typed among formulas, SUM ranges, references, constants, and the identities a table
 * states. Hints from a reader of khuyến công reports sharpen it; without them it works from the grid.
 */
export function reviewSheet(sheet: SheetSnapshot, hints?: ReviewHints, flow?: ErrorFlow): SheetReview {
  const grid = new ReviewGrid(sheet);
  const sink = new SuspectSink(sheet.name);
  flow?.addSheet(grid);
  if (grid.formulaCells.length > 0) {
    const known = withStatedTables(grid, hints);
    const inTable = (row: number, col: number) => known.tables.some((t) => row >= t.top && row <= t.bottom && col >= t.left && col <= t.right);
    const minRegion = (row: number, col: number) => (inTable(row, col) ? MIN_REGION_IN_TABLE : MIN_REGION);
    checkColumnIdentities(grid, sink, known);
    checkSums(grid, sink, known);
    checkSkippedItems(grid, sink);
    const settled = checkTotalLines(grid, sink);
    const options = { minRegion, settled: (axis: Axis, row: number, col: number) => settled[axis].has(a1(row, col)) };
    checkRegions(grid, sink, options);
    checkHardCoded(grid, sink, options, known);
    checkReferences(grid, sink, known);
    checkConstants(grid, sink);
  }
  return { sheet: sheet.name, formulas: grid.formulaCells.length, suspects: sink.suspects() };
}

/**
 * Reviews a workbook one sheet at a time (a streaming reader can hand each sheet over and drop it):
 * the error values that flow between sheets are settled at the end.
 */
export class WorkbookReviewer {
  private readonly reviews: SheetReview[] = [];
  private readonly flow = new ErrorFlow();
  /** Sheets a reader gave hints for (the sheets read as reports, for kc review). */
  private readonly hinted = new Set<string>();

  constructor(private readonly hintsOf: (sheet: SheetSnapshot) => ReviewHints | undefined = () => undefined) {}

  addSheet(sheet: SheetSnapshot): SheetReview {
    const hints = this.hintsOf(sheet);
    const review = reviewSheet(sheet, hints, this.flow);
    this.reviews.push(review);
    if (hints) this.hinted.add(sheet.name);
    return review;
  }

  finish(): ReviewReport {
    const flows = this.flow.suspects();
    const ranked = rankSuspects([...this.reviews.flatMap((r) => r.suspects), ...flows]);
    const order = new Map(this.reviews.map((r, i) => [r.sheet, i]));
    const inSheetOrder = (list: Suspect[]) =>
      [...list].sort((a, b) => (order.get(a.finding.sheet) ?? 0) - (order.get(b.finding.sheet) ?? 0) || a.row - b.row || a.col - b.col).map((s) => s.finding);
    const suspects = ranked.filter((s) => !isNote(s.finding));
    const noted = ranked.filter((s) => isNote(s.finding));
    const findings = inSheetOrder(suspects);
    const counts = countFindings(
      findings,
      this.reviews.map((r) => ({ name: r.sheet, provinceSheet: this.hinted.has(r.sheet) })),
    );
    const stats = { ...counts, formulas: this.reviews.reduce((n, r) => n + r.formulas, 0), notes: noted.length };
    return { findings, notes: inSheetOrder(noted), stats, suspects, noted };
  }
}

/** The reader's tables, and the tables the sheet announces by a column-number row where no reader's table lies. */
function withStatedTables(grid: ReviewGrid, hints: ReviewHints | undefined): ReviewHints {
  const given = hints?.tables ?? [];
  const overlaps = (a: TableHint, b: TableHint) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
  return { tables: [...given, ...statedTables(grid).filter((t) => !given.some((g) => overlaps(g, t)))] };
}

/** Reviews every sheet of a workbook held in memory. */
export function reviewWorkbook(snapshot: WorkbookSnapshot, hintsOf?: (sheet: SheetSnapshot) => ReviewHints | undefined): ReviewReport {
  const reviewer = new WorkbookReviewer(hintsOf);
  for (const sheet of snapshot.sheets) reviewer.addSheet(sheet);
  return reviewer.finish();
}
