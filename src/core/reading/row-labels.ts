import { foldShort } from "../standard/vocabulary";

/**
 * Row labels as officers write them: totals ("Tổng cộng", "Tổng số kinh phí", "TỔNG CỘNG (I+II)",
 * "Cộng"), sections ("I", "A.", "II. Đào tạo nghề"), "of which" rows ("- Trong đó …", "Tr.đó",
 * "trong đó: đã phân bổ"), and what ends a table (a legend "Ghi chú: - KCQG: …", "Nơi nhận", signatures).
 * Project names are long: only their first characters are looked at.
 */

const ROMAN = /^(?=[IVXL])(L?X{0,3})(IX|IV|V?I{0,3})$/;

/** "IV" → 4; undefined for anything that is not a Roman numeral up to 89. */
export function romanValue(text: string): number | undefined {
  const t = text.toUpperCase();
  if (!ROMAN.test(t)) return undefined;
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let sum = 0;
  for (let i = 0; i < t.length; i++) {
    const v = values[t[i]];
    const next = values[t[i + 1]] ?? 0;
    sum += v < next ? -v : v;
  }
  return sum;
}

export interface SectionMark {
  /** 1 for letters (A, B), 2 for Roman numerals (I, II); re-levelled per table (a table of Roman sections only has them at 1). */
  rank: number;
  /** The marker as written, upper case ("II", "B"). */
  mark: string;
  /** The label after the marker ("Đào tạo nghề (4 đề án)"). */
  title: string;
}

/** A section marker in the number column ("II", "B.") or at the start of the label ("II. Đào tạo", "A/ KCQG"). */
export function sectionMark(no: string, label: string): SectionMark | undefined {
  const n = no.replace(/[.)/:]+$/, "").trim();
  if (n !== "") {
    if (/^[A-H]$/.test(n)) return { rank: 1, mark: n, title: label };
    if (romanValue(n) !== undefined && n === n.toUpperCase()) return { rank: 2, mark: n, title: label };
    return undefined;
  }
  const m = /^([A-H]|[IVXL]{1,6})\s*[.)/:-]\s*(\S.*)$/.exec(label);
  if (!m) return undefined;
  if (/^[A-H]$/.test(m[1])) return { rank: 1, mark: m[1], title: m[2] };
  return romanValue(m[1]) !== undefined ? { rank: 2, mark: m[1], title: m[2] } : undefined;
}

const TOTAL_HEAD = /^(tong cong|tong so|tong|cong|total|grand total|subtotal)\b/;
const TOTAL_TAIL =
  /^((kinh phi|chung|toan (tinh|vung|khu vuc)|ca nam|cac (de an|nguon)|de an|du an|muc|nhom|nguon|kcqg|kcdp|nam|thang|\d+|[ivxl]+|[a-h]|\+)\s*)*$/;

export interface TotalLabel {
  /** "Cộng" closes a section; "Tổng cộng" is the table's total. */
  grand: boolean;
  /** Sections it says it adds ("(I+II)" → ["I", "II"]). */
  adds: string[];
}

/** "Tổng cộng", "Tổng số kinh phí", "TỔNG CỘNG (I+II)", "Tổng cộng (16 đề án)", "Cộng mục I"; not "Tổng sản phẩm …". */
export function totalLabel(label: string): TotalLabel | undefined {
  if (label.length > 60) return undefined;
  const first = label.charCodeAt(0) | 0x20;
  if (first !== 0x74 && first !== 0x63 && first !== 0x67 && first !== 0x73) return undefined;
  const folded = foldShort(label);
  const head = TOTAL_HEAD.exec(folded);
  if (!head) return undefined;
  const tail = folded.slice(head[0].length).trim();
  if (!TOTAL_TAIL.test(tail)) return undefined;
  const adds = /\(([^)]*)\)/.exec(label)?.[1] ?? "";
  const sections = /^\s*[A-HIVXL]+(\s*\+\s*[A-HIVXL]+)+\s*$/i.test(adds) ? adds.split("+").map((s) => s.trim().toUpperCase()) : [];
  return { grand: head[1] !== "cong" && head[1] !== "subtotal", adds: sections };
}

/** "- Trong đó …", "– Nhóm thủ công", "+ …", "Tr.đó", "trong đó: đã phân bổ": a part of the row above. */
export function ofWhichMark(no: string, label: string): "dash" | "trong-do" | undefined {
  if (no !== "" && /^(tr\.?\s*đó|trong đó|t\.?đ)/i.test(no.normalize("NFC"))) return "trong-do";
  const c = label.charCodeAt(0);
  if (c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2b || c === 0x2022) return "dash";
  if (c === 0x54 || c === 0x74) {
    const head = foldShort(label.slice(0, 14));
    if (/^(trong do|tr do|trong so)\b/.test(head)) return "trong-do";
  }
  return undefined;
}

const ENDING_START = /^[\s(]*(ghi|chú|chu|nơi|noi|người|nguoi|nguồn|nguon|lập|lap|thủ|thu|giám|giam|phó|pho|kế|ke|kt|tm|chủ|xác|xac|ký|ky|bộ|bo)/i;

/** A legend, a "Nơi nhận", a signature or a date line: the table above has ended. */
export function endsTable(text: string): boolean {
  if (text.length > 200 || !ENDING_START.test(text)) return false;
  const head = foldShort(text.slice(0, 40));
  return /^(ghi chu|chu thich|noi nhan|nguoi lap|lap bieu|thu truong|giam doc|pho giam doc|ke toan|kt|tm|chu tich|pho chu tich|bo truong|xac nhan|ky ten|ky ghi ro|nguon so lieu)\b/.test(
    head,
  );
}

/** ", ngày 15 tháng 7 năm 2023": the date line of a signature block. */
export function isDateLine(text: string): boolean {
  if (text.length >= 120 || !text.includes("th")) return false;
  return /ngày\s*[\d.…]*\s*tháng\s*[\d.…]*\s*năm/i.test(text) && text.length < 120;
}
