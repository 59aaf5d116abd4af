import i18next, { i18n as I18n } from "i18next";
import type { Lang } from "../core/message";
import en from "./en.json";
import vi from "./vi.json";

export type Messages = typeof vi;

export const RESOURCES = { vi: { translation: vi }, en: { translation: en } } as const;

/** Office's display language ("vi-VN", "en-US") → the UI language: Vietnamese for vi-*, else English. */
export function languageFromDisplay(displayLanguage: string | undefined): Lang {
  return /^vi(-|$)/i.test(displayLanguage ?? "") ? "vi" : "en";
}

/** A fresh i18next instance (one per app root, so tests and the two pages never share state). */
export function createI18n(lang: Lang): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: "vi",
    supportedLngs: ["vi", "en"],
    resources: RESOURCES,
    initAsync: false,
    // React escapes what it renders; escaping here too would show "&amp;".
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  return instance;
}
