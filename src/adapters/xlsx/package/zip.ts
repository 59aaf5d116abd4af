import { Inflate } from "fflate";
import { PackageLimits } from "./limits";
import { count, refuse, size, UnreadableWorkbookError } from "./refusal";

/** One file of the zip, as its central directory describes it. */
export interface ZipEntry {
  /** The name as stored ("xl/workbook.xml"). */
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedSize: number;
  /** The unpacked size the directory declares; unpacking more or less is a damaged file. */
  readonly size: number;
  readonly localOffset: number;
  /** What a writer needs to copy the entry without unpacking it (package-writer/zip-writer.ts). */
  readonly crc32: number;
  /** General-purpose flags (bit 11: the name is UTF-8). */
  readonly flags: number;
  /** MS-DOS time and date of the last change. */
  readonly modTime: number;
  readonly modDate: number;
}

const SIGNATURE = { local: 0x04034b50, central: 0x02014b50, end: 0x06054b50, end64Locator: 0x07064b50, end64: 0x06064b50 } as const;
/** Compressed bytes handed to the inflater at a time: its output per call stays within ~1.000 times this. */
const INFLATE_INPUT = 16 * 1024;
/** Stored (uncompressed) data is handed over in pieces of this size. */
const STORED_PIECE = 64 * 1024;

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;
const u64 = (b: Uint8Array, at: number) => u32(b, at) + u32(b, at + 4) * 2 ** 32;

const names = new TextDecoder("utf-8");

/** OPC part names compare without regard to ASCII case, and without a leading "/". */
export function partKey(name: string): string {
  return (name.startsWith("/") ? name.slice(1) : name).replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/**
 * The zip container of an .xlsx: its central directory read whole (names, sizes, where each entry's
 * data is), each entry unpacked only when asked, in pieces, with its size checked as it grows. The
 * compressed file stays in memory as given; nothing is copied. fflate inflates (browser, worker, Node).
 */
export class ZipArchive {
  private constructor(
    private readonly bytes: Uint8Array,
    readonly file: string,
    readonly entries: readonly ZipEntry[],
    private readonly byKey: ReadonlyMap<string, ZipEntry>,
  ) {}

  /** Reads the directory of the zip in `bytes`; refuses what is not a zip, is split, encrypted or past a limit. */
  static open(bytes: Uint8Array, file: string, limits: PackageLimits): ZipArchive {
    if (bytes.length > limits.fileBytes) {
      throw refuse(
        "too-large",
        file,
        `tệp nặng ${size(bytes.length, "vi")}, quá giới hạn ${size(limits.fileBytes, "vi")} mà KC đọc.`,
        `the file is ${size(bytes.length, "en")}, over KC's limit of ${size(limits.fileBytes, "en")}.`,
      );
    }
    const directory = readDirectory(bytes, file, limits);
    const byKey = new Map<string, ZipEntry>();
    let total = 0;
    for (const entry of directory) {
      if (entry.name.endsWith("/")) continue; // a folder entry
      const key = partKey(entry.name);
      if (byKey.has(key))
        throw refuse("corrupt", file, `tệp hỏng: có hai phần cùng tên ${entry.name}.`, `the file is damaged: it holds two parts named ${entry.name}.`);
      byKey.set(key, entry);
      total += entry.size;
      checkEntrySize(entry, file, limits);
    }
    if (total > limits.packageBytes) {
      throw refuse(
        "too-large",
        file,
        `tệp giải nén ra ${size(total, "vi")}, quá giới hạn ${size(limits.packageBytes, "vi")} mà KC đọc.`,
        `the file unpacks to ${size(total, "en")}, over KC's limit of ${size(limits.packageBytes, "en")}.`,
      );
    }
    return new ZipArchive(bytes, file, [...byKey.values()], byKey);
  }

  /** The entry of a part name (case-insensitive, with or without a leading "/"). */
  get(name: string): ZipEntry | undefined {
    return this.byKey.get(partKey(name));
  }

  /**
   * Unpacks an entry, handing its bytes to `sink` in pieces as they come (each piece is the sink's to
   * keep or drop). Refuses an encrypted entry, an unknown compression method and damaged data.
   */
  unpack(entry: ZipEntry, sink: (piece: Uint8Array) => void): void {
    const { file } = this;
    if (entry.encrypted) {
      throw refuse(
        "encrypted",
        file,
        `phần ${entry.name} được mã hóa bằng mật khẩu; hãy bỏ mật khẩu rồi lưu lại.`,
        `the part ${entry.name} is password-encrypted; remove the password and save again.`,
      );
    }
    const data = this.stored(entry);
    const [start, end] = [0, data.length];
    let produced = 0;
    const take = (piece: Uint8Array) => {
      produced += piece.length;
      if (produced > entry.size) throw damaged(file, entry);
      sink(piece);
    };
    if (entry.method === 0) {
      for (let p = start; p < end; p += STORED_PIECE) take(data.subarray(p, Math.min(end, p + STORED_PIECE)));
    } else if (entry.method === 8) {
      const inflater = new Inflate();
      // What the sink throws goes through as it is: only the inflater's own errors mean damaged data.
      let sinkError: { error: unknown } | undefined;
      inflater.ondata = (piece) => {
        try {
          take(piece);
        } catch (error) {
          sinkError = { error };
          throw error;
        }
      };
      try {
        for (let p = start; p < end; p += INFLATE_INPUT) {
          const last = p + INFLATE_INPUT >= end;
          inflater.push(data.subarray(p, Math.min(end, p + INFLATE_INPUT)), last);
        }
        if (start === end) inflater.push(new Uint8Array(0), true);
      } catch (err) {
        if (sinkError) throw sinkError.error;
        if (err instanceof UnreadableWorkbookError) throw err;
        throw damaged(file, entry);
      }
    } else {
      throw refuse(
        "unsupported",
        file,
        `phần ${entry.name} được nén theo cách ${entry.method} mà Excel không dùng; hãy mở và lưu lại tệp bằng Excel.`,
        `the part ${entry.name} is compressed with method ${entry.method}, which Excel does not use; open and save the file in Excel.`,
      );
    }
    if (produced !== entry.size) throw damaged(file, entry);
  }

  /** The entry's data as stored in the file (compressed or not), for copying it as it is. */
  stored(entry: ZipEntry): Uint8Array {
    const { bytes, file } = this;
    const at = entry.localOffset;
    if (at + 30 > bytes.length || u32(bytes, at) !== SIGNATURE.local) throw damaged(file, entry);
    const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
    if (start + entry.compressedSize > bytes.length) throw damaged(file, entry);
    return bytes.subarray(start, start + entry.compressedSize);
  }

  /** The whole unpacked content of an entry (for the small parts: relationships, content types). */
  read(entry: ZipEntry): Uint8Array {
    const out = new Uint8Array(entry.size);
    let at = 0;
    this.unpack(entry, (piece) => {
      out.set(piece, at);
      at += piece.length;
    });
    return out;
  }
}

function damaged(file: string, entry: ZipEntry): UnreadableWorkbookError {
  return refuse(
    "corrupt",
    file,
    `tệp hỏng: phần ${entry.name} không giải nén được (tệp bị cắt ngắn hoặc bị sửa).`,
    `the file is damaged: the part ${entry.name} cannot be unpacked (the file was cut short or altered).`,
  );
}

function checkEntrySize(entry: ZipEntry, file: string, limits: PackageLimits): void {
  if (entry.size > limits.partBytes) {
    throw refuse(
      "too-large",
      file,
      `phần ${entry.name} giải nén ra ${size(entry.size, "vi")}, quá giới hạn ${size(limits.partBytes, "vi")} cho một phần.`,
      `the part ${entry.name} unpacks to ${size(entry.size, "en")}, over KC's limit of ${size(limits.partBytes, "en")} per part.`,
    );
  }
  const ratio = entry.size / Math.max(1, entry.compressedSize);
  if (entry.size > limits.ratioFromBytes && ratio > limits.compressionRatio) {
    throw refuse(
      "too-large",
      file,
      `phần ${entry.name} nén ${count(ratio, "vi")} lần (${size(entry.compressedSize, "vi")} thành ${size(entry.size, "vi")}), quá tỷ lệ ${count(limits.compressionRatio, "vi")} lần mà KC chấp nhận: có thể là "bom zip".`,
      `the part ${entry.name} is compressed ${count(ratio, "en")} times (${size(entry.compressedSize, "en")} to ${size(entry.size, "en")}), over KC's ratio limit of ${count(limits.compressionRatio, "en")}: possibly a zip bomb.`,
    );
  }
}

/** A file with no zip directory: damaged when it starts as a zip does (cut short), else no zip at all. */
function notZip(bytes: Uint8Array, file: string): UnreadableWorkbookError {
  if (bytes.length >= 4 && u32(bytes, 0) === SIGNATURE.local) {
    return refuse(
      "corrupt",
      file,
      "tệp .xlsx bị hỏng: không có mục lục zip (tệp bị cắt ngắn?).",
      "the .xlsx file is damaged: it has no zip directory (cut short?).",
    );
  }
  return refuse("not-xlsx", file, "không phải tệp .xlsx (không có mục lục zip).", "not an .xlsx file (it has no zip directory).");
}

/** The end record: where the central directory is and how many entries it has (Zip64 too). */
function findDirectory(bytes: Uint8Array, file: string): { entries: number; offset: number; length: number } {
  let end = -1;
  for (let p = bytes.length - 22; p >= Math.max(0, bytes.length - 22 - 0xffff); p--) {
    if (u32(bytes, p) === SIGNATURE.end && p + 22 + u16(bytes, p + 20) <= bytes.length) {
      end = p;
      break;
    }
  }
  if (end < 0) throw notZip(bytes, file);
  if (u16(bytes, end + 4) !== 0 || u16(bytes, end + 6) !== 0) {
    throw refuse("unsupported", file, "là tệp zip chia nhiều phần, không phải tệp .xlsx.", "is a zip split over several files, not an .xlsx file.");
  }
  let entries = u16(bytes, end + 10);
  let length = u32(bytes, end + 12);
  let offset = u32(bytes, end + 16);
  if (entries === 0xffff || length === 0xffffffff || offset === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || u32(bytes, locator) !== SIGNATURE.end64Locator) throw notZip(bytes, file);
    const end64 = u64(bytes, locator + 8);
    if (end64 + 56 > bytes.length || u32(bytes, end64) !== SIGNATURE.end64) throw notZip(bytes, file);
    entries = u64(bytes, end64 + 32);
    length = u64(bytes, end64 + 40);
    offset = u64(bytes, end64 + 48);
  }
  if (offset + length > bytes.length) {
    throw refuse(
      "corrupt",
      file,
      "tệp hỏng: mục lục zip nằm ngoài tệp (tệp bị cắt ngắn?).",
      "the file is damaged: its zip directory lies past the end of the file (cut short?).",
    );
  }
  return { entries, offset, length };
}

function readDirectory(bytes: Uint8Array, file: string, limits: PackageLimits): ZipEntry[] {
  const { entries, offset, length } = findDirectory(bytes, file);
  if (entries > limits.parts) {
    throw refuse(
      "too-large",
      file,
      `tệp có ${count(entries, "vi")} phần, quá giới hạn ${count(limits.parts, "vi")} mà KC đọc.`,
      `the file holds ${count(entries, "en")} parts, over KC's limit of ${count(limits.parts, "en")}.`,
    );
  }
  const list: ZipEntry[] = [];
  const stop = offset + length;
  let p = offset;
  for (let i = 0; i < entries; i++) {
    if (p + 46 > stop || u32(bytes, p) !== SIGNATURE.central) {
      throw refuse("corrupt", file, "tệp hỏng: mục lục zip không đọc được.", "the file is damaged: its zip directory cannot be read.");
    }
    const flags = u16(bytes, p + 8);
    const nameLength = u16(bytes, p + 28);
    const extraLength = u16(bytes, p + 30);
    const commentLength = u16(bytes, p + 32);
    let compressedSize = u32(bytes, p + 20);
    let size = u32(bytes, p + 24);
    let localOffset = u32(bytes, p + 42);
    const name = names.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    // Zip64: the sizes and offset that do not fit 32 bits are in extra field 0x0001, in this order.
    for (let x = p + 46 + nameLength, xEnd = x + extraLength; x + 4 <= xEnd;) {
      const id = u16(bytes, x);
      const fieldLength = u16(bytes, x + 2);
      if (id === 1) {
        let f = x + 4;
        if (size === 0xffffffff) {
          size = u64(bytes, f);
          f += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(bytes, f);
          f += 8;
        }
        if (localOffset === 0xffffffff) localOffset = u64(bytes, f);
      }
      x += 4 + fieldLength;
    }
    list.push({
      name,
      method: u16(bytes, p + 10),
      encrypted: (flags & 1) !== 0,
      compressedSize,
      size,
      localOffset,
      crc32: u32(bytes, p + 16),
      flags,
      modTime: u16(bytes, p + 12),
      modDate: u16(bytes, p + 14),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return list;
}
