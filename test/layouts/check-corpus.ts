import { Decimal } from "../../src/core/numbers/decimal-config";
import { parseNumberText } from "../../src/core/numbers/number-text";
import { decimalsOfValue, digitsOfFormat } from "../../src/core/numbers/precision";
import { ColumnKey, PeriodKey, PlantedKind, WorkbookKey } from "./key";
import { activityOfRow, bodyRows, columnNumbers, columnsWhere, isFigure, KeyedTable, keyedTables, parseIdentity, rowKind, rowsOfKind } from "./key-cells";
import { CorpusCell, CorpusWorkbook } from "./workbook/corpus-workbook";

/**
 * The corpus's own arithmetic, read through the answer key (not a reader of layouts: the key says which
 * column is what): totals and subtotals against their items, cost = support + counterpart, the identities
 * of the column-number row, completion against actual / plan, fund totals, share ceilings, numbers typed as
 * text, empty totals. Every comparison is made with the digits each cell shows. A clean corpus workbook
 * has no violation; a planted one has one at each planted arithmetic error.
 */

export type ViolationKind =
  | Exclude<PlantedKind, "header-contradiction" | "subtotal-typed-over-sum" | "sum-one-row-short" | "formula-one-column-off" | "completion-wrong-plan">
  | "fund-sum";

export interface Violation {
  sheet: string;
  cell: string;
  kind: ViolationKind;
  detail: string;
}

/** What a cell shows, as an exact decimal; text that reads as a Vietnamese number counts as that number. */
export function shownValue(cell: CorpusCell | undefined): Decimal | undefined {
  if (!cell) return undefined;
  if (typeof cell.value === "string") {
    const parsed = parseNumberText(cell.value, { vietnamese: true });
    return parsed.ok ? parsed.value.value : undefined;
  }
  if (typeof cell.value !== "number") return undefined;
  const digits = digitsOfFormat(cell.format);
  const decimals = digits ? digits.decimals : decimalsOfValue(cell.value);
  return new Decimal(cell.value).toDecimalPlaces(Math.max(decimals, 0), Decimal.ROUND_HALF_UP);
}

/** The digits a percentage cell shows, and whether it holds points (88,4) or a fraction under a % format. */
function percentDigits(cell: CorpusCell): { decimals: number; points: boolean } {
  const digits = digitsOfFormat(cell.format);
  if (digits?.percent) return { decimals: digits.decimals, points: false };
  return { decimals: digits ? digits.decimals : decimalsOfValue(cell.value as number), points: true };
}

export function checkWorkbook(workbook: CorpusWorkbook, key: WorkbookKey): Violation[] {
  const out: Violation[] = [];
  for (const t of keyedTables(workbook, key)) out.push(...checkTable(t));
  return out;
}

function checkTable(t: KeyedTable): Violation[] {
  const out: Violation[] = [];
  const sheet = t.sheet.name;
  const flag = (cell: string, kind: ViolationKind, detail: string) => out.push({ sheet, cell, kind, detail });
  const value = (a: string) => shownValue(t.sheet.get(a));
  const data = rowsOfKind(t, "data");
  const summable = columnsWhere(t, (c) => c.kind === "amount" || c.kind === "count");
  const emptyTotals = new Set(t.table.emptyTotals ?? []);

  // Numbers typed as text.
  for (const row of rowsOfKind(t, "data", "total", "subtotal")) {
    for (const c of columnsWhere(t, isFigure)) {
      const cell = t.sheet.get(`${c}${row}`);
      if (typeof cell?.value === "string" && cell.value.trim() !== "" && shownValue(cell) !== undefined) flag(`${c}${row}`, "text-number", `"${cell.value}"`);
    }
  }

  // Totals: the sum of every item row; an empty total is a finding of its own.
  for (const row of rowsOfKind(t, "total")) {
    const figures = columnsWhere(t, isFigure).filter((c) => t.sheet.get(`${c}${row}`) !== undefined);
    if (figures.length === 0 && data.some((r) => summable.some((c) => value(`${c}${r}`) !== undefined))) {
      flag(`${columnsWhere(t, isFigure)[0]}${row}`, "empty-total", `total row ${row} is empty`);
      continue;
    }
    if (emptyTotals.has(row)) continue;
    for (const c of summable) {
      const total = value(`${c}${row}`);
      if (total === undefined) continue;
      const sum = data.reduce((acc, r) => acc.plus(value(`${c}${r}`) ?? 0), new Decimal(0));
      if (!total.eq(sum)) flag(`${c}${row}`, "total-mismatch", `${total} ≠ Σ items ${sum}`);
    }
  }

  // Subtotals: the items of their section (nested sections end where a section of the same or an outer level starts).
  const level = (row: number) => sectionLevel(t, row);
  for (const row of rowsOfKind(t, "subtotal")) {
    const items: number[] = [];
    for (const r of bodyRows(t).filter((x) => x > row)) {
      const kind = rowKind(t, r);
      if ((kind === "subtotal" || kind === "section" || kind === "total") && level(r) <= level(row)) break;
      if (kind === "data") items.push(r);
    }
    for (const c of summable) {
      const subtotal = value(`${c}${row}`);
      if (subtotal === undefined) continue;
      const sum = items.reduce((acc, r) => acc.plus(value(`${c}${r}`) ?? 0), new Decimal(0));
      if (!subtotal.eq(sum)) flag(`${c}${row}`, "subtotal-mismatch", `${subtotal} ≠ Σ section ${sum}`);
    }
  }

  const figureRows = rowsOfKind(t, "data", "total", "subtotal");
  // Cost = support + counterpart.
  const measure = (m: string, fund?: string) =>
    columnsWhere(t, (c) => c.kind === "amount" && c.measure === m && (fund === undefined ? c.fund === undefined || c.fund === "total" : c.fund === fund));
  const cost = measure("cost")[0];
  const support = measure("support")[0] ?? columnsWhere(t, (c) => c.kind === "amount" && c.measure === "support")[0];
  const counterpart = measure("counterpart")[0];
  if (cost && support && counterpart) {
    for (const row of figureRows) {
      const [x, y, z] = [value(`${cost}${row}`), value(`${support}${row}`), value(`${counterpart}${row}`)];
      if (x !== undefined && y !== undefined && z !== undefined && !x.eq(y.plus(z))) flag(`${cost}${row}`, "identity-mismatch", `${x} ≠ ${y} + ${z}`);
    }
  }

  // A whole-fund column against its KCQG and KCĐP columns of the same measure and period.
  for (const whole of columnsWhere(t, (c) => (c.kind === "amount" || c.kind === "count") && c.fund === "total")) {
    const role = t.table.columns[whole] as Extract<ColumnKey, { kind: "amount" | "count" }>;
    const parts = columnsWhere(t, (c) => c.kind === role.kind && c.measure === role.measure && samePeriod(c, role) && (c.fund === "KCQG" || c.fund === "KCDP"));
    if (parts.length !== 2) continue;
    for (const row of figureRows) {
      const [x, y, z] = [value(`${whole}${row}`), value(`${parts[0]}${row}`), value(`${parts[1]}${row}`)];
      if (x !== undefined && y !== undefined && z !== undefined && !x.eq(y.plus(z))) flag(`${whole}${row}`, "fund-sum", `${x} ≠ ${y} + ${z}`);
    }
  }
  const fundless = columnsWhere(t, (c) => c.kind === "amount" && c.measure === "support" && c.fund === undefined)[0];
  const byFund = columnsWhere(t, (c) => c.kind === "amount" && c.measure === "support" && (c.fund === "KCQG" || c.fund === "KCDP"));
  if (fundless && byFund.length === 2) {
    for (const row of figureRows) {
      const [x, y, z] = [value(`${fundless}${row}`), value(`${byFund[0]}${row}`), value(`${byFund[1]}${row}`)];
      if (x !== undefined && y !== undefined && z !== undefined && !x.eq(y.plus(z))) flag(`${fundless}${row}`, "fund-sum", `${x} ≠ ${y} + ${z}`);
    }
  }

  // The identities of the column-number row.
  const numbers = columnNumbers(t);
  for (const identity of t.table.columnIdentities ?? []) {
    const { left, right, op } = parseIdentity(identity);
    const l = numbers.get(left);
    const rs = right.map((n) => numbers.get(n));
    if (!l || rs.some((x) => !x)) continue;
    for (const row of figureRows) {
      const x = t.sheet.get(`${l}${row}`);
      const lv = shownValue(x);
      const operands = rs.map((c) => value(`${c}${row}`));
      if (lv === undefined || operands.some((v) => v === undefined)) continue;
      if (op === "+") {
        const sum = operands.reduce((a, b) => a!.plus(b!), new Decimal(0))!;
        if (!lv.eq(sum)) flag(`${l}${row}`, "column-identity", `${identity}: ${lv} ≠ ${sum}`);
      } else if (!operands[1]!.isZero() && !ratioShown(x!, operands[0]!, operands[1]!).eq(lv)) {
        flag(`${l}${row}`, "completion-mismatch", `${identity}: ${lv} ≠ ${operands[0]} / ${operands[1]}`);
      }
    }
  }

  // Completion = actual / plan of the same fund and period.
  for (const c of columnsWhere(t, (x) => x.kind === "percent" && x.measure === "completion")) {
    const role = t.table.columns[c];
    const plan = columnsWhere(t, (x) => x.kind === "amount" && x.measure === "plan" && sameFund(x, role) && samePeriod(x, role))[0];
    const actual = columnsWhere(t, (x) => x.kind === "amount" && x.measure === "actual" && sameFund(x, role) && samePeriod(x, role))[0];
    if (!plan || !actual) continue;
    for (const row of rowsOfKind(t, "data", "total", "subtotal", "ofWhich")) {
      const cell = t.sheet.get(`${c}${row}`);
      const stated = shownValue(cell);
      const [a, p] = [value(`${actual}${row}`), value(`${plan}${row}`)];
      if (stated === undefined || a === undefined || p === undefined || p.isZero()) continue;
      const expected = ratioShown(cell!, a, p);
      if (!expected.eq(stated)) flag(`${c}${row}`, "completion-mismatch", `${stated} ≠ ${a} / ${p} = ${expected}`);
    }
  }

  // Share ceilings of the activities whose ceiling is a share of the cost.
  if (cost && support) {
    for (const row of data) {
      const cap = SHARE_CAPS[activityOfRow(t, row) ?? ""];
      const [x, y] = [value(`${cost}${row}`), value(`${support}${row}`)];
      if (cap !== undefined && x !== undefined && y !== undefined && y.gt(x.times(cap))) flag(`${support}${row}`, "cap-exceeded", `${y} > ${cap} × ${x}`);
    }
  }
  return out;
}

/** Ceilings that are a share of the project's cost (program-rules.md: machinery 50%, demonstration and cleaner production 30%). */
export const SHARE_CAPS: Record<string, number> = { MMTB: 0.5, MH: 0.3, SXSH: 0.3 };

/** a / b as the cell shows it: points or a fraction, rounded to its digits. */
function ratioShown(cell: CorpusCell, a: Decimal, b: Decimal): Decimal {
  const { decimals, points } = percentDigits(cell);
  return a
    .div(b)
    .times(points ? 100 : 1)
    .toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

function sameFund(a: ColumnKey, b: ColumnKey): boolean {
  return ("fund" in a ? a.fund : undefined) === ("fund" in b ? b.fund : undefined);
}

function samePeriod(a: ColumnKey, b: ColumnKey): boolean {
  const p = (c: ColumnKey): PeriodKey | undefined => ("period" in c ? c.period : undefined);
  return p(a)?.year === p(b)?.year && p(a)?.months === p(b)?.months;
}

/** 1 for the outer sections ("A", "B": funds), 2 for Roman numerals inside them; 1 for Roman numerals when there is no outer level. */
function sectionLevel(t: KeyedTable, row: number): number {
  if (rowKind(t, row) === "total") return 0;
  const no = columnsWhere(t, (c) => c.kind === "no")[0];
  const text = String(t.sheet.get(`${no}${row}`)?.value ?? "").trim();
  const outer = rowsOfKind(t, "subtotal", "section").some((r) => /^[A-H]\.?$/.test(String(t.sheet.get(`${no}${r}`)?.value ?? "").trim()));
  if (/^[A-H]\.?$/.test(text)) return 1;
  return outer ? 2 : 1;
}
