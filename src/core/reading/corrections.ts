import { bilingual, Bilingual } from "../message";
import { MoneyUnit, parseUnit } from "../numbers/units";
import { labelKey } from "../standard/labels";
import { cellText } from "../standard/read-cell";
import { parsePeriod, parseYear } from "../standard/vocabulary";
import { foldCached } from "../text/fold";
import { CellValue, columnOfA1, SheetSnapshot } from "../workbook/snapshot";
import { fundOfText } from "./header-terms";
import { flatText } from "./sheet-text";
import { FundOf } from "./types";

/**
 * The officer's corrections of a reading, kept in the workbook itself so the CLI, the web page and Excel
 * all read and write them: a sheet named KC_CachDoc ("cách đọc", how to read), hidden when KC writes it,
 * read like any other sheet. One correction per row:
 *
 *   Sheet | Sửa gì | Ô | Đọc là | Ô đang ghi | Ghi chú
 *   Sheet1 | Vai trò cột | D4 | KCĐP › Thực hiện | Năm Báo Cáo: 2023 › KCQG |
 *   Phu luc | Nguồn kinh phí | B12 | KCQG | A. KINH PHÍ KHUYẾN CÔNG QUỐC GIA |
 *   BC KC DP | Đơn vị tính | | đồng | |
 *   Danh sach | Không phải báo cáo | | | |
 *
 * "Sửa gì" is one of: Vai trò cột (a column's role: "Đọc là" is the header it should have had, or "Bỏ qua"),
 * Nguồn kinh phí (of a section row, or of the sheet when no cell is given), Đơn vị tính (of the sheet, or of
 * the column whose header is given), Tỉnh, Năm, Kỳ báo cáo, Không phải báo cáo. "Ô đang ghi" is what the
 * cell said when the correction was made: when the cell says something else (columns moved, rows added),
 * the correction is not applied and a finding says so. English labels are accepted (Sheet, What, Cell,
 * Read as, Was, Note).
 */
export const CORRECTIONS_SHEET = "KC_CachDoc";
/** The text KC writes in A1 of a corrections sheet it writes (its row 1 hidden), as for its summary tabs. */
export const CORRECTIONS_MARKER = "KC:corrections:v1";

export type CorrectionKind = "column" | "fund" | "unit" | "province" | "year" | "period" | "not-report";

export interface SheetCorrection {
  /** 0-based row of the KC_CachDoc sheet. */
  row: number;
  sheet: string;
  kind: CorrectionKind;
  /** A cell ("D4") or a column ("D"); "" for the whole sheet. */
  where: string;
  value: string;
  /** What the cell said when the correction was made ("" when not recorded). */
  was: string;
}

export interface CorrectionProblem {
  row: number;
  sheet: string;
  what: string;
  where: string;
  reason: Bilingual;
}

export interface CorrectionBook {
  sheetName: string;
  bySheet: Map<string, SheetCorrection[]>;
  /** Rows that cannot be understood. */
  problems: CorrectionProblem[];
}

type Field = "sheet" | "what" | "where" | "value" | "was" | "note";

const FIELDS: Record<Field, string[]> = {
  sheet: ["Sheet", "Trang", "Tên sheet"],
  what: ["Sửa gì", "Loại", "What", "Correction"],
  where: ["Ô", "Vị trí", "Cell", "Where"],
  value: ["Đọc là", "Giá trị", "Read as", "Value"],
  was: ["Ô đang ghi", "Khi sửa ô ghi", "Was", "Fingerprint"],
  note: ["Ghi chú", "Note"],
};
const FIELD_INDEX = new Map<string, Field>();
for (const [field, labels] of Object.entries(FIELDS) as [Field, string[]][]) for (const l of labels) FIELD_INDEX.set(labelKey(l), field);

const KINDS: [RegExp, CorrectionKind][] = [
  [/^(vai tro cot|cot|vai tro|column|column role)$/, "column"],
  [/^(nguon kinh phi|nguon|nguon muc|fund|section fund)$/, "fund"],
  [/^(don vi tinh|don vi|dvt|unit)$/, "unit"],
  [/^(tinh|tinh thanh pho|province)$/, "province"],
  [/^(nam|nam bao cao|year)$/, "year"],
  [/^(ky|ky bao cao|period)$/, "period"],
  [/^(khong phai bao cao|khong doc|not a report|not report)$/, "not-report"],
];

/** The words of each kind as KC writes them. */
export const KIND_WORDS: Record<CorrectionKind, Bilingual> = {
  column: bilingual("Vai trò cột", "Column role"),
  fund: bilingual("Nguồn kinh phí", "Fund"),
  unit: bilingual("Đơn vị tính", "Unit"),
  province: bilingual("Tỉnh", "Province"),
  year: bilingual("Năm", "Year"),
  period: bilingual("Kỳ báo cáo", "Period"),
  "not-report": bilingual("Không phải báo cáo", "Not a report"),
};

/** The kind of correction a "Sửa gì" text names (Vietnamese or English, in any case, with or without diacritics). */
export function correctionKind(what: string): CorrectionKind | undefined {
  return KINDS.find(([re]) => re.test(foldCached(what)))?.[1];
}

/** Whether a corrections sheet is KC's own (its marker in A1): KC rewrites only such a sheet. */
export function isKcCorrectionsSheet(sheet: SheetSnapshot): boolean {
  return cellText(sheet.cell(0, 0)) === CORRECTIONS_MARKER;
}

export function isCorrectionsSheet(sheet: { name: string }): boolean {
  return labelKey(sheet.name) === labelKey(CORRECTIONS_SHEET);
}

/** Reads a KC_CachDoc sheet: its header row (in its first ten rows), then one correction per row. */
export function readCorrections(sheet: SheetSnapshot): CorrectionBook {
  const book: CorrectionBook = { sheetName: sheet.name, bySheet: new Map(), problems: [] };
  let header = -1;
  const columns: Partial<Record<Field, number>> = {};
  for (let r = 0; r < Math.min(sheet.rowCount, 10) && header < 0; r++) {
    const found: Partial<Record<Field, number>> = {};
    for (let c = 0; c < sheet.colCount; c++) {
      const field = FIELD_INDEX.get(labelKey(cellText(sheet.cell(r, c))));
      if (field && found[field] === undefined) found[field] = c;
    }
    if (found.sheet !== undefined && found.what !== undefined) {
      header = r;
      Object.assign(columns, found);
    }
  }
  if (header < 0) return book;
  const text = (r: number, f: Field) => (columns[f] === undefined ? "" : flatText(sheet.cell(r, columns[f]!)));
  for (let r = header + 1; r < sheet.rowCount; r++) {
    const target = text(r, "sheet");
    const what = text(r, "what");
    if (target === "" && what === "") continue;
    const where = text(r, "where").toUpperCase().replace(/\$/g, "");
    const kind = correctionKind(what);
    const problem = (vi: string, en: string) => book.problems.push({ row: r, sheet: target, what, where, reason: bilingual(vi, en) });
    if (!kind) {
      problem(
        `không hiểu "${what}" (Vai trò cột, Nguồn kinh phí, Đơn vị tính, Tỉnh, Năm, Kỳ báo cáo, Không phải báo cáo).`,
        `"${what}" is not a known correction (column role, fund, unit, province, year, period, not a report).`,
      );
      continue;
    }
    if (target === "") {
      problem("dòng không ghi tên sheet.", "the row names no sheet.");
      continue;
    }
    if (where !== "" && !/^[A-Z]{1,3}\d*$/.test(where)) {
      problem(`ô "${where}" không phải địa chỉ ô (D4) hay cột (D).`, `"${where}" is no cell (D4) or column (D).`);
      continue;
    }
    if ((kind === "column" || (kind === "fund" && where !== "")) && where === "") {
      problem("cần ghi ô tiêu đề của cột (ví dụ D4).", "the header cell of the column is needed (e.g. D4).");
      continue;
    }
    const list = book.bySheet.get(target) ?? [];
    list.push({ row: r, sheet: target, kind, where, value: text(r, "value"), was: text(r, "was") });
    book.bySheet.set(target, list);
  }
  return book;
}

/** The rows KC writes for corrections (header first), for a writer that adds or replaces the KC_CachDoc sheet. */
export function correctionRows(corrections: readonly Omit<SheetCorrection, "row">[], lang: "vi" | "en" = "vi"): CellValue[][] {
  const header = lang === "vi" ? ["Sheet", "Sửa gì", "Ô", "Đọc là", "Ô đang ghi", "Ghi chú"] : ["Sheet", "What", "Cell", "Read as", "Was", "Note"];
  return [[CORRECTIONS_MARKER], header, ...corrections.map((c) => [c.sheet, KIND_WORDS[c.kind][lang], c.where, c.value, c.was, null])];
}

/** Two texts compared as labels are (case, diacritics, spaces, punctuation, the arrow between parents and children). */
export function sameText(a: string, b: string): boolean {
  const key = (t: string) => foldCached(t.replace(/[›>»]/g, " "));
  return key(a) === key(b);
}

/** The 0-based column of a correction's cell or column ("D4", "D"). */
export function correctionColumn(where: string): number {
  return columnOfA1(where);
}

/** The 0-based row of a correction's cell ("D4" → 3); undefined for a whole column ("D"). */
export function correctionRow(where: string): number | undefined {
  const digits = /\d+$/.exec(where)?.[0];
  return digits === undefined ? undefined : Number(digits) - 1;
}

/** What a sheet-level correction sets, read from its value; a reason when the value cannot be read. */
export type SheetLevelValue =
  | { kind: "fund"; value: FundOf }
  | { kind: "unit"; value: MoneyUnit }
  | { kind: "province"; value: string }
  | { kind: "year"; value: number }
  | { kind: "period"; value: number }
  | { kind: "not-report" }
  | { kind: "invalid"; reason: Bilingual };

export function sheetLevelValue(c: SheetCorrection): SheetLevelValue {
  const bad = (vi: string, en: string): SheetLevelValue => ({ kind: "invalid", reason: bilingual(vi, en) });
  switch (c.kind) {
    case "fund": {
      const fund = fundOfText(c.value);
      return fund === "KCQG" || fund === "KCDP"
        ? { kind: "fund", value: fund }
        : bad(`"${c.value}" không phải KCQG hay KCĐP.`, `"${c.value}" is neither KCQG nor KCĐP.`);
    }
    case "unit": {
      const unit = parseUnit(c.value);
      return unit ? { kind: "unit", value: unit } : bad(`đơn vị "${c.value}" không rõ.`, `the unit "${c.value}" is unknown.`);
    }
    case "province":
      return c.value === "" ? bad("không ghi tên tỉnh.", "no province is given.") : { kind: "province", value: c.value };
    case "year": {
      const year = parseYear(c.value);
      return year ? { kind: "year", value: year } : bad(`"${c.value}" không phải năm.`, `"${c.value}" is no year.`);
    }
    case "period": {
      const period = parsePeriod(c.value);
      return period
        ? { kind: "period", value: period.months }
        : bad(`kỳ "${c.value}" không rõ (6 tháng, 9 tháng, Cả năm…).`, `the period "${c.value}" is unknown.`);
    }
    case "not-report":
      return { kind: "not-report" };
    default:
      return bad("không phải sửa cho cả sheet.", "not a correction of the whole sheet.");
  }
}
