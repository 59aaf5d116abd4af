import { bilingual } from "../message";
import { a1, columnLetter } from "../workbook/snapshot";
import { ColumnRole, SheetReading } from "./types";

/** A column's role in one word: "amount:plan:KCQG:2023", "percent:completion", "label", "unknown". */
export function roleCode(role: ColumnRole): string {
  if (role.kind === "amount" || role.kind === "percent" || role.kind === "count") {
    const period = role.period ? `${role.period.year ?? ""}${role.period.months !== undefined && role.period.months < 12 ? `/${role.period.months}` : ""}` : "";
    return [role.kind, role.measure, role.fund ?? "", period].join(":").replace(/:+$/, "");
  }
  return role.kind;
}

/** The part of a reading the JSON report shows: status, why, and each table with its columns' roles. */
export function readingSummary(reading: SheetReading) {
  return {
    name: reading.sheet,
    status: reading.status,
    reason: reading.reasons.length > 0 ? bilingual(reading.reasons.map((r) => r.vi).join("; "), reading.reasons.map((r) => r.en).join("; ")) : undefined,
    tables: reading.tables.map((t) => ({
      range: `${a1(t.top, t.left)}:${a1(t.bottom, t.right)}`,
      kind: t.kind,
      headerRows: t.headerRows.map((r) => r + 1),
      columns: Object.fromEntries(t.columns.map((c) => [columnLetter(c.col), roleCode(c.role)])),
      rows: t.rows.filter((r) => r.kind === "data").length,
    })),
  };
}
