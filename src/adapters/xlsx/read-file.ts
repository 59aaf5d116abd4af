import { readFileSync, statSync } from "fs";
import { PackedSheet, PackedSheetData } from "../../core/workbook/packed-sheet";
import { SheetSnapshot } from "../../core/workbook/snapshot";
import { DEFAULT_LIMITS, PackageLimits } from "./package/limits";
import { openPackage, readSheet, XlsxPackage } from "./package/package";
import { refuse, size } from "./package/refusal";

/**
 * The bytes of the workbook file at `path` (Node only): a missing file, a folder, something that is
 * not a file, an unreadable file or one past the size limit is refused in words, before any reading.
 */
export function readWorkbookBytes(path: string, limits: PackageLimits = DEFAULT_LIMITS): Uint8Array {
  let stat;
  try {
    stat = statSync(path);
  } catch (err) {
    throw cannotRead(path, err);
  }
  if (stat.isDirectory()) throw refuse("not-xlsx", path, "là một thư mục, không phải tệp .xlsx.", "is a folder, not an .xlsx file.");
  if (!stat.isFile()) throw refuse("not-xlsx", path, "không phải là một tệp thông thường.", "is not a regular file.");
  if (stat.size > limits.fileBytes) {
    throw refuse(
      "too-large",
      path,
      `tệp nặng ${size(stat.size, "vi")}, quá giới hạn ${size(limits.fileBytes, "vi")} mà KC đọc.`,
      `the file is ${size(stat.size, "en")}, over KC's limit of ${size(limits.fileBytes, "en")}.`,
    );
  }
  try {
    return new Uint8Array(readFileSync(path));
  } catch (err) {
    throw cannotRead(path, err);
  }
}

function cannotRead(path: string, err: unknown) {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "ENOTDIR") return refuse("missing", path, "không tìm thấy tệp.", "no such file.");
  if (code === "EACCES" || code === "EPERM") return refuse("missing", path, "không có quyền đọc tệp.", "permission to read the file is denied.");
  return refuse("missing", path, `không đọc được tệp (${code ?? "?"}).`, `the file cannot be read (${code ?? "?"}).`);
}

/** Opens the workbook file at `path` (Node only). */
export function openWorkbookFile(path: string, limits: PackageLimits = DEFAULT_LIMITS): XlsxPackage {
  return openPackage(readWorkbookBytes(path, limits), path, limits);
}

/**
 * The worksheets of the file at `path`, one at a time, as packed data; `onSheetNames` hears their
 * names, in workbook order, before the first is read. Memory holds the compressed file, the shared
 * strings and the sheet being read: each sheet can be dropped before the next is read.
 */
export function* packedSheetsOfFile(path: string, onSheetNames?: (names: string[]) => void): Generator<PackedSheetData> {
  const pkg = openWorkbookFile(path);
  onSheetNames?.(pkg.worksheets.map((s) => s.name));
  for (const sheet of pkg.worksheets) yield readSheet(pkg, sheet);
}

/** packedSheetsOfFile in this thread, each sheet as a snapshot. */
export async function* streamWorkbookSheets(path: string, onSheetNames?: (names: string[]) => void): AsyncGenerator<SheetSnapshot> {
  for (const data of packedSheetsOfFile(path, onSheetNames)) yield new PackedSheet(data);
}
