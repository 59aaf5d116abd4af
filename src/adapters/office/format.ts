import { CellLook } from "../../core/summary/style-table";

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const;

export function thinBorders(range: Excel.Range): void {
  EDGES.forEach((edge) => void (range.format.borders.getItem(edge).style = "Continuous"));
}

/** A look of the shared style table (core/summary/style-table.ts) as Office range formats. */
export function applyLook(range: Excel.Range, look: CellLook): void {
  const format = range.format;
  if (look.font?.bold) format.font.bold = true;
  if (look.font?.italic) format.font.italic = true;
  if (look.font?.underline) format.font.underline = "Single";
  if (look.font?.size) format.font.size = look.font.size;
  if (look.font?.color) format.font.color = `#${look.font.color}`;
  if (look.fill) format.fill.color = `#${look.fill}`;
  if (look.border) thinBorders(range);
  const align = look.alignment;
  if (align?.horizontal) format.horizontalAlignment = align.horizontal === "center" ? "Center" : "Right";
  if (align?.vertical) format.verticalAlignment = align.vertical === "center" ? "Center" : "Top";
  if (align?.wrap) format.wrapText = true;
}

/** Column width in characters of the default font → Office's points (7 px a character + 5 px padding). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
