import { a1 } from "../workbook/snapshot";
import { ChartPlan, PlanCell, SheetPlan, StyleName, SummaryRole } from "./plan-types";
import { TAB_NUMBER_FORMATS } from "./style-table";
import { markerText } from "./tab-names";

/** Row 0 (hidden) holds the marker; the title is on row 1 and notes on row 2. Rows and columns are 0-based. */
export const TITLE_ROW = 1;
export const SUBTITLE_ROW = 2;

export const AMOUNT_FORMAT = TAB_NUMBER_FORMATS.amount;
export const PERCENT_FORMAT = TAB_NUMBER_FORMATS.percent;
export const COUNT_FORMAT = TAB_NUMBER_FORMATS.count;

/** Excel's default column width, in characters. */
const DEFAULT_WIDTH = 8.43;
/** Text with diacritics (bold in headers) fills a line at about this share of a column's width in digits. */
const LINE_FILL = 0.8;
const WRAPPED: readonly StyleName[] = ["header", "wrap", "paragraph"];
const POINTS_PER_LINE = 15;

/** Collects the cells of one planned tab by 0-based row and column. */
export class SheetDraft {
  private readonly cells = new Map<string, PlanCell>();
  private readonly positions = new Map<string, { row: number; col: number }>();
  private readonly merges: string[] = [];
  private readonly widths: Record<number, number> = {};
  private readonly charts: ChartPlan[] = [];
  private frozen = { rows: 0, columns: 0 };

  constructor(readonly role: SummaryRole) {}

  set(row: number, col: number, cell: Omit<PlanCell, "address">): this {
    const address = a1(row, col);
    this.cells.set(address, { address, ...cell });
    this.positions.set(address, { row, col });
    return this;
  }

  text(row: number, col: number, value: string, styles: StyleName[] = []): this {
    return this.set(row, col, { value: value.normalize("NFC"), styles });
  }

  merge(row: number, col: number, toRow: number, toCol: number): this {
    this.merges.push(`${a1(row, col)}:${a1(toRow, toCol)}`);
    return this;
  }

  /** Widths in characters, from column 0. */
  widthsFrom(widths: number[]): this {
    widths.forEach((w, i) => (this.widths[i + 1] = w));
    return this;
  }

  freeze(rows: number, columns = 0): this {
    this.frozen = { rows, columns };
    return this;
  }

  chart(chart: ChartPlan): this {
    this.charts.push(chart);
    return this;
  }

  /**
   * Hosts do not grow a row to fit wrapped text (a formula's result included) when they open a file: a
   * row gets the lines its longest wrapped text needs in its column's width. Merged cells (group headers
   * spanning columns, titles) are left out.
   */
  private wrappedHeights(): Record<number, number> {
    const anchors = new Set(this.merges.map((m) => m.split(":")[0]));
    const heights: Record<number, number> = {};
    for (const cell of this.cells.values()) {
      const text = typeof cell.value === "string" ? cell.value : typeof cell.result === "string" ? cell.result : undefined;
      if (text === undefined || !cell.styles?.some((s) => WRAPPED.includes(s)) || anchors.has(cell.address)) continue;
      const { row, col } = this.positions.get(cell.address)!;
      const perLine = Math.max(1, Math.floor((this.widths[col + 1] ?? DEFAULT_WIDTH) * LINE_FILL));
      const lines = Math.ceil(text.length / perLine);
      if (lines > 1) heights[row + 1] = Math.max(heights[row + 1] ?? 0, lines * POINTS_PER_LINE);
    }
    return heights;
  }

  toPlan(name: string, replaces?: string): SheetPlan {
    const marker = markerText(this.role);
    const markerCell: PlanCell = { address: "A1", value: marker, styles: ["marker"] };
    const cells = [markerCell, ...[...this.cells.values()].filter((c) => c.address !== "A1")];
    return {
      name,
      role: this.role,
      ...(replaces !== undefined ? { replaces } : {}),
      marker,
      cells,
      merges: [...this.merges],
      columnWidths: { ...this.widths },
      rowHeights: this.wrappedHeights(),
      hiddenRows: [1],
      frozen: this.frozen,
      charts: [...this.charts],
    };
  }
}
