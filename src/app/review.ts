import type { Bilingual } from "../core/message";
import { reviewWorkbook, ReviewStats } from "../core/review/review";
import { reportHints } from "../core/review/reading-hints";
import type { Suspect } from "../core/review/suspect";
import type { Severity } from "../core/validation/finding";
import type { WorkbookSnapshot } from "../core/workbook/snapshot";
import type { WorkbookPort } from "./port";

/** One suspect of the review view, in the order the reviewer walks them. */
export interface ReviewItem {
  /** 1 for the first suspect to look at. */
  rank: number;
  sheet: string;
  /** The suspect cell (A1), where "go to" goes. */
  cell: string;
  rule: string;
  severity: Severity;
  message: Bilingual;
  /** The cells the suspect is judged against (A1 ranges on the same sheet): what the view highlights. */
  region: string[];
  /** The formula the cell would hold ("=SUM(D10:D12)"), when the review proposes one. */
  proposed?: string;
  /** What the cell holds now: its formula ("=…") or typed number. */
  found?: string | number | boolean | null;
  /** 0–1: how sure the review is. */
  confidence: number;
}

/**
 * What the review view shows: the suspects it walks (next / previous), in rank order, and the notes it
 * lists apart (right today but fragile: a number typed where a formula belongs and equal to its result,
 * a SUM over blank rows, a constant the table holds), which the walk does not stop at.
 */
export interface ReviewView {
  items: ReviewItem[];
  notes: ReviewItem[];
  stats: ReviewStats;
  /** The workbook as the review read it: the cells the view shows around each suspect. */
  snapshot: WorkbookSnapshot;
}

/** Share of the progress bar the read takes; the review takes the rest. */
const READ_SHARE = 0.9;

/**
 * Reads the workbook through the port and reviews its formulas: every sheet, the sheets read as reports
 * (whatever their layout) with their tables as hints. The task pane and the web page show the items one at
 * a time (review-walk.ts), highlight `region` and `proposed`, and go to `cell`.
 */
export async function reviewOpenWorkbook(port: Pick<WorkbookPort, "readSnapshot">, onProgress?: (fraction: number) => void): Promise<ReviewView> {
  const snapshot = await port.readSnapshot((done, total) => onProgress?.((READ_SHARE * done) / Math.max(total, 1)));
  const report = reviewWorkbook(snapshot, reportHints);
  onProgress?.(1);
  return { items: report.suspects.map(reviewItem), notes: report.noted.map(reviewItem), stats: report.stats, snapshot };
}

export function reviewItem(suspect: Suspect, index: number): ReviewItem {
  const { finding } = suspect;
  const item: ReviewItem = {
    rank: index + 1,
    sheet: finding.sheet,
    cell: finding.cell,
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message,
    region: suspect.region,
    confidence: suspect.confidence,
  };
  if (suspect.proposed !== undefined) item.proposed = suspect.proposed;
  if (finding.found !== undefined) item.found = finding.found;
  return item;
}
