import { bilingual, Bilingual } from "../message";
import { MoneyUnit, unitExponent, MONEY_UNITS, unitName } from "../numbers/units";
import { a1, SheetSnapshot } from "../workbook/snapshot";
import { findBand, mayStartBand } from "./header-band";
import { MergeIndex } from "./merges";
import { CorrectionTracker, readTable } from "./table";
import { CORRECTIONS_SHEET, sheetLevelValue, SheetCorrection } from "./corrections";
import { findProvince, resolveProvince, unresolvedMessage } from "../provinces";
import { readTitleFacts, reportDay, setProvince, TitleOptions, unitLineAbove } from "./title-block";
import { ReadTable, rowAt, SheetReading, TitleFacts } from "./types";
import { foldCached } from "../text/fold";

export interface ReadSheetOptions extends TitleOptions {
  /** The officer's corrections of this sheet's reading (rows of the workbook's KC_CachDoc sheet). */
  corrections?: readonly SheetCorrection[];
}

/** Rows of a sheet with no table that are searched for a title (to say what the sheet is). */
const TITLE_ROWS_WITHOUT_TABLE = 30;

/**
 * Reads a sheet the way an officer reads it, whatever its layout: the title block, then every table
 * (header band, column roles, rows, sections, totals, "of which" rows), then a status saying what was
 * read and what was not. Pure and quick: cells are read where a table needs them, once. The checks, the
 * formula review, the summary planner and the pane's overview all read each sheet: with the same file
 * name and corrections, the second read is the first one's result (a reading is never changed once made).
 */
export function readSheet(sheet: SheetSnapshot, options: ReadSheetOptions = {}): SheetReading {
  const key = JSON.stringify([options.fileName ?? "", options.corrections ?? []]);
  const known = READINGS.get(sheet);
  if (known?.key === key) return known.reading;
  const reading = readUncached(sheet, options);
  READINGS.set(sheet, { key, reading });
  return reading;
}

const READINGS = new WeakMap<SheetSnapshot, { key: string; reading: SheetReading }>();

function readUncached(sheet: SheetSnapshot, options: ReadSheetOptions): SheetReading {
  const corrections = options.corrections ?? [];
  const tracker: CorrectionTracker = {
    columns: corrections.filter((c) => c.kind === "column" || (c.kind === "unit" && c.where !== "")),
    sections: corrections.filter((c) => c.kind === "fund" && c.where !== ""),
    applied: new Set(),
    stale: [],
  };
  const sheetLevel = corrections.filter((c) => !tracker.columns.includes(c) && !tracker.sections.includes(c));
  if (sheetLevel.some((c) => c.kind === "not-report")) return markedNotAReport(sheet, corrections);
  const merges = MergeIndex.of(sheet);
  const tables: ReadTable[] = [];
  let facts: TitleFacts | undefined;
  let previousBottom = -1;
  for (let r = 0; r < sheet.rowCount; r++) {
    if (!mayStartBand(sheet, r)) continue;
    const band = findBand(sheet, merges, r);
    if (!band) continue;
    if (!facts) {
      facts = readTitleFacts(sheet, band.rows[0], band.rows, options);
      correctFacts(facts, sheetLevel, tracker);
    }
    const unitLine = unitLineAbove(sheet, previousBottom + 1, band.rows[0]);
    const titleSaysMoney = /\b(kinh phi|von|trieu dong|ty dong)\b/.test(foldCached(facts.title?.text ?? ""));
    const unit = facts.unit?.evidence.kind === "correction" ? facts.unit : (unitLine ?? facts.unit);
    const table = readTable({ sheet, merges, fund: facts.fund, unit, titleSaysMoney, province: sectionProvince(facts), corrections: tracker }, band);
    tables.push(table);
    previousBottom = table.bottom;
    r = Math.max(r, table.bottom);
  }
  if (!facts) {
    facts = readTitleFacts(sheet, Math.min(sheet.rowCount, TITLE_ROWS_WITHOUT_TABLE), [], options);
    correctFacts(facts, sheetLevel, tracker);
  }
  for (const c of [...tracker.columns, ...tracker.sections]) {
    if (tracker.applied.has(c.row) || tracker.stale.some((s) => s.row === c.row)) continue;
    tracker.stale.push({
      row: c.row,
      what: c.kind,
      where: c.where,
      reason:
        c.kind === "fund"
          ? bilingual(`không có dòng mục nào ở ${c.where}.`, `no section row is at ${c.where}.`)
          : /\d$/.test(c.where)
            ? bilingual(`không có bảng nào có tiêu đề cột ở ô ${c.where}.`, `no table has a column header at ${c.where}.`)
            : bilingual(`không có bảng nào có cột ${c.where} có tiêu đề.`, `no table has a headed column ${c.where}.`),
    });
  }
  const reading: SheetReading = {
    sheet: sheet.name,
    status: "read",
    reasons: [],
    facts,
    tables,
    corrections: { applied: [...tracker.applied].sort((a, b) => a - b), stale: tracker.stale },
    conflicts: [],
  };
  yearOfProjects(sheet, reading);
  settleUnits(sheet, reading);
  findConflicts(sheet, reading);
  judgeStatus(sheet, reading);
  return reading;
}

/** Sheet-level corrections: the officer's province, year, period, fund or unit replace what the title block says. */
function correctFacts(facts: TitleFacts, corrections: readonly SheetCorrection[], tracker: CorrectionTracker): void {
  // The province last: the report's date, corrected too, chooses the list it is read in.
  const ordered = [...corrections.filter((c) => c.kind !== "province"), ...corrections.filter((c) => c.kind === "province")];
  for (const c of ordered) {
    const v = sheetLevelValue(c);
    const evidence = { kind: "correction" as const, cell: `${CORRECTIONS_SHEET}!A${c.row + 1}`, text: c.value };
    if (v.kind === "invalid") {
      tracker.stale.push({ row: c.row, what: c.kind, where: c.where, reason: v.reason });
      continue;
    }
    if (v.kind === "province") {
      // The officer names one province; a name the official list does not know as one unit is not taken.
      const day = reportDay(facts);
      const found = resolveProvince(v.value, day ? { date: day, approximate: true } : { approximate: true });
      if (found.kind !== "unit") {
        tracker.stale.push({ row: c.row, what: c.kind, where: c.where, reason: unresolvedMessage(v.value, found) });
        continue;
      }
      tracker.applied.add(c.row);
      facts.provinceDoubt = undefined;
      setProvince(facts, found, evidence, day);
      continue;
    }
    tracker.applied.add(c.row);
    if (v.kind === "fund") facts.fund = { value: v.value, evidence, confidence: "certain" };
    else if (v.kind === "unit") facts.unit = { value: v.value, evidence, confidence: "certain" };
    else if (v.kind === "year") facts.year = { value: v.value, evidence, confidence: "certain" };
    else if (v.kind === "period") facts.months = { value: v.value, evidence, confidence: "certain" };
  }
}

/** A sheet the officer marked as no report: not read at all, and said so. */
function markedNotAReport(sheet: SheetSnapshot, corrections: readonly SheetCorrection[]): SheetReading {
  const c = corrections.find((x) => x.kind === "not-report")!;
  return {
    sheet: sheet.name,
    status: "not-report",
    reasons: [
      bilingual(
        `cán bộ đã ghi "không phải báo cáo" (${CORRECTIONS_SHEET}, dòng ${c.row + 1})`,
        `marked "not a report" by the officer (${CORRECTIONS_SHEET}, row ${c.row + 1})`,
      ),
    ],
    facts: { unread: [], standardHeader: false },
    tables: [],
    corrections: { applied: [c.row], stale: [] },
    conflicts: [],
  };
}

/** A section row names a province only in capitals or with its prefix ("TỈNH THÁI NGUYÊN", "Tỉnh Bắc Kạn"). */
function sectionProvince(facts: TitleFacts) {
  const day = reportDay(facts);
  return (text: string) => (/^(tỉnh|thành phố|tp\.?)\s/i.test(text) ? findProvince(text, day ? { date: day } : {}) : ({ kind: "unknown" } as const));
}

/**
 * A project list without a stated year, whose projects all run in the same year ("Thời gian thực hiện (năm)"
 * 2023 on every row, as the Bến Tre export writes it): that year is the report's, read as likely.
 */
function yearOfProjects(sheet: SheetSnapshot, reading: SheetReading): void {
  // An import file (no title) is a list, not a report of a year.
  if (reading.facts.year || !reading.facts.title) return;
  for (const table of reading.tables) {
    const time = table.columns.find((c) => c.role.kind === "time");
    if (!time || table.kind !== "projects") continue;
    const years = new Set<number>();
    let rows = 0;
    for (const row of table.rows) {
      if (row.kind !== "data") continue;
      const v = sheet.cell(row.row, time.col)?.value;
      const year = typeof v === "number" ? v : typeof v === "string" ? Number(v.trim()) : NaN;
      if (!Number.isInteger(year) || year < 1990 || year > 2100) return;
      years.add(year);
      rows++;
    }
    if (years.size === 1 && rows >= 1) {
      reading.facts.year = { value: [...years][0], evidence: { kind: "value", cell: time.headerCell, text: time.header.join(" › ") }, confidence: "likely" };
      return;
    }
  }
}

const hasFigureColumn = (t: ReadTable) => t.columns.some((c) => c.role.kind === "amount" || c.role.kind === "percent" || c.role.kind === "count");
const hasMoney = (t: ReadTable) => t.columns.some((c) => c.role.kind === "amount");

/**
 * The unit of every table that holds money: its unit line, else the sheet's; KC's standard says
 * triệu đồng when absent. Otherwise the unit is assumed from the amounts' size (an import file's
 * 554.000.000 is in đồng, 554 in triệu đồng), and the reading says so.
 */
function settleUnits(sheet: SheetSnapshot, reading: SheetReading): void {
  for (const table of reading.tables) {
    if (table.unit || !hasMoney(table)) continue;
    const columnsStateIt = table.columns.filter((c) => c.role.kind === "amount").every((c) => c.unit);
    const rowsStateIt = table.rows.some((r) => r.unit);
    if (columnsStateIt) continue;
    if (reading.facts.standardHeader) table.unit = { value: "trieu", evidence: { kind: "default" }, confidence: "certain" };
    else if (!rowsStateIt) {
      const median = amountMedian(sheet, table);
      const unit: MoneyUnit = median !== undefined && median >= 100_000 ? "dong" : "trieu";
      table.unit = { value: unit, evidence: { kind: unit === "dong" ? "inferred" : "default" }, confidence: "assumed" };
    }
  }
}

/** The median of a sample of a table's positive amounts (items only), undefined when it has none. */
function amountMedian(sheet: SheetSnapshot, table: ReadTable): number | undefined {
  const values: number[] = [];
  const step = Math.max(1, Math.floor(table.rows.length / SIZE_SAMPLE));
  for (const column of table.columns) {
    if (column.role.kind !== "amount" || column.unit) continue;
    for (let i = 0; i < table.rows.length; i += step) {
      const row = table.rows[i];
      if (row.kind !== "data") continue;
      const v = sheet.cell(row.row, column.col)?.value;
      if (typeof v === "number" && v > 0) values.push(v);
    }
  }
  if (values.length === 0) return undefined;
  values.sort((a, b) => a - b);
  return values[values.length >> 1];
}

/** The usual size of a khuyến công amount, in đồng: from a project of some triệu to a region's plan. */
const PLAUSIBLE_LOW = 1e5;
const PLAUSIBLE_HIGH = 1e13;
/** Items of a column sampled to judge its size. */
const SIZE_SAMPLE = 200;

function findConflicts(sheet: SheetSnapshot, reading: SheetReading): void {
  const { facts } = reading;
  // A unit line and a header that disagree.
  for (const table of reading.tables) {
    for (const column of table.columns) {
      if (column.role.kind !== "amount") continue;
      if (column.unit && table.unit && table.unit.evidence.kind !== "default" && column.unit.value !== table.unit.value) {
        reading.conflicts.push({
          kind: "unit",
          cell: column.unit.evidence.cell ?? column.headerCell,
          stated: column.unit.value,
          other: table.unit.value,
          otherCell: table.unit.evidence.cell ?? "",
        });
      }
      const unit = column.unit ?? table.unit;
      // An assumed unit was chosen to fit the amounts: there is nothing stated to contradict.
      if (!unit || unit.confidence === "assumed") continue;
      // Amounts whose size the stated unit cannot explain (a total in đồng under "(tỷ đồng)").
      const values: number[] = [];
      const cells: string[] = [];
      // A sample of the column's items is enough to know its size.
      const step = Math.max(1, Math.floor(table.rows.length / SIZE_SAMPLE));
      for (let i = 0; i < table.rows.length; i += step) {
        const row = table.rows[i];
        if (row.kind !== "data" || row.unit) continue;
        const v = sheet.cell(row.row, column.col)?.value;
        if (typeof v === "number" && v > 0) {
          values.push(v);
          if (cells.length < 5) cells.push(a1(row.row, column.col));
        }
      }
      // One stray value is for the scale check across provinces; a column's size needs a few.
      if (values.length < 2) continue;
      values.sort((a, b) => a - b);
      const median = values[values.length >> 1];
      const inDong = median * 10 ** unitExponent(unit.value);
      if (inDong >= PLAUSIBLE_LOW && inDong <= PLAUSIBLE_HIGH) continue;
      const likely = MONEY_UNITS.find((u) => {
        const d = median * 10 ** unitExponent(u);
        return d >= 1e6 && d <= 1e12;
      });
      if (!likely || likely === unit.value) continue;
      table.unitContradicted.push(column.col);
      // One finding per cell stating the unit, whatever the number of columns under it.
      const cell = unit.evidence.cell ?? column.headerCell;
      const earlier = reading.conflicts.find((c) => c.kind === "unit-values" && c.cell === cell);
      if (earlier && earlier.kind === "unit-values") earlier.cells.push(...cells.slice(0, 2));
      else reading.conflicts.push({ kind: "unit-values", cell, column: column.label, stated: unit.value, likely, cells, median });
    }
  }
  // The title and the sheet name naming different funds.
  if (facts.fund?.evidence.kind === "title") {
    const other = reading.tables.find((t) => t.fund && t.fund.value !== facts.fund!.value);
    if (other?.fund)
      reading.conflicts.push({
        kind: "fund",
        cell: facts.fund.evidence.cell ?? "",
        stated: facts.fund.value,
        other: other.fund.value,
        otherCell: other.fund.evidence.cell ?? "",
        otherText: other.fund.evidence.text ?? "",
      });
  }
  // A row's own fund against its section's or the sheet's.
  for (const table of reading.tables) {
    const fundColumn = table.columns.find((c) => c.role.kind === "fund");
    if (!fundColumn) continue;
    for (const row of table.rows) {
      if (row.kind !== "data" || row.fund?.evidence.kind !== "value" || row.fund.confidence !== "certain") continue;
      const home = row.section !== undefined ? rowAt(table, row.section)?.fund : (table.fund ?? facts.fund);
      if (!home || home.value === "total" || row.fund.value === "total" || home.value === row.fund.value) continue;
      reading.conflicts.push({
        kind: "fund",
        cell: a1(row.row, fundColumn.col),
        stated: row.fund.value,
        other: home.value,
        otherCell: home.evidence.cell ?? "",
        otherText: home.evidence.text ?? "",
      });
    }
  }
}

function judgeStatus(sheet: SheetSnapshot, reading: SheetReading): void {
  const reasons: Bilingual[] = [];
  const withFigures = reading.tables.filter((t) => hasFigureColumn(t) && tableHasFigures(sheet, t));
  // KC's own header block ("Tỉnh/Thành phố | An Giang") makes a report of a sheet, even before its tables are filled.
  if (reading.facts.standardHeader && withFigures.length === 0) {
    reading.status = "partial";
    reading.reasons.push(
      bilingual("sheet theo biểu mẫu chuẩn nhưng chưa có bảng nào có số liệu", "a sheet in KC's standard layout whose tables hold no figure yet"),
    );
    return;
  }
  if (reading.tables.length === 0) {
    notAReport(reading);
    reading.reasons.push(
      bilingual(
        'không có bảng nào có dòng tiêu đề KC nhận ra (cần ít nhất hai cột như "Tên đề án", "Kế hoạch", "Thực hiện", "KCQG", "Tổng kinh phí")',
        'no table with a header row KC recognises (at least two columns such as "Tên đề án", "Kế hoạch", "Thực hiện", "KCQG", "Tổng kinh phí")',
      ),
    );
    return;
  }
  if (withFigures.length === 0) {
    notAReport(reading);
    reading.reasons.push(bilingual("có bảng nhưng không có số liệu nào", "tables were found but hold no figure"));
    return;
  }
  for (const table of reading.tables) {
    const where = `${a1(table.top, table.left)}:${a1(table.bottom, table.right)}`;
    if (table.unit?.confidence === "assumed")
      reasons.push(
        bilingual(
          `bảng ${where} không ghi đơn vị tính: số liệu được đọc theo ${unitName(table.unit.value).vi}`,
          `table ${where} states no unit: its amounts were read in ${unitName(table.unit.value).en}`,
        ),
      );
    if (!withFigures.includes(table)) reasons.push(bilingual(`bảng ${where} không có số liệu`, `the table ${where} holds no figure`));
    const unknown = table.columns.filter((c) => c.role.kind === "unknown" && columnHasNumbers(sheet, table, c.col));
    table.unreadColumns = unknown.map((c) => c.col);
    if (unknown.length > 0) {
      const names = unknown.map((c) => `${a1(table.top, c.col).replace(/\d+$/, "")} "${c.header.join(" › ")}"`).join(", ");
      reasons.push(
        bilingual(
          `bảng ${where}: không hiểu cột ${names} (có số liệu, chưa đọc)`,
          `table ${where}: columns ${names} hold figures KC could not place (not read)`,
        ),
      );
    }
    if (table.kind === "projects") {
      const measures = new Set(table.columns.map((c) => (c.role.kind === "amount" ? c.role.measure : "")));
      if (!measures.has("cost") && !measures.has("support"))
        reasons.push(
          bilingual(`bảng đề án ${where} không có cột tổng kinh phí hay kinh phí hỗ trợ`, `project table ${where} has no total cost or support column`),
        );
      const unknownFund = table.rows.filter((r) => r.kind === "data" && !r.fund).length;
      if (unknownFund > 0)
        reasons.push(
          bilingual(
            `${unknownFund} dòng đề án không rõ nguồn kinh phí (KCQG/KCĐP): chưa kiểm tra định mức hỗ trợ`,
            `${unknownFund} project rows have no known fund (KCQG/KCĐP): support ceilings not checked`,
          ),
        );
      if (!reading.facts.year) reasons.push(bilingual("không rõ năm báo cáo: chưa kiểm tra định mức hỗ trợ", "no report year: support ceilings not checked"));
    }
  }
  if (reasons.length > 0) {
    reading.status = "partial";
    reading.reasons.push(...reasons);
  }
}

/** A sheet that is no report says nothing about a province, a year or a fund: only its title is kept, to say what it is. */
function notAReport(reading: SheetReading): void {
  reading.status = "not-report";
  reading.facts = { title: reading.facts.title, unread: [], standardHeader: false };
}

function tableHasFigures(sheet: SheetSnapshot, table: ReadTable): boolean {
  return table.columns.some((c) => (c.role.kind === "amount" || c.role.kind === "percent" || c.role.kind === "count") && columnHasNumbers(sheet, table, c.col));
}

function columnHasNumbers(sheet: SheetSnapshot, table: ReadTable, col: number): boolean {
  for (const row of table.rows) {
    if (row.kind === "blank" || row.kind === "columnNumbers") continue;
    const v = sheet.cell(row.row, col)?.value;
    if (typeof v === "number") return true;
    if (typeof v === "string" && /^[\s(+-]*\d[\d.,\s]*%?\)?$/.test(v.trim())) return true;
  }
  return false;
}
