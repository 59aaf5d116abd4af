import JSZip from "jszip";
import { SaxesParser, SaxesTagNS } from "saxes";
import { CellValue } from "../../../src/core/workbook/snapshot";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

/** Number formats Excel numbers without writing them (ECMA-376 §18.8.30), those the corpus uses. */
const BUILT_IN_FORMATS: Record<number, string> = { 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%" };

export interface PackageCell {
  value: CellValue;
  formula?: string;
  format?: string;
}

export interface PackageSheet {
  name: string;
  cells: Map<string, PackageCell>;
  merges: string[];
}

/**
 * The corpus's own reader of the packages its producers write, independent of KC's adapters and of
 * ExcelJS: a namespace-aware XML parse (so `<x:c>` and `<c>` are the same element), shared or inline
 * strings, formulas with cached values, styles' number formats when there is a styles part, merges.
 * Every element must be in the namespace its part requires; anything else throws.
 */
export async function readPackage(buffer: Buffer): Promise<PackageSheet[]> {
  const zip = await JSZip.loadAsync(buffer);
  const text = async (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`The package has no part ${path}`);
    return file.async("string");
  };
  const workbookRels = relationships(await text("xl/_rels/workbook.xml.rels"));
  const sheets: { name: string; rid: string }[] = [];
  parse(await text("xl/workbook.xml"), (tag) => {
    if (tag.local === "sheet") sheets.push({ name: tag.attributes.name.value, rid: attribute(tag, REL, "id") });
  });
  const shared: string[] = [];
  const sharedPath = [...workbookRels.values()].find((t) => t.endsWith("sharedStrings.xml"));
  if (sharedPath) {
    let current: string | undefined;
    let inText = false;
    parse(
      await text(`xl/${sharedPath}`),
      (tag) => {
        if (tag.local === "si") current = "";
        if (tag.local === "t") inText = true;
      },
      (name) => {
        if (name === "si") shared.push(current ?? "");
        if (name === "t") inText = false;
      },
      (chunk) => {
        if (inText) current += chunk;
      },
    );
  }
  const formats: (string | undefined)[] = [];
  const stylesPath = [...workbookRels.values()].find((t) => t.endsWith("styles.xml"));
  if (stylesPath) {
    const custom = new Map<number, string>();
    let inXfs = false;
    parse(
      await text(`xl/${stylesPath}`),
      (tag) => {
        if (tag.local === "numFmt") custom.set(Number(tag.attributes.numFmtId.value), tag.attributes.formatCode.value);
        if (tag.local === "cellXfs") inXfs = true;
        if (tag.local === "xf" && inXfs) {
          const id = Number(tag.attributes.numFmtId?.value ?? 0);
          formats.push(custom.get(id) ?? BUILT_IN_FORMATS[id]);
        }
      },
      (name) => {
        if (name === "cellXfs") inXfs = false;
      },
    );
  }
  const out: PackageSheet[] = [];
  for (const s of sheets) {
    const target = workbookRels.get(s.rid);
    if (!target) throw new Error(`Sheet ${s.name} has no relationship ${s.rid}`);
    out.push(readWorksheet(s.name, await text(`xl/${target.replace(/^\/?xl\//, "")}`), shared, formats));
  }
  return out;
}

function readWorksheet(name: string, xml: string, shared: readonly string[], formats: readonly (string | undefined)[]): PackageSheet {
  const cells = new Map<string, PackageCell>();
  const merges: string[] = [];
  let cell: { r: string; t?: string; s?: number } | undefined;
  let buffer = "";
  let v: string | undefined;
  let f: string | undefined;
  let inline: string | undefined;
  let collecting: "v" | "f" | "t" | undefined;
  parse(
    xml,
    (tag) => {
      if (tag.local === "c") {
        cell = { r: tag.attributes.r.value, t: tag.attributes.t?.value, s: tag.attributes.s ? Number(tag.attributes.s.value) : undefined };
        v = f = inline = undefined;
      } else if (tag.local === "v" || tag.local === "f" || tag.local === "t") {
        collecting = tag.local;
        buffer = "";
      } else if (tag.local === "mergeCell") merges.push(tag.attributes.ref.value);
    },
    (local) => {
      if (local === "v") v = buffer;
      if (local === "f") f = buffer;
      if (local === "t") inline = (inline ?? "") + buffer;
      if (local === "v" || local === "f" || local === "t") collecting = undefined;
      if (local === "c" && cell) {
        const value = valueOf(cell.t, v, inline, shared);
        const format = cell.s !== undefined ? formats[cell.s] : undefined;
        if (value !== undefined || f !== undefined) {
          const read: PackageCell = { value: value ?? null };
          if (f !== undefined) read.formula = f;
          if (format && format !== "General") read.format = format;
          cells.set(cell.r, read);
        }
        cell = undefined;
      }
    },
    (chunk) => {
      if (collecting) buffer += chunk;
    },
  );
  return { name, cells, merges };
}

function valueOf(type: string | undefined, v: string | undefined, inline: string | undefined, shared: readonly string[]): CellValue | undefined {
  if (type === "inlineStr") return inline ?? "";
  if (v === undefined) return undefined;
  if (type === "s") return shared[Number(v)];
  if (type === "str") return v;
  if (type === "b") return v === "1";
  if (type === "e") return { error: v };
  return Number(v);
}

function relationships(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  parse(
    xml,
    (tag) => {
      if (tag.local === "Relationship") out.set(tag.attributes.Id.value, tag.attributes.Target.value);
    },
    undefined,
    undefined,
    PKG_REL,
  );
  return out;
}

function attribute(tag: SaxesTagNS, uri: string, local: string): string {
  const a = Object.values(tag.attributes).find((x) => x.uri === uri && x.local === local);
  if (!a) throw new Error(`<${tag.name}> has no attribute {${uri}}${local}`);
  return a.value;
}

/** A namespace-aware SAX pass; every element of the part's own vocabulary must be in `namespace`. */
function parse(xml: string, open: (tag: SaxesTagNS) => void, close?: (local: string) => void, text?: (chunk: string) => void, namespace = MAIN): void {
  const parser = new SaxesParser({ xmlns: true });
  let error: Error | undefined;
  parser.on("error", (e) => (error ??= e));
  parser.on("opentag", (tag) => {
    const t = tag as SaxesTagNS;
    if (t.uri !== namespace && t.prefix === "") throw new Error(`<${t.name}> is in namespace "${t.uri}", not ${namespace}`);
    if (t.uri === namespace) open(t);
  });
  parser.on("closetag", (tag) => {
    const t = tag as SaxesTagNS;
    if (t.uri === namespace) close?.(t.local);
  });
  parser.on("text", (chunk) => text?.(chunk));
  parser.write(xml).close();
  if (error) throw error;
}
