import type { Lang } from "../core/message";
import type { RoundingMode } from "../core/numbers/consistency";

/** "office": follow the host's display language (Office's in Excel, the browser's on the web page). */
export type LanguageChoice = "office" | Lang;

/** What one person chose, for every workbook they open. */
export interface UserSettings {
  language: LanguageChoice;
  rounding: RoundingMode;
  /** Words naming the region in the summary report ("khu vực phía Nam"); "" for none. */
  region: string;
}

/** What belongs to one workbook and travels with it. */
export interface WorkbookSettings {
  /** The region this workbook consolidates; overrides the user's. */
  region?: string;
  /** The report year KC.SUPPORTMAX uses when a formula gives none. */
  reportYear?: number;
  /** Where reportYear came from: read from the province sheets by a check, or typed by the user (never overwritten by a check). */
  reportYearSource?: "sheets" | "user";
}

/** A string store: localStorage, or Office's partitioned share of it. */
export interface KeyValueStore {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
}

const DEFAULT_USER_SETTINGS: UserSettings = { language: "office", rounding: "round", region: "" };

const USER_KEY = "kc.user.v1";

/** The user's settings from the store; anything missing or unreadable falls back to its default. */
export function loadUserSettings(store: KeyValueStore): UserSettings {
  const saved = parseObject(store.get(USER_KEY));
  return {
    language: oneOf(saved.language, ["office", "vi", "en"] as const, DEFAULT_USER_SETTINGS.language),
    rounding: oneOf(saved.rounding, ["round", "truncate"] as const, DEFAULT_USER_SETTINGS.rounding),
    region: typeof saved.region === "string" ? saved.region.normalize("NFC") : DEFAULT_USER_SETTINGS.region,
  };
}

export function saveUserSettings(store: KeyValueStore, settings: UserSettings): void {
  store.set(USER_KEY, JSON.stringify(settings));
}

/** Workbook settings from stored values: unknown or malformed entries are dropped. */
export function readWorkbookSettings(saved: Record<string, unknown>): WorkbookSettings {
  const out: WorkbookSettings = {};
  if (typeof saved.region === "string" && saved.region.trim() !== "") out.region = saved.region.normalize("NFC");
  if (typeof saved.reportYear === "number" && Number.isInteger(saved.reportYear) && saved.reportYear >= 1990 && saved.reportYear <= 2100) {
    out.reportYear = saved.reportYear;
    out.reportYearSource = saved.reportYearSource === "user" ? "user" : "sheets";
  }
  return out;
}

/**
 * The workbook settings after a check read `year` from its province sheets: a year the user typed is
 * kept; otherwise the year read replaces the one saved. Undefined when nothing changes.
 */
export function withYearFromSheets(current: WorkbookSettings, year: number | undefined): WorkbookSettings | undefined {
  if (year === undefined || current.reportYearSource === "user" || current.reportYear === year) return undefined;
  return { ...current, reportYear: year, reportYearSource: "sheets" };
}

/** The part of the Web Storage API the store uses. */
export interface WebStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** localStorage under a prefix; a browser that refuses storage (private mode, policy) keeps settings for the session only. */
export function browserStore(prefix: string, storage: WebStorage | undefined = (globalThis as { localStorage?: WebStorage }).localStorage): KeyValueStore {
  const memory = new Map<string, string>();
  return {
    get(key) {
      try {
        return storage?.getItem(prefix + key) ?? memory.get(key);
      } catch {
        return memory.get(key);
      }
    },
    set(key, value) {
      memory.set(key, value);
      try {
        storage?.setItem(prefix + key, value);
      } catch {
        // Quota or policy: the value stays in memory for this session.
      }
    },
  };
}

function parseObject(text: string | undefined): Record<string, unknown> {
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}
