import { MoneyUnit, parseUnit } from "../numbers/units";
import { cellText } from "../standard/read-cell";
import { a1, SheetSnapshot } from "../workbook/snapshot";
import { activityOfText } from "./activity-words";
import { columnIdentities, isColumnNumberRow } from "./column-numbers";
import { columnLabel, roleOfPath, shapeOf, TableShape } from "./column-roles";
import { findBand, HeaderBand, mayStartBand } from "./header-band";
import { fundOfText } from "./header-terms";
import { MergeIndex } from "./merges";
import { endsTable, isDateLine, ofWhichMark, sectionMark, SectionMark, totalLabel } from "./row-labels";
import { firstText, flatText, rowBlank } from "./sheet-text";
import { countBeneficiaries } from "./beneficiaries";
import { ProvinceResolution } from "../provinces";
import { correctionColumn, correctionRow, CORRECTIONS_SHEET, sameText, SheetCorrection } from "./corrections";
import { bilingual } from "../message";
import { foldCached } from "../text/fold";
import { ColumnRole, Fact, FundOf, FundOrTotal, ReadColumn, ReadTable, RowKind, rowAt, StaleCorrection, TableRow } from "./types";

/** What a table is read with besides its own cells: the facts of the title block. */
export interface TableContext {
  sheet: SheetSnapshot;
  merges: MergeIndex;
  /** The fund the title or the sheet name gives the whole sheet. */
  fund?: Fact<FundOf>;
  /** The unit line nearest above the table, else the sheet's. */
  unit?: Fact<MoneyUnit>;
  /** The title speaks of money ("BÁO CÁO KINH PHÍ …"). */
  titleSaysMoney: boolean;
  /** Finds a province named by a section row. */
  province: (text: string) => ProvinceResolution;
  /** The officer's corrections of columns and sections of this sheet, and where their outcome is recorded. */
  corrections?: CorrectionTracker;
}

/** Corrections of a sheet's columns and section rows, claimed by the table they fit. */
export interface CorrectionTracker {
  columns: SheetCorrection[];
  sections: SheetCorrection[];
  applied: Set<number>;
  stale: StaleCorrection[];
}

const correctionEvidence = (c: SheetCorrection) => ({ kind: "correction" as const, cell: `${CORRECTIONS_SHEET}!A${c.row + 1}`, text: c.value });

/** Applies the column corrections that fall inside this table, checking each against what its header said. */
function correctColumns(tracker: CorrectionTracker | undefined, band: HeaderBand, columns: ReadColumn[], shape: TableShape): void {
  if (!tracker) return;
  for (const c of tracker.columns) {
    const col = correctionColumn(c.where);
    if (col < band.left || col > band.right) continue;
    // "D15" names the header band it was made in: another table's column D is not corrected by it.
    const row = correctionRow(c.where);
    if (row !== undefined && (row < band.rows[0] || row > band.rows[band.rows.length - 1])) continue;
    const column = columns.find((x) => x.col === col);
    const header = column?.header.join(" › ") ?? "";
    if (c.was !== "" && !sameText(header, c.was)) {
      tracker.stale.push({
        row: c.row,
        what: c.kind,
        where: c.where,
        reason: bilingual(
          `cột ${c.where} bây giờ ghi "${header}", lúc sửa ghi "${c.was}".`,
          `column ${c.where} now reads "${header}"; it read "${c.was}" when corrected.`,
        ),
      });
      continue;
    }
    if (!column) continue;
    tracker.applied.add(c.row);
    if (c.kind === "unit") {
      const unit = parseUnit(c.value);
      if (unit) column.unit = { value: unit, evidence: correctionEvidence(c), confidence: "certain" };
      continue;
    }
    const ignore = /^(bo qua|khong doc|ignore|skip)$/.test(foldCached(c.value));
    const path = c.value.split(/\s*[›>»]\s*/).filter((p) => p !== "");
    const { role, unit } = ignore ? { role: { kind: "note" } as ColumnRole, unit: undefined } : roleOfPath(path, shape);
    column.role = role;
    column.evidence = correctionEvidence(c);
    column.confidence = "certain";
    column.label = columnLabel(ignore ? column.header : path, role);
    if (unit) column.unit = { value: unit, evidence: correctionEvidence(c), confidence: "certain" };
  }
}

const TT_TOKEN = /^(\d+(\.\d+)*|[IVXL]+|[A-H]|[a-h])[.)]?$/;
const FIGURE_KINDS = new Set(["amount", "percent", "count"]);

/** Reads the table under a header band: its columns' roles, its extent, its rows and what its totals add up. */
export function readTable(ctx: TableContext, band: HeaderBand): ReadTable {
  const { sheet } = ctx;
  const afterBand = band.rows[band.rows.length - 1] + 1;
  const columnNumberRow = afterBand < sheet.rowCount && isColumnNumberRow(sheet, afterBand) ? afterBand : undefined;
  const paths = band.paths.map((p) => p.texts);
  let shape = shapeOf(paths, undefined, ctx.titleSaysMoney);
  let columns = columnsOf(band, shape);
  correctColumns(ctx.corrections, band, columns, shape);
  const firstRow = (columnNumberRow ?? afterBand - 1) + 1;
  const scanned = scanRows(ctx, band, columns, firstRow);
  const bottom = scanned.rows.length > 0 ? scanned.rows[scanned.rows.length - 1].row : firstRow - 1;
  // The per-row unit column decides between indicators (Lao động, Mô hình) and money (Tr. Đồng).
  const unitCol = columns.find((c) => c.role.kind === "unit")?.col;
  if (unitCol !== undefined) {
    const money = unitColumnIsMoney(sheet, unitCol, firstRow, bottom);
    if (money !== undefined) {
      const again = shapeOf(paths, money, ctx.titleSaysMoney);
      if (again.kind !== shape.kind) {
        shape = again;
        columns = columnsOf(band, shape);
        correctColumns(ctx.corrections, band, columns, shape);
      }
    }
  }
  const ids = columnNumberRow !== undefined ? columnIdentities(sheet, columnNumberRow, band.left, band.right) : undefined;
  if (ids) for (const c of columns) c.number = ids.numbers.get(c.col);
  keepPeriodsOfMultiPeriodTables(columns);
  const table: ReadTable = {
    kind: shape.kind,
    top: band.rows[0],
    left: band.left,
    right: band.right,
    bottom,
    headerRows: band.rows,
    columnNumberRow,
    columns,
    rows: [],
    identities: ids?.identities ?? [],
    unit: ctx.unit,
    fund: ctx.fund,
    fundByRow: false,
    unreadColumns: [],
    unitContradicted: [],
  };
  table.rows = readRows(ctx, table, scanned, shape);
  if (columnNumberRow !== undefined) table.rows.unshift(rowOf(columnNumberRow, "columnNumbers"));
  return table;
}

function columnsOf(band: HeaderBand, shape: TableShape): ReadColumn[] {
  const columns: ReadColumn[] = [];
  band.paths.forEach((p, i) => {
    if (p.texts.length === 0) return;
    const { role, confidence, unit, period } = roleOfPath(p.texts, shape);
    if (period && (role.kind === "amount" || role.kind === "percent" || role.kind === "count")) {
      const { year, months } = period;
      if (year !== undefined || months !== undefined) role.period = { year, months };
    }
    const headerCell = p.cells[p.cells.length - 1];
    const column: ReadColumn = {
      col: band.left + i,
      header: p.texts,
      headerCell,
      role,
      evidence: { kind: "label", cell: headerCell, text: p.texts.join(" › ") },
      confidence,
      label: columnLabel(p.texts, role),
    };
    if (unit) {
      const unitCell = p.cells[p.texts.findIndex((t) => parseUnit(t.replace(/.*\(([^()]*)\).*/, "$1")) === unit)] ?? headerCell;
      column.unit = { value: unit, evidence: { kind: "label", cell: unitCell, text: p.texts.join(" › ") }, confidence: "certain" };
    }
    columns.push(column);
  });
  // "Nội dung" beside a per-row fund column and no other label is the table's label.
  if (!columns.some((c) => c.role.kind === "label")) {
    const fallback = columns.find((c) => c.role.kind === "activity") ?? columns.find((c) => c.role.kind === "fund");
    if (fallback && shape.kind !== "projects") fallback.role = { kind: "label" };
  }
  return columns;
}

/** Periods are kept on columns only where the table spans several ("Năm 2022 › KH | TH", "9 tháng 2023 › KH | TH"). */
function keepPeriodsOfMultiPeriodTables(columns: ReadColumn[]): void {
  const keys = new Set<string>();
  for (const c of columns) {
    const role = c.role as { period?: { year?: number; months?: number } };
    if (role.period) keys.add(`${role.period.year ?? ""}/${role.period.months ?? ""}`);
  }
  if (keys.size >= 2) return;
  for (const c of columns) delete (c.role as { period?: unknown }).period;
}

function unitColumnIsMoney(sheet: SheetSnapshot, col: number, from: number, to: number): boolean | undefined {
  let money = 0;
  let other = 0;
  for (let r = from; r <= to; r++) {
    const text = cellText(sheet.cell(r, col));
    if (text === "") continue;
    if (parseUnit(text)) money++;
    else other++;
  }
  if (money + other === 0) return undefined;
  return money > other;
}

/** The rows below a header band, each read once (its number and label), and which hold figures. */
interface ScannedRows {
  rows: TableRow[];
  /** Per row: 1 when a figure column holds something (a number, a text, a dash). */
  figures: number[];
}

/**
 * The rows of the table, down to its last: before two blank rows, a legend or signature, a new header
 * band, or a row after a gap that is no item. Each row's few cells are read once here.
 */
function scanRows(ctx: TableContext, band: HeaderBand, columns: ReadColumn[], first: number): ScannedRows {
  const { sheet } = ctx;
  const figureCols = columns.filter((c) => FIGURE_KINDS.has(c.role.kind)).map((c) => c.col);
  const noCol = columns.find((c) => c.role.kind === "no")?.col;
  const labelCol = columns.find((c) => c.role.kind === "label")?.col;
  const rows: TableRow[] = [];
  const figuresOf: number[] = [];
  let kept = 0;
  let last = first - 1;
  for (let r = first; r < sheet.rowCount; r++) {
    const no = noCol !== undefined ? flatText(sheet.cell(r, noCol)) : "";
    const label = labelCol !== undefined ? flatText(sheet.cell(r, labelCol)) : "";
    if (no === "" && label === "" && rowBlank(sheet, r, band.left, band.right)) {
      if (r - last > 2) break;
      rows.push(rowOf(r, "blank"));
      figuresOf.push(0);
      continue;
    }
    const head = label !== "" ? label : no !== "" ? no : (firstText(sheet, r, band.left, band.right)?.text ?? "");
    if (endsTable(head) || isDateLine(head)) break;
    let figures = false;
    let numbers = false;
    for (const c of figureCols) {
      const v = sheet.cell(r, c)?.value;
      if (v === undefined || v === null || (typeof v === "string" && v.trim() === "")) continue;
      figures = true;
      if (typeof v === "number") {
        numbers = true;
        break;
      }
    }
    if (!numbers && r > first && mayStartBand(sheet, r) && findBand(sheet, ctx.merges, r)) break;
    // After a gap, only an item, a total or figures continue the table.
    if (r - last > 1 && !figures && !(TT_TOKEN.test(no) && /^\d/.test(no) && label !== "") && !totalLabel(label || no)) break;
    rows.push(rowOf(r, "data", label, no));
    figuresOf.push(figures ? 1 : 0);
    last = r;
    kept = rows.length;
  }
  rows.length = kept;
  figuresOf.length = kept;
  return { rows, figures: figuresOf };
}

/** A row as read; every field is set here, so all rows share one shape. */
class Row implements TableRow {
  parts?: number[] = undefined;
  parent?: number = undefined;
  section?: number = undefined;
  continues?: number = undefined;
  fund?: Fact<FundOrTotal> = undefined;
  activity?: Fact<string> = undefined;
  unit?: Fact<MoneyUnit> = undefined;
  otherUnit?: string = undefined;
  beneficiaries?: Fact<number> = undefined;
  province?: Fact<string> = undefined;
  constructor(
    readonly row: number,
    public kind: RowKind,
    public label: string,
    readonly no: string,
  ) {}
}

function rowOf(row: number, kind: RowKind, label = "", no = ""): TableRow {
  return new Row(row, kind, label, no);
}

interface Node {
  row?: number;
  rank: number;
  mark?: string;
  figures: boolean;
  closedBy?: number;
  children: (Node | number | Run)[];
}
/** Items closed by a "Cộng" row outside any section. */
interface Run {
  total: number;
  items: number[];
}

const isNode = (x: Node | number | Run): x is Node => typeof x === "object" && "children" in x;
const isRun = (x: Node | number | Run): x is Run => typeof x === "object" && "items" in x;

/** Classifies the rows, builds sections, finds what each total adds up, and reads each row's fund, activity, unit and beneficiaries. */
function readRows(ctx: TableContext, table: ReadTable, scanned: ScannedRows, shape: TableShape): TableRow[] {
  const { sheet, merges } = ctx;
  const labelCol = table.columns.find((c) => c.role.kind === "label")?.col;
  const rows = scanned.rows;
  let trongDo: number | undefined;
  let lastItem: TableRow | undefined;
  const sectionsMarks: SectionMark[] = [];
  rows.forEach((row, i) => {
    if (row.kind === "blank") return;
    const r = row.row;
    const no = row.no;
    const ownLabel = row.label;
    let label = ownLabel;
    if (label === "" && no !== "" && !TT_TOKEN.test(no)) label = no;
    if (label === "" && labelCol !== undefined) label = spanningLabel(sheet, r, table, labelCol) ?? "";
    row.label = label;
    const figures = scanned.figures[i] === 1;
    const ofWhich = ofWhichMark(no, label);
    const total = ofWhich ? undefined : totalLabel(label);
    const section = ofWhich || total ? undefined : sectionMark(no, label);
    if (ofWhich) {
      row.kind = "ofWhich";
      trongDo = ofWhich === "trong-do" ? r : undefined;
    } else if (total && (no === "" || no === label || !TT_TOKEN.test(no))) {
      row.kind = "total";
      trongDo = undefined;
    } else if (section) {
      row.kind = figures ? "subtotal" : "section";
      sectionsMarks.push(section);
      trongDo = undefined;
    } else if (trongDo !== undefined && no === "" && shape.kind !== "projects") {
      row.kind = "ofWhich";
    } else {
      trongDo = undefined;
      // A row with no number and no name of its own continues the project above (beneficiaries on sub-rows).
      if (lastItem && no === "" && ownLabel === "" && figures && table.kind === "projects" && labelCol !== undefined) {
        const m = merges.at(r, labelCol);
        if (m === undefined || m.top < r) row.continues = lastItem.continues ?? lastItem.row;
      }
      lastItem = row;
    }
  });
  structure(rows, sectionsMarks);
  readRowFacts(ctx, table, rows);
  return rows;
}

/** A label written in another column of a merged row ("TỔNG CỘNG" across A:C). */
function spanningLabel(sheet: SheetSnapshot, row: number, table: ReadTable, labelCol: number): string | undefined {
  for (let c = table.left; c < labelCol; c++) {
    const text = flatText(sheet.cell(row, c));
    if (text !== "" && !TT_TOKEN.test(text)) return text;
  }
  return undefined;
}

/** Sections as a tree, "of which" rows under their parent, and the parts of every total. */
function structure(rows: TableRow[], marks: SectionMark[]): void {
  const hasLetters = marks.some((m) => m.rank === 1);
  const rankOf = (m: SectionMark) => (hasLetters ? m.rank : 1);
  const root: Node = { rank: 0, figures: false, children: [] };
  const stack: Node[] = [root];
  const nodes = new Map<number, Node>();
  const leading: TableRow[] = [];
  const grand: TableRow[] = [];
  const lastItem = (() => {
    for (let i = rows.length - 1; i >= 0; i--) if (rows[i].kind === "data" || rows[i].kind === "section" || rows[i].kind === "subtotal") return rows[i].row;
    return -1;
  })();
  let seenItem = false;
  let parent: TableRow | undefined;
  for (const row of rows) {
    const top = stack[stack.length - 1];
    switch (row.kind) {
      case "blank":
      case "columnNumbers":
        break;
      case "ofWhich":
        if (parent) row.parent = parent.row;
        break;
      case "section":
      case "subtotal": {
        const mark = sectionMark(row.no, row.label)!;
        const rank = rankOf(mark);
        while (stack.length > 1 && stack[stack.length - 1].rank >= rank) stack.pop();
        const node: Node = { row: row.row, rank, mark: mark.mark, figures: row.kind === "subtotal", children: [] };
        stack[stack.length - 1].children.push(node);
        stack.push(node);
        nodes.set(row.row, node);
        if (stack.length > 2) row.section = stack[stack.length - 2].row;
        seenItem = true;
        parent = row;
        break;
      }
      case "data":
        if (top.row !== undefined) row.section = top.row;
        top.children.push(row.row);
        seenItem = true;
        parent = row;
        break;
      case "total": {
        const label = totalLabel(row.label);
        const adds = label?.adds ?? [];
        if (!seenItem) leading.push(row);
        else if ((label?.grand ?? true) && row.row > lastItem) grand.push(row);
        else if (top !== root) {
          top.closedBy = row.row;
          row.parts = partsOf(top);
          stack.pop();
        } else {
          const items: number[] = [];
          while (root.children.length > 0 && !isRun(root.children[root.children.length - 1])) {
            const last = root.children.pop()!;
            items.unshift(...(typeof last === "number" ? [last] : isNode(last) ? figureRows(last) : []));
          }
          row.parts = items;
          root.children.push({ total: row.row, items });
        }
        if (adds.length > 0) (row as TableRow & { adds?: string[] }).adds = adds;
        parent = row;
        break;
      }
    }
  }
  const byRow = { get: (r: number) => rowAt({ rows }, r) };
  for (const node of nodes.values()) {
    if (!node.figures) continue;
    const row = byRow.get(node.row!)!;
    // A numbered row carrying figures with no item under it ("I | Kinh phí khuyến công địa phương | 8.850", its
    // "trong đó" rows aside) is an item, not a section total.
    if (node.children.length === 0) {
      node.figures = false;
      row.kind = "data";
      continue;
    }
    row.parts = partsOf(node);
  }
  for (const row of [...leading, ...grand]) {
    const adds = (row as TableRow & { adds?: string[] }).adds ?? [];
    const named = adds.map((mark) => [...nodes.values()].find((n) => n.mark === mark));
    row.parts = adds.length > 0 && named.every((n) => n !== undefined) ? named.flatMap((n) => figureRows(n!)) : partsOf(root);
    delete (row as TableRow & { adds?: string[] }).adds;
  }
  for (const row of rows) delete (row as TableRow & { adds?: string[] }).adds;
}

/** The rows whose figures add up to a section: its items, a sub-section by its own figures. */
function partsOf(node: Node): number[] {
  const parts: number[] = [];
  for (const child of node.children) {
    if (typeof child === "number") parts.push(child);
    else if (isRun(child)) parts.push(child.total);
    else parts.push(...figureRows(child));
  }
  return parts;
}

/** A section as a part of a total: its own row when it carries figures, its closing "Cộng" row, or else its items. */
function figureRows(node: Node): number[] {
  if ((node.figures || node.children.length === 0) && node.row !== undefined) return [node.row];
  if (node.closedBy !== undefined) return [node.closedBy];
  return partsOf(node);
}

/**
 * Facts read from a column's values, shared by every row with the same text: a table of thousands of rows
 * holds one fact per distinct "KCĐP" or "MMTB", not one per row. Their evidence names the column's header.
 */
class ValueFacts<T> {
  private readonly byText = new Map<string, Fact<T> | undefined>();
  constructor(
    private readonly column: ReadColumn | undefined,
    private readonly read: (text: string) => { value: T; confidence: Fact<T>["confidence"] } | undefined,
  ) {}
  of(text: string): Fact<T> | undefined {
    if (!this.byText.has(text)) {
      const found = this.read(text);
      this.byText.set(text, found && { value: found.value, evidence: { kind: "value", cell: this.column?.headerCell, text }, confidence: found.confidence });
    }
    return this.byText.get(text);
  }
}

/** Each row's fund, activity, unit and beneficiaries, with the evidence for each. */
function readRowFacts(ctx: TableContext, table: ReadTable, rows: TableRow[]): void {
  const { sheet } = ctx;
  const column = (kind: string) => table.columns.find((c) => c.role.kind === kind);
  const fundColumn = column("fund");
  const activityColumn = column("activity");
  const unitColumn = column("unit");
  const beneficiaryColumn = column("beneficiary");
  const countColumn = table.columns.find((c) => c.role.kind === "count" && c.role.measure === "beneficiaries");
  const labelCol = column("label")?.col;
  const projects = table.kind === "projects";
  const byRow = { get: (r: number) => rowAt({ rows }, r) };
  const sectionFund = new Map<number, Fact<FundOrTotal>>();
  const sectionActivity = new Map<number, Fact<string>>();
  const fundColumns = table.columns.filter((c) => c.role.kind === "amount" && (c.role.fund === "KCQG" || c.role.fund === "KCDP"));
  const funds = new ValueFacts<FundOrTotal>(fundColumn, (text) => {
    const fund = fundOfText(text);
    return fund && { value: fund, confidence: /^\d$/.test(text.trim()) ? "likely" : "certain" };
  });
  const activities = new ValueFacts<string>(activityColumn, (text) => {
    const a = activityOfText(text);
    return a && { value: a.code, confidence: a.exact ? "certain" : "likely" };
  });
  const units = new ValueFacts<MoneyUnit>(unitColumn, (text) => {
    const unit = parseUnit(text);
    return unit && { value: unit, confidence: "certain" };
  });
  const counts = new Map<number, Fact<number>>();
  const countFact = (n: number, col: ReadColumn | undefined, confidence: Fact<number>["confidence"]) => {
    let f = counts.get(n);
    if (!f) counts.set(n, (f = { value: n, evidence: { kind: "value", cell: col?.headerCell }, confidence }));
    return f;
  };
  const labelCell = (row: TableRow) => a1(row.row, labelCol ?? table.left);
  let fundLabels = 0;
  let dataRows = 0;
  for (const row of rows) {
    if (row.kind === "blank" || row.kind === "columnNumbers") continue;
    if (row.kind === "section" || row.kind === "subtotal") {
      const title = sectionMark(row.no, row.label)?.title ?? row.label;
      const fund = fundOfText(title);
      const inherited = row.section !== undefined ? sectionFund.get(row.section) : undefined;
      const corrected = correctedSectionFund(ctx.corrections, row, labelCell(row));
      if (corrected) sectionFund.set(row.row, corrected);
      else if (fund) sectionFund.set(row.row, { value: fund, evidence: { kind: "section", cell: labelCell(row), text: row.label }, confidence: "certain" });
      else if (inherited) sectionFund.set(row.row, inherited);
      const activity = fund ? undefined : activityOfText(title);
      if (activity)
        sectionActivity.set(row.row, { value: activity.code, evidence: { kind: "section", cell: labelCell(row), text: row.label }, confidence: "likely" });
      else if (row.section !== undefined && sectionActivity.has(row.section)) sectionActivity.set(row.row, sectionActivity.get(row.section)!);
      const f = sectionFund.get(row.row);
      if (f) row.fund = f;
      if (!fund && !activity) {
        const p = ctx.province(title);
        if (p.kind === "unit")
          row.province = { value: p.unit.name, evidence: { kind: "section", cell: labelCell(row), text: row.label }, confidence: "certain" };
      }
    }
    if (row.kind === "total") {
      row.fund = { value: "total", evidence: { kind: "label", cell: labelCell(row), text: row.label }, confidence: "certain" };
      continue;
    }
    // An "of which" row belongs to its parent, a beneficiary sub-row to its project (whose merged cells it shares).
    const home = row.kind === "ofWhich" && row.parent !== undefined ? byRow.get(row.parent) : row.continues !== undefined ? byRow.get(row.continues) : row;
    // Rows named by fund ("KCQG", "Kinh phí khuyến công địa phương") tell a funding table's funds; a project's name never does.
    const fromLabel = projects ? undefined : fundOfText(row.label);
    if (row.kind === "data" || row.kind === "subtotal") {
      dataRows++;
      if (fromLabel) fundLabels++;
    }
    // Fund: a per-row value, the row's own label, its section, the fund columns it fills, the table, the sheet.
    if (!row.fund) {
      const own = fundColumn ? cellText(sheet.cell(row.row, fundColumn.col)) : "";
      const fromValue = own !== "" ? funds.of(own) : undefined;
      const section = home?.section !== undefined ? sectionFund.get(home.section) : undefined;
      if (fromValue) row.fund = fromValue;
      else if (fromLabel) row.fund = { value: fromLabel, evidence: { kind: "label", cell: labelCell(row), text: row.label }, confidence: "certain" };
      else if (section) row.fund = section;
      else if (fundColumns.length > 1 && projects) row.fund = fundOfFilledColumns(sheet, row, fundColumns);
      if (!row.fund && home && home !== row && home.fund) row.fund = home.fund;
      if (!row.fund && table.fund) row.fund = table.fund;
      if (!row.fund && ctx.fund) row.fund = ctx.fund;
    }
    // Activity: a per-row value, its section, its own label (rows that are activities), the project's name.
    const activityText = activityColumn ? cellText(sheet.cell(row.row, activityColumn.col)) : "";
    const section = home?.section !== undefined ? sectionActivity.get(home.section) : undefined;
    if (activityText !== "") row.activity = activities.of(activityText);
    else if (row.kind === "section" || row.kind === "subtotal") row.activity = sectionActivity.get(row.row);
    else if (section) row.activity = section;
    else if (home && home !== row && home.activity && row.continues !== undefined) row.activity = home.activity;
    else if (!activityColumn && row.label !== "" && (projects || table.kind === "activities")) {
      const nameRow = row.continues !== undefined ? byRow.get(row.continues) : row;
      const name = nameRow?.label ?? row.label;
      const a = activityOfText(name);
      if (a)
        row.activity = {
          value: a.code,
          evidence: { kind: projects ? "inferred" : "label", cell: a1(nameRow?.row ?? row.row, labelCol ?? table.left), text: name },
          confidence: a.exact ? "certain" : "likely",
        };
    }
    // Unit of the row's amounts, when a per-row unit column states one.
    if (unitColumn) {
      const text = cellText(sheet.cell(row.row, unitColumn.col));
      const unit = text === "" ? undefined : units.of(text);
      if (unit) row.unit = unit;
      else if (text !== "") row.otherUnit = text;
    }
    // Beneficiaries of a project row.
    if (projects && row.kind === "data") {
      if (countColumn) {
        const v = sheet.cell(row.row, countColumn.col)?.value;
        if (typeof v === "number" && Number.isInteger(v) && v >= 0) row.beneficiaries = countFact(v, countColumn, "certain");
      } else if (beneficiaryColumn) {
        const text = cellText(sheet.cell(row.row, beneficiaryColumn.col));
        row.beneficiaries = countFact(countBeneficiaries(text), beneficiaryColumn, "likely");
      }
    }
  }
  table.fundByRow = fundColumn !== undefined || (dataRows > 0 && fundLabels * 2 >= dataRows);
}

/** The officer's fund for a section row, when a correction names its label cell and still fits it. */
function correctedSectionFund(tracker: CorrectionTracker | undefined, row: TableRow, cell: string): Fact<FundOrTotal> | undefined {
  const c = tracker?.sections.find((s) => s.where === cell || s.where === String(row.row + 1));
  if (!c || !tracker) return undefined;
  if (c.was !== "" && !sameText(row.label, c.was)) {
    tracker.stale.push({
      row: c.row,
      what: c.kind,
      where: c.where,
      reason: bilingual(
        `ô ${c.where} bây giờ ghi "${row.label}", lúc sửa ghi "${c.was}".`,
        `${c.where} now reads "${row.label}"; it read "${c.was}" when corrected.`,
      ),
    });
    return undefined;
  }
  const fund = fundOfText(c.value);
  if (fund !== "KCQG" && fund !== "KCDP") return undefined;
  tracker.applied.add(c.row);
  return { value: fund, evidence: correctionEvidence(c), confidence: "certain" };
}

/** A project's fund read from which of the fund columns it fills ("Nguồn vốn › TW | Địa phương"). */
function fundOfFilledColumns(sheet: SheetSnapshot, row: TableRow, fundColumns: ReadColumn[]): Fact<FundOrTotal> | undefined {
  const filled = fundColumns.filter((c) => {
    const v = sheet.cell(row.row, c.col)?.value;
    return typeof v === "number" ? v !== 0 : typeof v === "string" && v.trim() !== "" && v.trim() !== "-" && v.trim() !== "0";
  });
  const funds = new Set(filled.map((c) => (c.role as { fund: FundOf }).fund));
  if (funds.size !== 1) return undefined;
  return {
    value: [...funds][0],
    evidence: { kind: "value", cell: a1(row.row, filled[0].col), text: `${filled[0].header.at(-1) ?? ""} ≠ 0` },
    confidence: "likely",
  };
}
