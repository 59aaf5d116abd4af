import { escapeAttribute, scanXml, XmlEdits, XmlSpan } from "./xml-spans";

export const CONTENT_TYPES_PART = "[Content_Types].xml";

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  relationships: "application/vnd.openxmlformats-package.relationships+xml",
  xml: "application/xml",
  macroEnabledWorkbook: "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
} as const;

/** [Content_Types].xml, edited in place: overrides added or removed, the rest as written. */
export class ContentTypes {
  private readonly edits: XmlEdits;
  private readonly root: XmlSpan;
  private readonly overrides = new Map<string, { type: string; span?: XmlSpan }>();
  private readonly defaults = new Map<string, string>();

  constructor(xml: string) {
    this.edits = new XmlEdits(xml);
    this.root = scanXml(xml, CONTENT_TYPES_PART);
    for (const c of this.root.children) {
      if (c.local === "Override" && c.attributes.PartName)
        this.overrides.set(partKey(c.attributes.PartName), { type: c.attributes.ContentType ?? "", span: c });
      if (c.local === "Default" && c.attributes.Extension) this.defaults.set(c.attributes.Extension.toLowerCase(), c.attributes.ContentType ?? "");
    }
  }

  /** The content type of a part: its override, else the default of its extension. */
  typeOf(part: string): string | undefined {
    return this.overrides.get(partKey(part))?.type ?? this.defaults.get(part.slice(part.lastIndexOf(".") + 1).toLowerCase());
  }

  setOverride(part: string, type: string): void {
    const key = partKey(part);
    const existing = this.overrides.get(key);
    if (existing?.type === type) return;
    if (existing?.span) this.edits.remove(existing.span);
    this.overrides.set(key, { type });
    this.insert(`<${this.root.prefix}Override PartName="/${escapeAttribute(part)}" ContentType="${escapeAttribute(type)}"/>`);
  }

  removeOverride(part: string): void {
    const key = partKey(part);
    const existing = this.overrides.get(key);
    if (!existing) return;
    if (existing.span) this.edits.remove(existing.span);
    this.overrides.delete(key);
  }

  /** Declares the default type of an extension when none is declared ("rels", "xml"). */
  ensureDefault(extension: string, type: string): void {
    if (this.defaults.has(extension.toLowerCase())) return;
    this.defaults.set(extension.toLowerCase(), type);
    this.insert(`<${this.root.prefix}Default Extension="${escapeAttribute(extension)}" ContentType="${escapeAttribute(type)}"/>`);
  }

  private insert(element: string): void {
    this.edits.appendChild(this.root, element);
  }

  get changed(): boolean {
    return this.edits.changed;
  }

  xml(): string {
    return this.edits.apply();
  }
}

/** "/xl/Workbook.xml" and "xl/workbook.xml" are the same part. */
function partKey(name: string): string {
  let decoded = name;
  try {
    decoded = decodeURIComponent(name);
  } catch {
    // kept as written
  }
  return decoded.replace(/^\//, "").toLowerCase();
}
