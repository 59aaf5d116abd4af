import { renameSheetReferences } from "../../core/formulas/rename-sheet";
import { WorkbookPackage } from "./package-writer/workbook-package";
import { escapeText } from "./package-writer/xml-spans";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** A defined name's stored text as the formula it holds (the five XML entities and character references decoded). */
function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (entity, code: string) =>
    code.startsWith("#")
      ? String.fromCodePoint(parseInt(code.slice(code[1] === "x" || code[1] === "X" ? 2 : 1), code[1] === "x" || code[1] === "X" ? 16 : 10))
      : (ENTITIES[code.toLowerCase()] ?? entity),
  );
}

/**
 * A copy of a workbook file in which some sheets have other names (`renames`: name in the file → new name),
 * with the defined names that refer to them (print areas, print titles, names of ranges) following, as
 * Excel does when a sheet is renamed. No new name may be one the file's sheets already have. Every other part is kept as it was. Used before handing the file to
 * Excel's insertWorksheetsFromBase64, so that a sheet arrives under a name no sheet of the open workbook has.
 */
export async function withSheetsRenamed(bytes: Uint8Array, file: string, renames: ReadonlyMap<string, string>): Promise<Uint8Array> {
  if (renames.size === 0) return bytes;
  const pkg = await WorkbookPackage.open(bytes, file);
  const wb = pkg.workbook;
  const entries = [...renames].map(([from, to]) => {
    const entry = wb.find(from);
    if (!entry) throw new Error(`${file} has no sheet "${from}".`);
    if (wb.find(to)) throw new Error(`${file} already has a sheet "${to}".`);
    return { entry, from, to };
  });
  for (const { entry, to } of entries) wb.rename(entry, to);
  for (const name of [...wb.names]) {
    let value = unescapeXml(name.value);
    for (const { from, to } of entries) value = renameSheetReferences(value, from, to);
    if (value === unescapeXml(name.value)) continue;
    wb.removeName(name);
    wb.addName({ name: name.name, localSheetId: name.localSheetId, hidden: name.hidden, value: escapeText(value) });
  }
  return pkg.save();
}
