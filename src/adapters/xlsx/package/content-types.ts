import { PackageLimits } from "./limits";
import { NS, readXmlPart } from "./xml";
import { partKey, ZipArchive } from "./zip";

/** The content types of a package ([Content_Types].xml): by part name, else by extension. */
export class ContentTypes {
  constructor(
    private readonly defaults: ReadonlyMap<string, string>,
    private readonly overrides: ReadonlyMap<string, string>,
  ) {}

  /** The content type of a part, or undefined when the package names none. */
  of(part: string): string | undefined {
    const key = partKey(part);
    const extension = key.slice(key.lastIndexOf(".") + 1);
    return this.overrides.get(key) ?? this.defaults.get(extension);
  }
}

export const CONTENT_TYPES_PART = "[Content_Types].xml";

/** Reads [Content_Types].xml; undefined when the package has none. */
export function readContentTypes(zip: ZipArchive, limits: PackageLimits): ContentTypes | undefined {
  const entry = zip.get(CONTENT_TYPES_PART);
  if (!entry) return undefined;
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  readXmlPart(
    zip,
    entry,
    { namespaces: NS.contentTypes, root: "Types", what: { vi: "bảng kiểu nội dung", en: "a content types part" } },
    {
      open(name, a) {
        if (name === "Default" && a.Extension && a.ContentType) defaults.set(a.Extension.toLowerCase(), a.ContentType);
        if (name === "Override" && a.PartName && a.ContentType) overrides.set(partKey(a.PartName), a.ContentType);
      },
      close() {},
    },
    limits,
  );
  return new ContentTypes(defaults, overrides);
}
