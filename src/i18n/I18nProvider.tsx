import { createContext, ReactNode, useContext, useEffect, useMemo, useState } from "react";
import type { i18n as I18n, TFunction } from "i18next";
import type { Lang } from "../core/message";

export interface I18nValue {
  t: TFunction;
  lang: Lang;
  setLanguage: (lang: Lang) => void;
}

const I18nContext = createContext<I18nValue | undefined>(undefined);

/** Gives the tree `t` and the language, and re-renders it when the language changes. */
export function I18nProvider({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  const [lang, setLang] = useState<Lang>(i18n.language as Lang);
  useEffect(() => {
    const onChange = (next: string) => setLang(next as Lang);
    i18n.on("languageChanged", onChange);
    return () => i18n.off("languageChanged", onChange);
  }, [i18n]);
  const value = useMemo<I18nValue>(() => ({ t: i18n.getFixedT(lang), lang, setLanguage: (next) => void i18n.changeLanguage(next) }), [i18n, lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n outside I18nProvider");
  return value;
}
