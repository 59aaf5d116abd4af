import { bilingual, Bilingual } from "../message";
import { RoundingMode } from "../numbers/consistency";
import { MoneyUnit } from "../numbers/units";
import { readSheet, ReadSheetOptions } from "../reading/read-sheet";
import { CorrectionBook, isCorrectionsSheet, KIND_WORDS, readCorrections } from "../reading/corrections";
import { readingSummary } from "../reading/summary-of";
import { SheetReading } from "../reading/types";
import { ReportView, viewOf } from "../reading/view";
import { builtInRuleLibrary } from "../rules/library";
import { RuleLibrary } from "../rules/schema";
import { isGeneratedSheet } from "../summary/tab-names";
import { parseA1, SheetSnapshot, WorkbookSnapshot } from "../workbook/snapshot";
import { checkPlanSupportGap } from "./calc-checks";
import { CapSubject, capSubject, CeilingSelector, checkCap } from "./cap-checks";
import { checkDuplicateCodes, checkFundingSources, checkProjectCells, checkStandardStructure } from "./cell-checks";
import { SheetContext, sheetContext, makeFinding } from "./context";
import { Finding, SheetSummary, ValidationReport } from "./finding";
import { checkFundSwaps, FundSample, fundSamples } from "./fund-swap";
import { checkReading } from "./reading-checks";
import { checkLocalAboveNational, isRulesSheet, OverrideRule, readRulesSheet, selectorWithOverrides } from "./rules-sheet";
import { checkScales, ScaleSample, scaleSamples } from "./scale-checks";
import { buildReport } from "./stats";
import { checkTable } from "./table-checks";
import { checkReadingProvince, duplicateArgs, duplicateRelated, duplicateReports, ReportIdentity } from "./province-checks";
import { ErrorFlow } from "../review/error-flow";
import { reviewSheet } from "../review/review";
import { readingHints } from "../review/reading-hints";

export interface ValidateOptions {
  /** The rule library ceilings come from (default: the built-in packs). */
  rules?: RuleLibrary;
  /** How stated figures were rounded: to nearest (default) or truncated. */
  rounding?: RoundingMode;
  onProgress?: (done: number, total: number) => void;
  /** How the async validation gives the host a turn between sheets (the task pane passes a timer, so it can paint). */
  pause?: () => Promise<void>;
  /** The workbook's file name: a title block may leave the province or year to it ("bao-cao-ben-tre-2024.xlsx"). */
  fileName?: string;
  /** Hears each sheet's reading (`kc validate --explain` prints them). */
  onReading?: (reading: SheetReading) => void;
}

interface DeferredCaps {
  sheet: string;
  unit: MoneyUnit;
  province?: string;
  year: number;
  subjects: CapSubject[];
}

/**
 * Validates a workbook one sheet at a time, so a streaming reader can hand over each sheet and let it
 * go: a sheet leaves behind only its findings and small samples for the checks that need every sheet
 * (unit scale across provinces, and KCĐP caps until the KC_QuyDinh sheet, which may come last, is read).
 */
export class WorkbookValidator {
  private readonly findings: Finding[] = [];
  private readonly sheets: SheetSummary[] = [];
  private readonly skipped: Bilingual[] = [];
  private readonly readOptions: ReadSheetOptions;
  private readonly onReading?: (reading: SheetReading) => void;
  private corrections?: CorrectionBook;
  private correctionsPending = false;
  /** Sheets that came before the KC_CachDoc sheet, kept until it is read. */
  private readonly held: SheetSnapshot[] = [];
  private readonly correctedSheets = new Set<string>();
  /** The workbook's sheet names in order, when a reader told them before the sheets. */
  private order?: string[];
  private readonly samples: ScaleSample[] = [];
  private readonly fundPairs: FundSample[] = [];
  private readonly deferred: DeferredCaps[] = [];
  private readonly contexts = new Map<string, SheetContext>();
  private readonly library: RuleLibrary;
  private readonly mode: RoundingMode;
  private overrides: OverrideRule[] = [];
  private rulesSeen = false;
  private rulesSheetName?: string;
  private readonly years: number[] = [];
  private readonly reports: ReportIdentity[] = [];
  private selector?: CeilingSelector;
  private readonly errorFlow = new ErrorFlow();

  constructor(options: ValidateOptions = {}, rulesSheetKnown = false) {
    this.library = options.rules ?? builtInRuleLibrary();
    this.mode = options.rounding ?? "round";
    this.rulesSeen = rulesSheetKnown;
    this.readOptions = { fileName: options.fileName };
    this.onReading = options.onReading;
  }

  private context(sheet: string, unit: MoneyUnit = "trieu"): SheetContext {
    let ctx = this.contexts.get(sheet);
    if (!ctx) {
      ctx = sheetContext(sheet, unit, this.mode, this.findings);
      this.contexts.set(sheet, ctx);
    }
    return ctx;
  }

  /**
   * The workbook's sheet names, when a reader knows them before the sheets: without a KC_QuyDinh
   * among them no ceiling can change later, so KCĐP caps are judged at once rather than kept to the end.
   */
  expectSheets(names: readonly string[]): void {
    this.order = [...names];
    if (!names.some((name) => isRulesSheet({ name }))) this.rulesSeen = true;
    // Corrections apply to the sheets before them too: those are held until the KC_CachDoc sheet is read.
    if (names.some((name) => isCorrectionsSheet({ name }))) this.correctionsPending = true;
  }

  /** Reads the officer's corrections (KC_CachDoc); call before the sheets they correct when the workbook is at hand. */
  addCorrectionsSheet(sheet: SheetSnapshot): void {
    this.corrections = readCorrections(sheet);
    this.sheets.push({ name: sheet.name, status: "corrections", tables: [] });
    for (const p of this.corrections.problems) this.reportCorrection(p, p.sheet);
    this.correctionsPending = false;
    const held = this.held.splice(0);
    for (const s of held) this.addSheet(s);
  }

  private reportCorrection(c: { row: number; what: string; where: string; reason: Bilingual }, sheet: string): void {
    const book = this.corrections;
    if (!book) return;
    const what = KIND_WORDS[c.what as keyof typeof KIND_WORDS] ?? bilingual(c.what, c.what);
    this.context(book.sheetName).report(
      "read/correction-stale",
      `A${c.row + 1}`,
      { row: String(c.row + 1), what, where: c.where ? ` ${c.where}` : "", sheet: sheet || "?", reason: c.reason },
      { found: c.where || null },
    );
  }

  /** Reads a KC_QuyDinh sheet; call before the province sheets when the whole workbook is at hand. */
  addRulesSheet(sheet: SheetSnapshot): void {
    this.rulesSeen = true;
    this.rulesSheetName = sheet.name;
    this.sheets.push({ name: sheet.name, status: "rules", tables: [] });
    this.overrides.push(...readRulesSheet(sheet, this.context(sheet.name)));
    this.selector = undefined;
  }

  /**
   * Reads a sheet in whatever layout it has and runs every check on what was read: the reading's own
   * findings, each table's figures, totals and identities, the projects' texts, codes and ceilings, and
   * samples for the checks across sheets. Returns the report's view, or undefined when the sheet is no report.
   */
  addSheet(sheet: SheetSnapshot): ReportView | undefined {
    if (isRulesSheet(sheet)) {
      this.addRulesSheet(sheet);
      return undefined;
    }
    if (isCorrectionsSheet(sheet)) {
      this.addCorrectionsSheet(sheet);
      return undefined;
    }
    if (this.correctionsPending) {
      this.held.push(sheet);
      return undefined;
    }
    if (isGeneratedSheet(sheet)) {
      this.sheets.push({ name: sheet.name, status: "generated", tables: [] });
      return undefined;
    }
    const corrections = this.corrections?.bySheet.get(sheet.name);
    if (corrections) this.correctedSheets.add(sheet.name);
    const reading = readSheet(sheet, { ...this.readOptions, corrections });
    for (const stale of reading.corrections.stale) this.reportCorrection(stale, sheet.name);
    this.onReading?.(reading);
    this.sheets.push(readingSummary(reading));
    if (reading.status === "not-report") return undefined;
    const view = viewOf(sheet, reading);
    const ctx = this.context(sheet.name, view.header.unit);
    checkStandardStructure(view, ctx);
    checkReading(reading, ctx);
    const identity = checkReadingProvince(reading, ctx);
    if (identity) this.reports.push(identity);
    for (const table of reading.tables) {
      checkTable(sheet, table, ctx, view.header.unit);
      checkFundingSources(table, ctx);
    }
    checkProjectCells(view.projects, ctx);
    checkDuplicateCodes(view.projects, ctx);
    checkPlanSupportGap(view, ctx);
    this.checkCaps(view, ctx);
    this.samples.push(...scaleSamples(view));
    this.fundPairs.push(...fundSamples(sheet, reading));
    this.reviewFormulas(sheet, reading);
    return view;
  }

  /**
   * The formula review of a report, the tables read as hints. A cell the value checks already
   * report as a formula error keeps that finding alone.
   */
  private reviewFormulas(sheet: SheetSnapshot, reading: SheetReading): void {
    const { suspects } = reviewSheet(sheet, readingHints(reading, sheet), this.errorFlow);
    const erroneous = new Set(this.findings.filter((f) => f.sheet === sheet.name && f.rule === "type/formula-error").map((f) => f.cell));
    for (const s of suspects) if (!erroneous.has(s.finding.cell)) this.findings.push(s.finding);
  }

  private checkCaps(view: ReportView, ctx: SheetContext): void {
    if (view.projects.length === 0) return;
    const year = view.header.year;
    if (year === undefined) {
      this.skipped.push(
        bilingual(`${view.sheet}: không rõ năm báo cáo, chưa kiểm tra định mức hỗ trợ`, `${view.sheet}: no report year, support ceilings not checked`),
      );
      return;
    }
    this.years.push(year);
    const province = view.header.province;
    const later: CapSubject[] = [];
    const select = this.select();
    let unknownFund = 0;
    for (const row of view.projects) {
      const subject = capSubject(row);
      if (!subject) {
        if (row.activity && row.source === "other") unknownFund++;
        continue;
      }
      // A KC_QuyDinh sheet still to come may change a KCĐP ceiling: judge those at the end.
      if (subject.fund === "KCDP" && !this.rulesSeen) later.push(subject);
      else checkCap(subject, { province, year }, select, ctx);
    }
    if (unknownFund > 0)
      this.skipped.push(
        bilingual(
          `${view.sheet}: ${unknownFund} đề án không rõ nguồn kinh phí, chưa kiểm tra định mức hỗ trợ`,
          `${view.sheet}: ${unknownFund} projects without a known fund, support ceilings not checked`,
        ),
      );
    if (later.length > 0) this.deferred.push({ sheet: view.sheet, unit: view.header.unit, province, year, subjects: later });
  }

  /** Which province and period each province sheet read so far reports, for checks across workbooks. */
  reportIdentities(): readonly ReportIdentity[] {
    return this.reports;
  }

  /** Ceiling selection with the overrides read so far, remembered per query. */
  private select(): CeilingSelector {
    return (this.selector ??= selectorWithOverrides(this.library, this.overrides));
  }

  finish(order: string[] | undefined = this.order): ValidationReport {
    // A corrections sheet announced but never met: the sheets held are read as they are.
    this.correctionsPending = false;
    for (const s of this.held.splice(0)) this.addSheet(s);
    for (const [name, list] of this.corrections?.bySheet ?? []) {
      if (this.correctedSheets.has(name)) continue;
      for (const c of list)
        this.reportCorrection(
          { row: c.row, what: c.kind, where: c.where, reason: bilingual(`không có sheet nào tên "${name}".`, `no sheet is named "${name}".`) },
          name,
        );
    }
    const select = this.select();
    for (const d of this.deferred) {
      const ctx = this.context(d.sheet, d.unit);
      for (const subject of d.subjects) checkCap(subject, { province: d.province, year: d.year }, select, ctx);
    }
    if (this.rulesSheetName) {
      const year = this.years.length > 0 ? Math.max(...this.years) : new Date().getFullYear();
      checkLocalAboveNational(this.overrides, this.library, year, this.context(this.rulesSheetName));
    }
    checkScales(this.samples, (sheet) => this.context(sheet));
    checkFundSwaps(this.fundPairs, (sheet) => this.context(sheet));
    for (const [later, first] of duplicateReports(this.reports)) {
      this.context(later.sheet).report("province/duplicate-report", later.cell, duplicateArgs(later, first), { related: duplicateRelated(later, first) });
    }
    const reported = new Set(this.findings.map((f) => `${f.sheet}!${f.cell}`));
    for (const s of this.errorFlow.suspects()) if (!reported.has(`${s.finding.sheet}!${s.finding.cell}`)) this.findings.push(s.finding);
    const rank = new Map((order ?? []).map((name, i) => [name, i]));
    const sheets = order ? [...this.sheets].sort((a, b) => (rank.get(a.name) ?? 0) - (rank.get(b.name) ?? 0)) : this.sheets;
    if (!sheets.some((s) => s.status === "read" || s.status === "partial")) {
      const names = sheets.map((s) => `"${s.name}"`).join(", ") || "—";
      this.findings.push(
        makeFinding("", "read/no-report", "", { sheets: bilingual(`đã xem ${sheets.length} sheet: ${names}`, `looked at ${sheets.length} sheets: ${names}`) }),
      );
    }
    const meta = { ruleLibrary: this.library.version, rounding: this.mode, skipped: this.skipped };
    return buildReport(sortFindings(this.findings, sheets), sheets, meta);
  }
}

/** Findings in sheet order, then row, then column, so reports read top to bottom. */
export function sortFindings(findings: Finding[], sheets: readonly { name: string }[]): Finding[] {
  const order = new Map(sheets.map((s, i) => [s.name, i]));
  // A finding about the whole workbook (sheet "") comes first.
  order.set("", -1);
  // Sheet-level findings have no cell ("") and come first.
  const pos = (cell: string) => {
    if (!/^[A-Z]+\d+$/.test(cell)) return [-1, -1];
    const { row, col } = parseA1(cell);
    return [row, col];
  };
  return findings
    .map((f, i) => ({ f, i, sheet: order.get(f.sheet) ?? 0, at: pos(f.cell) }))
    .sort((a, b) => a.sheet - b.sheet || a.at[0] - b.at[0] || a.at[1] - b.at[1] || a.i - b.i)
    .map((x) => x.f);
}

/**
 * The validation of a workbook as steps, one per sheet: province sheets by the standard, KC_QuyDinh as
 * rule overrides. It yields after each sheet and returns the report.
 */
function* validationSteps(snapshot: WorkbookSnapshot, options: ValidateOptions): Generator<void, ValidationReport> {
  const first = snapshot.sheets.filter((s) => isRulesSheet(s) || isCorrectionsSheet(s));
  const validator = new WorkbookValidator(options, true);
  for (const sheet of first) validator.addSheet(sheet);
  const total = snapshot.sheets.length;
  let done = first.length;
  for (const sheet of snapshot.sheets) {
    if (first.includes(sheet)) continue;
    validator.addSheet(sheet);
    done++;
    options.onProgress?.(done, total);
    yield;
  }
  return validator.finish(snapshot.sheets.map((s) => s.name));
}

/**
 * Validates every sheet of a workbook at once.
 * @public KC's hosts validate with validateWorkbookAsync or a WorkbookValidator fed sheet by sheet; tests and scripts use this one.
 */
export function validateWorkbook(snapshot: WorkbookSnapshot, options: ValidateOptions = {}): ValidationReport {
  const steps = validationSteps(snapshot, options);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * The same validation, giving the host's event loop a turn after each sheet so a task pane can paint
 * its progress bar and stay responsive on a large workbook.
 */
export async function validateWorkbookAsync(snapshot: WorkbookSnapshot, options: ValidateOptions = {}): Promise<ValidationReport> {
  const steps = validationSteps(snapshot, options);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await (options.pause?.() ?? Promise.resolve());
  }
}
