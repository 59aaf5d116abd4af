import { FUNDING_COLUMNS, PROJECT_COLUMNS } from "../standard/layout";
import { ProvinceSheet, TableBase } from "../standard/province-sheet";
import { readProvinceSheet } from "../standard/read-province-sheet";
import { SheetSnapshot } from "../workbook/snapshot";
import { ColumnIdentity, ReviewHints, TableHint } from "./hints";

/** Review hints of a sheet of the standard (undefined for any other sheet): its two tables, their total rows and identities. */
export function standardHints(sheet: SheetSnapshot): ReviewHints | undefined {
  const ps = readProvinceSheet(sheet);
  return ps ? hintsOfProvinceSheet(ps) : undefined;
}

/**
 * The tables of a province sheet as review hints: the funding table (its Tổng cộng row a total,
 * completion = actual / plan) and the project table (its total row, cost = support + counterpart).
 */
export function hintsOfProvinceSheet(ps: ProvinceSheet): ReviewHints {
  const tables: TableHint[] = [];
  if (ps.funding && ps.funding.rows.length > 0) {
    const { columns } = ps.funding;
    const identities: ColumnIdentity[] = [];
    if (columns.completion !== undefined && columns.actual !== undefined && columns.plan !== undefined) {
      identities.push({ column: columns.completion, expression: { op: "/", left: { column: columns.actual }, right: { column: columns.plan } } });
    }
    const figures = FUNDING_COLUMNS.filter((c) => c.kind === "amount" || c.kind === "percent").map((c) => columns[c.key]);
    tables.push(
      tableHint(
        ps.funding,
        ps.funding.rows.map((r) => r.row),
        ps.funding.rows.filter((r) => r.source === "total").map((r) => r.row),
        figures,
        identities,
      ),
    );
  }
  if (ps.projects && ps.projects.rows.length > 0) {
    const { columns } = ps.projects;
    const identities: ColumnIdentity[] = [];
    if (columns.total !== undefined && columns.support !== undefined && columns.counterpart !== undefined) {
      identities.push({ column: columns.total, expression: { op: "+", left: { column: columns.support }, right: { column: columns.counterpart } } });
    }
    const figures = PROJECT_COLUMNS.filter((c) => c.kind === "amount" || c.kind === "count").map((c) => columns[c.key]);
    tables.push(
      tableHint(
        ps.projects,
        ps.projects.rows.map((r) => r.row),
        ps.projects.rows.filter((r) => r.isTotal).map((r) => r.row),
        figures,
        identities,
      ),
    );
  }
  return { tables };
}

function tableHint(table: TableBase<string>, rows: number[], totalRows: number[], figures: (number | undefined)[], identities: ColumnIdentity[]): TableHint {
  const columns = Object.values(table.columns).filter((c): c is number => c !== undefined);
  return {
    top: Math.min(...rows),
    bottom: Math.max(...rows),
    left: Math.min(...columns),
    right: Math.max(...columns),
    figureColumns: figures.filter((c): c is number => c !== undefined),
    totalRows,
    columnIdentities: identities,
  };
}
