import JSZip from "jszip";
import { bilingual } from "../../../core/message";
import { checkWorkbookSignature, UnreadableWorkbookError } from "../read-errors";

/** JSZip's record of how an entry of a loaded zip is compressed (not in its typings). */
interface LoadedEntry {
  _data?: { compression?: { magic?: string } };
  options: { compression?: "STORE" | "DEFLATE" };
}

const STORE_MAGIC = "\x00\x00";

/**
 * The zip container of a workbook package, edited in place: parts read as text or bytes on demand,
 * parts set or removed, and the result written with every untouched entry copied as it was compressed
 * (JSZip reuses an entry's compressed bytes when its method is kept, so nothing is inflated and
 * deflated again). Part names compare case-insensitively, as OPC has them. Runs in Node, the browser
 * and a Web Worker (no file system).
 */
export class ZipPackage {
  private readonly byLowerName = new Map<string, string>();

  private constructor(
    private readonly zip: JSZip,
    /** The file's name, for messages. */
    readonly fileName: string,
  ) {
    for (const entry of Object.values(zip.files)) {
      if (entry.dir) continue;
      this.byLowerName.set(entry.name.toLowerCase(), entry.name);
      // An entry stored without compression stays stored: its bytes are copied, not deflated.
      const loaded = entry as unknown as LoadedEntry;
      if (loaded._data?.compression?.magic === STORE_MAGIC) loaded.options.compression = "STORE";
    }
  }

  /** Opens a package held in memory; a file that is no zip (or an encrypted workbook) is refused by name. */
  static async open(bytes: Uint8Array, fileName: string): Promise<ZipPackage> {
    checkWorkbookSignature(bytes.subarray(0, 8), fileName);
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes);
    } catch (err) {
      throw new UnreadableWorkbookError(
        "corrupt",
        bilingual(
          `${fileName}: tệp bị hỏng, không mở được gói zip (${err instanceof Error ? err.message : String(err)}).`,
          `${fileName}: the file is corrupt, its zip container cannot be opened (${err instanceof Error ? err.message : String(err)}).`,
        ),
      );
    }
    return new ZipPackage(zip, fileName);
  }

  /** The parts' names, in the order of the zip. */
  parts(): string[] {
    return Object.values(this.zip.files)
      .filter((e) => !e.dir)
      .map((e) => e.name);
  }

  /** The part's name as stored, found case-insensitively. */
  actualName(part: string): string | undefined {
    return this.byLowerName.get(part.toLowerCase());
  }

  has(part: string): boolean {
    return this.actualName(part) !== undefined;
  }

  async bytes(part: string): Promise<Uint8Array> {
    const name = this.actualName(part);
    if (name === undefined) throw this.missing(part);
    try {
      return await this.zip.file(name)!.async("uint8array");
    } catch (err) {
      throw this.unreadable(part, err);
    }
  }

  /** A part's text: UTF-8, or UTF-16 when it starts with a byte-order mark (OPC allows both). */
  async text(part: string): Promise<string> {
    return decodeXmlBytes(await this.bytes(part));
  }

  set(part: string, content: string | Uint8Array): void {
    const name = this.actualName(part) ?? part;
    // Encoded here (TextEncoder is native): JSZip's own UTF-8 encoder is several times slower on a large sheet.
    this.zip.file(name, typeof content === "string" ? new TextEncoder().encode(content) : content, { binary: true, createFolders: false });
    this.byLowerName.set(name.toLowerCase(), name);
  }

  remove(part: string): void {
    const name = this.actualName(part);
    if (name === undefined) return;
    this.zip.remove(name);
    this.byLowerName.delete(name.toLowerCase());
  }

  /** The package as bytes: untouched entries as they were compressed, set ones deflated. */
  async save(): Promise<Uint8Array> {
    return this.zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
  }

  missing(part: string): UnreadableWorkbookError {
    return new UnreadableWorkbookError(
      "corrupt",
      bilingual(`${this.fileName}: thiếu phần ${part} của sổ tính.`, `${this.fileName}: the workbook part ${part} is missing.`),
    );
  }

  unreadable(part: string, cause: unknown): UnreadableWorkbookError {
    const detail = cause instanceof Error ? cause.message : String(cause);
    return new UnreadableWorkbookError(
      "corrupt",
      bilingual(`${this.fileName}: không đọc được phần ${part} (${detail}).`, `${this.fileName}: the part ${part} cannot be read (${detail}).`),
    );
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
