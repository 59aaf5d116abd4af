import { foldLabel } from "../text/fold";
import data from "./activities.json";

export interface Activity {
  code: string;
  vi: string;
  en: string;
  aliases: string[];
}

export const ACTIVITIES: readonly Activity[] = data.activities;

const BY_KEY = new Map<string, Activity>();
for (const a of ACTIVITIES) {
  for (const key of [a.code, a.vi, a.en, ...a.aliases]) BY_KEY.set(foldLabel(key), a);
}

/** An activity from its code ("MMTB", "mmtb") or its Vietnamese or English name, with or without diacritics. */
export function findActivity(text: string): Activity | undefined {
  return BY_KEY.get(foldLabel(text));
}
