import { readdirSync, realpathSync, statSync } from "fs";
import { extname, join } from "path";
import { Bilingual, bilingual } from "../core/message";

/**
 * The input files of a command that reads several reports (`kc validate a.xlsx b.xlsx bao-cao/`, later
 * `kc summarize`): the one place where arguments become files.
 * - A file named on the command line is read whatever its extension (the reader says if it is no workbook).
 * - A folder gives its .xlsx and .xlsm files, by name (numbers in names in numeric order), without descending
 *   into subfolders unless `recursive`. Its other spreadsheets (.xls, .xlsb, .ods, .csv) cannot be read and are
 *   unusable, with the reason; Excel's lock files (~$…) and other files (PDF, Word…) are skipped, listed with the
 *   reason; hidden files are ignored.
 * - A path given twice (or a file also inside a folder given) is read once.
 */
export interface InputFile {
  /** The path as given, or joined to the folder given. */
  path: string;
}

export interface SetAsideInput {
  path: string;
  status: "unusable" | "skipped";
  reason: Bilingual;
}

export interface ExpandedInputs {
  /** Every input in the order given: a file to read, or one set aside with its reason. */
  entries: (InputFile | SetAsideInput)[];
}

export function isSetAside(entry: InputFile | SetAsideInput): entry is SetAsideInput {
  return "status" in entry;
}

const WORKBOOK = new Set([".xlsx", ".xlsm"]);
const OTHER_SPREADSHEETS = new Set([".xls", ".xlsb", ".ods", ".csv"]);
const byName = new Intl.Collator("vi", { numeric: true, sensitivity: "base" });

/** One walk over the inputs: whether subfolders are read, the entries so far, the files already taken (by real path). */
interface Walk {
  recursive: boolean;
  out: ExpandedInputs["entries"];
  seen: Set<string>;
}

function folderEntry(path: string, name: string, walk: Walk): void {
  const { out } = walk;
  if (name.startsWith(".")) return;
  const full = join(path, name);
  let isDirectory: boolean;
  try {
    isDirectory = statSync(full).isDirectory();
  } catch {
    out.push({ path: full, status: "unusable", reason: bilingual(`${full}: không đọc được (liên kết hỏng?).`, `${full}: cannot be read (a broken link?).`) });
    return;
  }
  if (isDirectory) {
    if (walk.recursive) expandFolder(full, walk);
    else
      out.push({
        path: full,
        status: "skipped",
        reason: bilingual(`${full}: thư mục con (dùng --recursive để đọc).`, `${full}: a subfolder (use --recursive to read it).`),
      });
    return;
  }
  const ext = extname(name).toLowerCase();
  if (name.startsWith("~$")) {
    out.push({
      path: full,
      status: "skipped",
      reason: bilingual(`${full}: tệp khóa tạm của Excel, không phải báo cáo.`, `${full}: Excel's lock file, not a report.`),
    });
  } else if (WORKBOOK.has(ext)) {
    addFile(full, out, walk.seen);
  } else if (OTHER_SPREADSHEETS.has(ext)) {
    out.push({
      path: full,
      status: "unusable",
      reason: bilingual(
        `${full}: KC không đọc được tệp ${ext}; hãy mở và lưu lại dạng .xlsx.`,
        `${full}: KC cannot read ${ext} files; open it and save it as .xlsx.`,
      ),
    });
  } else {
    out.push({ path: full, status: "skipped", reason: bilingual(`${full}: không phải bảng tính.`, `${full}: not a spreadsheet.`) });
  }
}

function expandFolder(path: string, walk: Walk): void {
  let names: string[];
  try {
    names = readdirSync(path).sort(byName.compare);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    walk.out.push({ path, status: "unusable", reason: bilingual(`${path}: không đọc được thư mục (${code}).`, `${path}: cannot read the folder (${code}).`) });
    return;
  }
  for (const name of names) folderEntry(path, name, walk);
}

function addFile(path: string, out: ExpandedInputs["entries"], seen: Set<string>): void {
  const key = realpathSync(path);
  if (seen.has(key)) return;
  seen.add(key);
  out.push({ path });
}

/** The files and folders given, as files to read and inputs set aside (see above). */
export function expandInputs(args: readonly string[], options: { recursive?: boolean } = {}): ExpandedInputs {
  const entries: ExpandedInputs["entries"] = [];
  const seen = new Set<string>();
  for (const arg of args) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(arg).isDirectory();
    } catch {
      entries.push({ path: arg, status: "unusable", reason: bilingual(`${arg}: không tìm thấy tệp.`, `${arg}: no such file.`) });
      continue;
    }
    if (isDirectory) expandFolder(arg, { recursive: options.recursive ?? false, out: entries, seen });
    else addFile(arg, entries, seen);
  }
  return { entries };
}
