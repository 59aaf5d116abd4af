import type { SheetPositions } from "../standard/compose";
import { NUMBER_FORMATS } from "../standard/layout";
import { a1 } from "../workbook/snapshot";
import { StyleName } from "./plan-types";

/**
 * The look of the plan's semantic styles, once for every writer: the package writer turns a look into
 * styles.xml records (src/adapters/xlsx/package-writer/styles-part.ts), the Office adapter into range
 * formats (src/adapters/office/format.ts). Colours are RRGGBB hex, sizes in points. The number formats of KC's tabs and
 * the styles of the province sheet KC writes (both writers of it) are here too.
 */
export interface CellLook {
  font?: { bold?: boolean; italic?: boolean; underline?: boolean; size?: number; color?: string };
  /** A solid fill colour. */
  fill?: string;
  /** Thin borders on every edge. */
  border?: boolean;
  alignment?: { horizontal?: "center" | "right"; vertical?: "top" | "center"; wrap?: boolean };
}

export const HEADER_FILL = "DDEBF7";
const TOTAL_FILL = "F2F2F2";
const LINK_COLOR = "0563C1";
const MARKER_COLOR = "808080";

export const STYLE_LOOKS: Readonly<Record<StyleName, CellLook>> = {
  title: { font: { bold: true, size: 13 } },
  subtitle: { font: { italic: true } },
  header: { font: { bold: true }, fill: HEADER_FILL, border: true, alignment: { horizontal: "center", vertical: "center", wrap: true } },
  body: { border: true, alignment: { vertical: "top" } },
  total: { font: { bold: true }, fill: TOTAL_FILL, border: true },
  marker: { font: { size: 8, color: MARKER_COLOR } },
  link: { font: { underline: true, color: LINK_COLOR } },
  paragraph: { alignment: { wrap: true, vertical: "top" } },
  bold: { font: { bold: true } },
  wrap: { alignment: { wrap: true } },
  center: { alignment: { horizontal: "center" } },
  right: { alignment: { horizontal: "right" } },
};

/** The look of a cell carrying several styles: each style's settings in order, a later one winning a conflict. */
export function lookOf(styles: readonly StyleName[]): CellLook {
  const look: CellLook = {};
  for (const style of styles) {
    const part = STYLE_LOOKS[style];
    if (part.font) look.font = { ...look.font, ...part.font };
    if (part.fill) look.fill = part.fill;
    if (part.border) look.border = true;
    if (part.alignment) look.alignment = { ...look.alignment, ...part.alignment };
  }
  return look;
}

/** Number formats of KC's tabs: the standard's for amounts and percentages (the reader takes precision from them), counts with thousands. */
export const TAB_NUMBER_FORMATS = { amount: NUMBER_FORMATS.amount, percent: NUMBER_FORMATS.percent, count: "#,##0" } as const;

/** The styles of a province sheet of the standard, by A1 address: title, bold labels and titles, the tables' header rows. */
export function provinceSheetStyles(p: SheetPositions): Map<string, StyleName> {
  const styles = new Map<string, StyleName>();
  styles.set(a1(p.titleRow, 0), "title");
  for (const key of Object.values(p.header)) styles.set(a1(key.labelRow, key.labelCol), "bold");
  styles.set(a1(p.fundingTitleRow, 0), "bold");
  styles.set(a1(p.projectTitleRow, 0), "bold");
  for (let c = 0; c < p.fundingColumns.length; c++) styles.set(a1(p.fundingHeaderRow, c), "header");
  for (let c = 0; c < p.projectColumns.length; c++) styles.set(a1(p.projectHeaderRow, c), "header");
  return styles;
}
