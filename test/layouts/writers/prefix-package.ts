import JSZip from "jszip";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/**
 * Rewrites a package the way the .NET OpenXML SDK writes SpreadsheetML (real-layouts.md §2.6): every element
 * of every SpreadsheetML part carries the `x:` prefix (`<x:workbook>`, `<x:sheetData>`, `<x:c>`), the main
 * namespace bound to `x` instead of being the default. Parts in other namespaces (relationships, content
 * types, themes, document properties) are left as they are. Excel and LibreOffice open the result; ExcelJS 4
 * does not.
 */
export async function prefixSpreadsheetML(buffer: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  for (const name of Object.keys(zip.files)) {
    if (!name.endsWith(".xml") || zip.files[name].dir) continue;
    const text = await zip.file(name)!.async("string");
    if (!text.includes(`xmlns="${MAIN}"`)) continue;
    zip.file(name, prefixElements(text));
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/**
 * Prefixes every unprefixed element name with `x:` and binds `x` where the default namespace was declared.
 * Safe on well-formed XML: "<" only opens markup there, and declarations, comments and CDATA start "<?" or "<!".
 */
export function prefixElements(xml: string): string {
  if (/<[A-Za-z_][\w.-]*[^>]*\sxmlns="(?!http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main")/.test(xml)) {
    throw new Error("A part redeclares the default namespace: prefixing it blindly would move elements between namespaces");
  }
  return xml.replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, "<$1x:$2").replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`);
}
