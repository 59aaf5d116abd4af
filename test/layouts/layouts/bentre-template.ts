import { ColumnKey } from "../key";
import { Fund } from "../model/figures";
import { header, TableKeyBuilder, text, title } from "../render/kit";
import { CorpusSheet } from "../workbook/corpus-workbook";

/**
 * The frame Bến Tre's reporting-system templates share (real-layouts.md §2.1, §2.2): a title merged over
 * A1:E1, a header band over rows 3–5 (TT, Chỉ tiêu and Đơn vị tính merged down, a period parent over a
 * pair of fund columns), a legend below the table. The two templates put the funds in opposite orders.
 */
export interface BentreFrame {
  title: string;
  /** Merge A2:E2 (L6 has an empty merged subtitle row, L7 leaves row 2 alone). */
  mergedSubtitle: boolean;
  /** The period parent over the fund pair: "Năm báo cáo" in the template, "Năm Báo Cáo: 2023" once exported. */
  periodHeader: string;
  /** Column D's fund, then column E's. */
  fundOrder: [Fund, Fund];
  /** What the fund columns hold. */
  role: (fund: Fund) => ColumnKey;
}

export function writeBentreFrame(sheet: CorpusSheet, frame: BentreFrame): TableKeyBuilder {
  title(sheet, "A1:E1", frame.title);
  if (frame.mergedSubtitle) sheet.merge("A2:E2");
  header(sheet, "A3:A5", "TT");
  header(sheet, "B3:B5", "Chỉ tiêu");
  header(sheet, "C3:C5", "Đơn vị tính");
  header(sheet, "D3:E3", frame.periodHeader);
  header(sheet, "D4:D5", frame.fundOrder[0] === "KCQG" ? "KCQG" : "KCĐP");
  header(sheet, "E4:E5", frame.fundOrder[1] === "KCQG" ? "KCQG" : "KCĐP");
  sheet.width("A", 6);
  sheet.width("B", 62);
  sheet.width("C", 14);
  sheet.width("D", 14);
  sheet.width("E", 14);
  return new TableKeyBuilder([3, 4, 5], "A", "E")
    .column("A", { kind: "no" })
    .column("B", { kind: "label" })
    .column("C", { kind: "unit" })
    .column("D", frame.role(frame.fundOrder[0]))
    .column("E", frame.role(frame.fundOrder[1]));
}

/** The legend both templates end with, two rows below the table. */
export function writeBentreLegend(sheet: CorpusSheet, lastTableRow: number, merge = false): void {
  const row = lastTableRow + 2;
  text(sheet, merge ? `B${row}:D${row}` : `B${row}`, "Ghi chú:  - KCQG: Khuyến công quốc gia");
  sheet.set(`B${row + 1}`, "                - KCĐP: Khuyến công địa phương");
}
