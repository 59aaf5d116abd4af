import type { Lang } from "../core/message";
import en from "./en.json";
import vi from "./vi.json";

type Catalog = { [key: string]: string | Catalog };

const CATALOGS: Record<Lang, Catalog> = { vi, en };

/** A UI string by its dotted key, with {{name}} placeholders filled. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Office's display language ("vi-VN", "en-US") → the UI language: Vietnamese for vi-*, else English. */
export function languageFromDisplay(displayLanguage: string | undefined): Lang {
  return /^vi(-|$)/i.test(displayLanguage ?? "") ? "vi" : "en";
}

function lookup(catalog: Catalog, key: string): string | undefined {
  let node: string | Catalog | undefined = catalog;
  for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
  return typeof node === "string" ? node : undefined;
}

/**
 * The strings of one language. With a numeric `count`, the plural form of the language is looked up first
 * ("errors_one" / "errors_other": English; Vietnamese has one form); a key missing in English falls back to
 * Vietnamese, then to the key itself. Values are inserted as they are: React escapes what it renders.
 * (Written here instead of i18next, whose 13 KiB gzip did not fit the pane's start-up budget.)
 */
export function translator(lang: Lang): Translate {
  const plurals = new Intl.PluralRules(lang);
  return (key, values = {}) => {
    const count = values.count;
    const text =
      (typeof count === "number" ? lookup(CATALOGS[lang], `${key}_${plurals.select(count)}`) : undefined) ??
      lookup(CATALOGS[lang], key) ??
      lookup(CATALOGS.vi, key) ??
      key;
    return text.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));
  };
}
