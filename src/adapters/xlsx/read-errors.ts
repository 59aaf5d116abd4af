import { Bilingual, bilingual } from "../../core/message";

export type UnreadableReason = "missing" | "not-xlsx" | "encrypted" | "corrupt";

/** A file that cannot be read as a workbook: the CLI prints the message and exits 2. */
export class UnreadableWorkbookError extends Error {
  constructor(
    readonly reason: UnreadableReason,
    readonly text: Bilingual,
  ) {
    super(text.en);
    this.name = "UnreadableWorkbookError";
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * Refuses, from its first bytes, what cannot be an .xlsx: an OLE/CFB file (an encrypted .xlsx, or an
 * old .xls) or anything that is not a zip.
 */
export function checkWorkbookSignature(head: Uint8Array, name: string): void {
  if (startsWith(head, CFB)) {
    throw new UnreadableWorkbookError(
      "encrypted",
      bilingual(
        `${name}: tệp được mã hóa bằng mật khẩu hoặc là tệp .xls cũ; hãy bỏ mật khẩu hoặc lưu lại dạng .xlsx.`,
        `${name}: the file is password-encrypted or an old .xls; remove the password or save it as .xlsx.`,
      ),
    );
  }
  if (!startsWith(head, ZIP)) {
    throw new UnreadableWorkbookError("not-xlsx", bilingual(`${name}: không phải tệp .xlsx.`, `${name}: not an .xlsx file.`));
  }
}

/** A worksheet part that cannot be read, with where: the sheet, and the cell when known. */
export class SheetReadError extends Error {
  constructor(
    readonly sheet: string,
    readonly cell: string | undefined,
    readonly detail: string,
  ) {
    super(`sheet "${sheet}"${cell ? `, cell ${cell}` : ""}: ${detail}`);
  }
}

export function corruptWorkbook(name: string, cause: unknown): UnreadableWorkbookError {
  if (cause instanceof SheetReadError) {
    const at = (sheet: string, cell: string) => `${sheet} "${cause.sheet}"${cause.cell ? `, ${cell} ${cause.cell}` : ""}`;
    return new UnreadableWorkbookError(
      "corrupt",
      bilingual(
        `${name}: tệp .xlsx bị hỏng, không đọc được ${at("sheet", "ô")} (${cause.detail}).`,
        `${name}: the .xlsx file is corrupt and cannot be read at ${at("sheet", "cell")} (${cause.detail}).`,
      ),
    );
  }
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new UnreadableWorkbookError(
    "corrupt",
    bilingual(`${name}: tệp .xlsx bị hỏng, không đọc được (${detail}).`, `${name}: the .xlsx file is corrupt and cannot be read (${detail}).`),
  );
}
