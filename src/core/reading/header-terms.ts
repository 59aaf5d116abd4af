import { MoneyUnit, parseUnit } from "../numbers/units";
import { foldCached, foldLabel } from "../text/fold";
import { AmountMeasure, CountMeasure, FundOrTotal, PercentMeasure, Period } from "./types";

/**
 * What one header cell says, read the way an officer reads it: "Kế hoạch năm" is a plan, "KCĐP hỗ trợ"
 * the support of the local fund, "Nguồn vốn (triệu đồng)" money in millions, "9 tháng năm 2024" a period,
 * "Tỷ lệ % TH/KH" a completion. Words are compared folded (case, diacritics, punctuation, spaces: see
 * foldLabel), so "Năm Báo cáo", "năm báo cáo" and "Nam bao cao" read alike. A column's role combines the
 * terms of its header path (column-roles.ts).
 */
export type PlainKind = "no" | "label" | "unit" | "fund" | "activity" | "beneficiary" | "status" | "code" | "time" | "note";

export interface HeaderTerm {
  /** A column that holds no figure, when the header names one ("STT", "Tên đề án", "Ghi chú"). */
  plain?: PlainKind;
  /** "Nội dung": the activity beside a name column, the row label otherwise. */
  contentWord?: boolean;
  /** "Tên đề án", "Chỉ tiêu", "Tỉnh, thành phố": what the rows are. */
  labelOf?: "projects" | "indicators" | "provinces" | "funds" | "activities";
  amount?: AmountMeasure;
  percent?: PercentMeasure;
  count?: CountMeasure;
  fund?: FundOrTotal;
  /** "Tổng cộng", "Tổng số": a total over funds, or a project's total cost, by context. */
  total?: boolean;
  /** "Kinh phí", "Nguồn vốn", "(triệu đồng)": the column holds money. */
  money?: boolean;
  period?: Period & { reportYear?: boolean; previousYear?: boolean };
  unit?: MoneyUnit;
  /** True when the header says anything KC understands. */
  known: boolean;
}

type Rule = [RegExp, (m: RegExpExecArray, term: HeaderTerm) => void];

const set =
  <K extends keyof HeaderTerm>(key: K, value: HeaderTerm[K]) =>
  (_m: RegExpExecArray, t: HeaderTerm) => {
    if (t[key] === undefined) t[key] = value;
  };

/** Columns without figures, tried first: the first that matches names the column. */
const PLAIN_RULES: Rule[] = [
  [/^(s ?tt|so tt|so thu tu|thu tu|tt|no|stt tt)$/, set("plain", "no")],
  // Rounds of a product contest ("Cấp trung ương | Cấp tỉnh"), not funds.
  [/^cap (trung uong|tinh|khu vuc|quoc gia|huyen)$/, (_m, t) => (t.count ??= "indicator")],
  [/^(so (co so|don vi|doanh nghiep)( thu huong| duoc ho tro)?|beneficiaries)$/, (_m, t) => (t.count ??= "beneficiaries")],
  [/^(don vi tinh|dvt|don vi|unit)$/, set("plain", "unit")],
  [/^(?!.*\bdoi ung\b).*(thu huong|duoc ho tro$|ten doanh nghiep|danh sach doanh nghiep|^co so( duoc ho tro)?$|beneficiar)/, set("plain", "beneficiary")],
  [/^(thoi gian|nam thuc hien|thoi han|tien do)/, set("plain", "time")],
  [/^(tinh trang|trang thai|tinh hinh thuc hien|ket qua thuc hien|status)$/, set("plain", "status")],
  [/^(ma de an|ma du an|ma so|ma|project code|code)$/, set("plain", "code")],
  [
    /^(ghi chu|dia chi|dia diem|don vi thuc hien|don vi chu tri|co quan thuc hien|nguoi dai dien|nganh nghe|dinh kem|dong import|ma doanh nghiep|ly do|quyet dinh|so quyet dinh|can cu|note|notes)\b/,
    set("plain", "note"),
  ],
  [/^(ma noi dung|linh vuc|nhom noi dung|activity|activity code|noi dung ho tro|noi dung khuyen cong)$/, set("plain", "activity")],
  [/^(chi tieu|cac chi tieu)\b/, (_m, t) => ((t.plain ??= "label"), (t.labelOf ??= "indicators"))],
  [
    /^(tinh thanh pho|tinh thanh|tinh|dia phuong tinh|don vi hanh chinh|province|province city)$/,
    (_m, t) => ((t.plain ??= "label"), (t.labelOf ??= "provinces")),
  ],
  [/\b(ten de an|ten du an|ten chuong trinh|danh muc|ten nhiem vu|project name|project)\b/, (_m, t) => ((t.plain ??= "label"), (t.labelOf ??= "projects"))],
  [/^nguon (kinh phi|von) noi dung$|^noi dung nguon (kinh phi|von)$/, (_m, t) => ((t.plain ??= "label"), (t.labelOf ??= "funds"))],
  [/^(nguon kinh phi|nguon von|nguon|source|funding source)$/, set("plain", "fund")],
  [/^noi dung$/, (_m, t) => ((t.plain ??= "label"), (t.contentWord = true), (t.labelOf ??= "activities"))],
];

/** Words of a figure column; several may apply (a fund, a measure and a period). */
const FIGURE_RULES: Rule[] = [
  // Percentages first: "Tỷ lệ % TH/KH" is a completion, not an actual.
  [/\b(so (voi )?(cung ky|ck)|th ck|% ?ck)\b/, set("percent", "samePeriod")],
  [/\b(ty trong|ti trong|share)\b/, set("percent", "share")],
  [/\b(tang giam|tang truong|growth)\b/, set("percent", "growth")],
  [/\b(ty le|ti le|% ?th kh|th kh|dat %|muc dat|completion)\b|%/, set("percent", "completion")],
  [/\b(so de an|so du an|so luong de an|so da|so nhiem vu)\b/, set("count", "projects")],
  [/\b(so luong|so san pham)\b/, set("count", "indicator")],
  [/\b(cung ky|same period)\b/, set("amount", "sameLastYear")],
  [/\b(ke hoach|kh) nam truoc\b|\bprevious (annual )?plan\b/, set("amount", "previousPlan")],
  [/\b(tong kinh phi|tong von|tong muc dau tu|tong chi phi|total cost)\b/, set("amount", "cost")],
  [/\bdoi ung\b|\bcounterpart\b/, set("amount", "counterpart")],
  [/^(kinh phi khuyen cong|kp khuyen cong|khuyen cong)$/, set("amount", "support")],
  [/\bho tro\b|\bsupport\b/, set("amount", "support")],
  [/\b(da phan bo|phan bo|duoc duyet|allocated)\b/, set("amount", "allocated")],
  [/\b(kh|ke hoach|du toan|duoc giao|plan|annual plan)\b/, set("amount", "plan")],
  [/\b(th|thuc hien|giai ngan|uth|uoc th|luy ke|quyet toan|actual)\b/, set("amount", "actual")],
  // Funds: KCQG = national = central budget (TW); KCĐP = local.
  [/\b(kcqg|khuyen cong quoc gia|quoc gia|tw|trung uong|nstw|ngan sach trung uong|national)\b/, set("fund", "KCQG")],
  [/\b(kcdp|khuyen cong dia phuong|dia phuong|nsdp|ngan sach dia phuong|ngan sach tinh|dp|local)\b/, set("fund", "KCDP")],
  [/^(tong cong|tong so|tong|cong|total)$/, (_m, t) => (t.total = true)],
  [/\b(kinh phi|kp|nguon von|von|so tien|gia tri|ngan sach|funds?)\b/, (_m, t) => (t.money = true)],
];

const MONTHS = /\b(\d{1,2}) thang\b/;
const YEAR = /\b((?:19|20)\d{2})\b/;

/** The period a header names: "Năm 2023", "9 tháng năm 2024", "6 tháng đầu năm", "Năm báo cáo", "Năm Báo Cáo: 2023". */
export function periodOf(folded: string): HeaderTerm["period"] {
  const months = MONTHS.exec(folded);
  const year = YEAR.exec(folded);
  const period: NonNullable<HeaderTerm["period"]> = {};
  if (months && Number(months[1]) >= 1 && Number(months[1]) <= 12) period.months = Number(months[1]);
  if (year) {
    period.year = Number(year[1]);
    period.months ??= 12;
  }
  if (/\bnam bao cao\b/.test(folded)) period.reportYear = true;
  if (/\bnam truoc\b/.test(folded) && !/\bcung ky\b/.test(folded)) period.previousYear = true;
  if (/\bca nam\b/.test(folded)) period.months = 12;
  return Object.keys(period).length > 0 ? period : undefined;
}

/** A money unit written inside a header: "(triệu đồng)", "⏎(tỷ đồng)", "… triệu đồng". */
export function unitInHeader(text: string): MoneyUnit | undefined {
  for (const m of text.matchAll(/\(([^()]*)\)/g)) {
    const unit = parseUnit(m[1]);
    if (unit) return unit;
  }
  const folded = foldCached(text);
  const m = /\b(trieu dong|ty dong|ti dong|nghin dong|ngan dong|tr dong|trd|vnd|dong)$/.exec(folded);
  return m ? parseUnit(m[1]) : undefined;
}

const TERMS = new Map<string, HeaderTerm>();

/** The header term of a cell's text (remembered: headers repeat across sheets). */
export function headerTerm(text: string): HeaderTerm {
  let term = TERMS.get(text);
  if (!term) {
    term = readTerm(text);
    if (TERMS.size < 5000) TERMS.set(text, term);
  }
  return term;
}

function readTerm(text: string): HeaderTerm {
  const term: HeaderTerm = { known: false };
  term.unit = unitInHeader(text);
  if (term.unit) term.money = true;
  // The unit and the period are read, then dropped from the words the column is named by.
  let folded = foldLabel(text.replace(/\([^()]*\)/g, (group) => (parseUnit(group.slice(1, -1)) ? " " : group)));
  folded = folded.replace(/\b(trieu dong|ty dong|ti dong|nghin dong|ngan dong|tr dong|trd)$/, "").trim();
  term.period = periodOf(folded);
  const words = folded
    .replace(/\bnam bao cao\b( \d{4})?/, " ")
    .replace(/\b\d{1,2} thang( dau)?( nam)?( \d{4})?\b/, " ")
    .replace(/\bnam \d{4}\b/, " ")
    .replace(/\s+/g, " ")
    .trim();
  for (const [re, apply] of PLAIN_RULES) {
    const m = re.exec(words);
    if (m) {
      apply(m, term);
      if (term.plain || term.count) break;
    }
  }
  if (!term.plain && !term.count) {
    for (const [re, apply] of FIGURE_RULES) {
      const m = re.exec(words);
      if (m) apply(m, term);
    }
  }
  term.known = !!(term.plain || term.amount || term.percent || term.count || term.fund || term.total || term.money || term.period || term.unit);
  return term;
}

const FUNDS = new Map<string, FundOrTotal | undefined>();

/** The fund a row label, a section row or a title names ("Kinh phí khuyến công địa phương", "KCQG", "Trung ương", "1"). */
export function fundOfText(text: string): FundOrTotal | undefined {
  if (text.length > 200) return undefined;
  if (FUNDS.has(text)) return FUNDS.get(text);
  const fund = readFund(foldCached(text));
  if (FUNDS.size < 20_000) FUNDS.set(text, fund);
  return fund;
}

function readFund(folded: string): FundOrTotal | undefined {
  if (/^(kcqg|kcqg diem|trung uong|tw|nstw|1)$/.test(folded)) return "KCQG";
  if (/^(kcdp|dia phuong|dp|nsdp|2)$/.test(folded)) return "KCDP";
  if (/\b(khuyen cong quoc gia|kcqg|ngan sach trung uong|nstw|kinh phi trung uong|nguon trung uong)\b/.test(folded)) return "KCQG";
  if (/\b(khuyen cong dia phuong|kcdp|ngan sach dia phuong|ngan sach tinh|nsdp|kinh phi dia phuong|nguon dia phuong)\b/.test(folded)) return "KCDP";
  return undefined;
}
