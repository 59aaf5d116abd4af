import { Bilingual, bilingual } from "../message";

/** Excel's longest sheet name. */
const MAX_SHEET_NAME = 31;

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

/** Why Excel would not accept `name` as a sheet name, or undefined when it would. */
export function sheetNameProblem(name: string): Bilingual | undefined {
  if (name.length === 0) return bilingual("tên trống", "the name is empty");
  if (name.length > MAX_SHEET_NAME)
    return bilingual(
      `tên dài ${name.length} ký tự, Excel cho tối đa ${MAX_SHEET_NAME}`,
      `the name is ${name.length} characters long, Excel allows ${MAX_SHEET_NAME}`,
    );
  const forbidden = /[[\]:*?/\\]/.exec(name);
  if (forbidden) return bilingual(`tên có ký tự ${forbidden[0]} mà Excel không cho phép`, `the name holds ${forbidden[0]}, which Excel does not allow`);
  if (name.startsWith("'") || name.endsWith("'"))
    return bilingual("tên bắt đầu hoặc kết thúc bằng dấu ' mà Excel không cho phép", "the name starts or ends with ', which Excel does not allow");
  return undefined;
}

/** Sheet names as Excel compares them: without regard to case. */
export function sheetNameKey(name: string): string {
  return name.toLocaleLowerCase("vi");
}
