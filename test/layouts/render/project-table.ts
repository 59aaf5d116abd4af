import { CellValue } from "../../../src/core/workbook/snapshot";
import { ColumnKey, FundKey } from "../key";
import { Project } from "../model/figures";
import { CellStyle, CorpusSheet } from "../workbook/corpus-workbook";
import { AmountStyle, header, nextColumn, TableKeyBuilder } from "./kit";

/**
 * A project table as official forms draw it, from column specs: a header band of one or two rows (leaf
 * headers under merged parents, the others merged down), an optional column-number row, a total first or
 * last, sections (by fund, activity or province, nested one level) whose rows carry subtotals or only a
 * heading, and project rows. Sums are typed figures (the officer's SUM) or live formulas. Returns the key
 * builder and where everything went.
 */

export interface CellDraft {
  value?: CellValue;
  typed?: string;
  formula?: string;
  format?: string;
  style?: CellStyle;
}

export interface RowContext {
  project: Project;
  /** The number written in the STT column. */
  no: string | number;
  row: number;
  /** The letter of another column, by id. */
  col: (id: string) => string;
  style: AmountStyle;
  formulas: boolean;
}

export interface ColumnSpec {
  id: string;
  header: string;
  /** Consecutive columns with the same parent sit under one merged parent cell. */
  parent?: string;
  width: number;
  role: ColumnKey;
  /** What the column-number row says over this column ("A", "1", "4=5+6"). */
  number?: string;
  value: (ctx: RowContext) => CellDraft | undefined;
  /** Summed into totals and subtotals. */
  summed?: boolean;
}

export interface Section {
  no: string;
  label: string;
  projects?: readonly Project[];
  sections?: readonly Section[];
  fund?: FundKey;
  activity?: string;
  province?: string;
}

export interface ProjectTableOptions {
  /** First column letter (default "A"). */
  first?: string;
  /** Row of the first header row. */
  row: number;
  columns: readonly ColumnSpec[];
  /** Either a flat list of projects or sections. */
  projects?: readonly Project[];
  sections?: readonly Section[];
  style: AmountStyle;
  total?: { position: "first" | "last"; label: string };
  /** Section rows carry subtotals (true) or are headings without figures (false). */
  subtotals?: boolean;
  /** Sums and derived figures as live formulas instead of typed figures. */
  formulas?: boolean;
  /** "section": 1, 2, … again in every section; "continuous": one numbering. */
  numbering?: "section" | "continuous";
}

export interface ProjectTable {
  key: TableKeyBuilder;
  lastRow: number;
  totalRow?: number;
  sectionRows: number[];
  projectRows: Map<Project, number>;
  columns: Record<string, string>;
}

export function writeProjectTable(sheet: CorpusSheet, o: ProjectTableOptions): ProjectTable {
  const letters: Record<string, string> = {};
  let letter = o.first ?? "A";
  for (const c of o.columns) {
    letters[c.id] = letter;
    letter = nextColumn(letter);
  }
  const col = (id: string) => {
    const l = letters[id];
    if (!l) throw new Error(`No column ${id}`);
    return l;
  };
  const lastColumn = letters[o.columns[o.columns.length - 1].id];

  // Header band.
  const twoRows = o.columns.some((c) => c.parent);
  const headerRows = twoRows ? [o.row, o.row + 1] : [o.row];
  const bottom = headerRows[headerRows.length - 1];
  for (let i = 0; i < o.columns.length; i++) {
    const c = o.columns[i];
    const at = col(c.id);
    sheet.width(at, c.width);
    if (c.parent) {
      if (i === 0 || o.columns[i - 1].parent !== c.parent) {
        let j = i;
        while (j + 1 < o.columns.length && o.columns[j + 1].parent === c.parent) j++;
        header(sheet, `${at}${o.row}:${col(o.columns[j].id)}${o.row}`, c.parent);
      }
      header(sheet, `${at}${bottom}`, c.header);
    } else {
      header(sheet, twoRows ? `${at}${o.row}:${at}${bottom}` : `${at}${o.row}`, c.header);
    }
  }
  const key = new TableKeyBuilder(headerRows, o.first ?? "A", lastColumn);
  for (const c of o.columns) key.column(col(c.id), c.role);
  let row = bottom + 1;
  if (o.columns.some((c) => c.number)) {
    for (const c of o.columns) if (c.number) sheet.set(`${col(c.id)}${row}`, c.number, { style: { italic: true, align: "center" } });
    key.row(row, "columnNumbers");
    const identities = o.columns.map((c) => c.number ?? "").filter((n) => n.includes("="));
    if (identities.length > 0) key.columnIdentities = identities;
    row++;
  }

  const summed = o.columns.filter((c) => c.summed);
  const sum = (address: string, formula: string) => {
    if (o.formulas) sheet.formula(address, formula, { format: o.style.format, style: { bold: true } });
    else sheet.typed(address, formula, { format: o.style.format, style: { bold: true } });
  };
  const labelColumn = o.columns.find((c) => c.role.kind === "label");
  const noColumn = o.columns.find((c) => c.role.kind === "no");

  let totalRow: number | undefined;
  if (o.total?.position === "first") totalRow = row++;

  const projectRows = new Map<Project, number>();
  const sectionRows: number[] = [];
  let counter = 0;
  const writeProjects = (projects: readonly Project[]): number[] => {
    const rows: number[] = [];
    if (o.numbering !== "continuous") counter = 0;
    for (const project of projects) {
      counter++;
      const ctx: RowContext = { project, no: counter, row, col, style: o.style, formulas: o.formulas === true };
      for (const c of o.columns) {
        const draft = c.value(ctx);
        if (!draft) continue;
        const address = `${col(c.id)}${row}`;
        const extra = { format: draft.format, style: draft.style };
        if (draft.formula !== undefined) sheet.formula(address, draft.formula, extra);
        else if (draft.typed !== undefined) sheet.typed(address, draft.typed, extra);
        else sheet.set(address, draft.value, extra);
      }
      projectRows.set(project, row);
      rows.push(row);
      row++;
    }
    return rows;
  };
  /** Writes a section; returns its own row (a subtotal) or the rows it holds (for a heading). */
  const writeSection = (section: Section): number[] => {
    const own = row++;
    sectionRows.push(own);
    if (noColumn) sheet.set(`${col(noColumn.id)}${own}`, section.no, { style: { bold: true, align: "center" } });
    if (labelColumn) sheet.set(`${col(labelColumn.id)}${own}`, section.label, { style: { bold: true, wrap: true } });
    if (section.fund) key.sectionFunds[own] = section.fund;
    if (section.activity) key.sectionActivities[own] = section.activity;
    if (section.province) key.sectionProvinces[own] = section.province;
    const parts: number[] = [];
    for (const child of section.sections ?? []) parts.push(...writeSection(child));
    const projects = writeProjects(section.projects ?? []);
    parts.push(...projects);
    if (o.subtotals === false) {
      key.row(own, "section");
      return parts;
    }
    key.row(own, "subtotal");
    for (const c of summed) sum(`${col(c.id)}${own}`, sumFormula(col(c.id), parts));
    return [own];
  };

  const parts: number[] = [];
  if (o.sections) for (const s of o.sections) parts.push(...writeSection(s));
  if (o.projects) parts.push(...writeProjects(o.projects));
  if (o.total?.position === "last") totalRow = row++;
  const lastRow = row - 1;
  if (totalRow !== undefined && o.total) {
    if (labelColumn) sheet.set(`${col(labelColumn.id)}${totalRow}`, o.total.label, { style: { bold: true } });
    key.row(totalRow, "total");
    for (const c of summed) sum(`${col(c.id)}${totalRow}`, sumFormula(col(c.id), parts));
  }
  sheet.boxes.push(`${o.first ?? "A"}${o.row}:${lastColumn}${lastRow}`);
  return { key, lastRow, totalRow, sectionRows, projectRows, columns: letters };
}

/** SUM over rows: one range when they are consecutive, else the cells one by one. */
export function sumFormula(column: string, rows: readonly number[]): string {
  if (rows.length === 0) return "0";
  const consecutive = rows.every((r, i) => i === 0 || r === rows[i - 1] + 1);
  if (consecutive) return `SUM(${column}${rows[0]}:${column}${rows[rows.length - 1]})`;
  return `SUM(${rows.map((r) => `${column}${r}`).join(",")})`;
}
