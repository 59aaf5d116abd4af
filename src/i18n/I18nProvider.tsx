import { createContext, ReactNode, useContext, useMemo, useState } from "react";
import type { Lang } from "../core/message";
import { Translate, translator } from "./i18n";

export interface I18nValue {
  t: Translate;
  lang: Lang;
  setLanguage: (lang: Lang) => void;
}

const I18nContext = createContext<I18nValue | undefined>(undefined);

/** Gives the tree `t` and the language, starting in `lang`; re-renders it when the language changes. */
export function I18nProvider({ lang: initial, children }: { lang: Lang; children: ReactNode }) {
  const [lang, setLanguage] = useState<Lang>(initial);
  const value = useMemo<I18nValue>(() => ({ t: translator(lang), lang, setLanguage }), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n outside I18nProvider");
  return value;
}
