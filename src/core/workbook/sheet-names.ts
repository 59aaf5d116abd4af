/** Excel's longest sheet name. */
export const MAX_SHEET_NAME = 31;

/**
 * A sheet name for `wanted` that no sheet of `taken` has (Excel compares names case-insensitively):
 * forbidden characters ([]:*?/\) become spaces, the name is cut to 31 characters, and " (2)", " (3)"…
 * is added until it is free.
 */
export function freeSheetName(wanted: string, taken: Iterable<string>, fallback = "Tinh"): string {
  const used = new Set([...taken].map(sheetNameKey));
  const base =
    wanted
      .normalize("NFC")
      .replace(/[[\]:*?/\\]/g, " ")
      .replace(/\s+/g, " ")
      .replace(/^'+|'+$/g, "")
      .trim()
      .slice(0, MAX_SHEET_NAME)
      .trim() || fallback;
  if (!used.has(sheetNameKey(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!used.has(sheetNameKey(name))) return name;
  }
}

/** Sheet names as Excel compares them: without regard to case. */
export function sheetNameKey(name: string): string {
  return name.toLocaleLowerCase("vi");
}
