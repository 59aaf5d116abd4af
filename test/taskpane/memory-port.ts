import type { WorkbookPort } from "../../src/app/port";
import type { KeyValueStore, WorkbookSettings } from "../../src/app/settings";
import type { CellValue, WorkbookSnapshot } from "../../src/core/workbook/snapshot";

/** A KeyValueStore over a Map, standing for localStorage. */
export function memoryStore(entries: Record<string, string> = {}): KeyValueStore & { entries: Map<string, string> } {
  const map = new Map(Object.entries(entries));
  return { entries: map, get: (k) => map.get(k), set: (k, v) => void map.set(k, v) };
}

/** A port over an in-memory snapshot: what the pane's components and hooks need, no host. */
export function memoryPort(options: { displayLanguage?: string; web?: boolean; snapshot?: WorkbookSnapshot; store?: KeyValueStore } = {}): WorkbookPort & {
  saved: WorkbookSettings[];
  corrections: (readonly CellValue[][])[];
} {
  const saved: WorkbookSettings[] = [];
  const corrections: (readonly CellValue[][])[] = [];
  return {
    saved,
    corrections,
    host: { kind: options.web ? "web" : "excel", displayLanguage: options.displayLanguage ?? "vi-VN" },
    readSnapshot: async () => options.snapshot ?? { sheets: [] },
    goToCell: async () => undefined,
    writeSummary: async (plan) => ({ notices: [...plan.notices], undo: "one-step" }),
    createProvinceSheet: async () => "x",
    findKcFormulas: async () => [],
    convertKcFormulas: async () => 0,
    writeCorrections: async (rows) => void corrections.push(rows),
    userStore: options.store ?? memoryStore(),
    readWorkbookSettings: async () => saved.at(-1) ?? {},
    writeWorkbookSettings: async (s) => void saved.push(s),
    ...(options.web ? { openWorkbook: async () => undefined, downloadWorkbook: async () => undefined } : {}),
  };
}
