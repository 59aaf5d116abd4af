import { bilingual, Bilingual, Lang } from "../core/message";
import {
  CorrectionBook,
  CorrectionKind,
  correctionRows,
  isCorrectionsSheet,
  isKcCorrectionsSheet,
  readCorrections,
  SheetCorrection,
  CORRECTIONS_SHEET,
} from "../core/reading/corrections";
import { rowList } from "../core/reading/explain";
import { correctionLine, correctionsSheetRows, correctionsSheetRowsWithout, newCorrection } from "../core/reading/new-correction";
import { readSheet } from "../core/reading/read-sheet";
import { confidenceText, evidenceText, fundName, periodName, ROW_NAMES, roleName, STATUS_NAMES, TABLE_NAMES, unitText } from "../core/reading/role-names";
import type { Confidence, Evidence, Fact, ReadingStatus, ReadTable, SheetReading } from "../core/reading/types";
import { labelKey } from "../core/standard/labels";
import { RULES_SHEET_NAME } from "../core/standard/layout";
import { isGeneratedSheet } from "../core/summary/tab-names";
import { a1, CellValue, columnLetter, SheetSnapshot, WorkbookSnapshot } from "../core/workbook/snapshot";

/**
 * The reading view (task pane and web page): how KC read each sheet of the open workbook, in words an
 * officer reads, and the corrections the officer makes from it, as the rows of the workbook's KC_CachDoc
 * sheet that the host then writes (Excel: one batch in the open workbook; the web page: the package writer
 * `kc correct` uses). Loaded with the view, out of the pane's start-up.
 */

/** One sheet as KC read it, with the officer's corrections kept for it. */
export interface SheetEntry {
  sheet: SheetSnapshot;
  /** The reading with the workbook's corrections applied: what the checks see. */
  reading: SheetReading;
  /** This sheet's rows of KC_CachDoc. */
  corrections: SheetCorrection[];
}

export interface ReadingBook {
  entries: SheetEntry[];
  /** The workbook's KC_CachDoc sheet, when it has one. */
  correctionsSheet?: SheetSnapshot;
  book?: CorrectionBook;
  fileName?: string;
}

/** Every sheet that may be a report (not KC's own summary tabs, rules or corrections), read with its corrections. */
export function readingBook(snapshot: WorkbookSnapshot, fileName?: string): ReadingBook {
  const correctionsSheet = snapshot.sheets.find(isCorrectionsSheet);
  const book = correctionsSheet ? readCorrections(correctionsSheet) : undefined;
  const entries = snapshot.sheets
    .filter((s) => !isCorrectionsSheet(s) && !isGeneratedSheet(s) && labelKey(s.name) !== labelKey(RULES_SHEET_NAME))
    .map((sheet) => {
      const corrections = book?.bySheet.get(sheet.name) ?? [];
      return { sheet, corrections, reading: readSheet(sheet, { fileName, corrections }) };
    });
  return { entries, correctionsSheet, book, fileName };
}

/**
 * The sheet to show first: one with a correction that no longer fits, else the first read in part, else
 * the first read, else the first (sheets that are no report are the least likely to need a look).
 */
export function firstSheetToShow(book: ReadingBook): string | undefined {
  const stale = book.entries.find((e) => e.reading.corrections.stale.length > 0 || book.book?.problems.some((p) => p.sheet === e.sheet.name));
  if (stale) return stale.sheet.name;
  const order: ReadingStatus[] = ["partial", "read", "not-report"];
  for (const status of order) {
    const found = book.entries.find((e) => e.reading.status === status);
    if (found) return found.sheet.name;
  }
  return undefined;
}

export const statusName = (status: ReadingStatus, lang: Lang) => STATUS_NAMES[status][lang];

/** A title-block fact the officer can correct. */
export type FactField = "province" | "year" | "period" | "fund" | "unit";

export interface FactLine {
  field: FactField;
  /** How KC reads it, "" when it could not. */
  value: string;
  /** On what evidence ("tiêu đề A2 "… NĂM 2023""), "" when unread. */
  evidence: string;
  confidence?: Confidence;
  /** How sure, in words: "", " (có lẽ)", " (giả định)". */
  sure: string;
  corrected: boolean;
  /** A name KC met but could not place (a short province name). */
  doubt?: string;
}

/** The facts of the title block, each with its evidence and how sure KC is (the unit: the sheet's, else its first money table's). */
export function factLines(reading: SheetReading, lang: Lang): FactLine[] {
  const f = reading.facts;
  const money = reading.tables.find((t) => t.unit && t.columns.some((c) => c.role.kind === "amount"));
  const line = <T>(field: FactField, fact: Fact<T> | undefined, show: (v: T) => string): FactLine => ({
    field,
    value: fact ? show(fact.value) : "",
    evidence: fact ? evidenceText(fact.evidence, lang) : "",
    confidence: fact?.confidence,
    sure: fact ? confidenceText(fact.confidence, lang).trim() : "",
    corrected: fact?.evidence.kind === "correction",
  });
  const lines = [
    line("province", f.province, (v) => v),
    line("year", f.year, (v) => String(v)),
    line("period", f.months, (v) => periodName({ months: v })[lang]),
    line("fund", f.fund, (v) => fundName(v)[lang]),
    line("unit", f.unit ?? money?.unit, (v) => unitText(v, lang)),
  ];
  if (f.provinceDoubt) lines[0].doubt = f.provinceDoubt.text;
  return lines;
}

export interface ColumnLine {
  col: number;
  letter: string;
  headerCell: string;
  /** The header path as written, parents first ("Năm 2023 › KCQG › KH"). */
  header: string;
  role: string;
  evidence: string;
  sure: string;
  corrected: boolean;
  /** A header KC did not understand: its cells are not read. */
  unknown: boolean;
}

export interface RowLine {
  /** 1-based sheet row. */
  row: number;
  /** The row's label cell: where a section's fund correction points. */
  cell: string;
  label: string;
  kind: string;
  fund?: string;
  fundCorrected: boolean;
  /** A total's parts, "5–11, 14". */
  adds?: string;
}

export interface TableOutline {
  index: number;
  /** "A5:H20". */
  range: string;
  topLeft: string;
  kind: string;
  unit?: string;
  items: number;
  columns: ColumnLine[];
  /** Section rows (headings and section totals): their fund can be corrected. */
  sections: RowLine[];
  totals: RowLine[];
  /** Rows that are part of another ("trong đó") and column-number rows. */
  others: RowLine[];
  /** Columns holding figures KC could not place ("F, H"). */
  unread: string;
}

const evidenceOf = (e: Evidence, lang: Lang) => evidenceText(e, lang);

/** A table as the view outlines it: its range, columns with their roles, sections and totals. */
export function tableOutline(table: ReadTable, index: number, lang: Lang): TableOutline {
  const labelCol = table.columns.find((c) => c.role.kind === "label")?.col ?? table.left;
  const rowLine = (r: ReadTable["rows"][number]): RowLine => ({
    row: r.row + 1,
    cell: a1(r.row, labelCol),
    label: r.label,
    kind: ROW_NAMES[r.kind][lang],
    fund: r.fund && r.kind !== "total" ? fundName(r.fund.value)[lang] : undefined,
    fundCorrected: r.fund?.evidence.kind === "correction",
    adds: r.parts && r.parts.length > 0 ? rowList(r.parts) : undefined,
  });
  return {
    index,
    range: `${a1(table.top, table.left)}:${a1(table.bottom, table.right)}`,
    topLeft: a1(table.top, table.left),
    kind: TABLE_NAMES[table.kind][lang],
    unit: table.unit ? `${unitText(table.unit.value, lang)}${confidenceText(table.unit.confidence, lang)}` : undefined,
    items: table.rows.filter((r) => r.kind === "data").length,
    columns: table.columns.map((c) => ({
      col: c.col,
      letter: columnLetter(c.col),
      headerCell: c.headerCell,
      header: c.header.join(" › "),
      role: roleName(c.role)[lang] + (c.unit ? `, ${unitText(c.unit.value, lang)}` : ""),
      evidence: evidenceOf(c.evidence, lang),
      sure: confidenceText(c.confidence, lang).trim(),
      corrected: c.evidence.kind === "correction",
      unknown: c.role.kind === "unknown",
    })),
    sections: table.rows.filter((r) => r.kind === "section" || r.kind === "subtotal").map(rowLine),
    totals: table.rows.filter((r) => r.kind === "total").map(rowLine),
    others: table.rows.filter((r) => r.kind === "ofWhich" || r.kind === "columnNumbers").map(rowLine),
    unread: table.unreadColumns.map(columnLetter).join(", "),
  };
}

export type CorrectionState = "applied" | "stale" | "waiting";

export interface CorrectionLine {
  /** 0-based row of KC_CachDoc. */
  row: number;
  text: string;
  state: CorrectionState;
  /** Why a correction no longer fits (or cannot be understood). */
  reason?: string;
}

/**
 * The corrections kept for a sheet: applied, no longer fitting (read/correction-stale, with why), or
 * waiting (the sheet is marked as no report, so its other corrections are not used); and the rows of
 * KC_CachDoc naming the sheet that KC cannot understand.
 */
export function correctionLines(entry: SheetEntry, book: ReadingBook, lang: Lang): CorrectionLine[] {
  const { applied, stale } = entry.reading.corrections;
  const lines: CorrectionLine[] = entry.corrections.map((c) => {
    const gone = stale.find((s) => s.row === c.row);
    const state: CorrectionState = gone ? "stale" : applied.includes(c.row) ? "applied" : "waiting";
    return { row: c.row, text: correctionLine(c)[lang].slice(c.sheet.length + 2), state, reason: gone?.reason[lang] };
  });
  for (const p of book.book?.problems ?? []) {
    if (p.sheet !== entry.sheet.name) continue;
    lines.push({ row: p.row, text: [p.what, p.where].filter((s) => s !== "").join(" "), state: "stale", reason: p.reason[lang] });
  }
  return lines.sort((a, b) => a.row - b.row);
}

/** The rows the host writes as KC_CachDoc, and the line saying what changed; or why it cannot be written. */
export type CorrectionWrite = { ok: true; rows: CellValue[][]; said: Bilingual } | { ok: false; reason: Bilingual };

/** KC never rewrites a KC_CachDoc the officer wrote by hand: the row to add is said instead. */
function handWritten(book: ReadingBook, row: CellValue[] | undefined): CorrectionWrite | undefined {
  const existing = book.correctionsSheet;
  if (!existing || isKcCorrectionsSheet(existing)) return undefined;
  const cells = (row ?? []).map((v) => String(v ?? "")).join(" | ");
  return {
    ok: false,
    reason: row
      ? bilingual(
          `Sheet ${existing.name} do người dùng tự lập, KC không ghi đè; hãy thêm dòng: ${cells}`,
          `The ${existing.name} sheet was written by hand and KC does not overwrite it; add the row: ${cells}`,
        )
      : bilingual(
          `Sheet ${existing.name} do người dùng tự lập, KC không ghi đè; hãy xoá dòng đó trong sheet.`,
          `The ${existing.name} sheet was written by hand and KC does not overwrite it; delete that row in the sheet.`,
        ),
  };
}

/**
 * A correction of a sheet's reading, checked against the sheet as it reads without corrections (as
 * `kc correct` checks it), with what its place says now recorded: the rows of KC_CachDoc with it added (or
 * replacing the correction of the same place).
 */
export function addCorrection(book: ReadingBook, sheetName: string, kind: CorrectionKind, where: string, value: string, lang: Lang): CorrectionWrite {
  const entry = book.entries.find((e) => e.sheet.name === sheetName);
  if (!entry) return { ok: false, reason: bilingual(`Không có sheet "${sheetName}".`, `No sheet is named "${sheetName}".`) };
  const made = newCorrection(readSheet(entry.sheet, { fileName: book.fileName }), kind, where, value);
  if (!made.ok) return made;
  const refused = handWritten(book, correctionRows([made.correction], lang)[2].slice(0, 5));
  if (refused) return refused;
  const line = correctionLine(made.correction);
  return {
    ok: true,
    rows: correctionsSheetRows(book.correctionsSheet, made.correction, lang),
    said: bilingual(`Đã ghi vào ${CORRECTIONS_SHEET}: ${line.vi}`, `Recorded in ${CORRECTIONS_SHEET}: ${line.en}`),
  };
}

/** The rows of KC_CachDoc without the correction at `row` (0-based). */
export function removeCorrection(book: ReadingBook, row: number): CorrectionWrite {
  const existing = book.correctionsSheet;
  if (!existing) return { ok: false, reason: bilingual(`Sổ không có sheet ${CORRECTIONS_SHEET}.`, `The workbook has no ${CORRECTIONS_SHEET} sheet.`) };
  const refused = handWritten(book, undefined);
  if (refused) return refused;
  return {
    ok: true,
    rows: correctionsSheetRowsWithout(existing, row),
    said: bilingual(`Đã bỏ dòng ${row + 1} của ${CORRECTIONS_SHEET}.`, `Row ${row + 1} of ${CORRECTIONS_SHEET} removed.`),
  };
}

/**
 * The roles the officer picks for a column, each as the header KC would read it that way (a correction's
 * "Đọc là" is the header the column should have had, in KC's vocabulary). Amounts may name a fund.
 */
export const ROLE_CHOICES = [
  { id: "plan", header: "Kế hoạch", fundable: true, label: { vi: "kế hoạch", en: "plan" } },
  { id: "actual", header: "Thực hiện", fundable: true, label: { vi: "thực hiện", en: "actual" } },
  { id: "cost", header: "Tổng kinh phí", fundable: false, label: { vi: "tổng kinh phí", en: "total cost" } },
  { id: "support", header: "Kinh phí hỗ trợ", fundable: true, label: { vi: "kinh phí khuyến công hỗ trợ", en: "support" } },
  { id: "counterpart", header: "Vốn đối ứng", fundable: false, label: { vi: "vốn đối ứng", en: "counterpart funds" } },
  { id: "completion", header: "Tỷ lệ %", fundable: true, label: { vi: "tỷ lệ đạt (% kế hoạch)", en: "completion (% of plan)" } },
  { id: "beneficiaries", header: "Số cơ sở thụ hưởng", fundable: false, label: { vi: "số cơ sở thụ hưởng", en: "number of beneficiaries" } },
  { id: "label", header: "Tên đề án", fundable: false, label: { vi: "tên đề án, nhãn dòng", en: "project name, row label" } },
  { id: "activity", header: "Nội dung khuyến công", fundable: false, label: { vi: "nội dung khuyến công", en: "activity" } },
  { id: "fund", header: "Nguồn vốn", fundable: false, label: { vi: "nguồn kinh phí từng dòng", en: "per-row fund" } },
  { id: "no", header: "STT", fundable: false, label: { vi: "số thứ tự", en: "row number" } },
  { id: "note", header: "Ghi chú", fundable: false, label: { vi: "ghi chú (không phải số liệu)", en: "notes (not figures)" } },
  { id: "ignore", header: "Bỏ qua", fundable: false, label: { vi: "bỏ qua, không đọc", en: "ignore, do not read" } },
] as const;

export type RoleChoice = (typeof ROLE_CHOICES)[number]["id"];
export type FundChoice = "" | "KCQG" | "KCĐP";

/** "KCĐP › Thực hiện": the header a column is corrected to. */
export function roleHeader(choice: RoleChoice, fund: FundChoice = ""): string {
  const found = ROLE_CHOICES.find((c) => c.id === choice)!;
  return found.fundable && fund ? `${fund} › ${found.header}` : found.header;
}
