import { IsoDay, isoDayOfDate, isoDayOfText } from "../dates/iso-day";
import { BoundaryVersion, SPELLINGS } from "./data";
import { isTrailingQualifier, looseKey, prefixLength, strictKey, Word, wordsOf } from "./spelling";
import { ProvinceUnit, provinceUnits, successorOf, unitById, unitInVersion, versionAt, VERSIONS } from "./units";

/**
 * How a name was written:
 * - "official": the official name, up to prefix (Tỉnh, TP., Thành phố), case, spacing, punctuation and tone-mark placement;
 * - "variant": a known other spelling or abbreviation (Bắc Cạn, Kontum, Đăk Lăk, TP.HCM, BRVT, TTH);
 * - "unmarked": written without diacritics (Ben Tre, ben-tre, Daklak);
 * - "marks-differ": written with diacritics that no known spelling has (Quãng Ngãi): matched only when asked for
 *   (ResolveOptions.approximate), by a reader that knows the text names a province; never by the finder.
 */
export type SpellingMatch = "official" | "variant" | "unmarked" | "marks-differ";

export interface UnitResolution {
  kind: "unit";
  /** The unit the text names. For a date after the merger, an old name gives the old province (inForce false). */
  unit: ProvinceUnit;
  /** The unit's boundary version. */
  version: BoundaryVersion;
  /** True when the unit belongs to the version in force at the date asked about. */
  inForce: boolean;
  /** The 2025 unit an old province became part of (for every unit of version 63). */
  successor?: ProvinceUnit;
  /**
   * The unit in force at the date that the named territory lies in: the unit itself, or the successor of an old
   * province named after the merger. Undefined only for a 2025 unit formed from several provinces, asked about
   * a date before the merger.
   */
  current?: ProvinceUnit;
  spelling: SpellingMatch;
  /** The words recognised, as written (prefixes left out). */
  matched: string;
}

export interface AmbiguousResolution {
  kind: "ambiguous";
  /** "initials": a short form such as BD, QN, ĐN, HN (never guessed); "several": a text naming several units. */
  reason: "initials" | "several";
  /** The units it may mean, each in the version in force at the date when it exists there. */
  candidates: ProvinceUnit[];
  matched: string;
}

export interface UnknownResolution {
  kind: "unknown";
}

export type ProvinceResolution = UnitResolution | AmbiguousResolution | UnknownResolution;

export interface ResolveOptions {
  /** The date of the report: "YYYY-MM-DD" (or "dd/mm/yyyy"), or a Date (its local day). Chooses the version. */
  date?: IsoDay | Date;
  /** The version to read names in, when there is no date. Without either, the latest version ("34"). */
  version?: BoundaryVersion;
  /**
   * resolveProvince only: also accept diacritics that differ from every known spelling ("Quãng Ngãi"), for text
   * known to name a province (a header's province cell, a function argument). Off by default: "Diễn biến" is no
   * misspelt "Điện Biên" when it is a sheet's name.
   */
  approximate?: boolean;
}

/** A mention of a province inside a longer text. Offsets are in the text's NFC form (the same for NFC text). */
export interface ProvinceMention {
  start: number;
  end: number;
  text: string;
  resolution: UnitResolution;
  /** Preceded by "Tỉnh", "Thành phố", "TP." or "T.". */
  prefixed: boolean;
}

/** Longest run of words a spelling has ("Ho Chi Minh City", "Ba Ria Vung Tau" as separate words, with room). */
const MAX_WORDS = 5;

interface Entry {
  ids: Map<string, boolean>; // unit id → the key spells one of its official names
}

function addKey(index: Map<string, Entry>, key: string, unit: ProvinceUnit, official: boolean): void {
  if (key === "") return;
  let entry = index.get(key);
  if (!entry) index.set(key, (entry = { ids: new Map() }));
  entry.ids.set(unit.id, (entry.ids.get(unit.id) ?? false) || official);
}

interface Indexes {
  strict: Map<string, Entry>;
  loose: Map<string, Entry>;
  initials: Map<string, Set<string>>;
}

let built: Indexes | undefined;

/** Every spelling of every unit, by strict key, by loose key, and the initials of names of two words or more. */
function indexes(): Indexes {
  if (built) return built;
  const strict = new Map<string, Entry>();
  const loose = new Map<string, Entry>();
  const initials = new Map<string, Set<string>>();
  for (const version of VERSIONS) {
    for (const unit of provinceUnits(version)) {
      for (const { name } of unit.names) {
        const words = wordsOf(name);
        addKey(strict, strictKey(words), unit, true);
        addKey(loose, looseKey(words), unit, true);
        if (words.length >= 2) {
          const key = words.map((w) => w.loose[0]).join("");
          initials.set(key, (initials.get(key) ?? new Set()).add(unit.id));
        }
        for (const variant of SPELLINGS[name] ?? []) {
          const vw = wordsOf(variant);
          addKey(strict, strictKey(vw), unit, false);
          addKey(loose, looseKey(vw), unit, false);
        }
      }
    }
  }
  built = { strict, loose, initials };
  return built;
}

function dayOf(date: IsoDay | Date): IsoDay {
  const day = date instanceof Date ? isoDayOfDate(date) : isoDayOfText(date);
  if (day === undefined) throw new Error(`Not a date: ${String(date)}`);
  return day;
}

/** The version names are read in for these options. */
export function versionFor(options: ResolveOptions = {}): BoundaryVersion {
  if (options.date !== undefined) return versionAt(dayOf(options.date));
  return options.version ?? "34";
}

/** Of the units one spelling names (one territory, possibly in both versions), the one for `version`. */
function unitFor(entry: Entry, version: BoundaryVersion): { unit: ProvinceUnit; official: boolean } | undefined {
  const units = [...entry.ids.keys()].map((id) => unitById(id)!);
  const unit = units.find((u) => u.version === version) ?? units[0];
  return unit ? { unit, official: entry.ids.get(unit.id)! } : undefined;
}

function unitResolution(unit: ProvinceUnit, version: BoundaryVersion, spelling: SpellingMatch, matched: string): UnitResolution {
  return {
    kind: "unit",
    unit,
    version: unit.version,
    inForce: unit.version === version,
    successor: unit.version === "63" ? successorOf(unit) : undefined,
    current: unitInVersion(unit, version),
    spelling,
    matched,
  };
}

function matchedText(words: readonly Word[]): string {
  return words.map((w) => w.text).join(" ");
}

/** The unit a run of words spells, if any. `approximate` also accepts diacritics that differ from every spelling. */
function lookup(words: readonly Word[], version: BoundaryVersion, approximate: boolean): UnitResolution | undefined {
  const { strict, loose } = indexes();
  const marked = words.some((w) => w.marked);
  const text = matchedText(words);
  const exactEntry = strict.get(strictKey(words));
  const exact = exactEntry && unitFor(exactEntry, version);
  if (exact?.official) return unitResolution(exact.unit, version, "official", text);
  if (marked && exact) return unitResolution(exact.unit, version, "variant", text);
  if (marked && !approximate) return undefined;
  const nearEntry = loose.get(looseKey(words));
  const near = nearEntry && unitFor(nearEntry, version);
  if (marked) return near && unitResolution(near.unit, version, "marks-differ", text);
  // Unmarked text: "Ha Noi" is the official name written without diacritics, though "Hanoi" is also a variant.
  if (near?.official || !exact) return near && unitResolution(near.unit, version, "unmarked", text);
  return unitResolution(exact.unit, version, "variant", text);
}

/** The units (one per territory, in the version asked for when it has one) whose names have these initials. */
function initialsCandidates(letters: string, version: BoundaryVersion): ProvinceUnit[] {
  const ids = indexes().initials.get(letters);
  if (!ids) return [];
  const byTerritory = new Map<string, ProvinceUnit>();
  for (const id of ids) {
    const unit = unitById(id)!;
    const territory = unit.name;
    const known = byTerritory.get(territory);
    if (!known || (known.version !== version && unit.version === version)) byTerritory.set(territory, unit);
  }
  return [...byTerritory.values()].sort((a, b) => a.name.localeCompare(b.name, "vi"));
}

/** Letters of a short form written as one word ("BD", "ĐN") or letter by letter ("B.D"). */
function shortForm(words: readonly Word[]): string | undefined {
  if (words.length === 0) return undefined;
  const letters = looseKey(words);
  const oneWord = words.length === 1 && letters.length >= 2 && letters.length <= 3;
  const spelledOut = words.length >= 2 && words.length <= 3 && words.every((w) => w.loose.length === 1);
  return (oneWord || spelledOut) && /^[a-z]+$/.test(letters) ? letters : undefined;
}

/**
 * The unit a text names, when the whole text is a province name: a header cell, a sheet name, an argument.
 * Accepts prefixes (Tỉnh, TP., Thành phố, T.), any case, spacing and punctuation, either tone-mark placement,
 * text without diacritics, the old spellings and abbreviations of SPELLINGS, and a trailing "(cũ)". A short form
 * (BD, QN, ĐN, HN, BT, TN…) is never guessed: the answer is "ambiguous" with the units it may mean. The
 * date chooses the list: before 1/7/2025 the 63 units, from then the 34; an old name read for a later date gives
 * the old province with inForce false and its successor. For a name inside a longer text, use findProvince.
 */
export function resolveProvince(text: string, options: ResolveOptions = {}): ProvinceResolution {
  const version = versionFor(options);
  const words = wordsOf(text);
  let end = words.length;
  if (end > 1 && isTrailingQualifier(words[end - 1])) end--;
  const tries: Word[][] = [];
  for (let start = 0; start < end;) {
    tries.push(words.slice(start, end));
    const p = prefixLength(words, start);
    if (p === 0) break;
    start += p;
  }
  for (const approximate of options.approximate ? [false, true] : [false]) {
    for (const attempt of tries) {
      const found = lookup(attempt, version, approximate);
      if (found) return found;
    }
  }
  const last = tries[tries.length - 1] ?? [];
  const letters = shortForm(last);
  if (letters) {
    const candidates = initialsCandidates(letters, version);
    if (candidates.length > 0) return { kind: "ambiguous", reason: "initials", candidates, matched: matchedText(last) };
  }
  return { kind: "unknown" };
}

/** Characters between words that end a name: a name never runs across them. */
const NAME_BREAK = /[,;:()[\]{}/\\|\n\r\t]/;

function precededByPrefix(words: readonly Word[], at: number): boolean {
  for (let back = 1; back <= 2 && at - back >= 0; back++) {
    if (prefixLength(words, at - back) === back) return true;
  }
  return false;
}

/**
 * Every province named inside a text, left to right, the longest name first: title blocks ("UBND TỈNH BẾN TRE",
 * "SỞ CÔNG THƯƠNG TP. HỒ CHÍ MINH"), file names ("bao-cao-ben-tre-2024.xlsx", "BaoCao_BRVT"), narrative. Names
 * must be written as known (diacritics as in a known spelling, or none at all); in text mixing capitals and small
 * letters, every word of a name must start with a capital, so words such as "hoà bình" (peace) or "cao bằng"
 * (as high as) inside a sentence are not taken for provinces. Short forms are not mentions (see findProvince).
 */
export function findProvinces(text: string, options: ResolveOptions = {}): ProvinceMention[] {
  const version = versionFor(options);
  const nfc = text.normalize("NFC");
  const words = wordsOf(nfc);
  const mixedCase = /\p{Lu}/u.test(nfc) && /\p{Ll}/u.test(nfc);
  const mentions: ProvinceMention[] = [];
  for (let i = 0; i < words.length;) {
    let found: ProvinceMention | undefined;
    let length = 1;
    while (i + length < words.length && length < MAX_WORDS && !NAME_BREAK.test(nfc.slice(words[i + length - 1].end, words[i + length].start))) length++;
    for (; length >= 1 && !found; length--) {
      const window = words.slice(i, i + length);
      if (mixedCase && !window.every((w) => w.capitalized)) continue;
      const resolution = lookup(window, version, false);
      if (!resolution) continue;
      const start = window[0].start;
      const end = window[window.length - 1].end;
      found = { start, end, text: nfc.slice(start, end), resolution, prefixed: precededByPrefix(words, i) };
      i += length;
    }
    if (!found) i++;
    else mentions.push(found);
  }
  return mentions;
}

/**
 * The one province a text is about (a title block, a sheet name, a file name). Several different provinces
 * named: the one written with a prefix ("tỉnh Bến Tre") when exactly one is, else "ambiguous" (several). None
 * named: a short form in capitals (or in a text without capitals) that fits two or more units gives
 * "ambiguous" (initials); otherwise "unknown".
 */
export function findProvince(text: string, options: ResolveOptions = {}): ProvinceResolution {
  const version = versionFor(options);
  const mentions = findProvinces(text, options);
  const distinct = (list: ProvinceMention[]) => [...new Map(list.map((m) => [m.resolution.unit.id, m])).values()];
  const all = distinct(mentions);
  if (all.length === 1) return all[0].resolution;
  if (all.length > 1) {
    const prefixed = distinct(mentions.filter((m) => m.prefixed));
    if (prefixed.length === 1) return prefixed[0].resolution;
    return { kind: "ambiguous", reason: "several", candidates: all.map((m) => m.resolution.unit), matched: all.map((m) => m.text).join(", ") };
  }
  const words = wordsOf(text);
  const anyCapital = /\p{Lu}/u.test(text);
  const candidates = new Map<string, ProvinceUnit>();
  const shortForms: string[] = [];
  for (const w of words) {
    if (anyCapital && !w.allCaps) continue;
    const letters = shortForm([w]);
    if (!letters) continue;
    const units = initialsCandidates(letters, version);
    if (units.length < 2) continue;
    shortForms.push(w.text);
    for (const u of units) candidates.set(u.id, u);
  }
  if (candidates.size > 0) return { kind: "ambiguous", reason: "initials", candidates: [...candidates.values()], matched: shortForms.join(", ") };
  return { kind: "unknown" };
}
