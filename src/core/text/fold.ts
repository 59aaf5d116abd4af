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

export function sameLabel(a: string, b: string): boolean {
  return foldLabel(a) === foldLabel(b);
}
