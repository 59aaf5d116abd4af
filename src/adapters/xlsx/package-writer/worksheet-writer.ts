import type { PlanValue } from "../../../core/summary/plan-types";
import { a1, CellError, columnLetter, isCellError } from "../../../core/workbook/snapshot";
import { formulaContent, ooxmlTextContent, textElement } from "./ooxml-text";
import { OoxmlNamespaces, TRANSITIONAL } from "./namespaces";
import { XML_DECLARATION } from "./relationships";
import { escapeAttribute } from "./xml-spans";

export interface WorksheetCell {
  /** 0-based. */
  row: number;
  col: number;
  /** A constant; ignored when `formula` is set. */
  value?: PlanValue | CellError;
  /** A formula without "=", in the stored language. */
  formula?: string;
  /** The formula's cached result. */
  result?: PlanValue | CellError;
  /** Index into the workbook's cellXfs (0: the default). */
  style: number;
}

/** Everything of a sheet KC writes, with styles already resolved to cellXfs indices. */
export interface WorksheetContent {
  cells: WorksheetCell[];
  /** "A2:N2". */
  merges: readonly string[];
  /** Width in characters, by 1-based column. */
  columnWidths: Readonly<Record<number, number>>;
  /** Height in points, by 1-based row. */
  rowHeights: Readonly<Record<number, number>>;
  /** 1-based rows. */
  hiddenRows: readonly number[];
  frozen: { rows: number; columns: number };
  /** Internal hyperlinks: a cell that goes to a place in the workbook ("'Cà Mau'!B3"). */
  links: readonly { address: string; location: string; display?: string }[];
  /** Lists a cell's value is chosen from (data validation), by range. */
  listValidations?: readonly { sqref: string; list: readonly string[] }[];
  /** The relationship id of the sheet's drawing part, when it has charts. */
  drawingRelId?: string;
}

/** A number as xsd:double text: -0 keeps its sign; JavaScript's exponent form is valid ("1E+21", "5E-324"). */
function numberText(n: number): string {
  if (Object.is(n, -0)) return "-0";
  return String(n).replace("e", "E");
}

/** The `t` attribute and `<v>` of a value (constant or cached result). */
function typedValue(v: PlanValue | CellError | undefined): { t: string; v?: string } {
  if (v === undefined || v === null) return { t: "" };
  if (typeof v === "number") return Number.isFinite(v) ? { t: "", v: numberText(v) } : { t: "e", v: "#NUM!" };
  if (typeof v === "boolean") return { t: "b", v: v ? "1" : "0" };
  if (typeof v === "string") return { t: "str", v: ooxmlTextContent(v) };
  return isCellError(v) ? { t: "e", v: ooxmlTextContent(v.error) } : { t: "" };
}

function cellXml(cell: WorksheetCell): string {
  const ref = a1(cell.row, cell.col);
  const s = cell.style ? ` s="${cell.style}"` : "";
  if (cell.formula !== undefined) {
    const { t, v } = typedValue(cell.result);
    return `<c r="${ref}"${s}${t ? ` t="${t}"` : ""}><f>${formulaContent(cell.formula)}</f>${v !== undefined ? `<v>${v}</v>` : ""}</c>`;
  }
  const value = cell.value;
  if (typeof value === "string") return `<c r="${ref}"${s} t="inlineStr"><is>${textElement(value)}</is></c>`;
  const { t, v } = typedValue(value);
  if (v === undefined) return `<c r="${ref}"${s}/>`;
  return `<c r="${ref}"${s}${t ? ` t="${t}"` : ""}><v>${v}</v></c>`;
}

/** The frozen pane of a sheet view: rows on top, columns on the left. */
function sheetViewXml(frozen: WorksheetContent["frozen"]): string {
  const { rows, columns } = frozen;
  if (rows <= 0 && columns <= 0) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const pane = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  const topLeft = a1(rows, columns);
  return (
    `<sheetViews><sheetView workbookViewId="0"><pane${columns > 0 ? ` xSplit="${columns}"` : ""}${rows > 0 ? ` ySplit="${rows}"` : ""} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`
  );
}

/**
 * A worksheet part (CT_Worksheet, elements in schema order) holding exactly `content`: rows in order,
 * cells in order within a row, texts as inline strings (the workbook's shared strings part stays as it
 * was), formulas with their cached results.
 */
export function worksheetXml(content: WorksheetContent, ns: OoxmlNamespaces = TRANSITIONAL): string {
  const byRow = new Map<number, Map<number, WorksheetCell>>();
  for (const cell of content.cells) {
    let row = byRow.get(cell.row);
    if (!row) byRow.set(cell.row, (row = new Map()));
    row.set(cell.col, cell); // a later cell at the same address wins
  }
  const hidden = new Set(content.hiddenRows);
  const rowNumbers = new Set<number>([...byRow.keys()].map((r) => r + 1));
  for (const r of Object.keys(content.rowHeights)) rowNumbers.add(Number(r));
  for (const r of hidden) rowNumbers.add(r);
  const rows = [...rowNumbers].sort((a, b) => a - b);

  let maxRow = 0;
  let maxCol = 0;
  const rowXml = rows.map((r) => {
    const cells = [...(byRow.get(r - 1)?.values() ?? [])].sort((a, b) => a.col - b.col);
    maxRow = Math.max(maxRow, r - 1);
    for (const c of cells) maxCol = Math.max(maxCol, c.col);
    const height = content.rowHeights[r];
    const attrs = `${height !== undefined ? ` ht="${height}" customHeight="1"` : ""}${hidden.has(r) ? ' hidden="1"' : ""}`;
    return cells.length === 0 ? `<row r="${r}"${attrs}/>` : `<row r="${r}"${attrs}>${cells.map(cellXml).join("")}</row>`;
  });

  const widths = Object.entries(content.columnWidths)
    .map(([c, w]) => [Number(c), w] as const)
    .sort((a, b) => a[0] - b[0]);
  const cols = widths.length ? `<cols>${widths.map(([c, w]) => `<col min="${c}" max="${c}" width="${w}" customWidth="1"/>`).join("")}</cols>` : "";
  const merges = content.merges.length
    ? `<mergeCells count="${content.merges.length}">${content.merges.map((m) => `<mergeCell ref="${escapeAttribute(m)}"/>`).join("")}</mergeCells>`
    : "";
  const validations = content.listValidations?.length
    ? `<dataValidations count="${content.listValidations.length}">${content.listValidations
        .map(
          (v) =>
            `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${escapeAttribute(v.sqref)}"><formula1>${formulaContent(`"${v.list.join(",")}"`)}</formula1></dataValidation>`,
        )
        .join("")}</dataValidations>`
    : "";
  const links = content.links.length
    ? `<hyperlinks>${content.links
        .map(
          (l) =>
            `<hyperlink ref="${l.address}" location="${escapeAttribute(l.location)}"${l.display !== undefined ? ` display="${escapeAttribute(l.display)}"` : ""}/>`,
        )
        .join("")}</hyperlinks>`
    : "";
  const dimension = `${a1(0, 0)}:${columnLetter(maxCol)}${maxRow + 1}`;
  return (
    `${XML_DECLARATION}<worksheet xmlns="${ns.main}" xmlns:r="${ns.relationships}"><dimension ref="${dimension}"/>${sheetViewXml(content.frozen)}` +
    `<sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>${rowXml.join("")}</sheetData>${merges}${validations}${links}` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `${content.drawingRelId ? `<drawing r:id="${content.drawingRelId}"/>` : ""}</worksheet>`
  );
}
