import { DEFAULT_LIMITS, PackageLimits } from "../package/limits";
import { refuse, UnreadableWorkbookError } from "../package/refusal";
import { PartExpectation, readXmlPart, XmlVisitor } from "../package/xml";
import { partKey, ZipArchive } from "../package/zip";
import { writeZip, ZipSource } from "./zip-writer";

/**
 * The zip container of a workbook package, edited: read through KC's reader (package/zip.ts, with its
 * limits and its refusals, so a file the reader refuses is refused here in the same words), parts set or
 * removed, and written with every untouched entry copied as it was compressed (nothing is inflated and
 * deflated again). Part names compare case-insensitively, as OPC has them. Runs in Node, the browser and
 * a Web Worker (no file system).
 */
export class ZipPackage {
  /** Parts set (bytes) or removed (null), by part key. */
  private readonly edits = new Map<string, { name: string; data: Uint8Array | null }>();

  private constructor(
    private readonly archive: ZipArchive,
    /** The file's name, for messages. */
    readonly fileName: string,
    private readonly limits: PackageLimits,
  ) {}

  /** Opens a package held in memory; what KC's reader refuses (not a zip, encrypted, past a limit) is refused. */
  static open(bytes: Uint8Array, fileName: string, limits: PackageLimits = DEFAULT_LIMITS): ZipPackage {
    return new ZipPackage(ZipArchive.open(bytes, fileName, limits), fileName, limits);
  }

  /** Edits an archive KC's reader has opened. */
  static of(archive: ZipArchive, fileName: string, limits: PackageLimits = DEFAULT_LIMITS): ZipPackage {
    return new ZipPackage(archive, fileName, limits);
  }

  /**
   * Reads an XML part of the input as KC's reader reads every part (package/xml.ts): unpacked in pieces,
   * elements of `expected`'s namespaces whatever their prefix, within the limits, a malformed part refused
   * in the reader's words. `visitor` is given offsets into the part's text (`text(part)`).
   */
  readXml(part: string, expected: PartExpectation, visitor: XmlVisitor): void {
    const entry = this.edits.has(partKey(part)) ? undefined : this.archive.get(part);
    if (!entry) throw this.missing(part);
    readXmlPart(this.archive, entry, expected, visitor, this.limits);
  }

  /** The parts' names: the input's in their order, then the added ones. */
  parts(): string[] {
    const out = this.archive.entries.filter((e) => this.edits.get(partKey(e.name))?.data !== null).map((e) => e.name);
    for (const [key, edit] of this.edits) if (edit.data !== null && !this.archive.get(key)) out.push(edit.name);
    return out;
  }

  /** The part's name as stored, found case-insensitively. */
  actualName(part: string): string | undefined {
    const edit = this.edits.get(partKey(part));
    if (edit) return edit.data === null ? undefined : edit.name;
    return this.archive.get(part)?.name;
  }

  has(part: string): boolean {
    return this.actualName(part) !== undefined;
  }

  bytes(part: string): Uint8Array {
    const edit = this.edits.get(partKey(part));
    if (edit?.data) return edit.data;
    const entry = edit ? undefined : this.archive.get(part);
    if (!entry) throw this.missing(part);
    return this.archive.read(entry);
  }

  /** A part's text: UTF-8, or UTF-16 when it starts with a byte-order mark (OPC allows both). */
  text(part: string): string {
    return decodeXmlBytes(this.bytes(part));
  }

  set(part: string, content: string | Uint8Array): void {
    const name = this.actualName(part) ?? part;
    this.edits.set(partKey(part), { name, data: typeof content === "string" ? new TextEncoder().encode(content) : content });
  }

  remove(part: string): void {
    const name = this.actualName(part);
    if (name !== undefined) this.edits.set(partKey(part), { name, data: null });
  }

  /** The package as bytes: untouched entries copied as stored, set ones deflated, in the input's order. */
  save(): Uint8Array {
    const sources: ZipSource[] = [];
    for (const entry of this.archive.entries) {
      const edit = this.edits.get(partKey(entry.name));
      if (edit?.data === null) continue;
      if (edit) sources.push({ kind: "plain", name: entry.name, data: edit.data });
      else
        sources.push({
          kind: "stored",
          name: entry.name,
          method: entry.method,
          crc32: entry.crc32,
          size: entry.size,
          data: this.archive.stored(entry),
          modTime: entry.modTime,
          modDate: entry.modDate,
        });
    }
    for (const [key, edit] of this.edits) if (edit.data !== null && !this.archive.get(key)) sources.push({ kind: "plain", name: edit.name, data: edit.data });
    return writeZip(sources);
  }

  missing(part: string): UnreadableWorkbookError {
    return refuse("corrupt", this.fileName, `tệp hỏng: thiếu phần ${part}.`, `the file is damaged: the part ${part} is missing.`);
  }
}

function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return new TextDecoder("utf-8").decode(bytes.subarray(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0));
}

/** An edited XML part's text for writing as UTF-8: a declaration that named another encoding names UTF-8. */
export function asUtf8Xml(text: string): string {
  return text.replace(/^(<\?xml[^>]*\bencoding\s*=\s*)(["'])[^"']*\2/, '$1"UTF-8"');
}
