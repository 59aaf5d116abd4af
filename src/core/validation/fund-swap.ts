import { FundOf, ReadTable, SheetReading } from "../reading/types";
import { SheetSnapshot } from "../workbook/snapshot";
import { SheetContext } from "./context";

/**
 * The KCQG | KCĐP column pair of a table checked against another source in the workbook, the only way to
 * expose a pair written the wrong way round under headers left as they were (real-layouts.md §2.1: Bến
 * Tre's results export writes KCĐP figures under its "KCQG" header). A results table (indicators by fund)
 * counts something for a fund only where that fund paid for the activity; the funding table of the same
 * report says which fund paid. When the indicators sit under the fund that paid nothing, row after row,
 * and under the other one that did, the headers contradict the figures.
 *
 * Each sheet leaves a small sample (its numbered rows and which fund each fills); the check runs once all
 * sheets are read.
 */
export interface FundSample {
  sheet: string;
  province?: string;
  year?: number;
  kind: "indicators" | "money";
  /** Row number (the TT column's) → the funds the row holds a non-zero figure for. */
  rows: Map<number, Set<FundOf>>;
  /** The header cells naming each fund. */
  headers: Record<FundOf, string>;
}

/** The fund-pair samples of a sheet's tables: results indicators and funding by activity, rows numbered 1, 2, 3… */
export function fundSamples(sheet: SheetSnapshot, reading: SheetReading): FundSample[] {
  const samples: FundSample[] = [];
  for (const table of reading.tables) {
    const kind = table.kind === "indicators" ? "indicators" : table.kind === "activities" ? "money" : undefined;
    if (!kind) continue;
    const pair = fundPair(table);
    if (!pair) continue;
    const rows = new Map<number, Set<FundOf>>();
    for (const row of table.rows) {
      if (row.kind !== "data" || !/^\d+$/.test(row.no)) continue;
      const funds = new Set<FundOf>();
      for (const fund of ["KCQG", "KCDP"] as const) {
        const v = sheet.cell(row.row, pair[fund].col)?.value;
        if (typeof v === "number" && v > 0) funds.add(fund);
      }
      rows.set(Number(row.no), funds);
    }
    samples.push({
      sheet: reading.sheet,
      province: reading.facts.province?.value,
      year: reading.facts.year?.value,
      kind,
      rows,
      headers: { KCQG: pair.KCQG.headerCell, KCDP: pair.KCDP.headerCell },
    });
  }
  return samples;
}

function fundPair(table: ReadTable) {
  const of = (fund: FundOf) => table.columns.filter((c) => (c.role.kind === "amount" || c.role.kind === "count") && c.role.fund === fund);
  const [qg, dp] = [of("KCQG"), of("KCDP")];
  return qg.length === 1 && dp.length === 1 ? { KCQG: qg[0], KCDP: dp[0] } : undefined;
}

/** Rows a swap must explain, at least, and how many more than the rows the headers explain. */
const MIN_SWAPPED_ROWS = 2;

export function checkFundSwaps(samples: FundSample[], contextOf: (sheet: string) => SheetContext): void {
  const money = samples.filter((s) => s.kind === "money");
  for (const results of samples.filter((s) => s.kind === "indicators")) {
    for (const funding of money) {
      if (funding.sheet === results.sheet) continue;
      if (results.year !== undefined && funding.year !== undefined && results.year !== funding.year) continue;
      if (results.province !== undefined && funding.province !== undefined && results.province !== funding.province) continue;
      let asHeaded = 0;
      let swapped = 0;
      for (const [no, funds] of results.rows) {
        const paid = funding.rows.get(no);
        if (!paid || paid.size === 0 || funds.size !== 1) continue;
        const [fund] = [...funds];
        const other: FundOf = fund === "KCQG" ? "KCDP" : "KCQG";
        if (paid.has(fund)) asHeaded++;
        else if (paid.has(other)) swapped++;
      }
      if (swapped < MIN_SWAPPED_ROWS || swapped <= 3 * asHeaded) continue;
      contextOf(results.sheet).report(
        "read/fund-swapped",
        results.headers.KCQG,
        { rows: String(swapped), other: funding.sheet },
        { related: [results.headers.KCDP, `${funding.sheet}!${funding.headers.KCQG}`, `${funding.sheet}!${funding.headers.KCDP}`], found: "KCQG" },
      );
      break;
    }
  }
}
