import { foldLabel } from "../text/fold";
import { LabelSpec } from "./layout";

// A unit or "%" written after a column label ("Kế hoạch năm (triệu đồng)", "Tỷ lệ đạt (%)") is not part of it.
const UNIT_SUFFIX = /\s+(%|trieu dong|ty dong|ti dong|nghin dong|dong|trd|tr d|vnd|million vnd|billion vnd|mil vnd)$/;

const KEYS = new Map<string, string>();
const MAX_REMEMBERED = 20_000;

/** The key a label is compared by: folded (NFC, case, spaces, diacritics, punctuation), unit suffix dropped. */
export function labelKey(text: string): string {
  let key = KEYS.get(text);
  if (key === undefined) {
    key = keyOf(text);
    if (KEYS.size < MAX_REMEMBERED && text.length <= 120) KEYS.set(text, key);
  }
  return key;
}

function keyOf(text: string): string {
  let key = foldLabel(text);
  for (let prev = ""; prev !== key;) {
    prev = key;
    key = key.replace(UNIT_SUFFIX, "");
  }
  return key;
}

/** A lookup from every accepted spelling (Vietnamese label, English alias, other aliases) to its key. */
export function labelIndex<K extends string>(specs: readonly LabelSpec<K>[]): Map<string, K> {
  const index = new Map<string, K>();
  for (const spec of specs) {
    for (const text of [spec.label.vi, spec.label.en, ...spec.aliases]) {
      const key = labelKey(text);
      if (!index.has(key)) index.set(key, spec.key);
    }
  }
  return index;
}
