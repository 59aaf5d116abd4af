import { RoundingMode } from "../numbers/consistency";
import { MoneyUnit } from "../numbers/units";
import { builtInRuleLibrary } from "../rules/library";
import { RuleLibrary } from "../rules/schema";
import { readProvinceSheet } from "../standard/read-province-sheet";
import { ProvinceSheet } from "../standard/province-sheet";
import { parseA1, SheetSnapshot, WorkbookSnapshot } from "../workbook/snapshot";
import { checkCompletion, checkFundingTotalRows, checkPlanSupportGap, checkProjectTotalRows, checkProjectTotals } from "./calc-checks";
import { CapSubject, capSubject, CeilingSelector, checkCap } from "./cap-checks";
import { checkDuplicateCodes, checkFundingCells, checkProjectCells, checkStructure } from "./cell-checks";
import { SheetContext, sheetContext } from "./context";
import { Finding, ValidationReport } from "./finding";
import { checkLocalAboveNational, isRulesSheet, OverrideRule, readRulesSheet, selectorWithOverrides } from "./rules-sheet";
import { checkScales, ScaleSample, scaleSamples } from "./scale-checks";
import { buildReport, SheetInfo } from "./stats";
import { checkProvince, duplicateArgs, duplicateRelated, duplicateReports, ReportIdentity } from "./province-checks";
import { ErrorFlow } from "../review/error-flow";
import { reviewSheet } from "../review/review";
import { hintsOfProvinceSheet } from "../review/standard-hints";

export interface ValidateOptions {
  /** The rule library ceilings come from (default: the built-in packs). */
  rules?: RuleLibrary;
  /** How stated figures were rounded: to nearest (default) or truncated. */
  rounding?: RoundingMode;
  onProgress?: (done: number, total: number) => void;
  /** How the async validation gives the host a turn between sheets (the task pane passes a timer, so it can paint). */
  pause?: () => Promise<void>;
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
  private readonly sheets: SheetInfo[] = [];
  private readonly samples: ScaleSample[] = [];
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
    if (!names.some((name) => isRulesSheet({ name }))) this.rulesSeen = true;
  }

  /** Reads a KC_QuyDinh sheet; call before the province sheets when the whole workbook is at hand. */
  addRulesSheet(sheet: SheetSnapshot): void {
    this.rulesSeen = true;
    this.rulesSheetName = sheet.name;
    this.sheets.push({ name: sheet.name, provinceSheet: false });
    this.overrides.push(...readRulesSheet(sheet, this.context(sheet.name)));
    this.selector = undefined;
  }

  addSheet(sheet: SheetSnapshot): ProvinceSheet | undefined {
    if (isRulesSheet(sheet)) {
      this.addRulesSheet(sheet);
      return undefined;
    }
    const ps = readProvinceSheet(sheet);
    this.sheets.push({ name: sheet.name, provinceSheet: ps !== undefined });
    if (!ps) return undefined;
    const ctx = this.context(sheet.name, ps.header.unit);
    checkStructure(ps, ctx);
    const identity = checkProvince(ps, ctx);
    if (identity) this.reports.push(identity);
    if (ps.funding) {
      checkFundingCells(ps.funding.rows, ctx);
      checkFundingTotalRows(ps.funding.rows, ctx);
      checkCompletion(ps.funding, ctx);
    }
    if (ps.projects) {
      const rows = ps.projects.rows;
      checkProjectCells(rows, ctx);
      checkDuplicateCodes(rows, ctx);
      checkProjectTotals(rows, ctx);
      checkProjectTotalRows(rows, ctx);
      if (ps.funding) checkPlanSupportGap(ps.funding, rows, ctx);
      this.checkCaps(ps, ctx);
    }
    this.samples.push(...scaleSamples(ps));
    this.reviewFormulas(sheet, ps);
    return ps;
  }

  /**
   * The formula review of a province sheet, its tables as hints. A cell the value checks already
   * report as a formula error keeps that finding alone.
   */
  private reviewFormulas(sheet: SheetSnapshot, ps: ProvinceSheet): void {
    const { suspects } = reviewSheet(sheet, hintsOfProvinceSheet(ps), this.errorFlow);
    const erroneous = new Set(this.findings.filter((f) => f.sheet === sheet.name && f.rule === "type/formula-error").map((f) => f.cell));
    for (const s of suspects) if (!erroneous.has(s.finding.cell)) this.findings.push(s.finding);
  }

  private checkCaps(ps: ProvinceSheet, ctx: SheetContext): void {
    const year = ps.header.year?.value;
    if (year === undefined || !ps.projects) return;
    this.years.push(year);
    const province = ps.header.province.value;
    const later: CapSubject[] = [];
    const select = this.select();
    for (const row of ps.projects.rows) {
      const subject = capSubject(row);
      if (!subject) continue;
      // A KC_QuyDinh sheet still to come may change a KCĐP ceiling: judge those at the end.
      if (subject.fund === "KCDP" && !this.rulesSeen) later.push(subject);
      else checkCap(subject, { province, year }, select, ctx);
    }
    if (later.length > 0) this.deferred.push({ sheet: ps.sheet, unit: ps.header.unit, province, year, subjects: later });
  }

  /** Which province and period each province sheet read so far reports, for checks across workbooks. */
  reportIdentities(): readonly ReportIdentity[] {
    return this.reports;
  }

  /** Ceiling selection with the overrides read so far, remembered per query. */
  private select(): CeilingSelector {
    return (this.selector ??= selectorWithOverrides(this.library, this.overrides));
  }

  /** `order`: sheet names in workbook order, when sheets were added in another order. */
  finish(order?: string[]): ValidationReport {
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
    for (const [later, first] of duplicateReports(this.reports)) {
      this.context(later.sheet).report("province/duplicate-report", later.cell, duplicateArgs(later, first), { related: duplicateRelated(later, first) });
    }
    const reported = new Set(this.findings.map((f) => `${f.sheet}!${f.cell}`));
    for (const s of this.errorFlow.suspects()) if (!reported.has(`${s.finding.sheet}!${s.finding.cell}`)) this.findings.push(s.finding);
    const rank = new Map((order ?? []).map((name, i) => [name, i]));
    const sheets = order ? [...this.sheets].sort((a, b) => (rank.get(a.name) ?? 0) - (rank.get(b.name) ?? 0)) : this.sheets;
    return buildReport(sortFindings(this.findings, sheets), sheets);
  }
}

/** Findings in sheet order, then row, then column, so reports read top to bottom. */
export function sortFindings(findings: Finding[], sheets: SheetInfo[]): Finding[] {
  const order = new Map(sheets.map((s, i) => [s.name, i]));
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
  const rulesSheets = snapshot.sheets.filter(isRulesSheet);
  const validator = new WorkbookValidator(options, true);
  for (const sheet of rulesSheets) validator.addRulesSheet(sheet);
  const total = snapshot.sheets.length;
  let done = rulesSheets.length;
  for (const sheet of snapshot.sheets) {
    if (rulesSheets.includes(sheet)) continue;
    validator.addSheet(sheet);
    done++;
    options.onProgress?.(done, total);
    yield;
  }
  return validator.finish(snapshot.sheets.map((s) => s.name));
}

/** Validates every sheet of a workbook at once. */
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
