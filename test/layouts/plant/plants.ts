import { Decimal } from "../../../src/core/numbers/decimal-config";
import { formatNumber } from "../../../src/core/numbers/format-vi";
import { decimalsOfValue, digitsOfFormat } from "../../../src/core/numbers/precision";
import { foldLabel } from "../../../src/core/text/fold";
import { a1, columnLetter, parseA1 } from "../../../src/core/workbook/snapshot";
import { SHARE_CAPS } from "../check-corpus";
import { PlantedKind } from "../key";
import { activityOfRow, bodyRows, columnNumbers, columnsWhere, isFigure, KeyedTable, keyedTables, parseIdentity, rowKind, rowsOfKind } from "../key-cells";
import { Rendered } from "../render/rendered";
import { CorpusCell, CorpusSheet, cloneWorkbook } from "../workbook/corpus-workbook";
import { recalculate, referencesOf } from "../workbook/evaluate";

/**
 * Planting errors into a clean corpus workbook: each function finds the cells where its kind of error can
 * go (by the key's roles, never by fixed addresses), changes the `pick`-th candidate the way an officer's
 * slip would, recomputes every formula (so cached values are what a spreadsheet would show) and records
 * the error in the key's `planted` list and the other cells it had to change in `changed`.
 */

export interface Where {
  /** Only this sheet. */
  sheet?: string;
  /** The n-th candidate, in reading order (sheet, table, row, column); default 0. */
  pick?: number;
}

interface Candidate {
  t: KeyedTable;
  address: string;
}

/** A copy of the rendered workbook to plant into (the clean one is left alone). */
function copy(r: Rendered, id?: string): Rendered {
  return {
    id: id ?? r.id,
    title: r.title,
    workbook: cloneWorkbook(r.workbook),
    key: JSON.parse(JSON.stringify(r.key)),
    changed: [...r.changed],
  };
}

function choose(r: Rendered, kind: PlantedKind, where: Where, candidates: (t: KeyedTable) => string[]): Candidate {
  const all: Candidate[] = [];
  for (const t of keyedTables(r.workbook, r.key)) {
    if (where.sheet && t.sheet.name !== where.sheet) continue;
    for (const address of candidates(t)) all.push({ t, address });
  }
  const chosen = all[where.pick ?? 0];
  if (!chosen) throw new Error(`${r.id}: no cell to plant ${kind} in${where.sheet ? ` sheet ${where.sheet}` : ""} (${all.length} candidates)`);
  return chosen;
}

function record(r: Rendered, sheet: CorpusSheet, cell: string, kind: PlantedKind, note: string, changed: string[] = []): Rendered {
  recalculate(r.workbook);
  r.key.planted.push({ sheet: sheet.name, cell, kind, note });
  r.changed.push(...changed.map((a) => `${sheet.name}!${a}`));
  if (!r.id.includes("+")) r.id = `${r.id}+planted`;
  return r;
}

/** The step of the digits a cell shows (1 for "#,##0", 0,001 for "#,##0.000", 0,1 for points "0.0", 0,001 for "0.0%"). */
export function shownStep(cell: CorpusCell): Decimal {
  const digits = digitsOfFormat(cell.format);
  const decimals = digits ? digits.decimals : decimalsOfValue(typeof cell.value === "number" ? cell.value : 0);
  return new Decimal(10).pow(-Math.max(decimals, 0));
}

/** A change the digits shown cannot hide, whatever the rounding of the figures it is compared with. */
function visibleDelta(cell: CorpusCell, operands: number): Decimal {
  const step = shownStep(cell);
  const value = new Decimal(typeof cell.value === "number" ? cell.value : 0).abs();
  const tenth = value.times(0.1).div(step).round().times(step);
  return Decimal.max(tenth, step.times(operands + 3));
}

function numeric(cell: CorpusCell | undefined): cell is CorpusCell & { value: number } {
  return cell !== undefined && typeof cell.value === "number" && cell.value !== 0;
}

/** A figure the officer typed (a constant, possibly computed by hand), not a live formula. */
function typedFigure(cell: CorpusCell | undefined): cell is CorpusCell & { value: number } {
  return numeric(cell) && cell.formula === undefined;
}

function add(cell: CorpusCell, delta: Decimal): void {
  cell.value = new Decimal(cell.value as number).plus(delta).toNumber();
  delete cell.typed;
}

function figureCells(t: KeyedTable, rows: number[], match = isFigure): string[] {
  const columns = columnsWhere(t, match);
  return rows.flatMap((r) => columns.map((c) => `${c}${r}`));
}

// ---------------------------------------------------------------------------------------------------
// Arithmetic errors in typed figures.

/** A total typed with a figure that is not the sum of what it totals. */
export function plantTotalMismatch(clean: Rendered, where: Where = {}): Rendered {
  return plantTypedSum(clean, where, "total-mismatch", "total");
}

/** A section's subtotal typed with a figure that is not the sum of its items. */
export function plantSubtotalMismatch(clean: Rendered, where: Where = {}): Rendered {
  return plantTypedSum(clean, where, "subtotal-mismatch", "subtotal");
}

function plantTypedSum(clean: Rendered, where: Where, kind: PlantedKind, rowKindWanted: "total" | "subtotal"): Rendered {
  const r = copy(clean);
  const { t, address } = choose(r, kind, where, (t) =>
    figureCells(t, rowsOfKind(t, rowKindWanted), (c) => c.kind === "amount" || c.kind === "count").filter((a) => typedFigure(t.sheet.get(a))),
  );
  const cell = t.sheet.get(address)!;
  const delta = visibleDelta(cell, rowsOfKind(t, "data").length);
  add(cell, delta);
  return record(r, t.sheet, address, kind, `${rowKindWanted} raised by ${delta.toString()} over the sum of what it totals`);
}

/** A project's total cost that is not its support plus its counterpart. */
export function plantIdentityMismatch(clean: Rendered, where: Where = {}): Rendered {
  const r = copy(clean);
  const { t, address } = choose(r, "identity-mismatch", where, (t) =>
    figureCells(t, rowsOfKind(t, "data"), (c) => c.kind === "amount" && c.measure === "cost").filter((a) => typedFigure(t.sheet.get(a))),
  );
  const cell = t.sheet.get(address)!;
  const delta = visibleDelta(cell, 3);
  add(cell, delta);
  return record(r, t.sheet, address, "identity-mismatch", `tổng kinh phí raised by ${delta.toString()}: ≠ hỗ trợ + đối ứng`);
}

/** A figure that breaks an identity the column-number row states ("2=3+4", "1=4+7"), other than cost = support + counterpart. */
export function plantColumnIdentity(clean: Rendered, where: Where = {}): Rendered {
  const r = copy(clean);
  const { t, address } = choose(r, "column-identity", where, (t) => {
    const numbers = columnNumbers(t);
    const lefts = (t.table.columnIdentities ?? [])
      .map(parseIdentity)
      .filter((id) => id.op === "+")
      .map((id) => numbers.get(id.left))
      .filter(
        (c): c is string => c !== undefined && !(t.table.columns[c]?.kind === "amount" && (t.table.columns[c] as { measure: string }).measure === "cost"),
      );
    return rowsOfKind(t, "data")
      .flatMap((row) => lefts.map((c) => `${c}${row}`))
      .filter((a) => typedFigure(t.sheet.get(a)));
  });
  const cell = t.sheet.get(address)!;
  const delta = visibleDelta(cell, 3);
  add(cell, delta);
  return record(r, t.sheet, address, "column-identity", `raised by ${delta.toString()}: the column-number row's identity no longer holds`);
}

/** A stated completion that neither this plan nor any other plan of the table gives. */
export function plantCompletionMismatch(clean: Rendered, where: Where = {}): Rendered {
  const r = copy(clean);
  const { t, address } = choose(r, "completion-mismatch", where, (t) =>
    figureCells(t, rowsOfKind(t, "data", "total"), (c) => c.kind === "percent" && c.measure === "completion").filter((a) => typedFigure(t.sheet.get(a))),
  );
  const cell = t.sheet.get(address)!;
  const value = cell.value as number;
  const points = !(digitsOfFormat(cell.format)?.percent ?? false);
  const row = parseA1(address).row + 1;
  // Every ratio of two amounts of this row, or of this row's actual to a total's plan, that a reader could try.
  const amounts = figureCells(t, [row, ...rowsOfKind(t, "total")], (c) => c.kind === "amount")
    .map((a) => t.sheet.get(a)?.value)
    .filter((v): v is number => typeof v === "number" && v !== 0);
  const ratios = amounts.flatMap((x) => amounts.map((y) => (x / y) * (points ? 100 : 1)));
  const unit = points ? 1 : 0.01;
  let offset = 7;
  const step = shownStep(cell).toNumber();
  while (ratios.some((q) => Math.abs(q - (value + offset * unit)) < step * 2)) offset += 2;
  const stated = new Decimal(value).plus(offset * unit);
  cell.value = stated.toNumber();
  delete cell.typed;
  return record(r, t.sheet, address, "completion-mismatch", `completion stated ${offset} points above what actual / plan gives`);
}

/** A project's support above its activity's ceiling (its counterpart lowered so the cost still adds up). */
export function plantCapExceeded(clean: Rendered, where: Where = {}): Rendered {
  const r = copy(clean);
  const { t, address } = choose(r, "cap-exceeded", where, (t) => {
    const support =
      columnsWhere(t, (c) => c.kind === "amount" && c.measure === "support" && c.fund === undefined)[0] ??
      columnsWhere(t, (c) => c.kind === "amount" && c.measure === "support")[0];
    const cost = columnsWhere(t, (c) => c.kind === "amount" && c.measure === "cost")[0];
    const counterpart = columnsWhere(t, (c) => c.kind === "amount" && c.measure === "counterpart")[0];
    if (!support || !cost || !counterpart) return [];
    return rowsOfKind(t, "data")
      .filter((row) => SHARE_CAPS[activityOfRow(t, row) ?? ""] !== undefined && typedFigure(t.sheet.get(`${support}${row}`)))
      .map((row) => `${support}${row}`);
  });
  const row = parseA1(address).row + 1;
  const cost = columnsWhere(t, (c) => c.kind === "amount" && c.measure === "cost")[0];
  const counterpart = columnsWhere(t, (c) => c.kind === "amount" && c.measure === "counterpart")[0];
  const code = activityOfRow(t, row)!;
  const costCell = t.sheet.get(`${cost}${row}`)!;
  const step = shownStep(costCell);
  const support = new Decimal(costCell.value as number)
    .times(SHARE_CAPS[code] + 0.15)
    .div(step)
    .floor()
    .times(step);
  const supportCell = t.sheet.get(address)!;
  supportCell.value = support.toNumber();
  const counterpartCell = t.sheet.get(`${counterpart}${row}`)!;
  counterpartCell.value = new Decimal(costCell.value as number).minus(support).toNumber();
  delete counterpartCell.typed;
  return record(
    r,
    t.sheet,
    address,
    "cap-exceeded",
    `${code} support raised to ${Math.round((SHARE_CAPS[code] + 0.15) * 100)}% of the cost (ceiling ${SHARE_CAPS[code] * 100}%)`,
    [`${counterpart}${row}`],
  );
}

/** An amount typed as Vietnamese text ("1.250"), which no live formula reads. */
export function plantTextNumber(clean: Rendered, where: Where = {}): Rendered {
  const r = copy(clean);
  const read = liveReferences(r);
  const { t, address } = choose(r, "text-number", where, (t) => {
    const cells = figureCells(t, rowsOfKind(t, "data"), (c) => c.kind === "amount").filter((a) => {
      const cell = t.sheet.get(a);
      return typedFigure(cell) && cell.typed === undefined && !read.has(`${t.sheet.name}!${a}`);
    });
    // Thousands first: "1.250" is the text that is read wrong when read the English way.
    return [
      ...cells.filter((a) => Math.abs(t.sheet.get(a)!.value as number) >= 1000),
      ...cells.filter((a) => Math.abs(t.sheet.get(a)!.value as number) < 1000),
    ];
  });
  const cell = t.sheet.get(address)!;
  const decimals = digitsOfFormat(cell.format)?.decimals ?? decimalsOfValue(cell.value as number);
  cell.value = formatNumber(cell.value as number, Math.max(decimals, 0));
  return record(r, t.sheet, address, "text-number", `typed as the text "${cell.value}"`);
}

// ---------------------------------------------------------------------------------------------------
// What a producing system does wrong.

/** A total row left empty (the export fills only the rows it matches). */
export function plantEmptyTotal(clean: Rendered, where: Where = {}): Rendered {
  const r = copy(clean);
  const { t, address } = choose(r, "empty-total", where, (t) => {
    const cells = rowsOfKind(t, "total").map((row) => figureCells(t, [row]).filter((a) => t.sheet.get(a) !== undefined));
    return cells.filter((c) => c.length > 0).map((c) => c[0]);
  });
  const row = parseA1(address).row + 1;
  const cleared = figureCells(t, [row]).filter((a) => t.sheet.get(a) !== undefined);
  for (const a of cleared) t.sheet.cells.delete(a);
  const table = r.key.sheets[t.sheet.name].tables[t.index];
  table.emptyTotals = [...(table.emptyTotals ?? []), row];
  return record(r, t.sheet, address, "empty-total", `the total row ${row} left empty`, cleared);
}

/**
 * A fund pair written into the wrong columns (L6's export, real-layouts.md §2.1): the figures of the two
 * fund columns swapped under headers left as they were. The finding belongs on the KCQG header.
 */
export function plantFundSwap(clean: Rendered, where: Where = {}): Rendered {
  const r = copy(clean);
  const { t, address } = choose(r, "header-contradiction", where, (t) => {
    const qg = columnsWhere(t, (c) => isFigure(c) && "fund" in c && c.fund === "KCQG")[0];
    const dp = columnsWhere(t, (c) => isFigure(c) && "fund" in c && c.fund === "KCDP")[0];
    if (!qg || !dp) return [];
    const header = t.table.headerRows.map((row) => `${qg}${row}`).find((a) => foldLabel(String(t.sheet.get(a)?.value ?? "")).includes("kcqg"));
    return header ? [header] : [];
  });
  const qg = parseA1(address).col;
  const dp = parseA1(`${columnsWhere(t, (c) => isFigure(c) && "fund" in c && c.fund === "KCDP")[0]}1`).col;
  const changed: string[] = [];
  for (const row of bodyRows(t)) {
    if (rowKind(t, row) === "columnNumbers") continue;
    const a = a1(row - 1, qg);
    const b = a1(row - 1, dp);
    const x = t.sheet.get(a);
    const y = t.sheet.get(b);
    if (!x && !y) continue;
    t.sheet.cells.delete(a);
    t.sheet.cells.delete(b);
    if (y) t.sheet.cells.set(a, swapFormula(y, columnLetter(dp), columnLetter(qg)));
    if (x) t.sheet.cells.set(b, swapFormula(x, columnLetter(qg), columnLetter(dp)));
    changed.push(a, b);
  }
  return record(
    r,
    t.sheet,
    address,
    "header-contradiction",
    "the KCĐP figures written under the KCQG header and the reverse (as Bến Tre's export does)",
    changed,
  );
}

/** A moved cell keeps formulas pointing at its own column. */
function swapFormula(cell: CorpusCell, from: string, to: string): CorpusCell {
  const moved = { ...cell };
  const swap = (f: string) => f.replace(new RegExp(`\\b${from}(\\d+)`, "g"), `${to}$1`);
  if (moved.formula) moved.formula = swap(moved.formula);
  if (moved.typed) moved.typed = swap(moved.typed);
  return moved;
}

// ---------------------------------------------------------------------------------------------------
// Formula-review errors: the cached values are what a spreadsheet computes, so the numbers may agree.

/** A constant typed where the region holds SUMs (a subtotal or total overwritten with its own value). */
export function plantSubtotalTypedOverSum(clean: Rendered, where: Where = {}): Rendered {
  const r = copy(clean);
  const { t, address } = choose(r, "subtotal-typed-over-sum", where, (t) =>
    bodyRows(t)
      .flatMap((row) => figureCells(t, [row]))
      .filter((a) => /^SUM\(/i.test(t.sheet.get(a)?.formula ?? "")),
  );
  const cell = t.sheet.get(address)!;
  delete cell.formula;
  return record(r, t.sheet, address, "subtotal-typed-over-sum", `the SUM replaced by its value ${String(cell.value)}`);
}

/** A SUM whose range stops one row short (the last item left out). */
export function plantSumOneRowShort(clean: Rendered, where: Where = {}): Rendered {
  const r = copy(clean);
  const { t, address } = choose(r, "sum-one-row-short", where, (t) =>
    bodyRows(t)
      .flatMap((row) => figureCells(t, [row]))
      .filter((a) => {
        const m = /^SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)$/.exec(t.sheet.get(a)?.formula ?? "");
        return m !== null && m[1] === m[3] && Number(m[4]) > Number(m[2]);
      }),
  );
  const cell = t.sheet.get(address)!;
  const before = cell.formula!;
  cell.formula = before.replace(/(\d+)\)$/, (_, n: string) => `${Number(n) - 1})`);
  return record(r, t.sheet, address, "sum-one-row-short", `=${before} became =${cell.formula}`);
}

/** A formula whose references all point one column off (left, or right when left would read itself or text). */
export function plantFormulaOneColumnOff(clean: Rendered, where: Where = {}): Rendered {
  const r = copy(clean);
  const shifted = (sheet: CorpusSheet, address: string): string | undefined => {
    const formula = sheet.get(address)?.formula;
    if (!formula) return undefined;
    for (const dc of [-1, 1]) {
      const moved = shiftColumns(formula, dc);
      const refs = referencesOf(moved);
      const fine = refs.every((ref) => {
        if (ref.sheet !== undefined || ref.address === address) return false;
        if (parseA1(ref.address).col < 0) return false;
        const v = sheet.get(ref.address)?.value;
        return v === undefined || v === null || typeof v === "number";
      });
      if (fine && moved !== formula) return moved;
    }
    return undefined;
  };
  // Totals first: a total row's SUM copied from the next column is the classic slip.
  const { t, address } = choose(r, "formula-one-column-off", where, (t) =>
    [...rowsOfKind(t, "total", "subtotal"), ...rowsOfKind(t, "data")].flatMap((row) => figureCells(t, [row])).filter((a) => shifted(t.sheet, a) !== undefined),
  );
  const cell = t.sheet.get(address)!;
  const before = cell.formula!;
  cell.formula = shifted(t.sheet, address)!;
  return record(r, t.sheet, address, "formula-one-column-off", `=${before} became =${cell.formula}`);
}

function shiftColumns(formula: string, dc: number): string {
  return formula.replace(/\b([A-Z]{1,3})(\d+)\b/g, (_, col: string, row: string) => `${columnLetter(parseA1(`${col}1`).col + dc)}${row}`);
}

/**
 * A completion divided by the wrong plan: the whole-fund plan of the same row where the table has one
 * (KCQG's % against the total plan, as a regional report did), else the plan on the table's total row.
 */
export function plantCompletionWrongPlan(clean: Rendered, where: Where = {}): Rendered {
  const r = copy(clean);
  const replacement = (t: KeyedTable, address: string): string | undefined => {
    const formula = t.sheet.get(address)?.formula;
    if (!formula) return undefined;
    const refs = referencesOf(formula);
    if (refs.length !== 2) return undefined;
    const denominator = refs[1].address;
    const { row, col } = parseA1(denominator);
    const column = columnLetter(col);
    const role = t.table.columns[column];
    if (!role || role.kind !== "amount" || role.measure !== "plan") return undefined;
    const whole = columnsWhere(t, (c) => c.kind === "amount" && c.measure === "plan" && c.fund === "total" && samePeriod(c.period, role.period))[0];
    const target = role.fund && role.fund !== "total" && whole ? `${whole}${row + 1}` : (rowsOfKind(t, "total").map((r2) => `${column}${r2}`)[0] ?? undefined);
    if (!target || target === denominator) return undefined;
    return formula.replace(new RegExp(`\\b${denominator}\\b`), target);
  };
  const { t, address } = choose(r, "completion-wrong-plan", where, (t) =>
    figureCells(t, rowsOfKind(t, "data"), (c) => c.kind === "percent" && c.measure === "completion").filter((a) => replacement(t, a) !== undefined),
  );
  const cell = t.sheet.get(address)!;
  const before = cell.formula!;
  cell.formula = replacement(t, address)!;
  return record(r, t.sheet, address, "completion-wrong-plan", `=${before} became =${cell.formula}`);
}

function samePeriod(a: { year: number; months: number } | undefined, b: { year: number; months: number } | undefined): boolean {
  return a?.year === b?.year && a?.months === b?.months;
}

/** Every cell a live formula of the workbook reads, as "Sheet!A1". */
function liveReferences(r: Rendered): Set<string> {
  const out = new Set<string>();
  for (const sheet of r.workbook.sheets) {
    for (const cell of sheet.cells.values()) {
      if (!cell.formula) continue;
      for (const ref of referencesOf(cell.formula)) out.add(`${ref.sheet ?? sheet.name}!${ref.address}`);
    }
  }
  return out;
}

export const PLANTS: Record<Exclude<PlantedKind, "header-contradiction">, (clean: Rendered, where?: Where) => Rendered> = {
  "total-mismatch": plantTotalMismatch,
  "subtotal-mismatch": plantSubtotalMismatch,
  "identity-mismatch": plantIdentityMismatch,
  "column-identity": plantColumnIdentity,
  "completion-mismatch": plantCompletionMismatch,
  "cap-exceeded": plantCapExceeded,
  "text-number": plantTextNumber,
  "empty-total": plantEmptyTotal,
  "subtotal-typed-over-sum": plantSubtotalTypedOverSum,
  "sum-one-row-short": plantSumOneRowShort,
  "formula-one-column-off": plantFormulaOneColumnOff,
  "completion-wrong-plan": plantCompletionWrongPlan,
};
