import { composeProvinceSheet, ProvinceSheetInput } from "../../../src/core/standard/compose";
import { FundingColumn, NUMBER_FORMATS, ProjectColumn } from "../../../src/core/standard/layout";
import { MoneyUnit } from "../../../src/core/numbers/units";
import { a1, columnLetter } from "../../../src/core/workbook/snapshot";
import { ColumnKey, SheetKey } from "../key";
import { fineActivity } from "../model/activities";
import { FUNDS, ReportFigures } from "../model/figures";
import { AmountStyle, ratioFormula, shown, TableKeyBuilder } from "../render/kit";
import { finish, Rendered } from "../render/rendered";
import { CorpusSheet } from "../workbook/corpus-workbook";

export interface StandardOptions {
  unit?: MoneyUnit;
  /** Totals and completion as live formulas (SUM, IFERROR(actual/plan,"")) instead of typed figures. */
  formulas?: boolean;
  sheetName?: string;
}

const FUNDING_ROLES: Record<FundingColumn, ColumnKey> = {
  source: { kind: "label" },
  plan: { kind: "amount", measure: "plan" },
  actual: { kind: "amount", measure: "actual" },
  completion: { kind: "percent", measure: "completion" },
  sameLastYear: { kind: "amount", measure: "sameLastYear" },
  previousPlan: { kind: "amount", measure: "previousPlan" },
};

const PROJECT_ROLES: Record<ProjectColumn, ColumnKey> = {
  no: { kind: "no" },
  code: { kind: "code" },
  name: { kind: "label" },
  source: { kind: "fund" },
  activity: { kind: "activity" },
  beneficiaries: { kind: "count", measure: "beneficiaries" },
  total: { kind: "amount", measure: "cost" },
  support: { kind: "amount", measure: "support" },
  counterpart: { kind: "amount", measure: "counterpart" },
  status: { kind: "status" },
  notes: { kind: "note" },
};

/**
 * KC's own province sheet standard (province-sheet-standard.md), written by KC's composer: the header block
 * (label in A, value in B), the funding table by source with its total row, the project table. The sheet
 * is named after the province.
 */
export function renderStandard(figures: ReportFigures, options: StandardOptions = {}): Rendered {
  const unit = options.unit ?? "trieu";
  const style: AmountStyle = { unit, decimals: 2, format: NUMBER_FORMATS.amount };
  const input: ProvinceSheetInput = {
    province: figures.province,
    year: figures.year,
    period: figures.months === 12 ? "Cả năm" : `${figures.months} tháng`,
    unit,
    funding: [
      ...FUNDS.map((fund) => {
        const f = figures.funds[fund];
        return {
          source: fund === "KCQG" ? "KCQG" : "KCĐP",
          plan: shown(f.plan, style),
          actual: shown(f.actual, style),
          sameLastYear: shown(f.sameLastYear, style),
          previousPlan: shown(f.previousPlan, style),
        };
      }),
      { source: "Tổng cộng" },
    ],
    projects: figures.projects.map((p, i) => ({
      no: i + 1,
      code: p.code,
      name: p.name,
      source: p.fund === "KCQG" ? "KCQG" : "KCĐP",
      activity: fineActivity(p.activity).code,
      beneficiaries: p.beneficiaries.length > 0 ? p.beneficiaries.length : undefined,
      support: shown(p.support, style),
      counterpart: shown(p.counterpart, style),
      status: p.status,
      notes: p.beneficiaries.length === 0 ? "Đề án nhóm" : undefined,
    })),
  };
  const composed = composeProvinceSheet(input);
  const pos = composed.positions;
  const sheet = new CorpusSheet(options.sheetName ?? figures.province);
  composed.rows.forEach((cells, r) => cells.forEach((cell, c) => cell && sheet.set(a1(r, c), cell.value, { format: cell.format })));
  for (const r of [0, pos.fundingTitleRow, pos.projectTitleRow]) sheet.get(a1(r, 0))!.style = { bold: true };

  // Derived figures: typed by the officer, or live formulas in the formulas variant.
  const fundingColumn = (key: FundingColumn) => columnLetter(pos.fundingColumns.indexOf(key));
  const fundingRow = (i: number) => pos.fundingHeaderRow + 2 + i; // 1-based
  const totalRow = fundingRow(2);
  for (const key of ["plan", "actual", "sameLastYear", "previousPlan"] as const) {
    const col = fundingColumn(key);
    const formula = `SUM(${col}${fundingRow(0)}:${col}${fundingRow(1)})`;
    if (options.formulas) sheet.formula(`${col}${totalRow}`, formula, { format: style.format });
    else sheet.typed(`${col}${totalRow}`, formula, { format: style.format });
  }
  const plan = fundingColumn("plan");
  const actual = fundingColumn("actual");
  const completion = fundingColumn("completion");
  for (let i = 0; i < 3; i++) {
    const r = fundingRow(i);
    if (options.formulas) sheet.formula(`${completion}${r}`, `IFERROR(${actual}${r}/${plan}${r},"")`, { format: NUMBER_FORMATS.percent });
    else sheet.typed(`${completion}${r}`, ratioFormula(`${actual}${r}`, `${plan}${r}`, { points: false, decimals: 2 }), { format: NUMBER_FORMATS.percent });
  }
  const projectColumn = (key: ProjectColumn) => columnLetter(pos.projectColumns.indexOf(key));
  figures.projects.forEach((_, i) => {
    const r = pos.projectHeaderRow + 2 + i;
    sheet.typed(`${projectColumn("total")}${r}`, `${projectColumn("support")}${r}+${projectColumn("counterpart")}${r}`, { format: style.format });
  });

  const widths = [8, 12, 46, 12, 12, 12, 16, 16, 16, 16, 14];
  widths.forEach((w, c) => sheet.width(columnLetter(c), w));

  const funding = new TableKeyBuilder([pos.fundingHeaderRow + 1], "A", columnLetter(pos.fundingColumns.length - 1));
  pos.fundingColumns.forEach((key, c) => funding.column(columnLetter(c), FUNDING_ROLES[key]));
  funding.row(totalRow, "total");
  const projects = new TableKeyBuilder([pos.projectHeaderRow + 1], "A", columnLetter(pos.projectColumns.length - 1));
  pos.projectColumns.forEach((key, c) => projects.column(columnLetter(c), PROJECT_ROLES[key]));
  sheet.boxes.push(`A${pos.fundingHeaderRow + 1}:${fundingColumn("previousPlan")}${totalRow}`);
  const lastProjectRow = pos.projectHeaderRow + 1 + figures.projects.length;
  sheet.boxes.push(`A${pos.projectHeaderRow + 1}:${projectColumn("notes")}${lastProjectRow}`);

  const key: SheetKey = {
    status: "read",
    province: figures.province,
    year: figures.year,
    months: figures.months,
    unit,
    tables: [funding.build(totalRow), projects.build(lastProjectRow)],
  };
  const id = options.formulas ? "standard-formulas" : unit === "trieu" ? "standard" : `standard-${unit}`;
  const what = options.formulas ? "totals and completion as live formulas" : `typed figures in ${unit}`;
  return finish(id, `KC's standard province sheet (province-sheet-standard.md), ${what}`, `${figures.province} ${figures.year}.xlsx`, [{ sheet, key }]);
}
