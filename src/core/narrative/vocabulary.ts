import { Measure } from "../numbers/ratios";
import { PHRASES, PHRASE_KINDS } from "./phrases";

/**
 * The words the narrative checker reads, besides the phrase words of PHRASES. Every entry is written
 * as a report writes it and compared folded (foldText: no case, no diacritics, offsets kept).
 */

/** Words after which the figures that follow are the parts of the figure before. */
export const PART_MARKERS = ["trong đó", "bao gồm", "gồm"];

/** Nouns whose counts are claims (projects, establishments...). Longest first. */
export const COUNT_NOUNS = [
  "cụm công nghiệp",
  "hợp tác xã",
  "doanh nghiệp",
  "chương trình",
  "nhiệm vụ",
  "cơ sở",
  "đề án",
  "dự án",
  "mô hình",
  "hội chợ",
  "sản phẩm",
  "đơn vị",
  "lớp",
];

/** Words right before a number that make it an identifier, not a figure ("Trang 3", "Điều 8"). */
export const IDENTIFIER_PREFIXES = [
  "trang",
  "điều",
  "khoản",
  "chương",
  "mục",
  "phụ lục",
  "biểu",
  "quyết định",
  "nghị định",
  "thông tư",
  "nghị quyết",
  "công văn",
  "văn bản",
  "kế hoạch số",
  "số",
  "ngày",
  "điện thoại",
  "đt",
  "sđt",
  "fax",
  "hotline",
  "mst",
];

/** Words a figure's own clause uses to say whose money it is. */
export type Subject = "total" | "kcqg" | "kcdp" | "counterpart";
export const SUBJECT_WORDS: { subject: Subject; words: string[] }[] = [
  { subject: "counterpart", words: ["đối ứng", "vốn góp", "doanh nghiệp đóng góp"] },
  { subject: "kcqg", words: ["khuyến công quốc gia", "kcqg", "quốc gia", "ngân sách trung ương", "trung ương"] },
  { subject: "kcdp", words: ["khuyến công địa phương", "kcđp", "địa phương", "ngân sách tỉnh", "ngân sách địa phương"] },
  { subject: "total", words: ["tổng", "toàn vùng", "toàn tỉnh", "toàn khu vực", "cả nước"] },
];

/** Words that say which figure of the year an amount is. */
export type Quantity = "plan" | "actual" | "samePeriod";
export const QUANTITY_WORDS: { quantity: Quantity; words: string[] }[] = [
  { quantity: "samePeriod", words: ["cùng kỳ"] },
  { quantity: "plan", words: ["kế hoạch", "dự toán", "được giao", "giao", "phân bổ", "bố trí"] },
  { quantity: "actual", words: ["thực hiện", "giải ngân", "hoàn thành", "đã thực hiện", "đạt"] },
];

/** Words that may stand between a phrase verb and its percentage ("chiếm tỷ trọng 67,2%"). */
export const PHRASE_FILLERS = ["tỷ trọng", "tỉ trọng", "tỷ lệ", "tỉ lệ", "mức", "khoảng", "xấp xỉ", "gần", "hơn", "trên", "là"];
/** Fillers that make the stated percentage a lower bound ("tăng hơn 35%"). */
export const LOWER_BOUND_WORDS = ["hơn", "trên"];

/** Words that make a label mean "the previous year". */
export const PREVIOUS_YEAR_WORDS = ["năm trước", "năm ngoái"];

/** The phrase verbs, read from PHRASES so the reader and the writer share one table. */
export function phraseVerbs(): { verb: string; measure: Measure; negative: boolean }[] {
  const verbs: { verb: string; measure: Measure; negative: boolean }[] = [];
  for (const kind of PHRASE_KINDS) {
    const def = PHRASES[kind];
    verbs.push({ verb: foldText(def.verbUp), measure: kind, negative: false });
    if (def.verbDown !== def.verbUp) verbs.push({ verb: foldText(def.verbDown), measure: kind, negative: true });
  }
  return verbs;
}

/** The measure a label names by one of PHRASES' default labels ("cùng kỳ" → ratio), if any. */
export function measureOfLabel(foldedLabel: string): Measure | undefined {
  for (const kind of PHRASE_KINDS) {
    const words = PHRASES[kind].defaultLabel;
    if (kind !== "share" && containsWords(foldedLabel, words)) return kind;
  }
  return undefined;
}

export function phraseConnector(kind: Measure): string {
  return foldText(PHRASES[kind].connector);
}

/**
 * Lower case without diacritics, one character for one character ("Đạt 88,41%" → "dat 88,41%"), so a
 * position found in the folded text is the same position in the original.
 */
export function foldText(text: string): string {
  let out = "";
  for (const c of text) {
    let f = FOLDED_CHARS.get(c);
    if (f === undefined) {
      const folded = c
        .toLocaleLowerCase("vi")
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/đ/g, "d");
      f = folded.length === c.length ? folded : c;
      FOLDED_CHARS.set(c, f);
    }
    out += f;
  }
  return out;
}

const FOLDED_CHARS = new Map<string, string>();
const FOLDED_WORDS = new Map<string, string>();

/** foldText for vocabulary entries, remembered: they are folded again and again. */
function foldWords(words: string): string {
  let f = FOLDED_WORDS.get(words);
  if (f === undefined) {
    f = foldText(words);
    FOLDED_WORDS.set(words, f);
  }
  return f;
}

/** Whether the folded text holds the folded words as whole words. */
export function containsWords(folded: string, words: string): boolean {
  return lastIndexOfWords(folded, words) >= 0;
}

/** The first position of the words in the folded text at or after `from`, as whole words; -1 when absent. */
export function indexOfWords(folded: string, words: string, from = 0): number {
  const target = foldWords(words);
  if (target === "") return -1;
  for (let i = folded.indexOf(target, from); i >= 0; i = folded.indexOf(target, i + 1)) {
    const before = i === 0 ? " " : folded[i - 1];
    const after = i + target.length >= folded.length ? " " : folded[i + target.length];
    if (!/[\p{L}\d]/u.test(before) && !/[\p{L}\d]/u.test(after)) return i;
  }
  return -1;
}

/** The last position of the words in the folded text, as whole words; -1 when absent. */
export function lastIndexOfWords(folded: string, words: string): number {
  const target = foldWords(words);
  if (target === "") return -1;
  let from = folded.length;
  while (from >= 0) {
    const i = folded.lastIndexOf(target, from);
    if (i < 0) return -1;
    const before = i === 0 ? " " : folded[i - 1];
    const after = i + target.length >= folded.length ? " " : folded[i + target.length];
    if (!/[\p{L}\d]/u.test(before) && !/[\p{L}\d]/u.test(after)) return i;
    from = i - 1;
  }
  return -1;
}

/** The entry whose words occur last (nearest the end) in the folded text. */
export function nearestEntry<T extends { words: string[] }>(folded: string, table: readonly T[]): T | undefined {
  let best: T | undefined;
  let bestAt = -1;
  for (const entry of table) {
    for (const w of entry.words) {
      const at = lastIndexOfWords(folded, w);
      if (at > bestAt) {
        best = entry;
        bestAt = at;
      }
    }
  }
  return best;
}
