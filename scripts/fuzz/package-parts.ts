/**
 * Workbook packages built part by part, for tests, the fuzz run and the benchmark of bombs: KC's reader
 * is tested on XML written here, not only on what one library writes. Nothing here is part of KC.
 */
import { zipSync, Zippable } from "fflate";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const STRICT_MAIN_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const STRICT_REL_NS = "http://purl.oclc.org/ooxml/officeDocument/relationships";
const PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";

export interface SheetSpec {
  name: string;
  /** The worksheet's content after its root element: <sheetData>…</sheetData>, <mergeCells>…, unprefixed. */
  body: string;
  state?: "hidden" | "veryHidden";
}

export interface PackageSpec {
  sheets: SheetSpec[];
  /** Shared strings as <si> contents (unprefixed XML); none: no shared strings part. */
  sharedStrings?: string[];
  /** Number formats and the numFmtId of each cellXfs entry; undefined: no styles part. */
  styles?: { numFmts?: [number, string][]; cellXfs: number[] };
  date1904?: boolean;
  /** Strict (ISO/IEC 29500) namespaces instead of the transitional ones. */
  strict?: boolean;
  /** A prefix bound to the SpreadsheetML namespace on every element of every SpreadsheetML part, as the .NET OpenXML SDK writes. */
  prefix?: string;
  /** Where the workbook part lives (found through _rels/.rels). */
  workbookPart?: string;
  /** Extra <workbook> content after <sheets> (definedNames…), unprefixed. */
  workbookExtra?: string;
}

const escapeAttribute = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** Adds `prefix` to every unprefixed element of an XML text (the root's default namespace becomes the prefix's). */
export function prefixElements(xml: string, prefix: string): string {
  return xml
    .replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, (_whole, slash: string, name: string) => `<${slash}${prefix}:${name}`)
    .replace(/ xmlns="([^"]*)"/, ` xmlns:${prefix}="$1"`);
}

/** The parts of a workbook package as texts, by part name. */
export function packageParts(spec: PackageSpec): Record<string, string> {
  const main = spec.strict ? STRICT_MAIN_NS : MAIN_NS;
  const rel = spec.strict ? STRICT_REL_NS : REL_NS;
  const workbookPart = spec.workbookPart ?? "xl/workbook.xml";
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf("/") + 1);
  const relsPart = `${folder}_rels/${workbookPart.slice(folder.length)}.rels`;
  const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const sml = (xml: string) => declaration + (spec.prefix ? prefixElements(xml, spec.prefix) : xml);
  const parts: Record<string, string> = {};
  const relationships: string[] = [];
  const overrides: string[] = [
    `<Override PartName="/${workbookPart}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`,
  ];
  spec.sheets.forEach((sheet, i) => {
    const part = `${folder}worksheets/sheet${i + 1}.xml`;
    parts[part] = sml(`<worksheet xmlns="${main}" xmlns:r="${rel}">${sheet.body}</worksheet>`);
    relationships.push(`<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
    overrides.push(`<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
  });
  if (spec.sharedStrings) {
    parts[`${folder}sharedStrings.xml`] = sml(
      `<sst xmlns="${main}" count="${spec.sharedStrings.length}" uniqueCount="${spec.sharedStrings.length}">${spec.sharedStrings.map((s) => `<si>${s}</si>`).join("")}</sst>`,
    );
    relationships.push(`<Relationship Id="rIdS" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/>`);
    overrides.push(
      `<Override PartName="/${folder}sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`,
    );
  }
  if (spec.styles) {
    const formats = spec.styles.numFmts ?? [];
    parts[`${folder}styles.xml`] = sml(
      `<styleSheet xmlns="${main}">` +
        (formats.length
          ? `<numFmts count="${formats.length}">${formats.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`).join("")}</numFmts>`
          : "") +
        `<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>` +
        `<cellXfs count="${spec.styles.cellXfs.length}">${spec.styles.cellXfs.map((id) => `<xf numFmtId="${id}" xfId="0" applyNumberFormat="1"/>`).join("")}</cellXfs></styleSheet>`,
    );
    relationships.push(`<Relationship Id="rIdT" Type="${rel}/styles" Target="styles.xml"/>`);
  }
  const sheets = spec.sheets
    .map((s, i) => `<sheet name="${escapeAttribute(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`)
    .join("");
  parts[workbookPart] = sml(
    `<workbook xmlns="${main}" xmlns:r="${rel}">${spec.date1904 ? '<workbookPr date1904="1"/>' : ""}<sheets>${sheets}</sheets>${spec.workbookExtra ?? ""}</workbook>`,
  );
  parts[relsPart] = `${declaration}<Relationships xmlns="${PACKAGE_REL_NS}">${relationships.join("")}</Relationships>`;
  parts["_rels/.rels"] =
    `${declaration}<Relationships xmlns="${PACKAGE_REL_NS}"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="${workbookPart}"/></Relationships>`;
  parts["[Content_Types].xml"] =
    `${declaration}<Types xmlns="${CONTENT_TYPES_NS}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>`;
  return parts;
}

/** A zip of parts (texts are UTF-8), deflated at `level` (0 stores). */
export function zipParts(parts: Record<string, string | Uint8Array>, level: 0 | 1 | 6 | 9 = 6): Uint8Array {
  const files: Zippable = {};
  for (const [name, content] of Object.entries(parts)) files[name] = [typeof content === "string" ? new TextEncoder().encode(content) : content, { level }];
  return zipSync(files);
}

/** A workbook package as .xlsx bytes. */
export function buildPackage(spec: PackageSpec, level: 0 | 1 | 6 | 9 = 6): Uint8Array {
  return zipParts(packageParts(spec), level);
}

/** Rewrites the uncompressed size the zip's central directory declares for `part` (a zip that lies about its sizes). */
export function declareSize(zip: Uint8Array, part: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const name = new TextEncoder().encode(part);
  for (let p = 0; p + 46 <= out.length; p++) {
    if (view.getUint32(p, true) !== 0x02014b50) continue;
    const length = view.getUint16(p + 28, true);
    const found = out.subarray(p + 46, p + 46 + length);
    if (length === name.length && found.every((b, i) => b === name[i])) {
      view.setUint32(p + 24, size, true);
      return out;
    }
  }
  throw new Error(`no central directory entry for ${part}`);
}

/** Cell XML: a value (number or error code) with an optional type and style. */
export const cellXml = (ref: string, v: string, t?: string, s?: number) =>
  `<c r="${ref}"${t ? ` t="${t}"` : ""}${s !== undefined ? ` s="${s}"` : ""}><v>${v}</v></c>`;
