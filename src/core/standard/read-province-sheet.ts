import { Decimal } from "../numbers/decimal-config";
import { parseUnit } from "../numbers/units";
import { bilingual } from "../message";
import { a1, SheetSnapshot } from "../workbook/snapshot";
import {
  ColumnSpec,
  DEFAULT_UNIT,
  FUNDING_COLUMNS,
  FUNDING_HEADER_KEYS,
  HEADER_FIELDS,
  HeaderKey,
  PROJECT_COLUMNS,
  PROJECT_HEADER_KEYS,
  RULES_SHEET_NAME,
} from "./layout";
import { labelIndex, labelKey } from "./labels";
import {
  CompletionScale,
  FundingColumn,
  FundingRow,
  FundingTable,
  HeaderField,
  ProjectColumn,
  ProjectRow,
  ProjectTable,
  ProvinceHeader,
  ProvinceSheet,
  ReadCell,
  ReadNumber,
  TableBase,
} from "./province-sheet";
import { cellText, readNumberCell, readTextCell } from "./read-cell";
import { activityCode, isTotalLabel, parsePeriod, parseSource, parseStatus, parseYear } from "./vocabulary";

const HEADER_BLOCK_ROWS = 15;
/** How far right of a header label its value may sit (merged label cells push it further). */
const HEADER_VALUE_REACH = 4;
const HEADER_INDEX = labelIndex(HEADER_FIELDS);
const FUNDING_INDEX = labelIndex(FUNDING_COLUMNS);
const PROJECT_INDEX = labelIndex(PROJECT_COLUMNS);
/** Every column label of both tables: a "value" that is one of them is a column header, not a province. */
const ANY_COLUMN_LABEL = new Set([...FUNDING_INDEX.keys(), ...PROJECT_INDEX.keys()]);
/** Longer text is never a label: skip folding it when scanning rows. */
const MAX_LABEL_LENGTH = 80;

/**
 * Reads a province sheet by its labels (docs/standard.md): header block, funding table,
 * project table, in any column order, with extra rows and columns ignored. Undefined when the sheet has
 * no "Tỉnh/Thành phố" label in its header block: it is then not a province sheet.
 */
export function readProvinceSheet(sheet: SheetSnapshot): ProvinceSheet | undefined {
  // The checks and the summary planner both read each sheet: the second read is the first one's result.
  if (READ.has(sheet)) return READ.get(sheet);
  const read = readUncached(sheet);
  READ.set(sheet, read);
  return read;
}

const READ = new WeakMap<SheetSnapshot, ProvinceSheet | undefined>();

function readUncached(sheet: SheetSnapshot): ProvinceSheet | undefined {
  if (labelKey(sheet.name) === labelKey(RULES_SHEET_NAME)) return undefined;
  const header = readHeader(sheet);
  if (!header) return undefined;
  const { funding, projects } = readTables(sheet);
  return { sheet: sheet.name, header, funding, projects };
}

function readHeader(sheet: SheetSnapshot): ProvinceHeader | undefined {
  const fields: Partial<Record<HeaderKey, { row: number; col: number }>> = {};
  const rows = Math.min(sheet.rowCount, HEADER_BLOCK_ROWS);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < sheet.colCount; c++) {
      const text = cellText(sheet.cell(r, c));
      if (text === "" || text.length > MAX_LABEL_LENGTH) continue;
      const key = HEADER_INDEX.get(labelKey(text));
      if (key && !fields[key]) fields[key] = { row: r, col: c };
    }
  }
  if (!fields.province) return undefined;
  const province = headerValue(sheet, fields.province, (t) => (t === "" ? undefined : t));
  if (province.value !== undefined && ANY_COLUMN_LABEL.has(labelKey(province.value))) return undefined;
  const unitField = fields.unit ? headerValue(sheet, fields.unit, (t) => parseUnit(t)) : undefined;
  return {
    province,
    year: fields.year ? headerValue(sheet, fields.year, parseYear) : undefined,
    period: fields.period ? headerValue(sheet, fields.period, parsePeriod) : undefined,
    unitField,
    unit: unitField?.value ?? DEFAULT_UNIT,
  };
}

function headerValue<T>(sheet: SheetSnapshot, label: { row: number; col: number }, parse: (text: string) => T | undefined): HeaderField<T> {
  let col = label.col + 1;
  for (let c = label.col + 1; c <= label.col + HEADER_VALUE_REACH && c < sheet.colCount; c++) {
    if (cellText(sheet.cell(label.row, c)) !== "") {
      col = c;
      break;
    }
  }
  const text = cellText(sheet.cell(label.row, col));
  return { value: text === "" ? undefined : parse(text), text, labelCell: a1(label.row, label.col), cell: a1(label.row, col), row: label.row, col };
}

interface HeaderMatch<K extends string> {
  row: number;
  columns: Partial<Record<K, number>>;
}

/** The columns a row labels, when it holds every key a header row of that table needs. */
function matchHeaderRow<K extends string>(sheet: SheetSnapshot, row: number, index: Map<string, K>, needed: readonly K[]): HeaderMatch<K> | undefined {
  const columns: Partial<Record<K, number>> = {};
  for (let c = 0; c < sheet.colCount; c++) {
    const text = cellText(sheet.cell(row, c));
    if (text === "" || text.length > MAX_LABEL_LENGTH) continue;
    const key = index.get(labelKey(text));
    if (key !== undefined && columns[key] === undefined) columns[key] = c;
  }
  return needed.every((k) => columns[k] !== undefined) ? { row, columns } : undefined;
}

function readTables(sheet: SheetSnapshot): { funding?: FundingTable; projects?: ProjectTable } {
  let fundingHeader: HeaderMatch<FundingColumn> | undefined;
  let projectHeader: HeaderMatch<ProjectColumn> | undefined;
  for (let r = 0; r < sheet.rowCount && !(fundingHeader && projectHeader); r++) {
    if (!fundingHeader) fundingHeader = matchHeaderRow(sheet, r, FUNDING_INDEX, FUNDING_HEADER_KEYS);
    if (!projectHeader && fundingHeader?.row !== r) projectHeader = matchHeaderRow(sheet, r, PROJECT_INDEX, PROJECT_HEADER_KEYS);
  }
  const otherHeaderRows = new Set([fundingHeader?.row, projectHeader?.row].filter((r): r is number => r !== undefined));
  return {
    funding: fundingHeader && readFundingTable(sheet, fundingHeader, otherHeaderRows),
    projects: projectHeader && readProjectTable(sheet, projectHeader, otherHeaderRows),
  };
}

function tableBase<K extends string>(sheet: SheetSnapshot, header: HeaderMatch<K>, specs: readonly ColumnSpec<K>[], stopRows: Set<number>): TableBase<K> {
  const cols = Object.values(header.columns) as number[];
  let end = header.row + 1;
  while (end < sheet.rowCount && !stopRows.has(end) && cols.some((c) => cellText(sheet.cell(end, c)) !== "")) end++;
  const headerCells: Partial<Record<K, string>> = {};
  for (const spec of specs) {
    const c = header.columns[spec.key];
    if (c !== undefined) headerCells[spec.key] = a1(header.row, c);
  }
  return {
    headerRow: header.row,
    columns: header.columns,
    headerCells,
    missing: specs.filter((s) => s.required && header.columns[s.key] === undefined).map((s) => s.key),
    endRow: end,
  };
}

interface ColumnRead<K extends string> {
  key: K;
  col: number;
  numeric: boolean;
}

/** The columns a table found, each with how its cells are read: worked out once, used on every row. */
function columnReads<K extends string>(specs: readonly ColumnSpec<K>[], columns: Partial<Record<K, number>>): ColumnRead<K>[] {
  const reads: ColumnRead<K>[] = [];
  for (const spec of specs) {
    const col = columns[spec.key];
    if (col !== undefined) reads.push({ key: spec.key, col, numeric: spec.kind === "amount" || spec.kind === "percent" || spec.kind === "count" });
  }
  return reads;
}

type RowCells<K extends string> = Partial<Record<K, ReadCell>>;

/**
 * The cells of a table row, each read from the sheet when asked rather than kept: a table of thousands
 * of rows then holds no object per cell while it is checked, so a large workbook's checks leave only
 * short-lived garbage (the reader holds the sheet compactly; reading a cell again is cheap). The
 * table's columns are enumerable properties, so `in` and JSON see them; other columns are undefined.
 */
function rowCellsReader<K extends string>(sheet: SheetSnapshot, reads: readonly ColumnRead<K>[]): (row: number) => RowCells<K> {
  class LazyRowCells {
    constructor(readonly row: number) {}
    toJSON(): RowCells<K> {
      const cells: RowCells<K> = {};
      for (const { key } of reads) cells[key] = (this as unknown as RowCells<K>)[key];
      return cells;
    }
  }
  for (const { key, col, numeric } of reads) {
    Object.defineProperty(LazyRowCells.prototype, key, {
      enumerable: true,
      get(this: LazyRowCells) {
        return numeric ? readNumberCell(sheet, this.row, col) : readTextCell(sheet, this.row, col);
      },
    });
  }
  return (row) => new LazyRowCells(row) as unknown as RowCells<K>;
}

function readFundingTable(sheet: SheetSnapshot, header: HeaderMatch<FundingColumn>, stopRows: Set<number>): FundingTable {
  const base = tableBase(sheet, header, FUNDING_COLUMNS, stopRows);
  const rows: FundingRow[] = [];
  const cellsOf = rowCellsReader(sheet, columnReads(FUNDING_COLUMNS, base.columns));
  for (let r = base.headerRow + 1; r < base.endRow; r++) {
    const cells = cellsOf(r);
    const sourceText = cells.source?.text ?? "";
    rows.push({ row: r, source: parseSource(sourceText), sourceText, cells });
  }
  const data = rows.filter((r) => r.source !== "total");
  return {
    ...base,
    rows,
    firstDataRow: data[0]?.row,
    lastDataRow: data[data.length - 1]?.row,
    completionScale: completionScale(rows),
  };
}

function readProjectTable(sheet: SheetSnapshot, header: HeaderMatch<ProjectColumn>, stopRows: Set<number>): ProjectTable {
  const base = tableBase(sheet, header, PROJECT_COLUMNS, stopRows);
  const rows: ProjectRow[] = [];
  const cellsOf = rowCellsReader(sheet, columnReads(PROJECT_COLUMNS, base.columns));
  for (let r = base.headerRow + 1; r < base.endRow; r++) {
    const cells = cellsOf(r);
    if (isGroupHeading(cells)) continue;
    const sourceText = cells.source?.text ?? "";
    const activityText = cells.activity?.text ?? "";
    const statusText = cells.status?.text ?? "";
    const isTotal = hasTotalLabel(cells.no) || hasTotalLabel(cells.name) || hasTotalLabel(cells.source);
    rows.push({
      row: r,
      isTotal,
      source: parseSource(sourceText),
      sourceText,
      activity: activityText === "" ? undefined : activityCode(activityText),
      activityText,
      status: statusText === "" ? undefined : parseStatus(statusText),
      statusText,
      beneficiaries: wholeCount(cells.beneficiaries?.number) ?? 1,
      cells,
    });
  }
  const data = rows.filter((r) => !r.isTotal);
  return { ...base, rows, firstDataRow: data[0]?.row, lastDataRow: data[data.length - 1]?.row };
}

function hasTotalLabel(cell: ReadCell | undefined): boolean {
  return cell?.text !== undefined && isTotalLabel(cell.text);
}

/** A row naming a group ("I. Đề án KCQG") with no source and no amount: a heading, not a project. */
function isGroupHeading(cells: Partial<Record<ProjectColumn, ReadCell>>): boolean {
  const blank = (c?: ReadCell) => c === undefined || c.empty;
  return blank(cells.source) && blank(cells.total) && blank(cells.support) && blank(cells.counterpart) && blank(cells.activity);
}

function wholeCount(n: ReadNumber | undefined): number | undefined {
  if (!n || !Number.isInteger(n.double) || n.double < 1) return undefined;
  return n.double;
}

/**
 * Completion may be stored as a fraction under a % format (0.8841 shown 88,41%), typed as text with
 * "%", or typed in percentage points in a General cell (88.41). A General value above 3 cannot be a
 * fraction of a plausible completion (300%), so any such value makes the column's General cells points.
 */
function completionScale(rows: FundingRow[]): CompletionScale | undefined {
  const numbers = rows.map((r) => r.cells.completion?.number).filter((n): n is ReadNumber => n !== undefined);
  const general = numbers.filter((n) => !n.percentFormat && !n.percentText);
  if (general.length === 0) return undefined;
  const big = general.find((n) => n.value.abs().gt(3));
  return big
    ? {
        scale: "points",
        reason: bilingual(
          `cột Tỷ lệ đạt không định dạng %, có giá trị ${big.value.toString().replace(".", ",")} > 3: đọc là điểm phần trăm`,
          `the completion column has no % format and holds ${big.value.toString()} > 3: read as percentage points`,
        ),
      }
    : {
        scale: "fraction",
        reason: bilingual(
          "cột Tỷ lệ đạt không định dạng %, mọi giá trị ≤ 3: đọc là phân số (0,8841 = 88,41%)",
          "the completion column has no % format and every value is ≤ 3: read as fractions (0.8841 = 88.41%)",
        ),
      };
}

/** A stated completion as a fraction with its shown decimals, whichever way the cell holds it. */
export function completionAsFraction(n: ReadNumber, scale: CompletionScale | undefined): { value: Decimal; decimals: number } {
  const points = n.percentText || (!n.percentFormat && scale?.scale === "points");
  return points ? { value: n.value.div(100), decimals: n.decimals + 2 } : { value: n.value, decimals: n.decimals };
}
