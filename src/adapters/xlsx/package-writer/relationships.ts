import { relationshipsPartOf, resolveTarget } from "../package/relationships";
import { escapeAttribute, scanXml, XmlEdits, XmlSpan } from "./xml-spans";

const PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The last segment of a relationship type: "worksheet" whatever the namespace (transitional or Strict). */
export function relKind(type: string): string {
  return type.slice(type.lastIndexOf("/") + 1);
}

/** The relative target from `source` to `part`, as a relationship writes it ("../drawings/drawing1.xml"). */
export function relativeTarget(source: string, part: string): string {
  const from = source.split("/").slice(0, -1);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].map((s) => (s === ".." ? s : encodeURI(s))).join("/");
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  span?: XmlSpan;
}

/**
 * A relationships part, edited in place: relationships added under fresh ids, removed ones cut out,
 * every other byte kept.
 */
export class Relationships {
  readonly list: Relationship[] = [];
  private readonly edits: XmlEdits;
  private readonly root?: XmlSpan;
  private readonly prefix: string;

  constructor(
    /** The part whose relationships these are. */
    readonly source: string,
    xml: string | undefined,
  ) {
    const text = xml ?? `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_REL_NS}"></Relationships>`;
    this.edits = new XmlEdits(text);
    this.root = scanXml(text, relationshipsPartOf(source));
    this.prefix = this.root.prefix;
    for (const span of this.root.children.filter((c) => c.local === "Relationship")) {
      const a = span.attributes;
      this.list.push({ id: a.Id ?? "", type: a.Type ?? "", target: a.Target ?? "", external: a.TargetMode === "External", span });
    }
  }

  /** Internal relationships with the part each points at. */
  targets(): { rel: Relationship; part: string }[] {
    return this.list.filter((r) => !r.external).map((rel) => ({ rel, part: resolveTarget(this.source, rel.target) }));
  }

  byId(id: string): Relationship | undefined {
    return this.list.find((r) => r.id === id);
  }

  /** Adds a relationship to `part` under the first free id rIdN. */
  add(type: string, part: string): string {
    const ids = new Set(this.list.map((r) => r.id));
    let n = this.list.length + 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const target = relativeTarget(this.source, part);
    this.list.push({ id, type, target, external: false });
    const root = this.root!;
    const p = this.prefix;
    const element = `<${p}Relationship Id="${id}" Type="${escapeAttribute(type)}" Target="${escapeAttribute(target)}"/>`;
    this.edits.appendChild(root, element);
    return id;
  }

  remove(id: string): void {
    const i = this.list.findIndex((r) => r.id === id);
    if (i < 0) return;
    const [rel] = this.list.splice(i, 1);
    if (rel.span) this.edits.remove(rel.span);
  }

  get changed(): boolean {
    return this.edits.changed;
  }

  xml(): string {
    return this.edits.apply();
  }
}
