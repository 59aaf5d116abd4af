import { findActivity } from "../rules/activities";
import { foldShort } from "../standard/vocabulary";
import { foldLabel } from "../text/fold";

/**
 * The activity a text names: an activity code or name (findActivity, exact), else the words of a project
 * name or a section title ("Hỗ trợ ứng dụng máy móc thiết bị …" → MMTB, "Đào tạo nghề (4 đề án)" → DT).
 * The second is a guess the reading says it made.
 */
const REMEMBERED = new Map<string, { code: string; exact: boolean } | undefined>();

export function activityOfText(text: string): { code: string; exact: boolean } | undefined {
  if (text === "") return undefined;
  if (REMEMBERED.has(text)) return REMEMBERED.get(text);
  const found = readActivity(text);
  if (REMEMBERED.size < 20_000 && text.length <= 200) REMEMBERED.set(text, found);
  return found;
}

function readActivity(text: string): { code: string; exact: boolean } | undefined {
  const exact = text.length <= 80 ? findActivity(text) : undefined;
  if (exact) return { code: exact.code, exact: true };
  const code = activityOfWords(text.length <= 40 ? foldShort(text) : foldLabel(text));
  return code ? { code, exact: false } : undefined;
}

/** Most specific first: "dây chuyền" before "máy móc", "nước ngoài" before "hội chợ". */
const WORDS: [RegExp, string][] = [
  // A workshop on cleaner production is a workshop ("Hội thảo sản xuất sạch hơn").
  [/^(hoi thao|hoi nghi|tham quan|khao sat)\b/, "HNHT"],
  [/\bsan xuat sach hon\b|\bsxsh\b/, "SXSH"],
  [/\bnhan rong\b/, "NR"],
  [/\bbinh chon\b/, "BCSP"],
  [/\b(hoi cho|trien lam)\b.*\bnuoc ngoai\b|\bnuoc ngoai\b.*\b(hoi cho|trien lam)\b/, "HCNN"],
  [/\bhoi cho\b|\btrien lam\b/, "HCTN"],
  // A study visit to a model is a visit, not a model ("Tổ chức đoàn tham quan khảo sát mô hình …").
  [/\btham quan\b|\bkhao sat\b|\bhoi thao\b|\bhoi nghi\b/, "HNHT"],
  [/\bmo hinh trinh dien\b|\bxay dung mo hinh\b|\bmo hinh\b/, "MH"],
  [/\bday chuyen\b/, "DCCN"],
  // "máy" (machine) and "mây" (rattan) fold alike: a machine is named with what it does.
  [
    /\bmay moc\b|\bthiet bi\b|\bmmtb\b|\bchuyen giao cong nghe\b|\bung dung may\b|\bmay (say|xay|ep|det|che bien|san xuat|cat|tien|han|dong goi|nghien|tach|bom|in)\b/,
    "MMTB",
  ],
  [/\bphong trung bay\b|\bdiem gioi thieu\b/, "PTB"],
  [/\bcum cong nghiep\b|\bccn\b|\bha tang\b/, "CCN"],
  [/\bo nhiem\b|\bmoi truong\b/, "MT"],
  [/\bthanh lap (doanh nghiep|co so)\b/, "TLDN"],
  [/\bnang cao nang luc\b|\bnang luc quan ly\b|\bquan ly va to chuc thuc hien\b/, "NLQL"],
  [/\bdao tao\b|\btruyen nghe\b|\btap huan\b|\bkhoi su\b/, "DT"],
  [/\btu van\b|\btro giup\b|\bthuong hieu\b|\bhiep hoi\b/, "TV"],
  [/\btuyen truyen\b|\bthong tin\b|\btruyen hinh\b|\btruyen thanh\b|\bban tin\b|\ban pham\b|\bxuat ban\b|\bwebsite\b/, "TTTT"],
  [/\bnoi dung khac\b|\bchi khac\b/, "KHAC"],
];

function activityOfWords(folded: string): string | undefined {
  for (const [re, code] of WORDS) if (re.test(folded)) return code;
  return undefined;
}
