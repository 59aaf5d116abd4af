import { parseStringPromise } from "xml2js";

/** An XML element as the manifest tests walk it. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: XmlElement[];
}

type Xml2jsNode = { $?: Record<string, string>; _?: string; [child: string]: unknown } | string;

function toElement(name: string, node: Xml2jsNode): XmlElement {
  if (typeof node === "string") return { name, attrs: {}, text: node.trim(), children: [] };
  const children: XmlElement[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === "$" || key === "_") continue;
    for (const child of value as Xml2jsNode[]) children.push(toElement(key, child));
  }
  return { name, attrs: node.$ ?? {}, text: (node._ ?? "").trim(), children };
}

export async function parseXml(xml: string): Promise<XmlElement> {
  const doc = (await parseStringPromise(xml)) as Record<string, Xml2jsNode>;
  const [name, root] = Object.entries(doc)[0];
  return toElement(name, root);
}

/** Every element below (and including) `root`, depth first. */
export function descendants(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(descendants)];
}

export function named(root: XmlElement, name: string): XmlElement[] {
  return descendants(root).filter((e) => e.name === name);
}

export function only(root: XmlElement, name: string): XmlElement {
  const found = named(root, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0];
}

/** The one direct child of `parent` with this name. */
export function child(parent: XmlElement, name: string): XmlElement {
  const found = parent.children.filter((e) => e.name === name);
  if (found.length !== 1) throw new Error(`expected one <${name}> in <${parent.name}>, found ${found.length}`);
  return found[0];
}
