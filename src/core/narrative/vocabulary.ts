import { Measure } from "../numbers/ratios";
import { PHRASES, PHRASE_KINDS } from "./phrases";
import { EntityLevel, Fund, Qualifier, ScopeMeasure } from "./scope";

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

/** Words that say whose money an amount is (the nearest in its clause wins; see scope-reader.ts). */
export const FUND_WORDS: { fund: Fund; words: string[] }[] = [
  { fund: "counterpart", words: ["đối ứng", "vốn góp", "doanh nghiệp đóng góp", "vốn tự có", "vốn của doanh nghiệp", "vốn của cơ sở"] },
  {
    fund: "kcqg",
    words: ["khuyến công quốc gia", "kcqg", "quốc gia", "ngân sách trung ương", "vốn trung ương", "trung ương", "bộ công thương"],
  },
  {
    fund: "kcdp",
    words: [
      "khuyến công địa phương",
      "kcđp",
      "địa phương",
      "ngân sách tỉnh",
      "ngân sách địa phương",
      "ngân sách cấp tỉnh",
      "ubnd tỉnh",
      "ủy ban nhân dân tỉnh",
      "uỷ ban nhân dân tỉnh",
    ],
  },
  { fund: "other", words: ["doanh thu", "xã hội hóa", "xã hội hoá", "vốn vay", "tín dụng", "lợi nhuận", "giá trị sản xuất", "kim ngạch", "nộp ngân sách"] },
];

/** Words that make an amount the total of its funds when its clause names no fund. */
export const TOTAL_WORDS = ["tổng", "tổng cộng", "toàn bộ", "cả hai nguồn"];

/**
 * Words that hold scope words but say something else: offices ("Cục Công Thương địa phương" runs KCQG)
 * and "chuyển giao công nghệ" (technology transfer, not an assigned plan).
 */
export const NOT_SCOPE_WORDS = ["cục công thương địa phương", "cục ctđp", "cục công nghiệp địa phương", "cục cnđp", "chuyển giao", "bàn giao"];

/** Words that say which figure of the year an amount is. */
export const MEASURE_WORDS: { measure: ScopeMeasure; words: string[] }[] = [
  { measure: "plan", words: ["kế hoạch", "dự toán", "được giao", "giao", "được duyệt", "phê duyệt", "được phê duyệt", "dự kiến", "chưa phân bổ"] },
  { measure: "allocated", words: ["phân bổ", "được phân bổ", "đã phân bổ", "bố trí", "được bố trí"] },
  { measure: "disbursed", words: ["giải ngân", "tạm ứng", "thanh toán"] },
  { measure: "actual", words: ["thực hiện", "hoàn thành", "đã thực hiện", "đạt", "thực hiện được"] },
  { measure: "cost", words: ["tổng vốn", "vốn đầu tư", "tổng mức đầu tư", "trị giá"] },
];

/** Words that make a figure a region's, the country's, a province's or one project's (names are read after them). */
export const ENTITY_WORDS: { level: EntityLevel; words: string[]; named?: boolean }[] = [
  { level: "nation", words: ["cả nước", "toàn quốc"] },
  { level: "region", words: ["toàn vùng", "cả vùng", "toàn khu vực", "các tỉnh"] },
  { level: "region", words: ["khu vực", "vùng"], named: true },
  { level: "province", words: ["toàn tỉnh"] },
  { level: "province", words: ["tỉnh", "thành phố", "tp."], named: true },
  { level: "unit", words: ["một đề án", "01 đề án", "1 đề án", "đề án này", "một doanh nghiệp", "một cơ sở", "công ty"] },
];

/** Words that name a region after "khu vực" / "vùng" ("phía Nam", "Đông Nam Bộ", "miền núi phía Bắc"), besides capitalised words. */
export const REGION_NAME_WORDS = [
  "phía",
  "miền",
  "đông",
  "tây",
  "nam",
  "bắc",
  "trung",
  "bộ",
  "nguyên",
  "duyên",
  "hải",
  "sông",
  "hồng",
  "cửu",
  "long",
  "núi",
  "du",
];

/** Words before a figure that make it a bound or an approximation ("hơn 48,2 tỷ", "gần 7 tỷ", "khoảng 3 tỷ"). */
export const QUALIFIER_WORDS: { qualifier: Exclude<Qualifier, "exact">; words: string[] }[] = [
  { qualifier: "atLeast", words: ["hơn", "trên", "ít nhất", "tối thiểu", "không dưới"] },
  { qualifier: "atMost", words: ["gần", "dưới", "chưa đến", "chưa tới", "tối đa", "không quá", "gần như"] },
  { qualifier: "about", words: ["khoảng", "xấp xỉ", "ước khoảng", "chừng", "khoảng gần", "tầm"] },
];
/** Relative width an approximate figure ("khoảng") stands for on each side, besides its rounding. */
export const ABOUT_TOLERANCE = "0.1";

/** Words after a list marker that make the list a few examples, not all the parts ("trong đó một số tỉnh như …"). */
export const PARTIAL_LIST_WORDS = ["một số", "như", "điển hình", "tiêu biểu", "nổi bật", "dẫn đầu", "chẳng hạn", "lớn nhất", "cao nhất"];

/** Words that close a list with its total ("…; tổng cộng 8.620 triệu đồng"). */
export const SUM_WORDS = ["tổng cộng", "cộng", "tổng số", "tổng"];

/** Verbs a report uses for growth besides tăng / giảm (reader only; the writer keeps PHRASES). */
export const EXTRA_VERBS: { verb: string; measure: Measure; negative: boolean }[] = [
  { verb: "thấp hơn", measure: "growth", negative: true },
  { verb: "cao hơn", measure: "growth", negative: false },
  { verb: "tăng thêm", measure: "growth", negative: false },
  { verb: "giảm đi", measure: "growth", negative: true },
];

/** Words that may stand between a phrase verb and its percentage ("chiếm tỷ trọng 67,2%"), besides qualifiers. */
export const PHRASE_FILLERS = ["tỷ trọng", "tỉ trọng", "tỷ lệ", "tỉ lệ", "mức", "là", "được"];

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
  for (const v of EXTRA_VERBS) verbs.push({ ...v, verb: foldText(v.verb) });
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
