import { Bilingual, bilingual, Lang } from "../../../core/message";

export type UnreadableReason = "missing" | "not-xlsx" | "encrypted" | "corrupt" | "too-large" | "unsupported";

/**
 * A file that cannot be read as a workbook, with why in both languages: the CLI prints it as one line
 * and exits 2, the task pane and the web page show it. No library message and no stack reaches it.
 */
export class UnreadableWorkbookError extends Error {
  constructor(
    readonly reason: UnreadableReason,
    readonly text: Bilingual,
  ) {
    super(text.en);
    this.name = "UnreadableWorkbookError";
  }
}

/** A refusal of `file`, its words in both languages after the file's name. */
export function refuse(reason: UnreadableReason, file: string, vi: string, en: string): UnreadableWorkbookError {
  return new UnreadableWorkbookError(reason, bilingual(`${file}: ${vi}`, `${file}: ${en}`));
}

const GROUP: Record<Lang, string> = { vi: ".", en: "," };
const DECIMAL: Record<Lang, string> = { vi: ",", en: "." };

/** A whole number grouped as each language writes it: 1.048.576 / 1,048,576. */
export function count(n: number, lang: Lang): string {
  return Math.trunc(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, GROUP[lang]);
}

/** A size in bytes as people read it: "2,1 GB", "350 KB" (powers of 1.000). */
export function size(bytes: number, lang: Lang): string {
  const units: [number, string][] = [
    [1e9, "GB"],
    [1e6, "MB"],
    [1e3, "KB"],
  ];
  for (const [scale, unit] of units) {
    if (bytes >= scale) {
      const value = bytes / scale;
      const text = value >= 100 || Number.isInteger(value) ? count(Math.round(value), lang) : value.toFixed(1).replace(".", DECIMAL[lang]);
      return `${text} ${unit}`;
    }
  }
  return `${count(bytes, lang)} byte${lang === "en" && bytes !== 1 ? "s" : ""}`;
}

/** A failure of KC itself while reading (not of the file): said as such, with its message. */
export function internalFailure(file: string, message: string): UnreadableWorkbookError {
  return refuse(
    "corrupt",
    file,
    `KC gặp lỗi khi đọc tệp (lỗi của KC, không hẳn của tệp; xin báo lại): ${message}`,
    `KC failed while reading the file (a fault in KC, not necessarily in the file; please report it): ${message}`,
  );
}
