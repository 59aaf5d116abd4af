import { CellLook } from "../../../core/summary/style-table";
import { XML_DECLARATION } from "./relationships";
import { childNamed, childrenNamed, escapeAttribute, scanXml, XmlEdits, XmlSpan } from "./xml-spans";

import { TRANSITIONAL } from "./namespaces";

/** Excel's built-in number formats that KC writes, by code (ECMA-376 Part 1, §18.8.30). */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "@": 49,
};
/** Ids below this are built in; a workbook's own formats start here. */
const FIRST_CUSTOM_FORMAT = 164;

/** CT_Stylesheet's lists in schema order: a list that is missing is inserted before the first later one present. */
const LIST_ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"] as const;
type ListName = "numFmts" | "fonts" | "fills" | "borders" | "cellStyleXfs" | "cellXfs";
const ITEM: Record<ListName, string> = { numFmts: "numFmt", fonts: "font", fills: "fill", borders: "border", cellStyleXfs: "xf", cellXfs: "xf" };

/** What a workbook without those lists implicitly has: the entries index 0 (and fill 1) stand for. */
const DEFAULT_ITEMS: Record<ListName, string[]> = {
  numFmts: [],
  fonts: ['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'],
  fills: ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'],
  borders: ["<border><left/><right/><top/><bottom/><diagonal/></border>"],
  cellStyleXfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'],
  cellXfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'],
};

/** A minimal styles part, for a package that has none. */
export function emptyStylesXml(main = TRANSITIONAL.main): string {
  const list = (name: ListName) => `<${name} count="${DEFAULT_ITEMS[name].length}">${DEFAULT_ITEMS[name].join("")}</${name}>`;
  return (
    `${XML_DECLARATION}<styleSheet xmlns="${main}">${list("fonts")}${list("fills")}${list("borders")}${list("cellStyleXfs")}${list("cellXfs")}` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`
  );
}

/** Element names of a copied XML fragment moved from one prefix ("x:", or "" for the default namespace) to another. */
export function withPrefix(xml: string, from: string, to: string): string {
  if (from === to) return xml;
  const names = from === "" ? /<(\/?)(?![\w.-]+:)([\w.-]+)/g : new RegExp(`<(/?)${from.replace(/[.]/g, "\\.")}([\\w.-]+)`, "g");
  return xml.replace(names, `<$1${to}$2`);
}

/** A fragment with its prefixes and the whitespace between tags taken out: equal fragments mean equal records. */
function canonical(xml: string, prefix: string): string {
  return withPrefix(xml, prefix, "")
    .replace(/>\s+</g, "><")
    .replace(/\s*\/>/g, "/>");
}

interface List {
  span?: XmlSpan;
  /** Canonical text of each entry, old and new, by index. */
  items: string[];
  added: string[];
}

/** A cell format as read from a styles part: its number format code and the XML of its font, fill, border. */
export interface SourceXf {
  numFmtId: number;
  /** The code of a custom format, when the id is not built in. */
  numFmtCode?: string;
  font?: string;
  fill?: string;
  border?: string;
  /** The xf's attributes other than the ids, and its <alignment>/<protection> children, canonical. */
  attributes: Record<string, string>;
  children: string;
}

/**
 * A workbook's styles part, read and extended in place: KC's looks and imported cell formats are
 * APPENDED (never replacing an entry, so every existing style index keeps its meaning), and an entry equal
 * to one already there is reused, so writing the same tabs twice does not grow the part.
 */
export class StylesPart {
  private readonly edits: XmlEdits;
  private readonly root: XmlSpan;
  private readonly prefix: string;
  private readonly lists: Record<ListName, List>;
  /** Custom number formats: code → id. */
  private readonly formats = new Map<string, number>();
  private readonly formatCodes = new Map<number, string>();
  private nextFormatId = FIRST_CUSTOM_FORMAT;
  private readonly baseFont: { size: string; rest: string; color: string };

  constructor(
    readonly xml: string,
    readonly part: string,
  ) {
    this.edits = new XmlEdits(xml);
    this.root = scanXml(xml, part);
    this.prefix = this.root.prefix;
    const read = (name: ListName): List => {
      const span = childNamed(this.root, name);
      const items = span ? childrenNamed(span, ITEM[name]).map((s) => canonical(xml.slice(s.start, s.end), this.prefix)) : [...DEFAULT_ITEMS[name]];
      return { span, items, added: [] };
    };
    this.lists = {
      numFmts: read("numFmts"),
      fonts: read("fonts"),
      fills: read("fills"),
      borders: read("borders"),
      cellStyleXfs: read("cellStyleXfs"),
      cellXfs: read("cellXfs"),
    };
    const numFmts = this.lists.numFmts.span;
    for (const f of numFmts ? childrenNamed(numFmts, "numFmt") : []) {
      const id = Number(f.attributes.numFmtId);
      const code = f.attributes.formatCode;
      if (!Number.isInteger(id) || code === undefined) continue;
      if (!this.formats.has(code)) this.formats.set(code, id);
      this.formatCodes.set(id, code);
      this.nextFormatId = Math.max(this.nextFormatId, id + 1);
    }
    this.baseFont = baseFontOf(this.lists.fonts.items[0] ?? DEFAULT_ITEMS.fonts[0]);
  }

  /** The cellXfs index of a cell with this look and number format. */
  xfFor(look: CellLook, format: string | undefined): number {
    const numFmtId = this.formatId(format);
    const fontId = look.font ? this.entry("fonts", this.fontXml(look.font)) : 0;
    const fillId = look.fill ? this.entry("fills", solidFillXml(look.fill)) : 0;
    const borderId = look.border ? this.entry("borders", THIN_BORDER) : 0;
    const a = look.alignment;
    const alignment = a
      ? `<alignment${a.horizontal ? ` horizontal="${a.horizontal}"` : ""}${a.vertical ? ` vertical="${a.vertical}"` : ""}${a.wrap ? ' wrapText="1"' : ""}/>`
      : "";
    const applies = [
      numFmtId !== 0 ? ' applyNumberFormat="1"' : "",
      fontId !== 0 ? ' applyFont="1"' : "",
      fillId !== 0 ? ' applyFill="1"' : "",
      borderId !== 0 ? ' applyBorder="1"' : "",
      alignment ? ' applyAlignment="1"' : "",
    ].join("");
    const xf = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}${alignment ? `>${alignment}</xf>` : "/>"}`;
    return this.entry("cellXfs", xf);
  }

  /** The cellXfs index, in this workbook, of a cell format read from another workbook's styles. */
  importXf(source: SourceXf): number {
    const numFmtId = source.numFmtId < FIRST_CUSTOM_FORMAT || source.numFmtCode === undefined ? source.numFmtId : this.formatId(source.numFmtCode);
    const fontId = source.font ? this.entry("fonts", source.font) : 0;
    const fillId = source.fill ? this.entry("fills", source.fill) : 0;
    const borderId = source.border ? this.entry("borders", source.border) : 0;
    const attrs = Object.entries(source.attributes)
      .map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`)
      .join("");
    const head = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${attrs}`;
    return this.entry("cellXfs", source.children ? `${head}>${source.children}</xf>` : `${head}/>`);
  }

  /** Cell format `index` of this styles part, as another workbook would import it. */
  sourceXf(index: number): SourceXf | undefined {
    const xf = this.lists.cellXfs.items[index];
    if (xf === undefined) return undefined;
    const span = scanXml(xf, this.part);
    const { numFmtId = "0", fontId = "0", fillId = "0", borderId = "0", ...rest } = span.attributes;
    delete rest.xfId;
    const id = Number(numFmtId);
    return {
      numFmtId: id,
      numFmtCode: this.formatCodes.get(id),
      font: this.lists.fonts.items[Number(fontId)],
      fill: this.lists.fills.items[Number(fillId)],
      border: this.lists.borders.items[Number(borderId)],
      attributes: rest,
      children: xf.slice(span.openEnd, span.closeStart),
    };
  }

  private formatId(format: string | undefined): number {
    if (format === undefined || format === "General") return 0;
    const builtIn = BUILT_IN_FORMATS[format];
    if (builtIn !== undefined) return builtIn;
    const existing = this.formats.get(format);
    if (existing !== undefined) return existing;
    const id = this.nextFormatId++;
    this.formats.set(format, id);
    this.formatCodes.set(id, format);
    this.add("numFmts", `<numFmt numFmtId="${id}" formatCode="${escapeAttribute(format)}"/>`);
    return id;
  }

  /** The index of an entry equal to `xml` in a list, appending it when there is none. */
  private entry(name: ListName, xml: string): number {
    const key = canonical(xml, "");
    const found = this.lists[name].items.indexOf(key);
    return found >= 0 ? found : this.add(name, key);
  }

  private add(name: ListName, key: string): number {
    const list = this.lists[name];
    list.items.push(key);
    list.added.push(key);
    return list.items.length - 1;
  }

  private fontXml(font: NonNullable<CellLook["font"]>): string {
    const base = this.baseFont;
    const size = font.size !== undefined ? `<sz val="${font.size}"/>` : base.size;
    const color = font.color !== undefined ? `<color rgb="FF${font.color}"/>` : base.color;
    return `<font>${font.bold ? "<b/>" : ""}${font.italic ? "<i/>" : ""}${font.underline ? "<u/>" : ""}${size}${color}${base.rest}</font>`;
  }

  get changed(): boolean {
    return Object.values(this.lists).some((l) => l.added.length > 0);
  }

  /** The styles part with what was added: each list's new entries at its end, its count updated. */
  toXml(): string {
    for (const name of LIST_ORDER) {
      if (name === "cellStyles" || name === "dxfs" || name === "tableStyles" || name === "colors" || name === "extLst") continue;
      const list = this.lists[name];
      if (list.added.length === 0) continue;
      const entries = list.added.map((x) => withPrefix(x, "", this.prefix)).join("");
      if (list.span) {
        this.edits.setAttribute(list.span, "count", String(list.items.length));
        this.edits.appendChild(list.span, entries);
      } else {
        const implicit = DEFAULT_ITEMS[name].map((x) => withPrefix(x, "", this.prefix)).join("");
        const later = this.root.children.find((c) => LIST_ORDER.indexOf(c.local as (typeof LIST_ORDER)[number]) > LIST_ORDER.indexOf(name));
        const p = this.prefix;
        this.edits.insert(later ? later.start : this.root.closeStart, `<${p}${name} count="${list.items.length}">${implicit}${entries}</${p}${name}>`);
      }
      list.added = [];
    }
    return this.edits.apply();
  }
}

const THIN_SIDE = (side: string) => `<${side} style="thin"><color indexed="64"/></${side}>`;
const THIN_BORDER = `<border>${THIN_SIDE("left")}${THIN_SIDE("right")}${THIN_SIDE("top")}${THIN_SIDE("bottom")}<diagonal/></border>`;

function solidFillXml(rgb: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="FF${rgb}"/><bgColor indexed="64"/></patternFill></fill>`;
}

/** The size, colour and the name/family/charset/scheme of a workbook's default font (fonts[0]), canonical XML. */
function baseFontOf(fontXml: string): { size: string; rest: string; color: string } {
  const span = scanXml(fontXml, "styles font");
  const pick = (local: string) => {
    const c = childNamed(span, local);
    return c ? fontXml.slice(c.start, c.end) : "";
  };
  return { size: pick("sz") || '<sz val="11"/>', color: pick("color"), rest: ["name", "family", "charset", "scheme"].map(pick).join("") };
}
