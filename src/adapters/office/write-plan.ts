import { Bilingual, bilingual } from "../../core/message";
import type { ChartPlan, PlanCell, SheetPlan, StyleName, SummaryPlan } from "../../core/summary/plan-types";
import { sheetRef } from "../../core/summary/sheet-ref";
import { generatedRole } from "../../core/summary/tab-names";
import { CellValue, columnLetter, isCellError, parseA1, sheetFromValues } from "../../core/workbook/snapshot";
import { PortError, SummaryWrite } from "../../app/port";
import { STYLE_LOOKS } from "../../core/summary/style-table";
import { applyLook, charsToPoints } from "./format";
import { coverWithRectangles, rectAddress } from "./rectangles";
import { runAsOneUndoStep } from "./undo";
import { packByBytes } from "./batches";

export interface OfficeWriteStats {
  syncs: number;
  /** Estimated JSON bytes of the largest write batch. */
  largestBatchBytes: number;
  batches: number;
}

/** Largest estimated request of one write sync (Excel on the web refuses requests over 5 MB). */
const MAX_BATCH_BYTES = 4_000_000;
/** Rows per formulas/numberFormat write, so no single range write is huge. */
const ROWS_PER_WRITE = 2_000;
/** Estimated request bytes of one format call (property path, value, object ids). */
const CALL_BYTES = 200;

type Op = { bytes: number; apply: (context: Excel.RequestContext) => void };

/**
 * Writes a summary plan into the open workbook: replaces generated tabs in place (cleared, same
 * position), adds new ones at the end, removes generated duplicates. Before writing anything it
 * re-checks, in the workbook as it is now, that every sheet it would clear or remove carries the
 * generated marker and that no sheet it would add exists: a user's sheet is never overwritten, even
 * when the workbook changed after the plan was made.
 *
 * Syncs: (1) sheet names, (2) markers and charts of the sheets concerned, (3) every write, with
 * calculation and screen updating suspended, (4) a recalculation. A plan too big for one request
 * takes one more write sync per 4 MB. Every member used is in ExcelApi 1.10, the manifest's minimum.
 */
export async function writePlanIn(context: Excel.RequestContext, plan: SummaryPlan): Promise<{ notices: Bilingual[]; stats: OfficeWriteStats }> {
  let syncs = 0;
  const sync = async () => {
    await context.sync();
    syncs++;
  };
  const notices: Bilingual[] = [...plan.notices];

  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await sync();
  const existing = new Map(worksheets.items.map((ws) => [ws.name.toLocaleLowerCase("vi"), ws.name]));
  const find = (name: string) => existing.get(name.toLocaleLowerCase("vi"));

  const concerned = new Set<string>([...plan.remove, ...plan.sheets.flatMap((s) => [s.replaces, s.name])].flatMap((n) => (n && find(n) ? [find(n)!] : [])));
  const probes = [...concerned].map((name) => {
    const ws = worksheets.getItem(name);
    return { name, marker: ws.getRange("A1").load("values"), charts: ws.charts.load("items/name") };
  });
  await sync();
  const isGenerated = new Map(probes.map((p) => [p.name, generatedRole(sheetFromValues(p.name, p.marker.values as CellValue[][])) !== undefined]));
  const chartsOf = new Map(probes.map((p) => [p.name, p.charts.items]));

  for (const name of plan.remove) refuseUnlessGenerated(find(name), isGenerated);
  for (const sheet of plan.sheets) {
    if (sheet.replaces) refuseUnlessGenerated(find(sheet.replaces), isGenerated);
    const clash = find(sheet.name);
    if (clash && (!sheet.replaces || clash !== find(sheet.replaces))) refuseUnlessGenerated(clash, new Map([[clash, false]]));
  }

  const ops: Op[] = [];
  for (const name of plan.remove) {
    const actual = find(name);
    if (actual) ops.push({ bytes: CALL_BYTES, apply: (c) => c.workbook.worksheets.getItem(actual).delete() });
  }
  for (const sheet of plan.sheets) {
    const current = sheet.replaces ? find(sheet.replaces) : undefined;
    ops.push(
      current ? clearOp(current, sheet.name, chartsOf.get(current) ?? []) : { bytes: CALL_BYTES, apply: (c) => void c.workbook.worksheets.add(sheet.name) },
    );
    ops.push(...sheetOps(sheet));
  }

  const batches = packByBytes(ops, (op) => op.bytes, MAX_BATCH_BYTES);
  for (const batch of batches) {
    context.workbook.application.suspendApiCalculationUntilNextSync();
    context.workbook.application.suspendScreenUpdatingUntilNextSync();
    for (const op of batch) op.apply(context);
    await sync();
  }

  const first = plan.sheets[0];
  if (first) worksheets.getItem(first.name).activate();
  context.workbook.application.calculate("Recalculate" as Excel.CalculationType);
  await sync();

  const batchBytes = batches.map((b) => b.reduce((s, op) => s + op.bytes, 0));
  return { notices, stats: { syncs, batches: batches.length, largestBatchBytes: Math.max(0, ...batchBytes) } };
}

/** Writes a plan through Excel.run, as one undo step where the host can; the task pane's entry point. */
export async function writeOfficePlan(plan: SummaryPlan): Promise<SummaryWrite> {
  const { result: notices, undo } = await runAsOneUndoStep(async (context) => (await writePlanIn(context, plan)).notices);
  return { notices, undo };
}

function refuseUnlessGenerated(name: string | undefined, isGenerated: Map<string, boolean>): void {
  if (name && !isGenerated.get(name)) {
    throw new PortError(
      bilingual(
        `Sheet "${name}" không phải sheet do KC tạo ra nên không bị ghi đè. Sổ đã thay đổi sau lần kiểm tra: hãy tạo lại các bảng tổng hợp.`,
        `Sheet "${name}" was not generated by KC, so it is not overwritten. The workbook changed since it was read: write the summary again.`,
      ),
    );
  }
}

/** Empties a generated tab in place (keeping its position and the references to it) and renames it if needed. */
function clearOp(current: string, name: string, charts: Excel.Chart[]): Op {
  const chartNames = charts.map((c) => c.name);
  return {
    bytes: CALL_BYTES * (5 + chartNames.length),
    apply: (context) => {
      const ws = context.workbook.worksheets.getItem(current);
      for (const chart of chartNames) ws.charts.getItem(chart).delete();
      const all = ws.getRange();
      all.unmerge();
      all.clear("All" as Excel.ClearApplyTo);
      all.rowHidden = false;
      ws.freezePanes.unfreeze();
      if (current !== name) ws.name = name;
    },
  };
}

function sheetOps(sheet: SheetPlan): Op[] {
  const ops: Op[] = [];
  const on = (apply: (ws: Excel.Worksheet) => void, bytes = CALL_BYTES): void =>
    void ops.push({ bytes, apply: (context) => apply(context.workbook.worksheets.getItem(sheet.name)) });

  const cells = [...sheet.cells, { address: "A1", value: sheet.marker, styles: ["marker"] } as PlanCell];
  const placed = cells.map((cell) => ({ cell, ...parseA1(cell.address) }));
  const rows = Math.max(...placed.map((p) => p.row)) + 1;
  const cols = Math.max(...placed.map((p) => p.col)) + 1;
  const formulas: (string | number | boolean)[][] = Array.from({ length: rows }, () => new Array(cols).fill(""));
  const formats: string[][] = Array.from({ length: rows }, () => new Array(cols).fill("General"));
  for (const { cell, row, col } of placed) {
    formulas[row][col] = officeInput(cell);
    formats[row][col] = cell.format ?? (cell.formula === undefined && typeof cell.value === "string" ? "@" : "General");
  }
  // Formats first: a text cell formatted "@" keeps "1.656" as text when its value arrives.
  for (let r0 = 0; r0 < rows; r0 += ROWS_PER_WRITE) {
    const r1 = Math.min(rows, r0 + ROWS_PER_WRITE) - 1;
    const address = `A${r0 + 1}:${columnLetter(cols - 1)}${r1 + 1}`;
    const f = formats.slice(r0, r1 + 1);
    const v = formulas.slice(r0, r1 + 1);
    on((ws) => void (ws.getRange(address).numberFormat = f), JSON.stringify(f).length + CALL_BYTES);
    on((ws) => void (ws.getRange(address).formulas = v), JSON.stringify(v).length + CALL_BYTES);
  }

  const byStyle = new Map<StyleName, { row: number; col: number }[]>();
  for (const p of placed) for (const s of p.cell.styles ?? []) byStyle.set(s, [...(byStyle.get(s) ?? []), p]);
  for (const [style, where] of byStyle) {
    for (const rect of coverWithRectangles(where)) {
      const address = rectAddress(rect);
      on((ws) => applyLook(ws.getRange(address), STYLE_LOOKS[style]), CALL_BYTES * 6);
    }
  }

  for (const merge of sheet.merges) on((ws) => ws.getRange(merge).merge(false));
  for (const [col, chars] of Object.entries(sheet.columnWidths)) {
    const letter = columnLetter(Number(col) - 1);
    on((ws) => void (ws.getRange(`${letter}:${letter}`).format.columnWidth = charsToPoints(chars)));
  }
  for (const [row, points] of Object.entries(sheet.rowHeights)) on((ws) => void (ws.getRange(`${row}:${row}`).format.rowHeight = points));
  for (const row of sheet.hiddenRows) on((ws) => void (ws.getRange(`${row}:${row}`).rowHidden = true));
  const { rows: frozenRows, columns: frozenCols } = sheet.frozen;
  if (frozenRows > 0 || frozenCols > 0) {
    on((ws) => {
      if (frozenRows > 0 && frozenCols > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, frozenRows, frozenCols));
      else if (frozenRows > 0) ws.freezePanes.freezeRows(frozenRows);
      else ws.freezePanes.freezeColumns(frozenCols);
    });
  }

  for (const { cell } of placed.filter((p) => p.cell.link)) {
    const link = cell.link!;
    const text = cell.formula === undefined && cell.value !== null && cell.value !== undefined ? String(cell.value) : undefined;
    on((ws) => void (ws.getRange(cell.address).hyperlink = { documentReference: sheetRef(link.sheet, link.cell), textToDisplay: text }));
  }

  for (const chart of sheet.charts) {
    ops.push({ bytes: CALL_BYTES * (6 + 2 * chart.series.length), apply: (context) => addChart(context, sheet.name, chart) });
  }
  return ops;
}

/** What Office's `formulas` takes for a cell: "=" + formula, or the constant. */
function officeInput(cell: PlanCell): string | number | boolean {
  if (cell.formula !== undefined) return `=${cell.formula}`;
  const v = cell.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "object" && isCellError(v)) return "";
  // A constant that starts with "=" would be taken for a formula: the apostrophe keeps it text.
  return typeof v === "string" && v.startsWith("=") ? `'${v}` : v;
}

function addChart(context: Excel.RequestContext, sheet: string, plan: ChartPlan): void {
  const ws = context.workbook.worksheets.getItem(sheet);
  const range = (ref: ChartPlan["categories"]) => context.workbook.worksheets.getItem(ref.sheet).getRange(`${ref.from}:${ref.to}`);
  const [first, ...rest] = plan.series;
  if (!first) return;
  const chart = ws.charts.add(
    (plan.type === "bar" ? "BarClustered" : "ColumnClustered") as Excel.ChartType,
    range(first.values),
    "Columns" as Excel.ChartSeriesBy,
  );
  chart.title.text = plan.title;
  chart.setPosition(plan.anchor.from, plan.anchor.to);
  const s0 = chart.series.getItemAt(0);
  s0.name = first.name;
  s0.setXAxisValues(range(plan.categories));
  for (const s of rest) {
    const added = chart.series.add(s.name);
    added.setValues(range(s.values));
    added.setXAxisValues(range(plan.categories));
  }
  chart.legend.visible = plan.series.length > 1;
  if (plan.percent) chart.axes.valueAxis.numberFormat = "0%";
  if (plan.type === "bar") {
    // Bars read in the table's order (Excel puts the first category at the bottom), value axis kept below.
    chart.axes.categoryAxis.reversePlotOrder = true;
    chart.axes.categoryAxis.position = "Maximum" as Excel.ChartAxisPosition;
  }
}
