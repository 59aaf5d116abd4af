/**
 * The namespaces of the parts KC writes. A workbook saved as Strict Open XML (ISO/IEC 29500 Strict) uses
 * other namespace names and relationship types than the usual (transitional) one; the parts KC adds use
 * the same set as the workbook they go into.
 */
export interface OoxmlNamespaces {
  strict: boolean;
  /** SpreadsheetML. */
  main: string;
  /** The r: attributes (r:id). */
  relationships: string;
  chart: string;
  drawing: string;
  spreadsheetDrawing: string;
}

export const TRANSITIONAL: OoxmlNamespaces = {
  strict: false,
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  relationships: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  drawing: "http://schemas.openxmlformats.org/drawingml/2006/main",
  spreadsheetDrawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
};

export const STRICT: OoxmlNamespaces = {
  strict: true,
  main: "http://purl.oclc.org/ooxml/spreadsheetml/main",
  relationships: "http://purl.oclc.org/ooxml/officeDocument/relationships",
  chart: "http://purl.oclc.org/ooxml/drawingml/chart",
  drawing: "http://purl.oclc.org/ooxml/drawingml/main",
  spreadsheetDrawing: "http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing",
};

/** The set a workbook part is written in, from the namespaces its root element declares. */
export function namespacesOf(workbookXml: string): OoxmlNamespaces {
  const root = /<(?:[\w.-]+:)?workbook\b[^>]*>/.exec(workbookXml)?.[0] ?? "";
  return root.includes(STRICT.main) ? STRICT : TRANSITIONAL;
}

/** The relationship type of a part kind ("worksheet", "drawing"…) in a namespace set. */
export function relationshipType(ns: OoxmlNamespaces, kind: string): string {
  return `${ns.relationships}/${kind}`;
}
