import { a1 } from "../workbook/snapshot";
import { ChartPlan, PlanCell, SheetPlan, StyleName, SummaryRole } from "./plan-types";
import { markerText } from "./tab-names";

/** Row 0 (hidden) holds the marker; the title is on row 1 and notes on row 2. Rows and columns are 0-based. */
export const TITLE_ROW = 1;
export const SUBTITLE_ROW = 2;

export const AMOUNT_FORMAT = "#,##0.00";
export const PERCENT_FORMAT = "0.00%";
export const COUNT_FORMAT = "#,##0";

/** Collects the cells of one planned tab by 0-based row and column. */
export class SheetDraft {
  private readonly cells = new Map<string, PlanCell>();
  private readonly merges: string[] = [];
  private readonly widths: Record<number, number> = {};
  private readonly heights: Record<number, number> = {};
  private readonly charts: ChartPlan[] = [];
  private frozen = { rows: 0, columns: 0 };

  constructor(readonly role: SummaryRole) {}

  set(row: number, col: number, cell: Omit<PlanCell, "address">): this {
    const address = a1(row, col);
    this.cells.set(address, { address, ...cell });
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

  /** Height in points of a 0-based row. */
  rowHeight(row: number, points: number): this {
    this.heights[row + 1] = points;
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
      rowHeights: { ...this.heights },
      hiddenRows: [1],
      frozen: this.frozen,
      charts: [...this.charts],
    };
  }
}
