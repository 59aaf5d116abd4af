/**
 * Label comparison as the province sheet standard defines it: NFC, case folding, trimmed and
 * collapsed spaces. `foldLoose` also drops diacritics ("Kế hoạch năm" → "ke hoach nam", "Đ" → "d"),
 * which also makes the tone placements "Hòa" and "Hoà" equal.
 */
export function foldStrict(text: string): string {
  return text
    .normalize("NFC")
    .toLocaleLowerCase("vi")
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim();
}

export function foldLoose(text: string): string {
  return foldStrict(text)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .normalize("NFC");
}

/** Loose fold with punctuation reduced to spaces: "Tỷ lệ đạt (%)" → "ty le dat %". */
export function foldLabel(text: string): string {
  return foldLoose(text)
    .replace(/[()[\]{}:;.,/\\_*'"“”‘’-]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const FOLDED = new Map<string, string>();
const MAX_FOLDED = 50_000;

/** foldLabel remembered for short texts (labels, headers, titles repeat across rows and sheets). */
export function foldCached(text: string): string {
  let key = FOLDED.get(text);
  if (key === undefined) {
    key = foldLabel(text);
    if (text.length <= 200 && FOLDED.size < MAX_FOLDED) FOLDED.set(text, key);
  }
  return key;
}
