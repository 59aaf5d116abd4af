import { Decimal } from "../core/numbers/decimal-config";
import { measure } from "../core/numbers/ratios";
import { convertAmount } from "../core/numbers/units";
import type { FundingRow } from "../core/standard/province-sheet";
import { readProvinceSheet } from "../core/standard/read-province-sheet";
import type { WorkbookSnapshot } from "../core/workbook/snapshot";

/** One bar of the task pane's overview: a province's completion of its annual plan, all sources. */
export interface ProvinceCompletion {
  sheet: string;
  province: string;
  /** In tỷ đồng, whatever the sheet's unit. */
  plan: number;
  actual: number;
  /** actual / plan as a fraction; undefined when the plan is zero or missing. */
  completion?: number;
}

const FUND_SOURCES = new Set(["KCQG", "KCQG_DIEM", "KCDP"]);

/**
 * Completion by province, read from the province sheets with the standard's reader: the total row of
 * the funding table when present, else the sum of the source rows. Sheets without a readable funding
 * table are left out (their findings say why).
 */
export function completionByProvince(snapshot: WorkbookSnapshot): ProvinceCompletion[] {
  const out: ProvinceCompletion[] = [];
  for (const sheet of snapshot.sheets) {
    const ps = readProvinceSheet(sheet);
    if (!ps?.funding) continue;
    const rows = ps.funding.rows;
    const total = rows.find((r) => r.source === "total");
    const parts = total ? [total] : rows.filter((r) => FUND_SOURCES.has(r.source));
    if (parts.length === 0) continue;
    const plan = sumColumn(parts, "plan");
    const actual = sumColumn(parts, "actual");
    if (!plan || !actual) continue;
    const ratio = measure("completion", actual, plan);
    const toTy = (d: Decimal) => convertAmount(d, ps.header.unit, "ty").toNumber();
    out.push({
      sheet: sheet.name,
      province: ps.header.province.value ?? sheet.name,
      plan: toTy(plan),
      actual: toTy(actual),
      completion: ratio.ok ? ratio.value.toNumber() : undefined,
    });
  }
  return out;
}

function sumColumn(rows: FundingRow[], column: "plan" | "actual"): Decimal | undefined {
  let sum = new Decimal(0);
  for (const row of rows) {
    const n = row.cells[column]?.number;
    if (!n) return undefined;
    sum = sum.plus(n.value);
  }
  return sum;
}
