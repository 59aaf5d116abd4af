import { MoneyUnit, unitName } from "../numbers/units";
import { ProjectColumn, ProjectStatus, ReadCell, RowSource } from "../standard/province-sheet";
import { cellText, readNumberCell, readTextCell } from "../standard/read-cell";
import { parseSource, parseStatus } from "../standard/vocabulary";
import { SheetSnapshot, WorkbookSnapshot } from "../workbook/snapshot";
import { CorrectionBook, isCorrectionsSheet, readCorrections } from "./corrections";
import { readSheet, ReadSheetOptions } from "./read-sheet";
import { FundOf, FundOrTotal, ReadColumn, ReadTable, rowAt, SheetReading, TableRow } from "./types";

/**
 * A report as the checks and the summary use it, whatever its layout: the figures of each fund (plan,
 * actual, same period last year, previous plan) as the cells that add up to them, and the projects with
 * their fund, activity, beneficiaries and cells. KC's standard is one layout among others here.
 */
export type FundingMeasure = "plan" | "actual" | "sameLastYear" | "previousPlan";
export const FUNDING_MEASURES: readonly FundingMeasure[] = ["plan", "actual", "sameLastYear", "previousPlan"];

/** A cell that adds into a figure, in its own unit. */
export interface FigureCell {
  cell: ReadCell;
  unit: MoneyUnit;
}

export interface FundingView {
  table: ReadTable;
  figures: Record<FundOrTotal, Partial<Record<FundingMeasure, FigureCell[]>>>;
  /** Whether the funds' figures come from rows ("KCQG", "KCĐP") rather than from a total alone. */
  byFund: boolean;
}

export interface ProjectRow {
  row: number;
  table: ReadTable;
  /** The project's name (a beneficiary sub-row takes its project's). */
  name: string;
  source: RowSource;
  /** The fund as written in a per-row fund column ("" when the fund comes from elsewhere). */
  sourceText: string;
  activity?: string;
  /** The activity as written in an activity column ("" when read from a section or the name). */
  activityText: string;
  /** True when the activity was guessed from the project's name. */
  activityInferred: boolean;
  status?: ProjectStatus;
  statusText: string;
  /** Beneficiary establishments for ceilings per establishment: the number stated or named, at least 1. */
  beneficiaries: number;
  /** False when the row names no beneficiary (a group project): ceilings per establishment are not judged. */
  beneficiariesKnown: boolean;
  /** The unit of its amounts is contradicted by their size: ceilings and scales are not judged on them. */
  unitDoubt: boolean;
  cells: Partial<Record<ProjectColumn, ReadCell>>;
  unit: MoneyUnit;
}

export interface ReportHeader {
  province?: string;
  /** The cell naming the province (the summary links to it), else A1. */
  provinceCell: string;
  year?: number;
  months?: number;
  unit: MoneyUnit;
  /** The cell stating the unit, "" when none does. */
  unitCell: string;
  unitText: string;
}

export interface ReportView {
  sheet: string;
  reading: SheetReading;
  header: ReportHeader;
  funding?: FundingView;
  projects: ProjectRow[];
}

/** The officer's corrections kept in a workbook (its KC_CachDoc sheet), if any. */
export function workbookCorrections(snapshot: WorkbookSnapshot): CorrectionBook | undefined {
  const sheet = snapshot.sheets.find(isCorrectionsSheet);
  return sheet ? readCorrections(sheet) : undefined;
}

/**
 * The reports of a workbook, each read with its corrections: KC's own sheets (generated tabs, KC_QuyDinh,
 * KC_CachDoc) and sheets that are no report left out.
 */
export function workbookReports(
  snapshot: WorkbookSnapshot,
  options: ReadSheetOptions = {},
  skip: (sheet: SheetSnapshot) => boolean = () => false,
): ReportView[] {
  const book = workbookCorrections(snapshot);
  const out: ReportView[] = [];
  for (const sheet of snapshot.sheets) {
    if (isCorrectionsSheet(sheet) || skip(sheet)) continue;
    const view = reportOf(sheet, { ...options, corrections: book?.bySheet.get(sheet.name) });
    if (view) out.push(view);
  }
  return out;
}

/** Reads a sheet and gives its view, or undefined when it is not a report. */
export function reportOf(sheet: SheetSnapshot, options: ReadSheetOptions = {}): ReportView | undefined {
  const reading = readSheet(sheet, options);
  return reading.status === "not-report" ? undefined : viewOf(sheet, reading);
}

export function viewOf(sheet: SheetSnapshot, reading: SheetReading): ReportView {
  const header = headerOf(reading);
  return {
    sheet: sheet.name,
    reading,
    header,
    funding: fundingOf(sheet, reading, header.unit),
    projects: reading.tables.filter((t) => t.kind === "projects").flatMap((t) => projectsOf(sheet, t, header.unit)),
  };
}

function headerOf(reading: SheetReading): ReportHeader {
  const f = reading.facts;
  const money = reading.tables.find((t) => t.unit && t.columns.some((c) => c.role.kind === "amount"));
  const unit = f.unit ?? money?.unit;
  return {
    province: f.province?.value,
    provinceCell: f.province?.evidence.cell ?? "A1",
    year: f.year?.value,
    months: f.months?.value,
    unit: unit?.value ?? "trieu",
    unitCell: unit?.evidence.cell ?? "",
    unitText: unit ? (unit.evidence.kind === "default" ? unitName(unit.value).vi : (unit.evidence.text ?? unitName(unit.value).vi)) : "",
  };
}

const emptyFigures = (): FundingView["figures"] => ({ KCQG: {}, KCDP: {}, total: {} });

/** The unit of a cell: its row's, its column's, its table's, else the sheet's. */
export function cellUnit(table: ReadTable, column: ReadColumn, row: TableRow | undefined, fallback: MoneyUnit): MoneyUnit {
  return row?.unit?.value ?? column.unit?.value ?? table.unit?.value ?? fallback;
}

/**
 * The funding figures: from the first table that states plans or actuals (not a project list, not a
 * table of provinces). Funds told apart by rows (KC's standard, "I. Kinh phí khuyến công địa phương")
 * give each fund its row's cells; funds told apart by columns give each fund the cells of the table's
 * items. A funding report by activity (L7, "Năm báo cáo › KCĐP | KCQG") states what each fund paid: its
 * support by fund is the report's actual. A table over several periods gives the report period's
 * figures, and the year before's plan as the previous plan.
 */
function fundingOf(sheet: SheetSnapshot, reading: SheetReading, fallback: MoneyUnit): FundingView | undefined {
  const candidates = reading.tables.filter(
    (t) => t.kind !== "projects" && t.kind !== "regional" && t.columns.some((c) => c.role.kind === "amount" && measureOf(c, t) !== undefined),
  );
  const table = candidates.find((t) => t.kind === "funding") ?? candidates[0];
  if (!table) return undefined;
  const figures = emptyFigures();
  const columns = pickPeriodColumns(table, reading);
  const fundRows = table.rows.filter(
    (r) =>
      (r.kind === "data" || r.kind === "subtotal") &&
      (r.fund?.value === "KCQG" || r.fund?.value === "KCDP") &&
      (r.fund.evidence.kind === "label" || r.fund.evidence.kind === "value" || r.fund.evidence.kind === "correction"),
  );
  const grand = table.rows.find((r) => r.kind === "total" && (r.parts?.length ?? 0) > 0) ?? table.rows.find((r) => r.kind === "total");
  const add = (fund: FundOrTotal, measure: FundingMeasure, row: TableRow, column: ReadColumn) => {
    const list = (figures[fund][measure] ??= []);
    list.push({ cell: readNumberCell(sheet, row.row, column.col), unit: cellUnit(table, column, row, fallback) });
  };
  const byFund = table.fundByRow && fundRows.length > 0;
  for (const { column, measure } of columns) {
    const fund = (column.role as { fund?: FundOrTotal }).fund;
    if (byFund && !fund) {
      for (const row of fundRows) add(row.fund!.value as FundOf, measure, row, column);
      if (grand) add("total", measure, grand, column);
    } else {
      const items =
        grand?.parts && grand.parts.length > 0 ? grand.parts.map((r) => rowAt(table, r)!).filter((r) => r) : table.rows.filter((r) => r.kind === "data");
      for (const row of items) add(fund ?? "total", measure, row, column);
    }
  }
  return { table, figures, byFund: byFund || columns.some((c) => (c.column.role as { fund?: FundOrTotal }).fund !== undefined) };
}

function measureOf(column: ReadColumn, table?: ReadTable): FundingMeasure | undefined {
  if (column.role.kind !== "amount") return undefined;
  const m = column.role.measure;
  if (m === "support" && table?.kind === "activities" && (column.role.fund === "KCQG" || column.role.fund === "KCDP")) return "actual";
  return m === "plan" || m === "actual" || m === "sameLastYear" || m === "previousPlan" ? m : undefined;
}

/** The columns of the report's period, with the previous year's plan and same period taken as such. */
function pickPeriodColumns(table: ReadTable, reading: SheetReading): { column: ReadColumn; measure: FundingMeasure }[] {
  const money = table.columns.filter((c) => measureOf(c, table) !== undefined);
  const periods = money.map((c) => (c.role as { period?: { year?: number; months?: number } }).period).filter((p) => p !== undefined);
  if (periods.length === 0) return money.map((column) => ({ column, measure: measureOf(column, table)! }));
  const year = reading.facts.year?.value ?? Math.max(...periods.map((p) => p!.year ?? 0));
  const months = reading.facts.months?.value ?? 12;
  const main = periods.find((p) => p!.year === year && (p!.months ?? 12) === months) ?? periods.find((p) => p!.year === year) ?? periods[periods.length - 1]!;
  const out: { column: ReadColumn; measure: FundingMeasure }[] = [];
  for (const column of money) {
    const p = (column.role as { period?: { year?: number; months?: number } }).period;
    const measure = measureOf(column, table)!;
    if (!p || (p.year === main.year && p.months === main.months)) out.push({ column, measure });
    else if (p.year !== undefined && main.year !== undefined && p.year === main.year - 1) {
      if (measure === "plan") out.push({ column, measure: "previousPlan" });
      else if (measure === "actual" && (p.months ?? 12) === (main.months ?? 12)) out.push({ column, measure: "sameLastYear" });
    }
  }
  return out;
}

/** A project table's item rows as projects, their cells read from the sheet when asked. */
function projectsOf(sheet: SheetSnapshot, table: ReadTable, fallback: MoneyUnit): ProjectRow[] {
  const find = (pick: (c: ReadColumn) => boolean) => table.columns.find(pick);
  const amount = (measure: string, fund?: FundOf) =>
    find(
      (c) => c.role.kind === "amount" && c.role.measure === measure && (fund === undefined ? !c.role.fund || c.role.fund === "total" : c.role.fund === fund),
    );
  const fundSupport = table.columns.filter(
    (c) => c.role.kind === "amount" && c.role.measure === "support" && (c.role.fund === "KCQG" || c.role.fund === "KCDP"),
  );
  const columns: Partial<Record<ProjectColumn, ReadColumn>> = {
    no: find((c) => c.role.kind === "no"),
    code: find((c) => c.role.kind === "code"),
    name: find((c) => c.role.kind === "label"),
    source: find((c) => c.role.kind === "fund"),
    activity: find((c) => c.role.kind === "activity"),
    beneficiaries: find((c) => c.role.kind === "count" && c.role.measure === "beneficiaries"),
    total: amount("cost"),
    support: amount("support"),
    counterpart: amount("counterpart"),
    status: find((c) => c.role.kind === "status"),
    notes: find((c) => c.role.kind === "note"),
  };
  const cols: Partial<Record<ProjectColumn, number>> = {};
  for (const [key, column] of Object.entries(columns) as [ProjectColumn, ReadColumn | undefined][]) if (column) cols[key] = column.col;
  const cellsOf = rowCellsReader(sheet, cols);
  const countColumn = columns.beneficiaries !== undefined;
  const unitOf = (col: number | undefined) => (col !== undefined ? columnUnit(table, col) : undefined);
  const projects: ProjectRow[] = [];
  for (const row of table.rows) {
    if (row.kind !== "data") continue;
    // Support by fund columns ("Nguồn vốn › TW | Địa phương"), when no single support column: the row's fund's.
    let supportCol = cols.support;
    if (supportCol === undefined && fundSupport.length > 0)
      supportCol = (fundSupport.find((c) => (c.role as { fund: FundOf }).fund === row.fund?.value) ?? fundSupport[0]).col;
    const sourceText = cols.source !== undefined ? cellText(sheet.cell(row.row, cols.source)) : "";
    let source: RowSource = sourceText !== "" ? parseSource(sourceText) : "other";
    if ((source === "other" || source === "total") && row.fund && row.fund.value !== "total" && (sourceText === "" || row.fund.evidence.kind === "value"))
      source = row.fund.value;
    const statusText = cols.status !== undefined ? cellText(sheet.cell(row.row, cols.status)) : "";
    const activityText = cols.activity !== undefined ? cellText(sheet.cell(row.row, cols.activity)) : "";
    const nameRow = row.continues !== undefined ? rowAt(table, row.continues) : row;
    const named = row.beneficiaries?.value;
    projects.push({
      row: row.row,
      table,
      name: nameRow?.label ?? row.label,
      source,
      sourceText,
      activity: row.activity?.value,
      activityText,
      activityInferred: row.activity?.evidence.kind === "inferred",
      status: statusText === "" ? undefined : parseStatus(statusText),
      statusText,
      beneficiaries: named !== undefined && named >= 1 ? named : 1,
      beneficiariesKnown: countColumn || named === undefined || named >= 1,
      cells: cellsOf(row.row, supportCol),
      unitDoubt: [cols.total, supportCol, cols.counterpart].some((c) => c !== undefined && table.unitContradicted.includes(c)),
      unit: row.unit?.value ?? unitOf(supportCol) ?? table.unit?.value ?? fallback,
    });
  }
  return projects;
}

function columnUnit(table: ReadTable, col: number): MoneyUnit | undefined {
  return table.columns.find((c) => c.col === col)?.unit?.value;
}

const NUMERIC = new Set<ProjectColumn>(["beneficiaries", "total", "support", "counterpart"]);

/**
 * The cells of a table's rows, each read from the sheet when asked rather than kept: a table of thousands
 * of rows then holds no object per cell while it is checked (the sheet is held compactly; reading a cell
 * again is cheap). The columns are getters of one class per table, so a row costs one small object; they
 * are enumerable on the prototype, so `in` sees them and toJSON lists them.
 */
function rowCellsReader(
  sheet: SheetSnapshot,
  cols: Partial<Record<ProjectColumn, number>>,
): (row: number, supportCol: number | undefined) => Partial<Record<ProjectColumn, ReadCell>> {
  const keys = Object.keys(cols) as ProjectColumn[];
  class RowCells {
    constructor(
      readonly _row: number,
      readonly _support: number | undefined,
    ) {}
    toJSON(): Partial<Record<ProjectColumn, ReadCell>> {
      const out: Partial<Record<ProjectColumn, ReadCell>> = {};
      for (const key of [...keys, ...(this._support !== undefined && !keys.includes("support") ? ["support" as const] : [])])
        out[key] = (this as unknown as Record<string, ReadCell>)[key];
      return out;
    }
  }
  const read = (key: ProjectColumn, row: number, col: number) => (NUMERIC.has(key) ? readNumberCell(sheet, row, col) : readTextCell(sheet, row, col));
  for (const key of keys) {
    if (key === "support") continue;
    const col = cols[key]!;
    Object.defineProperty(RowCells.prototype, key, {
      enumerable: true,
      get(this: RowCells) {
        return read(key, this._row, col);
      },
    });
  }
  Object.defineProperty(RowCells.prototype, "support", {
    enumerable: true,
    get(this: RowCells) {
      return this._support === undefined ? undefined : read("support", this._row, this._support);
    },
  });
  return (row, supportCol) => new RowCells(row, supportCol) as unknown as Partial<Record<ProjectColumn, ReadCell>>;
}
