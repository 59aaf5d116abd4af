export type Lang = "vi" | "en";

/** A user-facing text in both languages of the product: Vietnamese first. */
export interface Bilingual {
  vi: string;
  en: string;
}

export function bilingual(vi: string, en: string): Bilingual {
  return { vi: vi.normalize("NFC"), en };
}
