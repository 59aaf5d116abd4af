import { Lang } from "../message";
import { formatNumber } from "../numbers/format-vi";
import { RULE_CATALOG, RuleDefinition } from "../validation/catalog";
import { Finding, Severity, ValidationReport } from "../validation/finding";
import { PlanValue } from "./plan-types";
import { SheetDraft, SUBTITLE_ROW, TITLE_ROW } from "./sheet-draft";
import { label } from "./tab-labels";

const HEADER_ROW = 3;
const FIRST_ROW = 4;

/**
 * TH_KiemTra: the findings, each cell a link to the cell it is about; each rule by its title in the
 * report's language, its id kept in a narrow column for reviewers. Plain values, no formulas.
 */
export function buildFindingsTab(report: ValidationReport, lang: Lang, heading: string): SheetDraft {
  const draft = new SheetDraft("findings");
  const cols = ["no", "severity", "rule", "ruleId", "sheet", "cell", "message", "expected", "found", "basis"] as const;
  const last = cols.length - 1;
  const { errors, warnings, infos } = report.stats;
  const counts =
    lang === "vi" ? `${errors} lỗi, ${warnings} cảnh báo, ${infos} thông tin.` : `${errors} error(s), ${warnings} warning(s), ${infos} info note(s).`;
  draft.text(TITLE_ROW, 0, heading, ["title"]).merge(TITLE_ROW, 0, TITLE_ROW, last);
  draft.text(SUBTITLE_ROW, 0, counts, ["subtitle"]).merge(SUBTITLE_ROW, 0, SUBTITLE_ROW, last);
  cols.forEach((c, i) => draft.text(HEADER_ROW, i, label(c, lang), ["header"]));
  if (report.findings.length === 0) {
    draft.text(FIRST_ROW, 0, label("noFindings", lang)).merge(FIRST_ROW, 0, FIRST_ROW, last);
  }
  report.findings.forEach((f, i) => {
    const row = FIRST_ROW + i;
    draft.set(row, 0, { value: i + 1, styles: ["body", "center"] });
    draft.text(row, 1, severityLabel(f.severity, lang), ["body"]);
    draft.text(row, 2, ruleTitle(f.rule, lang), ["body", "wrap"]);
    draft.text(row, 3, f.rule, ["body"]);
    draft.text(row, 4, f.sheet, ["body"]);
    // A finding about the whole summary (a region's missing provinces) has no sheet to open.
    if (f.sheet === "") draft.set(row, 5, { value: "—", styles: ["body", "center"] });
    else draft.set(row, 5, { value: f.cell || "—", styles: ["body", "link", "center"], link: { sheet: f.sheet, cell: f.cell || "A1" } });
    draft.text(row, 6, f.message[lang], ["body", "wrap"]);
    draft.set(row, 7, { value: shown(f.expected, lang), styles: ["body", "right"] });
    draft.set(row, 8, { value: shown(f.found, lang), styles: ["body", "right"] });
    draft.text(row, 9, f.basis ?? "", ["body", "wrap"]);
  });
  draft.widthsFrom([6, 11, 26, 14, 20, 8, 70, 18, 18, 36]);
  draft.freeze(HEADER_ROW + 1, 0);
  return draft;
}

/** The rule's short title ("Số dạng văn bản"); the id where the catalog has none. */
function ruleTitle(rule: string, lang: Lang): string {
  return (RULE_CATALOG as Record<string, RuleDefinition | undefined>)[rule]?.title[lang] ?? rule;
}

function severityLabel(severity: Severity, lang: Lang): string {
  return label(severity, lang);
}

/** Numbers stay numbers; an interval is written "[lo; hi]" with the language's separators. */
function shown(v: Finding["expected"] | Finding["found"], lang: Lang): PlanValue {
  if (v === undefined) return null;
  if (Array.isArray(v)) return `[${plain(v[0], lang)}; ${plain(v[1], lang)}]`;
  return v;
}

function plain(n: number, lang: Lang): string {
  const decimals = Math.min(10, Math.max(0, (String(n).split(".")[1] ?? "").length));
  return formatNumber(n, decimals, lang);
}
