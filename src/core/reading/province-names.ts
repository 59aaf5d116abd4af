import { foldCached, foldLabel } from "../text/fold";

/**
 * The province a title, a sheet name or a file name is about. Until the official province list is
 * merged (src/core/provinces), a name is read after its prefix ("UBND TỈNH BẾN TRE" → "Bến Tre").
 */
export type ProvinceLookup =
  { kind: "unit"; name: string; matched: string } | { kind: "ambiguous"; candidates: string[]; matched: string } | { kind: "unknown" };

export interface ProvinceLookupOptions {
  /** The report's year: chooses the province list in force (63 units before 1/7/2025, 34 after). */
  year?: number;
  /** The text is known to name a province (the standard's "Tỉnh/Thành phố" value): accept it whole. */
  whole?: boolean;
}

/** "UBND TỈNH X", "SỞ CÔNG THƯƠNG TỈNH X", "… của UBND tỉnh X", "TỈNH X" at the start: the words after name the province. */
const PREFIX = /(?:^|\b(?:ubnd|uy ban nhan dan|so cong thuong|trung tam khuyen cong|cua) )(?:tinh|thanh pho|tp) /g;
const STOP = /(?:^|\s+)(?:nam \d|dot|ve|kem|so|ngay|theo|cua|tai|khu vuc|cac)\b.*$/;

function titleCase(words: string): string {
  return words
    .toLocaleLowerCase("vi")
    .split(/\s+/)
    .map((w) => w.charAt(0).toLocaleUpperCase("vi") + w.slice(1))
    .join(" ");
}

export function lookupProvince(text: string, options: ProvinceLookupOptions = {}): ProvinceLookup {
  const nfc = text.normalize("NFC").replace(/\s+/g, " ").trim();
  if (nfc === "") return { kind: "unknown" };
  if (options.whole) {
    const name = nfc.replace(/^(tỉnh|thành phố|tp\.?)\s*/i, "").trim();
    return name === "" ? { kind: "unknown" } : { kind: "unit", name: name === name.toUpperCase() ? titleCase(name) : name, matched: nfc };
  }
  const folded = foldCached(nfc);
  PREFIX.lastIndex = 0;
  let m: RegExpExecArray | null;
  let last: RegExpExecArray | undefined;
  while ((m = PREFIX.exec(folded))) last = m;
  if (!last) return { kind: "unknown" };
  // Map the folded words after the prefix back onto the original text by word count.
  const tail = folded
    .slice(last.index + last[0].length)
    .replace(STOP, "")
    .trim();
  if (tail === "" || tail.split(" ").length > 4) return { kind: "unknown" };
  const words = nfc.split(/[\s,.:;()/-]+/).filter((w) => w !== "");
  const foldedWords = words.map((w) => foldLabel(w));
  const tailWords = tail.split(" ");
  for (let i = words.length - tailWords.length; i >= 0; i--) {
    if (tailWords.every((w, k) => foldedWords[i + k] === w)) {
      const name = words.slice(i, i + tailWords.length).join(" ");
      return { kind: "unit", name: name === name.toUpperCase() ? titleCase(name) : name, matched: name };
    }
  }
  return { kind: "unknown" };
}
