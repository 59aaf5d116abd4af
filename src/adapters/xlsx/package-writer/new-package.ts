import { CONTENT_TYPE, CONTENT_TYPES_PART } from "./content-types";
import { relationshipType, TRANSITIONAL } from "./namespaces";
import { XML_DECLARATION } from "./relationships";
import { emptyStylesXml } from "./styles-part";
import { writeZip, ZipSource } from "./zip-writer";

const PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/**
 * The smallest workbook package KC starts a new file from: a workbook part with no sheet yet, its styles,
 * the relationships and content types. A sheet is added before it is saved (a workbook needs one).
 */
export function newWorkbookPackage(): Uint8Array {
  const parts: ZipSource[] = [];
  const add = (name: string, text: string) => parts.push({ kind: "plain", name, data: new TextEncoder().encode(text) });
  add(
    CONTENT_TYPES_PART,
    `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="${CONTENT_TYPE.relationships}"/><Default Extension="xml" ContentType="${CONTENT_TYPE.xml}"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPE.styles}"/></Types>`,
  );
  add(
    "_rels/.rels",
    `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_REL_NS}"><Relationship Id="rId1" Type="${relationshipType(TRANSITIONAL, "officeDocument")}" Target="xl/workbook.xml"/></Relationships>`,
  );
  add(
    "xl/workbook.xml",
    `${XML_DECLARATION}<workbook xmlns="${TRANSITIONAL.main}" xmlns:r="${TRANSITIONAL.relationships}"><bookViews><workbookView activeTab="0"/></bookViews><sheets/></workbook>`,
  );
  add(
    "xl/_rels/workbook.xml.rels",
    `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_REL_NS}"><Relationship Id="rId1" Type="${relationshipType(TRANSITIONAL, "styles")}" Target="styles.xml"/></Relationships>`,
  );
  add("xl/styles.xml", emptyStylesXml());
  return writeZip(parts);
}
