import { bilingual, Bilingual } from "../message";
import { codeKey } from "../standard/vocabulary";
import {
  FUNDING_COLUMNS,
  FUNDING_HEADER_KEYS,
  FUNDING_SOURCES,
  PROJECT_COLUMNS,
  PROJECT_HEADER_KEYS,
  PROJECT_SOURCES,
  PROJECT_STATUSES,
} from "../standard/layout";
import { FundingRow, ProjectRow, ProvinceSheet, ReadCell, ReadNumber } from "../standard/province-sheet";
import { figureArg, fundingLabel, projectLabel, SheetContext } from "./context";
import { num } from "./message";

const FUNDING_TABLE = bilingual("Kinh phí", "funding");
const PROJECT_TABLE = bilingual("Đề án", "projects");

const labelsOf = (keys: readonly string[], label: (k: never) => Bilingual) => {
  const names = keys.map((k) => label(k as never));
  return bilingual(names.map((n) => `"${n.vi}"`).join(", "), names.map((n) => `"${n.en}"`).join(", "));
};

/** Header block and tables present, required columns there. */
export function checkStructure(ps: ProvinceSheet, ctx: SheetContext): void {
  const { header } = ps;
  if (header.province.value === undefined) ctx.report("header/province", header.province.cell, {}, { found: null });
  if (header.year && header.year.value === undefined) ctx.report("header/year", header.year.cell, { text: header.year.text }, { found: header.year.text });
  if (!header.year) ctx.report("header/year", header.province.labelCell, { text: "" }, { found: null });
  if (header.period && header.period.value === undefined && header.period.text !== "") {
    ctx.report("header/period", header.period.cell, { text: header.period.text }, { found: header.period.text });
  }
  if (header.unitField && header.unitField.value === undefined && header.unitField.text !== "") {
    ctx.report("header/unit", header.unitField.cell, { text: header.unitField.text }, { found: header.unitField.text });
  }
  if (!ps.funding) ctx.report("structure/missing-table", "", { table: FUNDING_TABLE, labels: labelsOf(FUNDING_HEADER_KEYS, fundingLabel) });
  else for (const key of ps.funding.missing) ctx.report("structure/missing-column", "", { table: FUNDING_TABLE, column: fundingLabel(key) });
  if (!ps.projects) ctx.report("structure/missing-table", "", { table: PROJECT_TABLE, labels: labelsOf(PROJECT_HEADER_KEYS, projectLabel) });
  else for (const key of ps.projects.missing) ctx.report("structure/missing-column", "", { table: PROJECT_TABLE, column: projectLabel(key) });
}

/** type/*, value/negative of one numeric cell. */
function checkNumberCell(cell: ReadCell | undefined, column: Bilingual, ctx: SheetContext, mayBeNegative = false): void {
  if (!cell || cell.empty) return;
  if (cell.problem?.kind === "formula-error") {
    ctx.report("type/formula-error", cell.address, { column, error: cell.problem.error }, { found: cell.problem.error });
    return;
  }
  if (cell.problem?.kind === "not-number") {
    ctx.report("type/not-number", cell.address, { column, reason: cell.problem.reason }, { found: cell.text ?? null });
    return;
  }
  const n = cell.number;
  if (!n) return;
  if (n.origin === "text") {
    const style =
      n.style === "en"
        ? bilingual(" (viết theo kiểu tiếng Anh: kiểm tra lại dấu chấm, dấu phẩy)", " (written the English way: check the separators)")
        : bilingual("", "");
    ctx.report(
      "type/text-number",
      cell.address,
      { column, text: cell.text ?? "", value: figureArg(n), style },
      { found: cell.text ?? null, expected: n.value.toNumber() },
    );
  }
  if (!mayBeNegative && n.double < 0) {
    ctx.report("value/negative", cell.address, { column, value: figureArg(n) }, { found: n.value.toNumber(), expected: [0, Number.MAX_VALUE] });
  }
}

const fundingSources = bilingual(FUNDING_SOURCES.join(", "), FUNDING_SOURCES.join(", "));
const projectSources = bilingual(PROJECT_SOURCES.join(", "), PROJECT_SOURCES.join(", "));
const statuses = bilingual(PROJECT_STATUSES.join(", "), "Kế hoạch (planned), Đang thực hiện (ongoing), Hoàn thành (done), Dừng (stopped)");

export function checkFundingCells(rows: FundingRow[], ctx: SheetContext): void {
  for (const row of rows) {
    const source = row.cells.source;
    if (source && row.source === "other")
      ctx.report("enum/source", source.address, { text: row.sourceText, allowed: fundingSources }, { found: row.sourceText });
    for (const spec of FUNDING_COLUMNS) {
      if (spec.kind === "amount" || spec.kind === "percent") checkNumberCell(row.cells[spec.key], spec.label, ctx);
    }
  }
}

export function checkProjectCells(rows: ProjectRow[], ctx: SheetContext): void {
  for (const row of rows) {
    for (const spec of PROJECT_COLUMNS) {
      if (spec.kind === "amount" || spec.kind === "count") checkNumberCell(row.cells[spec.key], spec.label, ctx);
    }
    if (row.isTotal) continue;
    const { cells } = row;
    if (cells.source && (row.source === "other" || row.source === "total")) {
      ctx.report("enum/source", cells.source.address, { text: row.sourceText, allowed: projectSources }, { found: row.sourceText });
    }
    if (cells.activity && row.activity === undefined) {
      ctx.report("enum/activity", cells.activity.address, { text: row.activityText }, { found: row.activityText });
    }
    if (cells.status && !cells.status.empty && row.status === undefined) {
      ctx.report("enum/status", cells.status.address, { text: row.statusText, allowed: statuses }, { found: row.statusText });
    }
    const b = cells.beneficiaries?.number;
    if (b && !isWholeCount(b) && (!b.value.isInteger() || b.value.lt(1))) {
      ctx.report("value/beneficiaries", cells.beneficiaries!.address, { value: num(b.value, b.value.decimalPlaces()) }, { found: b.double });
    }
    const name = cells.name?.text ?? "";
    for (const key of ["total", "support"] as const) {
      const cell = cells[key];
      if (cell?.empty) ctx.report("value/missing", cell.address, { name, column: projectLabel(key) });
    }
  }
}

/** A stored number that is a whole count ≥ 1 as a double is one exactly: no Decimal needed to say so. */
function isWholeCount(n: ReadNumber): boolean {
  return n.origin !== "text" && Number.isInteger(n.double) && n.double >= 1;
}

/** A project code used twice in a sheet (codes compared folded: "ĐA-01" = "da-01"). */
export function checkDuplicateCodes(rows: ProjectRow[], ctx: SheetContext): void {
  const first = new Map<string, ReadCell>();
  for (const row of rows) {
    const cell = row.cells.code;
    if (row.isTotal || !cell?.text) continue;
    const key = codeKey(cell.text);
    const seen = first.get(key);
    if (seen) ctx.report("dup/project-code", cell.address, { code: cell.text, first: String(seen.row + 1) }, { related: [seen.address], found: cell.text });
    else first.set(key, cell);
  }
}
