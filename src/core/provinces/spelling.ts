/**
 * Words of a text as province matching compares them. Each word has two keys:
 * - strict: lower case, with its letters' shapes (â, ơ, đ…) and its tone, wherever the tone mark sits
 *   ("Hoà" and "Hòa" are the same word; "Quảng" and "Quãng" are not);
 * - loose: without any diacritic ("quang"), for text written without them ("Ben Tre", "bao-cao-ben-tre.xlsx").
 * Words are runs of letters and digits; "BenTre" and "TpHCM" split where a capital follows a small letter,
 * and letters split from digits ("BenTre2024").
 */
export interface Word {
  /** Offsets in the NFC form of the text. */
  start: number;
  end: number;
  text: string;
  strict: string;
  loose: string;
  /** Written with a diacritic (a mark on a letter; "Đ" alone is a letter of its own, not a mark). */
  marked: boolean;
  capitalized: boolean;
  allCaps: boolean;
}

const TONE_SIGNS: Record<string, string> = { "\u0300": "`", "\u0301": "´", "\u0303": "~", "\u0309": "?", "\u0323": "." };
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const MARKS = /[\u0300-\u036f]/g;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const INNER_BREAK = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u;

function keysOf(word: string): { strict: string; loose: string; marked: boolean } {
  const decomposed = word.toLowerCase().normalize("NFD");
  const tones = decomposed.match(TONES) ?? [];
  const shaped = decomposed.replace(TONES, "");
  const strict = shaped.normalize("NFC") + tones.map((t) => TONE_SIGNS[t]).join("");
  const loose = shaped.replace(MARKS, "").replace(/đ/g, "d");
  return { strict, loose, marked: decomposed !== decomposed.replace(MARKS, "") };
}

/** The words of a text, in order. */
export function wordsOf(text: string): Word[] {
  const nfc = text.normalize("NFC");
  const words: Word[] = [];
  for (const m of nfc.matchAll(WORD)) {
    let offset = m.index;
    for (const part of m[0].split(INNER_BREAK)) {
      if (part === "") continue;
      const keys = keysOf(part);
      const first = part[0];
      words.push({
        start: offset,
        end: offset + part.length,
        text: part,
        ...keys,
        capitalized: first !== first.toLowerCase() || /\p{N}/u.test(first),
        allCaps: part === part.toUpperCase(),
      });
      offset += part.length;
    }
  }
  return words;
}

/** The strict key of a run of words (joined without spaces: "Kon Tum" and "Kontum" are one key). */
export function strictKey(words: readonly Word[]): string {
  return words.map((w) => w.strict).join("");
}

export function looseKey(words: readonly Word[]): string {
  return words.map((w) => w.loose).join("");
}

/** Words that introduce a province name and are not part of it. */
const PREFIXES: readonly (readonly string[])[] = [["tinh"], ["thanh", "pho"], ["thanhpho"], ["tp"], ["t"]];

/** The number of leading words that are a prefix ("Tỉnh", "Thành phố", "TP.", "T."), 0 when none. */
export function prefixLength(words: readonly Word[], at = 0): number {
  for (const p of PREFIXES) {
    if (p.every((w, i) => words[at + i]?.loose === w)) return p.length;
  }
  return 0;
}

/** Words that follow an old name after the merger: "Bến Tre (cũ)". */
export function isTrailingQualifier(word: Word): boolean {
  return word.loose === "cu";
}
