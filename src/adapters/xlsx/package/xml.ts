import { SaxesParser, SaxesTagPlain } from "saxes";
import { PackageLimits } from "./limits";
import { count, refuse, UnreadableWorkbookError } from "./refusal";
import { ZipArchive, ZipEntry } from "./zip";

/** The namespaces KC reads, transitional and Strict (ISO/IEC 29500) forms alike. */
export const NS = {
  spreadsheet: ["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"],
  officeRelationships: ["http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships"],
  packageRelationships: ["http://schemas.openxmlformats.org/package/2006/relationships"],
  contentTypes: ["http://schemas.openxmlformats.org/package/2006/content-types"],
} as const;

const MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

/** Attributes as written, prefixes included ("r:id"); unprefixed attributes belong to no namespace. */
export type XmlAttributes = Readonly<Record<string, string>>;

/** What reads a part: elements of the part's namespace by local name, whatever prefix binds it. */
export interface XmlVisitor {
  open(name: string, attributes: XmlAttributes, part: XmlPart): void;
  close(name: string): void;
  text?(text: string): void;
  /** Where the visitor is, for a message about malformed XML (", near cell C12"). */
  position?(): { vi: string; en: string } | undefined;
}

/** What a part holds, for messages: its root element, what it is in words, and who it belongs to. */
export interface PartExpectation {
  namespaces: readonly string[];
  root: string;
  what: { vi: string; en: string };
  /** The sheet a worksheet part holds, named in messages beside the part. */
  sheet?: string;
}

/** Where the reader is in a part: for messages and for attributes in other namespaces. */
export interface XmlPart {
  readonly name: string;
  /** The value of a prefixed attribute whose prefix is bound to one of `namespaces` ("r:id"). */
  attribute(attributes: XmlAttributes, namespaces: readonly string[], local: string): string | undefined;
  /**
   * Where the parser is in the part's text (its characters decoded, a byte-order mark left out): in open and
   * close, just after the tag being reported. An editor finds the tag's "<" as the last one before it.
   */
  offset(): number;
}

/** The fields of saxes 5.0.1 (pinned) that grow while a token is read, checked between pieces. */
interface SaxesGrowth {
  text: string;
  name: string;
  entity: string;
  piTarget: string;
  attribList: unknown[];
}

/** Characters handed to the parser at a time: limits are checked between pieces. */
const PIECE = 64 * 1024;
const MAX_ATTRIBUTES = 1000;

/** Saxes's messages, in words a user can act on. */
const XML_PROBLEMS: [RegExp, string, string][] = [
  [/disallowed character/, "một ký tự XML không cho phép", "a character XML does not allow"],
  [/unclosed tag|unexpected end|must contain a root/, "phần bị cắt ngắn, XML chưa đóng", "the part ends before its XML is complete"],
  [/unmatched closing tag|unexpected close tag/, "một thẻ đóng không khớp thẻ mở", "a closing tag does not match its opening tag"],
  [/entity/, "một tham chiếu ký tự (&…;) sai hoặc không có", "a malformed or unknown character reference (&…;)"],
  [/duplicate attribute/, "một thuộc tính lặp lại", "an attribute repeated on one element"],
  [/outside of root|only one root/, "có nội dung ngoài phần tử gốc", "content outside the root element"],
  [/attribute|quoted|value required|whitespace/, "một thuộc tính viết sai", "a malformed attribute"],
];

function xmlProblem(file: string, part: string, expected: PartExpectation, err: Error, near?: { vi: string; en: string }): UnreadableWorkbookError {
  const m = /^(\d+):(\d+): (.*)$/s.exec(err.message);
  const [vi, en] = XML_PROBLEMS.find(([pattern]) => pattern.test(m?.[3] ?? ""))?.slice(1) ?? ["XML sai cú pháp", "malformed XML"];
  const line = m ? { vi: ` ở dòng ${m[1]}, cột ${m[2]}`, en: ` at line ${m[1]}, column ${m[2]}` } : { vi: "", en: "" };
  const subject =
    expected.sheet === undefined
      ? { vi: `phần ${part}`, en: `the part ${part}` }
      : { vi: `sheet '${expected.sheet}' (phần ${part})`, en: `sheet '${expected.sheet}' (part ${part})` };
  return refuse(
    "corrupt",
    file,
    `tệp hỏng: ${subject.vi} không phải XML hợp lệ${line.vi}${near?.vi ?? ""} (${vi}).`,
    `the file is damaged: ${subject.en} is not well-formed XML${line.en}${near?.en ?? ""} (${en}).`,
  );
}

/** TextDecoder's instances, typed in every host's library (DOM, Web Worker, Node). */
type Decoder = InstanceType<typeof TextDecoder>;

/** A decoder for a part's bytes: UTF-16 when its byte-order mark says so, else UTF-8; invalid bytes refused. */
function decoderFor(first: Uint8Array): Decoder {
  if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder("utf-16le", { fatal: true });
  if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder("utf-16be", { fatal: true });
  return new TextDecoder("utf-8", { fatal: true });
}

/** The prefixes bound at the current element: declarations undone as their elements close. */
class NamespaceScope {
  private readonly bound = new Map<string, string | undefined>([["xml", XML_NAMESPACE]]);
  // Declarations made by open elements, to undo when each closes: [depth, prefix, previous binding].
  private readonly undo: [number, string, string | undefined][] = [];

  /** Binds the `xmlns` / `xmlns:p` attributes of the element opened at `depth`. */
  declare(depth: number, declarations: readonly { name: string; value: string }[]): void {
    for (const { name: key, value } of declarations) {
      const prefix = key.length === 5 ? "" : key.slice(6);
      this.undo.push([depth, prefix, this.bound.get(prefix)]);
      this.bound.set(prefix, value || undefined);
    }
  }

  namespaceOf(prefix: string): string | undefined {
    return this.bound.get(prefix);
  }

  /** Undoes the declarations of the element closing at `depth`. */
  close(depth: number): void {
    while (this.undo.length > 0 && this.undo[this.undo.length - 1][0] === depth) {
      const [, prefix, previous] = this.undo.pop()!;
      this.bound.set(prefix, previous);
    }
  }
}

/** A qualified name split: its prefix ("" when none) and local name. */
function splitName(name: string): { prefix: string; local: string } {
  const colon = name.indexOf(":");
  return colon < 0 ? { prefix: "", local: name } : { prefix: name.slice(0, colon), local: name.slice(colon + 1) };
}

/** The refusals of one part, each naming the file and the part. */
function partRefusals(file: string, part: string, expected: PartExpectation) {
  return {
    tooBig: (what: { vi: string; en: string }) =>
      refuse("too-large", file, `phần ${part} có ${what.vi}, quá giới hạn của KC.`, `the part ${part} has ${what.en}, over KC's limit.`),
    doctype: () =>
      refuse(
        "corrupt",
        file,
        `phần ${part} có khai báo DTD, điều mà tệp Excel không bao giờ có.`,
        `the part ${part} holds a document type declaration (DTD), which workbooks never have.`,
      ),
    wrongRoot: (name: string, namespace: string | undefined) =>
      refuse(
        "corrupt",
        file,
        `phần ${part} không phải ${expected.what.vi} (phần tử gốc là <${name}>${namespace ? ` thuộc ${namespace}` : ""}).`,
        `the part ${part} is not ${expected.what.en} (its root is <${name}>${namespace ? ` in ${namespace}` : ""}).`,
      ),
    undeclaredPrefix: (prefix: string) =>
      refuse(
        "corrupt",
        file,
        `tệp hỏng: phần ${part} dùng tiền tố ${prefix}: chưa khai báo.`,
        `the file is damaged: the part ${part} uses the prefix ${prefix}: without declaring it.`,
      ),
  };
}

/** Refuses a token or an element growing past the limits while the parser reads it (checked between pieces). */
function checkGrowth(growth: SaxesGrowth, limits: PackageLimits, tooBig: (what: { vi: string; en: string }) => UnreadableWorkbookError): void {
  const longest = Math.max(growth.text.length, growth.name.length, growth.entity.length, growth.piTarget.length);
  if (longest > limits.xmlTokenCharacters) {
    throw tooBig({
      vi: `một đoạn văn bản hoặc tên dài hơn ${count(limits.xmlTokenCharacters, "vi")} ký tự`,
      en: `a text or name longer than ${count(limits.xmlTokenCharacters, "en")} characters`,
    });
  }
  if (growth.attribList.length > MAX_ATTRIBUTES) {
    throw tooBig({
      vi: `một phần tử có hơn ${count(MAX_ATTRIBUTES, "vi")} thuộc tính`,
      en: `an element with more than ${count(MAX_ATTRIBUTES, "en")} attributes`,
    });
  }
}

/** Unpacks the part and hands its decoded text to the parser in pieces, checking growth after each; closes the parser. */
function feedPart(zip: ZipArchive, entry: ZipEntry, parser: SaxesParser, afterPiece: () => void): void {
  let decoder: Decoder | undefined;
  const feed = (text: string) => {
    for (let i = 0; i < text.length; i += PIECE) {
      parser.write(i === 0 && text.length <= PIECE ? text : text.slice(i, i + PIECE));
      afterPiece();
    }
  };
  zip.unpack(entry, (bytes) => {
    decoder ??= decoderFor(bytes);
    feed(decode(decoder, bytes, zip.file, entry.name, true));
  });
  if (decoder) feed(decode(decoder, new Uint8Array(0), zip.file, entry.name, false));
  parser.close();
}

/**
 * Reads one XML part of the package with `visitor`: unpacked and decoded in pieces, parsed by saxes
 * (no DTD, no entity but XML's own: nothing outside the part is ever fetched), namespaces resolved by
 * prefix so `<x:c>` and `<c>` are the same element when x is bound to `namespaces`. Elements of other
 * namespaces are skipped with their content, except that markup-compatibility fallbacks are read.
 * The root must be `root` in `namespaces`. Every problem is a refusal naming the file and the part.
 */
export function readXmlPart(zip: ZipArchive, entry: ZipEntry, expected: PartExpectation, visitor: XmlVisitor, limits: PackageLimits): void {
  const file = zip.file;
  const part = entry.name;
  const ours = new Set<string>(expected.namespaces);
  const parser = new SaxesParser({ position: true, xmlns: false });
  const scope = new NamespaceScope();
  const refusals = partRefusals(file, part, expected);
  let depth = 0;
  // The depth of the element of another namespace being skipped with its content; 0 when none.
  let skipFrom = 0;
  let sawRoot = false;
  const place: XmlPart = {
    name: part,
    attribute(attributes, namespaces, local) {
      for (const key in attributes) {
        const colon = key.indexOf(":");
        if (colon > 0 && key.slice(colon + 1) === local && namespaces.includes(scope.namespaceOf(key.slice(0, colon)) ?? "")) return attributes[key];
      }
      return undefined;
    },
    offset: () => parser.position,
  };

  parser.on("doctype", () => {
    throw refusals.doctype();
  });
  // Namespace declarations of the tag being read, heard attribute by attribute (cheaper than looking
  // through every element's attributes).
  const declared: { name: string; value: string }[] = [];
  parser.on("attribute", (attribute: { name: string; value: string }) => {
    const key = attribute.name;
    if (key.charCodeAt(0) === 120 && (key === "xmlns" || key.startsWith("xmlns:"))) declared.push(attribute);
  });
  parser.on("opentag", (tag: SaxesTagPlain) => {
    if (++depth > limits.xmlDepth)
      throw refusals.tooBig({
        vi: `phần tử lồng nhau quá ${count(limits.xmlDepth, "vi")} mức`,
        en: `elements nested over ${count(limits.xmlDepth, "en")} deep`,
      });
    if (declared.length > 0) {
      if (skipFrom === 0) scope.declare(depth, declared);
      declared.length = 0;
    }
    if (skipFrom > 0) return;
    const { prefix, local } = splitName(tag.name);
    const namespace = scope.namespaceOf(prefix);
    if (!sawRoot) {
      sawRoot = true;
      if (namespace === undefined || !ours.has(namespace) || local !== expected.root) throw refusals.wrongRoot(tag.name, namespace);
    }
    if (namespace !== undefined && ours.has(namespace)) visitor.open(local, tag.attributes, place);
    else if (namespace === MARKUP_COMPATIBILITY && (local === "AlternateContent" || local === "Fallback")) return;
    else if (namespace === undefined && prefix !== "") throw refusals.undeclaredPrefix(prefix);
    else skipFrom = depth;
  });
  parser.on("closetag", (tag: SaxesTagPlain) => {
    if (skipFrom > 0) {
      if (depth === skipFrom) skipFrom = 0;
    } else {
      const { prefix, local } = splitName(tag.name);
      const namespace = scope.namespaceOf(prefix);
      if (namespace !== undefined && ours.has(namespace)) visitor.close(local);
    }
    scope.close(depth);
    depth--;
  });
  if (visitor.text) {
    const text = visitor.text.bind(visitor);
    parser.on("text", (t: string) => skipFrom === 0 && text(t));
  }

  try {
    feedPart(zip, entry, parser, () => checkGrowth(parser as unknown as SaxesGrowth, limits, refusals.tooBig));
  } catch (err) {
    if (err instanceof UnreadableWorkbookError) throw err;
    if (err instanceof Error && /^\d+:\d+: /.test(err.message)) throw xmlProblem(file, part, expected, err, visitor.position?.());
    throw err;
  }
  if (!sawRoot) throw xmlProblem(file, part, expected, new Error("1:1: document must contain a root element."));
}

function decode(decoder: Decoder, bytes: Uint8Array, file: string, part: string, stream: boolean): string {
  try {
    return decoder.decode(bytes, { stream });
  } catch {
    throw refuse(
      "corrupt",
      file,
      `tệp hỏng: phần ${part} có byte không phải văn bản UTF-8.`,
      `the file is damaged: the part ${part} holds bytes that are not UTF-8 text.`,
    );
  }
}
