import { MoneyUnit } from "../numbers/units";
import { a1, Cell, CellValue } from "../workbook/snapshot";
import {
  ColumnSpec,
  FUNDING_COLUMNS,
  FundingColumn,
  HEADER_FIELDS,
  HeaderKey,
  NUMBER_FORMATS,
  PROJECT_COLUMNS,
  ProjectColumn,
  TABLE_TITLES,
  UNITS,
} from "./layout";

/** A cell to write: a value, or a value with a number format or a formula. */
export type CellInput = CellValue | Cell;

export interface ProvinceSheetInput {
  province: string;
  year: number | string;
  period?: string;
  unit?: MoneyUnit;
  /** Funding rows by column; a row whose source is "Tổng cộng" is a total row. */
  funding?: Partial<Record<FundingColumn, CellInput>>[];
  projects?: Partial<Record<ProjectColumn, CellInput>>[];
  /** Column order of each table (default: the standard's order, every column). */
  fundingColumns?: readonly FundingColumn[];
  projectColumns?: readonly ProjectColumn[];
  /** Write labels in English (the standard accepts both). */
  english?: boolean;
}

/** Where things are on a composed sheet (0-based), for writers that style or validate ranges. */
export interface SheetPositions {
  header: Record<HeaderKey, { labelRow: number; labelCol: number; valueRow: number; valueCol: number }>;
  titleRow: number;
  fundingTitleRow: number;
  fundingHeaderRow: number;
  fundingColumns: readonly FundingColumn[];
  fundingRows: number;
  projectTitleRow: number;
  projectHeaderRow: number;
  projectColumns: readonly ProjectColumn[];
  projectRows: number;
}

export interface ComposedSheet {
  rows: (Cell | undefined)[][];
  positions: SheetPositions;
}

const specOf = <K extends string>(specs: readonly ColumnSpec<K>[], key: K) => specs.find((s) => s.key === key)!;

function formatFor(kind: ColumnSpec<string>["kind"]): string | undefined {
  if (kind === "amount") return NUMBER_FORMATS.amount;
  if (kind === "percent") return NUMBER_FORMATS.percent;
  if (kind === "count") return NUMBER_FORMATS.count;
  return undefined;
}

function toCell(input: CellInput | undefined, format: string | undefined): Cell | undefined {
  if (input === undefined || input === null) return undefined;
  const cell: Cell = typeof input === "object" && "value" in input ? { ...input } : { value: input as CellValue };
  if (cell.format === undefined && format && typeof cell.value === "number") cell.format = format;
  return cell;
}

/**
 * Lays out a province sheet by the standard: title, header block (label in A, value in B), the funding
 * table, a blank row, the project table. The template writes it empty; tests, the sample and the
 * benchmark write it filled. Amount cells get the standard's number formats unless they carry their own.
 */
export function composeProvinceSheet(input: ProvinceSheetInput): ComposedSheet {
  const lang = input.english ? "en" : "vi";
  const rows: (Cell | undefined)[][] = [];
  const put = (r: number, c: number, cell: Cell | undefined) => {
    (rows[r] ??= [])[c] = cell;
  };
  const titleRow = 0;
  put(titleRow, 0, { value: TABLE_TITLES.sheet[lang] });
  const unitLabel = UNITS.find((u) => u.unit === (input.unit ?? "trieu"))!.label;
  const headerValues: Record<HeaderKey, CellValue> = { province: input.province, year: input.year, period: input.period ?? "Cả năm", unit: unitLabel };
  const header = {} as SheetPositions["header"];
  HEADER_FIELDS.forEach((field, i) => {
    const r = 2 + i;
    put(r, 0, { value: field.label[lang] });
    put(r, 1, { value: headerValues[field.key], format: field.key === "year" ? NUMBER_FORMATS.year : undefined });
    header[field.key] = { labelRow: r, labelCol: 0, valueRow: r, valueCol: 1 };
  });

  const fundingColumns = input.fundingColumns ?? FUNDING_COLUMNS.map((c) => c.key);
  const fundingTitleRow = 2 + HEADER_FIELDS.length + 1;
  const fundingHeaderRow = fundingTitleRow + 1;
  put(fundingTitleRow, 0, { value: TABLE_TITLES.funding[lang] });
  fundingColumns.forEach((key, c) => put(fundingHeaderRow, c, { value: specOf(FUNDING_COLUMNS, key).label[lang] }));
  const funding = input.funding ?? [];
  funding.forEach((row, i) =>
    fundingColumns.forEach((key, c) => put(fundingHeaderRow + 1 + i, c, toCell(row[key], formatFor(specOf(FUNDING_COLUMNS, key).kind)))),
  );

  const projectColumns = input.projectColumns ?? PROJECT_COLUMNS.map((c) => c.key);
  const projectTitleRow = fundingHeaderRow + 1 + Math.max(funding.length, 1) + 1;
  const projectHeaderRow = projectTitleRow + 1;
  put(projectTitleRow, 0, { value: TABLE_TITLES.projects[lang] });
  projectColumns.forEach((key, c) => put(projectHeaderRow, c, { value: specOf(PROJECT_COLUMNS, key).label[lang] }));
  const projects = input.projects ?? [];
  projects.forEach((row, i) =>
    projectColumns.forEach((key, c) => put(projectHeaderRow + 1 + i, c, toCell(row[key], formatFor(specOf(PROJECT_COLUMNS, key).kind)))),
  );
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return {
    rows,
    positions: {
      header,
      titleRow,
      fundingTitleRow,
      fundingHeaderRow,
      fundingColumns,
      fundingRows: funding.length,
      projectTitleRow,
      projectHeaderRow,
      projectColumns,
      projectRows: projects.length,
    },
  };
}

/** The A1 address of a column of a composed table at a data row index (0-based within the table). */
export function composedAddress(positions: SheetPositions, table: "funding" | "projects", key: string, index: number): string {
  if (table === "funding") return a1(positions.fundingHeaderRow + 1 + index, positions.fundingColumns.indexOf(key as FundingColumn));
  return a1(positions.projectHeaderRow + 1 + index, positions.projectColumns.indexOf(key as ProjectColumn));
}

/**
 * The blank standard sheet "new province sheet" writes (the CLI's template through ExcelJS, the task
 * pane through Office.js): header block filled, funding rows KCQG / KCĐP / Tổng cộng with the total
 * row and completion as formulas, the project table's header with no rows.
 */
export function composeBlankProvinceSheet(province: string, year: number, period?: string, unit?: MoneyUnit): ComposedSheet {
  const composed = composeProvinceSheet({
    province,
    year,
    period,
    unit,
    funding: [{ source: "KCQG" }, { source: "KCĐP" }, { source: "Tổng cộng" }],
  });
  const p = composed.positions;
  const at = (key: FundingColumn, i: number) => composedAddress(p, "funding", key, i);
  const set = (key: FundingColumn, i: number, cell: Cell) => {
    const c = p.fundingColumns.indexOf(key);
    if (c >= 0) composed.rows[p.fundingHeaderRow + 1 + i][c] = cell;
  };
  for (const key of ["plan", "actual", "sameLastYear", "previousPlan"] as const) {
    set(key, 2, { value: 0, formula: `SUM(${at(key, 0)}:${at(key, 1)})`, format: NUMBER_FORMATS.amount });
  }
  for (let i = 0; i < 3; i++) {
    set("completion", i, { value: "", formula: `IFERROR(${at("actual", i)}/${at("plan", i)},"")`, format: NUMBER_FORMATS.percent });
  }
  return composed;
}
