import { Decimal } from "../numbers/decimal-config";
import { bilingual, Lang } from "../message";
import { MoneyUnit, unitFactor } from "../numbers/units";
import { ACTIVITIES } from "../rules/activities";
import { ProjectColumn, RowSource } from "../standard/province-sheet";
import { ProjectRow, ReportView } from "../reading/view";
import { columnLetter, isCellError } from "../workbook/snapshot";
import { Notices, textNumberNotice, textNumberTerm, toTyDivisor } from "./province-terms";
import { sheetRef } from "./sheet-ref";
import { AMOUNT_FORMAT, COUNT_FORMAT, SheetDraft, SUBTITLE_ROW, TITLE_ROW } from "./sheet-draft";
import { label } from "./tab-labels";

const HEADER_ROW = 3;
const FIRST_ROW = 4;
/** Excel functions take at most 255 arguments; longer lists are split into several calls added up. */
const MAX_ARGS = 250;
/** Excel's formula length limit is 8192 characters. */
const MAX_FORMULA = 8000;

const UNKNOWN = "?";

interface ProvinceRows {
  province: ReportView;
  rows: ProjectRow[];
}

/**
 * TH_NoiDung: one row per activity code met in the project tables (and one for activities not
 * recognised), with number of projects, beneficiaries, total cost, KCQG and KCĐP support and
 * counterpart, in tỷ đồng except the counts.
 *
 * Activities are written as codes or as Vietnamese names in any spelling, so a SUMIFS on the code
 * would miss rows. The engine classifies each project row (findActivity) and the formulas list the
 * rows of each activity explicitly, as ranges of consecutive rows: SUM('Cà Mau'!H8:H10,'Cà Mau'!H14)/1000.
 * The figures follow edits of the amounts; a change of a project's activity needs a regeneration.
 */
export function buildActivitiesTab(provinces: readonly ReportView[], lang: Lang, heading: string, notices: Notices): SheetDraft {
  const draft = new SheetDraft("activities");
  const cols = ["code", "activity", "projects", "beneficiaries", "totalCost", "supportKcqg", "supportKcdp", "counterpart"] as const;
  const lastCol = cols.length - 1;
  draft.text(TITLE_ROW, 0, heading, ["title"]).merge(TITLE_ROW, 0, TITLE_ROW, lastCol);
  draft
    .text(SUBTITLE_ROW, 0, `${label("unitActivities", lang)}. ${label("formulasNote", lang).split(";")[0]}.`, ["subtitle"])
    .merge(SUBTITLE_ROW, 0, SUBTITLE_ROW, lastCol);
  cols.forEach((c, i) => draft.text(HEADER_ROW, i, label(c === "code" ? "code" : c, lang), ["header"]));

  const byActivity = new Map<string, ProvinceRows[]>();
  for (const p of provinces) {
    for (const row of p.projects) {
      const key = row.activity ?? UNKNOWN;
      const list = byActivity.get(key) ?? [];
      let entry = list.find((e) => e.province === p);
      if (!entry) list.push((entry = { province: p, rows: [] }));
      entry.rows.push(row);
      byActivity.set(key, list);
    }
  }
  const order = [...ACTIVITIES.map((a) => a.code), UNKNOWN].filter((k) => byActivity.has(k));
  const totals = cols.slice(2).map(() => new Decimal(0));

  order.forEach((key, i) => {
    const row = FIRST_ROW + i;
    const entries = byActivity.get(key)!;
    const activity = ACTIVITIES.find((a) => a.code === key);
    draft.text(row, 0, activity ? activity.code : "", ["body"]);
    draft.text(row, 1, activity ? (lang === "vi" ? activity.vi : activity.en) : label("unknownActivity", lang), ["body", "wrap"]);
    const figures = [
      countProjects(entries),
      countBeneficiaries(entries),
      sumAmounts(entries, "total", () => true, notices),
      sumAmounts(entries, "support", (s) => s === "KCQG" || s === "KCQG_DIEM", notices),
      sumAmounts(entries, "support", (s) => s === "KCDP", notices),
      sumAmounts(entries, "counterpart", () => true, notices),
    ];
    figures.forEach((f, j) => {
      totals[j] = totals[j].plus(f.value);
      const format = j < 2 ? COUNT_FORMAT : AMOUNT_FORMAT;
      if (f.formula === undefined) draft.set(row, j + 2, { value: null, format, styles: ["body"] });
      else if (f.formula.length > MAX_FORMULA) {
        notices.add(
          `activities:${key}:${j}`,
          bilingual(
            `TH_NoiDung: công thức của nội dung ${key} quá dài cho Excel; ô ghi giá trị tính sẵn.`,
            `TH_NoiDung: the formula for activity ${key} is too long for Excel; the cell holds the computed value.`,
          ),
        );
        draft.set(row, j + 2, { value: f.value.toNumber(), format, styles: ["body"] });
      } else draft.set(row, j + 2, { formula: f.formula, result: f.value.toNumber(), format, styles: ["body"] });
    });
  });

  const totalRow = FIRST_ROW + order.length;
  draft.text(totalRow, 0, label("total", lang), ["total"]).set(totalRow, 1, { value: null, styles: ["total"] });
  totals.forEach((v, j) => {
    const c = columnLetter(j + 2);
    const format = j < 2 ? COUNT_FORMAT : AMOUNT_FORMAT;
    draft.set(
      totalRow,
      j + 2,
      order.length === 0
        ? { value: 0, format, styles: ["total"] }
        : { formula: `SUM(${c}${FIRST_ROW + 1}:${c}${totalRow})`, result: v.toNumber(), format, styles: ["total"] },
    );
  });
  draft.widthsFrom([9, 46, 10, 12, 14, 14, 14, 14]);
  draft.freeze(HEADER_ROW + 1, 2);
  return draft;
}

interface Figure {
  formula?: string;
  value: Decimal;
}

/** 'Cà Mau'!H8:H10 and 'Cà Mau'!H14 for rows 8, 9, 10, 14 of column H. */
function rangesOf(sheet: string, col: number, rows: number[]): string[] {
  const sorted = [...rows].sort((a, b) => a - b);
  const out: string[] = [];
  const L = columnLetter(col);
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    out.push(sheetRef(sheet, sorted[i] === sorted[j] ? `${L}${sorted[i] + 1}` : `${L}${sorted[i] + 1}:${L}${sorted[j] + 1}`));
    i = j + 1;
  }
  return out;
}

/** FN(a,…), or (FN(…)+FN(…)) with at most MAX_ARGS arguments per call. */
function call(fn: string, args: string[]): string {
  const calls: string[] = [];
  for (let i = 0; i < args.length; i += MAX_ARGS) calls.push(`${fn}(${args.slice(i, i + MAX_ARGS).join(",")})`);
  return calls.length === 1 ? calls[0] : `(${calls.join("+")})`;
}

function join(parts: string[]): string | undefined {
  return parts.length === 0 ? undefined : parts.join("+");
}

/** Rows of a province by the column a cell of theirs lies in (tables of one sheet may differ). */
function byColumn(rows: ProjectRow[], column: ProjectColumn): Map<number, ProjectRow[]> {
  const out = new Map<number, ProjectRow[]>();
  for (const r of rows) {
    const cell = r.cells[column];
    if (!cell) continue;
    const list = out.get(cell.col) ?? [];
    list.push(r);
    out.set(cell.col, list);
  }
  return out;
}

/** Projects: COUNTA of the name cells, as Excel counts them (any non-empty cell; a beneficiary sub-row has none). */
function countProjects(entries: ProvinceRows[]): Figure {
  let value = new Decimal(0);
  const args: string[] = [];
  for (const { province, rows } of entries) {
    for (const [col, list] of byColumn(rows, "name")) {
      args.push(
        ...rangesOf(
          province.sheet,
          col,
          list.map((r) => r.row),
        ),
      );
      for (const r of list) {
        const v = r.cells.name?.raw?.value;
        if (v !== undefined && v !== null && v !== "") value = value.plus(1);
      }
    }
  }
  return { formula: args.length ? call("COUNTA", args) : undefined, value };
}

/**
 * Beneficiaries: the number in the column where there is one; otherwise the beneficiaries the row names
 * (several in one cell, one per sub-row), at least 1 (the standard's default), as a constant.
 */
function countBeneficiaries(entries: ProvinceRows[]): Figure {
  let value = new Decimal(0);
  let defaults = 0;
  const args: string[] = [];
  for (const { province, rows } of entries) {
    const numeric = new Map<number, number[]>();
    for (const r of rows) {
      const cell = r.cells.beneficiaries;
      const v = cell?.raw?.value;
      if (cell && typeof v === "number" && Number.isFinite(v)) {
        numeric.set(cell.col, [...(numeric.get(cell.col) ?? []), r.row]);
        value = value.plus(new Decimal(v));
      } else {
        defaults += r.beneficiaries;
        value = value.plus(r.beneficiaries);
      }
    }
    for (const [col, list] of numeric) args.push(...rangesOf(province.sheet, col, list));
  }
  const parts = [...(args.length ? [call("SUM", args)] : []), ...(defaults > 0 ? [String(defaults)] : [])];
  return { formula: join(parts), value };
}

/**
 * An amount column summed over projects whose source passes `keep`, per unit of the sheets, converted to
 * tỷ đồng. SUM skips text and blanks (counted 0, as here); error cells are left out with a notice.
 */
function sumAmounts(entries: ProvinceRows[], column: ProjectColumn, keep: (s: RowSource) => boolean, notices: Notices): Figure {
  const byUnit = new Map<MoneyUnit, { args: string[]; terms: string[]; value: Decimal }>();
  for (const { province, rows } of entries) {
    const kept = new Map<string, { unit: MoneyUnit; col: number; rows: number[] }>();
    for (const r of rows) {
      if (!keep(r.source)) continue;
      const cell = r.cells[column];
      if (!cell) continue;
      const unit = r.unit;
      const acc = byUnit.get(unit) ?? { args: [], terms: [], value: new Decimal(0) };
      byUnit.set(unit, acc);
      const v = cell?.raw?.value;
      if (v !== undefined && v !== null && isCellError(v)) {
        const ref = sheetRef(province.sheet, cell!.address);
        notices.add(ref, bilingual(`Ô ${ref} có lỗi ${v.error}: TH_NoiDung không cộng ô này.`, `Cell ${ref} holds ${v.error}: TH_NoiDung leaves it out.`));
        continue;
      }
      if (typeof v === "string" && v.trim() !== "") {
        const ref = sheetRef(province.sheet, cell!.address);
        const text = textNumberTerm(ref, cell!);
        if (text?.formula) {
          // SUM skips text, so the cell is read on its own, outside the ranges.
          notices.add(ref, textNumberNotice(ref, v));
          acc.terms.push(text.formula);
          acc.value = acc.value.plus(text.value.times(unitFactor(unit, "ty")));
          byUnit.set(unit, acc);
          continue;
        }
        notices.add(
          ref,
          bilingual(
            `Ô ${ref} chứa văn bản không phải số ("${v}"): TH_NoiDung tính ô này là 0.`,
            `Cell ${ref} holds text that is no number ("${v}"): TH_NoiDung counts it as 0.`,
          ),
        );
      }
      const key = `${unit}|${cell.col}`;
      const group = kept.get(key) ?? { unit, col: cell.col, rows: [] };
      group.rows.push(r.row);
      kept.set(key, group);
      if (typeof v === "number" && Number.isFinite(v)) acc.value = acc.value.plus(new Decimal(v).times(unitFactor(unit, "ty")));
    }
    for (const group of kept.values()) byUnit.get(group.unit)!.args.push(...rangesOf(province.sheet, group.col, group.rows));
  }
  const parts: string[] = [];
  let value = new Decimal(0);
  for (const [unit, acc] of byUnit) {
    const addends = [...(acc.args.length ? [call("SUM", acc.args)] : []), ...acc.terms];
    const divisor = toTyDivisor(unit);
    parts.push(addends.length > 1 && divisor ? `(${addends.join("+")})${divisor}` : `${addends.join("+")}${divisor}`);
    value = value.plus(acc.value);
  }
  return { formula: join(parts), value };
}
