import { SaxesParser, SaxesTagPlain } from "saxes";

/**
 * An element of a small XML part (workbook, relationships, content types, styles, app properties) with
 * where it sits in the text, so the writer can change one element and leave every other byte alone.
 * Names are as written (a prefix included: `x:sheet`); `local` drops the prefix, so `<x:sheet>` of the
 * .NET SDK and `<sheet>` of Excel are found alike.
 */
export interface XmlSpan {
  name: string;
  local: string;
  /** "x:" for `<x:sheet>`, "" for `<sheet>`: what an element added beside it is prefixed with. */
  prefix: string;
  attributes: Record<string, string>;
  /** Offset of its "<". */
  start: number;
  /** Offset just after the ">" of its start tag. */
  openEnd: number;
  /** Offset of its end tag's "<" (equal to `end` for an empty-element tag). */
  closeStart: number;
  /** Offset just after its end. */
  end: number;
  selfClosing: boolean;
  parent?: XmlSpan;
  children: XmlSpan[];
}

/** An XML part KC cannot parse, with the part's name and the parser's words. */
export class XmlPartError extends Error {
  constructor(
    readonly part: string,
    readonly detail: string,
  ) {
    super(`${part}: ${detail}`);
    this.name = "XmlPartError";
  }
}

const localOf = (name: string) => name.slice(name.indexOf(":") + 1);

/** The root element of an XML text with every element under it, positions in UTF-16 code units. */
export function scanXml(xml: string, part: string): XmlSpan {
  const parser = new SaxesParser({ position: true, xmlns: false });
  const stack: XmlSpan[] = [];
  let root: XmlSpan | undefined;
  let error: string | undefined;
  parser.on("error", (e) => void (error ??= e.message));
  parser.on("opentag", (tag: SaxesTagPlain) => {
    const openEnd = parser.position;
    // "<" cannot occur inside a start tag of well-formed XML, so the last one before its end opens it.
    const start = xml.lastIndexOf("<", openEnd - 1);
    const colon = tag.name.indexOf(":");
    const span: XmlSpan = {
      name: tag.name,
      local: localOf(tag.name),
      prefix: colon < 0 ? "" : tag.name.slice(0, colon + 1),
      attributes: { ...(tag.attributes as Record<string, string>) },
      start,
      openEnd,
      closeStart: openEnd,
      end: openEnd,
      selfClosing: tag.isSelfClosing,
      parent: stack.at(-1),
      children: [],
    };
    span.parent?.children.push(span);
    root ??= span;
    if (!tag.isSelfClosing) stack.push(span);
  });
  parser.on("closetag", (tag: SaxesTagPlain) => {
    if (tag.isSelfClosing) return;
    const span = stack.pop();
    if (!span) return;
    span.end = parser.position;
    span.closeStart = xml.lastIndexOf("<", span.end - 1);
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    error ??= e instanceof Error ? e.message : String(e);
  }
  if (error !== undefined) throw new XmlPartError(part, error);
  if (!root) throw new XmlPartError(part, "no root element");
  return root;
}

/** The children of `span` with this local name. */
export function childrenNamed(span: XmlSpan, local: string): XmlSpan[] {
  return span.children.filter((c) => c.local === local);
}

export function childNamed(span: XmlSpan, local: string): XmlSpan | undefined {
  return span.children.find((c) => c.local === local);
}

/** The value of an attribute whatever its prefix (`r:id`, `ns2:id`) when asked by local name and namespace prefix map. */
export function attributeByLocal(span: XmlSpan, local: string): string | undefined {
  if (local in span.attributes) return span.attributes[local];
  const key = Object.keys(span.attributes).find((k) => k.includes(":") && !k.startsWith("xmlns") && localOf(k) === local);
  return key === undefined ? undefined : span.attributes[key];
}

/** The prefix (with its colon, "" for the default namespace) a namespace is bound to where `span` is, if any. */
export function prefixOf(span: XmlSpan, namespace: string): string | undefined {
  for (let s: XmlSpan | undefined = span; s; s = s.parent) {
    for (const [key, value] of Object.entries(s.attributes)) {
      if (value !== namespace) continue;
      if (key === "xmlns") return "";
      if (key.startsWith("xmlns:")) return `${key.slice(6)}:`;
    }
  }
  return undefined;
}

/**
 * Changes to an XML text as replacements of ranges, applied at once so every offset refers to the
 * original text. Insertions at one offset keep the order they were asked in.
 */
export class XmlEdits {
  private readonly edits: { start: number; end: number; text: string; order: number }[] = [];
  private readonly appended = new Map<XmlSpan, string[]>();

  constructor(readonly source: string) {}

  replace(start: number, end: number, text: string): void {
    this.edits.push({ start, end, text, order: this.edits.length });
  }

  insert(at: number, text: string): void {
    this.replace(at, at, text);
  }

  remove(span: XmlSpan): void {
    this.replace(span.start, span.end, "");
  }

  /** Sets (or adds) an attribute on a start tag, leaving the others as written. */
  setAttribute(span: XmlSpan, name: string, value: string): void {
    const tag = this.source.slice(span.start, span.openEnd);
    const m = attributePattern(name).exec(tag);
    if (m) {
      const quoted = span.start + m.index + m[1].length;
      this.replace(quoted, quoted + m[2].length, `"${escapeAttribute(value)}"`);
    } else {
      const at = span.openEnd - (span.selfClosing ? 2 : 1);
      this.insert(at, ` ${name}="${escapeAttribute(value)}"`);
    }
  }

  /** Removes an attribute (with the white space before it) from a start tag, if the tag has it. */
  removeAttribute(tag: Pick<XmlSpan, "start" | "openEnd">, name: string): void {
    const m = attributePattern(name).exec(this.source.slice(tag.start, tag.openEnd));
    if (m) this.replace(tag.start + m.index, tag.start + m.index + m[0].length, "");
  }

  /** Adds an element as the last child of `span` (an empty-element tag gets an end tag). */
  appendChild(span: XmlSpan, element: string): void {
    const list = this.appended.get(span);
    if (list) list.push(element);
    else this.appended.set(span, [element]);
  }

  get changed(): boolean {
    return this.edits.length > 0 || this.appended.size > 0;
  }

  apply(): string {
    for (const [span, elements] of this.appended) {
      if (span.selfClosing) this.replace(span.openEnd - 2, span.openEnd, `>${elements.join("")}</${span.name}>`);
      else this.insert(span.closeStart, elements.join(""));
    }
    this.appended.clear();
    if (this.edits.length === 0) return this.source;
    const sorted = [...this.edits].sort((a, b) => a.start - b.start || a.order - b.order);
    let out = "";
    let at = 0;
    for (const e of sorted) {
      if (e.start < at) throw new Error("overlapping XML edits");
      out += this.source.slice(at, e.start) + e.text;
      at = e.end;
    }
    return out + this.source.slice(at);
  }
}

/** An attribute in a start tag: the white space and `name=` (group 1), and the quoted value (group 2). */
function attributePattern(name: string): RegExp {
  return new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)("[^"]*"|'[^']*')`);
}

/** Text for an attribute value in double quotes. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"\t\n\r]/g, (ch) => ATTRIBUTE_ESCAPES[ch]);
}

const ATTRIBUTE_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\t": "&#9;", "\n": "&#10;", "\r": "&#13;" };

/** Text for element content. */
export function escapeText(value: string): string {
  return value.replace(/[&<>]/g, (ch) => (ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : "&gt;"));
}
