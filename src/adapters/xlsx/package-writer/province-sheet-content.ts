import type { ComposedSheet } from "../../../core/standard/compose";
import { ColumnSpec, FUNDING_COLUMNS, FUNDING_SOURCES, NUMBER_FORMATS, PROJECT_COLUMNS } from "../../../core/standard/layout";
import { lookOf, provinceSheetStyles } from "../../../core/summary/style-table";
import { StyleName } from "../../../core/summary/plan-types";
import { a1, columnLetter, parseA1 } from "../../../core/workbook/snapshot";
import { StylesPart } from "./styles-part";
import { WorksheetCell, WorksheetContent } from "./worksheet-writer";

export interface ProvinceSheetOptions {
  /** Blank rows below the project table that get the drop-down lists and number formats (room to type). */
  blankProjectRows?: number;
}

const HEADER_ROW_HEIGHT = 32;

/**
 * A composed province sheet (core/standard/compose.ts) as worksheet content, with the look the Office
 * adapter gives it: bold title and labels, shaded bordered table headers (the "header" look of the shared
 * style table), the standard's column widths, the header block frozen, and drop-down lists on the source,
 * activity and status cells.
 */
export function provinceSheetContent(composed: ComposedSheet, styles: StylesPart, options: ProvinceSheetOptions = {}): WorksheetContent {
  const { rows, positions: p } = composed;
  const emphasis = provinceSheetStyles(p);

  const xfs = new Map<string, number>();
  const xfOf = (style: StyleName | undefined, format: string | undefined) => {
    const key = `${style ?? ""}|${format ?? ""}`;
    let xf = xfs.get(key);
    if (xf === undefined) xfs.set(key, (xf = style || format ? styles.xfFor(style ? lookOf([style]) : {}, format) : 0));
    return xf;
  };

  const cells: WorksheetCell[] = [];
  rows.forEach((cellsOfRow, row) =>
    cellsOfRow.forEach((cell, col) => {
      if (!cell) return;
      cells.push({ row, col, value: cell.value, formula: cell.formula, result: cell.value, style: xfOf(emphasis.get(a1(row, col)), cell.format) });
    }),
  );
  for (const [address, style] of emphasis) {
    const { row, col } = parseA1(address);
    if (!rows[row]?.[col]) cells.push({ row, col, style: xfOf(style, undefined) });
  }

  const lastRow = p.projectRows + (options.blankProjectRows ?? 0);
  for (let i = p.projectRows; i < lastRow; i++) {
    p.projectColumns.forEach((key, c) => {
      const spec = PROJECT_COLUMNS.find((s) => s.key === key)!;
      const format = spec.kind === "amount" ? NUMBER_FORMATS.amount : spec.kind === "count" ? NUMBER_FORMATS.count : undefined;
      if (format) cells.push({ row: p.projectHeaderRow + 1 + i, col: c, style: xfOf(undefined, format) });
    });
  }

  const widths: Record<number, number> = {};
  const widen = (specs: readonly ColumnSpec<string>[], keys: readonly string[]) =>
    keys.forEach((k, c) => (widths[c + 1] = Math.max(widths[c + 1] ?? 10, specs.find((s) => s.key === k)!.width)));
  widen(FUNDING_COLUMNS, p.fundingColumns);
  widen(PROJECT_COLUMNS, p.projectColumns);

  const listValidations: { sqref: string; list: readonly string[] }[] = [];
  const sourceCol = p.fundingColumns.indexOf("source");
  if (sourceCol >= 0) {
    const first = p.fundingHeaderRow + 2;
    listValidations.push({
      sqref: `${columnLetter(sourceCol)}${first}:${columnLetter(sourceCol)}${first + Math.max(p.fundingRows, 3) - 1}`,
      list: FUNDING_SOURCES,
    });
  }
  for (const spec of PROJECT_COLUMNS) {
    const c = p.projectColumns.indexOf(spec.key);
    if (spec.kind !== "list" || !spec.list || c < 0 || lastRow === 0) continue;
    const first = p.projectHeaderRow + 2;
    listValidations.push({ sqref: `${columnLetter(c)}${first}:${columnLetter(c)}${first + lastRow - 1}`, list: spec.list });
  }

  return {
    cells,
    merges: [],
    columnWidths: widths,
    rowHeights: { [p.fundingHeaderRow + 1]: HEADER_ROW_HEIGHT, [p.projectHeaderRow + 1]: HEADER_ROW_HEIGHT },
    hiddenRows: [],
    frozen: { rows: p.fundingTitleRow, columns: 0 },
    links: [],
    listValidations,
  };
}
