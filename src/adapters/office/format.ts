import { HEADER_FILL } from "../../core/summary/style-table";

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const;

export function thinBorders(range: Excel.Range): void {
  EDGES.forEach((edge) => void (range.format.borders.getItem(edge).style = "Continuous"));
}

/** A table header row: bold, wrapped, centred, shaded, bordered. */
export function styleHeader(range: Excel.Range): void {
  const format = range.format;
  format.font.bold = true;
  format.wrapText = true;
  format.horizontalAlignment = "Center";
  format.verticalAlignment = "Center";
  format.fill.color = `#${HEADER_FILL}`;
  thinBorders(range);
}

/** Column width in characters of the default font → Office's points (7 px a character + 5 px padding). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
