import { deflateSync } from "fflate";

/** An entry to write: its bytes already compressed (copied from another zip) or plain (deflated here). */
export type ZipSource =
  | { kind: "stored"; name: string; method: number; crc32: number; size: number; data: Uint8Array; modTime: number; modDate: number }
  | { kind: "plain"; name: string; data: Uint8Array; modTime?: number; modDate?: number };

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Today as MS-DOS time and date (local time, two-second steps), as zip entries record it. */
export function dosDateTime(date = new Date()): { modTime: number; modDate: number } {
  const year = Math.max(1980, date.getFullYear());
  return {
    modTime: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    modDate: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

const UTF8_NAME = 0x0800;
const MAX_32 = 0xffffffff;
const encoder = new TextEncoder();

/** A little-endian byte writer that grows as needed. */
class Bytes {
  private buffer = new Uint8Array(1024);
  length = 0;

  private room(n: number): void {
    if (this.length + n <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buffer.subarray(0, this.length));
    this.buffer = next;
  }

  u16(v: number): void {
    this.room(2);
    this.buffer[this.length++] = v & 0xff;
    this.buffer[this.length++] = (v >>> 8) & 0xff;
  }

  u32(v: number): void {
    this.room(4);
    for (let i = 0; i < 4; i++) this.buffer[this.length++] = (v >>> (8 * i)) & 0xff;
  }

  u64(v: number): void {
    this.u32(v % 2 ** 32);
    this.u32(Math.floor(v / 2 ** 32));
  }

  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buffer.set(b, this.length);
    this.length += b.length;
  }

  take(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

/**
 * Writes a zip (PKWARE APPNOTE 6.3): per entry a local header with its sizes and CRC (no data
 * descriptor), then the data; then the central directory and its end record, with Zip64 records when an
 * offset or size passes 4 GiB or the entries pass 65.535. A stored source is copied byte for byte, as it
 * was compressed; a plain one is deflated (fflate) unless deflating does not make it smaller.
 */
export function writeZip(sources: readonly ZipSource[]): Uint8Array {
  const now = dosDateTime();
  const pieces: Uint8Array[] = [];
  const central = new Bytes();
  let offset = 0;
  for (const source of sources) {
    let method: number;
    let crc: number;
    let size: number;
    let data: Uint8Array;
    if (source.kind === "stored") {
      ({ method, crc32: crc, size, data } = source);
    } else {
      size = source.data.length;
      crc = crc32(source.data);
      const deflated = deflateSync(source.data, { level: 6 });
      [method, data] = deflated.length < size ? [8, deflated] : [0, source.data];
    }
    const name = encoder.encode(source.name);
    const flags = /[^\x20-\x7e]/.test(source.name) ? UTF8_NAME : 0;
    const modTime = source.modTime ?? now.modTime;
    const modDate = source.modDate ?? now.modDate;
    const zip64 = size >= MAX_32 || data.length >= MAX_32;
    const local = new Bytes();
    local.u32(0x04034b50);
    local.u16(zip64 ? 45 : 20);
    local.u16(flags);
    local.u16(method);
    local.u16(modTime);
    local.u16(modDate);
    local.u32(crc);
    local.u32(zip64 ? MAX_32 : data.length);
    local.u32(zip64 ? MAX_32 : size);
    local.u16(name.length);
    local.u16(zip64 ? 20 : 0);
    local.bytes(name);
    if (zip64) {
      local.u16(1);
      local.u16(16);
      local.u64(size);
      local.u64(data.length);
    }
    const header = local.take();
    pieces.push(header, data);

    const bigOffset = offset >= MAX_32;
    const extra = (zip64 ? 16 : 0) + (bigOffset ? 8 : 0);
    central.u32(0x02014b50);
    central.u16(zip64 || bigOffset ? 45 : 20);
    central.u16(zip64 || bigOffset ? 45 : 20);
    central.u16(flags);
    central.u16(method);
    central.u16(modTime);
    central.u16(modDate);
    central.u32(crc);
    central.u32(zip64 ? MAX_32 : data.length);
    central.u32(zip64 ? MAX_32 : size);
    central.u16(name.length);
    central.u16(extra ? extra + 4 : 0);
    central.u16(0); // comment
    central.u16(0); // disk
    central.u16(0); // internal attributes
    central.u32(0); // external attributes
    central.u32(bigOffset ? MAX_32 : offset);
    central.bytes(name);
    if (extra) {
      central.u16(1);
      central.u16(extra);
      if (zip64) {
        central.u64(size);
        central.u64(data.length);
      }
      if (bigOffset) central.u64(offset);
    }
    offset += header.length + data.length;
  }
  const directory = central.take();
  const end = new Bytes();
  const count = sources.length;
  const directoryAt = offset;
  if (count >= 0xffff || directoryAt >= MAX_32 || directory.length >= MAX_32) {
    end.u32(0x06064b50);
    end.u64(44);
    end.u16(45);
    end.u16(45);
    end.u32(0);
    end.u32(0);
    end.u64(count);
    end.u64(count);
    end.u64(directory.length);
    end.u64(directoryAt);
    end.u32(0x07064b50);
    end.u32(0);
    end.u64(directoryAt + directory.length);
    end.u32(1);
  }
  end.u32(0x06054b50);
  end.u16(0);
  end.u16(0);
  end.u16(Math.min(count, 0xffff));
  end.u16(Math.min(count, 0xffff));
  end.u32(Math.min(directory.length, MAX_32));
  end.u32(Math.min(directoryAt, MAX_32));
  end.u16(0);
  pieces.push(directory, end.take());

  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
