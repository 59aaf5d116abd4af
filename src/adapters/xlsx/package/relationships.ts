import { PackageLimits } from "./limits";
import { NS, readXmlPart } from "./xml";
import { ZipArchive } from "./zip";

/** One relationship of a part: its id, type and target part (resolved to a part name). */
export interface Relationship {
  id: string;
  type: string;
  /** The target as a part name ("xl/worksheets/sheet1.xml"), or as written when external. */
  target: string;
  external: boolean;
}

const TYPE_BASES = ["http://schemas.openxmlformats.org/officeDocument/2006/relationships/", "http://purl.oclc.org/ooxml/officeDocument/relationships/"];

/** True when `type` is the relationship type `name` ("worksheet", "officeDocument"…), transitional or Strict. */
export function isRelationshipType(type: string, name: string): boolean {
  return TYPE_BASES.some((base) => type === base + name);
}

/** The relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; the package's own for "". */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship's target as a part name: relative to the source part's folder, or absolute from the package root. */
export function resolveTarget(sourcePart: string, target: string): string {
  let path: string;
  try {
    path = decodeURIComponent(target.split("#")[0]);
  } catch {
    path = target;
  }
  const segments = path.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const segment of path.split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== "." && segment !== "") segments.push(segment);
  }
  return segments.join("/");
}

/** The relationships of `sourcePart` ("" for the package), or undefined when it has no relationships part. */
export function readRelationships(zip: ZipArchive, sourcePart: string, limits: PackageLimits): Relationship[] | undefined {
  const entry = zip.get(relationshipsPartOf(sourcePart));
  if (!entry) return undefined;
  const list: Relationship[] = [];
  readXmlPart(
    zip,
    entry,
    { namespaces: NS.packageRelationships, root: "Relationships", what: { vi: "phần quan hệ (.rels)", en: "a relationships part (.rels)" } },
    {
      open(name, a) {
        if (name !== "Relationship" || a.Id === undefined || a.Target === undefined) return;
        const external = a.TargetMode === "External";
        list.push({ id: a.Id, type: a.Type ?? "", target: external ? a.Target : resolveTarget(sourcePart, a.Target), external });
      },
      close() {},
    },
    limits,
  );
  return list;
}
