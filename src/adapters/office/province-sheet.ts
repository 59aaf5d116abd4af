import { composeBlankProvinceSheet, ComposedSheet } from "../../core/standard/compose";
import { ColumnSpec, FUNDING_COLUMNS, FUNDING_SOURCES, NUMBER_FORMATS, PROJECT_COLUMNS, UNITS } from "../../core/standard/layout";
import { a1, Cell, columnLetter, isCellError, parseA1 } from "../../core/workbook/snapshot";
import type { NewProvinceSheet } from "../../app/port";
import { freeSheetName } from "../../core/workbook/sheet-names";
import { StyleName } from "../../core/summary/plan-types";
import { provinceSheetStyles, STYLE_LOOKS } from "../../core/summary/style-table";
import { applyLook, charsToPoints } from "./format";

/**
 * Adds a blank province sheet of the standard (the layout core composes for the .xlsx template too):
 * header block, funding rows with total and completion formulas, the project table as an Excel table
 * whose source, activity and status columns offer drop-down lists, number formats, frozen header
 * block. The sheet gets a free name: an existing sheet is never touched. Two syncs.
 */
export async function createProvinceSheetIn(context: Excel.RequestContext, options: NewProvinceSheet): Promise<string> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const name = freeSheetName(
    options.province,
    worksheets.items.map((w) => w.name),
  );

  const unit = UNITS.find((u) => u.label === options.unit)?.unit;
  const composed = composeBlankProvinceSheet(options.province, options.year, options.period, unit);
  const ws = worksheets.add(name);
  writeComposed(ws, composed);
  styleSheet(ws, composed);
  ws.activate();
  ws.getRange(a1(composed.positions.header.province.valueRow, composed.positions.header.province.valueCol)).select();
  await context.sync();
  return name;
}

export function createOfficeProvinceSheet(options: NewProvinceSheet): Promise<string> {
  return Excel.run((context) => createProvinceSheetIn(context, options));
}

function writeComposed(ws: Excel.Worksheet, { rows }: ComposedSheet): void {
  const cols = Math.max(...rows.map((r) => r.length));
  const formats = rows.map((r) =>
    Array.from({ length: cols }, (_, c) => r[c]?.format ?? (typeof r[c]?.value === "string" && !r[c]?.formula ? "@" : "General")),
  );
  const formulas = rows.map((r) => Array.from({ length: cols }, (_, c) => inputOf(r[c])));
  const range = ws.getRange(`A1:${columnLetter(cols - 1)}${rows.length}`);
  range.numberFormat = formats;
  range.formulas = formulas;
}

function inputOf(cell: Cell | undefined): string | number | boolean {
  if (!cell) return "";
  if (cell.formula !== undefined) return `=${cell.formula}`;
  const v = cell.value;
  if (v === null || isCellError(v)) return "";
  return v;
}

/** The sheet's styles (the shared table's, as the package writer gives them), a run of one style along a row as one range. */
function applyStyles(ws: Excel.Worksheet, styles: ReadonlyMap<string, StyleName>): void {
  const cells = [...styles].map(([address, style]) => ({ ...parseA1(address), style })).sort((a, b) => a.row - b.row || a.col - b.col);
  for (let i = 0; i < cells.length;) {
    const first = cells[i];
    let j = i + 1;
    while (j < cells.length && cells[j].row === first.row && cells[j].style === first.style && cells[j].col === cells[j - 1].col + 1) j++;
    const last = cells[j - 1];
    applyLook(ws.getRange(`${a1(first.row, first.col)}:${a1(last.row, last.col)}`), STYLE_LOOKS[first.style]);
    i = j;
  }
}

function styleSheet(ws: Excel.Worksheet, { positions: p }: ComposedSheet): void {
  widths(ws, FUNDING_COLUMNS, p.fundingColumns, PROJECT_COLUMNS, p.projectColumns);
  ws.freezePanes.freezeRows(p.fundingTitleRow);

  // The project table: header plus one empty row (Excel tables need a data row); it grows as rows are typed.
  const last = columnLetter(p.projectColumns.length - 1);
  const table = ws.tables.add(`A${p.projectHeaderRow + 1}:${last}${p.projectHeaderRow + 2}`, true);
  table.style = "TableStyleLight9";
  applyStyles(ws, provinceSheetStyles(p));
  p.projectColumns.forEach((key, c) => {
    const spec = PROJECT_COLUMNS.find((s) => s.key === key)!;
    const body = table.columns.getItemAt(c).getDataBodyRange();
    if (spec.kind === "amount") body.numberFormat = [[NUMBER_FORMATS.amount]];
    if (spec.kind === "count") body.numberFormat = [[NUMBER_FORMATS.count]];
    if (spec.kind === "list" && spec.list) listValidation(body, spec.list);
  });

  const sourceCol = p.fundingColumns.indexOf("source");
  if (sourceCol >= 0) {
    const from = p.fundingHeaderRow + 1;
    listValidation(ws.getRange(`${a1(from, sourceCol)}:${a1(from + Math.max(p.fundingRows, 3) - 1, sourceCol)}`), FUNDING_SOURCES);
  }
}

function listValidation(range: Excel.Range, list: readonly string[]): void {
  range.dataValidation.rule = { list: { inCellDropDown: true, source: list.join(",") } };
}

function widths(ws: Excel.Worksheet, ...pairs: [readonly ColumnSpec<string>[], readonly string[], readonly ColumnSpec<string>[], readonly string[]]): void {
  const [fundingSpecs, fundingKeys, projectSpecs, projectKeys] = pairs;
  const chars = new Map<number, number>();
  const widen = (specs: readonly ColumnSpec<string>[], keys: readonly string[]) =>
    keys.forEach((k, c) => chars.set(c, Math.max(chars.get(c) ?? 10, specs.find((s) => s.key === k)!.width)));
  widen(fundingSpecs, fundingKeys);
  widen(projectSpecs, projectKeys);
  chars.forEach((w, c) => {
    const letter = columnLetter(c);
    ws.getRange(`${letter}:${letter}`).format.columnWidth = charsToPoints(w);
  });
}
