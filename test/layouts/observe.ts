import { resolveProvince } from "../../src/core/provinces";
import { readSheet, ReadSheetOptions } from "../../src/core/reading/read-sheet";
import { ColumnRole, ReadTable, SheetReading } from "../../src/core/reading/types";
import { a1, columnLetter, WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { isRulesSheet } from "../../src/core/validation/rules-sheet";
import { ColumnKey, FundKey, RowKind, SheetKey, TableKey, WorkbookKey } from "./key";

/**
 * The glue between KC's reader and the corpus's answer keys: a reading turned into the key's vocabulary,
 * and a comparison listing every difference in words ("L7 Sheet1 D4: role amount:actual:KCDP, key says …").
 */
export function observeSheet(reading: SheetReading): SheetKey {
  const f = reading.facts;
  const unit = f.unit ?? reading.tables.find((t) => t.unit && t.unit.confidence !== "assumed" && t.columns.some((c) => c.role.kind === "amount"))?.unit;
  const columnUnit = reading.tables.flatMap((t) => t.columns).find((c) => c.unit)?.unit;
  const rowUnit = reading.tables.flatMap((t) => t.rows).find((r) => r.unit)?.unit;
  const sheetUnit = unit && unit.confidence !== "assumed" ? unit.value : (columnUnit?.value ?? rowUnit?.value);
  return {
    status: reading.status,
    province: f.province?.value,
    year: f.year?.value,
    months: f.months?.value,
    fund: f.fund?.value,
    unit: sheetUnit,
    tables: reading.tables.map(observeTable),
  };
}

function observeTable(t: ReadTable): TableKey {
  const columns: Record<string, ColumnKey> = {};
  for (const c of t.columns) if (c.role.kind !== "unknown") columns[columnLetter(c.col)] = roleKey(c.role);
  const rows: TableKey["rows"] = {};
  const sectionFunds: Record<number, FundKey> = {};
  const sectionActivities: Record<number, string> = {};
  const sectionProvinces: Record<number, string> = {};
  const emptyTotals: number[] = [];
  for (const r of t.rows) {
    if (r.kind !== "data") rows[r.row + 1] = r.kind as Exclude<RowKind, "data">;
    const own = (cell: string | undefined) => cell !== undefined && cell.replace(/^[A-Z]+/, "") === String(r.row + 1);
    if ((r.kind === "section" || r.kind === "subtotal") && r.fund?.evidence.kind === "section" && own(r.fund.evidence.cell))
      sectionFunds[r.row + 1] = r.fund.value;
    if ((r.kind === "section" || r.kind === "subtotal") && r.activity?.evidence.kind === "section" && own(r.activity.evidence.cell))
      sectionActivities[r.row + 1] = r.activity.value;
    if (r.province) sectionProvinces[r.row + 1] = r.province.value;
  }
  const key: TableKey = {
    range: `${a1(t.top, t.left)}:${a1(t.bottom, t.right)}`,
    headerRows: t.headerRows.map((r) => r + 1),
    columns,
    rows,
  };
  if (t.identities.length > 0) key.columnIdentities = t.identities.map((i) => i.text);
  if (Object.keys(sectionFunds).length > 0) key.sectionFunds = sectionFunds;
  if (Object.keys(sectionActivities).length > 0) key.sectionActivities = sectionActivities;
  if (Object.keys(sectionProvinces).length > 0) key.sectionProvinces = sectionProvinces;
  if (emptyTotals.length > 0) key.emptyTotals = emptyTotals;
  return key;
}

function roleKey(role: ColumnRole): ColumnKey {
  if (role.kind === "amount" || role.kind === "percent" || role.kind === "count") {
    const out: Record<string, unknown> = { kind: role.kind, measure: role.measure };
    if (role.fund) out.fund = role.fund;
    if (role.period) out.period = { year: role.period.year, months: role.period.months };
    return out as ColumnKey;
  }
  return { kind: role.kind } as ColumnKey;
}

/** Reads every sheet of a workbook as `kc validate` would (KC's own sheets left out). */
export function observeWorkbook(snapshot: WorkbookSnapshot, options: ReadSheetOptions = {}): Record<string, SheetKey> {
  const out: Record<string, SheetKey> = {};
  for (const sheet of snapshot.sheets) if (!isRulesSheet(sheet)) out[sheet.name] = observeSheet(readSheet(sheet, options));
  return out;
}

const show = (v: unknown) => (v === undefined ? "—" : typeof v === "object" ? JSON.stringify(v) : String(v));

/** Every difference between what was observed and what the key says, in words. */
export function compareWorkbook(observed: Record<string, SheetKey>, key: WorkbookKey): string[] {
  const diffs: string[] = [];
  for (const [name, expected] of Object.entries(key.sheets)) {
    const got = observed[name];
    if (!got) {
      diffs.push(`${name}: not read at all`);
      continue;
    }
    for (const field of ["status", "province", "year", "months", "fund", "unit"] as const) {
      const same = field === "province" ? sameProvince(got.province, expected.province) : show(got[field]) === show(expected[field]);
      if (!same) diffs.push(`${name}: ${field} ${show(got[field])}, key ${show(expected[field])}`);
    }
    if (expected.status === "not-report") continue;
    expected.tables.forEach((t, i) => {
      const g =
        got.tables.find((x) => x.range.split(":")[0].replace(/\d+/, "") === t.range.split(":")[0].replace(/\d+/, "") && sameStart(x, t)) ?? got.tables[i];
      if (!g) {
        diffs.push(`${name} table ${t.range}: not found`);
        return;
      }
      const where = `${name} ${t.range}`;
      if (g.range !== t.range) diffs.push(`${where}: range ${g.range}`);
      if (show(g.headerRows) !== show(t.headerRows)) diffs.push(`${where}: header rows ${show(g.headerRows)}, key ${show(t.headerRows)}`);
      for (const [col, role] of Object.entries(t.columns)) {
        if (show(sorted(g.columns[col])) !== show(sorted(role))) diffs.push(`${where} ${col}: ${show(g.columns[col])}, key ${show(role)}`);
      }
      for (const col of Object.keys(g.columns)) if (!(col in t.columns)) diffs.push(`${where} ${col}: read as ${show(g.columns[col])}, not in the key`);
      const rows = new Set([...Object.keys(t.rows), ...Object.keys(g.rows)]);
      for (const r of rows) {
        const a = g.rows[Number(r)] ?? "data";
        const b = t.rows[Number(r)] ?? "data";
        if (a !== b) diffs.push(`${where} row ${r}: ${a}, key ${b}`);
      }
      if (show(g.columnIdentities ?? []) !== show(t.columnIdentities ?? []))
        diffs.push(`${where}: identities ${show(g.columnIdentities)}, key ${show(t.columnIdentities)}`);
      for (const [field, gv, tv] of [
        ["section funds", g.sectionFunds, t.sectionFunds],
        ["section activities", g.sectionActivities, t.sectionActivities],
        ["section provinces", g.sectionProvinces, t.sectionProvinces],
      ] as const)
        if (show(field === "section provinces" ? provinceIds(gv) : (gv ?? {})) !== show(field === "section provinces" ? provinceIds(tv) : (tv ?? {})))
          diffs.push(`${where}: ${field} ${show(gv)}, key ${show(tv)}`);
    });
    if (got.tables.length > expected.tables.length) diffs.push(`${name}: ${got.tables.length} tables read, key ${expected.tables.length}`);
  }
  return diffs;
}

/** One province however spelt ("Hoà Bình" in a key, "Hòa Bình" as the official list writes it). */
const provinceId = (name: string | undefined) => {
  if (name === undefined) return undefined;
  const found = resolveProvince(name, { version: "63" });
  return found.kind === "unit" ? found.unit.id : name;
};

function sameProvince(a: string | undefined, b: string | undefined): boolean {
  return provinceId(a) === provinceId(b);
}

function provinceIds(byRow: Record<number, string> | undefined): Record<number, string | undefined> {
  return Object.fromEntries(Object.entries(byRow ?? {}).map(([row, name]) => [row, provinceId(name)]));
}

function sameStart(a: TableKey, b: TableKey): boolean {
  return a.range.split(":")[0] === b.range.split(":")[0];
}

function sorted(v: unknown): unknown {
  if (!v || typeof v !== "object") return v;
  return Object.fromEntries(
    Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, x]) => [k, sorted(x)]),
  );
}
