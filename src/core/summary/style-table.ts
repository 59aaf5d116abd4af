import { StyleName } from "./plan-types";

/**
 * The look of the plan's semantic styles, once for every writer: the package writer turns a look into
 * styles.xml records (src/adapters/xlsx/package-writer/styles-part.ts), the Office adapter into range
 * formats (src/adapters/office/write-plan.ts). Colours are RRGGBB hex, sizes in points.
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
