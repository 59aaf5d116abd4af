import { cellText } from "../standard/read-cell";
import { a1, SheetSnapshot } from "../workbook/snapshot";
import { isColumnNumberRow } from "./column-numbers";
import { HeaderTerm, headerTerm } from "./header-terms";
import { MergeIndex } from "./merges";
import { flatText, isFigure } from "./sheet-text";
import { foldCached } from "../text/fold";

/**
 * The header band of a table: 1–3 rows (4 with a row wholly under vertical merges) of labels, parents
 * over children ("Năm báo cáo" over "KCQG | KCĐP", "Kinh phí" over "Tổng cộng | KCĐP hỗ trợ | Đối ứng").
 * A parent spans its children by a merged range, or, where the producer wrote no merges, by the empty
 * cells to its right above children. Each column gets its header path, parents first.
 */
export interface HeaderBand {
  rows: number[];
  left: number;
  right: number;
  /** Per column (index col − left): the header path texts, and the cell of each. */
  paths: { texts: string[]; cells: string[] }[];
}

/** Longest text read as a header label: longer cells are titles, notes or names. */
const MAX_HEADER_TEXT = 120;
const MAX_BAND_ROWS = 4;

/** Terms that say what a column holds (a unit alone or a period alone does not). */
function isStrong(t: HeaderTerm): boolean {
  return !!(t.plain || t.amount || t.percent || t.count || t.fund || t.total || t.labelOf);
}

function isFigureTerm(t: HeaderTerm): boolean {
  return !!(t.amount || t.percent || t.count || t.fund || t.total || (t.money && !t.plain));
}

/** The header terms of a row's text cells, or undefined when the row holds a figure (a data row). */
function rowTerms(sheet: SheetSnapshot, row: number): { col: number; term: HeaderTerm }[] | undefined {
  const terms: { col: number; term: HeaderTerm }[] = [];
  for (let c = 0; c < sheet.colCount; c++) {
    const cell = sheet.cell(row, c);
    if (isFigure(cell)) return undefined;
    const text = flatText(cell);
    if (text === "" || text.length > MAX_HEADER_TEXT) continue;
    terms.push({ col: c, term: headerTerm(text) });
  }
  return terms;
}

/**
 * A row that may start a header band: two or more cells naming columns ("STT | Tên đề án"), or one beside
 * periods over their children ("Nguồn vốn | Năm 2022 | Năm 2023"), no figure. Whether the band holds a
 * figure column is judged once its lower rows are known (findBand).
 */
export function mayStartBand(sheet: SheetSnapshot, row: number): boolean {
  const terms = rowTerms(sheet, row);
  if (!terms) return false;
  let strong = 0;
  let plain = 0;
  let periods = 0;
  for (const { col, term } of terms) {
    if (isStrong(term)) strong++;
    if (term.plain) plain++;
    else if (term.period && PERIOD_ONLY.test(foldCached(flatText(sheet.cell(row, col))))) periods++;
  }
  return strong >= 2 || (plain >= 1 && periods >= 1);
}

/** A header that names a period and nothing else ("Năm 2022", "9 tháng năm 2024"), not a date line. */
const PERIOD_ONLY = /^(nam( bao cao)?( \d{4})?|\d{1,2} thang( dau)?( nam)?( \d{4})?|ca nam|luy ke( \d{1,2} thang)?( nam \d{4})?)$/;

/** The header band starting at `top`, when its rows name two columns or more, one of them a figure. */
export function findBand(sheet: SheetSnapshot, merges: MergeIndex, top: number): HeaderBand | undefined {
  if (!mayStartBand(sheet, top)) return undefined;
  const rows = [top];
  for (let r = top + 1; r < sheet.rowCount && rows.length < MAX_BAND_ROWS; r++) {
    if (!continuesBand(sheet, merges, rows, r)) break;
    rows.push(r);
  }
  // A row left empty under labels spanning two rows, where the producer wrote no merge, is still the band
  // when the column-number row follows it.
  const next = rows[rows.length - 1] + 1;
  if (rows.length < MAX_BAND_ROWS && next + 1 < sheet.rowCount && rowTerms(sheet, next)?.length === 0 && isColumnNumberRow(sheet, next + 1)) rows.push(next);
  // A last row wholly under vertical merges and holding nothing adds nothing but its height.
  let left = Number.MAX_SAFE_INTEGER;
  let right = -1;
  for (const r of rows) {
    for (let c = 0; c < sheet.colCount; c++) {
      if (cellText(sheet.cell(r, c)) !== "" || merges.covered(r, c)) {
        left = Math.min(left, c);
        right = Math.max(right, c);
      }
    }
  }
  if (right < 0) return undefined;
  const paths = [];
  for (let c = left; c <= right; c++) paths.push(headerPath(sheet, merges, rows, c));
  // Drop empty edge columns (a merge reaching past the labels).
  while (left < right && paths[0].texts.length === 0) {
    paths.shift();
    left++;
  }
  while (right > left && paths[paths.length - 1].texts.length === 0) {
    paths.pop();
    right--;
  }
  let strong = 0;
  let figure = false;
  for (const p of paths) {
    if (p.texts.length === 0) continue;
    const leaf = headerTerm(p.texts[p.texts.length - 1]);
    if (isStrong(leaf) || p.texts.some((t) => isStrong(headerTerm(t)))) strong++;
    if (p.texts.some((t) => isFigureTerm(headerTerm(t)))) figure = true;
  }
  if (strong < 2 || !figure) return undefined;
  return { rows, left, right, paths };
}

/**
 * Whether row `r` continues a band: it holds no figure and is no column-number row, and either it lies
 * wholly under vertical merges from the band, or each of its labels sits under a parent (a merged range
 * over several columns, or a label followed by empty cells).
 */
function continuesBand(sheet: SheetSnapshot, merges: MergeIndex, band: number[], r: number): boolean {
  if (isColumnNumberRow(sheet, r)) return false;
  const terms = rowTerms(sheet, r);
  if (!terms) return false;
  const top = band[0];
  const fromBand = merges.inRow(r).some((m) => m.top >= top && m.top < r);
  if (terms.length === 0) return fromBand;
  // A row numbering its items ("1 | Hỗ trợ đào tạo …") is the first data row.
  const first = terms[0];
  if (/^(\d+(\.\d+)*|[IVXL]+|[A-H])\.?$/.test(flatText(sheet.cell(r, first.col)))) return false;
  for (const { col } of terms) {
    if (!underParent(sheet, merges, band, col)) return false;
  }
  return true;
}

/** A parent over column `col` in a band row: a merged range wider than one column, or a label with empty cells to its right. */
function underParent(sheet: SheetSnapshot, merges: MergeIndex, band: number[], col: number): boolean {
  for (let i = band.length - 1; i >= 0; i--) {
    const r = band[i];
    const m = merges.at(r, col);
    if (m) {
      if (m.top < band[0]) return false;
      return m.right > m.left || isParentTerm(headerTerm(flatText(sheet.cell(m.top, m.left))));
    }
    const text = flatText(sheet.cell(r, col));
    if (text !== "") return spansRight(sheet, merges, r, col) && isParentTerm(headerTerm(text));
    // Empty: the nearest label to its left, in the same row, spans it when nothing is between.
    for (let c = col - 1; c >= 0; c--) {
      if (merges.at(r, c)) break;
      const left = flatText(sheet.cell(r, c));
      if (left !== "") return isParentTerm(headerTerm(left));
    }
  }
  return false;
}

/** A label with an empty cell to its right, where no merge was written: it may span that cell. */
function spansRight(sheet: SheetSnapshot, merges: MergeIndex, row: number, col: number): boolean {
  return col + 1 < sheet.colCount && !merges.at(row, col + 1) && cellText(sheet.cell(row, col + 1)) === "";
}

/** A label that may stand over children: a period, a fund, money, a measure group. */
function isParentTerm(t: HeaderTerm): boolean {
  return !!(t.period || t.fund || t.money || t.amount || t.total || t.plain === "fund" || t.unit);
}

/** The header texts over column `col`, parents first, each once (a vertical merge is one text). */
function headerPath(sheet: SheetSnapshot, merges: MergeIndex, rows: number[], col: number): { texts: string[]; cells: string[] } {
  const texts: string[] = [];
  const cells: string[] = [];
  let last = "";
  rows.forEach((r, i) => {
    let text = "";
    let at = "";
    const m = merges.at(r, col);
    if (m) {
      if (m.top >= rows[0]) {
        text = flatText(sheet.cell(m.top, m.left));
        at = a1(m.top, m.left);
      }
    } else {
      text = flatText(sheet.cell(r, col));
      at = a1(r, col);
      if (text === "" && rows.slice(i + 1).some((below) => flatText(sheet.cell(below, col)) !== "")) {
        // No merge written: the parent is the nearest label to the left with children under it.
        for (let c = col - 1; c >= 0; c--) {
          if (merges.at(r, c)) break;
          const left = flatText(sheet.cell(r, c));
          if (left === "") continue;
          if (isParentTerm(headerTerm(left)) && rows.slice(i + 1).some((below) => flatText(sheet.cell(below, c)) !== "")) {
            text = left;
            at = a1(r, c);
          }
          break;
        }
      }
    }
    if (text !== "" && at !== last) {
      texts.push(text);
      cells.push(at);
      last = at;
    }
  });
  return { texts, cells };
}
