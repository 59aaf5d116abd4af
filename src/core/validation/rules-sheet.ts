import { Decimal } from "../numbers/decimal-config";
import { formatAmount } from "../numbers/format-vi";
import { parseUnit, unitFactor } from "../numbers/units";
import { bilingual, Bilingual } from "../message";
import { findActivity } from "../rules/activities";
import { CeilingBasis, RuleLibrary, RulePack, rulePackSchema } from "../rules/schema";
import { CeilingQuery, provinceKey, selectCeiling, SelectedCeiling } from "../rules/select";
import { RULES_COLUMNS, RULES_SHEET_NAME, RulesColumn } from "../standard/layout";
import { labelIndex, labelKey } from "../standard/labels";
import { ReadCell } from "../standard/province-sheet";
import { cellText, readNumberCell, readTextCell } from "../standard/read-cell";
import { parseSource } from "../standard/vocabulary";
import { foldLabel } from "../text/fold";
import { isoDayOfSerial, isoDayOfText } from "../dates/iso-day";
import { SheetSnapshot } from "../workbook/snapshot";
import { SheetContext } from "./context";
import { pct } from "./message";

/** A ceiling a workbook's KC_QuyDinh sheet sets for local funds, for one province or (no province) for all. */
export interface OverrideRule {
  pack: RulePack;
  /** Undefined: the row applies to every province sheet of the workbook. */
  province?: string;
  row: number;
  cells: Partial<Record<RulesColumn, ReadCell>>;
}

const INDEX = labelIndex(RULES_COLUMNS);
const HEADER_ROWS = 15;

export function isRulesSheet(sheet: { name: string }): boolean {
  return labelKey(sheet.name) === labelKey(RULES_SHEET_NAME);
}

const PER: Record<string, CeilingBasis> = {
  "de an": "project",
  "du an": "project",
  project: "project",
  "co so": "establishment",
  "co so thu huong": "establishment",
  "don vi": "establishment",
  establishment: "establishment",
  "mo hinh": "model",
  model: "model",
  cum: "cluster",
  "cum cong nghiep": "cluster",
  cluster: "cluster",
  vong: "round",
  dot: "round",
  round: "round",
  "doanh nghiep": "enterprise",
  enterprise: "enterprise",
};

/** A date as a KC_QuyDinh cell holds it: an Excel serial, "11/07/2024" (day first) or "2024-07-11". */
export function isoDateOf(cell: ReadCell | undefined): string | null | undefined {
  if (!cell || cell.empty) return null;
  const v = cell.raw?.value;
  if (typeof v === "number") return isoDayOfSerial(v);
  return isoDayOfText(cellText(cell.raw));
}

/** Reads the override rows of a KC_QuyDinh sheet; rows that cannot be used are reported (rules/bad-row). */
export function readRulesSheet(sheet: SheetSnapshot, ctx: SheetContext): OverrideRule[] {
  let headerRow = -1;
  const columns: Partial<Record<RulesColumn, number>> = {};
  for (let r = 0; r < Math.min(sheet.rowCount, HEADER_ROWS) && headerRow < 0; r++) {
    const found: Partial<Record<RulesColumn, number>> = {};
    for (let c = 0; c < sheet.colCount; c++) {
      const key = INDEX.get(labelKey(cellText(sheet.cell(r, c))));
      if (key && found[key] === undefined) found[key] = c;
    }
    if (found.activity !== undefined && (found.maxPercent !== undefined || found.maxAmount !== undefined)) {
      headerRow = r;
      Object.assign(columns, found);
    }
  }
  if (headerRow < 0) return [];
  const rules: OverrideRule[] = [];
  for (let r = headerRow + 1; r < sheet.rowCount; r++) {
    const cells: Partial<Record<RulesColumn, ReadCell>> = {};
    for (const [key, c] of Object.entries(columns) as [RulesColumn, number][]) {
      cells[key] = key === "maxPercent" || key === "maxAmount" ? readNumberCell(sheet, r, c) : readTextCell(sheet, r, c);
    }
    if (Object.values(cells).every((c) => c!.empty)) break;
    const rule = overrideOfRow(r, cells);
    if ("reason" in rule) ctx.report("rules/bad-row", rule.cell, { reason: rule.reason });
    else rules.push(rule);
  }
  return rules;
}

function overrideOfRow(row: number, cells: Partial<Record<RulesColumn, ReadCell>>): OverrideRule | { reason: Bilingual; cell: string } {
  const bad = (cell: ReadCell | undefined, vi: string, en: string) => ({ reason: bilingual(vi, en), cell: cell?.address ?? "" });
  const activityText = cells.activity?.text ?? "";
  const activity = findActivity(activityText);
  if (!activity) return bad(cells.activity, `nội dung "${activityText}" không có trong danh mục.`, `activity "${activityText}" is unknown.`);
  const sourceText = cells.source?.text ?? "";
  if (sourceText !== "" && parseSource(sourceText) !== "KCDP") {
    return bad(
      cells.source,
      `chỉ ghi đè được định mức KCĐP, dòng này ghi "${sourceText}".`,
      `only local (KCĐP) ceilings can be overridden, this row says "${sourceText}".`,
    );
  }
  for (const key of ["maxPercent", "maxAmount"] as const) {
    if (cells[key]?.problem) return bad(cells[key], "ô định mức không phải là số.", "the ceiling cell is not a number.");
  }
  const p = cells.maxPercent?.number;
  const maxPercent = p ? (p.percentFormat ? p.value.times(100) : p.value).toNumber() : undefined;
  const maxAmount = cells.maxAmount?.number?.value.toNumber();
  const unitText = cells.unit?.text ?? "";
  const amountUnit = unitText === "" ? "trieu" : parseUnit(unitText);
  if (!amountUnit) return bad(cells.unit, `đơn vị "${unitText}" không rõ.`, `unit "${unitText}" is unknown.`);
  const perText = cells.per?.text ?? "";
  const per = perText === "" ? "project" : PER[foldLabel(perText)];
  if (!per)
    return bad(
      cells.per,
      `"Theo" phải là đề án, cơ sở hoặc mô hình, ô ghi "${perText}".`,
      `"Per" must be project, establishment or model, the cell says "${perText}".`,
    );
  const from = isoDateOf(cells.from);
  if (from === undefined)
    return bad(
      cells.from,
      `ngày hiệu lực "${cells.from?.text ?? ""}" không đọc được (dd/mm/yyyy).`,
      `the effective date "${cells.from?.text ?? ""}" cannot be read (dd/mm/yyyy).`,
    );
  const province = cells.province?.text;
  const pack = {
    id: `${RULES_SHEET_NAME}!${row + 1}`,
    fund: "KCDP",
    province: province ?? "*",
    basis: cells.basis?.text ?? `${RULES_SHEET_NAME}, dòng ${row + 1}`,
    effectiveFrom: from,
    ceilings: [{ activity: activity.code, maxPercent, maxAmount, amountUnit, per, status: "V" }],
  };
  const parsed = rulePackSchema.safeParse(pack);
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    return bad(cells.maxPercent ?? cells.maxAmount ?? cells.activity, `định mức không hợp lệ: ${why}`, `invalid ceiling: ${why}`);
  }
  return { pack: parsed.data, province, row, cells };
}

/**
 * Ceiling selection with the workbook's overrides first: for a KCĐP project, a KC_QuyDinh row for its
 * province (or for every province) replaces the built-in packs for that activity; anything else falls
 * through to the library (selectCeiling).
 */
export function selectorWithOverrides(library: RuleLibrary, overrides: OverrideRule[]): (q: CeilingQuery) => SelectedCeiling | undefined {
  const remembered = new Map<string, SelectedCeiling | undefined>();
  return (query) => {
    const key = `${query.activity}|${query.fund}|${query.province ?? ""}|${query.year}`;
    if (!remembered.has(key)) remembered.set(key, select(query));
    return remembered.get(key);
  };
  function select(query: CeilingQuery): SelectedCeiling | undefined {
    if (query.fund === "KCDP" && overrides.length > 0) {
      const key = query.province ? provinceKey(query.province) : "";
      const packs = overrides
        .filter((o) => o.pack.ceilings[0].activity === query.activity && (o.province === undefined || provinceKey(o.province) === key))
        .map((o) => ({ ...o.pack, province: query.province ?? "*" }));
      if (packs.length > 0) {
        const local = selectCeiling({ version: "KC_QuyDinh", packs }, query);
        if (local && !local.nationalFallback) return local;
      }
    }
    return selectCeiling(library, query);
  }
}

/** A KC_QuyDinh ceiling above the national one: a warning (docs/program-rules.md). */
export function checkLocalAboveNational(rules: OverrideRule[], library: RuleLibrary, year: number, ctx: SheetContext): void {
  for (const rule of rules) {
    const local = rule.pack.ceilings[0];
    const ruleYear = rule.pack.effectiveFrom ? Number(rule.pack.effectiveFrom.slice(0, 4)) : year;
    const national = selectCeiling(library, { activity: local.activity, fund: "KCQG", year: Math.max(ruleYear, year) });
    if (!national) continue;
    const nat = national.ceiling;
    const basis = national.pack.basis;
    if (local.maxPercent !== undefined && nat.maxPercent !== undefined && local.maxPercent > nat.maxPercent) {
      ctx.report(
        "cap/local-above-national",
        rule.cells.maxPercent?.address ?? "",
        { activity: local.activity, local: pct(local.maxPercent / 100, 0), national: pct(nat.maxPercent / 100, 0), basis },
        { basis, found: local.maxPercent, expected: [0, nat.maxPercent] },
      );
    }
    if (local.maxAmount !== undefined && nat.maxAmount !== undefined && local.per === nat.per) {
      const localAmount = new Decimal(local.maxAmount).times(unitFactor(local.amountUnit, "trieu"));
      const nationalAmount = new Decimal(nat.maxAmount).times(unitFactor(nat.amountUnit, "trieu"));
      if (localAmount.gt(nationalAmount)) {
        const inTrieu = (d: Decimal) => bilingual(formatTrieu(d, "vi"), formatTrieu(d, "en"));
        ctx.report(
          "cap/local-above-national",
          rule.cells.maxAmount?.address ?? "",
          { activity: local.activity, local: inTrieu(localAmount), national: inTrieu(nationalAmount), basis },
          { basis, found: localAmount.toNumber(), expected: [0, nationalAmount.toNumber()] },
        );
      }
    }
  }
}

function formatTrieu(d: Decimal, lang: "vi" | "en"): string {
  return formatAmount(d, d.decimalPlaces(), "trieu", lang);
}
