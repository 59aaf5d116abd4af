import { Finding } from "../validation/finding";
import { Bilingual } from "../message";
import { CellError } from "../workbook/snapshot";

/**
 * The summary tabs as data: what to write, not how. The package writer (src/adapters/xlsx/package-writer)
 * and the Office.js adapter (src/adapters/office/write-plan.ts) both execute the same plan, so nothing here names a host's API, a colour or
 * a font: styles are semantic names, addresses are A1 strings, formulas are in the language Excel stores
 * (English function names, comma separators, no leading "=").
 */

/** The tabs KC generates. The role, not the sheet name, identifies a generated tab (names can change). */
export type SummaryRole = "funding" | "activities" | "findings" | "report";

/**
 * Every generated tab holds this text, followed by a space and its role, in cell A1 (row 1 is hidden),
 * e.g. "KC:generated:v1 funding". Any host can read a cell value, so both adapters and the engine
 * (which sees cell values in a WorkbookSnapshot) recognise a generated tab the same way.
 */
export const GENERATED_MARKER = "KC:generated:v1";

/** Semantic styles; their look is one table (core/summary/style-table.ts) both adapters format from. */
export type StyleName =
  | "title" // the tab's title line
  | "subtitle" // unit and period notes under the title
  | "header" // column headers: bold, centred, wrapped, shaded, bordered
  | "body" // a table body cell: bordered
  | "total" // the total row: bold, bordered
  | "marker" // the generated marker in A1
  | "link" // a cell carrying an internal hyperlink
  | "paragraph" // a narrative paragraph: wrapped, top-aligned
  | "bold"
  | "wrap"
  | "center"
  | "right";

export type PlanValue = number | string | boolean | null;

export interface InternalLink {
  sheet: string;
  /** A1 address in `sheet`, "A1" for the sheet itself. */
  cell: string;
}

export interface PlanCell {
  /** A1 address in the planned sheet. */
  address: string;
  /** A constant. Ignored when `formula` is set. */
  value?: PlanValue;
  /** A formula without "=", in the stored formula language. */
  formula?: string;
  /** The formula's result as KC computed it, written as the cached value for viewers that do not recalculate. */
  result?: PlanValue | CellError;
  /** An Excel number format ("#,##0.00", "0.00%", "@"…); General when absent. */
  format?: string;
  styles?: StyleName[];
  /** Clicking the cell goes to this cell of another sheet. */
  link?: InternalLink;
}

/** A rectangular range of a sheet (A1 addresses of its corners). */
export interface RangeRef {
  sheet: string;
  from: string;
  to: string;
}

export interface ChartSeries {
  name: string;
  values: RangeRef;
}

/** A chart the host draws from ranges of the plan (Office.js charts, or DrawingML: see docs/summary.md). */
export interface ChartPlan {
  type: "bar" | "column";
  title: string;
  categories: RangeRef;
  series: ChartSeries[];
  /** Top-left and bottom-right cells the chart covers. */
  anchor: { from: string; to: string };
  /** Values are fractions shown as percentages. */
  percent: boolean;
}

export interface SheetPlan {
  name: string;
  role: SummaryRole;
  /** The existing generated tab this one replaces in place (same position); absent for a new tab. */
  replaces?: string;
  /** The text written in A1 (GENERATED_MARKER + role). */
  marker: string;
  cells: PlanCell[];
  /** Merged ranges, "A2:N2". */
  merges: string[];
  /** Column widths in characters, by 1-based column number. */
  columnWidths: Record<number, number>;
  /** Row heights in points, by 1-based row number: rows of wrapped paragraphs, sized to their text. */
  rowHeights: Record<number, number>;
  /** Rows (1-based) to hide: row 1, which holds the marker. */
  hiddenRows: number[];
  /** Rows (from the top) and columns (from the left) kept visible when scrolling. */
  frozen: { rows: number; columns: number };
  charts: ChartPlan[];
}

export interface SummaryPlan {
  /** Tabs to write, in order; new tabs go after the existing sheets. */
  sheets: SheetPlan[];
  /** Previously generated tabs that this plan no longer writes (duplicates of a role): delete them. */
  remove: string[];
  /** What the user should know: a tab written under another name, numbers typed as text left out… */
  notices: Bilingual[];
  /** The narrative paragraphs as text (what TH_BaoCao's formulas show for the current figures). */
  paragraphs: string[];
  /**
   * Findings of the summary itself, also listed in TH_KiemTra: a merged province whose predecessor sent no
   * comparison report, a region's missing provinces, reports outside the region (docs/summary.md).
   */
  findings?: Finding[];
}

/** What a planner must know of a sheet already in the workbook. */
export interface ExistingSheet {
  name: string;
  /** The role of a tab KC generated, from its marker; undefined for the user's own sheets. */
  generatedRole?: SummaryRole;
}
