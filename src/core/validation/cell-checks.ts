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
import { FundingColumn, ProjectColumn, ReadCell, ReadNumber } from "../standard/province-sheet";
import { parseSource } from "../standard/vocabulary";
import { fundOfText, headerTerm } from "../reading/header-terms";
import { ReadTable } from "../reading/types";
import { ProjectRow, ReportView } from "../reading/view";
import { a1, parseA1 } from "../workbook/snapshot";
import { figureArg, fundingLabel, projectLabel, SheetContext } from "./context";
import { num } from "./message";

const FUNDING_TABLE = bilingual("Kinh phí", "funding");
const PROJECT_TABLE = bilingual("Đề án", "projects");

const labelsOf = (keys: readonly string[], label: (k: never) => Bilingual) => {
  const names = keys.map((k) => label(k as never));
  return bilingual(names.map((n) => `"${n.vi}"`).join(", "), names.map((n) => `"${n.en}"`).join(", "));
};

/**
 * KC's standard (a sheet with the "Tỉnh/Thành phố" header block): its header values readable, both of its
 * tables present with their required columns. Other layouts are judged by their reading status instead.
 */
export function checkStandardStructure(view: ReportView, ctx: SheetContext): void {
  const { facts, tables } = view.reading;
  if (!facts.standardHeader) return;
  for (const u of facts.unread) {
    if (u.field === "province") ctx.report("header/province", u.cell, {}, { found: null });
    else if (u.field === "year") ctx.report("header/year", u.cell, { text: u.text }, { found: u.text });
    else if (u.field === "period") ctx.report("header/period", u.cell, { text: u.text }, { found: u.text });
    else ctx.report("header/unit", u.cell, { text: u.text }, { found: u.text });
  }
  if (!facts.year && !facts.unread.some((u) => u.field === "year")) {
    const provinceLabel = facts.unread.find((u) => u.field === "province")?.labelCell ?? labelCellOf(facts.province?.evidence.cell);
    ctx.report("header/year", provinceLabel, { text: "" }, { found: null });
  }
  const funding = tables.find((t) => t.kind === "funding");
  const projects = tables.find((t) => t.kind === "projects");
  const missing = (table: ReadTable, required: readonly string[]) => required.filter((key) => !hasStandardColumn(table, key));
  if (!funding) ctx.report("structure/missing-table", "", { table: FUNDING_TABLE, labels: labelsOf(FUNDING_HEADER_KEYS, fundingLabel) });
  else
    for (const key of missing(funding, FUNDING_REQUIRED))
      ctx.report("structure/missing-column", "", { table: FUNDING_TABLE, column: fundingLabel(key as FundingColumn) });
  if (!projects) ctx.report("structure/missing-table", "", { table: PROJECT_TABLE, labels: labelsOf(PROJECT_HEADER_KEYS, projectLabel) });
  else
    for (const key of missing(projects, PROJECT_REQUIRED))
      ctx.report("structure/missing-column", "", { table: PROJECT_TABLE, column: projectLabel(key as ProjectColumn) });
}

const FUNDING_REQUIRED: readonly FundingColumn[] = FUNDING_COLUMNS.filter((c) => c.required).map((c) => c.key);
const PROJECT_REQUIRED: readonly ProjectColumn[] = PROJECT_COLUMNS.filter((c) => c.required).map((c) => c.key);

/** Whether a table read from a standard sheet has the column the standard names `key`. */
function hasStandardColumn(table: ReadTable, key: string): boolean {
  const role = (kind: string, measure?: string) =>
    table.columns.some((c) => c.role.kind === kind && (measure === undefined || (c.role as { measure?: string }).measure === measure));
  switch (key) {
    case "source":
      return table.kind === "funding" ? role("label") : role("fund");
    case "plan":
    case "actual":
      return role("amount", key);
    case "name":
      return role("label");
    case "activity":
      return role("activity");
    case "total":
      return role("amount", "cost");
    case "support":
    case "counterpart":
      return role("amount", key);
    default:
      return true;
  }
}

function labelCellOf(cell: string | undefined): string {
  if (!cell) return "";
  const { row, col } = parseA1(cell);
  return a1(row, Math.max(col - 1, 0));
}

/** type/*, value/negative of one numeric cell. */
export function checkNumberCell(cell: ReadCell | undefined, column: Bilingual, ctx: SheetContext, mayBeNegative = false): void {
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

/** A funding table whose rows are named by fund ("Nguồn kinh phí | KCQG | KCĐP | Tổng cộng"): every row names a known fund. */
export function checkFundingSources(table: ReadTable, ctx: SheetContext): void {
  if (table.kind !== "funding") return;
  const label = table.columns.find((c) => c.role.kind === "label");
  if (!label || headerTerm(label.header[label.header.length - 1]).plain !== "fund") return;
  for (const row of table.rows) {
    if (row.kind !== "data") continue;
    const text = row.label;
    if (text === "" || fundOfText(text) || parseSource(text) !== "other") continue;
    ctx.report("enum/source", a1(row.row, label.col), { text, allowed: fundingSources }, { found: text });
  }
}

/** Per-row texts of a project list (fund, activity, status), the number of beneficiaries, missing figures. */
export function checkProjectCells(rows: ProjectRow[], ctx: SheetContext): void {
  for (const row of rows) {
    const { cells } = row;
    // Each cell is read once: a row's cells are read from the sheet when asked.
    if ("source" in cells && (row.source === "other" || row.source === "total")) {
      ctx.report("enum/source", cells.source!.address, { text: row.sourceText, allowed: projectSources }, { found: row.sourceText });
    }
    if (row.activityText !== "" && row.activity === undefined) {
      ctx.report("enum/activity", cells.activity!.address, { text: row.activityText }, { found: row.activityText });
    }
    if (row.statusText !== "" && row.status === undefined) {
      ctx.report("enum/status", cells.status!.address, { text: row.statusText, allowed: statuses }, { found: row.statusText });
    }
    if ("beneficiaries" in cells) {
      const cell = cells.beneficiaries!;
      const b = cell.number;
      if (b && !isWholeCount(b) && (!b.value.isInteger() || b.value.lt(1))) {
        ctx.report("value/beneficiaries", cell.address, { value: num(b.value, b.value.decimalPlaces()) }, { found: b.double });
      }
    }
    const missing: ProjectColumn[] = [];
    if ("activity" in cells && row.activityText === "" && row.activity === undefined) missing.push("activity");
    for (const key of ["total", "support"] as const) if (key in cells && cells[key]?.empty) missing.push(key);
    for (const key of missing) ctx.report("value/missing", cells[key]!.address, { name: row.name, column: projectLabel(key) });
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
    if (!cell?.text) continue;
    const key = codeKey(cell.text);
    const seen = first.get(key);
    if (seen) ctx.report("dup/project-code", cell.address, { code: cell.text, first: String(seen.row + 1) }, { related: [seen.address], found: cell.text });
    else first.set(key, cell);
  }
}
