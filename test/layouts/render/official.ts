import { CorpusSheet } from "../workbook/corpus-workbook";
import { text } from "./kit";

/**
 * The parts of official Vietnamese forms that surround a table (real-layouts.md §7 features 6–8, 25): the
 * two-column document header (issuer | quốc hiệu, number | place and date), the "PHỤ LỤC / Mẫu số / Biểu"
 * caption with its "(Kèm theo …)" line, the unit line. Each writes what it is given and returns the next
 * free row.
 */

export interface DocumentHeader {
  /** Issuer lines, top first ("UBND TỈNH QUẢNG NAM", "SỞ CÔNG THƯƠNG"). */
  issuer: readonly string[];
  /** Columns the issuer block spans ("A", "C"), and the quốc hiệu block ("E", "H"). */
  left: [string, string];
  right: [string, string];
  /** "Số: 125/KH-SCT" under the issuer, and "Quảng Nam, ngày 20 tháng 12 năm 2023" under the quốc hiệu. */
  number?: string;
  placeAndDate?: string;
}

export function documentHeader(sheet: CorpusSheet, row: number, h: DocumentHeader): number {
  h.issuer.forEach((line, i) =>
    text(sheet, `${h.left[0]}${row + i}:${h.left[1]}${row + i}`, line, { bold: i > 0 || h.issuer.length === 1, align: "center", wrap: true }),
  );
  text(sheet, `${h.right[0]}${row}:${h.right[1]}${row}`, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, align: "center" });
  text(sheet, `${h.right[0]}${row + 1}:${h.right[1]}${row + 1}`, "Độc lập - Tự do - Hạnh phúc", { bold: true, align: "center" });
  let next = row + Math.max(h.issuer.length, 2);
  if (h.number || h.placeAndDate) {
    if (h.number) text(sheet, `${h.left[0]}${next}:${h.left[1]}${next}`, h.number, { align: "center" });
    if (h.placeAndDate) text(sheet, `${h.right[0]}${next}:${h.right[1]}${next}`, h.placeAndDate, { italic: true, align: "center" });
    next++;
  }
  return next + 1;
}

/** A centred line over the table's width (caption, title, "(Kèm theo …)"). */
export function centredLine(
  sheet: CorpusSheet,
  row: number,
  from: string,
  to: string,
  value: string,
  style: { bold?: boolean; italic?: boolean; size?: number } = {},
): number {
  text(sheet, `${from}${row}:${to}${row}`, value, { align: "center", wrap: true, ...style });
  return row + 1;
}

/** "ĐVT: triệu đồng" on its own line, right-aligned over the last columns. */
export function unitLine(sheet: CorpusSheet, row: number, from: string, to: string, value: string): number {
  text(sheet, from === to ? `${from}${row}` : `${from}${row}:${to}${row}`, value, { italic: true, align: "right" });
  return row + 1;
}
